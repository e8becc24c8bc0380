"""The data model: frozen dataclasses for documents and what is found in them.

One :class:`Document` carries everything the pipeline learns about an article: the text
exactly as read, its segments (headline, paragraphs, sentences, boilerplate), and, once
annotated, its spans and relations. Every offset is a Python code-point offset into
``Document.text`` and ``text[start:end] == item.text`` always holds; that is what lets each
stage trust the previous one. The JSON Schemas in ``schemas/`` are the serialized contract;
``to_dict``/``from_dict`` produce and read exactly that shape.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from curate.errors import RecordError

__all__ = [
    "BLOCK_KINDS",
    "LABELS",
    "QUOTE_TYPES",
    "RELATION_LABELS",
    "SEGMENT_KINDS",
    "Annotation",
    "Document",
    "Provenance",
    "Relation",
    "Segment",
    "Span",
    "fast_constructor",
    "new_relation",
    "new_segment",
    "new_span",
]

LABELS: tuple[str, ...] = ("SPEAKER", "QUOTE", "PLACE", "DATE")
RELATION_LABELS: tuple[str, ...] = ("said_by",)
QUOTE_TYPES: tuple[str, ...] = ("direct", "indirect")
#: headline and paragraph are article content; boilerplate is kept but never annotated.
BLOCK_KINDS: tuple[str, ...] = ("headline", "paragraph", "boilerplate")
SEGMENT_KINDS: tuple[str, ...] = (*BLOCK_KINDS, "sentence")

SegmentKind = Literal["headline", "paragraph", "boilerplate", "sentence"]


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a document came from: the file, its format, and a hash of the raw bytes."""

    path: str | None
    sha256: str
    format: str  # txt | jsonl | md | html
    line: int | None = None  # for jsonl: the 1-based line of the record

    def to_dict(self) -> dict[str, Any]:
        return _drop_none(dataclasses.asdict(self))

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Provenance:
        return cls(
            path=d.get("path"), sha256=d["sha256"], format=d["format"], line=d.get("line")
        )


@dataclass(frozen=True, slots=True)
class Segment:
    """A headline, paragraph, boilerplate block or sentence, by offsets into the text.

    ``reason`` says why a block is boilerplate (``donation-appeal``, ``also-read`` ...).
    ``parent`` is the block a sentence belongs to. ``line`` is the 1-based line of the raw
    file a block starts on, and ``raw_start``/``raw_end`` its UTF-8 byte range in the raw
    file, so a reader can always find where a paragraph came from.
    """

    id: str
    kind: SegmentKind
    start: int
    end: int
    text: str
    parent: str | None = None
    reason: str | None = None
    line: int | None = None
    raw_start: int | None = None
    raw_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }
        if self.parent is not None:
            d["parent"] = self.parent
        if self.reason is not None:
            d["reason"] = self.reason
        if self.line is not None:
            d["line"] = self.line
        if self.raw_start is not None:
            d["raw_start"] = self.raw_start
            d["raw_end"] = self.raw_end
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Segment:
        return cls(
            id=d["id"],
            kind=d["kind"],
            start=d["start"],
            end=d["end"],
            text=d["text"],
            parent=d.get("parent"),
            reason=d.get("reason"),
            line=d.get("line"),
            raw_start=d.get("raw_start"),
            raw_end=d.get("raw_end"),
        )


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled stretch of the document text.

    ``source`` names what made it: a heuristic rule and its version (``quotes.direct@1``)
    or ``human``. ``origin`` is set on human records only: whether the region was
    ``accepted`` from the prediction unchanged, ``changed``, or ``added`` by hand.
    Label-specific fields are None where they do not apply.
    """

    id: str
    label: str
    start: int
    end: int
    text: str
    score: float = 1.0
    source: str = "human"
    quote_type: str | None = None  # QUOTE: direct | indirect
    value: str | None = None  # DATE: TIMEX3 value, None when it cannot be resolved
    geonameid: int | None = None  # PLACE: GeoNames id when the gazetteer knows the place
    country_code: str | None = None  # PLACE: ISO 3166-1 alpha-2 of the place's country
    resolved: str | None = None  # SPEAKER: the named mention a pronoun/description means
    annotator: str | None = None
    origin: str | None = None  # accepted | changed | added (human records)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "label": self.label,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "score": self.score,
            "source": self.source,
        }
        for key in ("quote_type", "geonameid", "country_code", "resolved", "annotator", "origin"):
            v = getattr(self, key)
            if v is not None:
                d[key] = v
        if self.label == "DATE":
            d["value"] = self.value  # null is meaningful: "could not be resolved"
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Span:
        return cls(
            id=d["id"],
            label=d["label"],
            start=d["start"],
            end=d["end"],
            text=d["text"],
            score=d.get("score", 1.0),
            source=d.get("source", "human"),
            quote_type=d.get("quote_type"),
            value=d.get("value"),
            geonameid=d.get("geonameid"),
            country_code=d.get("country_code"),
            resolved=d.get("resolved"),
            annotator=d.get("annotator"),
            origin=d.get("origin"),
        )


@dataclass(frozen=True, slots=True)
class Relation:
    """A directed link between two spans: ``said_by`` goes from a QUOTE to its SPEAKER."""

    id: str
    from_id: str
    to_id: str
    label: str = "said_by"
    score: float = 1.0
    source: str = "human"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "from": self.from_id,
            "to": self.to_id,
            "label": self.label,
            "score": self.score,
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Relation:
        return cls(
            id=d["id"],
            from_id=d["from"],
            to_id=d["to"],
            label=d.get("label", "said_by"),
            score=d.get("score", 1.0),
            source=d.get("source", "human"),
        )


@dataclass(frozen=True, slots=True)
class Annotation:
    """Who or what produced a document's spans and relations.

    ``kind`` is ``heuristic`` (pre-annotation, ``version`` is the heuristics' version) or
    ``human`` (pulled from Label Studio: ``annotator``, ``created_at``, ``task_id`` and
    ``annotation_id`` say which annotation, ``deleted`` lists predicted span ids the
    annotator removed). Several annotators of one task give several records.
    """

    kind: str  # heuristic | human
    version: str | None = None
    annotator: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    task_id: int | None = None
    annotation_id: int | None = None
    project: str | None = None
    deleted: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d = _drop_none(
            {
                "kind": self.kind,
                "version": self.version,
                "annotator": self.annotator,
                "created_at": self.created_at,
                "updated_at": self.updated_at,
                "task_id": self.task_id,
                "annotation_id": self.annotation_id,
                "project": self.project,
            }
        )
        if self.kind == "human":
            d["deleted"] = list(self.deleted)
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Annotation:
        return cls(
            kind=d["kind"],
            version=d.get("version"),
            annotator=d.get("annotator"),
            created_at=d.get("created_at"),
            updated_at=d.get("updated_at"),
            task_id=d.get("task_id"),
            annotation_id=d.get("annotation_id"),
            project=d.get("project"),
            deleted=tuple(d.get("deleted", ())),
        )


@dataclass(frozen=True, slots=True)
class Document:
    """An article: its text exactly as read, and everything found in it.

    ``meta`` holds what the source says about the article (``title``, ``published`` as an
    ISO date, ``url`` ...). Segments, spans and relations are empty until the stages that
    make them have run; ``annotation`` is None until spans exist.
    """

    id: str
    text: str
    meta: Mapping[str, Any] = field(default_factory=dict)
    provenance: Provenance | None = None
    segments: tuple[Segment, ...] = ()
    spans: tuple[Span, ...] = ()
    relations: tuple[Relation, ...] = ()
    annotation: Annotation | None = None

    # -- views ---------------------------------------------------------------------------
    def blocks(self) -> Iterable[Segment]:
        """Headline, paragraphs and boilerplate, in text order."""
        return (s for s in self.segments if s.kind != "sentence")

    def content_blocks(self) -> Iterable[Segment]:
        """The blocks that are article content (headline and paragraphs)."""
        return (s for s in self.segments if s.kind in ("headline", "paragraph"))

    def sentences(self) -> Iterable[Segment]:
        return (s for s in self.segments if s.kind == "sentence")

    @property
    def title(self) -> str | None:
        title = self.meta.get("title")
        if title:
            return str(title)
        return next((s.text for s in self.segments if s.kind == "headline"), None)

    @property
    def published(self) -> str | None:
        value = self.meta.get("published")
        return str(value) if value else None

    def replace(self, **changes: Any) -> Document:
        return dataclasses.replace(self, **changes)

    # -- serialization -------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "text": self.text, "meta": dict(self.meta)}
        if self.provenance is not None:
            d["provenance"] = self.provenance.to_dict()
        d["segments"] = [s.to_dict() for s in self.segments]
        if self.annotation is not None or self.spans or self.relations:
            d["spans"] = [s.to_dict() for s in self.spans]
            d["relations"] = [r.to_dict() for r in self.relations]
        if self.annotation is not None:
            d["annotation"] = self.annotation.to_dict()
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], *, where: str | None = None) -> Document:
        """Build a Document from its JSON shape.

        Raises :class:`RecordError` naming the field on a missing key or wrong type; the
        full contract (and every finding at once) is what ``curate validate`` checks.
        """
        if not isinstance(d, Mapping):
            raise RecordError(f"expected a JSON object, got {type(d).__name__}", path=where)
        path = f"{where}" if where else None
        for key, typ in (("id", str), ("text", str)):
            if key not in d:
                raise RecordError("missing", path=path, field=key,
                                  hint="Every document needs 'id' and 'text'.")
            if not isinstance(d[key], typ):
                raise RecordError(
                    f"must be a string, got {type(d[key]).__name__}", path=path, field=key
                )
        meta = d.get("meta")
        if meta is None:
            meta = {}
        if not isinstance(meta, Mapping):
            raise RecordError("must be an object", path=path, field="meta")
        current = "segments"
        try:
            segments = tuple(Segment.from_dict(s) for s in d.get("segments") or ())
            current = "spans"
            spans = tuple(Span.from_dict(s) for s in d.get("spans") or ())
            current = "relations"
            relations = tuple(Relation.from_dict(r) for r in d.get("relations") or ())
            current = "provenance"
            prov = d.get("provenance")
            provenance = Provenance.from_dict(prov) if prov else None
            current = "annotation"
            ann = d.get("annotation")
            annotation = Annotation.from_dict(ann) if ann else None
        except KeyError as exc:
            raise RecordError(
                f"an item lacks '{exc.args[0]}'", path=path, field=current
            ) from None
        except (TypeError, AttributeError) as exc:
            raise RecordError(f"malformed ({exc})", path=path, field=current) from None
        return cls(
            id=d["id"],
            text=d["text"],
            meta=dict(meta),
            provenance=provenance,
            segments=segments,
            spans=spans,
            relations=relations,
            annotation=annotation,
        )


# -- fast construction ------------------------------------------------------------------

def fast_constructor(cls: type) -> Callable[..., object]:
    """A positional constructor for a frozen slotted dataclass that skips its ``__init__``.

    A frozen dataclass sets each field through ``object.__setattr__``, which makes a
    ``Span`` cost ~4.5 µs; setting the slots through their descriptors builds the same,
    ordinary instance (equal, hashable, frozen afterwards) in less than half the time, and
    a document has dozens of spans and relations. Every field is a parameter, in order,
    with the class's defaults, so the constructor follows ``records.py`` if fields change;
    a class this cannot copy exactly (default factories, ``__post_init__``, fields outside
    ``__init__``) keeps its ordinary constructor.
    """
    fields = dataclasses.fields(cls)
    if hasattr(cls, "__post_init__") or not hasattr(cls, "__slots__") or any(
        f.default_factory is not dataclasses.MISSING or not f.init or f.name.startswith("_")
        for f in fields
    ):
        return cls
    ns: dict[str, object] = {"_new": object.__new__, "_cls": cls}
    params = []
    for n, f in enumerate(fields):
        ns[f"_set{n}"] = getattr(cls, f.name).__set__
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            ns[f"_default{n}"] = f.default
            params.append(f"{f.name}=_default{n}")
    body = "".join(f"    _set{n}(o, {f.name})\n" for n, f in enumerate(fields))
    exec(f"def make({', '.join(params)}):\n    o = _new(_cls)\n{body}    return o\n", ns)
    return ns["make"]  # type: ignore[return-value]


#: Positional constructors for the hot paths (segmentation, heuristics); same records.
new_segment = fast_constructor(Segment)
new_span = fast_constructor(Span)
new_relation = fast_constructor(Relation)
