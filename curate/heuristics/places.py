"""PLACE pre-annotation: gazetteer names, kept only where the context says they are places.

One pass of the gazetteer's Aho-Corasick automaton over each content block finds every
known name (longest match first), and the sports words around them; each hit then goes
through small named checks, and the first check that objects drops it. Bailing out is the
default when a name could be a person, part of an organisation's name, a team or an
everyday word:

* :func:`outside_word_boundary`: "Russian" is not "Russia"; "Kursk-2" is a plant.
* :func:`hyphen_compound`: "Georgia-Pacific" is a company; "Russia-Ukraine" (two countries)
  stays two places.
* :func:`inside_other_name`: "The Moscow Times", "Washington Federal Savings Bank",
  "Burlington High School", "University of Texas", "Texas Department of Transportation",
  "University of Texas at Austin", "Port of Los Angeles", "Boston Celtics".
* :func:`person_or_org_name`: an unknown capitalised neighbour, "Paris Hilton", "George
  Washington", "Texas Instruments", or a town's name after a name ("Jordan Henderson"; but
  "US President", "Kursk Oblast", "Russia's Kursk" stay places). In headline-style
  capitalisation this check says nothing.
* :func:`common_word_confirmed`: a small place whose name is an everyday word ("Nice",
  "Reading", "Mobile") counts only after a locative word ("in Nice") or before ", <place>"
  ("Reading, England").
* :func:`sports_team`: in sports copy a place names a team ("Leeds beat Chelsea 2-1", "the
  Brisbane coach", "Melbourne's win over Sydney") unless it reads as a place ("fans in
  Manchester", "a road trip through Texas and Minnesota"). A sentence is sports copy with a
  word only sport uses ("striker", "innings", "league") or a result with a score; a
  document is, all of it, with two different such words.

What survives is a span with the gazetteer's identity (``geonameid``, ``country_code``).
Then, over the whole document, a name it also gives a company ("mortgage lender Halifax")
is dropped everywhere, and a name refused as a surname ("William Jordan") is dropped where
it speaks again ("Jordan said").

Rules (the ``source`` of each span, see :data:`RULES`):

* ``places.gazetteer@4``: a known country, region, city, continent or body of water.
* ``places.common_word@4``: a place whose name is also an everyday word, confirmed by
  context.
* ``places.dateline@4``: the all-caps city of a wire dateline ("DES MOINES, Iowa (AP) —",
  "AUSTIN (KXAN) —", "NEW DELHI:"), looked up title-cased (then among small towns of the
  state given); kept without identity when unknown but followed by a state or an agency
  credit, and never when it is an everyday word ("UPDATE (AP) —").
* ``places.state_abbr@4``: an AP state abbreviation after "City, " ("Ill.", "N.Y.",
  "Tex."), with the state's identity.
* ``places.county@4``: a capitalised name with County or Parish ("Sangamon County"), a
  place by construction unless an organisation's name goes on ("County Legislature",
  "Sheriff's Office").
* ``places.town@4``: a town too small for the gazetteer (:mod:`~curate.heuristics.towns`),
  named with its own state or country ("Estes Park, Colorado", "Padstow, Cornwall"); after
  a locative word or in a list after one ("near Medical Lake", "between Ullapool and
  Stornoway") or before a word for its people ("Former Wagga Wagga councillor") when the
  document names its US state, or its country elsewhere, and it is no everyday word and no
  person's name in the document; and where the document names it again.
* ``places.region@4``: a region or natural feature named with its kind ("Surguja
  district", "the Hasdeo forest": the name only; "Canary Islands", "Great Barrier Reef":
  a capitalised kind is part of the name).

Also in version 4: a place listed with a place ("Auckland and Wellington") confirms an
everyday-word name; Canadian and Australian abbreviations after a town ("THUNDER BAY,
Ont."); in sports copy a place a team travels to stays ("travel to Auckland to face the
Warriors"), national sides go ("Sri Lanka seamer", "New Zealand were bowled out"), and a
club hosting a club is a team; a place inside a body's name ("Galway County Council",
"The Gaza Health Ministry", every place listed in "Department of Environment, Great
Lakes, and Energy") and a company named like a town ("Meridian CEO", "shares of
Meridian") are dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from operator import attrgetter

from curate.heuristics import gazetteer, towns
from curate.records import Document, Span, new_span
from curate.segment import content_blocks

__all__ = ["RULES", "VERSION", "find_places", "find_places_in"]

VERSION = "4"

RULES: dict[str, str] = {
    "gazetteer": "a country, region, city, continent or body of water named in the gazetteer",
    "common_word": "a place named by an everyday word ('Nice'), confirmed by a locative word",
    "dateline": "the all-caps city of a wire dateline: 'DES MOINES, Iowa (AP) —'",
    "state_abbr": "an AP state abbreviation after a city: 'Springfield, Ill.'",
    "county": "a capitalised name with County or Parish: 'Sangamon County'",
    "town": "a small town named with its state or country ('Estes Park, Colorado'), or after"
            " a locative word in a document naming its state or country ('near Medical"
            " Lake')",
    "region": "a region or natural feature named with its kind: 'Surguja district',"
              " 'Canary Islands'",
}

# "BOSTON (AP) —", "DES MOINES, Iowa (AP) —", "ITHACA, N.Y. —", "LONDON, May 3 (Reuters) -"
# "NEW DELHI: The government ...", "AUSTIN (KXAN) —", "LONDON 1996-08-30": the colon and
# the dated forms need a city the gazetteer knows.
_DATELINE = re.compile(
    r"[ \t]*(?P<city>[A-Z][A-Z.'’-]*(?:[ \t][A-Z][A-Z.'’-]*){0,3})"
    r"(?P<state>,[ \t]+[A-Z][A-Za-z.]*(?:[ \t][A-Z][a-z.]+)?)?"
    r"(?P<day>,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?"
    r"[ \t]*(?P<agency>\((?:AP|Reuters|AFP|UPI|Bloomberg|dpa|Xinhua"
    r"|[A-Z][A-Za-z&.]{1,11}(?:[ /-][A-Z][A-Za-z&.]{1,11}){0,2})\))?"
    r"(?:[ \t]*[—–-]|(?P<colon>:)[ \t]|[ \t]+(?P<iso>\d{4}-\d\d-\d\d)\b)"
)
_COUNTY = re.compile(
    r"(?<![\w.-])(?:St\.[ \t]|[A-Z][a-z]+[ \t])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \t]"
    r"(?:County|Parish)"
    r"(?![\w-])"
)
# After an organisation noun in lower case, a place name is the organisation's ("mortgage
# lender Halifax", "the carrier Alaska"): the whole document then reads it so.
_ORG_NOUNS = frozenset("""
    lender lenders bank insurer retailer carrier airline company firm group maker
    manufacturer bottler brewer publisher broadcaster newspaper club team automaker
    chipmaker conglomerate supermarket
""".split())
# Words that make the name before them a company's: "Meridian CEO", "Meridian Inc." (not
# "shares": "Frankfurt shares fell" names a market)
_COMPANY_AFTER = re.compile(
    r"(?:[ \t]|['’]s[ \t])(?:CEO|CFO|chief[ \t]executive|Inc|Corp|Ltd|LLC|PLC|plc|Co\."
    r"|Holdings)\b")
_COMPANY_AFTER_FIRST = frozenset("CcsIiLPpH")  # the letter after " " or "'"
_SHARES_OF = ("shares of ", "stake in ", "stock of ")
_CORPORATE = frozenset("Corp Corp. Inc Inc. Co Co. Ltd Ltd. LLC PLC plc AG SA NV".split())

# A capitalised word that follows the name and makes it part of an organisation's or a
# work's name: "Moscow Times", "Kyiv Independent", "Texas Instruments" is caught by the
# person/name rule below, these are the ones that would also follow a real place.
_ORG_HEADS = frozenset("""
    Times Post Journal Herald Tribune Independent Telegraph Gazette Chronicle Globe Daily
    Review Star Mirror Examiner Observer Standard Sun Express Courier Today Insider Bee
    University College Institute Academy School Bank Airport Airlines Airways Air Club FC
    United Rovers Wanderers Athletic City Stadium Museum Zoo Hospital Cathedral Church
    Symphony Orchestra Opera Festival Marathon Agreement Agreements Accords Accord Protocol
    Convention Conventions Declaration Format Process Group Company Corporation Inc Ltd Co
    Exchange Motors Energy Oil Gas Railway Railways Metro Police Fire Council Assembly
    House Corp Corporation Holdings Partners Capital Savings Bancorp Trust Insurance
    Legislature Commission Board Court Library Schools District Hall Foundation Fund
    Register Record Jail Fairgrounds Road Street Avenue Boulevard Arena Raceway Speedway
    Celtics Yankees Lakers Mets Cubs Broncos Rhinos Roosters Sharks Knights Rangers
    Athletics Magic Jazz Kings Sox Jays Giants Dodgers Warriors Bulls Chiefs
    Eagles Packers Raiders Steelers Capitals Canucks Flames Oilers Canadiens Leafs
    Wolves Tigers Panthers Lions Bears Hornets Spurs Pacers Nets Suns Clippers Rockets
    Mavericks Nuggets Seahawks Cowboys Texans Patriots Titans Colts Saints Falcons
""".split())

# Capitalised words that may follow a place without making it part of another name: the
# place modifies a title or a government body ("US President", "Moscow Mayor"), or is
# named with its type ("Kursk Oblast").
_FOLLOWERS_OK = frozenset("""
    President Presidents Vice Prime Premier Minister Ministers Ministry Foreign Defense
    Defence Interior Finance Economy Justice Health Trade Energy Secretary State Department
    Governor Gov Mayor Senator Sen Rep Representative Congressman Congresswoman Ambassador
    Embassy Envoy Attorney General Chancellor King Queen Prince Princess Emperor Leader
    Government Parliament Congress Senate Cabinet Army Navy Armed Forces Military Border Fleet
    Coast Guard Consul Consulate Region Oblast Province County District Republic Territory
    Peninsula Strait Sea River Lake Bay Gulf Valley Mountains Islands Island Delta Basin
    Supreme Constitutional High National Central Federal Security Intelligence Special
    Deputy Acting Chief Commander Officials Authorities Administration Governor's
""".split())

# Capitalised words that may precede a place: compass and size qualifiers, and words that
# are capitalised only because they start a headline word or a sentence.
_PRECEDERS_OK = frozenset("""
    North South East West Northern Southern Eastern Western Central Northeast Northwest
    Southeast Southwest Greater Upper Lower Occupied Mainland Inner Outer Old New Soviet
    In At From To For On By With Of And Or Near Across Into Over Outside Inside Toward
    Towards Through Throughout Within Beyond Between Against About After Before Via
    Visit Visits Visited The A An Why How What When Where Says Said Talks Leaves
    But Yet So Also Then Now Meanwhile However Yesterday Today Earlier Later
    Last Next This That These Those Both Many Some All While Although Though Since Until
    Like Unlike Including Even Only Still Instead Separately Elsewhere Here There If As

""".split())

_OF_NAMES = frozenset("""
    University Bank Duke Duchess Earl Archbishop Bishop Diocese Museum Institute College
    School Academy Battle Siege Treaty Council Congress Mayor Patriarch Statue Port Court
    Bank Exchange Library Cathedral Hospital Zoo Observatory
""".split()) - {"Mayor"}

# Words after which a common-word place name ("Nice", "Reading") reads as a place.
_LOCATIVES = frozenset("""
    in from to near at outside of around via visited visit towards toward into across
    between
""".split())


_COMMA_PLACE = re.compile(r",[ \t]+([A-Z][\w.]+(?:[ \t][A-Z]\w+)?)")
_DEMONYM = re.compile(r"(?:an|ese|ish|ic|i)\Z")

_SENTENCE_END = set(".!?:;\"“”‘’«»()[]—–-•*|\n")


_STRIP = "\"“”‘’«»()[],;:!?"


def _prev_word(text: str, start: int, lo: int) -> str | None:
    """The word just before ``start`` when only spaces separate them (a cheap scan)."""
    i = start - 1
    if i < lo or text[i] not in " \t":
        return None
    while i >= lo and text[i] in " \t":
        i -= 1
    j = i
    while j >= lo and j > i - 40 and not text[j].isspace():
        j -= 1
    word = text[j + 1 : i + 1]
    if not word or word[-1] in _STRIP:
        return None  # "Istanbul, Türkiye": punctuation separates the two
    if word[-1] in ".!?" and word not in _PERSON_TITLES:
        return None  # the end of the previous sentence ("... Europe. Ontario Premier")
    return word.lstrip(_STRIP) or None


def _next_word(text: str, end: int, hi: int) -> str | None:
    """The word just after ``end`` when only spaces separate them."""
    if end >= hi or text[end] not in " \t":
        return None
    chunk = text[end : min(hi, end + 40)].split(None, 1)
    if not chunk or chunk[0][0] in _STRIP:
        return None
    return chunk[0].rstrip(_STRIP) or None


def _sentence_initial(text: str, start: int, lo: int) -> bool:
    i = start - 1
    while i >= lo and text[i] in " \t\"“‘'«(":
        i -= 1
    return i < lo or text[i] in _SENTENCE_END


# Abbreviated titles: the word after one is a person's name ("Mr. Jordan", "Gen. Lincoln").
_PERSON_TITLES = frozenset("""
    Mr. Mrs. Ms. Dr. Gen. Sen. Rep. Gov. Lt. Col. Sgt. Capt. Cpl. Maj. Adm. Prof. Rev. Fr.
    Sr. Jr. Hon. Pres. Supt. Insp. Det. Amb. Mme. Mlle. Messrs.
""".split())

_HEADLINE_LOWER = frozenset("with from into over than that this amid upon onto after about".split())


def _title_case(block: str) -> bool:
    """Headline-style capitalisation, where a capital says nothing about a proper name.

    A headline capitalises its everyday words ("Says", "Ready", "Peace") and leaves hardly
    any long word in lower case; a sentence full of names ("Manchester United beat Real
    Madrid") still has its verbs in lower case.
    """
    # most sentences show two long lower-case words within their first words: the words
    # wholly inside the first 100 characters settle those without splitting 300
    lower = 0
    for raw in block[:100].split()[1:-1]:
        if raw[0].islower() and len(raw) > 3 and raw.rstrip(_STRIP + ".") not in (
                _HEADLINE_LOWER):
            lower += 1
            if lower > 1:
                return False
    common = gazetteer.common_words()
    capitalised = lower = 0
    for raw in block[:300].split()[1:]:
        if raw[0].islower():
            if len(raw) > 3 and raw.rstrip(_STRIP + ".") not in _HEADLINE_LOWER:
                lower += 1
                if lower > 1:
                    return False  # most sentences end the check here, within a few words
            continue
        word = raw.strip(_STRIP + ".")
        if len(word) > 3 and word[0].isalpha() and word.lower() in common and (
                gazetteer.lookup(word) is None):
            capitalised += 1
    return capitalised >= 2


_demonym_stems: frozenset[str] | None = None


def _is_demonym(word: str) -> bool:
    """'Russian', 'Iraqi', 'Texan': a demonym suffix on the stem of a country or state name.

    The stem check keeps first names with the same endings ("Brian", "Kenji") out.
    """
    global _demonym_stems
    if not _DEMONYM.search(word) or len(word) < 4:
        return False
    if _demonym_stems is None:
        _demonym_stems = frozenset(
            p.name[:4] for p in gazetteer.places()
            if p.tier <= gazetteer.TIER_ALIAS and len(p.name) >= 4
        )
    return word[:4] in _demonym_stems


def _capitalised(word: str | None) -> bool:
    return bool(word) and word[0].isupper()  # type: ignore[index]


def _bare(word: str) -> str:
    for suffix in ("'s", "’s", "'", "’", "."):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _is_place(word: str) -> bool:
    return gazetteer.lookup(_bare(word)) is not None


def _is_strong_place(word: str) -> bool:
    """A country, state, capital or region: 'Kansas City Missouri' is a place, but a town
    after a name ("Jordan Henderson", "Chelsea Clinton") is a surname."""
    place = gazetteer.lookup(_bare(word))
    return place is not None and (place.tier <= gazetteer.TIER_REGION
                                  or place.population >= 1_000_000)


# --- the checks: each returns True when the hit must be dropped ----------------------------


def outside_word_boundary(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """'Russian' contains 'Russia'; 'Kursk-2' names a power plant."""
    if start > lo and (text[start - 1].isalnum() or text[start - 1] in "_@#/"):
        return True
    if end < hi:
        c = text[end]
        if c.isalnum() or c == "_":
            return True
        if c in "-–" and end + 1 < hi and text[end + 1].isdigit():
            return True
    return False


_RUN_WORD = re.compile(r"[ \t]+([A-Z][^\s\"“”‘«»()\[\]]*)")


def _name_run(text: str, end: int, hi: int, n: int = 3) -> list[str]:
    """The capitalised words that follow ``end`` one space apart, at most ``n``."""
    words: list[str] = []
    while len(words) < n:
        m = _RUN_WORD.match(text, end, hi)
        if m is None:
            break
        word = m.group(1)
        bare = _bare(word.rstrip(_STRIP))
        if bare:
            words.append(bare)
        end = m.end()
        if word[-1] in _STRIP + "'’" or (word[-1] == "." and word not in _CORPORATE):
            break
    return words


def inside_other_name(text: str, start: int, end: int, lo: int, hi: int, title: bool) -> bool:
    """'The Moscow Times', 'Washington Federal Savings Bank', 'University of Texas'."""
    run = _name_run(text, end, hi) if text[end + 1 : end + 2].isupper() else []
    # "Washington Federal Savings Bank", "Burlington High School"; but a title after the
    # place ("Texas Governor ...") starts a person's name, not an organisation's
    if run and not (run[0] in _FOLLOWERS_OK and run[0] not in _NAME_PARTS) and (
            any(w in _ORG_HEADS for w in run)):
        return True
    if run and run[0] in _ORG_HEADS:
        return True
    if len(run) > 1 and run[0] in _PLACE_TYPES and run[1] in _ORG_HEADS:
        return True  # "Galway County Council": the council's name, not the county
    if run and run[-1] in _AGENCY_HEADS and _AGENCY_OF.match(text, end, min(hi, end + 80)):
        return True  # "Texas Department of Transportation", "Harris County Sheriff's Office"
    prev = _prev_word(text, start, lo)
    if prev == "The" and not _sentence_initial(text, start - 4, lo):
        return True
    if prev == "The" and run and run[-1] in _AGENCY_HEADS and (
            gazetteer.lookup(text[start:end]) or _NO_PLACE).kind != "country":
        return True  # "The Gaza Health Ministry says": a body's name; "The US State
        # Department" keeps its country, which the spec counts as a government
    if prev == "at" and _CAMPUS.search(text, max(lo, start - 80), start):
        return True  # "University of Texas at Austin": the campus is part of the name
    return prev == "of" and _prev_word(text, start - 3, lo) in _OF_NAMES


# A government body's formal name ("Department of Transportation") or an office of an
# official ("Sheriff's Office") after a place makes the place part of that name; a body
# named without "of" ("US State Department") keeps the place as its modifier.
_AGENCY_HEADS = frozenset("Department Ministry Office Agency Bureau Division Sheriff".split())
_AGENCY_OF = re.compile(
    r"(?:[ \t][A-Z][\w.&-]*){0,3}?[ \t](?:Department|Ministry|Office|Agency|Bureau|Division)"
    r"[ \t]of[ \t][A-Z]"
    r"|(?:[ \t][A-Z][\w.&-]*){0,2}?[ \t]Sheriff['’]s[ \t](?:Office|Department)"
)
_CAP_RUN = re.compile(r"[A-Z][\w'’&.-]*(?:[ \t]+[A-Z][\w'’&.-]*)*")
_LIST_SEP = re.compile(r",[ \t]+(?:and[ \t]+|&[ \t]+)?|[ \t]+(?:and|&)[ \t]+")


def _listed_name_end(text: str, pos: int, hi: int) -> int:
    """The end of a body's name whose last part is a list: "Department of Environment,
    Great Lakes, and Energy", "Department of Health and Human Services".

    A list counts only when every item is capitalised and it closes with "and <Item>";
    "Department of Transportation, Austin police and ..." ends at "Transportation", and a
    place after a bare "and" ("Department of Transportation and Austin") is no part of it.
    """
    first = _CAP_RUN.match(text, pos, hi)
    if first is None:
        return pos
    end = first.end()
    commas = False
    while True:
        sep = _LIST_SEP.match(text, end, hi)
        item = _CAP_RUN.match(text, sep.end(), hi) if sep else None
        if sep is None or item is None:
            return first.end()
        closing = "and" in sep.group() or "&" in sep.group()
        if "," in sep.group():
            commas = True
        elif closing and not commas and gazetteer.lookup(item.group()) is not None:
            return first.end()
        end = item.end()
        if closing:
            return end


_PLACE_TYPES = frozenset("County District Province Region Regional State City".split())
_NO_PLACE = gazetteer.Place("", "", None, None, 0, 99)
_CAMPUS = re.compile(
    r"(?:University|College|Institute)[ \t]of(?:[ \t][A-Z][\w.-]*){1,3}[ \t]at[ \t]\Z")


# Words of _FOLLOWERS_OK that also begin organisations' names ("Washington Federal Savings").
_NAME_PARTS = frozenset("Federal National Central High Supreme Security State Special".split())


def hyphen_compound(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """'Georgia-Pacific', 'Rolls-Royce': a name joined to a word that is not a country.

    "Russia-Ukraine" and "US-China" stay: both parts are countries or states.
    """
    if end + 1 < hi and text[end] in "-–" and text[end + 1].isupper():
        other = re.match(r"[\w.]+", text[end + 1 : end + 40])
    elif start - 2 >= lo and text[start - 1] in "-–" and text[start - 2].isalpha():
        k = start - 2
        while k > lo and (text[k - 1].isalnum() or text[k - 1] == "."):
            k -= 1
        if not text[k].isupper():
            return False  # "pro-Russia", "anti-Moscow"
        other = re.match(r"[\w.]+", text[k : start - 1])
    else:
        return False
    if other is None:
        return False
    other_place = gazetteer.lookup(other.group())
    if other_place is None:
        return False  # "Israel-Hamas war": the other part is no place to compare with
    this = gazetteer.lookup(text[start:end])
    return not all(
        p is not None and p.kind in ("country", "region") and p.tier <= gazetteer.TIER_ALIAS
        for p in (this, other_place)
    )


def person_or_org_name(text: str, start: int, end: int, lo: int, hi: int, title: bool) -> bool:
    """An unknown capitalised word next to the name: 'Paris Hilton', 'George Washington'."""
    if title:
        return False  # every word is capitalised in a headline: no evidence either way
    nxt = _next_word(text, end, hi)
    prev = _prev_word(text, start, lo)
    # "envoy for Ukraine Keith Kellogg", "ambassador to Russia Lynne Tracy": after a title's
    # "for"/"to"/"of" the capitalised word starts the person's name, not the place's
    title_of = prev in ("for", "to", "of")
    if _capitalised(nxt) and text[end] == " " and not title_of:
        word = _bare(nxt)  # type: ignore[arg-type]
        if word not in _FOLLOWERS_OK and not _is_strong_place(word) and not word.isupper():
            return True
    if _capitalised(prev):
        word = _bare(prev)  # type: ignore[arg-type]
        if (
            word not in _PRECEDERS_OK
            # a possessive ("Russia's Kursk region") is not part of a name
            and not prev.endswith(("'s", "’s", "'", "’"))
            and not _is_demonym(word)
            and not word.isupper()
        ):
            return True
    return False


def common_word_confirmed(
    text: str, start: int, end: int, lo: int, hi: int, title: bool = False
) -> bool:
    """'in Nice', 'Reading, England': an everyday word used as a place name."""
    if end + 1 < hi and text[end] == " " and text[end + 1].isupper():
        return False  # "in Central Europe": the everyday word starts a longer name
    prev = _prev_word(text, start, lo)
    if prev is not None and prev in _LOCATIVES and not title:
        return True
    m = _COMMA_PLACE.match(text, end, min(hi, end + 40))
    if m:
        place = gazetteer.lookup(m.group(1)) or gazetteer.lookup(m.group(1).split()[0])
        return place is not None and not place.common_word
    return False


_LIST_JOINS = (" and ", " or ", ", ", ", and ", ", or ")


def listed_with_place(text: str, start: int, end: int, hi: int, spans: list[Span]) -> bool:
    """'Auckland and Wellington', 'Manchester, Preston and Carlisle': an everyday-word name
    joined to a place kept just before it, or to a place name right after it."""
    if spans and text[spans[-1].end : start] in _LIST_JOINS:
        return True
    if not text.startswith((" and ", " or "), end):
        return False
    nxt = _next_word(text, end + 4, hi)
    place = gazetteer.lookup(_bare(nxt.rstrip(_STRIP))) if nxt else None
    return place is not None and not place.common_word


def _needs_context(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether a neighbour could change the verdict: a capitalised word or 'of' next to it.

    Most hits ("in Moscow", "Russia's") have neither, and skip the slower checks.
    """
    if end + 1 < hi and text[end] == " " and text[end + 1].isupper():
        return True
    if start - 2 >= lo and text[start - 1] == " ":
        k = max(text.rfind(" ", max(lo, start - 41), start - 1) + 1, lo)
        if text[k].isupper():
            return True
        if k + 3 == start:
            word = text[k : k + 2]
            if word == "at":  # "University of Texas at Austin"
                return text.rfind(" of ", max(lo, start - 60), start) >= 0
            return word == "of"
    return False


_SOURCES = {rule: f"places.{rule}@{VERSION}" for rule in RULES}
_SPECIAL_KINDS = frozenset({"state_abbr", *gazetteer.CONTEXT_WORDS.values()})
_TOWN_SOURCE = _SOURCES["town"]
_STRONG_TIER = gazetteer.TIER_ALIAS  # Place.strong, without the property call per hit


def find_places_in(
    text: str, lo: int = 0, hi: int | None = None, surnames: set[str] | None = None
) -> list[Span]:
    """PLACE spans in ``text[lo:hi]`` (offsets into ``text``).

    ``surnames`` collects the names refused as a person's surname ("William Jordan"), for
    :func:`find_places` to read the rest of the document by.
    """
    hi = len(text) if hi is None else hi
    spans, cues = _scan_block(text, lo, hi, surnames)
    return _drop_sports_teams(text, lo, hi, spans, cues) if cues else spans


def _context_word(text: str, start: int, end: int, lo: int, hi: int, kind: str
                  ) -> tuple[int, int, str] | None:
    """A context word's extent and kind, or None where it is part of another word."""
    if (start > lo and (text[start - 1].isalnum() or text[start - 1] in "-_")) or (
            end < hi and (text[end].isalnum() or text[end] in "-_")):
        return None
    return start, end, kind


def _scan_block(text: str, lo: int, hi: int, surnames: set[str] | None,
                towns_found: set[str] | None = None, town_cues: list[int] | None = None
                ) -> tuple[list[Span], list[tuple[int, int, str]] | None]:
    """One block's PLACE spans before the sports check, and the sports words found.

    ``towns_found`` collects the small towns confirmed by their state ("Uvalde, Texas");
    ``town_cues`` where a small town may be named: the offset after a locative word
    ("near |Medical Lake"), the end of a place a list goes on from plus
    :data:`_AFTER_PLACE`, or minus the offset of a role word ("Cheney| man").
    """
    if hi <= lo:
        return [], None
    auto = gazetteer.automaton()
    places = gazetteer.places()
    spans: list[Span] = []
    title: bool | None = None
    cues: list[tuple[int, int, str]] | None = None  # sports words
    heads: list[int] | None = None  # where a word for a kind of place starts
    taken = lo
    # most blocks start with "The", not "BOSTON": the check is here, not in a call
    if text[lo : lo + 2].strip().isupper():
        dateline = _dateline(text, lo, hi)
        if dateline is not None:
            spans.append(dateline)
            taken = dateline.end
    if town_cues is not None and text.startswith(_TOWN_CUES_INITIAL, lo):
        town_cues.append(text.index(" ", lo) + 1)  # "In Cheney, ..." opening the block
    for last, (length, index) in auto.iter_long(text, lo, hi):
        end = last + 1
        start = end - length
        if text[start] == " ":  # only the cue words' keys start with a space
            kind = places[index].kind
            if kind == "locative":
                if town_cues is not None and end < hi and text[end].isupper():
                    town_cues.append(end)
            elif end < hi and text[end].isalnum():
                continue  # " districts" is a key, " districtwide" no word of it
            elif text[start - 1].islower() and text[
                    text.rfind(" ", max(lo, start - 30), start - 1) + 1].isupper():
                # a capitalised word before it: "Hasdeo forest", "Cheney man"
                if kind == "geo_head":
                    heads = [start] if heads is None else [*heads, start]
                elif town_cues is not None:
                    town_cues.append(-start)  # a role word: the town would end here
            continue
        # outside_word_boundary(), inlined: it runs on every hit
        if (start > lo and (text[start - 1].isalnum() or text[start - 1] in "_@#/")) or (
                end < hi and (text[end].isalnum() or text[end] == "_" or (
                    text[end] in "-–" and end + 1 < hi and text[end + 1].isdigit()))):
            continue
        if start < taken:
            continue  # inside the dateline
        place = places[index]
        kind = place.kind
        if kind in _SPECIAL_KINDS:
            if kind != "state_abbr":  # a context word
                cue = _context_word(text, start, end, lo, hi, kind)
                if cue is not None:
                    cues = [cue] if cues is None else [*cues, cue]
            elif state_abbreviation(text, start, end, lo):
                state = gazetteer.lookup(text[start:end])
                town = _town_before(text, start, lo, state, spans)
                if town is not None:
                    spans.append(town)
                    if towns_found is not None:
                        towns_found.add(town.text)
                spans.append(_span(text, start, end, "state_abbr", 0.85, state))
            continue
        if ((end < hi and text[end] in "-–") or (start > lo and text[start - 1] in "-–")) and (
                hyphen_compound(text, start, end, lo, hi)):
            continue
        if place.common_word or _needs_context(text, start, end, lo, hi):
            if title is None:
                title = _title_case(text[lo : min(hi, lo + 300)])
            if inside_other_name(text, start, end, lo, hi, title):
                body = _AGENCY_OF.match(text, end, min(hi, end + 80))
                if body is not None:  # the places listed in the body's name are its own
                    taken = _listed_name_end(text, body.end() - 1, hi)
                continue
            if person_or_org_name(text, start, end, lo, hi, title):
                if surnames is not None and _after_first_name(text, start, lo):
                    surnames.add(text[start:end])
                continue
        if place.common_word:
            if not (common_word_confirmed(text, start, end, lo, hi, title)
                    or listed_with_place(text, start, end, hi, spans)):
                continue
            score, source = 0.6, _SOURCES["common_word"]
        else:
            score, source = (0.9 if place.tier <= _STRONG_TIER or place.population >= 1_000_000
                             else 0.8), _SOURCES["gazetteer"]
        if start - 2 > lo and text[start - 2] == "," and (
                kind != "city" or text[start:end] in gazetteer.PREFER_CITY):
            town = _town_before(text, start, lo, place, spans,
                                text[start:end] if kind == "city" else None)
            if town is not None:
                spans.append(town)
                if towns_found is not None:
                    towns_found.add(town.text)
        spans.append(new_span(f"P{start}-{end}", "PLACE", start, end, text[start:end], score,
                              source, geonameid=place.geonameid,
                              country_code=place.country_code))
        if town_cues and town_cues[-1] == start:
            if text.startswith(_LIST_GOES_ON, end):  # "in Manchester, Preston and ..."
                town_cues[-1] = end + _AFTER_PLACE
            else:
                town_cues.pop()  # "in Moscow": a place, and no list of towns after it
    if text.find("County", lo, hi) >= 0 or text.find("Parish", lo, hi) >= 0:
        spans = _merge(spans, _extra_spans(text, lo, hi))
    if heads:
        found = _named_with_kind(text, lo, hi, heads, spans)
        if found:
            spans = sorted([*spans, *found], key=_START)
    if spans and text.find("-", lo, hi) >= 0:  # (a score needs one: most blocks skip this)
        result = _results_with_scores(text, lo, hi)
        if result:
            cues = sorted((cues or []) + result)
    return spans, cues


def _span(text: str, start: int, end: int, rule: str, score: float,
          place: gazetteer.Place | towns.Town | None) -> Span:
    return new_span(
        id=f"P{start}-{end}", label="PLACE", start=start, end=end, text=text[start:end],
        score=score, source=_SOURCES[rule],
        geonameid=place.geonameid if place else None,
        country_code=place.country_code if place else None,
    )


# --- small towns, named with their state or country -----------------------------------------

# The capitalised words right before ", <state>": "Estes Park", "Uvalde", "In Padstow".
_RUN_BEFORE_COMMA = re.compile(r"(?:[A-Z][\w'’.-]*[ \t]){0,3}[A-Z][\w'’.-]*\Z")


def town_in_region(name: str, region: gazetteer.Place | None,
                   region_name: str | None = None) -> towns.Town | None:
    """The town called ``name`` that lies in ``region`` (a US state or a country), if any.

    "Uvalde, Texas" is the Uvalde in Texas; "Padstow, Cornwall" the one in Britain, not the
    Australian suburb. A US town must be in the named state, elsewhere in the country.
    """
    region_name = region_name or (region.name if region else None)
    if region is None or region.country_code is None or (
            region.kind == "city" and region_name not in gazetteer.PREFER_CITY):
        return None  # "Ithaca, New York": the state, though "New York" alone is the city
    found = towns.towns_named(name)
    if not found:
        return None
    state = towns.us_state_code(region_name) if region.country_code == "US" else None
    for town in found:
        if town.country_code != region.country_code:
            continue
        if region.country_code == "US" and region.kind != "country" and town.admin1 != state:
            continue
        return town
    return None


def _town_before(text: str, start: int, lo: int, region: gazetteer.Place | None,
                 spans: list[Span], surface: str | None = None) -> Span | None:
    """A town the gazetteer lacks, named right before ", <its state or country>"."""
    comma = start - 2
    if text[start - 1] != " " or (spans and spans[-1].end >= comma - 1):
        return None  # "Dayton, Ohio": the gazetteer found it
    m = _RUN_BEFORE_COMMA.search(text, max(lo, comma - 60), comma)
    if m is None:
        return None
    a = m.start()
    words = m.group().split()
    while words and words[0] in _PRECEDERS_OK:  # "In Padstow", "The"
        a = text.index(words[1], a) if len(words) > 1 else comma
        words = words[1:]
    if not words or a >= comma:
        return None
    before = _prev_word(text, a, lo)
    if before is not None and before[0].isupper() and before not in _PRECEDERS_OK:
        return None  # a longer name ("Sen. Greg Abbott, Texas"): a person's, not a town's
    if " ".join(words) in _CALENDAR:
        return None
    town = town_in_region(text[a:comma], region, surface)
    if town is None:
        return None
    return _span(text, a, comma, "town", 0.7, town)


_CALENDAR = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def _dateline(text: str, lo: int, hi: int) -> Span | None:
    """The city of a wire dateline at the start of a block, when it reads as one."""
    if hi - lo < 4 or not text[lo : lo + 2].strip().isupper():
        return None  # most blocks start with "The", not "BOSTON"
    m = _DATELINE.match(text, lo, min(hi, lo + 80))
    if m is None:
        return None
    city = m.group("city").rstrip(".")
    if len(city) < 3 or not city.replace(" ", "").replace(".", "").isalpha():
        return None
    name = " ".join(w.capitalize() for w in city.split())
    place = gazetteer.lookup(city) or gazetteer.lookup(name)
    if place is None and (m.group("colon") or m.group("iso")):
        return None  # "BREAKING:", "UPDATE:": only a known city makes these a dateline
    state = (m.group("state") or ",").lstrip(", \t")
    # an unknown all-caps word is a dateline only with a state or an agency credit, and
    # only when it is no everyday word ("UPDATE (AP) —", "EXCLUSIVE (CNN) —")
    if place is None and (not (gazetteer.lookup(state) or m.group("agency"))
                          or city.lower() in gazetteer.common_words()):
        return None
    if place is None and state:
        place = town_in_region(name, gazetteer.lookup(state))  # "CEDAR KEY, Fla."
    start = m.start("city")
    return _span(text, start, start + len(city), "dateline", 0.9 if place else 0.7, place)


def state_abbreviation(text: str, start: int, end: int, lo: int) -> bool:
    """'Springfield, Ill.': an AP state abbreviation right after a capitalised place."""
    if start - 3 < lo or text[start - 2 : start] != ", ":
        return False
    k = text.rfind(" ", max(lo, start - 40), start - 2)
    return text[k + 1 : k + 2].isupper()


_HEAD_RUN = re.compile(r"(?:[A-Z][a-z'’-]+[ \t]){0,2}[A-Z][a-z'’-]+\Z")


def _named_with_kind(text: str, lo: int, hi: int, heads: list[int], spans: list[Span]
                     ) -> list[Span]:
    """Regions and natural features named with their kind: 'Surguja district', 'the Hasdeo
    forest' (the name only, as with 'Kursk region'), 'Canary Islands', 'Great Barrier Reef'
    (a capitalised kind is part of the name).

    The name must be capitalised and new to the gazetteer (a known name is the scan's to
    judge); with a lower-case kind it must be no everyday word ("Police district", "the
    Labour region"); nothing capitalised may follow ("Pacific Islands Forum" is a body's
    name), and it may not open a headline, where every word is capitalised.
    """
    found: list[Span] = []
    taken = {s.start for s in spans} | {s.end for s in spans}
    common = gazetteer.common_words()
    title: bool | None = None
    for at in heads:
        m = _HEAD_WORD.match(text, at + 1, hi)
        if m is None:
            continue
        head_end = m.end()
        run = _HEAD_RUN.search(text, max(lo, at - 40), at)
        if run is None or run.start() in taken or at in taken:
            continue
        a = run.start()
        words = run.group().split()
        while words and words[0] in _PRECEDERS_OK and words[0] not in _QUALIFIERS:
            # "In Surguja district", "The Hasdeo forest"; but "Western Isles" is one name
            a += len(words[0]) + 1
            words = words[1:]
        if not words or a in taken:
            continue
        name = " ".join(words)
        capital_head = m.group()[0].isupper()
        if gazetteer.lookup(name) is not None or name in _CALENDAR:
            continue
        if not capital_head and any(w.lower() in common for w in words):
            continue
        if _next_word(text, head_end, hi) and _capitalised(_next_word(text, head_end, hi)):
            continue  # "Pacific Islands Forum", "Hasdeo Forest Reserve"
        before = _prev_word(text, a, lo)
        if before is not None and before[0].isupper() and before not in _PRECEDERS_OK:
            continue  # a longer name goes on before it
        if title is None:
            title = _title_case(text[lo : min(hi, lo + 300)])
        if title:
            break
        stop = head_end if capital_head else at
        found.append(_span(text, a, stop, "region", 0.6, None))
    return found


_HEAD_WORD = re.compile(r"[A-Za-z]+")
_QUALIFIERS = frozenset("""
    North South East West Northern Southern Eastern Western Central Northeast Northwest
    Southeast Southwest Greater Upper Lower Inner Outer Old New
""".split())


def _extra_spans(text: str, lo: int, hi: int) -> list[Span]:
    """Counties, which the gazetteer does not name."""
    spans: list[Span] = []
    if text.find("County", lo, hi) < 0 and text.find("Parish", lo, hi) < 0:
        return spans
    for m in _COUNTY.finditer(text, lo, hi):
        start = m.start()
        first = m.group().split()[0]
        if first in _PRECEDERS_OK or first in _NOT_COUNTY:
            start = text.index(" ", start) + 1
            if text[start : m.end()].split()[0] in ("County", "Parish"):
                continue
        run = _name_run(text, m.end(), hi, 2)
        if run and any(w in _ORG_HEADS for w in run):
            continue  # "Tompkins County Legislature"
        if run and _AGENCY_OF.match(text, m.end(), min(hi, m.end() + 80)):
            continue  # "Harris County Sheriff's Office"
        spans.append(_span(text, start, m.end(), "county", 0.8, None))
    return spans


_NOT_COUNTY = frozenset("Each Every Any No Our Their His Her Its Your My".split())


# --- sports copy: places that name teams ---------------------------------------------------

# A score with a result verb in its sentence: "Leeds beat Chelsea 2-1", "Houston won the
# series 4-2"; not "Trump won Pennsylvania" (no score) or "the Senate voted 52-48".
_SCORE = re.compile(r"(?<![\w.,/-])\d{1,3}-\d{1,3}(?![\w%/-]|[.,]\d)")
_RESULT = re.compile(r"\b(?:beat|beats|defeated|edged|thrashed|routed|drew|won|lost|lose)\b")
_NOT_RESULT = re.compile(r"\b(?:vot(?:e|es|ed|ing)|rul(?:ing|ed)|court|Court|majority|poll)\b")


def _results_with_scores(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Sports words for the sentences of ``text[lo:hi]`` that report a result with a score."""
    out: list[tuple[int, int, str]] = []
    i = text.find("-", lo, hi)
    while 0 <= i < hi - 1:
        if i > lo and text[i - 1].isdigit() and text[i + 1].isdigit():
            a, b = _sentence_bounds(text, i, lo, hi)
            if (_SCORE.search(text, max(a, i - 3), min(b, i + 4)) and _RESULT.search(text, a, b)
                    and not _NOT_RESULT.search(text, a, b)):
                out.append((i - 1, i + 2, "sports"))
        i = text.find("-", i + 1, hi)
    return out


_SENTENCE_START = re.compile(r"[.!?][\"”’')]*[ \t]+(?=[\"“‘'(]?[A-Z0-9])|\n")
# Where a place in sports copy is still a place: "fans in Manchester", "through Texas".
_SPORTS_LOCATIVES = frozenset("""
    in near across through throughout outside around within toward towards into
""".split())
_HOSTS = (" host", " will host", " is hosting", " was hosting", " to host")
_LAST_WORD = re.compile(r"(\w+)[ \t]+\Z")
_VENUE_AFTER = re.compile(r"[ \t]+(?:to|as|for|where|with|on|in)[ \t]")
_HOSTS_TEAM = re.compile(r"[ \t]+\w+[ \t]+[A-Z]")
# A verb of going before "to"/"at": the place is where a team goes, not a team.
_MOTION = re.compile(
    r"\b(?:travel|travels|travelled|traveled|travelling|traveling|come|comes|came|coming"
    r"|go|goes|went|going|head|heads|headed|heading|fly|flies|flew|flying|return|returns"
    r"|returned|returning|move|moves|moved|moving|arrive|arrives|arrived|arriving"
    r"|relocate|relocates|relocated|tour|tours|toured|touring|trip|journey)[ \t]+\Z")


def _sentence_bounds(text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    a = lo
    for m in _SENTENCE_START.finditer(text, max(lo, pos - 400), pos):
        a = m.end()
    m = _SENTENCE_START.search(text, pos, hi)
    return a, (m.start() + 1 if m else hi)


def _sports_sentences(text: str, lo: int, hi: int, cues: list[tuple[int, int, str]],
                      sports_document: bool) -> list[tuple[int, int]]:
    """The sentences of ``text[lo:hi]`` that read as sports copy: all of them in a sports
    document, else those with a word only sport uses ("striker", "innings", "league")."""
    if sports_document:
        return [(lo, hi)]
    out: list[tuple[int, int]] = []
    for pos, _end, kind in cues:
        if kind != "sports" or (out and out[-1][0] <= pos < out[-1][1]):
            continue
        out.append(_sentence_bounds(text, pos, lo, hi))
    return out


def sports_team(text: str, span: Span, lo: int, exempt_before: bool) -> bool:
    """A place in sports copy that names a team: 'Leeds beat Chelsea', 'the Brisbane coach',
    "Melbourne's win over Sydney".

    In a sports sentence a place stays only where it reads as a place: after a locative
    ("fans in Manchester", "a road trip through Texas and Minnesota"), in "Town, State",
    or as a country before its player ("Spain's Rafael Nadal"). Anything else bails out.
    """
    start, end = span.start, span.end
    m = _LAST_WORD.search(text, max(lo, start - 20), start)
    prev = m.group(1) if m else None
    if prev in _SPORTS_LOCATIVES:
        return False
    if exempt_before and (prev in ("and", "or") or text[max(lo, start - 2) : start] == ", "):
        return False  # "through Texas and Minnesota", "in Leeds, England"
    if text.startswith(", ", end) and gazetteer.lookup(_bare(
            (_next_word(text, end + 1, len(text)) or "").rstrip(","))) is not None:
        return False  # "Austin, Texas": a place named with its state
    if text.startswith(_HOSTS, end) and not _HOSTS_TEAM.match(text, end):
        return False  # "Qatar hosted the World Cup" (but "Sunderland host Hull": two teams)
    if prev in ("to", "at") and _MOTION.search(text, max(lo, start - 40), m.start()) and (
            _VENUE_AFTER.match(text, end)):
        return False  # "Melbourne travel to Auckland to face the Warriors", "will not come
        # to Dublin as tourists"; "Geelong, who travel to Perth next" play Perth's team
    if text.startswith(("'s ", "’s "), end):
        place = gazetteer.lookup(span.text)
        nxt = _next_word(text, end + 2, len(text))
        if (place is not None and place.kind == "country" and _capitalised(nxt)
                and not _is_place(nxt) and gazetteer.lookup(nxt) is None):  # type: ignore[arg-type]
            return False  # "Spain's Rafael Nadal": the player's country
    return True


# After a place in an article about sport: a player's position ("Sri Lanka seamer Kasun
# Ratnayake", "New Zealand captain Will Harcourt") or a plural verb, which British sports
# copy gives a team ("New Zealand were bowled out") and hardly ever a country.
_TEAM_AFTER = re.compile(
    r"[ \t]+(captain|skipper|coach|seamer|spinner|opener|batter|batsman|bowler|striker"
    r"|winger|goalkeeper|keeper|midfielder|defender|fly-half|were|are|have)\b")


def national_team(text: str, span: Span) -> bool:
    """In a document with a sports word, a place named as a side: 'New Zealand were
    bowled out', 'Sri Lanka seamer Kasun Ratnayake'; not one of several subjects
    ("Russia and Ukraine have agreed")."""
    if span.source == _SOURCES["dateline"]:
        return False
    m = _TEAM_AFTER.match(text, span.end)
    if m is None:
        return False
    if m.group(1) in ("were", "are", "have"):
        before = text[max(0, span.start - 5) : span.start]
        return not (before.endswith((" and ", " or ", ", ")))
    return True


def _drop_sports_teams(text: str, lo: int, hi: int, spans: list[Span],
                       cues: list[tuple[int, int, str]] | None, sports_document: bool = False
                       ) -> list[Span]:
    if not spans or not (cues or sports_document):
        return spans
    sentences = _sports_sentences(text, lo, hi, cues or [], sports_document)
    if not sentences:
        return spans
    kept: list[Span] = []
    exempt_end = -1  # end of the last place kept in a sports sentence
    for s in spans:
        if s.source == _SOURCES["dateline"] or not any(a <= s.start < b for a, b in sentences):
            kept.append(s)
            continue
        near = exempt_end >= 0 and s.start - exempt_end <= 6
        if sports_team(text, s, lo, near):
            continue
        kept.append(s)
        exempt_end = s.end
    return kept


def _merge(found: list[Span], extra: list[Span]) -> list[Span]:
    """``found`` plus ``extra`` spans, an extra span replacing what it overlaps."""
    if not extra:
        return found
    kept = [s for s in found if not any(s.start < e.end and e.start < s.end for e in extra)]
    return sorted(kept + extra, key=lambda s: s.start)


def find_places(doc: Document) -> list[Span]:
    """PLACE spans in the document's headline and paragraphs, in text order."""
    text = doc.text
    spans: list[Span] = []
    surnames: set[str] = set()
    towns_found: set[str] = set()
    town_cues: list[int] = []
    scanned = [(b.start, b.end, *_scan_block(text, b.start, b.end, surnames, towns_found,
                                             town_cues))
               for b in content_blocks(doc)]
    # two different sports words ("coach", "league") make the whole article sports copy,
    # where "Newcastle are now top of their group" names a team without a sports word
    sports = {text[c[0]:c[1]].lower() for *_, cues in scanned if cues for c in cues}
    sports_document = len(sports) >= 2
    for lo, hi, block_spans, cues in scanned:
        if cues or sports_document:
            block_spans = _drop_sports_teams(text, lo, hi, block_spans, cues, sports_document)
        if sports and not sports_document:
            block_spans = [s for s in block_spans if not national_team(text, s)]
        spans.extend(block_spans)
    blocks = [(lo, hi) for lo, hi, *_ in scanned]
    if spans and town_cues:
        spans = _towns_in_context(text, blocks, spans, surnames, towns_found, town_cues)
    if towns_found:
        spans = _towns_named_again(text, blocks, spans, surnames)
    return _drop_names_of_others(text, spans, surnames)


# The block-opening forms of the gazetteer's ``locative`` cues ("In Cheney, ..."), which
# have no space before them.
_LIST_GOES_ON = (",", " and ", " or ")
# Added to a town cue's offset: the cue is the end of a place the scan kept, which a list
# goes on from ("in Manchester|, Preston and Carlisle").
_AFTER_PLACE = 1 << 48
_TOWN_CUES_INITIAL = tuple(
    w[1:] for w, kind in gazetteer.CONTEXT_WORDS.items() if kind == "locative" and w[1].isupper())
_RUN_BEFORE = re.compile(r"(?:[A-Z][a-z'’-]+[ \t]){0,2}[A-Z][a-z'’-]+\Z")
_TOWN_RUN = re.compile(r"[A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+){0,2}")
_TOWN_LIST = re.compile(r",[ \t]+(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+")


def _regions_named(text: str, spans: list[Span]) -> tuple[set[str], set[str]]:
    """The countries and US states (postal codes) the document's places lie in."""
    countries: set[str] = set()
    states: set[str] = set()
    for s in spans:
        cc = s.country_code
        if cc is None:
            continue
        countries.add(cc)
        if cc == "US":
            name = gazetteer.STATE_ABBREVIATIONS.get(s.text, s.text)
            # "Washington" alone is the capital; "Spokane, Washington" the state
            if name in gazetteer.PREFER_CITY and text[s.start - 2 : s.start] != ", ":
                continue
            code = towns.us_state_code(name)
            if code is not None:
                states.add(code)
    return countries, states


def _used_as_surname(text: str, name: str, at: int, blocks: list[tuple[int, int]]) -> bool:
    """'Dick Cheney', 'Cheney said': the document also makes the name a person's (the
    mention at ``at``, the one being judged, aside)."""
    lo, hi = blocks[0][0], blocks[-1][1]
    i = text.find(name, lo, hi)
    while i >= 0:
        j = i + len(name)
        if _SPEAKS.match(text, j):
            return True
        prev = _prev_word(text, i, lo) if i != at else None
        if prev is not None and prev[0].isupper() and prev not in _PRECEDERS_OK and (
                gazetteer.lookup(_bare(prev)) is None):
            return True
        i = text.find(name, j, hi)
    return False


def _towns_in_context(text: str, blocks: list[tuple[int, int]], spans: list[Span],
                      surnames: set[str], towns_found: set[str], town_cues: list[int]
                      ) -> list[Span]:
    """Small towns named after a locative word ("near Medical Lake", "between Ullapool and
    Stornoway", "in Manchester, Preston and Carlisle") or before a word for their people
    ("Former Wagga Wagga councillor"), in a document that names their state (US towns)
    or their country.

    The name must be a town of that state or country, no everyday word, no name the
    gazetteer knows (those are the scan's to judge), not go on with a capitalised word
    ("from Cheney Smith"), not be a person's name elsewhere in the document ("Dick
    Cheney", "Cheney said"), and not stand in a headline, where every word is capitalised.
    """
    last = blocks[-1][1]
    judge: _TownJudge | None = None  # built for the first name that could be a town's
    for cue in town_cues:
        if cue < 0:  # a role word: "Former Wagga Wagga| councillor"
            judge = judge or _TownJudge(text, blocks, spans, surnames)
            judge.before_role(-cue)
            continue
        pos = cue
        end = cue - _AFTER_PLACE if cue >= _AFTER_PLACE else None
        while True:  # the place after the cue, then the others listed with it
            if end is None:
                run = _TOWN_RUN.match(text, pos, last)
                if run is None:
                    break
                if gazetteer.lookup(run.group()) is not None:
                    end = run.end()  # a known place: the scan judged it, the list goes on
                elif run.group() in _CALENDAR or not towns.is_town_name(run.group()):
                    break  # "in August", "to Putin"
                else:
                    judge = judge or _TownJudge(text, blocks, spans, surnames)
                    end = judge.after_cue(pos)
                    if end is None:
                        break
            if text[end : end + 1] not in (",", " "):
                break  # most places end a clause or go on with a lower-case word
            sep = _TOWN_LIST.match(text, end, last)
            if sep is None:
                break
            pos, end = sep.end(), None
    if judge is None or not judge.found:
        return spans
    towns_found.update(s.text for s in judge.found)
    return sorted([*spans, *judge.found], key=_START)



class _TownJudge:
    """Decides, name by name, whether a capitalised name is a small town of the document's
    states or countries; remembers its verdicts."""

    def __init__(self, text: str, blocks: list[tuple[int, int]], spans: list[Span],
                 surnames: set[str]) -> None:
        self.text, self.blocks, self.spans = text, blocks, spans
        self.starts = [lo for lo, _ in blocks]
        self.ends: set[int] = set()  # where the towns found end
        self.surnames = surnames
        self.regions: tuple[set[str], set[str]] | None = None  # on the first town name
        self.rejected: set[str] = set()
        self.titles: dict[int, bool] = {}
        self.found: list[Span] = []

    def _block(self, pos: int) -> tuple[int, int]:
        return self.blocks[bisect_right(self.starts, pos) - 1]

    def _accept(self, name: str, a: int, b: int, lo: int, hi: int) -> bool:
        if name in self.rejected or not towns.is_town_name(name):
            return False  # most capitalised words after "in" are no town's name
        if name in self.surnames or (" " not in name and name.lower() in gazetteer.common_words()):
            self.rejected.add(name)
            return False  # "Lewis", "Recess": everyday words and names
        if self.regions is None:
            self.regions = _regions_named(self.text, self.spans)
        town = _town_in(name, *self.regions, self.surnames)
        title = self.titles.get(lo)
        if town is not None and title is None:
            title = self.titles[lo] = _title_case(self.text[lo : min(hi, lo + 300)])
        if town is None or title or _used_as_surname(self.text, name, a, self.blocks):
            self.rejected.add(name)
            return False
        self.found.append(_span(self.text, a, b, "town", 0.6, town))
        self.ends.add(b)
        return True

    def after_cue(self, pos: int) -> int | None:
        """The end of the town at ``pos`` when it is accepted, or None."""
        lo, hi = self._block(pos)
        if pos >= hi:
            return None
        run = _TOWN_RUN.match(self.text, pos, hi)
        if run is None:
            return None
        end = run.end()
        text = self.text
        if end < hi and (text[end].isalnum() or (text[end] in ".-'’" and end + 1 < hi
                         and text[end + 1].isalnum())):
            return None  # "Smith's", "St. Helens": not a name this rule can read
        return end if self._accept(run.group(), pos, end, lo, hi) else None

    def before_role(self, end: int) -> None:
        """A town right before a word for its people: "Former Wagga Wagga councillor"."""
        if end in self.ends:
            return
        lo, hi = self._block(end)
        run = _RUN_BEFORE.search(self.text, max(lo, end - 40), end)
        if run is None:
            return
        words = run.group().split()
        for k in range(len(words)):  # "Former Wagga Wagga": the longest town in the run
            name = " ".join(words[k:])
            a = end - len(name)
            before = _prev_word(self.text, a, lo)
            if before is not None and before[0].isupper() and before not in _PRECEDERS_OK \
                    and not _sentence_initial(self.text, a - len(before) - 1, lo):
                continue  # "Jane Cheney resident": a name goes on before it
            if self._accept(name, a, end, lo, hi):
                return


def _town_in(name: str, countries: set[str], states: set[str], surnames: set[str]
             ) -> towns.Town | None:
    """The town called ``name`` in one of ``states`` (US) or ``countries`` (elsewhere)."""
    if name in surnames or (" " not in name and name.lower() in gazetteer.common_words()):
        return None
    if gazetteer.lookup(name) is not None:
        return None
    for town in towns.towns_named(name):
        if town.country_code in countries and (
                town.country_code != "US" or town.admin1 in states):
            return town
    return None


def _towns_named_again(text: str, blocks: list[tuple[int, int]], spans: list[Span],
                       surnames: set[str]) -> list[Span]:
    """A town confirmed by its state ("Uvalde, Texas") is a place where the document names
    it again ("in Uvalde"), unless the document also makes it a person's surname."""
    confirmed = {s.text: s for s in spans if s.source == _TOWN_SOURCE}
    if not confirmed:
        return spans
    taken = {s.start for s in spans}
    found: list[Span] = []
    for name, town in confirmed.items():
        if name in surnames:
            continue
        for lo, hi in blocks:
            i = text.find(name, lo, hi)
            while i >= 0:
                j = i + len(name)
                if i not in taken and not (i > lo and text[i - 1].isalnum()) and not (
                        j < hi and text[j].isalnum()):
                    found.append(new_span(f"P{i}-{j}", "PLACE", i, j, name, town.score,
                                          town.source, geonameid=town.geonameid,
                                          country_code=town.country_code))
                i = text.find(name, j, hi)
    return sorted([*spans, *found], key=_START) if found else spans


_START = attrgetter("start")


_FIRST_NAME = re.compile(r"(?<![\w.])[A-Z][a-z]+[ \t]\Z")


def _after_first_name(text: str, start: int, lo: int) -> bool:
    """'William Jordan': a capitalised word that is no place right before the name."""
    m = _FIRST_NAME.search(text, max(lo, start - 30), start)
    return m is not None and gazetteer.lookup(text[m.start() : start - 1]) is None


def _drop_names_of_others(text: str, spans: list[Span], surnames: set[str]) -> list[Span]:
    """Drop a name the document also uses for a person or a company.

    "William Jordan ... Jordan said", "mortgage lender Halifax ... at Halifax": once the
    document has named it so, its other mentions read the same way: a company's
    everywhere, a person's where the name speaks ("Jordan said"; "in Jordan" stays).
    """
    companies: set[str] = set()
    for s in spans:
        # companies are named after smaller places ("Halifax"): strong names (score 0.9,
        # countries and capitals) skip the look back
        if s.score >= 0.9:
            continue
        if s.start >= 2 and text[s.start - 1] == " ":
            k = text.rfind(" ", max(0, s.start - 30), s.start - 1)
            word = text[k + 1 : s.start - 1]
            if word.lower() in _ORG_NOUNS:
                companies.add(s.text)  # "mortgage lender Halifax"
            elif word in ("of", "in") and text[max(0, s.start - 10) : s.start].lower(
                    ).endswith(_SHARES_OF):
                companies.add(s.text)  # "Shares of Meridian rose"
        if text[s.end + 1 : s.end + 2] in _COMPANY_AFTER_FIRST and _COMPANY_AFTER.match(
                text, s.end):
            companies.add(s.text)  # "Meridian CEO Dwayne Kessler", "Meridian Inc."
    if not surnames and not companies:
        return spans
    return [s for s in spans if s.text not in companies and (
        s.text not in surnames or not _SPEAKS.match(text, s.end))]


# A surname followed by a speech verb is the person again ("Jordan said"); "Downtown
# Houston" makes no person of "Houston voted", so only this position is read as a name.
_SPEAKS = re.compile(
    r"[ \t]+(?:said|says|told|added|asked|wrote|argued|noted|recalled|explained|replied)\b"
)
