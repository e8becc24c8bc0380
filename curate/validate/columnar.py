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

Flat span rows (``--kind spans``) take the same path with their own Arrow schema (from the
span-row schema) and :func:`clean_span_rows`; a row with a key the schema does not allow
goes slow on its own, and a row with an escaped surrogate (``\\ud800``) too, since its text
is checked by its length in code points.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.json as pj

from curate.validate.checks import is_timex
from curate.validate.compile import is_date_time
from curate.validate.schemas import ConfigLabels, load_schema, record_schema

__all__ = [
    "ARROW_SCHEMA",
    "NULL_VALUE",
    "SPAN_ROW_SCHEMA",
    "Part",
    "arrow_schema",
    "clean_rows",
    "clean_span_rows",
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


def span_row_schema() -> pa.Schema:
    """The Arrow schema of a flat span row (``--kind spans``), from its JSON Schema."""
    root = record_schema("spans")
    return pa.schema([pa.field(k, _arrow_type(v, root)) for k, v in root["properties"].items()])


SPAN_ROW_SCHEMA = span_row_schema()
_SCHEMAS = {"annotated-document": ARROW_SCHEMA, "spans": SPAN_ROW_SCHEMA}
_CLOSED = {
    name: frozenset(f.name for f in (typ.value_type if pa.types.is_list(typ) else typ))
    for name, typ in ((f.name, f.type) for f in ARROW_SCHEMA)
    if name != "meta" and pa.types.is_struct(typ.value_type if pa.types.is_list(typ) else typ)
}


# -- reading ----------------------------------------------------------------------------------

def iter_chunks(path: Path, chunk_bytes: int = CHUNK_BYTES) -> Iterator[bytearray]:
    """Whole lines of ``path``, about ``chunk_bytes`` at a time (each chunk a new
    buffer, read into directly: no copy). Pipes and FIFOs are read too."""
    with path.open("rb") as fh:
        if not fh.seekable():
            yield from _stream_chunks(fh, chunk_bytes)
            return
        size = os.fstat(fh.fileno()).st_size
        while True:
            # Never a buffer larger than what is left of the file: zero-filling 16 MB for
            # each small file made a folder of many small files slower to validate.
            block = bytearray(min(chunk_bytes, max(size - fh.tell(), 1)))
            got = fh.readinto(block)
            if not got:
                return
            del block[got:]
            cut = block.rfind(b"\n") + 1
            if 0 < cut < got:  # the last line is cut off: read it again with the next chunk
                fh.seek(cut - got, os.SEEK_CUR)
                del block[cut:]
            elif cut == 0:  # one line longer than a chunk: the rest of it
                block += fh.readline()
            yield block


def _stream_chunks(fh: BinaryIO, chunk_bytes: int) -> Iterator[bytearray]:
    """:func:`iter_chunks` for input that cannot seek back: the cut-off last line of a
    chunk is carried over to the next one."""
    carry = bytearray()
    while data := fh.read(chunk_bytes):
        carry += data
        cut = carry.rfind(b"\n") + 1
        if cut:
            block, carry = carry[:cut], carry[cut:]
            yield block
    if carry:
        yield carry


def split_lines(data: bytes) -> tuple[np.ndarray, np.ndarray]:
    """Start and end (past the newline) of each line of ``data``, as the file iterator
    of the slow path splits them (on ``\\n`` only)."""
    # Records are long: finding each newline with bytes.find (memchr) costs far less than
    # a pass of numpy over every byte. Many short lines: numpy.
    ends: list[int] = []
    find = data.find
    i = find(b"\n")
    while i >= 0:
        ends.append(i + 1)
        if len(ends) == _FIND_LINES and i < len(data) // 16:
            return _split_lines_numpy(data)
        i = find(b"\n", i + 1)
    if not ends or ends[-1] != len(data):
        ends.append(len(data))
    end = np.array(ends, dtype=np.int64)
    start = np.empty_like(end)
    start[0] = 0
    start[1:] = end[:-1]
    return start, end


_FIND_LINES = 1024


def _split_lines_numpy(data: bytes) -> tuple[np.ndarray, np.ndarray]:
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
        ok &= ~_np(bad, False)
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


def _read(buf: bytes, schema: pa.Schema = ARROW_SCHEMA) -> pa.Table:
    return pj.read_json(
        pa.BufferReader(buf),
        read_options=pj.ReadOptions(use_threads=False, block_size=max(len(buf) + 1, 1 << 20)),
        parse_options=pj.ParseOptions(explicit_schema=schema,
                                      unexpected_field_behavior="infer"))


def _parse(data: bytes, starts: np.ndarray, ends: np.ndarray, grown: np.ndarray,
           idx: np.ndarray, out: list[tuple[np.ndarray, pa.Table, int]], *,
           whole: bool = True, schema: pa.Schema = ARROW_SCHEMA) -> None:
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
        table = _read(buf, schema)
        if table.num_rows != len(idx):
            raise pa.ArrowInvalid("rows and lines differ")
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        if whole or len(idx) <= _MIN_PART:
            return  # the caller splits the chunk; single lines go to the slow path
        half = len(idx) // 2
        _parse(data, starts, ends, grown, idx[:half], out, whole=False, schema=schema)
        _parse(data, starts, ends, grown, idx[half:], out, whole=False, schema=schema)
        return
    replaced = int(grown[idx].sum()) if len(grown) else 0
    out.append((idx, table, replaced // (len(_NULL_SENTINEL) - len(_NULL_BYTES))))


_SURROGATE = re.compile(rb"\\u[dD]")
_VALUE_KEY = _NULL_BYTES[: -len(b"null")]  # b'"value":'
_SENTINEL_STRING = _NULL_SENTINEL[len(_VALUE_KEY):]  # b'"\\u0001"'


_NULL_WORD = np.frombuffer(b"null", dtype="<u4")[0]


def _null_positions(data: bytes) -> np.ndarray:
    """Where ``null`` stands in ``data``, in order. Four aligned word compares: finding it
    with bytes methods is three times slower on text, where ``l`` is common (``null``
    cannot overlap itself, so each is found at exactly one alignment)."""
    if len(data) < 64:
        return np.array([m.start() for m in re.finditer(b"null", data)], dtype=np.int64)
    found = [np.flatnonzero(np.frombuffer(data, dtype="<u4", offset=k,
                                          count=(len(data) - k) // 4) == _NULL_WORD) * 4 + k
             for k in range(4)]
    return np.sort(np.concatenate(found))


_VALUE_KEY_BYTES = np.frombuffer(_VALUE_KEY, dtype=np.uint8)


def _replace_value_nulls(data: bytes) -> tuple[bytes, int, int]:
    """``data`` with each ``"value":null`` made the sentinel, how many ``null`` it has and
    how many of them were replaced (no copy when there is none to replace)."""
    at = _null_positions(data)
    if not len(at):
        return data, 0, 0
    k = len(_VALUE_KEY)
    room = at[at >= k]
    before = np.frombuffer(data, dtype=np.uint8)[room[:, None] + np.arange(-k, 0)]
    values = room[(before == _VALUE_KEY_BYTES).all(axis=1)].tolist()
    if not values:
        return data, len(at), 0
    out: list[bytes] = []
    prev = 0
    for pos in values:
        out += (data[prev:pos], _SENTINEL_STRING)
        prev = pos + 4
    out.append(data[prev:])
    return b"".join(out), len(at), len(values)


def parse_chunk(data: bytes, labels: ConfigLabels, *, check: bool = True,
                kind: str = "annotated-document"
                ) -> tuple[np.ndarray, np.ndarray, list[Part]]:
    """Split ``data`` into lines (start, end offsets), parse what the fast path may take,
    and (``check``) mark the clean rows. Lines in no part go to the slow path.

    ``kind`` is ``annotated-document`` or ``spans`` (flat span rows)."""
    schema, clean = _SCHEMAS[kind], (clean_span_rows if kind == "spans" else clean_rows)
    starts, ends = split_lines(data)
    text, nulls, replaced = _replace_value_nulls(data)
    candidates = _line_candidates(data, starts, ends, nulls != replaced)
    if kind == "spans" and _SURROGATE.search(data):
        # a span row's text is checked by its length in code points; an escaped surrogate
        # (a lone one Python keeps, a pair it joins) is left to the slow path to count
        lines = _binary_lines(data, starts, ends)
        candidates &= ~_np(pc.match_substring_regex(lines, _SURROGATE.pattern.decode()),
                           False).astype(bool)
    cand = np.flatnonzero(candidates)
    raw: list[tuple[np.ndarray, pa.Table, int]] = []
    if len(cand) == len(starts):  # try the chunk as it is first
        _parse(text, starts, ends, np.zeros(0), cand, raw, schema=schema)
        if raw:
            raw[0] = (raw[0][0], raw[0][1], replaced)
    if not raw and len(cand):
        r_starts, r_ends = split_lines(text) if replaced else (starts, ends)
        grown = (r_ends - r_starts) - (ends - starts)
        # the whole chunk failed already: start with its halves
        halves = [cand] if len(cand) < len(starts) or len(cand) <= _MIN_PART else \
            [cand[: len(cand) // 2], cand[len(cand) // 2:]]
        for idx in halves:
            _parse(text, r_starts, r_ends, grown, idx, raw, whole=False, schema=schema)
    parts = [Part(idx, table, clean(table, labels, replaced=r) if check else
                  np.zeros(table.num_rows, dtype=bool), r) for idx, table, r in raw]
    return starts, ends, parts


# -- the checks -------------------------------------------------------------------------------

# Arrow to numpy and back through the buffers: Array.to_numpy, pa.array and pa.scalar load
# pandas on first use (a fifth of a second that validating never needs).
_NUMPY_TYPES = {pa.int64(): np.int64, pa.int32(): np.int32, pa.float64(): np.float64,
                pa.uint64(): np.uint64, pa.uint32(): np.uint32, pa.int8(): np.int8,
                pa.int16(): np.int16, pa.uint8(): np.uint8, pa.uint16(): np.uint16,
                pa.float32(): np.float32}


def _bits(buf: pa.Buffer, offset: int, n: int) -> np.ndarray:
    bits = np.frombuffer(buf, dtype=np.uint8)
    return np.unpackbits(bits, count=offset + n, bitorder="little")[offset:].view(bool)


def _np(a: pa.Array | pa.ChunkedArray, fill: Any = 0) -> np.ndarray:
    """The values of a numeric or boolean column as numpy, nulls as ``fill``."""
    a = _one(a)
    n, typ = len(a), a.type
    bufs = a.buffers()
    if pa.types.is_null(typ) or (n and bufs[1] is None):
        return np.full(n, fill)
    if pa.types.is_boolean(typ):
        values = _bits(bufs[1], a.offset, n) if n else np.zeros(0, dtype=bool)
    elif typ in _NUMPY_TYPES:
        values = np.frombuffer(bufs[1], dtype=_NUMPY_TYPES[typ], count=n, offset=a.offset
                               * np.dtype(_NUMPY_TYPES[typ]).itemsize) if n else \
            np.zeros(0, dtype=_NUMPY_TYPES[typ])
    else:
        return (pc.fill_null(a, fill) if a.null_count else a).to_numpy(zero_copy_only=False)
    if a.null_count:
        values = np.where(_valid(a), values, fill)
    return values


def _valid(a: pa.Array | pa.ChunkedArray) -> np.ndarray:
    if not a.null_count:
        return np.ones(len(a), dtype=bool)
    a = _one(a)
    if a.buffers()[0] is None:  # the null type, or all null
        return np.zeros(len(a), dtype=bool)
    return _bits(a.buffers()[0], a.offset, len(a)).copy()


def _ints(idx: np.ndarray) -> pa.Array:
    """Indices for ``take``, as an Arrow array."""
    idx = np.ascontiguousarray(idx, dtype=np.int64)
    return pa.Array.from_buffers(pa.int64(), len(idx), [None, pa.py_buffer(idx)])


def _string(value: str) -> pa.Scalar:
    data = value.encode()
    offsets = np.array([0, len(data)], dtype=np.int32)
    return pa.Array.from_buffers(pa.string(), 1, [None, pa.py_buffer(offsets),
                                                  pa.py_buffer(data)])[0]


def _count(a: pa.Array | pa.ChunkedArray, value: str) -> int:
    """How many values of ``a`` are ``value``."""
    return int(pc.sum(pc.equal(a, _string(value))).as_py() or 0)


class _Categories:
    """A string column as integer codes, one for each distinct value (few: a kind, a
    label), so that each test of a value is one numpy comparison, or one call of a Python
    function for each distinct value."""

    def __init__(self, a: pa.Array | pa.ChunkedArray) -> None:
        enc = pc.dictionary_encode(_one(a))
        self.codes = _np(enc.indices, -1).astype(np.int64)  # null: -1
        self.names: list[str] = enc.dictionary.to_pylist()

    def equals(self, value: str) -> np.ndarray:
        return self.isin([value])

    def isin(self, values: Any) -> np.ndarray:
        """Present and one of ``values``."""
        return self.where([name in values for name in self.names])

    def where(self, good: list[bool]) -> np.ndarray:
        """Present and good (``good`` says it for each distinct value)."""
        if all(good):
            return self.codes >= 0
        if sum(good) == 1:
            return self.codes == good.index(True)
        return np.append(np.array(good, dtype=bool), False)[self.codes]  # -1: the False


def _values_ok(a: pa.Array | pa.ChunkedArray, test: Callable[[Any], bool]) -> np.ndarray:
    """``test`` of each non-null value, computed once per distinct value (nulls: True)."""
    a = _one(a)
    if all(test(v) for v in pc.unique(a).drop_null().to_pylist()):
        return np.ones(len(a), dtype=bool)
    values = _Categories(a)
    return values.where([test(v) for v in values.names]) | (values.codes < 0)


def _pattern(schema: dict[str, Any]) -> Callable[[Any], bool]:
    rx = re.compile(schema["pattern"])  # as jsonschema does: re.search
    return lambda v: rx.search(v) is not None


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


def _take(a: pa.Array, idx: np.ndarray) -> pa.Array:
    """``a`` at ``idx`` (sorted, distinct): ``a`` itself when that is all of it."""
    return a if len(idx) == len(a) else a.take(_ints(idx))


def _flat(t: pa.Table, name: str) -> tuple[pa.Array, np.ndarray]:
    col = _one(t[name])
    return pc.list_flatten(col), _np(pc.list_parent_indices(col))


#: the low k bytes of a 64-bit word, for k = 0..8
_MASKS = np.array([(1 << (8 * k)) - 1 for k in range(9)], dtype=np.uint64)


class _Text:
    """The documents' texts as one UTF-8 buffer with code point positions, so that
    ``text[start:end]`` of many items is one pass in C (no Python per item).

    A code point offset becomes a byte offset by adding the continuation bytes before it.
    Those are few (most text is ASCII), so only their positions are kept: a code point
    ``g`` (counted over all documents) starts at byte ``g + k`` where ``k`` is how many
    multi-byte characters before ``g`` contribute continuation bytes.
    """

    def __init__(self, text: pa.Array) -> None:
        if text.offset or not pa.types.is_large_string(text.type):
            text = pc.cast(text, pa.large_string()).combine_chunks() if isinstance(
                text, pa.ChunkedArray) else text.cast(pa.large_string())
            text = pa.concat_arrays([text]) if text.offset else text
        offs = np.frombuffer(text.buffers()[1], dtype=np.int64)[: len(text) + 1]
        data = text.buffers()[2]
        self.buffer = data if data is not None else pa.py_buffer(b"")
        self.data = np.frombuffer(data, dtype=np.uint8) if data is not None and data.size \
            else np.zeros(0, np.uint8)
        # the 8 bytes from each position as one little-endian integer (zeros past the end),
        # for the heads of string views: an unaligned view, no copy per position
        padded = np.concatenate([self.data, np.zeros(16, np.uint8)])
        self.words = np.ndarray((len(self.data) + 8,), dtype="<u8", buffer=padded,
                                strides=(1,))
        lo, hi = int(offs[0]), int(offs[-1])
        high = np.flatnonzero(self.data[lo:hi] >= 0x80) + lo
        cont = high[(self.data[high] & 0xC0) == 0x80]  # continuation bytes, in order
        # the code point (over all texts) each continuation byte belongs to: non-decreasing
        self.cont_cp = cont - np.arange(1, len(cont) + 1)
        before = np.searchsorted(cont, offs)  # continuation bytes before each text
        self.doc_cp0 = (offs - before).astype(np.int64)
        self.length = np.diff(self.doc_cp0)  # code points of each document

    def byte(self, cp: np.ndarray) -> np.ndarray:
        """Byte offset of code points counted over all texts (``doc_cp0[doc] + offset``)."""
        if not len(self.cont_cp):
            return cp
        return cp + np.searchsorted(self.cont_cp, cp, side="left")

    def equal(self, doc: np.ndarray, start: np.ndarray, end: np.ndarray,
              text: pa.Array) -> np.ndarray:
        """``texts[doc][start:end] == text`` for in-range offsets (0 <= start <= end <=
        len)."""
        n = len(doc)
        if n == 0:
            return np.zeros(0, dtype=bool)
        base = self.doc_cp0[doc]
        b0 = self.byte(base + start)
        size = self.byte(base + end) - b0
        if len(self.data) >= 2**31 or size.max(initial=0) >= 2**31:
            return self._equal_gather(b0, size, text)
        # each slice as a view into the texts' buffer (Arrow's string_view layout, two
        # little-endian words: the length and the first 4 bytes; then bytes 4-11 when the
        # slice is at most 12 bytes, else buffer 0 and the offset). Bytes past the slice: 0.
        views = np.empty((n, 2), dtype="<u8")
        size64 = size.astype(np.uint64)
        first = self.words[b0] & _MASKS[np.minimum(size, 4)]
        np.bitwise_or(size64, first << np.uint64(32), out=views[:, 0])
        rest = self.words[b0 + 4] & _MASKS[np.clip(size - 4, 0, 8)]
        views[:, 1] = np.where(size > 12, b0.astype(np.uint64) << np.uint64(32), rest)
        sliced = pa.Array.from_buffers(pa.string_view(), n,
                                       [None, pa.py_buffer(views), self.buffer])
        return _np(pc.equal(sliced.cast(pa.large_string()), text.cast(pa.large_string())),
                   False).astype(bool)

    def _equal_gather(self, b0: np.ndarray, size: np.ndarray, text: pa.Array) -> np.ndarray:
        offsets = np.zeros(len(b0) + 1, dtype=np.int64)
        np.cumsum(size, out=offsets[1:])
        idx = np.arange(int(offsets[-1]), dtype=np.int64) - np.repeat(offsets[:-1] - b0, size)
        sliced = pa.LargeStringArray.from_buffers(
            len(b0), pa.py_buffer(offsets), pa.py_buffer(self.data[idx]))
        return _np(pc.equal(sliced, text.cast(pa.large_string())), False).astype(bool)


def _check_texts(text: _Text, doc: np.ndarray, start: np.ndarray, end: np.ndarray,
                 texts: pa.Array, in_range: np.ndarray, bad: np.ndarray) -> None:
    """Mark ``bad`` the items in range whose text is not ``text[start:end]``."""
    if in_range.all():
        bad |= ~text.equal(doc, start, end, texts)
        return
    w = np.flatnonzero(in_range)
    eq = text.equal(doc[w], start[w], end[w], _take(texts, w))
    bad[w[~eq]] = True


def _in_range(text: _Text, doc: np.ndarray, start: np.ndarray, end: np.ndarray,
              *, empty_ok: bool) -> np.ndarray:
    ok = (start >= 0) & (end <= text.length[doc])
    return ok & ((start <= end) if empty_ok else (start < end))


def _codes(*arrays: pa.Array) -> list[np.ndarray]:
    """The strings of ``arrays`` as integers, equal where the strings are equal, by one
    dictionary encoding over all of them (null: -1)."""
    lengths = [len(a) for a in arrays]
    if not sum(lengths):
        return [np.zeros(0, dtype=np.int64) for _ in arrays]
    # a chunked array is encoded with one dictionary for all its chunks: no copy to join them
    enc = pc.dictionary_encode(pa.chunked_array([a.cast(pa.string()) for a in arrays],
                                                pa.string()))
    codes = np.concatenate([_np(c.indices, -1) for c in enc.chunks]).astype(np.int64)
    return np.split(codes, np.cumsum(lengths)[:-1])


def _keys(doc: np.ndarray, codes: np.ndarray, width: int) -> np.ndarray:
    return doc.astype(np.int64) * width + codes + 1


def _duplicates(doc: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """Items whose id (as :func:`_codes`) is used by an earlier item of the same record."""
    n = len(doc)
    out = np.zeros(n, dtype=bool)
    if n < 2:
        return out
    key = _keys(doc, codes, int(codes.max()) + 2)
    order = np.argsort(key, kind="stable")  # ids of a record are mostly in order: cheap
    sk = key[order]
    same = (sk[1:] == sk[:-1]) & (codes[order[1:]] >= 0)
    out[order[1:][same]] = True
    return out


def _lookup(doc: np.ndarray, codes: np.ndarray, in_doc: np.ndarray, in_codes: np.ndarray
            ) -> np.ndarray:
    """For each (doc, id), the index of the first item with that id in the same doc among
    ``in_*``, or -1 (ids as :func:`_codes` of both)."""
    n = len(doc)
    if not n or not len(in_doc):
        return np.full(n, -1, dtype=np.int64)
    width = int(max(codes.max(), in_codes.max())) + 2  # -1 (a null id) matches nothing real
    key = _keys(doc, codes, width)
    in_key = _keys(in_doc, in_codes, width)
    order = np.argsort(in_key, kind="stable")
    sorted_keys = in_key[order]
    pos = np.minimum(np.searchsorted(sorted_keys, key), len(order) - 1)
    hit = (sorted_keys[pos] == key) & (codes >= 0)
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
        found += _count(pc.struct_field(spans, "value"), NULL_VALUE)
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
    segments_ok, boiler = _segments_ok(t, text, defs["segment"], n)
    ok &= segments_ok
    ok &= _spans_relations_ok(t, text, defs, labels, n, boiler)
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
        owner = rows[_np(pc.list_parent_indices(a))]
        return _walk(pc.list_flatten(a), owner, name, nonfinite)
    if pa.types.is_floating(typ):
        bad = ~_np(pc.is_finite(a), True).astype(bool)
        nonfinite[rows[bad]] = True
    elif pa.types.is_string(typ) and name == "value":
        return _count(a, NULL_VALUE)
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
    kinds = _Categories(kind)
    ok = kinds.isin(props["kind"]["enum"])
    heur, human = kinds.equals("heuristic"), kinds.equals("human")
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
            owner = _np(pc.list_parent_indices(deleted))
            ok &= ~_per_record(_duplicates(owner, _codes(values)[0]) | ~_valid(values),
                               owner, len(ok))
    return ok


def _segments_ok(t: pa.Table, text: _Text, sdef: dict[str, Any], n: int
                 ) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Records whose segments are all right, and the boilerplate blocks (record, start,
    end; sorted) for the spans' check."""
    segs, doc = _flat(t, "segments")
    m = len(doc)
    if m == 0:
        empty = np.zeros(0, np.int64)
        return np.ones(n, dtype=bool), (empty, empty, empty)
    sid, stext = _field(segs, "id"), _field(segs, "text")
    kind = _Categories(_field(segs, "kind"))
    start, end = _field(segs, "start"), _field(segs, "end")
    parent, reason = _field(segs, "parent"), _field(segs, "reason")
    bad = ~(_nonempty(sid) & kind.isin(sdef["properties"]["kind"]["enum"])
            & _valid(start) & _valid(end) & _valid(stext))
    s, e = _np(start), _np(end)
    has_parent, has_reason = _valid(parent), _valid(reason)
    bad |= (has_parent & ~_nonempty(parent)) | (has_reason & ~_nonempty(reason))
    is_sent = kind.equals("sentence")
    is_boiler = kind.equals("boilerplate")
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
    _check_texts(text, doc, s, e, stext, rng, bad)
    sid_c, parent_c = _codes(sid, parent)
    bad |= _duplicates(doc, sid_c)

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
        where = _lookup(doc[sents], parent_c[sents], doc[blocks], sid_c[blocks])
        missing = where < 0
        bad[sents[missing]] = True
        blk = blocks[np.maximum(where, 0)] if len(blocks) else np.zeros(len(sents), np.int64)
        outside = ~missing & ((s[sents] < s[blk]) | (e[sents] > e[blk]))
        bad[sents[outside]] = True
        order = np.lexsort((sents, np.where(missing, -1, blk)))
        ss, sb = sents[order], np.where(missing, -1, blk)[order]
        same = (sb[1:] == sb[:-1]) & (sb[1:] >= 0)
        bad[ss[1:][same & (s[ss][1:] < e[ss][:-1])]] = True
    boiler = np.flatnonzero(is_boiler)
    bdoc, bs, be = doc[boiler], s[boiler], e[boiler]
    order = np.lexsort((bs, bdoc))
    return ~_per_record(bad, doc, n), (bdoc[order], bs[order], be[order])


def _spans_relations_ok(t: pa.Table, text: _Text, defs: dict[str, Any],
                        labels: ConfigLabels, n: int,
                        boiler: tuple[np.ndarray, np.ndarray, np.ndarray]) -> np.ndarray:
    spans, doc = _flat(t, "spans")
    rels, rdoc = _flat(t, "relations")
    ok = np.ones(n, dtype=bool)
    pdef = defs["span"]["properties"]
    sid, stext = _field(spans, "id"), _field(spans, "text")
    label = _Categories(_field(spans, "label"))
    start, end, score = _field(spans, "start"), _field(spans, "end"), _field(spans, "score")
    rid, src, dst = _field(rels, "id"), _field(rels, "from"), _field(rels, "to")
    sid_c, src_c, dst_c = _codes(sid, src, dst)  # ids as integers for the lookups below
    is_label = {k: label.equals(k) for k in ("SPEAKER", "QUOTE", "PLACE", "DATE")}
    if len(doc):
        known = set(pdef["label"]["enum"]) & set(labels.labels)
        bad = ~(_nonempty(sid) & label.isin(known) & _valid(start) & _valid(end)
                & _nonempty(stext) & _valid(score) & _valid(_field(spans, "source")))
        sc = _np(score, 0.0)
        bad |= ~((sc >= 0) & (sc <= 1))  # NaN fails both
        bad |= ~_values_ok(_field(spans, "source"), _pattern(pdef["source"]))
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
        _check_texts(text, doc, s, e, stext, rng, bad)
        bad |= _duplicates(doc, sid_c)
        bad |= _in_boilerplate(boiler, doc, s, e)
        ok &= ~_per_record(bad, doc, n)

    rdef = defs["relation"]["properties"]
    speakers = np.flatnonzero(is_label["SPEAKER"])
    if len(rdoc):
        rlabel, rscore = _field(rels, "label"), _field(rels, "score")
        bad = ~(_nonempty(rid) & _nonempty(src) & _nonempty(dst) & _valid(rscore)
                & _Categories(rlabel).isin(set(rdef["label"]["enum"]) & set(labels.relations))
                & _valid(_field(rels, "source")))
        sc = _np(rscore, 0.0)
        bad |= ~((sc >= 0) & (sc <= 1))
        bad |= ~_values_ok(_field(rels, "source"), _pattern(rdef["source"]))
        bad |= _duplicates(rdoc, _codes(rid)[0])
        src_at = _lookup(rdoc, src_c, doc, sid_c)
        dst_at = _lookup(rdoc, dst_c, doc, sid_c)
        if len(doc):
            is_quote = (src_at >= 0) & is_label["QUOTE"][np.maximum(src_at, 0)]
            is_speaker = (dst_at >= 0) & is_label["SPEAKER"][np.maximum(dst_at, 0)]
            bad |= ~is_quote | ~is_speaker
        else:
            bad[:] = True
        ok &= ~_per_record(bad, rdoc, n)
        if len(speakers):
            targeted = _lookup(doc[speakers], sid_c[speakers], rdoc, dst_c) >= 0
            ok &= ~_per_record(~targeted, doc[speakers], n)
    elif len(speakers):
        ok &= ~_per_record(np.ones(len(speakers), dtype=bool), doc[speakers], n)
    return ok


def _in_boilerplate(boiler: tuple[np.ndarray, np.ndarray, np.ndarray], doc: np.ndarray,
                    s: np.ndarray, e: np.ndarray) -> np.ndarray:
    """Spans that start inside a boilerplate block and end within it (a warning)."""
    bdoc, bs, be = boiler
    if not len(bdoc) or not len(doc):
        return np.zeros(len(doc), dtype=bool)
    # the last boilerplate block of the span's record starting at or before the span
    key_b = bdoc.astype(np.int64) * (1 << 32) + bs
    key_s = doc.astype(np.int64) * (1 << 32) + s
    k = np.searchsorted(key_b, key_s, side="right") - 1
    kk = np.maximum(k, 0)
    return (k >= 0) & (bdoc[kk] == doc) & (s < be[kk]) & (e <= be[kk])


# -- flat span rows ---------------------------------------------------------------------------

def clean_span_rows(t: pa.Table, labels: ConfigLabels, *, replaced: int) -> np.ndarray:
    """True for each flat span row (``--kind spans``) that the slow path (the span-row
    schema, then :func:`curate.validate.checks.check_span_row`) passes without a finding.

    ``replaced`` is as for :func:`clean_rows`.
    """
    n = t.num_rows
    if n == 0 or _count(t["value"], NULL_VALUE) != replaced:
        return np.zeros(n, dtype=bool)
    ok = np.ones(n, dtype=bool)
    for name in set(t.schema.names) - set(SPAN_ROW_SCHEMA.names):
        ok &= ~_valid(t[name])  # a key the schema does not allow (Arrow added a column)
    pdef = record_schema("spans")["properties"]
    label = _Categories(t["label"])
    is_label = {k: label.equals(k) for k in ("SPEAKER", "QUOTE", "PLACE", "DATE")}
    start, end, score = t["start"], t["end"], t["score"]
    ok &= (_nonempty(t["doc_id"]) & _nonempty(t["id"])
          & label.isin(set(pdef["label"]["enum"]) & set(labels.labels))
          & _valid(start) & _valid(end) & _nonempty(t["text"]) & _valid(score)
          & _valid(t["source"]))
    s, e, sc = _np(start), _np(end), _np(score, 0.0)
    ok &= (s >= 0) & (s < e)  # end >= 0 follows
    ok &= (sc >= 0) & (sc <= 1)  # NaN fails both
    ok &= _np(pc.utf8_length(_one(t["text"])), -1) == e - s
    ok &= _values_ok(t["source"], _pattern(pdef["source"]))
    qt = t["quote_type"]
    ok &= is_label["QUOTE"] == _valid(qt)
    ok &= _values_ok(qt, lambda v: v in pdef["quote_type"]["enum"])
    value = t["value"]
    ok &= is_label["DATE"] == _valid(value)
    ok &= _values_ok(value, lambda v: v == NULL_VALUE or is_timex(v))
    geo, cc = t["geonameid"], t["country_code"]
    ok &= is_label["PLACE"] | ~(_valid(geo) | _valid(cc))
    ok &= _np(geo, 1) >= 1
    ok &= _values_ok(cc, _pattern(pdef["country_code"]))
    resolved = t["resolved"]
    ok &= is_label["SPEAKER"] | ~_valid(resolved)
    ok &= ~_valid(resolved) | _nonempty(resolved)
    ok &= _values_ok(t["origin"], lambda v: v in pdef["origin"]["enum"])
    return ok
