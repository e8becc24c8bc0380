"""Talking to a Label Studio server through ``label_studio_sdk``: connect, push, pull.

Which server: ``LABEL_STUDIO_URL`` and ``LABEL_STUDIO_API_KEY`` (the SDK's own names) when
set, else the embedded server of ``curate studio start`` and its credentials file.

Push is idempotent. Before importing, it lists the project's tasks by ``doc_id``; a document
already there is left alone when unchanged, updated in place (data and/or prediction) when it
changed and no one has annotated it yet, and skipped when someone has. Imports go in batches
without the SDK's automatic retries (a retried POST would duplicate tasks); a failed batch is
reconciled against the server before it is sent again, and any duplicate that still appears
(two pushes at once) is deleted when it has no annotations. A push killed half way is
resumed by running it again.

Pull reads the annotated tasks page by page from the task list (keyset paging by task id,
only the fields it needs), the next page on its way while the last is converted; nothing
is written on the server, and memory holds a few pages, not the project's raw JSON.
"""

from __future__ import annotations

import gc
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import httpx

from curate.errors import (
    ConfigError,
    CurateError,
    StudioAuthError,
    StudioError,
    StudioUnavailable,
)
from curate.jsonl import loads
from curate.records import Document
from curate.studio import convert
from curate.studio.server import load_credentials, server_status

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "PULL_PAGE_SIZE",
    "PullResult",
    "PushReport",
    "Studio",
    "connect",
    "guidelines_html",
    "label_config_xml",
]

DEFAULT_BATCH_SIZE = 500
#: tasks per request when pulling (about 7 MB of JSON for seed-sized articles)
PULL_PAGE_SIZE = 250
#: (record, findings) pairs for curate.validate.set_aside
Rejects = list[tuple[Document, list[Any]]]
_NO_RETRY: dict[str, Any] = {"max_retries": 0}
_LIST_INCLUDE = "id,data,total_annotations,cancelled_annotations,total_predictions,drafts"
#: what a pull reads of a task, its annotations and predictions (one list for all three);
#: predictions only for tasks pushed before their data carried the region digests
_PULL_FIELDS = ("id,data,annotations,total_predictions,result,completed_by,was_cancelled,"
                "created_at,updated_at,parent_prediction,model_version,score")
_PULL_FIELDS_WITH_PREDICTIONS = _PULL_FIELDS + ",predictions"


# -- the label config and the guidelines ----------------------------------------------------
def _repo_file(name: str) -> Path | None:
    here = Path(__file__).resolve()
    for candidate in (here.parent.parent / "data" / name, here.parents[2] / name):
        if candidate.exists():
            return candidate
    return None


@lru_cache(maxsize=1)
def label_config_xml() -> str:
    """The labeling interface (label_config.xml at the repository root, or packaged data)."""
    override = os.environ.get("CURATE_LABEL_CONFIG")
    path = Path(override) if override else _repo_file("label_config.xml")
    if path is None or not path.exists():
        raise ConfigError("label_config.xml not found",
                          hint="Set CURATE_LABEL_CONFIG to the labeling interface file.")
    return path.read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def guidelines_html() -> str:
    """The annotator guidelines shown as the project's instructions."""
    return resources.files("curate.studio").joinpath("guidelines.html").read_text("utf-8")


def config_labels(label_config: str) -> tuple[str, ...]:
    """The span labels a label config offers (its Labels control named ``label``)."""
    from label_studio_sdk.label_interface import LabelInterface

    li = LabelInterface(label_config)
    try:
        control = li.get_control(convert.CONTROL_LABELS)
    except Exception as exc:  # the SDK raises its own exception types
        raise ConfigError(f"the label config has no Labels named "
                          f"{convert.CONTROL_LABELS!r} ({exc})") from None
    return tuple(control.labels)


@lru_cache(maxsize=4)
def _interface(label_config: str) -> Any:
    from label_studio_sdk.label_interface import LabelInterface

    return LabelInterface(label_config)


# -- reports ---------------------------------------------------------------------------------
@dataclass
class PushReport:
    """What a push did, document by document."""

    project: str
    project_id: int
    url: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped_annotated: list[str] = field(default_factory=list)  # doc ids a person annotated
    duplicates_removed: int = 0
    left_out_spans: int = 0  # spans in boilerplate or across blocks (cannot be shown)
    rejects: Rejects = field(default_factory=list)  # invalid, never sent: (doc, findings)

    def to_dict(self) -> dict[str, Any]:
        return {"project": self.project, "project_id": self.project_id, "url": self.url,
                "created": self.created, "updated": self.updated, "unchanged": self.unchanged,
                "skipped_annotated": self.skipped_annotated,
                "duplicates_removed": self.duplicates_removed,
                "left_out_spans": self.left_out_spans, "rejects": len(self.rejects)}


@dataclass
class PullResult:
    """Human records pulled from a project, and those set aside as invalid.

    :meth:`Studio.pull` fills ``records``; :meth:`Studio.iter_pull` hands the records out as
    they come and fills in the rest (``pulled`` counts the valid records either way).
    """

    project: str
    records: list[Document] = field(default_factory=list)
    rejects: Rejects = field(default_factory=list)  # (record, findings), for set_aside
    tasks: int = 0
    annotations: int = 0
    skipped_cancelled: int = 0  # annotations the annotator skipped (no labels to keep)
    skipped_foreign: int = 0  # annotated tasks curate did not push (no document behind them)
    pulled: int = 0  # valid records handed out

    def to_dict(self) -> dict[str, Any]:
        return {"project": self.project, "records": self.pulled,
                "rejects": len(self.rejects), "tasks": self.tasks,
                "annotations": self.annotations, "skipped_cancelled": self.skipped_cancelled,
                "skipped_foreign": self.skipped_foreign}


# -- errors ----------------------------------------------------------------------------------
def _studio_error(exc: BaseException, url: str, doing: str) -> CurateError:
    """One readable error for whatever the SDK or httpx raised."""
    from label_studio_sdk.core.api_error import ApiError

    if isinstance(exc, CurateError):
        return exc
    if isinstance(exc, httpx.TransportError):
        return StudioUnavailable(f"no answer from Label Studio at {url} while {doing} "
                                 f"({exc.__class__.__name__})")
    if isinstance(exc, ApiError):
        code = exc.status_code
        if code in (401, 403):
            return StudioAuthError(f"Label Studio at {url} refused the API key (HTTP {code}) "
                                   f"while {doing}")
        body = exc.body if isinstance(exc.body, str) else json.dumps(exc.body)[:300]
        return StudioError(f"Label Studio at {url} answered HTTP {code} while {doing}: {body}")
    return StudioError(f"talking to Label Studio at {url} failed while {doing}: {exc}")


def _retryable(exc: BaseException) -> bool:
    from label_studio_sdk.core.api_error import ApiError

    if isinstance(exc, httpx.TransportError):
        return True
    return isinstance(exc, ApiError) and (exc.status_code or 0) >= 500


# -- the client ------------------------------------------------------------------------------
class Studio:
    """A connection to one Label Studio server (use :func:`connect`)."""

    def __init__(self, url: str, api_key: str, *, timeout: float = 120.0) -> None:
        from label_studio_sdk import LabelStudio

        self.url = url.rstrip("/")
        self._sdk = LabelStudio(base_url=self.url, api_key=api_key, timeout=timeout)

    def __repr__(self) -> str:
        return f"Studio(url={self.url!r})"

    @property
    def sdk(self) -> Any:
        """The underlying ``label_studio_sdk.LabelStudio`` client."""
        return self._sdk

    def _call(self, doing: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            raise _studio_error(exc, self.url, doing) from None

    def check(self) -> str:
        """Raise StudioUnavailable / StudioAuthError unless the server answers; return the email."""
        user = self._call("checking the API key", self._sdk.users.whoami)
        return str(getattr(user, "email", "") or "")

    # -- projects --------------------------------------------------------------------------
    def find_project(self, name: str) -> Any | None:
        pager = self._call("listing projects", self._sdk.projects.list, title=name, page_size=100)
        for p in self._call("listing projects", list, pager):
            if p.title == name:
                return p
        return None

    def ensure_project(self, name: str, *, label_config: str | None = None,
                       instructions: str | None = None) -> Any:
        """Find the project by name or create it, with our label config and guidelines."""
        label_config = label_config or label_config_xml()
        instructions = instructions if instructions is not None else guidelines_html()
        project = self.find_project(name)
        if project is None:
            return self._call(
                f"creating project {name!r}", self._sdk.projects.create, title=name,
                description="News articles pre-annotated by curate; correct and submit.",
                label_config=label_config, expert_instruction=instructions,
                show_instruction=True, show_collab_predictions=True,
                request_options=_NO_RETRY,
            )
        project = self._call("reading the project", self._sdk.projects.get, project.id)
        changes: dict[str, Any] = {}
        if (project.label_config or "").strip() != label_config.strip():
            changes["label_config"] = label_config
        if (project.expert_instruction or "") != instructions or not project.show_instruction:
            changes["expert_instruction"] = instructions
            changes["show_instruction"] = True
        if changes:
            try:
                self._sdk.projects.update(project.id, **changes)
            except Exception as exc:
                err = _studio_error(exc, self.url, f"updating project {name!r}")
                raise ConfigError(
                    f"project {name!r} has a different label config and Label Studio refused "
                    f"the new one: {err.message}",
                    hint="Keep the labels that annotations use, or push to a new --project.",
                ) from None
        return project

    def project_labels(self, project: Any) -> tuple[str, ...]:
        return config_labels(project.label_config)

    # -- listing tasks ---------------------------------------------------------------------
    def _task_pages(self, project_id: int, page_size: int = 1000) -> Iterator[dict[str, Any]]:
        """The project's tasks, lightly: id, data, annotation counts, drafts."""
        try:
            pager = self._sdk.tasks.list(project=project_id, fields="task_only",
                                         include=_LIST_INCLUDE, page_size=page_size)
            for t in pager:
                yield {"id": t.id, "data": t.data or {},
                       "total_annotations": getattr(t, "total_annotations", 0),
                       "cancelled_annotations": getattr(t, "cancelled_annotations", 0),
                       "total_predictions": getattr(t, "total_predictions", 0),
                       "drafts": getattr(t, "drafts", None)}
        except Exception as exc:
            raise _studio_error(exc, self.url, "listing the project's tasks") from None

    def existing_tasks(self, project_id: int) -> dict[str, list[dict[str, Any]]]:
        """The project's tasks grouped by ``data.doc_id`` (tasks without one are left out)."""
        by_doc: dict[str, list[dict[str, Any]]] = {}
        for t in self._task_pages(project_id):
            doc_id = (t.get("data") or {}).get("doc_id")
            if doc_id is not None:
                by_doc.setdefault(str(doc_id), []).append(t)
        return by_doc

    def _remove_duplicates(self, by_doc: dict[str, list[dict[str, Any]]]) -> int:
        """Keep one task per document (an annotated one, else the oldest); delete the rest."""
        removed = 0
        for doc_id, tasks in by_doc.items():
            if len(tasks) < 2:
                continue
            tasks.sort(key=lambda t: (not _touched(t), t["id"]))
            keep, extra = tasks[0], tasks[1:]
            for t in extra:
                if _touched(t):
                    continue  # people worked on both: never delete their work
                self._call(f"deleting duplicate task {t['id']}", self._sdk.tasks.delete,
                           str(t["id"]))
                removed += 1
            by_doc[doc_id] = [keep, *[t for t in extra if _touched(t)]]
        return removed

    # -- push ------------------------------------------------------------------------------
    def push(
        self,
        docs: Iterable[Document],
        project: str,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        on_progress: Callable[[int, int], None] | None = None,
        label_config: str | None = None,
        _after_batch: Callable[[int], None] | None = None,
    ) -> PushReport:
        """Send documents as tasks with their pre-annotations; safe to run again and again.

        ``docs`` is read once (a list or any iterable). ``on_progress(done, total)`` is
        called as documents are handled. A document whose
        task does not fit schemas/ls-task or the label config is not sent; it is returned in
        ``report.rejects`` with its findings. Raises StudioUnavailable / StudioAuthError /
        StudioError when the server fails; everything sent before stays on the server and
        the next push carries on from there.
        """
        label_config = label_config or label_config_xml()
        proj = self.ensure_project(project, label_config=label_config)
        report = PushReport(project=project, project_id=proj.id,
                            url=f"{self.url}/projects/{proj.id}/data")
        existing = self.existing_tasks(proj.id)
        report.duplicates_removed += self._remove_duplicates(existing)
        docs = list(docs) if not isinstance(docs, list) else docs
        total = len(docs)
        done = 0
        seen: dict[str, int] = {}
        pending: list[dict[str, Any]] = []
        missing_prediction: list[tuple[int, dict[str, Any]]] = []
        to_update: list[tuple[dict[str, Any], dict[str, Any]]] = []
        expected = sum(len(v) for v in existing.values())
        batches = 0

        def flush() -> None:
            nonlocal done, batches, pending, expected
            if not pending:
                return
            report.created += self._import_batch(proj.id, pending)
            expected += len(pending)
            done += len(pending)
            pending = []
            batches += 1
            if on_progress is not None:
                on_progress(done, total)
            if _after_batch is not None:
                _after_batch(batches)

        prepared = _prepare_in_background(docs, _TaskBuilder(label_config), ahead=batch_size)
        for n, prep in enumerate(prepared, start=1):
            doc, task = prep.doc, prep.task
            if doc.id in seen:
                raise ConfigError(
                    f"document {doc.id!r} appears twice (records {seen[doc.id]} and {n})",
                    hint="Each document id must be unique in one push.")
            seen[doc.id] = n
            report.left_out_spans += prep.left_out
            found = existing.get(doc.id)
            if prep.findings:
                report.rejects.append((doc, prep.findings))
                done += 1
            elif not found:
                pending.append(task)
                if len(pending) >= batch_size:
                    flush()
                continue
            elif _touched(found[0]):
                report.skipped_annotated.append(doc.id)
                done += 1
            elif _changed(found[0], task):
                to_update.append((found[0], task))
                report.updated += 1
                done += 1
                if len(to_update) >= batch_size:
                    self._update_tasks(proj.id, to_update)
                    to_update = []
            elif task["predictions"] and not found[0].get("total_predictions"):
                # an earlier push stopped between importing the task and its prediction
                missing_prediction.append((found[0]["id"], task))
                report.updated += 1
                done += 1
            else:
                report.unchanged += 1
                done += 1
            if on_progress is not None and done % 100 == 0:
                on_progress(done, total)
        flush()
        if to_update:
            self._update_tasks(proj.id, to_update)
        if missing_prediction:
            self._import_predictions(proj.id, missing_prediction)
        if on_progress is not None:
            on_progress(done, total)
        if report.created:
            count = self._call("counting tasks", self._sdk.projects.get, proj.id).task_number
            if count is not None and count > expected:
                # something imported twice behind our back (a proxy retry, a parallel push)
                report.duplicates_removed += self._remove_duplicates(self.existing_tasks(proj.id))
        return report

    def _post_json_text(self, path: str, body: str, params: dict[str, Any] | None = None) -> Any:
        """POST a JSON text through the SDK's HTTP client.

        The generated SDK methods walk every nested value of a request in Python before
        sending it; for bulk imports of long articles with dozens of regions that costs more
        than the server does, so callers serialize once (each task's JSON is made when the
        task is built). Same client, auth and timeouts; no automatic retries.
        """
        from label_studio_sdk.core.api_error import ApiError

        resp = self._sdk._client_wrapper.httpx_client.request(
            path, method="POST", content=body.encode("utf-8"), params=params,
            headers={"Content-Type": "application/json"}, request_options=_NO_RETRY)
        if resp.status_code >= 400:
            try:
                detail: Any = resp.json()
            except ValueError:
                detail = resp.text[:300]
            raise ApiError(status_code=resp.status_code, headers=dict(resp.headers), body=detail)
        return resp.json() if resp.content else None

    def _import_batch(self, project_id: int, batch: list[dict[str, Any]]) -> int:
        """Import one batch of tasks, then their predictions; returns how many were created.

        Tasks go without predictions and the predictions follow by task id: Label Studio's
        task import re-parses the label config for every prediction, which made it several
        times slower (we validate predictions with LabelInterface before sending). No
        automatic retries: after a 5xx or a lost connection the server is asked what arrived
        and only the rest is sent again.
        """
        pending = batch
        created: list[tuple[int, dict[str, Any]]] = []
        for attempt in range(3):
            try:
                resp = self._post_json_text(f"api/projects/{project_id}/import",
                                      _json_array(_wire(t)[0] for t in pending),
                                      params={"return_task_ids": "true"})
                ids = list((resp or {}).get("task_ids") or [])
                if len(ids) != len(pending):
                    raise StudioError(f"Label Studio created {len(ids)} tasks for "
                                      f"{len(pending)} sent")
                created.extend(zip(ids, pending, strict=True))
                break
            except Exception as exc:
                if not _retryable(exc) or attempt == 2:
                    raise _studio_error(exc, self.url, "importing tasks") from None
                time.sleep(0.5 * (attempt + 1))
                try:
                    there = self.existing_tasks(project_id)
                except CurateError:
                    raise _studio_error(exc, self.url, "importing tasks") from None
                self._remove_duplicates(there)
                for t in pending:
                    arrived = there.get(t["data"]["doc_id"])
                    if arrived and not arrived[0].get("total_predictions"):
                        created.append((arrived[0]["id"], t))
                pending = [t for t in pending if t["data"]["doc_id"] not in there]
                if not pending:
                    break
        self._import_predictions(project_id, created)
        return len(batch)

    def _import_predictions(self, project_id: int,
                            pairs: list[tuple[int, dict[str, Any]]]) -> None:
        """Add each task's prediction (by task id); a failed call is checked, then repeated."""
        # '{"task":<id>,' + the rest of the prediction's JSON, encoded while building it
        items = [(tid, f'{{"task":{int(tid)},{p[1:]}' if p != "{}" else f'{{"task":{int(tid)}}}')
                 for tid, task in pairs for p in _wire(task)[1]]
        for attempt in range(3):
            if not items:
                return
            try:
                self._post_json_text(f"api/projects/{project_id}/import/predictions",
                               _json_array(i for _, i in items))
                return
            except Exception as exc:
                if not _retryable(exc) or attempt == 2:
                    raise _studio_error(exc, self.url, "importing predictions") from None
                time.sleep(0.5 * (attempt + 1))
                try:
                    has = {t["id"]: t.get("total_predictions") for ts in
                           self.existing_tasks(project_id).values() for t in ts}
                except CurateError:
                    raise _studio_error(exc, self.url, "importing predictions") from None
                items = [i for i in items if not has.get(i[0])]

    def _update_tasks(self, project_id: int,
                      pairs: list[tuple[dict[str, Any], dict[str, Any]]]) -> None:
        """Bring unannotated tasks up to date: ``(current task, new task)`` pairs.

        Old predictions go in one request and new ones in one more, instead of three
        requests per task; each task's data is written last, because it carries the
        fingerprints: a push stopped before that sees the task as changed and does it again.
        """
        new_pred = [(cur["id"], task) for cur, task in pairs
                    if (cur.get("data") or {}).get("prediction_sha256")
                    != task["data"]["prediction_sha256"]]
        if new_pred:
            self._call("deleting old predictions", self._sdk.actions.create,
                       id="delete_tasks_predictions", project=project_id,
                       selected_items={"all": False, "included": [tid for tid, _ in new_pred]})
            self._import_predictions(project_id, new_pred)
        for cur, task in pairs:
            tid = cur["id"]
            self._call(f"updating task {tid}", self._sdk.tasks.update, str(tid),
                       data=task["data"])

    # -- pull ------------------------------------------------------------------------------
    def _annotated_tasks_after(self, project_id: int, after: int, condition: list[dict[str, Any]],
                               page_size: int, predictions: bool = False) -> dict[str, Any]:
        """One page of the project's tasks with ids above ``after`` that meet ``condition``.

        Data Manager filters, in id order: a page starts where the last one ended (keyset
        paging), so tasks annotated or deleted meanwhile never shift a task off a page.
        ``include`` is applied by Label Studio to the nested annotations and predictions as
        well, so only what a pull reads is loaded into JSON and sent.
        """
        from label_studio_sdk.core.api_error import ApiError

        query = {"filters": {"conjunction": "and", "items": [
            {"filter": "filter:tasks:id", "operator": "greater", "type": "Number",
             "value": after}, *condition]}, "ordering": ["tasks:id"]}
        params = {"project": project_id, "fields": "all",
                  "include": _PULL_FIELDS_WITH_PREDICTIONS if predictions else _PULL_FIELDS,
                  "resolve_uri": "false", "page_size": page_size, "page": 1,
                  "query": _dumps(query)}
        try:
            # streamed and joined here: an httpx response and its stream refer to each other,
            # so a body kept on the response (``.content``) would wait for the cyclic
            # collector, which a pull turns off
            with self._sdk._client_wrapper.httpx_client.stream(
                    "api/tasks", method="GET", params=params,
                    request_options={"timeout_in_seconds": 600}) as resp:
                body = b"".join(resp.iter_bytes())
                status, headers = resp.status_code, dict(resp.headers)
            if status >= 400:
                raise ApiError(status_code=status, headers=headers,
                               body=body[:300].decode("utf-8", "replace"))
            page = loads(body)
        except ValueError:
            raise StudioError(f"Label Studio at {self.url} sent a task list that is not JSON "
                              "while fetching annotations") from None
        except Exception as exc:
            raise _studio_error(exc, self.url, "fetching annotations") from None
        if not isinstance(page, dict) or not isinstance(page.get("tasks"), list):
            raise StudioError(f"Label Studio at {self.url} answered the task list with "
                              "something else than a page of tasks")
        return page

    def _task_page(self, project_id: int, after: int, condition: list[dict[str, Any]],
                   page_size: int, predictions: bool
                   ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """:meth:`_annotated_tasks_after`, and the page's tasks that have an id."""
        page = self._annotated_tasks_after(project_id, after, condition, page_size,
                                           predictions=predictions)
        return page, [t for t in page["tasks"] if isinstance(t, dict) and "id" in t]

    def _annotated_pages(self, project_id: int, page_size: int
                         ) -> Iterator[tuple[list[dict[str, Any]], int]]:
        """``(tasks, total)`` pages of every task with an annotation, in id order.

        First the tasks with a submitted annotation, then those that were only skipped (to
        count them); ``total`` is the number of tasks with a submitted annotation, for
        progress. Each page is fetched after the one before ends, by id: memory holds a
        page, never the project.
        """
        submitted = [{"filter": "filter:tasks:total_annotations", "operator": "greater",
                      "type": "Number", "value": 0}]
        only_skipped = [{"filter": "filter:tasks:total_annotations", "operator": "equal",
                         "type": "Number", "value": 0},
                        {"filter": "filter:tasks:cancelled_annotations", "operator": "greater",
                         "type": "Number", "value": 0}]
        total: int | None = None
        # Predictions are fetched only once a page has a task that needs them (pushed before
        # task data carried region digests, or with predictions from elsewhere): that page
        # again, and every page after it
        with_predictions = False
        for condition in (submitted, only_skipped):
            after = 0
            while True:
                page, tasks = self._task_page(project_id, after, condition, page_size,
                                              with_predictions)
                if not with_predictions and any(
                        convert.needs_predictions(t) for t in tasks if _submitted(t)):
                    with_predictions = True
                    page, tasks = self._task_page(project_id, after, condition, page_size, True)
                if total is None:
                    total = int(page.get("total") or 0)
                if not tasks:
                    break
                last = max(int(t["id"]) for t in tasks)
                if any(int(t["id"]) <= after for t in tasks):
                    raise StudioError(
                        f"Label Studio at {self.url} ignored the task filter (it sent task "
                        f"ids up to {after} again)",
                        hint="Pull pages through tasks with Data Manager filters (tested with "
                             "Label Studio 1.23); update the server.")
                yield tasks, total
                after = last
                # the page's total counts what is left from its first task on; a server may
                # send fewer tasks than asked (TASK_API_PAGE_SIZE_MAX), so that, or an empty
                # page, is what ends
                left = page.get("total")
                if isinstance(left, int) and left <= len(tasks):
                    break

    def users(self) -> dict[int, str]:
        """User id -> email, to say who annotated."""
        return {u.id: u.email for u in self._call("listing users", self._sdk.users.list)}

    def iter_pull(self, project: str, *, stats: PullResult | None = None,
                  on_progress: Callable[[int, int], None] | None = None,
                  page_size: int = PULL_PAGE_SIZE) -> Iterator[Document]:
        """The valid human records of a project as they are fetched, in task and annotation
        order; memory holds a few pages of tasks, not the project.

        ``stats`` (a :class:`PullResult`) receives the counts and the records set aside as
        invalid (with their findings) as the pull goes on. Everything else is as
        :meth:`pull`: write what this yields atomically and an error mid-way leaves the
        previous output as it was.
        """
        stats = stats if stats is not None else PullResult(project=project)
        proj = self.find_project(project)
        if proj is None:
            raise StudioError(f"no project named {project!r} on {self.url}",
                              hint="Check --project, or run `curate push` first.")
        proj = self._call("reading the project", self._sdk.projects.get, proj.id)
        labels = self.project_labels(proj)
        users = self.users()
        # A page parsed is a million small objects, and the records pile up: the cyclic
        # collector walked them all over again while the page was parsed, and the next
        # request waited behind it (a sixth of a 10,000-task pull). They hold no cycles.
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            yield from self._pull_pages(proj.id, project, labels, users, stats, on_progress,
                                        page_size)
        finally:
            if gc_was_enabled:
                gc.enable()

    def _pull_pages(self, project_id: int, project: str, labels: tuple[str, ...],
                    users: dict[int, str], stats: PullResult,
                    on_progress: Callable[[int, int], None] | None, page_size: int
                    ) -> Iterator[Document]:
        done = 0
        seen: set[int] = set()
        for tasks, total in _run_ahead(self._annotated_pages(project_id, page_size), ahead=2):
            page_records: list[Document] = []
            for task in tasks:
                anns = sorted((a for a in task.get("annotations") or () if isinstance(a, dict)),
                              key=lambda a: a.get("id") or 0)
                if not anns or task["id"] in seen:
                    continue
                seen.add(task["id"])
                if (task.get("data") or {}).get("curate_task_format") is None:
                    stats.skipped_foreign += 1  # imported by other means: no document behind
                    continue
                stats.tasks += 1
                stats.annotations += len(anns)
                stats.skipped_cancelled += sum(1 for a in anns if a.get("was_cancelled"))
                try:
                    page_records.extend(convert.task_to_documents(
                        {**task, "annotations": anns}, project=project, users=users,
                        labels=labels))
                except ValueError as exc:
                    raise StudioError(
                        f"task {task.get('id')}: cannot rebuild its document ({exc})",
                        hint="Task data must not be edited in Label Studio; push the document "
                             "again to a new project, or fix the task data.") from None
            good, bad = _set_aside_invalid(page_records)
            stats.rejects.extend(bad)
            stats.pulled += len(good)
            yield from good
            done += len(tasks)
            if on_progress is not None:
                on_progress(done, max(total, done))

    def pull(self, project: str, *,
             on_progress: Callable[[int, int], None] | None = None,
             page_size: int = PULL_PAGE_SIZE) -> PullResult:
        """One human record per submitted annotation, on each document's own text.

        The annotated tasks come from Label Studio's task list, ``page_size`` tasks per
        request in task id order, the next pages fetched while this one is converted;
        ``on_progress(done, total)`` is called per page. Raises StudioLabelError (naming
        task, annotation and region) when an annotation uses a label the project's config
        no longer has, and StudioUnavailable / StudioAuthError / StudioError when the server
        fails; a pull changes nothing on the server. Records that fail validation are
        returned in ``rejects`` with their findings, never dropped. To write records as
        they come instead of keeping them all, use :meth:`iter_pull`.
        """
        result = PullResult(project=project)
        result.records.extend(self.iter_pull(project, stats=result, on_progress=on_progress,
                                             page_size=page_size))
        return result


_WIRE = "_curate_wire"  # a built task's JSON for the import requests; never sent itself


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def _submitted(task: Mapping[str, Any]) -> bool:
    """Whether a task from the task list has an annotation that was not skipped."""
    return any(isinstance(a, dict) and not a.get("was_cancelled")
               for a in task.get("annotations") or ())


def _json_array(items: Iterable[str]) -> str:
    return "[" + ",".join(items) + "]"


def _wire(task: dict[str, Any]) -> tuple[str, list[str]]:
    """The JSON of ``{"data": ...}`` and of each prediction of a task built for a push."""
    wire = task.get(_WIRE)
    if wire is None:
        wire = (_dumps({"data": task["data"]}), [_dumps(p) for p in task["predictions"]])
    return wire


def _changed(current: Mapping[str, Any], task: Mapping[str, Any]) -> bool:
    """Does the task on the server differ from the one built now (data or prediction)?"""
    old, data = current.get("data") or {}, task["data"]
    return (old.get("data_sha256") != data["data_sha256"]
            or old.get("prediction_sha256") != data["prediction_sha256"])


def _touched(task: Mapping[str, Any]) -> bool:
    """Has a person worked on this task (an annotation, a skip, or a saved draft)?"""
    return bool(task.get("total_annotations") or task.get("cancelled_annotations")
                or task.get("drafts"))


# -- validation ------------------------------------------------------------------------------
@dataclass
class _Prepared:
    doc: Document
    task: dict[str, Any]
    findings: list[Any]
    left_out: int


class _TaskBuilder:
    """Builds and checks tasks; the label-config check is cached by region shape.

    Whether LabelInterface accepts a region depends on its control, type and label or
    choice, not on its offsets (those are checked against the text by curate.validate), so
    each distinct shape is checked once instead of every region of every task.
    """

    def __init__(self, label_config: str) -> None:
        self._li = _interface(label_config)
        self._seen: dict[tuple[Any, ...], list[str]] = {}

    def _shape_errors(self, item: Mapping[str, Any]) -> list[str]:
        v = item.get("value") or {}
        key = (item.get("type"), item.get("from_name"), item.get("to_name"),
               tuple(v.get("labels") or ()), tuple(v.get("choices") or ()),
               tuple(item.get("labels") or ()) if item.get("type") == "relation" else None)
        if key not in self._seen:
            if item.get("type") == "relation":
                # a relation is checked with the two regions it links
                a = {"id": "a", "from_name": convert.CONTROL_LABELS, "to_name": "text",
                     "type": "labels", "value": {"start": 0, "end": 1, "text": "x",
                                                 "labels": [self._any_label()]}}
                sample = [a, {**a, "id": "b"}, {**item, "from_id": "a", "to_id": "b"}]
            else:
                sample = [item]
            errors = self._li.validate_prediction({"result": sample}, return_errors=True)
            self._seen[key] = list(errors or [])
        return self._seen[key]

    def _any_label(self) -> str:
        return str(self._li.get_control(convert.CONTROL_LABELS).labels[0])

    def __call__(self, doc: Document) -> _Prepared:
        from curate.validate import Finding, validate_document

        task, left_out = convert.build_task(doc)
        findings = [f for f in validate_document(task, kind="ls-task")
                    if getattr(f, "severity", "error") == "error"]
        for i, pred in enumerate(task["predictions"]):
            for j, item in enumerate(pred["result"]):
                for err in self._shape_errors(item):
                    findings.append(Finding("label-config", f"the label config refuses the "
                                            f"prediction: {err}", record=doc.id,
                                            pointer=f"/predictions/{i}/result/{j}"))
        if not findings:
            # encoded here, in the worker thread, while the main thread waits on the server
            task[_WIRE] = (_dumps({"data": task["data"]}), [_dumps(p) for p in task["predictions"]])
        return _Prepared(doc, task, findings, len(left_out))


def _prepare_in_background(docs: Iterable[Document], build: _TaskBuilder,
                           chunk: int = 50, ahead: int = 500) -> Iterator[_Prepared]:
    """Build tasks in a worker thread while the main thread waits on the server.

    The worker may run a whole batch (``ahead`` documents) ahead, so the next batch is
    ready when the server has taken the last one.
    """

    def chunks() -> Iterator[list[_Prepared]]:
        buf: list[_Prepared] = []
        for doc in docs:
            buf.append(build(doc))
            if len(buf) >= chunk:
                yield buf
                buf = []
        if buf:
            yield buf

    for built in _run_ahead(chunks(), ahead=max(2, ahead // chunk + 1)):
        yield from built


def _run_ahead(items: Iterator[Any], ahead: int = 1) -> Iterator[Any]:
    """The items of ``items``, produced in a worker thread up to ``ahead`` items early.

    For a pull, the server prepares the next page while this process converts the one
    before; for a push, tasks are built while the server imports the batch before (two
    processes, two cores). Memory holds at most ``ahead + 2`` items. An error
    in the worker is raised here, in order; leaving early stops the worker.
    """
    import queue
    import threading

    q: queue.Queue[Any] = queue.Queue(maxsize=max(1, ahead))
    stop = threading.Event()
    done = object()

    def put(item: Any) -> bool:
        while not stop.is_set():
            try:
                q.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def work() -> None:
        try:
            for item in items:
                if not put(item):
                    return
            put(done)
        except BaseException as exc:  # handed to the consuming thread
            put(exc)

    threading.Thread(target=work, name="curate-ahead", daemon=True).start()
    try:
        while True:
            item = q.get()
            if item is done:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()  # the worker ends after the request it may be waiting on


def _set_aside_invalid(records: list[Document]) -> tuple[list[Document], Rejects]:
    """Split records into valid ones and ``(record, findings)`` for the rejects file."""
    from curate.validate import validate_document

    good: list[Document] = []
    rejects: list[tuple[Document, list[Any]]] = []
    for doc in records:
        findings = [f for f in validate_document(doc.to_dict(), kind="annotated-document")
                    if getattr(f, "severity", "error") == "error"]
        if findings:
            rejects.append((doc, findings))
        else:
            good.append(doc)
    return good, rejects


# -- connecting ------------------------------------------------------------------------------
def connect(url: str | None = None, api_key: str | None = None, *,
            directory: str | os.PathLike[str] | None = None, check: bool = True) -> Studio:
    """A client for ``url``/``api_key``, else LABEL_STUDIO_URL/LABEL_STUDIO_API_KEY, else
    the embedded server of ``curate studio start`` (its folder is ``directory``).

    Raises StudioUnavailable when no server answers and StudioAuthError when the key is
    refused (with ``check=True``, the default).
    """
    url = url or os.environ.get("LABEL_STUDIO_URL")
    api_key = api_key or os.environ.get("LABEL_STUDIO_API_KEY")
    if url and not api_key:
        raise ConfigError("LABEL_STUDIO_URL is set but LABEL_STUDIO_API_KEY is not",
                          hint="Set LABEL_STUDIO_API_KEY to your Label Studio access token "
                               "(Account & Settings in Label Studio).")
    if not url:
        creds = load_credentials(directory)
        status = server_status(directory)
        if creds is None or not status.running:
            raise StudioUnavailable(
                "no Label Studio server: LABEL_STUDIO_URL is not set and the embedded server "
                f"({status.directory}) is not running")
        url, api_key = creds.url, creds.token
    studio = Studio(url, api_key or "")
    if check:
        studio.check()
    return studio
