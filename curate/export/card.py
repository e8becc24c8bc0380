"""The dataset card (README.md) of an export version, rendered from its manifest.

Hugging Face reads the YAML header: ``configs`` (one per table, ``data_files`` per split)
make ``datasets.load_dataset(folder, name=table)`` work, and ``dataset_info`` lists the
features and split sizes. The body says what the labels mean, how the data was made and
how to load it with pandas, pyarrow, datasets, DuckDB and Polars. Every number in the card
comes from the manifest, so card and data never disagree.
"""

from __future__ import annotations

import json
from typing import Any

import pyarrow as pa

from curate.export.splits import SPLITS
from curate.export.tables import NER_PRIORITY, TABLE_DESCRIPTIONS, TABLES, TAG_COLUMNS
from curate.export.writer import data_file

__all__ = ["feature_yaml", "render_card"]

DEFAULT_CONFIG = "documents"

LABEL_MEANINGS: dict[str, str] = {
    "SPEAKER": "The mention that is the source of a QUOTE: the name only, without title or "
               "role (\"Dmitry Peskov\"), or a description or pronoun when that is the "
               "mention (\"the Kremlin\", \"he\"). Every SPEAKER is the target of a said_by. "
               "`resolved` carries the named mention a pronoun or description refers to.",
    "QUOTE": "Reported speech attributed to a source. direct: the words inside quotation "
             "marks, marks excluded; indirect: the reported clause of a speech verb, without "
             "\"that\". Scare quotes, titles and noun-phrase objects (\"expressed "
             "optimism\") are not quotes. `quote_type` is direct or indirect.",
    "PLACE": "A proper name of a geographic or geopolitical place (countries, regions, "
             "cities, bodies of water, continents), also as a modifier (\"US President\"). "
             "Not demonyms (\"Russian\"), places inside other names (\"The Moscow Times\"), "
             "or organisations. `geonameid` and `country_code` identify it when the "
             "gazetteer knows it.",
    "DATE": "A calendar expression for a day, month, year or season, absolute or relative "
            "(\"May 16\", \"last week\"). Not durations, clock times or vague references. "
            "`value` is a TIMEX3 value resolved against the publication date "
            "(2025-05-16, 2024-08, 2013-W11, XXXX-05-16), null when it cannot be resolved.",
}


def _dtype(t: pa.DataType) -> str:
    if pa.types.is_dictionary(t):
        return _dtype(t.value_type)
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return "string"
    return str(t)  # int16, int32, int64, float, bool


def _yaml_dtype_name(t: pa.DataType) -> str:
    name = _dtype(t)
    return {"float": "float32", "double": "float64", "bool": "bool"}.get(name, name)


def feature_yaml(schema: pa.Schema) -> list[dict[str, str]]:
    """Hugging Face ``features`` entries for an Arrow schema (dictionaries read as strings)."""
    out = []
    for f in schema:
        if pa.types.is_list(f.type):
            out.append({"name": f.name, "list": _yaml_dtype_name(f.type.value_type)})
        else:
            out.append({"name": f.name, "dtype": _yaml_dtype_name(f.type)})
    return out


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid YAML scalar


def _yaml_header(manifest: dict[str, Any]) -> str:
    rows = manifest["counts"]["tables"]
    sizes = {f["path"]: f["bytes"] for f in manifest["files"]}
    lines = ["---", f"pretty_name: {_q(manifest['name'])}", "language:", "- en",
             "task_categories:", "- token-classification", "tags:", "- curate",
             "- quotation-attribution", "- named-entity-recognition", "configs:"]
    for table in TABLES:
        present = [s for s in SPLITS if rows[table].get(s, 0) > 0]
        if not present:
            continue
        lines.append(f"- config_name: {table}")
        if table == DEFAULT_CONFIG:
            lines.append("  default: true")
        lines.append("  data_files:")
        for s in present:
            lines += [f"  - split: {s}", f"    path: {data_file(table, s)}"]
    lines.append("dataset_info:")
    for table, schema in TABLES.items():
        present = [s for s in SPLITS if rows[table].get(s, 0) > 0]
        if not present:
            continue
        lines += [f"- config_name: {table}", "  features:"]
        for feat in feature_yaml(schema):
            key = "list" if "list" in feat else "dtype"
            lines += [f"  - name: {feat['name']}", f"    {key}: {feat[key]}"]
        lines.append("  splits:")
        for s in present:
            lines += [f"  - name: {s}", f"    num_bytes: {sizes.get(data_file(table, s), 0)}",
                      f"    num_examples: {rows[table][s]}"]
    lines.append("---")
    return "\n".join(lines)


def _table(header: list[str], body: list[list[Any]]) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in body]
    return "\n".join(out)


def _columns(table: str) -> str:
    rows = []
    for f in TABLES[table]:
        t = f.type
        shown = (f"dictionary<{t.value_type}>" if pa.types.is_dictionary(t)
                 else f"list<{t.value_type.value_type}> (dictionary)"
                 if pa.types.is_list(t) and pa.types.is_dictionary(t.value_type) else str(t))
        desc = (f.metadata or {}).get(b"description", b"").decode()
        rows.append([f"`{f.name}`", shown, desc.replace("|", "\\|")])
    return _table(["column", "type", "description"], rows)


def render_card(manifest: dict[str, Any]) -> str:
    """The README.md of a version; every number comes from the manifest."""
    name, version = manifest["name"], manifest["version"]
    counts = manifest["counts"]
    rows = counts["tables"]
    docs = sum(counts["splits"].values())
    spans = sum(counts["labels"].values())
    src = manifest.get("source") or {}
    ratios = manifest["splits"]
    parts: list[str] = [_yaml_header(manifest), ""]
    parts += [
        f"# {name} {version}", "",
        f"News articles annotated for quotation attribution and named entities: "
        f"{docs} documents, {spans} spans (SPEAKER, QUOTE, PLACE, DATE) and the `said_by` "
        f"links from quotes to their speakers, exported by curate {manifest['curate_version']}"
        f" on {manifest['created']}.", "",
        f"- Version: `{version}`" + (f" (follows `{manifest['parent']}`)"
                                    if manifest.get("parent") else " (first version)"),
        f"- Content hash: `{manifest['content_sha256']}` (equal data, equal hash)",
        f"- Spans checked by a person: {counts.get('human_checked', 0)}; "
        f"made by the heuristics only: {counts.get('heuristic_only', 0)}",
        "- Every file and its sha256 is listed in `manifest.json`; a version is never "
        "changed after it is written.", "",
        "## Tables", "",
        "One Hugging Face config a table; each has a file per split "
        "(`data/<table>/<split>-00000-of-00001.parquet`). A split with no rows has no file.",
        "",
        _table(["table", "one row is", *SPLITS, "total"],
               [[f"`{t}`", TABLE_DESCRIPTIONS[t].removeprefix("One row ").rstrip("."),
                 *(rows[t].get(s, 0) for s in SPLITS), sum(rows[t].values())]
                for t in TABLES]), "",
        "## Labels", "",
        _table(["label", "spans", "meaning"],
               [[f"`{label}`", counts["labels"].get(label, 0), meaning]
                for label, meaning in LABEL_MEANINGS.items()]), "",
        "`said_by` links a QUOTE to its SPEAKER; the `quotes` table has one row a quote "
        "with its speaker (speaker columns are null for a quote with no link). "
        "`speaker_name` is the resolved name of a pronoun or description, else the mention. "
        "The labels follow the curate labeling spec, version 1.", "",
        "## Annotations", "",
        "- Documents pre-annotated by the heuristics only have one annotation "
        "(`source` = `heuristic`, `rule` names the rule and its version).",
        "- Documents checked in Label Studio keep **every** annotator's annotation: rows of "
        "`spans`, `quotes` and `tokens` carry `annotator` and `annotation_id`. The "
        "`documents` table has one row a document (`annotators` lists them). `primary` "
        "marks one annotation a document to train on: the most recently updated human one. "
        "Filter `primary == True` for one label set a document.",
        "- A human annotation supersedes the heuristic one of the same document (it "
        "already holds the predictions the annotator accepted: `origin` = accepted, "
        f"changed or added); {src.get('superseded_heuristic_records', 0)} heuristic "
        "records were left out for that reason.", "",
        "## Splits", "",
        f"Ratios train {ratios['train']}, dev {ratios['dev']}, test {ratios['test']}: "
        "the split of a document is fixed by the first 8 bytes of sha256(document id), so a "
        "document never changes split when others are added (only a change of ratios "
        "moves documents).", "",
        _table(["split", "documents"], [[s, counts["splits"].get(s, 0)] for s in SPLITS]), "",
        "## Text, paragraphs, sentences, tokens", "",
        "- Offsets are Python code-point offsets into `documents.text` "
        "(`text[start:end]` is the span, sentence or token text). JavaScript counts UTF-16 "
        "units: convert before using them there.",
        "- `paragraphs` keeps every block, boilerplate too (`kind` = boilerplate, with "
        "`reason`, e.g. also-read or support-banner) so nothing of the text is hidden; "
        "filter `is_content` for article text. Boilerplate is never annotated.",
        "- `tokens`: one row a sentence and annotation. A token is a run of letters, "
        "digits and `_`, or one other non-space character; tokens never cross sentences. "
        "Tags are IOB2. A token is in a span when they share a character. "
        + ", ".join(f"`{c}`" for c in TAG_COLUMNS)
        + " tag one label each, so overlapping labels (a PLACE inside a QUOTE, a PLACE that "
        "is also a SPEAKER) are all kept. `ner_tags` is one flat sequence over "
        + ", ".join(NER_PRIORITY) + " where the first of these wins an overlap; QUOTE is "
        "left out of it because quotes contain entities. Within one label, a span nested "
        "in another keeps the outer one; a span running into the next sentence starts "
        "again with B- there.", "",
        "## How it was made", "",
        "1. `curate ingest`: articles read exactly as scraped, segmented into headline, "
        "paragraphs, sentences and boilerplate.",
        "2. `curate annotate`: heuristic pre-annotation (rules with versions: "
        + (", ".join(f"`{v}`" for v in src.get("heuristics_versions", [])) or "none here")
        + ").",
        ("3. `curate push` / `curate pull`: annotators corrected the pre-annotations in "
         "Label Studio (projects: "
         + (", ".join(f"`{p}`" for p in src.get("label_studio_projects", [])) or "unknown")
         + f"; {len(src.get('annotators', []))} annotators)."
         if counts.get("human_checked", 0) else
         "3. Not checked by annotators yet: every span is a heuristic pre-annotation."),
        "4. `curate validate` checked every record against the JSON Schemas; "
        f"`curate export` wrote this version ({src.get('records', 0)} input records).", "",
        "Input files: "
        + (", ".join(f"`{f['path']}` (sha256 `{f['sha256'][:12]}…`)"
                     for f in src.get("files", [])) or "records given in memory") + ".", "",
        "## How to load it", "",
        "Run these from this folder (the one holding this README).", "",
        "```python",
        "# Hugging Face datasets: one config a table",
        "from datasets import load_dataset",
        'spans = load_dataset(".", name="spans")          # or: load_dataset("parquet", '
        'data_files={"train": "data/spans/train-*.parquet"})',
        'print(spans["train"][0])',
        "```", "",
        "```python",
        "import pandas as pd",
        'docs = pd.read_parquet("data/documents/train-00000-of-00001.parquet")',
        'tokens = pd.read_parquet("data/tokens/")           # all splits; see column split',
        "```", "",
        "```python",
        "import pyarrow.dataset as ds",
        'spans = ds.dataset("data/spans/", format="parquet").to_table()',
        "```", "",
        "```python",
        "import duckdb",
        "duckdb.sql(\"SELECT label, count(*) FROM 'data/spans/*.parquet' "
        "GROUP BY label\").show()",
        "```", "",
        "```python",
        "import polars as pl",
        'quotes = pl.read_parquet("data/quotes/*.parquet")',
        "```", "",
        "## Columns", "",
    ]
    for table in TABLES:
        parts += [f"### {table}", "", TABLE_DESCRIPTIONS[table], "", _columns(table), ""]
    parts += [
        "## Provenance", "",
        f"- curate {manifest['curate_version']}, table schema "
        f"{manifest.get('table_schema_version')}, record schemas {manifest['schema_version']}",
        f"- label_config.xml sha256 `{manifest['label_config_sha256']}`",
        "- JSON Schema sha256: "
        + ", ".join(f"{k} `{v[:12]}…`" for k, v in sorted(manifest["schemas"].items())), "",
    ]
    return "\n".join(parts)
