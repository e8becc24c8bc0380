"""``curate studio start|status|stop``, ``curate push`` and ``curate pull``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from curate.cli.base import CurateGroup, main, note, progress
from curate.jsonl import read_documents, write_jsonl

_dir_option = click.option(
    "--dir", "directory", type=click.Path(file_okay=False), default=None,
    help="The embedded server's folder (default: $CURATE_STUDIO_DIR or ./.label-studio).",
)
_json_option = click.option("--json", "as_json", is_flag=True, help="Print a JSON report.")


@main.group("studio", cls=CurateGroup)
def studio_group() -> None:
    """Run the embedded Label Studio server (the default when LABEL_STUDIO_URL is unset).

    \b
    Example:
      curate studio start
    """


def _login_lines(status: Any) -> list[str]:
    return [f"Label Studio is running at {status.url}",
            f"Log in as {status.email} with password {status.password}"]


@studio_group.command("start")
@_dir_option
@click.option("--port", type=int, default=None,
              help="Port on 127.0.0.1 (default: the last one used, else 8080, else a free one).")
@click.option("--timeout", type=float, default=240, show_default=True,
              help="Seconds to wait for the server to answer.")
def studio_start(directory: str | None, port: int | None, timeout: float) -> None:
    """Start Label Studio in the background and print where annotators log in.

    The first start creates the folder, an admin login with a random password and an API
    token (kept in credentials.json, mode 0600, never printed). Later starts reuse them; a
    running server is left as it is.

    \b
    Example:
      curate studio start --port 8080
    """
    from curate.studio.server import server_status, start_server

    current = server_status(directory)
    if current.running:
        for line in _login_lines(current):
            click.echo(line)
        return
    if sys.stderr.isatty():
        from rich.console import Console

        with Console(stderr=True).status("Starting Label Studio (about 30 s the first time)") as st:
            status = start_server(directory, port=port, timeout=timeout,
                                  on_wait=lambda s: st.update(
                                      f"Starting Label Studio ... {s:.0f} s"))
    else:
        note("Starting Label Studio ...")
        status = start_server(directory, port=port, timeout=timeout)
    for line in _login_lines(status):
        click.echo(line)
    note(f"Data and log: {status.directory}  (stop it with `curate studio stop`)")


@studio_group.command("status")
@_dir_option
@_json_option
def studio_status(directory: str | None, as_json: bool) -> None:
    """Say whether the embedded server runs, and its URL (exit 1 when it does not).

    \b
    Example:
      curate studio status --json
    """
    from curate.studio.server import server_status

    status = server_status(directory)
    if as_json:
        click.echo(json.dumps(status.to_dict()))
    elif status.running:
        click.echo(f"running at {status.url} (pid {status.pid}); log in as {status.email}")
    else:
        click.echo(f"not running (folder {status.directory}); start it with `curate studio start`")
    if not status.running:
        sys.exit(1)


@studio_group.command("stop")
@_dir_option
def studio_stop(directory: str | None) -> None:
    """Stop the embedded server (its data stays in the folder).

    \b
    Example:
      curate studio stop
    """
    from curate.studio.server import stop_server

    if stop_server(directory):
        click.echo("Label Studio stopped")
    else:
        click.echo("Label Studio was not running")


_project_option = click.option("--project", "-p", required=True, help="Label Studio project name.")


@main.command("push")
@click.argument("source", default="-", type=click.Path(dir_okay=False, allow_dash=True))
@_project_option
@click.option("--batch-size", type=click.IntRange(1, 5000), default=500, show_default=True,
              help="Tasks per import request.")
@click.option("--rejects", type=click.Path(dir_okay=False), default=None,
              help="Where documents whose task is invalid go, with findings (default: "
                   "SOURCE with .push-rejects.jsonl).")
@_dir_option
@_json_option
def push_cmd(source: str, project: str, batch_size: int, rejects: str | None,
             directory: str | None, as_json: bool) -> None:
    """Send documents to Label Studio as tasks, with their pre-annotations as a prediction.

    SOURCE is document JSONL (annotated by `curate annotate`, or plain). The project is
    created on first use, with the labeling interface and the guidelines. Safe to repeat:
    a document already there is left alone, updated if it changed, and never touched once
    someone annotated it. A document whose task would be invalid is not sent: it goes to
    the rejects file with its findings (exit 1). Uses LABEL_STUDIO_URL and
    LABEL_STUDIO_API_KEY when set, else the embedded server.

    \b
    Example:
      curate push work/annotated.jsonl --project news
    """
    from curate.studio.client import connect

    studio = connect(directory=directory)
    docs = list(progress(read_documents(source), "Reading"))
    bar = _Bar("Pushing", len(docs))
    try:
        report = studio.push(docs, project, batch_size=batch_size, on_progress=bar.update)
    finally:
        bar.close()
    if as_json:
        click.echo(json.dumps(report.to_dict()))
    skipped = len(report.skipped_annotated)
    note(f"Pushed to project {project!r}: {report.created} created, {report.updated} updated, "
         f"{report.unchanged} unchanged, {skipped} skipped (already annotated)"
         + (f", {report.duplicates_removed} duplicates removed" if report.duplicates_removed
            else ""))
    if report.left_out_spans:
        note(f"{report.left_out_spans} spans or relations outside the article content were "
             "not sent")
    note(f"Annotate at {report.url}")
    if report.rejects:
        from curate.validate import set_aside

        path = rejects or _rejects_name(source, ".push-rejects.jsonl")
        set_aside(report.rejects, path)
        note(f"{len(report.rejects)} document(s) not sent: their task is invalid -> {path}")
        sys.exit(1)


@main.command("pull")
@_project_option
@click.option("-o", "--output", required=True,
              type=click.Path(dir_okay=False, allow_dash=True),
              help="Where to write the human records (JSONL, written atomically).")
@click.option("--rejects", type=click.Path(dir_okay=False), default=None,
              help="Where records failing validation go (default: OUTPUT with .rejects.jsonl).")
@_dir_option
@_json_option
def pull_cmd(project: str, output: str, rejects: str | None, directory: str | None,
             as_json: bool) -> None:
    """Fetch the annotators' work: one annotated-document record per annotation.

    Spans and relations are put back on each document's own text; every span says whether
    it was accepted from the prediction, changed or added, and annotation.deleted lists the
    predicted spans removed. Records that fail validation go to the rejects file with
    their findings (exit 1); the valid ones are written all the same.

    \b
    Example:
      curate pull --project news -o work/human.jsonl
    """
    from curate.studio.client import PullResult, connect

    studio = connect(directory=directory)
    bar = _Bar("Pulling", 1)
    # Records are written as their page arrives, so memory holds a few pages, not the
    # project; the write is atomic, so a failure mid-pull leaves the old output as it was.
    result = PullResult(project=project)
    try:
        records = studio.iter_pull(project, stats=result, on_progress=bar.update)
        n = write_jsonl(output, (d.to_dict() for d in records))
    finally:
        bar.close()
    rejects_path = None
    if result.rejects:
        from curate.validate import set_aside

        rejects_path = rejects or _rejects_name(output, ".rejects.jsonl")
        set_aside(result.rejects, rejects_path)
    if as_json:
        click.echo(json.dumps(result.to_dict() | {"output": output, "rejects_path": rejects_path}),
                   err=output == "-")
    note(f"Pulled {n} annotation record{'s' if n != 1 else ''} from {result.tasks} task"
         f"{'s' if result.tasks != 1 else ''} of project {project!r}"
         + ("" if output == "-" else f" -> {output}")
         + (f"; {result.skipped_cancelled} skipped tasks left out" if result.skipped_cancelled
            else ""))
    if result.skipped_foreign:
        note(f"{result.skipped_foreign} annotated task(s) were not pushed by curate and were "
             "left out")
    if result.rejects:
        note(f"{len(result.rejects)} record(s) failed validation -> {rejects_path}")
        sys.exit(1)


def _rejects_name(path: str, suffix: str) -> str:
    if path == "-":
        return suffix.lstrip(".")
    p = Path(path)
    return str(p.with_name(p.name.removesuffix(".jsonl") + suffix))


class _Bar:
    """A rich progress bar on stderr driven by (done, total) callbacks (tty only)."""

    def __init__(self, description: str, total: int) -> None:
        self._progress: Any = None
        if sys.stderr.isatty() and total:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
            )

            self._progress = Progress(TextColumn("{task.description}"), BarColumn(),
                                      MofNCompleteColumn(), TimeElapsedColumn(),
                                      console=Console(stderr=True), transient=True)
            self._progress.start()
            self._task = self._progress.add_task(description, total=total)

    def update(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.update(self._task, completed=done, total=total)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
