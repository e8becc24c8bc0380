"""The annotate pass: orchestration, the rule registry, `curate annotate`, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from curate.cli import main
from curate.heuristics import (
    HEURISTICS_VERSION,
    RULES,
    annotate,
    annotate_all,
    attribution,
    dates,
    places,
    resolve_overlaps,
)
from curate.ingest import ingest
from curate.records import LABELS, Document, Relation, Span
from curate.segment import segment

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def seeds() -> list[Document]:
    return [annotate(d) for d in ingest([SEEDS])]


def check_invariants(doc: Document) -> None:
    """What every annotated document must satisfy, whatever its text."""
    text = doc.text
    ids = set()
    for s in doc.spans:
        assert 0 <= s.start < s.end <= len(text), s
        assert text[s.start:s.end] == s.text, s
        assert s.label in LABELS
        assert 0.0 <= s.score <= 1.0
        assert s.id not in ids
        ids.add(s.id)
        if s.label == "QUOTE":
            assert s.quote_type in ("direct", "indirect")
    assert [(s.start, s.end) for s in doc.spans] == sorted((s.start, s.end) for s in doc.spans)
    spans = {s.id: s for s in doc.spans}
    for r in doc.relations:
        assert spans[r.from_id].label == "QUOTE" and spans[r.to_id].label == "SPEAKER"
    targets = {r.to_id for r in doc.relations}
    assert all(s.id in targets for s in doc.spans if s.label == "SPEAKER")
    assert doc.annotation is not None and doc.annotation.kind == "heuristic"
    assert doc.annotation.version == HEURISTICS_VERSION


def test_seeds_are_annotated_consistently(seeds: list[Document]) -> None:
    for doc in seeds:
        check_invariants(doc)
        assert {s.label for s in doc.spans} == set(LABELS)


def test_boilerplate_is_never_annotated(seeds: list[Document]) -> None:
    for doc in seeds:
        junk = [b for b in doc.segments if b.kind == "boilerplate"]
        for s in doc.spans:
            assert not any(b.start <= s.start < b.end for b in junk), (s, doc.id)
    # the donation appeal's scare quotes and the READ MORE link stay unannotated
    texts = {s.text for d in seeds for s in d.spans if s.label == "QUOTE"}
    assert "undesirable" not in texts and "without preconditions" not in texts


def test_spans_carry_their_rule_and_the_rule_is_registered(seeds: list[Document]) -> None:
    names = {r.name for r in RULES}
    for doc in seeds:
        for s in doc.spans:
            assert s.source in names, s.source
        for r in doc.relations:
            assert r.source in names, r.source


def test_rule_registry_lists_every_module_with_label_and_description() -> None:
    by_module = {r.name.split(".")[0] for r in RULES}
    assert {"quotes", "speakers", "attribution", "places", "dates"} <= by_module
    for rule in RULES:
        assert rule.name.count("@") == 1
        assert rule.label in (*LABELS, "said_by")
        assert rule.description and "\n" not in rule.description
    assert len({r.name for r in RULES}) == len(RULES)
    assert HEURISTICS_VERSION and annotate(
        Document(id="x", text="Hello.")).annotation.version == HEURISTICS_VERSION


def test_annotate_segments_when_needed_and_keeps_given_segments() -> None:
    text = 'Headline here\n"We are ready," Peskov said.'
    raw = Document(id="a", text=text)
    assert annotate(raw).segments == segment(raw).segments
    seg = segment(raw)
    assert annotate(seg).segments == seg.segments


def test_annotating_twice_gives_the_same_result(seeds: list[Document]) -> None:
    for doc in seeds:
        again = annotate(doc)
        assert again.spans == doc.spans and again.relations == doc.relations


def test_annotate_all_streams() -> None:
    def docs():
        yield Document(id="1", text='"Yes," he said.')
        raise RuntimeError("the second document must not be read yet")

    stream = annotate_all(docs())
    first = next(stream)
    assert first.id == "1" and first.spans


# --- bad input ---------------------------------------------------------------------------


BAD = {
    "empty": "",
    "whitespace": "   \n\n  \t ",
    "only boilerplate": "ALSO READ: Putin says Russia ready\nAFP contributed reporting.\n",
    "100k straight quotes": '"' * 100_000,
    "100k curly quotes": "“”" * 50_000,
    "100k single quotes": "'" * 100_000,
    "quotes and words": ('"a, " he said ' * 5_000),
    "unbalanced": 'He said "we will win.\n"And then\n«never ‘closed " said she',
}
# an article without line breaks: one 5 MB block, one sentence in four quotes someone
FIVE_MB_LINE = ("The talks in Istanbul lasted three hours on Monday. Officials met "
                         "again in the afternoon and agreed to exchange prisoners. "
                         "Peskov said the talks were \"constructive,\" and 'he' noted that "
                         "Moscow's \u201cposition\u201d is firm, according to officials. "
                         "The delegations left the city late in the evening without a joint "
                         "statement, and the next round was not yet scheduled. ") * 14_000
BAD |= {
    "no spaces": "x" * 1_000_000,
    "said said said": "said " * 100_000,
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_input_finishes_with_sensible_output(name: str) -> None:
    doc = annotate(Document(id=name, text=BAD[name]))
    check_invariants(doc)
    for s in doc.spans:
        assert any(c.isalnum() for c in s.text), s  # no span of bare marks
    if name in ("empty", "whitespace", "only boilerplate", "100k straight quotes",
                "100k curly quotes", "100k single quotes", "no spaces"):
        assert doc.spans == ()


def test_a_5mb_single_line_is_annotated_throughout() -> None:
    doc = annotate(Document(id="big", text=FIVE_MB_LINE))
    check_invariants(doc)
    quotes = [s for s in doc.spans if s.label == "QUOTE"]
    assert len(quotes) > 14_000 * 3
    assert quotes[-1].start > len(doc.text) - 200


_ALPHABET = st.sampled_from(
    list("abcXYZ .,;:!?-—\n\t\u00a0") + list("\"“”‘’'«»„")
    + ["said ", "told ", "Peskov ", "he ", "that ", "according to ", "Mr. ", "The ",
       "Kremlin ", "Russia's ", "on Monday ", "2024 ", "Moscow "]
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ALPHABET, max_size=120).map("".join))
def test_offsets_always_match_the_text(text: str) -> None:
    check_invariants(annotate(Document(id="h", text=text)))


def annotate_stage_by_stage(doc: Document) -> tuple[list, list]:
    """What annotate does, each stage reading the text for its own words and the overlaps
    resolved over all spans at once: the plain definition of the pass."""
    doc = segment(doc) if not doc.segments else doc
    quote_spans, speaker_spans, relations = attribution.attribute(doc)
    spans = [*quote_spans, *speaker_spans, *places.find_places(doc), *dates.find_dates(doc)]
    return resolve_overlaps(spans, relations)


def test_annotate_gives_what_its_stages_give_one_by_one(seeds: list[Document]) -> None:
    # annotate reads the text once for the words of every stage and resolves overlaps label
    # by label: it must not change a span or relation
    for doc in seeds:
        spans, relations = annotate_stage_by_stage(doc)
        assert list(doc.spans) == spans and list(doc.relations) == relations
    assert sum(len(d.relations) for d in seeds) > 20


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ALPHABET, max_size=150).map("\n".join))
def test_annotate_gives_what_its_stages_give_on_any_text(text: str) -> None:
    doc = annotate(Document(id="h", text=text, meta={"published": "2025-05-28"}))
    spans, relations = annotate_stage_by_stage(Document(id="h", text=text,
                                                        meta={"published": "2025-05-28"}))
    assert list(doc.spans) == spans and list(doc.relations) == relations


def test_overlapping_spans_of_a_label_keep_the_better_and_relations_follow() -> None:
    text = '"We are ready," Dmitry Peskov said in Moscow on Friday.'

    def span(label: str, part: str, score: float, **extra: str) -> Span:
        a = text.index(part)
        b = a + len(part)
        return Span(f"{label[0]}{a}-{b}", label, a, b, part, score, "test", **extra)

    quote = span("QUOTE", "We are ready,", 0.95, quote_type="direct")
    inner = span("QUOTE", "ready", 0.8, quote_type="indirect")  # another type: both stay
    wide = span("SPEAKER", "Dmitry Peskov said", 0.5)
    name = span("SPEAKER", "Dmitry Peskov", 0.9)  # better: takes the place of the wider one
    place = span("PLACE", "Moscow", 0.9)
    day = span("DATE", "on Friday", 0.9)
    weekday = span("DATE", "Friday", 0.8)  # worse: the earlier one stays
    rel = Relation(f"{quote.id}>{wide.id}", quote.id, wide.id, "said_by", 0.5, "test")
    spans, relations = resolve_overlaps([weekday, day, name, place, inner, wide, quote], [rel])
    assert spans == [quote, inner, name, place, day]
    assert [r.id for r in relations] == [f"{quote.id}>{name.id}"]


# --- the command -------------------------------------------------------------------------


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_cli_annotates_raw_articles(tmp_path: Path) -> None:
    out = tmp_path / "ann.jsonl"
    result = CliRunner().invoke(main, ["annotate", str(SEEDS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = _read(out)
    assert len(records) == 5
    for rec in records:
        doc = Document.from_dict(rec)
        check_invariants(doc)
        assert rec["annotation"]["kind"] == "heuristic"
        assert all(r["label"] == "said_by" for r in rec["relations"])
    assert "Annotated 5 documents" in result.output


def test_cli_annotates_ingested_jsonl_and_stdin(tmp_path: Path) -> None:
    runner = CliRunner()
    docs = tmp_path / "docs.jsonl"
    assert runner.invoke(main, ["ingest", str(SEEDS), "-o", str(docs)]).exit_code == 0
    out = tmp_path / "ann.jsonl"
    assert runner.invoke(main, ["annotate", str(docs), "-o", str(out)]).exit_code == 0
    from_file = _read(out)
    ingested = _read(docs)
    assert [r["text"] for r in from_file] == [r["text"] for r in ingested]
    assert [r["segments"] for r in from_file] == [r["segments"] for r in ingested]
    piped = runner.invoke(main, ["annotate", "-"], input=docs.read_text(encoding="utf-8"))
    assert piped.exit_code == 0
    assert [json.loads(line) for line in piped.stdout.splitlines()] == from_file


def test_cli_refuses_human_records_instead_of_overwriting_them(tmp_path: Path) -> None:
    rec = {"id": "d1", "text": "Hello.", "spans": [], "relations": [],
           "annotation": {"kind": "human", "annotator": "ann1", "deleted": []}}
    src = tmp_path / "pulled.jsonl"
    src.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["annotate", str(src), "-o", str(out)])
    assert result.exit_code == 1
    assert "human annotations" in result.output and "Traceback" not in result.output
    assert not out.exists()


def test_cli_reports_a_bad_line_with_file_and_line(tmp_path: Path) -> None:
    src = tmp_path / "docs.jsonl"
    src.write_text('{"id": "a", "text": "ok"}\n{"id": "b", "text": \n', encoding="utf-8")
    result = CliRunner().invoke(main, ["annotate", str(src), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 1
    assert "docs.jsonl" in result.output and "2" in result.output
    assert not (tmp_path / "o.jsonl").exists()
