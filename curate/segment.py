"""Segmentation: headline, paragraphs, sentences, and boilerplate, by offsets into the text.

The text is never changed. Blocks are the non-blank lines (split on newlines first: it is
what scraped articles mark paragraphs with, and it is far cheaper than any model). Each
block is article content or boilerplate; boilerplate is kept as a segment with a ``reason``
so nothing is lost and a user can see why it was set aside. Sentences are found inside
content blocks only, since boilerplate is never annotated.

Boilerplate is recognised by small named rules (``BLOCK_RULES``: one line is junk on its
own) and section rules (``SECTION_RULES``: a header opens a section of junk, such as a
donation appeal or a "Most Read" list, which runs on while its blocks still look like it).
When unsure, a block stays content: hiding an article sentence from annotators costs more
than showing them a stray line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from curate.records import Document, Segment, new_segment

__all__ = [
    "BLOCK_RULES",
    "SECTION_RULES",
    "VERSION",
    "content_blocks",
    "segment",
    "segment_all",
    "split_sentences",
]

VERSION = "1"

# --- block rules: a line that is boilerplate on its own ------------------------------------

# "X contributed reporting": costly to try on every line (it backtracks through up to forty
# characters), and it cannot match a line without "contributed"
_CONTRIBUTED = r"[A-Z][\w.&' ]{0,40}\s+contributed\s+(?:reporting|to\s+this)|"
_BLOCK_RULES: list[tuple[str, str]] = [
    # "ALSO READ: ...", "READ MORE: ...", "Related: ...", a bare "Read more"
    ("also-read", r"(?i:also\s+read|read\s+more|read\s+also|see\s+also|related(?:\s+articles?|"
                  r"\s+stories|\s+news)?|more\s+on\s+this(?:\s+story)?|recommended)\b\s*(?::|$|»)"),
    # "AFP contributed reporting.", "Reuters contributed to this report", "(Reporting by ...)"
    ("wire-credit", r"(?:" + _CONTRIBUTED +
                    r"\(?(?:Additional\s+)?[Rr]eporting\s+by\s|\(?[Ee]dited\s+by\s|"
                    r"\(?[Ww]riting\s+by\s|With\s+(?:AFP|AP|Reuters|dpa)\b.{0,20}$)"),
    # "Support The Moscow Times!", "Donate now", "Become a member"
    ("support-banner", r"(?i:support\s+(?:the\s+|our\s+|us\b)[^.?]{0,40}!?$|donate\b|"
                       r"become\s+a\s+(?:member|subscriber|supporter)\b)"),
    # newsletter sign-up lines
    ("newsletter", r"(?i:sign\s+up\s+(?:for|to)\b.{0,60}newsletter|subscribers?\s+agree\s+to|"
                   r"subscribe\s+to\s+our\b|get\s+our\s+newsletter)"),
    # share / social / ads / cookie prompts
    ("share-prompt", r"(?i:share\s+this\s+(?:article|story)|follow\s+us\s+on|advertisement$|"
                     r"click\s+here\s+to|remind\s+me\s+later|not\s+ready\s+to\s+support|"
                     r"accept\s+(?:all\s+)?cookies)"),
    ("copyright", r"(?:©|\(c\)\s*\d{4}|(?i:copyright\s+\d{4})|(?i:all\s+rights\s+reserved))"),
]
# junk lines: a lone bullet or dash, a "OSZAR »"-style crawler stamp, a lone "»"
_JUNK = re.compile(r"[-–—•*·|»«>]+|[A-Z]{3,6}\s*[»›]|\W{1,3}")

BLOCK_RULES: dict[str, re.Pattern[str]] = {
    name: re.compile(r"\s*(?:" + pattern + ")") for name, pattern in _BLOCK_RULES
}


def _any_block_rule(rules: list[tuple[str, str]]) -> re.Pattern[str]:
    return re.compile(
        r"\s*(?:" + "|".join(f"(?P<{n.replace('-', '_')}>{p})" for n, p in rules) + ")"
    )


_BLOCK_ANY = _any_block_rule(_BLOCK_RULES)
# the same rules for a line without "contributed" (what almost every line is)
_BLOCK_ANY_UNCREDITED = _any_block_rule(
    [(name, pattern.replace(_CONTRIBUTED, "")) for name, pattern in _BLOCK_RULES]
)


# --- section rules: a header opens a run of boilerplate blocks ----------------------------


@dataclass(frozen=True)
class SectionRule:
    """A boilerplate section: ``header`` opens it; it goes on while ``continues`` holds."""

    name: str
    header: re.Pattern[str]
    continues: Callable[[str], bool]


def _words(line: str) -> int:
    return line.count(" ") + 1


def _is_short_label(line: str, max_words: int = 14) -> bool:
    """A short line without a sentence end: a list item, a name, a button, a headline."""
    return _words(line) <= max_words and not line.rstrip("\"'”’)»").endswith((".", "?", "!"))


# (each with a look-ahead for the first letters of its words: the pattern is tried at every
# offset of a line, and most offsets then fail at once instead of on each word in turn)
_APPEAL_VOCAB = re.compile(
    r"(?i)\b(?=[cdhijmnoprstwy])(?:support(?:ing)?|donat\w*|contribut\w*|subscri\w*|readers?|"
    r"journalis\w*|independent|newsroom|paywall|monthly|one-time|membership|thank\s+you|help\s+us|"
    r"your\s+help|we\s+need|our\s+(?:work|staff|reporting|journalists?))\b"
)
_NEWSLETTER_VOCAB = re.compile(r"(?i)\b(?=[imnpsu])(?:newsletters?|inbox|mailbox|subscri\w*|"
                               r"privacy\s+policy|sign\s+up|unsubscribe|preview)\b")


def _appeal_continues(line: str) -> bool:
    return _is_short_label(line, 6) or bool(_APPEAL_VOCAB.search(line))


def _newsletter_continues(line: str) -> bool:
    return _is_short_label(line, 6) or bool(_NEWSLETTER_VOCAB.search(line))


def _list_continues(line: str) -> bool:
    return _is_short_label(line, 16)


SECTION_RULES: tuple[SectionRule, ...] = (
    SectionRule(
        "donation-appeal",
        re.compile(r"\s*(?:A\s+(?i:message)\s+from\s+[^.]{2,60}:?\s*$|Dear\s+[Rr]eaders\b)"),
        _appeal_continues,
    ),
    SectionRule(
        "newsletter",
        re.compile(r"\s*(?i:sign\s+up\s+(?:for|to)\b.{0,60}newsletter|newsletters?\s*$)"),
        _newsletter_continues,
    ),
    SectionRule(
        "most-read",
        re.compile(r"\s*(?i:most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|"
                   r"top\s+stories|latest\s+news|more\s+(?:news|stories)|editor'?s\s+picks?)"
                   r"\b[^.]{0,20}$"),
        _list_continues,
    ),
    SectionRule(
        "entity-box",
        re.compile(r"\s*(?:MENTIONED\s+ENTITIES|KEYWORDS|TAGS|TOPICS)\b[^.]{0,10}$"),
        _list_continues,
    ),
)


_SECTION_BY_NAME = {rule.name: rule for rule in SECTION_RULES}
_SECTION_ANY = re.compile(
    "|".join(f"(?P<{r.name.replace('-', '_')}>{r.header.pattern})" for r in SECTION_RULES)
)


# The first letter of every section header (any case): a block that starts with another
# ASCII character opens no section, and most blocks are ruled out without the pattern.
# (Other characters go to the pattern: case folding there is Unicode's, "ſ" is an "s".)
_SECTION_FIRST = frozenset("ADEKLMNSTadeklmnst")


def _classify_block(line: str) -> str | None:
    m = (_BLOCK_ANY if "contributed" in line else _BLOCK_ANY_UNCREDITED).match(line)
    if m is not None:
        return (m.lastgroup or "boilerplate").replace("_", "-")
    if _JUNK.fullmatch(line.strip()):
        return "junk"
    return None


# --- sentences -----------------------------------------------------------------------------

# Abbreviations that end with a full stop but rarely end a sentence in news.
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen col lt maj sgt capt cmdr adm gov sen rep rev fr st jr sr hon pres
    messrs mme mlle sec dept univ assn bros inc corp co ltd plc llc no nos vol fig approx
    est vs etc al jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu
    thur thurs fri sat sun ave blvd rd mt ft pt cf ca
    """.split()
)
# A terminal mark, then any closing quotes/brackets, then the whitespace before the next one.
# (The mark is "[.!?…]+|[。！？]+" written to start with one character class: then ``re``
# skips in C to the next mark instead of trying the pattern at every offset, 3x faster.)
_SENT_END = re.compile(
    r"(?P<mark>[.!?…。！？](?:(?<=[.!?…])[.!?…]*|(?<=[。！？])[。！？]*))"
    r"(?P<close>[\"'”’»)\]]*)(?P<gap>\s*)(?=(?P<next>\S)?)"
)
_CJK_MARKS = "。！？"


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation rather than a sentence."""
    j = dot
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot]
    if not word:
        return False
    if len(word) == 1 and word.isupper():  # an initial: "J. K. Rowling"
        return True
    if "." in word:  # "U.S", "U.N", "a.m" — dotted acronyms
        return True
    return word.lower() in _ABBREVIATIONS


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence ``(start, end)`` offsets within ``text[start:end]``, whitespace trimmed.

    A sentence ends at ``. ! ? …`` (plus closing quotes or brackets) followed by white
    space, unless the next word starts in lower case or the full stop closes an
    abbreviation or initial. Quotes that run over several sentences are split like any
    other text; quote spans are not bounded by sentences.
    """
    if end is None:
        end = len(text)
    out: list[tuple[int, int]] = []
    s = start
    for m in _SENT_END.finditer(text, start, end):
        nxt = m.group("next")
        if nxt is None:  # the mark ends the block
            break
        if not m.group("gap") and m.group("mark")[0] not in _CJK_MARKS:
            continue  # "3.5", "U.S.-backed", "example.com"
        if nxt.islower() or nxt in ",;:":
            continue
        mark = m.group("mark")
        if mark == "." and _is_abbreviation(text, m.start()):
            # "U.S. President" and "Dr. Smith": not an end. A capitalised word after a
            # dotted acronym is usually a name, so we keep them together.
            continue
        out.append((s, m.end("close")))
        s = m.start("next")
    if s < end:
        e = end
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


# --- the pass ------------------------------------------------------------------------------

_segment = new_segment

_HEADLINE_MAX_WORDS = 25


def _looks_like_headline(line: str) -> bool:
    stripped = line.rstrip("\"'”’)»")
    return (
        _words(line) <= _HEADLINE_MAX_WORDS
        and not stripped.endswith((".", ",", ";", ":"))
        and not line.startswith(("-", "•", "*", "—"))
        and any(c.isupper() for c in line[:2])
    )


def segment(doc: Document) -> Document:
    """Return ``doc`` with its segments found (any old segments are replaced)."""
    text = doc.text
    blocks: list[tuple[int, int, int]] = []  # (start, end, line number)
    pos = 0
    for lineno, raw_line in enumerate(text.split("\n"), start=1):
        stripped = raw_line.strip()
        if stripped:
            a = pos + (len(raw_line) - len(raw_line.lstrip()))
            blocks.append((a, a + len(stripped), lineno))
        pos += len(raw_line) + 1

    # byte offsets of each block in the raw (UTF-8) text; ASCII texts need no encoding
    ascii_only = text.isascii()
    segments: list[Segment] = []
    section: SectionRule | None = None
    seen_content = False
    n_sent = 0
    byte_pos = 0
    char_pos = 0
    for i, (a, b, lineno) in enumerate(blocks):
        line = text[a:b]
        reason: str | None = None
        first = line[0]
        if first in _SECTION_FIRST or not first.isascii():
            header = _SECTION_ANY.match(line)
        else:
            header = None
        if header is not None:
            section = _SECTION_BY_NAME[(header.lastgroup or "").replace("_", "-")]
            reason = section.name
        elif section is not None and section.continues(line):
            reason = section.name
        else:
            section = None
            reason = _classify_block(line)
        if ascii_only:
            raw_a, raw_b = a, b
        else:
            # (a slice holds its own kind: an ASCII one is as long in bytes as in characters)
            gap = text[char_pos:a]
            raw_a = byte_pos + (len(gap) if gap.isascii() else len(gap.encode("utf-8")))
            raw_b = raw_a + (len(line) if line.isascii() else len(line.encode("utf-8")))
            byte_pos, char_pos = raw_b, b
        bid = f"b{i}"
        if reason is not None:
            segments.append(_segment(bid, "boilerplate", a, b, line, None, reason, lineno,
                                     raw_a, raw_b))
            continue
        kind = "paragraph"
        if not seen_content and _looks_like_headline(line) and i + 1 < len(blocks):
            kind = "headline"
        seen_content = True
        segments.append(_segment(bid, kind, a, b, line, None, None, lineno, raw_a, raw_b))
        for sa, sb in split_sentences(text, a, b):
            segments.append(_segment(f"s{n_sent}", "sentence", sa, sb, text[sa:sb], bid))
            n_sent += 1
    return doc.replace(segments=tuple(segments))



def content_blocks(doc: Document) -> list[Segment]:
    """The article content blocks of ``doc`` (headline, paragraphs), segmenting it first
    when it has no segments yet: what every heuristic runs over."""
    return list((doc if doc.segments else segment(doc)).content_blocks())

def segment_all(docs: Iterable[Document]) -> Iterator[Document]:
    for doc in docs:
        yield segment(doc)
