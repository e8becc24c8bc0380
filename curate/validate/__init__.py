"""Validation: JSON Schemas, then the checks no schema can express, as findings.

Every stage validates what it reads and writes with this API::

    from curate.validate import validate_documents, validate_document, set_aside

    report = validate_documents(records, kind="annotated-document", source="pull")
    if not report.ok:
        ...  # report.findings: Finding(code, message, path, line, record, pointer, severity)

    good, bad = partition(records, kind="annotated-document", source="pull")
    set_aside(bad, "work/rejects.jsonl")     # each record with its findings, atomically

``validate_paths(paths, kind=None)`` checks files and folders (JSONL, JSON, Label Studio
tasks and exports, export versions) as ``curate validate`` does.
"""

from __future__ import annotations

from curate.validate.checks import is_timex
from curate.validate.core import (
    partition,
    validate_document,
    validate_documents,
    validate_record,
)
from curate.validate.files import FILE_KINDS, validate_export_version, validate_paths
from curate.validate.rejects import set_aside
from curate.validate.report import CODES, Finding, Report
from curate.validate.schemas import config_labels, load_schema, schema_path

__all__ = [
    "CODES",
    "FILE_KINDS",
    "Finding",
    "Report",
    "config_labels",
    "is_timex",
    "load_schema",
    "partition",
    "schema_path",
    "set_aside",
    "validate_document",
    "validate_documents",
    "validate_export_version",
    "validate_paths",
    "validate_record",
]
