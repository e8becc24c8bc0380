"""The columnar fast path (curate.validate.columnar) against the per-record validator.

The fast path may only call a record clean when the slow path finds nothing in it, and
`curate validate` must report exactly the same findings (code, location, message, order)
with it as without it. Checked on the broken corpus, on valid records (which must all take
the fast path, or it would be a fast path in name only) and on random mutations of them.
"""

from __future__ import annotations

import copy
import functools
import json
import math
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from _records import broken_corpus
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from curate.validate import validate_record
from curate.validate.columnar import iter_chunks, parse_chunk
from curate.validate.files import validate_file
from curate.validate.schemas import config_labels

BROKEN = Path(__file__).parent / "broken"


corpus = broken_corpus()


def _findings(path: Path, *, columnar: bool) -> list[tuple[Any, ...]]:
    report = validate_file(path, columnar=columnar)
    return [(f.code, f.line, f.record, f.pointer, f.message, f.severity)
            for f in report.findings] + [("records", report.records, report.files[0]["kind"])]


def _clean_lines(path: Path) -> list[bool]:
    """Per line of ``path``: did the fast path call it clean."""
    out: list[bool] = []
    for data in iter_chunks(path):
        starts, _ends, parts = parse_chunk(data, config_labels())
        clean = np.zeros(len(starts), dtype=bool)
        for part in parts:
            clean[part.lines] = part.clean
        out += clean.tolist()
    return out


def _assert_equivalent(path: Path) -> None:
    """Fast verdicts never wrong, and the report is the slow path's, finding for finding."""
    lines = path.read_bytes().split(b"\n")
    for lineno, clean in enumerate(_clean_lines(path), start=1):
        if clean:
            record = json.loads(lines[lineno - 1])
            assert validate_record(record, "annotated-document") == [], (lineno, record)
    assert _findings(path, columnar=True) == _findings(path, columnar=False)


@pytest.mark.parametrize("path", sorted(BROKEN.glob("*.jsonl")), ids=lambda p: p.name)
def test_broken_corpus_reports_are_unchanged(path: Path) -> None:
    _assert_equivalent(path)


@functools.cache
def _seed_record() -> dict[str, Any]:
    """The shortest seed, segmented and pre-annotated: several sentences a paragraph,
    boilerplate, every label (what real input looks like)."""
    from curate.heuristics.attribution import attribute
    from curate.heuristics.dates import find_dates
    from curate.heuristics.places import find_places
    from curate.ingest import ingest
    from curate.records import Annotation
    from curate.segment import segment_all

    seeds = Path(__file__).parent.parent / "seeds"
    doc = min(segment_all(ingest([str(seeds)])), key=lambda d: len(d.text))
    speakers, quotes, relations = attribute(doc)
    spans = sorted([*speakers, *quotes, *find_places(doc), *find_dates(doc)],
                   key=lambda s: (s.start, s.end))
    return doc.replace(spans=tuple(spans), relations=tuple(relations),
                       annotation=Annotation(kind="heuristic", version="1")).to_dict()


def _base_records() -> list[dict[str, Any]]:
    doc = corpus.base_document()
    return [doc, corpus.human(doc, "ann@example.org", 11), copy.deepcopy(_seed_record())]


def _dump(records: list[Any], *, spaced: bool = False) -> str:
    seps = (", ", ": ") if spaced else (",", ":")
    return "".join(json.dumps(r, ensure_ascii=False, separators=seps) + "\n" for r in records)


def test_valid_records_take_the_fast_path(tmp_path: Path) -> None:
    path = tmp_path / "valid.jsonl"
    base = _base_records()
    # an astral character before the spans: offsets are code points, not bytes or UTF-16
    emoji = copy.deepcopy(base[0])
    emoji["id"] = "emoji"
    emoji["text"] = emoji["text"] + " 😀 ok"
    path.write_text(_dump([*base, emoji]), encoding="utf-8")
    assert _clean_lines(path) == [True, True, True, True]
    _assert_equivalent(path)


def test_astral_characters_count_as_one_offset(tmp_path: Path) -> None:
    doc = corpus.base_document()
    doc["text"] = "😀😀 " + doc["text"]
    for item in (*doc["segments"], *doc["spans"]):
        item["start"] += 3
        item["end"] += 3
    wrong = copy.deepcopy(doc)
    wrong["id"] = "utf16"
    for item in (*wrong["segments"], *wrong["spans"]):
        item["start"] += 2  # the UTF-16 count: must be caught
        item["end"] += 2
    path = tmp_path / "astral.jsonl"
    path.write_text(_dump([doc, wrong]), encoding="utf-8")
    assert _clean_lines(path) == [True, False]
    _assert_equivalent(path)


def test_sentences_out_of_order_in_their_block(tmp_path: Path) -> None:
    doc = copy.deepcopy(_seed_record())
    segs = doc["segments"]
    i = next(i for i in range(len(segs) - 1) if segs[i]["kind"] == segs[i + 1]["kind"]
             == "sentence" and segs[i]["parent"] == segs[i + 1]["parent"])
    segs[i], segs[i + 1] = segs[i + 1], segs[i]
    doc["id"] = "swapped"
    path = tmp_path / "order.jsonl"
    path.write_text(_dump([_seed_record(), doc]), encoding="utf-8")
    assert _clean_lines(path) == [True, False]
    _assert_equivalent(path)
    assert [f.code for f in validate_file(path).findings] == ["segment-order"]


@pytest.mark.parametrize("line", [
    # null where a key may only be absent, and a DATE value null written with a space
    lambda d: json.dumps(d).replace('"quote_type": "direct"', '"quote_type": null', 1),
    lambda d: json.dumps(d, separators=(",", ":")).replace('"value":"', '"value": null, "x":"', 1),
    # a real "\u0001" value, which looks like the parser's stand-in for null
    lambda d: json.dumps(d, separators=(",", ":")).replace(
        '"value":"', '"value":"\\u0001","v":"', 1),
    # NaN and Infinity: Arrow reads them, Python's JSON reader does not
    lambda d: json.dumps(dict(d, meta={"x": math.nan})),
    lambda d: json.dumps(d).replace('"score": 0.9', '"score": Infinity', 1),
    # two records on a line, a record over two lines, a duplicate key
    lambda d: json.dumps(d) + json.dumps(d),
    lambda d: json.dumps(d).replace(', "spans"', ',\n"spans"', 1),
    lambda d: json.dumps(d).replace('{"id": ', '{"id": "x", "id": ', 1),
    # meta holding "value": null (allowed) next to a DATE without its value (not allowed)
    lambda d: json.dumps(dict(d, meta={"value": None})).replace('"value": "2', '"valu": "2', 1),
    lambda d: "\ufeff" + json.dumps(d),
    lambda d: json.dumps(d) + "\r",
    lambda d: json.dumps(dict(d, meta={"deep": json.loads("[" * 80 + "]" * 80)})),
], ids=range(12))
def test_ambiguous_lines_go_to_the_slow_path(tmp_path: Path, line: Any) -> None:
    doc = corpus.base_document()
    assert any(s["label"] == "DATE" and s.get("value") for s in doc["spans"])
    path = tmp_path / "x.jsonl"
    path.write_text(_dump([doc]) + line(copy.deepcopy(doc)) + "\n" + _dump([doc]),
                    encoding="utf-8")
    _assert_equivalent(path)


# -- random mutations -------------------------------------------------------------------------

def _paths(obj: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(obj, dict):
        for k, v in obj.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out += _paths(v, (*prefix, i))
    return out


_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 3), st.integers(2**62, 2**66),
    st.sampled_from([0.0, 0.5, 1.0, 1.5, -0.0, 3.0, math.inf, math.nan]),
    st.sampled_from(["", "x", "SPEAKER", "QUOTE", "PLACE", "DATE", "sentence", "boilerplate",
                     "paragraph", "headline", "human", "heuristic", "said_by", "direct",
                     "2025-05-16", "2025-02-30", "XXXX-05-16", "\u0001", "null", "RU", "ru",
                     "quotes.direct@1", "b0", "s0", "😀", "a\nb", "2025-05-16T10:00:00Z",
                     "2025-13-16T10:00:00Z"]),
    st.text(max_size=4),
    st.builds(list), st.builds(dict), st.builds(lambda: ["a", "a"]),
)


_KEYS = ["id", "text", "start", "end", "label", "kind", "parent", "reason", "value",
         "quote_type", "geonameid", "country_code", "resolved", "score", "source", "from",
         "to", "deleted", "annotator", "origin", "version", "line", "raw_start", "raw_end",
         "title", "published", "extra"]


def _mutate(data: st.DataObject, record: Any) -> Any:
    """One change to an object (a field deleted, set, added, an offset moved) or a list
    (an item copied or moved) somewhere in the record."""
    paths = _paths(record)
    objects = [p for p in paths if isinstance(_at(record, p), dict)]
    lists = [p for p in paths if isinstance(_at(record, p), list) and _at(record, p)]
    if lists and data.draw(st.integers(0, 4)) == 0:
        items = _at(record, data.draw(st.sampled_from(lists)))
        i = data.draw(st.integers(0, len(items) - 1))
        if data.draw(st.booleans()) or len(items) < 2:
            items.append(copy.deepcopy(items[i]))
        else:
            j = (i + 1) % len(items)
            items[i], items[j] = items[j], items[i]
        return record
    obj = _at(record, data.draw(st.sampled_from(objects)))
    text = record.get("text") if isinstance(record, dict) else None
    if isinstance(text, str) and "start" in obj and data.draw(st.integers(0, 2)) == 0:
        # moved with its text kept right: only the order and nesting checks can object
        start = data.draw(st.integers(0, len(text)))
        end = min(len(text), start + data.draw(st.integers(0, 30)))
        obj.update(start=start, end=end, text=text[start:end])
        return record
    key = data.draw(st.sampled_from(sorted(obj) + _KEYS))
    op = data.draw(st.sampled_from(["set", "delete", "shift", "edit"]))
    if op == "delete":
        obj.pop(key, None)
    elif op == "shift" and type(obj.get(key)) is int:
        obj[key] += data.draw(st.sampled_from([-2, -1, 1, 2]))
    elif op == "edit" and isinstance(obj.get(key), str) and obj[key]:
        obj[key] = obj[key][:-1] + data.draw(st.sampled_from(["x", "😀", " ", ""]))
    else:
        obj[key] = data.draw(_VALUES)
    return record


def _at(record: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        record = record[key]
    return record


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_mutations_get_the_slow_paths_verdict(data: st.DataObject) -> None:
    records = copy.deepcopy(_base_records())
    for _ in range(data.draw(st.integers(1, 3))):
        i = data.draw(st.integers(0, len(records) - 1))
        records[i] = _mutate(data, records[i])
    if data.draw(st.integers(0, 9)) == 0:
        records.append(data.draw(_VALUES))
    spaced = data.draw(st.booleans())
    text = _dump(records, spaced=spaced)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "mutated.jsonl"
        path.write_text(text, encoding="utf-8")
        _assert_equivalent(path)


# -- export: tables from Arrow columns equal tables from JSON objects -------------------------

def _export_records() -> list[dict[str, Any]]:
    seed = _seed_record()
    base = corpus.base_document()
    meta = copy.deepcopy(seed)
    meta["id"] = "with-meta"
    meta["meta"] = {"title": "T", "n": 3, "tags": ["a", "b"], "value": None,
                    "nested": {"value": None, "x": "\u0001"}}
    dates = copy.deepcopy(seed)
    dates["id"] = "unresolved-dates"
    for s in dates["spans"]:
        if s["label"] == "DATE":
            s["value"] = None
    return [seed, base, corpus.human(base, "ann@example.org", 11),
            corpus.human(base, "bob@example.org", 12), meta, dates]


def test_export_from_arrow_is_byte_identical(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import curate.export as export_module

    records = _export_records()
    src = tmp_path / "in.jsonl"
    src.write_text(_dump(records), encoding="utf-8")
    used: list[bool] = []
    columnar = export_module._columnar

    def spy(batch: Any) -> Any:
        table, clean = columnar(batch)
        used.append(table is not None)
        return table, clean

    # One clock for both: the dataset card states when it was made, and two exports that
    # straddle a second would otherwise differ in README.md (seen on a loaded machine).
    now = datetime(2025, 5, 21, 12, 0, tzinfo=UTC)
    monkeypatch.setattr(export_module, "_columnar", spy)
    fast = export_module.export(src, "ds", root=tmp_path / "a", batch_docs=4, now=now)
    assert used and all(used)  # every batch was built from Arrow columns

    def json_objects_only(batch: Any) -> Any:
        n = sum(len(g) for g in batch)
        return None, [False] * n

    monkeypatch.setattr(export_module, "_columnar", json_objects_only)
    slow = export_module.export(src, "ds", root=tmp_path / "b", batch_docs=4, now=now)
    files = {f["path"]: f["sha256"] for f in fast.manifest["files"]}
    assert files == {f["path"]: f["sha256"] for f in slow.manifest["files"]}
    assert fast.manifest["content_sha256"] == slow.manifest["content_sha256"]
    assert fast.manifest["counts"] == slow.manifest["counts"]


def test_a_line_arrow_cannot_read_leaves_the_rest_of_the_chunk_fast(tmp_path: Path) -> None:
    doc = corpus.base_document()
    records = []
    for i in range(40):
        records.append(dict(copy.deepcopy(doc), id=f"doc-{i}"))
    bad = json.dumps(dict(doc, id="bad"), separators=(",", ":")).replace(
        '"start":', '"start":1.0,"x":', 1)  # a float offset (and an unknown key)
    lines = _dump(records).splitlines()
    lines.insert(25, bad)
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    clean = _clean_lines(path)
    assert clean[25] is False and sum(clean) >= 30  # halves without the bad line stay fast
    _assert_equivalent(path)


@pytest.mark.parametrize("chunk_bytes", [1, 7, 100, 1 << 20])
def test_chunks_are_whole_lines_and_lose_nothing(tmp_path: Path, chunk_bytes: int) -> None:
    lines = [b'{"a":1}', b"", b"x" * 300, b'{"b":"\xc3\xa9"}', b"no newline at the end"]
    path = tmp_path / "lines.jsonl"
    path.write_bytes(b"\n".join(lines))
    chunks = list(iter_chunks(path, chunk_bytes))
    assert b"".join(chunks) == path.read_bytes()
    assert all(c.endswith(b"\n") for c in chunks[:-1]) and all(chunks)


@pytest.mark.parametrize("chunk_bytes", [1, 7, 100, 1 << 20])
def test_a_pipe_is_chunked_like_a_file(tmp_path: Path, chunk_bytes: int) -> None:
    # A pipe cannot seek back to re-read a cut-off line (`curate validate /dev/stdin`).
    import os
    import threading

    data = b'{"a":1}\n\n' + b"x" * 300 + b'\n{"b":"\xc3\xa9"}\nno newline at the end'
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    writer = threading.Thread(target=fifo.write_bytes, args=(data,))
    writer.start()
    chunks = list(iter_chunks(fifo, chunk_bytes))
    writer.join()
    assert b"".join(chunks) == data
    assert all(c.endswith(b"\n") for c in chunks[:-1]) and all(chunks)


def test_findings_do_not_depend_on_where_chunks_end(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import curate.validate.files as files

    doc = corpus.base_document()
    records = [dict(copy.deepcopy(doc), id=f"doc-{i}") for i in range(12)]
    records[9]["id"] = "doc-2"  # a duplicate of a clean record several chunks back
    records[5]["spans"][0]["end"] += 1  # a record with a finding between clean ones
    records.append(dict(copy.deepcopy(doc), id="doc-5"))  # a duplicate of that one
    path = tmp_path / "chunked.jsonl"
    path.write_text(_dump(records), encoding="utf-8")
    whole = _findings(path, columnar=True)
    assert whole == _findings(path, columnar=False)
    assert [f[:2] for f in whole if f[0] == "duplicate-id"] == [("duplicate-id", 10),
                                                                 ("duplicate-id", 13)]
    size = len(path.read_bytes()) // 5  # about two records a chunk
    monkeypatch.setattr(files, "iter_chunks", lambda p: iter_chunks(p, size))
    assert _findings(path, columnar=True) == whole
