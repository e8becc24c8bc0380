"""Setting invalid records aside, so that nothing is dropped silently.

A stage that meets an invalid record (push, pull, export) writes it to a rejects file with
its findings, goes on with the valid ones, and says how many it set aside and where.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Any

from curate.jsonl import atomic_writer, dump_line
from curate.validate.report import Finding

__all__ = ["set_aside"]


def set_aside(records_with_reports: Iterable[tuple[Any, Sequence[Finding]]],
              path: str | os.PathLike[str]) -> int:
    """Write ``{"record": ..., "findings": [...]}`` one a line to ``path``, atomically.

    ``records_with_reports`` yields ``(record, findings)`` pairs; a record may be a dict or
    anything with ``to_dict()`` (a Document). Returns how many were written; writes no file
    when there is nothing to set aside (an earlier rejects file is left as it was).
    """
    items = list(records_with_reports)
    if not items:
        return 0
    with atomic_writer(path) as fh:
        for record, findings in items:
            to_dict = getattr(record, "to_dict", None)
            obj = to_dict() if callable(to_dict) else record
            fh.write(dump_line({"record": obj,
                                "findings": [f.to_dict() for f in findings]}))
            fh.write("\n")
    return len(items)
