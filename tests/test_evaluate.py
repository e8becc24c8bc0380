"""Scoring: small hand-made cases whose right answers are worked out by hand."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.cli import main
from curate.errors import InputError
from curate.evaluate import evaluate, match_spans, names_agree, overlap_match, rule_report
from curate.jsonl import write_documents
from curate.records import Annotation, Document, Relation, Span

TEXT = "abcdefghijklmnopqrstuvwxyz" * 4  # 104 characters; content does not matter here
_PREFIX = {"SPEAKER": "S", "QUOTE": "Q", "PLACE": "P", "DATE": "D"}


def span(label: str, start: int, end: int, text: str = TEXT, **fields: Any) -> Span:
    fields.setdefault("source", "human")
    return Span(id=f"{_PREFIX[label]}{start}-{end}", label=label, start=start, end=end,
                text=text[start:end], **fields)


def doc(spans: list[Span], links: list[tuple[Span, Span]] = (), *, id: str = "d1",
        text: str = TEXT, source: str = "human") -> Document:
    rels = tuple(Relation(id=f"{q.id}>{s.id}", from_id=q.id, to_id=s.id, source=source)
                 for q, s in links)
    return Document(id=id, text=text, spans=tuple(spans), relations=rels,
                    annotation=Annotation(kind="human", annotator="t"))


def scores(gold: list[Document], pred: list[Document]) -> dict[str, Any]:
    return evaluate(gold, pred)


def s(a: int, b: int, label: str = "QUOTE") -> Span:
    return span(label, a, b)


# -- the overlap criterion -------------------------------------------------------------
@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((0, 10), (0, 10), True),    # identical
        ((0, 10), (2, 10), True),    # 8 of the shorter 8
        ((0, 10), (0, 3), True),     # a short span inside a long one: all of the shorter
        ((0, 10), (7, 13), True),    # 3 of the shorter 6: exactly half counts
        ((0, 10), (8, 14), False),   # 2 of the shorter 6: less than half
        ((0, 10), (10, 20), False),  # touching is not overlapping
        ((0, 4), (2, 30), True),     # 2 of the shorter 4
        ((0, 5), (3, 30), False),    # 2 of the shorter 5
    ],
)
def test_overlap_needs_half_of_the_shorter_span(a, b, expected) -> None:
    assert overlap_match(s(*a), s(*b)) is expected
    assert overlap_match(s(*b), s(*a)) is expected


def test_matching_is_one_to_one() -> None:
    gold = [s(0, 10)]
    pred = [s(0, 10), s(1, 10)]
    r = scores([doc(gold)], [doc(pred)])["labels"]["QUOTE"]
    assert r["overlap"] == {"tp": 1, "fp": 1, "fn": 0, "precision": 0.5, "recall": 1.0,
                            "f1": pytest.approx(2 / 3)}
    assert r["exact"]["tp"] == 1


def test_matching_finds_the_largest_one_to_one_pairing() -> None:
    # Gold A overlaps X most, but only X can take gold B: the best pairing is A-Y and B-X.
    a, b = s(0, 10), s(10, 13)
    x, y = s(2, 12), s(0, 3)
    assert overlap_match(a, x) and overlap_match(b, x) and overlap_match(a, y)
    assert not overlap_match(b, y)
    assert sorted(match_spans([a, b], [x, y])) == [(0, 1), (1, 0)]
    assert scores([doc([a, b])], [doc([x, y])])["labels"]["QUOTE"]["overlap"]["tp"] == 2


def _brute_force_max(gold: list[Span], pred: list[Span]) -> int:
    best = 0
    for k in range(min(len(gold), len(pred)), 0, -1):
        for gs in itertools.combinations(range(len(gold)), k):
            for ps in itertools.permutations(range(len(pred)), k):
                if all(overlap_match(gold[g], pred[p]) for g, p in zip(gs, ps, strict=True)):
                    return k
    return best


ranges = st.tuples(st.integers(0, 30), st.integers(1, 12)).map(lambda t: (t[0], t[0] + t[1]))


@settings(max_examples=200, deadline=None)
@given(st.lists(ranges, max_size=5), st.lists(ranges, max_size=5))
def test_matching_is_maximal_and_valid(gold_r, pred_r) -> None:
    gold = [s(a, b) for a, b in gold_r]
    pred = [s(a, b) for a, b in pred_r]
    pairs = match_spans(gold, pred, "overlap")
    assert len({g for g, _ in pairs}) == len(pairs) == len({p for _, p in pairs})
    assert all(overlap_match(gold[g], pred[p]) for g, p in pairs)
    assert len(pairs) == _brute_force_max(gold, pred)
    exact = match_spans(gold, pred, "exact")
    assert all((gold[g].start, gold[g].end) == (pred[p].start, pred[p].end) for g, p in exact)
    assert len(exact) <= len(pairs)


def test_exact_and_overlap_counts_per_label() -> None:
    gold = [s(0, 10), s(20, 30), s(40, 50), span("PLACE", 60, 66), span("DATE", 70, 75)]
    pred = [
        s(0, 10),                  # QUOTE exact
        s(22, 30),                 # QUOTE overlap only
        s(80, 90),                 # QUOTE false positive; gold 40-50 missed
        span("DATE", 60, 66),      # right range, wrong label: PLACE missed, DATE wrong
        span("DATE", 70, 75),      # DATE exact
    ]
    labels = scores([doc(gold)], [doc(pred)])["labels"]
    q = labels["QUOTE"]
    assert (q["gold"], q["pred"]) == (3, 3)
    assert q["exact"] == {"tp": 1, "fp": 2, "fn": 2, "precision": pytest.approx(1 / 3),
                          "recall": pytest.approx(1 / 3), "f1": pytest.approx(1 / 3)}
    assert q["overlap"]["tp"] == 2
    assert q["overlap"]["precision"] == pytest.approx(2 / 3)
    assert labels["PLACE"]["overlap"] == {"tp": 0, "fp": 0, "fn": 1, "precision": None,
                                          "recall": 0.0, "f1": 0.0}
    d = labels["DATE"]["exact"]
    assert (d["tp"], d["fp"], d["fn"]) == (1, 1, 0)
    assert d["precision"] == 0.5 and d["recall"] == 1.0
    assert labels["SPEAKER"]["exact"] == {"tp": 0, "fp": 0, "fn": 0, "precision": None,
                                          "recall": None, "f1": None}
    total = labels["ALL"]["exact"]
    assert (total["tp"], total["fp"], total["fn"]) == (2, 3, 3)  # micro-average over labels


def test_quote_recall_split_by_type() -> None:
    gold = [span("QUOTE", 0, 10, quote_type="direct"), span("QUOTE", 20, 30, quote_type="direct"),
            span("QUOTE", 40, 60, quote_type="indirect")]
    pred = [span("QUOTE", 0, 10, quote_type="direct"),       # direct, exact
            span("QUOTE", 42, 60, quote_type="direct")]      # indirect, overlap, wrong type
    q = scores([doc(gold)], [doc(pred)])["quotes"]
    assert q["recall_by_type"]["direct"] == {
        "gold": 2, "exact": {"matched": 1, "recall": 0.5}, "overlap": {"matched": 1, "recall": 0.5}
    }
    assert q["recall_by_type"]["indirect"] == {
        "gold": 1, "exact": {"matched": 0, "recall": 0.0}, "overlap": {"matched": 1, "recall": 1.0}
    }
    assert q["type_accuracy"] == {"matched": 2, "correct": 1, "accuracy": 0.5}


def test_attribution_by_speaker_overlap_or_resolved_name() -> None:
    text = ("Dmitry Peskov said this. He said that. Putin said so. Nobody. Then Lavrov said it. "
            "Unattributed quote here.")
    def at(label: str, word: str, n: int = 0, **f: Any) -> Span:
        start = -1
        for _ in range(n + 1):
            start = text.index(word, start + 1)
        return span(label, start, start + len(word), text, **f)

    peskov, he = at("SPEAKER", "Dmitry Peskov"), at("SPEAKER", "He", resolved="Dmitry Peskov")
    putin, lavrov = at("SPEAKER", "Putin"), at("SPEAKER", "Lavrov")
    q1, q2, q3, q4 = at("QUOTE", "this"), at("QUOTE", "that"), at("QUOTE", "so"), at("QUOTE", "it")
    q5 = at("QUOTE", "Unattributed quote")
    gold = doc([peskov, he, putin, lavrov, q1, q2, q3, q4, q5],
               [(q1, peskov), (q2, he), (q3, putin), (q4, lavrov)], text=text)
    pred_peskov = at("SPEAKER", "Peskov")  # overlaps the gold "Dmitry Peskov" mention
    pred = doc(
        [pred_peskov, putin, lavrov, q1, q2, q3, q4, q5],
        [(q1, pred_peskov),  # right: the speaker spans overlap
         (q2, pred_peskov),  # right: gold "He" resolves to Dmitry Peskov, surname agrees
         (q3, lavrov)],      # wrong speaker; q4 has none (wrong); q5 has no gold speaker
        text=text,
    )
    a = scores([gold], [pred])["quotes"]["attribution"]
    assert a == {"matched": 5, "with_gold_speaker": 4, "correct": 2, "accuracy": 0.5}


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("Dmitry Peskov", "Peskov", True),
        ("Peskov", "dmitry peskov", True),
        ("The Kremlin", "Kremlin", True),
        ("Dmitry Peskov", "Dmitry Medvedev", False),
        ("Vladimir Putin", "Vladimir", False),  # a first name is not a surname
        ("Putin", "Lavrov", False),
        ("", "Putin", False),
        ("he", "He", False),  # unresolved pronouns may be anyone
    ],
)
def test_names_agree(a: str, b: str, agree: bool) -> None:
    assert names_agree(a, b) is agree


def test_date_value_accuracy_counts_only_gold_values() -> None:
    gold = [span("DATE", 0, 5, value="2025-05-16"), span("DATE", 10, 15, value="XXXX-WXX-3"),
            span("DATE", 20, 25, value=None), span("DATE", 30, 35, value="2014")]
    pred = [span("DATE", 0, 5, value="2025-05-16"),   # right
            span("DATE", 11, 15, value="2025-05-14"),  # matched by overlap, wrong value
            span("DATE", 20, 25, value="2025-05"),     # gold cannot be resolved: not counted
            ]                                          # 30-35 missed: not counted
    d = scores([doc(gold)], [doc(pred)])["dates"]["value_accuracy"]
    assert d == {"matched": 3, "with_gold_value": 2, "correct": 1, "accuracy": 0.5}


def test_documents_are_paired_by_id_and_the_rest_reported() -> None:
    g1, g2 = doc([s(0, 10)], id="a"), doc([s(0, 10)], id="b")
    p1, p3 = doc([s(0, 10)], id="a"), doc([s(50, 60)], id="c")
    p2 = doc([s(0, 10)], id="b", text=TEXT.upper())
    r = scores([g1, g2], [p1, p2, p3])
    assert r["documents"] == {"gold_records": 2, "predicted": 3, "scored": 1, "missing": [],
                              "extra": ["c"], "text_mismatch": ["b"]}
    assert r["labels"]["QUOTE"]["exact"]["tp"] == 1
    assert r["labels"]["QUOTE"]["pred"] == 1  # c's spans are not counted against us
    r = scores([g1, g2], [p1])
    assert r["documents"]["missing"] == ["b"] and r["labels"]["QUOTE"]["gold"] == 1


def test_several_gold_records_for_one_document_are_each_scored() -> None:
    ann1, ann2 = doc([s(0, 10)], id="a"), doc([s(50, 60)], id="a")
    r = scores([ann1, ann2], [doc([s(0, 10)], id="a")])
    assert r["labels"]["QUOTE"]["exact"] == {
        "tp": 1, "fp": 1, "fn": 1, "precision": 0.5, "recall": 0.5, "f1": 0.5}


def test_duplicate_prediction_ids_are_an_error() -> None:
    with pytest.raises(InputError, match="more than once"):
        evaluate([doc([])], [doc([]), doc([])])


# -- the per-rule report ---------------------------------------------------------------
def test_rule_report_counts_conflicts_overlaps_and_precision() -> None:
    def h(label: str, a: int, b: int, rule: str) -> Span:
        return span(label, a, b, source=rule)

    pred = doc([
        h("QUOTE", 0, 10, "quotes.direct@1"),      # right
        h("QUOTE", 5, 12, "quotes.indirect@1"),    # right too (overlaps the gold 0-10)
        h("QUOTE", 40, 50, "quotes.indirect@1"),   # wrong
        h("QUOTE", 60, 70, "quotes.indirect@1"),   # wrong
        h("PLACE", 20, 25, "places.gazetteer@1"),  # right; also a SPEAKER: allowed
        h("SPEAKER", 20, 25, "speakers.said_pattern@1"),  # right
        h("DATE", 30, 34, "dates.weekday@1"),      # wrong: the gold says PLACE here
        h("PLACE", 30, 34, "places.gazetteer@1"),  # right; conflicts with the DATE
    ])
    gold = doc([s(0, 10), span("PLACE", 20, 25), span("SPEAKER", 20, 25), span("PLACE", 30, 34)])
    report = rule_report([pred], [gold], registry={"dates.month_day": "x", "quotes.direct": "y"})
    rules = {r["rule"]: r for r in report["rules"]}
    ind = rules["quotes.indirect@1"]
    assert (ind["outputs"], ind["overlaps"], ind["conflicts"]) == (3, 1, 0)
    assert ind["overlaps_with"] == {"quotes.direct@1": 1}
    assert (ind["correct"], ind["wrong"]) == (1, 2)
    assert ind["precision"] == pytest.approx(1 / 3)
    gaz = rules["places.gazetteer@1"]
    assert (gaz["outputs"], gaz["conflicts"], gaz["precision"]) == (2, 1, 1.0)
    assert rules["speakers.said_pattern@1"]["conflicts"] == 0
    weekday = rules["dates.weekday@1"]
    assert (weekday["conflicts"], weekday["wrong"], weekday["precision"]) == (1, 1, 0.0)
    # A registered rule that found nothing is listed; "quotes.direct" is the one above.
    assert rules["dates.month_day"]["outputs"] == 0
    assert "quotes.direct" not in rules
    # The rule to fix first (most wrong outputs) comes first.
    assert report["rules"][0]["rule"] == "quotes.indirect@1"
    assert report["documents"] == {"predicted": 1, "with_gold": 1}


def test_rule_report_judges_attribution_rules_by_the_speaker() -> None:
    q, sp, other = s(0, 10), span("SPEAKER", 20, 25), span("SPEAKER", 40, 45)
    gold = doc([q, sp], [(q, sp)])
    right = doc([q, sp], [(q, sp)], source="speakers.attribution@1")
    wrong = doc([q, other], [(q, other)], source="speakers.attribution@1")
    for pred, correct in ((right, 1), (wrong, 0)):
        rel = next(r for r in rule_report([pred], [gold])["rules"] if r["kind"] == "relation")
        assert (rel["rule"], rel["outputs"], rel["correct"]) == ("speakers.attribution@1", 1,
                                                                 correct)


def test_rule_report_without_gold_sorts_by_collisions() -> None:
    pred = doc([span("QUOTE", 0, 10, source="a@1"), span("QUOTE", 2, 10, source="b@1"),
                span("QUOTE", 50, 60, source="c@1"), span("QUOTE", 70, 80, source="c@1")])
    report = rule_report([pred])
    assert [r["rule"] for r in report["rules"]] == ["a@1", "b@1", "c@1"]
    assert all(r["precision"] is None for r in report["rules"])


# -- the commands ----------------------------------------------------------------------
def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def files(tmp_path: Path) -> tuple[str, str]:
    gold = [doc([s(0, 10), span("DATE", 20, 25, value="2014")], id="a")]
    pred = [doc([s(0, 10), span("DATE", 21, 25, value="2015")], id="a"),
            doc([], id="zzz")]
    write_documents(tmp_path / "gold.jsonl", gold)
    write_documents(tmp_path / "pred.jsonl", pred)
    return str(tmp_path / "gold.jsonl"), str(tmp_path / "pred.jsonl")


def test_eval_json_is_the_library_report(files: tuple[str, str]) -> None:
    code, out, err = run("eval", *files, "--json")
    assert code == 0
    from curate.jsonl import read_documents

    expected = evaluate(list(read_documents(files[0])), list(read_documents(files[1])))
    assert json.loads(out) == expected
    assert expected["dates"]["value_accuracy"]["accuracy"] == 0.0
    assert "1 predicted documents are not in the gold: zzz" in err


def test_eval_table_for_people(files: tuple[str, str]) -> None:
    code, out, _ = run("eval", *files)
    assert code == 0
    assert "QUOTE" in out and "100.0" in out and "DATE value right" in out


def test_rules_command(files: tuple[str, str]) -> None:
    code, out, _ = run("rules", files[1], "--gold", files[0], "--json")
    assert code == 0
    assert json.loads(out)["rules"][0]["rule"] == "human"
    code, out, _ = run("rules", files[1])
    assert code == 0 and "human" in out


@pytest.mark.parametrize("command", ["eval", "rules"])
def test_bad_input_is_one_line(tmp_path: Path, files: tuple[str, str], command: str) -> None:
    missing = str(tmp_path / "nope.jsonl")
    args = [missing, files[1]] if command == "eval" else [missing]
    code, _, err = run(command, *args)
    assert code == 1 and err.startswith("Error: ") and "nope.jsonl" in err
    assert "Traceback" not in err

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "abc"}\n{not json\n', encoding="utf-8")
    code, _, err = run(command, str(bad), *([files[1]] if command == "eval" else []))
    assert code == 1 and "bad.jsonl:2" in err

    shifted = tmp_path / "shifted.jsonl"
    d = doc([s(0, 10)]).to_dict()
    d["spans"][0]["start"] = 1
    shifted.write_text(json.dumps(d) + "\n", encoding="utf-8")
    code, _, err = run(command, str(shifted), *([files[1]] if command == "eval" else []))
    assert code == 1 and "shifted.jsonl:1" in err and "does not match the text" in err


def test_eval_with_nothing_in_common_is_an_error(tmp_path: Path, files: tuple[str, str]) -> None:
    other = tmp_path / "other.jsonl"
    write_documents(other, [doc([], id="b")])
    code, _, err = run("eval", files[0], str(other))
    assert code == 1 and "nothing to score" in err


@pytest.mark.parametrize("command", ["eval", "rules"])
def test_help_ends_with_an_example(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0
    assert out.rstrip().splitlines()[-2].strip() == "Example:"
    assert out.rstrip().splitlines()[-1].strip().startswith(f"curate {command} ")


def test_a_quoted_fragment_inside_an_indirect_quote_is_no_collision() -> None:
    clause = span("QUOTE", 0, 40, quote_type="indirect", source="quotes.indirect@1")
    fragment = span("QUOTE", 30, 39, quote_type="direct", source="quotes.fragment@1")
    crossing = span("QUOTE", 35, 60, quote_type="direct", source="quotes.direct@1")
    rules = {r["rule"]: r for r in rule_report([doc([clause, fragment])])["rules"]}
    assert rules["quotes.fragment@1"]["overlaps"] == rules["quotes.indirect@1"]["overlaps"] == 0
    rules = {r["rule"]: r for r in rule_report([doc([clause, crossing])])["rules"]}
    assert rules["quotes.direct@1"]["overlaps"] == rules["quotes.indirect@1"]["overlaps"] == 1


def test_overlap_pairs_a_quoted_fragment_with_its_exact_twin_not_the_clause_around_it() -> None:
    # gold: an indirect clause and, inside it, a direct fragment; the prediction finds only
    # the fragment. It must count as the direct quote found (not the indirect one), so the
    # overlap score is never below the exact one.
    from curate.evaluate import match_spans
    from curate.records import Span

    clause = Span("g1", "QUOTE", 0, 40, "x" * 40, quote_type="indirect")
    fragment = Span("g2", "QUOTE", 20, 30, "x" * 10, quote_type="direct")
    pred = Span("p1", "QUOTE", 20, 30, "x" * 10, quote_type="direct")
    assert match_spans([clause, fragment], [pred], "overlap") == [(1, 0)]
    assert match_spans([clause, fragment], [pred], "exact") == [(1, 0)]
