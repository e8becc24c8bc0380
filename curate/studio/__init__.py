"""The Label Studio round trip: the embedded server, push with pre-annotations, pull back.

::

    from curate.studio import connect, start_server

    start_server()                        # or set LABEL_STUDIO_URL / LABEL_STUDIO_API_KEY
    studio = connect()
    report = studio.push(docs, project="news")   # idempotent; PushReport
    result = studio.pull("news")                 # PullResult: .records (human), .rejects
    stats = PullResult("news")                   # or record by record, a page in memory:
    write_jsonl(path, (r.to_dict() for r in studio.iter_pull("news", stats=stats)))

The conversions themselves are pure functions in :mod:`curate.studio.convert`.
"""

from __future__ import annotations

from curate.studio.client import (
    DEFAULT_BATCH_SIZE,
    PULL_PAGE_SIZE,
    PullResult,
    PushReport,
    Studio,
    config_labels,
    connect,
    guidelines_html,
    label_config_xml,
)
from curate.studio.convert import (
    annotation_to_document,
    codepoint_to_utf16,
    document_to_task,
    task_to_documents,
    utf16_to_codepoint,
)
from curate.studio.server import (
    Credentials,
    ServerStatus,
    load_credentials,
    server_status,
    start_server,
    stop_server,
    studio_dir,
)

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "PULL_PAGE_SIZE",
    "Credentials",
    "PullResult",
    "PushReport",
    "ServerStatus",
    "Studio",
    "annotation_to_document",
    "codepoint_to_utf16",
    "config_labels",
    "connect",
    "document_to_task",
    "guidelines_html",
    "label_config_xml",
    "load_credentials",
    "server_status",
    "start_server",
    "stop_server",
    "studio_dir",
    "task_to_documents",
    "utf16_to_codepoint",
]
