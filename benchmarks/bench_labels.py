"""Per-label throughput of the PLACE and DATE heuristics, and what building them costs.

Builds a corpus of about a million words from the seed articles (each copy a separate
document with its own publication date), segments it once, then times ``find_places`` and
``find_dates`` over every document, and for scale ``dateparser.search.search_dates`` on a
sample of the same text. Prints words/s per label, the one-off import/build time of the
gazetteer, and peak RSS.

    .venv/bin/python benchmarks/bench_labels.py [--words 1000000] [--dateparser-words 20000]
        [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=1_000_000)
    ap.add_argument("--dateparser-words", type=int, default=20_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    print(f"command: {' '.join(sys.argv)}")

    t0 = time.perf_counter()
    from curate.heuristics import dates, gazetteer, places
    t_import = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    gazetteer.automaton()
    t_build, c_build = time.perf_counter() - t0, time.process_time() - c0
    print(f"import: {t_import:.2f} s   gazetteer build: {t_build:.2f} s ({c_build:.2f} s CPU, "
          f"{len(gazetteer.places()):,} names)   peak RSS after build: {_rss_mb():.0f} MB")

    from curate.ingest import ingest
    from curate.segment import segment

    seeds = [segment(d) for d in ingest(sorted((ROOT / "seeds").glob("*.txt")))]
    seed_words = sum(len(d.text.split()) for d in seeds)
    copies = max(1, args.words // seed_words)
    day = dt.date(2025, 5, 28)
    docs = [
        d.replace(id=f"{d.id}-{i}", meta={"published": (day - dt.timedelta(days=i)).isoformat()})
        for i in range(copies)
        for d in seeds
    ]
    words = seed_words * copies
    print(f"corpus: {len(docs):,} documents, {words:,} words (the seeds are dense: about one "
          f"word in 19 is a place, one in 70 is in a date)")

    # CPU time of this process, best of --repeat runs: the machine may be shared, and
    # wall-clock time would charge other processes' work to ours.
    for label, fn in (("PLACE", places.find_places), ("DATE", dates.find_dates)):
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.process_time()
            n = sum(len(fn(d)) for d in docs)
            best = min(best, time.process_time() - t0)
        print(f"{label:6} {n:9,} spans  {best:6.2f} s CPU  {words / best:12,.0f} words/s  "
              f"({best / words * 1e6:.2f} s per million words)")
    print(f"peak RSS: {_rss_mb():.0f} MB")

    if args.dateparser_words <= 0:
        return
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser not installed: skipping the comparison (pip install 'curate[bench]')")
        return
    sample, n_words = [], 0
    for d in docs:
        if n_words >= args.dateparser_words:
            break
        sample.append(d.text)
        n_words += len(d.text.split())
    t0 = time.process_time()
    for text in sample:
        search_dates(text, languages=["en"])
    secs = time.process_time() - t0
    t0 = time.process_time()
    for d in docs[: len(sample)]:
        dates.find_dates(d)
    ours = time.process_time() - t0
    print(f"dateparser.search.search_dates: {n_words / secs:,.0f} words/s on {n_words:,} words; "
          f"find_dates is {secs / ours:,.0f}x faster on the same documents")


if __name__ == "__main__":
    main()
