"""The fast paths of the annotate pass find exactly what the plain definitions find.

Cue words and titled names are found with an Aho-Corasick automaton instead of the
regexes that define them, and records are built without their dataclass ``__init__``;
a difference would silently change pre-annotations, so each is checked against its
definition on texts made to hit the edges (word boundaries, "_", prefixes of cue words,
windows that cut words).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from curate.heuristics import speakers as sp
from curate.heuristics.attribution import _relation, _span
from curate.records import Relation, Segment, Span, fast_constructor

_PIECES = [
    "said", "says", "Said", "add", "adds", "added", "according to", "According to", "made it clear",
    "essays", "masks", "asks", "told", "tells", "Mr", "Mr.", "Dr", "President", "president",
    "minister", "King", "Smith", "Jones", "Joe", "Biden", "Peskov", "Sen.", "_", "x", "é", "1",
    " ", " ", " ", ", ", ". ", "\n", "'s", "-", "\u00a0", '"',
]
texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(texts, st.data())
def test_cue_candidates_are_the_cue_regex_matches(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    expected = [(m.start(), m.end(), m.group()) for m in sp._CUE_RE.finditer(text, lo, hi)]
    assert sp.cue_candidates(text, lo, hi) == expected


@settings(max_examples=400, deadline=None)
@given(texts, st.data())
def test_titled_names_are_the_titled_name_regex_matches(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    expected = [(m.start(), m.end(), m.group(1)) for m in sp._TITLED_NAME.finditer(text, lo, hi)]
    found = [(m.start(), m.end(), m.group(1)) for m in sp._titled_names(text, lo, hi)]
    assert found == expected


def test_cue_candidates_examples() -> None:
    text = "Essays says, Peskov said_ adds: according to x; it made it clear"
    assert [c[2] for c in sp.cue_candidates(text)] == ["says", "adds", "according to",
                                                        "made it clear"]
    assert sp.cue_candidates("asks masks") == [(0, 4, "asks")]  # not the "asks" in "masks"
    assert sp.cue_candidates("asks masks", 1) == []


def test_sentence_end_pattern_is_unchanged() -> None:
    from curate.segment import _SENT_END

    plain = re.compile(
        r"(?P<mark>[.!?…]+|[。！？]+)(?P<close>[\"'”’»)\]]*)(?P<gap>\s*)(?=(?P<next>\S)?)"
    )
    text = 'He left. "Why?!" she asked… 好。！ Then: U.S. 3.5 end.) x…。 "ok."'
    for lo in range(len(text)):
        got = [(m.span(), m.groupdict()) for m in _SENT_END.finditer(text, lo)]
        assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text, lo)]


def test_fast_constructors_build_ordinary_records() -> None:
    span = _span("S1-3", "SPEAKER", 1, 3, "he", 0.8, "speakers.said_pattern@2", resolved="Bo")
    assert type(span) is Span
    assert span == Span("S1-3", "SPEAKER", 1, 3, "he", 0.8, "speakers.said_pattern@2",
                        resolved="Bo")
    assert hash(span) == hash(Span.from_dict(span.to_dict()))
    rel = _relation("Q0-1>S1-3", "Q0-1", "S1-3", "said_by", 0.8, "attribution.adjacent@2")
    assert rel == Relation("Q0-1>S1-3", "Q0-1", "S1-3", "said_by", 0.8, "attribution.adjacent@2")
    segment = fast_constructor(Segment)("s0", "sentence", 0, 2, "Hi", "b0")
    assert segment == Segment("s0", "sentence", 0, 2, "Hi", "b0")
    try:
        span.start = 5  # type: ignore[misc]
    except AttributeError:
        pass
    else:  # pragma: no cover
        raise AssertionError("a fast-built Span must stay frozen")
