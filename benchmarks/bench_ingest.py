"""Speed of ingest + segmentation on one core (issue 2 target: >= 1,000,000 words/s).

Writes the corpus (seeds replicated to --words words) as .txt files into a temporary
folder, then times ``ingest`` + ``segment`` over it: file reading, decoding, hashing,
boilerplate rules, paragraphs and sentences. JSON writing is timed separately.

    python benchmarks/bench_ingest.py --words 1000000
"""

from __future__ import annotations

import argparse
import io
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import replicated, words

from curate.ingest import ingest
from curate.jsonl import dump_line
from curate.segment import segment


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3, help="best of N runs")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        n_words = 0
        n_docs = 0
        for doc in replicated(args.words):
            (Path(tmp) / f"{doc.id}.txt").write_text(doc.text, encoding="utf-8")
            n_words += words(doc.text)
            n_docs += 1
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            docs = [segment(d) for d in ingest([tmp])]
            best = min(best, time.perf_counter() - t0)
        n_segments = sum(len(d.segments) for d in docs)
        t0 = time.perf_counter()
        buf = io.StringIO()
        for d in docs:
            buf.write(dump_line(d.to_dict()))
        t_json = time.perf_counter() - t0

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"command: python benchmarks/bench_ingest.py --words {args.words}")
    print(f"corpus: {n_docs} documents, {n_words:,} words, {n_segments:,} segments")
    print(f"ingest + segment: {best:.3f} s (best of {args.repeat}) = {n_words / best:,.0f} words/s")
    print(f"to JSON lines:    {t_json:.3f} s = {n_words / t_json:,.0f} words/s")
    print(f"peak RSS: {rss:.0f} MB")


if __name__ == "__main__":
    main()
