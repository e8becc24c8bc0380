"""Checks no JSON Schema can express, as pure functions from a record to findings.

Each function takes one record (already parsed, possibly ill-typed: the schema layer reports
wrong types, so these skip what they cannot read rather than fail) and returns
:class:`Finding` s located by record id and JSON pointer; the caller adds file and line.

Offsets in curate records are Python code points into ``text``. Label Studio 1.23 stores
Text regions in code points too, but JavaScript clients count UTF-16 code units, so a region
whose text matches in either counting is accepted.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from curate.validate.report import Finding
from curate.validate.schemas import ConfigLabels

__all__ = [
    "TIMEX_PATTERN",
    "check_document",
    "check_span_row",
    "check_task",
    "is_timex",
    "schema_findings",
]

# TimeML TIMEX3 values of dates (TimeML 1.2.1, as TimeBank and TempEval use them), written so
# that the regular expression alone decides: the calendar (30- and 31-day months, February 29
# in leap years only) is part of it, so a copy of TIMEX_PATTERN.pattern in another engine
# (Arrow, DuckDB, Polars) accepts exactly what is_timex accepts. Vague references
# (PRESENT_REF, PAST_REF, FUTURE_REF) are not dates by the labeling spec; a DATE that cannot
# be resolved has the value null, which the schema allows and this pattern does not see.
_LEAP_YEAR = r"(?:\d\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00|XXXX)"
_YEAR = r"(?:\d{4}|XXXX)"
_WEEK = r"W(?:0[1-9]|[1-4]\d|5[0-3]|XX)"
_MONTH_DAY = (
    r"(?:(?:0[1-9]|1[0-2]|XX)-(?:0[1-9]|1\d|2[0-8]|XX)"  # any month: the 1st to the 28th
    r"|(?:0[13-9]|1[0-2]|XX)-(?:29|30)"  # every month but February: the 29th and 30th
    r"|(?:0[13578]|1[02]|XX)-31)"  # months of 31 days
)
_DAY = rf"(?:{_YEAR}-{_MONTH_DAY}|{_LEAP_YEAR}-02-29|{_YEAR}-{_WEEK}-[1-7X])"

#: The TIMEX3 date value grammar: 2025-05-16, 2013-W11-3, 2019-07-17TNI (a part of a day:
#: MO, AF, EV, NI, DT), 2024-08, 2014, 2013-W11, 2013-W11-WE, 2025-SU (SP SU FA WI), 2025-Q2,
#: 2025-H1, 195 or 195X (a decade), 19 or 19XX (a century), X for unknown digits
#: (XXXX-05-16, XXXX-WXX-3), and a fiscal year or its part with FY (FY1990, FY1990-Q1).
TIMEX_PATTERN: re.Pattern[str] = re.compile(
    rf"(?:{_DAY}(?:T(?:MO|AF|EV|NI|DT))?"
    rf"|{_YEAR}(?:-(?:0[1-9]|1[0-2]|XX))?"
    rf"|{_YEAR}-{_WEEK}(?:-WE)?"
    rf"|{_YEAR}-(?:SP|SU|FA|WI|Q[1-4X]|H[12X])"
    rf"|FY{_YEAR}(?:-(?:Q[1-4X]|H[12X]))?"
    r"|\d{3}X?|\d\d(?:XX)?"
    r")\Z"
)


def is_timex(value: object) -> bool:
    """Whether ``value`` is a TimeML TIMEX3 date value (:data:`TIMEX_PATTERN`)."""
    return isinstance(value, str) and TIMEX_PATTERN.match(value) is not None


def _short(s: str, n: int = 40) -> str:
    return repr(s if len(s) <= n else s[: n - 1] + "…")


def _as_list(x: object) -> list[Any]:
    return x if isinstance(x, list) else []


def _is_int(x: object) -> bool:
    return type(x) is int


# -- schema errors -> findings ----------------------------------------------------------------

_JSON_TYPES = {dict: "object", list: "array", str: "string", int: "integer", float: "number",
               bool: "boolean", type(None): "null"}


def _json(value: Any, n: int = 40) -> str:
    try:
        s = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        s = repr(value)
    return s if len(s) <= n else s[: n - 1] + "…"


def _pointer(parts: Sequence[Any]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def _schema_message(error: Any) -> tuple[str, str]:
    """(pointer, readable message with the fix) for one jsonschema error."""
    path = list(error.absolute_path)
    kw = error.validator
    inst = error.instance
    field = str(path[-1]) if path else "record"
    if kw == "required":
        missing = next((k for k in error.validator_value if isinstance(inst, dict)
                        and k not in inst), None)
        if missing is not None:
            return _pointer([*path, missing]), f"missing required field '{missing}': add it."
        return _pointer(path), error.message
    if kw == "additionalProperties" and isinstance(inst, dict):
        allowed = set(error.schema.get("properties", {}))
        extra = sorted(k for k in inst if k not in allowed)
        if extra:
            return (_pointer([*path, extra[0]]),
                    f"unknown field '{extra[0]}'"
                    + (f" (and {', '.join(extra[1:])})" if extra[1:] else "")
                    + f": remove it; allowed fields are {', '.join(sorted(allowed))}.")
    if kw in ("type",):
        want = error.validator_value
        want = " or ".join(want) if isinstance(want, list) else want
        got = _JSON_TYPES.get(type(inst), type(inst).__name__)
        return _pointer(path), f"'{field}' must be {want}, got {got} {_json(inst)}."
    if kw == "enum":
        opts = ", ".join(map(str, error.validator_value))
        return _pointer(path), f"'{field}' is {_json(inst)}; it must be one of: {opts}."
    if kw == "const":
        return _pointer(path), f"'{field}' must be {error.validator_value!r}, got {inst!r}."
    if kw == "pattern":
        desc = error.schema.get("description", "")
        return (_pointer(path),
                f"'{field}' is {_json(inst)}, which is not the expected form"
                + (f" ({desc.rstrip('.')})" if desc else "") + ".")
    if kw in ("minimum", "maximum"):
        side = "at least" if kw == "minimum" else "at most"
        return _pointer(path), f"'{field}' is {inst!r}; it must be {side} {error.validator_value}."
    if kw == "minLength":
        return _pointer(path), f"'{field}' must not be empty."
    if kw in ("minItems", "maxItems"):
        side = "at least" if kw == "minItems" else "at most"
        return (_pointer(path),
                f"'{field}' has {len(inst)} items; it must have {side} {error.validator_value}.")
    if kw == "not" and isinstance(inst, dict):
        # our schemas use `not: {required: [...]}` for fields that do not apply
        sub = error.validator_value
        names = list(sub.get("required", ())) + [
            k for s in sub.get("anyOf", ()) for k in s.get("required", ())]
        present = [k for k in names if k in inst]
        if present:
            what = next((f"a {inst[k]} {'span' if k == 'label' else 'record'}"
                         for k in ("label", "kind") if isinstance(inst.get(k), str)),
                        "this record")
            return (_pointer([*path, present[0]]),
                    f"'{present[0]}' does not apply to {what}: remove it.")
    if kw == "format":
        return (_pointer(path),
                f"'{field}' is {_json(inst)}; it must be a {error.validator_value} "
                "(for example 2025-05-16T10:30:00Z).")
    if kw == "uniqueItems":
        return _pointer(path), f"'{field}' lists an item twice: remove the repeat."
    return _pointer(path), f"{error.message}."


def schema_findings(validator: Any, record: Any, *, record_id: str | None = None,
                    prefix: str = "") -> list[Finding]:
    """Every JSON Schema error of ``record`` as a finding pointing at the exact field.

    A wrong label (``enum`` on ``label``/``labels``) is left to the semantic checks, which
    report it as ``unknown-label`` against label_config.xml.
    """
    out: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for error in _leaf_errors(validator.iter_errors(record)):
        path = list(error.absolute_path)
        if error.validator == "enum" and isinstance(error.instance, str) and path and (
            path[-1] == "label" or (len(path) > 1 and path[-2] == "labels")
        ):
            continue
        pointer, message = _schema_message(error)
        if (pointer, message) in seen:
            continue
        seen.add((pointer, message))
        out.append(Finding("schema", message, record=record_id, pointer=prefix + pointer))
    return out


def _leaf_errors(errors: Any) -> Any:
    """Errors of if/then, allOf and $ref surface as their innermost cause."""
    for error in errors:
        if error.context and error.validator in ("allOf", "anyOf", "oneOf"):
            # anyOf/oneOf: all branches failed; report the best one's causes
            from jsonschema.exceptions import best_match

            best = best_match(error.context)
            yield from _leaf_errors([best]) if best is not None else [error]
        else:
            yield error


# -- documents ------------------------------------------------------------------------------

def _check_offsets(item: dict[str, Any], text: str, n: int, ptr: str, what: str,
                   rid: str | None, out: list[Finding], *, empty_ok: bool) -> bool:
    """Offsets inside the text and text[start:end] == item text; True if all hold."""
    start, end = item.get("start"), item.get("end")
    if not (_is_int(start) and _is_int(end)):
        return False
    if start < 0 or end > n:
        bad, val = ("start", start) if start < 0 else ("end", end)
        out.append(Finding(
            "offset-out-of-range",
            f"{what} {bad} {val} is outside the text (0..{n}): fix the offsets, or re-run the "
            "stage that made it on this text.",
            record=rid, pointer=f"{ptr}/{bad}"))
        return False
    if start > end or (start == end and not empty_ok):
        out.append(Finding(
            "offset-order",
            f"{what} start {start} is not before end {end}: swap them or drop the {what}.",
            record=rid, pointer=f"{ptr}/start"))
        return False
    got = item.get("text")
    if isinstance(got, str) and text[start:end] != got:
        hint = ""
        if got:
            found = text.find(got, max(0, start - 2000))
            if found < 0:
                found = text.find(got)
            if found == start:
                hint = (f" The text starts there but ends at {start + len(got)}: set end to "
                        "that, or fix the text.")
            elif found >= 0:
                hint = (f" The text is at {found}-{found + len(got)} (shifted by "
                        f"{found - start:+d}): the text was edited after annotation; re-run the "
                        "stage that made it or move the offsets.")
        out.append(Finding(
            "text-mismatch",
            f"text[{start}:{end}] is {_short(text[start:end])} but the {what} says "
            f"{_short(got)}.{hint or ' Fix the offsets or the text.'}",
            record=rid, pointer=f"{ptr}/text"))
        return False
    return True


#: labels whose spans need no check beyond offsets and text (DATE has its value checked)
_PLAIN_LABELS = frozenset({"SPEAKER", "QUOTE", "PLACE"})


def _in_boilerplate(s: dict[str, Any], i: int, rid: str | None, out: list[Finding]) -> None:
    out.append(Finding(
        "span-in-boilerplate",
        f"span {_short(str(s.get('text')))} lies in a boilerplate block, which is never "
        "annotated: remove the span, or mark the block as content.",
        record=rid, pointer=f"/spans/{i}", severity="warning"))


def _clean_document(rec: dict[str, Any], labels: ConfigLabels) -> bool:
    """True when a schema-valid document has no finding at all.

    The same checks as :func:`check_document` without building any finding: almost every
    record is clean, and this lean pass (fields read by index, types already known from the
    schema) is what makes validation fast. Any doubt returns False and the full check runs.
    """
    text = rec["text"]
    n = len(text)
    blocks: dict[str, tuple[int, int]] = {}
    boiler: list[tuple[int, int]] = []
    seg_ids: set[str] = set()
    sentences = []
    prev_end = -1
    for s in rec["segments"]:
        sid, start, end = s["id"], s["start"], s["end"]
        if sid in seg_ids or end > n or start > end or text[start:end] != s["text"]:
            return False
        seg_ids.add(sid)
        kind = s["kind"]
        if kind == "sentence":
            sentences.append(s)
            continue
        if start < prev_end:
            return False
        prev_end = end
        blocks[sid] = (start, end)
        if kind == "boilerplate":
            boiler.append((start, end))
    last: dict[str, int] = {}
    for s in sentences:
        parent = s["parent"]
        block = blocks.get(parent)
        start = s["start"]
        if block is None or start < block[0] or s["end"] > block[1] or start < last.get(
                parent, 0):
            return False
        last[parent] = s["end"]
    # where boilerplate is, one byte a character: a span starting there is looked at closely
    in_boiler = None
    if boiler:
        boiler.sort()
        starts = [b[0] for b in boiler]
        in_boiler = bytearray(n + 1)
        for a, b in boiler:
            in_boiler[a:b] = b"\x01" * (b - a)
    known = labels.labels
    span_labels: dict[str, str] = {}
    speakers = []
    for s in rec.get("spans", ()):
        sid, label, start, end = s["id"], s["label"], s["start"], s["end"]
        if (sid in span_labels or label not in known or end > n or start >= end
                or text[start:end] != s["text"]):
            return False
        span_labels[sid] = label
        if label == "SPEAKER":
            speakers.append(sid)
        elif label == "DATE":
            value = s["value"]
            if value is not None and not is_timex(value):
                return False
        if in_boiler is not None and in_boiler[start]:
            k = bisect_right(starts, start) - 1
            if k >= 0 and end <= boiler[k][1]:
                return False
    targets = set()
    rel_ids: set[str] = set()
    relation_labels = labels.relations
    for r in rec.get("relations", ()):
        rel_id, dst = r["id"], r["to"]
        if (rel_id in rel_ids or r["label"] not in relation_labels
                or span_labels.get(r["from"]) != "QUOTE" or span_labels.get(dst) != "SPEAKER"):
            return False
        rel_ids.add(rel_id)
        targets.add(dst)
    return all(sid in targets for sid in speakers)


def check_document(rec: dict[str, Any], labels: ConfigLabels, *,
                   typed: bool = False) -> list[Finding]:
    """Offsets, texts, segment order, labels, relations and TIMEX3 values of one document.

    ``typed=True`` says the record passed its JSON Schema, so the lean pass may read it
    without type checks.
    """
    if typed and _clean_document(rec, labels):
        return []
    out: list[Finding] = []
    rid = rec.get("id") if isinstance(rec.get("id"), str) else None
    text = rec.get("text")
    if not isinstance(text, str):
        return out
    n = len(text)
    segments = rec.get("segments")
    blocks: dict[str, tuple[int, int, str]] = {}
    boiler: list[tuple[int, int]] = []
    if isinstance(segments, list):
        _check_segments(segments, text, n, rid, blocks, boiler, out)
    spans = rec.get("spans")
    span_labels: dict[str, str] = {}
    speakers: list[tuple[int, str]] = []
    if isinstance(spans, list):
        known = labels.labels
        starts = [b[0] for b in boiler]
        for i, s in enumerate(spans):
            if type(s) is not dict:
                continue
            sid, label = s.get("id"), s.get("label")
            if type(sid) is str:
                if sid in span_labels:
                    out.append(Finding("duplicate-id", f"span id '{sid}' is used twice in this "
                                       "document: give each span its own id.", record=rid,
                                       pointer=f"/spans/{i}/id"))
                span_labels[sid] = label if type(label) is str else ""
            start, end, got = s.get("start"), s.get("end"), s.get("text")
            # the common case, inline: well-typed, inside the text, on the right text
            ok = (type(start) is int and type(end) is int and 0 <= start < end <= n
                  and type(got) is str and text[start:end] == got)
            if ok and type(label) is str and label in _PLAIN_LABELS and label in known:
                if label == "SPEAKER" and type(sid) is str:
                    speakers.append((i, sid))
                if starts:
                    k = bisect_right(starts, start) - 1
                    if k >= 0 and end <= boiler[k][1]:
                        _in_boilerplate(s, i, rid, out)
                continue
            ptr = f"/spans/{i}"
            if type(label) is str:
                if label not in known:
                    out.append(Finding(
                        "unknown-label",
                        f"label '{label}' is not in label_config.xml "
                        f"({', '.join(sorted(known))}): relabel the span or add the label.",
                        record=rid, pointer=f"{ptr}/label"))
                elif label == "SPEAKER" and type(sid) is str:
                    speakers.append((i, sid))
                elif label == "DATE":
                    value = s.get("value")
                    if type(value) is str and not is_timex(value):
                        out.append(Finding(
                            "timex-invalid",
                            f"DATE value {value!r} is not TIMEX3: use YYYY, YYYY-MM, "
                            "YYYY-MM-DD, YYYY-Www, XXXX-MM-DD, YYYY-SU/SP/FA/WI, YYYY-Qn, 199X, "
                            "or null when it cannot be resolved.",
                            record=rid, pointer=f"{ptr}/value"))
            if ok or _check_offsets(s, text, n, ptr, "span", rid, out, empty_ok=False):
                k = bisect_right(starts, s["start"]) - 1
                if k >= 0 and s["end"] <= boiler[k][1]:
                    _in_boilerplate(s, i, rid, out)
    relations = rec.get("relations")
    targets: set[str] = set()
    if isinstance(relations, list):
        rel_ids: set[str] = set()
        for i, r in enumerate(relations):
            if type(r) is not dict:
                continue
            rel_id, rlabel, src, dst = r.get("id"), r.get("label"), r.get("from"), r.get("to")
            if (type(rel_id) is str and type(rlabel) is str and type(src) is str
                    and type(dst) is str and rel_id not in rel_ids
                    and rlabel in labels.relations and span_labels.get(src) == "QUOTE"
                    and span_labels.get(dst) == "SPEAKER"):
                rel_ids.add(rel_id)  # the common case: all is well
                targets.add(dst)
                continue
            ptr = f"/relations/{i}"
            if type(rel_id) is str:
                if rel_id in rel_ids:
                    out.append(Finding("duplicate-id", f"relation id '{rel_id}' is used twice: "
                                       "give each relation its own id.", record=rid,
                                       pointer=f"{ptr}/id"))
                rel_ids.add(rel_id)
            if type(rlabel) is str and rlabel not in labels.relations:
                out.append(Finding(
                    "unknown-label",
                    f"relation label '{rlabel}' is not in label_config.xml "
                    f"({', '.join(sorted(labels.relations))}).", record=rid,
                    pointer=f"{ptr}/label"))
            _check_relation_ends(r.get("from"), r.get("to"), span_labels, ptr, "/from", "/to",
                                 "span", rid, targets, out)
    for i, sid in speakers:
        if sid not in targets:
            out.append(Finding(
                "speaker-without-quote",
                f"SPEAKER '{sid}' is not the target of any said_by relation: link a QUOTE to "
                "it, or remove the span (only sources of a QUOTE are SPEAKERs).",
                record=rid, pointer=f"/spans/{i}"))
    return out


def _check_relation_ends(src: Any, dst: Any, regions: dict[str, str], ptr: str, from_key: str,
                         to_key: str, what: str, rid: str | None, targets: set[str],
                         out: list[Finding]) -> None:
    ok = True
    for key, end in ((from_key, src), (to_key, dst)):
        if type(end) is str and end not in regions:
            ok = False
            out.append(Finding(
                "relation-missing-end",
                f"relation {key.strip('/')} '{end}' names no {what} of this record: point it at "
                f"an existing {what} or remove the relation.", record=rid, pointer=ptr + key))
    if not ok or type(src) is not str or type(dst) is not str:
        return
    a, b = regions[src], regions[dst]
    if a == "QUOTE" and b == "SPEAKER":
        targets.add(dst)
        return
    if a == "SPEAKER" and b == "QUOTE":
        msg = (f"said_by goes from the QUOTE to its SPEAKER, but this one goes from SPEAKER "
               f"'{src}' to QUOTE '{dst}': swap its ends.")
    else:
        msg = (f"said_by must go from a QUOTE to a SPEAKER, not from {a or '?'} '{src}' to "
               f"{b or '?'} '{dst}': relabel the {what}s or remove the relation.")
    out.append(Finding("relation-direction", msg, record=rid, pointer=ptr))


def _check_segments(segments: list[Any], text: str, n: int, rid: str | None,
                    blocks: dict[str, tuple[int, int, str]], boiler: list[tuple[int, int]],
                    out: list[Finding]) -> None:
    ids: set[str] = set()
    prev_block: tuple[int, int, int] | None = None  # (index, start, end)
    last_in_parent: dict[str, tuple[int, int]] = {}  # parent -> (index, end)
    sentences: list[tuple[int, dict[str, Any]]] = []
    for i, s in enumerate(segments):
        if type(s) is not dict:
            continue
        sid = s.get("id")
        if type(sid) is str:
            if sid in ids:
                out.append(Finding("duplicate-id", f"segment id '{sid}' is used twice: give "
                                   "each segment its own id.", record=rid,
                                   pointer=f"/segments/{i}/id"))
            ids.add(sid)
        start, end, got = s.get("start"), s.get("end"), s.get("text")
        if not (type(start) is int and type(end) is int and 0 <= start <= end <= n
                and type(got) is str and text[start:end] == got) and not _check_offsets(
                    s, text, n, f"/segments/{i}", "segment", rid, out, empty_ok=True):
            continue
        kind = s.get("kind")
        if kind == "sentence":
            sentences.append((i, s))
            continue
        if type(sid) is str:
            blocks[sid] = (start, end, str(kind))
        if kind == "boilerplate":
            boiler.append((start, end))
        if prev_block is not None and start < prev_block[2]:
            out.append(Finding(
                "segment-order",
                f"block {start}-{end} starts before the previous block (segment "
                f"{prev_block[0]}, {prev_block[1]}-{prev_block[2]}) ends: blocks must be in "
                "text order and must not overlap; re-run `curate segment`.",
                record=rid, pointer=f"/segments/{i}/start"))
        prev_block = (i, start, end)
    boiler.sort()
    for i, s in sentences:
        parent = s.get("parent")
        if type(parent) is not str:
            continue
        block = blocks.get(parent)
        if block is None:
            out.append(Finding(
                "segment-parent",
                f"sentence's parent '{parent}' is not a block of this document: point it at the "
                "headline or paragraph it lies in.", record=rid, pointer=f"/segments/{i}/parent"))
            continue
        start, end = s["start"], s["end"]
        if start < block[0] or end > block[1]:
            out.append(Finding(
                "segment-order",
                f"sentence {start}-{end} is not inside its block '{parent}' "
                f"({block[0]}-{block[1]}): re-run `curate segment`.",
                record=rid, pointer=f"/segments/{i}/start"))
            continue
        prev = last_in_parent.get(parent)
        if prev is not None and start < prev[1]:
            out.append(Finding(
                "segment-order",
                f"sentence {start}-{end} starts before the previous sentence of block "
                f"'{parent}' (segment {prev[0]}) ends at {prev[1]}: sentences must be in order "
                "and must not overlap.", record=rid, pointer=f"/segments/{i}/start"))
        last_in_parent[parent] = (i, end)


def check_span_row(row: dict[str, Any], labels: ConfigLabels, *,
                   typed: bool = False) -> list[Finding]:
    """A flat span row (``--kind spans``): no text to check against, so offsets, label, value."""
    if typed:  # the lean pass for schema-valid rows; any doubt runs the full check
        start, end, label = row["start"], row["end"], row["label"]
        if (start < end and len(row["text"]) == end - start and label in labels.labels
                and (label != "DATE" or row["value"] is None or is_timex(row["value"]))):
            return []
    out: list[Finding] = []
    rid = row.get("doc_id") if type(row.get("doc_id")) is str else None
    start, end = row.get("start"), row.get("end")
    if _is_int(start) and _is_int(end):
        if start >= end:
            out.append(Finding("offset-order", f"span start {start} is not before end {end}: "
                               "swap them or drop the span.", record=rid, pointer="/start"))
        elif isinstance(row.get("text"), str) and len(row["text"]) != end - start:
            out.append(Finding(
                "text-mismatch",
                f"the span is {end - start} characters long ({start}-{end}) but its text has "
                f"{len(row['text'])}: fix the offsets or the text.", record=rid, pointer="/text"))
    label = row.get("label")
    if type(label) is str and label not in labels.labels:
        out.append(Finding("unknown-label", f"label '{label}' is not in label_config.xml "
                           f"({', '.join(sorted(labels.labels))}).", record=rid,
                           pointer="/label"))
    if label == "DATE" and type(row.get("value")) is str and not is_timex(row["value"]):
        out.append(Finding("timex-invalid", f"DATE value {row['value']!r} is not TIMEX3: use "
                           "YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, XXXX-MM-DD, YYYY-Qn, 199X or "
                           "null.", record=rid, pointer="/value"))
    return out


# -- Label Studio tasks -----------------------------------------------------------------------

def check_task(task: dict[str, Any], labels: ConfigLabels, *, prefix: str = "") -> list[Finding]:
    """Regions, per-region fields and relations of every prediction and annotation of a task."""
    out: list[Finding] = []
    data = task.get("data")
    data = data if isinstance(data, dict) else {}
    rid_raw = data.get("doc_id", task.get("id"))
    rid = str(rid_raw) if rid_raw is not None else None
    text = data.get("text")
    if isinstance(text, str):
        encoded = text.encode("utf-16-le", "surrogatepass")
        u16 = encoded if len(encoded) != 2 * len(text) else None
        n = len(encoded) // 2
        for key in ("paragraphs", "sentences"):
            pairs = data.get(key)
            if isinstance(pairs, list):
                _check_pairs(pairs, n, f"{prefix}/data/{key}", key[:-1], rid, out)
    else:
        text, u16, n = None, None, 0
    for group in ("predictions", "annotations"):
        items = task.get(group)
        if not isinstance(items, list):
            continue
        for j, item in enumerate(items):
            if isinstance(item, dict) and isinstance(item.get("result"), list):
                _check_result(item["result"], text, u16, n, labels,
                              f"{prefix}/{group}/{j}/result", rid, out)
    return out


def _check_pairs(pairs: list[Any], n: int, ptr: str, what: str, rid: str | None,
                 out: list[Finding]) -> None:
    prev_end = 0
    for i, pair in enumerate(pairs):
        if not (isinstance(pair, list) and len(pair) == 2 and all(map(_is_int, pair))):
            continue
        start, end = pair
        if start > end:
            out.append(Finding("offset-order", f"{what} [{start}, {end}] ends before it starts.",
                               record=rid, pointer=f"{ptr}/{i}"))
        elif end > n:
            out.append(Finding("offset-out-of-range", f"{what} [{start}, {end}] ends past the "
                               f"task text ({n} UTF-16 units): rebuild the task with `curate "
                               "push`.", record=rid, pointer=f"{ptr}/{i}"))
        elif start < prev_end:
            out.append(Finding("segment-order", f"{what} [{start}, {end}] starts before the "
                               f"previous one ends ({prev_end}): they must be in order and must "
                               "not overlap.", record=rid, pointer=f"{ptr}/{i}"))
        prev_end = max(prev_end, end)


def _check_result(result: list[Any], text: str | None, u16: bytes | None, n: int,
                  labels: ConfigLabels, ptr: str, rid: str | None, out: list[Finding]) -> None:
    regions: dict[str, str] = {}
    speakers: list[tuple[int, str]] = []
    fields: list[tuple[int, dict[str, Any]]] = []
    relations: list[tuple[int, dict[str, Any]]] = []
    for i, item in enumerate(result):
        if type(item) is not dict:
            continue
        typ = item.get("type")
        here = f"{ptr}/{i}"
        if typ == "relation":
            relations.append((i, item))
            continue
        for key, known in (("from_name", labels.controls), ("to_name", labels.objects)):
            name = item.get(key)
            if type(name) is str and known and name not in known:
                out.append(Finding(
                    "unknown-control",
                    f"{key} '{name}' is not a tag of label_config.xml ({', '.join(sorted(known))})"
                    ": the task was made for another config; push it again.",
                    record=rid, pointer=f"{here}/{key}"))
        if typ != "labels":
            fields.append((i, item))
            continue
        rid_region, value = item.get("id"), item.get("value")
        if type(value) is not dict:
            continue
        region_labels = value.get("labels")
        label = region_labels[0] if isinstance(region_labels, list) and region_labels else None
        if type(label) is str and label not in labels.labels:
            out.append(Finding(
                "unknown-label",
                f"label '{label}' is not in label_config.xml ({', '.join(sorted(labels.labels))})"
                ": add it to the config or relabel the region.",
                record=rid, pointer=f"{here}/value/labels/0"))
        if type(rid_region) is str:
            if rid_region in regions:
                out.append(Finding("duplicate-id", f"region id '{rid_region}' is used twice in "
                                   "this result: give each region its own id.", record=rid,
                                   pointer=f"{here}/id"))
            regions[rid_region] = label if type(label) is str else ""
            if label == "SPEAKER":
                speakers.append((i, rid_region))
        if text is not None:
            _check_region_text(value, text, u16, n, f"{here}/value", rid, out)
    for i, item in fields:
        here = f"{ptr}/{i}"
        fid, value = item.get("id"), item.get("value")
        if type(fid) is str and fid not in regions:
            out.append(Finding(
                "region-missing",
                f"this {item.get('type')} belongs to region '{fid}', which is not in the result: "
                "remove it or add the region.", record=rid, pointer=f"{here}/id"))
        if type(value) is not dict:
            continue
        if item.get("type") == "choices":
            allowed = labels.choices.get(str(item.get("from_name")))
            for k, choice in enumerate(_as_list(value.get("choices"))):
                if allowed is not None and type(choice) is str and choice not in allowed:
                    out.append(Finding(
                        "unknown-label",
                        f"choice '{choice}' is not in label_config.xml "
                        f"({', '.join(sorted(allowed))}).",
                        record=rid, pointer=f"{here}/value/choices/{k}"))
        elif item.get("type") == "textarea" and regions.get(str(fid)) == "DATE":
            texts = value.get("text")
            for k, t in enumerate(texts if isinstance(texts, list) else ()):
                if type(t) is str and t.strip() and not is_timex(t.strip()):
                    out.append(Finding(
                        "timex-invalid",
                        f"DATE value {t!r} is not TIMEX3: use YYYY, YYYY-MM, YYYY-MM-DD, "
                        "YYYY-Www, XXXX-MM-DD, YYYY-Qn, 199X, or leave it empty.",
                        record=rid, pointer=f"{here}/value/text/{k}"))
    targets: set[str] = set()
    for i, rel in relations:
        here = f"{ptr}/{i}"
        src, dst = rel.get("from_id"), rel.get("to_id")
        direction = rel.get("direction", "right")
        if direction == "left":
            src, dst = dst, src
        elif direction == "bi":
            out.append(Finding("relation-direction", "said_by is directed (QUOTE to SPEAKER) but "
                               "this relation is bidirectional: set its direction.", record=rid,
                               pointer=f"{here}/direction"))
            continue
        for k, lab in enumerate(_as_list(rel.get("labels"))):
            if type(lab) is str and lab not in labels.relations:
                out.append(Finding("unknown-label", f"relation label '{lab}' is not in "
                                   "label_config.xml.", record=rid,
                                   pointer=f"{here}/labels/{k}"))
        keys = ("/from_id", "/to_id") if direction != "left" else ("/to_id", "/from_id")
        _check_relation_ends(src, dst, regions, here, keys[0], keys[1], "region", rid,
                             targets, out)
    for i, sid in speakers:
        if sid not in targets:
            out.append(Finding(
                "speaker-without-quote",
                f"SPEAKER region '{sid}' is not the target of any said_by relation: link a "
                "QUOTE to it, or remove the region.", record=rid, pointer=f"{ptr}/{i}"))


def _check_region_text(value: dict[str, Any], text: str, u16: bytes | None, n: int, ptr: str,
                       rid: str | None, out: list[Finding]) -> None:
    """Label Studio 1.23 stores code points; JavaScript clients count UTF-16 units. A region
    is right when its text matches in either (they differ only after astral characters)."""
    start, end = value.get("start"), value.get("end")
    if not (_is_int(start) and _is_int(end)):
        return
    if end > n or start < 0:
        out.append(Finding(
            "offset-out-of-range",
            f"region {start}-{end} is outside the task text ({len(text)} characters): fix the "
            "offsets.", record=rid, pointer=f"{ptr}/end"))
        return
    if start >= end:
        out.append(Finding("offset-order", f"region start {start} is not before end {end}.",
                           record=rid, pointer=f"{ptr}/start"))
        return
    got = value.get("text")
    if not isinstance(got, str):
        return
    actual = text[start:end]
    if actual == got:
        return
    if u16 is not None and u16[2 * start: 2 * end].decode("utf-16-le", "replace") == got:
        return
    out.append(Finding(
        "text-mismatch",
        f"data.text[{start}:{end}] is {_short(actual)} but the region says {_short(got)}: fix "
        "the offsets (code points, or UTF-16 code units as JavaScript counts).",
        record=rid, pointer=f"{ptr}/text"))
