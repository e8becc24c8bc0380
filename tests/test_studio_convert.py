"""The labeling interface and the pure Document <-> Label Studio conversions (no server)."""

from __future__ import annotations

import copy
import json
import xml.etree.ElementTree as ET

import pytest
from _records import segment_at
from label_studio_sdk.label_interface import LabelInterface

from curate.errors import StudioLabelError
from curate.records import (
    LABELS,
    QUOTE_TYPES,
    RELATION_LABELS,
    Annotation,
    Document,
    Relation,
    Segment,
    Span,
)
from curate.studio import convert
from curate.studio.client import config_labels, guidelines_html, label_config_xml
from curate.validate import load_schema, validate_document, validate_documents

# -- the label config -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def interface() -> LabelInterface:
    li = LabelInterface(label_config_xml())
    li.validate()  # raises on an invalid config
    return li


def test_label_config_labels_are_the_records_labels(interface: LabelInterface) -> None:
    assert tuple(interface.get_control("label").labels) == LABELS
    assert config_labels(label_config_xml()) == LABELS


def test_label_config_labels_match_the_schemas() -> None:
    schema = load_schema("ls-task")
    enum = schema["$defs"]["labels_region"]["properties"]["value"]["properties"]["labels"][
        "items"]["enum"]
    assert tuple(enum) == LABELS
    assert "DATE" in json.dumps(load_schema("annotated-document"))


def test_label_config_offers_quote_types_relation_and_per_region_fields(
        interface: LabelInterface) -> None:
    assert tuple(interface.get_control("quote_type").labels) == QUOTE_TYPES
    root = ET.fromstring(label_config_xml())
    assert tuple(r.get("value") for r in root.iter("Relation")) == RELATION_LABELS
    per_region = {el.get("name"): el.get("whenLabelValue") for el in root.iter()
                  if el.get("perRegion") == "true"}
    assert per_region == {"quote_type": "QUOTE", "date_value": "DATE", "speaker_name": "SPEAKER"}
    labels = {el.get("value"): el.attrib for el in root.iter("Label")}
    colours = [a["background"] for a in labels.values()]
    hotkeys = [a["hotkey"] for a in labels.values()]
    assert len(set(colours)) == len(LABELS) and len(set(hotkeys)) == len(LABELS)
    assert labels["PLACE"].get("granularity") == "word"
    assert labels["QUOTE"].get("granularity") is None  # quotes end at punctuation inside marks


def test_guidelines_cover_every_label_and_the_relation() -> None:
    html = guidelines_html()
    for word in (*LABELS, "said_by", "direct", "indirect", "boilerplate".capitalize()[:4]):
        assert word in html


# -- offsets --------------------------------------------------------------------------------

EMOJI_TEXT = "A 😀 b 𝔘 c: Moscow"


@pytest.mark.parametrize(("cp", "u16"), [(0, 0), (2, 2), (3, 4), (6, 7), (7, 9), (17, 19)])
def test_codepoint_utf16_round_trip(cp: int, u16: int) -> None:
    assert convert.codepoint_to_utf16(EMOJI_TEXT, cp) == u16
    assert convert.utf16_to_codepoint(EMOJI_TEXT, u16) == cp


def test_utf16_offset_inside_a_surrogate_pair_is_refused() -> None:
    with pytest.raises(ValueError, match="splits"):
        convert.utf16_to_codepoint(EMOJI_TEXT, 3)


def test_region_offsets_in_code_points_or_utf16_resolve_to_code_points() -> None:
    start = EMOJI_TEXT.index("Moscow")
    assert convert.resolve_region_offsets(EMOJI_TEXT, start, start + 6, "Moscow") == (11, 17)
    assert convert.resolve_region_offsets(EMOJI_TEXT, 13, 19, "Moscow") == (11, 17)  # UTF-16
    assert convert.resolve_region_offsets(EMOJI_TEXT, 12, 18, "Moscow") is None


# -- documents ------------------------------------------------------------------------------

TEXT = ("Peace talks 😀 go on\n"
        "ALSO READ: something else\n"
        "Peskov 🙂 said Monday that \"talks in Moscow will continue.\"\n"
        "Donate now")


def _span(label: str, needle: str, **kw: object) -> Span:
    start = TEXT.index(needle)
    prefix = {"SPEAKER": "S", "QUOTE": "Q", "PLACE": "P", "DATE": "D"}[label]
    return Span(id=f"{prefix}{start}-{start + len(needle)}", label=label, start=start,
                end=start + len(needle), text=needle, score=0.8, source="test.rule@1",
                **kw)  # type: ignore[arg-type]


def _doc() -> Document:
    def seg(sid: str, kind: str, needle: str, **kw: object) -> Segment:
        return segment_at(TEXT, sid, kind, needle, **kw)

    segments = (
        seg("b0", "headline", "Peace talks 😀 go on", line=1),
        seg("b1", "boilerplate", "ALSO READ: something else", reason="also-read", line=2),
        seg("b2", "paragraph", TEXT.splitlines()[2], line=3),
        seg("s0", "sentence", TEXT.splitlines()[2], parent="b2"),
        seg("b3", "boilerplate", "Donate now", reason="donation-appeal", line=4),
    )
    speaker = _span("SPEAKER", "Peskov")
    quote = _span("QUOTE", "talks in Moscow will continue.", quote_type="direct")
    spans = (speaker, _span("DATE", "Monday", value="2025-05-19"), quote,
             _span("PLACE", "Moscow"))
    rel = Relation(id=f"{quote.id}>{speaker.id}", from_id=quote.id, to_id=speaker.id,
                   score=0.8, source="test.rule@1")
    return Document(id="doc1", text=TEXT, meta={"published": "2025-05-21"}, segments=segments,
                    spans=spans, relations=(rel,),
                    annotation=Annotation(kind="heuristic", version="1.0test"))


def test_task_text_is_the_content_without_boilerplate() -> None:
    data = convert.document_to_task(_doc())["data"]
    assert "ALSO READ" not in data["text"] and "Donate" not in data["text"]
    assert data["text"].startswith("Peace talks 😀 go on") and "Peskov" in data["text"]
    assert [data["text"][a:b] for a, b in data["paragraphs"]] == [
        "Peace talks 😀 go on", TEXT.splitlines()[2]]
    assert [data["text"][a:b] for a, b in data["sentences"]] == [TEXT.splitlines()[2]]
    assert data["doc_id"] == "doc1" and data["heuristics_version"] == "1.0test"
    assert "Published 2025-05-21" in data["header"]


def test_prediction_carries_spans_fields_relations_and_scores(interface: LabelInterface) -> None:
    task = convert.document_to_task(_doc())
    (pred,) = task["predictions"]
    assert pred["model_version"] == "1.0test" and pred["score"] == 0.8
    assert interface.validate_prediction(pred, return_errors=True) == []
    text = task["data"]["text"]
    labels = {r["value"]["labels"][0]: r for r in pred["result"] if r["type"] == "labels"}
    assert set(labels) == set(LABELS)
    for r in labels.values():
        assert text[r["value"]["start"]:r["value"]["end"]] == r["value"]["text"]
        assert r["score"] == 0.8
    by_control = {r["from_name"]: r for r in pred["result"] if r["type"] != "relation"}
    assert by_control["quote_type"]["value"]["choices"] == ["direct"]
    assert by_control["date_value"]["value"]["text"] == ["2025-05-19"]
    (rel,) = [r for r in pred["result"] if r["type"] == "relation"]
    assert labels["QUOTE"]["id"] == rel["from_id"] and labels["SPEAKER"]["id"] == rel["to_id"]


def test_task_is_valid_against_the_ls_task_schema() -> None:
    report = validate_documents([convert.document_to_task(_doc())], kind="ls-task")
    assert report.ok, report.to_dict()


def test_document_is_rebuilt_exactly_from_the_task_data() -> None:
    doc = _doc()
    data = json.loads(json.dumps(convert.document_to_task(doc)["data"]))
    back = convert.document_from_task(data)
    assert back.to_dict() == doc.replace(spans=(), relations=(), annotation=None).to_dict()


def test_a_task_whose_text_was_edited_is_refused() -> None:
    data = convert.document_to_task(_doc())["data"]
    data["text"] = data["text"].replace("Peskov", "Pexkov")
    with pytest.raises(ValueError, match="doc_sha256"):
        convert.document_from_task(data)


def test_fingerprints_change_with_the_prediction_only_when_it_changes() -> None:
    a = convert.document_to_task(_doc())["data"]
    b = convert.document_to_task(_doc())["data"]
    assert (a["data_sha256"], a["prediction_sha256"]) == (b["data_sha256"], b["prediction_sha256"])
    newer = _doc().replace(annotation=Annotation(kind="heuristic", version="2.0"))
    c = convert.document_to_task(newer)["data"]
    assert c["prediction_sha256"] != a["prediction_sha256"]


# -- annotations back to documents ----------------------------------------------------------


def _exported(doc: Document, edit: object = None, **ann: object) -> dict:
    """What Label Studio's JSON export gives for a task with one annotation."""
    task = convert.document_to_task(doc)
    pred = task["predictions"][0]
    result = copy.deepcopy(pred["result"])
    if edit is not None:
        result = edit(result)  # type: ignore[operator]
    return {"id": 7, "data": task["data"], "predictions": [pred],
            "annotations": [{"id": 70, "completed_by": 1, "result": result,
                             "created_at": "2026-01-01T00:00:00Z", "was_cancelled": False,
                             "prediction": pred, **ann}]}


def test_an_annotation_that_accepts_the_prediction_gives_it_back_as_accepted() -> None:
    doc = _doc()
    (rec,) = convert.task_to_documents(_exported(doc), project="p", users={1: "a@x.org"})
    assert [(s.id, s.label, s.start, s.end, s.text) for s in rec.spans] == [
        (s.id, s.label, s.start, s.end, s.text) for s in sorted(doc.spans, key=lambda s: s.start)]
    assert {s.origin for s in rec.spans} == {"accepted"}
    assert {s.annotator for s in rec.spans} == {"a@x.org"}
    assert [(r.from_id, r.to_id) for r in rec.relations] == [
        (r.from_id, r.to_id) for r in doc.relations]
    assert rec.annotation is not None and rec.annotation.kind == "human"
    assert rec.annotation.deleted == () and rec.annotation.annotator == "a@x.org"
    assert (rec.annotation.task_id, rec.annotation.annotation_id) == (7, 70)
    assert rec.annotation.version == "1.0test"
    assert not validate_document(rec.to_dict(), kind="annotated-document")


def test_changed_added_and_deleted_regions_are_told_apart() -> None:
    doc = _doc()
    date = next(s for s in doc.spans if s.label == "DATE")
    place = next(s for s in doc.spans if s.label == "PLACE")

    def edit(result: list) -> list:
        out = []
        for r in result:
            if r.get("id") == date.id and r["from_name"] == "date_value":
                r["value"]["text"] = ["2025-05-26"]  # the annotator fixed the value
            if r.get("id") == place.id:
                continue  # deleted
            out.append(r)
        text_start = next(r["value"]["start"] for r in result
                          if r.get("id") == place.id and r["type"] == "labels")
        speaker = next(r for r in result if r["type"] == "labels"
                       and r["value"]["labels"] == ["SPEAKER"])
        out.append({"id": "new1", "from_name": "label", "to_name": "text", "type": "labels",
                    "value": {"start": text_start, "end": text_start + 6, "text": "Moscow",
                              "labels": ["PLACE"]}})
        out.append({"id": speaker["id"], "from_name": "speaker_name", "to_name": "text",
                    "type": "textarea", "value": {"start": speaker["value"]["start"],
                                                  "end": speaker["value"]["end"],
                                                  "text": ["Dmitry Peskov"]}})
        return out

    (rec,) = convert.task_to_documents(_exported(doc, edit), users={1: "a@x.org"})
    origin = {s.id: s.origin for s in rec.spans}
    speaker = next(s for s in rec.spans if s.label == "SPEAKER")
    assert origin[date.id] == "changed"
    assert next(s for s in rec.spans if s.id == date.id).value == "2025-05-26"
    assert speaker.origin == "changed" and speaker.resolved == "Dmitry Peskov"
    added = [s for s in rec.spans if s.origin == "added"]
    assert [(s.label, s.start, s.end, s.text) for s in added] == [
        ("PLACE", place.start, place.end, "Moscow")]
    assert added[0].id == f"P{place.start}-{place.end}"
    assert rec.annotation is not None and rec.annotation.deleted == (place.id,)
    quote = next(s for s in rec.spans if s.label == "QUOTE")
    assert quote.origin == "accepted" and quote.quote_type == "direct"


def test_offsets_after_emoji_map_back_to_the_documents_own_text() -> None:
    doc = _doc()
    (rec,) = convert.task_to_documents(_exported(doc))
    for s in rec.spans:
        assert TEXT[s.start:s.end] == s.text
    # the same regions as a UTF-16 client would send them
    def to_utf16(result: list) -> list:
        text = convert.document_to_task(doc)["data"]["text"]
        for r in result:
            if "value" in r and "start" in r["value"]:
                r["value"]["start"] = convert.codepoint_to_utf16(text, r["value"]["start"])
                r["value"]["end"] = convert.codepoint_to_utf16(text, r["value"]["end"])
        return result

    (rec16,) = convert.task_to_documents(_exported(doc, to_utf16))
    assert [(s.start, s.end, s.text) for s in rec16.spans] == [
        (s.start, s.end, s.text) for s in rec.spans]


def test_several_annotators_give_several_records() -> None:
    task = _exported(_doc())
    second = copy.deepcopy(task["annotations"][0])
    second.update(id=71, completed_by=2, result=[r for r in second["result"]
                                                  if r.get("type") != "relation"])
    skipped = {**copy.deepcopy(second), "id": 72, "was_cancelled": True}
    task["annotations"] += [second, skipped]
    recs = convert.task_to_documents(task, users={1: "a@x.org", 2: "b@x.org"})
    assert [(r.annotation.annotator, r.annotation.annotation_id, len(r.relations))
            for r in recs if r.annotation] == [("a@x.org", 70, 1), ("b@x.org", 71, 0)]


def test_a_label_the_config_no_longer_has_names_task_annotation_and_region() -> None:
    doc = _doc()
    date = next(s for s in doc.spans if s.label == "DATE")
    with pytest.raises(StudioLabelError, match=rf"task 7 annotation 70 region {date.id}: "
                                               r"label 'DATE'"):
        convert.task_to_documents(_exported(doc), labels=("SPEAKER", "QUOTE", "PLACE"))


def test_a_relation_drawn_without_a_label_is_said_by() -> None:
    def edit(result: list) -> list:
        for r in result:
            if r["type"] == "relation":
                r["labels"] = []
        return result

    (rec,) = convert.task_to_documents(_exported(_doc(), edit))
    assert [r.label for r in rec.relations] == ["said_by"]


def test_the_task_list_shape_compares_with_the_prediction_the_annotation_started_from() -> None:
    """The task list names the prediction by id (parent_prediction); a newer one is ignored."""
    doc = _doc()
    task = _exported(doc)
    started_from = {**task["predictions"][0], "id": 5}
    place = next(s for s in doc.spans if s.label == "PLACE")
    newer = {**copy.deepcopy(started_from), "id": 6,
             "result": [r for r in started_from["result"] if r.get("id") != place.id]}
    task["predictions"] = [started_from, newer]
    ann = task["annotations"][0]
    del ann["prediction"]
    ann["parent_prediction"] = 5
    (rec,) = convert.task_to_documents(task)
    assert {s.origin for s in rec.spans} == {"accepted"}
    assert rec.annotation is not None and rec.annotation.deleted == ()
    # without a parent, the latest prediction is what the annotator was shown
    ann["parent_prediction"] = None
    (rec,) = convert.task_to_documents(task)
    assert {s.id: s.origin for s in rec.spans}[place.id] == "added"


def test_every_annotator_of_a_task_gets_the_whole_document() -> None:
    task = _exported(_doc())
    task["annotations"].append({**copy.deepcopy(task["annotations"][0]), "id": 71,
                                "completed_by": 2})
    first, second = convert.task_to_documents(task, users={1: "a@x.org", 2: "b@x.org"})
    assert first.text == second.text == TEXT and first.segments == second.segments
    assert (first.annotation.annotator, second.annotation.annotator) == ("a@x.org", "b@x.org")
    assert [(s.id, s.start, s.end) for s in first.spans] == [
        (s.id, s.start, s.end) for s in second.spans]
    assert all(TEXT[s.start:s.end] == s.text for s in first.segments)


# -- region digests in the task data: a pull without the prediction -------------------------
_DIGESTS = {"P0-6": "0123456789abcdef"}


@pytest.mark.parametrize("task, needed", [
    ({"predictions": [], "total_predictions": 1}, False),  # fetched: used as they are
    ({"total_predictions": 0, "data": {}}, False),  # nothing was predicted
    ({"total_predictions": 1, "data": {"predicted_regions": _DIGESTS}}, False),
    ({"total_predictions": 1, "data": {}}, True),  # pushed before the digests existed
    ({"total_predictions": 2, "data": {"predicted_regions": _DIGESTS}}, True),  # and another
    ({"data": {"predicted_regions": _DIGESTS}}, True),  # a server that did not say
])
def test_a_pull_fetches_predictions_only_when_the_digests_cannot_stand_in(
        task: dict, needed: bool) -> None:
    from curate.studio.convert import needs_predictions

    assert needs_predictions(task) is needed


def test_region_digests_ignore_order_and_what_label_studio_adds_but_not_a_changed_field(
        ) -> None:
    from curate.studio.convert import predicted_regions

    label = {"id": "D7-13", "from_name": "label", "to_name": "text", "type": "labels",
             "value": {"start": 7, "end": 13, "text": "Monday", "labels": ["DATE"]}}
    value = {"id": "D7-13", "from_name": "date_value", "to_name": "text", "type": "textarea",
             "value": {"start": 7, "end": 13, "text": ["2025-05-19"]}}
    base = predicted_regions([label, value])
    assert set(base) == {"D7-13"} and len(base["D7-13"]) == 16
    as_saved = [{**value, "origin": "prediction", "readonly": False}, {**label, "score": 0.5}]
    assert predicted_regions(as_saved) == base
    as_floats = {**label, "value": {**label["value"], "start": 7.0, "end": 13.0}}
    assert predicted_regions([as_floats, value]) == base  # 7.0 is 7
    moved = {**label, "value": {**label["value"], "end": 12, "text": "Monda"}}
    other_value = {**value, "value": {**value["value"], "text": ["2025-05-20"]}}
    assert predicted_regions([moved, value]) != base
    assert predicted_regions([label, other_value]) != base
    assert predicted_regions([label]) != base  # the field was cleared
