"""The columnar fast path: annotated-document JSONL read by Arrow and checked in bulk.

Validating record by record costs a few microseconds of Python per span. Here a chunk of
lines is parsed by ``pyarrow.json`` into one table (C++) against an explicit Arrow schema
made from ``schemas/annotated-document.schema.json``, and every check the slow path makes
(:func:`curate.validate.core.validate_record`: the JSON Schema, then
:mod:`curate.validate.checks`) is made on whole columns with Arrow compute and numpy.

The fast path only ever says "this record is valid and has no finding at all" (``clean``).
Everything else -- a record with a finding, a line Arrow cannot parse, anything the
columns cannot tell apart -- goes to the precise per-record validator, so findings (code,
location, message) are always exactly the slow path's. It must never call clean a record
the slow path rejects; ``tests/test_columnar.py`` checks that on the broken corpus and on
random mutations. Where the columns cannot express a rule, the *possibility* of a problem
sends the record to the slow path:

* JSON ``null`` and an absent key are both Arrow nulls, but the schema tells them apart (a
  ``"parent": null`` is wrong, a missing ``parent`` is fine). Only ``"value":null`` (a
  DATE that could not be resolved) is valid, so exactly that byte sequence is rewritten to
  a sentinel string before parsing, and a line holding any other ``null`` goes slow.
* ``NaN``/``Infinity`` (Arrow reads them, Python's JSON reader refuses them): a record
  with a number that is not finite goes slow. More sentinels than ``"value":null``
  rewritten (a real ``"\\u0001"`` string): the chunk goes slow. Lines that do not start
  with ``{`` and end with ``}`` (a record spread over lines, or several on one): slow.
* Unknown keys in closed objects show up as extra fields in the parsed schema: the whole
  chunk goes slow. Type errors, duplicate keys and bad escapes make Arrow fail: the chunk
  is halved until the failing lines are found, and those go slow.
* Patterns, formats and TIMEX3 values are checked by the same Python functions as the slow
  path, once per distinct value of a column rather than once per span.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.json as pj

from curate.validate.checks import is_timex
from curate.validate.compile import is_date_time
from curate.validate.schemas import ConfigLabels, load_schema

__all__ = [
    "ARROW_SCHEMA",
    "NULL_VALUE",
    "Part",
    "arrow_schema",
    "clean_rows",
    "iter_chunks",
    "parse_chunk",
    "split_lines",
]

#: What ``"value":null`` is rewritten to before parsing (see the module docstring).
NULL_VALUE = "\x01"
_NULL_BYTES = b'"value":null'
_NULL_SENTINEL = b'"value":"\\u0001"'
_MIN_PART = 16  # below this many lines a failing part goes line by line to the slow path
CHUNK_BYTES = 16 << 20

_JSON_ARROW = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(),
               "boolean": pa.bool_()}


def _arrow_type(schema: dict[str, Any], root: dict[str, Any]) -> pa.DataType:
    if "$ref" in schema:
        target: Any = root
        for part in schema["$ref"][2:].split("/"):
            target = target[part]
        return _arrow_type(target, root)
    typ = schema.get("type")
    if isinstance(typ, list):  # ["string", "null"]: null is the sentinel
        typ = next(t for t in typ if t != "null")
    if typ is None and "enum" in schema:
        typ = "string"
    if typ == "object":
        return pa.struct([pa.field(k, _arrow_type(v, root))
                          for k, v in schema.get("properties", {}).items()])
    if typ == "array":
        return pa.list_(_arrow_type(schema["items"], root))
    return _JSON_ARROW[typ]


def arrow_schema() -> pa.Schema:
    """The Arrow schema of an annotated-document record, from its JSON Schema."""
    root = load_schema("annotated-document")
    return pa.schema([pa.field(k, _arrow_type(v, root)) for k, v in root["properties"].items()])


ARROW_SCHEMA = arrow_schema()
_CLOSED = {
    name: frozenset(f.name for f in (typ.value_type if pa.types.is_list(typ) else typ))
    for name, typ in ((f.name, f.type) for f in ARROW_SCHEMA)
    if name != "meta" and pa.types.is_struct(typ.value_type if pa.types.is_list(typ) else typ)
}


# -- reading ----------------------------------------------------------------------------------

def iter_chunks(path: Path, chunk_bytes: int = CHUNK_BYTES) -> Iterator[bytes]:
    """Whole lines of ``path``, about ``chunk_bytes`` at a time."""
    with path.open("rb") as fh:
        while True:
            block = fh.read(chunk_bytes)
            if not block:
                return
            if not block.endswith(b"\n"):
                block += fh.readline()  # to the end of the line (one copy, no carry-over)
            yield block


def split_lines(data: bytes) -> tuple[np.ndarray, np.ndarray]:
    """Start and end (past the newline) of each line of ``data``, as the file iterator
    of the slow path splits them (on ``\\n`` only)."""
    buf = np.frombuffer(data, dtype=np.uint8)
    ends = np.flatnonzero(buf == 10) + 1
    if not len(ends) or ends[-1] != len(data):
        ends = np.append(ends, len(data))
    starts = np.concatenate(([0], ends[:-1]))
    return starts.astype(np.int64), ends.astype(np.int64)


def _binary_lines(data: bytes, starts: np.ndarray, ends: np.ndarray) -> pa.Array:
    offsets = np.append(starts, ends[-1] if len(ends) else 0).astype(np.int64)
    return pa.LargeBinaryArray.from_buffers(pa.large_binary(), len(starts),
                                            [None, pa.py_buffer(offsets), pa.py_buffer(data)])


def _line_candidates(data: bytes, starts: np.ndarray, ends: np.ndarray, nulls: bool
                     ) -> np.ndarray:
    """Lines the fast path may take: one ``{...}`` a line, and no ``null`` other than
    ``"value":null`` (``nulls`` says the chunk has some)."""
    buf = np.frombuffer(data, dtype=np.uint8)
    stop = ends - (buf[np.maximum(ends - 1, 0)] == 10)  # without the newline
    ok = stop > starts + 1
    ok &= buf[np.minimum(starts, len(buf) - 1)] == ord("{")
    ok &= buf[np.maximum(stop - 1, 0)] == ord("}")
    if nulls:
        lines = _binary_lines(data, starts, ends)
        bad = pc.not_equal(pc.count_substring(lines, "null"),
                           pc.count_substring(lines, _NULL_BYTES.decode()))
        ok &= ~bad.to_numpy(zero_copy_only=False)
    return ok


@dataclass
class Part:
    """Parsed lines of a chunk: ``lines`` are indices into the chunk's lines, one a row of
    ``table``; ``clean`` says which rows are valid without any finding; ``replaced`` is how
    many ``"value":null`` became the sentinel in these lines."""

    lines: np.ndarray
    table: pa.Table
    clean: np.ndarray
    replaced: int


def _read(buf: bytes) -> pa.Table:
    return pj.read_json(
        io.BytesIO(buf),
        read_options=pj.ReadOptions(use_threads=False, block_size=max(len(buf) + 1, 1 << 20)),
        parse_options=pj.ParseOptions(explicit_schema=ARROW_SCHEMA,
                                      unexpected_field_behavior="infer"))


def _parse(data: bytes, starts: np.ndarray, ends: np.ndarray, grown: np.ndarray,
           idx: np.ndarray, out: list[tuple[np.ndarray, pa.Table, int]], *,
           whole: bool = True) -> None:
    if whole:
        buf = data  # every line: the common case, no copy
    else:
        buf = b"".join([data[starts[i]:ends[i]] for i in idx])
        if not buf.endswith(b"\n"):
            buf += b"\n"
    try:
        # Arrow does not check UTF-8 while parsing; the slow path reports bad bytes
        _binary_lines(buf, np.zeros(1, np.int64), np.array([len(buf)])).cast(
            pa.large_string())
        table = _read(buf)
        if table.num_rows != len(idx):
            raise pa.ArrowInvalid("rows and lines differ")
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        if whole or len(idx) <= _MIN_PART:
            return  # the caller splits the chunk; single lines go to the slow path
        half = len(idx) // 2
        _parse(data, starts, ends, grown, idx[:half], out, whole=False)
        _parse(data, starts, ends, grown, idx[half:], out, whole=False)
        return
    replaced = int(grown[idx].sum()) if len(grown) else 0
    out.append((idx, table, replaced // (len(_NULL_SENTINEL) - len(_NULL_BYTES))))


def parse_chunk(data: bytes, labels: ConfigLabels, *, check: bool = True
                ) -> tuple[np.ndarray, np.ndarray, list[Part]]:
    """Split ``data`` into lines (start, end offsets), parse what the fast path may take,
    and (``check``) mark the clean rows. Lines in no part go to the slow path."""
    starts, ends = split_lines(data)
    nulls = data.count(b"null")
    text = data.replace(_NULL_BYTES, _NULL_SENTINEL) if nulls else data
    replaced = (len(text) - len(data)) // (len(_NULL_SENTINEL) - len(_NULL_BYTES))
    cand = np.flatnonzero(_line_candidates(data, starts, ends, nulls != replaced))
    raw: list[tuple[np.ndarray, pa.Table, int]] = []
    if len(cand) == len(starts):  # try the chunk as it is first
        _parse(text, starts, ends, np.zeros(0), cand, raw)
        if raw:
            raw[0] = (raw[0][0], raw[0][1], replaced)
    if not raw and len(cand):
        r_starts, r_ends = split_lines(text) if replaced else (starts, ends)
        grown = (r_ends - r_starts) - (ends - starts)
        # the whole chunk failed already: start with its halves
        halves = [cand] if len(cand) < len(starts) or len(cand) <= _MIN_PART else \
            [cand[: len(cand) // 2], cand[len(cand) // 2:]]
        for idx in halves:
            _parse(text, r_starts, r_ends, grown, idx, raw, whole=False)
    parts = [Part(idx, table, clean_rows(table, labels, replaced=r) if check else
                  np.zeros(table.num_rows, dtype=bool), r) for idx, table, r in raw]
    return starts, ends, parts


# -- the checks -------------------------------------------------------------------------------

def _np(a: pa.Array | pa.ChunkedArray, fill: Any = 0) -> np.ndarray:
    if a.null_count:
        a = pc.fill_null(a, fill)
    return a.to_numpy(zero_copy_only=False)


def _valid(a: pa.Array | pa.ChunkedArray) -> np.ndarray:
    if not a.null_count:
        return np.ones(len(a), dtype=bool)
    return pc.is_valid(a).to_numpy(zero_copy_only=False)


def _values_ok(a: pa.Array | pa.ChunkedArray, test: Callable[[Any], bool]) -> np.ndarray:
    """``test`` of each non-null value, computed once per distinct value (nulls: True)."""
    uniq = pc.unique(a).drop_null()
    good = [v for v in uniq.to_pylist() if test(v)]
    if len(good) == len(uniq):
        return np.ones(len(a), dtype=bool)
    return (pc.is_in(a, value_set=pa.array(good, a.type)).to_numpy(zero_copy_only=False)
            | ~_valid(a))


def _pattern(schema: dict[str, Any]) -> Callable[[Any], bool]:
    rx = re.compile(schema["pattern"])  # as jsonschema does: re.search
    return lambda v: rx.search(v) is not None


def _in(a: pa.Array | pa.ChunkedArray, values: Any) -> np.ndarray:
    return pc.is_in(a, value_set=pa.array(sorted(values), pa.string())).to_numpy(
        zero_copy_only=False)


def _nonempty(a: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """Present and at least one character (``minLength: 1``)."""
    return _np(pc.binary_length(a), 0) > 0


def _per_record(bad_items: np.ndarray, parent: np.ndarray, n: int) -> np.ndarray:
    if not bad_items.any():
        return np.zeros(n, dtype=bool)
    return np.bincount(parent[bad_items], minlength=n) > 0


def _field(struct: pa.Array | pa.ChunkedArray, name: str) -> pa.Array:
    return pc.struct_field(struct, name)


def _one(col: pa.Array | pa.ChunkedArray) -> pa.Array:
    """The column as one array (a single chunk is taken as it is: no copy)."""
    if isinstance(col, pa.ChunkedArray):
        return col.chunk(0) if col.num_chunks == 1 else col.combine_chunks()
    return col


def _flat(t: pa.Table, name: str) -> tuple[pa.Array, np.ndarray]:
    col = _one(t[name])
    return pc.list_flatten(col), pc.list_parent_indices(col).to_numpy(zero_copy_only=False)


class _Text:
    """The documents' texts as one UTF-8 buffer with code point positions, so that
    ``text[start:end]`` of many items is one gather (no Python per item)."""

    def __init__(self, text: pa.Array) -> None:
        if text.offset or not pa.types.is_large_string(text.type):
            text = pc.cast(text, pa.large_string()).combine_chunks() if isinstance(
                text, pa.ChunkedArray) else text.cast(pa.large_string())
            text = pa.concat_arrays([text]) if text.offset else text
        offs = np.frombuffer(text.buffers()[1], dtype=np.int64)[: len(text) + 1]
        data = text.buffers()[2]
        self.data = np.frombuffer(data, dtype=np.uint8) if data is not None and data.size \
            else np.zeros(0, np.uint8)
        lo, hi = int(offs[0]), int(offs[-1])
        lead = np.empty(hi - lo + 1, dtype=bool)
        np.not_equal(self.data[lo:hi] & 0xC0, 0x80, out=lead[:-1])
        lead[-1] = True  # the end, so that an end offset at the text's end has a byte
        # byte position of each code point (and of the end)
        self.cp_byte = np.flatnonzero(lead) + lo
        self.doc_cp0 = np.searchsorted(self.cp_byte[:-1], offs).astype(np.int64)
        self.length = np.diff(self.doc_cp0)  # code points of each document

    def equal(self, doc: np.ndarray, start: np.ndarray, end: np.ndarray,
              text: pa.Array) -> np.ndarray:
        """``texts[doc][start:end] == text`` for in-range offsets (0 <= start <= end <=
        len)."""
        n = len(doc)
        if n == 0:
            return np.zeros(0, dtype=bool)
        base = self.doc_cp0[doc]
        b0 = self.cp_byte[base + start]
        b1 = self.cp_byte[base + end]
        lengths = b1 - b0
        offsets = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        small = np.int32 if offsets[-1] < 2**31 and len(self.data) < 2**31 else np.int64
        idx = (np.arange(int(offsets[-1]), dtype=small)
               - np.repeat((offsets[:-1] - b0).astype(small), lengths))
        sliced = pa.LargeStringArray.from_buffers(
            n, pa.py_buffer(offsets), pa.py_buffer(self.data[idx]))
        return _np(pc.equal(sliced, text.cast(pa.large_string())), False).astype(bool)


def _in_range(text: _Text, doc: np.ndarray, start: np.ndarray, end: np.ndarray,
              *, empty_ok: bool) -> np.ndarray:
    ok = (start >= 0) & (end <= text.length[doc])
    return ok & ((start <= end) if empty_ok else (start < end))


def _duplicates(doc: np.ndarray, ids: pa.Array) -> np.ndarray:
    """Items whose id is used by an earlier item of the same record."""
    n = len(doc)
    if n < 2:
        return np.zeros(n, dtype=bool)
    t = pa.table({"d": doc, "i": ids})
    order = pc.sort_indices(t, sort_keys=[("d", "ascending"), ("i", "ascending")])
    sd = doc[order.to_numpy()]
    si = ids.take(order)
    same = (sd[1:] == sd[:-1]) & _np(pc.equal(si[1:], si[:-1]), False).astype(bool)
    out = np.zeros(n, dtype=bool)
    out[order.to_numpy()[1:][same]] = True
    return out


def _lookup(doc: np.ndarray, ids: pa.Array, in_doc: np.ndarray, in_ids: pa.Array
            ) -> np.ndarray:
    """For each (doc, id), the index of the first item with that id in the same doc among
    ``in_*``, or -1. Ids become integers by one dictionary encoding, then numpy finds them."""
    n = len(doc)
    if not n or not len(in_doc):
        return np.full(n, -1, dtype=np.int64)
    codes = _np(pc.dictionary_encode(pa.concat_arrays([
        ids.cast(pa.string()), in_ids.cast(pa.string())])).indices, -1).astype(np.int64)
    width = int(codes.max()) + 2  # -1 (a null id) matches nothing real
    key = doc.astype(np.int64) * width + codes[:n] + 1
    in_key = in_doc.astype(np.int64) * width + codes[n:] + 1
    order = np.argsort(in_key, kind="stable")
    sorted_keys = in_key[order]
    pos = np.minimum(np.searchsorted(sorted_keys, key), len(order) - 1)
    hit = (sorted_keys[pos] == key) & (codes[:n] >= 0)
    return np.where(hit, order[pos], -1)


def clean_rows(t: pa.Table, labels: ConfigLabels, *, replaced: int) -> np.ndarray:
    """True for each row (record) that the slow path would pass without any finding.

    ``replaced`` is how many ``"value":null`` were turned into the sentinel before parsing:
    if more sentinels are found, some were real strings, which cannot be told apart.
    """
    n = t.num_rows
    if n == 0:
        return np.zeros(0, dtype=bool)
    if not _schema_closed(t.schema):
        return np.zeros(n, dtype=bool)
    rows = np.arange(n)
    nonfinite = np.zeros(n, dtype=bool)
    found = _walk(_one(t["meta"]), rows, "meta", nonfinite)
    spans = pc.list_flatten(_one(t["spans"]))
    if len(spans):
        found += pc.sum(pc.equal(pc.struct_field(spans, "value"), NULL_VALUE)).as_py() or 0
    if found != replaced:
        return np.zeros(n, dtype=bool)
    root = load_schema("annotated-document")
    defs = root["$defs"]
    ok = np.ones(n, dtype=bool)
    for name in ("id", "text", "meta", "segments", "spans", "relations", "annotation"):
        ok &= _valid(t[name])
    if not ok.any():
        return ok
    ok &= _nonempty(t["id"]) & ~nonfinite

    # meta: open, but title/published/url are typed (and "value":null became the sentinel
    # only for the key "value", which meta may hold with any value)
    meta = t["meta"]
    published = _field(meta, "published")
    ok &= _values_ok(published, _pattern(root["$defs"]["meta"]["properties"]["published"]))

    # provenance: optional, closed
    prov = t["provenance"]
    has_prov = _valid(prov)
    if has_prov.any():
        pdef = defs["provenance"]["properties"]
        sha, fmt, pline = (_field(prov, k) for k in ("sha256", "format", "line"))
        ok &= ~has_prov | (_valid(sha) & _valid(fmt))
        ok &= _values_ok(sha, _pattern(pdef["sha256"]))
        ok &= _values_ok(fmt, lambda v: v in pdef["format"]["enum"])
        ok &= _np(pline, 1) >= 1

    # annotation
    ok &= _annotation_ok(t["annotation"], defs["annotation"])
    if not ok.any():
        return ok

    text = _Text(_one(t["text"]))
    ok &= _segments_ok(t, text, defs["segment"], n)
    ok &= _spans_relations_ok(t, text, defs, labels, n)
    return ok


def _walk(a: pa.Array, rows: np.ndarray, name: str, nonfinite: np.ndarray) -> int:
    """Sentinels under keys named "value" in ``a`` (metadata, any depth); marks the rows
    with a NaN or infinite number, which Arrow reads but Python's JSON reader refuses."""
    typ = a.type
    if pa.types.is_struct(typ):
        return sum(_walk(pc.struct_field(a, f.name), rows, f.name, nonfinite) for f in typ)
    if pa.types.is_list(typ):
        if not len(a):
            return 0
        owner = rows[pc.list_parent_indices(a).to_numpy(zero_copy_only=False)]
        return _walk(pc.list_flatten(a), owner, name, nonfinite)
    if pa.types.is_floating(typ):
        bad = ~_np(pc.is_finite(a), True).astype(bool)
        nonfinite[rows[bad]] = True
    elif pa.types.is_string(typ) and name == "value":
        return int(pc.sum(pc.equal(a, NULL_VALUE)).as_py() or 0)
    return 0


def _depth(typ: pa.DataType) -> int:
    if pa.types.is_struct(typ):
        return 1 + max((_depth(f.type) for f in typ), default=0)
    if pa.types.is_list(typ) or pa.types.is_large_list(typ):
        return 1 + _depth(typ.value_type)
    return 0


def _schema_closed(schema: pa.Schema) -> bool:
    """No key the JSON Schema does not allow (Arrow added a field for it), and metadata
    nested shallowly enough that Python's JSON reader reads it too."""
    if set(schema.names) - set(ARROW_SCHEMA.names):
        return False
    if _depth(schema.field("meta").type) > 64:
        return False
    for name, allowed in _CLOSED.items():
        typ = schema.field(name).type
        typ = typ.value_type if pa.types.is_list(typ) else typ
        if not pa.types.is_struct(typ) or {f.name for f in typ} - allowed:
            return False
    return True


def _annotation_ok(ann: pa.ChunkedArray, adef: dict[str, Any]) -> np.ndarray:
    props = adef["properties"]
    kind = _field(ann, "kind")
    ok = _in(kind, props["kind"]["enum"])
    heur = _np(pc.equal(kind, "heuristic"), False).astype(bool)
    human = _np(pc.equal(kind, "human"), False).astype(bool)
    version = _field(ann, "version")
    ok &= ~heur | _valid(version)
    ok &= ~_valid(version) | _nonempty(version)
    deleted = _field(ann, "deleted")
    ok &= ~human | _valid(deleted)
    for key in ("created_at", "updated_at"):
        ok &= _values_ok(_field(ann, key), is_date_time)
    for key in ("task_id", "annotation_id"):
        ok &= _np(_field(ann, key), 0) >= 0
    if deleted.null_count < len(deleted):
        deleted = _one(deleted)
        values = pc.list_flatten(deleted)
        if len(values):
            owner = pc.list_parent_indices(deleted).to_numpy(zero_copy_only=False)
            ok &= ~_per_record(_duplicates(owner, values) | ~_valid(values), owner, len(ok))
    return ok


def _segments_ok(t: pa.Table, text: _Text, sdef: dict[str, Any], n: int) -> np.ndarray:
    segs, doc = _flat(t, "segments")
    m = len(doc)
    if m == 0:
        return np.ones(n, dtype=bool)
    sid, kind, stext = _field(segs, "id"), _field(segs, "kind"), _field(segs, "text")
    start, end = _field(segs, "start"), _field(segs, "end")
    parent, reason = _field(segs, "parent"), _field(segs, "reason")
    bad = ~(_nonempty(sid) & _in(kind, sdef["properties"]["kind"]["enum"])
            & _valid(start) & _valid(end) & _valid(stext))
    s, e = _np(start), _np(end)
    has_parent, has_reason = _valid(parent), _valid(reason)
    bad |= (has_parent & ~_nonempty(parent)) | (has_reason & ~_nonempty(reason))
    is_sent = _np(pc.equal(kind, "sentence"), False).astype(bool)
    is_boiler = _np(pc.equal(kind, "boilerplate"), False).astype(bool)
    is_block = ~is_sent & ~is_boiler  # headline, paragraph (or a bad kind: already bad)
    bad |= is_sent & (~has_parent | has_reason)
    bad |= is_boiler & (~has_reason | has_parent)
    bad |= is_block & (has_parent | has_reason)
    raw_s, raw_e = _field(segs, "raw_start"), _field(segs, "raw_end")
    bad |= _valid(raw_s) != _valid(raw_e)
    bad |= (_np(raw_s) < 0) | (_np(raw_e) < 0) | (_np(_field(segs, "line"), 1) < 1)
    bad |= (s < 0) | (e < 0)
    rng = _in_range(text, doc, s, e, empty_ok=True) & ~bad
    bad |= ~rng
    w = np.flatnonzero(rng)
    eq = text.equal(doc[w], s[w], e[w], stext.take(pa.array(w)))
    bad[w[~eq]] = True
    bad |= _duplicates(doc, sid)

    # blocks in text order, not overlapping (array order within the record)
    blocks = np.flatnonzero(~is_sent)
    if len(blocks) > 1:
        bd = doc[blocks]
        same = bd[1:] == bd[:-1]
        overlap = same & (s[blocks][1:] < e[blocks][:-1])
        bad[blocks[1:][overlap]] = True
    # sentences inside their parent block, in order within it
    sents = np.flatnonzero(is_sent)
    if len(sents):
        where = _lookup(doc[sents], parent.take(pa.array(sents)), doc[blocks],
                        sid.take(pa.array(blocks)))
        missing = where < 0
        bad[sents[missing]] = True
        blk = blocks[np.maximum(where, 0)] if len(blocks) else np.zeros(len(sents), np.int64)
        outside = ~missing & ((s[sents] < s[blk]) | (e[sents] > e[blk]))
        bad[sents[outside]] = True
        order = np.lexsort((sents, np.where(missing, -1, blk)))
        ss, sb = sents[order], np.where(missing, -1, blk)[order]
        same = (sb[1:] == sb[:-1]) & (sb[1:] >= 0)
        bad[ss[1:][same & (s[ss][1:] < e[ss][:-1])]] = True
    return ~_per_record(bad, doc, n)


def _spans_relations_ok(t: pa.Table, text: _Text, defs: dict[str, Any],
                        labels: ConfigLabels, n: int) -> np.ndarray:
    spans, doc = _flat(t, "spans")
    ok = np.ones(n, dtype=bool)
    pdef = defs["span"]["properties"]
    sid, label, stext = _field(spans, "id"), _field(spans, "label"), _field(spans, "text")
    start, end, score = _field(spans, "start"), _field(spans, "end"), _field(spans, "score")
    if len(doc):
        known = set(pdef["label"]["enum"]) & set(labels.labels)
        bad = ~(_nonempty(sid) & _in(label, known) & _valid(start) & _valid(end)
                & _nonempty(stext) & _valid(score) & _valid(_field(spans, "source")))
        sc = _np(score, 0.0)
        bad |= ~((sc >= 0) & (sc <= 1))  # NaN fails both
        bad |= ~_values_ok(_field(spans, "source"), _pattern(pdef["source"]))
        is_label = {k: _np(pc.equal(label, k), False).astype(bool)
                    for k in ("SPEAKER", "QUOTE", "PLACE", "DATE")}
        qt = _field(spans, "quote_type")
        bad |= is_label["QUOTE"] != _valid(qt)
        bad |= ~_values_ok(qt, lambda v: v in pdef["quote_type"]["enum"])
        value = _field(spans, "value")
        bad |= is_label["DATE"] != _valid(value)
        bad |= ~_values_ok(value, lambda v: v == NULL_VALUE or is_timex(v))
        geo, cc = _field(spans, "geonameid"), _field(spans, "country_code")
        bad |= ~is_label["PLACE"] & (_valid(geo) | _valid(cc))
        bad |= _np(geo, 1) < 1
        bad |= ~_values_ok(cc, _pattern(pdef["country_code"]))
        resolved = _field(spans, "resolved")
        bad |= ~is_label["SPEAKER"] & _valid(resolved)
        bad |= _valid(resolved) & ~_nonempty(resolved)
        bad |= ~_values_ok(_field(spans, "origin"), lambda v: v in pdef["origin"]["enum"])
        s, e = _np(start), _np(end)
        rng = _in_range(text, doc, s, e, empty_ok=False) & ~bad
        bad |= ~rng
        w = np.flatnonzero(rng)
        eq = text.equal(doc[w], s[w], e[w], stext.take(pa.array(w)))
        bad[w[~eq]] = True
        bad |= _duplicates(doc, sid)
        bad |= _in_boilerplate(t, doc, s, e)
        ok &= ~_per_record(bad, doc, n)

    rels, rdoc = _flat(t, "relations")
    rdef = defs["relation"]["properties"]
    speakers = np.flatnonzero(_np(pc.equal(label, "SPEAKER"), False).astype(bool)) if len(
        doc) else np.zeros(0, np.int64)
    if len(rdoc):
        rid, src, dst = _field(rels, "id"), _field(rels, "from"), _field(rels, "to")
        rlabel, rscore = _field(rels, "label"), _field(rels, "score")
        bad = ~(_nonempty(rid) & _nonempty(src) & _nonempty(dst) & _valid(rscore)
                & _in(rlabel, set(rdef["label"]["enum"]) & set(labels.relations))
                & _valid(_field(rels, "source")))
        sc = _np(rscore, 0.0)
        bad |= ~((sc >= 0) & (sc <= 1))
        bad |= ~_values_ok(_field(rels, "source"), _pattern(rdef["source"]))
        bad |= _duplicates(rdoc, rid)
        src_at = _lookup(rdoc, src, doc, sid)
        dst_at = _lookup(rdoc, dst, doc, sid)
        lab = label.take(pa.array(np.maximum(src_at, 0))) if len(doc) else None
        is_quote = (src_at >= 0) & (_np(pc.equal(lab, "QUOTE"), False).astype(bool)
                                    if lab is not None else False)
        lab = label.take(pa.array(np.maximum(dst_at, 0))) if len(doc) else None
        is_speaker = (dst_at >= 0) & (_np(pc.equal(lab, "SPEAKER"), False).astype(bool)
                                      if lab is not None else False)
        bad |= ~is_quote | ~is_speaker
        ok &= ~_per_record(bad, rdoc, n)
        if len(speakers):
            targeted = _lookup(doc[speakers], sid.take(pa.array(speakers)), rdoc, dst) >= 0
            ok &= ~_per_record(~targeted, doc[speakers], n)
    elif len(speakers):
        ok &= ~_per_record(np.ones(len(speakers), dtype=bool), doc[speakers], n)
    return ok


def _in_boilerplate(t: pa.Table, doc: np.ndarray, s: np.ndarray, e: np.ndarray
                    ) -> np.ndarray:
    """Spans that start inside a boilerplate block and end within it (a warning)."""
    segs, sdoc = _flat(t, "segments")
    boiler = np.flatnonzero(_np(pc.equal(_field(segs, "kind"), "boilerplate"), False)
                            .astype(bool)) if len(sdoc) else np.zeros(0, np.int64)
    if not len(boiler) or not len(doc):
        return np.zeros(len(doc), dtype=bool)
    bdoc = sdoc[boiler]
    bs, be = _np(_field(segs, "start"))[boiler], _np(_field(segs, "end"))[boiler]
    order = np.lexsort((bs, bdoc))
    bdoc, bs, be = bdoc[order], bs[order], be[order]
    # the last boilerplate block of the span's record starting at or before the span
    key_b = bdoc.astype(np.int64) * (1 << 32) + bs
    key_s = doc.astype(np.int64) * (1 << 32) + s
    k = np.searchsorted(key_b, key_s, side="right") - 1
    kk = np.maximum(k, 0)
    return (k >= 0) & (bdoc[kk] == doc) & (s < be[kk]) & (e <= be[kk])
