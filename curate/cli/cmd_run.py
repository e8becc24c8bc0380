"""``curate run``: the main job, end to end."""

from __future__ import annotations

import click

from curate.cli.base import main, note, progress


@main.command("run")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--project", default="curate", show_default=True,
              help="Label Studio project to push to and pull from (created if missing).")
@click.option("--dataset", default="news", show_default=True,
              help="Dataset name: versions go to EXPORTS/DATASET/vN/.")
@click.option("--workdir", default="work", show_default=True, type=click.Path(file_okay=False),
              help="Where each stage's JSONL output is kept.")
@click.option("--exports", default="exports", show_default=True,
              type=click.Path(file_okay=False), help="Root folder of exported datasets.")
@click.option("--no-studio", is_flag=True,
              help="Skip Label Studio: export the heuristic annotations only.")
def run_cmd(paths: tuple[str, ...], project: str, dataset: str, workdir: str, exports: str,
            no_studio: bool) -> None:
    """Run every stage on PATHS: ingest, annotate, push, pull, export.

    Uses the Label Studio at LABEL_STUDIO_URL (with LABEL_STUDIO_API_KEY), or starts the
    embedded one (see `curate studio start`). Safe to run again: only what changed is
    pushed, annotators' corrections are pulled, and a new dataset version is written only
    when the data changed.

    \b
    Example:
      curate run seeds/ --project news-quotes --dataset news-quotes
    """
    from curate.pipeline import run

    def step(message: str) -> None:
        note(f"• {message}")

    result = run(paths, workdir=workdir, project=project, dataset=dataset, exports=exports,
                 studio=not no_studio, step=step,
                 progress=lambda it, desc: progress(it, desc))
    note("")
    note(f"Documents: {result.documents} ingested, {result.annotated} pre-annotated"
         f" -> {result.workdir}/annotated.jsonl")
    for stage, n in result.rejected.items():
        note(f"Set aside {n} invalid record(s) at {stage} -> "
             f"{result.workdir}/rejects-{stage}.jsonl")
    if result.push is not None:
        p = result.push
        skipped = len(p.skipped_annotated)
        note(f"Label Studio: {p.created} created, {p.updated} updated, {p.unchanged} unchanged, "
             f"{skipped} left alone (already annotated)")
        note(f"Pulled {result.pulled} human annotation(s) of {result.human_documents} document(s)")
    if result.export is not None:
        note(result.export.message)
    if result.project_url:
        note("")
        note(f"Annotate at: {result.project_url}")
        if result.login:
            note(f"Log in as:   {result.login[0]} / password {result.login[1]}")
        note("Then run the same command again to pull the corrections into a new version.")
