"""DATE pre-annotation: calendar expressions and their TIMEX3 values.

One compiled regular expression finds the candidates in each content block; each named
alternative is a rule, and a small normaliser turns what it matched into a TimeML TIMEX3
``value`` resolved against the publication date (``doc.meta["published"]``) with
``datetime`` arithmetic. When the value cannot be resolved (a weekday in a document without a
publication date) the span is kept with ``value=None``; when a match is unlikely to be a date
at all (a year-like number followed by "people", "2030 GMT") the rule bails out.

Extents follow TimeML: prepositions are left out ("on [Thursday]", "in [March]"), while
modifiers and determiners are part of the expression ("[late Wednesday]", "[earlier this
week]", "[the fourth quarter]", "[two years ago]"). Not dates: durations ("10 days",
"30-day ceasefire"), clock times, and vague references ("now", "soon", "recent years").

Values (TimeML TIMEX3, as TimeBank writes them; ``curate.validate.checks.TIMEX_PATTERN`` is
the grammar): "2025-05-16" (day), "2025-05-16TNI" (a part of a day: "Wednesday night",
"last night", "tonight"; TMO morning, TAF afternoon, TEV evening), "2025-05" (month),
"2025" (year), "2025-W20" (week), "2025-W20-WE" (weekend), "2025-Q4" (quarter), "2025-H1"
(half), "2025-SU" (season), "199" (decade), "19" (century), "FY1990" (fiscal year),
"FY1990-Q1" (fiscal quarter), "XXXX-05-16" when the year is unknown.

A weekday without a year is the closest one on or before publication (news reports look
back), a day or month the closest one either side (leaning to the past). The tense of the
date's clause overrides that, as in HeidelTime (see :func:`_direction`): when it looks
ahead ("will", "could", "expects to", "is set to", "takes effect", "until <date>", "for
Saturday's match", "Melbourne travel to Auckland on Friday") the date is the closest one on
or after publication; when it is in the past ("came in July", "was lifted") the closest one
on or before. "Last February", "next March", "October last year" count whole years. Relative
expressions that count from another date ("the previous day", "a year earlier") count from
the last full date the article mentioned, else from the publication date; a comparison of
figures ("up 3% from a year earlier") counts from the period the figures are for ("in
April" -> the April before; "the third quarter" -> that quarter a year before).

Rules (the ``source`` of each span, ``dates.<rule>@<VERSION>``): see :data:`RULES`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator

import ahocorasick

from curate.records import Document, Span, new_span
from curate.segment import content_blocks

__all__ = [
    "RULES",
    "TRIGGERS",
    "VERSION",
    "find_dates",
    "find_dates_in",
    "normalize",
    "parse_published",
]

VERSION = "3"

_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("January", "Jan."),
            ("February", "Feb."),
            ("March", "Mar."),
            ("April", "Apr."),
            ("May",),
            ("June", "Jun."),
            ("July", "Jul."),
            ("August", "Aug."),
            ("September", "Sept.", "Sep."),
            ("October", "Oct."),
            ("November", "Nov."),
            ("December", "Dec."),
        ],
        start=1,
    )
    for name in names
}
_MONTHS.update({k[:-1]: v for k, v in list(_MONTHS.items()) if k.endswith(".")})  # "Jan 5"
_WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    )
}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "several": None, "few": None,
}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
             "4th": 4}
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

# --- the pattern ------------------------------------------------------------------------

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)"
)
# Abbreviations without the full stop ("Jan 5") only before a day number: alone, "Mar" and
# "Jan" are names as often as months.
_MONTH_ND = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NUM = r"(?:\d{1,3}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
_UNIT = r"(?:day|week|month|year|decade)s?"
_REL = r"(?:[Tt]his|[Ll]ast|[Nn]ext|(?:[Tt]he\s+)?current)"
_PART = r"(?:week(?:end)?|month|quarter|year|spring|summer|autumn|fall|winter)"
_NOT_AFTER = r"(?![\w-]|\s?%|,\d|\.\d)"  # "2025%", "2025-ish", "2025.5": not a date

# A month named alone needs a cue word before it ("in March"); the cue is not in the span,
# unless it says which year's month it is ("[last February]", "[October last year]").
_MONTH_CUES = (
    "in", "since", "until", "till", "by", "from", "through", "during", "before", "after",
    "of", "this", "last", "next", "to",
)
_MONTH_ALONE = (
    r"(?P<mo>(?:"
    + "|".join(rf"(?<=\b{w}\s)|(?<=\b{w.capitalize()}\s)" for w in _MONTH_CUES)
    + r"|(?P<mo_mod>(?:[Ee]arly|[Ll]ate)\s|[Mm]id-|[Mm]id\s)"
    + r"|(?P<mo_rel>[Ll]ast|[Nn]ext|[Tt]his)\s)"
    + rf"(?P<mo_m>{_MONTH})(?![\w-])(?!\s+\d)"
    + r"(?:\s+(?:of\s+)?(?P<mo_yr>last|next|this)\s+year(?![\w-]))?)"
)
# "October last year", "March 3 next year": the month of the year before or after publication
_YEAR_STEP = {"last": -1, "this": 0, "next": 1}

# Fixed-date holidays (month, day); Thanksgiving is the fourth Thursday of November. A bare
# "Christmas" needs a cue word ("on Christmas"), "Christmas tree" is no date.
# Floating ones are (month, -weekday-1 ... ) computed in _holiday_date.
_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year's day": (1, 1), "new year's eve": (12, 31), "thanksgiving": (11, 0),
             "thanksgiving day": (11, 0), "labor day": (9, 0), "memorial day": (5, 0),
             "independence day": (7, 4), "fourth of july": (7, 4), "july fourth": (7, 4),
             "veterans day": (11, 11), "halloween": (10, 31), "valentine's day": (2, 14),
             "boxing day": (12, 26), "easter": (0, 0), "easter sunday": (0, 0)}
_HOLIDAY_CUES = ("on", "at", "before", "after", "since", "until", "by", "over", "for",
                 "during", "around", "this", "last", "next", "till")
_HOLIDAY = (
    r"(?P<ho>(?P<ho_n>(?:Christmas|New\s+Year['’]s|Thanksgiving)\s+(?:Day|Eve)|"
    r"(?:Labor|Memorial|Independence|Veterans['’]?|Valentine['’]s|Boxing)\s+Day|"
    r"Fourth\s+of\s+July|July\s+Fourth|Easter\s+Sunday|(?:"
    + "|".join(rf"(?<=\b{w}\s)|(?<=\b{w.capitalize()}\s)" for w in _HOLIDAY_CUES)
    + r")(?:Christmas|Thanksgiving|Halloween|Easter))"
    + rf"(?:,?\s+(?P<ho_y>{_YEAR}){_NOT_AFTER})?(?![\w-]))"
)

_RULES: list[tuple[str, str]] = [
    # "the previous day", "the same day", "a year earlier", "the day before"
    ("anchored", rf"(?P<an>(?:[Tt]he\s+(?:same|previous|following|next|prior)\s+day|"
                 rf"[Tt]he\s+(?:same|previous|following|prior)\s+(?:week|month|year)|"
                 rf"(?P<an_n>(?i:a|an|one|two|three|four|five|six)|\d{{1,2}})\s+(?P<an_u>{_UNIT})\s+"
                 rf"(?P<an_dir>earlier|later)(?![\w-])(?!\s+than\b)))"),
    # "two years ago", "a week ago"
    ("ago", rf"(?P<ago>(?P<ago_n>{_NUM})\s+(?P<ago_u>{_UNIT})\s+ago\b)"),
    # "2025-05-16"
    ("iso", rf"(?P<iso>(?<![\d-]){_YEAR}-(?:0[1-9]|1[0-2])-(?:3[01]|[12]\d|0[1-9])(?![\d-]))"),
    # "Wednesday, May 16, 2025", "May 16", "Sept. 30, 1997", "May 16th"
    ("month_day", rf"(?P<md>(?:(?P<md_wd>{_WEEKDAY}),?\s+)?(?:(?P<md_mod>early|late|mid)[\s-])?"
                  rf"(?P<md_m>{_MONTH}|{_MONTH_ND})\s+(?P<md_d>{_DAY})(?![\d:])"
                  rf"(?!\s*(?:%|percent))"
                  rf"(?:,?\s+(?P<md_y>{_YEAR}){_NOT_AFTER}|"
                  rf"\s+(?P<md_yr>last|next|this)\s+year(?![\w-]))?(?!\w))"),
    # "16 May 2025", "the 16th of May"
    ("day_month", rf"(?P<dm>(?:(?P<dm_wd>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<dm_d>{_DAY})\s+"
                  rf"(?:of\s+)?(?P<dm_m>{_MONTH})(?:,?\s+(?P<dm_y>{_YEAR}){_NOT_AFTER})?"
                  rf"(?![\w]))"),
    # "August 2024", "early May 2024", "mid-2024", "late 1997"
    ("month_year", rf"(?P<my>(?:(?P<my_mod>early|late|mid)[\s-])?(?P<my_m>{_MONTH})"
                   rf"(?:\s+of)?,?\s+(?P<my_y>{_YEAR}){_NOT_AFTER})"),
    # "summer 2024", "the spring of 2024", "last summer", "this winter"
    ("season", rf"(?P<se>(?:(?P<se_rel>[Tt]his|[Ll]ast|[Nn]ext|the)\s+)?"
               rf"(?P<se_s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|(?<=the\s)fall)"
               rf"(?:\s+(?:of\s+)?(?P<se_y>{_YEAR}){_NOT_AFTER})?(?![\w-]))"),
    # "the 1990s", "the early 2000s", "the '90s"
    ("decade", r"(?P<de>(?:the\s+)?(?:(?P<de_mod>early|mid|late)[\s-])?"
               r"(?:(?P<de_y>1[0-9]\d0|20\d0)s|'(?P<de_yy>\d0)s)(?!\w)|"
               r"(?:the\s+)?(?P<de_c>1\d|2[01]|[1-9])(?:st|nd|rd|th)[\s-]century(?!\w))"),
    # "the fourth quarter", "third-quarter", "the first half of 2025"
    ("quarter", rf"(?P<qu>Q(?P<qu_q4>[1-4])(?:\s+(?P<qu_qy>{_YEAR}))?(?![\w-])|"
                rf"(?:the\s+)?(?P<qu_fy>fiscal\s+)?(?P<qu_n>first|second|third|fourth|1st|2nd|3rd|4th)"
                rf"[\s-](?P<qu_fy2>fiscal\s+)?(?:(?P<qu_q>quarter)|half(?=\s+of\s+"
                rf"(?:fiscal\s+(?:year\s+)?)?(?:this|last|next|the\s+year|{_YEAR})))"
                rf"(?:\s+of\s+(?:(?P<qu_fy3>fiscal\s+(?:year\s+)?)?(?P<qu_y>{_YEAR})|"
                rf"(?P<qu_rel>this|last|next|the)\s+year))?"
                rf"(?![\w-]))"),
    # "the end of the year", "the beginning of 2025", "the end of this month"
    ("boundary", rf"(?P<bo>(?:the\s+)?(?P<bo_p>end|beginning|start|middle)\s+of\s+"
                 rf"(?:(?P<bo_y>{_YEAR}){_NOT_AFTER}|(?P<bo_m>{_MONTH})(?!\s+\d)|"
                 rf"(?P<bo_rel>this|last|next|the)\s+(?P<bo_u>week|month|year)(?!\w)))"),
    # "earlier this week", "last month", "next year", "this weekend", "later this year"
    ("relative", rf"(?P<re>(?:(?P<re_mod>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\s+)?"
                 rf"(?P<re_rel>{_REL}|[Tt]he(?=\s+weekend))\s+(?P<re_fy>fiscal\s+(?=year))?"
                 rf"(?P<re_u>{_PART})(?![\w-]))"),
    # "late Wednesday", "next Monday", "last Friday", "Wednesday"
    ("weekday", rf"(?P<wd>(?:(?P<wd_rel>[Ll]ast|[Nn]ext|[Tt]his|[Ll]ate|[Ee]arly)\s+)?"
                rf"(?P<wd_d>{_WEEKDAY})(?![\w-])(?!\s+\d{{1,2}}:)"
                rf"(?:\s+(?P<wd_pod>morning|afternoon|evening|night)(?![\w-]))?)"),
    # "Christmas Day", "on Christmas", "New Year's Eve", "Thanksgiving"
    ("holiday", _HOLIDAY),
    # "yesterday", "today", "tomorrow"
    ("deictic", r"(?P<dx>\b(?P<dx_w>(?:[Yy]esterday|[Tt]omorrow)(?:\s+(?P<dx_pod>morning|"
                r"afternoon|evening|night)(?![\w-]))?|[Tt]oday|"
                r"the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
                r"[Ll]ast\s+night|[Tt]onight|[Tt]his\s+(?:morning|afternoon|evening))(?![\w-]))"),
    # "in March", "since January", "early May", "mid-June" (a month alone needs a cue)
    ("month", _MONTH_ALONE),
    # "fiscal 1998", "2014", "in 2022" (with number-not-year checks)
    ("year", rf"(?P<yr>(?:(?P<yr_fy>fiscal)\s+(?:year\s+)?|(?P<yr_mod>early|mid|late)[\s-]|"
             rf"(?<![\d,.$€£#/:-]))(?P<yr_y>{_YEAR}){_NOT_AFTER})"),
]

# What each rule's expressions can start with: mostly ASCII letters and digits, matched
# case-sensitively; "(?i:...)" where the rule's words are case-insensitive, so that the same
# (Unicode) case folding applies. The pattern tries its alternatives in turn at a candidate
# start; a look-ahead for these lets a rule that cannot start there fail at once instead of,
# say, trying the thirty look-behinds for a month's cue word at every "Wednesday".
_FIRST = {
    "anchored": r"[Tt]|(?i:[aotfs])|\d",  # the, a/an/one ... six, a number
    "ago": r"\d|(?i:[aotfsen])",  # a number, a/an/one ... twelve
    "iso": "[12]",  # a year
    "month_day": "[ADEFJMNOSTWelm]",  # a weekday, early/late/mid, a month
    "day_month": "[0123456789FMSTWt]",  # a weekday, "the", a day number
    "month_year": "[ADFJMNOSelm]",  # early/late/mid, a month
    "season": "[ALNSTWaflnstw]",  # this/last/next/the, a season
    "decade": "['123456789elmt]",  # the, early/mid/late, a year, '90s, a century
    "quarter": "[1234Qfst]",  # Q1, the, first ... fourth, 1st ... 4th
    "boundary": "[bemst]",  # the, end/beginning/start/middle
    "relative": "[ELNTcelnt]",  # earlier/later/early/late, this/last/next/current/the
    "weekday": "[EFLMNSTWelnt]",  # last/next/this/late/early, a weekday
    "holiday": "[BCEFHIJLMNTV]",  # the holidays' names
    "deictic": "[LTYlty]",  # yesterday/today/tomorrow/the day .../last night/tonight/this
    # early/late/mid, a month
    "month": "[" + "".join(sorted({m[0] for m in _MONTHS} | set("EeLlmNnTt"))) + "]",
    "year": "[12eflm]",  # fiscal, early/mid/late, a year
}


def _alternative(name: str, pattern: str) -> str:
    first = _FIRST.get(name)
    guard = f"(?={first})" if first else ""
    return f"(?P<r_{name}>{guard}(?:{pattern}))"


_PATTERN = re.compile(
    r"(?<![\w'’])(?:" + "|".join(_alternative(name, pat) for name, pat in _RULES) + ")"
)

RULES: dict[str, str] = {
    "anchored": "counted from the last date mentioned: 'the previous day', 'a year earlier'",
    "ago": "counted back from publication: 'two years ago'",
    "iso": "an ISO date: '2025-05-16'",
    "month_day": "a day of a month, with or without year: 'May 16', 'Oct. 1, 1997'",
    "day_month": "a day before its month: '16 May 2025'",
    "month_year": "a month of a year: 'August 2024', 'early May 2024'",
    "season": "a season: 'summer 2024', 'last winter'",
    "decade": "a decade or century: 'the 1990s', 'the 20th century'",
    "quarter": "a quarter or half: 'the fourth quarter', 'Q3 2024', 'the first half of 2025', "
               "'its fiscal first quarter'",
    "boundary": "the end or start of a period: 'the end of the year'",
    "relative": "a week, month or year relative to publication: 'last week', "
                "'this fiscal year'",
    "weekday": "a day of the week, the closest on or before publication (on or after when "
               "the clause looks ahead): 'late Wednesday', 'Tuesday night' (2025-02-18TNI)",
    "holiday": "a holiday: 'Christmas Day', 'Labor Day', 'on Easter', 'New Year's Eve'",
    "deictic": "'yesterday', 'today', 'tomorrow', 'last night', 'tonight', 'this morning', "
               "'yesterday afternoon'",
    "month": "a month named after a cue word: 'in March', 'early May', 'last February', "
             "'October last year'",
    "year": "a year: '2014', 'fiscal 1998', 'mid-2024'",
}

# A year-like number followed by one of these counts things, it is not a year.
_COUNT_NOUNS = frozenset("""
    people persons troops soldiers votes members residents civilians prisoners captives
    children women men deaths dead killed injured wounded cases units vehicles tanks drones
    missiles homes houses km kilometers kilometres miles meters metres feet ft tons tonnes
    dollars euros rubles roubles pounds yuan hryvnias barrels points percent per hours hrs
    GMT UTC BST CET EST EDT PST MSK local times jobs workers employees students refugees
    migrants lives calories seats mph kph kg acres hectares square sq m protesters
    demonstrators fighters militants police officers patients victims families households
    sq. m. ft. lbs. bn mn million billion thousand
""".split())
_NOT_YEAR_BEFORE = re.compile(
    r"(?:No\.|no\.|Nos?\.|[Nn]umber|[Rr]esolution|[Aa]rticle|[Ff]light|[Rr]oute|[Hh]ighway|"
    r"[Pp]age|[Rr]oom|[Mm]odel|[Ss]ection|[Cc]ode|[Pp]lot|[Bb]us|[Ff]lat|[Uu]nit|[Gg]ate)"
    r"\s+\Z"
)

# --- finding candidates fast ------------------------------------------------------------
#
# Running the whole pattern at every position of the text costs ~7 s per million words. Every
# date expression contains a trigger (a month or weekday name, "week", "year", "today", a
# year-like number), so an Aho-Corasick pass and a digit scan find the triggers, and the
# pattern is tried only at the few word starts just before each trigger (a date never starts
# more than four words before its trigger).

# (trigger, shift to the start of its word): "esterday" matches both "Yesterday" and
# "yesterday"; " week" with its space skips "weekly" inside "biweekly".
_TRIGGER_WORDS: tuple[tuple[str, int], ...] = (
    *((m, 0) for m in _MONTHS), *((d, 0) for d in _WEEKDAYS),
    ("esterday", -1), ("oday", -1), ("omorrow", -1),
    (" day", 1), (" week", 1), (" month", 1), (" year", 1), ("decade", 0), ("quarter", 0),
    ("half of", 0), ("pring", -1), ("ummer", -1), ("utumn", -1), ("inter ", -1),
    ("century", 0), ("Q1", 0), ("Q2", 0), ("Q3", 0), ("Q4", 0), (" fall", 1),
    ("Christmas", 0), ("New Year", 0), ("Thanksgiving", 0), ("Labor", 0), ("Memorial", 0),
    ("Independence", 0), ("Veterans", 0), ("Valentine", 0), ("Boxing", 0), ("Halloween", 0),
    ("Easter", 0), ("Fourth of", 0), ("onight", -1), (" night", 1), (" morning", 1),
    (" afternoon", 1), (" evening", 1),
)
# unit words: a date never starts with one ("[last] week", "[two] years ago")
_UNIT_TRIGGERS = frozenset({" day", " week", " month", " year", "decade", "quarter", "half of",
                            "century", " fall", " night", " morning", " afternoon",
                            " evening"})
# a superset of years and "'90s", written so the regex engine can skip ahead by first char
_TRIGGER_DIGITS = re.compile(r"[12']\d\d[\ds]")
_WORDS_BEFORE, _CHARS_BEFORE = 4, 40
_triggers: ahocorasick.Automaton | None = None


#: The trigger words as the automaton stores them: word -> (characters from the start of its
#: word to its end, needs a lead word, length).
TRIGGERS: dict[str, tuple[int, bool, int]] = {
    word: (len(word) - shift, word in _UNIT_TRIGGERS, len(word)) for word, shift in _TRIGGER_WORDS
}
#: What an automaton's ``iter`` gives for :data:`TRIGGERS`: (offset of the last character, value).
TriggerHits = Iterable[tuple[int, tuple[int, bool, int]]]


def _trigger_automaton() -> ahocorasick.Automaton:
    global _triggers
    if _triggers is None:
        auto = ahocorasick.Automaton()
        for word, value in TRIGGERS.items():
            auto.add_word(word, value)
        auto.make_automaton()
        _triggers = auto
    return _triggers


def _triggers_in(text: str, lo: int, hi: int) -> list[tuple[int, bool]]:
    """(start, needs a lead word) of every trigger in ``text[lo:hi]``, sorted."""
    hits = [
        (max(lo, end + 1 - n), lead)
        for end, (n, lead, _) in _trigger_automaton().iter(text, lo, hi)
    ]
    hits.extend((m.start(), False) for m in _TRIGGER_DIGITS.finditer(text, lo, hi))
    hits.sort()
    return hits


_Trigger = tuple[int, int, int, bool]  # (match start, match end, start of its word, lead)


def _document_triggers(text: str, words: TriggerHits | None = None) -> list[_Trigger]:
    """Every trigger of the whole text, by match start: one pass for all its blocks.

    ``words`` are the occurrences of the :data:`TRIGGERS` words in ``text`` when the caller
    found them in a pass of its own; by default the text is read here.
    """
    hits: list[_Trigger] = [
        (end + 1 - length, end + 1, end + 1 - n, lead)
        for end, (n, lead, length) in (_trigger_automaton().iter(text) if words is None else words)
    ]
    hits.extend((m.start(), m.end(), m.start(), False) for m in _TRIGGER_DIGITS.finditer(text))
    hits.sort()
    return hits


def _block_triggers(hits: list[_Trigger], lo: int, hi: int) -> list[tuple[int, bool]]:
    """What :func:`_triggers_in` gives for ``text[lo:hi]``, from the document's triggers."""
    first = bisect_left(hits, (lo,))
    out = []
    for k in range(first, len(hits)):
        mstart, mend, start, lead = hits[k]
        if mstart >= hi:
            break
        if mend <= hi:
            out.append((start if start > lo else lo, lead))
    out.sort()
    return out


# Words a date can start with before its trigger: "[late] Wednesday", "[the fourth] quarter",
# "[two] years ago", "[the end of the] year", "[Wednesday,] May 16", "[fiscal] 1998".
_LEAD_WORDS = frozenset("""
    the a an one two three four five six seven eight nine ten eleven twelve several
    late early mid earlier later last next this same previous following prior fiscal current
    end beginning start middle of first second third fourth 1st 2nd 3rd 4th day
    monday tuesday wednesday thursday friday saturday sunday
""".split())


def _starts_before(text: str, pos: int, lo: int) -> list[int]:
    """``pos`` and the starts of the lead words right before it, earliest first."""
    starts = [pos]
    floor = max(lo, pos - _CHARS_BEFORE)
    i = pos
    for _ in range(_WORDS_BEFORE):
        if i - 1 <= floor or text[i - 1] not in " -":
            break  # lead words are joined by a space or a hyphen ("mid-2024")
        k = max(text.rfind(" ", floor, i - 1), text.rfind("-", floor, i - 1))
        if k < 0 and floor > lo:
            break  # the word may start before the window: not a lead word worth the risk
        begin = k + 1 if k >= 0 else lo
        word = text[begin : i - 1].rstrip(",").lower()
        if not word:
            break
        if word not in _LEAD_WORDS and not word.rstrip("stndrh").isdigit():  # "two", "20th"
            break
        starts.append(begin)
        i = begin
    starts.reverse()
    return starts


def _candidates(
    text: str, lo: int, hi: int, triggers: list[tuple[int, bool]] | None = None
) -> Iterator[re.Match[str]]:
    """Matches of the pattern that cover a trigger, in text order, never overlapping."""
    done = lo
    if triggers is None:
        triggers = _triggers_in(text, lo, hi)
    for trigger, needs_lead in triggers:
        if trigger < done:
            continue
        starts = _starts_before(text, trigger, max(lo, done))
        if needs_lead and len(starts) == 1:
            continue  # "three years", "the day": a unit word alone never starts a date
        for start in starts:
            m = _PATTERN.match(text, start, hi)
            if m is not None and m.end() > trigger:
                done = m.end()
                yield m
                break


# --- resolving values ---------------------------------------------------------------------


def parse_published(value: object) -> dt.date | None:
    """The publication date from ``meta["published"]`` (ISO date or date-time), or None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(d: dt.date, months: int) -> dt.date:
    m = d.month - 1 + months
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _shift(anchor: dt.date, n: int, unit: str) -> str | None:
    """The value of ``anchor`` moved by ``n`` units, at the unit's granularity."""
    unit = unit.rstrip("s")
    try:
        if unit == "day":
            return (anchor + dt.timedelta(days=n)).isoformat()
        if unit == "week":
            return _week(anchor + dt.timedelta(weeks=n))
        if unit == "month":
            return _add_months(anchor, n).strftime("%Y-%m")
        if unit == "year":
            return f"{anchor.year + n:04d}"
        if unit == "decade":
            return f"{(anchor.year + 10 * n) // 10:03d}"
    except (OverflowError, ValueError):
        return None
    return None


# News reports mostly look back: a month or day without a year is taken as the closest one
# to publication, with days ahead counting this much more than days past.
_FUTURE_COST = 1.5


def _closest_year(month: int, day: int | None, pub: dt.date) -> int:
    """The year that puts month/day closest to publication, leaning to the past."""
    if day is None and month == pub.month:
        return pub.year  # "in May" said in May
    best: tuple[float, int] | None = None
    year = pub.year
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            d = dt.date(y, month, day or 15)
        except ValueError:
            continue  # February 29 in a common year
        gap = (d - pub).days
        key = (-gap if gap <= 0 else gap * _FUTURE_COST, y)
        if best is None or key < best:
            best, year = key, y
    return year


def _month_day(
    month: int, day: int, year: int | None, pub: dt.date | None, future: bool = False,
    past: bool = False,
) -> str | None:
    if year is None:
        if pub is None:
            return f"XXXX-{month:02d}-{day:02d}"
        year = _closest_year(month, day, pub)
        if future:  # "takes effect Jan. 1" said in June: the coming one
            year = pub.year if (month, day) >= (pub.month, pub.day) else pub.year + 1
        elif past:  # "was signed Dec. 30" said in December: the last one
            year = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None  # "February 30"


def _weekday(target: int, rel: str, pub: dt.date | None) -> str | None:
    if pub is None:
        return None
    back = (pub.weekday() - target) % 7
    rel = rel.lower()
    if rel == "next":
        return (pub + dt.timedelta(days=(target - pub.weekday()) % 7 or 7)).isoformat()
    if rel == "last":
        return (pub - dt.timedelta(days=back or 7)).isoformat()
    if rel == "this":
        return (pub + dt.timedelta(days=target - pub.weekday())).isoformat()
    if rel == "coming":  # "will meet on Saturday": the closest on or after publication
        return (pub + dt.timedelta(days=(target - pub.weekday()) % 7)).isoformat()
    return (pub - dt.timedelta(days=back)).isoformat()


def _int(word: str) -> int | None:
    return int(word) if word.isdigit() else _NUMBERS.get(word.lower())


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def _relative_period(rel: str, unit: str, pub: dt.date | None) -> str | None:
    if pub is None:
        return None
    rel = " ".join(rel.lower().split())
    step = {"this": 0, "last": -1, "next": 1, "current": 0, "the current": 0}.get(rel, 0)
    unit = unit.lower()
    if unit == "quarter":
        q = pub.year * 4 + (pub.month - 1) // 3 + step
        return f"{q // 4:04d}-Q{q % 4 + 1}"
    if unit == "weekend":
        if rel == "the" and pub.weekday() < 5:
            step = -1  # "over the weekend", said on a weekday: the one just past
        week = _week(pub + dt.timedelta(weeks=step))
        return f"{week}-WE"
    if unit in _SEASONS:
        return f"{pub.year + (step if step else 0):04d}-{_SEASONS[unit]}"
    return _shift(pub, step, unit)


# --- the normaliser ---------------------------------------------------------------------

class Groups:
    """The named groups of one match, read on demand (``groupdict()`` builds ~100 entries
    for the few a rule reads), plus context the caller adds (``_future``, ``_period``)."""

    __slots__ = ("_extra", "_match")

    def __init__(self, match: re.Match[str]) -> None:
        self._match = match
        self._extra: dict[str, object] = {}

    def __getitem__(self, name: str) -> str | None:
        return self._match.group(name)

    def __setitem__(self, name: str, value: object) -> None:
        self._extra[name] = value

    def get(self, name: str, default: object = None) -> object:
        return self._extra.get(name, default)
Anchor = tuple[dt.date, int]  # a date and its grain (0 day, 2 month, 3 year)


# TIMEX3 parts of the day ("Tuesday evening" is 2025-02-18TEV), as TimeBank and HeidelTime
# write them; "tonight" is the night of the day it is said.
_PART_OF_DAY = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI",
                "tonight": "TNI"}

_GRAIN = {"day": 0, "week": 1, "month": 2, "year": 3, "decade": 4}


def _anchor_of(value: str | None) -> Anchor | None:
    """A resolved value as an anchor for later relative expressions: (date, grain)."""
    if not value or not value[:4].isdigit():
        return None
    try:
        if len(value) == 10 or value[10:11] == "T":  # a day, or a part of one
            return dt.date.fromisoformat(value[:10]), 0
        if len(value) == 7 and value[4] == "-":
            return dt.date(int(value[:4]), int(value[5:7]), 15), 2
        if len(value) == 4:
            return dt.date(int(value), 7, 1), 3
    except ValueError:
        return None
    return None


_PERIOD_VALUE = re.compile(r"(\d{4})(-(?:0[1-9]|1[0-2]|Q[1-4]|H[12]))\Z")


def _value_anchored(g: Groups, pub: dt.date | None, anchor: Anchor | None) -> str | None:
    text = " ".join((g["an"] or "").lower().split())
    unit = (g["an_u"] or text.split()[-1]).rstrip("s")
    period = g.get("_period")
    if period and g.get("_compare") and unit == "year":
        # "up 5% from a year earlier" compares with the period the figures are for ("in
        # April", "the third quarter"): the same period a year before, as TimeBank marks it
        m = _PERIOD_VALUE.match(period)
        if m:
            n = _int(g["an_n"] or "") or 1
            sign = -1 if g["an_dir"] == "earlier" else 1
            return f"{int(m.group(1)) + sign * n:04d}{m.group(2)}"
    # count from the last date mentioned when it is at least as fine as the unit ("a year
    # earlier" after "2014"), else from publication ("the same day" after "in 2022")
    if anchor is not None and anchor[1] <= _GRAIN.get(unit, 0):
        ref: dt.date | None = anchor[0]
    else:
        ref = pub
    if ref is None:
        return None
    if g["an_u"]:
        n = _int(g["an_n"] or "") or 1
        sign = -1 if g["an_dir"] == "earlier" else 1
        return _shift(ref, sign * n, g["an_u"])
    if "same" in text:
        return _shift(ref, 0, unit)
    sign = -1 if ("previous" in text or "prior" in text or "before" in text) else 1
    return _shift(ref, sign, unit)


def _value_ago(g: Groups, pub: dt.date | None, anchor: Anchor | None) -> str | None:
    n = _int(g["ago_n"] or "")
    if pub is None or n is None:
        return None
    unit = g["ago_u"] or ""
    if unit.startswith("decade"):
        # "a decade ago" points at a year ten years back (TimeBank), not at a decade
        return _shift(pub, -10 * n, "year")
    return _shift(pub, -n, unit)


def _value_iso(g: Groups, pub: dt.date | None, anchor: Anchor | None) -> str | None:
    try:
        return dt.date.fromisoformat(g["iso"] or "").isoformat()
    except ValueError:
        return None


def _value_month_day(g: Groups, pub: dt.date | None, anchor: Anchor | None) -> str | None:
    year = int(g["md_y"]) if g["md_y"] else None
    if g["md_yr"]:
        if pub is None:
            return None
        year = pub.year + _YEAR_STEP[g["md_yr"]]
    month, day = _MONTHS[g["md_m"] or ""], _day(g["md_d"] or "")
    return _month_day(month, day, year, pub, bool(g.get("_future")), bool(g.get("_past")))


def _value_day_month(g: Groups, pub: dt.date | None, anchor: Anchor | None) -> str | None:
    year = int(g["dm_y"]) if g["dm_y"] else None
    month, day = _MONTHS[g["dm_m"] or ""], _day(g["dm_d"] or "")
    return _month_day(month, day, year, pub, bool(g.get("_future")), bool(g.get("_past")))


def _value_month_year(g: Groups, pub: dt.date | None, anchor: Anchor | None) -> str | None:
    return f"{g['my_y']}-{_MONTHS[g['my_m'] or '']:02d}"


def _value_season(g: Groups, pub: dt.date | None, anchor: Anchor | None) -> str | None:
    season = _SEASONS[(g["se_s"] or "").lower()]
    if g["se_y"]:
        return f"{g['se_y']}-{season}"
    rel = (g["se_rel"] or "").lower()
    if pub is None:
        return None
    if rel == "the":
        # "since the fall": the latest one begun by publication; ahead when the clause
        # looks ahead ("will reopen in the spring")
        order = ["WI", "SP", "SU", "FA"]
        now = order[(pub.month % 12) // 3]
        if g.get("_future"):
            return f"{pub.year + (0 if order.index(season) > order.index(now) else 1)}-{season}"
        return f"{pub.year - (0 if order.index(season) <= order.index(now) else 1)}-{season}"
    if rel == "last":
        # "last summer" said in autumn is this year's summer
        order = ["WI", "SP", "SU", "FA"]
        now = order[(pub.month % 12) // 3]
        return f"{pub.year - (0 if order.index(season) < order.index(now) else 1)}-{season}"
    if rel == "next":
        return f"{pub.year + 1}-{season}"
    return f"{pub.year}-{season}"


def _value_decade(g: Groups, pub: dt.date | None, anchor: Anchor | None) -> str | None:
    if g["de_c"]:
        return f"{int(g['de_c']) - 1:02d}"  # the 20th century is "19"
    if g["de_y"]:
        return g["de_y"][:3]
    yy = int(g["de_yy"] or "0")
    return f"{19 if yy >= 30 else 20}{yy // 10}"


def _value_quarter(g: Groups, pub: dt.date | None, anchor: Anchor | None) -> str | None:
    if g["qu_q4"]:
        year = g["qu_qy"] or (f"{pub.year:04d}" if pub else "XXXX")
        return f"{year}-Q{g['qu_q4']}"
    n = _ORDINALS[(g["qu_n"] or "").lower()]
    unit = "Q" if g["qu_q"] else "H"
    if unit == "H" and n > 2:
        return None
    if g["qu_fy"] or g["qu_fy2"] or g["qu_fy3"]:
        # "its fiscal first quarter" (TimeBank: FY1990-Q1): of the fiscal year named last,
        # else of the publication year (when a company's fiscal year starts is not known)
        fiscal = g["qu_y"] or g.get("_fiscal") or (f"{pub.year:04d}" if pub else "XXXX")
        return f"FY{fiscal}-{unit}{n}"
    if g["qu_y"]:
        year: int | None = int(g["qu_y"])
    elif pub is not None and g["qu_rel"]:
        year = pub.year + {"last": -1, "next": 1}.get(g["qu_rel"].lower(), 0)  # "the": this
    elif pub is not None:
        # "the fourth quarter" in a February report is last year's; in August, this year's
        per_year = 4 if unit == "Q" else 2
        now = (pub.month - 1) * per_year // 12 + 1
        back, ahead = (now - n) % per_year, (n - now) % per_year
        year = pub.year + 1 if ahead * _FUTURE_COST < back and n < now else pub.year
        if back < ahead * _FUTURE_COST and n > now:
            year = pub.year - 1
    else:
        year = None
    return f"{year:04d}-{unit}{n}" if year is not None else f"XXXX-{unit}{n}"


def _value_boundary(g: Groups, pub: dt.date | None, anchor: Anchor | None) -> str | None:
    if g["bo_y"]:
        return g["bo_y"]
    if g["bo_m"]:
        month = _MONTHS[g["bo_m"]]
        if pub is None:
            return f"XXXX-{month:02d}"
        return f"{_closest_year(month, None, pub)}-{month:02d}"
    rel = (g["bo_rel"] or "").lower()
    return _relative_period("this" if rel == "the" else rel, g["bo_u"] or "", pub)


def _value_relative(g: Groups, pub: dt.date | None, anchor: Anchor | None) -> str | None:
    rel, unit = g["re_rel"] or "", g["re_u"] or ""
    if unit == "weekend" and rel.lower() == "the" and g.get("_future") and pub is not None:
        return f"{_week(pub + dt.timedelta(days=(pub.weekday() == 6) * 7))}-WE"
    value = _relative_period(rel, unit, pub)
    return f"FY{value}" if g["re_fy"] and value else value


def _value_weekday(g: Groups, pub: dt.date | None, anchor: Anchor | None) -> str | None:
    rel = (g["wd_rel"] or "").split()[-1] if g["wd_rel"] else ""
    if rel.lower() in ("late", "early"):
        rel = ""
    if not rel and g.get("_future"):
        rel = "coming"
    day = _weekday(_WEEKDAYS[g["wd_d"] or ""], rel, pub)
    return day + _PART_OF_DAY[g["wd_pod"]] if day and g["wd_pod"] else day


def _value_holiday(g: Groups, pub: dt.date | None, anchor: Anchor | None) -> str | None:
    name = " ".join((g["ho_n"] or "").lower().replace("’", "'").split())
    name = name.replace("veterans' day", "veterans day")
    month, day = _HOLIDAYS[name]
    if g["ho_y"]:
        year = int(g["ho_y"])
    elif pub is not None:
        year = _closest_year(month or 4, day or 15, pub)
        if g.get("_future") and _holiday_date(name, month, day, year) < pub:
            year += 1
        elif g.get("_past") and _holiday_date(name, month, day, year) > pub:
            year -= 1
    else:
        return f"XXXX-{month:02d}-{day:02d}" if day and month else None
    return _holiday_date(name, month, day, year).isoformat()


def _value_deictic(g: Groups, pub: dt.date | None, anchor: Anchor | None) -> str | None:
    if pub is None:
        return None
    words = (g["dx_w"] or "").lower().split()
    offset = {"yesterday": -1, "tomorrow": 1, "the": -2 if "before" in words else 2,
              "last": -1}.get(words[0], 0)
    day = (pub + dt.timedelta(days=offset)).isoformat()
    pod = g["dx_pod"] or (words[-1] if words[0] in ("last", "this", "tonight") else "")
    return day + _PART_OF_DAY.get(pod.lower(), "")


def _value_month(g: Groups, pub: dt.date | None, anchor: Anchor | None) -> str | None:
    month = _MONTHS[g["mo_m"] or ""]
    rel = (g["mo_rel"] or "").lower()
    if pub is None:
        return None if rel or g["mo_yr"] else f"XXXX-{month:02d}"
    if g["mo_yr"]:
        return f"{pub.year + _YEAR_STEP[g['mo_yr']]:04d}-{month:02d}"
    if rel == "last":  # the latest one before the current month ("last February")
        return f"{pub.year - (month >= pub.month):04d}-{month:02d}"
    if rel == "next":
        return f"{pub.year + (month <= pub.month):04d}-{month:02d}"
    if rel == "this":
        return f"{pub.year:04d}-{month:02d}"
    year = _closest_year(month, None, pub)
    if g.get("_future"):  # "through September" said in March: this year's
        year = pub.year if month >= pub.month else pub.year + 1
    elif g.get("_past"):  # "came in July" said in March: last year's
        year = pub.year if month <= pub.month else pub.year - 1
    return f"{year}-{month:02d}"


def _value_year(g: Groups, pub: dt.date | None, anchor: Anchor | None) -> str | None:
    return f"FY{g['yr_y']}" if g["yr_fy"] else g["yr_y"]


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday of a month; n = -1 is the last one."""
    if n < 0:
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


# Holidays on a weekday of a month: (weekday, n) for month from _HOLIDAYS.
_FLOATING = {"thanksgiving": (3, 4), "thanksgiving day": (3, 4), "labor day": (0, 1),
             "memorial day": (0, -1)}


def _holiday_date(name: str, month: int, day: int, year: int) -> dt.date:
    if name.startswith("easter"):
        return _easter(year)
    if name in _FLOATING:
        return _nth_weekday(year, month, *_FLOATING[name])
    return dt.date(year, month, day)


_VALUES: dict[str, Callable[[Groups, dt.date | None, Anchor | None], str | None]] = {
    "anchored": _value_anchored,
    "ago": _value_ago,
    "iso": _value_iso,
    "month_day": _value_month_day,
    "day_month": _value_day_month,
    "month_year": _value_month_year,
    "season": _value_season,
    "decade": _value_decade,
    "quarter": _value_quarter,
    "boundary": _value_boundary,
    "relative": _value_relative,
    "weekday": _value_weekday,
    "holiday": _value_holiday,
    "deictic": _value_deictic,
    "month": _value_month,
    "year": _value_year,
}

# Where a rule's span starts inside the match (a cue word before it is not part of it).
_SPAN_GROUP = {"month": "mo", "weekday": "wd"}

_SCORES = {"holiday": 0.85, "iso": 0.95, "month_day": 0.95, "day_month": 0.9, "month_year": 0.95,
           "deictic": 0.9, "weekday": 0.9, "relative": 0.9, "ago": 0.9, "decade": 0.9,
           "quarter": 0.85, "boundary": 0.8, "season": 0.75, "anchored": 0.7, "month": 0.85,
           "year": 0.8}

_SOURCES = {rule: f"dates.{rule}@{VERSION}" for rule in _SCORES}

# --- bail-outs ------------------------------------------------------------------------------


def _bad_year(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """A year-like number that counts things or names something: '2030 GMT', 'No. 2014'."""
    after = re.match(r"\s+([A-Za-z]+)", text[end : min(hi, end + 20)])
    if after and after.group(1) in _COUNT_NOUNS:
        return True
    if _NOT_YEAR_BEFORE.search(text, max(lo, start - 24), start):
        return True
    before = text[max(lo, start - 2) : start]
    return before.endswith(("-", "–")) and start - 2 >= lo and text[start - 2].isalnum()


# Named days: a holiday or event, not "the closest such weekday".
_NAMED_DAYS = frozenset("""
    Good Black Super Bloody Ash Easter Palm Cyber Holy Maundy Giving Fat Shrove Orange
    Manic Blue Red Green White Mad Freaky Casual Throwback
""".split())


def _weekday_in_name(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """'Good Friday Agreement', 'Super Tuesday', 'Sunday Times': a capitalised neighbour."""
    if end + 1 < hi and text[end] == " " and text[end + 1].isupper():
        nxt = text[end + 1 : end + 12].split(None, 1)[0].rstrip(",.")
        if nxt not in _MONTHS:
            return True
    if start - 2 >= lo and text[start - 1] == " ":
        k = text.rfind(" ", max(lo, start - 30), start - 1)
        if text[k + 1 : start - 1] in _NAMED_DAYS:
            return True
    return False


def _inside_name(text: str, start: int, lo: int) -> bool:
    """'Russia Today', 'USA Today': a capitalised 'Today' after a capitalised word is a name."""
    return re.search(r"[A-Z][\w.]*[ \t]+\Z", text[max(lo, start - 30) : start]) is not None


# The tense of a date's clause decides which way a bare weekday or month points, as in
# HeidelTime: the last tense cue before the date in its clause wins ("he said he would
# resign before Sunday's final" looks ahead; "the ban, which will expire, was lifted
# Wednesday" looks back). Future: modals and "be set/due/expected to", plans and
# expectations, "takes effect", and present-tense fixtures ("Melbourne travel to Auckland
# on Friday", "the Leafs visit Ottawa Saturday"). Past: past-tense verbs ("came", "said",
# "beat", "-ed" verbs that are not adjectives or passive participles), "ago".
_TENSE = re.compile(
    r"\b(?:(?P<f>will|would|shall|won['’]t|wouldn['’]t|going\s+to|"
    r"(?:plans?|planned|expects?|expected|intends?|aims?)\s+to|"
    r"(?:is|are|be|['’]s|['’]re)\s+(?:set|scheduled|expected|due|slated|poised)|"
    r"set\s+to|scheduled\s+(?:to|for)|due\s+(?:on|for|by)|"
    r"takes?\s+effect|upcoming|to\s+be\s+held|"
    r"(?:could|should|may|might|must)(?!\s+(?:not\s+)?have\b)|['’]ll)|"
    r"(?P<p>was|were|had|did|wasn['’]t|weren['’]t|hadn['’]t|didn['’]t|ago|says|said|told|"
    r"announced|reported|added|confirmed|"
    r"came|went|beat|won|lost|took|gave|made|met|saw|fell|rose|began|ran|held|struck|sent|"
    r"spent|got|brought|bought|fought|thought|caught|sold|paid|led|fled|broke|spoke|wrote|"
    r"chose|drove|flew|threw|grew|knew|drew|became|stood|sat|kept|felt|found|heard|built|"
    r"shot|stole|swore|woke|wore|tore|ate|forgot|hung|sank|sang|swam|rang|dug|stuck|slid|"
    r"spun|overcame|overtook|withdrew|undertook)|"
    r"(?P<ed>[a-z]{2,}ed)|"
    r"(?P<v3>travels|hosts|faces|plays|visits|meets|resumes|begins|opens|arrives|departs|"
    r"kicks\s+off|"
    r"takes\s+on|heads\s+to|returns\s+to)|"
    r"(?P<v>travel|host|face|play|visit|meet|arrive|depart|take\s+on|head\s+to|return\s+to))\b"
)
# After these an "-ed" word is an adjective ("an unchanged XV") or a participle whose tense
# the auxiliary carries ("will be lifted", "stay closed"): no cue of its own.
_NOT_A_VERB_BEFORE = frozenset("""
    a an the its his her their our my your this that these those every each no some any
    be been being is are am was were 's 're ’s ’re get gets got become becomes stay stays
    remain remains keep keeps to
""".split())
# "-ed" words that are no past tense
_NOT_PAST_ED = frozenset("""
    need needed speed seed feed proceed exceed succeed indeed hundred bed red shed wed embed
    breed greed creed weed steed bleed heed
""".split())
_SUBJECT_PRONOUNS = frozenset({"they", "we", "you", "They", "We", "You", "I"})


def _tense(clause: str) -> int:
    """1 when the last tense cue in ``clause`` looks ahead, -1 when it looks back, else 0.

    An "-ed" word is a weak cue: it may be an adjective ("will import liquefied natural gas
    from April"), so it counts only in a clause without a verb form that is surely past or
    future, or after a fixture verb, which governs no participle ("faces charges filed
    Monday").
    """
    last = weak = 0
    fixture = False
    for m in _TENSE.finditer(clause):
        kind = m.lastgroup
        if kind == "f" or kind == "p":
            last, fixture = (1 if kind == "f" else -1), False
            continue
        i = m.start()
        if i and clause[i - 1] == "-":
            continue  # "Dallas-based", "so-called"
        before = clause[max(0, i - 16) : i].split()
        prev = before[-1] if before else ""
        if kind == "ed":
            if m.group() not in _NOT_PAST_ED and prev.lower() not in _NOT_A_VERB_BEFORE:
                weak = -1
                if fixture:
                    last, fixture = -1, False
        elif prev.lower() not in _NOT_A_VERB_BEFORE and (
            kind == "v3" or prev in _SUBJECT_PRONOUNS or prev[:1].isupper()
        ):
            # a plural fixture verb needs its subject next to it: "Melbourne travel",
            # "they host"; a noun ("a visit", "the host") has a determiner
            last, fixture = 1, True
    return last or weak


# A date right after these reads as a deadline ahead ("by the weekend", "until Monday",
# "through Sept. 30") unless the clause is in the past ("had ended by Monday").
_DEADLINE = ("by ", "until ", "till ", "through ")
_FORWARD_RULES = frozenset({"weekday", "month_day", "day_month", "month", "holiday", "season",
                            "relative"})
# Rules whose default (the closest such day or month) may lie ahead of publication: a clause
# in the past tense moves them back ("The deadliest stretch came in July").
_BACKWARD_RULES = frozenset({"month_day", "day_month", "month", "holiday"})
_CLAUSE_END = re.compile(r"[.!?;:,\n](?=\s)|[“”\"]|['’](?=[,\s])|(?<=\s)['‘]")
_SENTENCE_END = re.compile(r"[.!?;\n](?=\s)|[“”\"]|['’](?=[,\s])|(?<=\s)['‘]")
_SINCE = re.compile(r"\b(?:since|ago|last|earlier|previous|past)\s+\Z")
# "for Saturday's Six Nations match", "for Friday's vote": an event the date names is ahead
_FOR_EVENT = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:match|game|final|semi-?final|race|fixture|clash|"
    r"showdown|opener|derby|tie|bout|fight|vote|election|ballot|referendum|poll|primary|"
    r"meeting|summit|talks|hearing|trial|deadline|debate|ceremony|launch|concert|parade|"
    r"march|rally|session|sitting|budget|decision|announcement|meet|event|festival)\b"
)


def _clause_before(text: str, start: int, lo: int, ends: re.Pattern[str] = _CLAUSE_END) -> str:
    """The text from the start of the date's clause (or sentence) up to it."""
    window = text[max(lo, start - 160) : start]
    cut = 0
    for m in ends.finditer(window):
        cut = m.end()
    return window[cut:]


# A word of every future cue and fixture verb of _TENSE: most dates have none of them within
# reach, and a set rules that out far faster than the regular expression.
_AHEAD_WORDS = frozenset("""
    will would shall won't won’t wouldn't wouldn’t going plan plans planned expect expects
    expected intend intends aim aims set scheduled due slated poised takes take effect
    upcoming held could should may might must travel travels host hosts face faces play plays
    visit visits meet meets resumes begins opens arrive arrives depart departs kicks head heads
    return returns
""".split())


def _direction(text: str, start: int, end: int, lo: int, hi: int) -> int | None:
    """Which way the clause around a date points: 1 ahead, -1 back, 0 no cue either way.

    None when no future cue is within reach (the clause's tense was not read: a past cue
    could only confirm the default, except for rules in :data:`_BACKWARD_RULES`).
    """
    window = text[max(lo, start - 160) : start]
    deadline = window.endswith(_DEADLINE)
    for_event = (window.endswith("for ") and text[end : end + 1] in ("'", "’")
                 and _FOR_EVENT.match(text, end, min(hi, end + 60)) is not None)
    if (not deadline and not for_event and _AHEAD_WORDS.isdisjoint(window.split())
            and "'ll" not in window and "’ll" not in window):
        return None
    if for_event:
        return 1
    clause = _clause_before(text, start, lo)
    if _SINCE.search(clause):
        return -1
    tense = _tense(clause)
    if deadline and tense == 0:
        return 1
    return tense


def _looks_back(text: str, start: int, lo: int) -> bool:
    """The date's clause is in the past tense (or counts back: "since", "ago")."""
    clause = _clause_before(text, start, lo)
    return _SINCE.search(clause) is not None or _tense(clause) < 0


_COMPARES = re.compile(r"\b(?:than|from|compared|versus|vs\.|over)\b")


def _compares(text: str, start: int, lo: int) -> bool:
    """'higher than a year earlier', 'compared with $71 million a year earlier'."""
    return _COMPARES.search(_clause_before(text, start, lo, _SENTENCE_END)) is not None


_AMOUNT_WORDS = frozenset("""
    hour hours minute minutes second seconds day days week weeks month months year years
    much bit little slightly somewhat far
""".split())


def _after_amount(text: str, start: int, lo: int) -> bool:
    """'an hour later this fall', 'much later this year': the modifier compares."""
    before = text[max(lo, start - 20) : start].split()
    return bool(before) and before[-1].lower() in _AMOUNT_WORDS


_SEASON_CUES = frozenset("since in during until by through over before after".split())


def _season_after_cue(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """'since the fall', 'in the spring', but not 'the fall of Kabul', 'the fall in prices'."""
    before = text[max(lo, start - 12) : start].split()
    if not before or before[-1].lower() not in _SEASON_CUES:
        return False
    after = text[end : min(hi, end + 6)].split()
    return not after or after[0].lower() not in ("of", "in", "to", "from", "and", "season")


def normalize(
    expression: str,
    published: str | dt.date | None = None,
    *,
    anchor: Anchor | None = None,
) -> str | None:
    """The TIMEX3 value of one date expression, resolved against ``published``.

    ``normalize("last week", "2025-05-16")`` is ``"2025-W19"``; a cue word may lead
    (``"in March"``). None when the text is not one date expression this module knows, or
    when it cannot be resolved. ``anchor`` is the (date, grain) that expressions such as
    "the previous day" count from; it defaults to the publication date.
    """
    text = expression.strip()
    for candidate in (text, f"in {text}"):
        state = {} if anchor is None else {"anchor": anchor}
        spans = find_dates_in(candidate, published=published, state=state)
        if len(spans) == 1 and spans[0].end == len(candidate):
            lead = candidate[: spans[0].start].split()
            if len(lead) <= 1:  # nothing, or one cue word ("in March", "on Monday")
                return spans[0].value
    return None


def find_dates_in(
    text: str,
    lo: int = 0,
    hi: int | None = None,
    published: str | dt.date | None = None,
    state: dict[str, Anchor] | None = None,
    triggers: list[_Trigger] | None = None,
) -> list[Span]:
    """DATE spans in ``text[lo:hi]``; ``state`` carries the anchor date across blocks.

    ``triggers`` are :func:`_document_triggers` of the whole text, when the caller scans
    several blocks of it.
    """
    hi = len(text) if hi is None else hi
    pub = parse_published(published)
    state = {} if state is None else state
    spans: list[Span] = []
    block_triggers = None if triggers is None else _block_triggers(triggers, lo, hi)
    for m in _candidates(text, lo, hi, block_triggers):
        rule = m.lastgroup[2:] if m.lastgroup else ""
        group = _SPAN_GROUP.get(rule)
        start, end = m.span(group) if group else m.span()
        if rule == "year" and not m.group("yr_mod") and _bad_year(
            text, m.start("yr_y"), m.end("yr_y"), lo, hi
        ):
            continue
        if rule == "weekday" and _weekday_in_name(text, start, end, lo, hi):
            continue
        if rule == "season" and not m.group("se_y") and (
            m.group("se_rel") is None
            or (m.group("se_rel") == "the" and not _season_after_cue(text, start, end, lo, hi))
        ):
            continue  # "summer", "the fall in prices": which one, if any, is anyone's guess
        if rule == "deictic" and text[start] == "T" and _inside_name(text, start, lo):
            continue
        if rule == "relative" and m.group("re_mod") and _after_amount(text, start, lo):
            start = m.start("re_rel")  # "an hour [later] this fall": "later" compares
        groups = Groups(m)
        direction = None
        if rule in _FORWARD_RULES and pub is not None:
            direction = _direction(text, start, end, lo, hi)
            groups["_future"] = direction == 1
        if rule == "quarter":
            groups["_fiscal"] = state.get("fiscal")
        if rule == "anchored":
            groups["_period"] = state.get("period")
            groups["_compare"] = _compares(text, start, lo)
        value = _VALUES[rule](groups, pub, state.get("anchor"))
        if (rule in _BACKWARD_RULES and value is not None and pub is not None
                and value[:10] > pub.isoformat() and direction != 1
                and (direction == -1 or (direction is None and _looks_back(text, start, lo)))):
            groups["_past"] = True  # the closest one lies ahead, but the clause looks back
            value = _VALUES[rule](groups, pub, state.get("anchor"))
        anchor = _anchor_of(value)
        if anchor is not None:
            state["anchor"] = anchor
        if value is not None and rule != "anchored" and _PERIOD_VALUE.match(value):
            state["period"] = value  # type: ignore[assignment]
        if value is not None and value.startswith("FY") and value[2:6].isdigit():
            state["fiscal"] = value[2:6]  # type: ignore[assignment]
        # (positional, the quicker call: quote_type is None, then value)
        spans.append(new_span(f"D{start}-{end}", "DATE", start, end, text[start:end],
                              _SCORES[rule], _SOURCES[rule], None, value))
    return spans


def find_dates(doc: Document, words: TriggerHits | None = None) -> list[Span]:
    """DATE spans in the document's headline and paragraphs, with TIMEX3 values.

    ``words`` are the occurrences of the :data:`TRIGGERS` words in the text when the caller
    found them in a pass of its own (with other words).
    """
    spans: list[Span] = []
    state: dict[str, Anchor] = {}
    published = parse_published(doc.published)
    blocks = content_blocks(doc)
    if len(blocks) <= 1:
        for block in blocks:
            spans.extend(find_dates_in(doc.text, block.start, block.end, published, state))
        return spans
    triggers = _document_triggers(doc.text, words)
    starts = [t[0] for t in triggers]
    for block in blocks:
        k = bisect_left(starts, block.start)
        if k == len(starts) or starts[k] >= block.end:
            continue  # no trigger, no date: most paragraphs
        spans.extend(
            find_dates_in(doc.text, block.start, block.end, published, state, triggers)
        )
    return spans
