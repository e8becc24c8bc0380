"""Errors raised by curate.

Every error a user can cause is a :class:`CurateError`; the CLI turns it into one line
(``Error: <message>``, then ``Fix: <hint>`` when there is one) and exit code 1. Anything
else escaping the CLI is a bug in curate.

Validation *findings* are not exceptions: they are data in a :class:`curate.validate.Report`.
An exception is raised only when a stage refuses to go on because of them.

::

    CurateError
    ├── InputError               bad input: names the file, line or record, and field
    │   └── RecordError          one record does not fit the data model
    ├── ConfigError              a setting, label config or schema is missing or inconsistent
    ├── ValidationFailed         a stage refused to read or write invalid records (has .report)
    ├── StudioError              talking to Label Studio failed
    │   ├── StudioUnavailable    no server at the URL (not running, wrong URL, stopped mid-way)
    │   ├── StudioAuthError      the server refused the API key
    │   └── StudioLabelError     an annotation uses a label the config no longer has
    └── ExportError              an export could not be written
        └── VersionExists        that version is already there and is never overwritten
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "CurateError",
    "ExportError",
    "InputError",
    "RecordError",
    "StudioAuthError",
    "StudioError",
    "StudioLabelError",
    "StudioUnavailable",
    "ValidationFailed",
    "VersionExists",
]


class CurateError(Exception):
    """Base class of every error a user can cause. ``hint`` says how to fix it."""

    hint: str | None = None

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class InputError(CurateError):
    """Input that cannot be read: ``path``, ``line`` (1-based) and ``field`` say where."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        field: str | None = None,
        hint: str | None = None,
    ) -> None:
        self.path, self.line, self.field = path, line, field
        where = ""
        if path is not None:
            where = str(path) + (f":{line}" if line is not None else "")
        if field is not None:
            where = f"{where} field '{field}'" if where else f"field '{field}'"
        super().__init__(f"{where}: {message}" if where else message, hint=hint)


class RecordError(InputError):
    """A record that parses as JSON but does not fit the data model."""


class ConfigError(CurateError):
    """A setting, label config or schema is missing or does not agree with the others."""


class ValidationFailed(CurateError):
    """A stage refused invalid records; ``report`` holds every finding."""

    def __init__(self, message: str, report: object, *, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.report = report


class StudioError(CurateError):
    """Talking to Label Studio failed."""


class StudioUnavailable(StudioError):
    hint = "Start the embedded server with `curate studio start`, or set LABEL_STUDIO_URL."


class StudioAuthError(StudioError):
    hint = "Check LABEL_STUDIO_API_KEY (or run `curate studio start` for the embedded server)."


class StudioLabelError(StudioError):
    hint = "Add the label back to label_config.xml, or fix the annotation in Label Studio."


class ExportError(CurateError):
    """An export could not be written."""


class VersionExists(ExportError):
    hint = "Export versions are immutable: pick a new --version or leave it out to count up."
