"""Files and folders of an export: reading the input in a fixed order, streaming Parquet,
version names, and the atomic publish of a finished version.

A version is written into ``exports/NAME/.tmp-<random>/`` and renamed to ``vN`` only when
every file is complete and checked, so a killed export leaves at most a ``.tmp-`` folder,
which readers ignore and the next export of that dataset removes. A lock file
(``exports/NAME/.lock``) keeps two exports of one dataset from racing for a version name.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

try:  # three times faster than json on long records; the same result
    from orjson import JSONDecodeError as _FastDecodeError
    from orjson import loads as _loads
except ImportError:  # pragma: no cover
    from json import JSONDecodeError as _FastDecodeError  # type: ignore[assignment]
    from json import loads as _loads  # type: ignore[assignment]

from curate.errors import ExportError, InputError, VersionExists
from curate.export.tables import TABLES

__all__ = [
    "TMP_PREFIX",
    "InputIndex",
    "TableWriters",
    "clean_stale",
    "dataset_lock",
    "file_sha256",
    "list_versions",
    "next_version",
    "normalize_version",
    "publish",
    "version_key",
]

TMP_PREFIX = ".tmp-"
_SEMVER = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)$")
_INT_VERSION = re.compile(r"^v?(\d+)$")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
_ID_PREFIX = re.compile(rb'\s*\{\s*"id"\s*:\s*"([^"\\]*)"')  # used with match(): anchored
_BOM = b"\xef\xbb\xbf"
_SCAN_BLOCK = 1 << 24


# --- version names -------------------------------------------------------------------------

def check_name(name: str) -> str:
    if not _NAME.match(name or "") or name in (".", ".."):
        raise ExportError(
            f"bad dataset name {name!r}",
            hint="Use letters, digits, '.', '_' and '-', starting with a letter or digit "
                 "(e.g. news-quotes).",
        )
    return name


def normalize_version(version: str | int) -> str:
    """``3``/``v3`` -> ``v3``; ``1.2.0``/``v1.2.0`` -> ``v1.2.0``; anything else is an error."""
    text = str(version).strip()
    if m := _INT_VERSION.match(text):
        if int(m.group(1)) == 0:
            raise ExportError("version numbers start at 1 (got v0)",
                              hint="Leave --version out to count up, or give e.g. 1.0.0.")
        return f"v{int(m.group(1))}"
    if m := _SEMVER.match(text):
        return "v" + ".".join(str(int(g)) for g in m.groups())
    raise ExportError(
        f"bad version {version!r}",
        hint="Give a number (3) or a semantic version (1.2.0), or leave --version out.",
    )


def version_key(name: str) -> tuple[int, int, int]:
    """Order of versions: v3 is (3, 0, 0) and sorts with v3.0.0; v1.2.0 is (1, 2, 0)."""
    if m := _INT_VERSION.match(name):
        return (int(m.group(1)), 0, 0)
    if m := _SEMVER.match(name):
        return (int(m.group(1)), int(m.group(2)), int(m.group(3)))
    raise ValueError(name)


def list_versions(dataset_dir: Path) -> list[str]:
    """The published versions of a dataset, oldest first (``.tmp-`` folders are not)."""
    if not dataset_dir.is_dir():
        return []
    names = []
    for p in dataset_dir.iterdir():
        if p.is_dir() and not p.name.startswith(".") and (p / "manifest.json").is_file():
            try:
                version_key(p.name)
            except ValueError:
                continue
            names.append(p.name)
    return sorted(names, key=version_key)


def next_version(existing: Iterable[str]) -> str:
    """The next counted version: one more than the highest major version."""
    majors = [version_key(v)[0] for v in existing]
    return f"v{max(majors, default=0) + 1}"


# --- the folder: lock, stale temp folders, publish -----------------------------------------

@contextlib.contextmanager
def dataset_lock(dataset_dir: Path) -> Iterator[None]:
    """Hold the dataset's lock (one export of a dataset at a time)."""
    dataset_dir.mkdir(parents=True, exist_ok=True)
    with open(dataset_dir / ".lock", "a+b") as fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ExportError(
                f"another export of {dataset_dir.name!r} is running",
                hint="Wait for it to finish, then run the export again.",
            ) from None
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def clean_stale(dataset_dir: Path) -> list[str]:
    """Remove temp folders left by killed exports (call with the lock held)."""
    removed = []
    if dataset_dir.is_dir():
        for p in dataset_dir.iterdir():
            if p.name.startswith(TMP_PREFIX) and p.is_dir():
                shutil.rmtree(p, ignore_errors=True)
                removed.append(p.name)
    return removed


def new_temp_dir(dataset_dir: Path) -> Path:
    tmp = dataset_dir / f"{TMP_PREFIX}{uuid.uuid4().hex[:12]}"
    tmp.mkdir(parents=True)
    return tmp


def _fsync_tree(root: Path) -> None:
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            fd = os.open(os.path.join(dirpath, name), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        fd = os.open(dirpath, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def publish(tmp: Path, final: Path) -> None:
    """Make the finished temp folder the version ``final``, atomically; never overwrite."""
    if final.exists():
        raise VersionExists(f"{final} already exists")
    _fsync_tree(tmp)
    try:
        os.rename(tmp, final)  # fails on an existing non-empty folder: never overwrites
    except OSError as exc:
        if final.exists():
            raise VersionExists(f"{final} already exists") from None
        raise ExportError(f"could not publish {final}: {exc.strerror}") from None
    fd = os.open(final.parent, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def file_sha256(path: Path) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


# --- input: index, then records in document-id order ---------------------------------------

@dataclass(frozen=True, slots=True)
class RecordRef:
    doc_id: str
    file: int
    offset: int
    length: int
    line: int


class InputIndex:
    """Where each record of the input files is, sorted by document id.

    Only ids and byte ranges are kept in memory; records are parsed when their turn comes,
    so the input can be far larger than memory and the output order (by document id) does
    not depend on the order of the input. The scan also hashes each file (``sha256``), so
    the manifest's source checksums need no second read.
    """

    def __init__(self, paths: list[Path]) -> None:
        self.paths = paths
        self.sha256: list[str] = []
        refs: list[RecordRef] = []
        for i, path in enumerate(paths):
            refs.extend(self._scan(i, path))
        refs.sort(key=lambda r: (r.doc_id, r.file, r.offset))
        self.refs = refs

    def __len__(self) -> int:
        return len(self.refs)

    def _scan(self, file: int, path: Path) -> Iterator[RecordRef]:
        if not path.exists():
            raise InputError("no such file", path=str(path), hint="Check the path.")
        if path.is_dir():
            raise InputError("is a folder, expected a JSONL file", path=str(path),
                             hint="Give the annotated-document JSONL file(s).")
        digest = hashlib.sha256()
        lineno = 0
        at = 0  # file offset of chunk[0]
        carry, carry_at = b"", 0  # a line begun in an earlier chunk, and its offset
        with open(path, "rb") as fh:
            # big chunks, lines found with bytes.find: records are long, and copying each
            # into its own bytes object would cost more than finding it
            while chunk := fh.read(_SCAN_BLOCK):
                digest.update(chunk)
                pos = 0
                if carry:
                    nl = chunk.find(b"\n")
                    if nl < 0:
                        carry += chunk
                        at += len(chunk)
                        continue
                    line = carry + chunk[:nl + 1]
                    lineno += 1
                    if ref := self._ref(file, path, line, 0, len(line), carry_at, lineno):
                        yield ref
                    carry, pos = b"", nl + 1
                while (nl := chunk.find(b"\n", pos)) >= 0:
                    lineno += 1
                    if ref := self._ref(file, path, chunk, pos, nl + 1, at, lineno):
                        yield ref
                    pos = nl + 1
                if pos < len(chunk):
                    carry, carry_at = chunk[pos:], at + pos
                at += len(chunk)
            if carry:  # the last line, without a newline
                lineno += 1
                if ref := self._ref(file, path, carry, 0, len(carry), carry_at, lineno):
                    yield ref
        self.sha256.append(digest.hexdigest())

    def _ref(self, file: int, path: Path, block: bytes, start: int, end: int, base: int,
             lineno: int) -> RecordRef | None:
        """The record on ``block[start:end]`` (a line), or None for a blank line."""
        if lineno == 1 and block.startswith(_BOM):
            raise InputError("starts with a byte-order mark (BOM)", path=str(path),
                             line=1, hint="Save the file as UTF-8 without BOM.")
        m = _ID_PREFIX.match(block, start, end)
        if m:
            doc_id = m.group(1).decode("utf-8", "replace")
        else:
            line = block[start:end]
            if not line.strip():
                return None
            doc_id = self._parse_id(path, lineno, line)
        return RecordRef(doc_id, file, base + start, end - start, lineno)

    @staticmethod
    def _parse_id(path: Path, lineno: int, line: bytes) -> str:
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            msg = getattr(exc, "msg", "not UTF-8")
            raise InputError(f"not valid JSON ({msg})", path=str(path), line=lineno,
                             hint="Each line must be one complete JSON object.") from None
        if not isinstance(obj, dict):
            raise InputError(f"expected a JSON object, got {type(obj).__name__}",
                             path=str(path), line=lineno)
        doc_id = obj.get("id")
        if not isinstance(doc_id, str):
            raise InputError("missing or not a string", path=str(path), line=lineno,
                             field="id", hint="Every document needs an 'id' string.")
        return doc_id

    def raw_groups(self) -> Iterator[list[tuple[RecordRef, bytes]]]:
        """The lines of each document's records, grouped by document id, in id order.

        Lines are read with pread rather than mmap: mapped pages would count towards the
        process's memory for as long as the file is mapped.
        """
        fds = [os.open(p, os.O_RDONLY) for p in self.paths]
        try:
            group: list[tuple[RecordRef, bytes]] = []
            for ref in self.refs:
                if group and group[0][0].doc_id != ref.doc_id:
                    yield group
                    group = []
                group.append((ref, os.pread(fds[ref.file], ref.length, ref.offset)))
            if group:
                yield group
        finally:
            for fd in fds:
                os.close(fd)

    def parse(self, ref: RecordRef, raw: bytes) -> dict[str, Any]:
        """One record, as a JSON object; InputError naming the file and line if it is not."""
        try:
            obj = _loads(raw)
        except (_FastDecodeError, UnicodeDecodeError) as exc:
            msg = getattr(exc, "msg", "not UTF-8")
            raise InputError(f"not valid JSON ({msg})", path=str(self.paths[ref.file]),
                             line=ref.line,
                             hint="Each line must be one complete JSON object.") from None
        if not isinstance(obj, dict):
            raise InputError(f"expected a JSON object, got {type(obj).__name__}",
                             path=str(self.paths[ref.file]), line=ref.line)
        if obj.get("id") != ref.doc_id:  # e.g. a second "id" key later in the line
            raise InputError("the record's id is given twice", path=str(
                self.paths[ref.file]), line=ref.line, field="id",
                hint="Give each record one 'id'.")
        return obj


# --- output: one Parquet writer per (table, split), opened on first rows -------------------

PARQUET_OPTIONS: dict[str, Any] = {
    "compression": "zstd",
    "compression_level": 3,
    "store_schema": True,  # keeps dictionary types and field descriptions for Arrow readers
}


def _column_options(schema: pa.Schema) -> dict[str, Any]:
    """Dictionary pages for label-like columns and tokens; statistics for flat columns.

    Trying dictionary pages on every column (long texts, offsets) and min/max statistics
    on list columns more than doubles the time to write the tokens table and gains
    nothing there; flat columns keep statistics for filters pushed down by readers.
    """
    dictionary, stats = [], []
    for f in schema:
        if pa.types.is_list(f.type):
            if pa.types.is_dictionary(f.type.value_type) or f.name == "tokens":
                dictionary.append(f"{f.name}.list.element")
        else:
            stats.append(f.name)
            if pa.types.is_dictionary(f.type) or f.name in ("doc_id", "block_id"):
                dictionary.append(f.name)
    return {"use_dictionary": dictionary, "write_statistics": stats}


def data_file(table: str, split: str) -> str:
    """Relative path of a table's split file (Hugging Face naming)."""
    return f"data/{table}/{split}-00000-of-00001.parquet"


class TableWriters:
    """Streams batches into ``<root>/data/<table>/<split>-00000-of-00001.parquet``.

    A (table, split) with no rows gets no file: Hugging Face ``datasets`` refuses empty
    split files, and the card and manifest list exactly the files that exist.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.writers: dict[tuple[str, str], pq.ParquetWriter] = {}
        self.rows: dict[tuple[str, str], int] = {}

    def write(self, table: str, split: str, data: pa.Table) -> None:
        if data.num_rows == 0:
            return
        key = (table, split)
        w = self.writers.get(key)
        if w is None:
            path = self.root / data_file(table, split)
            path.parent.mkdir(parents=True, exist_ok=True)
            w = self.writers[key] = pq.ParquetWriter(
                path, TABLES[table], **PARQUET_OPTIONS, **_column_options(TABLES[table]))
            self.rows[key] = 0
        w.write_table(data, row_group_size=max(data.num_rows, 1))
        self.rows[key] += data.num_rows

    def close(self) -> None:
        for w in self.writers.values():
            w.close()
        self.writers.clear()
