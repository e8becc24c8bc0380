"""Push and pull speed against a real, local Label Studio (started here, in a temp folder).

Push: N documents of seed size (the seeds, pre-annotated by the heuristics, repeated with new
ids) into a fresh project, then the same push again (nothing to do: the reconcile cost),
then again with a new heuristics version on 500 of them (updates in place).
Pull: a project of N tasks as a push leaves them (with the prediction) that each carry one
submitted annotation, fetched and converted back into human records (``Studio.pull`` in this
process), then the same with the command users run, ``curate pull -o FILE`` in a child
process (records validated and written; its own peak RSS). Each step prints wall time and
the CPU seconds of the client and of the label-studio server process (from /proc), as the
machine may be shared.

Run:
    .venv/bin/python benchmarks/bench_studio.py            # N = 10000
    .venv/bin/python benchmarks/bench_studio.py -n 2000 --keep /tmp/ls-bench
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from curate.heuristics import annotate  # noqa: E402
from curate.ingest import ingest  # noqa: E402
from curate.records import Document  # noqa: E402
from curate.segment import segment_all  # noqa: E402
from curate.studio import (  # noqa: E402
    Studio,
    convert,
    load_credentials,
    start_server,
    stop_server,
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _documents(n: int) -> list[Document]:
    seeds = [annotate(d) for d in segment_all(ingest([str(REPO / "seeds")]))]
    return [seeds[i % len(seeds)].replace(id=f"{seeds[i % len(seeds)].id}-{i:06d}")
            for i in range(n)]


def _server_cpu(pid: int | None) -> float:
    """CPU seconds (user + system) the server process has used so far (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError, TypeError):
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class _Clock:
    """Wall time, this process's CPU time and the server's CPU time of one step."""

    def __init__(self, server_pid: int | None) -> None:
        self.pid = server_pid

    def __enter__(self) -> _Clock:
        self.t0, self.c0 = time.perf_counter(), time.process_time()
        self.s0 = _server_cpu(self.pid)
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.t0
        self.client = time.process_time() - self.c0
        self.server = _server_cpu(self.pid) - self.s0

    def cpu(self) -> str:
        return f"[CPU: client {self.client:5.1f} s, server {self.server:5.1f} s]"


def _annotated_project(studio: Studio, name: str, docs: list[Document], user_id: int) -> None:
    """Set-up, not timed: tasks as a push leaves them (the heuristics' prediction) that
    already carry one submitted annotation each, made from that prediction."""
    from curate.studio.client import guidelines_html, label_config_xml

    proj = studio.sdk.projects.create(title=name, label_config=label_config_xml(),
                                      expert_instruction=guidelines_html())
    for i in range(0, len(docs), 500):
        tasks = []
        for doc in docs[i:i + 500]:
            task = convert.document_to_task(doc)
            result = task["predictions"][0]["result"]
            tasks.append({"data": task["data"], "predictions": task["predictions"],
                          "annotations": [{"result": result, "completed_by": user_id}]})
        studio.sdk.projects.import_tasks(proj.id, request=tasks)


def _update(studio: Studio, pid: int | None, docs: list[Document], project: str) -> None:
    n = len(docs)
    # A new heuristics version for some documents: each changed task's data is written
    # with one PATCH (Label Studio has no bulk update of task data), so this is timed on
    # a slice; the predictions themselves go in bulk.
    k = min(n, 500)
    newer = [d.replace(annotation=dataclasses.replace(d.annotation, version="bench-next"))
             if d.annotation is not None and i < k else d for i, d in enumerate(docs)]
    with _Clock(pid) as c:
        updated = studio.push(newer, project)
    assert (updated.updated, updated.unchanged) == (k, n - k), updated.to_dict()
    print(f"push update: {c.wall:6.1f} s  ({k} of {n} with a new heuristics version, "
          f"{1000 * c.wall / k:.0f} ms per updated document)  {c.cpu()}")


# `curate` with its own peak RSS at exit: VmHWM of the process after exec (the rusage of a
# child also counts the parent it was forked from)
_CURATE_WITH_PEAK_RSS = """
import atexit, sys
def peak():
    with open("/proc/self/status") as fh:
        sys.stderr.write("".join(line for line in fh if line.startswith("VmHWM")))
atexit.register(peak)
from curate.cli import main
sys.argv = ["curate", *sys.argv[1:]]
main()
"""


def _pull_command(status: object, token: str, project: str, directory: Path, n: int) -> float:
    """``curate pull`` as users run it, in a child process; returns its wall time."""
    out = directory / "pulled.jsonl"
    env = {**os.environ, "LABEL_STUDIO_URL": getattr(status, "url", ""),
           "LABEL_STUDIO_API_KEY": token}
    cmd = [sys.executable, "-c", _CURATE_WITH_PEAK_RSS, "pull", "--project", project,
           "-o", str(out)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with _Clock(getattr(status, "pid", None)) as c:
        done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"curate pull failed ({done.returncode}): {done.stderr[-500:]}")
    with out.open(encoding="utf-8") as fh:
        lines = sum(1 for _ in fh)
    assert lines == n, (lines, n)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    peak = [line.split()[1] for line in done.stderr.splitlines() if line.startswith("VmHWM:")]
    print(f"curate pull: {c.wall:6.1f} s  {n / c.wall:7.0f} records/s  ({lines} records written)"
          f"  [CPU: client {cpu:5.1f} s, server {c.server:5.1f} s]  "
          f"peak RSS {int(peak[-1]) / 1024 if peak else float('nan'):.0f} MB")
    out.unlink()
    return c.wall


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=10_000, help="documents (default 10000)")
    ap.add_argument("--keep", help="server folder to use and keep (default: a temp folder)")
    ap.add_argument("--skip", default="", help="steps to leave out, comma-separated: "
                    "again,update,pull,cli (push always runs; cli: the `curate pull` run)")
    args = ap.parse_args()
    skip = {x.strip() for x in args.skip.split(",") if x.strip()}
    n = args.n
    directory = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-ls-"))
    print(f"command: {' '.join([Path(sys.executable).name, *sys.argv])}")
    t0 = time.perf_counter()
    status = start_server(directory, port=None if args.keep else _free_port(), timeout=600)
    print(f"server: {status.url} (label-studio started in {time.perf_counter() - t0:.0f} s)")
    creds = load_credentials(directory)
    assert creds is not None
    try:
        studio = Studio(status.url or "", creds.token)
        docs = _documents(n)
        chars = sum(len(d.text) for d in docs) / n
        spans = sum(len(d.spans) for d in docs) / n
        print(f"documents: {n}, {chars:.0f} characters and {spans:.0f} spans each on average")
        stamp = int(time.time())

        with _Clock(status.pid) as c:
            report = studio.push(docs, f"bench-push-{stamp}")
        push_s = c.wall
        assert report.created == n, report.to_dict()
        print(f"push:        {push_s:6.1f} s  {n / push_s:7.0f} docs/s  (created {report.created})"
              f"  {c.cpu()}")

        with _Clock(status.pid) as c:
            again = studio.push(docs, f"bench-push-{stamp}") if "again" not in skip else None
        if again is not None:
            assert again.unchanged == n, again.to_dict()
            print(f"push again:  {c.wall:6.1f} s  {n / c.wall:7.0f} docs/s  (all unchanged)  "
                  f"{c.cpu()}")
        if "update" not in skip:
            _update(studio, status.pid, docs, f"bench-push-{stamp}")
        if "pull" in skip:
            return
        user_id = studio.sdk.users.whoami().id
        t = time.perf_counter()
        _annotated_project(studio, f"bench-pull-{stamp}", docs, user_id)
        print(f"(set-up: {n} annotated tasks imported in {time.perf_counter() - t:.0f} s)")

        with _Clock(status.pid) as c:
            pulled = studio.pull(f"bench-pull-{stamp}")
        pull_s = c.wall
        assert len(pulled.records) + len(pulled.rejects) == n, pulled.to_dict()
        print(f"pull:        {pull_s:6.1f} s  {n / pull_s:7.0f} records/s  "
              f"({len(pulled.records)} records, {len(pulled.rejects)} rejects)  {c.cpu()}")
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak RSS of this process: {rss:.0f} MB (it also holds the {n} documents pushed)")
        if "cli" not in skip:
            pull_s = max(pull_s, _pull_command(status, creds.token, f"bench-pull-{stamp}",
                                               directory, n))
        ok = push_s < 60 and pull_s < 60
        print("target (< 60 s each): " + ("met" if ok else "MISSED"))
    finally:
        if not args.keep:
            stop_server(directory)
            shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
