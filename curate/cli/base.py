"""The ``curate`` command group and what every command shares.

Commands are thin: they parse options, call the library, and print. Every
:class:`~curate.errors.CurateError` becomes one line on stderr (``Error: ...`` and, when
known, ``Fix: ...``) and exit code 1; click's usage errors exit 2; success exits 0.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from curate import __version__
from curate.errors import CurateError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


def fail(exc: CurateError) -> None:
    """Print a CurateError as the one-line message users see, and exit 1."""
    click.secho(f"Error: {exc.message}", fg="red", err=True)
    if exc.hint:
        click.echo(f"Fix: {exc.hint}", err=True)
    sys.exit(EXIT_ERROR)


def _split_example(help_text: str | None) -> tuple[str | None, str | None]:
    """Docstrings end with an "Example:" block; click shows it last, after the options."""
    if not help_text:
        return help_text, None
    import inspect
    import re

    text = inspect.cleandoc(help_text)
    m = re.search(r"^\x08\n(?=Example)", text, flags=re.MULTILINE)
    if m is None:
        return help_text, None
    return text[: m.start()].rstrip(), text[m.start():]


class CurateCommand(click.Command):
    """A command whose help ends with its example (sqlite-utils style)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.epilog is None:
            self.help, self.epilog = _split_example(self.help)

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        if self.epilog:
            formatter.write_paragraph()
            with formatter.indentation():
                formatter.write_text(self.epilog)


class CurateGroup(click.Group):
    """A click group that turns user errors into one-line messages instead of tracebacks."""

    command_class = CurateCommand

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.epilog is None:
            self.help, self.epilog = _split_example(self.help)

    format_epilog = CurateCommand.format_epilog

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CurateError as exc:
            fail(exc)
        except BrokenPipeError:  # `curate ... | head` is fine
            sys.stderr.close()
            sys.exit(EXIT_OK)
        except KeyboardInterrupt:
            click.echo("Interrupted; nothing half-written was kept.", err=True)
            sys.exit(130)


@click.group(cls=CurateGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="curate")
def main() -> None:
    """Turn raw news articles into versioned, human-checked training data.

    \b
    The pipeline, one command a stage (`curate run` does them all):
      ingest    read .txt/.jsonl/.md/.html articles, find paragraphs, sentences, boilerplate
      annotate  pre-annotate SPEAKER, QUOTE, PLACE, DATE and said_by with heuristics
      studio    start/stop the embedded Label Studio server
      push      send the documents to Label Studio with the pre-annotations
      pull      fetch the annotators' corrections back as records
      validate  check records, exports and Label Studio files against the schemas
      export    write an immutable, versioned Parquet dataset (diff compares versions)
      eval      score annotations against gold data (rules: per heuristic rule)

    \b
    Example:
      curate run seeds/
    """


def progress(iterable: Any, description: str, *, total: int | None = None) -> Any:
    """Show a progress bar on stderr for long work (only when stderr is a terminal)."""
    if not sys.stderr.isatty():
        yield from iterable
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
               MofNCompleteColumn(), TimeElapsedColumn()]
    from rich.console import Console

    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(description, total=total)
        for item in iterable:
            yield item
            bar.advance(task)


def note(message: str) -> None:
    """A status line for people, on stderr so stdout stays clean for data."""
    click.echo(message, err=True)


output_option = click.option(
    "-o",
    "--output",
    default="-",
    show_default=True,
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Where to write JSONL ('-' is standard output). Written atomically.",
)
