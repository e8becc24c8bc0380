"""Pure conversions between curate records and Label Studio tasks, predictions, annotations.

No I/O here: every function takes and returns plain values, so the round trip is tested with
plain dicts and the client only moves them over HTTP.

The task text is the article *content*: the headline and paragraphs, joined by a blank line,
without boilerplate. ``data["paragraphs"]`` and ``data["sentences"]`` are ``[start, end]``
pairs in the task text (schemas/ls-task.schema.json); ``data["blocks"]`` maps each block back
to the document (``start``/``end`` in the task text, ``doc_start`` in ``Document.text``), so
every offset maps back exactly. ``data["document"]`` carries the rest of the original
document (the text between content blocks, meta, provenance, segments) so a pull rebuilds it
exactly (checked against ``doc_sha256``) without the file that was pushed.

Offsets: Label Studio 1.23 stores Text regions in code points, like Python (checked with a
real browser in tests/test_studio_browser.py). JavaScript and older servers count UTF-16 code
units, so every incoming region is checked against its ``text`` and converted from UTF-16
when that is what matches (:func:`resolve_region_offsets`).
"""

from __future__ import annotations

import hashlib
import json
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from curate.errors import StudioLabelError
from curate.records import (
    LABELS,
    QUOTE_TYPES,
    Annotation,
    Document,
    Provenance,
    Relation,
    Segment,
    Span,
    new_segment,
    new_span,
)

__all__ = [
    "CONTROL_DATE_VALUE",
    "CONTROL_LABELS",
    "CONTROL_QUOTE_TYPE",
    "CONTROL_SPEAKER_NAME",
    "OBJECT_TEXT",
    "TASK_FORMAT",
    "ContentMap",
    "annotation_to_document",
    "build_task",
    "codepoint_to_utf16",
    "content_map",
    "document_from_task",
    "document_to_task",
    "needs_predictions",
    "predicted_regions",
    "prediction_result",
    "resolve_region_offsets",
    "task_fingerprints",
    "task_to_documents",
    "utf16_to_codepoint",
]

#: names in label_config.xml (tests check the config has exactly these)
OBJECT_TEXT = "text"
CONTROL_LABELS = "label"
CONTROL_QUOTE_TYPE = "quote_type"
CONTROL_DATE_VALUE = "date_value"
CONTROL_SPEAKER_NAME = "speaker_name"
#: bumped when the shape of task data changes; pull refuses tasks it does not understand
TASK_FORMAT = 1
BLOCK_SEPARATOR = "\n\n"
#: task data key: each predicted region's id and a digest of what it says (see
#: predicted_regions), so that a pull can tell accepted from changed without the prediction
PREDICTED_REGIONS = "predicted_regions"


# -- UTF-16 <-> code points -----------------------------------------------------------------
def codepoint_to_utf16(text: str, offset: int) -> int:
    """The UTF-16 code-unit offset (what JavaScript counts) of a code-point offset."""
    prefix = text[:offset]
    return offset + sum(1 for ch in prefix if ord(ch) > 0xFFFF)


def utf16_to_codepoint(text: str, offset: int) -> int:
    """The code-point offset of a UTF-16 offset; raises ValueError inside a surrogate pair."""
    units = 0
    for i, ch in enumerate(text):
        if units == offset:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > offset:
            raise ValueError(f"UTF-16 offset {offset} splits the character at {i}")
    if units == offset:
        return len(text)
    raise ValueError(f"UTF-16 offset {offset} is past the end of the text ({units} units)")


def resolve_region_offsets(text: str, start: int, end: int, region_text: str | None
                           ) -> tuple[int, int] | None:
    """Code-point ``(start, end)`` of a region, or None when its offsets do not fit ``text``.

    Label Studio 1.23 stores code points; a client that counted UTF-16 units (JavaScript,
    older servers) is recognised by its ``text`` and converted. Without a ``text`` the
    offsets are taken as code points.
    """
    if region_text is None:
        return (start, end) if 0 <= start <= end <= len(text) else None
    if 0 <= start <= end <= len(text) and text[start:end] == region_text:
        return start, end
    try:
        a, b = utf16_to_codepoint(text, start), utf16_to_codepoint(text, end)
    except ValueError:
        return None
    return (a, b) if text[a:b] == region_text else None


# -- the content map -----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ContentMap:
    """Where each content block sits in the task text and in the document text."""

    text: str  # the task text
    blocks: tuple[tuple[int, int, int, str, str], ...]  # (task_start, length, doc_start, id, kind)
    starts: tuple[int, ...] = field(init=False)  # each block's task_start, for bisect

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", tuple(b[0] for b in self.blocks))

    def to_doc(self, start: int, end: int) -> tuple[int, int] | None:
        """Document offsets of a task-text range inside one block (None across blocks)."""
        i = bisect_right(self.starts, start) - 1
        if i < 0:
            return None
        t0, length, d0, _, _ = self.blocks[i]
        if start < t0 or end > t0 + length:
            return None
        return d0 + (start - t0), d0 + (end - t0)

    def to_task(self, start: int, end: int) -> tuple[int, int] | None:
        """Task offsets of a document range inside one content block (None otherwise)."""
        for t0, length, d0, _, _ in self.blocks:
            if d0 <= start and end <= d0 + length:
                return t0 + (start - d0), t0 + (end - d0)
        return None


def content_map(doc: Document) -> ContentMap:
    """The task text of a document: its content blocks, without boilerplate."""
    content = [s for s in doc.content_blocks()]
    if not any(True for _ in doc.blocks()):
        # never segmented: the whole text is the content
        content = [Segment(id="b0", kind="paragraph", start=0, end=len(doc.text), text=doc.text)]
    content.sort(key=lambda s: s.start)
    parts: list[str] = []
    blocks: list[tuple[int, int, int, str, str]] = []
    pos = 0
    for seg in content:
        if parts:
            parts.append(BLOCK_SEPARATOR)
            pos += len(BLOCK_SEPARATOR)
        piece = doc.text[seg.start:seg.end]
        parts.append(piece)
        blocks.append((pos, len(piece), seg.start, seg.id, seg.kind))
        pos += len(piece)
    return ContentMap(text="".join(parts), blocks=tuple(blocks))


def _map_from_data(data: Mapping[str, Any]) -> ContentMap:
    blocks = tuple(
        (int(p["start"]), int(p["end"]) - int(p["start"]), int(p["doc_start"]), str(p["id"]),
         str(p["kind"]))
        for p in data["blocks"]
    )
    return ContentMap(text=data["text"], blocks=blocks)


# -- hashing -------------------------------------------------------------------------------
def _sha256_json(obj: Any) -> str:
    raw = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def task_fingerprints(data: Mapping[str, Any], prediction: Mapping[str, Any] | None
                      ) -> tuple[str, str]:
    """``(data_sha256, prediction_sha256)``: what decides whether a pushed task changed.

    ``predicted_regions`` is left out of the data's: it is made from the prediction, which
    its own fingerprint covers (and tasks pushed before it existed stay unchanged).
    """
    body = {k: v for k, v in data.items()
            if k not in ("data_sha256", "prediction_sha256", PREDICTED_REGIONS)}
    pred = None
    if prediction is not None:
        pred = {k: prediction.get(k) for k in ("model_version", "score", "result")}
    return _sha256_json(body), _sha256_json(pred)


# -- Document -> task ----------------------------------------------------------------------
def _header(doc: Document) -> str:
    parts = []
    if doc.published:
        parts.append(f"Published {doc.published}")
    if doc.meta.get("source"):
        parts.append(str(doc.meta["source"]))
    parts.append(f"document {doc.id}")
    return " · ".join(parts)


SEGMENT_FIELDS = ("id", "kind", "start", "end", "parent", "reason", "line", "raw_start", "raw_end")


def _compact_document(doc: Document, cmap: ContentMap) -> dict[str, Any]:
    """What the task text lacks to rebuild the document exactly, kept small.

    The text is stored as the stretches *between* content blocks (``gaps``: boilerplate and
    line breaks), and segments as rows without their text: task imports cost time by the byte.
    """
    gaps = []
    pos = 0
    for _t0, length, d0, _id, _kind in cmap.blocks:
        gaps.append(doc.text[pos:d0])
        pos = d0 + length
    gaps.append(doc.text[pos:])
    d: dict[str, Any] = {"id": doc.id, "gaps": gaps, "meta": dict(doc.meta)}
    if doc.provenance is not None:
        d["provenance"] = doc.provenance.to_dict()
    d["segment_fields"] = list(SEGMENT_FIELDS)
    d["segments"] = [[getattr(seg, f) for f in SEGMENT_FIELDS] for seg in doc.segments]
    return d


def prediction_result(doc: Document, cmap: ContentMap) -> tuple[list[dict[str, Any]], list[str]]:
    """Label Studio result items for the document's spans and relations, in task offsets.

    Returns ``(result, left_out)``: spans outside the content (in boilerplate, or across
    blocks) cannot be shown and are listed by id, with relations that touch them.
    """
    result: list[dict[str, Any]] = []
    left_out: list[str] = []
    shown: set[str] = set()
    for span in doc.spans:
        where = cmap.to_task(span.start, span.end)
        if where is None or span.label not in LABELS:
            left_out.append(span.id)
            continue
        a, b = where
        text = cmap.text[a:b]
        shown.add(span.id)
        base = {"id": span.id, "to_name": OBJECT_TEXT, "score": span.score}
        result.append({**base, "from_name": CONTROL_LABELS, "type": "labels",
                       "value": {"start": a, "end": b, "text": text, "labels": [span.label]}})
        if span.label == "QUOTE" and span.quote_type in QUOTE_TYPES:
            result.append({**base, "from_name": CONTROL_QUOTE_TYPE, "type": "choices",
                           "value": {"start": a, "end": b, "text": text,
                                     "choices": [span.quote_type]}})
        if span.label == "DATE" and span.value:
            result.append({**base, "from_name": CONTROL_DATE_VALUE, "type": "textarea",
                           "value": {"start": a, "end": b, "text": [span.value]}})
        if span.label == "SPEAKER" and span.resolved:
            result.append({**base, "from_name": CONTROL_SPEAKER_NAME, "type": "textarea",
                           "value": {"start": a, "end": b, "text": [span.resolved]}})
    for rel in doc.relations:
        if rel.from_id in shown and rel.to_id in shown:
            result.append({"type": "relation", "from_id": rel.from_id, "to_id": rel.to_id,
                           "direction": "right", "labels": [rel.label]})
        else:
            left_out.append(rel.id)
    return result, left_out


def document_to_task(doc: Document) -> dict[str, Any]:
    """One Label Studio task (``data`` and at most one prediction) for a document."""
    return build_task(doc)[0]


def build_task(doc: Document) -> tuple[dict[str, Any], list[str]]:
    """The task for a document, and the ids of spans/relations it could not show.

    ``data`` holds the content text, the title and a header line for the annotator, the
    offsets of paragraphs and sentences in the task text, the map back to the document, the
    compact original document, and fingerprints that tell a later push what changed.
    """
    cmap = content_map(doc)
    blocks = [
        {"id": bid, "kind": kind, "start": t0, "end": t0 + length, "doc_start": d0}
        for t0, length, d0, bid, kind in cmap.blocks
    ]
    sentences = []
    for s in doc.sentences():
        where = cmap.to_task(s.start, s.end)
        if where is not None:
            sentences.append([where[0], where[1]])
    version = doc.annotation.version if doc.annotation is not None else None
    data: dict[str, Any] = {
        "text": cmap.text,
        "title": doc.title or "",
        "header": _header(doc),
        "doc_id": doc.id,
        "doc_sha256": hashlib.sha256(doc.text.encode("utf-8")).hexdigest(),
        "heuristics_version": version,
        "curate_task_format": TASK_FORMAT,
        "paragraphs": [[b["start"], b["end"]] for b in blocks],
        "sentences": sentences,
        "blocks": blocks,
        "document": _compact_document(doc, cmap),
    }
    task: dict[str, Any] = {"data": data, "predictions": []}
    prediction = None
    left_out: list[str] = []
    if doc.annotation is not None or doc.spans:
        result, left_out = prediction_result(doc, cmap)
        span_scores = [r["score"] for r in result if r["type"] == "labels"]
        prediction = {
            "model_version": version or "unknown",
            "score": round(sum(span_scores) / len(span_scores), 4) if span_scores else 1.0,
            "result": result,
        }
        task["predictions"] = [prediction]
        data[PREDICTED_REGIONS] = predicted_regions(result)
    data["data_sha256"], data["prediction_sha256"] = task_fingerprints(data, prediction)
    return task, left_out


# -- task -> Document ----------------------------------------------------------------------
def document_from_task(data: Mapping[str, Any]) -> Document:
    """The original document (without spans) from the data of a task curate pushed.

    Raises ValueError when the data is not from curate or the rebuilt text does not hash to
    ``doc_sha256`` (someone edited the task data).
    """
    if data.get("curate_task_format") != TASK_FORMAT or "document" not in data:
        raise ValueError("not a task pushed by this version of curate (no curate_task_format "
                         f"{TASK_FORMAT} / document in its data)")
    d = data["document"]
    cmap = _map_from_data(data)
    gaps = d["gaps"]
    parts = [gaps[0]]
    for i, (t0, length, _d0, _id, _kind) in enumerate(cmap.blocks):
        parts.append(cmap.text[t0:t0 + length])
        parts.append(gaps[i + 1])
    text = "".join(parts)
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != data.get("doc_sha256"):
        raise ValueError("the task's text no longer matches the pushed document (doc_sha256)")
    fields = tuple(d.get("segment_fields") or SEGMENT_FIELDS)
    rows = d.get("segments") or ()
    if fields != SEGMENT_FIELDS:  # a task pushed with other segment fields: go by name
        segments = []
        for row in rows:
            seg = {k: v for k, v in zip(fields, row, strict=True) if v is not None}
            seg["text"] = text[seg["start"]:seg["end"]]
            segments.append(seg)
        return Document.from_dict({"id": d["id"], "text": text, "meta": d.get("meta") or {},
                                   "provenance": d.get("provenance"), "segments": segments})
    # the rows are SEGMENT_FIELDS in order: build the segments directly (thousands a page)
    built = []
    try:
        for row in rows:
            sid, kind, start, end, parent, reason, line, raw_start, raw_end = row
            built.append(new_segment(sid, kind, start, end, text[start:end], parent, reason,
                                     line, raw_start, raw_end))
    except (TypeError, ValueError) as exc:
        raise ValueError(f"the task's document has a malformed segment row ({exc})") from None
    meta = d.get("meta") or {}
    prov = d.get("provenance")
    if not isinstance(d.get("id"), str) or not isinstance(meta, Mapping):
        raise ValueError("the task's document has no string id or its meta is not an object")
    try:
        provenance = Provenance.from_dict(prov) if prov else None
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"the task's document has a malformed provenance ({exc})") from None
    return Document(id=d["id"], text=text, meta=dict(meta), provenance=provenance,
                    segments=tuple(built))


def _region_key(item: Mapping[str, Any]) -> tuple[Any, ...]:
    v = item.get("value", {})
    return (item.get("from_name"), v.get("start"), v.get("end"), tuple(v.get("labels") or ()),
            tuple(v.get("choices") or ()), tuple(v.get("text") or ()) if item.get("type") ==
            "textarea" else None)


def _regions(result: Iterable[Mapping[str, Any]]) -> tuple[dict[str, list[Mapping[str, Any]]],
                                                          list[Mapping[str, Any]]]:
    by_id: dict[str, list[Mapping[str, Any]]] = {}
    relations = []
    for item in result:
        if item.get("type") == "relation":
            relations.append(item)
        elif "id" in item:
            by_id.setdefault(str(item["id"]), []).append(item)
    return by_id, relations


def _region_digest(items: Sequence[Mapping[str, Any]]) -> str:
    """A short digest of what a region says (its items' keys, in any order): equal for a
    region as predicted and as accepted unchanged.

    Offsets are made integers first (``7.0`` is ``7``); the rest of a key is strings,
    tuples and None, whose ``repr`` is exact and fast.
    """
    keys = set()
    for item in items:
        name, start, end, *rest = _region_key(item)
        keys.add(repr((name, _integral(start), _integral(end), *rest)))
    return hashlib.blake2b("\n".join(sorted(keys)).encode("utf-8"), digest_size=8).hexdigest()


def _integral(x: Any) -> Any:
    return int(x) if isinstance(x, float) and x.is_integer() else x


def predicted_regions(result: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Region id -> digest of the region (label, offsets and per-region fields) of a
    prediction's result: stored in the task data, so that a pull can say which regions an
    annotation accepted, changed or deleted without fetching the prediction itself (Label
    Studio's task list costs about a quarter more server time with predictions)."""
    regions, _ = _regions(result)
    return {rid: _region_digest(items) for rid, items in regions.items()}


def needs_predictions(task: Mapping[str, Any]) -> bool:
    """Whether converting ``task``'s annotations needs its predictions fetched: not when
    they are there, when there are none, or when the one prediction is the push's and the
    task data holds its region digests (``total_predictions``, from the task list)."""
    if "predictions" in task:
        return False
    n = task.get("total_predictions")
    if n == 0:
        return False
    digests = (task.get("data") or {}).get(PREDICTED_REGIONS)
    return not (n == 1 and isinstance(digests, Mapping))


def annotation_to_document(
    task: Mapping[str, Any],
    annotation: Mapping[str, Any],
    *,
    project: str | None = None,
    annotator: str | None = None,
    labels: Sequence[str] = LABELS,
) -> Document:
    """One human record: the task's document with the annotation's spans and relations.

    Every span says whether it was ``accepted`` from the prediction (same region id, same
    label, offsets and fields), ``changed`` (same id, something differs) or ``added``;
    ``annotation.deleted`` lists predicted span ids the annotator removed. Offsets are mapped
    back to the document's own text. A label not in ``labels`` raises StudioLabelError.
    """
    data = task["data"]
    return _annotation_record(task, annotation, document_from_task(data), _map_from_data(data),
                              project=project, annotator=annotator, labels=labels)


def _annotation_record(task: Mapping[str, Any], annotation: Mapping[str, Any], doc: Document,
                       cmap: ContentMap, *, project: str | None, annotator: str | None,
                       labels: Sequence[str]) -> Document:
    """:func:`annotation_to_document` on a document and map already rebuilt from the task."""
    data = task["data"]
    task_id = task.get("id")
    ann_id = annotation.get("id")
    where = f"task {task_id} annotation {ann_id}"
    if needs_predictions(task):  # the caller's fault, not the task's
        raise RuntimeError(f"{where}: its predictions were not fetched")
    predicted = _prediction_of(task, annotation)
    regions, relations = _regions(annotation.get("result") or ())
    # each predicted region's digest: made from the prediction when it was fetched, else
    # the push's one prediction, stored in the task data
    if "predictions" in task:
        digests = predicted_regions(predicted.get("result") or ()) if predicted else {}
    else:
        digests = (data.get(PREDICTED_REGIONS) or {}) if task.get("total_predictions") else {}

    spans: list[Span] = []
    id_map: dict[str, str] = {}
    used_ids: set[str] = set()
    for rid, items in regions.items():
        label_items = [i for i in items if i.get("from_name") == CONTROL_LABELS
                       or i.get("type") == "labels"]
        if not label_items:
            continue  # a per-region field whose region was removed
        value = label_items[0].get("value", {})
        region_labels = value.get("labels") or []
        for lab in region_labels:
            if lab not in labels:
                raise StudioLabelError(
                    f"{where} region {rid}: label {lab!r} is not in the label config "
                    f"(labels: {', '.join(labels)})"
                )
        if not region_labels:
            continue
        label = region_labels[0]
        span_where = resolve_region_offsets(cmap.text, int(value["start"]), int(value["end"]),
                                            value.get("text"))
        if span_where is None:
            raise StudioLabelError(
                f"{where} region {rid}: offsets {value.get('start')}-{value.get('end')} do not "
                f"match its text {value.get('text')!r} in the task"
            )
        doc_where = cmap.to_doc(*span_where)
        if doc_where is None:
            raise StudioLabelError(f"{where} region {rid}: the span crosses a paragraph break")
        start, end = doc_where
        fields: dict[str, Any] = {}
        for item in items:
            v = item.get("value", {})
            if item.get("from_name") == CONTROL_QUOTE_TYPE and v.get("choices"):
                fields["quote_type"] = v["choices"][0]
            elif item.get("from_name") == CONTROL_DATE_VALUE and v.get("text"):
                fields["value"] = str(v["text"][0]).strip() or None
            elif item.get("from_name") == CONTROL_SPEAKER_NAME and v.get("text"):
                fields["resolved"] = str(v["text"][0]).strip() or None
        if rid in digests:
            origin = "accepted" if _region_digest(items) == digests[rid] else "changed"
            span_id = rid
        else:
            origin = "added"
            span_id = f"{label[0]}{start}-{end}"
        if span_id in used_ids:
            span_id = f"{span_id}~{rid}"
        used_ids.add(span_id)
        id_map[rid] = span_id
        spans.append(new_span(
            span_id, label, start, end, doc.text[start:end], 1.0, "human",
            fields.get("quote_type") if label == "QUOTE" else None,
            fields.get("value") if label == "DATE" else None, None, None,
            fields.get("resolved") if label == "SPEAKER" else None, annotator, origin,
        ))
    spans.sort(key=lambda s: (s.start, s.end, s.label))
    rels: list[Relation] = []
    for item in relations:
        a, b = id_map.get(str(item.get("from_id"))), id_map.get(str(item.get("to_id")))
        if a is None or b is None:
            continue
        if item.get("direction") == "left":
            a, b = b, a
        # the config has one relation type, so a link drawn without choosing one is said_by
        for lab in item.get("labels") or ["said_by"]:
            rels.append(Relation(id=f"{a}>{b}", from_id=a, to_id=b, label=lab, source="human"))
    deleted = tuple(sorted(rid for rid in digests if rid not in regions))
    version = (predicted or {}).get("model_version") or data.get("heuristics_version")
    return doc.replace(
        spans=tuple(spans),
        relations=tuple(rels),
        annotation=Annotation(
            kind="human", version=version, annotator=annotator,
            created_at=annotation.get("created_at"), updated_at=annotation.get("updated_at"),
            task_id=task_id, annotation_id=ann_id, project=project, deleted=deleted,
        ),
    )


def _prediction_of(task: Mapping[str, Any], annotation: Mapping[str, Any]
                   ) -> Mapping[str, Any] | None:
    """The prediction an annotation started from, else the task's latest.

    The JSON export copies it into the annotation (``prediction``); the task list names it
    (``parent_prediction``, an id among the task's predictions). An annotation made through
    the API names none: it is compared with the prediction annotators are shown, the latest.
    """
    pred = annotation.get("prediction")
    if isinstance(pred, Mapping) and pred.get("result") is not None:
        return pred
    preds = task.get("predictions") or []
    preds = [p for p in preds if isinstance(p, Mapping)]
    parent = annotation.get("parent_prediction")
    if parent is not None:
        for p in preds:
            if p.get("id") == parent:
                return p
    return preds[-1] if preds else None


def task_to_documents(
    task: Mapping[str, Any],
    *,
    project: str | None = None,
    users: Mapping[int, str] | None = None,
    labels: Sequence[str] = LABELS,
) -> list[Document]:
    """One human record per submitted annotation of an exported task (skips are left out).

    The task's document is rebuilt once, however many people annotated it.
    """
    out: list[Document] = []
    built: tuple[Document, ContentMap] | None = None
    for ann in task.get("annotations") or ():
        if ann.get("was_cancelled"):
            continue
        who = ann.get("completed_by")
        if isinstance(who, Mapping):
            annotator = who.get("email") or str(who.get("id"))
        else:
            annotator = (users or {}).get(who) if who is not None else None
            if annotator is None and who is not None:
                annotator = f"user:{who}"
        if built is None:
            built = document_from_task(task["data"]), _map_from_data(task["data"])
        out.append(_annotation_record(task, ann, *built, project=project, annotator=annotator,
                                      labels=labels))
    return out
