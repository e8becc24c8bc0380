"""Speed and peak memory of `curate export` (issue 6 target: 100,000 documents < 30 s, < 1 GB).

Builds annotated-document JSONL by replicating the segmented seeds (each copy its own id)
with about --spans synthetic spans each (QUOTEs linked to SPEAKERs by said_by, PLACEs with
GeoNames ids, DATEs with values, overlapping as in real data), then times one export of it
into a temporary folder: indexing, validation, row building, tokens and tags, Parquet
writing, checksums, card, manifest check and publish. Peak RSS is the whole process's.

    python benchmarks/bench_export.py --docs 100000
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

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


def sample_costs(src: Path, n: int) -> tuple[float, float, float]:
    """CPU seconds per record, on the first ``n`` records: Arrow parsing, the columnar
    checks (curate.validate.columnar), and for comparison the per-record validator on
    records parsed by orjson (what export did before the columnar path)."""
    import orjson

    from curate.validate import validate_document
    from curate.validate.columnar import _read, clean_rows
    from curate.validate.schemas import config_labels

    labels = config_labels()
    with open(src, "rb") as fh:
        lines = [fh.readline() for _ in range(n)]
    data = b"".join(lines).replace(b'"value":null', b'"value":"\\u0001"')
    t0 = time.process_time()
    table = _read(data)
    t1 = time.process_time()
    clean_rows(table, labels, replaced=data.count(b'"value":"\\u0001"'))
    t2 = time.process_time()
    for line in lines:
        validate_document(orjson.loads(line), kind="annotated-document")
    t3 = time.process_time()
    return (t1 - t0) / n, (t2 - t1) / n, (t3 - t2) / n


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
        parse_s, check_s, old_s = sample_costs(src, 1000)
        print(f"of which (CPU, extrapolated from 1,000 records): Arrow JSON parsing "
              f"{parse_s * args.docs:.1f} s, columnar validation {check_s * args.docs:.1f} s "
              f"(per-record validation of orjson-parsed records would be "
              f"{old_s * args.docs:.1f} s)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
