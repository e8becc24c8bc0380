"""Writes the broken corpus in this folder and expected.json (the findings each file gives).

Run it after changing a case: ``.venv/bin/python tests/broken/make_corpus.py``. Every file
starts from one valid annotated document (``base_document``) and breaks one thing, so the
expected findings are exactly the ones listed.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
SEP = ","


def dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def base_document() -> dict[str, Any]:
    """A small valid annotated document with every label, a relation and boilerplate."""
    line1 = "MOSCOW - Dmitry Peskov said on Wednesday that talks would go on."
    line2 = "\"We are ready,\" he added."
    line3 = "ALSO READ: Kremlin news"
    text = f"{line1}\n{line2}\n{line3}"

    def at(s: str, after: int = 0) -> tuple[int, int]:
        i = text.index(s, after)
        return i, i + len(s)

    b1 = len(line1) + 1
    b2 = b1 + len(line2) + 1
    segs = [
        {"id": "b0", "kind": "paragraph", "start": 0, "end": len(line1), "text": line1, "line": 1},
        {"id": "s0", "kind": "sentence", "start": 0, "end": len(line1), "text": line1,
         "parent": "b0"},
        {"id": "b1", "kind": "paragraph", "start": b1, "end": b1 + len(line2), "text": line2,
         "line": 2},
        {"id": "s1", "kind": "sentence", "start": b1, "end": b1 + len(line2), "text": line2,
         "parent": "b1"},
        {"id": "b2", "kind": "boilerplate", "start": b2, "end": b2 + len(line3), "text": line3,
         "reason": "also-read", "line": 3},
    ]

    def span(label: str, s: str, src: str, after: int = 0, **extra: Any) -> dict[str, Any]:
        a, b = at(s, after)
        d = {"id": f"{label[0]}{a}-{b}", "label": label, "start": a, "end": b, "text": s,
             "score": 0.9, "source": src}
        d.update(extra)
        return d

    spans = [
        span("PLACE", "MOSCOW", "places.gazetteer@1", geonameid=524901, country_code="RU"),
        span("SPEAKER", "Dmitry Peskov", "speakers.name@1"),
        span("DATE", "Wednesday", "dates.weekday@1", value="2025-05-21"),
        span("QUOTE", "talks would go on", "quotes.indirect@1", quote_type="indirect"),
        span("QUOTE", "We are ready,", "quotes.direct@1", quote_type="direct"),
        span("SPEAKER", "he", "speakers.pronoun@1", after=b1, resolved="Dmitry Peskov"),
    ]
    ids = {s["text"]: s["id"] for s in spans}
    rels = [
        {"id": f"{ids[q]}>{ids[s]}", "from": ids[q], "to": ids[s], "label": "said_by",
         "score": 0.8, "source": "attribution.cue@1"}
        for q, s in (("talks would go on", "Dmitry Peskov"), ("We are ready,", "he"))
    ]
    return {
        "id": "doc1", "text": text, "meta": {"published": "2025-05-22"},
        "provenance": {"path": "seeds/doc1.txt", "sha256": "0" * 64, "format": "txt"},
        "segments": segs, "spans": spans, "relations": rels,
        "annotation": {"kind": "heuristic", "version": "1"},
    }


def human(doc: dict[str, Any], annotator: str, annotation_id: int) -> dict[str, Any]:
    d = copy.deepcopy(doc)
    d["annotation"] = {"kind": "human", "annotator": annotator, "task_id": 7,
                       "annotation_id": annotation_id, "created_at": "2025-05-23T10:00:00Z",
                       "deleted": []}
    for s in d["spans"]:
        s.update(source="human", score=1.0, annotator=annotator, origin="accepted")
    for r in d["relations"]:
        r.update(source="human", score=1.0)
    return d


def span_of(doc: dict[str, Any], label: str, n: int = 0) -> tuple[int, dict[str, Any]]:
    found = [(i, s) for i, s in enumerate(doc["spans"]) if s["label"] == label]
    return found[n]


def task_of(doc: dict[str, Any]) -> dict[str, Any]:
    """The Label Studio task curate pushes for ``doc`` (content blocks only)."""
    content = [s for s in doc["segments"] if s["kind"] in ("headline", "paragraph")]
    text = "\n\n".join(s["text"] for s in content)
    starts, pos = {}, 0
    for s in content:
        starts[s["id"]] = (pos, s["start"])
        pos += len(s["text"]) + 2
    result: list[dict[str, Any]] = []
    for sp in doc["spans"]:
        block = next((b for b in content if b["start"] <= sp["start"] and sp["end"] <= b["end"]),
                     None)
        if block is None:
            continue
        t0, d0 = starts[block["id"]]
        a, b = t0 + sp["start"] - d0, t0 + sp["end"] - d0
        base = {"id": sp["id"], "to_name": "text", "score": sp["score"]}
        result.append({**base, "from_name": "label", "type": "labels",
                       "value": {"start": a, "end": b, "text": text[a:b],
                                 "labels": [sp["label"]]}})
        if sp["label"] == "QUOTE":
            result.append({**base, "from_name": "quote_type", "type": "choices",
                           "value": {"start": a, "end": b, "text": text[a:b],
                                     "choices": [sp["quote_type"]]}})
        if sp["label"] == "DATE" and sp.get("value"):
            result.append({**base, "from_name": "date_value", "type": "textarea",
                           "value": {"start": a, "end": b, "text": [sp["value"]]}})
    for r in doc["relations"]:
        result.append({"type": "relation", "from_id": r["from"], "to_id": r["to"],
                       "direction": "right", "labels": ["said_by"]})
    paragraphs = [[starts[s["id"]][0], starts[s["id"]][0] + len(s["text"])] for s in content]
    return {
        "data": {"text": text, "doc_id": doc["id"], "doc_sha256": "a" * 64, "title": "",
                 "paragraphs": paragraphs, "sentences": [list(p) for p in paragraphs]},
        "predictions": [{"model_version": "1", "score": 0.9, "result": result}],
    }


def export_of(task: dict[str, Any], task_id: int) -> dict[str, Any]:
    """The task as Label Studio's JSON export gives it, with one annotation."""
    pred = task["predictions"][0]
    result = [dict(r, origin="prediction") for r in copy.deepcopy(pred["result"])]
    return {
        "id": task_id, "data": task["data"],
        "annotations": [{
            "id": task_id * 10, "completed_by": {"id": 1, "email": "ann@example.org",
                                                 "first_name": "", "last_name": ""},
            "result": result, "was_cancelled": False, "ground_truth": False,
            "created_at": "2025-05-23T10:00:00.123456Z", "updated_at": "2025-05-23T10:02:00Z",
            "lead_time": 12.5, "prediction": {}, "result_count": len(result),
            "task": task_id, "project": 1, "parent_prediction": 3, "parent_annotation": None,
            "last_action": None, "unique_id": "8e0a3f0e-7c1c-4a43-9a53-0c3c0b5d8e11",
        }],
        "drafts": [], "predictions": [3], "meta": {}, "created_at": "2025-05-23T09:00:00Z",
        "updated_at": "2025-05-23T10:02:00Z", "inner_id": task_id, "total_annotations": 1,
        "cancelled_annotations": 0, "total_predictions": 1, "project": 1,
        "file_upload": None, "updated_by": None,
    }


CASES: dict[str, tuple[str, list[list[Any]]]] = {}


def case(name: str, content: str | bytes, expected: list[list[Any]]) -> None:
    CASES[name] = (content, expected)  # type: ignore[assignment]


def main() -> None:
    doc = base_document()
    lines = lambda *recs: "".join(dump(r) + "\n" for r in recs)  # noqa: E731

    # valid: a heuristic record and two human records of one task (two annotators)
    case("valid.jsonl", lines(doc, human(doc, "ann@example.org", 11),
                              human(doc, "bob@example.org", 12)), [])

    # truncated JSON on one line; the lines around it are still checked
    bad = copy.deepcopy(doc)
    bad["id"] = "doc3"
    i, q = span_of(bad, "QUOTE")
    q["text"] = "talks would go"
    case("truncated.jsonl", dump(doc) + "\n" + dump(dict(doc, id="doc2"))[:120] + "\n"
         + dump(bad) + "\n",
         [["invalid-json", 2, None], ["text-mismatch", 3, f"/spans/{i}/text"]])

    case("bom.jsonl", "\ufeff" + lines(doc), [["bom", 1, None]])

    wrong = copy.deepcopy(doc)
    wrong["spans"][0]["start"] = "0"
    wrong["spans"][1]["score"] = "high"
    wrong["meta"] = []
    case("wrong-types.jsonl", lines(wrong), [
        ["schema", 1, "/spans/0/start"], ["schema", 1, "/spans/1/score"], ["schema", 1, "/meta"]])

    past = copy.deepcopy(doc)
    i, d = span_of(past, "DATE")
    d["end"] = len(past["text"]) + 5
    case("offset-past-end.jsonl", lines(past), [["offset-out-of-range", 1, f"/spans/{i}/end"]])

    # the text was edited after annotation: every span after the edit is on the wrong text
    edited = copy.deepcopy(doc)
    edited["text"] = edited["text"].replace("MOSCOW - ", "MOSCOW (Reuters) - ")
    # segments re-made, spans not: those after the edit are now on the wrong text
    shift = len("(Reuters) ")
    for s in edited["segments"]:
        if s["start"] > 0:
            s["start"] += shift
        s["end"] += shift
        s["text"] = edited["text"][s["start"]:s["end"]]
    expected = [["text-mismatch", 1, f"/spans/{k}/text"] for k, s in enumerate(edited["spans"])
                if s["start"] >= len("MOSCOW ")]
    case("edited-text.jsonl", lines(edited), expected)

    missing = copy.deepcopy(doc)
    missing["relations"][0]["to"] = "S999-1000"
    i, _ = span_of(missing, "SPEAKER")  # Dmitry Peskov is no one's target any more
    case("relation-missing-end.jsonl", lines(missing), [
        ["relation-missing-end", 1, "/relations/0/to"],
        ["speaker-without-quote", 1, f"/spans/{i}"]])

    rev = copy.deepcopy(doc)
    r = rev["relations"][1]
    r["from"], r["to"] = r["to"], r["from"]
    i, _ = span_of(rev, "SPEAKER", 1)
    case("relation-direction.jsonl", lines(rev), [
        ["relation-direction", 1, "/relations/1"], ["speaker-without-quote", 1, f"/spans/{i}"]])

    lonely = copy.deepcopy(doc)
    del lonely["relations"][0]
    i, _ = span_of(lonely, "SPEAKER")
    case("speaker-without-quote.jsonl", lines(lonely),
         [["speaker-without-quote", 1, f"/spans/{i}"]])

    unk = copy.deepcopy(doc)
    i, p = span_of(unk, "PLACE")
    p["label"] = "CITY"
    p.pop("geonameid")
    p.pop("country_code")
    unk["relations"][0]["label"] = "quoted_by"
    case("unknown-label.jsonl", lines(unk), [
        ["unknown-label", 1, f"/spans/{i}/label"], ["unknown-label", 1, "/relations/0/label"]])

    dup = copy.deepcopy(doc)
    dup["spans"][1]["id"] = dup["spans"][0]["id"]
    case("duplicate-id.jsonl", lines(doc, dup, human(doc, "ann@example.org", 11),
                                     human(doc, "ann@example.org", 11)), [
        ["duplicate-id", 2, "/id"], ["duplicate-id", 2, "/spans/1/id"],
        ["relation-missing-end", 2, "/relations/0/to"],
        ["speaker-without-quote", 2, "/spans/1"],
        ["duplicate-id", 4, "/id"]])

    order = copy.deepcopy(doc)
    order["segments"][2]["start"] -= 5  # b1 now starts inside b0
    order["segments"][2]["text"] = order["text"][order["segments"][2]["start"]:
                                                 order["segments"][2]["end"]]
    order["segments"][1]["end"] = order["segments"][0]["end"] + 1  # s0 runs past b0 (the \n)
    order["segments"][1]["text"] = order["text"][:order["segments"][1]["end"]]
    case("segment-order.jsonl", lines(order), [
        ["segment-order", 1, "/segments/2/start"], ["segment-order", 1, "/segments/1/start"]])

    orphan = copy.deepcopy(doc)
    orphan["segments"][3]["parent"] = "b7"
    case("segment-parent.jsonl", lines(orphan), [["segment-parent", 1, "/segments/3/parent"]])

    tx = copy.deepcopy(doc)
    i, d = span_of(tx, "DATE")
    d["value"] = "2025-02-30"
    tx2 = copy.deepcopy(doc)
    tx2["id"] = "doc2"
    _, d2 = span_of(tx2, "DATE")
    d2["value"] = "Wednesday"
    tx3 = copy.deepcopy(doc)
    tx3["id"] = "doc3"
    for k, value in enumerate(("2025", "2025-05", "2025-W21", "XXXX-05-21", "2025-SU", "2025-Q2",
                               "199X", None)):
        extra = dict(span_of(tx3, "DATE")[1], id=f"D{k}", value=value)
        tx3["spans"].append(extra)
    case("timex-invalid.jsonl", lines(tx, tx2, tx3), [
        ["timex-invalid", 1, f"/spans/{i}/value"], ["timex-invalid", 2, f"/spans/{i}/value"]])

    fields = copy.deepcopy(doc)
    del fields["spans"][0]["text"]
    fields["spans"][1]["colour"] = "red"
    del fields["spans"][3]["quote_type"]  # a QUOTE must carry its type
    fields["spans"][0]["quote_type"] = "direct"  # and a PLACE must not
    del fields["annotation"]["version"]
    case("missing-fields.jsonl", lines(fields), [
        ["schema", 1, "/spans/0/text"], ["schema", 1, "/spans/0/quote_type"],
        ["schema", 1, "/spans/1/colour"], ["schema", 1, "/spans/3/quote_type"],
        ["schema", 1, "/annotation/version"]])

    case("not-utf8.jsonl", dump(doc).encode() + b"\n" + dump(dict(doc, id="doc2")).replace(
        "Kremlin", "Kreml\udcff").encode("utf-8", "surrogateescape") + b"\n",
        [["encoding", 2, None]])

    case("not-an-object.jsonl", lines(doc) + "[1, 2]\n", [["schema", 2, ""]])

    boiler = copy.deepcopy(doc)
    b2 = boiler["segments"][4]
    a = boiler["text"].index("Kremlin", b2["start"])
    boiler["spans"].append({"id": "P-boiler", "label": "PLACE", "start": a, "end": a + 7,
                            "text": "Kremlin", "score": 0.5, "source": "places.gazetteer@1"})
    case("span-in-boilerplate.jsonl", lines(boiler), [["span-in-boilerplate", 1,
                                                       f"/spans/{len(boiler['spans']) - 1}"]])

    case("empty.jsonl", "\n\n", [["empty-file", None, None]])

    # flat span rows (--kind spans): one span a line with its document id
    rows = [dict(s, doc_id="doc1") for s in doc["spans"]]
    rows[1] = dict(rows[1], end=rows[1]["start"])
    rows[2] = dict(rows[2], value="someday")
    rows.append(dict(rows[0]))
    case("spans.spans.jsonl", lines(*rows), [
        ["offset-order", 2, "/start"], ["timex-invalid", 3, "/value"], ["duplicate-id", 7, "/id"]])

    # Label Studio task file as pushed
    task = task_of(doc)
    good_tasks = [task, task_of(dict(copy.deepcopy(doc), id="doc2"))]
    case("tasks-valid.json", json.dumps(good_tasks, ensure_ascii=False, indent=1), [])
    bad_task = copy.deepcopy(task)
    res = bad_task["predictions"][0]["result"]
    res[0]["value"]["text"] = "MOSCOW!"                                # text-mismatch
    res[1]["value"]["labels"] = ["PERSON"]  # unknown-label (it was the SPEAKER of relation 0)
    rel_index = next(k for k, r in enumerate(res) if r["type"] == "relation")
    res[rel_index]["to_id"] = "nope"                                    # relation-missing-end
    choice = next(k for k, r in enumerate(res) if r["type"] == "choices")
    res[choice]["id"] = "Q-gone"                                        # region-missing
    res[choice]["value"]["choices"] = ["paraphrase"]                    # unknown-label
    res[2]["from_name"] = "labels_v0"                                   # unknown-control
    bad_task["data"]["paragraphs"].reverse()                            # segment-order
    del bad_task["data"]["doc_id"]                                      # schema
    text = json.dumps([good_tasks[0], bad_task], ensure_ascii=False, indent=1)
    line2 = text.count("\n", 0, text.index("{", text.index("\n }") + 1)) + 1
    case("tasks-broken.json", text, [
        ["schema", line2, "/1/data/doc_id"],
        ["segment-order", line2, "/1/data/paragraphs/1"],
        ["text-mismatch", line2, "/1/predictions/0/result/0/value/text"],
        ["unknown-label", line2, "/1/predictions/0/result/1/value/labels/0"],
        ["unknown-control", line2, "/1/predictions/0/result/2/from_name"],
        ["region-missing", line2, f"/1/predictions/0/result/{choice}/id"],
        ["unknown-label", line2, f"/1/predictions/0/result/{choice}/value/choices/0"],
        ["relation-missing-end", line2, f"/1/predictions/0/result/{rel_index}/to_id"],
    ])

    # Label Studio JSON export as pulled
    exported = [export_of(good_tasks[0], 1), export_of(good_tasks[1], 2)]
    case("export-valid.json", json.dumps(exported, ensure_ascii=False, indent=1), [])
    broken = copy.deepcopy(exported)
    ann = broken[1]["annotations"][0]
    res = ann["result"]
    res[0]["value"]["end"] = 10_000                                     # offset-out-of-range
    rel_index = next(k for k, r in enumerate(res) if r["type"] == "relation")
    res[rel_index]["direction"] = "left"                                # QUOTE <- SPEAKER
    del ann["id"]                                                       # schema
    ann["lead_time"] = "12s"                                            # schema
    date_field = next(k for k, r in enumerate(res) if r["type"] == "textarea")
    res[date_field]["value"]["text"] = ["next week-ish"]                # timex-invalid
    broken[1]["id"] = 1                                                 # duplicate-id
    text = json.dumps(broken, ensure_ascii=False, indent=1)
    line2 = text.count("\n", 0, text.index("{", text.index("\n }") + 1)) + 1
    target = next(k for k, r in enumerate(res) if r.get("id") == res[rel_index]["to_id"])
    case("export-broken.json", text, [
        ["schema", line2, "/1/annotations/0/id"],
        ["schema", line2, "/1/annotations/0/lead_time"],
        ["offset-out-of-range", line2, "/1/annotations/0/result/0/value/end"],
        ["timex-invalid", line2, f"/1/annotations/0/result/{date_field}/value/text/0"],
        ["relation-direction", line2, f"/1/annotations/0/result/{rel_index}"],
        ["speaker-without-quote", line2, f"/1/annotations/0/result/{target}"],
        ["duplicate-id", line2, "/1/id"],
    ])
    case("export-truncated.json", json.dumps(exported, indent=1)[:700],
         [["invalid-json", None, None]])  # line checked in the test: where the text stops
    case("unknown.json", json.dumps({"hello": "world"}), [["unknown-kind", None, None]])

    expected_all: dict[str, list[list[Any]]] = {}
    for name, (content, expected) in CASES.items():
        path = HERE / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode("utf-8"))
        expected_all[name] = expected
    (HERE / "expected.json").write_text(json.dumps(expected_all, indent=1) + "\n")


if __name__ == "__main__":
    main()
