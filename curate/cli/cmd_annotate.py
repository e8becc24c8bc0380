"""``curate annotate``: heuristic pre-annotation of documents."""

from __future__ import annotations

from collections.abc import Iterator

import click

from curate.cli.base import main, note, output_option, progress
from curate.errors import RecordError
from curate.ingest import ingest
from curate.jsonl import read_documents, write_documents
from curate.records import Document


def _documents(paths: tuple[str, ...]) -> Iterator[Document]:
    """Document records from JSONL (kept as they are, segments included) or raw articles."""
    for path in paths:
        if path == "-" or path.lower().endswith(".jsonl"):
            source = "<stdin>" if path == "-" else path
            for doc in read_documents(path):
                if doc.annotation is not None and doc.annotation.kind == "human":
                    raise RecordError(
                        f"document '{doc.id}' carries human annotations, which annotate would "
                        "replace", path=source,
                        hint="Annotate documents as ingested (curate ingest), not pulled records.",
                    )
                yield doc
        else:
            yield from ingest([path])


@main.command("annotate")
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@output_option
def annotate_cmd(paths: tuple[str, ...], output: str) -> None:
    """Pre-annotate SPEAKER, QUOTE, PLACE, DATE and said_by with heuristics.

    PATHS are document JSONL files (as written by `curate ingest`; '-' or nothing reads
    standard input) or .txt/.md/.html articles and folders, which are ingested first.
    Writes one annotated document a line: the text unchanged, its segments, and spans
    whose `source` names the rule that made them (see `curate rules`) with a `score` in
    [0, 1]. Boilerplate is never annotated. Earlier heuristic spans are replaced.

    \b
    Example:
      curate annotate work/documents.jsonl -o work/annotated.jsonl
    """
    from curate.heuristics import HEURISTICS_VERSION, annotate_all

    docs = annotate_all(_documents(paths or ("-",)))
    n = write_documents(output, progress(docs, "Annotating"))
    where = "" if output == "-" else f" -> {output}"
    note(f"Annotated {n} document{'s' if n != 1 else ''} (heuristics {HEURISTICS_VERSION}){where}")
