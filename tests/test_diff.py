"""`curate diff`: what changed between two export versions, exactly."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_export import as_human, small_doc

from curate.cli import main
from curate.errors import ExportError
from curate.export import diff, export
from curate.records import Document, Span


def edit(doc: Document) -> Document:
    """Relabel the DATE as a PLACE, move the PLACE, drop the pronoun SPEAKER, add a DATE."""
    t = doc.text
    spans: list[Span] = []
    he = next(s for s in doc.spans if s.text == "he")
    for s in doc.spans:
        if s.label == "DATE":
            spans.append(dataclasses.replace(s, label="PLACE", value=None, id="P" + s.id[1:]))
        elif s.label == "PLACE":
            end = t.index("Moscow is") + len("Moscow is")
            spans.append(dataclasses.replace(s, end=end, text=t[s.start:end],
                                             id=f"P{s.start}-{end}"))
        elif s is not he:
            spans.append(s)
    a = t.index("reporters")
    spans.append(Span(f"D{a}-{a + 9}", "DATE", a, a + 9, "reporters", source="test.date@1"))
    relations = tuple(r for r in doc.relations if r.to_id != he.id)
    return doc.replace(spans=tuple(spans), relations=relations)


@pytest.fixture()
def two_versions(tmp_path: Path) -> Path:
    export([small_doc("a"), small_doc("b"), small_doc("c")], "ds", root=tmp_path)
    export([small_doc("a"), edit(small_doc("b")), small_doc("d")], "ds", root=tmp_path)
    return tmp_path


def test_diff_of_two_known_versions_is_exact(two_versions: Path) -> None:
    report = diff("ds", "v1", "v2", root=two_versions).to_dict()
    assert report["from"] == "v1" and report["to"] == "v2"
    docs = report["documents"]
    assert (docs["added_ids"], docs["removed_ids"], docs["changed_ids"]) == (["d"], ["c"], ["b"])
    assert docs["unchanged"] == 1
    assert report["spans"] == {"added": 7, "removed": 7, "relabelled": 1, "moved": 1,
                               "unchanged": 9, "updated": 0}
    assert report["relabelled"] == {"DATE->PLACE": 1}
    assert docs["updated"] == 0 and docs["updated_ids"] == []
    assert report["updated_attributes"] == {} and report["updated_by_label"] == {}
    assert report["only_manifest_or_attributes"] is False
    assert report["labels"] == {
        "SPEAKER": {"added": 2, "removed": 3, "moved": 0, "relabelled_from": 0,
                    "relabelled_to": 0, "unchanged": 3, "updated": 0},
        "QUOTE": {"added": 2, "removed": 2, "moved": 0, "relabelled_from": 0,
                  "relabelled_to": 0, "unchanged": 4, "updated": 0},
        "PLACE": {"added": 1, "removed": 1, "moved": 1, "relabelled_from": 0,
                  "relabelled_to": 1, "unchanged": 1, "updated": 0},
        "DATE": {"added": 2, "removed": 1, "moved": 0, "relabelled_from": 1,
                 "relabelled_to": 0, "unchanged": 1, "updated": 0},
    }


def test_a_changed_text_counts_its_spans_as_removed_and_added(tmp_path: Path) -> None:
    export([small_doc("a")], "ds", root=tmp_path)
    t = small_doc("a").text.replace("Monday", "Friday")
    doc = small_doc("a")
    spans = tuple(dataclasses.replace(s, text=t[s.start:s.end]) for s in doc.spans)
    segs = tuple(dataclasses.replace(s, text=t[s.start:s.end]) for s in doc.segments)
    export([doc.replace(text=t, spans=spans, segments=segs)], "ds", root=tmp_path)
    report = diff("ds", "v1", "v2", root=tmp_path).to_dict()
    assert report["documents"]["changed_ids"] == ["a"]
    assert report["spans"] == {"added": 6, "removed": 6, "relabelled": 0, "moved": 0,
                               "unchanged": 0, "updated": 0}


def test_a_version_against_itself_has_no_changes(two_versions: Path) -> None:
    report = diff("ds", "v2", "v2", root=two_versions)
    assert not report.changed
    d = report.to_dict()
    assert d["spans"]["unchanged"] == 18 and d["spans"]["added"] == d["spans"]["removed"] == 0


def test_cli_diff_prints_a_summary_table_and_json(two_versions: Path) -> None:
    runner = CliRunner()
    text = runner.invoke(main, ["diff", "ds", "v1", "v2", "--root", str(two_versions)])
    assert text.exit_code == 0, text.output
    assert "documents: 1 added, 1 removed, 1 changed, 1 unchanged" in text.output
    assert "relabelled: DATE->PLACE 1" in text.output
    place = next(line for line in text.output.splitlines() if line.startswith("PLACE"))
    assert place.split() == ["PLACE", "1", "1", "1", "0", "1", "1", "0"]
    assert "updated attributes" not in text.output
    as_json = runner.invoke(main, ["diff", "ds", "v1", "--root", str(two_versions), "--json"])
    assert as_json.exit_code == 0
    assert json.loads(as_json.output) == diff("ds", "v1", "v2", root=two_versions).to_dict()


def test_diff_of_a_missing_version_names_the_versions_there(two_versions: Path) -> None:
    with pytest.raises(ExportError, match=r"v1, v2"):
        diff("ds", "v1", "v9", root=two_versions)
    result = CliRunner().invoke(main, ["diff", "ds", "v1", "v9", "--root", str(two_versions)])
    assert result.exit_code == 1 and result.output.startswith("Error:") and "Fix:" in result.output


def upgrade(doc: Document) -> Document:
    """What a heuristics upgrade does: same spans, a new DATE value and new rule versions."""
    spans = tuple(
        dataclasses.replace(s, value="2025-05-12", source="test.date@2") if s.label == "DATE"
        else dataclasses.replace(s, source="test.place@2") if s.label == "PLACE" else s
        for s in doc.spans)
    return doc.replace(spans=spans,
                       annotation=dataclasses.replace(doc.annotation, version="test-2"))


@pytest.fixture()
def upgraded(tmp_path: Path) -> Path:
    export([small_doc("a"), small_doc("b")], "ds", root=tmp_path)
    export([upgrade(small_doc("a")), small_doc("b")], "ds", root=tmp_path)
    return tmp_path


def test_changed_attributes_of_unchanged_spans_are_counted_per_label_and_attribute(
        upgraded: Path) -> None:
    report = diff("ds", "v1", "v2", root=upgraded).to_dict()
    docs = report["documents"]
    # the categories keep their meaning: same offsets and label is still "unchanged"
    assert (docs["added"], docs["removed"], docs["changed"], docs["unchanged"]) == (0, 0, 0, 2)
    assert report["spans"] == {"added": 0, "removed": 0, "relabelled": 0, "moved": 0,
                               "unchanged": 12, "updated": 2}
    assert docs["updated"] == 1 and docs["updated_ids"] == ["a"]
    assert {k: r["updated"] for k, r in report["labels"].items()} == {
        "SPEAKER": 0, "QUOTE": 0, "PLACE": 1, "DATE": 1}
    assert report["updated_attributes"] == {"value": 1, "rule": 2}
    assert report["updated_by_label"] == {"PLACE": {"rule": 1}, "DATE": {"value": 1, "rule": 1}}
    assert report["manifest"] == {
        "heuristics_versions": {"from": ["test-1"], "to": ["test-1", "test-2"]}}
    assert report["only_manifest_or_attributes"] is True


def test_cli_diff_shows_updated_attributes_and_what_made_the_versions(upgraded: Path) -> None:
    result = CliRunner().invoke(main, ["diff", "ds", "v1", "v2", "--root", str(upgraded)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "12 unchanged (2 of them updated" in result.output
    date = next(line for line in lines if line.startswith("DATE"))
    assert date.split() == ["DATE", "0", "0", "0", "0", "0", "2", "1"]
    assert "updated attributes: value 1, rule 2" in lines
    assert "  DATE: value 1, rule 1" in lines
    assert ("Same documents and spans; only span attributes and the manifest differ: "
            "heuristics test-1 -> test-1, test-2.") in lines


def test_a_human_review_of_the_same_spans_shows_who_and_how(tmp_path: Path) -> None:
    export([small_doc("a")], "ds", root=tmp_path)
    export([as_human(small_doc("a"), "ann", 1, "2025-06-01T00:00:00Z")], "ds", root=tmp_path)
    report = diff("ds", "v1", "v2", root=tmp_path).to_dict()
    # the annotators changed, so the document counts as changed; its spans did not move
    assert report["documents"]["changed_ids"] == ["a"]
    assert report["documents"]["updated_ids"] == []
    assert report["spans"]["unchanged"] == report["spans"]["updated"] == 6
    # heuristic -> human, the rule gone, who accepted it; values and scores were kept
    assert report["updated_attributes"] == {"source": 6, "rule": 6, "annotator": 6, "origin": 6}
    assert report["labels"]["SPEAKER"]["updated"] == 2
