"""Push and pull against a real Label Studio server (started once per session in conftest).

Faults are made the way they happen: a tiny HTTP proxy in front of the real server answers
500 (after or instead of forwarding) or goes away mid-push; nothing on the normal path is
mocked.
"""

from __future__ import annotations

import http.server
import json
import os
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from _records import segment_at, span_at
from click.testing import CliRunner

from curate.cli import main
from curate.errors import StudioAuthError, StudioError, StudioLabelError, StudioUnavailable
from curate.heuristics import HEURISTICS_VERSION
from curate.jsonl import read_documents, write_documents
from curate.records import Annotation, Document, Relation, Segment, Span
from curate.studio import PullResult, Studio, connect
from curate.studio.client import label_config_xml

pytestmark = pytest.mark.studio


def _name() -> str:
    return f"test-{uuid.uuid4().hex[:8]}"


@pytest.fixture()
def studio(studio_server: Any) -> Studio:
    return Studio(studio_server.url, studio_server.token)


def _tasks(studio: Studio, project: str) -> list[dict[str, Any]]:
    proj = studio.find_project(project)
    assert proj is not None
    return [t for ts in studio.existing_tasks(proj.id).values() for t in ts]


def _task_of(studio: Studio, project: str, doc_id: str) -> Any:
    proj = studio.find_project(project)
    (t,) = studio.existing_tasks(proj.id)[doc_id]
    return studio.sdk.tasks.get(str(t["id"]))


# -- a proxy that fails the way networks and servers fail -----------------------------------
class FaultyProxy:
    """Forwards to Label Studio; ``mode`` decides what happens to task imports.

    ``500-after`` forwards the first import, then answers 500 (the server has the tasks, the
    client thinks it failed: what makes a retried POST duplicate tasks). ``500-always``
    answers 500 to every import without forwarding.
    """

    def __init__(self, target: str, mode: str) -> None:
        self.target, self.mode, self.failures = target, mode, 0
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _forward(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                is_import = self.command == "POST" and self.path.split("?")[0].endswith("/import")
                fail = is_import and (proxy.mode == "500-always"
                                      or (proxy.mode == "500-after" and proxy.failures == 0))
                if not (fail and proxy.mode == "500-always"):
                    headers = {k: v for k, v in self.headers.items()
                               if k.lower() not in ("host", "content-length", "connection")}
                    r = httpx.request(self.command, proxy.target + self.path, headers=headers,
                                      content=body, timeout=120)
                if fail:
                    proxy.failures += 1
                    self.send_response(500)
                    self.send_header("Content-Type", "application/json")
                    self.end_headers()
                    self.wfile.write(b'{"detail": "injected failure"}')
                    return
                self.send_response(r.status_code)
                for k, v in r.headers.items():
                    if k.lower() not in ("content-length", "transfer-encoding", "connection",
                                         "content-encoding"):
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(r.content)))
                self.end_headers()
                self.wfile.write(r.content)

            do_GET = do_POST = do_PATCH = do_DELETE = do_PUT = _forward

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def proxy_factory(studio_server: Any) -> Iterator[Any]:
    made: list[FaultyProxy] = []

    def make(mode: str) -> FaultyProxy:
        p = FaultyProxy(studio_server.url, mode)
        made.append(p)
        return p

    yield make
    for p in made:
        if p.thread.is_alive():
            p.stop()


# -- push ------------------------------------------------------------------------------------
def test_push_seeds_makes_one_task_each_with_the_heuristics_prediction(
        studio: Studio, seed_documents: list[Document]) -> None:
    project = _name()
    report = studio.push(seed_documents, project)
    assert (report.created, report.updated, report.unchanged) == (len(seed_documents), 0, 0)
    proj = studio.find_project(project)
    full = studio.sdk.projects.get(proj.id)
    assert full.show_instruction and "SPEAKER" in (full.expert_instruction or "")
    assert full.label_config.strip() == label_config_xml().strip()
    for doc in seed_documents:
        task = _task_of(studio, project, doc.id)
        assert "ALSO READ" not in task.data["text"]
        assert "MENTIONED ENTITIES" not in task.data["text"]
        (pred,) = task.predictions
        pred = pred if isinstance(pred, dict) else pred.dict()
        assert pred["model_version"] == HEURISTICS_VERSION
        labels = [r for r in pred["result"] if r["type"] == "labels"]
        assert len(labels) == len(doc.spans)
        assert all(0 < r["score"] <= 1 for r in labels)
        for r in labels:
            v = r["value"]
            assert task.data["text"][v["start"]:v["end"]] == v["text"]


def test_second_push_creates_nothing(studio: Studio, seed_documents: list[Document]) -> None:
    project = _name()
    studio.push(seed_documents, project)
    again = studio.push(seed_documents, project)
    assert (again.created, again.updated, again.unchanged) == (0, 0, len(seed_documents))
    assert len(_tasks(studio, project)) == len(seed_documents)


def test_push_killed_after_the_first_batch_resumes_without_duplicates(
        studio: Studio, seed_documents: list[Document]) -> None:
    project = _name()

    def killed(n: int) -> None:
        raise KeyboardInterrupt  # what Ctrl+C or a kill does between two requests

    with pytest.raises(KeyboardInterrupt):
        studio.push(seed_documents, project, batch_size=2, _after_batch=killed)
    assert len(_tasks(studio, project)) == 2
    report = studio.push(seed_documents, project, batch_size=2)
    assert (report.created, report.unchanged) == (len(seed_documents) - 2, 2)
    ids = [t["data"]["doc_id"] for t in _tasks(studio, project)]
    assert sorted(ids) == sorted(d.id for d in seed_documents)


def test_push_stopped_between_task_and_prediction_adds_the_prediction_on_rerun(
        studio: Studio, seed_documents: list[Document]) -> None:
    project = _name()
    studio.push(seed_documents[:1], project)
    task = _task_of(studio, project, seed_documents[0].id)
    for p in studio.sdk.predictions.list(task=task.id):
        studio.sdk.predictions.delete(p.id)
    report = studio.push(seed_documents[:1], project)
    assert report.updated == 1
    assert len(_task_of(studio, project, seed_documents[0].id).predictions) == 1


def test_a_500_after_the_server_took_the_batch_does_not_duplicate(
        studio_server: Any, proxy_factory: Any, seed_documents: list[Document],
        studio: Studio) -> None:
    project = _name()
    proxy = proxy_factory("500-after")
    report = Studio(proxy.url, studio_server.token).push(seed_documents, project, batch_size=2)
    assert proxy.failures == 1
    assert report.created == len(seed_documents)
    assert sorted(t["data"]["doc_id"] for t in _tasks(studio, project)) == sorted(
        d.id for d in seed_documents)
    for doc in seed_documents:
        assert len(_task_of(studio, project, doc.id).predictions) == 1


def test_a_batch_that_keeps_failing_stops_with_a_clear_error_and_resumes(
        studio_server: Any, proxy_factory: Any, seed_documents: list[Document],
        studio: Studio, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = _name()
    studio.push(seed_documents[:2], project)
    proxy = proxy_factory("500-always")
    docs = tmp_path / "docs.jsonl"
    write_documents(docs, seed_documents)
    monkeypatch.setenv("LABEL_STUDIO_URL", proxy.url)
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", studio_server.token)
    result = CliRunner().invoke(main, ["push", str(docs), "--project", project])
    assert result.exit_code == 1
    assert "HTTP 500 while importing tasks" in result.output
    assert "Traceback" not in result.output
    assert len(_tasks(studio, project)) == 2  # what was there is kept
    monkeypatch.setenv("LABEL_STUDIO_URL", studio_server.url)
    result = CliRunner().invoke(main, ["push", str(docs), "--project", project])
    assert result.exit_code == 0, result.output
    assert "3 created, 0 updated, 2 unchanged" in result.output
    assert len(_tasks(studio, project)) == len(seed_documents)


def test_server_gone_mid_push_is_a_clear_error_and_keeps_what_was_sent(
        studio_server: Any, proxy_factory: Any, seed_documents: list[Document],
        studio: Studio) -> None:
    project = _name()
    proxy = proxy_factory("forward")
    with pytest.raises(StudioUnavailable, match="no answer from Label Studio"):
        Studio(proxy.url, studio_server.token).push(
            seed_documents, project, batch_size=2, _after_batch=lambda n: proxy.stop())
    assert len(_tasks(studio, project)) == 2
    report = studio.push(seed_documents, project, batch_size=2)
    assert (report.created, report.unchanged) == (3, 2)


def test_changed_documents_update_only_what_changed_and_never_annotated_tasks(
        studio: Studio, seed_documents: list[Document]) -> None:
    project = _name()
    studio.push(seed_documents, project)
    annotated = _task_of(studio, project, seed_documents[0].id)
    studio.sdk.annotations.create(id=annotated.id, result=[], was_cancelled=False)
    before = {d.id: _task_of(studio, project, d.id) for d in seed_documents}
    newer = [d.replace(annotation=Annotation(kind="heuristic", version="9.9"))
             for d in seed_documents[:3]] + seed_documents[3:]
    report = studio.push(newer, project)
    assert report.skipped_annotated == [seed_documents[0].id]
    assert (report.updated, report.unchanged) == (2, 2)
    for doc in seed_documents:
        task = _task_of(studio, project, doc.id)
        assert task.id == before[doc.id].id  # updated in place, never re-created
        versions = [p["model_version"] if isinstance(p, dict) else p.model_version
                    for p in task.predictions]
        expected = "9.9" if doc.id in (seed_documents[1].id, seed_documents[2].id) \
            else HEURISTICS_VERSION
        assert versions == [expected]


def test_an_update_stopped_before_the_task_data_was_written_is_finished_by_the_next_push(
        studio: Studio, seed_documents: list[Document], monkeypatch: pytest.MonkeyPatch) -> None:
    project = _name()
    studio.push(seed_documents[:2], project)
    newer = [d.replace(annotation=Annotation(kind="heuristic", version="9.9"))
             for d in seed_documents[:2]]

    def server_gone(*args: Any, **kwargs: Any) -> Any:
        raise httpx.ConnectError("connection refused")

    with monkeypatch.context() as m:
        # the new predictions are in, then the server goes away before the data is updated
        m.setattr(studio.sdk.tasks, "update", server_gone)
        with pytest.raises(StudioUnavailable):
            studio.push(newer, project)
    report = studio.push(newer, project)
    assert (report.created, report.updated) == (0, 2)
    for doc in seed_documents[:2]:
        task = _task_of(studio, project, doc.id)
        versions = [p["model_version"] if isinstance(p, dict) else p.model_version
                    for p in task.predictions]
        assert versions == ["9.9"]  # one prediction, the new one: nothing doubled
        assert task.data["heuristics_version"] == "9.9"
    assert studio.push(newer, project).unchanged == 2


# -- pull ------------------------------------------------------------------------------------
def _prediction(task: Any) -> dict[str, Any]:
    (p,) = task.predictions
    return p if isinstance(p, dict) else p.dict()


@pytest.mark.parametrize("pushed", ["with-region-digests", "before-region-digests"])
def test_pull_says_which_regions_were_accepted_changed_added_and_deleted(
        studio: Studio, studio_server: Any, seed_documents: list[Document],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pushed: str) -> None:
    # a task pushed now carries its predicted regions' digests, and the pull compares with
    # those instead of fetching the prediction; one pushed before that (its data without
    # them) makes the pull fetch predictions: the same answer either way
    from curate.studio.convert import PREDICTED_REGIONS

    project = _name()
    doc = seed_documents[0]
    studio.push([doc], project)
    task = _task_of(studio, project, doc.id)
    assert PREDICTED_REGIONS in task.data
    if pushed == "before-region-digests":
        data = {k: v for k, v in task.data.items() if k != PREDICTED_REGIONS}
        studio.sdk.tasks.update(str(task.id), data=data)
        task = _task_of(studio, project, doc.id)
    fetched_predictions: list[bool] = []
    pages = Studio._annotated_tasks_after

    def spy(self: Studio, *args: Any, **kwargs: Any) -> dict[str, Any]:
        fetched_predictions.append(bool(kwargs.get("predictions")))
        return pages(self, *args, **kwargs)

    monkeypatch.setattr(Studio, "_annotated_tasks_after", spy)
    result = _prediction(task)["result"]
    regions = [r for r in result if r["type"] == "labels"]
    place = next(r for r in regions if r["value"]["labels"] == ["PLACE"])
    date = next(r for r in regions if r["value"]["labels"] == ["DATE"])
    deleted_id, changed_id = place["id"], date["id"]
    annotation = []
    for r in result:
        r = json.loads(json.dumps(r))
        if r.get("id") == deleted_id or (r["type"] == "relation" and deleted_id in
                                         (r["from_id"], r["to_id"])):
            continue
        if r.get("id") == changed_id and r["type"] == "labels":
            r["value"]["labels"] = ["PLACE"]  # the annotator says it is a place
        annotation.append(r)
    text = task.data["text"]
    i = text.index("Kremlin")
    annotation.append({"id": "hand1", "from_name": "label", "to_name": "text", "type": "labels",
                       "value": {"start": i, "end": i + 7, "text": "Kremlin",
                                 "labels": ["SPEAKER"]}})
    quote_id = next(r["id"] for r in regions if r["value"]["labels"] == ["QUOTE"])
    annotation.append({"type": "relation", "from_id": quote_id, "to_id": "hand1",
                       "direction": "right", "labels": []})  # drawn without picking a label
    studio.sdk.annotations.create(id=task.id, result=annotation, was_cancelled=False)

    monkeypatch.setenv("LABEL_STUDIO_URL", studio_server.url)
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", studio_server.token)
    out = tmp_path / "human.jsonl"
    res = CliRunner().invoke(main, ["pull", "--project", project, "-o", str(out)])
    assert res.exit_code == 0, res.output
    (rec,) = list(read_documents(out))
    assert rec.annotation is not None and rec.annotation.kind == "human"
    assert rec.annotation.annotator == studio_server.email
    assert rec.annotation.deleted == (deleted_id,)
    origin = {s.id: s.origin for s in rec.spans}
    assert origin.pop(changed_id) == "changed"
    changed = next(s for s in rec.spans if s.id == changed_id)
    assert changed.label == "PLACE" and changed.value is None
    added = [s for s in rec.spans if s.origin == "added"]
    assert [(s.label, s.text) for s in added] == [("SPEAKER", "Kremlin")]
    assert doc.text[added[0].start:added[0].end] == "Kremlin"
    assert {o for sid, o in origin.items() if sid != added[0].id} == {"accepted"}
    assert len(rec.spans) == len(doc.spans) - 1 + 1
    for s in rec.spans:
        assert rec.text[s.start:s.end] == s.text
    assert rec.text == doc.text and rec.segments == doc.segments
    kept_relations = [r for r in doc.relations if deleted_id not in (r.from_id, r.to_id)]
    assert {(r.from_id, r.to_id, r.label) for r in rec.relations} == {
        (r.from_id, r.to_id, "said_by") for r in kept_relations} | {
        (quote_id, added[0].id, "said_by")}
    assert any(fetched_predictions) == (pushed == "before-region-digests")


def test_two_annotators_of_one_task_stay_two_records(
        studio: Studio, seed_documents: list[Document]) -> None:
    project = _name()
    doc = seed_documents[1]
    studio.push([doc], project)
    task = _task_of(studio, project, doc.id)
    other = studio.sdk.users.create(email=f"{_name()}@example.org", username=_name(),
                                    first_name="Second", last_name="Annotator")
    result = _prediction(task)["result"]
    studio.sdk.annotations.create(id=task.id, result=result, was_cancelled=False)
    places = [r for r in result if r["type"] == "labels" and r["value"]["labels"] == ["PLACE"]]
    studio.sdk.annotations.create(id=task.id, result=places, was_cancelled=False,
                                  completed_by=other.id)
    pulled = studio.pull(project)
    assert pulled.rejects == []
    assert len(pulled.records) == 2
    assert len({r.annotation.annotation_id for r in pulled.records if r.annotation}) == 2
    assert all(r.id == doc.id for r in pulled.records)
    first, second = pulled.records
    assert len(first.spans) == len(doc.spans) and len(second.spans) == len(places)
    assert {s.label for s in second.spans} == {"PLACE"}
    assert len(second.annotation.deleted) == len(doc.spans) - len(places)


def _annotate_all(studio: Studio, project: str, docs: list[Document]) -> dict[str, int]:
    """Each document's task gets one submitted annotation accepting its prediction."""
    task_ids = {}
    for doc in docs:
        task = _task_of(studio, project, doc.id)
        studio.sdk.annotations.create(id=task.id, result=_prediction(task)["result"],
                                      was_cancelled=False)
        task_ids[doc.id] = task.id
    return task_ids


def test_pull_pages_through_every_annotated_task_and_counts_skips(
        studio: Studio, seed_documents: list[Document]) -> None:
    project = _name()
    studio.push(seed_documents, project)
    annotated, skipped_only = seed_documents[:4], seed_documents[4]
    task_ids = _annotate_all(studio, project, annotated)
    # one annotator skipped an annotated task, another skipped a task no one annotated
    studio.sdk.annotations.create(id=task_ids[annotated[1].id], result=[], was_cancelled=True)
    skipped_task = _task_of(studio, project, skipped_only.id)
    studio.sdk.annotations.create(id=skipped_task.id, result=[], was_cancelled=True)
    pages: list[tuple[int, int]] = []
    pulled = studio.pull(project, page_size=2, on_progress=lambda d, t: pages.append((d, t)))
    assert pulled.rejects == []
    assert [r.id for r in pulled.records] == [
        d.id for d in sorted(annotated, key=lambda d: task_ids[d.id])]
    assert all(r.annotation.task_id == task_ids[r.id] for r in pulled.records)
    assert (pulled.tasks, pulled.annotations, pulled.skipped_cancelled) == (5, 6, 2)
    assert pages[-1][0] == pages[-1][1] == 5 and len(pages) >= 3
    for rec, doc in zip(pulled.records, sorted(annotated, key=lambda d: task_ids[d.id]),
                        strict=True):
        assert rec.text == doc.text and {s.origin for s in rec.spans} == {"accepted"}


def test_iter_pull_hands_out_records_before_the_last_page_is_fetched(
        studio: Studio, seed_documents: list[Document]) -> None:
    project = _name()
    studio.push(seed_documents, project)
    task_ids = _annotate_all(studio, project, seed_documents)
    stats = PullResult(project=project)
    progress: list[int] = []
    stream = studio.iter_pull(project, stats=stats, page_size=1,
                              on_progress=lambda done, total: progress.append(done))
    first = next(stream)
    assert first.annotation.task_id == min(task_ids.values())
    assert stats.tasks < len(seed_documents)  # the rest is still on the server
    rest = list(stream)
    assert [r.annotation.task_id for r in [first, *rest]] == sorted(task_ids.values())
    assert (stats.tasks, stats.annotations, stats.pulled) == (5, 5, 5)
    assert stats.rejects == [] and progress[-1] == len(seed_documents)


def test_server_gone_mid_pull_is_a_clear_error_and_keeps_the_old_output(
        studio: Studio, studio_server: Any, proxy_factory: Any,
        seed_documents: list[Document], tmp_path: Path) -> None:
    project = _name()
    studio.push(seed_documents, project)
    _annotate_all(studio, project, seed_documents)
    proxy = proxy_factory("forward")
    with pytest.raises(StudioUnavailable, match="no answer from Label Studio"):
        Studio(proxy.url, studio_server.token).pull(
            project, page_size=1, on_progress=lambda done, total: proxy.stop())
    out = tmp_path / "human.jsonl"
    out.write_text("previous\n")
    proxy = proxy_factory("forward")
    import curate.studio.client as client_module

    real_iter_pull = client_module.Studio.iter_pull

    def pull_then_stop(self: Studio, project: str, **kw: Any) -> Any:
        # `curate pull` writes records as they come: the first page is already written to
        # the temporary file when the server goes away.
        return real_iter_pull(self, project, stats=kw.get("stats"), page_size=1,
                              on_progress=lambda d, t: proxy.stop())

    env = {"LABEL_STUDIO_URL": proxy.url, "LABEL_STUDIO_API_KEY": studio_server.token}
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(client_module.Studio, "iter_pull", pull_then_stop)
        res = CliRunner(env=env).invoke(main, ["pull", "--project", project, "-o", str(out)])
    assert res.exit_code == 1, res.output
    assert "no answer from Label Studio" in res.output and "Traceback" not in res.output
    assert out.read_text() == "previous\n"
    assert len(studio.pull(project).records) == len(seed_documents)


def test_emoji_before_spans_round_trip_keeps_every_offset(studio: Studio) -> None:
    text = "Talks 😀🇺🇦 resume\nPeskov 🙂 said on Monday that \"𝔗alks in Moscow go on.\"\nDonate"
    def seg(sid: str, kind: str, piece: str, **kw: Any) -> Segment:
        return segment_at(text, sid, kind, piece, **kw)

    def span(label: str, piece: str, **kw: Any) -> Span:
        return span_at(text, label, piece, score=0.7, **kw)

    doc = Document(id="emoji1", text=text, segments=(
        seg("b0", "headline", "Talks 😀🇺🇦 resume"),
        seg("b1", "paragraph", text.splitlines()[1]),
        seg("b2", "boilerplate", "Donate", reason="donation-appeal")),
        spans=(span("SPEAKER", "Peskov"), span("DATE", "Monday", value="2025-05-19"),
               span("QUOTE", "𝔗alks in Moscow go on.", quote_type="direct"),
               span("PLACE", "Moscow")),
        annotation=Annotation(kind="heuristic", version="t1"))
    q, s = doc.spans[2], doc.spans[0]
    doc = doc.replace(relations=(Relation(id=f"{q.id}>{s.id}", from_id=q.id, to_id=s.id),))
    project = _name()
    studio.push([doc], project)
    task = _task_of(studio, project, doc.id)
    result = _prediction(task)["result"]
    # what Label Studio itself stores for the regions is what it gives back
    studio.sdk.annotations.create(id=task.id, result=result, was_cancelled=False)
    (rec,) = studio.pull(project).records
    assert [(s.label, s.start, s.end, s.text) for s in rec.spans] == [
        (s.label, s.start, s.end, s.text) for s in doc.spans]
    assert {s.origin for s in rec.spans} == {"accepted"}
    assert [(r.from_id, r.to_id) for r in rec.relations] == [(q.id, s.id)]


def test_an_invalid_task_is_set_aside_and_the_rest_is_sent(
        studio_env: Any, seed_documents: list[Document], tmp_path: Path, studio: Studio) -> None:
    project = _name()
    bad = seed_documents[0]
    speaker = next(s for s in bad.spans if s.label == "SPEAKER")
    bad = bad.replace(relations=tuple(r for r in bad.relations if r.to_id != speaker.id))
    docs = tmp_path / "docs.jsonl"
    write_documents(docs, [bad, *seed_documents[1:]])
    res = CliRunner().invoke(main, ["push", str(docs), "--project", project])
    assert res.exit_code == 1
    assert "1 document(s) not sent" in res.output
    (reject,) = [json.loads(line) for line in
                 (tmp_path / "docs.push-rejects.jsonl").read_text().splitlines()]
    assert reject["record"]["id"] == bad.id
    assert any(speaker.id in f["message"] for f in reject["findings"])
    assert sorted(t["data"]["doc_id"] for t in _tasks(studio, project)) == sorted(
        d.id for d in seed_documents[1:])


def test_a_label_the_config_no_longer_has_stops_pull_and_keeps_the_old_output(
        studio: Studio, studio_server: Any, seed_documents: list[Document], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    project = _name()
    doc = seed_documents[0]
    studio.push([doc], project)
    task = _task_of(studio, project, doc.id)
    ann = studio.sdk.annotations.create(id=task.id, result=_prediction(task)["result"],
                                        was_cancelled=False)
    date_id = next(r["id"] for r in _prediction(task)["result"]
                   if r["type"] == "labels" and r["value"]["labels"] == ["DATE"])
    proj = studio.find_project(project)
    without_date = label_config_xml().replace(
        next(line for line in label_config_xml().splitlines() if 'value="DATE"' in line
             and "<Label " in line), "")
    studio.sdk.projects.update(proj.id, label_config=without_date)
    out = tmp_path / "human.jsonl"
    out.write_text("previous\n")
    monkeypatch.setenv("LABEL_STUDIO_URL", studio_server.url)
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", studio_server.token)
    res = CliRunner().invoke(main, ["pull", "--project", project, "-o", str(out)])
    assert res.exit_code == 1
    assert f"task {task.id} annotation {ann.id} region {date_id}: label 'DATE'" in res.output
    assert "Traceback" not in res.output
    assert out.read_text() == "previous\n"
    with pytest.raises(StudioLabelError):
        studio.pull(project)


# -- connecting ------------------------------------------------------------------------------
def test_wrong_token_is_an_auth_error(studio_server: Any) -> None:
    with pytest.raises(StudioAuthError, match="refused the API key"):
        connect(studio_server.url, "0" * 40)


def test_no_server_is_unavailable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LABEL_STUDIO_URL", raising=False)
    monkeypatch.delenv("LABEL_STUDIO_API_KEY", raising=False)
    monkeypatch.setenv("CURATE_STUDIO_DIR", str(tmp_path / "none"))
    res = CliRunner().invoke(main, ["push", "-", "--project", "x"], input="")
    assert res.exit_code == 1
    assert "embedded server" in res.output and "is not running" in res.output
    with pytest.raises(StudioUnavailable):
        connect("http://127.0.0.1:9", "x")


def test_unknown_project_on_pull_is_a_clear_error(studio: Studio) -> None:
    with pytest.raises(StudioError, match="no project named"):
        studio.pull(_name())


def test_studio_status_and_credentials_file(studio_server: Any) -> None:
    d = studio_server.directory
    res = CliRunner().invoke(main, ["studio", "status", "--dir", str(d)])
    assert res.exit_code == 0 and f"running at {studio_server.url}" in res.output
    assert studio_server.token not in res.output
    creds = d / "credentials.json"
    assert creds.stat().st_mode & 0o777 == 0o600
    res = CliRunner().invoke(main, ["studio", "start", "--dir", str(d)])
    assert res.exit_code == 0 and studio_server.password in res.output
    assert studio_server.token not in res.output
    log = (d / "server.log").read_text(errors="replace")
    assert studio_server.token not in log


def test_the_embedded_server_runs_label_studios_settings_with_one_middleware_swapped(
        studio_server: Any) -> None:
    # the embedded server skips Label Studio's analytics body parse (a third of a push's
    # server time); everything else must be Label Studio's own settings, untouched
    import subprocess
    import sys

    from curate.studio.server import PID_FILE, SETTINGS_DIR, SETTINGS_MODULE

    settings_dir = studio_server.directory / SETTINGS_DIR
    pid = int((studio_server.directory / PID_FILE).read_text())
    environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    assert f"DJANGO_SETTINGS_MODULE={SETTINGS_MODULE}".encode() in environ
    code = (
        "import json, os\n"
        f"import {SETTINGS_MODULE} as ours\n"
        "from label_studio.core.settings import label_studio as theirs\n"
        "names = [n for n in dir(theirs) if n.isupper()]\n"
        "print(json.dumps({'differ': [n for n in names if getattr(ours, n, None) is not "
        "getattr(theirs, n) and getattr(ours, n, None) != getattr(theirs, n)],\n"
        "                  'ours': ours.MIDDLEWARE, 'theirs': list(theirs.MIDDLEWARE)}))\n")
    import importlib.util

    spec = importlib.util.find_spec("label_studio")
    assert spec is not None and spec.submodule_search_locations
    # Label Studio's settings import its apps as top-level modules, as `label-studio` runs them
    path = os.pathsep.join([str(settings_dir), spec.submodule_search_locations[0]])
    env = {**os.environ, "PYTHONPATH": path, "DJANGO_SETTINGS_MODULE": SETTINGS_MODULE}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, check=True, timeout=120)
    found = json.loads(out.stdout.strip().splitlines()[-1])
    assert found["differ"] == ["MIDDLEWARE"]
    swapped = [(a, b) for a, b in zip(found["ours"], found["theirs"], strict=True) if a != b]
    assert swapped == [(f"{SETTINGS_MODULE}.ContextLogWithoutAnalytics",
                        "core.middleware.ContextLogMiddleware")]
