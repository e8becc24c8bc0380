"""Ingest: files on disk to :class:`~curate.records.Document` records.

Reads ``.txt`` and ``.md`` (one article a file), ``.jsonl`` (one document a line:
``{"id", "text", "meta": {...}}``) and ``.html`` (visible text of block elements). The text
is kept exactly as decoded so that every later offset refers to it; provenance keeps the
path, the format and the sha256 of the raw bytes. A document id is given (JSONL ``id``) or
derived from the content, so ingesting the same article twice gives the same id.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from curate.errors import InputError, RecordError
from curate.jsonl import read_jsonl_lines
from curate.records import Document, Provenance

__all__ = ["DEFAULT_MAX_BYTES", "SUFFIXES", "document_id", "ingest", "ingest_file"]

SUFFIXES = (".txt", ".md", ".jsonl", ".html", ".htm")
#: One article is never this large; a file that is almost certainly is not an article
#: (a dump, a log, a binary) is refused rather than pushed to annotators.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


def document_id(text: str) -> str:
    """A stable id from the content: the first 16 hex digits of the text's sha256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _expand(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise InputError("no such file or folder", path=str(raw), hint="Check the path.")
        if p.is_dir():
            found = sorted(
                f for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            if not found:
                raise InputError(
                    f"has no {', '.join(SUFFIXES)} files", path=str(raw),
                    hint="Point curate at a folder of articles.",
                )
            yield from found
        else:
            if p.suffix.lower() not in SUFFIXES:
                raise InputError(
                    f"unknown file type '{p.suffix or '(none)'}'", path=str(raw),
                    hint=f"curate reads {', '.join(SUFFIXES)}.",
                )
            yield p


def _decode(raw: bytes, path: str, encoding: str) -> str:
    if not raw.strip():
        raise InputError("is empty", path=path, hint="Remove the file or give it an article.")
    if b"\x00" in raw[:8192]:
        raise InputError(
            "looks binary (contains NUL bytes), not text", path=path,
            hint="Give curate the article's text, not a binary file.",
        )
    try:
        return raw.decode("utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8")
                          else encoding)
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"is not valid {encoding}: byte 0x{raw[exc.start]:02x} at offset {exc.start}",
            path=path, line=line,
            hint="Re-encode the file as UTF-8, or pass --encoding (for example latin-1).",
        ) from None
    except LookupError:
        raise InputError(f"unknown encoding '{encoding}'", path=path) from None


def _check_size(size: int, path: str, max_bytes: int, line: int | None = None) -> None:
    if size > max_bytes:
        raise InputError(
            f"is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit for one article",
            path=path, line=line,
            hint="Split it into articles, or raise the limit with --max-bytes.",
        )


class _HTMLText(HTMLParser):
    """Visible text of an HTML page, one line per block element."""

    _BLOCK = frozenset(
        "p div h1 h2 h3 h4 h5 h6 li br tr blockquote "
        "figcaption header footer section article aside title pre".split()
    )
    _SKIP = frozenset(["script", "style", "noscript", "template", "svg", "head"])

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: str | None = None
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP and tag != "head":
            self.skip += 1
        if tag == "title":
            self._in_title = True
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and tag != "head" and self.skip:
            self.skip -= 1
        if tag == "title":
            self._in_title = False
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data.strip()
            return
        if not self.skip:
            # collapse runs of white space but keep one at the edges: "First &amp; <b>bold"
            self.parts.append(re.sub(r"\s+", " ", data))

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self.parts).split("\n"))
        return "\n".join(line for line in lines if line)


def _text_document(raw: bytes, path: Path, fmt: str, encoding: str) -> Document:
    name = str(path)
    text = _decode(raw, name, encoding)
    meta: dict[str, Any] = {}
    if fmt == "html":
        parser = _HTMLText()
        parser.feed(text)
        text = parser.text()
        if not text.strip():
            raise InputError("has no visible text", path=name)
        if parser.title:
            meta["title"] = parser.title
    return Document(
        id=document_id(text),
        text=text,
        meta=meta,
        provenance=Provenance(path=name, sha256=hashlib.sha256(raw).hexdigest(), format=fmt),
    )


def _jsonl_documents(path: Path, max_bytes: int) -> Iterator[Document]:
    name = str(path)
    for lineno, line, obj in read_jsonl_lines(path):
        text = obj.get("text")
        if "text" not in obj:
            raise RecordError("missing", path=name, line=lineno, field="text",
                              hint='Each line needs {"id", "text", "meta"}; "text" is required.')
        if not isinstance(text, str):
            raise RecordError(f"must be a string, got {type(text).__name__}",
                              path=name, line=lineno, field="text")
        if not text.strip():
            raise RecordError("is empty", path=name, line=lineno, field="text")
        _check_size(len(text.encode("utf-8")), name, max_bytes, lineno)
        doc_id = obj.get("id")
        if doc_id is not None and (not isinstance(doc_id, str | int) or isinstance(doc_id, bool)
                                   or str(doc_id) == ""):
            raise RecordError("must be a non-empty string", path=name, line=lineno, field="id")
        meta = obj.get("meta", {})
        if meta is None:
            meta = {}
        if not isinstance(meta, dict):
            raise RecordError("must be an object", path=name, line=lineno, field="meta")
        published = meta.get("published")
        if published is not None and not _is_iso_date(published):
            raise RecordError(
                f"'{published}' is not an ISO date (YYYY-MM-DD, optionally with a time)",
                path=name, line=lineno, field="meta.published",
            )
        yield Document(
            id=str(doc_id) if doc_id is not None else document_id(text),
            text=text,
            meta=meta,
            provenance=Provenance(
                path=name,
                sha256=hashlib.sha256(line.rstrip("\r\n").encode("utf-8")).hexdigest(),
                format="jsonl",
                line=lineno,
            ),
        )


def _is_iso_date(value: object) -> bool:
    from datetime import date, datetime

    if not isinstance(value, str):
        return False
    try:
        if len(value) == 10:
            date.fromisoformat(value)
        else:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def ingest_file(
    path: str | os.PathLike[str], *, encoding: str = "utf-8", max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document]:
    """Documents from one file (one for text formats, one a line for JSONL)."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".jsonl":
        yield from _jsonl_documents(p, max_bytes)
        return
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise InputError("no such file", path=str(path)) from None
    _check_size(size, str(path), max_bytes)
    fmt = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html"}.get(suffix, "txt")
    yield _text_document(p.read_bytes(), p, fmt, encoding)


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    *,
    encoding: str = "utf-8",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document]:
    """Documents from files and folders (folders are read recursively, in name order)."""
    for p in _expand(paths):
        yield from ingest_file(p, encoding=encoding, max_bytes=max_bytes)
