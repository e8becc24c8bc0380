"""Speed and peak memory of `curate export` (issue 6 target: 100,000 documents < 30 s, < 1 GB).

Builds annotated-document JSONL by replicating the segmented seeds (each copy its own id)
with about --spans synthetic spans each (QUOTEs linked to SPEAKERs by said_by, PLACEs with
GeoNames ids, DATEs with values, overlapping as in real data), then times one export of it
into a temporary folder: indexing, validation, row building, tokens and tags, Parquet
writing, checksums, card, manifest check and publish. Peak RSS is the whole process's.
Prints wall and CPU seconds and the CPU seconds of each stage, measured in that run.

    python benchmarks/bench_export.py --docs 100000
"""

from __future__ import annotations

import argparse
import functools
import importlib
import os
import random
import re
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import seed_documents

from curate.export import export
from curate.jsonl import dump_line
from curate.records import Annotation, Document, Relation, Span
from curate.segment import segment

_WORD = re.compile(r"\w+")


def synthetic_spans(doc: Document, n_spans: int, rng: random.Random) -> Document:
    """``doc`` with about ``n_spans`` valid spans over its content sentences."""
    sentences = list(doc.sentences())
    spans: list[Span] = []
    relations: list[Relation] = []
    n_quotes = max(1, n_spans // 6)
    for sent in rng.sample(sentences, min(n_quotes, len(sentences))):
        words = list(_WORD.finditer(doc.text, sent.start, sent.end))
        if len(words) < 4:
            continue
        sp_w, q0, q1 = words[0], words[1], words[-1]
        q = Span(f"Q{q0.start()}-{q1.end()}", "QUOTE", q0.start(), q1.end(),
                 doc.text[q0.start():q1.end()], 0.9, "quotes.indirect@1",
                 quote_type=rng.choice(("direct", "indirect")))
        s = Span(f"S{sp_w.start()}-{sp_w.end()}", "SPEAKER", sp_w.start(), sp_w.end(),
                 sp_w.group(), 0.8, "speakers.nearest@1", resolved="Dmitry Peskov")
        spans += [q, s]
        relations.append(Relation(f"{q.id}>{s.id}", q.id, s.id, score=0.8,
                                  source="quotes.indirect@1"))
    words = [m for sent in sentences for m in _WORD.finditer(doc.text, sent.start, sent.end)]
    taken = {(s.start, s.end) for s in spans}
    for m in rng.sample(words, min(len(words), n_spans * 2)):
        if len(spans) >= n_spans:
            break
        if (m.start(), m.end()) in taken:
            continue
        taken.add((m.start(), m.end()))
        if rng.random() < 0.6:
            spans.append(Span(f"P{m.start()}-{m.end()}", "PLACE", m.start(), m.end(), m.group(),
                              0.95, "places.gazetteer@1", geonameid=524901, country_code="RU"))
        else:
            spans.append(Span(f"D{m.start()}-{m.end()}", "DATE", m.start(), m.end(), m.group(),
                              0.9, "dates.absolute@1", value="2025-05-16"))
    spans.sort(key=lambda s: (s.start, s.end, s.label))
    return doc.replace(spans=tuple(spans), relations=tuple(relations),
                       annotation=Annotation(kind="heuristic", version="bench-1"))


def write_corpus(path: Path, n_docs: int, n_spans: int) -> int:
    """Write ``n_docs`` annotated documents; return the bytes written."""
    rng = random.Random(6)
    templates = []
    for doc in seed_documents():
        line = dump_line(synthetic_spans(segment(doc), n_spans, rng).to_dict())
        templates.append((doc.id, line))
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n_docs):
            doc_id, line = templates[i % len(templates)]
            fh.write(line.replace(f'"id":"{doc_id}"', f'"id":"{doc_id}-{i:07d}"', 1))
            fh.write("\n")
    return path.stat().st_size


class StageTimer:
    """CPU seconds of each stage of one export, measured inside the real run.

    Wraps the functions each stage runs in (called once a batch, so the wrappers cost
    nothing measurable) and charges CPU time to the innermost stage running; what no stage
    claims inside the batch loop (reading records with pread, grouping them by document,
    their fields as Python objects) is "records", and the rest "other".
    """

    # (module, attribute path, stage); missing ones are skipped (they belong to other
    # modules that may be renamed)
    STAGES = (
        ("curate.export.writer", "InputIndex.__init__", "index input (ids, sha256)"),
        ("curate.validate.columnar", "_read", "Arrow JSON parse"),
        ("curate.validate.columnar", "clean_rows", "columnar validation"),
        ("curate.validate.columnar", "parse_chunk", "columnar chunk prep"),
        ("curate.export", "_write_data", "records (read, group, Python fields)"),
        ("curate.export.tables", "BatchBuilder.build", "table: documents"),
        ("curate.export.tables", "BatchBuilder._build_segments", "table: paragraphs+sentences"),
        ("curate.export.tables", "BatchBuilder._build_spans", "table: spans"),
        ("curate.export.tables", "BatchBuilder._build_quotes", "table: quotes"),
        ("curate.export.tables", "BatchBuilder._build_tokens", "table: tokens (BIO)"),
        ("curate.export.writer", "TableWriters.write", "Parquet writing"),
        ("curate.export.writer", "TableWriters.close", "Parquet writing"),
        ("curate.export", "file_sha256", "sha256 of files"),
        ("curate.export", "_verify_written", "manifest check"),
    )

    def __init__(self) -> None:
        self.totals: dict[str, float] = {}
        self._stack: list[list[Any]] = []
        self._undo: list[tuple[Any, str, Any]] = []

    def _wrap(self, fn: Callable[..., Any], stage: str) -> Callable[..., Any]:
        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            now = time.process_time()
            if self._stack:
                outer = self._stack[-1]
                self.totals[outer[0]] = self.totals.get(outer[0], 0.0) + now - outer[1]
            self._stack.append([stage, now])
            try:
                return fn(*args, **kwargs)
            finally:
                end = time.process_time()
                name, since = self._stack.pop()
                self.totals[name] = self.totals.get(name, 0.0) + end - since
                if self._stack:
                    self._stack[-1][1] = end
        return timed

    def __enter__(self) -> StageTimer:
        for module, path, stage in self.STAGES:
            owner: Any = importlib.import_module(module)
            *parents, attr = path.split(".")
            try:
                for part in parents:
                    owner = getattr(owner, part)
                fn = getattr(owner, attr)
            except AttributeError:
                continue
            self._undo.append((owner, attr, fn))
            setattr(owner, attr, self._wrap(fn, stage))
        return self

    def __exit__(self, *exc: object) -> None:
        for owner, attr, fn in reversed(self._undo):
            setattr(owner, attr, fn)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--spans", type=int, default=50, help="spans per document")
    ap.add_argument("--keep", type=Path, default=None, help="keep the export in this folder")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-export-"))
    try:
        src = tmp / "annotated.jsonl"
        size = write_corpus(src, args.docs, args.spans)
        root = args.keep or tmp / "exports"
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        with StageTimer() as stages:
            t0, c0 = time.perf_counter(), time.process_time()
            result = export(src, "bench", root=root)
            seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        counts = result.manifest["counts"]
        data_mb = sum(f["bytes"] for f in result.manifest["files"]) / 1e6
        print(f"command: {' '.join([sys.executable, *sys.argv])}")
        print(f"input: {args.docs} documents, {sum(counts['labels'].values())} spans, "
              f"{size / 1e6:.0f} MB JSONL")
        print("tables: " + ", ".join(f"{t} {sum(v.values())}"
                                      for t, v in counts["tables"].items()))
        print(f"output: {data_mb:.0f} MB Parquet in {result.path}")
        print(f"seconds: {seconds:.1f} wall, {cpu:.1f} CPU (os.getloadavg: "
              f"{', '.join(f'{x:.1f}' for x in os.getloadavg())})")
        print(f"docs/s: {args.docs / seconds:,.0f}")
        print(f"peak RSS: {peak_mb:.0f} MB (before export: {rss_before / 1024:.0f} MB)")
        print("CPU seconds by stage (measured in this run):")
        for name, secs in sorted(stages.totals.items(), key=lambda kv: -kv[1]):
            print(f"  {name:38s} {secs:6.2f}")
        print(f"  {'other (imports, card, publish ...)':38s} "
              f"{cpu - sum(stages.totals.values()):6.2f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
