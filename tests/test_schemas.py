"""The JSON Schemas are the one contract: the dataclasses, the label config, the Parquet
tables and the compiled fast checks are tested to agree with them."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from curate import records
from curate.records import (
    LABELS,
    QUOTE_TYPES,
    RELATION_LABELS,
    SEGMENT_KINDS,
    Annotation,
    Document,
    Provenance,
    Relation,
    Segment,
    Span,
)
from curate.validate import load_schema, schema_path
from curate.validate.compile import compile_schema
from curate.validate.schemas import (
    SCHEMA_NAMES,
    config_labels,
    fast_check,
    precise_validator,
    record_schema,
)

ROOT = Path(__file__).parent.parent
BROKEN = Path(__file__).parent / "broken"


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_schema_is_draft_2020_12_with_id_title_version(name: str) -> None:
    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"https://curate.dev/schemas/{name}.schema.json"
    assert schema["title"] and schema["description"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", schema["version"])
    assert schema_path(name) == ROOT / "schemas" / f"{name}.schema.json"


def _properties(schema: Any, where: str = "#") -> list[tuple[str, Any]]:
    """Every (location, property schema) under any ``properties`` in the schema."""
    out = []
    if isinstance(schema, dict):
        for key, value in schema.items():
            if key == "properties" and isinstance(value, dict):
                for prop, sub in value.items():
                    out.append((f"{where}/properties/{prop}", sub))
                    out += _properties(sub, f"{where}/properties/{prop}")
            else:
                out += _properties(value, f"{where}/{key}")
    elif isinstance(schema, list):
        for i, value in enumerate(schema):
            out += _properties(value, f"{where}/{i}")
    return out


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_every_property_has_a_description(name: str) -> None:
    props = _properties(load_schema(name))
    assert len(props) > 10
    undocumented = [where for where, sub in props
                    if not (isinstance(sub, dict) and str(sub.get("description", "")).strip())]
    assert undocumented == []


# -- dataclasses <-> schemas ------------------------------------------------------------------

JSON_NAMES = {"from_id": "from", "to_id": "to"}
DEFS = {Provenance: "provenance", Segment: "segment", Span: "span", Relation: "relation",
        Annotation: "annotation"}


def _fields(cls: type) -> set[str]:
    return {JSON_NAMES.get(f.name, f.name) for f in dataclasses.fields(cls)}


@pytest.mark.parametrize("name", ["document", "annotated-document"])
def test_every_dataclass_field_is_a_schema_property_and_back(name: str) -> None:
    schema = load_schema(name)
    assert set(schema["properties"]) == _fields(Document)
    for cls, key in DEFS.items():
        assert set(schema["$defs"][key]["properties"]) == _fields(cls), cls.__name__
        assert schema["$defs"][key]["additionalProperties"] is False


def test_document_and_annotated_document_share_definitions() -> None:
    a, b = load_schema("document"), load_schema("annotated-document")
    assert a["$defs"] == b["$defs"]
    assert set(b["required"]) - set(a["required"]) == {"spans", "relations", "annotation"}


def _full_document() -> Document:
    text = "MOSCOW - Peskov said on Wednesday that talks go on."
    return Document(
        id="d1", text=text, meta={"title": "T", "published": "2025-05-22", "url": "https://x"},
        provenance=Provenance(path="a.jsonl", sha256="0" * 64, format="jsonl", line=3),
        segments=(
            Segment("b0", "paragraph", 0, len(text), text, line=1, raw_start=0,
                    raw_end=len(text)),
            Segment("s0", "sentence", 0, len(text), text, parent="b0"),
            Segment("b1", "boilerplate", len(text), len(text), "", reason="also-read"),
        ),
        spans=(
            Span("P0-6", "PLACE", 0, 6, "MOSCOW", 0.9, "places.gazetteer@1", geonameid=524901,
                 country_code="RU", annotator="a@x.org", origin="changed"),
            Span("S9-15", "SPEAKER", 9, 15, "Peskov", resolved="Dmitry Peskov",
                 annotator="a@x.org", origin="accepted"),
            Span("D24-33", "DATE", 24, 33, "Wednesday", value="2025-05-21", annotator="a@x.org",
                 origin="added"),
            Span("Q39-50", "QUOTE", 39, 50, "talks go on", quote_type="indirect",
                 annotator="a@x.org", origin="accepted"),
        ),
        relations=(Relation("Q39-50>S9-15", "Q39-50", "S9-15"),),
        annotation=Annotation(kind="human", annotator="a@x.org", created_at="2025-05-23T10:00:00Z",
                              updated_at="2025-05-23T10:05:00+00:00", task_id=1,
                              annotation_id=2, project="news", deleted=("P1-2",)),
    )


def test_to_dict_of_every_field_set_is_valid_and_round_trips() -> None:
    doc = _full_document()
    d = doc.to_dict()
    for name in ("document", "annotated-document"):
        errors = list(precise_validator(name).iter_errors(d))
        assert errors == [], [e.message for e in errors]
        assert fast_check(name)(d)  # type: ignore[misc]
    # every optional field of every dataclass was set, so every schema property is used
    used = {k for s in d["spans"] for k in s} | set(d["annotation"]) | set(d["provenance"])
    used |= {k for s in d["segments"] for k in s}
    used |= set(Annotation(kind="heuristic", version="1").to_dict())
    schema = load_schema("annotated-document")
    for key in ("span", "annotation", "provenance", "segment"):
        assert set(schema["$defs"][key]["properties"]) <= used
    assert Document.from_dict(d) == doc


def test_a_heuristic_date_without_value_is_valid() -> None:
    doc = _full_document()
    spans = tuple(s if s.label != "DATE" else dataclasses.replace(s, value=None) for s in doc.spans)
    d = doc.replace(spans=spans, annotation=Annotation(kind="heuristic", version="1")).to_dict()
    assert not list(precise_validator("annotated-document").iter_errors(d))


# -- labels: records, schemas, label_config.xml -----------------------------------------------

def _config_from_sdk() -> tuple[set[str], set[str]]:
    from label_studio_sdk.label_interface import LabelInterface

    interface = LabelInterface((ROOT / "label_config.xml").read_text())
    labels = {v for c in interface.controls if c.tag == "Labels" for v in c.labels}
    relations = set(re.findall(r'<Relation\s+value="([^"]+)"',
                               (ROOT / "label_config.xml").read_text()))
    return labels, relations


def test_label_enums_equal_records_and_label_config() -> None:
    config, relations = _config_from_sdk()
    assert config == set(LABELS)
    assert relations == set(RELATION_LABELS)
    assert config_labels().labels == config
    assert config_labels().relations == relations
    doc = load_schema("annotated-document")["$defs"]
    assert doc["span"]["properties"]["label"]["enum"] == list(LABELS)
    assert doc["relation"]["properties"]["label"]["enum"] == list(RELATION_LABELS)
    assert doc["span"]["properties"]["quote_type"]["enum"] == list(QUOTE_TYPES)
    assert doc["segment"]["properties"]["kind"]["enum"] == list(SEGMENT_KINDS)
    for name in ("ls-task", "ls-export"):
        defs = load_schema(name)["$defs"]
        labels_value = defs["labels_region"]["properties"]["value"]["properties"]["labels"]
        assert labels_value["items"]["enum"] == list(LABELS)
        assert defs["relation_item"]["properties"]["labels"]["items"]["enum"] == list(
            RELATION_LABELS)
    manifest = load_schema("manifest")["properties"]["counts"]["properties"]
    assert manifest["labels"]["propertyNames"]["enum"] == list(LABELS)
    assert set(records.LABELS) == set(LABELS)


def test_quote_type_choices_in_label_config_match_the_schema() -> None:
    choices = config_labels().choices
    if not choices:
        pytest.skip("label_config.xml has no per-region Choices yet")
    assert set(QUOTE_TYPES) in [set(v) for v in choices.values()]


def test_parquet_tables_agree_with_the_span_schema() -> None:
    tables = pytest.importorskip("curate.export.tables")
    span_props = set(load_schema("annotated-document")["$defs"]["span"]["properties"])
    columns = set(tables.TABLES["spans"].names)
    # source means heuristic|human in the table, the rule is its own column
    assert span_props - {"source", "annotator"} <= columns
    for name in ("start", "end"):
        assert str(tables.TABLES["spans"].field(name).type) == "int32"
    assert {"id", "text"} <= set(tables.TABLES["documents"].names)


# -- the compiled fast check agrees with jsonschema ------------------------------------------

def _corpus_records() -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for path in sorted(BROKEN.iterdir()):
        if path.name == "expected.json" or path.suffix not in (".json", ".jsonl"):
            continue
        raw = path.read_bytes().lstrip(b"\xef\xbb\xbf")
        if path.suffix == ".json":
            try:
                doc = json.loads(raw)
            except ValueError:
                continue
            if isinstance(doc, list):
                kind = "ls-export" if any("annotations" in t for t in doc
                                          if isinstance(t, dict)) else "ls-task"
                out += [(kind, t) for t in doc]
            continue
        for line in raw.splitlines():
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            kind = ("spans" if path.name.startswith("spans.") else
                    "annotated-document" if isinstance(rec, dict) and "spans" in rec
                    else "document")
            out.append((kind, rec))
    return out


def test_fast_check_agrees_with_jsonschema_on_the_corpus() -> None:
    recs = _corpus_records()
    assert len(recs) > 30
    for kind, rec in recs:
        check = fast_check(kind)
        assert check is not None, kind
        precise = not list(precise_validator(kind).iter_errors(rec))
        assert check(rec) == precise, (kind, rec if not precise else "")


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_fast_check_never_accepts_what_jsonschema_rejects(data: st.DataObject) -> None:
    kind, rec = data.draw(st.sampled_from([r for r in _corpus_records()
                                           if r[0] in ("annotated-document", "ls-task")]))
    rec = json.loads(json.dumps(rec))
    spans = rec.get("spans") if isinstance(rec, dict) else None
    if isinstance(spans, list) and spans:
        span = spans[data.draw(st.integers(0, len(spans) - 1))]
        if isinstance(span, dict):
            key = data.draw(st.sampled_from([*span, "extra"]))
            span[key] = data.draw(st.none() | st.integers(-3, 3) | st.floats(allow_nan=False)
                                  | st.sampled_from(["", "QUOTE", "DATE", "human", "direct",
                                                     "RU", "x@1", "2025"]) | st.booleans())
    check = fast_check(kind)
    assert check is not None
    precise = not list(precise_validator(kind).iter_errors(rec))
    assert check(rec) == precise


@pytest.mark.parametrize(("schema", "good", "bad"), [
    ({"type": "integer", "minimum": 0}, [0, 5], [-1, 1.5, True, "1", None]),
    ({"type": ["string", "null"], "minLength": 2}, ["ab", None], ["a", 3]),
    ({"enum": ["a", "b"]}, ["a"], ["c", 1, ["a"]]),
    ({"type": "object", "required": ["a"], "additionalProperties": False,
      "properties": {"a": {"const": "x"}}}, [{"a": "x"}], [{"a": "y"}, {}, {"a": "x", "b": 1}]),
    ({"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2},
     [[1, 2]], [[1], [1, 2, 3], [1, "2"]]),
    ({"if": {"properties": {"k": {"const": "q"}}, "required": ["k"]},
      "then": {"required": ["t"]}, "else": {"not": {"required": ["t"]}}},
     [{"k": "q", "t": 1}, {"k": "p"}, 5], [{"k": "q"}, {"k": "p", "t": 1}]),
    ({"type": "string", "pattern": "^[A-Z]{2}$"}, ["RU"], ["ru", "RUS"]),
    ({"type": "string", "format": "date-time"}, ["2025-05-23T10:00:00Z"],
     ["2025-05-23", "yesterday", "2025-02-30T10:00:00Z"]),
    ({"anyOf": [{"type": "integer"}, {"type": "object", "required": ["id"]}]},
     [3, {"id": 1}], [{}, "x"]),
    ({"type": "object", "propertyNames": {"enum": ["A"]},
      "additionalProperties": {"type": "integer"}}, [{"A": 1}, {}], [{"B": 1}, {"A": "1"}]),
])
def test_compiler_keywords(schema: dict[str, Any], good: list[Any], bad: list[Any]) -> None:
    check = compile_schema(schema)
    for value in good:
        assert check(value), value
    for value in bad:
        assert not check(value), value


def test_record_schemas_for_every_kind_compile() -> None:
    for kind in ("document", "annotated-document", "spans", "ls-task", "ls-export", "manifest"):
        assert fast_check(kind) is not None, kind
        Draft202012Validator.check_schema(record_schema(kind))


def test_manifest_tables_are_the_export_tables() -> None:
    tables = pytest.importorskip("curate.export.tables")
    counts = load_schema("manifest")["properties"]["counts"]["properties"]
    assert counts["tables"]["propertyNames"]["enum"] == list(tables.TABLES)
