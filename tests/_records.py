"""Test helpers: records placed on a text by the piece of it they cover, the broken
corpus's builder (offsets are found, never typed, so they cannot drift from the text), and
the paths into a JSON record that mutation tests strike at."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from curate.records import Segment, Span

BROKEN = Path(__file__).parent / "broken"


def segment_at(text: str, sid: str, kind: str, piece: str, **fields: Any) -> Segment:
    """The segment covering the first occurrence of ``piece`` in ``text``."""
    a = text.index(piece)
    return Segment(id=sid, kind=kind, start=a, end=a + len(piece), text=piece, **fields)


def span_at(text: str, label: str, piece: str, *, score: float = 1.0, source: str = "t.r@1",
            **fields: Any) -> Span:
    """A span over the first occurrence of ``piece``, with the heuristics' id scheme."""
    a = text.index(piece)
    return Span(id=f"{label[0]}{a}-{a + len(piece)}", label=label, start=a, end=a + len(piece),
                text=piece, score=score, source=source, **fields)


def broken_corpus() -> Any:
    """``tests/broken/make_corpus.py`` as a module (it is a script, not a package)."""
    spec = importlib.util.spec_from_file_location("make_corpus", BROKEN / "make_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def json_paths(obj: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path (keys and indexes) into a JSON value, itself included: where a random
    mutation may strike."""
    out = [prefix]
    if isinstance(obj, dict):
        for k, v in obj.items():
            out += json_paths(v, (*prefix, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out += json_paths(v, (*prefix, i))
    return out
