"""`curate export`: versioned Parquet datasets, read back with the tools ML engineers use."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from curate.cli import main
from curate.errors import (
    ConfigError,
    ExportError,
    InputError,
    ValidationFailed,
    VersionExists,
)
from curate.export import TABLES, export, load_manifest
from curate.export.splits import SPLITS, assign_split, check_ratios
from curate.jsonl import write_documents
from curate.records import Annotation, Document, Relation, Segment, Span

REPO = Path(__file__).resolve().parents[1]

# --- records -------------------------------------------------------------------------------

TEXT = "Peskov said Moscow is ready. \"We agree,\" he told reporters on Monday."


def small_doc(doc_id: str = "t1", **changes: object) -> Document:
    """Two sentences with every label, a nested PLACE in a QUOTE, a pronoun SPEAKER."""
    t = TEXT
    s1 = t.index("\"We")
    segments = (
        Segment("b0", "paragraph", 0, len(t), t),
        Segment("s0", "sentence", 0, s1 - 1, t[: s1 - 1], parent="b0"),
        Segment("s1", "sentence", s1, len(t), t[s1:], parent="b0"),
    )

    def span(label: str, word: str, start_at: int = 0, **kw: object) -> Span:
        a = t.index(word, start_at)
        letter = label[0]
        return Span(f"{letter}{a}-{a + len(word)}", label, a, a + len(word), word,
                    score=0.9, source=f"test.{label.lower()}@1", **kw)  # type: ignore[arg-type]

    spans = (
        span("SPEAKER", "Peskov"),
        span("QUOTE", "Moscow is ready", quote_type="indirect"),
        span("PLACE", "Moscow", geonameid=524901, country_code="RU"),
        span("QUOTE", "We agree,", quote_type="direct"),
        span("SPEAKER", "he", s1, resolved="Peskov"),
        span("DATE", "Monday", value="2025-05-19"),
    )
    by = {s.text: s for s in spans}
    relations = (
        Relation(f"{by['Moscow is ready'].id}>{by['Peskov'].id}", by["Moscow is ready"].id,
                 by["Peskov"].id, source="test.said_by@1"),
        Relation(f"{by['We agree,'].id}>{by['he'].id}", by["We agree,"].id, by["he"].id,
                 source="test.said_by@1"),
    )
    doc = Document(id=doc_id, text=t, meta={"title": "Talks", "published": "2025-05-21"},
                   segments=segments, spans=spans, relations=relations,
                   annotation=Annotation(kind="heuristic", version="test-1"))
    return doc.replace(**changes) if changes else doc


def as_human(doc: Document, annotator: str, annotation_id: int, updated: str,
             drop: tuple[str, ...] = ()) -> Document:
    spans = tuple(dataclasses.replace(s, source="human", annotator=annotator, origin="accepted")
                  for s in doc.spans if s.id not in drop)
    kept = {s.id for s in spans}
    relations = tuple(dataclasses.replace(r, source="human") for r in doc.relations
                      if r.from_id in kept and r.to_id in kept)
    return doc.replace(spans=spans, relations=relations, annotation=Annotation(
        kind="human", annotator=annotator, annotation_id=annotation_id, task_id=1,
        project="news", created_at="2026-01-01T00:00:00Z", updated_at=updated,
        deleted=drop))


@pytest.fixture()
def seeds_jsonl(seed_documents: list[Document], tmp_path: Path) -> Path:
    path = tmp_path / "annotated.jsonl"
    write_documents(path, seed_documents)
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def data_hashes(version: Path) -> dict[str, str]:
    return {p.relative_to(version).as_posix(): sha(p)
            for p in sorted((version / "data").rglob("*.parquet"))}


# --- reading a version back ----------------------------------------------------------------

def test_export_writes_the_layout_and_the_spans_read_back_equal_the_input(
        seed_documents: list[Document], seeds_jsonl: Path, tmp_path: Path) -> None:
    import duckdb
    import pandas as pd
    import polars as pl
    import pyarrow.dataset as ds

    result = export(seeds_jsonl, "news", root=tmp_path / "exports")
    version = tmp_path / "exports" / "news" / "v1"
    assert result.created and result.version == "v1" and result.path == version
    assert (version / "manifest.json").is_file() and (version / "README.md").is_file()
    for f in result.manifest["files"]:
        assert (version / f["path"]).stat().st_size == f["bytes"]
        assert sha(version / f["path"]) == f["sha256"]
    assert not [p for p in version.parent.iterdir() if p.name.startswith(".tmp-")]

    want = {(d.id, s.id, s.label, s.start, s.end, s.text, s.source)
            for d in seed_documents for s in d.spans}
    assert want, "the heuristics found nothing in the seeds"
    df = pd.read_parquet(version / "data" / "spans")
    got = {(r.doc_id, r.id, r.label, r.start, r.end, r.text, r.rule)
           for r in df.itertuples()}
    assert got == want
    assert set(df["source"]) == {"heuristic"}

    docs = pd.read_parquet(version / "data" / "documents").set_index("id")
    for d in seed_documents:
        assert docs.loc[d.id, "text"] == d.text
        title = docs.loc[d.id, "title"]
        assert (None if pd.isna(title) else title) == d.title  # no meta title: the headline
        assert docs.loc[d.id, "split"] == assign_split(d.id, (0.8, 0.1, 0.1))
        assert docs.loc[d.id, "provenance_sha256"] == d.provenance.sha256

    table = ds.dataset(version / "data" / "sentences", format="parquet").to_table()
    assert table.num_rows == sum(1 for d in seed_documents for _ in d.sentences())
    assert table.schema.field("start").type == pa.int32()

    per_label = dict(duckdb.sql(
        f"SELECT label, count(*) FROM '{version}/data/spans/*.parquet' GROUP BY label").fetchall())
    manifest_labels = {k: v for k, v in result.manifest["counts"]["labels"].items() if v}
    assert per_label == manifest_labels

    quotes = pl.read_parquet(str(version / "data" / "quotes" / "*.parquet"))
    n_quotes = sum(1 for d in seed_documents for s in d.spans if s.label == "QUOTE")
    assert quotes.height >= n_quotes
    assert quotes["quote_id"].n_unique() == n_quotes


def test_schemas_are_explicit_with_dictionary_labels_int32_offsets_and_descriptions(
        tmp_path: Path) -> None:
    result = export([small_doc()], "small", root=tmp_path)
    schema = pq.read_schema(next((result.path / "data" / "spans").glob("*.parquet")))
    assert pa.types.is_dictionary(schema.field("label").type)
    assert schema.field("start").type == pa.int32() == schema.field("end").type
    for table, want in TABLES.items():
        for f in want:
            assert f.metadata and f.metadata[b"description"], (table, f.name)


def test_huggingface_datasets_loads_every_table_by_config_name(
        seeds_jsonl: Path, tmp_path: Path) -> None:
    import datasets

    result = export(seeds_jsonl, "news", root=tmp_path / "exports")
    counts = result.manifest["counts"]["tables"]
    for table in ("documents", "spans", "tokens"):
        dd = datasets.load_dataset(str(result.path), name=table,
                                   cache_dir=str(tmp_path / "hf-cache"))
        assert {s: dd[s].num_rows for s in dd} == {s: n for s, n in counts[table].items() if n}
    spans = datasets.load_dataset(
        "parquet", data_files={"train": str(result.path / "data/spans/train-*.parquet")},
        cache_dir=str(tmp_path / "hf-cache"))["train"]
    assert spans.num_rows == counts["spans"]["train"]
    assert spans.features["label"].dtype == "string"


def test_tokens_carry_bio_tags_per_label_and_a_flat_ner_sequence(tmp_path: Path) -> None:
    import pandas as pd

    result = export([small_doc()], "small", root=tmp_path)
    rows = pd.read_parquet(result.path / "data" / "tokens").set_index("sentence_id")
    first, second = rows.loc["s0"], rows.loc["s1"]
    assert list(first.tokens) == ["Peskov", "said", "Moscow", "is", "ready", "."]
    assert [TEXT[a:b] for a, b in zip(first.starts, first.ends, strict=True)] == list(first.tokens)
    assert list(first.speaker_tags) == ["B-SPEAKER", "O", "O", "O", "O", "O"]
    assert list(first.quote_tags) == ["O", "O", "B-QUOTE", "I-QUOTE", "I-QUOTE", "O"]
    assert list(first.place_tags) == ["O", "O", "B-PLACE", "O", "O", "O"]
    # the PLACE inside the QUOTE keeps its tag in the flat sequence; QUOTE is not in it
    assert list(first.ner_tags) == ["B-SPEAKER", "O", "B-PLACE", "O", "O", "O"]
    assert list(second.tokens) == ['"', "We", "agree", ",", '"', "he", "told", "reporters",
                                   "on", "Monday", "."]
    assert list(second.quote_tags) == ["O", "B-QUOTE", "I-QUOTE", "I-QUOTE", "O", "O", "O",
                                       "O", "O", "O", "O"]
    assert list(second.ner_tags) == ["O"] * 5 + ["B-SPEAKER"] + ["O"] * 3 + ["B-DATE", "O"]


def test_quotes_table_joins_each_quote_with_its_speaker(tmp_path: Path) -> None:
    import pandas as pd

    result = export([small_doc()], "small", root=tmp_path)
    q = pd.read_parquet(result.path / "data" / "quotes").set_index("quote_text")
    assert q.loc["Moscow is ready", "speaker_text"] == "Peskov"
    assert q.loc["Moscow is ready", "quote_type"] == "indirect"
    assert q.loc["We agree,", "speaker_text"] == "he"
    assert q.loc["We agree,", "speaker_name"] == "Peskov"  # resolved pronoun
    assert q.loc["We agree,", "speaker_start"] == TEXT.index(" he ") + 1


def test_several_annotators_are_all_kept_and_one_is_primary(tmp_path: Path) -> None:
    import pandas as pd

    doc = small_doc()
    alice = as_human(doc, "alice", 11, "2026-01-03T00:00:00Z")
    date = next(s.id for s in doc.spans if s.label == "DATE")
    bob = as_human(doc, "bob", 12, "2026-01-05T00:00:00Z", drop=(date,))
    result = export([doc, alice, bob], "multi", root=tmp_path)
    version = result.path
    docs = pd.read_parquet(version / "data" / "documents")
    assert len(docs) == 1
    row = docs.iloc[0]
    assert row.annotation_kind == "human" and list(row.annotators) == ["bob", "alice"]
    spans = pd.read_parquet(version / "data" / "spans")
    assert set(spans["annotator"]) == {"alice", "bob"}  # the heuristic record is superseded
    assert (spans["annotator"] == "alice").sum() == len(doc.spans)
    assert (spans["annotator"] == "bob").sum() == len(doc.spans) - 1
    assert set(spans.loc[spans["primary"], "annotator"]) == {"bob"}  # the latest update
    assert set(spans["origin"]) == {"accepted"} and set(spans["source"]) == {"human"}
    tokens = pd.read_parquet(version / "data" / "tokens")
    assert len(tokens) == 2 * 2  # two sentences, two annotations
    counts = result.manifest["counts"]
    assert counts["human_checked"] == 2 * len(doc.spans) - 1 and counts["heuristic_only"] == 0
    assert result.manifest["source"]["superseded_heuristic_records"] == 1
    assert result.manifest["source"]["annotators"] == ["alice", "bob"]


# --- versions: reproducible, immutable, atomic ---------------------------------------------

def test_same_input_twice_gives_one_version_and_says_so(seeds_jsonl: Path, tmp_path: Path) -> None:
    first = export(seeds_jsonl, "news", root=tmp_path)
    before = data_hashes(first.path)
    again = export(seeds_jsonl, "news", root=tmp_path)
    assert not again.created and again.version == "v1"
    assert "No change" in again.message and "v1" in again.message
    assert sorted(p.name for p in (tmp_path / "news").iterdir() if not p.name.startswith(".")) \
        == ["v1"]
    assert data_hashes(first.path) == before


def test_output_is_byte_identical_whatever_the_input_order(
        seed_documents: list[Document], tmp_path: Path) -> None:
    shuffled = list(seed_documents)
    random.Random(3).shuffle(shuffled)
    shuffled = [d.replace(spans=tuple(reversed(d.spans))) for d in shuffled]
    a = export(seed_documents, "news", root=tmp_path / "a")
    b = export(shuffled, "news", root=tmp_path / "b")
    assert data_hashes(a.path) == data_hashes(b.path)
    assert a.manifest["content_sha256"] == b.manifest["content_sha256"]


def test_input_read_in_chunks_with_blank_lines_and_no_final_newline(
        seed_documents: list[Document], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    import curate.export.writer as writer

    clean = tmp_path / "clean.jsonl"
    write_documents(clean, seed_documents)
    lines = clean.read_text(encoding="utf-8").splitlines()
    messy = tmp_path / "messy.jsonl"  # blank lines, CRLF, no newline at the end
    messy.write_bytes(("\n  \n".join(lines[:2]) + "\r\n\n" + "\n".join(lines[2:])).encode())
    # chunks far smaller than a record: every line starts in one chunk and ends in another
    monkeypatch.setattr(writer, "_SCAN_BLOCK", 1000)
    a = export(clean, "news", root=tmp_path / "a")
    b = export(messy, "news", root=tmp_path / "b")
    assert data_hashes(a.path) == data_hashes(b.path)
    assert b.manifest["source"]["files"][0]["sha256"] == sha(messy)
    assert b.manifest["source"]["records"] == len(seed_documents)
    bom = tmp_path / "bom.jsonl"
    bom.write_bytes(b"\xef\xbb\xbf" + clean.read_bytes())
    with pytest.raises(InputError, match="byte-order mark") as info:
        export(bom, "news", root=tmp_path / "c")
    assert "bom.jsonl:1" in str(info.value)


def test_one_record_a_document_from_arrow_columns_equals_from_json_objects(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # documents with one record each (heuristic and human, with and without metadata) are
    # built from the Arrow columns without a JSON object a record; the version must be
    # byte for byte the one built from JSON objects
    import curate.export as export_module

    human = small_doc("h2", meta={"title": "Human", "source": "AP", "flag": True})
    date = next(s.id for s in human.spans if s.label == "DATE")
    docs = [small_doc("h1", meta={"title": "", "url": "https://x.test/a", "n": 3}),
            as_human(human, "ann@example.org", 7, "2026-01-02T00:00:00Z", drop=(date,)),
            small_doc("h3", meta={}), small_doc("h4")]
    src = tmp_path / "in.jsonl"
    write_documents(src, docs)
    now = datetime(2026, 1, 2, tzinfo=UTC)
    singles = export_module._add_single_records
    used: list[bool] = []

    def spy(*args: object, **kwargs: object) -> None:
        used.append(True)
        singles(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(export_module, "_add_single_records", spy)
    fast = export_module.export(src, "ds", root=tmp_path / "a", now=now)
    assert used
    monkeypatch.setattr(export_module, "_columnar",
                        lambda batch: (None, [False] * sum(len(g) for g in batch)))
    slow = export_module.export(src, "ds", root=tmp_path / "b", now=now)
    assert data_hashes(fast.path) == data_hashes(slow.path)
    assert fast.manifest["counts"] == slow.manifest["counts"]
    assert fast.manifest["source"] == slow.manifest["source"]
    assert fast.manifest["source"]["annotators"] == ["ann@example.org"]
    assert fast.manifest["source"]["label_studio_projects"] == ["news"]
    documents = pq.read_table(fast.path / "data/documents").to_pylist()
    by_id = {d["id"]: d for d in documents}
    assert by_id["h2"]["annotation_kind"] == "human" and by_id["h2"]["source"] == "AP"
    assert by_id["h2"]["title"] == "Human" and by_id["h2"]["annotators"] == ["ann@example.org"]
    assert by_id["h1"]["title"] is None  # an empty title, and no headline to stand in
    assert json.loads(by_id["h1"]["meta"]) == {"title": "", "url": "https://x.test/a", "n": 3}


def test_batches_parsed_split_by_split_give_the_files_of_input_order(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # a batch of one-record documents is parsed with each split's rows together (so that a
    # split is a slice of the table); every file must be what the JSON-object path, which
    # keeps the input order, writes, batch boundaries included
    import curate.export as export_module

    ratios = (0.5, 0.25, 0.25)
    docs = [small_doc(f"d{i:02d}") for i in range(24)]
    splits = [assign_split(d.id, ratios) for d in sorted(docs, key=lambda d: d.id)]
    assert len(set(splits[:7])) == 3  # the first batch mixes all three splits
    src = tmp_path / "in.jsonl"
    write_documents(src, docs)
    now = datetime(2026, 1, 2, tzinfo=UTC)
    fast = export_module.export(src, "ds", root=tmp_path / "a", now=now, splits=ratios,
                                batch_docs=7)
    monkeypatch.setattr(export_module, "_columnar",
                        lambda batch: (None, [False] * sum(len(g) for g in batch)))
    slow = export_module.export(src, "ds", root=tmp_path / "b", now=now, splits=ratios,
                                batch_docs=7)
    assert data_hashes(fast.path) == data_hashes(slow.path)
    ids = pq.read_table(fast.path / "data/documents/train-00000-of-00001.parquet")["id"]
    assert ids.to_pylist() == sorted(ids.to_pylist())


def test_findings_keep_the_input_order_when_a_batch_mixes_splits(tmp_path: Path) -> None:
    ratios = (0.5, 0.25, 0.25)
    records = []
    for i in range(12):
        rec = small_doc(f"d{i:02d}").to_dict()
        if i in (2, 5, 9):
            rec["spans"][0]["text"] = "Putin"
        records.append(rec)
    assert len({assign_split(r["id"], ratios) for r in records[:10]}) == 3
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with pytest.raises(ValidationFailed) as info:
        export(src, "ds", root=tmp_path / "ex", splits=ratios)
    lines = [f.line for f in info.value.report.findings if f.code == "text-mismatch"]
    assert lines == [3, 6, 10]


def test_new_content_counts_up_with_parent_and_never_rewrites(tmp_path: Path) -> None:
    v1 = export([small_doc("a")], "ds", root=tmp_path)
    hashes = data_hashes(v1.path)
    manifest_bytes = (v1.path / "manifest.json").read_bytes()
    v2 = export([small_doc("a"), small_doc("b")], "ds", root=tmp_path)
    assert (v1.version, v2.version) == ("v1", "v2")
    assert v2.manifest["parent"] == "v1" and v1.manifest["parent"] is None
    assert data_hashes(v1.path) == hashes
    assert (v1.path / "manifest.json").read_bytes() == manifest_bytes
    v3 = export([small_doc("c")], "ds", root=tmp_path, version="2.1.0")
    assert v3.version == "v2.1.0" and v3.manifest["parent"] == "v2"
    with pytest.raises(VersionExists):
        export([small_doc("d")], "ds", root=tmp_path, version="2.1.0")
    with pytest.raises(VersionExists):
        export([small_doc("d")], "ds", root=tmp_path, version=1)
    assert data_hashes(v1.path) == hashes
    assert export([small_doc("d")], "ds", root=tmp_path).version == "v3"


def test_an_export_failing_mid_write_leaves_nothing(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    from curate.export import writer

    calls = {"n": 0}
    real = writer.TableWriters.write

    def failing(self: writer.TableWriters, *args: object) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full")
        real(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(writer.TableWriters, "write", failing)
    with pytest.raises(OSError, match="disk full"):
        export([small_doc("a"), small_doc("b")], "ds", root=tmp_path)
    assert [p.name for p in (tmp_path / "ds").iterdir()] == [".lock"]


def test_a_killed_export_leaves_no_version_and_the_next_one_cleans_up(
        tmp_path: Path) -> None:
    src = tmp_path / "many.jsonl"
    write_documents(src, (small_doc(f"d{i:05d}") for i in range(6000)))
    code = ("import sys; from curate.export import export; "
            "export(sys.argv[1], 'ds', root=sys.argv[2], batch_docs=50)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(src), str(tmp_path / "ex")])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        tmps = list((tmp_path / "ex" / "ds").glob(".tmp-*/data/*/*.parquet")) \
            if (tmp_path / "ex" / "ds").is_dir() else []
        if tmps or proc.poll() is not None:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the export finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    left = sorted(p.name for p in (tmp_path / "ex" / "ds").iterdir())
    assert not [n for n in left if n.startswith("v")]
    assert [n for n in left if n.startswith(".tmp-")]  # half a version, never published
    result = export([small_doc("x")], "ds", root=tmp_path / "ex")
    assert result.version == "v1" and result.removed_stale
    assert not list((tmp_path / "ex" / "ds").glob(".tmp-*"))


# --- validation ----------------------------------------------------------------------------

def test_invalid_records_are_refused_with_the_findings_and_nothing_is_written(
        tmp_path: Path) -> None:
    good = small_doc("a").to_dict()
    bad = small_doc("b").to_dict()
    bad["spans"][0]["text"] = "Putin"  # text[start:end] no longer matches
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(ValidationFailed) as info:
        export(src, "ds", root=tmp_path / "ex")
    findings = info.value.report.findings
    assert findings and all(f.path == str(src) and f.line == 2 for f in findings)
    assert "text-mismatch" in {f.code for f in findings}
    assert [p.name for p in (tmp_path / "ex" / "ds").iterdir()] == [".lock"]


def test_the_written_version_passes_curate_validate(seeds_jsonl: Path, tmp_path: Path) -> None:
    from curate.validate import validate_paths

    result = export(seeds_jsonl, "news", root=tmp_path)
    report = validate_paths([result.path], kind="export")
    assert report.ok, report.findings
    assert load_manifest(result.path)["content_sha256"] == result.manifest["content_sha256"]


# --- splits --------------------------------------------------------------------------------

def test_splits_come_from_the_id_and_do_not_move_when_documents_are_added() -> None:
    ratios = (0.8, 0.1, 0.1)
    ids = [f"doc-{i}" for i in range(3000)]
    before = {i: assign_split(i, ratios) for i in ids[:1000]}
    after = {i: assign_split(i, ratios) for i in ids}
    assert all(after[i] == s for i, s in before.items())
    share = {s: sum(1 for v in after.values() if v == s) / len(after) for s in SPLITS}
    assert 0.77 < share["train"] < 0.83 and 0.08 < share["dev"] < 0.12
    assert {assign_split(i, (1.0, 0.0, 0.0)) for i in ids} == {"train"}
    for bad in [(0.5, 0.5), (0.8, 0.1, 0.2), (1.2, -0.1, -0.1)]:
        with pytest.raises(ConfigError):
            check_ratios(bad)


def test_custom_ratios_are_recorded_and_empty_splits_have_no_files(tmp_path: Path) -> None:
    result = export([small_doc("a"), small_doc("b")], "ds", root=tmp_path,
                    splits=(1.0, 0.0, 0.0))
    assert result.manifest["splits"] == {"train": 1.0, "dev": 0.0, "test": 0.0}
    assert result.manifest["counts"]["splits"] == {"train": 2, "dev": 0, "test": 0}
    files = {f["path"] for f in result.manifest["files"]}
    assert "data/spans/train-00000-of-00001.parquet" in files
    assert not [f for f in files if "/dev-" in f or "/test-" in f]


# --- the card ------------------------------------------------------------------------------

def test_card_yaml_header_and_body_carry_the_manifest_counts(seeds_jsonl: Path,
                                                            tmp_path: Path) -> None:
    import yaml

    result = export(seeds_jsonl, "news", root=tmp_path)
    card = (result.path / "README.md").read_text(encoding="utf-8")
    header = yaml.safe_load(card.split("---\n")[1])
    counts = result.manifest["counts"]
    configs = {c["config_name"]: c for c in header["configs"]}
    assert set(configs) == set(TABLES)
    for info in header["dataset_info"]:
        table = info["config_name"]
        assert {s["name"]: s["num_examples"] for s in info["splits"]} == \
            {s: n for s, n in counts["tables"][table].items() if n}
        assert [f["name"] for f in info["features"]] == TABLES[table].names
        paths = {d["split"]: d["path"] for d in configs[table]["data_files"]}
        assert all((result.path / p).is_file() for p in paths.values())
    body = card.split("---\n", 2)[2]
    for label, n in counts["labels"].items():
        assert f"| `{label}` | {n} |" in body
    docs = sum(counts["splits"].values())
    assert f"{docs} documents" in body
    for lib in ("pandas", "pyarrow", "datasets", "duckdb", "polars"):
        assert f"import {lib}" in body or f"from {lib}" in body


# --- the command line ----------------------------------------------------------------------

def test_cli_export_reports_the_version_then_no_change(seeds_jsonl: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    args = ["export", "news", str(seeds_jsonl), "--root", str(tmp_path)]
    first = runner.invoke(main, args)
    assert first.exit_code == 0, first.output
    assert "Exported news v1" in first.output
    again = runner.invoke(main, args)
    assert again.exit_code == 0 and "No change" in again.output


@pytest.mark.parametrize("extra, expect", [
    (["--splits", "0.5,0.5"], "needs three numbers"),
    (["--version", "latest-and-greatest"], "bad version"),
])
def test_cli_errors_are_one_line_with_a_fix(seeds_jsonl: Path, tmp_path: Path,
                                            extra: list[str], expect: str) -> None:
    result = CliRunner().invoke(main, ["export", "news", str(seeds_jsonl), "--root",
                                       str(tmp_path), *extra])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("Error:") and expect in lines[0]
    assert lines[1].startswith("Fix:") and len(lines) == 2
    assert "Traceback" not in result.output


def test_cli_missing_input_and_existing_version(tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(main, ["export", "ds", str(tmp_path / "nope.jsonl"), "--root",
                                   str(tmp_path)])
    assert missing.exit_code == 1 and "no such file" in missing.output
    src = tmp_path / "a.jsonl"
    write_documents(src, [small_doc("a")])
    assert runner.invoke(main, ["export", "ds", str(src), "--root", str(tmp_path),
                                "--version", "1.0.0"]).exit_code == 0
    write_documents(src, [small_doc("b")])
    again = runner.invoke(main, ["export", "ds", str(src), "--root", str(tmp_path),
                                 "--version", "1.0.0"])
    assert again.exit_code == 1 and "already exists" in again.output and "Fix:" in again.output


def test_help_ends_with_an_example() -> None:
    for cmd in ("export", "diff"):
        out = CliRunner().invoke(main, [cmd, "--help"]).output
        assert out.rstrip().splitlines()[-1].strip().startswith(f"curate {cmd} ")


def test_bad_names_and_versions_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ExportError):
        export([small_doc()], "../escape", root=tmp_path)
    with pytest.raises(ExportError):
        export([small_doc()], "ds", root=tmp_path, version="0")


def test_a_folder_named_like_a_version_is_never_overwritten(tmp_path: Path) -> None:
    stray = tmp_path / "ds" / "v1"
    stray.mkdir(parents=True)
    (stray / "notes.txt").write_text("mine", encoding="utf-8")
    result = export([small_doc()], "ds", root=tmp_path)
    assert result.version == "v2" and result.manifest["parent"] is None
    assert [p.name for p in stray.iterdir()] == ["notes.txt"]
