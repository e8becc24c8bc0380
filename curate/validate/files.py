"""Reading files and folders for validation: JSONL, JSON, and export versions.

Reading never stops at the first problem: a line that is not JSON is a finding and the next
line is read; a BOM is a finding and the rest of the file is checked without it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from curate.errors import InputError
from curate.jsonl import loads
from curate.validate.columnar import iter_chunks, parse_chunk, split_lines
from curate.validate.core import _DuplicateIds, detect_record_kind, validate_record
from curate.validate.report import Finding, Report
from curate.validate.schemas import RECORD_KINDS, config_labels

__all__ = ["FILE_KINDS", "discover", "validate_export_version", "validate_file",
           "validate_paths"]

#: What ``--kind`` accepts: record kinds plus ``export`` (a version folder).
FILE_KINDS: tuple[str, ...] = (*RECORD_KINDS, "export")
_BOM = b"\xef\xbb\xbf"
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_SKIP_DIRS = {".git", ".venv", "venv", "node_modules", "__pycache__", ".label-studio"}


def discover(path: Path) -> Iterator[tuple[Path, str]]:
    """(path, how) for everything to check under ``path``: ``export``, ``jsonl``, ``json``."""
    if path.exists() and not path.is_dir():  # a file, or a pipe such as /dev/stdin
        if path.name == "manifest.json":
            yield path.parent, "export"
        elif path.suffix.lower() == ".json":
            yield path, "json"
        else:
            yield path, "jsonl"  # given by name: read it as JSONL whatever it is called
        return
    if (path / "manifest.json").is_file():
        yield path, "export"
        return
    for entry in sorted(path.iterdir()):
        if entry.is_dir():
            if entry.name not in _SKIP_DIRS and not entry.name.startswith("."):
                yield from discover(entry)
        elif entry.suffix.lower() in _JSONL_SUFFIXES:
            yield entry, "jsonl"
        elif entry.suffix.lower() == ".json":
            yield entry, "json"


def validate_paths(paths: Any, kind: str | None = None) -> Report:
    """Validate files and folders; ``kind`` (one of :data:`FILE_KINDS`) or detected.

    Raises :class:`~curate.errors.InputError` for a path that does not exist or a folder
    with nothing to validate: that is a misuse, not invalid data.
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    if kind is not None and kind not in FILE_KINDS:
        raise InputError(f"unknown kind '{kind}'", hint=f"Use one of {', '.join(FILE_KINDS)}.")
    report = Report()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError("no such file or folder", path=str(raw), hint="Check the path.")
        found = list(discover(path))
        if kind == "export" and path.is_dir():
            # a folder given as a version is one, even when its manifest.json is missing
            found = [x for x in found if x[1] == "export"] or [(path, "export")]
        if not found:
            raise InputError("nothing to validate here (no .jsonl, .json or export version)",
                             path=str(raw), hint="Point at the files, or give --kind.")
        for target, how in found:
            if kind == "export" or (kind is None and how == "export"):
                report.extend(validate_export_version(target))
            else:
                report.extend(validate_file(target, kind=kind, how=how))
    return report


def validate_file(path: Path, *, kind: str | None = None, how: str | None = None,
                  columnar: bool = True) -> Report:
    """One JSONL or JSON file. ``columnar=False`` checks every record one by one (the
    reference the columnar fast path is tested against; same findings, slower)."""
    if how is None:
        how = "json" if path.suffix.lower() == ".json" else "jsonl"
    if kind == "manifest" or (kind in ("ls-task", "ls-export") and how != "json"):
        how = "json" if kind == "manifest" or _looks_like_json_document(path) else how
    if how == "json":
        return _validate_json_file(path, kind)
    return _validate_jsonl_file(path, kind, columnar)


def _looks_like_json_document(path: Path) -> bool:
    with path.open("rb") as fh:
        head = fh.read(4096).lstrip(_BOM).lstrip()
    return head.startswith(b"[")


def _validate_jsonl_file(path: Path, kind: str | None, columnar: bool = True) -> Report:
    name = str(path)
    report = Report()
    labels = config_labels()
    ids = _DuplicateIds()
    kinds: set[str] = set()
    n = 0
    findings = report.findings
    # Annotated documents and flat span rows take the columnar fast path
    # (curate.validate.columnar): records it calls clean have no finding; every other line
    # is read and checked below, one by one, exactly as before, so findings and their order
    # do not depend on the path.
    rows_kind = kind == "spans"
    fast = columnar and kind in (None, "annotated-document", "spans")
    fast_kind = "spans" if rows_kind else "annotated-document"
    # the ids the duplicate-id check needs of a clean record, and nothing else
    id_keys = ("doc_id", "id") if rows_kind else ("id", "kind", "annotation_id", "annotator")
    check_clean = ids.check_span_row if rows_kind else ids.check_document
    add_clean = ids.add_span_rows if rows_kind else ids.add_documents
    first = 1
    for data in iter_chunks(path):
        parts: list[Any] = []
        try:
            if fast:
                starts, ends, parts = parse_chunk(data, labels, kind=fast_kind)
        except pa.ArrowException:  # never a reason to fail: the slow path reads it all
            parts = []
        if not parts:
            starts, ends = split_lines(data)
        elif kind is None and all(
                p.table["spans"].null_count == p.table["annotation"].null_count
                == p.table.num_rows for p in parts):
            fast = False  # documents without annotations: the fast path is not for them
        clean: dict[int, tuple[Any, ...]] = {}
        for part in parts:
            rows = np.flatnonzero(part.clean)
            if not len(rows):
                continue
            if rows_kind:
                keys = _span_row_keys(part.table, rows)
                clean.update(zip(part.lines[rows].tolist(), keys, strict=True))
                continue
            else:
                ann = part.table["annotation"]
                cols = [part.table["id"], *(pc.struct_field(ann, key) for key in id_keys[1:])]
            if len(rows) < part.table.num_rows:
                take = pa.Array.from_buffers(pa.int64(), len(rows), [None, pa.py_buffer(rows)])
                cols = [c.take(take) for c in cols]
            clean.update(zip(part.lines[rows].tolist(),
                             zip(*(c.to_pylist() for c in cols), strict=True), strict=True))
        if len(clean) == len(starts) and add_clean(
                [clean[i] for i in range(len(starts))], first):  # type: ignore[arg-type]
            n += len(starts)  # every line clean and no id seen before: nothing to report
            kinds.add(fast_kind)
            first += len(starts)
            continue
        for i in range(len(starts)):
            lineno = first + i
            key = clean.get(i)
            if key is not None:
                n += 1
                dup = check_clean(*key, lineno)
                if dup is not None:
                    findings.append(dup.at(path=name, line=lineno))
                continue
            raw = data[starts[i]:ends[i]]
            if raw.startswith(_BOM):
                findings.append(Finding(
                    "bom", "the line starts with a UTF-8 byte-order mark: save the file as "
                    "UTF-8 without BOM.", path=name, line=lineno))
                raw = raw[3:]
            if raw.isspace() or not raw:  # isspace: no copy of a long line
                continue
            try:
                record = loads(raw)
            except UnicodeDecodeError as exc:
                findings.append(Finding(
                    "encoding", f"byte 0x{exc.object[exc.start]:02x} at column {exc.start + 1} "
                    "is not UTF-8: re-encode the file as UTF-8.", path=name, line=lineno))
                continue
            except RecursionError:
                findings.append(Finding(
                    "invalid-json", "the JSON is nested too deeply to read: flatten the record.",
                    path=name, line=lineno))
                continue
            except json.JSONDecodeError as exc:
                findings.append(Finding(
                    "invalid-json", f"not valid JSON ({_reason(exc)} at column {exc.colno}): "
                    "each line must be one complete JSON object (a truncated write?).",
                    path=name, line=lineno))
                continue
            n += 1
            this_kind = kind or (detect_record_kind(record) if isinstance(record, dict)
                                 else "document")
            kinds.add(this_kind)
            found = validate_record(record, this_kind, labels)
            dup = ids.check(record, this_kind, lineno)
            if dup is not None:
                found.append(dup)
            if found:
                findings.extend(f.at(path=name, line=lineno) for f in found)
        if clean:
            kinds.add(fast_kind)
        first += len(starts)
    if n == 0 and not findings:
        findings.append(Finding("empty-file", "the file holds no records: remove it or fill it.",
                                path=name, severity="warning"))
    report.records = n
    report.files.append({"path": name, "kind": "+".join(sorted(kinds)) or kind or "jsonl",
                         "records": n})
    return report


def _span_row_keys(table: pa.Table, rows: np.ndarray) -> list[tuple[str, str]]:
    """(doc_id, id) of the span rows ``rows`` of ``table``: each distinct string made a
    Python string once (ids repeat: rows of a document, spans of copied documents)."""
    take = pa.Array.from_buffers(pa.int64(), len(rows), [None, pa.py_buffer(rows)])
    cols = []
    for key in ("doc_id", "id"):
        col = table[key].take(take) if len(rows) < table.num_rows else table[key]
        enc = pc.dictionary_encode(col.combine_chunks())
        names = np.array([*enc.dictionary.to_pylist(), None], dtype=object)
        codes = np.frombuffer(enc.indices.buffers()[1], dtype=np.int32, count=len(enc),
                              offset=enc.indices.offset * 4)
        cols.append(names[codes].tolist())
    return list(zip(*cols, strict=True))


def _reason(exc: json.JSONDecodeError) -> str:
    # json's messages read "Unterminated string starting at"; the place is added by us
    return exc.msg.removesuffix(" at").removesuffix(" starting")


def _json_items(text: str) -> Iterator[tuple[int, Any]]:
    """(line, item) for each item of the top-level JSON array in ``text`` (already valid)."""
    decoder = json.JSONDecoder()
    ws = re.compile(r"[ \t\n\r]*")
    i = ws.match(text, 0).end() + 1  # type: ignore[union-attr]
    line, counted = 1, 0
    while True:
        i = ws.match(text, i).end()  # type: ignore[union-attr]
        if i >= len(text) or text[i] == "]":
            return
        obj, j = decoder.raw_decode(text, i)
        line += text.count("\n", counted, i)
        counted = i
        yield line, obj
        i = ws.match(text, j).end()  # type: ignore[union-attr]
        if i < len(text) and text[i] == ",":
            i += 1


def _detect_json_kind(doc: Any) -> str | None:
    if isinstance(doc, list):
        tasks = [t for t in doc if isinstance(t, dict)]
        if any("annotations" in t for t in tasks):
            return "ls-export"
        if not tasks or any("data" in t or "predictions" in t for t in tasks):
            return "ls-task"
        if all("text" in t and "id" in t for t in tasks):
            return "records"  # documents as a JSON list instead of JSONL: each one detected
        return None
    if isinstance(doc, dict):
        if "annotations" in doc and "data" in doc:
            return "ls-export"
        if "data" in doc:
            return "ls-task"
        if "files" in doc and "name" in doc:
            return "manifest"
    return None


def _validate_json_file(path: Path, kind: str | None) -> Report:
    name = str(path)
    report = Report()
    raw = path.read_bytes()
    if raw.startswith(_BOM):
        report.findings.append(Finding("bom", "the file starts with a UTF-8 byte-order mark: "
                                       "save it as UTF-8 without BOM.", path=name, line=1))
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        report.findings.append(Finding("encoding", f"byte 0x{raw[exc.start]:02x} is not UTF-8: "
                                       "re-encode the file as UTF-8.", path=name, line=line))
        report.files.append({"path": name, "kind": kind or "json", "records": 0})
        return report
    try:
        doc = json.loads(text)
    except RecursionError:
        report.findings.append(Finding("invalid-json", "the JSON is nested too deeply to read.",
                                       path=name))
        report.files.append({"path": name, "kind": kind or "json", "records": 0})
        return report
    except json.JSONDecodeError as exc:
        report.findings.append(Finding(
            "invalid-json", f"not valid JSON ({_reason(exc)} at line {exc.lineno} column "
            f"{exc.colno})"
            ": the file is cut short or damaged; export it again.", path=name, line=exc.lineno))
        report.files.append({"path": name, "kind": kind or "json", "records": 0})
        return report
    this_kind = kind or _detect_json_kind(doc)
    if this_kind is None:
        # a warning: folders hold other JSON (configs, notebooks) that is not curate's
        report.findings.append(Finding(
            "unknown-kind", "not a kind of file curate knows (a list of Label Studio tasks, an "
            "export, a manifest), so it was skipped: give --kind to check it as one.",
            path=name, severity="warning"))
        report.files.append({"path": name, "kind": "unknown", "records": 0})
        return report
    labels = config_labels()
    if this_kind in ("ls-task", "ls-export", "document", "annotated-document", "spans",
                     "records"):
        if isinstance(doc, dict) and this_kind in ("ls-task", "ls-export"):
            items: list[tuple[int, Any]] = [(1, doc)]
            single = True
        elif isinstance(doc, list):
            items, single = list(_json_items(text)), False
        else:
            report.findings.append(Finding(
                "schema", f"expected a JSON list of {this_kind} records, got "
                f"{type(doc).__name__}.", path=name, pointer=""))
            report.files.append({"path": name, "kind": this_kind, "records": 0})
            return report
        ids = _DuplicateIds()
        for index, (line, item) in enumerate(items):
            prefix = "" if single else f"/{index}"
            item_kind = this_kind
            if this_kind == "records":
                item_kind = detect_record_kind(item) if isinstance(item, dict) else "document"
            found = validate_record(item, item_kind, labels, prefix=prefix)
            dup = ids.check(item, item_kind, line)
            if dup is not None:
                found.append(dup.at(pointer=prefix + (dup.pointer or "")))
            report.findings.extend(f.at(path=name, line=line) for f in found)
        report.records = len(items)
    else:  # a manifest on its own
        report.findings.extend(f.at(path=name) for f in validate_record(doc, "manifest", labels))
        report.records = 1
    report.files.append({"path": name, "kind": this_kind, "records": report.records})
    return report


# -- export versions ------------------------------------------------------------------------

def _sha256(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def validate_export_version(folder: Path) -> Report:
    """An export version: manifest against its schema, every listed file's sha256, size and
    Parquet row count, no unlisted data files, counts against files, and span rows against
    their documents' text."""
    report = Report()
    mpath = folder / "manifest.json"
    mname = str(mpath)
    out = report.findings
    report.files.append({"path": str(folder), "kind": "export", "records": 0})
    if not mpath.is_file():
        out.append(Finding("missing-file", "manifest.json is missing: this is not a complete "
                           "export version; export again.", path=mname))
        return report
    sub = _validate_json_file(mpath, "manifest")
    out.extend(sub.findings)
    try:
        manifest = json.loads(mpath.read_bytes().lstrip(_BOM).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return report
    if not isinstance(manifest, dict):
        return report
    files = manifest.get("files") if isinstance(manifest.get("files"), list) else []
    listed: dict[str, int] = {}
    rows_by_path: dict[str, int] = {}
    for i, entry in enumerate(files):
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
            continue
        rel = entry["path"]
        ptr = f"/files/{i}"
        if rel in listed:
            out.append(Finding("duplicate-id", f"'{rel}' is listed twice: list each file once.",
                               path=mname, pointer=f"{ptr}/path"))
        listed[rel] = i
        target = folder / rel
        if Path(rel).is_absolute() or ".." in Path(rel).parts:
            continue  # the schema reports it; never read outside the version
        if not target.is_file():
            out.append(Finding("missing-file", f"'{rel}' is listed in the manifest but not there:"
                               " the version is incomplete; export it again.", path=str(target),
                               pointer=f"{ptr}/path"))
            continue
        want = entry.get("sha256")
        if isinstance(want, str) and _HEX64.fullmatch(want):  # else the schema reported it
            got = _sha256(target)
            if got != want:
                out.append(Finding(
                    "checksum-mismatch", f"sha256 of '{rel}' is {got}, the manifest says {want}: "
                    "the file changed after export (versions are immutable); restore it or "
                    "export a new version.", path=mname, pointer=f"{ptr}/sha256"))
        size = entry.get("bytes")
        if type(size) is int and target.stat().st_size != size:
            out.append(Finding(
                "size-mismatch", f"'{rel}' has {target.stat().st_size} bytes, the manifest says "
                f"{size}: restore the file or export a new version.", path=mname,
                pointer=f"{ptr}/bytes"))
        if rel.endswith(".parquet"):
            nrows = _parquet_rows(target, out)
            if nrows is None:
                continue
            rows_by_path[rel] = nrows
            want_rows = entry.get("rows")
            if type(want_rows) is int and want_rows != nrows:
                out.append(Finding(
                    "row-count-mismatch", f"'{rel}' has {nrows} rows, the manifest says "
                    f"{want_rows}: restore the file or export a new version.", path=mname,
                    pointer=f"{ptr}/rows"))
    data = folder / "data"
    if data.is_dir():
        for file in sorted(p for p in data.rglob("*") if p.is_file()):
            rel = file.relative_to(folder).as_posix()
            if rel not in listed:
                out.append(Finding(
                    "unlisted-file", f"'{rel}' is in data/ but not in the manifest: remove it "
                    "(nothing may be added to a version) or export a new version.",
                    path=str(file)))
    _check_counts(manifest, rows_by_path, mname, out)
    report.records = _check_span_rows(folder, rows_by_path, out)
    report.files[0]["records"] = report.records
    return report


def _parquet_rows(path: Path, out: list[Finding]) -> int | None:
    import pyarrow.parquet as pq

    try:
        return int(pq.read_metadata(path).num_rows)
    except Exception as exc:  # pyarrow raises several kinds on a damaged file
        out.append(Finding("unreadable-parquet", f"cannot read the Parquet footer ({exc}): the "
                           "file is damaged; restore it or export again.", path=str(path)))
        return None


_DATA_FILE = re.compile(r"^data/(?P<table>[^/]+)/(?P<split>[^/-]+)-\d+-of-\d+\.parquet$")


def _check_counts(manifest: dict[str, Any], rows: dict[str, int], mname: str,
                  out: list[Finding]) -> None:
    counts = manifest.get("counts")
    tables = counts.get("tables") if isinstance(counts, dict) else None
    if not isinstance(tables, dict) or not rows:
        return
    actual: dict[tuple[str, str], int] = {}
    for rel, n in rows.items():
        m = _DATA_FILE.match(rel)
        if m:
            key = (m["table"], m["split"])
            actual[key] = actual.get(key, 0) + n
    if not actual:
        return  # a layout this check does not know: the file rows were checked above
    for table, splits in tables.items():
        if not isinstance(splits, dict):
            continue
        for split, n in splits.items():
            have = actual.get((table, split), 0)
            if type(n) is int and n != have:
                out.append(Finding(
                    "count-mismatch", f"counts.tables.{table}.{split} is {n} but its files hold "
                    f"{have} rows: the manifest does not describe its files; export again.",
                    path=mname, pointer=f"/counts/tables/{table}/{split}"))


def _check_span_rows(folder: Path, rows: dict[str, int], out: list[Finding]) -> int:
    """Span rows against their document's text, where both tables have the usual columns."""
    import pyarrow.parquet as pq

    doc_files = [r for r in rows if r.startswith("data/documents/")]
    span_files = [r for r in rows if r.startswith("data/spans/")]
    if not doc_files or not span_files:
        return sum(rows.get(r, 0) for r in doc_files)
    texts: dict[str, str] = {}
    try:
        for rel in doc_files:
            t = pq.read_table(folder / rel, columns=["id", "text"])
            texts.update(zip(t.column("id").to_pylist(), t.column("text").to_pylist(),
                             strict=True))
    except Exception:
        return 0  # other columns: nothing cheap to check here
    labels = config_labels().labels
    for rel in span_files:
        try:
            cols = pq.ParquetFile(folder / rel).schema_arrow.names
            doc_col = "doc_id" if "doc_id" in cols else "document_id"
            table = pq.read_table(folder / rel, columns=[doc_col, "label", "start", "end", "text"])
        except Exception:
            continue
        name = str(folder / rel)
        for row, (doc, label, start, end, text) in enumerate(zip(
                *(table.column(i).to_pylist() for i in range(5)), strict=True)):
            if label is not None and str(label) not in labels:
                out.append(Finding("unknown-label", f"label '{label}' is not in "
                                   "label_config.xml.", path=name, record=str(doc),
                                   pointer=f"/{row}/label"))
            full = texts.get(doc)
            if full is None or start is None or end is None:
                continue
            if not (0 <= start < end <= len(full)):
                out.append(Finding("offset-out-of-range", f"span {start}-{end} is outside its "
                                   f"document's text (0..{len(full)}).", path=name,
                                   record=str(doc), pointer=f"/{row}/start"))
            elif text is not None and full[start:end] != text:
                out.append(Finding("text-mismatch", f"text[{start}:{end}] of document '{doc}' is "
                                   f"{full[start:end][:40]!r}, the span row says {text[:40]!r}.",
                                   path=name, record=str(doc), pointer=f"/{row}/text"))
    return len(texts)
