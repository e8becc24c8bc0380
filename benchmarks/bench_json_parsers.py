"""How fast the JSON parsers at hand read the export benchmark's input, on one core.

`curate export` must read annotated-document JSONL (issue 6). This times, in CPU seconds and
scaled to the 100,000-document corpus of ``bench_export.py``, what each parser installed here
needs to turn the same JSONL into columns (Arrow tables or Python objects), so that the
export's parse stage can be compared with the floor any reader would have:

- pyarrow.json with curate's explicit schema (what export uses), and with every field
  ignored (the tokenizer alone: no reader built on it can go below this);
- Polars ``read_ndjson`` with the same schema and DuckDB ``read_json``, each on one thread;
- orjson into Python objects (before any column is built).

The in-memory parsers read the input in chunks of export's batch size (1,000 documents,
about 24 MB), as export does: Arrow is slower on much larger blocks.

    python benchmarks/bench_json_parsers.py --docs 5000
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("POLARS_MAX_THREADS", "1")  # read when Polars is imported

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pyarrow as pa
import pyarrow.json as pj
from bench_export import write_corpus

from curate.export import DEFAULT_BATCH_DOCS
from curate.validate.columnar import ARROW_SCHEMA

FULL_DOCS = 100_000


def _arrow(schema: pa.Schema, behavior: str) -> Callable[[bytes, Path], object]:
    def read(data: bytes, _path: Path) -> object:
        return pj.read_json(
            pa.BufferReader(data),
            read_options=pj.ReadOptions(use_threads=False, block_size=len(data) + 1),
            parse_options=pj.ParseOptions(explicit_schema=schema,
                                          unexpected_field_behavior=behavior))
    return read


def _polars(data: bytes, _path: Path) -> object:
    import polars as pl

    schema = pl.from_arrow(ARROW_SCHEMA.empty_table()).schema  # type: ignore[union-attr]
    return pl.read_ndjson(io.BytesIO(data), schema=schema)


def _duckdb(_data: bytes, path: Path) -> object:
    import duckdb

    con = duckdb.connect()
    con.execute("SET threads=1")
    return con.sql(f"SELECT * FROM read_json('{path}', format='newline_delimited')"
                   ).to_arrow_table()


def _orjson(data: bytes, _path: Path) -> object:
    import orjson

    return [orjson.loads(line) for line in data.splitlines()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=5000,
                    help="documents to parse (about 24 KB each); figures are scaled to 100,000")
    ap.add_argument("--repeat", type=int, default=2, help="best of this many runs")
    args = ap.parse_args()
    parsers: dict[str, Callable[[bytes, Path], object]] = {
        "pyarrow.json, explicit schema (export)": _arrow(ARROW_SCHEMA, "infer"),
        "pyarrow.json, every field ignored": _arrow(pa.schema([]), "ignore"),
        "polars.read_ndjson, schema, 1 thread": _polars,
        "duckdb read_json, 1 thread": _duckdb,
        "orjson.loads, a line at a time": _orjson,
    }
    with tempfile.TemporaryDirectory(prefix="bench-json-") as tmp:
        path = Path(tmp) / "annotated.jsonl"
        size = write_corpus(path, args.docs, 50)
        lines = path.read_bytes().splitlines(keepends=True)
        chunks = [b"".join(lines[i:i + DEFAULT_BATCH_DOCS])
                  for i in range(0, len(lines), DEFAULT_BATCH_DOCS)]
        scale = FULL_DOCS / args.docs
        print(f"command: {' '.join([sys.executable, *sys.argv])}")
        print(f"input: {args.docs} documents, {size / 1e6:.0f} MB; CPU seconds scaled to "
              f"{FULL_DOCS:,} documents ({size * scale / 1e9:.2f} GB)")
        for name, parse in parsers.items():
            best = float("inf")
            try:
                for _ in range(args.repeat):
                    t0 = time.process_time()
                    if name.startswith("duckdb"):
                        parse(b"", path)
                    else:
                        for chunk in chunks:
                            parse(chunk, path)
                    best = min(best, time.process_time() - t0)
            except Exception as exc:  # a parser that fails here is reported, not fatal
                print(f"  {name:40s} failed: {type(exc).__name__}: {exc}"[:120])
                continue
            print(f"  {name:40s} {best * scale:6.1f} s  ({size / best / 1e6:4.0f} MB/s)")


if __name__ == "__main__":
    main()
