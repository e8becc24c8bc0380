"""`curate validate` and the validation API, on the broken corpus in tests/broken/ and on
what the pipeline writes."""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from _records import broken_corpus, json_paths
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from curate.cli import main
from curate.records import Annotation, Document
from curate.validate import (
    CODES,
    Finding,
    Report,
    is_timex,
    set_aside,
    validate_document,
    validate_documents,
    validate_paths,
    validate_record,
)

BROKEN = Path(__file__).parent / "broken"
EXPECTED: dict[str, list[list[Any]]] = json.loads((BROKEN / "expected.json").read_text())
ROOT = Path(__file__).parent.parent


corpus = broken_corpus()


def kind_for(name: str) -> str | None:
    return "spans" if name.startswith("spans.") else None


def triples(report: Report) -> list[tuple[str, int | None, str | None]]:
    return sorted(((f.code, f.line, f.pointer) for f in report.findings),
                  key=lambda t: (t[0], t[1] or 0, t[2] or ""))


# -- the broken corpus ----------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if n != "export-truncated.json"))
def test_corpus_file_gives_exactly_its_findings(name: str) -> None:
    report = validate_paths([BROKEN / name], kind=kind_for(name))
    want = sorted(((c, line, p) for c, line, p in EXPECTED[name]),
                  key=lambda t: (t[0], t[1] or 0, t[2] or ""))
    assert triples(report) == want
    assert all(f.path == str(BROKEN / name) for f in report.findings)
    assert all(f.code in CODES for f in report.findings)
    assert all(f.message and f.message[-1] in ".)" for f in report.findings)


def test_truncated_export_json_points_at_the_line_where_it_stops() -> None:
    path = BROKEN / "export-truncated.json"
    report = validate_paths([path])
    [finding] = report.findings
    assert finding.code == "invalid-json"
    assert finding.line == path.read_text().count("\n") + 1


def test_a_truncated_line_does_not_stop_the_lines_after_it() -> None:
    report = validate_paths([BROKEN / "truncated.jsonl"])
    assert [f.line for f in report.findings] == [2, 3]
    assert report.records == 2  # lines 1 and 3 were read


def test_valid_corpus_files_pass() -> None:
    for name in ("valid.jsonl", "tasks-valid.json", "export-valid.json"):
        report = validate_paths([BROKEN / name])
        assert report.ok and not report.findings, (name, report.findings)


def test_a_folder_is_walked_and_every_file_reported() -> None:
    report = validate_paths([BROKEN])
    checked = {Path(f["path"]).name for f in report.files}
    assert {"valid.jsonl", "truncated.jsonl", "tasks-broken.json"} <= checked
    assert {Path(f.path or "").name for f in report.findings} >= {"bom.jsonl", "not-utf8.jsonl"}


def test_schema_finding_names_the_field_not_a_jsonschema_dump() -> None:
    report = validate_paths([BROKEN / "wrong-types.jsonl"])
    by_pointer = {f.pointer: f.message for f in report.findings}
    assert by_pointer["/spans/0/start"] == "'start' must be integer, got string \"0\"."
    assert "Failed validating" not in " ".join(by_pointer.values())


def test_edited_text_message_says_how_far_the_span_moved() -> None:
    report = validate_paths([BROKEN / "edited-text.jsonl"])
    assert all("shifted by +10" in f.message for f in report.findings)


# -- export versions (built here: the export module writes the same layout) ------------------

def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_version(root: Path) -> Path:
    """A small export version: documents and spans tables, README and manifest."""
    doc = corpus.base_document()
    version = root / "exports" / "news" / "v1"
    (version / "data" / "documents").mkdir(parents=True)
    (version / "data" / "spans").mkdir(parents=True)
    docs = pa.table({"id": [doc["id"]], "text": [doc["text"]], "split": ["train"]})
    spans = pa.table({
        "doc_id": [doc["id"]] * len(doc["spans"]),
        "id": [s["id"] for s in doc["spans"]],
        "label": pa.array([s["label"] for s in doc["spans"]]).dictionary_encode(),
        "start": pa.array([s["start"] for s in doc["spans"]], pa.int32()),
        "end": pa.array([s["end"] for s in doc["spans"]], pa.int32()),
        "text": [s["text"] for s in doc["spans"]],
    })
    pq.write_table(docs, version / "data/documents/train-00000-of-00001.parquet")
    pq.write_table(spans, version / "data/spans/train-00000-of-00001.parquet")
    (version / "README.md").write_text("# news v1\n")
    files = []
    for rel in ("README.md", "data/documents/train-00000-of-00001.parquet",
                "data/spans/train-00000-of-00001.parquet"):
        p = version / rel
        rows = pq.read_metadata(p).num_rows if rel.endswith(".parquet") else None
        files.append({"path": rel, "sha256": _sha(p), "rows": rows, "bytes": p.stat().st_size})
    manifest = {
        "name": "news", "version": "v1", "parent": None, "created": "2025-05-23T10:00:00Z",
        "curate_version": "0.1.0", "schema_version": "1.0.0",
        "label_config_sha256": _sha(ROOT / "label_config.xml"),
        "schemas": {"document": "0" * 64}, "source": {"files": ["work/annotated.jsonl"]},
        "splits": {"train": 0.8, "dev": 0.1, "test": 0.1},
        "counts": {"tables": {"documents": {"train": 1}, "spans": {"train": len(doc["spans"])}},
                   "labels": {"SPEAKER": 2, "QUOTE": 2, "PLACE": 1, "DATE": 1},
                   "splits": {"train": 1, "dev": 0, "test": 0},
                   "human_checked": 0, "heuristic_only": 6},
        "files": files, "content_sha256": "f" * 64,
    }
    (version / "manifest.json").write_text(json.dumps(manifest, indent=2))
    return version


def _manifest(version: Path) -> dict[str, Any]:
    return json.loads((version / "manifest.json").read_text())


def _write_manifest(version: Path, manifest: dict[str, Any]) -> None:
    (version / "manifest.json").write_text(json.dumps(manifest, indent=2))


def test_a_good_export_version_passes(tmp_path: Path) -> None:
    version = make_version(tmp_path)
    report = validate_paths([version])
    assert report.ok and not report.findings, report.findings
    assert report.files[0]["kind"] == "export"
    # the parent folder finds the version too, and manifest.json given alone means the version
    assert validate_paths([tmp_path / "exports"]).ok
    assert validate_paths([version / "manifest.json"]).files[0]["kind"] == "export"


def test_manifest_checksum_off(tmp_path: Path) -> None:
    version = make_version(tmp_path)
    m = _manifest(version)
    m["files"][1]["sha256"] = "1" * 64
    _write_manifest(version, m)
    [f] = validate_paths([version]).findings
    assert (f.code, f.path, f.pointer) == ("checksum-mismatch", str(version / "manifest.json"),
                                           "/files/1/sha256")


def test_a_changed_data_file_is_caught(tmp_path: Path) -> None:
    version = make_version(tmp_path)
    target = version / "data/spans/train-00000-of-00001.parquet"
    table = pq.read_table(target)
    pq.write_table(table.slice(0, 3), target)  # someone "fixed" the file in place
    codes = {(f.code, f.pointer) for f in validate_paths([version]).findings}
    assert codes == {("checksum-mismatch", "/files/2/sha256"), ("size-mismatch", "/files/2/bytes"),
                     ("row-count-mismatch", "/files/2/rows"),
                     ("count-mismatch", "/counts/tables/spans/train")}


def test_missing_and_unlisted_files(tmp_path: Path) -> None:
    version = make_version(tmp_path)
    (version / "data/documents/train-00000-of-00001.parquet").rename(
        version / "data/documents/dev-00000-of-00001.parquet")
    found = {(f.code, f.pointer, Path(f.path or "").name) for f in
             validate_paths([version]).findings}
    assert ("missing-file", "/files/1/path", "train-00000-of-00001.parquet") in found
    assert ("unlisted-file", None, "dev-00000-of-00001.parquet") in found


def test_manifest_missing_and_manifest_schema(tmp_path: Path) -> None:
    version = make_version(tmp_path)
    m = _manifest(version)
    m["files"][0]["sha256"] = "not-a-hash"
    del m["created"]
    _write_manifest(version, m)
    found = {(f.code, f.pointer) for f in validate_paths([version]).findings}
    assert found == {("schema", "/files/0/sha256"), ("schema", "/created")}
    (version / "manifest.json").unlink()
    [f] = validate_paths([version], kind="export").findings
    assert (f.code, f.path) == ("missing-file", str(version / "manifest.json"))


def test_damaged_parquet_and_span_rows(tmp_path: Path) -> None:
    version = make_version(tmp_path)
    spans = version / "data/spans/train-00000-of-00001.parquet"
    table = pq.read_table(spans)
    starts = table.column("start").to_pylist()
    starts[0] += 1
    table = table.set_column(table.schema.get_field_index("start"), "start",
                             pa.array(starts, pa.int32()))
    pq.write_table(table, spans)
    m = _manifest(version)
    m["files"][2].update(sha256=_sha(spans), bytes=spans.stat().st_size)
    _write_manifest(version, m)
    [f] = validate_paths([version]).findings
    assert (f.code, f.path, f.pointer, f.record) == ("text-mismatch", str(spans), "/0/text",
                                                      "doc1")
    docs = version / "data/documents/train-00000-of-00001.parquet"
    docs.write_bytes(b"PAR1 this is not parquet")
    codes = {f.code for f in validate_paths([version]).findings}
    assert {"unreadable-parquet", "checksum-mismatch", "size-mismatch"} <= codes


def test_every_finding_code_is_exercised(tmp_path: Path) -> None:
    """Each code in CODES shows up in the corpus or the export fixtures above."""
    seen = {c for expected in EXPECTED.values() for c, _, _ in expected}
    seen |= {"checksum-mismatch", "size-mismatch", "row-count-mismatch", "count-mismatch",
             "missing-file", "unlisted-file", "unreadable-parquet"}
    assert seen == set(CODES)


# -- API ------------------------------------------------------------------------------------

def test_validate_documents_takes_documents_and_names_the_source() -> None:
    doc = Document.from_dict(corpus.base_document())
    assert validate_documents([doc], source="annotate").ok
    broken = doc.replace(text=doc.text.replace("Dmitry", "Dimitri"))
    report = validate_documents([doc.replace(id="d0"), broken], source="annotate")
    assert not report.ok
    assert {f.path for f in report.findings} == {"annotate"}
    assert {f.code for f in report.findings} == {"text-mismatch"}
    assert report.records == 2


def test_validate_document_for_set_aside(tmp_path: Path) -> None:
    good = corpus.base_document()
    bad = copy.deepcopy(good)
    bad["spans"][0]["end"] = 999
    assert validate_document(good) == []
    findings = validate_document(bad)
    assert [(f.code, f.pointer, f.record) for f in findings] == [
        ("offset-out-of-range", "/spans/0/end", "doc1")]
    out = tmp_path / "rejects.jsonl"
    assert set_aside([(bad, findings)], out) == 1
    [line] = out.read_text().splitlines()
    rejected = json.loads(line)
    assert rejected["record"] == bad
    assert rejected["findings"][0]["code"] == "offset-out-of-range"
    assert set_aside([], tmp_path / "none.jsonl") == 0
    assert not (tmp_path / "none.jsonl").exists()


def test_set_aside_is_atomic(tmp_path: Path) -> None:
    out = tmp_path / "rejects.jsonl"
    out.write_text("earlier\n")

    def records() -> Any:
        yield corpus.base_document(), [Finding("schema", "x.")]
        raise RuntimeError("killed")

    with pytest.raises(RuntimeError):
        set_aside(records(), out)
    assert out.read_text() == "earlier\n"
    assert [p.name for p in tmp_path.iterdir()] == ["rejects.jsonl"]


def test_validate_documents_on_tasks() -> None:
    task = corpus.task_of(corpus.base_document())
    assert validate_documents([task], kind="ls-task").ok
    task["predictions"][0]["result"][0]["value"]["end"] += 1
    [f] = validate_documents([task], kind="ls-task", source="push").findings
    assert (f.code, f.pointer, f.record) == ("text-mismatch",
                                             "/predictions/0/result/0/value/text", "doc1")


def test_region_offsets_in_utf16_units_are_accepted() -> None:
    doc = corpus.base_document()
    task = corpus.task_of(doc)
    task["data"]["text"] = "🙂 " + task["data"]["text"]
    for item in task["predictions"][0]["result"]:
        if "value" in item and "start" in item["value"]:
            item["value"]["start"] += 3  # the emoji is 2 UTF-16 units, plus the space
            item["value"]["end"] += 3
    task["data"]["paragraphs"] = task["data"]["sentences"] = []
    assert validate_record(task, "ls-task") == []
    for item in task["predictions"][0]["result"]:
        if "value" in item and "start" in item["value"]:
            item["value"]["start"] -= 1  # code points: also right
            item["value"]["end"] -= 1
    assert validate_record(task, "ls-task") == []


def test_human_records_of_one_task_are_not_duplicates() -> None:
    doc = corpus.base_document()
    records = [corpus.human(doc, "a@x.org", 1), corpus.human(doc, "b@x.org", 2)]
    assert validate_documents(records).ok
    report = validate_documents([*records, corpus.human(doc, "a@x.org", 1)])
    assert [f.code for f in report.findings] == ["duplicate-id"]


@pytest.mark.parametrize(("value", "ok"), [
    ("2025-05-16", True), ("2024-08", True), ("2014", True), ("2013-W11", True),
    ("2013-W11-3", True), ("XXXX-05-16", True), ("2025-SU", True), ("2025-WI", True),
    ("2025-Q2", True), ("199X", True), ("19XX", True), ("PAST_REF", False),
    ("2024-02-29", True), ("XXXX-02-29", True),
    ("2025-02-29", False), ("2025-13", False), ("2025-5-16", False), ("May 16", False),
    ("2025-W54", False), ("2025-Q5", False), ("25", True), ("2", False), ("", False),
    ("2025-05-16T10:00", False),
    ("yesterday", False), ("2025-SUMMER", False),
])
def test_timex_values(value: str, ok: bool) -> None:
    assert is_timex(value) is ok


# -- robustness: never a traceback, whatever the record ---------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 10**6) | st.floats(allow_nan=False)
    | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_mutation_gives_findings_not_a_crash(data: st.DataObject) -> None:
    kind = data.draw(st.sampled_from(["annotated-document", "ls-task", "ls-export"]))
    base: Any = corpus.base_document()
    if kind != "annotated-document":
        base = corpus.task_of(base)
        if kind == "ls-export":
            base = corpus.export_of(base, 1)
    target = data.draw(st.sampled_from(json_paths(base)))
    value = data.draw(json_values)
    if target == ():
        base = value
    else:
        holder = base
        for key in target[:-1]:
            holder = holder[key]
        holder[target[-1]] = value
    findings = validate_record(base, kind)
    assert all(isinstance(f, Finding) and f.code in CODES for f in findings)


# -- what the pipeline writes passes ----------------------------------------------------------

def test_ingested_seeds_pass(tmp_path: Path) -> None:
    out = tmp_path / "docs.jsonl"
    result = CliRunner().invoke(main, ["ingest", str(ROOT / "seeds"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    report = validate_paths([out])
    assert report.ok and not report.findings, report.findings
    assert report.records == len(list((ROOT / "seeds").glob("*.txt")))


def _annotated_seeds() -> list[Document]:
    from curate.ingest import ingest
    from curate.segment import segment_all

    heur = pytest.importorskip("curate.heuristics.attribution")
    places = pytest.importorskip("curate.heuristics.places")
    dates = pytest.importorskip("curate.heuristics.dates")
    docs = []
    for doc in segment_all(ingest([str(ROOT / "seeds")])):
        speakers, quotes, relations = heur.attribute(doc)
        spans = [*speakers, *quotes, *places.find_places(doc), *dates.find_dates(doc)]
        docs.append(doc.replace(spans=tuple(sorted(spans, key=lambda s: (s.start, s.end))),
                                relations=tuple(relations),
                                annotation=Annotation(kind="heuristic", version="1")))
    return docs


def test_annotated_seeds_and_their_tasks_pass() -> None:
    docs = _annotated_seeds()
    assert sum(len(d.spans) for d in docs) > 50
    report = validate_documents(docs, source="heuristics")
    assert not report.errors, report.errors[:5]
    convert = pytest.importorskip("curate.studio.convert")
    tasks = [convert.document_to_task(d) for d in docs]
    report = validate_documents(tasks, kind="ls-task", source="push")
    assert report.ok, report.findings[:5]


# -- the command ----------------------------------------------------------------------------

def run(*args: str) -> Any:
    return CliRunner().invoke(main, ["validate", *args])


def test_exit_codes() -> None:
    assert run(str(BROKEN / "valid.jsonl")).exit_code == 0
    assert run(str(BROKEN / "span-in-boilerplate.jsonl")).exit_code == 0  # a warning
    assert run("--strict", str(BROKEN / "span-in-boilerplate.jsonl")).exit_code == 1
    assert run(str(BROKEN / "valid.jsonl"), str(BROKEN / "bom.jsonl")).exit_code == 1
    missing = run(str(BROKEN / "no-such.jsonl"))
    assert missing.exit_code == 2
    assert "no such file or folder" in missing.output
    assert run("--kind", "nonsense", str(BROKEN / "valid.jsonl")).exit_code == 2
    assert run().exit_code == 2


def test_nothing_to_validate_is_misuse(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hi")
    result = run(str(tmp_path))
    assert result.exit_code == 2
    assert "nothing to validate" in result.output


def test_json_output_is_the_report_dict() -> None:
    result = run("--json", str(BROKEN / "truncated.jsonl"))
    assert result.exit_code == 1
    out = json.loads(result.output)
    assert out == validate_paths([BROKEN / "truncated.jsonl"]).to_dict()
    assert out["ok"] is False
    assert out["counts"]["by_code"] == {"invalid-json": 1, "text-mismatch": 1}
    assert set(out["findings"][0]) == {"code", "message", "path", "line", "record", "pointer",
                                       "severity"}


def test_github_annotations() -> None:
    result = run("--format", "github", str(BROKEN / "truncated.jsonl"))
    assert result.exit_code == 1
    lines = [x for x in result.output.splitlines() if x.startswith("::")]
    name = str(BROKEN / "truncated.jsonl")
    assert lines[0].startswith(
        f"::error file={name},line=2,title=curate validate%3A invalid-json::")
    assert lines[1].startswith(f"::error file={name},line=3,")
    assert "record doc3 at /spans/3/text" in lines[1]


def test_text_output_groups_by_file() -> None:
    result = run(str(BROKEN / "bom.jsonl"), str(BROKEN / "segment-parent.jsonl"))
    out = result.output
    assert out.index("bom.jsonl") < out.index("bom") + 100
    assert out.index("segment-parent.jsonl") < out.index("segment-parent ")
    assert "2 records in 2 files: invalid, 2 errors" in out.replace("\n", " ")


def test_kind_option_overrides_detection(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text((BROKEN / "spans.spans.jsonl").read_text())
    detected = run(str(rows))  # read as documents: every row lacks text and segments
    assert detected.exit_code == 1
    as_spans = run("--kind", "spans", "--json", str(rows))
    assert {f["code"] for f in json.loads(as_spans.output)["findings"]} == {
        "offset-order", "timex-invalid", "duplicate-id"}


def test_partition_sets_invalid_records_apart(tmp_path: Path) -> None:
    from curate.validate import partition

    good = Document.from_dict(corpus.base_document())
    bad = good.replace(id="doc2", text=good.text.upper())
    warn = corpus.base_document()
    warn["id"] = "doc3"
    boiler = warn["segments"][4]
    warn["spans"].append({"id": "P-b", "label": "PLACE", "start": boiler["start"] + 11,
                          "end": boiler["start"] + 18, "text": "Kremlin", "score": 0.5,
                          "source": "places.gazetteer@1"})
    valid, rejected = partition([good, bad, warn], source="pull")
    assert valid == [good, warn]  # a warning does not reject
    [(record, findings)] = rejected
    assert record is bad
    assert {f.code for f in findings} == {"text-mismatch"}
    assert {f.path for f in findings} == {"pull"}
    assert set_aside(rejected, tmp_path / "rejects.jsonl") == 1


def test_a_real_export_of_the_annotated_seeds_passes(tmp_path: Path) -> None:
    export = pytest.importorskip("curate.export")
    from curate.jsonl import write_documents

    records = tmp_path / "annotated.jsonl"
    write_documents(records, _annotated_seeds())
    result = CliRunner().invoke(main, ["export", "seeds", str(records), "--root",
                                       str(tmp_path / "exports")])
    assert result.exit_code == 0, result.output
    version = tmp_path / "exports" / "seeds" / "v1"
    assert export is not None and (version / "manifest.json").is_file()
    report = validate_paths([tmp_path / "exports"])
    assert report.ok and not report.findings, report.findings
    assert report.files[0]["kind"] == "export"
    spans = next((version / "data" / "spans").glob("*.parquet"))
    spans.write_bytes(spans.read_bytes() + b"\0")  # a byte added after export
    codes = {f.code for f in validate_paths([version]).findings}
    assert {"checksum-mismatch", "size-mismatch"} <= codes


@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_the_lean_pass_agrees_with_the_full_semantic_check(data: st.DataObject) -> None:
    """A schema-valid document is reported clean by the fast pass exactly when the full
    check finds nothing, for small changes of the fields the checks look at."""
    from curate.validate.checks import _clean_document, check_document
    from curate.validate.schemas import config_labels, fast_check

    doc = corpus.base_document()
    for _ in range(data.draw(st.integers(1, 3))):
        group = data.draw(st.sampled_from(["segments", "spans", "relations"]))
        item = data.draw(st.sampled_from(doc[group]))
        key = data.draw(st.sampled_from(sorted(item)))
        old = item[key]
        if isinstance(old, int) and not isinstance(old, bool):
            item[key] = max(0, old + data.draw(st.integers(-3, 3)))
        elif isinstance(old, str):
            ids = [s["id"] for s in doc["spans"]] + [s["id"] for s in doc["segments"]]
            item[key] = data.draw(st.sampled_from([*ids, old + "x", old[:-1] or "y", "SPEAKER",
                                                   "QUOTE", "2025-13", "2025", "b1"]))
    labels = config_labels()
    check = fast_check("annotated-document")
    assert check is not None
    if check(doc):
        assert _clean_document(doc, labels) == (check_document(doc, labels) == [])


def test_curate_annotate_output_passes(tmp_path: Path) -> None:
    if "annotate" not in main.commands:
        pytest.skip("curate annotate is not there yet")
    docs, annotated = tmp_path / "docs.jsonl", tmp_path / "annotated.jsonl"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(ROOT / "seeds"), "-o", str(docs)]).exit_code == 0
    result = runner.invoke(main, ["annotate", str(docs), "-o", str(annotated)])
    assert result.exit_code == 0, result.output
    result = run("--strict", str(annotated))
    assert result.exit_code == 0, result.output
