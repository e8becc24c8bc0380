"""Scoring annotated documents against gold (human-checked) ones.

Pure functions over :class:`~curate.records.Document`: no files, no printing. ``curate eval``
and ``curate rules`` are thin layers over :func:`evaluate` and :func:`rule_report`, and their
``--json`` output is exactly the dict these return.

How spans are matched (per document, per label, one-to-one):

* **exact**: same ``start`` and ``end``.
* **overlap**: the two spans share at least half of the shorter one's characters
  (``2 * intersection >= min(len(a), len(b))``, intersection > 0). Among the pairs that
  qualify, the matching with the most pairs is taken (a maximum bipartite matching), so no
  span is counted twice and the counts do not depend on the order spans are listed in;
  between equally large matchings, exact and larger overlaps are preferred.

Precision is ``tp / predicted`` (None when nothing was predicted), recall ``tp / gold``
(None when the gold has none), F1 ``2 tp / (predicted + gold)`` (None when both are 0).

A QUOTE matched (by overlap) to a gold QUOTE is **correctly attributed** when one of its
``said_by`` targets overlaps (same criterion) one of the gold QUOTE's ``said_by`` targets, or
their speaker names agree: a SPEAKER's name is its ``resolved`` value if set, else its text;
two names agree when they are equal ignoring case and a leading "the", or one is the other's
surname ("Peskov" and "Dmitry Peskov"); an unresolved pronoun agrees with no name. Only
matched quotes whose gold QUOTE has a speaker are counted. **DATE value accuracy** is the
share of overlap-matched DATEs whose gold ``value`` is not null that have exactly the same
``value``.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

from curate.errors import InputError
from curate.records import LABELS, QUOTE_TYPES, Document, Span

__all__ = [
    "MATCH_MODES",
    "evaluate",
    "match_spans",
    "names_agree",
    "overlap_match",
    "prf",
    "rule_report",
    "speaker_name",
]

MatchMode = Literal["exact", "overlap"]
MATCH_MODES: tuple[MatchMode, ...] = ("exact", "overlap")

# The spec gives a place that is also a speaker both spans: that pair is not a conflict.
ALLOWED_SAME_RANGE: frozenset[frozenset[str]] = frozenset({frozenset({"PLACE", "SPEAKER"})})


# -- matching ---------------------------------------------------------------------------
def overlap_match(a: Span, b: Span) -> bool:
    """True when ``a`` and ``b`` share at least half of the shorter span (and something)."""
    inter = min(a.end, b.end) - max(a.start, b.start)
    if inter <= 0:
        return a.start == b.start and a.end == b.end  # two identical empty spans
    shorter = min(a.end - a.start, b.end - b.start)
    return 2 * inter >= shorter


def _candidates(gold: Sequence[Span], pred: Sequence[Span], mode: MatchMode) -> list[list[int]]:
    """For each gold span, the predicted spans it may pair with, best first."""
    if mode == "exact":
        by_range: dict[tuple[int, int], list[int]] = defaultdict(list)
        for j, p in enumerate(pred):
            by_range[(p.start, p.end)].append(j)
        return [list(by_range.get((g.start, g.end), ())) for g in gold]
    order = sorted(range(len(pred)), key=lambda j: pred[j].start)
    starts = [pred[j].start for j in order]
    longest = max((p.end - p.start for p in pred), default=0)
    out = []
    for g in gold:
        # Only spans starting within `longest` before g can reach it: no all-pairs scan.
        lo = bisect.bisect_left(starts, g.start - longest)
        hi = bisect.bisect_right(starts, g.end)
        found = [order[k] for k in range(lo, hi) if overlap_match(g, pred[order[k]])]

        def preference(j: int, g: Span = g) -> tuple[int, int, int]:
            p = pred[j]
            inter = min(p.end, g.end) - max(p.start, g.start)
            return (0 if (p.start, p.end) == (g.start, g.end) else 1, -inter, j)

        out.append(sorted(found, key=preference))
    return out


def _augment(cands: list[list[int]], pred_to_gold: dict[int, int]) -> None:
    """Grow the matching ``pred_to_gold`` by augmenting paths (Kuhn), without recursion."""
    matched_gold = set(pred_to_gold.values())
    for root in range(len(cands)):
        if not cands[root] or root in matched_gold:
            continue
        seen: set[int] = set()
        stack: list[tuple[int, int]] = [(root, 0)]  # (gold index, next candidate position)
        path: list[tuple[int, int]] = []  # (gold, pred) edges on the current path
        while stack:
            g, pos = stack.pop()
            if pos >= len(cands[g]):
                if path:
                    path.pop()
                continue
            stack.append((g, pos + 1))
            p = cands[g][pos]
            if p in seen:
                continue
            seen.add(p)
            path.append((g, p))
            if p not in pred_to_gold:
                for gg, pp in path:
                    pred_to_gold[pp] = gg
                matched_gold.add(root)
                break
            stack.append((pred_to_gold[p], 0))


def match_spans(
    gold: Sequence[Span], pred: Sequence[Span], mode: MatchMode = "overlap"
) -> list[tuple[int, int]]:
    """A one-to-one matching of gold to predicted spans, as ``(gold index, pred index)``.

    Labels are not looked at: pass spans of one label. The matching is maximal in size
    (augmenting paths, Kuhn's algorithm, run without recursion).
    """
    if mode not in MATCH_MODES:
        raise ValueError(f"mode must be one of {MATCH_MODES}, not {mode!r}")
    cands = _candidates(gold, pred, mode)
    pred_to_gold: dict[int, int] = {}
    if mode == "overlap":
        # Pair identical spans first: otherwise a direct quote fragment could be "matched"
        # to the indirect clause around it while its own exact gold twin goes unmatched,
        # and overlap scores would fall below exact ones. Augmenting paths never unmatch a
        # predicted span, so the second pass keeps the matching maximal.
        same = [
            [j for j in c if (pred[j].start, pred[j].end) == (gold[i].start, gold[i].end)
             and pred[j].quote_type == gold[i].quote_type]
            for i, c in enumerate(cands)
        ]
        _augment(same, pred_to_gold)
    _augment(cands, pred_to_gold)
    return sorted((g, p) for p, g in pred_to_gold.items())


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    """tp/fp/fn with precision, recall and F1 (None where undefined)."""
    return {
        "tp": tp,
        "fp": n_pred - tp,
        "fn": n_gold - tp,
        "precision": tp / n_pred if n_pred else None,
        "recall": tp / n_gold if n_gold else None,
        "f1": 2 * tp / (n_pred + n_gold) if n_pred + n_gold else None,
    }


def _ratio(correct: int, total: int) -> float | None:
    return correct / total if total else None


# -- speakers ---------------------------------------------------------------------------
def speaker_name(span: Span) -> str:
    """The name a SPEAKER mention stands for: ``resolved`` if set, else its text."""
    return span.resolved or span.text


_PRONOUNS = [[w] for w in ("he", "she", "they", "it", "we", "i", "you", "him", "her", "them")]


def _normalise_name(name: str) -> list[str]:
    words = name.casefold().replace("’", "'").split()
    if words and words[0] == "the":
        words = words[1:]
    return words


def names_agree(a: str, b: str) -> bool:
    """Same speaker name: equal ignoring case and a leading "the", or a surname of the other."""
    wa, wb = _normalise_name(a), _normalise_name(b)
    if not wa or not wb or wa in _PRONOUNS or wb in _PRONOUNS:
        return False  # two "he"s are not the same person by name: resolve them first
    if wa == wb:
        return True
    short, long_ = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    return len(short) == 1 and short[0] == long_[-1]


def _speakers_of(doc: Document) -> dict[str, list[Span]]:
    """QUOTE span id -> the SPEAKER spans its said_by relations point at."""
    by_id = {s.id: s for s in doc.spans}
    out: dict[str, list[Span]] = defaultdict(list)
    for r in doc.relations:
        if r.label == "said_by" and r.from_id in by_id and r.to_id in by_id:
            out[r.from_id].append(by_id[r.to_id])
    return out


def _attributed_right(pred_speakers: Sequence[Span], gold_speakers: Sequence[Span]) -> bool:
    return any(
        overlap_match(p, g) or names_agree(speaker_name(p), speaker_name(g))
        for p in pred_speakers
        for g in gold_speakers
    )


# -- evaluate ---------------------------------------------------------------------------
def _by_label(doc: Document) -> dict[str, list[Span]]:
    out: dict[str, list[Span]] = defaultdict(list)
    for s in doc.spans:
        out[s.label].append(s)
    return out


def _index_predictions(pred_docs: Iterable[Document]) -> dict[str, Document]:
    index: dict[str, Document] = {}
    for d in pred_docs:
        if d.id in index:
            raise InputError(
                f"document {d.id!r} appears more than once in the predictions",
                hint="Give one predicted record per document id (gold may have several).",
            )
        index[d.id] = d
    return index


def evaluate(gold_docs: Iterable[Document], pred_docs: Iterable[Document]) -> dict[str, Any]:
    """Score predicted spans and relations against gold, documents paired by id.

    Only documents present on both sides (with the same text) are scored; the others are
    listed under ``documents``. Several gold records for one id (several annotators) are
    each scored against the prediction. Returns a JSON-ready dict; see the module doc for
    the definitions.
    """
    pred_index = _index_predictions(pred_docs)
    gold_list = list(gold_docs)
    gold_ids = {d.id for d in gold_list}
    n_gold_records = len(gold_list)
    missing = sorted(gold_ids - pred_index.keys())
    extra = sorted(pred_index.keys() - gold_ids)
    mismatched: set[str] = set()

    counts: dict[str, dict[str, int]] = {
        label: {"gold": 0, "pred": 0, "exact": 0, "overlap": 0} for label in LABELS
    }
    type_gold: Counter[str] = Counter()
    type_hit: dict[MatchMode, Counter[str]] = {m: Counter() for m in MATCH_MODES}
    type_pairs = type_same = 0
    attr_total = attr_right = quote_pairs = 0
    date_pairs = date_total = date_right = 0
    scored: set[str] = set()

    for g_doc in gold_list:
        p_doc = pred_index.get(g_doc.id)
        if p_doc is None:
            continue
        if p_doc.text != g_doc.text:
            mismatched.add(g_doc.id)
            continue
        scored.add(g_doc.id)
        g_lab, p_lab = _by_label(g_doc), _by_label(p_doc)
        g_speakers, p_speakers = _speakers_of(g_doc), _speakers_of(p_doc)
        for label in LABELS:
            gs, ps = g_lab.get(label, []), p_lab.get(label, [])
            c = counts[label]
            c["gold"] += len(gs)
            c["pred"] += len(ps)
            pairs_by_mode = {m: match_spans(gs, ps, m) for m in MATCH_MODES}
            for mode, pairs in pairs_by_mode.items():
                c[mode] += len(pairs)
            if label == "QUOTE":
                for q in gs:
                    type_gold[q.quote_type or "untyped"] += 1
                for mode, pairs in pairs_by_mode.items():
                    for gi, _ in pairs:
                        type_hit[mode][gs[gi].quote_type or "untyped"] += 1
                quote_pairs += len(pairs_by_mode["overlap"])
                for gi, pi in pairs_by_mode["overlap"]:
                    if gs[gi].quote_type is not None:
                        type_pairs += 1
                        type_same += gs[gi].quote_type == ps[pi].quote_type
                    gold_who = g_speakers.get(gs[gi].id, [])
                    if gold_who:
                        attr_total += 1
                        attr_right += _attributed_right(p_speakers.get(ps[pi].id, []), gold_who)
            elif label == "DATE":
                date_pairs += len(pairs_by_mode["overlap"])
                for gi, pi in pairs_by_mode["overlap"]:
                    if gs[gi].value is not None:
                        date_total += 1
                        date_right += gs[gi].value == ps[pi].value

    labels: dict[str, Any] = {}
    for label in LABELS:
        c = counts[label]
        labels[label] = {
            "gold": c["gold"],
            "pred": c["pred"],
            **{m: prf(c[m], c["pred"], c["gold"]) for m in MATCH_MODES},
        }
    total = {k: sum(counts[lab][k] for lab in LABELS) for k in ("gold", "pred", *MATCH_MODES)}
    labels["ALL"] = {
        "gold": total["gold"],
        "pred": total["pred"],
        **{m: prf(total[m], total["pred"], total["gold"]) for m in MATCH_MODES},
    }

    kinds = [*QUOTE_TYPES, *sorted(set(type_gold) - set(QUOTE_TYPES))]
    recall_by_type = {
        qt: {
            "gold": type_gold[qt],
            **{m: {"matched": type_hit[m][qt], "recall": _ratio(type_hit[m][qt], type_gold[qt])}
               for m in MATCH_MODES},
        }
        for qt in kinds
    }
    return {
        "documents": {
            "gold_records": n_gold_records,
            "predicted": len(pred_index),
            "scored": len(scored),
            "missing": missing,
            "extra": extra,
            "text_mismatch": sorted(mismatched),
        },
        "labels": labels,
        "quotes": {
            "recall_by_type": recall_by_type,
            "type_accuracy": {"matched": type_pairs, "correct": type_same,
                              "accuracy": _ratio(type_same, type_pairs)},
            "attribution": {"matched": quote_pairs, "with_gold_speaker": attr_total,
                            "correct": attr_right, "accuracy": _ratio(attr_right, attr_total)},
        },
        "dates": {
            "value_accuracy": {"matched": date_pairs, "with_gold_value": date_total,
                               "correct": date_right, "accuracy": _ratio(date_right, date_total)},
        },
    }


# -- per-rule report --------------------------------------------------------------------
def _registry_rules(registry: Any) -> list[tuple[str, str]]:
    """``(rule, kind)`` for each rule a heuristics registry lists: names are strings or
    objects with a ``name`` (or ``source``) and optionally a ``label`` ("said_by" marks a
    relation rule); a mapping's keys are its names."""
    if registry is None:
        return []
    items: Iterable[Any] = registry.keys() if isinstance(registry, Mapping) else registry
    out = []
    for item in items:
        name = item if isinstance(item, str) else (
            getattr(item, "name", None) or getattr(item, "source", None)
        )
        if isinstance(name, str):
            kind = "relation" if getattr(item, "label", None) == "said_by" else "span"
            out.append((name, kind))
    return out


def _fragment_in_clause(a: Span, b: Span) -> bool:
    """A direct QUOTE nested in an indirect one: the spec asks for both, so no collision."""
    if a.label != "QUOTE" or b.label != "QUOTE" or a.quote_type == b.quote_type:
        return False
    inner, outer = (a, b) if a.quote_type == "direct" else (b, a)
    return (inner.quote_type == "direct" and outer.quote_type == "indirect"
            and outer.start <= inner.start and inner.end <= outer.end)


def rule_report(
    pred_docs: Iterable[Document],
    gold_docs: Iterable[Document] | None = None,
    *,
    registry: Any = None,
) -> dict[str, Any]:
    """Per rule (the spans' and relations' ``source``): what it produced, where it collides
    with other rules, and, given gold, how precise it is.

    * ``conflicts``: its spans with exactly the range of a span of another label (a
      PLACE that is also a SPEAKER is allowed by the spec and not counted).
    * ``overlaps``: its spans that intersect a same-label span from another rule (a
      direct QUOTE fragment inside an indirect QUOTE is what the spec asks for: not counted).
    * ``precision`` (with gold): share of its spans that overlap-match some gold span of the
      same label (each span judged on its own, so two rules finding the same right span are
      both right); for ``said_by`` rules, the share of relations whose QUOTE matches a gold
      QUOTE and whose speaker is right (as in :func:`evaluate`).

    Rules are sorted so the one to fix first comes first: with gold, most wrong outputs,
    then lowest precision; without gold, most conflicts and overlaps, then most output.
    Rules named by ``registry`` that produced nothing are listed too.
    """
    gold_index: dict[str, list[Document]] = defaultdict(list)
    if gold_docs is not None:
        for d in gold_docs:
            gold_index[d.id].append(d)
    have_gold = gold_docs is not None

    # Keyed by (source, kind): human records use "human" for spans and relations alike.
    stats: dict[tuple[str, str], dict[str, Any]] = {}

    def entry(source: str, kind: str) -> dict[str, Any]:
        if (source, kind) not in stats:
            stats[(source, kind)] = {"rule": source, "kind": kind, "labels": Counter(),
                                     "outputs": 0, "conflicts": 0, "overlaps": 0,
                                     "with": Counter(), "judged": 0, "correct": 0}
        return stats[(source, kind)]

    docs_seen = 0
    docs_judged = 0
    for doc in pred_docs:
        docs_seen += 1
        golds = [g for g in gold_index.get(doc.id, []) if g.text == doc.text]
        if golds:
            docs_judged += 1
        spans = sorted(doc.spans, key=lambda s: (s.start, s.end))
        by_range: dict[tuple[int, int], list[Span]] = defaultdict(list)
        for s in spans:
            by_range[(s.start, s.end)].append(s)
        starts = [s.start for s in spans]
        longest = max((s.end - s.start for s in spans), default=0)
        gold_by_label = [_by_label(g) for g in golds]
        gold_speakers = [_speakers_of(g) for g in golds]
        for s in spans:
            e = entry(s.source, "span")
            e["outputs"] += 1
            e["labels"][s.label] += 1
            if any(o.label != s.label and frozenset({o.label, s.label}) not in ALLOWED_SAME_RANGE
                   for o in by_range[(s.start, s.end)]):
                e["conflicts"] += 1
            lo = bisect.bisect_left(starts, s.start - longest)
            hi = bisect.bisect_left(starts, s.end)
            others = {o.source for o in spans[lo:hi]
                      if o is not s and o.label == s.label and o.source != s.source
                      and min(o.end, s.end) > max(o.start, s.start)
                      and not _fragment_in_clause(s, o)}
            if others:
                e["overlaps"] += 1
                e["with"].update(others)
            for g_lab in gold_by_label:
                e["judged"] += 1
                e["correct"] += any(overlap_match(s, g) for g in g_lab.get(s.label, ()))
        # Attribution rules: judged through the quote they attach to.
        p_by_id = {s.id: s for s in doc.spans}
        for r in doc.relations:
            e = entry(r.source, "relation")
            e["outputs"] += 1
            e["labels"][r.label] += 1
            quote, speaker = p_by_id.get(r.from_id), p_by_id.get(r.to_id)
            for g_lab, g_speakers in zip(gold_by_label, gold_speakers, strict=True):
                e["judged"] += 1
                if quote is None or speaker is None:
                    continue
                e["correct"] += any(
                    overlap_match(quote, gq) and _attributed_right([speaker], g_speakers[gq.id])
                    for gq in g_lab.get("QUOTE", ())
                )

    known = {source for source, _ in stats}
    for name, kind in _registry_rules(registry):
        # A registry may name rules with or without their version ("quotes.direct").
        if not any(src == name or src.startswith(name + "@") for src in known):
            entry(name, kind)

    rules = []
    for e in stats.values():
        precision = _ratio(e["correct"], e["judged"]) if have_gold else None
        rules.append({
            "rule": e["rule"],
            "kind": e["kind"],
            "labels": dict(sorted(e["labels"].items())),
            "outputs": e["outputs"],
            "conflicts": e["conflicts"],
            "overlaps": e["overlaps"],
            "overlaps_with": dict(e["with"].most_common()),
            "judged": e["judged"] if have_gold else None,
            "correct": e["correct"] if have_gold else None,
            "wrong": e["judged"] - e["correct"] if have_gold else None,
            "precision": precision,
        })
    if have_gold:
        rules.sort(key=lambda r: (-(r["wrong"] or 0),
                                  r["precision"] if r["precision"] is not None else 2.0,
                                  r["rule"]))
    else:
        rules.sort(key=lambda r: (-(r["conflicts"] + r["overlaps"]), -r["outputs"], r["rule"]))
    return {
        "documents": {"predicted": docs_seen, "with_gold": docs_judged if have_gold else None},
        "rules": rules,
    }
