"""SPEAKER: who a quote is said by, found from the speech cue next to it.

A *cue* is a speech verb (``said``, ``told``, ``according to`` ...) together with the
mention that is its source. The rules here read that mention off the words around the verb:

- ``speakers.said_pattern@1``: the subject before the verb, "X said", "Putin and other
  Russian officials have repeatedly claimed", with titles stripped ("Kremlin spokesman
  Dmitry Peskov" -> "Dmitry Peskov") and descriptions and pronouns kept as they are
  ("The Russian leader", "he", "the Kremlin").
- ``speakers.appositive@1``: "X, a spokesman for Y, said" (the subject is X) and
  "The chief of staff of Z, Andriy Yermak, said" (the bare name between commas is it).
- ``speakers.said_inverted@1``: "..., said Peskov" and '..." said the official'.
- ``speakers.according_to@1``: "according to X".
- ``speakers.participle@1``: "..., adding:" / ", saying" / "but said": the cue has no
  subject of its own, so it borrows the subject of the sentence.

Resolution (``speakers.resolve@1``): a pronoun or description gets ``resolved`` = the
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
from dataclasses import dataclass, field

__all__ = [
    "NAMING_VERBS",
    "RULES",
    "SPEECH_VERBS",
    "VERSION",
    "Cue",
    "Mention",
    "People",
    "find_cues",
    "resolve_mention",
]

VERSION = "1"

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
    "reveals estimated estimates indicated indicates alleged alleges asked asks reported"
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
    "argues warned warns saying adding writing claiming insisting arguing warning".split()
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


# One scan finds every cue candidate.
_CUE_RE = re.compile(
    r"\b(?:"
    + trie_pattern([*SPEECH_VERBS, *_HEADLINE_VERBS, "according to", "According to",
                    "made clear", "made it clear", "pointed out"])
    + r")\b"
)

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
    environment economic development affairs state military political policy""".split()
)
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
    officials' newspaper channel broadcaster outlet daily tabloid""".split()
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
_TOKEN = re.compile(r"[^\W_](?:[\w'’\-]|\.(?=[^\W_]))*|[,;:()\"“”‘’«»—–.!?]")
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
        return {"name": 0.9, "org": 0.85, "description": 0.75, "pronoun": 0.8}[self.kind]


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


def _tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, lo, hi)]


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
    return (
        _is_cap(tok)
        and tok.lower() not in _CALENDAR
        and tok.lower() not in PRONOUNS
        and tok.lower() not in _DETERMINERS
        and not _is_possessive(tok)
    )


# --- noun phrases ----------------------------------------------------------------------------


def _split_title(run: list[tuple[int, int, str]]) -> tuple[list, list]:
    """Split a capitalised run into (titles, name): the name is what follows the last title."""
    k = len(run)
    while k > 0 and run[k - 1][2].lower().rstrip(".") not in TITLE_WORDS:
        k -= 1
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
        if j >= 2 and toks[j - 1][2] in ("for", "of", "at") and (
            toks[j - 2][2] in SPEAKER_NOUNS  # lower case: "Secretary of State" is a title
        ) and not (len(run) == 3 and not _split_title(run)[0]):
            # ("envoy for Ukraine Keith Kellogg" is Kellogg: a place then a two-word name)
            # "a spokesperson for Saudi Aramco", "an analyst at UBS": the person speaks
            m, k = _description(text, toks, j - 2, rule)
            if m is not None:
                m = _mention(text, toks[k: i + 1], "description", rule)
                return m, k
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


def _is_place(name: str) -> bool:
    from curate.heuristics.gazetteer import lookup

    return lookup(name) is not None


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
    Foreign Minister, Sergiy Kyslytsya', 'said the official'."""
    n = len(toks)
    if i >= n:
        return None
    tok = toks[i][2]
    low = tok.lower()
    if low in ("he", "she", "they"):
        return _mention(text, [toks[i]], "pronoun", rule)
    if low in _DETERMINERS or (low in SPEAKER_NOUNS and not _is_cap(tok)):
        j = i
        while j < n and j - i < 6 and toks[j][2] not in ",;:.!?\"“”" and toks[j][2].lower() not in (
            "in", "on", "at", "during", "after", "before", "who", "which", "that", "to", "and"
        ):
            j += 1
        if j > i and toks[j - 1][2].lower() in SPEAKER_NOUNS | ORG_HEADS:
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
        name = toks[k + 1: m]
    if not name:
        if run and run[-1][2].lower() in SPEAKER_NOUNS:
            return _mention(text, run, "description", rule)
        return None
    kind = "org" if name[-1][2].lower() in ORG_HEADS else "name"
    return _mention(text, name, kind, rule, " ".join(t[2] for t in titles))


# --- cues ------------------------------------------------------------------------------------


def find_cues(text: str, lo: int, hi: int, sentence_starts: list[int],
              skip: list[tuple[int, int]] | None = None) -> list[Cue]:
    """Speech cues in ``text[lo:hi]`` (one content block), with their speakers.

    ``sentence_starts`` are the block's sentence start offsets, in order, the first one
    equal to ``lo``; ``skip`` are regions (quoted text) where a verb is someone's words
    rather than a cue.
    """
    cues: list[Cue] = []
    skip = skip or []
    si = 0
    for m in _CUE_RE.finditer(text, lo, hi):
        vs, ve = m.start(), m.end()
        while si < len(skip) and skip[si][1] <= vs:
            si += 1
        if si < len(skip) and skip[si][0] <= vs < skip[si][1]:
            continue  # inside a quotation
        verb = m.group()
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
        sp = np_after(text, after, 0, "according_to")
        if sp is None:
            return None
        return Cue(vs, ve, verb, [sp], "according", boundary=_comma_before(text, s_lo, vs))
    verb_kind = "that" if verb.startswith(("made", "pointed")) else verb.lower()
    # 1. subject before the verb
    i = len(before) - 1
    while i >= 0 and before[i][2].lower() in _SKIP_BEFORE_VERB:
        i -= 1
    if i >= 1 and before[i][2].lower() in _CALENDAR | {"week", "month", "year", "today",
                                                       "yesterday"}:
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
        "said", "says", "added", "wrote", "told", "noted", "explained", "asked", "continued",
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
        return None
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


def _boundary(text: str, toks: list[tuple[int, int, str]], k: int) -> int:
    """Start of the subject; a comma (or ", which") before it belongs to the reporting clause."""
    if k - 1 >= 0 and toks[k - 1][2].lower() in ("which", "who", "as"):
        k -= 1
    if k - 1 >= 0 and toks[k - 1][2] == ",":
        return toks[k - 1][0]
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
    toks = _tokens(text, lo, vs)
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
_TITLED_NAME = re.compile(
    r"\b(?:"
    + trie_pattern([*_TITLES_FOR_PEOPLE, *(t.capitalize() for t in _TITLES_FOR_PEOPLE),
                    "King", "Queen", "Prince", "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms",
                    "Dr", "Sen.", "Rep.", "Gov.", "Gen."])
    + r")[ \t\u00a0]+([A-Z][\w’'-]+(?:[ \t\u00a0]+[A-Z][\w’'-]+){1,2})"
)
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

    def __init__(self, text: str) -> None:
        self.text = text
        self.scanned = 0
        self.mentions: list[Person] = []  # titled names and named speakers, in order
        self.titles: dict[str, str] = {}  # full name -> its titles
        self.surnames: dict[str, str] = {}  # "Peskov" -> "Dmitry Peskov"

    def scan_to(self, p: int) -> None:
        for m in _TITLED_NAME.finditer(self.text, self.scanned, p):
            if m.group(1).endswith(("'s", "’s")):
                continue  # "envoy Donald Trump's envoy": the titled person is someone else
            t = m.start()
            prefix = _TITLE_PREFIX.search(self.text, max(0, t - 60), t)
            titles = self.text[prefix.start() if prefix else t:m.start(1)].strip()
            self._add(Person(m.start(1), m.group(1), titles))
        self.scanned = max(self.scanned, p)

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
    people.scan_to(sp.start)
    if sp.kind == "org":
        return None
    if sp.kind == "name":
        if " " in sp.text:
            return None
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
