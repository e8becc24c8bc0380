"""The six exported tables: explicit Arrow schemas and the builders that fill them.

Every table has a fixed schema (dictionary-encoded labels, int32 offsets, a description in
each field's metadata) so that a reader never depends on type inference, and the same
input always gives the same bytes. Rows are built per batch of documents of one split,
with no Python per span, segment, token or character: Arrow columns (the records as
the JSON reader parsed them), Arrow compute, and numpy over the batch's text as one UTF-8
buffer (tokens are found on its bytes; offsets are code points, so only the few bytes
that are not ASCII are mapped one by one).

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
from collections.abc import Callable, Mapping
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


def _classes(cps: np.ndarray) -> np.ndarray:
    """The character class of each code point (astral ones count as single tokens)."""
    table = _class_table()
    if cps.dtype == np.uint8:  # ASCII text: a look-up, nothing to clip
        return table[cps]
    cls = table[np.minimum(cps, 0xFFFF)]
    astral = cps >= 0x10000
    if astral.any():
        cls[astral] = _OTHER
    return cls


def _disjoint(starts: np.ndarray, ends: np.ndarray) -> bool:
    """Intervals sorted by start, none overlapping the next (touching is fine)."""
    return bool((ends >= starts).all() and (starts[1:] >= ends[:-1]).all())


def _runs(n: int, starts: np.ndarray, ends: np.ndarray, value: int = 1) -> np.ndarray:
    """int8 array of length ``n``: ``value`` inside the disjoint sorted intervals
    [starts, ends), 0 elsewhere; one pass over the output (np.repeat)."""
    cuts = np.empty(2 * len(starts) + 2, dtype=np.int64)
    cuts[0], cuts[-1] = 0, n
    cuts[1:-1:2], cuts[2:-1:2] = starts, ends
    values = np.zeros(len(cuts) - 1, dtype=np.int8)
    values[1::2] = value
    return np.repeat(values, np.diff(cuts))


def _token_bounds(word: np.ndarray, solid: np.ndarray, sent_starts: np.ndarray,
                  sent_ends: np.ndarray, glue: np.ndarray | None = None
                  ) -> tuple[np.ndarray, np.ndarray]:
    """Token (start, end) offsets inside the sentences, given which units (characters, or
    bytes) are word characters and which are not space; ``glue``: positions always joined
    to the one before (the 2nd to 4th bytes of a UTF-8 character)."""
    n = len(word)
    if n == 0 or len(sent_starts) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    if _disjoint(sent_starts, sent_ends):
        inside = _runs(n, sent_starts, sent_ends).view(bool)
    else:  # sentences that overlap (not made by curate): count those open at each position
        depth = (np.bincount(sent_starts, minlength=n + 1)
                 - np.bincount(sent_ends, minlength=n + 1))
        inside = np.cumsum(depth[:-1]) > 0
    # cut[i]: the units at i - 1 and i are not joined into one token (i = 0 .. n); made in
    # place, as these passes over every byte of the batch are most of the tokenizer's time
    cut = np.empty(n + 1, dtype=bool)
    cut[0] = cut[n] = False
    np.logical_and(word[1:], word[:-1], out=cut[1:n])  # joined: two word units
    cut[sent_starts] = False  # a token may not run across a sentence boundary
    cut[sent_ends] = False
    if glue is not None:
        cut[glue] = True
    np.logical_not(cut, out=cut)
    tok = np.logical_and(solid, inside, out=inside)
    flags = np.empty(n, dtype=bool)
    starts = np.flatnonzero(np.logical_and(tok, cut[:n], out=flags))
    ends = np.flatnonzero(np.logical_and(tok, cut[1:], out=flags)) + 1
    return starts, ends


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
    cls = _classes(cps)
    return _token_bounds(cls == _WORD, cls != _SPACE, sent_starts, sent_ends)


class _BatchText:
    """The texts of a batch as one UTF-8 buffer, taken as Arrow holds it (no copy into
    Python strings): document i starts at code point ``base[i]``; ``classes`` gives the
    character class of each code point. Offsets are code points; only the few bytes that
    are not ASCII are looked at one by one to map them to bytes."""

    def __init__(self, texts: pa.Array | pa.ChunkedArray) -> None:
        if isinstance(texts, pa.ChunkedArray):
            texts = texts.combine_chunks() if texts.num_chunks != 1 else texts.chunk(0)
        n = len(texts)
        width = np.int64 if pa.types.is_large_string(texts.type) else np.int32
        _validity, offsets, values = texts.buffers()
        offs = np.frombuffer(offsets, dtype=width)[texts.offset:texts.offset + n + 1] \
            .astype(np.int64) if n else np.zeros(1, dtype=np.int64)
        lo, hi = int(offs[0]), int(offs[-1])
        self.buffer = values.slice(lo, hi - lo) if values is not None else pa.py_buffer(b"")
        self.data = data = np.frombuffer(self.buffer, dtype=np.uint8)
        offs -= lo
        high = np.flatnonzero(data >= 0x80)
        kind = data[high] & 0xC0
        #: byte offsets of continuation bytes (the 2nd to 4th bytes of a code point), and
        #: the code point each belongs to
        self._cont = high[kind == 0x80]
        self._owner = self._cont - np.arange(len(self._cont), dtype=np.int64) - 1
        self._leads = high[kind == 0xC0]
        self.base = offs - np.searchsorted(self._cont, offs)

    def tokens(self, sent_starts: np.ndarray, sent_ends: np.ndarray
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Token offsets inside the sentences (code points of the batch), as code points
        (start, end) and as bytes (start, end). Tokenizes the UTF-8 bytes: ASCII classes
        by arithmetic, the few other characters decoded and looked up one by one."""
        data = self.data
        word = ((data | 0x20) - np.uint8(97) < 26) | (data - np.uint8(48) < 10) | (data == 95)
        space = (data == 32) | (data - np.uint8(9) < 5) | (data - np.uint8(28) < 4)
        if len(self._leads):
            at, first = self._leads, data[self._leads].astype(np.uint32)
            last = len(data) - 1
            c1, c2, c3 = ((data[np.minimum(at + k, last)] & 0x3F).astype(np.uint32)
                          for k in (1, 2, 3))
            cps = np.where(
                first < 0xE0, ((first & 0x1F) << 6) | c1,
                np.where(first < 0xF0, ((first & 0x0F) << 12) | (c1 << 6) | c2,
                         ((first & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3))
            cls = _classes(cps)
            word[at], space[at] = cls == _WORD, cls == _SPACE
            # continuation bytes are what their first byte is
            lead = at[np.searchsorted(at, self._cont, side="right") - 1]
            word[self._cont], space[self._cont] = word[lead], space[lead]
        b_s, b_e = _token_bounds(word, ~space, self.bytes_at(sent_starts),
                                 self.bytes_at(sent_ends), glue=self._cont)
        return self.code_points_at(b_s), self.code_points_at(b_e), b_s, b_e

    def code_points_at(self, positions: np.ndarray) -> np.ndarray:
        """Code point offsets of sorted byte positions (on character boundaries)."""
        if not len(self._cont):
            return positions
        # each continuation byte shifts the positions after it: a search per continuation
        # byte (few) rather than per position (many)
        after = np.searchsorted(positions, self._cont, side="right")
        return positions - np.cumsum(np.bincount(after, minlength=len(positions) + 1)
                                     )[:len(positions)]

    def bytes_at(self, positions: np.ndarray) -> np.ndarray:
        """Byte offsets of code point positions."""
        if not len(self._owner):
            return positions
        return positions + np.searchsorted(self._owner, positions, side="left")

    def pieces(self, starts: np.ndarray, ends: np.ndarray) -> pa.Array:
        """The text cut at bytes ``starts[0], ends[0], starts[1], ...`` (ordered, not
        overlapping) as a string array over the batch's buffer (no copy): item 2i is
        ``data[starts[i]:ends[i]]``; odd items are what lies between."""
        n = len(starts)
        if n == 0:
            return pa.array([], pa.string())
        cuts = np.empty(2 * n, dtype=np.int64)
        cuts[0::2], cuts[1::2] = starts, ends
        if len(self.data) >= 2**31:
            return pa.LargeStringArray.from_buffers(
                2 * n - 1, pa.py_buffer(cuts), self.buffer).cast(pa.string())
        return pa.StringArray.from_buffers(2 * n - 1, pa.py_buffer(cuts.astype(np.int32)),
                                           self.buffer)

    def slices(self, starts: np.ndarray, ends: np.ndarray) -> pa.Array:
        """``[text[s:e] for s, e in zip(starts, ends)]`` (any order, overlaps allowed)."""
        return _string_slices(self.data, self.bytes_at(starts), self.bytes_at(ends))


def _string_slices(data: np.ndarray, b0: np.ndarray, b1: np.ndarray) -> pa.Array:
    """The byte ranges ``data[b0[i]:b1[i]]`` as an Arrow string array, without a loop:
    one ``take`` over the bytes, no Python per slice."""
    n = len(b0)
    if n == 0:
        return pa.array([], pa.string())
    lengths = b1 - b0
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    total = int(offsets[-1])
    # position k of the output is byte b0[i] + (k - offsets[i]) of the input
    idx = np.arange(total, dtype=np.int64) - np.repeat(offsets[:-1] - b0, lengths)
    buf = data[idx]
    if total >= 2**31:
        return pa.LargeStringArray.from_buffers(
            n, pa.py_buffer(offsets), pa.py_buffer(buf)).cast(pa.string())
    return pa.StringArray.from_buffers(n, pa.py_buffer(offsets.astype(np.int32)),
                                       pa.py_buffer(buf))


def _bio(n_rows: int, p0: np.ndarray, p1: np.ndarray, row_first: np.ndarray) -> np.ndarray:
    """IOB2 codes (0 O, 1 B, 2 I) for spans covering token positions [p0, p1).

    Nested spans of the label keep the outer one (a short direct quote inside an indirect
    quote stays part of it); a span overlapping an earlier one is cut to start after it.
    ``row_first``: the position of the first token of each sentence: a span
    running on into the next sentence starts again with B there, so every sentence is
    valid IOB2 on its own.
    """
    keep = p1 > p0
    p0, p1 = p0[keep], p1[keep]
    if len(p0) == 0:
        return np.zeros(n_rows, dtype=np.int8)
    if not _strictly_sorted([p0]):  # spans come sorted; only ties need p1 descending
        order = np.lexsort((-p1, p0))
        p0, p1 = p0[order], p1[order]
    reach = np.maximum.accumulate(p1)
    prev = np.concatenate(([-1], reach[:-1]))
    keep = p1 > prev
    p0, p1 = np.maximum(p0[keep], prev[keep]), p1[keep]  # now disjoint, in order
    codes = _runs(n_rows, p0, p1, 2)
    codes[p0] = 1
    at = row_first[codes[row_first] == 2]  # few positions, not a pass over every token
    codes[at] = 1
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


def _contiguous(rows: Any) -> tuple[int, int] | None:
    """``(start, stop)`` when ``rows`` are ``start, start + 1, ..., stop - 1``, else None."""
    n = len(rows)
    if n == 0:
        return 0, 0
    first, last = int(rows[0]), int(rows[-1])
    if last - first != n - 1:
        return None
    if n > 2 and not bool((np.diff(np.asarray(rows, dtype=np.int64)) == 1).all()):
        return None
    return first, last + 1


def _one_chunk(col: pa.Array | pa.ChunkedArray) -> pa.Array:
    if isinstance(col, pa.Array):
        return col
    return col.chunk(0) if col.num_chunks == 1 else col.combine_chunks()


def _pick(t: pa.Table, names: list[str], rows: np.ndarray) -> pa.Table:
    """The columns ``names`` of ``t`` (those it has) at ``rows``."""
    return t.select([n for n in names if n in t.column_names]).take(pa.array(rows, pa.int64()))


def _label_codes(labels: pa.Array | pa.ChunkedArray) -> tuple[np.ndarray, list[str]]:
    """A dictionary-encoded column as (codes, the value of each code)."""
    labels = _one_chunk(labels)
    if not isinstance(labels, pa.DictionaryArray):
        labels = labels.dictionary_encode()
    codes = _np(labels.indices)
    if labels.null_count:  # labels are never null (the schema); a null matches no label
        codes = np.where(_np(labels.is_valid()).astype(bool), codes, -1)
    return codes, labels.dictionary.to_pylist()


def _dictionary(codes: np.ndarray, values: list[str]) -> pa.DictionaryArray:
    """int8 codes into ``values`` (-1: null) as the dictionary array a cast of the strings
    would give: only the values used, in the order they first appear."""
    valid = codes >= 0
    used, first = np.unique(codes[valid], return_index=True)
    used = used[np.argsort(first)]
    remap = np.zeros(max(len(values), 1), dtype=np.int8)
    remap[used] = np.arange(len(used), dtype=np.int8)
    return pa.DictionaryArray.from_arrays(
        pa.array(remap[np.maximum(codes, 0)], pa.int8(), mask=~valid if not valid.all() else None),
        pa.array([values[i] for i in used], pa.string()))


def _strictly_sorted(keys: list[np.ndarray], rows: np.ndarray | None = None) -> bool:
    """Whether the rows (all, or ``rows``) are in strictly increasing order of ``keys``
    (compared as tuples): then a stable sort would keep them as they are, with no ties."""
    cols = [k if rows is None else k[rows] for k in keys]
    if len(cols[0]) < 2:
        return True
    # from the last key to the first: later pairs decide only where earlier keys are equal
    greater = cols[-1][1:] > cols[-1][:-1]
    for k in reversed(cols[:-1]):
        a, b = k[:-1], k[1:]
        greater = (b > a) | ((b == a) & greater)
    return bool(greater.all())


def _has_ties(keys: list[np.ndarray], rows: np.ndarray) -> bool:
    """Whether two neighbours of ``rows`` have equal keys."""
    if len(rows) < 2:
        return False
    same = np.ones(len(rows) - 1, dtype=bool)
    for k in keys:
        v = k[rows]
        same &= v[1:] == v[:-1]
    return bool(same.any())


def _left_join(keys: np.ndarray, sorted_keys: np.ndarray, order: np.ndarray
               ) -> tuple[np.ndarray, np.ndarray]:
    """Each of ``keys`` with every position (in ``order``) whose key equals it, or with -1
    when there is none (a key of -1 never matches): (index into keys, position)."""
    lo = np.searchsorted(sorted_keys, keys, side="left")
    hi = np.searchsorted(sorted_keys, keys, side="right")
    count = np.where(keys >= 0, hi - lo, 0)
    rows = np.maximum(count, 1)
    left = np.repeat(np.arange(len(keys), dtype=np.int64), rows)
    within = np.arange(len(left), dtype=np.int64) - np.repeat(np.cumsum(rows) - rows, rows)
    at = np.repeat(lo, rows) + within
    found = np.repeat(count, rows) > 0
    right = np.where(found, order[np.minimum(at, max(len(order) - 1, 0))] if len(order) else
                     -1, -1)
    return left, right.astype(np.int64)


class BatchBuilder:
    """Collects a batch of documents of one split; ``build()`` makes the six tables.

    Adding a document only keeps references to its JSON objects or source rows; the
    columns are made per batch (Arrow for gathering, numpy for sorting, joining, tokens and
    tags), which keeps per-document Python work small. Rows are ordered by document id
    (documents come in that order), then annotation (primary first), then offset, so the
    same input always gives the same tables.
    """

    def __init__(self, split: str) -> None:
        self.split = split
        self._split_values = pa.array([split], pa.string())
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
        # per annotation (lists while adding, arrays once made by add_rows or build)
        self._ann_doc: list[int] | np.ndarray = []
        self._ann_annotator: list[str | None] | pa.Array = []
        self._ann_id: list[int | None] | pa.Array = []
        self._ann_primary: list[bool] | pa.Array = []
        self._big: _BatchText | None = None
        self._text: pa.Array | None = None
        # records parsed by Arrow (see add): segments, spans and relations are taken from
        # these rows of the source table instead of from JSON objects
        self._source: pa.Table | None = None
        self._doc_rows: list[int] = []
        self._ann_rows: list[int] | np.ndarray = []

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
        if rows is not None:
            self._doc_rows.append(rows[0])
        else:
            self._texts.append(rec["text"])
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

    def add_rows(self, rows: list[int], ids: list[str],
                 metas: list[dict[str, Any]] | None) -> None:
        """Add documents that have one record each, all rows of the source table (see
        :meth:`use_source`), in order: the same as :meth:`add` for each, made from the
        source's columns rather than from JSON objects. ``metas``: each record's metadata
        as a JSON object (None: no record has any)."""
        if self._source is None or self.n_docs:
            raise ValueError("add_rows needs a source and an empty batch")
        n = len(rows)
        ann = self._source_rows("annotation", rows)
        prov = self._source_rows("provenance", rows)

        def field(struct: pa.Array, name: str, typ: pa.DataType,
                  convert: Callable[[Any], Any] | None = None) -> pa.Array:
            """The struct's field (null where the struct is null) as an Arrow array of
            ``typ``; a field the reader gave another type goes through Python, converted
            as :meth:`add` does (``convert``)."""
            if name not in {f.name for f in struct.type}:
                return pa.nulls(n, typ)
            values = pc.struct_field(struct, name)
            if values.type == typ:
                return values
            if pa.types.is_null(values.type):
                return values.cast(typ)
            items = values.to_pylist()
            if convert is not None:
                items = [None if v is None else convert(v) for v in items]
            return pa.array(items, typ)

        has = pc.is_valid(ann)
        kind = field(ann, "kind", pa.string(), str)
        human = pc.fill_null(pc.equal(kind, "human"), False)
        no_str, no_int = pa.scalar(None, pa.string()), pa.scalar(None, pa.int64())
        annotator = pc.if_else(human, field(ann, "annotator", pa.string()), no_str)
        annotation_id = pc.if_else(human, field(ann, "annotation_id", pa.int64()), no_int)
        project = field(ann, "project", pa.string(), str)
        task_id = field(ann, "task_id", pa.int64())
        version = field(ann, "version", pa.string())
        c: dict[str, Any] = self.docs
        c["split"] = self._split_col(n)
        c["id"] = ids
        if metas is None:
            for key in ("title", "published", "source", "url"):
                c[key] = pa.nulls(n, pa.string())
            c["meta"] = [_meta_json({})] * n
        else:
            for key in ("title", "published", "source", "url"):
                c[key] = [_meta_value(m, key) for m in metas]
            c["meta"] = [_meta_json(m) for m in metas]
        for key, typ in (("path", pa.string()), ("sha256", pa.string()),
                         ("format", pa.string()), ("line", pa.int64())):
            c[f"provenance_{key}"] = field(prov, key, typ)  # made int32 with the table
        c["annotation_kind"] = pc.if_else(human, "human", pc.if_else(has, "heuristic", "none"))
        human_np = _np(human).astype(bool)
        c["annotators"] = pa.ListArray.from_arrays(
            pa.array(np.concatenate(([0], np.cumsum(human_np, dtype=np.int32))), pa.int32()),
            pc.fill_null(annotator.filter(human), ""))
        c["annotation_count"] = has.cast(pa.int16())
        c["heuristics_version"] = pc.if_else(human, pa.scalar(None, pa.string()), version)
        c["project"] = project
        c["task_id"] = task_id
        self.n_docs = n
        self._doc_rows = rows
        has_np = _np(has).astype(bool)
        self._ann_doc = np.flatnonzero(has_np)
        self._ann_rows = np.asarray(rows, dtype=np.int64)[has_np]
        self._ann_annotator = annotator.filter(has)
        self._ann_id = annotation_id.filter(has)
        self._ann_primary = pa.array(np.ones(len(self._ann_doc), dtype=bool))

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
        self._freeze_annotations()
        doc_ids = pa.array(self.docs["id"], pa.string())
        paragraphs, sentences = self._build_segments(doc_ids)
        docs = dict(self.docs)
        docs["id"] = doc_ids
        docs["text"] = self._text_array()
        title = docs["title"]
        if not isinstance(title, pa.Array):
            title = pa.array(title, pa.string())
        docs["title"] = pc.coalesce(title, self._headlines)
        out: dict[str, pa.Table] = {"documents": _table("documents", docs)}
        out["paragraphs"] = paragraphs
        out["sentences"] = sentences
        spans, ann = self._build_spans(doc_ids)
        out["spans"] = _table("spans", spans)
        labels = out["spans"]["label"]
        out["quotes"] = self._build_quotes(spans, ann, doc_ids, labels)
        out["tokens"] = self._build_tokens(sentences, spans, ann, labels)
        return out

    def _freeze_annotations(self) -> None:
        """The per-annotation lists (see add) as arrays, made once a batch."""
        self._ann_doc = np.asarray(self._ann_doc, dtype=np.int64)
        if not isinstance(self._ann_annotator, pa.Array):
            self._ann_annotator = pa.array(self._ann_annotator, pa.string())
            self._ann_id = pa.array(self._ann_id, pa.int64())
            self._ann_primary = pa.array(self._ann_primary, pa.bool_())

    def _split_col(self, n: int) -> pa.Array:
        return pa.DictionaryArray.from_arrays(pa.array(np.zeros(n, dtype=np.int8)),
                                              self._split_values)

    def _source_rows(self, column: str, rows: Any) -> pa.Array:
        """The source's ``column`` at ``rows``, as one array: a zero-copy slice when the
        rows are one ascending run (as when a batch is ordered by split), else a take."""
        assert self._source is not None
        col = self._source[column]
        run = _contiguous(rows)
        if run is not None:
            return _one_chunk(col.slice(run[0], run[1] - run[0]))
        return _one_chunk(col.take(pa.array(rows, pa.int64())))

    def _text_array(self) -> pa.Array:
        """The documents' texts: the source's column itself when there is one."""
        if self._text is None:
            self._text = pa.array(self._texts, pa.string()) if self._source is None else \
                self._source_rows("text", self._doc_rows)
        return self._text

    def _batch_text(self) -> _BatchText:
        if self._big is None:
            self._big = _BatchText(self._text_array())
        return self._big

    def _slices(self, doc: np.ndarray, start: pa.Array, end: pa.Array) -> pa.Array:
        """``text[start:end]`` of each row's document, without a Python loop."""
        big = self._batch_text()
        b = big.base[doc]
        return big.slices(_np(start).astype(np.int64) + b, _np(end).astype(np.int64) + b)

    def _from_source(self, column: str, rows: list[int]) -> tuple[pa.StructArray, pa.Array]:
        """The items of ``column`` (a list column) of the source rows, flattened, and the
        position in ``rows`` each came from."""
        col = self._source_rows(column, rows)
        parents = pc.list_parent_indices(col)
        return pc.list_flatten(col), parents if parents.type == pa.int64() else \
            parents.cast(pa.int64())

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
        is_sent = _np(pc.equal(t["kind"], "sentence")).astype(bool)
        # blocks and sentences each in (doc, start, end, id) order; a block and a sentence
        # with equal offsets go to different tables, so only ties within one need the id
        keys = [_np(t[k]) for k in ("doc", "start", "end")]
        b_rows, s_rows = np.flatnonzero(~is_sent), np.flatnonzero(is_sent)
        if not (_strictly_sorted(keys, b_rows) and _strictly_sorted(keys, s_rows)):
            order = np.lexsort(keys[::-1])
            b_rows, s_rows = order[~is_sent[order]], order[is_sent[order]]
            if _has_ties(keys, b_rows) or _has_ties(keys, s_rows):
                order = _np(pc.sort_indices(t, sort_keys=[
                    ("doc", "ascending"), ("start", "ascending"), ("end", "ascending"),
                    ("id", "ascending")]))
                b_rows, s_rows = order[~is_sent[order]], order[is_sent[order]]
        # only the columns each table needs
        b = _pick(t, ["doc", "id", "kind", "start", "end", "text", "reason", "line",
                      "raw_start", "raw_end"], b_rows)
        s = _pick(t, ["doc", "id", "parent", "start", "end", "text"], s_rows)
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
        base = self._batch_text().base
        b_pos = base[b_doc] + _np(b["start"]).astype(np.int64)
        s_pos = base[s_doc] + _np(s["start"]).astype(np.int64)
        inside = np.searchsorted(b_pos, s_pos, side="right") - 1
        ok = (inside >= 0) & (b_doc[np.maximum(inside, 0)] == s_doc) if len(b_doc) else \
            np.zeros(len(s_doc), dtype=bool)
        kind_codes, kinds = _label_codes(paragraphs["kind"])
        block_kind = _dictionary(
            np.where(ok, kind_codes[np.maximum(inside, 0)], -1) if len(b_doc) else
            np.full(len(s_doc), -1, dtype=np.int8), kinds)
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
        # in (annotation, start, end, id) order: usually the order spans come in already
        keys = [_np(t[k]) for k in ("ann", "start", "end")]
        if not _strictly_sorted(keys):  # else already in order, with no ties
            order = np.lexsort(keys[::-1])
            if _has_ties(keys, order):
                t = t.take(pc.sort_indices(t, sort_keys=[
                    ("ann", "ascending"), ("start", "ascending"), ("end", "ascending"),
                    ("id", "ascending")]))
            else:
                t = t.take(pa.array(order))
        ann = _np(t["ann"])
        ann_doc = np.asarray(self._ann_doc, dtype=np.int64)
        rule = t["rule"]
        human = pc.fill_null(pc.equal(rule, "human"), True)
        human_np = _np(human).astype(bool)
        ann_doc_arr = ann_doc[ann]
        cols: dict[str, Any] = {name: t[name] for name in t.column_names}
        cols.update({
            "text": t["text"] if "text" in t.column_names else
            self._slices(ann_doc_arr, t["start"], t["end"]),
            "split": self._split_col(t.num_rows),
            "doc_id": doc_ids.take(pa.array(ann_doc_arr)) if len(ann) else
            pa.array([], pa.string()),
            "annotator": pc.coalesce(t["annotator"], self._ann_annotator.take(t["ann"])),
            "annotation_id": self._ann_id.take(t["ann"]),
            "primary": self._ann_primary.take(t["ann"]),
            "source": _dictionary(human_np.astype(np.int8), ["heuristic", "human"]),
            "human": human_np,  # not a column: for the quotes' source
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
                      doc_ids: pa.Array, labels: pa.Array) -> pa.Table:
        """QUOTE spans left-joined with their said_by relations, then with the spans those
        point to, by (annotation, span id): sorted integer keys and searchsorted rather
        than hash joins (which cost more than all the rest of the table)."""
        r = self._relation_table()
        r = r.filter(pc.equal(r["rel"], "said_by"))
        ids = _one_chunk(spans["id"])
        encoded = ids.dictionary_encode() if not ids.null_count else None
        uniq = encoded.dictionary if encoded is not None else pc.unique(ids)
        width = max(len(uniq), 1)

        def keys(a: np.ndarray, names: Any) -> np.ndarray:
            """(annotation, id) as one integer; -1 for an id no span has."""
            code = pc.index_in(names, value_set=uniq)
            return np.where(_np(pc.is_valid(code)).astype(bool),
                            a * width + _np(pc.fill_null(code, 0)).astype(np.int64), -1)

        # the spans' own ids: their codes in uniq without a second look-up
        span_key = keys(ann, ids) if encoded is None else \
            ann * width + _np(encoded.indices).astype(np.int64)
        span_order = np.argsort(span_key, kind="stable")
        span_sorted = span_key[span_order]
        codes, names = _label_codes(labels)
        quote_rows = np.flatnonzero(codes == names.index("QUOTE")) if "QUOTE" in names else \
            np.zeros(0, dtype=np.int64)
        rel_ann = _np(r["ann"]).astype(np.int64)
        from_key = keys(rel_ann, r["from"])
        rel_order = np.argsort(from_key, kind="stable")
        rel_sorted = from_key[rel_order]
        # every quote with each of its relations (or with none)
        quote, rel = _left_join(span_key[quote_rows], rel_sorted, rel_order)
        rows = quote_rows[quote]
        # every such row with the span its relation points to (or with none)
        to_key = np.where(rel >= 0, keys(rel_ann, r["to"])[np.maximum(rel, 0)], -1) \
            if len(rel_ann) else np.full(len(rel), -1, dtype=np.int64)
        left, speaker = _left_join(to_key, span_sorted, span_order)
        rows, rel = rows[left], rel[left]
        row_ann = ann[rows]

        def at(column: Any, index: np.ndarray) -> Any:
            return column.take(pa.array(index, pa.int64(), mask=index < 0))

        j = pa.table({
            "row": pa.array(rows, pa.int64()), "speaker_start": at(spans["start"], speaker),
            "to": at(r["to"], rel) if len(rel_ann) else pa.nulls(len(rows), pa.string()),
        })
        # quotes in span order, speakers by offset (already so when no quote has several)
        if not _strictly_sorted([rows]):
            order = pc.sort_indices(j, sort_keys=[
                ("row", "ascending"), ("speaker_start", "ascending"), ("to", "ascending")],
                null_placement="at_end")
            j = j.take(order)
            order_np = _np(order).astype(np.int64)
            rows, speaker, row_ann = rows[order_np], speaker[order_np], row_ann[order_np]
        a = pa.array(row_ann, pa.int64())
        rows_arr = pa.array(rows, pa.int64())
        speaker_text = at(spans["text"], speaker)
        ann_doc = np.asarray(self._ann_doc, dtype=np.int64)
        return _table("quotes", {
            "split": self._split_col(len(rows)),
            "doc_id": doc_ids.take(pa.array(ann_doc[row_ann], pa.int64())),
            "annotator": spans["annotator"].take(rows_arr),
            "annotation_id": self._ann_id.take(a),
            "primary": self._ann_primary.take(a),
            "quote_id": ids.take(rows_arr), "quote_type": spans["quote_type"].take(rows_arr),
            "quote_start": spans["start"].take(rows_arr),
            "quote_end": spans["end"].take(rows_arr),
            "quote_text": spans["text"].take(rows_arr),
            "speaker_id": pc.if_else(pa.array(speaker >= 0), j["to"],
                                     pa.scalar(None, pa.string())),
            "speaker_start": j["speaker_start"], "speaker_end": at(spans["end"], speaker),
            "speaker_text": speaker_text,
            "speaker_name": pc.coalesce(at(spans["resolved"], speaker), speaker_text),
            "source": _dictionary(spans["human"][rows].astype(np.int8), ["heuristic", "human"]),
        })

    def _build_tokens(self, sentences: pa.Table, spans: dict[str, Any],
                      span_ann: np.ndarray, labels: pa.Array) -> pa.Table:
        """``labels``: the spans' labels, dictionary-encoded (the spans table's column)."""
        n_docs = self.n_docs
        big = self._batch_text()
        base = big.base
        sent_doc = self._sent_doc.astype(np.int64)
        n_sent = len(sent_doc)
        g_start = _np(sentences["start"]).astype(np.int64) + base[sent_doc]
        g_end = _np(sentences["end"]).astype(np.int64) + base[sent_doc]
        tok_s, tok_e, tok_bs, tok_be = big.tokens(g_start, g_end)
        if _disjoint(g_start, g_end):  # as curate segments: each token in one sentence
            sent_ntok = (np.searchsorted(tok_s, g_end, side="left")
                         - np.searchsorted(tok_s, g_start, side="left"))
            doc_base = np.repeat(base[sent_doc], sent_ntok)
        else:  # a token belongs to the last sentence starting at or before it
            tok_sent = np.searchsorted(g_start, tok_s, side="right") - 1
            sent_ntok = np.bincount(tok_sent, minlength=n_sent).astype(np.int64)
            doc_base = base[sent_doc[tok_sent]]
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
        # one annotation a document (the usual case): token positions are the tokens, and
        # the rows the sentences
        one_each = n_ann == n_docs and bool((ann_doc == np.arange(n_docs)).all())
        pos_tok = np.arange(n_pos) if one_each else \
            (np.arange(n_pos) - np.repeat(ann_pos0[:-1], ann_ntok)
             + np.repeat(doc_tok0[ann_doc], ann_ntok))
        row_ntok = sent_ntok[row_sent]
        list_off = np.zeros(len(row_sent) + 1, dtype=np.int64)
        np.cumsum(row_ntok, out=list_off[1:])
        first_at = list_off[:-1][list_off[:-1] < n_pos]  # each sentence's first token
        first = np.zeros(n_pos, dtype=bool)
        first[first_at] = True

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
        tags: dict[str, np.ndarray] = {}
        codes, names = _label_codes(labels)
        for label in _LABEL_LETTERS:
            m = codes == names.index(label) if label in names else np.zeros(len(p0), bool)
            tags[label] = _bio(n_pos, p0[m], p1[m], first_at)
        # flat NER: lower priority first, higher overwrites; then an I- whose token before
        # has another label (or starts the sentence) becomes B-
        flat = np.zeros(n_pos, dtype=np.int8)
        for k, label in reversed(list(enumerate(NER_PRIORITY))):
            code = tags[label]
            np.copyto(flat, code + np.int8(2 * k), where=code > 0)
        lab = (flat + 1) // 2
        prev = np.empty_like(lab)
        prev[:1], prev[1:] = 0, lab[:-1]
        fix = ((flat & 1) == 0) & (flat > 0) & ((prev != lab) | first)
        flat[fix] -= 1

        offsets = pa.array(list_off.astype(np.int32), pa.int32())

        def tag_list(codes: np.ndarray, names: list[str]) -> pa.Array:
            values = pa.DictionaryArray.from_arrays(  # codes are < len(names) by making
                pa.array(codes, pa.int8()), pa.array(names, pa.string()), safe=False)
            return pa.ListArray.from_arrays(offsets, values)

        rel_s, rel_e = tok_s - doc_base, tok_e - doc_base
        if not one_each:
            # not one annotation a document: each annotation repeats its document's tokens
            rel_s, rel_e = rel_s[pos_tok], rel_e[pos_tok]
        # token i is item 2i of the text cut at every token's start and end
        texts = big.pieces(tok_bs, tok_be).take(pa.array(2 * pos_tok, pa.int64()))
        flat_names = ["O"]
        for label in NER_PRIORITY:
            flat_names += [f"B-{label}", f"I-{label}"]
        row_ann_arr = pa.array(row_ann, pa.int64())
        row_sent_arr = pa.array(row_sent, pa.int64())

        columns: dict[str, Any] = {
            "split": self._split_col(len(row_sent)),
            "doc_id": sentences["doc_id"] if one_each else
            sentences["doc_id"].take(row_sent_arr),
            "annotator": self._ann_annotator.take(row_ann_arr),
            "annotation_id": self._ann_id.take(row_ann_arr),
            "primary": self._ann_primary.take(row_ann_arr),
            "sentence_id": sentences["id"] if one_each else sentences["id"].take(row_sent_arr),
            "tokens": pa.ListArray.from_arrays(offsets, texts),
            "starts": pa.ListArray.from_arrays(offsets, pa.array(rel_s, pa.int32())),
            "ends": pa.ListArray.from_arrays(offsets, pa.array(rel_e, pa.int32())),
            "ner_tags": tag_list(flat, flat_names),
        }
        for col, label in TAG_COLUMNS.items():
            columns[col] = tag_list(tags[label], ["O", f"B-{label}", f"I-{label}"])
        return _table("tokens", columns)
