"""Findings and reports: validation results as data, and their renderings.

A :class:`Finding` is one thing wrong (or worth a look) with a stable kebab-case ``code``,
where it is (file, line, record id, JSON pointer) and a message that says what to do. A
:class:`Report` collects the findings of a run and the files it checked; it renders for
people (grouped by file, coloured on a terminal), as JSON (:meth:`Report.to_dict`) and as
GitHub Actions annotations.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["CODES", "Finding", "Report", "Severity"]

Severity = Literal["error", "warning"]

#: Every finding code curate emits, with what it means. Codes are stable: scripts and CI
#: may match on them.
CODES: dict[str, str] = {
    "schema": "a field is missing, has the wrong type or a value the JSON Schema does not allow",
    "invalid-json": "a line (JSONL) or file (JSON) is not valid JSON",
    "bom": "the file starts with a UTF-8 byte-order mark",
    "encoding": "bytes that are not UTF-8",
    "unknown-kind": "curate cannot tell what kind of file this is",
    "empty-file": "the file holds no records",
    "text-mismatch": "text[start:end] differs from the span's or segment's text",
    "offset-out-of-range": "an offset lies outside the text",
    "offset-order": "start is not before end",
    "unknown-label": "a label, relation label or choice that label_config.xml does not have",
    "unknown-control": "a result names a control or object tag label_config.xml does not have",
    "relation-missing-end": "a relation points to a span or region that does not exist",
    "relation-direction": "a said_by relation that does not go from a QUOTE to a SPEAKER",
    "region-missing": "a per-region field (TextArea, Choices) whose region does not exist",
    "speaker-without-quote": "a SPEAKER that is not the target of any said_by relation",
    "duplicate-id": "an id used twice where it must be unique",
    "segment-order": "segments out of order, overlapping, or a sentence outside its block",
    "segment-parent": "a sentence whose parent block does not exist",
    "span-in-boilerplate": "a span inside a boilerplate block, which is never annotated",
    "timex-invalid": "a DATE value that is not a TIMEX3 value",
    "missing-file": "a file the manifest lists (or manifest.json itself) is not there",
    "unlisted-file": "a data file the manifest does not list",
    "checksum-mismatch": "a file's sha256 differs from the manifest's",
    "size-mismatch": "a file's size differs from the manifest's",
    "row-count-mismatch": "a Parquet file's row count differs from the manifest's",
    "count-mismatch": "the manifest's counts disagree with its files",
    "unreadable-parquet": "a Parquet file that cannot be read",
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing wrong with the data, as data.

    ``path`` is the file, ``line`` its 1-based line (JSONL, or the start of a JSON list
    item), ``record`` the record's id (document id, task id), ``pointer`` the JSON pointer
    of the field inside the record (RFC 6901, relative to the record).
    """

    code: str
    message: str
    path: str | None = None
    line: int | None = None
    record: str | None = None
    pointer: str | None = None
    severity: Severity = "error"

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def at(self, **where: Any) -> Finding:
        """The same finding with location fields filled in (those given and not None)."""
        return dataclasses.replace(self, **{k: v for k, v in where.items() if v is not None})

    def location(self) -> str:
        """``file:line record=ID at /pointer``, leaving out what is unknown."""
        parts = []
        if self.path:
            parts.append(self.path + (f":{self.line}" if self.line else ""))
        elif self.line:
            parts.append(f"line {self.line}")
        if self.record is not None:
            parts.append(f"record {self.record}")
        if self.pointer:
            parts.append(f"at {self.pointer}")
        return " ".join(parts)


@dataclass
class Report:
    """The findings of a validation run and what was checked."""

    findings: list[Finding] = field(default_factory=list)
    #: one entry a checked file or export version: ``{"path", "kind", "records"}``
    files: list[dict[str, Any]] = field(default_factory=list)
    records: int = 0

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    @property
    def ok(self) -> bool:
        """True when there is no error (warnings do not make data invalid)."""
        return not any(f.severity == "error" for f in self.findings)

    def add(self, findings: Iterable[Finding]) -> None:
        self.findings.extend(findings)

    def extend(self, other: Report) -> None:
        self.findings.extend(other.findings)
        self.files.extend(other.files)
        self.records += other.records

    def by_file(self) -> dict[str | None, list[Finding]]:
        groups: dict[str | None, list[Finding]] = {}
        for f in self.findings:
            groups.setdefault(f.path, []).append(f)
        return groups

    def summary(self) -> str:
        n_err, n_warn = len(self.errors), len(self.warnings)
        files = len(self.files)
        head = (f"{self.records} record{'s' if self.records != 1 else ''} in {files} "
                f"file{'s' if files != 1 else ''}")
        if not self.findings:
            return f"{head}: valid."
        state = "valid" if self.ok else "invalid"
        return (f"{head}: {state}, {n_err} error{'s' if n_err != 1 else ''}, "
                f"{n_warn} warning{'s' if n_warn != 1 else ''}.")

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``curate validate --json``."""
        codes = Counter(f.code for f in self.findings)
        return {
            "ok": self.ok,
            "summary": self.summary(),
            "counts": {
                "files": len(self.files),
                "records": self.records,
                "errors": len(self.errors),
                "warnings": len(self.warnings),
                "by_code": dict(sorted(codes.items())),
            },
            "files": list(self.files),
            "findings": [f.to_dict() for f in self.findings],
        }

    # -- renderings ------------------------------------------------------------------------
    def render_github(self) -> str:
        """GitHub Actions workflow commands: one ``::error``/``::warning`` line a finding."""
        lines = []
        for f in self.findings:
            props = []
            if f.path:
                props.append(f"file={_gh_prop(f.path)}")
            if f.line:
                props.append(f"line={f.line}")
            props.append(f"title={_gh_prop('curate validate: ' + f.code)}")
            where = " ".join(x for x in (
                f"record {f.record}" if f.record is not None else "",
                f"at {f.pointer}" if f.pointer else "") if x)
            text = f"{f.message} ({where})" if where else f.message
            lines.append(f"::{f.severity} {','.join(props)}::{_gh_data(text)}")
        return "\n".join(lines)

    def render_text(self, console: Any = None, *, limit: int | None = None) -> None:
        """Print for people: findings grouped by file, then a summary line."""
        from rich.console import Console
        from rich.markup import escape

        console = console or Console()
        shown = 0
        for path, findings in self.by_file().items():
            if limit is not None and shown >= limit:
                break
            console.print(f"[bold]{escape(path or '<records>')}[/bold]")
            for f in findings:
                if limit is not None and shown >= limit:
                    break
                shown += 1
                colour = "red" if f.severity == "error" else "yellow"
                where = []
                if f.line:
                    where.append(f"line {f.line}")
                if f.record is not None:
                    where.append(f"record {escape(str(f.record))}")
                if f.pointer:
                    where.append(escape(f.pointer))
                loc = f" [dim]{', '.join(where)}[/dim]" if where else ""
                console.print(f"  [{colour}]{f.severity}[/{colour}] [cyan]{f.code}[/cyan]"
                              f"{loc}\n    {escape(f.message)}", highlight=False)
        if limit is not None and len(self.findings) > shown:
            console.print(f"... and {len(self.findings) - shown} more findings "
                          "(use --json for all).")
        style = "green" if self.ok else "red"
        console.print(f"[{style}]{escape(self.summary())}[/{style}]", highlight=False)


def _gh_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(s: str) -> str:
    return _gh_data(s).replace(":", "%3A").replace(",", "%2C")
