"""Speed and memory of the whole annotate pass, and dateparser on the same text.

Builds a corpus of about a million words by repeating the seed articles (each copy with
its own id), then streams it through what ``curate annotate`` does to each document:
segmentation, QUOTE + SPEAKER + said_by, PLACE, DATE, overlap resolution, and (as a
second figure) serialisation to a JSON line. Peak memory is the process's maximum
resident set size. In the same run it times ``dateparser.search.search_dates`` (the usual
library answer to "find the dates in this text") on a sample of the same documents and
extrapolates to the corpus: it is far too slow to run on all of it.

Run:  .venv/bin/python benchmarks/bench_annotate.py [--words N] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from curate.heuristics import annotate, attribution, dates, places  # noqa: E402
from curate.ingest import ingest  # noqa: E402
from curate.jsonl import dump_line  # noqa: E402
from curate.records import Document  # noqa: E402
from curate.segment import segment  # noqa: E402


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def corpus(seeds: list[Document], words: int) -> Iterator[tuple[Document, int]]:
    """Copies of the seeds, each a new document, with its word count, until ``words`` words
    were produced (words are counted once per seed: counting is not part of the pass)."""
    counts = [len(seed.text.split()) for seed in seeds]
    produced = 0
    n = 0
    while produced < words:
        for seed, count in zip(seeds, counts, strict=True):
            yield Document(id=f"{seed.id}-{n}", text=seed.text, meta=dict(seed.meta)), count
            produced += count
            n += 1
            if produced >= words:
                return


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--dateparser-docs", type=int, default=20,
                        help="documents in the dateparser sample")
    parser.add_argument("--profile", action="store_true", help="print a cProfile summary")
    args = parser.parse_args()
    command = "python benchmarks/bench_annotate.py " + " ".join(sys.argv[1:])
    print(f"command: {command.strip()}")

    seeds = list(ingest([ROOT / "seeds"]))
    words_per_round = sum(len(d.text.split()) for d in seeds)
    print(f"corpus: the {len(seeds)} seeds ({words_per_round} words) repeated to "
          f"{args.words:,} words")

    # Warm-up: the place gazetteer is built once per process (not part of the pass).
    t0 = time.perf_counter()
    for d in seeds:
        annotate(d)
    warm = time.perf_counter() - t0
    rss_before = peak_rss_mb()

    profiler = cProfile.Profile() if args.profile else None
    words = docs = spans = 0
    c0 = time.process_time()
    t0 = time.perf_counter()
    if profiler:
        profiler.enable()
    for doc, count in corpus(seeds, args.words):
        out = annotate(doc)
        words += count
        docs += 1
        spans += len(out.spans)
    if profiler:
        profiler.disable()
    elapsed = time.perf_counter() - t0
    cpu = time.process_time() - c0
    rss = peak_rss_mb()

    t0 = time.perf_counter()
    for doc, _count in corpus(seeds, args.words):
        dump_line(annotate(doc).to_dict())
    elapsed_json = time.perf_counter() - t0

    print(f"warm-up (gazetteer build + 5 docs): {warm:.2f} s; peak RSS after warm-up "
          f"{rss_before:.0f} MB")
    print(f"annotate pass: {docs:,} docs, {words:,} words, {spans:,} spans in {elapsed:.2f} s "
          f"wall = {words / elapsed:,.0f} words/s; {cpu:.2f} s CPU = {words / cpu:,.0f} words/s "
          f"on one core")
    load = os.getloadavg()[0]
    if load > (os.cpu_count() or 1) * 0.75:
        print(f"note: load average {load:.1f} on {os.cpu_count()} cores: other processes share "
              "the CPU, so the wall-clock figure is low; the CPU figure is the pass's own")
    print(f"annotate + JSON line: {words / elapsed_json:,.0f} words/s (wall)")
    # where the time goes: each stage alone, CPU seconds per million words
    segmented = [segment(Document(id=d.id, text=d.text, meta=dict(d.meta))) for d in seeds]
    rounds = max(1, round(words / words_per_round))
    stages = {
        "segment": lambda d: segment(d.replace(segments=())),
        "quotes+speakers+said_by": attribution.attribute,
        "places": places.find_places,
        "dates": dates.find_dates,
    }
    parts = []
    for name, stage in stages.items():
        c0 = time.process_time()
        for _ in range(rounds):
            for d in segmented:
                stage(d)
        parts.append(f"{name} {(time.process_time() - c0) / (rounds * words_per_round) * 1e6:.2f}")
    # (each stage alone reads the text for its own words; annotate reads it once for all)
    print("CPU s per million words by stage, each run alone: " + ", ".join(parts))
    print(f"peak RSS: {rss:.0f} MB (whole process, streaming)")

    # dateparser on a sample of the same documents, extrapolated
    from dateparser.search import search_dates

    sample = [d.text for d, _count in corpus(seeds, args.words)][: args.dateparser_docs]
    sample_words = sum(len(t.split()) for t in sample)
    c0 = time.process_time()
    for text in sample:
        search_dates(text, languages=["en"])
    dp = time.process_time() - c0
    dp_rate = sample_words / dp
    print(f"dateparser.search.search_dates(text, languages=['en']): {sample_words:,} words "
          f"(a {len(sample)}-document sample) in {dp:.2f} s CPU = {dp_rate:,.0f} words/s; "
          f"extrapolated to {words:,} words: {words / dp_rate:,.0f} s")
    print(f"ratio (CPU time): the whole annotate pass is {(words / cpu) / dp_rate:,.0f}x faster "
          f"than dateparser's date search alone")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


if __name__ == "__main__":
    main()
