"""PLACE pre-annotation: gazetteer names, kept only where the context says they are places.

One pass of the gazetteer's Aho-Corasick automaton over each content block finds every
known name (longest match first); each hit then goes through small named checks, and the
first check that objects drops it. Bailing out is the default when a name could be a
person, part of an organisation's name or an everyday word:

* :func:`outside_word_boundary`: "Russian" is not "Russia"; "Kursk-2" is a plant.
* :func:`hyphen_compound`: "Georgia-Pacific" is a company; "Russia-Ukraine" (two countries)
  stays two places.
* :func:`inside_other_name`: "The Moscow Times", "Washington Federal Savings Bank",
  "Burlington High School", "University of Texas".
* :func:`person_or_org_name`: an unknown capitalised neighbour, "Paris Hilton", "George
  Washington", "Texas Instruments" (but "US President", "Kursk Oblast", "Russia's Kursk"
  stay places). In headline-style capitalisation this check says nothing.
* :func:`common_word_confirmed`: a small place whose name is an everyday word ("Nice",
  "Reading", "Mobile") counts only after a locative word ("in Nice") or before ", <place>"
  ("Reading, England").

What survives is a span with the gazetteer's identity (``geonameid``, ``country_code``).
Then, over the whole document, a name it also gives a company ("mortgage lender Halifax")
is dropped everywhere, and a name refused as a surname ("William Jordan") is dropped where
it speaks again ("Jordan said").

Rules (the ``source`` of each span, see :data:`RULES`):

* ``places.gazetteer@2``: a known country, region, city, continent or body of water.
* ``places.common_word@2``: a place whose name is also an everyday word, confirmed by
  context.
* ``places.dateline@2``: the all-caps city of a wire dateline ("DES MOINES, Iowa (AP) —"),
  looked up title-cased; kept without identity when unknown but followed by a state or an
  agency credit.
* ``places.state_abbr@2``: an AP state abbreviation after "City, " ("Ill.", "N.Y."), with
  the state's identity.
* ``places.county@2``: a capitalised name with County or Parish ("Sangamon County"), a
  place by construction unless an organisation's name goes on ("County Legislature").
"""

from __future__ import annotations

import re

from curate.heuristics import gazetteer
from curate.records import Document, Segment, Span, new_span
from curate.segment import segment

__all__ = ["RULES", "VERSION", "find_places", "find_places_in"]

VERSION = "2"

RULES: dict[str, str] = {
    "gazetteer": "a country, region, city, continent or body of water named in the gazetteer",
    "common_word": "a place named by an everyday word ('Nice'), confirmed by a locative word",
    "dateline": "the all-caps city of a wire dateline: 'DES MOINES, Iowa (AP) —'",
    "state_abbr": "an AP state abbreviation after a city: 'Springfield, Ill.'",
    "county": "a capitalised name with County or Parish: 'Sangamon County'",
}

# "BOSTON (AP) —", "DES MOINES, Iowa (AP) —", "ITHACA, N.Y. —", "LONDON, May 3 (Reuters) -"
_DATELINE = re.compile(
    r"[ \t]*(?P<city>[A-Z][A-Z.'’-]*(?:[ \t][A-Z][A-Z.'’-]*){0,3})"
    r"(?P<state>,[ \t]+[A-Z][A-Za-z.]*(?:[ \t][A-Z][a-z.]+)?)?"
    r"(?P<day>,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?"
    r"[ \t]*(?P<agency>\((?:AP|Reuters|AFP|UPI|Bloomberg|dpa|Xinhua)\))?[ \t]*[—–-]"
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
    Register Record Jail Fairgrounds
""".split())

# Capitalised words that may follow a place without making it part of another name: the
# place modifies a title or a government body ("US President", "Moscow Mayor"), or is
# named with its type ("Kursk Oblast").
_FOLLOWERS_OK = frozenset("""
    President Presidents Vice Prime Premier Minister Ministers Ministry Foreign Defense
    Defence Interior Finance Economy Justice Health Trade Energy Secretary State Department
    Governor Gov Mayor Senator Sen Rep Representative Congressman Congresswoman Ambassador
    Embassy Envoy Attorney General Chancellor King Queen Prince Princess Emperor Leader
    Government Parliament Congress Senate Cabinet Army Navy Armed Forces Military Border
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
    School Academy Battle Siege Treaty Council Congress Mayor Patriarch Statue Port
""".split()) - {"Mayor", "Port"}

# Words after which a common-word place name ("Nice", "Reading") reads as a place.
_LOCATIVES = frozenset("""
    in from to near at outside of around via visited visit towards toward into across
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
    prev = _prev_word(text, start, lo)
    if prev == "The" and not _sentence_initial(text, start - 4, lo):
        return True
    return prev == "of" and _prev_word(text, start - 3, lo) in _OF_NAMES


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
        if word not in _FOLLOWERS_OK and not _is_place(word) and not word.isupper():
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


def _needs_context(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether a neighbour could change the verdict: a capitalised word or 'of' next to it.

    Most hits ("in Moscow", "Russia's") have neither, and skip the slower checks.
    """
    if end + 1 < hi and text[end] == " " and text[end + 1].isupper():
        return True
    if start - 2 >= lo and text[start - 1] == " ":
        k = text.rfind(" ", max(lo, start - 41), start - 1)
        word = text[k + 1 : start - 1]
        return word[:1].isupper() or word == "of"
    return False


_SOURCES = {rule: f"places.{rule}@{VERSION}" for rule in RULES}
_STRONG_TIER = gazetteer.TIER_ALIAS  # Place.strong, without the property call per hit


def find_places_in(
    text: str, lo: int = 0, hi: int | None = None, surnames: set[str] | None = None
) -> list[Span]:
    """PLACE spans in ``text[lo:hi]`` (offsets into ``text``).

    ``surnames`` collects the names refused as a person's surname ("William Jordan"), for
    :func:`find_places` to read the rest of the document by.
    """
    hi = len(text) if hi is None else hi
    if hi <= lo:
        return []
    auto = gazetteer.automaton()
    places = gazetteer.places()
    spans: list[Span] = []
    title: bool | None = None
    taken = lo
    dateline = _dateline(text, lo, hi)
    if dateline is not None:
        spans.append(dateline)
        taken = dateline.end
    for last, (length, index) in auto.iter_long(text, lo, hi):
        end = last + 1
        start = end - length
        # outside_word_boundary(), inlined: it runs on every hit
        if start > lo and (text[start - 1].isalnum() or text[start - 1] in "_@#/"):
            continue
        if end < hi and (text[end].isalnum() or text[end] == "_" or (
                text[end] in "-–" and end + 1 < hi and text[end + 1].isdigit())):
            continue
        if start < taken:
            continue  # inside the dateline
        place = places[index]
        if place.kind == "state_abbr":
            if state_abbreviation(text, start, end, lo):
                state = gazetteer.lookup(text[start:end])
                spans.append(_span(text, start, end, "state_abbr", 0.85, state))
            continue
        if ((end < hi and text[end] in "-–") or (start > lo and text[start - 1] in "-–")) and (
                hyphen_compound(text, start, end, lo, hi)):
            continue
        if place.common_word or _needs_context(text, start, end, lo, hi):
            if title is None:
                title = _title_case(text[lo:hi])
            if inside_other_name(text, start, end, lo, hi, title):
                continue
            if person_or_org_name(text, start, end, lo, hi, title):
                if surnames is not None and _after_first_name(text, start, lo):
                    surnames.add(text[start:end])
                continue
        if place.common_word:
            if not common_word_confirmed(text, start, end, lo, hi, title):
                continue
            score, source = 0.6, _SOURCES["common_word"]
        else:
            score, source = (0.9 if place.tier <= _STRONG_TIER or place.population >= 1_000_000
                             else 0.8), _SOURCES["gazetteer"]
        spans.append(new_span(f"P{start}-{end}", "PLACE", start, end, text[start:end], score,
                              source, geonameid=place.geonameid,
                              country_code=place.country_code))
    return _merge(spans, _extra_spans(text, lo, hi))


def _span(text: str, start: int, end: int, rule: str, score: float,
          place: gazetteer.Place | None) -> Span:
    return new_span(
        id=f"P{start}-{end}", label="PLACE", start=start, end=end, text=text[start:end],
        score=score, source=_SOURCES[rule],
        geonameid=place.geonameid if place else None,
        country_code=place.country_code if place else None,
    )


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
    state = (m.group("state") or ",").lstrip(", \t")
    # an unknown all-caps word is a dateline only with a state or an agency credit
    if place is None and not (gazetteer.lookup(state) or m.group("agency")):
        return None
    start = m.start("city")
    return _span(text, start, start + len(city), "dateline", 0.9 if place else 0.7, place)


def state_abbreviation(text: str, start: int, end: int, lo: int) -> bool:
    """'Springfield, Ill.': an AP state abbreviation right after a capitalised place."""
    if start - 3 < lo or text[start - 2 : start] != ", ":
        return False
    k = text.rfind(" ", max(lo, start - 40), start - 2)
    return text[k + 1 : k + 2].isupper()


def _extra_spans(text: str, lo: int, hi: int) -> list[Span]:
    """Counties, which the gazetteer does not name."""
    spans: list[Span] = []
    if text.find("County", lo, hi) < 0 and text.find("Parish", lo, hi) < 0:
        return spans
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
        spans.append(_span(text, start, m.end(), "county", 0.8, None))
    return spans


_NOT_COUNTY = frozenset("Each Every Any No Our Their His Her Its Your My".split())


def _merge(found: list[Span], extra: list[Span]) -> list[Span]:
    """``found`` plus ``extra`` spans, an extra span replacing what it overlaps."""
    if not extra:
        return found
    kept = [s for s in found if not any(s.start < e.end and e.start < s.end for e in extra)]
    return sorted(kept + extra, key=lambda s: s.start)


def _content_blocks(doc: Document) -> list[Segment]:
    if not doc.segments:
        doc = segment(doc)
    return list(doc.content_blocks())


def find_places(doc: Document) -> list[Span]:
    """PLACE spans in the document's headline and paragraphs, in text order."""
    spans: list[Span] = []
    surnames: set[str] = set()
    for block in _content_blocks(doc):
        spans.extend(find_places_in(doc.text, block.start, block.end, surnames))
    return _drop_names_of_others(doc.text, spans, surnames)


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
        if s.score < 0.9 and s.start >= 2 and text[s.start - 1] == " ":
            k = text.rfind(" ", max(0, s.start - 30), s.start - 1)
            if text[k + 1 : s.start - 1].lower() in _ORG_NOUNS:
                companies.add(s.text)  # "mortgage lender Halifax"
    if not surnames and not companies:
        return spans
    return [s for s in spans if s.text not in companies and (
        s.text not in surnames or not _SPEAKS.match(text, s.end))]


# A surname followed by a speech verb is the person again ("Jordan said"); "Downtown
# Houston" makes no person of "Houston voted", so only this position is read as a name.
_SPEAKS = re.compile(
    r"[ \t]+(?:said|says|told|added|asked|wrote|argued|noted|recalled|explained|replied)\b"
)
