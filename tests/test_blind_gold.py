"""The blind test sets (tests/gold/blind*.gold.jsonl) are intact, current and valid.

The set is the held-out estimate of heuristic quality, so on purpose nothing here runs the
heuristics or holds them to a score: a threshold would invite tuning rules on these texts.
These tests only catch a stale or broken file (see tests/gold/build_blind.py).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from curate.jsonl import read_documents
from curate.records import Document
from curate.segment import segment
from curate.validate import validate_paths

GOLD_DIR = Path(__file__).resolve().parent / "gold"
#: (gold file, its builder, passages, passages with no span, passages without a date).
SETS = {
    "blind": ("blind.gold.jsonl", "build_blind", 30, 3, 3),
    "blind2": ("blind2.gold.jsonl", "build_blind2", 36, 0, 0),
    "blind3": ("blind3.gold.jsonl", "build_blind3", 24, 0, 0),
}


def _load(name: str) -> ModuleType:
    if str(GOLD_DIR) not in sys.path:  # build_blind imports build_gold, build_wire, blind_texts
        sys.path.insert(0, str(GOLD_DIR))
    spec = importlib.util.spec_from_file_location(name, GOLD_DIR / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module", params=sorted(SETS))
def name(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="module")
def gold(name: str) -> list[Document]:
    return list(read_documents(GOLD_DIR / SETS[name][0]))


def test_blind_gold_is_what_the_builder_makes(name: str, gold: list[Document]) -> None:
    builder = SETS[name][1]
    built = _load(builder).build()
    assert [d.id for d in gold] == [d.id for d in built]
    for stored, fresh in zip(gold, built, strict=True):
        hint = f"rerun python {GOLD_DIR / builder}.py and log the change there"
        assert stored.text == fresh.text, hint
        assert dict(stored.meta) == dict(fresh.meta), hint
        assert stored.spans == fresh.spans, hint
        assert stored.relations == fresh.relations, hint


def test_blind_gold_passes_curate_validate(name: str) -> None:
    report = validate_paths([GOLD_DIR / SETS[name][0]])
    assert report.ok, [f.message for f in report.findings]


def test_blind_gold_spans_sit_in_article_content(gold: list[Document]) -> None:
    for d in gold:
        # Against the current segmenter too: a boilerplate change must not strand a span.
        for segmented in (d, segment(d.replace(segments=()))):
            content = [(b.start, b.end) for b in segmented.content_blocks()]
            for s in d.spans:
                assert d.text[s.start:s.end] == s.text, (d.id, s.id)
                assert any(a <= s.start and s.end <= b for a, b in content), (d.id, s.text)


def test_blind_gold_keeps_its_passages(name: str, gold: list[Document]) -> None:
    _, _, passages, without_spans, without_date = SETS[name]
    assert len(gold) == passages
    assert sum(not d.spans for d in gold) == without_spans
    assert sum("published" not in d.meta for d in gold) == without_date
