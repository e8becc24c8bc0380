"""What changed between two versions of a dataset.

Documents are matched by id: added, removed, or changed (its text, its annotators, or its
spans differ). Spans are compared on the *primary* annotation of each document (the one
label set a document that ``primary == True`` selects for training), matched in this order:

1. same offsets and label: unchanged. Of these, a span whose other attributes differ
   (any of ``ATTRIBUTES``: DATE value, quote type, place identity, speaker's resolved name,
   score, source, rule@version, annotator, origin) is also counted as *updated*: ``updated``
   is a subset of ``unchanged``, never a category of its own;
2. same offsets, other label: relabelled (counted as relabelled *from* the old label and
   *to* the new one);
3. same label, overlapping offsets: moved (start or end changed);
4. what is left: removed (only in the old version) or added (only in the new one).

Spans of an added or removed document, or of a document whose text changed, count as
added or removed. Exact matches are found with Arrow joins; only the spans left over are
looked at one by one.

``DiffReport.to_dict()`` (what ``curate diff --json`` prints) has these keys; new keys may be
added, none is removed or changes meaning:

- ``name``, ``from``, ``to``: the dataset and the two versions.
- ``documents``: ``added``, ``removed``, ``changed``, ``unchanged`` (counts) and
  ``added_ids``, ``removed_ids``, ``changed_ids``; ``updated`` and ``updated_ids``: the
  *unchanged* documents that hold at least one updated span.
- ``spans``: ``added``, ``removed``, ``relabelled``, ``moved``, ``unchanged`` and
  ``updated`` (unchanged spans with another attribute changed).
- ``labels``: per label, ``added``, ``removed``, ``moved``, ``relabelled_from``,
  ``relabelled_to``, ``unchanged``, ``updated``.
- ``relabelled``: ``{"OLD->NEW": n}``.
- ``updated_attributes``: ``{attribute: n}``, updated spans per changed attribute (a span
  whose value and rule both changed counts under both), attributes in ``ATTRIBUTES`` order.
- ``updated_by_label``: ``{label: {attribute: n}}``, the same split per label (non-zero only).
- ``manifest``: ``{key: {"from": old, "to": new}}`` for the provenance keys of the two
  manifests that differ (``heuristics_versions``, ``curate_version``, ``schema_version``,
  ``table_schema_version``, ``label_config_sha256``); empty when they agree.
- ``only_manifest_or_attributes``: true when no document or span was added, removed,
  relabelled or moved (so the versions differ at most in span attributes and the manifest).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from curate.records import LABELS

__all__ = ["ATTRIBUTES", "DiffReport", "diff_versions"]

_KEYS = ["doc_id", "start", "end", "label"]
#: Columns of the spans table compared for spans matched on offsets and label. ``id`` and
#: ``text`` follow from the offsets; ``source`` is heuristic|human, ``rule`` the rule@version.
ATTRIBUTES = ("value", "quote_type", "geonameid", "country_code", "resolved", "score",
              "source", "rule", "annotator", "origin")
#: Manifest keys that say how a version was made (``source.heuristics_versions`` included).
_MANIFEST_KEYS = ("heuristics_versions", "curate_version", "schema_version",
                  "table_schema_version", "label_config_sha256")


@dataclass
class DiffReport:
    """Counts (and ids) of what changed from version ``old`` to version ``new``."""

    name: str
    old: str
    new: str
    docs_added: list[str] = field(default_factory=list)
    docs_removed: list[str] = field(default_factory=list)
    docs_changed: list[str] = field(default_factory=list)
    docs_unchanged: int = 0
    spans_unchanged: Counter[str] = field(default_factory=Counter)
    spans_added: Counter[str] = field(default_factory=Counter)
    spans_removed: Counter[str] = field(default_factory=Counter)
    spans_moved: Counter[str] = field(default_factory=Counter)
    relabelled: Counter[tuple[str, str]] = field(default_factory=Counter)
    #: unchanged spans (same offsets and label) with another attribute changed, per label
    spans_updated: Counter[str] = field(default_factory=Counter)
    #: the same, per (label, attribute); a span counts once under each changed attribute
    attributes_updated: Counter[tuple[str, str]] = field(default_factory=Counter)
    docs_updated: list[str] = field(default_factory=list)
    #: manifest provenance keys that differ: {key: (old, new)}
    manifest_changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        """Documents were added, removed or changed (span attributes and manifest aside)."""
        return bool(self.docs_added or self.docs_removed or self.docs_changed)

    @property
    def only_manifest_or_attributes(self) -> bool:
        """No document or span added, removed, relabelled or moved."""
        return not (self.changed or +self.spans_added or +self.spans_removed
                    or +self.spans_moved or +self.relabelled)

    def label_rows(self) -> dict[str, dict[str, int]]:
        labels = list(LABELS) + sorted(
            {x for c in (self.spans_added, self.spans_removed, self.spans_moved,
                         self.spans_unchanged) for x in c} - set(LABELS))
        rows = {}
        for label in labels:
            rows[label] = {
                "added": self.spans_added[label],
                "removed": self.spans_removed[label],
                "moved": self.spans_moved[label],
                "relabelled_from": sum(n for (a, _b), n in self.relabelled.items() if a == label),
                "relabelled_to": sum(n for (_a, b), n in self.relabelled.items() if b == label),
                "unchanged": self.spans_unchanged[label],
                "updated": self.spans_updated[label],
            }
        return rows

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "from": self.old,
            "to": self.new,
            "documents": {
                "added": len(self.docs_added),
                "removed": len(self.docs_removed),
                "changed": len(self.docs_changed),
                "unchanged": self.docs_unchanged,
                "added_ids": self.docs_added,
                "removed_ids": self.docs_removed,
                "changed_ids": self.docs_changed,
                "updated": len(self.docs_updated),
                "updated_ids": self.docs_updated,
            },
            "spans": {
                "added": sum(self.spans_added.values()),
                "removed": sum(self.spans_removed.values()),
                "relabelled": sum(self.relabelled.values()),
                "moved": sum(self.spans_moved.values()),
                "unchanged": sum(self.spans_unchanged.values()),
                "updated": sum(self.spans_updated.values()),
            },
            "labels": self.label_rows(),
            "relabelled": {f"{a}->{b}": n for (a, b), n in sorted(self.relabelled.items())},
            "updated_attributes": {
                attr: n for attr in ATTRIBUTES
                if (n := sum(v for (_l, a), v in self.attributes_updated.items() if a == attr))},
            "updated_by_label": {
                label: per for label in self.label_rows()
                if (per := {attr: self.attributes_updated[(label, attr)] for attr in ATTRIBUTES
                            if self.attributes_updated[(label, attr)]})},
            "manifest": {k: {"from": a, "to": b} for k, (a, b) in self.manifest_changes.items()},
            "only_manifest_or_attributes": self.only_manifest_or_attributes,
        }


def _read(version_dir: Path, table: str, columns: list[str], primary: bool = False) -> pa.Table:
    folder = version_dir / "data" / table
    files = sorted(str(p) for p in folder.glob("*.parquet")) if folder.is_dir() else []
    if not files:
        from curate.export.tables import TABLES

        return TABLES[table].empty_table().select(columns)
    data = ds.dataset(files, format="parquet")
    flt = pc.field("primary") if primary else None
    # a column an older table version lacks reads as all null, so it compares as unset
    there = [c for c in columns if c in data.schema.names]
    t = data.to_table(columns=there, filter=flt)
    for c in columns:
        if c not in there:
            t = t.append_column(c, pa.nulls(t.num_rows, pa.string()))
    # dictionary columns differ per file; plain strings join and compare everywhere
    return pa.table({c: (t[c].cast(t[c].type.value_type)
                         if pa.types.is_dictionary(t[c].type) else t[c]) for c in columns})


def _doc_state(version_dir: Path) -> dict[str, tuple[int, str, tuple[str, ...]]]:
    t = _read(version_dir, "documents", ["id", "text", "annotation_kind", "annotators"])
    texts = t["text"].to_pylist()
    return {i: (hash(x), k, tuple(a or ())) for i, x, k, a in zip(
        t["id"].to_pylist(), texts, t["annotation_kind"].to_pylist(),
        t["annotators"].to_pylist(), strict=True)}


def diff_versions(old_dir: Path, new_dir: Path) -> DiffReport:
    """Compare two version folders of one dataset."""
    report = DiffReport(name=new_dir.parent.name, old=old_dir.name, new=new_dir.name)
    docs_a, docs_b = _doc_state(old_dir), _doc_state(new_dir)
    report.docs_added = sorted(set(docs_b) - set(docs_a))
    report.docs_removed = sorted(set(docs_a) - set(docs_b))
    both = set(docs_a) & set(docs_b)
    text_changed = {d for d in both if docs_a[d][0] != docs_b[d][0]}
    meta_changed = {d for d in both - text_changed if docs_a[d][1:] != docs_b[d][1:]}

    a = _read(old_dir, "spans", _KEYS + list(ATTRIBUTES), primary=True)
    b = _read(new_dir, "spans", _KEYS + list(ATTRIBUTES), primary=True)
    gone = pa.array(sorted(set(report.docs_removed) | text_changed), pa.string())
    new = pa.array(sorted(set(report.docs_added) | text_changed), pa.string())
    # spans of removed documents / changed texts: removed; of added documents: added
    a_out = a.filter(pc.is_in(a["doc_id"], value_set=gone))
    b_out = b.filter(pc.is_in(b["doc_id"], value_set=new))
    report.spans_removed.update(a_out["label"].to_pylist())
    report.spans_added.update(b_out["label"].to_pylist())
    a = a.filter(pc.invert(pc.is_in(a["doc_id"], value_set=gone)))
    b = b.filter(pc.invert(pc.is_in(b["doc_id"], value_set=new)))

    a_left = a.join(b, keys=_KEYS, join_type="left anti") if a.num_rows else a
    b_left = b.join(a, keys=_KEYS, join_type="left anti") if b.num_rows else b
    same = a.join(b, keys=_KEYS, join_type="left semi") if a.num_rows and b.num_rows else \
        a.slice(0, 0)
    report.spans_unchanged.update(same["label"].to_pylist())
    _count_updated(a, b, report)
    a, b, a_left, b_left = (t.select(_KEYS) for t in (a, b, a_left, b_left))

    left_a: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    left_b: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for table, into in ((a_left, left_a), (b_left, left_b)):
        for d, s, e, lab in zip(*(table[k].to_pylist() for k in _KEYS), strict=True):
            into[d].append((s, e, lab))
    span_changed = set(left_a) | set(left_b)
    for doc in sorted(span_changed):
        _match_leftovers(left_a.get(doc, []), left_b.get(doc, []), report)
    changed = text_changed | meta_changed | span_changed
    report.docs_changed = sorted(changed)
    report.docs_unchanged = len(both) - len(changed)
    report.docs_updated = sorted(set(report.docs_updated) - changed)
    report.manifest_changes = _manifest_changes(old_dir, new_dir)
    return report


def _differs(old: pa.ChunkedArray, new: pa.ChunkedArray) -> pa.ChunkedArray:
    """Element-wise "not the same", with null == null and null != a value."""
    if old.type != new.type:
        old, new = old.cast(pa.string()), new.cast(pa.string())
    neq = pc.fill_null(pc.not_equal(old, new), True)
    return pc.and_(neq, pc.invert(pc.and_(pc.is_null(old), pc.is_null(new))))


def _count_updated(a: pa.Table, b: pa.Table, report: DiffReport) -> None:
    """Count spans matched on offsets and label whose other attributes differ."""
    if not (a.num_rows and b.num_rows):
        return
    pairs = a.join(b, keys=_KEYS, join_type="inner", left_suffix="__old",
                   right_suffix="__new")
    flags = {attr: _differs(pairs[f"{attr}__old"], pairs[f"{attr}__new"]) for attr in ATTRIBUTES}
    # a key repeated in one annotation joins to several pairs: one key counts once
    per_key = pa.table({**{k: pairs[k] for k in _KEYS}, **flags}).group_by(_KEYS).aggregate(
        [(attr, "any") for attr in ATTRIBUTES])
    any_flag = per_key[f"{ATTRIBUTES[0]}_any"]
    for attr in ATTRIBUTES[1:]:
        any_flag = pc.or_(any_flag, per_key[f"{attr}_any"])
    updated = per_key.filter(any_flag)
    if not updated.num_rows:
        return
    report.docs_updated = pc.unique(updated["doc_id"]).to_pylist()
    by_label = updated.group_by("label").aggregate(
        [([], "count_all"), *((f"{attr}_any", "sum") for attr in ATTRIBUTES)])
    for row in by_label.to_pylist():
        report.spans_updated[row["label"]] += row["count_all"]
        for attr in ATTRIBUTES:
            if row[f"{attr}_any_sum"]:
                report.attributes_updated[(row["label"], attr)] += row[f"{attr}_any_sum"]


def _manifest_facts(version_dir: Path) -> dict[str, Any]:
    try:
        m = json.loads((version_dir / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    facts = {k: m.get(k) for k in _MANIFEST_KEYS if k in m}
    source = m.get("source")
    if isinstance(source, dict) and "heuristics_versions" in source:
        facts["heuristics_versions"] = source["heuristics_versions"]
    return facts


def _manifest_changes(old_dir: Path, new_dir: Path) -> dict[str, tuple[Any, Any]]:
    a, b = _manifest_facts(old_dir), _manifest_facts(new_dir)
    return {k: (a.get(k), b.get(k)) for k in _MANIFEST_KEYS
            if (k in a or k in b) and a.get(k) != b.get(k)}


_MANIFEST_LABELS = {"heuristics_versions": "heuristics", "curate_version": "curate",
                    "schema_version": "record schema",
                    "table_schema_version": "table schema",
                    "label_config_sha256": "label config sha256"}


def _show(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "none"
    return "none" if value is None else str(value)


def _match_leftovers(old: list[tuple[int, int, str]], new: list[tuple[int, int, str]],
                     report: DiffReport) -> None:
    old, new = sorted(old), sorted(new)
    used: set[int] = set()
    rest_old = []
    # same offsets, other label: relabelled
    for s, e, lab in old:
        j = next((j for j, (s2, e2, _l) in enumerate(new)
                  if j not in used and s2 == s and e2 == e), None)
        if j is None:
            rest_old.append((s, e, lab))
        else:
            used.add(j)
            report.relabelled[(lab, new[j][2])] += 1
    # same label, overlapping: moved
    for s, e, lab in rest_old:
        j = next((j for j, (s2, e2, l2) in enumerate(new)
                  if j not in used and l2 == lab and s2 < e and s < e2), None)
        if j is None:
            report.spans_removed[lab] += 1
        else:
            used.add(j)
            report.spans_moved[lab] += 1
    for j, (_s, _e, lab) in enumerate(new):
        if j not in used:
            report.spans_added[lab] += 1


def render_summary(report: DiffReport) -> str:
    """The plain-text summary table `curate diff` prints."""
    d = report.to_dict()
    docs, spans = d["documents"], d["spans"]
    lines = [
        f"{report.name}: {report.old} -> {report.new}",
        f"documents: {docs['added']} added, {docs['removed']} removed, "
        f"{docs['changed']} changed, {docs['unchanged']} unchanged"
        + (f" ({docs['updated']} with updated span attributes)" if docs["updated"] else ""),
        f"spans:     {spans['added']} added, {spans['removed']} removed, "
        f"{spans['relabelled']} relabelled, {spans['moved']} moved, "
        f"{spans['unchanged']} unchanged"
        + (f" ({spans['updated']} of them updated: same offsets and label, other attributes "
           "changed)" if spans["updated"] else ""),
        "",
    ]
    header = ["label", "added", "removed", "moved", "relabelled from", "relabelled to",
              "unchanged", "updated"]
    rows = [[label, *(str(r[k]) for k in ("added", "removed", "moved", "relabelled_from",
                                           "relabelled_to", "unchanged", "updated"))]
            for label, r in d["labels"].items()]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    lines.append("  ".join(h.ljust(w) if i == 0 else h.rjust(w)
                           for i, (h, w) in enumerate(zip(header, widths, strict=True))))
    for r in rows:
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                               for i, (c, w) in enumerate(zip(r, widths, strict=True))))
    if d["relabelled"]:
        lines.append("")
        lines.append("relabelled: " + ", ".join(f"{k} {v}" for k, v in d["relabelled"].items()))
    if d["updated_attributes"]:
        lines.append("")
        lines.append("updated attributes: " + ", ".join(
            f"{k} {v}" for k, v in d["updated_attributes"].items()))
        for label, per in d["updated_by_label"].items():
            lines.append(f"  {label}: " + ", ".join(f"{k} {v}" for k, v in per.items()))
    made = "; ".join(f"{_MANIFEST_LABELS.get(k, k)} {_show(a)} -> {_show(b)}"
                     for k, (a, b) in report.manifest_changes.items())
    if report.only_manifest_or_attributes and (made or d["updated_attributes"]):
        what = ("span attributes and the manifest" if made and d["updated_attributes"]
                else "span attributes" if d["updated_attributes"] else "the manifest")
        lines.append("")
        lines.append(f"Same documents and spans; only {what} differ"
                     + (f": {made}" if made else "") + ".")
    elif made:
        lines.append("")
        lines.append(f"made with: {made}")
    return "\n".join(lines)
