"""What changed between two versions of a dataset.

Documents are matched by id: added, removed, or changed (its text, its annotators, or its
spans differ). Spans are compared on the *primary* annotation of each document (the one
label set a document that ``primary == True`` selects for training), matched in this order:

1. same offsets and label: unchanged;
2. same offsets, other label: relabelled (counted as relabelled *from* the old label and
   *to* the new one);
3. same label, overlapping offsets: moved (start or end changed);
4. what is left: removed (only in the old version) or added (only in the new one).

Spans of an added or removed document, or of a document whose text changed, count as
added or removed. Exact matches are found with Arrow joins; only the spans left over are
looked at one by one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from curate.records import LABELS

__all__ = ["DiffReport", "diff_versions"]

_KEYS = ["doc_id", "start", "end", "label"]


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

    @property
    def changed(self) -> bool:
        return bool(self.docs_added or self.docs_removed or self.docs_changed)

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
            },
            "spans": {
                "added": sum(self.spans_added.values()),
                "removed": sum(self.spans_removed.values()),
                "relabelled": sum(self.relabelled.values()),
                "moved": sum(self.spans_moved.values()),
                "unchanged": sum(self.spans_unchanged.values()),
            },
            "labels": self.label_rows(),
            "relabelled": {f"{a}->{b}": n for (a, b), n in sorted(self.relabelled.items())},
        }


def _read(version_dir: Path, table: str, columns: list[str], primary: bool = False) -> pa.Table:
    folder = version_dir / "data" / table
    files = sorted(str(p) for p in folder.glob("*.parquet")) if folder.is_dir() else []
    if not files:
        from curate.export.tables import TABLES

        return TABLES[table].empty_table().select(columns)
    data = ds.dataset(files, format="parquet")
    flt = pc.field("primary") if primary else None
    t = data.to_table(columns=columns, filter=flt)
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

    a = _read(old_dir, "spans", _KEYS, primary=True)
    b = _read(new_dir, "spans", _KEYS, primary=True)
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
    return report


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
        f"{docs['changed']} changed, {docs['unchanged']} unchanged",
        f"spans:     {spans['added']} added, {spans['removed']} removed, "
        f"{spans['relabelled']} relabelled, {spans['moved']} moved, "
        f"{spans['unchanged']} unchanged",
        "",
    ]
    header = ["label", "added", "removed", "moved", "relabelled from", "relabelled to",
              "unchanged"]
    rows = [[label, *(str(v) for v in r.values())] for label, r in d["labels"].items()]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    lines.append("  ".join(h.ljust(w) if i == 0 else h.rjust(w)
                           for i, (h, w) in enumerate(zip(header, widths, strict=True))))
    for r in rows:
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                               for i, (c, w) in enumerate(zip(r, widths, strict=True))))
    if d["relabelled"]:
        lines.append("")
        lines.append("relabelled: " + ", ".join(f"{k} {v}" for k, v in d["relabelled"].items()))
    return "\n".join(lines)
