"""PLACE pre-annotation: gazetteer names, kept only where the context says they are places.

One pass of the gazetteer's Aho-Corasick automaton over each content block finds every
known name (longest match first); each hit then goes through small named checks, and the
first check that objects drops it. Bailing out is the default when a name could be a
person, part of an organisation's name or an everyday word:

* :func:`outside_word_boundary`: "Russian" is not "Russia"; "Kursk-2" is a plant.
* :func:`inside_other_name`: "The Moscow Times", "Washington Post", "University of Texas".
* :func:`person_or_org_name`: an unknown capitalised neighbour, "Paris Hilton", "George
  Washington", "Texas Instruments" (but "US President", "Kursk Oblast", "Russia's Kursk"
  stay places). In headline-style capitalisation this check says nothing.
* :func:`common_word_confirmed`: a small place whose name is an everyday word ("Nice",
  "Reading", "Mobile") counts only after a locative word ("in Nice") or before ", <place>"
  ("Reading, England").

What survives is a span with the gazetteer's identity (``geonameid``, ``country_code``).
Rules (the ``source`` of each span):

* ``places.gazetteer@1``: a known country, region, city, continent or body of water.
* ``places.common_word@1``: a place whose name is also an everyday word, confirmed by
  context.
"""

from __future__ import annotations

import re

from curate.heuristics import gazetteer
from curate.records import Document, Segment, Span
from curate.segment import segment

__all__ = ["RULES", "VERSION", "find_places", "find_places_in"]

VERSION = "1"

RULES: dict[str, str] = {
    "gazetteer": "a country, region, city, continent or body of water named in the gazetteer",
    "common_word": "a place named by an everyday word ('Nice'), confirmed by a locative word",
}

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


def inside_other_name(text: str, start: int, end: int, lo: int, hi: int, title: bool) -> bool:
    """'The Moscow Times', 'Washington Post', 'University of Texas'."""
    nxt = _next_word(text, end, hi)
    if nxt is not None and _bare(nxt) in _ORG_HEADS:
        return True
    prev = _prev_word(text, start, lo)
    if prev == "The" and not _sentence_initial(text, start - 4, lo):
        return True
    return prev == "of" and _prev_word(text, start - 3, lo) in _OF_NAMES


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
            and not _DEMONYM.search(word)
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


def find_places_in(text: str, lo: int = 0, hi: int | None = None) -> list[Span]:
    """PLACE spans in ``text[lo:hi]`` (offsets into ``text``)."""
    hi = len(text) if hi is None else hi
    if hi <= lo:
        return []
    auto = gazetteer.automaton()
    places = gazetteer.places()
    spans: list[Span] = []
    title: bool | None = None
    for last, (length, index) in auto.iter_long(text, lo, hi):
        end = last + 1
        start = end - length
        if outside_word_boundary(text, start, end, lo, hi):
            continue
        place = places[index]
        if place.common_word or _needs_context(text, start, end, lo, hi):
            if title is None:
                title = _title_case(text[lo:hi])
            if inside_other_name(text, start, end, lo, hi, title):
                continue
            if person_or_org_name(text, start, end, lo, hi, title):
                continue
        rule, score = "gazetteer", (0.9 if place.strong else 0.8)
        if place.common_word:
            if not common_word_confirmed(text, start, end, lo, hi, title):
                continue
            rule, score = "common_word", 0.6
        spans.append(
            Span(
                id=f"P{start}-{end}",
                label="PLACE",
                start=start,
                end=end,
                text=text[start:end],
                score=score,
                source=_SOURCES[rule],
                geonameid=place.geonameid,
                country_code=place.country_code,
            )
        )
    return spans


def _content_blocks(doc: Document) -> list[Segment]:
    if not doc.segments:
        doc = segment(doc)
    return list(doc.content_blocks())


def find_places(doc: Document) -> list[Span]:
    """PLACE spans in the document's headline and paragraphs, in text order."""
    spans: list[Span] = []
    for block in _content_blocks(doc):
        spans.extend(find_places_in(doc.text, block.start, block.end))
    return spans
