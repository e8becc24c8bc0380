"""``curate validate``: check records, Label Studio files and export versions."""

from __future__ import annotations

import json
import sys

import click

from curate.cli.base import EXIT_ERROR, EXIT_OK, EXIT_USAGE, main
from curate.errors import ConfigError, InputError


@main.command("validate")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=False))
@click.option("--kind", type=click.Choice(["document", "annotated-document", "spans", "ls-task",
                                           "ls-export", "manifest", "export"]),
              help="What the files hold (default: detected per file and record).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "github"]), default=None,
              help="text for people, json (same as --json), github for Actions annotations.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON on stdout.")
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
@click.option("--max-findings", type=click.IntRange(min=1), default=200, show_default=True,
              help="Show at most this many findings in text output (--json has all).")
def validate_cmd(paths: tuple[str, ...], kind: str | None, fmt: str | None, as_json: bool,
                 strict: bool, max_findings: int) -> None:
    """Check files against the JSON Schemas and the checks no schema can express.

    PATHS are files or folders: JSONL of documents or annotated documents, JSON of Label
    Studio tasks (as pushed) or exports (as pulled), export versions (a folder with
    manifest.json). Every finding of every file is reported with a stable code, where it is
    (file, line, record, JSON pointer) and what to do.

    Exit status: 0 valid (warnings allowed unless --strict), 1 invalid, 2 the command was
    misused (bad option, a path that does not exist, nothing to validate, no schemas).

    \b
    Example:
      curate validate work/documents.jsonl exports/news/v1 --format github
    """
    from curate.validate import validate_paths

    if as_json and fmt not in (None, "json"):
        raise click.UsageError("--json and --format are exclusive; use one.")
    fmt = "json" if as_json else (fmt or "text")
    missing = [p for p in paths if not _exists(p)]
    if missing:
        raise click.UsageError(f"no such file or folder: {', '.join(missing)}")
    try:
        report = validate_paths(paths, kind=kind)
    except (InputError, ConfigError) as exc:
        click.secho(f"Error: {exc.message}", fg="red", err=True)
        if exc.hint:
            click.echo(f"Fix: {exc.hint}", err=True)
        sys.exit(EXIT_USAGE)
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    elif fmt == "github":
        text = report.render_github()
        if text:
            click.echo(text)
        click.echo(report.summary(), err=True)
    else:
        from rich.console import Console

        report.render_text(Console(), limit=max_findings)
    failed = not report.ok or (strict and report.warnings)
    sys.exit(EXIT_ERROR if failed else EXIT_OK)


def _exists(path: str) -> bool:
    from pathlib import Path

    return Path(path).exists()
