"""The main job: every stage end to end on a set of articles (what `curate run` does).

::

    ingest -> segment -> annotate -> validate -> push -> pull -> validate -> export

Each stage's output is kept under ``workdir`` (``documents.jsonl``, ``annotated.jsonl``,
``pulled.jsonl``, ``dataset.jsonl``, ``rejects-*.jsonl``) so a user can look at any step.
Running it again is safe: the push only sends what changed, the pull brings the annotators'
latest corrections, and the export makes a new version only when the data changed. The
dataset holds, for every document, the human annotations where there are any and the
heuristic ones otherwise; the manifest counts how many spans each kind contributed.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from curate.export import ExportResult, export
from curate.heuristics import annotate
from curate.ingest import ingest
from curate.jsonl import write_documents
from curate.records import Document
from curate.segment import segment
from curate.validate import partition, set_aside

__all__ = ["RunResult", "merge_human_first", "run"]


@dataclass
class RunResult:
    """What one run did, stage by stage."""

    workdir: Path
    documents: int = 0
    annotated: int = 0
    rejected: dict[str, int] = field(default_factory=dict)  # stage -> records set aside
    studio_url: str | None = None
    project_url: str | None = None
    login: tuple[str, str] | None = None  # embedded server: (email, password)
    push: Any = None  # curate.studio.PushReport
    pulled: int = 0  # human annotation records
    human_documents: int = 0
    export: ExportResult | None = None


def merge_human_first(heuristic: Iterable[Document], human: Iterable[Document]) -> list[Document]:
    """Human records where a document has any (one per annotation), else the heuristic one."""
    by_doc: dict[str, list[Document]] = {}
    for rec in human:
        by_doc.setdefault(rec.id, []).append(rec)
    out: list[Document] = []
    for doc in heuristic:
        out.extend(by_doc.pop(doc.id, None) or [doc])
    for recs in by_doc.values():  # annotated in Label Studio but not in this input
        out.extend(recs)
    return out


def _set_aside(stage: str, bad: list[Any], workdir: Path, result: RunResult) -> None:
    if bad:
        set_aside(bad, workdir / f"rejects-{stage}.jsonl")
        result.rejected[stage] = len(bad)


def run(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workdir: str | os.PathLike[str] = "work",
    project: str = "curate",
    dataset: str = "news",
    exports: str | os.PathLike[str] = "exports",
    studio: bool = True,
    studio_dir: str | os.PathLike[str] | None = None,
    step: Callable[[str], None] = lambda message: None,
    progress: Callable[[Iterable[Any], str], Iterable[Any]] = lambda it, _desc: it,
) -> RunResult:
    """Run the whole pipeline on ``paths``; ``step(message)`` reports each stage as it starts."""
    work = Path(workdir)
    result = RunResult(workdir=work)

    step("Ingesting and segmenting")
    docs = [segment(d) for d in progress(ingest(paths), "Ingesting")]
    result.documents = write_documents(work / "documents.jsonl", docs)

    step("Pre-annotating (SPEAKER, QUOTE, PLACE, DATE, said_by)")
    annotated = [annotate(d) for d in progress(docs, "Annotating")]
    good, bad = partition(annotated, kind="annotated-document", source="annotate")
    _set_aside("annotate", bad, work, result)
    result.annotated = write_documents(work / "annotated.jsonl", good)

    human: list[Document] = []
    if studio:
        from curate.studio import connect, server_status, start_server

        if not os.environ.get("LABEL_STUDIO_URL"):
            if not server_status(studio_dir).running:
                step("Starting the embedded Label Studio (about 30 s the first time)")
            status = start_server(studio_dir)
            if status.email and status.password:
                result.login = (status.email, status.password)
        client = connect(directory=studio_dir)
        result.studio_url = client.url

        step(f"Pushing {len(good)} tasks to Label Studio project '{project}'")
        result.push = client.push(good, project)
        result.project_url = result.push.url
        _set_aside("push", list(result.push.rejects), work, result)

        step("Pulling annotations")
        pulled = client.pull(project)
        human = pulled.records
        result.pulled = len(human)
        result.human_documents = len({r.id for r in human})
        _set_aside("pull", list(pulled.rejects), work, result)
        write_documents(work / "pulled.jsonl", human)

    step(f"Exporting dataset '{dataset}'")
    merged = merge_human_first(good, human)
    write_documents(work / "dataset.jsonl", merged)
    result.export = export(merged, dataset, root=exports)
    return result
