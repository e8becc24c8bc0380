"""curate: turn raw news articles into versioned, human-checked training data."""

from __future__ import annotations

__version__ = "0.1.0"

from curate.errors import (
    ConfigError,
    CurateError,
    ExportError,
    InputError,
    RecordError,
    StudioAuthError,
    StudioError,
    StudioLabelError,
    StudioUnavailable,
    ValidationFailed,
    VersionExists,
)
from curate.ingest import ingest, ingest_file
from curate.jsonl import read_documents, write_documents
from curate.records import Annotation, Document, Provenance, Relation, Segment, Span
from curate.segment import segment, split_sentences

__all__ = [
    "Annotation",
    "ConfigError",
    "CurateError",
    "Document",
    "ExportError",
    "InputError",
    "Provenance",
    "RecordError",
    "Relation",
    "Segment",
    "Span",
    "StudioAuthError",
    "StudioError",
    "StudioLabelError",
    "StudioUnavailable",
    "ValidationFailed",
    "VersionExists",
    "__version__",
    "ingest",
    "ingest_file",
    "read_documents",
    "segment",
    "split_sentences",
    "write_documents",
]
