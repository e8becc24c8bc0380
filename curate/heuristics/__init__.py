"""Heuristic pre-annotation: SPEAKER, QUOTE, PLACE, DATE and the said_by relation.

The pass over one document (:func:`annotate`):

1. segment it if it is not segmented yet (:mod:`curate.segment`);
2. read the text once for the words the rules start from (speech verbs, titles, date
   triggers: one Aho-Corasick pass), and hand each module its own;
3. over content blocks only (headline and paragraphs, never boilerplate):

   - :mod:`~curate.heuristics.attribution` finds QUOTEs and their SPEAKERs together,
     using :mod:`~curate.heuristics.quotes` (quotation marks, indirect clauses) and
     :mod:`~curate.heuristics.speakers` (speech cues, speaker mentions, resolution);
   - :mod:`~curate.heuristics.places` finds PLACEs with a gazetteer;
   - :mod:`~curate.heuristics.dates` finds DATEs and normalises them (TIMEX3);

4. resolve overlaps between spans of one label, sort spans by offset, and stamp the
   document ``annotation = Annotation(kind="heuristic", version=HEURISTICS_VERSION)``.

Every rule is a small named function with a version; a span's ``source`` names it
(``quotes.direct@1``). :data:`RULES` lists them all, and :data:`HEURISTICS_VERSION`
changes whenever any rule's version does, so a dataset can say which rules made it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from operator import attrgetter

import ahocorasick

from curate.heuristics import attribution, dates, places, quotes, speakers
from curate.records import Annotation, Document, Relation, Span
from curate.segment import VERSION as SEGMENT_VERSION
from curate.segment import segment

__all__ = ["HEURISTICS_VERSION", "RULES", "Rule", "annotate", "annotate_all"]


@dataclass(frozen=True, slots=True)
class Rule:
    """One heuristic rule: ``name`` is what spans carry as ``source``."""

    name: str  # "quotes.direct@1"
    label: str  # the label it produces (or "said_by" for attribution rules)
    description: str


def _rules() -> tuple[Rule, ...]:
    out: list[Rule] = []
    for module, label in (
        (quotes, "QUOTE"),
        (speakers, "SPEAKER"),
        (attribution, "said_by"),
        (places, "PLACE"),
        (dates, "DATE"),
    ):
        prefix = module.__name__.rsplit(".", 1)[-1]
        for rule, description in module.RULES.items():
            out.append(Rule(f"{prefix}.{rule}@{module.VERSION}", label, description))
    return tuple(out)


#: Every rule, as ``name@version`` with its label and a one-line description.
RULES: tuple[Rule, ...] = _rules()


def _version() -> str:
    parts = [*sorted(r.name for r in RULES), f"segment@{SEGMENT_VERSION}"]
    return "1." + hashlib.sha256("\n".join(parts).encode()).hexdigest()[:10]


#: Changes whenever a rule (or the segmentation) changes version.
HEURISTICS_VERSION: str = _version()

_LABEL_ORDER = {"SPEAKER": 0, "QUOTE": 1, "PLACE": 2, "DATE": 3}


def _word_automaton() -> ahocorasick.Automaton:
    """Speech cues and titles (:data:`speakers.LEXICON`) and date triggers
    (:data:`dates.TRIGGERS`) in one automaton: value = (speakers' value, dates' value)."""
    automaton = ahocorasick.Automaton()
    for word in {*speakers.LEXICON, *dates.TRIGGERS}:
        automaton.add_word(word, (speakers.LEXICON.get(word), dates.TRIGGERS.get(word)))
    automaton.make_automaton()
    return automaton


# Each module can read the text for its own words, but one pass for all of them costs about
# what one of them does (an automaton pass costs per character, not per word).
_WORDS = _word_automaton()


def annotate(doc: Document) -> Document:
    """The document with heuristic spans and relations (any earlier ones are replaced)."""
    if not doc.segments:
        doc = segment(doc)
    hits = list(_WORDS.iter(doc.text))
    speaker_words = [(end, word) for end, (word, _) in hits if word is not None]
    date_words = [(end, word) for end, (_, word) in hits if word is not None]
    quote_spans, speaker_spans, relations = attribution.attribute(doc, speaker_words)
    place_spans = places.find_places(doc)
    date_spans = dates.find_dates(doc, date_words)
    # each finder gives spans of one label: they need not be sorted into groups
    groups = [speaker_spans, quote_spans, place_spans, date_spans]
    spans, relations = _resolve_overlaps(groups, relations)
    return doc.replace(
        spans=tuple(spans),
        relations=tuple(relations),
        annotation=Annotation(kind="heuristic", version=HEURISTICS_VERSION),
    )


def annotate_all(docs: Iterable[Document]) -> Iterator[Document]:
    """Annotate documents one at a time (streaming: memory does not grow with the input)."""
    for doc in docs:
        yield annotate(doc)


def _better(a: Span, b: Span) -> bool:
    return (a.score, a.end - a.start) > (b.score, b.end - b.start)


def resolve_overlaps(spans: list[Span], relations: list[Relation]
                     ) -> tuple[list[Span], list[Relation]]:
    """One span per stretch of text and label; spans sorted by offset.

    Spans of different labels may overlap (a PLACE that is a SPEAKER gets both, a DATE
    inside a QUOTE is normal). Within a label, the better span (score, then length) wins,
    except that a direct QUOTE inside an indirect one is kept: the spec makes a quoted
    fragment of reported speech its own QUOTE. Relations follow the spans they point to.
    """
    return _resolve_overlaps(_by_label(spans), relations)


def _resolve_overlaps(groups: list[list[Span]], relations: list[Relation]
                      ) -> tuple[list[Span], list[Relation]]:
    """:func:`resolve_overlaps` of spans already grouped by label, groups in label order."""
    kept_spans: list[Span] = []
    replaced: dict[str, str] = {}
    for group in groups:
        if not group:
            continue
        # by start, longest first, with C key functions only (a Python key was a third of
        # resolving a document's overlaps); the sorts are stable: ties keep their order
        group = sorted(group, key=_END, reverse=True)
        group.sort(key=_START)
        kept: list[Span] = []
        reach = -1  # index in kept of the span that reaches furthest
        for s in group:
            if reach < 0 or s.start >= (prev := kept[reach]).end:
                kept.append(s)
                reach = len(kept) - 1
                continue
            if s.label == "QUOTE" and s.quote_type != prev.quote_type:
                # a direct fragment inside reported speech, or the other way round: both stay
                kept.append(s)
                if s.end > prev.end:
                    reach = len(kept) - 1
                continue
            if _better(s, prev):
                kept[reach] = s
                replaced[prev.id] = s.id
            else:
                replaced[s.id] = prev.id
        kept_spans.extend(kept)
    ids = {s.id for s in kept_spans}
    rels: dict[str, Relation] = {}
    for r in relations:
        f, t = replaced.get(r.from_id, r.from_id), replaced.get(r.to_id, r.to_id)
        if f not in ids or t not in ids:
            continue
        rid = f"{f}>{t}"
        if rid not in rels:
            # (records are costly to build: keep the relation when nothing was replaced)
            rels[rid] = r if rid == r.id else Relation(rid, f, t, r.label, r.score, r.source)
    # kept_spans is in label order already: a stable sort by offsets keeps it for ties
    kept_spans.sort(key=_OFFSETS)
    return kept_spans, list(rels.values())


_OFFSETS = attrgetter("start", "end")
_START = attrgetter("start")
_END = attrgetter("end")


def _by_label(spans: list[Span]) -> list[list[Span]]:
    """The spans in groups by label, groups in label order (the order of the spans kept)."""
    groups: dict[int, list[Span]] = {}
    order = _LABEL_ORDER
    for s in spans:
        k = order.get(s.label, 9)
        group = groups.get(k)
        if group is None:
            groups[k] = [s]
        else:
            group.append(s)
    return [groups[k] for k in sorted(groups)]
