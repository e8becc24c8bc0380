"""``curate ingest`` and ``curate segment``."""

from __future__ import annotations

import click

from curate.cli.base import main, note, output_option, progress
from curate.ingest import DEFAULT_MAX_BYTES, ingest
from curate.jsonl import read_documents, write_documents
from curate.segment import segment_all


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=False))
@output_option
@click.option("--encoding", default="utf-8", show_default=True,
              help="Encoding of .txt/.md/.html files (JSONL is always UTF-8).")
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse an article larger than this.")
@click.option("--no-segment", is_flag=True, help="Only read; do not find paragraphs and sentences.")
def ingest_cmd(paths: tuple[str, ...], output: str, encoding: str, max_bytes: int,
               no_segment: bool) -> None:
    """Read articles and write one document record a line, segmented.

    PATHS are .txt, .md, .html files (one article each), .jsonl files (one document a
    line: {"id", "text", "meta"}) or folders of them. Each record keeps the text exactly,
    its provenance, and its headline, paragraphs, sentences and boilerplate blocks.

    \b
    Example:
      curate ingest seeds/ -o work/documents.jsonl
    """
    docs = ingest(paths, encoding=encoding, max_bytes=max_bytes)
    if not no_segment:
        docs = segment_all(docs)
    n = write_documents(output, progress(docs, "Ingesting"))
    where = "" if output == "-" else f" -> {output}"
    note(f"Ingested {n} document{'s' if n != 1 else ''}{where}")


@main.command("segment")
@click.argument("source", default="-", type=click.Path(dir_okay=False, allow_dash=True))
@output_option
def segment_cmd(source: str, output: str) -> None:
    """Find headline, paragraphs, sentences and boilerplate in document records.

    Reads document JSONL (as written by `curate ingest --no-segment` or by you) and
    writes it back with its segments; existing segments are replaced.

    \b
    Example:
      curate segment documents.jsonl -o segmented.jsonl
    """
    n = write_documents(output, progress(segment_all(read_documents(source)), "Segmenting"))
    note(f"Segmented {n} document{'s' if n != 1 else ''}")
