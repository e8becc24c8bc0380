"""Attribution: which quoted regions and clauses are QUOTEs, and who said each (said_by).

The pass over one document, block by block (content blocks only):

1. :func:`~curate.heuristics.quotes.quoted_regions` pairs the quotation marks.
2. :func:`~curate.heuristics.speakers.find_cues` finds speech verbs outside quotation
   marks and reads their speakers.
3. A quoted region becomes a direct QUOTE when a cue goes with it, tried in this order
   (each is a rule, the ``source`` of the relation):

   - ``attribution.adjacent@2``: the cue touches the quote: ``"X," he said`` /
     ``said Peskov`` after it, or ``he said: "X"`` / ``asserting: "X"`` before it. An
     interrupted quote ``"X," he said, "Y."`` gets the same speaker on both halves.
   - ``attribution.fragment@2``: the quote sits in a sentence of reported speech
     (``Peskov said it was "not constructive" to ...``): a fragment, same speaker.
   - ``attribution.continued@2``: another paragraph of the same multi-paragraph quote, a
     further quote in the same paragraph as an attributed one, or a paragraph that is a
     quote after a paragraph ending "X said:".

   A region with no cue is a scare quote, title or label and is dropped, unless it reads
   like speech (a sentence of four words or more): then it is kept with a low score and
   no speaker, because recall matters and a wrong speaker is worse than none.
4. :func:`~curate.heuristics.quotes.reported_clauses` reads the indirect speech of every
   cue that did not attribute a direct quote next to it.
5. Only mentions that are the source of some QUOTE become SPEAKER spans; pronouns and
   descriptions are resolved to the person they mean (``speakers.resolve@2``); "it" and
   "they" only to a group speaker named shortly before, else they stay unresolved.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Sequence
from operator import attrgetter

from curate.heuristics import quotes as q
from curate.heuristics import speakers as sp
from curate.records import Document, Relation, Span, new_relation, new_span

__all__ = ["RULES", "VERSION", "attribute"]

VERSION = "2"

#: rule name -> one-line description; every rule is at :data:`VERSION`.
RULES: dict[str, str] = {
    "adjacent": "the cue touches the quote: '\"X,\" he said' or 'he said: \"X\"'",
    "fragment": "a quote inside a sentence of reported speech gets that speaker",
    "continued": "same speaker as the attributed quote it continues (paragraph, colon)",
    "clause": "an indirect clause gets the speaker of its speech verb",
}


def source(rule: str) -> str:
    return f"attribution.{rule}@{VERSION}"


_TOUCH_AFTER = re.compile(r"[\s,—–-]*")
# What may follow a cue that only attributes: '" Peskov said on Thursday.'
_TAIL = re.compile(r"(?:\s+(?:on|late|early|in|at|during|earlier|later|this|last)?\s*[\w-]+){0,4}?"
                   r"\s*(?:[.,;!?]|$)")
_NEAR = 400  # characters: how far from a quote its cue may be, in the same sentence
_GAP_STOP_RE = re.compile('[.!?;"“”«»]')
_GROUP_REACH = 600  # characters: how far back "it"/"they" looks for the group it means
_SPEECH_WORDS = re.compile(r"(?i)\b(?:i|we|us|our|my|me|you|your)\b")


_span = new_span
_relation = new_relation


class _Found:
    """A QUOTE being built: its offsets, rule, score and speaker cue."""

    __slots__ = ("cue", "end", "kind", "link", "region", "rule", "score", "start")

    def __init__(self, start: int, end: int, kind: str, rule: str, score: float,
                 cue: sp.Cue | None = None, link: str = "adjacent",
                 region: q.Region | None = None) -> None:
        self.start, self.end, self.kind, self.rule, self.score = start, end, kind, rule, score
        self.cue, self.link, self.region = cue, link, region


def _cue_lo(cue: sp.Cue) -> int:
    first = cue.speakers[0]
    return min(cue.verb_start, first.phrase_start if first.phrase_start >= 0 else first.start)


def _cue_hi(cue: sp.Cue) -> int:
    return max(cue.verb_end, cue.speakers[-1].end)


def _adjacent_after(text: str, r: q.Region, cues: Sequence[sp.Cue], los: list[int]
                    ) -> sp.Cue | None:
    """'"X," he said' / '"X," said Peskov': a cue right after the closing mark."""
    if r.close < 0:
        return None
    k = bisect.bisect_left(los, r.after)
    if k >= len(cues):
        return None
    cue = cues[k]
    if cue.position not in ("pre", "post", "according"):
        return None
    m = _TOUCH_AFTER.match(text, r.after, los[k])
    if m is None or m.end() != los[k] or los[k] - r.after > 4:
        return None
    if text[r.end - 1] in ".!?…" and cue.position == "pre" and "," not in text[r.after:los[k]]:
        # '..." He emphasized Russia's openness': a new sentence, unless the cue is all
        # there is to it ('"...is a given." Peskov said.')
        tail = _TAIL.match(text, _cue_hi(cue))
        if tail is None:
            return None
    return cue


def _adjacent_before(text: str, r: q.Region, cues: Sequence[sp.Cue], his: list[int]
                     ) -> sp.Cue | None:
    """'he said: "X"' / 'asserting: "X"' / 'told reporters on Thursday, "X"'."""
    k = bisect.bisect_right(his, r.open) - 1
    if k < 0:
        return None
    cue = cues[k]
    gap = text[his[k]:r.open]
    if len(gap) > 90 or _GAP_STOP_RE.search(gap):
        return None
    tail = gap.rstrip()
    if tail and not tail.endswith((":", ",")):
        return None
    if " that" in gap:
        return None
    return cue


def _sentence_of(sents: Sequence[tuple[int, int]], starts: list[int], p: int
                 ) -> tuple[int, int]:
    k = bisect.bisect_right(starts, p) - 1
    return sents[max(k, 0)]


def _fragment_cue(r: q.Region, cues: Sequence[sp.Cue], starts: list[int],
                  sent: tuple[int, int]) -> sp.Cue | None:
    """A cue of the same sentence that reports the words around the quote."""
    k = bisect.bisect_left(starts, r.open)
    lo = max(sent[0], r.open - _NEAR)
    for cue in reversed(cues[max(0, k - 8):k]):  # the last cue before the quote
        if cue.verb_start < lo:
            break
        if cue.position in ("pre", "borrowed") and cue.verb_end <= r.open:
            return cue
    hi = min(sent[1], r.after + _NEAR)
    for cue in cues[k:k + 8]:  # or one after it: '"...", the official said.'
        if cue.verb_start >= hi:
            break
        if cue.position in ("post", "according", "pre") and cue.boundary >= r.after:
            return cue
    return None


def _right_after_cue(text: str, cue: sp.Cue | None, r: q.Region) -> bool:
    """'"X," her daughter said. "Not once."': a short quote right after the cue's sentence."""
    if cue is None or not cue.speakers:
        return False
    hi = _cue_hi(cue)
    if not 0 <= r.open - hi <= 40:
        return False
    tail = _TAIL.match(text, hi, r.open)
    return tail is not None and text[tail.end() - 1] == "." and not text[tail.end():r.open].strip()


def _looks_like_speech(text: str, r: q.Region, block_start: int) -> bool:
    """A quoted sentence someone said: whole sentences, not titles or labels."""
    content = text[r.start:r.end]
    words = content.count(" ") + 1
    if words < 4:
        return False
    k = r.open
    while k > block_start and text[k - 1].isspace():
        k -= 1
    starts_sentence = k == block_start or text[k - 1] in ".!?:…"
    return starts_sentence and (content[-1] in ".!?…," or bool(_SPEECH_WORDS.search(content)))


def attribute(doc: Document, words: sp.LexiconHits | None = None
              ) -> tuple[list[Span], list[Span], list[Relation]]:
    """QUOTE spans, SPEAKER spans and said_by relations of a segmented document.

    ``words`` are the occurrences of :data:`speakers.LEXICON` words in the text when the
    caller found them in a pass of its own (see :func:`speakers.scan_text`).
    """
    text = doc.text
    blocks = [(s.start, s.end, s.id) for s in doc.content_blocks()]
    if not blocks:
        return [], [], []
    sents_of: dict[str, list[tuple[int, int]]] = defaultdict(list)
    sentence_starts: list[int] = []
    for s in doc.sentences():
        sentence_starts.append(s.start)
        if s.parent is not None:
            sents_of[s.parent].append((s.start, s.end))
    sentence_starts.sort()
    regions = q.quoted_regions(text, [(a, b) for a, b, _ in blocks])
    by_block: dict[int, list[q.Region]] = defaultdict(list)
    for r in regions:
        by_block[r.block].append(r)

    found: list[_Found] = []
    by_region: dict[int, _Found] = {}
    last_cue_of_block: dict[int, sp.Cue] = {}
    hits, title_words = sp.scan_text(text, words)
    hit_starts = [h[0] for h in hits]
    for bi, (a, b, bid) in enumerate(blocks):
        rs = by_block.get(bi, [])
        h0 = bisect.bisect_left(hit_starts, a)
        h1 = bisect.bisect_left(hit_starts, b, h0)
        if h0 == h1 and not rs:
            continue  # most paragraphs: nothing said, nothing quoted
        sents = sents_of.get(bid) or [(a, b)]
        starts = [s for s, _ in sents]
        skip = [(r.open, r.after) for r in rs]
        cues = sp.find_cues(text, a, b, starts, skip, hits[h0:h1])
        if not cues:
            if not rs:
                continue  # most paragraphs: nothing said, nothing quoted
        else:
            last_cue_of_block[bi] = cues[-1]
        los = [_cue_lo(c) for c in cues]
        vstarts = [c.verb_start for c in cues]
        his = [_cue_hi(c) for c in cues]
        used_after: set[int] = set()
        # 3a. adjacent cues
        for r in rs:
            cue = _adjacent_after(text, r, cues, los)
            if cue is not None:
                used_after.add(id(cue))
            else:
                cue = _adjacent_before(text, r, cues, his)
            if cue is not None:
                f = _Found(r.start, r.end, "direct", "direct", 0.95, cue, "adjacent", r)
                found.append(f)
                by_region[id(r)] = f
        # 4. indirect clauses of the other cues
        clauses: list[q.Clause] = []
        for n, cue in enumerate(cues):
            if id(cue) in used_after:
                continue
            sent = _sentence_of(sents, starts, cue.verb_start)
            # '..., noting that ..., local media reported': an earlier cue of the sentence
            # owns the text before this one
            alone = n == 0 or cues[n - 1].verb_start < sent[0]
            limit = sent[1]
            if cue.speakers[0].rule == "participle" and cue.position == "pre":
                # "Addressing media reports claiming [X], Peskov dismissed them": a clause
                # inside an opening phrase ends at its comma
                comma = text.find(",", cue.verb_end, limit)
                limit = comma if comma >= 0 else limit
            for m in range(n + 1, min(len(cues), n + 8)):
                later = cues[m]
                if later.boundary > cue.verb_end and later.verb_start < sent[1]:
                    limit = min(limit, later.boundary)
                    break
            clauses.extend(q.reported_clauses(text, cue, sent, limit, rs, trailing=alone))
        kept: list[q.Clause] = []
        for c in sorted(clauses, key=lambda c: (c.start, -c.score)):
            if kept and c.start < kept[-1].end:
                continue
            kept.append(c)
        for c in kept:
            found.append(_Found(c.start, c.end, "indirect", c.rule, c.score, c.cue, "clause"))
        # 3b. fragments inside reported speech
        for r in rs:
            if id(r) in by_region:
                continue
            sent = _sentence_of(sents, starts, r.open)
            cue = _fragment_cue(r, cues, vstarts, sent)
            if cue is not None:
                f = _Found(r.start, r.end, "direct", "fragment", 0.8, cue, "fragment", r)
                found.append(f)
                by_region[id(r)] = f
        # 3c. further quotes of the same paragraph share the speaker
        first = next((r for r in rs if id(r) in by_region), None)
        if first is not None:
            ref = first
            for r in rs:
                if id(r) in by_region:
                    ref = r  # the last attributed quote before the next one
                    continue
                cue = by_region[id(ref)].cue
                if not _looks_like_speech(text, r, a) and not _right_after_cue(text, cue, r):
                    continue
                f = _Found(r.start, r.end, "direct", "continued", 0.85, cue, "continued", r)
                found.append(f)
                by_region[id(r)] = f

    # multi-paragraph quotes and "X said:" paragraphs
    chains: dict[int, list[q.Region]] = defaultdict(list)
    for r in regions:
        if r.chain >= 0:
            chains[r.chain].append(r)
    for members in chains.values():
        head = next((by_region[id(r)] for r in members if id(r) in by_region), None)
        if head is None:
            first = members[0]
            cue = _colon_cue(text, blocks, first, last_cue_of_block)
            if cue is None:
                continue
            head = _Found(first.start, first.end, "direct", "continued", 0.85, cue,
                          "continued", first)
            found.append(head)
            by_region[id(first)] = head
        for r in members:
            if id(r) not in by_region:
                f = _Found(r.start, r.end, "direct", "continued", 0.85, head.cue, "continued", r)
                found.append(f)
                by_region[id(r)] = f
    for r in regions:
        if id(r) in by_region:
            continue
        cue = _colon_cue(text, blocks, r, last_cue_of_block)
        if cue is not None:
            f = _Found(r.start, r.end, "direct", "continued", 0.85, cue, "continued", r)
        elif _looks_like_speech(text, r, blocks[r.block][0]):
            f = _Found(r.start, r.end, "direct", "speech_like", 0.5, None, "", r)
        else:
            continue  # scare quotes, titles, labels
        found.append(f)
        by_region[id(r)] = f
    return _spans(doc, found, sentence_starts, title_words)


def _colon_cue(text: str, blocks: Sequence[tuple[int, int, str]], r: q.Region,
               last_cue_of_block: dict[int, sp.Cue]) -> sp.Cue | None:
    """A paragraph that is a quote, after a paragraph ending 'X said:'."""
    a = blocks[r.block][0]
    if r.open != a or r.block == 0:
        return None
    pa, pb, _ = blocks[r.block - 1]
    if not text[pa:pb].rstrip().endswith(":"):
        return None
    cue = last_cue_of_block.get(r.block - 1)
    if cue is None or pb - cue.verb_end > 120:
        return None
    return cue


# ``source`` strings, made once rather than for every span
_QUOTE_SOURCES = {rule: q.source(rule) for rule in q.RULES}
_SPEAKER_SOURCES = {rule: sp.source(rule) for rule in sp.RULES}
_LINK_SOURCES = {rule: source(rule) for rule in RULES}


_FOUND_ORDER = attrgetter("start", "end")


def _round2(score: float) -> float:
    """``round(score, 2)``, remembered: rounding a float to digits goes through its decimal
    string, and scores take a handful of values."""
    rounded = _ROUNDED.get(score)
    if rounded is None:
        if len(_ROUNDED) > 1000:
            _ROUNDED.clear()
        rounded = _ROUNDED[score] = round(score, 2)
    return rounded


_ROUNDED: dict[float, float] = {}


def _spans(doc: Document, found: list[_Found], sentence_starts: list[int],
           title_words: sp.TitleWords | None = None
           ) -> tuple[list[Span], list[Span], list[Relation]]:
    text = doc.text
    quotes: dict[str, Span] = {}
    speakers: dict[str, Span] = {}
    relations: dict[str, Relation] = {}
    found.sort(key=_FOUND_ORDER)
    # resolve speakers in text order, so a short name can use the full one named earlier;
    # one mention can sit in several cues (a participle borrows its sentence's subject)
    by_start: dict[int, list[sp.Mention]] = defaultdict(list)
    for f in found:
        if f.cue is not None:
            for m in f.cue.speakers:
                by_start[m.start].append(m)
    people = sp.People(text, title_words)
    last_speaker: sp.Person | None = None
    last_group: dict[str, tuple[int, str]] = {}  # "it"/"they" -> (offset, mention text)
    for start in sorted(by_start):
        ms = by_start[start]
        m = ms[0]
        k = bisect.bisect_right(sentence_starts, start) - 1
        sentence_start = sentence_starts[k] if k >= 0 else 0
        resolved = sp.resolve_mention(m, people, sentence_start, last_speaker)
        low = m.text.lower()
        if m.kind == "pronoun" and low in ("it", "they"):
            # only a group speaker named shortly before: else "it" stays unresolved
            group = last_group.get(low)
            if group is not None and start - group[0] <= _GROUP_REACH:
                resolved = group[1]
        elif m.kind in ("org", "description"):
            head = low.rsplit(" ", 1)[-1]
            name = m.resolved or m.text
            if head.endswith("s") and not head.endswith("ss"):
                last_group["they"] = (start, name)
            elif m.kind == "org" or head in sp.ORG_HEADS:
                last_group["it"] = (start, name)
        for other in ms:
            other.resolved = resolved
        if m.kind == "name":
            people.add_speaker(m)
        name = resolved or (m.text if m.kind == "name" else None)
        if name is not None:
            last_speaker = sp.Person(start, people.full(name) or name, m.titles)
    for ms in by_start.values():
        # a pronoun resolved to a short name gets the full one if the article gives it
        m = ms[0]
        if m.kind in ("pronoun", "description") and m.resolved and " " not in m.resolved:
            full = people.full(m.resolved)
            for other in ms:
                other.resolved = full or m.resolved
    for f in found:
        qid = f"Q{f.start}-{f.end}"
        if qid in quotes:
            continue
        score = f.score
        if f.cue is None:
            score = min(score, 0.5)
        if f.region is not None and f.region.close < 0 and f.region.chain < 0:
            score *= 0.8  # unbalanced marks
        quotes[qid] = _span(qid, "QUOTE", f.start, f.end, text[f.start:f.end], _round2(score),
                            _QUOTE_SOURCES.get(f.rule) or q.source(f.rule), f.kind)
        if f.cue is None:
            continue
        link = _LINK_SOURCES.get(f.link) or source(f.link)
        for m in f.cue.speakers:
            sid = f"S{m.start}-{m.end}"
            m_score = m.score
            if sid not in speakers:
                # (positional: quote_type, value, geonameid, country_code, resolved)
                speakers[sid] = _span(sid, "SPEAKER", m.start, m.end, text[m.start:m.end],
                                      m_score, _SPEAKER_SOURCES.get(m.rule) or sp.source(m.rule),
                                      None, None, None, None, m.resolved)
            rid = f"{qid}>{sid}"
            relations[rid] = _relation(rid, qid, sid, "said_by",
                                       _round2(min(score, m_score)), link)
    return list(quotes.values()), list(speakers.values()), list(relations.values())
