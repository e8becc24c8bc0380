"""The six exported tables: explicit Arrow schemas and the builders that fill them.

Every table has a fixed schema (dictionary-encoded labels, int32 offsets, a description in
each field's metadata) so that a reader never depends on type inference, and the same
input always gives the same bytes. Rows are built per batch of documents of one split:
plain Python over spans and segments (tens per document), numpy over characters and
tokens (thousands per document), which is where the time would otherwise go.

Tables (one row ...):

- ``documents``: a document (however many annotations it has).
- ``paragraphs``: a block of the text: headline, paragraph or boilerplate (with ``reason``).
- ``sentences``: a sentence of a content block.
- ``spans``: a span of one annotation (all annotations are kept; ``annotator`` says whose).
- ``quotes``: a QUOTE of one annotation joined with its SPEAKER through ``said_by``.
- ``tokens``: a sentence of one annotation: tokens, their offsets and BIO tags.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

try:
    import orjson as _orjson
except ImportError:  # pragma: no cover
    _orjson = None  # type: ignore[assignment]

__all__ = [
    "NER_PRIORITY",
    "SCHEMA_VERSION",
    "TABLES",
    "TABLE_DESCRIPTIONS",
    "TAG_COLUMNS",
    "BatchBuilder",
    "DocumentGroup",
    "tokenize_offsets",
]

#: Version of the exported table layout; bumped when a column changes meaning or type.
SCHEMA_VERSION = "1.0.0"

_LABEL_LETTERS = {"SPEAKER": "S", "QUOTE": "Q", "PLACE": "P", "DATE": "D"}
#: Flat ``ner_tags``: where entity spans overlap, the first label here wins.
NER_PRIORITY: tuple[str, ...] = ("SPEAKER", "PLACE", "DATE")
#: One BIO column per label, each lossless for its own label.
TAG_COLUMNS: dict[str, str] = {
    "speaker_tags": "SPEAKER",
    "quote_tags": "QUOTE",
    "place_tags": "PLACE",
    "date_tags": "DATE",
}

_D8 = pa.dictionary(pa.int8(), pa.string())
_D16 = pa.dictionary(pa.int16(), pa.string())
_D32 = pa.dictionary(pa.int32(), pa.string())
_OFF = pa.int32()


def _f(name: str, typ: pa.DataType, description: str, *, nullable: bool = True) -> pa.Field:
    return pa.field(name, typ, nullable=nullable, metadata={"description": description})


def _split() -> pa.Field:
    return _f("split", _D8, "train, dev or test; fixed by the document id (see the card).",
              nullable=False)


def _doc_id() -> pa.Field:
    return _f("doc_id", pa.string(), "Id of the document (documents.id).", nullable=False)


def _annotation_fields() -> list[pa.Field]:
    return [
        _f("annotator", _D32, "Who annotated: the Label Studio user for human annotations, "
           "null for heuristic pre-annotations."),
        _f("annotation_id", pa.int64(), "Label Studio annotation id (null for heuristics)."),
        _f("primary", pa.bool_(), "True for the one annotation a document to train on: the "
           "most recently updated human annotation, else the heuristic one.", nullable=False),
    ]


def _schema(table: str, description: str, fields: list[pa.Field]) -> pa.Schema:
    return pa.schema(fields, metadata={
        "curate.table": table,
        "curate.schema_version": SCHEMA_VERSION,
        "description": description,
    })


TABLE_DESCRIPTIONS: dict[str, str] = {
    "documents": "One row a document: its exact text, metadata and provenance.",
    "paragraphs": "One row a block of a document: headline, paragraph or boilerplate "
                  "(boilerplate is kept, with the reason it was set aside).",
    "sentences": "One row a sentence of a headline or paragraph.",
    "spans": "One row a labelled span of one annotation (every annotation is kept).",
    "quotes": "One row a QUOTE of one annotation, joined with its SPEAKER through said_by.",
    "tokens": "One row a sentence of one annotation: tokens, offsets and BIO tags.",
}

_TAGS = pa.list_(_D8)

TABLES: dict[str, pa.Schema] = {
    "documents": _schema("documents", TABLE_DESCRIPTIONS["documents"], [
        _split(),
        _f("id", pa.string(), "Document id (sha256 of the text, 16 hex digits, unless given).",
           nullable=False),
        _f("title", pa.string(), "Title from the metadata, else the headline."),
        _f("published", pa.string(), "Publication date or time, ISO 8601 as given."),
        _f("source", pa.string(), "Publisher or source name from the metadata."),
        _f("url", pa.string(), "Address of the article, from the metadata."),
        _f("text", pa.string(), "The article text exactly as read; every offset points here.",
           nullable=False),
        _f("meta", pa.string(), "All metadata of the record as a JSON object (sorted keys)."),
        _f("provenance_path", pa.string(), "File the article was read from."),
        _f("provenance_sha256", pa.string(), "sha256 of the raw bytes read."),
        _f("provenance_format", _D8, "Format of that file: txt, jsonl, md or html."),
        _f("provenance_line", pa.int32(), "1-based line of the record for JSONL sources."),
        _f("annotation_kind", _D8, "human when at least one person annotated the document, "
           "heuristic when it only has pre-annotations, none when it has no annotation.",
           nullable=False),
        _f("annotators", pa.list_(pa.string()), "The human annotators, primary first."),
        _f("annotation_count", pa.int16(), "Number of annotations exported for the document.",
           nullable=False),
        _f("heuristics_version", pa.string(), "Version of the heuristics that pre-annotated."),
        _f("project", pa.string(), "Label Studio project the annotations came from."),
        _f("task_id", pa.int64(), "Label Studio task id."),
    ]),
    "paragraphs": _schema("paragraphs", TABLE_DESCRIPTIONS["paragraphs"], [
        _split(), _doc_id(),
        _f("id", pa.string(), "Block id, unique within the document.", nullable=False),
        _f("index", pa.int32(), "Position of the block in the document, from 0.", nullable=False),
        _f("kind", _D8, "headline, paragraph or boilerplate.", nullable=False),
        _f("start", _OFF, "Start offset (code points) in documents.text.", nullable=False),
        _f("end", _OFF, "End offset (exclusive) in documents.text.", nullable=False),
        _f("text", pa.string(), "documents.text[start:end].", nullable=False),
        _f("is_content", pa.bool_(), "False for boilerplate, which is never annotated.",
           nullable=False),
        _f("reason", _D8, "Why a block is boilerplate (donation-appeal, also-read ...)."),
        _f("line", pa.int32(), "1-based line of the raw file the block starts on."),
        _f("raw_start", pa.int64(), "UTF-8 byte offset of the block in the raw file."),
        _f("raw_end", pa.int64(), "UTF-8 byte end offset (exclusive) in the raw file."),
    ]),
    "sentences": _schema("sentences", TABLE_DESCRIPTIONS["sentences"], [
        _split(), _doc_id(),
        _f("id", pa.string(), "Sentence id, unique within the document.", nullable=False),
        _f("index", pa.int32(), "Position of the sentence in the document, from 0.",
           nullable=False),
        _f("block_id", pa.string(), "Id of the paragraph or headline it belongs to."),
        _f("block_kind", _D8, "Kind of that block: headline or paragraph."),
        _f("start", _OFF, "Start offset (code points) in documents.text.", nullable=False),
        _f("end", _OFF, "End offset (exclusive) in documents.text.", nullable=False),
        _f("text", pa.string(), "documents.text[start:end].", nullable=False),
    ]),
    "spans": _schema("spans", TABLE_DESCRIPTIONS["spans"], [
        _split(), _doc_id(), *_annotation_fields(),
        _f("id", pa.string(), "Span id, unique within the annotation.", nullable=False),
        _f("label", _D8, "SPEAKER, QUOTE, PLACE or DATE (see the labeling spec).",
           nullable=False),
        _f("start", _OFF, "Start offset (code points) in documents.text.", nullable=False),
        _f("end", _OFF, "End offset (exclusive) in documents.text.", nullable=False),
        _f("text", pa.string(), "documents.text[start:end].", nullable=False),
        _f("quote_type", _D8, "QUOTE only: direct or indirect."),
        _f("value", pa.string(), "DATE only: TIMEX3 value (2025-05-16, 2024-08, XXXX-05-16), "
           "null when it cannot be resolved."),
        _f("geonameid", pa.int32(), "PLACE only: GeoNames id when the gazetteer knows it."),
        _f("country_code", _D16, "PLACE only: ISO 3166-1 alpha-2 code of its country."),
        _f("resolved", pa.string(), "SPEAKER only: the named mention a pronoun or "
           "description refers to."),
        _f("score", pa.float32(), "Confidence of the rule (1.0 for human spans).",
           nullable=False),
        _f("source", _D8, "heuristic or human.", nullable=False),
        _f("rule", _D16, "For heuristic spans, the rule and its version (quotes.direct@1)."),
        _f("origin", _D8, "Human spans: accepted (prediction kept), changed, or added."),
    ]),
    "quotes": _schema("quotes", TABLE_DESCRIPTIONS["quotes"], [
        _split(), _doc_id(), *_annotation_fields(),
        _f("quote_id", pa.string(), "Id of the QUOTE span.", nullable=False),
        _f("quote_type", _D8, "direct or indirect."),
        _f("quote_start", _OFF, "Start offset of the quote in documents.text.", nullable=False),
        _f("quote_end", _OFF, "End offset (exclusive) of the quote.", nullable=False),
        _f("quote_text", pa.string(), "The quoted words.", nullable=False),
        _f("speaker_id", pa.string(), "Id of the SPEAKER span (null: no said_by)."),
        _f("speaker_start", _OFF, "Start offset of the speaker mention."),
        _f("speaker_end", _OFF, "End offset (exclusive) of the speaker mention."),
        _f("speaker_text", pa.string(), "The speaker mention as written (may be 'he')."),
        _f("speaker_name", pa.string(), "Who speaks: the resolved name of a pronoun or "
           "description, else the mention itself."),
        _f("source", _D8, "heuristic or human (of the quote span).", nullable=False),
    ]),
    "tokens": _schema("tokens", TABLE_DESCRIPTIONS["tokens"], [
        _split(), _doc_id(), *_annotation_fields(),
        _f("sentence_id", pa.string(), "Id of the sentence (sentences.id).", nullable=False),
        _f("tokens", pa.list_(pa.string()), "Tokens: runs of letters, digits and '_', or "
           "single other characters; whitespace dropped."),
        _f("starts", pa.list_(_OFF), "Start offset of each token in documents.text."),
        _f("ends", pa.list_(_OFF), "End offset (exclusive) of each token in documents.text."),
        _f("ner_tags", _TAGS, "Flat IOB2 tags for SPEAKER, PLACE and DATE; where they "
           "overlap, SPEAKER > PLACE > DATE."),
        _f("speaker_tags", _TAGS, "IOB2 tags for SPEAKER alone."),
        _f("quote_tags", _TAGS, "IOB2 tags for QUOTE alone."),
        _f("place_tags", _TAGS, "IOB2 tags for PLACE alone."),
        _f("date_tags", _TAGS, "IOB2 tags for DATE alone."),
    ]),
}


# --- tokenization (vectorised) -------------------------------------------------------------

_CLASS_TABLE: np.ndarray | None = None
_SPACE, _WORD, _OTHER = 0, 1, 2


def _class_table() -> np.ndarray:
    """Character classes of the Basic Multilingual Plane (others count as single tokens)."""
    global _CLASS_TABLE
    if _CLASS_TABLE is None:
        import unicodedata

        table = np.full(0x10000, _OTHER, dtype=np.uint8)
        for cp in range(0x10000):
            ch = chr(cp)
            if ch.isspace():
                table[cp] = _SPACE
            elif ch.isalnum() or ch == "_" or unicodedata.category(ch).startswith("M"):
                table[cp] = _WORD
        _CLASS_TABLE = table
    return _CLASS_TABLE


def _codepoints(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def tokenize_offsets(
    text: str, sent_starts: np.ndarray, sent_ends: np.ndarray, cps: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Token (start, end) offsets inside the given sentences of ``text``, in text order.

    A token is a run of word characters (letters, digits, '_', combining marks) or one
    other non-space character. Tokens never cross a sentence boundary; text outside the
    sentences gives no tokens. Works on the whole text at once (no per-token Python).
    """
    if cps is None:
        cps = _codepoints(text)
    n = len(cps)
    if n == 0 or len(sent_starts) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    cls = np.where(cps < 0x10000, _class_table()[np.minimum(cps, 0xFFFF)], _OTHER)
    diff = (np.bincount(sent_starts, minlength=n + 1)
            - np.bincount(sent_ends, minlength=n + 1))
    inside = np.cumsum(diff[:-1]) > 0
    boundary = np.zeros(n + 1, dtype=bool)  # a token may not run across position i
    boundary[sent_starts] = True
    boundary[sent_ends] = True
    tok = (cls != _SPACE) & inside
    word = cls == _WORD
    prev_word = np.concatenate(([False], word[:-1]))
    next_word = np.concatenate((word[1:], [False]))
    starts = np.flatnonzero(tok & (~word | ~prev_word | boundary[:-1]))
    ends = np.flatnonzero(tok & (~word | ~next_word | boundary[1:])) + 1
    return starts, ends


def _byte_offsets(cps: np.ndarray) -> np.ndarray:
    """UTF-8 byte offset of every code point position (one more entry than ``cps``)."""
    width = 1 + (cps >= 0x80).astype(np.int64) + (cps >= 0x800) + (cps >= 0x10000)
    byte_at = np.zeros(len(cps) + 1, dtype=np.int64)
    np.cumsum(width, out=byte_at[1:])
    return byte_at


def _string_slices(data: bytes, byte_at: np.ndarray, starts: np.ndarray,
                   ends: np.ndarray) -> pa.Array:
    """``[text[s:e] for s, e in zip(starts, ends)]`` as an Arrow string array, without a loop.

    ``data`` is the UTF-8 text and ``byte_at`` its byte offset per code point. Each slice's
    bytes are gathered by position: one ``take`` over the bytes, no Python per slice.
    """
    n = len(starts)
    if n == 0:
        return pa.array([], pa.string())
    b0, b1 = byte_at[starts], byte_at[ends]
    lengths = b1 - b0
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    total = int(offsets[-1])
    # position k of the output is byte b0[i] + (k - offsets[i]) of the input
    idx = np.arange(total, dtype=np.int64) - np.repeat(offsets[:-1] - b0, lengths)
    buf = np.frombuffer(data, dtype=np.uint8)[idx]
    if total >= 2**31:
        return pa.LargeStringArray.from_buffers(
            n, pa.py_buffer(offsets), pa.py_buffer(buf)).cast(pa.string())
    return pa.StringArray.from_buffers(n, pa.py_buffer(offsets.astype(np.int32)),
                                       pa.py_buffer(buf))


def _bio(n_rows: int, p0: np.ndarray, p1: np.ndarray, row_first: np.ndarray) -> np.ndarray:
    """IOB2 codes (0 O, 1 B, 2 I) for spans covering token positions [p0, p1).

    Nested spans of the label keep the outer one (a short direct quote inside an indirect
    quote stays part of it); a span overlapping an earlier one is cut to start after it.
    ``row_first`` marks the first token of each sentence: a span running on into the next
    sentence starts again with B there, so every sentence is valid IOB2 on its own.
    """
    codes = np.zeros(n_rows, dtype=np.int8)
    keep = p1 > p0
    p0, p1 = p0[keep], p1[keep]
    if len(p0) == 0:
        return codes
    order = np.lexsort((-p1, p0))
    p0, p1 = p0[order], p1[order]
    reach = np.maximum.accumulate(p1)
    prev = np.concatenate(([-1], reach[:-1]))
    keep = p1 > prev
    p0, p1 = np.maximum(p0[keep], prev[keep]), p1[keep]
    diff = np.bincount(p0, minlength=n_rows + 1) - np.bincount(p1, minlength=n_rows + 1)
    inside = np.cumsum(diff[:-1]) > 0
    begin = np.zeros(n_rows, dtype=bool)
    begin[p0] = True
    begin |= row_first
    codes[inside] = 2
    codes[inside & begin] = 1
    return codes


# --- building rows -------------------------------------------------------------------------


@dataclass
class DocumentGroup:
    """One document and all its annotation records, the primary one first."""

    doc_id: str
    split: str
    records: list[dict[str, Any]]  # the records, as JSON objects; records[0] is primary
    primary_is_human: bool


def _meta_json(meta: Mapping[str, Any]) -> str:
    """Compact JSON with sorted keys: the same metadata always gives the same string."""
    if _orjson is not None:
        try:
            return _orjson.dumps(meta, option=_orjson.OPT_SORT_KEYS,
                                 default=str).decode("utf-8")
        except TypeError:  # e.g. keys that are not strings
            pass
    return json.dumps(meta, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=str)


def _meta_value(meta: Mapping[str, Any], key: str) -> str | None:
    v = meta.get(key)
    return None if v is None or v == "" else str(v)


_DOC_COLUMNS = [f.name for f in TABLES["documents"]]
_ID, _KIND, _LABEL = itemgetter("id"), itemgetter("kind"), itemgetter("label")
_START, _END = itemgetter("start"), itemgetter("end")


def _get(items: list[dict[str, Any]], key: str, typ: pa.DataType) -> pa.Array:
    """``[x.get(key) for x in items]`` as an Arrow array, iterating in C."""
    return pa.array(list(map(dict.get, items, repeat(key))), typ)


def _arr(values: Any, typ: pa.DataType) -> pa.Array:
    if pa.types.is_dictionary(typ):
        return pa.array(values, typ.value_type).dictionary_encode().cast(typ)
    return pa.array(values, typ)


def _first_in_group(groups: np.ndarray) -> np.ndarray:
    """For sorted group numbers, the position of each row within its group."""
    return np.arange(len(groups)) - np.searchsorted(groups, groups, side="left")


def _table(name: str, columns: dict[str, Any]) -> pa.Table:
    schema = TABLES[name]
    arrays = []
    for f in schema:
        col = columns[f.name]
        if not isinstance(col, pa.Array | pa.ChunkedArray):
            col = _arr(col, f.type)
        elif col.type != f.type:
            col = col.cast(f.type)
        arrays.append(col)
    return pa.Table.from_arrays(arrays, schema=schema)


def _np(col: pa.Array | pa.ChunkedArray) -> np.ndarray:
    return col.to_numpy(zero_copy_only=False) if len(col) else np.zeros(0, dtype=np.int64)


class BatchBuilder:
    """Collects a batch of documents of one split; ``build()`` makes the six tables.

    Adding a document only keeps references to its JSON objects; the columns are made
    per batch (list comprehensions per field, Arrow for sorting and joining, numpy for
    tokens), which keeps per-document Python work small. Rows are ordered by document id
    (documents come in that order), then annotation (primary first), then offset, so the
    same input always gives the same tables.
    """

    def __init__(self, split: str) -> None:
        self.split = split
        self.reset()

    def reset(self) -> None:
        self.n_docs = 0
        self.docs: dict[str, list[Any]] = {name: [] for name in _DOC_COLUMNS}
        self._texts: list[str] = []
        self._segs: list[dict[str, Any]] = []
        self._seg_counts: list[int] = []
        self._spans: list[dict[str, Any]] = []
        self._span_counts: list[int] = []
        self._rels: list[dict[str, Any]] = []
        self._rel_counts: list[int] = []
        self._ann_doc: list[int] = []
        self._ann_annotator: list[str | None] = []
        self._ann_id: list[int | None] = []
        self._ann_primary: list[bool] = []
        self._big: tuple[str, np.ndarray, np.ndarray, bytes, np.ndarray] | None = None
        # records parsed by Arrow (see add): segments, spans and relations are taken from
        # these rows of the source table instead of from JSON objects
        self._source: pa.Table | None = None
        self._doc_rows: list[int] = []
        self._ann_rows: list[int] = []

    def use_source(self, table: pa.Table | None) -> None:
        """Rows added from now on (``add(group, rows)``) are rows of ``table``."""
        if self.n_docs and table is not self._source:
            raise ValueError("build the batch before changing its source")
        self._source = table

    def add(self, group: DocumentGroup, rows: list[int] | None = None) -> None:
        """Add a document. ``rows`` (with :meth:`use_source`): the source table's row of
        each of ``group.records``, whose segments, spans and relations are read from there
        (the records themselves then need only their other fields)."""
        rec = group.records[0]
        doc = self.n_docs
        self.n_docs += 1
        self._add_document(group, rec)
        self._texts.append(rec["text"])
        if rows is not None:
            self._doc_rows.append(rows[0])
        else:
            segs = rec.get("segments") or ()
            self._segs.extend(segs)
            self._seg_counts.append(len(segs))
        for rank, r in enumerate(group.records):
            ann = r.get("annotation")
            if ann is None:
                continue
            human = ann.get("kind") == "human"
            if rows is not None:
                self._ann_rows.append(rows[rank])
            else:
                spans = r.get("spans") or ()
                rels = r.get("relations") or ()
                self._spans.extend(spans)
                self._span_counts.append(len(spans))
                self._rels.extend(rels)
                self._rel_counts.append(len(rels))
            self._ann_doc.append(doc)
            self._ann_annotator.append(ann.get("annotator") if human else None)
            self._ann_id.append(ann.get("annotation_id") if human else None)
            self._ann_primary.append(rank == 0)

    def _add_document(self, group: DocumentGroup, rec: dict[str, Any]) -> None:
        c = self.docs
        meta = rec.get("meta") or {}
        prov = rec.get("provenance") or {}
        anns = [r["annotation"] for r in group.records if r.get("annotation")]
        humans = [a for a in anns if a.get("kind") == "human"]
        heur = next((a for a in anns if a.get("kind") != "human"), None)
        title = _meta_value(meta, "title")  # else the headline, filled in by build()
        first = humans[0] if humans else (heur or {})
        c["split"].append(self.split)
        c["id"].append(group.doc_id)
        c["title"].append(title)
        c["published"].append(_meta_value(meta, "published"))
        c["source"].append(_meta_value(meta, "source"))
        c["url"].append(_meta_value(meta, "url"))
        c["text"].append(rec["text"])
        c["meta"].append(_meta_json(meta))
        c["provenance_path"].append(prov.get("path"))
        c["provenance_sha256"].append(prov.get("sha256"))
        c["provenance_format"].append(prov.get("format"))
        c["provenance_line"].append(prov.get("line"))
        c["annotation_kind"].append("human" if humans else ("heuristic" if heur else "none"))
        c["annotators"].append([a.get("annotator") or "" for a in humans])
        c["annotation_count"].append(len(anns))
        c["heuristics_version"].append(heur.get("version") if heur else None)
        c["project"].append(None if first.get("project") is None else str(first["project"]))
        c["task_id"].append(first.get("task_id"))

    # -- per batch -------------------------------------------------------------------------
    def build(self) -> dict[str, pa.Table]:
        """The batch as one Arrow table per name (tables may have no rows)."""
        doc_ids = pa.array(self.docs["id"], pa.string())
        paragraphs, sentences = self._build_segments(doc_ids)
        docs = dict(self.docs)
        docs["title"] = pc.coalesce(pa.array(docs["title"], pa.string()), self._headlines)
        out: dict[str, pa.Table] = {"documents": _table("documents", docs)}
        out["paragraphs"] = paragraphs
        out["sentences"] = sentences
        spans, ann = self._build_spans(doc_ids)
        out["spans"] = _table("spans", spans)
        out["quotes"] = self._build_quotes(spans, ann, doc_ids)
        out["tokens"] = self._build_tokens(sentences, spans, ann)
        return out

    def _split_col(self, n: int) -> pa.Array:
        return pa.DictionaryArray.from_arrays(pa.array(np.zeros(n, dtype=np.int8)),
                                              pa.array([self.split]))

    def _batch_text(self) -> tuple[str, np.ndarray, np.ndarray, bytes, np.ndarray]:
        """The batch as one string, document i starting at ``base[i]``, and its code points."""
        if self._big is None:
            lengths = np.fromiter(map(len, self._texts), dtype=np.int64, count=self.n_docs)
            base = np.zeros(self.n_docs + 1, dtype=np.int64)
            np.cumsum(lengths, out=base[1:])
            big = "".join(self._texts)
            cps = _codepoints(big)
            self._big = (big, base, cps, big.encode("utf-8"), _byte_offsets(cps))
        return self._big

    def _slices(self, doc: np.ndarray, start: pa.Array, end: pa.Array) -> pa.Array:
        """``text[start:end]`` of each row's document, without a Python loop."""
        _big, base, _cps, data, byte_at = self._batch_text()
        b = base[doc]
        return _string_slices(data, byte_at, _np(start).astype(np.int64) + b,
                              _np(end).astype(np.int64) + b)

    def _from_source(self, column: str, rows: list[int]) -> tuple[pa.StructArray, pa.Array]:
        """The items of ``column`` (a list column) of the source rows, flattened, and the
        position in ``rows`` each came from."""
        assert self._source is not None
        col = self._source[column].take(pa.array(rows, pa.int64())).combine_chunks()
        return pc.list_flatten(col), pc.list_parent_indices(col).cast(pa.int64())

    def _segment_table(self) -> pa.Table:
        if self._source is None:
            return self._segment_table_from_records()
        segs, doc = self._from_source("segments", self._doc_rows)
        f = segs.field
        # the validator checked text == document text[start:end] for every segment of a
        # source row, so the record's own text is used rather than cut again
        return pa.table({
            "doc": doc, "id": f("id"), "kind": f("kind"), "text": f("text"),
            "start": f("start").cast(pa.int32()), "end": f("end").cast(pa.int32()),
            "parent": f("parent"), "reason": f("reason"), "line": f("line").cast(pa.int32()),
            "raw_start": f("raw_start"), "raw_end": f("raw_end"),
        })

    def _segment_table_from_records(self) -> pa.Table:
        segs = self._segs
        n = len(segs)
        return pa.table({
            "doc": pa.array(np.repeat(np.arange(self.n_docs, dtype=np.int64),
                                      self._seg_counts)),
            "id": pa.array(list(map(_ID, segs)), pa.string()),
            "kind": pa.array(list(map(_KIND, segs)), pa.string()),
            "start": np.fromiter(map(_START, segs), np.int32, count=n),
            "end": np.fromiter(map(_END, segs), np.int32, count=n),
            "parent": pa.array(list(map(dict.get, segs, repeat("parent"))), pa.string()),
            "reason": pa.array(list(map(dict.get, segs, repeat("reason"))), pa.string()),
            "line": pa.array(list(map(dict.get, segs, repeat("line"))), pa.int32()),
            "raw_start": pa.array(list(map(dict.get, segs, repeat("raw_start"))), pa.int64()),
            "raw_end": pa.array(list(map(dict.get, segs, repeat("raw_end"))), pa.int64()),
        })

    def _build_segments(self, doc_ids: pa.Array) -> tuple[pa.Table, pa.Table]:
        t = self._segment_table()
        t = t.take(pc.sort_indices(t, sort_keys=[("doc", "ascending"), ("start", "ascending"),
                                                 ("end", "ascending"), ("id", "ascending")]))
        is_sent = pc.equal(t["kind"], "sentence")
        b = t.filter(pc.invert(is_sent))
        s = t.filter(is_sent)
        b_doc, s_doc = _np(b["doc"]), _np(s["doc"])
        paragraphs = _table("paragraphs", {
            "split": self._split_col(b.num_rows), "doc_id": doc_ids.take(b["doc"]),
            "id": b["id"], "index": pa.array(_first_in_group(b_doc), pa.int32()),
            "kind": b["kind"], "start": b["start"], "end": b["end"],
            "text": b["text"] if "text" in b.column_names else
            self._slices(b_doc, b["start"], b["end"]),
            "is_content": pc.not_equal(b["kind"], "boilerplate"), "reason": b["reason"],
            "line": b["line"], "raw_start": b["raw_start"], "raw_end": b["raw_end"],
        })
        # each document's first headline (its title when the metadata has none)
        head = np.flatnonzero(_np(pc.equal(b["kind"], "headline")).astype(bool))
        first_head = np.full(self.n_docs, -1, dtype=np.int64)
        if len(head):
            docs_with, at = np.unique(b_doc[head], return_index=True)
            first_head[docs_with] = head[at]
        self._headlines = paragraphs["text"].take(pa.array(first_head, mask=first_head < 0))
        # the block a sentence lies in: the last block of its document starting at or before it
        base = self._batch_text()[1]
        b_pos = base[b_doc] + _np(b["start"]).astype(np.int64)
        s_pos = base[s_doc] + _np(s["start"]).astype(np.int64)
        inside = np.searchsorted(b_pos, s_pos, side="right") - 1
        ok = (inside >= 0) & (b_doc[np.maximum(inside, 0)] == s_doc) if len(b_doc) else \
            np.zeros(len(s_doc), dtype=bool)
        block_kind = b["kind"].take(pa.array(np.maximum(inside, 0))) if len(b_doc) else \
            pa.nulls(len(s_doc), pa.string())
        block_kind = pc.if_else(pa.array(ok), block_kind, pa.scalar(None, pa.string()))
        sentences = _table("sentences", {
            "split": self._split_col(s.num_rows), "doc_id": doc_ids.take(s["doc"]),
            "id": s["id"], "index": pa.array(_first_in_group(s_doc), pa.int32()),
            "block_id": s["parent"], "block_kind": block_kind,
            "start": s["start"], "end": s["end"],
            "text": s["text"] if "text" in s.column_names else
            self._slices(s_doc, s["start"], s["end"]),
        })
        self._sent_doc = s_doc
        return paragraphs, sentences

    def _span_table(self) -> pa.Table:
        if self._source is None:
            return self._span_table_from_records()
        from curate.validate.columnar import NULL_VALUE

        spans, ann = self._from_source("spans", self._ann_rows)
        f = spans.field
        value = f("value")  # the reader's stand-in for a JSON null is null again here
        value = pc.if_else(pc.equal(value, NULL_VALUE), pa.scalar(None, pa.string()), value)
        return pa.table({  # text: checked equal to the document's, as for segments
            "ann": ann, "id": f("id"), "label": f("label"), "text": f("text"),
            "start": f("start").cast(pa.int32()), "end": f("end").cast(pa.int32()),
            "quote_type": f("quote_type"), "value": value,
            "geonameid": f("geonameid").cast(pa.int32()), "country_code": f("country_code"),
            "resolved": f("resolved"), "score": f("score").cast(pa.float32(), safe=False),
            "rule": f("source"), "annotator": f("annotator"), "origin": f("origin"),
        })

    def _span_table_from_records(self) -> pa.Table:
        sp = self._spans
        n = len(sp)
        n_ann = len(self._ann_doc)
        return pa.table({
            "ann": pa.array(np.repeat(np.arange(n_ann, dtype=np.int64), self._span_counts)),
            "id": pa.array(list(map(_ID, sp)), pa.string()),
            "label": pa.array(list(map(_LABEL, sp)), pa.string()),
            "start": np.fromiter(map(_START, sp), np.int32, count=n),
            "end": np.fromiter(map(_END, sp), np.int32, count=n),
            "quote_type": _get(sp, "quote_type", pa.string()),
            "value": _get(sp, "value", pa.string()),
            "geonameid": _get(sp, "geonameid", pa.int32()),
            "country_code": _get(sp, "country_code", pa.string()),
            "resolved": _get(sp, "resolved", pa.string()),
            "score": pa.array(list(map(dict.get, sp, repeat("score"), repeat(1.0))),
                              pa.float32()),
            "rule": pa.array(list(map(dict.get, sp, repeat("source"), repeat("human"))),
                             pa.string()),
            "annotator": _get(sp, "annotator", pa.string()),
            "origin": _get(sp, "origin", pa.string()),
        })

    def _build_spans(self, doc_ids: pa.Array) -> tuple[dict[str, Any], np.ndarray]:
        t = self._span_table()
        t = t.take(pc.sort_indices(t, sort_keys=[("ann", "ascending"), ("start", "ascending"),
                                                 ("end", "ascending"), ("id", "ascending")]))
        ann = _np(t["ann"])
        ann_doc = np.asarray(self._ann_doc, dtype=np.int64)
        rule = t["rule"]
        human = pc.fill_null(pc.equal(rule, "human"), True)
        ann_doc_arr = ann_doc[ann]
        cols: dict[str, Any] = {name: t[name] for name in t.column_names}
        cols.update({
            "text": t["text"] if "text" in t.column_names else
            self._slices(ann_doc_arr, t["start"], t["end"]),
            "split": self._split_col(t.num_rows),
            "doc_id": doc_ids.take(pa.array(ann_doc_arr)) if len(ann) else
            pa.array([], pa.string()),
            "annotator": pc.coalesce(t["annotator"], pa.array(
                self._ann_annotator, pa.string()).take(t["ann"])),
            "annotation_id": pa.array(self._ann_id, pa.int64()).take(t["ann"]),
            "primary": pa.array(self._ann_primary, pa.bool_()).take(t["ann"]),
            "source": pc.if_else(human, "human", "heuristic"),
            "rule": pc.if_else(human, pa.scalar(None, pa.string()), rule),
        })
        return cols, ann

    def _relation_table(self) -> pa.Table:
        if self._source is not None:
            rels, ann = self._from_source("relations", self._ann_rows)
            return pa.table({"ann": ann, "from": rels.field("from"), "to": rels.field("to"),
                             "rel": rels.field("label")})
        n_ann = len(self._ann_doc)
        rels = self._rels
        return pa.table({
            "ann": pa.array(np.repeat(np.arange(n_ann, dtype=np.int64), self._rel_counts)),
            "from": pa.array([x.get("from") for x in rels], pa.string()),
            "to": pa.array([x.get("to") for x in rels], pa.string()),
            "rel": pa.array([x.get("label", "said_by") for x in rels], pa.string()),
        })

    def _build_quotes(self, spans: dict[str, Any], ann: np.ndarray,
                      doc_ids: pa.Array) -> pa.Table:
        r = self._relation_table()
        r = r.filter(pc.equal(r["rel"], "said_by")).drop_columns(["rel"])
        s = pa.table({"ann": pa.array(ann, pa.int64()), "id": spans["id"],
                      "label": spans["label"], "start": spans["start"], "end": spans["end"],
                      "text": spans["text"], "quote_type": spans["quote_type"],
                      "resolved": spans["resolved"], "source": spans["source"],
                      "annotator": spans["annotator"], "row": pa.array(np.arange(len(ann)))})
        q = s.filter(pc.equal(s["label"], "QUOTE")).select(
            ["ann", "id", "start", "end", "text", "quote_type", "source", "annotator", "row"]
        ).rename_columns(["ann", "quote_id", "quote_start", "quote_end", "quote_text",
                          "quote_type", "source", "annotator", "row"])
        speakers = s.select(["ann", "id", "start", "end", "text", "resolved"]).rename_columns(
            ["ann", "speaker_id", "speaker_start", "speaker_end", "speaker_text", "resolved"])
        if q.num_rows and r.num_rows:
            j = q.join(r, keys=["ann", "quote_id"], right_keys=["ann", "from"],
                       join_type="left outer")
            j = j.join(speakers, keys=["ann", "to"], right_keys=["ann", "speaker_id"],
                       join_type="left outer")
        else:
            j = q.append_column("to", pa.nulls(q.num_rows, pa.string()))
            for name in ("speaker_start", "speaker_end"):
                j = j.append_column(name, pa.nulls(q.num_rows, pa.int32()))
            for name in ("speaker_text", "resolved"):
                j = j.append_column(name, pa.nulls(q.num_rows, pa.string()))
        # joins do not keep order: sort again (quotes in span order, speakers by offset)
        j = j.take(pc.sort_indices(j, sort_keys=[
            ("row", "ascending"), ("speaker_start", "ascending"), ("to", "ascending")],
            null_placement="at_end"))
        a = j["ann"]
        matched = pc.is_valid(j["speaker_start"])
        ann_doc = pa.array(np.asarray(self._ann_doc, dtype=np.int64))
        return _table("quotes", {
            "split": self._split_col(j.num_rows),
            "doc_id": doc_ids.take(ann_doc.take(a)) if j.num_rows else
            pa.array([], pa.string()),
            "annotator": j["annotator"],
            "annotation_id": pa.array(self._ann_id, pa.int64()).take(a),
            "primary": pa.array(self._ann_primary, pa.bool_()).take(a),
            "quote_id": j["quote_id"], "quote_type": j["quote_type"],
            "quote_start": j["quote_start"], "quote_end": j["quote_end"],
            "quote_text": j["quote_text"],
            "speaker_id": pc.if_else(matched, j["to"], pa.scalar(None, pa.string())),
            "speaker_start": j["speaker_start"], "speaker_end": j["speaker_end"],
            "speaker_text": j["speaker_text"],
            "speaker_name": pc.coalesce(j["resolved"], j["speaker_text"]),
            "source": j["source"],
        })

    def _build_tokens(self, sentences: pa.Table, spans: dict[str, Any],
                      span_ann: np.ndarray) -> pa.Table:
        n_docs = self.n_docs
        big, base, cps, data, byte_at = self._batch_text()
        sent_doc = self._sent_doc.astype(np.int64)
        n_sent = len(sent_doc)
        g_start = _np(sentences["start"]).astype(np.int64) + base[sent_doc]
        g_end = _np(sentences["end"]).astype(np.int64) + base[sent_doc]
        tok_s, tok_e = tokenize_offsets(big, g_start, g_end, cps)
        tok_text = _string_slices(data, byte_at, tok_s, tok_e)
        tok_sent = np.searchsorted(g_start, tok_s, side="right") - 1
        sent_ntok = np.bincount(tok_sent, minlength=n_sent).astype(np.int64)
        sent_tok0 = np.zeros(n_sent + 1, dtype=np.int64)
        np.cumsum(sent_ntok, out=sent_tok0[1:])
        doc_sent0 = np.searchsorted(sent_doc, np.arange(n_docs + 1), side="left")
        doc_tok0 = sent_tok0[doc_sent0]

        # rows: for every annotation, the sentences of its document
        ann_doc = np.asarray(self._ann_doc, dtype=np.int64)
        n_ann = len(ann_doc)
        ann_nsent = doc_sent0[ann_doc + 1] - doc_sent0[ann_doc]
        ann_ntok = doc_tok0[ann_doc + 1] - doc_tok0[ann_doc]
        row_ann = np.repeat(np.arange(n_ann, dtype=np.int64), ann_nsent)
        row_sent = (np.arange(len(row_ann)) - np.repeat(np.cumsum(ann_nsent) - ann_nsent,
                                                        ann_nsent)
                    + np.repeat(doc_sent0[ann_doc], ann_nsent))
        ann_pos0 = np.zeros(n_ann + 1, dtype=np.int64)  # first token position of annotation
        np.cumsum(ann_ntok, out=ann_pos0[1:])
        n_pos = int(ann_pos0[-1])
        pos_tok = (np.arange(n_pos) - np.repeat(ann_pos0[:-1], ann_ntok)
                   + np.repeat(doc_tok0[ann_doc], ann_ntok))
        row_ntok = sent_ntok[row_sent]
        list_off = np.zeros(len(row_sent) + 1, dtype=np.int64)
        np.cumsum(row_ntok, out=list_off[1:])
        first = np.zeros(n_pos + 1, dtype=bool)
        first[list_off[:-1]] = True
        first = first[:n_pos]

        # spans -> token positions [p0, p1)
        span_doc = ann_doc[span_ann]
        gs = _np(spans["start"]).astype(np.int64) + base[span_doc]
        ge = _np(spans["end"]).astype(np.int64) + base[span_doc]
        i0 = np.searchsorted(tok_e, gs, side="right")
        i1 = np.searchsorted(tok_s, ge, side="left")
        d0, d1 = doc_tok0[span_doc], doc_tok0[span_doc + 1]
        i0, i1 = np.clip(i0, d0, d1), np.clip(i1, d0, d1)
        shift = ann_pos0[span_ann] - d0
        p0, p1 = i0 + shift, i1 + shift
        labels = _np(spans["label"]).astype(object)

        tags: dict[str, np.ndarray] = {}
        for label in _LABEL_LETTERS:
            m = labels == label
            tags[label] = _bio(n_pos, p0[m], p1[m], first)
        # flat NER: lower priority first, higher overwrites; then an I- whose token before
        # has another label (or starts the sentence) becomes B-
        flat = np.zeros(n_pos, dtype=np.int8)
        for k, label in reversed(list(enumerate(NER_PRIORITY))):
            code = tags[label]
            flat = np.where(code > 0, code + 2 * k, flat).astype(np.int8)
        lab = (flat + 1) // 2
        prev = np.concatenate(([0], lab[:-1])).astype(lab.dtype)
        fix = (flat > 0) & (flat % 2 == 0) & ((prev != lab) | first)
        flat[fix] -= 1

        offsets = pa.array(list_off.astype(np.int32), pa.int32())

        def tag_list(codes: np.ndarray, names: list[str]) -> pa.Array:
            values = pa.DictionaryArray.from_arrays(pa.array(codes, pa.int8()),
                                                    pa.array(names, pa.string()))
            return pa.ListArray.from_arrays(offsets, values)

        doc_base = base[sent_doc[tok_sent]] if len(tok_s) else tok_s
        rel_s = (tok_s - doc_base)[pos_tok]
        rel_e = (tok_e - doc_base)[pos_tok]
        same = n_pos == len(tok_s) and bool(np.array_equal(pos_tok, np.arange(n_pos)))
        texts = tok_text if same else tok_text.take(pa.array(pos_tok, pa.int64()))
        flat_names = ["O"]
        for label in NER_PRIORITY:
            flat_names += [f"B-{label}", f"I-{label}"]
        row_ann_arr = pa.array(row_ann, pa.int64())
        row_sent_arr = pa.array(row_sent, pa.int64())
        columns: dict[str, Any] = {
            "split": self._split_col(len(row_sent)),
            "doc_id": sentences["doc_id"].take(row_sent_arr),
            "annotator": pa.array(self._ann_annotator, pa.string()).take(row_ann_arr),
            "annotation_id": pa.array(self._ann_id, pa.int64()).take(row_ann_arr),
            "primary": pa.array(self._ann_primary, pa.bool_()).take(row_ann_arr),
            "sentence_id": sentences["id"].take(row_sent_arr),
            "tokens": pa.ListArray.from_arrays(offsets, texts),
            "starts": pa.ListArray.from_arrays(offsets, pa.array(rel_s, pa.int32())),
            "ends": pa.ListArray.from_arrays(offsets, pa.array(rel_e, pa.int32())),
            "ner_tags": tag_list(flat, flat_names),
        }
        for col, label in TAG_COLUMNS.items():
            columns[col] = tag_list(tags[label], ["O", f"B-{label}", f"I-{label}"])
        return _table("tokens", columns)
