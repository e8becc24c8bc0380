"""Validating records: the schema layer (compiled fast path, jsonschema for messages) then
the semantic checks. Pure: records in, findings out; files are read in :mod:`files`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from curate.validate.checks import check_document, check_span_row, check_task, schema_findings
from curate.validate.report import Finding, Report
from curate.validate.schemas import (
    RECORD_KINDS,
    ConfigLabels,
    config_labels,
    fast_check,
    precise_validator,
)

__all__ = ["detect_record_kind", "partition", "record_id", "validate_document",
           "validate_documents", "validate_record"]


def detect_record_kind(record: Mapping[str, Any]) -> str:
    """``annotated-document`` when the record has spans or an annotation, else ``document``."""
    return "annotated-document" if ("spans" in record or "annotation" in record) else "document"


def record_id(record: Any, kind: str) -> str | None:
    if not isinstance(record, dict):
        return None
    if kind in ("ls-task", "ls-export"):
        data = record.get("data")
        value = data.get("doc_id") if isinstance(data, Mapping) else None
        value = value if value is not None else record.get("id")
    elif kind == "spans":
        value = record.get("doc_id")
    else:
        value = record.get("id")
    return str(value) if isinstance(value, str | int) and not isinstance(value, bool) else None


def validate_record(record: Any, kind: str, labels: ConfigLabels | None = None, *,
                    prefix: str = "") -> list[Finding]:
    """Every finding of one record of ``kind``, located by record id and JSON pointer."""
    if kind not in RECORD_KINDS:
        raise ValueError(f"unknown kind {kind!r}; use one of {', '.join(RECORD_KINDS)}")
    labels = labels or config_labels()
    if not isinstance(record, dict):
        got = type(record).__name__ if record is not None else "null"
        return [Finding("schema", f"expected a JSON object, got {got}: each record must be one "
                        "JSON object.", pointer=prefix or "")]
    check = fast_check(kind)
    findings: list[Finding] = []
    typed = check is not None and check(record)
    if not typed:
        findings = schema_findings(precise_validator(kind), record,
                                   record_id=record_id(record, kind), prefix=prefix)
    if kind in ("document", "annotated-document"):
        semantic = check_document(record, labels, typed=typed)
    elif kind in ("ls-task", "ls-export"):
        semantic = check_task(record, labels)
    elif kind == "spans":
        semantic = check_span_row(record, labels, typed=typed)
    else:
        semantic = []
    if prefix and semantic:
        semantic = [f.at(pointer=prefix + (f.pointer or "")) for f in semantic]
    return findings + semantic


def _as_dict(record: Any) -> Any:
    to_dict = getattr(record, "to_dict", None)
    return to_dict() if callable(to_dict) else record


def validate_document(record: Any, *, kind: str | None = None) -> list[Finding]:
    """Findings of one document record (a dict or a :class:`~curate.records.Document`).

    For stages that set invalid records aside one by one (see
    :func:`curate.validate.set_aside`). ``kind`` defaults to what the record looks like.
    """
    record = _as_dict(record)
    if kind is None:
        kind = detect_record_kind(record) if isinstance(record, Mapping) else "document"
    return validate_record(record, kind)


def validate_documents(records: Iterable[Any], *, kind: str | None = "annotated-document",
                       source: str | None = None) -> Report:
    """Validate records in memory (dicts or Documents, or LS tasks with ``kind="ls-task"``).

    ``source`` names where they came from (a file, "push", "Label Studio project 3"); it is
    put in each finding's ``path``. ``kind=None`` detects document vs annotated-document per
    record. Duplicate ids are checked across the records as in a file.
    """
    report = Report()
    labels = config_labels()
    ids = _DuplicateIds()
    n = 0
    for n, record in enumerate(records, start=1):  # noqa: B007 - n is used after the loop
        record = _as_dict(record)
        this_kind = kind or (detect_record_kind(record) if isinstance(record, Mapping)
                             else "document")
        found = validate_record(record, this_kind, labels)
        dup = ids.check(record, this_kind)
        if dup:
            found.append(dup)
        if found:
            report.add(f.at(path=source) for f in found)
    report.records = n
    report.files.append({"path": source, "kind": kind or "auto", "records": n})
    return report


def partition(records: Iterable[Any], *, kind: str | None = "annotated-document",
              source: str | None = None) -> tuple[list[Any], list[tuple[Any, list[Finding]]]]:
    """``(valid, rejected)``: the records without errors, and ``(record, findings)`` pairs for
    the others, ready for :func:`curate.validate.set_aside`. Warnings do not reject.

    What a stage does before it writes or sends anything::

        good, bad = partition(docs, kind="annotated-document", source="pull")
        if bad:
            n = set_aside(bad, "work/rejects.jsonl")
            note(f"Set aside {n} invalid records with their findings -> work/rejects.jsonl")
    """
    valid: list[Any] = []
    rejected: list[tuple[Any, list[Finding]]] = []
    labels = config_labels()
    ids = _DuplicateIds()
    for record in records:
        data = _as_dict(record)
        this_kind = kind or (detect_record_kind(data) if isinstance(data, Mapping)
                             else "document")
        found = validate_record(data, this_kind, labels)
        dup = ids.check(data, this_kind)
        if dup is not None:
            found.append(dup)
        if any(f.severity == "error" for f in found):
            rejected.append((record, [f.at(path=source) for f in found]))
        else:
            valid.append(record)
    return valid, rejected


class _DuplicateIds:
    """Record ids seen so far in one file.

    Human records of different annotations share their document's id, so for them the key
    is (id, annotation id, annotator).
    """

    def __init__(self) -> None:
        self.seen: dict[tuple[Any, ...], int | None] = {}

    def check(self, record: Any, kind: str, line: int | None = None) -> Finding | None:
        if not isinstance(record, dict):
            return None
        if kind in ("document", "annotated-document"):
            rid = record.get("id")
            if not isinstance(rid, str):
                return None
            ann = record.get("annotation")
            if isinstance(ann, Mapping):
                return self.check_document(rid, ann.get("kind"), ann.get("annotation_id"),
                                           ann.get("annotator"), line)
            return self.check_document(rid, None, None, None, line)
        if kind == "spans":
            doc_id, sid = record.get("doc_id"), record.get("id")
            if type(doc_id) is not str or type(sid) is not str:
                return None
            return self.check_span_row(doc_id, sid, line)
        if kind in ("ls-task", "ls-export"):
            data = record.get("data")
            doc = data.get("doc_id") if isinstance(data, Mapping) else None
            tid = record.get("id")
            if kind == "ls-export" and _hashable(tid) is not None:
                key, what, pointer = ("task", _hashable(tid)), f"task id {tid}", "/id"
                rec_id = str(doc if isinstance(doc, str) else tid)
            elif isinstance(doc, str):
                key, what, pointer = ("doc", doc), f"task for document '{doc}'", "/data/doc_id"
                rec_id = doc
            else:
                return None
        else:
            return None
        return self._seen(key, what, pointer, rec_id, line)

    def check_document(self, rid: str, kind: Any, annotation_id: Any, annotator: Any,
                       line: int | None = None) -> Finding | None:
        """:meth:`check` of a document record with id ``rid`` and these annotation fields
        (the columnar path has them without the record)."""
        if kind == "human":
            key: tuple[Any, ...] = (rid, "human", _hashable(annotation_id),
                                    _hashable(annotator))
            what = f"document '{rid}' with this annotation (annotation_id, annotator)"
        else:
            key, what = (rid,), f"document id '{rid}'"
        return self._seen(key, what, "/id", rid, line)

    def check_span_row(self, doc_id: str, sid: str, line: int | None = None
                       ) -> Finding | None:
        """:meth:`check` of a flat span row with these ids (strings)."""
        return self._seen((doc_id, sid), f"span '{sid}' of document '{doc_id}'", "/id", doc_id,
                          line)

    def add_span_rows(self, keys: list[tuple[str, str]], first_line: int) -> bool:
        """:meth:`add_documents` for flat span rows, each key (doc_id, id)."""
        new = dict(zip(keys, range(first_line, first_line + len(keys)), strict=True))
        if len(new) != len(keys) or not self.seen.keys().isdisjoint(new.keys()):
            return False
        self.seen.update(new)  # from a dict: the keys' hashes are not computed again
        return True

    def add_documents(self, records: list[tuple[Any, Any, Any, Any]], first_line: int
                      ) -> bool:
        """Document records (id, annotation kind, annotation_id, annotator) on consecutive
        lines from ``first_line``, all at once: True when none repeats an id (they are
        added), False when one does (nothing is added; check them one by one for the
        findings)."""
        keys = [(rid, "human", _hashable(annotation_id), _hashable(annotator))
                if kind == "human" else (rid,)
                for rid, kind, annotation_id, annotator in records]
        if len(set(keys)) != len(keys) or not self.seen.keys().isdisjoint(keys):
            return False
        self.seen.update(zip(keys, range(first_line, first_line + len(keys)), strict=True))
        return True

    def _seen(self, key: tuple[Any, ...], what: str, pointer: str, rec_id: str,
              line: int | None) -> Finding | None:
        if key in self.seen:
            first = self.seen[key]
            at = f" (first on line {first})" if first else ""
            return Finding("duplicate-id", f"{what} appears twice{at}: keep one record, or give "
                           "them different ids.", line=line, record=rec_id,
                           pointer=pointer)
        self.seen[key] = line
        return None


def _hashable(value: Any) -> Any:
    return value if isinstance(value, str | int | float | bool) or value is None else repr(value)
