"""Speed of `curate validate` (issue 5 target: 1,000,000 span records at >= 200,000 records/s
on one core), beside a plain jsonschema loop over the same records in the same run.

Two corpora, both written to a temporary folder first (writing is not timed):

* annotated-document JSONL: the seeds, segmented and pre-annotated by the heuristics, copied
  (each copy its own id) until their spans total --spans. Figures are spans/s (and
  documents/s) for the whole of `validate_paths`: reading, JSON parsing, the schema layer and
  every semantic check, from a process that has not validated anything yet (loading the
  schemas and label_config.xml is part of it).
* flat span rows (``--kind spans``): the same spans, one a line with their document id
  (records/s; both corpora are "span records", so the target holds for both).

The jsonschema baseline validates the same parsed records with
``Draft202012Validator(schema).iter_errors``; it is about 100 times slower, so by default it
runs on the first --baseline-docs documents / rows and its rate is per span like ours
(``--baseline-docs 0`` runs it on everything).

The target is per core, so the figures are per CPU-second of this process
(``time.process_time()``: the machine may be shared, and validation is single-threaded);
wall-clock rates are printed beside them.

    .venv/bin/python benchmarks/bench_validate.py --spans 1000000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from jsonschema import Draft202012Validator

from curate.ingest import ingest
from curate.jsonl import dump_line
from curate.records import Annotation, Document
from curate.segment import segment_all
from curate.validate import validate_paths
from curate.validate.schemas import load_schema, record_schema

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def annotated_seeds() -> list[Document]:
    from curate.heuristics.attribution import attribute
    from curate.heuristics.dates import find_dates
    from curate.heuristics.places import find_places

    docs = []
    for doc in segment_all(ingest([str(SEEDS)])):
        speakers, quotes, relations = attribute(doc)
        spans = sorted([*speakers, *quotes, *find_places(doc), *find_dates(doc)],
                       key=lambda s: (s.start, s.end))
        docs.append(doc.replace(spans=tuple(spans), relations=tuple(relations),
                                annotation=Annotation(kind="heuristic", version="1")))
    return docs


def write_corpora(folder: Path, n_spans: int) -> tuple[Path, Path, int, int]:
    templates = [d.to_dict() for d in annotated_seeds()]
    docs_path, rows_path = folder / "annotated.jsonl", folder / "spans.jsonl"
    n_docs = spans = 0
    with docs_path.open("w", encoding="utf-8") as docs, \
            rows_path.open("w", encoding="utf-8") as rows:
        while spans < n_spans:
            t = templates[n_docs % len(templates)]
            rec = dict(t, id=f"{t['id']}-{n_docs}")
            docs.write(dump_line(rec) + "\n")
            for s in rec["spans"]:
                rows.write(dump_line({"doc_id": rec["id"], **s}) + "\n")
            spans += len(rec["spans"])
            n_docs += 1
    return docs_path, rows_path, n_docs, spans


def baseline(path: Path, kind: str, limit: int) -> tuple[int, int, float, float]:
    """(records, spans, wall seconds, CPU seconds) of a plain jsonschema loop: parse each
    line, iter_errors."""
    validator = Draft202012Validator(record_schema(kind) if kind == "spans"
                                     else load_schema(kind))
    n = spans = 0
    t0, c0 = time.perf_counter(), time.process_time()
    with path.open("rb") as fh:
        for line in fh:
            rec = json.loads(line)
            for _ in validator.iter_errors(rec):
                pass
            n += 1
            spans += len(rec["spans"]) if kind != "spans" else 1
            if limit and n >= limit:
                break
    return n, spans, time.perf_counter() - t0, time.process_time() - c0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--spans", type=int, default=1_000_000, help="spans in each corpus")
    ap.add_argument("--baseline-docs", type=int, default=300,
                    help="documents for the jsonschema baseline (0: all); rows get 60x this")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-validate-") as tmp:
        docs_path, rows_path, n_docs, n_spans = write_corpora(Path(tmp), args.spans)
        size = docs_path.stat().st_size / 1e6
        print(f"corpus: {n_docs:,} annotated documents with {n_spans:,} spans "
              f"({size:,.0f} MB JSONL); the same spans as {n_spans:,} flat rows")

        t0, c0 = time.perf_counter(), time.process_time()
        report = validate_paths([docs_path])
        t_docs, c_docs = time.perf_counter() - t0, time.process_time() - c0
        assert report.ok and report.records == n_docs, report.summary()
        t0, c0 = time.perf_counter(), time.process_time()
        report = validate_paths([rows_path], kind="spans")
        t_rows, c_rows = time.perf_counter() - t0, time.process_time() - c0
        assert report.ok and report.records == n_spans, report.summary()

        b_docs, b_spans, b_t, b_c = baseline(docs_path, "annotated-document",
                                             args.baseline_docs)
        b_rows, _, b_rt, b_rc = baseline(rows_path, "spans", args.baseline_docs * 60)

    ours = n_spans / c_docs  # per CPU-second: the target is for one core
    theirs = b_spans / b_c
    ours_rows = n_spans / c_rows
    theirs_rows = b_rows / b_rc
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print()
    print("annotated-document JSONL (spans counted; per CPU-second, wall-clock rate beside):")
    print(f"  curate validate : {ours:>12,.0f} spans/s  ({n_docs / c_docs:,.0f} documents/s; "
          f"{n_spans:,} spans in {c_docs:.2f} s CPU, {t_docs:.2f} s wall: "
          f"{n_spans / t_docs:,.0f} spans/s wall)")
    print(f"  plain jsonschema: {theirs:>12,.0f} spans/s  ({b_docs:,} documents, {b_spans:,} "
          f"spans in {b_c:.2f} s CPU, {b_t:.2f} s wall: {b_spans / b_t:,.0f} spans/s wall)")
    print(f"  ratio           : {ours / theirs:>12.1f}x")
    print("flat span rows (--kind spans):")
    print(f"  curate validate : {ours_rows:>12,.0f} records/s  ({n_spans:,} in {c_rows:.2f} s "
          f"CPU, {t_rows:.2f} s wall)")
    print(f"  plain jsonschema: {theirs_rows:>12,.0f} records/s  ({b_rows:,} in {b_rc:.2f} s "
          f"CPU, {b_rt:.2f} s wall)")
    print(f"  ratio           : {ours_rows / theirs_rows:>12.1f}x")
    print(f"peak RSS: {peak:,.0f} MB; CPUs this process may use: "
          f"{len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else '?'} "
          f"(validation is single-threaded; pin it with `taskset -c 0`); load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"command: {sys.executable} benchmarks/bench_validate.py --spans {args.spans} "
          f"--baseline-docs {args.baseline_docs}")
    target = 200_000
    print(f"target >= {target:,} spans per CPU-second (one core): annotated documents "
          f"{'met' if ours >= target else 'NOT met'}, flat span rows "
          f"{'met' if ours_rows >= target else 'NOT met'}")


if __name__ == "__main__":
    main()
