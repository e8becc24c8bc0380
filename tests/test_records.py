"""The data model: round trips, immutability, and errors that name the field."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from curate.errors import InputError, RecordError
from curate.jsonl import atomic_writer, read_documents, read_jsonl, write_documents
from curate.records import Annotation, Document, Provenance, Relation, Segment, Span

TEXT = "Putin said 👍 “We agree,” on Monday in Moscow."


def annotated() -> Document:
    q = TEXT.index("We agree,")
    return Document(
        id="d1",
        text=TEXT,
        meta={"published": "2025-05-21", "title": "T"},
        provenance=Provenance(path="x.txt", sha256="0" * 64, format="txt"),
        segments=(
            Segment(
                "b0",
                "paragraph",
                0,
                len(TEXT),
                TEXT,
                line=1,
                raw_start=0,
                raw_end=len(TEXT.encode()),
            ),
        ),
        spans=(
            Span(
                "S0-5", "SPEAKER", 0, 5, "Putin", 0.9, "speakers.said@1", resolved="Vladimir Putin"
            ),
            Span(
                f"Q{q}-{q + 9}",
                "QUOTE",
                q,
                q + 9,
                "We agree,",
                0.95,
                "quotes.direct@1",
                quote_type="direct",
            ),
            Span(
                "D0-0",
                "DATE",
                TEXT.index("Monday"),
                TEXT.index("Monday") + 6,
                "Monday",
                source="dates.weekday@1",
                value=None,
            ),
        ),
        relations=(Relation(f"Q{q}-{q + 9}>S0-5", f"Q{q}-{q + 9}", "S0-5", source="x@1"),),
        annotation=Annotation(kind="heuristic", version="1"),
    )


def test_round_trip_through_json_is_lossless() -> None:
    doc = annotated()
    again = Document.from_dict(json.loads(json.dumps(doc.to_dict())))
    assert again == doc
    for s in again.spans:
        assert again.text[s.start : s.end] == s.text


def test_date_value_null_is_written_but_absent_fields_are_not() -> None:
    d = annotated().to_dict()
    date = next(s for s in d["spans"] if s["label"] == "DATE")
    assert "value" in date and date["value"] is None
    speaker = next(s for s in d["spans"] if s["label"] == "SPEAKER")
    assert "value" not in speaker and "quote_type" not in speaker
    assert d["relations"][0]["from"].startswith("Q")


def test_records_are_immutable() -> None:
    doc = annotated()
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.spans[0].start = 3  # type: ignore[misc]
    assert doc.replace(id="d2").id == "d2" and doc.id == "d1"


def test_plain_document_has_no_annotation_keys() -> None:
    d = Document(id="a", text="x").to_dict()
    assert set(d) == {"id", "text", "meta", "segments"}


@pytest.mark.parametrize(
    ("record", "field", "message"),
    [
        ({"text": "x"}, "id", "missing"),
        ({"id": "a", "text": 3}, "text", "must be a string"),
        ({"id": "a", "text": "x", "meta": []}, "meta", "must be an object"),
        (
            {"id": "a", "text": "x", "spans": [{"id": "s", "label": "QUOTE"}]},
            "spans",
            "lacks 'start'",
        ),
        (
            {"id": "a", "text": "x", "relations": [{"id": "r", "to": "s"}]},
            "relations",
            "lacks 'from'",
        ),
    ],
)
def test_malformed_records_name_the_field(record: dict, field: str, message: str) -> None:
    with pytest.raises(RecordError) as info:
        Document.from_dict(record, where="in.jsonl:7")
    assert info.value.field == field
    assert message in str(info.value) and "in.jsonl:7" in str(info.value)


def test_read_documents_reports_file_line_and_field(tmp_path: Path) -> None:
    f = tmp_path / "d.jsonl"
    f.write_text('{"id": "a", "text": "x"}\n{"id": "b", "text": "y", "spans": [{"id": 1}]}\n')
    with pytest.raises(RecordError) as info:
        list(read_documents(f))
    assert (info.value.path, info.value.line, info.value.field) == (str(f), 2, "spans")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"id": "a", "text": "x"}\n{"id": "b", "te', ":2: not valid JSON"),
        (b"\xef\xbb\xbf{}\n", ":1: starts with a byte-order mark"),
        (b'{"a": 1}\n[1, 2]\n', ":2: expected a JSON object, got list"),
        (b'{"a": "caf\xe9"}\n', "is not UTF-8"),
    ],
)
def test_read_jsonl_errors(tmp_path: Path, content: bytes, message: str) -> None:
    f = tmp_path / "x.jsonl"
    f.write_bytes(content)
    with pytest.raises(InputError, match=message):
        list(read_jsonl(f))


def test_atomic_writer_keeps_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    write_documents(target, [Document(id="old", text="kept")])
    before = target.read_bytes()

    def boom():  # a stream that fails half way
        yield Document(id="new", text="x")
        raise RuntimeError("killed")

    with pytest.raises(RuntimeError):
        write_documents(target, boom())
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]  # no temp file left over


def test_atomic_writer_creates_parent_folders(tmp_path: Path) -> None:
    with atomic_writer(tmp_path / "a" / "b.jsonl") as fh:
        fh.write("{}\n")
    assert (tmp_path / "a" / "b.jsonl").read_text() == "{}\n"
