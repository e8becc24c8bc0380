"""``curate export`` and ``curate diff``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any

import click

from curate.cli.base import main, note, progress
from curate.errors import ConfigError, ValidationFailed


def _ratios(value: str) -> tuple[float, float, float]:
    try:
        parts = tuple(float(x) for x in value.split(","))
    except ValueError:
        raise ConfigError(f"--splits {value!r} is not three numbers",
                          hint="Give train,dev,test ratios, e.g. --splits 0.8,0.1,0.1.") from None
    if len(parts) != 3:
        raise ConfigError(f"--splits {value!r} needs three numbers (train,dev,test)",
                          hint="Give train,dev,test ratios, e.g. --splits 0.8,0.1,0.1.")
    return parts  # type: ignore[return-value]


def _print_findings(exc: ValidationFailed, limit: int = 20) -> None:
    findings = list(getattr(exc.report, "findings", []) or [])
    for f in findings[:limit]:
        where = getattr(f, "path", None) or ""
        if getattr(f, "line", None) is not None:
            where += f":{f.line}"
        pointer = getattr(f, "pointer", None)
        if pointer:
            where += f" {pointer}"
        click.echo(f"  {where}: [{getattr(f, 'code', '?')}] {getattr(f, 'message', f)}",
                   err=True)
    if len(findings) > limit:
        click.echo(f"  ... and {len(findings) - limit} more (run `curate validate` for all)",
                   err=True)


@main.command("export")
@click.argument("name")
@click.argument("records", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--root", default="exports", show_default=True, type=click.Path(file_okay=False),
              help="Folder holding the datasets.")
@click.option("--version", "version", default=None,
              help="Version name: a number or a semantic version (1.2.0). Default: next number.")
@click.option("--splits", default="0.8,0.1,0.1", show_default=True,
              help="train,dev,test ratios; a document's split is fixed by its id.")
@click.option("--json", "as_json", is_flag=True, help="Print the manifest as JSON.")
def export_cmd(name: str, records: tuple[str, ...], root: str, version: str | None,
               splits: str, as_json: bool) -> None:
    """Write an immutable, versioned Parquet dataset from annotated documents.

    RECORDS are annotated-document JSONL files (from `curate annotate` or `curate pull`).
    They are validated first; invalid records stop the export and nothing is written.
    The version goes to ROOT/NAME/vN/ (manifest.json, README.md dataset card, and
    data/<table>/<split>-00000-of-00001.parquet for documents, paragraphs, sentences,
    spans, quotes and tokens). If the data equals the latest version, no version is
    written.

    \b
    Example:
      curate export news-quotes work/annotated.jsonl
    """
    from curate.export import export

    def bar(items: Iterable[Any], total: int) -> Iterable[Any]:
        return progress(items, "Exporting", total=None)

    try:
        result = export(list(records), name, root=root, version=version,
                        splits=_ratios(splits), progress=bar)
    except ValidationFailed as exc:
        _print_findings(exc)
        raise
    if result.removed_stale:
        note(f"Removed {len(result.removed_stale)} unfinished export folder(s) left by a "
             "killed run.")
    if as_json:
        click.echo(json.dumps(result.manifest, indent=2, ensure_ascii=False))
    note(result.message)


@main.command("diff")
@click.argument("name")
@click.argument("old")
@click.argument("new", default="latest")
@click.option("--root", default="exports", show_default=True, type=click.Path(file_okay=False),
              help="Folder holding the datasets.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def diff_cmd(name: str, old: str, new: str, root: str, as_json: bool) -> None:
    """Show what changed between two versions of a dataset.

    Documents added, removed and changed; spans (of each document's primary annotation)
    added, removed, relabelled or moved, per label. Spans with the same offsets and label
    count as unchanged; those of them whose other attributes changed (DATE value, quote
    type, place identity, resolved speaker, score, source, rule@version, annotator, origin)
    are also counted as updated, per label and per attribute. A last line says when the
    versions differ only in span attributes and how they were made (heuristics, curate
    version). NEW defaults to the latest version. --json keys: see curate.export.diff.

    \b
    Example:
      curate diff news-quotes v1 v2
    """
    from curate.export import diff
    from curate.export.diff import render_summary

    report = diff(name, old, new, root=root)
    if as_json:
        json.dump(report.to_dict(), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        click.echo(render_summary(report))
