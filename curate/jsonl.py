"""Reading and writing JSON Lines, with errors that name the file and line.

Writes are atomic: records go to a temporary file beside the target, which replaces the
target only when every record was written, so a killed run never leaves half a file.
``-`` means standard input or output.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from curate.errors import InputError, RecordError
from curate.records import Document

__all__ = [
    "atomic_writer",
    "dump_line",
    "loads",
    "read_documents",
    "read_jsonl",
    "read_jsonl_lines",
    "write_documents",
    "write_jsonl",
]

_BOM = "\ufeff"


def _no_constants(name: str) -> Any:
    raise json.JSONDecodeError(f"{name} is not JSON", name, 0)


def _loads_stdlib(raw: bytes | str) -> Any:
    return json.loads(raw, parse_constant=_no_constants)


try:  # orjson parses three times as fast; the stdlib is the fallback and gives the messages
    import orjson

    def loads(raw: bytes | str) -> Any:
        """One JSON value (NaN and Infinity refused: they are not JSON); raises
        json.JSONDecodeError, with the stdlib's message and position."""
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            # orjson refuses some valid JSON (integers past 64 bits): ask the stdlib, which
            # also says where the error is
            return _loads_stdlib(raw)

except ImportError:  # pragma: no cover - orjson is a dependency, but a soft one
    loads = _loads_stdlib


def dump_line(obj: Any) -> str:
    """One JSON line: compact, UTF-8 kept as is (not \\u-escaped), keys in written order."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def _open_text(path: str | os.PathLike[str]) -> IO[str]:
    if str(path) == "-":
        return sys.stdin
    p = Path(path)
    if not p.exists():
        raise InputError("no such file", path=str(path), hint="Check the path.")
    if p.is_dir():
        raise InputError("is a folder, expected a JSONL file", path=str(path))
    return p.open("r", encoding="utf-8", errors="strict", newline="\n")


def read_jsonl(path: str | os.PathLike[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(line_number, object)`` for every non-blank line; raise on the first bad one."""
    for lineno, _line, obj in read_jsonl_lines(path):
        yield lineno, obj


def read_jsonl_lines(path: str | os.PathLike[str]) -> Iterator[tuple[int, str, dict[str, Any]]]:
    """Like :func:`read_jsonl`, with the raw line too (for hashing and error reports)."""
    name = "<stdin>" if str(path) == "-" else str(path)
    fh = _open_text(path)
    try:
        lineno = 0
        try:
            for lineno, line in enumerate(fh, start=1):
                if lineno == 1 and line.startswith(_BOM):
                    raise InputError(
                        "starts with a byte-order mark (BOM)",
                        path=name,
                        line=1,
                        hint="Save the file as UTF-8 without BOM.",
                    )
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(
                        f"not valid JSON ({exc.msg} at column {exc.colno})",
                        path=name,
                        line=lineno,
                        hint="Each line must be one complete JSON object.",
                    ) from None
                if not isinstance(obj, dict):
                    raise RecordError(
                        f"expected a JSON object, got {type(obj).__name__}", path=name, line=lineno
                    )
                yield lineno, line, obj
        except UnicodeDecodeError as exc:
            raise InputError(
                f"is not UTF-8 (byte 0x{exc.object[exc.start]:02x} near line {lineno + 1})",
                path=name,
                hint="Re-encode the file as UTF-8.",
            ) from None
    finally:
        if fh is not sys.stdin:
            fh.close()


def read_documents(path: str | os.PathLike[str]) -> Iterator[Document]:
    """Documents from a JSONL file, one a line, each error naming its line and field."""
    name = "<stdin>" if str(path) == "-" else str(path)
    for lineno, obj in read_jsonl(path):
        try:
            yield Document.from_dict(obj, where=f"{name}:{lineno}")
        except RecordError as exc:
            if exc.line is None and exc.path == f"{name}:{lineno}":
                raise RecordError(
                    exc.message.split(": ", 1)[-1], path=name, line=lineno, field=exc.field,
                    hint=exc.hint,
                ) from None
            raise


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str]) -> Iterator[IO[str]]:
    """A text file handle whose content replaces ``path`` only if the block succeeds."""
    if str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_jsonl(path: str | os.PathLike[str], objects: Iterable[Any]) -> int:
    """Write objects one a line, atomically; return how many were written."""
    n = 0
    with atomic_writer(path) as fh:
        for obj in objects:
            fh.write(dump_line(obj))
            fh.write("\n")
            n += 1
    return n


def write_documents(path: str | os.PathLike[str], docs: Iterable[Document]) -> int:
    return write_jsonl(path, (d.to_dict() for d in docs))
