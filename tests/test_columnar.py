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
from _records import broken_corpus, json_paths
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from curate.validate import validate_record
from curate.validate.columnar import _MIN_PART, iter_chunks, parse_chunk
from curate.validate.files import validate_file
from curate.validate.schemas import config_labels

BROKEN = Path(__file__).parent / "broken"


corpus = broken_corpus()


def _findings(path: Path, *, columnar: bool, kind: str | None = None
              ) -> list[tuple[Any, ...]]:
    report = validate_file(path, columnar=columnar, kind=kind)
    return [(f.code, f.line, f.record, f.pointer, f.message, f.severity)
            for f in report.findings] + [("records", report.records, report.files[0]["kind"])]


def _clean_lines(path: Path, kind: str = "annotated-document") -> list[bool]:
    """Per line of ``path``: did the fast path call it clean."""
    out: list[bool] = []
    for data in iter_chunks(path):
        starts, _ends, parts = parse_chunk(data, config_labels(), kind=kind)
        clean = np.zeros(len(starts), dtype=bool)
        for part in parts:
            clean[part.lines] = part.clean
        out += clean.tolist()
    return out


def _assert_equivalent(path: Path, kind: str = "annotated-document") -> None:
    """Fast verdicts never wrong, and the report is the slow path's, finding for finding."""
    lines = path.read_bytes().split(b"\n")
    for lineno, clean in enumerate(_clean_lines(path, kind), start=1):
        if clean:
            record = json.loads(lines[lineno - 1])
            assert validate_record(record, kind) == [], (lineno, record)
    given = None if kind == "annotated-document" else kind
    assert _findings(path, columnar=True, kind=given) == _findings(path, columnar=False,
                                                                   kind=given)


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
    paths = json_paths(record)
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


# -- flat span rows (--kind spans) ------------------------------------------------------------

def _span_rows() -> list[dict[str, Any]]:
    """Every span of the base records as a flat row: every label, DATE values resolved and
    null, PLACE with and without gazetteer fields, human spans with annotator and origin."""
    rows = []
    for i, doc in enumerate(_base_records()):
        doc_id = f"{doc['id']}-{i}"  # the human copy shares its document's id
        rows += [{"doc_id": doc_id, **span} for span in doc["spans"]]
    return rows


def _write_rows(path: Path, rows: list[Any], *, spaced: bool = False) -> Path:
    path.write_text(_dump(rows, spaced=spaced), encoding="utf-8")
    return path


def test_valid_span_rows_take_the_fast_path(tmp_path: Path) -> None:
    rows = _span_rows()
    labels = {r["label"] for r in rows}
    assert labels == {"SPEAKER", "QUOTE", "PLACE", "DATE"}
    assert any(r["label"] == "DATE" and r["value"] is None for r in rows)
    assert any(r["label"] == "DATE" and r["value"] for r in rows)
    assert any("origin" in r for r in rows)
    # an astral character: a span row's text is as long as its offsets say, in code points
    rows.append({"doc_id": "emoji", "id": "S0-3", "label": "SPEAKER", "start": 0, "end": 3,
                 "text": "Jo😀", "score": 1.0, "source": "human"})
    path = _write_rows(tmp_path / "spans.jsonl", rows)
    assert _clean_lines(path, "spans") == [True] * len(rows)
    _assert_equivalent(path, "spans")
    assert validate_file(path, kind="spans").ok


def _date_row() -> dict[str, Any]:
    """A valid DATE row of a document of its own (no duplicate of the other rows)."""
    row = next(r for r in _span_rows() if r["label"] == "DATE" and r["value"])
    return dict(copy.deepcopy(row), doc_id="mutated")


def _row_with(**changes: Any) -> Any:
    """A row mutation: a DATE row with keys set (``None`` values become JSON null) or,
    for a key set to ``...``, deleted."""
    def make(rows: list[dict[str, Any]]) -> str:
        row = _date_row()
        for key, value in changes.items():
            if value is ...:
                row.pop(key)
            else:
                row[key] = value
        return json.dumps(row, ensure_ascii=False, separators=(",", ":"))
    return make


def _row_text(edit: Any) -> Any:
    """A row mutation on the JSON text of a DATE row."""
    return lambda rows: edit(json.dumps(_date_row(), ensure_ascii=False, separators=(",", ":")))


_ROW_MUTATIONS = {
    # wrong types
    "start-string": _row_with(start="3"),
    "start-float": _row_with(start=3.0),
    "end-bool": _row_with(end=True),
    "score-string": _row_with(score="0.9"),
    "text-number": _row_with(text=5),
    "label-list": _row_with(label=["DATE"]),
    "doc-id-object": _row_with(doc_id={"id": "x"}),
    "geonameid-float": _row_with(label="PLACE", value=..., geonameid=1.5),
    "huge-offset": _row_with(end=2**70),
    # missing and unknown keys
    "no-doc-id": _row_with(doc_id=...),
    "no-id": _row_with(id=...),
    "no-label": _row_with(label=...),
    "no-text": _row_with(text=...),
    "no-start-at-zero": lambda rows: json.dumps(
        {k: v for k, v in next(r for r in rows if r["start"] == 0).items() if k != "start"}),
    "no-source": _row_with(source=...),
    "no-score": _row_with(score=...),
    "no-value": _row_with(value=...),
    "unknown-key": _row_with(note="x"),
    "unknown-key-null": _row_with(note=None),
    "empty-id": _row_with(id=""),
    # offsets and text
    "start-after-end": _row_with(start=40, end=30),
    "no-end": _row_with(end=...),
    "empty-span": lambda rows: json.dumps(dict(_date_row(), end=_date_row()["start"])),
    "negative-start": _row_with(start=-1),
    "negative-start-text-fits": _row_with(start=-1, end=2, text="abc"),
    "text-shorter": lambda rows: json.dumps(dict(_date_row(), text=_date_row()["text"][1:])),
    "negative-and-unknown": _row_text(lambda t: t.replace('"start":', '"start":-1,"s":', 1)),
    "text-longer": lambda rows: json.dumps(dict(_date_row(), text=_date_row()["text"] + "x")),
    "offset-shifted": lambda rows: json.dumps(dict(_date_row(), end=_date_row()["end"] + 1)),
    # labels and per-label fields
    "bad-label": _row_with(label="PERSON"),
    "lower-label": _row_with(label="date"),
    "quote-no-type": _row_with(label="QUOTE", value=...),
    "speaker-with-value": _row_with(label="SPEAKER"),
    "place-fields-on-date": _row_with(country_code="RU"),
    "bad-country": _row_with(label="PLACE", value=..., country_code="ru"),
    "geonameid-zero": _row_with(label="PLACE", value=..., geonameid=0),
    "resolved-on-date": _row_with(resolved="Putin"),
    "bad-origin": _row_with(origin="imported"),
    "bad-source": _row_with(source="Quotes.direct"),
    "score-above-one": _row_with(score=1.5),
    "score-negative": _row_with(score=-0.5),
    "bad-quote-type": _row_with(label="QUOTE", value=..., quote_type="reported"),
    # DATE values
    "bad-timex": _row_with(value="2025-02-30"),
    "timex-text": _row_with(value="May 16"),
    "sentinel-value": _row_with(value="\u0001"),
    # non-finite numbers (Arrow reads them, Python's JSON reader does not)
    "nan-score": _row_text(lambda t: t.replace('"score":0.9', '"score":NaN', 1)),
    "inf-score": _row_text(lambda t: t.replace('"score":0.9', '"score":Infinity', 1)),
    "neg-inf-score": _row_text(lambda t: t.replace('"score":0.9', '"score":-Infinity', 1)),
    "nan-start": _row_text(lambda t: t.replace('"start":', '"start":NaN,"x":', 1)),
    # nulls: only "value":null of a DATE is allowed
    "null-score": _row_with(score=None),
    "null-quote-type": _row_with(quote_type=None),
    "null-value-spaced": _row_text(lambda t: t.replace('"value":"', '"value": null,"v":"', 1)),
    "null-text": _row_with(text=None),
    "value-null-in-text": _row_with(text='"value":null'),
    "not-an-object": lambda rows: "null",
    "a-list": lambda rows: "[1, 2]",
    # damaged lines
    "truncated": _row_text(lambda t: t[: len(t) // 2]),
    "two-on-a-line": _row_text(lambda t: t + t),
    "duplicate-key": _row_text(lambda t: t.replace('{"doc_id":', '{"doc_id":"x","doc_id":', 1)),
    "raw-tab": _row_text(lambda t: t.replace('"text":"', '"text":"\t', 1)),
    "bom": _row_text(lambda t: "\ufeff" + t),
    "crlf": _row_text(lambda t: t + "\r"),
    "blank": lambda rows: "",
    "spaces": lambda rows: "   ",
    "lone-surrogate": _row_text(lambda t: t.replace('"text":"', '"text":"\\ud800', 1)),
    "surrogate-pair": _row_text(lambda t: t.replace('"id":"', '"id":"\\ud83d\\ude00', 1)),
    "escaped-text": _row_text(lambda t: t.replace('"text":"', '"text":"\\u00e9', 1)),
    # the same span twice (and once again after clean rows)
    "duplicate-row": lambda rows: json.dumps(rows[0]),
}


#: A real "\u0001" cannot be told from the parser's stand-in for null: the chunk goes slow.
_WHOLE_CHUNK_SLOW = {"sentinel-value"}


@pytest.mark.parametrize("name", _ROW_MUTATIONS)
def test_span_rows_with_a_problem_get_the_slow_paths_findings(tmp_path: Path,
                                                              name: str) -> None:
    rows = _span_rows()
    line = _ROW_MUTATIONS[name](copy.deepcopy(rows))
    more = [dict(r, doc_id=f"{r['doc_id']}-{i}") for i in range(3) for r in rows]
    text = _dump(rows[:5]) + line + "\n" + _dump(rows[5:] + more) + line + "\n"
    path = tmp_path / "spans.jsonl"
    path.write_text(text, encoding="utf-8")
    _assert_equivalent(path, "spans")
    # the other rows stay fast, but for the few around a line Arrow cannot read
    clean = _clean_lines(path, "spans")
    if name == "duplicate-row":  # each row is clean; the file has two duplicates
        found = _findings(path, columnar=True, kind="spans")
        assert [(f[0], f[1]) for f in found[:-1]] == [("duplicate-id", 6),
                                                      ("duplicate-id", len(clean))]
    else:
        assert not clean[5] and not clean[-1]
    if name not in _WHOLE_CHUNK_SLOW:
        assert sum(clean) >= len(clean) - 2 - 4 * _MIN_PART


def test_every_row_mutation_is_a_problem_or_blank() -> None:
    """The table above tests the fast path only if each mutation makes a finding."""
    from curate.validate.core import validate_record as one

    for name, mutation in _ROW_MUTATIONS.items():
        line = mutation(_span_rows())
        if name in ("blank", "spaces") or name == "duplicate-row":
            continue
        try:
            record = json.loads(line.lstrip("\ufeff"), parse_constant=lambda c: 1 / 0)
        except (ValueError, ZeroDivisionError):
            continue  # not JSON: an invalid-json finding
        if name in ("bom", "crlf", "escaped-text", "surrogate-pair", "value-null-in-text",
                    "duplicate-key"):
            continue  # valid records on a line the fast path must leave alone
        assert one(record, "spans"), name


def test_duplicate_span_rows_across_chunks(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import curate.validate.files as files

    rows = _span_rows()
    more = [*rows, copy.deepcopy(rows[3]), dict(copy.deepcopy(rows[7]), end=rows[7]["end"] + 1),
            copy.deepcopy(rows[7]), copy.deepcopy(rows[-1])]
    path = _write_rows(tmp_path / "spans.jsonl", more)
    whole = _findings(path, columnar=True, kind="spans")
    assert whole == _findings(path, columnar=False, kind="spans")
    n = len(rows)
    assert [(f[0], f[1]) for f in whole if f[0] == "duplicate-id"] == [
        ("duplicate-id", n + 1), ("duplicate-id", n + 2), ("duplicate-id", n + 3),
        ("duplicate-id", n + 4)]
    assert "first on line 4)" in whole[0][4]
    for size in (1, 300, 2000):
        monkeypatch.setattr(files, "iter_chunks", lambda p, size=size: iter_chunks(p, size))
        assert _findings(path, columnar=True, kind="spans") == whole


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_span_row_mutations_get_the_slow_paths_verdict(data: st.DataObject) -> None:
    rows: list[Any] = copy.deepcopy(_span_rows())
    for _ in range(data.draw(st.integers(1, 3))):
        i = data.draw(st.integers(0, len(rows) - 1))
        rows[i] = _mutate(data, rows[i])
    if data.draw(st.integers(0, 9)) == 0:
        rows.append(data.draw(_VALUES))
    with tempfile.TemporaryDirectory() as tmp:
        path = _write_rows(Path(tmp) / "mutated.jsonl", rows, spaced=data.draw(st.booleans()))
        _assert_equivalent(path, "spans")
