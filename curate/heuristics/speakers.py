"""SPEAKER: who a quote is said by, found from the speech cue next to it.

A *cue* is a speech verb (``said``, ``told``, ``according to`` ...) together with the
mention that is its source. The rules here read that mention off the words around the verb:

- ``speakers.said_pattern@2``: the subject before the verb, "X said", "Putin and other
  Russian officials have repeatedly claimed", with titles stripped ("Kremlin spokesman
  Dmitry Peskov" -> "Dmitry Peskov", "Sen. Tom Hadley" -> "Tom Hadley") and descriptions
  and pronouns kept as they are ("The Russian leader", "he", "the Kremlin"). A place or
  employer after a preposition is not the subject: "Tom Hadley of Kansas" -> the person,
  "A nurse in Leeds" -> the whole phrase; a short phrase that fills its clause is one
  ("federal prosecutors", "her daughter", "Lawyers for the state").
- ``speakers.appositive@2``: "X, a spokesman for Y, said" (the subject is X) and
  "The chief of staff of Z, Andriy Yermak, said" (the bare name between commas is it).
- ``speakers.said_inverted@2``: "..., said Peskov", '..." said the official', "said
  Dr. Walter Grimes", "said the mayor, Lina Haddad," (the name in apposition). Never after
  "told": its object is the listener.
- ``speakers.according_to@2``: "according to X", also a lower-case source ("court papers",
  "a person familiar with the matter").
- ``speakers.participle@2``: "..., adding:" / ", saying" / "but said": the cue has no
  subject of its own, so it borrows the subject of the sentence.

Resolution (``speakers.resolve@2``): a pronoun or description gets ``resolved`` = the
nearest fitting person mentioned before it ("he" -> the last person; "the Russian leader"
-> the last person titled a Russian president/leader); a short name gets its full form
("Peskov" -> "Dmitry Peskov") when the article named the person in full before.

Everything works on a bounded window of tokens around a verb, so the cost is linear in
the text. When the words around a verb do not look like one of these patterns the rule
returns nothing: a quote without a speaker is better than a wrong speaker.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import ahocorasick

__all__ = [
    "DATELINE",
    "LEXICON",
    "NAMING_VERBS",
    "RULES",
    "SPEECH_VERBS",
    "VERSION",
    "Cue",
    "Mention",
    "People",
    "bounded_np",
    "cue_candidates",
    "find_cues",
    "resolve_mention",
    "scan_text",
    "tokens",
]

VERSION = "2"

#: rule name -> one-line description; every rule is at :data:`VERSION`.
RULES: dict[str, str] = {
    "said_pattern": "subject of a speech verb: 'X said', 'X told reporters', titles stripped",
    "appositive": "'X, a spokesman for Y, said' and 'The aide to Z, Name, said'",
    "said_inverted": "speaker after the verb: '..., said Peskov', '\" said the official'",
    "according_to": "the source named by 'according to X'",
    "participle": "'..., adding:' / 'saying' / 'but said': the sentence's subject speaks",
    "resolve": "pronoun/description -> nearest fitting person; short name -> full name",
}


def source(rule: str) -> str:
    return f"speakers.{rule}@{VERSION}"


# --- vocabulary ------------------------------------------------------------------------------

# Speech verbs. Finite forms take a subject; participles borrow the sentence's subject.
_SAY_VERBS = "said says say told tells added adds wrote writes".split()
_THAT_VERBS = (
    "noted notes stressed stresses urged urges announced announces claimed claims insisted "
    "insists confirmed confirms explained explains argued argues warned warns reiterated "
    "reiterates emphasized emphasizes emphasised emphasises asserted asserts acknowledged "
    "acknowledges assured assures stated states replied replies responded responds declared "
    "declares promised promises vowed vows admitted admits denied denies suggested suggests "
    "recalled recalls predicted predicts commented comments remarked remarks observed "
    "observes tweeted tweets posted posts maintained maintains contended contends "
    "complained complains cautioned cautions conceded concedes disclosed discloses revealed "
    "reveals estimated estimates indicated indicates alleged alleges asked asks reported "
    "pledged pledges threatened threatens"
).split()
# "what Moscow describes as 'legitimacy issues'": a source naming something in its words;
# these only attribute a quoted term next to them, they report no clause.
NAMING_VERBS = frozenset("describes described calls called dubbed dubs termed terms".split())
_PARTICIPLES = (
    "saying adding noting stating asserting telling urging insisting arguing warning "
    "explaining stressing emphasizing emphasising declaring claiming acknowledging "
    "replying writing"
).split()
# A participle that is *not* a speech cue when it only introduces a place or medium.
SPEECH_VERBS = frozenset(_SAY_VERBS + _THAT_VERBS + _PARTICIPLES) | NAMING_VERBS
# Headlines are title case: "Russia Says It’s Ready", "Kremlin Confirms Talks".
_HEADLINE_VERBS = """Says Tells Warns Confirms Claims Insists Urges Denies Vows Announces Admits
Stresses Reiterates Adds Declares Promises Acknowledges""".split()
PARTICIPLES = frozenset(_PARTICIPLES)
#: verbs whose reported clause may come without "that" ("Putin said Moscow was ready").
BARE_CLAUSE_VERBS = frozenset(
    "said says say told tells added adds wrote writes claimed claims insisted insists argued "
    "argues warned warns saying adding writing claiming insisting arguing warning admitted "
    "admits acknowledged acknowledges conceded concedes predicted predicts complained "
    "complains announced announces reported confirmed confirms noted notes stressed "
    "stresses".split()
)



def trie_pattern(words: list[str]) -> str:
    """A regex alternation of ``words`` as a prefix tree ("sa(?:id|ys)" for said|says).

    ``re`` tries the branches of an alternation one by one at every position; a tree makes
    that one character test per level, which is what makes scanning for ~150 verbs cheap.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if ends else body

    return build(trie)


_CUE_WORDS = [*SPEECH_VERBS, *_HEADLINE_VERBS, "according to", "According to", "made clear",
              "made it clear", "pointed out"]
#: What a cue candidate is. :func:`cue_candidates` finds exactly these matches, faster.
_CUE_RE = re.compile(r"\b(?:" + trie_pattern(_CUE_WORDS) + r")\b")


def _automaton(words: list[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


# A regex starting with "\b" is tried at every offset of the text, which made these two
# scans a sixth of the quote stage; an Aho-Corasick automaton finds every occurrence of
# the words in one pass in C, and only the few occurrences get Python's attention.
_CUE_AUTOMATON = _automaton(_CUE_WORDS)


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what \w matches in a str pattern

# A wire dateline before the first sentence: "NEW DELHI, Jan 9 (Reuters) - ", "(AP) — ",
# "BURLINGTON, Vt. — ", or a bare leading dash.
DATELINE = re.compile(
    r"(?:[A-Z][A-Za-z.'’ -]{0,40}(?:,[ \w.'’-]{1,30})?\s*)?(?:\([A-Za-z .]{1,20}\)\s*)?"
    r"[—–-]{1,2}\s+|[A-Z][A-Z .'’-]{2,30}(?:,[ \w.'’-]{1,30})?\s+[—–]\s+")
PRONOUNS = frozenset("he she they it we i".split())
_PERSON_PRONOUNS = frozenset(("he", "she"))

# Words that are a title or role, not part of a name ("Foreign Minister", "spokesman").
TITLE_WORDS = frozenset(
    """president presidents vice prime minister ministers foreign defense defence deputy first
    secretary general chief spokesman spokeswoman spokesperson spokespeople spokesmen press
    adviser advisor aide national security senator sen rep representative congressman
    congresswoman gov governor mayor chancellor king queen prince princess pope dr mr mrs ms
    miss prof professor judge justice ambassador envoy special director chairman chairwoman
    chair ceo cfo coo founder commander colonel col gen lt lieutenant sgt sergeant capt
    captain maj officer inspector detective attorney lawyer head leader speaker sheriff coach
    bishop father rabbi imam sheikh emir premier negotiator official counsel economist
    analyst presidential acting former interim assistant executive senior top lady lord sir
    dame undersecretary commissioner staff member mp mep lawmaker delegate boss manager
    admiral marshal supreme patriarch cardinal reverend rev hon ayatollah crown spokes
    secretary-general president-elect chief-of-staff deputy-head economy finance interior
    justice health trade energy agriculture transport culture education labour labor
    environment economic development affairs state military political policy legislator
    superintendent councilman councilwoman councillor councilor alderman alderwoman
    assemblyman assemblywoman assemblymember trustee treasurer comptroller dean provost
    principal coordinator president-elect gov. sen. rep. dr. prof. gen. col. lt. capt. sgt.
    supt""".split()
)
# Role words seen before names that are not in the list: "Legislator Jordan Price".
_ROLE_SUFFIXES = ("ator", "ent", "ist", "woman", "person")
# The last word of an organisation's name: "the Foreign Ministry", "the White House".
ORG_HEADS = frozenset(
    """kremlin ministry office department agency council commission committee government
    police army court courts embassy house party union service services bank fund
    organization organisation company corporation group institute university administration
    cabinet parliament duma senate congress assembly command forces military navy pentagon
    secretariat nato un eu reuters afp ap tass ria interfax federation delegation
    headquarters board authority authorities media times post news television tv channel
    commission bureau guard guards directorate inc ltd corp""".split()
)
# Head nouns of descriptions that can be a speech source: "the official", "other officials".
SPEAKER_NOUNS = frozenset(
    """official officials spokesman spokeswoman spokesperson spokespeople spokesmen leader
    leaders president minister ministry government police source sources analyst analysts
    expert experts authorities statement report media agency office embassy prosecutor
    prosecutors army military company residents resident witness witnesses diplomat
    diplomats lawmaker lawmakers senator envoy negotiator negotiators adviser advisers
    advisor aide aides chief head secretary ambassador commander representative
    representatives delegation side kremlin administration governor mayor chancellor
    premier observers critics officer officers investigators doctors activists campaigners
    group organizers organisers organization organisation council court judge lawyer
    lawyers attorney family owner manager director chairman ceo founder economist
    economists scientist scientists researchers man woman spokespersons ministers
    opposition rebels militants insurgents troops soldiers commanders monitors
    officials' newspaper channel broadcaster outlet daily tabloid union unions association
    team study studies records papers documents filings person people prosecutors traders
    owners businesses hospitals departments department agencies companies firms banks
    daughter son wife husband mother father sister brother friend friends neighbor neighbour
    neighbors neighbours colleague colleagues widow relatives parents farmers workers
    employees staff executives executive investors teachers nurses students members""".split()
)
_DETERMINERS = frozenset(
    "the a an other another some several many two three four five both its his her their "
    "this that these those one".split()
)
# Words that may sit between a subject and its verb: "Peskov also said", "has repeatedly claimed".
_SKIP_BEFORE_VERB = frozenset(
    """also has have had later repeatedly previously again earlier further then once
    publicly recently reportedly would will was were is are separately subsequently initially
    quickly firmly already often has_ just only even still later openly privately
    explicitly clearly specifically last reportedly simply flatly categorically personally
    himself herself themselves itself""".split()
)
_PREPOSITIONS = frozenset("for of in to at from with on by".split())
_NEGATIONS = frozenset(("not", "never", "n't", "neither", "nor"))
_NAME_PARTICLES = frozenset(
    "von van der den de da di du dos das del della la le bin ibn al el abu ben y".split()
)

# A word (with inner apostrophes, hyphens and dotted parts: "Russia's", "Rostov-on-Don",
# "U.S") or one punctuation mark.
_TOKEN = re.compile(r"[^\W_][\w'’\-]*(?:\.[^\W_][\w'’\-]*)*|[,;:()\"“”‘’«»—–.!?]")
# The same tokens, each with the text since the previous one: no letter, digit or listed
# mark (only those start a token), so a token's offset is the sum of the lengths before it.
# What no token starts with (and "_", written apart: one character class loops fastest).
GAP = r"[^\w,;:()\"“”‘’«»—–.!?]"
_GAP_TOKEN = re.compile(r"(" + GAP + r"*(?:_" + GAP + r"*)*)(" + _TOKEN.pattern + ")")
_WINDOW = 64  # characters looked at on either side of a verb
_LOOK_BACK = 400  # how far back a sentence's subject or a pronoun's person is looked for


@dataclass(slots=True)
class Mention:
    """A candidate SPEAKER mention: offsets into the document text."""

    start: int
    end: int
    text: str
    kind: str  # name | org | description | pronoun
    rule: str  # rule name in RULES
    titles: str = ""  # the title words before a name ("Russian Foreign Minister")
    resolved: str | None = None
    phrase_start: int = -1  # where the whole phrase starts, titles included

    @property
    def score(self) -> float:
        return _MENTION_SCORES[self.kind]


_MENTION_SCORES = {"name": 0.9, "org": 0.85, "description": 0.75, "pronoun": 0.8}


@dataclass(slots=True)
class Cue:
    """A speech verb and the mentions that are its source."""

    verb_start: int
    verb_end: int
    verb: str
    speakers: list[Mention] = field(default_factory=list)
    #: 'pre' = subject before the verb; 'post' = '..., said X'; 'according' = according to X;
    #: 'borrowed' = participle or "but said" taking the sentence's subject.
    position: str = "pre"
    #: where the text reported by this cue cannot extend past (the subject's start or the
    #: comma before a participle): an earlier clause ends here.
    boundary: int = 0
    #: the cue is in a relative clause: "talks, which he said should focus on Donbas"
    relative: bool = False

    @property
    def rule(self) -> str:
        return self.speakers[0].rule if self.speakers else "said_pattern"


# --- tokens ----------------------------------------------------------------------------------


def tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, token) in ``text[lo:hi]``: words and punctuation marks.

    ``findall`` of (gap, token) pairs and a running offset: cheaper than match objects or a
    ``str.find`` per token, and exact (see :data:`_GAP_TOKEN`).
    """
    out = []
    pos = lo
    for gap, tok in _GAP_TOKEN.findall(text, lo, hi):
        s = pos + len(gap)
        pos = s + len(tok)
        out.append((s, pos, tok))
    return out


_tokens = tokens


def _is_cap(tok: str) -> bool:
    return tok[0].isupper()


def _is_possessive(tok: str) -> bool:
    return tok.endswith(("'s", "’s", "s'", "s’")) and len(tok) > 2


_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split()
)
# "Biden on Tuesday vowed", "Peskov late Wednesday said": time words between subject and verb
_TIME_BEFORE_VERB = _CALENDAR | frozenset(
    "on late early earlier last this week month year today yesterday tonight".split()
)


def is_name_token(tok: str) -> bool:
    """A capitalised word that can be part of a person's or organisation's name."""
    known = _NAME_TOKENS.get(tok)
    if known is None:
        low = tok.lower()
        known = (
            _is_cap(tok)
            and low not in _CALENDAR
            and low not in PRONOUNS
            and low not in _DETERMINERS
            and not _is_possessive(tok)
        )
        if len(_NAME_TOKENS) >= _CACHE_SIZE:
            _NAME_TOKENS.clear()  # bounded: a stream of new words must not grow memory
        _NAME_TOKENS[tok] = known
    return known


# Speaker rules ask about the same few hundred words again and again (names, titles).
_CACHE_SIZE = 50_000
_NAME_TOKENS: dict[str, bool] = {}


# --- noun phrases ----------------------------------------------------------------------------


def _split_title(run: list[tuple[int, int, str]]) -> tuple[list, list]:
    """Split a capitalised run into (titles, name): the name is what follows the last title."""
    run = [t for t in run if t[2] != "."]  # "Sen. Maria Delgado"
    k = len(run)
    while k > 0 and run[k - 1][2].lower().rstrip(".") not in TITLE_WORDS:
        k -= 1
    if k == 0 and len(run) >= 3 and run[0][2].lower().endswith(_ROLE_SUFFIXES):
        k = 1  # "Superintendent Maya Chen": a role word the list does not know
    titles, name = run[:k], run[k:]
    # At most three name words (particles aside): "for Ukraine Keith Kellogg" is not a name.
    caps = [n for n, t in enumerate(name) if t[2].lower() not in _NAME_PARTICLES]
    if len(caps) > 3:
        cut = len(run) - len(name) + caps[-3]
        titles, name = run[:cut], run[cut:]
    return titles, name


def _mention(text: str, toks: list[tuple[int, int, str]], kind: str, rule: str,
             titles: str = "") -> Mention:
    a, b = toks[0][0], toks[-1][1]
    return Mention(a, b, text[a:b], kind, rule, titles)


def _run_back(toks: list[tuple[int, int, str]], i: int) -> int:
    """Index where the capitalised run ending at ``i`` starts (particles allowed inside)."""
    j = i
    while j - 1 >= 0:
        t = toks[j - 1][2]
        if is_name_token(t):
            j -= 1
        elif t.lower() in _NAME_PARTICLES:
            # "Ursula von der Leyen": particles between capitalised words
            k = j - 1
            while k - 1 >= 0 and toks[k - 1][2].lower() in _NAME_PARTICLES and j - k < 3:
                k -= 1
            if k - 1 >= 0 and is_name_token(toks[k - 1][2]):
                j = k
            else:
                break
        else:
            break
        if i - j >= 6:
            break
    return j


def np_before(text: str, toks: list[tuple[int, int, str]], i: int, rule: str,
              allow_appositive: bool = True) -> tuple[Mention | None, int]:
    """The noun phrase ending at token ``i`` as a speaker mention, and its first token index.

    Returns (None, i) when the words there are not a plausible source.
    """
    if i < 0:
        return None, i
    tok = toks[i][2]
    low = tok.lower()
    if low in PRONOUNS:
        if low in ("we", "i", "it") and i > 0 and toks[i - 1][2] in ",;":
            return None, i
        return _mention(text, [toks[i]], "pronoun", rule), i
    if tok == "," and allow_appositive:
        return _appositive(text, toks, i)
    if is_name_token(tok):
        j = _run_back(toks, i)
        run = toks[j: i + 1]
        words = [t[2] for t in run]
        last = words[-1].lower()
        # "Officials said": a capitalised common noun at the start of a sentence
        if len(run) == 1 and last in SPEAKER_NOUNS and last not in ORG_HEADS:
            return _description(text, toks, i, rule)
        if len(run) <= 2 or last in ORG_HEADS or _is_place(text[run[0][0]:run[-1][1]]):
            # "Sen. Tom Hadley of Kansas", "an analyst at UBS", "Officials in Chicago":
            # the place or organisation after a preposition is not the speaker
            found = _before_preposition(text, toks, j, i, rule)
            if found is not None:
                return found
        has_the = j > 0 and toks[j - 1][2].lower() == "the"
        if last in ORG_HEADS or has_the:
            # an organisation, with its article: "the Kremlin", "The Foreign Ministry"
            k = j - 1 if has_the else j
            return _mention(text, toks[k: i + 1], "org", rule), k
        if words[0].endswith("ing") and j == 0:
            return None, i  # "Addressing reporters, ...": not a name
        titles, name = _split_title(run)
        if not name:
            # "Foreign Minister said": a title without a name is a description
            return _description(text, toks, i, rule)
        if len(name) == 3 and j > 0 and toks[j - 1][2] in _PREPOSITIONS and not titles:
            # "envoy for Ukraine Keith Kellogg": the first word belongs to the preposition
            titles, name = name[:1], name[1:]
        # the whole phrase, titles included: "Kremlin spokesman Dmitry Peskov"
        k = j
        while k - 1 >= 0 and j - k < 5 and (
            toks[k - 1][2].lower() in TITLE_WORDS or is_name_token(toks[k - 1][2])
            or (toks[k - 1][2] == "." and k - 2 >= 0 and toks[k - 2][2].lower() in TITLE_WORDS)
        ):
            k -= 1  # "Kremlin spokesman Dmitry Peskov", "Ms. Smith"
        title_text = " ".join(t[2] for t in toks[k:j]) + " " + " ".join(t[2] for t in titles)
        mention = _mention(text, name, "name", rule, title_text.strip())
        if _is_place(mention.text):
            mention.kind = "org"  # "Russia said", "Moscow says": a government, not a person
        mention.phrase_start = toks[k][0]
        return mention, k
    if low in SPEAKER_NOUNS:
        return _description(text, toks, i, rule)
    return None, i


_PP = frozenset("of in at from for near with".split())


def _before_preposition(text: str, toks: list[tuple[int, int, str]], j: int, i: int,
                        rule: str) -> tuple[Mention | None, int] | None:
    """The speaker before 'of/in/at/for X' when X (``toks[j:i+1]``) ends the subject."""
    p = j - 1
    # "in Kansas and Nebraska": a coordination of names inside the phrase
    while p >= 1 and toks[p][2] == "and" and is_name_token(toks[p - 1][2]):
        p = _run_back(toks, p - 1) - 1
    if p >= 1 and toks[p][2].lower() in ("the", "a", "an"):
        p -= 1
    if p < 1 or toks[p][2] not in _PP:
        return None
    m, k = np_before(text, toks, p - 1, rule, allow_appositive=False)
    if m is None:
        m, k = bounded_np(text, toks, p - 1, rule)
    if m is None:
        return None
    if m.kind == "name":
        return m, k  # "Tom Hadley of Kansas": the person
    if m.kind == "pronoun":
        return None
    start = m.start
    return Mention(start, toks[i][1], text[start:toks[i][1]], m.kind, rule,
                   phrase_start=start), k


# Words that cannot be inside a subject noun phrase: verbs, relatives, conjunctions.
_NOT_IN_NP = frozenset(
    """that which who whom whose is was were are be been has have had will would could should
    can may might must do does did not never also said says told when while as if because to
    than then there here it he she they we i you him them us me""".split()
)
_LEFT_EDGE = frozenset(",;:(\"“”‘’«»—–.!?")


def bounded_np(text: str, toks: list[tuple[int, int, str]], i: int, rule: str
               ) -> tuple[Mention | None, int]:
    """A short subject noun phrase ending at ``toks[i]`` that fills its clause.

    "The union", "her daughter", "federal prosecutors", "Lawyers for the state", "the
    company's chief financial officer": the phrase must start right after punctuation
    (or "and"/"but", or at the start of the window) with a determiner, a possessive, a
    capital or a plural head, and hold no verb: otherwise it is not sure to be a subject.
    """
    if i < 0:
        return None, i
    head = toks[i][2]
    hl = head.lower()
    if not head[0].isalpha() or hl in _NOT_IN_NP or hl in _DETERMINERS or hl in _PP or (
        hl.endswith("ly") or hl in _SKIP_BEFORE_VERB or _is_possessive(head)
    ):
        return None, i
    j = i
    while j - 1 >= 0 and i - j < 7:
        t = toks[j - 1][2]
        if t in _LEFT_EDGE or t.lower() in ("and", "but") or t.lower() in _NOT_IN_NP:
            break
        j -= 1
    if i - j >= 7:
        return None, i
    left = toks[j - 1][2] if j > 0 else ","
    if left not in _LEFT_EDGE and left.lower() not in ("and", "but"):
        return None, i
    first = toks[j][2]
    fl = first.lower()
    # the head noun is the last word before a prepositional phrase: "businesses near the river"
    h = next((n for n in range(j + 1, i + 1) if toks[n][2] in _PP), i + 1) - 1
    nominal = toks[h][2].lower()
    plural_head = nominal.endswith("s") and not nominal.endswith("ss")
    if not (fl in _DETERMINERS or _is_cap(first) or _is_possessive(first)
            or ((nominal in SPEAKER_NOUNS or plural_head) and h - j < 3)):
        return None, i
    if fl.endswith("ing") or (_is_cap(first) and j == i and not plural_head
                              and nominal not in SPEAKER_NOUNS):
        return None, i  # "Speaking ...", a lone capitalised word: not sure
    if any(t[2] in _LEFT_EDGE for t in toks[j:i + 1]):
        return None, i
    return _mention(text, toks[j:i + 1], "description", rule), j


def _is_place(name: str) -> bool:
    known = _PLACES.get(name)
    if known is None:
        from curate.heuristics.gazetteer import lookup

        known = lookup(name) is not None
        if len(_PLACES) >= _CACHE_SIZE:
            _PLACES.clear()
        _PLACES[name] = known
    return known


# The gazetteer's answer for a name (the same names recur in every article about them).
_PLACES: dict[str, bool] = {}


# Modifiers that can open a description without an article: "senior officials said".
_BARE_MODIFIERS = frozenset(
    """media news press state official senior local top former foreign western military
    government security police unnamed anonymous european russian""".split()
)


def _description(text: str, toks: list[tuple[int, int, str]], i: int, rule: str
                 ) -> tuple[Mention | None, int]:
    """'The Russian leader', 'other Russian officials', 'the official', 'local media'."""
    j = i
    while j - 1 >= 0 and i - j < 4:
        t = toks[j - 1][2]
        if t.endswith("ing") and t[0].isupper():
            break  # "Addressing media reports": a participle opening the sentence
        if _is_possessive(t) and _is_cap(t):
            j -= 1  # "Trump's spokeswoman": the possessive is the determiner
            break
        if _is_possessive(t) and j - 2 >= 0 and toks[j - 2][2].lower() in ("the", "a", "an"):
            j -= 2  # "the bank's economists"
            break
        if t in ",;:()\"“”‘’«»—–.!?" or t.lower() in PRONOUNS or _is_possessive(t):
            break
        if t.lower() in _DETERMINERS:
            j -= 1
            break
        if t.lower() in _SKIP_BEFORE_VERB or t.lower() in ("and", "or", "but", "that", "which"):
            break
        j -= 1
    # a bare plural or a determiner-led phrase only; "work on ... officials" is not a subject
    first = toks[j][2].lower()
    if j < i and not _is_possessive(toks[j][2]) and first not in _DETERMINERS and not (
        _is_cap(toks[j][2]) or first in _BARE_MODIFIERS
    ):
        return None, i
    return _mention(text, toks[j: i + 1], "description", rule), j


def _appositive(text: str, toks: list[tuple[int, int, str]], i: int
                ) -> tuple[Mention | None, int]:
    """Subject with a comma phrase before the verb; ``toks[i]`` is the closing comma."""
    j = i - 1
    while j >= 0 and i - j <= 16 and toks[j][2] not in ",;:\"“”«»—–.!?()":
        j -= 1
    if j < 0 or toks[j][2] != "," or j == i - 1:
        return None, i
    inner = toks[j + 1: i]
    if all(is_name_token(t[2]) or t[2].lower() in _NAME_PARTICLES for t in inner) and len(
        inner
    ) <= 4 and is_name_token(inner[0][2]):
        _titles, name = _split_title(inner)
        if name:
            # "The chief of staff of Z, Andriy Yermak, said"
            return _mention(text, name, "name", "appositive"), j + 1
    m, k = np_before(text, toks, j - 1, "appositive", allow_appositive=False)
    return m, k


def np_after(text: str, toks: list[tuple[int, int, str]], i: int, rule: str
             ) -> Mention | None:
    """The speaker after an inverted verb: 'said Peskov', 'said Ukraine's First Deputy
    Foreign Minister, Sergiy Kyslytsya', 'said the official', 'said Dr. Walter Grimes',
    'said manager Eddie Hale', 'said the prime minister, Rachel Holloway'."""
    n = len(toks)
    if i >= n:
        return None
    tok = toks[i][2]
    low = tok.lower()
    if low in ("he", "she", "they"):
        return _mention(text, [toks[i]], "pronoun", rule)
    # a lower-case role before a name is a title: "said manager Eddie Hale"
    role_then_name = (not _is_cap(tok) and low in TITLE_WORDS and i + 1 < n
                      and is_name_token(toks[i + 1][2]))
    if not role_then_name and (low in _DETERMINERS or (low in SPEAKER_NOUNS and not _is_cap(tok))):
        j = i
        while j < n and j - i < 6 and toks[j][2] not in ",;:.!?\"“”" and toks[j][2].lower() not in (
            "in", "on", "at", "during", "after", "before", "who", "which", "that", "to", "and"
        ):
            j += 1
        if j > i and toks[j - 1][2].lower() in SPEAKER_NOUNS | ORG_HEADS:
            # "said the prime minister, Rachel Holloway,": the name in apposition speaks
            named = _apposed_name(text, toks, j, rule)
            if named is not None:
                return named
            kind = "org" if toks[j - 1][2].lower() in ORG_HEADS and _is_cap(toks[j - 1][2]) else (
                "description")
            return _mention(text, toks[i:j], kind, rule)
        return None
    j = i
    while j < n and _is_possessive(toks[j][2]) and _is_cap(toks[j][2]):
        j += 1  # "Ukraine's First Deputy ..."
    k = j
    while k < n and k - j < 8 and (
        is_name_token(toks[k][2])
        or (toks[k][2].lower() in _NAME_PARTICLES and k + 1 < n and is_name_token(toks[k + 1][2]))
        or (toks[k][2].lower() in TITLE_WORDS and not _is_cap(toks[k][2]))
        or (toks[k][2] == "." and k > j and toks[k - 1][2].lower() in TITLE_WORDS)
    ):
        k += 1
    run = toks[j:k]
    if not run:
        return None
    titles, name = _split_title(run)
    if not name and k + 2 < n + 1 and k < n and toks[k][2] == ",":
        # "... Foreign Minister, Sergiy Kyslytsya"
        m = k + 1
        while m < n and m - k < 5 and is_name_token(toks[m][2]):
            m += 1
        _t, name = _split_title(toks[k + 1: m])
    if not name:
        if run and run[-1][2].lower() in SPEAKER_NOUNS:
            return _mention(text, run, "description", rule)
        return None
    kind = "org" if name[-1][2].lower() in ORG_HEADS else "name"
    return _mention(text, name, kind, rule, " ".join(t[2] for t in titles))


def _apposed_name(text: str, toks: list[tuple[int, int, str]], j: int, rule: str
                  ) -> Mention | None:
    """', Rachel Holloway,' (or ', Sir Peter Dunmore.') right after a description."""
    n = len(toks)
    if j >= n or toks[j][2] != ",":
        return None
    m = j + 1
    while m < n and m - j < 6 and (is_name_token(toks[m][2]) or toks[m][2] == "."):
        m += 1
    if m == j + 1 or (m < n and toks[m][2] not in ",.;:!?)—–"):
        return None
    _titles, name = _split_title(toks[j + 1: m])
    if not name or len(name) < 2 or name[-1][2].lower() in ORG_HEADS:
        return None
    mention = _mention(text, name, "name", rule)
    return None if _is_place(mention.text) else mention


# The end of a source after "according to": "a person familiar with the matter",
# "a study published Wednesday", "city records reviewed by the Tribune".
_SOURCE_STOP = frozenset(
    """which that who whose whom in on at by last this next earlier when while as
    released published issued obtained seen filed reviewed cited quoted""".split()
) | _CALENDAR | frozenset(("today", "yesterday", "tonight"))


def source_after(text: str, toks: list[tuple[int, int, str]], i: int, rule: str
                 ) -> Mention | None:
    """A source noun phrase read forwards, up to a participle, relative or punctuation."""
    n = len(toks)
    j = i
    while j < n and j - i < 8:
        t = toks[j][2]
        low = t.lower()
        if t in _PUNCT or low in _SOURCE_STOP or (low.endswith("ed") and len(low) > 4
                                                    and j > i):
            break
        j += 1
    if j == i or j - i > 7 or (j < n and toks[j][2] not in _PUNCT and j - i == 8):
        return None
    head = toks[j - 1][2].lower()
    if head in _DETERMINERS or head in _PREPOSITIONS or head in ("and", "or", "with", "near"):
        return None
    kind = "org" if _is_cap(toks[j - 1][2]) and head in ORG_HEADS else "description"
    return _mention(text, toks[i:j], kind, rule)


_PUNCT = frozenset(",;:()\"“”‘’«»—–.!?")


# --- cues ------------------------------------------------------------------------------------


def cue_candidates(text: str, lo: int = 0, hi: int | None = None
                   ) -> list[tuple[int, int, str]]:
    """Every speech-verb candidate of ``text[lo:hi]`` as (start, end, verb), in text order
    (feed to find_cues): the matches of :data:`_CUE_RE`, from one automaton pass.

    A cue word is a whole word (or words) with a word boundary on either side; where
    several start at one offset ("add", "adds") the longest is the one. No cue word has
    another one starting inside it, so these are also ``finditer``'s non-overlapping matches.
    """
    if hi is None:
        hi = len(text)
    longest: dict[int, int] = {}
    for last, n in _CUE_AUTOMATON.iter(text, lo, hi):
        e = last + 1
        s = e - n
        if (s == 0 or not _word_char(text[s - 1])) and (e >= hi or not _word_char(text[e])) and (
            longest.get(s, 0) < n
        ):
            longest[s] = n
    return [(s, s + n, text[s:s + n]) for s, n in sorted(longest.items())]


def _title_starts(text: str, lo: int, hi: int) -> list[int]:
    """Offsets in ``text[lo:hi]`` where a title word starts a word, in order."""
    found = {e + 1 - n for e, n in _TITLE_AUTOMATON.iter(text, lo, hi)}
    return sorted(s for s in found if s == 0 or not _word_char(text[s - 1]))


def _titled_names(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """``_TITLED_NAME.finditer(text, lo, hi)``, tried only where a title word starts."""
    done = lo
    for s in _title_starts(text, lo, hi):
        if s < done:
            continue
        m = _TITLED_NAME_AT.match(text, s, hi)
        if m is not None:
            yield m
            done = m.end()


def find_cues(text: str, lo: int, hi: int, sentence_starts: list[int],
              skip: list[tuple[int, int]] | None = None,
              candidates: Sequence[tuple[int, int, str]] | None = None) -> list[Cue]:
    """Speech cues in ``text[lo:hi]`` (one content block), with their speakers.

    ``sentence_starts`` are the block's sentence start offsets, in order, the first one
    equal to ``lo``; ``skip`` are regions (quoted text) where a verb is someone's words
    rather than a cue. ``candidates`` are the block's matches from :func:`cue_candidates`
    (scanned once per document), or None to scan the block here.
    """
    cues: list[Cue] = []
    skip = skip or []
    si = 0
    for vs, ve, verb in cue_candidates(text, lo, hi) if candidates is None else candidates:
        while si < len(skip) and skip[si][1] <= vs:
            si += 1
        if si < len(skip) and skip[si][0] <= vs < skip[si][1]:
            continue  # inside a quotation
        s_lo = sentence_starts[max(bisect.bisect_right(sentence_starts, vs) - 1, 0)]
        cue = _read_cue(text, max(s_lo, lo), hi, vs, ve, verb, cues)
        if cue is not None:
            cues.append(cue)
    return cues


def _word_start(text: str, lo: int, hi: int) -> int:
    """``lo`` moved to the start of the next word: a window never begins inside one."""
    space = text.find(" ", lo, hi)
    return space + 1 if space >= 0 else lo


_PARTICIPLE_LEAD = re.compile(
    r"(?:,|—|–|\band|\bbut|\breports?|\bstatements?|\bsources|\bofficials|\bmedia)\s*$")
_NAMED_QUOTE = re.compile(r"\s+(?:(?:as|it|them|him|her|this|that)\s+)?[\"“‘'«]")
_SOURCE_NOUNS = frozenset("report reports statement statements sources officials media".split())


def _read_cue(text: str, s_lo: int, hi: int, vs: int, ve: int, verb: str,
              previous: list[Cue]) -> Cue | None:
    if verb in PARTICIPLES and not _PARTICIPLE_LEAD.search(text, max(s_lo, vs - 12), vs):
        return None  # "writing on X", "without saying": cheap to rule out before tokenising
    if verb in NAMING_VERBS and not _NAMED_QUOTE.match(text, ve, min(hi, ve + 12)):
        return None  # "he called Umerov": only "calls it 'X'" / "describes as 'X'" count
    lo = _word_start(text, max(s_lo, vs - _WINDOW), vs) if vs - _WINDOW > s_lo else s_lo
    before = _tokens(text, lo, vs)
    if verb.lower() == "according to":
        after = _tokens(text, ve, min(hi, ve + _WINDOW))
        sp = np_after(text, after, 0, "according_to") or source_after(
            text, after, 0, "according_to")
        if sp is None:
            return None
        return Cue(vs, ve, verb, [sp], "according", boundary=_comma_before(text, s_lo, vs))
    verb_kind = "that" if verb.startswith(("made", "pointed")) else verb.lower()
    # 1. subject before the verb
    i = len(before) - 1
    while i >= 0 and before[i][2].lower() in _SKIP_BEFORE_VERB:
        i -= 1
    if i >= 1 and before[i][2].lower() in _TIME_NOUNS:
        # "President Joe Biden on Tuesday vowed": step over the time phrase
        j = i
        while j >= 0 and before[j][2].lower() in _TIME_BEFORE_VERB and i - j < 4:
            j -= 1
        if j >= 0 and before[j][2] not in ",;:":
            i = j
            while i >= 0 and before[i][2].lower() in _SKIP_BEFORE_VERB:
                i -= 1
    if i >= 0 and before[i][2].lower() in _NEGATIONS:
        return None  # "he did not say", "never said"
    if i >= 0 and before[i][2].lower() in ("did", "does", "do", "to", "will", "would", "could",
                                          "should", "can", "may", "might", "must"):
        return None  # "declined to say", "would say": not a report of speech
    if i >= 1 and before[i][2] == "." and before[i - 1][2].lower() in _ABBREVIATED_SUFFIXES:
        # "Georgia-Pacific Corp. said": the full stop belongs to the name
        sp, k = np_before(text, before, i - 1, "said_pattern")
        if sp is None or sp.kind == "pronoun":
            return None
        end = before[i][1]
        sp = Mention(sp.start, end, text[sp.start:end], sp.kind, sp.rule, sp.titles,
                     phrase_start=sp.phrase_start)
        return Cue(vs, ve, verb, [sp], "pre", boundary=_boundary(text, before, k))
    prev_tok = before[i][2] if i >= 0 else ""
    if verb_kind in PARTICIPLES and i >= 0 and prev_tok.lower() in _SOURCE_NOUNS:
        # "media reports claiming Moscow had ...": the noun before the participle speaks
        sp, k = _description(text, before, i, "participle")
        if sp is not None:
            return Cue(vs, ve, verb, [sp], "pre", boundary=_boundary(text, before, k))
    if verb_kind in PARTICIPLES or prev_tok.lower() in ("and", "but") or (
        prev_tok == "," and verb_kind in PARTICIPLES
    ):
        if verb_kind in PARTICIPLES and prev_tok not in (",", "—", "–", "and", "but") and i >= 0:
            return None  # "writing on X" mid-phrase, "without saying"
        boundary = before[i][0] if i >= 0 else vs
        sp = _borrowed_subject(text, s_lo, vs, previous)
        if sp is None:
            return None
        return Cue(vs, ve, verb, [sp], "borrowed", boundary=boundary)
    # 2. inverted: '..., said Peskov' / '" said the official'
    if prev_tok in (",", "\"", "”", "’", "'", "—", "–") and verb_kind in (
        "said", "says", "added", "wrote", "noted", "explained", "asked", "continued",
        "stated", "declared", "warned", "insisted", "replied", "recalled", "argued",
    ):
        after = _tokens(text, ve, min(hi, ve + _WINDOW))
        sp = np_after(text, after, 0, "said_inverted")
        if sp is not None and _ends_clause(after, text, sp):
            return Cue(vs, ve, verb, [sp], "post", boundary=before[i][0])
    if i < 0 or prev_tok in ",;:":
        if prev_tok == "," and i >= 0:
            sp, k = np_before(text, before, i, "appositive")
            if (sp is None or k <= 1) and lo > s_lo:
                # a long apposition: "Jake Sullivan, the White House national security
                # adviser to President Joe Biden, said" needs a wider look back
                wide = vs - 3 * _WINDOW
                before = _tokens(text, _word_start(text, wide, vs) if wide > s_lo else s_lo, vs)
                i = len(before) - 1
                sp, k = np_before(text, before, i, "appositive")
            if sp is not None:
                return Cue(vs, ve, verb, [sp], "pre", boundary=_boundary(text, before, k))
        return None
    if prev_tok.lower() in ("who",):
        # "Rustem Umerov, who replied that ...": the antecedent speaks
        if i >= 1 and before[i - 1][2] == ",":
            sp, k = np_before(text, before, i - 2, "said_pattern", allow_appositive=False)
            if sp is not None and sp.kind in ("name", "description", "org"):
                return Cue(vs, ve, verb, [sp], "pre", boundary=before[i - 1][0])
        return None
    sp, k = np_before(text, before, i, "said_pattern")
    if sp is None:
        sp, k = bounded_np(text, before, i, "said_pattern")
        if sp is None:
            return None
    if k >= 1 and before[k - 1][2].lower() in _SAY_FINITE:
        return None  # "said the family had argued about ...": inside another cue's clause
    if k >= 1 and before[k - 1][2].lower() in ("what", "how", "whatever") and (
        verb.lower() not in NAMING_VERBS
    ):
        return None  # "what she said mattered": the words, not a report of them
    if sp.kind == "description" and k >= 2 and before[k - 1][2] == "of" and (
        before[k - 2][2].lower() in _PARTS
    ):
        # "one of the officials said"
        k -= 2
        sp = Mention(before[k][0], sp.end, text[before[k][0]:sp.end], "description", sp.rule)
    if sp.phrase_start < 0:
        sp.phrase_start = before[k][0] if 0 <= k < len(before) else sp.start
    speakers = [sp]
    # coordination: "Putin and other Russian officials have claimed"
    if k >= 2 and before[k - 1][2] == "and":
        sp2, k2 = np_before(text, before, k - 2, "said_pattern", allow_appositive=False)
        if sp2 is not None and sp2.kind != "pronoun":
            speakers.insert(0, sp2)
            k = k2
    relative = k >= 1 and before[k - 1][2].lower() in ("which", "that")
    return Cue(vs, ve, verb, speakers, "pre", boundary=_boundary(text, before, k),
               relative=relative)


_TIME_NOUNS = _CALENDAR | frozenset(("week", "month", "year", "today", "yesterday"))
_SAY_FINITE = frozenset("said says told tells added adds".split())
_ABBREVIATED_SUFFIXES = frozenset("corp inc co ltd plc jr sr bros cos".split())
_PARTS = frozenset("one two three some many most several none each all both".split())


def _boundary(text: str, toks: list[tuple[int, int, str]], k: int) -> int:
    """Start of the subject; a comma (or ", which") before it belongs to the reporting clause."""
    if k - 1 >= 0 and toks[k - 1][2].lower() in ("which", "who", "as"):
        k -= 1
    if k - 1 >= 0 and toks[k - 1][2] == ",":
        return toks[k - 1][0]
    # ", mortgage lender Halifax said": a lower-case description before the name
    m = k
    while m - 1 >= 0 and k - m < 3 and toks[m - 1][2].isalpha() and toks[m - 1][2].islower() and (
        toks[m - 1][2] not in _NOT_IN_NP and toks[m - 1][2] not in _PP
    ):
        m -= 1
    if m < k and m - 1 >= 0 and toks[m - 1][2] == ",":
        return toks[m - 1][0]
    return toks[k][0] if k < len(toks) else 0


def _comma_before(text: str, s_lo: int, vs: int) -> int:
    j = vs
    while j > s_lo and text[j - 1].isspace():
        j -= 1
    return j - 1 if j > s_lo and text[j - 1] == "," else vs


def _ends_clause(after: list[tuple[int, int, str]], text: str, sp: Mention) -> bool:
    """After '..., said X' only an apposition, adverbial or the sentence end may follow."""
    for _a, b, t in after:
        if b <= sp.end:
            continue
        return t in ",.;:!?—–)\"”’'" or t.lower() in (
            "in", "on", "at", "during", "after", "before", "late", "earlier", "last", "this",
            "who", "told", "according", "when", "while", "adding", "as", "speaking", "from",
            "of",
        )
    return True


def _borrowed_subject(text: str, s_lo: int, vs: int, previous: list[Cue]) -> Mention | None:
    """The subject of the sentence a participle or 'but said' belongs to."""
    for cue in reversed(previous):
        if cue.verb_start < vs - _LOOK_BACK:
            break
        if cue.verb_start >= s_lo and cue.speakers and cue.position in ("pre", "borrowed") and (
            (cue.verb not in NAMING_VERBS and cue.speakers[0].rule != "participle")
            or cue.position == "borrowed"
        ):
            sp = cue.speakers[-1]
            return Mention(sp.start, sp.end, sp.text, sp.kind, "participle", sp.titles)
        if cue.verb_start < s_lo:
            break
    lo = _word_start(text, vs - _LOOK_BACK, vs) if vs - _LOOK_BACK > s_lo else s_lo
    dateline = DATELINE.match(text, lo, vs) if lo == s_lo else None
    toks = _tokens(text, dateline.end() if dateline else lo, vs)
    # the first person-like mention of the sentence, not inside an opening phrase
    start = 0
    for n, t in enumerate(toks):
        if t[2] == "," and n < 40:
            # "Addressing media reports ..., Peskov dismissed them": skip a leading
            # participial phrase
            first = toks[0][2].lower()
            if first.endswith("ing") or first in ("asked", "speaking", "after", "in", "on",
                                                  "however", "separately", "meanwhile"):
                start = n + 1
            break
    n = start
    while n < len(toks):
        t = toks[n][2]
        low = t.lower()
        if low in ("he", "she", "they"):
            return _mention(text, [toks[n]], "pronoun", "participle")
        if is_name_token(t):
            j = n
            while j + 1 < len(toks) and (is_name_token(toks[j + 1][2])):
                j += 1
            m = j + 1
            while m < len(toks) and m - j <= 3 and toks[m][2].islower() and (
                toks[m][2] not in _NOT_IN_NP
            ):
                m += 1
            if m > j + 1 and m < len(toks) and is_name_token(toks[m][2]):
                n = m  # "German chemicals maker Lindauer AG": the name after its description
                continue
            m, _k = np_before(text, toks, j, "participle", allow_appositive=False)
            if m is not None and m.kind in ("name", "description", "org"):
                return m
            n = j + 1
            continue
        if low in _DETERMINERS:
            j = n
            while j + 1 < len(toks) and j - n < 4 and toks[j + 1][2] not in ",;:":
                j += 1
                if toks[j][2].lower() in SPEAKER_NOUNS:
                    m, _k = _description(text, toks, j, "participle")
                    if m is not None:
                        return m
                    break
        n += 1
        if n - start > 25:
            break
    return None


# --- resolution ------------------------------------------------------------------------------

# A person named after a title: "President Vladimir Putin", "spokesman Dmitry Peskov".
_TITLES_FOR_PEOPLE = """president minister spokesman spokeswoman spokesperson envoy negotiator
aide adviser advisor chancellor secretary governor mayor leader ambassador director chairman
premier senator general commander official speaker judge justice sheriff coach prosecutor
attorney lawyer economist analyst professor captain colonel lieutenant sergeant detective
officer inspector chairwoman founder pope bishop rabbi imam""".split()
_TITLE_WORDS_FOR_PEOPLE = [
    *_TITLES_FOR_PEOPLE, *(t.capitalize() for t in _TITLES_FOR_PEOPLE), "King", "Queen",
    "Prince", "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Sen.", "Rep.", "Gov.", "Gen.",
]
_TITLED_NAME_BODY = (
    r"(?:" + trie_pattern(_TITLE_WORDS_FOR_PEOPLE)
    + r")[ \t\u00a0]+([A-Z][\w’'-]+(?:[ \t\u00a0]+[A-Z][\w’'-]+){1,2})"
)
#: What a titled name is; :func:`_titled_names` finds these matches, faster.
_TITLED_NAME = re.compile(r"\b" + _TITLED_NAME_BODY)
_TITLED_NAME_AT = re.compile(_TITLED_NAME_BODY)  # at an offset known to start a word
_TITLE_AUTOMATON = _automaton(_TITLE_WORDS_FOR_PEOPLE)


#: The words :func:`scan_text` looks for: word -> (length, a cue word, a title word).
LEXICON: dict[str, tuple[int, bool, bool]] = {
    word: (len(word), word in _CUE_WORDS, word in _TITLE_WORDS_FOR_PEOPLE)
    for word in sorted({*_CUE_WORDS, *_TITLE_WORDS_FOR_PEOPLE})
}


def _lexicon_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word, value in LEXICON.items():
        automaton.add_word(word, value)
    automaton.make_automaton()
    return automaton


# Cue words and title words in one automaton: a document's text is read once for both
# (a pass costs about the same whatever the number of words: some 15 ns a character).
_LEXICON = _lexicon_automaton()

#: Title words of a text: (start, end) of the shortest title word starting at each offset
#: where one starts a word, in text order (what :class:`People` reads titled names from).
TitleWords = list[tuple[int, int]]
#: What an automaton's ``iter`` gives for :data:`LEXICON`: (offset of the last character, value).
LexiconHits = Iterable[tuple[int, tuple[int, bool, bool]]]


def scan_text(text: str, hits: LexiconHits | None = None
              ) -> tuple[list[tuple[int, int, str]], TitleWords]:
    """``(cue_candidates(text), title words)`` from one pass over ``text``.

    ``hits`` are the occurrences of the :data:`LEXICON` words in ``text`` when a caller
    found them in a pass of its own (with other words); by default the text is read here.
    """
    longest: dict[int, int] = {}
    shortest: dict[int, int] = {}
    size = len(text)
    for last, (n, cue, title) in _LEXICON.iter(text) if hits is None else hits:
        e = last + 1
        s = e - n
        if s and ((c := text[s - 1]).isalnum() or c == "_"):
            continue  # inside a word ("essays", "officials"): neither a cue nor a title
        if cue and (e >= size or not ((c := text[e]).isalnum() or c == "_")) and (
            longest.get(s, 0) < n
        ):
            longest[s] = n
        if title and shortest.get(s, size + 1) > e:
            shortest[s] = e
    cues = [(s, s + n, text[s:s + n]) for s, n in sorted(longest.items())]
    return cues, sorted(shortest.items())


# up to three capitalised words before a title: "Russian Foreign" Minister
_TITLE_PREFIX = re.compile(r"(?:[A-Z][\w’'.-]*[ \t\u00a0]+){0,3}$")
_LEADER_TITLES = ("president", "prime minister", "premier", "chancellor", "leader", "king")


@dataclass(slots=True)
class Person:
    offset: int
    name: str  # the full name when known
    titles: str


class People:
    """Who the article has named so far: titled names and named speakers, with surnames.

    Built once per document and extended in text order, so resolving every speaker of a
    document costs one scan of the text before the last of them.
    """

    def __init__(self, text: str, title_words: TitleWords | None = None) -> None:
        self.text = text
        self.scanned = 0
        # the title words of the whole text (from :func:`scan_text`), read up to ``next_title``
        self.title_words = title_words
        self.next_title = 0
        self.mentions: list[Person] = []  # titled names and named speakers, in order
        self.titles: dict[str, str] = {}  # full name -> its titles
        self.surnames: dict[str, str] = {}  # "Peskov" -> "Dmitry Peskov"

    def scan_to(self, p: int) -> None:
        if p <= self.scanned:
            return
        if self.title_words is None:
            found = _titled_names(self.text, self.scanned, p)
        else:
            found = self._titled_names_to(p)
        for m in found:
            if m.group(1).endswith(("'s", "’s")):
                continue  # "envoy Donald Trump's envoy": the titled person is someone else
            t = m.start()
            prefix = _TITLE_PREFIX.search(self.text, max(0, t - 60), t)
            titles = self.text[prefix.start() if prefix else t:m.start(1)].strip()
            self._add(Person(m.start(1), m.group(1), titles))
        self.scanned = max(self.scanned, p)

    def _titled_names_to(self, p: int) -> list[re.Match[str]]:
        """``_titled_names(text, scanned, p)`` from the title words found beforehand: a
        title word counts when it lies inside the window, as the automaton's would."""
        words = self.title_words or []
        k = self.next_title
        text = self.text
        out = []
        done = self.scanned
        while k < len(words) and words[k][0] < p:
            s, e = words[k]
            k += 1
            if e > p or s < done:
                continue
            m = _TITLED_NAME_AT.match(text, s, p)
            if m is not None:
                out.append(m)
                done = m.end()
        self.next_title = k
        return out

    def _add(self, person: Person) -> None:
        name = person.name
        if " " in name:
            self.surnames[name.rsplit(" ", 1)[1]] = name
            if person.titles:
                self.titles[name] = person.titles
        self.mentions.append(person)

    def add_speaker(self, m: Mention) -> None:
        name = m.resolved or m.text
        if " " not in name and name not in self.surnames:
            self.surnames[name] = name  # "Ushakov said": known by surname only
        self._add(Person(m.start, name, m.titles or self.titles.get(name, "")))

    def full(self, short: str) -> str | None:
        return self.surnames.get(short)

    def short_mentions(self, lo: int, hi: int) -> list[Person]:
        """Known persons mentioned by surname (also "Putin's") in ``text[lo:hi]``."""
        out = []
        for m in _CAP_WORD.finditer(self.text, lo, hi):
            word = m.group(1)
            full = self.surnames.get(word)
            if full is not None:
                out.append(Person(m.start(), full, self.titles.get(full, "")))
        return out


_CAP_WORD = re.compile(r"\b([A-Z][\w-]+)(?:['’]s)?\b")


def resolve_mention(sp: Mention, people: People, sentence_start: int,
                    last_speaker: Person | None) -> str | None:
    """The name a pronoun, description or short name refers to, or None when unsure.

    A pronoun ("he", "she") is the person named last in its own sentence ("Despite
    Putin's openness, he insisted"), else the last named speaker ("..." he said), else the
    last person named. A description ("the Russian leader") is the last person whose
    title fits. A short name gets its full form.
    """
    if sp.kind == "org" or (sp.kind == "name" and " " in sp.text):
        return None  # nothing to resolve: the article's people need not be read
    people.scan_to(sp.start)
    if sp.kind == "name":
        full = people.full(sp.text)
        return full if full != sp.text else None
    low = sp.text.lower()
    words = low.split()
    head = words[-1] if words else ""
    if sp.kind == "pronoun":
        if head not in _PERSON_PRONOUNS:
            return None
        if last_speaker is not None and last_speaker.offset >= sentence_start:
            return last_speaker.name  # "The Russian leader confirmed ..., which he said ..."
        # (bounded look-back: a 5 MB "sentence" must not make this quadratic)
        near = max(sentence_start, sp.start - _LOOK_BACK)
        same = people.short_mentions(near, sp.start)
        for p in reversed(people.mentions):
            if p.offset < near:
                break
            if p.offset < sp.start:
                same.append(p)
        if same:
            return max(same, key=lambda p: p.offset).name
        if last_speaker is not None and sp.start - last_speaker.offset < 1500:
            return last_speaker.name
        return people.mentions[-1].name if people.mentions else None
    if head.endswith("s") and head not in ("boss",):
        return None  # plural: "other Russian officials" is not one person
    adjectives = [w.lower() for w in sp.text.split()[1:-1] if w[:1].isupper()]

    def fits(person: Person) -> bool:
        titles = (person.titles or people.titles.get(person.name, "")).lower()
        if head in ("official", "aide", "adviser", "advisor"):
            ok = True
        elif head == "leader":
            ok = any(t in titles for t in _LEADER_TITLES)
        elif head.startswith("spokes"):
            ok = "spokes" in titles
        else:
            ok = head in titles
        # "The Russian leader" needs a Russian title; "the president" any president
        return ok and all(a in titles for a in adjectives)

    for person in reversed(people.mentions[-200:]):
        if person.offset < sp.start and fits(person):
            return person.name
    return None
