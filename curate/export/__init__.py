"""Versioned Parquet datasets from annotated documents.

::

    from curate.export import export, diff, load_manifest

    result = export("work/annotated.jsonl", "news-quotes")     # exports/news-quotes/v1/
    print(result.message)
    report = diff("news-quotes", "v1", "v2")

An export version (``exports/NAME/vN/``) holds ``manifest.json``, a ``README.md`` dataset
card and ``data/<table>/<split>-00000-of-00001.parquet`` for the tables documents,
paragraphs, sentences, spans, quotes and tokens. Versions are immutable: a version folder
is published by one atomic rename once complete and checked, it is never written again,
and an export whose data equals the latest version's makes no new version.

The input records are validated first (``curate.validate``); an export with invalid
records raises :class:`~curate.errors.ValidationFailed` with every finding and writes
nothing. Output is reproducible: the same records give byte-identical Parquet files (rows
in document-id order, no timestamps inside data files), so the manifest's
``content_sha256`` says whether anything changed.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from curate import __version__
from curate.errors import ConfigError, ExportError, InputError, ValidationFailed, VersionExists

# imported before the function ``diff`` below is defined, so that the function, not the
# submodule of the same name, is what ``from curate.export import diff`` gives
from curate.export.diff import DiffReport, diff_versions
from curate.export.splits import SPLITS, assign_split, check_ratios
from curate.export.tables import SCHEMA_VERSION, TABLES, BatchBuilder, DocumentGroup
from curate.export.writer import (
    InputIndex,
    RecordRef,
    TableWriters,
    check_name,
    clean_stale,
    data_file,
    dataset_lock,
    file_sha256,
    list_versions,
    new_temp_dir,
    next_version,
    normalize_version,
    publish,
    version_key,
)
from curate.jsonl import dump_line
from curate.records import LABELS, Document
from curate.validate.columnar import NULL_VALUE

__all__ = [
    "SCHEMA_VERSION",
    "SPLITS",
    "TABLES",
    "DiffReport",
    "ExportResult",
    "diff",
    "export",
    "list_versions",
    "load_manifest",
    "version_path",
]

DEFAULT_BATCH_DOCS = 1000


@dataclass(frozen=True)
class ExportResult:
    """What an export did: ``created`` is False when the data equals an existing version."""

    name: str
    version: str
    path: Path
    created: bool
    manifest: dict[str, Any]
    removed_stale: list[str] = field(default_factory=list)

    @property
    def message(self) -> str:
        counts = self.manifest["counts"]
        docs = sum(counts["splits"].values())
        spans = sum(counts["labels"].values())
        what = (f"{docs} document{'s' if docs != 1 else ''}, "
                f"{spans} span{'s' if spans != 1 else ''}")
        if not self.created:
            return (f"No change: the data equals {self.name} {self.version} ({what}); "
                    "no new version written.")
        return f"Exported {self.name} {self.version}: {what} -> {self.path}"


# --- locating the version, manifest, config ------------------------------------------------

def version_path(name: str, version: str, root: str | os.PathLike[str] = "exports") -> Path:
    """The folder of a published version; ExportError naming the versions there if none."""
    check_name(name)
    dataset_dir = Path(root) / name
    versions = list_versions(dataset_dir)
    if version == "latest":
        if not versions:
            raise ExportError(f"dataset {name!r} has no versions in {Path(root)}",
                              hint=f"Export one first: curate export {name} RECORDS.jsonl")
        return dataset_dir / versions[-1]
    wanted = normalize_version(version)
    if wanted not in versions:
        have = ", ".join(versions) or "none"
        raise ExportError(f"{name} has no version {wanted} (versions: {have})",
                          hint=f"Pick one of the versions listed, e.g. `ls {dataset_dir}`.")
    return dataset_dir / wanted


def load_manifest(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The manifest of a version folder (or of a manifest.json path)."""
    p = Path(path)
    if p.is_dir():
        p = p / "manifest.json"
    try:
        with open(p, encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        raise ExportError(f"{p}: no manifest.json",
                          hint="Give a version folder such as exports/NAME/v1.") from None
    except json.JSONDecodeError as exc:
        raise ExportError(f"{p}: manifest.json is not valid JSON ({exc.msg})",
                          hint="Restore the version from a backup; versions are never "
                               "edited by curate.") from None


def _find_label_config(label_config: str | os.PathLike[str] | None) -> Path:
    """The label config hashed into the manifest: the one validation checks labels with."""
    if label_config is None:
        from curate.validate.schemas import label_config_path

        return label_config_path()
    path = Path(label_config)
    if not path.is_file():
        raise ConfigError(f"label config not found: {path}",
                          hint="Give the label_config.xml used in Label Studio.")
    return path


def _schema_hashes() -> tuple[dict[str, str], str]:
    """sha256 of each JSON Schema, and the version of the annotated-document schema."""
    from curate.validate.schemas import SCHEMA_NAMES, load_schema, schema_path

    hashes = {name: file_sha256(schema_path(name)) for name in SCHEMA_NAMES}
    return hashes, str(load_schema("annotated-document").get("version", "unknown"))


# --- input ---------------------------------------------------------------------------------

Records = str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | Iterable[Document | dict]


def _input_paths(docs_or_path: Records, tmp: Path) -> tuple[list[Path], bool]:
    """The JSONL files to read; documents given in memory are spilled to one first."""
    if isinstance(docs_or_path, str | os.PathLike):
        return [Path(docs_or_path)], False
    if isinstance(docs_or_path, Sequence) and docs_or_path and all(
            isinstance(x, str | os.PathLike) for x in docs_or_path):
        return [Path(x) for x in docs_or_path], False
    spill = tmp / ".input.jsonl"
    with open(spill, "w", encoding="utf-8", newline="\n") as fh:
        for item in docs_or_path:  # type: ignore[union-attr]
            obj = item.to_dict() if isinstance(item, Document) else item
            if not isinstance(obj, Mapping):
                raise InputError(f"expected a Document or dict, got {type(item).__name__}")
            fh.write(dump_line(obj))
            fh.write("\n")
    return [spill], True


def _is_version(name: str) -> bool:
    try:
        version_key(name)
    except ValueError:
        return False
    return True


def _where(ref: RecordRef, paths: list[Path], spilled: bool) -> str:
    return f"record {ref.line}" if spilled else f"{paths[ref.file]}:{ref.line}"


def _annotation_order(obj: dict[str, Any]) -> tuple[Any, ...]:
    ann = obj.get("annotation") or {}
    when = ann.get("updated_at") or ann.get("created_at") or ""
    # sorted in reverse: the latest update first (ISO 8601 UTC strings sort by time), then
    # the highest annotation id
    return (when, ann.get("annotation_id") or 0, ann.get("annotator") or "")


def make_group(records: list[tuple[RecordRef, dict[str, Any]]], ratios: tuple[float, ...],
               paths: list[Path], spilled: bool) -> tuple[DocumentGroup, int]:
    """The records of one document in export order; returns the group and how many
    heuristic records were superseded by human ones.

    Human annotations supersede pre-annotations (they already contain the predictions the
    annotator accepted). All human annotations are kept; the primary one is the most
    recently updated (then the highest annotation id); the others follow by annotator.
    """
    doc_id = records[0][1]["id"]
    text = records[0][1].get("text")
    for ref, obj in records[1:]:
        if obj.get("text") != text:
            raise InputError(
                f"document {doc_id!r} has a different text here than at "
                f"{_where(records[0][0], paths, spilled)}",
                path=_where(ref, paths, spilled), field="text",
                hint="Records with one id must be annotations of the same text; re-ingest "
                     "or give the changed article a new id.")
    human = [(r, o) for r, o in records if (o.get("annotation") or {}).get("kind") == "human"]
    other = [(r, o) for r, o in records if (o.get("annotation") or {}).get("kind") != "human"]
    superseded = 0
    if human:
        seen: dict[Any, RecordRef] = {}
        for ref, obj in human:
            key = (obj["annotation"].get("annotation_id"), obj["annotation"].get("annotator"))
            if key[0] is not None and key in seen:
                raise InputError(
                    f"annotation {key[0]} of document {doc_id!r} appears twice (also at "
                    f"{_where(seen[key], paths, spilled)})",
                    path=_where(ref, paths, spilled),
                    hint="Pull once into one file, or remove the duplicate record.")
            seen[key] = ref
        ranked = sorted(human, key=lambda ro: _annotation_order(ro[1]), reverse=True)
        rest = sorted(ranked[1:], key=lambda ro: (ro[1]["annotation"].get("annotator") or "",
                                                  ro[1]["annotation"].get("annotation_id") or 0))
        ordered = [ranked[0][1], *(o for _r, o in rest)]
        superseded = sum(1 for _r, o in other if o.get("annotation"))
        primary_is_human = True
    else:
        annotated = [(r, o) for r, o in other if o.get("annotation")]
        if len(annotated) > 1:
            raise InputError(
                f"document {doc_id!r} has {len(annotated)} heuristic annotations (also at "
                f"{_where(annotated[0][0], paths, spilled)})",
                path=_where(annotated[1][0], paths, spilled),
                hint="Export the output of one `curate annotate` run; remove the duplicates.")
        ordered = [annotated[0][1]] if annotated else [other[0][1]]
        primary_is_human = False
    split = assign_split(doc_id, ratios)  # type: ignore[arg-type]
    return DocumentGroup(doc_id, split, ordered, primary_is_human), superseded


# --- validation ----------------------------------------------------------------------------

class _Validator:
    """Checks each input record with curate.validate; keeps every finding, located at the
    input file and line."""

    def __init__(self, paths: list[Path], spilled: bool) -> None:
        from curate.validate import Report, validate_document

        self._validate = validate_document
        self.report = Report()
        self.paths, self.spilled = paths, spilled
        self.invalid = False

    def add(self, items: Iterable[tuple[RecordRef, dict[str, Any]]]) -> None:
        for ref, obj in items:
            found = self._validate(obj, kind="annotated-document")
            if found:
                path = "<records>" if self.spilled else str(self.paths[ref.file])
                self.report.add(f.at(path=path, line=ref.line) for f in found)
                if any(f.severity == "error" for f in found):
                    self.invalid = True


# --- the export ----------------------------------------------------------------------------

@dataclass
class _Stats:
    labels: Counter[str] = field(default_factory=Counter)
    split_docs: Counter[str] = field(default_factory=Counter)
    human_checked: int = 0
    heuristic_only: int = 0
    superseded: int = 0
    records: int = 0
    projects: set[str] = field(default_factory=set)
    annotators: set[str] = field(default_factory=set)
    heuristics_versions: set[str] = field(default_factory=set)

    def add(self, group: DocumentGroup, superseded: int) -> None:
        self.split_docs[group.split] += 1
        self.superseded += superseded
        for rec in group.records:
            ann = rec.get("annotation")
            if ann is None:
                continue
            self.records += 1
            spans = rec.get("spans") or ()
            if ann.get("kind") == "human":
                self.human_checked += len(spans)
                if ann.get("annotator"):
                    self.annotators.add(str(ann["annotator"]))
            else:
                self.heuristic_only += len(spans)
                if ann.get("version"):
                    self.heuristics_versions.add(str(ann["version"]))
            if ann.get("project") is not None:
                self.projects.add(str(ann["project"]))


def _plain(value: Any, key: str = "") -> Any:
    """A metadata value as Arrow gives it, as the JSON reader would: keys Arrow filled in
    for records that lack them are dropped, and the reader's stand-in for ``"value":null``
    is null again."""
    if isinstance(value, dict):
        return {k: _plain(v, k) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_plain(v, key) for v in value]
    if key == "value" and value == NULL_VALUE:
        return None
    return value


def _plain_type(typ: pa.DataType) -> bool:
    """Metadata Arrow read without changing it: no floats (an integer next to a float
    would come back as a float) and no timestamps (Arrow reads ISO dates as those)."""
    if pa.types.is_struct(typ):
        return all(_plain_type(f.type) for f in typ)
    if pa.types.is_list(typ):
        return _plain_type(typ.value_type)
    return pa.types.is_string(typ) or pa.types.is_int64(typ) or pa.types.is_boolean(typ) \
        or pa.types.is_null(typ)


def _columnar(batch: list[list[tuple[RecordRef, bytes]]]) -> tuple[Any, list[bool]]:
    """The batch's records parsed by Arrow and checked by the columnar validator: (table
    or None, clean per record). The table is there when every record is in it, in order,
    and its metadata reads back unchanged."""
    from curate.validate.columnar import parse_chunk
    from curate.validate.schemas import config_labels

    raws = [raw if raw.endswith(b"\n") else raw + b"\n" for group in batch for _r, raw in group]
    try:
        starts, _ends, parts = parse_chunk(b"".join(raws), config_labels())
    except pa.ArrowException:  # never a reason to fail: the records are read one by one
        return None, [False] * len(raws)
    clean = [False] * len(starts)
    for part in parts:
        for i, ok in zip(part.lines.tolist(), part.clean.tolist(), strict=True):
            clean[i] = ok
    table = None
    if len(parts) == 1 and len(parts[0].lines) == len(starts) and all(clean) and \
            _plain_type(parts[0].table.schema.field("meta").type):
        table = parts[0].table
    return table, clean


def _objects(column: Any) -> list[dict[str, Any] | None]:
    """A struct column as JSON objects, field by field (StructArray.to_pylist makes a
    scalar a value, several times slower); null fields are absent keys."""
    col = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    fields = [(f.name, pc.struct_field(col, f.name)) for f in col.type]
    # fields null in every row would only give keys to drop (e.g. what heuristic
    # annotations leave out)
    fields = [(name, f) for name, f in fields if f.null_count < len(f)]
    names = [name for name, _f in fields]
    values = [f.to_pylist() for _name, f in fields]
    valid = pc.is_valid(col).to_pylist()
    return [{k: v for k, v in zip(names, row, strict=True) if v is not None} if ok else None
            for ok, *row in zip(valid, *values, strict=True)]


def _light_records(table: pa.Table, batch: list[list[Any]]) -> list[dict[str, Any]]:
    """Each row's fields other than segments, spans and relations, as JSON objects; those
    three (and the texts) are read from the table when the tables are built. The text is
    there only for documents with several records, whose texts must be compared."""
    n_spans = pc.list_value_length(table["spans"]).to_pylist()
    several = [len(group) > 1 for group in batch for _ in group]
    texts: list[str | None] = [None] * len(several)
    if any(several):
        rows = [i for i, yes in enumerate(several) if yes]
        for i, text in zip(rows, table["text"].take(pa.array(rows, pa.int64())).to_pylist(),
                           strict=True):
            texts[i] = text
    cols = zip(table["id"].to_pylist(), texts, _objects(table["meta"]),
               _objects(table["provenance"]), _objects(table["annotation"]), n_spans,
               strict=True)
    return [{"id": rid, "text": text, "meta": _plain(meta), "provenance": prov,
             "annotation": ann, "spans": range(n or 0), "_row": row}
            for row, (rid, text, meta, prov, ann, n) in enumerate(cols)]


def _add_single_records(table: pa.Table, builders: dict[str, BatchBuilder], stats: _Stats,
                        splits: list[str]) -> None:
    """A batch parsed by Arrow in which every document has one record (the usual case):
    the same as make_group, _Stats.add and BatchBuilder.add for each, from the columns,
    without a JSON object a record. ``splits``: each row's split."""
    ids = table["id"].to_pylist()
    ann = table["annotation"]
    names = {f.name for f in ann.type}
    has = pc.is_valid(ann).to_pylist()
    kind, annotator, version, project = (
        pc.struct_field(ann, k).to_pylist() if k in names else [None] * len(ids)
        for k in ("kind", "annotator", "version", "project"))
    n_spans = pc.list_value_length(table["spans"]).to_pylist()
    for split, a, k, who, v, p, n in zip(splits, has, kind, annotator, version, project,
                                         n_spans, strict=True):
        stats.split_docs[split] += 1
        if not a:
            continue
        stats.records += 1
        if k == "human":
            stats.human_checked += n or 0
            if who:
                stats.annotators.add(str(who))
        else:
            stats.heuristic_only += n or 0
            if v:
                stats.heuristics_versions.add(str(v))
        if p is not None:
            stats.projects.add(str(p))
    meta = table["meta"]
    metas = None
    if any(pc.struct_field(meta, f.name).null_count < len(meta) for f in meta.type):
        metas = [_plain(m) or {} for m in _objects(meta)]
    for split, builder in builders.items():
        rows = [i for i, s in enumerate(splits) if s == split]
        if rows:
            builder.add_rows(rows, [ids[i] for i in rows],
                             None if metas is None else [metas[i] for i in rows])


_SPLIT_RANK = {s: i for i, s in enumerate(SPLITS)}


def _batches(groups: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for group in groups:
        batch.append(group)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _write_data(index: InputIndex, tmp: Path, ratios: tuple[float, ...], batch_docs: int,
                spilled: bool, progress: Callable[[Iterable[Any], int], Iterable[Any]] | None
                ) -> tuple[dict[tuple[str, str], int], _Stats]:
    """Validate and write the records, ``batch_docs`` documents at a time.

    Each batch is parsed once, by Arrow, and checked by the columnar validator
    (curate.validate.columnar); only records it does not call clean are parsed again and
    checked one by one, so findings are exactly curate.validate's. The tables are built
    from the Arrow columns; a batch Arrow could not take whole (rare: a record with
    findings, metadata Arrow would change) is built from the parsed JSON objects instead,
    with the same result. When every document of a batch has one record (the usual case),
    not even the records' small fields become JSON objects (see _add_single_records).
    """
    validator = _Validator(index.paths, spilled)
    writers = TableWriters(tmp)
    builders = {s: BatchBuilder(s) for s in SPLITS}
    stats = _Stats()

    def flush(b: BatchBuilder) -> None:
        for table, data in b.build().items():
            writers.write(table, b.split, data)
            if table == "spans" and data.num_rows:
                counts = pc.value_counts(data["label"].cast(pa.string()))
                for item in counts.to_pylist():
                    stats.labels[item["values"]] += item["counts"]
        b.reset()

    # Parsed records are many small objects that live for one batch; the cyclic collector
    # would walk them all over and over (they hold no cycles).
    gc_was_enabled = gc.isenabled()
    gc.disable()
    groups: Iterable[Any] = index.raw_groups()
    if progress is not None:
        groups = progress(groups, len(index))
    try:
        for batch in _batches(groups, batch_docs):
            single = all(len(group) == 1 for group in batch)
            splits: list[str] | None = None
            if single:
                # parsed split by split, so that each split's rows are one slice of the
                # table (no copy); each split keeps the id order, so the files are the same
                in_order = [assign_split(group[0][0].doc_id, ratios) for group in batch]
                order = sorted(range(len(batch)), key=lambda i: _SPLIT_RANK[in_order[i]])
                table, clean = _columnar([batch[i] for i in order])
                if table is None:  # findings follow the input's order
                    clean = [clean[j] for j in np.argsort(order, kind="stable").tolist()]
                else:
                    batch = [batch[i] for i in order]
                    splits = [in_order[i] for i in order]
            else:
                table, clean = _columnar(batch)
            if table is not None and not validator.invalid and splits is not None:
                for b in builders.values():
                    b.use_source(table)
                _add_single_records(table, builders, stats, splits)
                for b in builders.values():
                    if b.n_docs:
                        flush(b)
                continue
            light = _light_records(table, batch) if table is not None else None
            parsed: list[list[tuple[RecordRef, dict[str, Any]]]] = []
            i = 0
            for group in batch:
                records = []
                for ref, raw in group:
                    if light is not None:
                        records.append((ref, light[i]))
                    else:
                        obj = index.parse(ref, raw)
                        records.append((ref, obj))
                        if not clean[i]:
                            validator.add([(ref, obj)])
                    i += 1
                parsed.append(records)
            if validator.invalid:
                continue  # keep going to report every finding, but build nothing more
            for b in builders.values():
                b.use_source(table)
            for records in parsed:
                group, superseded = make_group(records, ratios, index.paths, spilled)
                stats.add(group, superseded)
                rows = [r["_row"] for r in group.records] if table is not None else None
                builders[group.split].add(group, rows)
            for b in builders.values():
                if b.n_docs:
                    flush(b)
        validator.report.records = len(index)
        if validator.invalid:
            report = validator.report
            n = len(report.errors)
            raise ValidationFailed(
                f"{n} problem{'s' if n != 1 else ''} in the input records; nothing exported",
                report,
                hint="Run `curate validate` on the input to see every finding, fix the "
                     "records, then export again.")
    finally:
        writers.close()
        if gc_was_enabled:
            gc.enable()
    return dict(writers.rows), stats


def _content_sha256(files: list[dict[str, Any]]) -> str:
    h = hashlib.sha256()
    for f in sorted(files, key=lambda f: f["path"]):
        if f["path"].startswith("data/"):
            h.update(f"{f['path']} {f['sha256']}\n".encode())
    return h.hexdigest()


def _source(index: InputIndex, spilled: bool, stats: _Stats) -> dict[str, Any]:
    src: dict[str, Any] = {"records": len(index)}
    if not spilled:
        src["files"] = [{"path": str(p), "sha256": sha, "bytes": p.stat().st_size}
                        for p, sha in zip(index.paths, index.sha256, strict=True)]
    else:
        src["files"] = []
        src["note"] = "records given in memory (Python API)"
    src["label_studio_projects"] = sorted(stats.projects)
    src["annotators"] = sorted(stats.annotators)
    src["heuristics_versions"] = sorted(stats.heuristics_versions)
    src["superseded_heuristic_records"] = stats.superseded
    return src


def _verify_written(root: Path, manifest: dict[str, Any]) -> None:
    """Check the version before it is published: the manifest against its JSON Schema
    (curate.validate), and every file against the manifest: present, nothing unlisted,
    sha256, size, Parquet rows, Arrow schema.

    The span-rows-against-text check of ``curate validate exports/NAME/vN`` is not repeated
    here: span texts are cut from the document text while writing, so they cannot differ,
    and that check reads every span into Python (minutes and gigabytes at 100,000
    documents).
    """
    from curate.validate.files import validate_file

    def refuse(message: str, report: Any = None) -> None:
        hint = "This is a bug in curate; please report it with this message."
        if report is not None:
            raise ValidationFailed(message + "; nothing exported", report, hint=hint)
        raise ExportError(message + "; nothing exported", hint=hint)

    report = validate_file(root / "manifest.json", kind="manifest", how="json")
    if not report.ok:
        refuse(f"the manifest written does not fit its schema ({len(report.errors)} problems)",
               report)
    listed = {f["path"] for f in manifest["files"]}
    on_disk = {p.relative_to(root).as_posix() for p in root.rglob("*")
               if p.is_file() and p.name != "manifest.json"}
    if listed != on_disk:
        refuse(f"files written and listed differ: {sorted(listed ^ on_disk)}")
    for f in manifest["files"]:
        p = root / f["path"]
        if p.stat().st_size != f["bytes"] or file_sha256(p) != f["sha256"]:
            refuse(f"{f['path']} changed while exporting")
        if f["path"].endswith(".parquet"):
            table = f["path"].split("/")[1]
            got, want = pq.read_schema(p), TABLES[table]
            if not got.equals(want) or [x.metadata for x in got] != [x.metadata for x in want]:
                refuse(f"{f['path']}: schema differs from the {table} schema")
            if pq.read_metadata(p).num_rows != f["rows"]:
                refuse(f"{f['path']}: rows differ from the manifest")


def export(
    docs_or_path: Records,
    name: str,
    root: str | os.PathLike[str] = "exports",
    version: str | int | None = None,
    splits: Sequence[float] = (0.8, 0.1, 0.1),
    *,
    label_config: str | os.PathLike[str] | None = None,
    batch_docs: int = DEFAULT_BATCH_DOCS,
    progress: Callable[[Iterable[Any], int], Iterable[Any]] | None = None,
    now: datetime | None = None,
) -> ExportResult:
    """Write a new version of dataset ``name`` under ``root`` from annotated documents.

    ``docs_or_path`` is an annotated-document JSONL path (or several), or Documents / dicts.
    ``version`` gives a version name (``3`` or a semantic version ``1.2.0``); by default
    the next number. Raises ValidationFailed (invalid records; nothing written),
    VersionExists (that version is there), ExportError, InputError, ConfigError.
    When the data equals the latest version's, nothing is written and the result says so
    (``created`` is False).
    """
    check_name(name)
    ratios = check_ratios(splits)
    wanted = normalize_version(version) if version is not None else None
    if batch_docs < 1:
        raise ConfigError("batch_docs must be at least 1")
    config_path = _find_label_config(label_config)
    dataset_dir = Path(root) / name
    with dataset_lock(dataset_dir):
        removed = clean_stale(dataset_dir)
        existing = list_versions(dataset_dir)
        if wanted is not None and (dataset_dir / wanted).exists():
            raise VersionExists(f"{name} {wanted} already exists in {dataset_dir}")
        tmp = new_temp_dir(dataset_dir)
        try:
            paths, spilled = _input_paths(docs_or_path, tmp)
            index = InputIndex(paths)
            if not len(index):
                raise ExportError("no records to export (the input is empty)",
                                  hint="Give annotated-document JSONL from `curate annotate` "
                                       "or `curate pull`.")
            rows, stats = _write_data(index, tmp, ratios, batch_docs, spilled, progress)
            source = _source(index, spilled, stats)
            if spilled:
                os.unlink(paths[0])
            files = [{"path": data_file(t, s), "sha256": file_sha256(tmp / data_file(t, s)),
                      "rows": rows[(t, s)], "bytes": (tmp / data_file(t, s)).stat().st_size}
                     for t in TABLES for s in SPLITS if (t, s) in rows]
            content = _content_sha256(files)
            latest = existing[-1] if existing else None
            if latest is not None:
                previous = load_manifest(dataset_dir / latest)
                if previous.get("content_sha256") == content:
                    return ExportResult(name, latest, dataset_dir / latest, False, previous,
                                        removed)
            # count past any folder named like a version, even one without a manifest
            final = wanted or next_version(
                [p.name for p in dataset_dir.iterdir() if p.is_dir() and _is_version(p.name)])
            schemas, schema_version = _schema_hashes()
            created = (now or datetime.now(UTC)).astimezone(UTC)
            manifest: dict[str, Any] = {
                "name": name,
                "version": final,
                "parent": latest,
                "created": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "curate_version": __version__,
                "schema_version": schema_version,
                "table_schema_version": SCHEMA_VERSION,
                "label_config_sha256": file_sha256(config_path),
                "schemas": schemas,
                "source": source,
                "splits": dict(zip(SPLITS, ratios, strict=True)),
                "counts": {
                    "tables": {t: {s: rows.get((t, s), 0) for s in SPLITS} for t in TABLES},
                    "labels": {label: stats.labels.get(label, 0) for label in LABELS},
                    "splits": {s: stats.split_docs.get(s, 0) for s in SPLITS},
                    "human_checked": stats.human_checked,
                    "heuristic_only": stats.heuristic_only,
                    "annotations": stats.records,
                },
                "files": files,
                "content_sha256": content,
            }
            from curate.export.card import render_card

            (tmp / "README.md").write_text(render_card(manifest), encoding="utf-8")
            readme = tmp / "README.md"
            manifest["files"].append({"path": "README.md", "sha256": file_sha256(readme),
                                      "rows": None, "bytes": readme.stat().st_size})
            with open(tmp / "manifest.json", "w", encoding="utf-8", newline="\n") as fh:
                json.dump(manifest, fh, indent=2, ensure_ascii=False)
                fh.write("\n")
            _verify_written(tmp, manifest)
            publish(tmp, dataset_dir / final)
            return ExportResult(name, final, dataset_dir / final, True, manifest, removed)
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)


def diff(name: str, a: str, b: str, root: str | os.PathLike[str] = "exports") -> DiffReport:
    """What changed from version ``a`` to version ``b`` of a dataset (see curate.export.diff).

    ``b`` may be ``latest``.
    """
    return diff_versions(version_path(name, a, root), version_path(name, b, root))
