"""QUOTE: direct quotations (the words between quotation marks) and indirect speech.

Two building blocks, both linear in the text:

- :func:`pair_marks` finds quoted regions in a block: straight ``"``, curly ``“ ”``, low
  ``„``, guillemets ``« »`` and single ``' ‘ ’`` marks, telling single quotes from
  apostrophes (``Russia's``, ``Trump’s``, ``US'``). :func:`quoted_regions` does it for every
  content block and links the news convention for long quotes: a paragraph that opens a
  quote and does not close it continues in the next paragraph that starts with an opening
  mark.
- :func:`reported_clauses` reads the reported clause of a speech cue (see
  :mod:`curate.heuristics.speakers`): ``noted that [...]``, ``said [Moscow was ready]``,
  ``[...], Putin said``, ``according to X, [...]``; two coordinated "that" clauses are two.

Whether a quoted region is a QUOTE at all (speech) or a scare quote/title is decided by
:mod:`curate.heuristics.attribution`, which needs the cues: a region counts only when a
speech source and cue go with it. The rule names below are the ``source`` of the spans.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from curate.heuristics.speakers import (
    BARE_CLAUSE_VERBS,
    DATELINE,
    GAP,
    NAMING_VERBS,
    Cue,
    tokens,
    trie_pattern,
)

__all__ = [
    "RULES",
    "VERSION",
    "Clause",
    "Region",
    "pair_marks",
    "quoted_regions",
    "reported_clauses",
]

VERSION = "2"

#: rule name -> one-line description; every rule is at :data:`VERSION`.
RULES: dict[str, str] = {
    "direct": "words in quotation marks next to a speech cue: '\"X,\" he said', 'said: \"X\"'",
    "fragment": "a short quoted fragment inside reported speech, linked to its speaker",
    "continued": (
        "a quote continuing an attributed one: next paragraph, same paragraph, or after 'X said:'"
    ),
    "speech_like": "a long quoted sentence with no cue found (kept, low score, no speaker)",
    "indirect": "the clause after a speech verb: 'noted that [...]', 'said [Moscow was ...]'",
    "reporting_clause": "the clause before a trailing cue: '[...], Putin said Tuesday.'",
    "according_to": "the clause reported with 'according to X'",
    "interrupted": "a clause split by its cue: '[The losses], she said, [were largest ...]'",
}


def source(rule: str) -> str:
    return f"quotes.{rule}@{VERSION}"


# --- quotation marks -------------------------------------------------------------------------

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_SINGLE = "'‘’"
_MARKS = re.compile(r"[\"“”„«»'‘’]")
_OPEN_BEFORE = " \t\n\u00a0([{—–-/:;\u2009\u202f"
_CLOSE_AFTER = ".,;:!?)]}—–-…"
_ELISION = re.compile(r"(?i:em|til|cause|tis|twas|n|\d0s|\d\d)\b")
OPENING_MARKS = "\"“„«'‘"


@dataclass(slots=True)
class Region:
    """A quoted stretch of one block: the marks and the content between them.

    ``close`` is -1 when the quote is not closed in its block (it runs to the block's end:
    a multi-paragraph quote, or unbalanced marks). ``chain`` numbers the paragraphs of one
    multi-paragraph quote alike.
    """

    open: int
    close: int
    start: int
    end: int
    family: str  # double | single
    block: int = 0
    chain: int = -1

    @property
    def after(self) -> int:
        """Offset just after the closing mark (or the content end when unclosed)."""
        return self.close + 1 if self.close >= 0 else self.end


def _region(text: str, o: int, c: int, b: int, family: str) -> Region | None:
    s = o + 1
    e = c if c >= 0 else b
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e <= s:
        return None
    if not any(ch.isalnum() for ch in text[s:min(e, s + 200)]):
        return None
    return Region(o, c, s, e, family)


def pair_marks(text: str, a: int, b: int) -> list[Region]:
    """Quoted regions in ``text[a:b]`` (one block), outermost only, in text order."""
    doubles: list[Region] = []
    singles: list[Region] = []
    d_open = -1
    s_open = -1
    s_weak = -1  # a possible closing ' after an s: "troops'" or "serious'"
    for m in _MARKS.finditer(text, a, b):
        p = m.start()
        c = text[p]
        prev = text[p - 1] if p > a else " "
        nxt = text[p + 1] if p + 1 < b else " "
        if c not in _SINGLE:
            if c in _DOUBLE_OPEN:
                # German „...“ closes with the English opening mark
                kind = "close" if d_open >= 0 and c == "“" and text[d_open] == "„" else "open"
            elif c in _DOUBLE_CLOSE:
                kind = "close"
            elif prev in _OPEN_BEFORE or p == a:
                kind = "open" if not nxt.isspace() else "close"
            else:
                kind = "close"
            if d_open < 0:
                if kind == "open":
                    d_open = p
            elif kind == "close" or c == '"':
                r = _region(text, d_open, p, b, "double")
                if r is not None:
                    doubles.append(r)
                d_open = -1
            else:
                d_open = p  # a new opening mark: the earlier one was never closed
            continue
        # single marks and apostrophes
        prev_word = prev.isalnum()
        next_word = nxt.isalnum()
        if prev_word and next_word:
            continue  # Russia's, don't, Trump’s
        if c == "‘" or (not prev_word and prev not in ".,!?…" and next_word):
            if c != "‘" and _ELISION.match(text, p + 1, min(b, p + 6)):
                continue  # 'em, '90s
            if s_open >= 0:
                if s_weak >= 0:
                    r = _region(text, s_open, s_weak, b, "single")
                    if r is not None:
                        singles.append(r)
                    s_open, s_weak = p, -1
                continue  # an opening inside an open single quote: keep the first
            s_open, s_weak = p, -1
            continue
        if c == "‘":
            continue
        if (prev_word or prev in ".,!?…") and not next_word:
            if s_open < 0:
                continue  # a lone apostrophe: "US' special envoy"
            strong = prev in ".,!?…" or nxt in _CLOSE_AFTER or p + 1 >= b
            if not strong and prev in "sS" and s_weak < 0:
                s_weak = p  # decide later: possessive "troops'" or a closing mark
                continue
            r = _region(text, s_open, p, b, "single")
            if r is not None:
                singles.append(r)
            s_open, s_weak = -1, -1
    if d_open >= 0:
        r = _region(text, d_open, -1, b, "double")
        if r is not None:
            doubles.append(r)
    if s_open >= 0:
        r = _region(text, s_open, s_weak, b, "single")
        if r is not None and (s_weak >= 0 or r.end - r.start > 20):
            singles.append(r)
    if not singles:
        return doubles
    if not doubles:
        return singles
    return _outermost(doubles + singles)


def _outermost(regions: list[Region]) -> list[Region]:
    """Drop regions inside another (nested quotes) and singles crossing a double."""
    regions.sort(key=lambda r: (r.open, -r.after))
    out: list[Region] = []
    for r in regions:
        if out and r.open < out[-1].after:
            last = out[-1]
            if r.after <= last.after:
                continue  # nested
            if last.family == "single" and r.family == "double":
                out[-1] = r  # a single pairing that crosses a double one was wrong
            continue
        out.append(r)
    return out


def quoted_regions(text: str, blocks: Sequence[tuple[int, int]]) -> list[Region]:
    """Quoted regions of every block, with multi-paragraph quotes chained.

    ``blocks`` are the (start, end) offsets of the content blocks in text order.
    """
    out: list[Region] = []
    chain = 0
    open_chain = -1
    for bi, (a, b) in enumerate(blocks):
        regions = pair_marks(text, a, b)
        for r in regions:
            r.block = bi
        if open_chain >= 0:
            # the previous paragraph left a quote open; this one continues it only if it
            # starts with an opening mark
            if regions and regions[0].open == a and text[a] in OPENING_MARKS:
                regions[0].chain = open_chain
            else:
                open_chain = -1
        if regions and regions[-1].close < 0:
            last = regions[-1]
            if last.chain < 0:
                last.chain = chain
                chain += 1
            open_chain = last.chain
        else:
            open_chain = -1
        out.extend(regions)
    return out


# --- indirect speech -------------------------------------------------------------------------

# A finite verb or auxiliary: what makes the words after "said" a clause, not a noun phrase.
_FINITE = frozenset(
    """is was were are be been has have had will would could should can must may might did
    does do remains remained needs needed plans planned wants wanted expects expected intends
    believes believed hopes hoped sees saw considers considered continues continued seems
    seemed appears appeared lacks lacked knows knew agreed agrees isn't wasn't weren't aren't
    won't wouldn't couldn't shouldn't can't didn't doesn't don't hasn't haven't hadn't got
    gets feels felt thinks thought takes took makes made gave gives came went left met ran
    rose fell won lost held kept found began became brought paid sent put cut hit led grew
    saw chose spent stood sold built knew meant shows showed broke spoke wrote drew threw
    fought caught bought sought taught struck hung shut sank swore wore tore""".split()
)
# (the words as a prefix tree: the same matches, longest word first, in half the time of
# an alternation of some 150 words tried one by one at every offset)
_FINITE_RE = re.compile(
    r"\b(?:" + trie_pattern(sorted(_FINITE))
    + r"|[a-z]{3,}ed|(?i:it|he|she|that|there|what)['’]s)\b"
)
_MAX_CLAUSE = 600  # characters; a reported clause before its cue is never longer
_MAX_QUOTE = 3000  # characters; a quoted region starting further back is not looked at
_MODALS = frozenset("should would could will can must may might shall".split())
# headlines drop the finite verb: "Delegations set to meet in Moscow, Kremlin confirms"
_INFINITIVE = re.compile(r"\bto\s+[a-z]{2,}\b")
# a clause's verb may sit in a quoted fragment: 'said the agency "has not shown us ..."'
_CLAUSE_STOP_PAST_QUOTES = re.compile(r"[;:!?]")
_PROMISE_VERBS = frozenset(
    "promised promises vowed vows pledged pledges threatened threatens".split()
)
_TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    late early earlier later last this next week weekend month year on in at during
    separately again also previously recently publicly repeatedly""".split()
)
_CLAUSE_STARTERS = frozenset(
    "the a an he she it they we i there this that these those its his her their our my your "
    "no some any all both each every one two many more most such much several".split()
)
_TOLD_OBJECTS = frozenset(
    """reporters journalists him her them us me lawmakers parliament officials students
    supporters voters residents investors delegates listeners viewers readers the a an
    analysts employees staff shareholders colleagues investigators jurors members workers
    senators donors customers clients fans parents police""".split()
)
_COORDINATED_THAT = re.compile(r",?\s+(?:and|but|or)\s+that\s+")
# "... Donbas and Crimea, controlled by Russia": the writer's gloss at the end of a clause.
_TRAILING_PARTICIPLE = re.compile(r",\s+[a-z]+ed\s+by\s+[^,;]{1,40}$")
# A reported clause stops before a trailing participle phrase: ", describing this as ...".
_CLAUSE_CUT = re.compile(
    r",\s+(?:describing|citing|calling|referring|saying|adding|noting|stressing|explaining|"
    r"according|while|as\s)"
)
# After its verb, a reported clause stops at any participle phrase: "said it will cut 1,200
# jobs, blaming higher costs" (the writer's gloss on what the speaker did). Before a
# trailing cue ("[..., removing a cap], X said") the phrase is part of what was said.
_CLAUSE_CUT_AFTER = re.compile(
    r",\s+(?:(?!(?:including|during|morning|evening|nothing|something|anything|everything|"
    r"spring|king|bring|sing|thing|ring|wing|string)\b)[a-z]{2,}ing\b|according|while|as\s|"
    r"despite\s|although\s|even\s+though\s)"
)
# The speaker's own verb phrase after a quoted fragment: '... was "unacceptable" and called'.
_OWN_VERB_AFTER = re.compile(
    r"[\s,]*and\s+(?:then\s+|also\s+)?(?:called|accused|urged|demanded|critici[sz]ed|praised|"
    r"blamed|dismissed|rejected|defended|condemned|welcomed|questioned|challenged|pledged|"
    r"vowed|warned|asked|insisted|added|noted|said|told|promised|threatened)\b")
# Words that start a reported clause without being its subject: not a bare clause.
_NOT_SUBJECT = frozenset(
    """in on at for with by from of to into over after before during under since until
    so nothing yes no goodbye thanks hello and but or if when whether how what why
    where which who while because as than please sorry thank hi""".split()
)

_PUNCT_END = ".,;:!?—– \t\n\u00a0"


@dataclass(slots=True)
class Clause:
    """Reported speech found for a cue: the clause's offsets and the rule that found it."""

    start: int
    end: int
    rule: str
    score: float
    cue: Cue


def _words(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return tokens(text, lo, hi)  # the same tokens as the speaker rules read


# "said that ...": the first token after the verb is "that" (what the loop over the tokens in
# _clause_start decides first), told without tokenising the window.
_THAT_FIRST = re.compile(GAP + r"*(?:_" + GAP + r"*)*[Tt][Hh][Aa][Tt](?![\w'’\-]|\.[^\W_])")


def _clause_start(text: str, cue: Cue, hi: int) -> tuple[int, float] | None:
    """Where the reported clause after a speech verb starts, and how sure we are."""
    window_end = min(hi, cue.verb_end + 56)
    verb = cue.verb.split()[0].lower()
    that = _THAT_FIRST.match(text, cue.verb_end, window_end)
    if that is not None:
        return (that.end(), 0.85 if verb in BARE_CLAUSE_VERBS else 0.8)
    toks = _words(text, cue.verb_end, window_end)
    if not toks:
        return None
    told = verb in ("told", "tells", "telling")
    urged = verb in ("urged", "urges", "urging")
    if verb in _PROMISE_VERBS and toks[0][2] == "to" and len(toks) > 1:
        return (toks[1][0], 0.6)  # "has promised to [build 1.5 million homes]"
    # "that" within a few words, with no verb or punctuation in between
    for n, (_a, b, t) in enumerate(toks[:12]):
        low = t.lower()
        if low == "that":
            if n == 0 or toks[n - 1][2].lower() not in ("so", "such"):
                return (b, 0.85 if verb in BARE_CLAUSE_VERBS else 0.8)
            return None
        if low in _FINITE or t in ",;:.!?\"“”«»‘" or low in ("to", "because", "if", "whether"):
            break
    if urged:
        # "urged Trump to ensure ...": the object and what it is urged to do
        for n, (_a, b, t) in enumerate(toks[:7]):
            if t.lower() == "to" and n > 0:
                return (b, 0.65)
            if t in ",;:.!?":
                return None
        return None
    if verb not in BARE_CLAUSE_VERBS:
        return None
    n = 0
    if told:
        if n < len(toks) and (toks[n][2].lower() in _TOLD_OBJECTS or toks[n][2][0].isupper()):
            if toks[n][2].lower() in ("the", "a", "an"):
                n += 1
                # "told the city council [the budget ...]": a lower-case listener ends where
                # the clause's own determiner or pronoun starts
                m = n
                while m < len(toks) and m - n < 4 and toks[m][2].isalpha() and (
                    toks[m][2].islower() and toks[m][2] not in _CLAUSE_STARTERS
                ):
                    m += 1
                if n < m < len(toks) and toks[m][2].lower() in _CLAUSE_STARTERS:
                    n = m
            while n < len(toks) and toks[n][2][0].isupper():
                n += 1
            if n == 0 or (n < len(toks) and toks[n][2].lower() in _TOLD_OBJECTS
                          and toks[n][2].lower() not in ("the", "a", "an")):
                n += 1  # "told Reuters reporters", not "told The AP [the plane ...]"
        else:
            return None
    while n < len(toks) and toks[n][2].lower() in _TIME_WORDS:
        if toks[n][2].lower() == "at" and n + 1 < len(toks) and toks[n + 1][2].lower() in (
            "least", "most"
        ):
            break  # "said at least 20 people had died"
        if toks[n][2].lower() in ("on", "in", "at", "during") and n + 1 < len(toks) and (
            toks[n + 1][2].lower() not in _TIME_WORDS
        ):
            return None  # "said in a statement" + clause is handled by "that" only
        n += 1
    if n >= len(toks):
        return None
    first = toks[n][2]
    if first in "\"“”«»‘'’,;:.!?—–()":
        return None
    if cue.relative and first.lower() in _FINITE | _MODALS:
        return (toks[n][0], 0.65)  # "talks, which he said [should focus on Donbas]"
    # "said investigators had linked ...": a bare lower-case subject, when its verb is near
    bare = not (first.lower() in _CLAUSE_STARTERS or first[0].isupper() or first[0].isdigit())
    at_least = first.lower() == "at" and n + 1 < len(toks) and toks[n + 1][2].lower() in (
        "least", "most")  # "said at least 20 people had died"
    if bare and not at_least and (
        first.lower() in _NOT_SUBJECT or first.lower().endswith(("ly", "ed"))
        or first.lower() in _FINITE or not first[0].isalpha()
    ):
        return None  # "what she said mattered": a verb is not a subject
    if first.lower() in ("so", "nothing", "goodbye", "yes", "no", "this", "that") and (
        n + 1 >= len(toks) or toks[n + 1][2] in ",.;:!?"
    ):
        return None
    # "said" takes a clause far more often than a noun phrase: look further for its verb
    reach = 40 if verb in ("said", "says", "say", "told", "tells") else 14
    if bare:
        reach = 7
    # the verb that makes it a clause: a finite verb before the next punctuation mark
    stop = _CLAUSE_STOP_PAST_QUOTES.search(text, toks[n][1], min(hi, toks[n][1] + 400))
    end = stop.start() if stop else min(hi, toks[n][1] + 400)
    if reach == 14 and (comma := text.find(",", toks[n][1], end)) >= 0:
        end = comma
    fin = _FINITE_RE.search(text, toks[n][0], end)
    if fin is None:
        return None
    if text.count(" ", toks[n][1], fin.start()) > reach:
        return None
    return (toks[n][0], 0.6 if bare else 0.7)


def _told_object(toks: list[tuple[int, int, str]]) -> int:
    """How many tokens the object of "told" takes: "Reuters", "The Associated Press"."""
    n = 0
    if n < len(toks) and toks[n][2].lower() in ("the", "a", "an"):
        n += 1
    while n < len(toks) and n < 5 and (toks[n][2][0].isupper() or toks[n][2] in _TOLD_OBJECTS):
        n += 1
    return n


def _trim(text: str, s: int, e: int, regions: Sequence[Region]) -> tuple[int, int]:
    """Strip space and closing punctuation; a quote that ends the clause is its own QUOTE."""
    while e > s and text[e - 1] in _PUNCT_END:
        e -= 1
    for r in regions:
        if r.open >= s and r.after >= e - 1 and r.open < e:
            # 'noted that [much of the work remains confidential] "for obvious reasons."'

            k = r.open
            while k > s and text[k - 1] in _PUNCT_END:
                k -= 1
            if text.count(" ", s, k) >= 1:  # keep the clause whole if little would remain
                e = k
            break
    while s < e and text[s].isspace():
        s += 1
    return s, e


def reported_clauses(text: str, cue: Cue, sent: tuple[int, int], limit: int,
                     regions: Sequence[Region], *, trailing: bool = True) -> list[Clause]:
    """The indirect speech a cue reports, within its sentence ``sent``.

    ``limit`` is where the next cue of the sentence begins (the clause stops there);
    ``regions`` are the quoted regions of the block (a clause is never a direct quote).
    ``trailing`` allows '[clause], X said.' (not when an earlier cue owns that text).
    """
    s_lo, s_hi = sent
    hi = min(s_hi, limit)
    if cue.verb.lower() in NAMING_VERBS:
        return []  # "what Moscow describes as ...": names a thing, reports no clause
    if cue.position == "according":
        lead = text[s_lo:cue.verb_start].strip(" \t\u00a0")
        if not lead:  # "According to X, [clause]."
            j = text.find(",", cue.speakers[0].end, hi)
            if j < 0 or j - cue.speakers[0].end > 60:
                return []
            return _clauses(text, j + 1, s_hi, "according_to", 0.75, cue, regions)
        if cue.boundary < cue.verb_start:  # "[clause], according to X."
            if not _FINITE_RE.search(text, s_lo, cue.boundary):
                return []  # "The group, according to its website, has ...": no clause yet
            return _clauses(text, s_lo, cue.boundary, "according_to", 0.75, cue, regions)
        return []
    if cue.position in ("pre", "borrowed"):
        start = _clause_start(text, cue, hi)
        if start is not None:
            return _clauses(text, start[0], hi, "indirect", start[1], cue, regions)
    if trailing and cue.position in ("post", "pre") and cue.boundary > s_lo and (
        text[cue.boundary] == ","
    ):
        # "[Russia has proposed holding talks], Foreign Minister Sergei Lavrov said."
        rest = _words(text, max(cue.verb_end, cue.speakers[-1].end), min(s_hi, cue.verb_end + 120))
        if rest and rest[0][2] == ":":
            return []  # 'the ministry said:' introduces a quote
        if cue.boundary - s_lo > _MAX_CLAUSE:
            return []  # no sentence is this long: unsure where the clause starts
        if not _FINITE_RE.search(text, s_lo, cue.boundary) and not _INFINITIVE.search(
            text, s_lo, cue.boundary
        ):
            return _interrupted(text, cue, s_lo, s_hi, rest, regions)
        if cue.verb in ("told", "tells") and rest:
            rest = rest[_told_object(rest):]  # "..., sources told Reuters."
        if rest and not (rest[0][2] in ",.;!?—–" or rest[0][2].lower() in _TIME_WORDS
                         or rest[0][2].lower() in ("to", "after", "before", "while", "when")):
            return []  # the verb has its own clause or object: not '[...], X said.'
        if cue.position == "pre" and any(
            t[2].lower() == "that" for t in itertools.takewhile(lambda t: t[2] not in ",;:.!?",
                                                               rest[:8])
        ):
            return []  # "X said on Friday that ...": the clause follows the verb
        return _clauses(text, s_lo, cue.boundary, "reporting_clause", 0.75, cue, regions)
    return []


def _interrupted(text: str, cue: Cue, s_lo: int, s_hi: int, rest: list[tuple[int, int, str]],
                 regions: Sequence[Region]) -> list[Clause]:
    """'[The losses], she said, [were largest on the coast]': a subject, the cue between
    commas, then the verb phrase. Both halves are QUOTEs; "In a statement, X said" is not
    one (what follows the cue's comma must start with a finite verb)."""
    if cue.position != "pre" or not rest or rest[0][2] != "," or len(rest) < 2:
        return []
    if text.count(" ", s_lo, cue.boundary) > 6 or text[s_lo] in OPENING_MARKS:
        return []  # a long opening phrase is an adverbial, not a subject
    verb = rest[1][2].lower()
    if not (verb in _FINITE or verb in _MODALS):
        return []
    first = _clauses(text, s_lo, cue.boundary, "interrupted", 0.6, cue, regions)
    second = _clauses(text, rest[1][0], s_hi, "interrupted", 0.6, cue, regions)
    return first + second if first and second else []


def _has_dash(text: str, s: int, e: int) -> bool:
    return text.find("—", s, e) >= 0 or text.find("-", s, e) >= 0 or text.find("–", s, e) >= 0


def _near(regions: Sequence[Region], s: int, e: int) -> Sequence[Region]:
    """The regions that can touch ``text[s:e]`` (regions are in text order)."""
    if len(regions) < 16:
        return regions
    lo = bisect.bisect_left(_OpenKeys(regions), s - _MAX_QUOTE)
    hi = bisect.bisect_right(_OpenKeys(regions), e)
    return regions[lo:hi]


class _OpenKeys:
    """A sequence view of the regions' opening offsets, for bisect without a copy."""

    __slots__ = ("regions",)

    def __init__(self, regions: Sequence[Region]) -> None:
        self.regions = regions

    def __len__(self) -> int:
        return len(self.regions)

    def __getitem__(self, k: int) -> int:
        return self.regions[k].open


def _clauses(text: str, s: int, e: int, rule: str, score: float, cue: Cue,
             regions: Sequence[Region]) -> list[Clause]:
    if e - s < 8 or e - s > _MAX_CLAUSE * 2:
        return []  # too short to be a clause, or too long to be sure of one
    if len(regions) >= 16:
        regions = _near(regions, s, e)
    for r in regions:
        if r.open <= s < r.after:
            return []  # inside quotation marks: a direct quote, not indirect speech
    while s < e and text[s].isspace():
        s += 1
    # (every dateline has a dash: most clauses are ruled out without running the pattern)
    head_end = min(e, s + 80)
    dateline = DATELINE.match(text, s, head_end) if _has_dash(text, s, head_end) else None
    if dateline is not None:
        s = dateline.end()  # "NEW DELHI, Jan 9 (Reuters) - [India will ...]"
    if s < e and text[s] in OPENING_MARKS and any(r.open == s for r in regions):
        return []  # 'said: "..."' is a direct quote
    cut = (_CLAUSE_CUT if rule == "reporting_clause" else _CLAUSE_CUT_AFTER).search(text, s, e)
    if cut is not None:
        e = cut.start()
    for r in regions:
        if s < r.open and r.after < e and _OWN_VERB_AFTER.match(text, r.after, e):
            # 'said the overrun was "unacceptable" and called for ...': the clause ends
            # at the fragment, the rest is the speaker's own doing
            if text.count(" ", s, r.open) >= 2:
                e = r.after
            break
    cut = _TRAILING_PARTICIPLE.search(text, s, e) if text.find("by", s, e) >= 0 else None
    if cut is not None:
        e = cut.start()
    parts: list[tuple[int, int]] = []
    pos = s
    if text.find("that", s, e) >= 0:  # (cheap test first: the pattern is tried everywhere)
        for m in _COORDINATED_THAT.finditer(text, s, e):
            parts.append((pos, m.start()))
            pos = m.end()
    parts.append((pos, e))
    out: list[Clause] = []
    for a, b in parts:
        a, b = _trim(text, a, b, regions)
        if b - a >= 8 and " " in text[a:b]:
            out.append(Clause(a, b, rule, score, cue))
    return out
