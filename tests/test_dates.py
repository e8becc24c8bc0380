"""DATE heuristics: extents as TimeML marks them, TIMEX3 values, and what is not a date."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.heuristics import dates
from curate.heuristics.dates import RULES, VERSION, find_dates, find_dates_in, normalize
from curate.records import Document

PUB = "2025-05-28"  # a Wednesday


def found(text: str, published: str | None = PUB) -> list[tuple[str, str | None]]:
    return [(s.text, s.value) for s in find_dates_in(text, published=published)]


# (text, [(span text, value)]) with the article published on Wednesday 2025-05-28
CASES: list[tuple[str, list[tuple[str, str | None]]]] = [
    # the spec's examples
    ("Peskov said Wednesday that work was progressing.", [("Wednesday", "2025-05-28")]),
    ("Medinsky said late Wednesday that he proposed a date.", [("late Wednesday", "2025-05-28")]),
    ("Officials last met in Istanbul on May 16.", [("May 16", "2025-05-16")]),
    ("In August 2024, the army launched an offensive.", [("August 2024", "2024-08")]),
    ("the annexation of Crimea in 2014", [("2014", "2014")]),
    ("However, last week, he cast doubt on any deal.", [("last week", "2025-W21")]),
    ("talks in Istanbul next Monday, Lavrov added.", [("next Monday", "2025-06-02")]),
    ("Kellogg said earlier this week that Washington agreed.",
     [("earlier this week", "2025-W22")]),
    ("They had a telephone conversation yesterday.", [("yesterday", "2025-05-27")]),
    # weekdays: the closest on or before publication, "next"/"last" move a week
    ("On Monday, Putin held a phone call.", [("Monday", "2025-05-26")]),
    ("The exchange wrapped up on Sunday.", [("Sunday", "2025-05-25")]),
    ("They met last Friday.", [("last Friday", "2025-05-23")]),
    ("He will travel next Wednesday.", [("next Wednesday", "2025-06-04")]),
    # absolute dates in every common shape
    ("The deal was signed May 16, 2025.", [("May 16, 2025", "2025-05-16")]),
    ("It ended on Oct. 1, 1997, in Tokyo.", [("Oct. 1, 1997", "1997-10-01")]),
    ("Results are due Sept. 30.", [("Sept. 30", "2025-09-30")]),
    ("The hearing is set for Jan 14 in Kyiv.", [("Jan 14", "2026-01-14")]),  # looks ahead
    ("Mar and Jan are names; Jan said so.", []),
    ("Revenue rose in Q3 2024 and again in Q1.", [("Q3 2024", "2024-Q3"), ("Q1", "2025-Q1")]),
    ("The border was drawn in the 20th century.", [("the 20th century", "19")]),
    ("Talks will resume early next year.", [("early next year", "2026")]),
    ("Profit rose in the current quarter after last quarter's loss.",
     [("the current quarter", "2025-Q2"), ("last quarter", "2025-Q1")]),
    ("Sales will rise this fall after falling last fall.",
     [("this fall", "2025-FA"), ("last fall", "2024-FA")]),
    ("They met on Christmas Day 2023 and again on Christmas.",
     [("Christmas Day 2023", "2023-12-25"), ("Christmas", "2024-12-25")]),
    ("Christmas trees and Thanksgiving shopping sold well.", []),
    ("The vote is on 16 May 2024.", [("16 May 2024", "2024-05-16")]),
    ("The file is dated 2025-05-16.", [("2025-05-16", "2025-05-16")]),
    ("It was held on Wednesday, May 21.", [("Wednesday, May 21", "2025-05-21")]),
    ("talks on June 2 in Istanbul", [("June 2", "2025-06-02")]),
    ("the first time since March 2022", [("March 2022", "2022-03")]),
    ("The month named alone needs a cue: in March, troops advanced.", [("March", "2025-03")]),
    ("Prices have risen since January.", [("January", "2025-01")]),
    ("The offensive began in early May.", [("early May", "2025-05")]),
    ("following Russia's 2022 invasion", [("2022", "2022")]),
    ("Sales fell in fiscal 1998.", [("fiscal 1998", "FY1998")]),
    ("Growth slowed in mid-2024.", [("mid-2024", "2024")]),
    # relative periods
    ("Inflation rose this month.", [("this month", "2025-05")]),
    ("Inflation rose last month.", [("last month", "2025-04")]),
    ("The war began last year.", [("last year", "2024")]),
    ("Elections are due next year.", [("next year", "2026")]),
    ("Talks resume this weekend.", [("this weekend", "2025-W22-WE")]),
    ("Drones struck over the weekend.", [("the weekend", "2025-W21-WE")]),
    ("Turnout was higher than 2019 and the 2014 election.", [("2019", "2019"), ("2014", "2014")]),
    ("About 2000 protesters and some 2014 soldiers gathered.", []),
    ("Profit rose in the fourth quarter.", [("the fourth quarter", "2024-Q4")]),  # looks back
    ("third-quarter profit fell", [("third-quarter", "2025-Q3")]),
    ("Output grew in the first half of 2024.", [("the first half of 2024", "2024-H1")]),
    ("Rates will fall by the end of the year.", [("the end of the year", "2025")]),
    ("It was founded in the 1990s.", [("the 1990s", "199")]),
    ("The plan dates from summer 2024.", [("summer 2024", "2024-SU")]),
    ("Two years ago the talks collapsed.", [("Two years ago", "2023")]),
    ("He resigned three days ago.", [("three days ago", "2025-05-25")]),
    ("Putin's comments come on the same day.", [("the same day", "2025-05-28")]),
    # anchored expressions count from the last full date mentioned
    ("On May 16 they met; the previous day, they spoke.",
     [("May 16", "2025-05-16"), ("the previous day", "2025-05-15")]),
    ("The pact was signed in 2014. A year earlier, talks failed.",
     [("2014", "2014"), ("A year earlier", "2013")]),
    ("Putin's comments come on the same day as the 2022 attack anniversary.",
     [("the same day", "2025-05-28"), ("2022", "2022")]),
    ("The attack came in 2022; the same day, a court ruled.",
     [("2022", "2022"), ("the same day", "2025-05-28")]),  # a year is too coarse to count days
    # the clause looks ahead: the next such day, not the last one
    ("The council will vote on Friday.", [("Friday", "2025-05-30")]),
    ("Fans hope to see him before Sunday's final, which he would miss.",
     [("Sunday", "2025-05-25")]),  # "would" comes after the date: no look-ahead
    ("He said he would resign before Sunday's final.", [("Sunday", "2025-06-01")]),
    ("The new tariff takes effect March 1.", [("March 1", "2026-03-01")]),
    ("The storm should reach the coast by the weekend, forecasters said.",
     [("the weekend", "2025-W22-WE")]),
    ("Sales will rise 5% this year, the company announced Monday.",
     [("this year", "2025"), ("Monday", "2025-05-26")]),
    ("Costs have climbed since the fall.", [("the fall", "2024-FA")]),
    ("After the fall of the regime and the fall in prices.", []),
    # comparisons count from the period the figures are for
    ("Sales in April were 3% higher than a year earlier.",
     [("April", "2025-04"), ("a year earlier", "2024-04")]),
    ("Net income in the second quarter rose from $2 million a year earlier.",
     [("the second quarter", "2025-Q2"), ("a year earlier", "2024-Q2")]),
    ("Birds now nest two weeks earlier than they used to.", []),
    # parts of days, holidays, fiscal years, halves, decades
    ("The vote came on Thursday night after a long debate.",
     [("Thursday night", "2025-05-22TNI")]),
    ("Fire crews worked through last night and this morning.",
     [("last night", "2025-05-27TNI"), ("this morning", "2025-05-28TMO")]),
    ("Parades were held on Memorial Day.", [("Memorial Day", "2025-05-26")]),
    ("Both parties plan to campaign hard before Labor Day.", [("Labor Day", "2025-09-01")]),
    ("Shops reopen after Easter.", [("Easter", "2025-04-20")]),
    ("Profit fell in fiscal year 1991 and will rise next fiscal year.",
     [("fiscal year 1991", "FY1991"), ("next fiscal year", "FY2026")]),
    ("Exports rose in the first half of the year.", [("the first half of the year", "2025-H1")]),
    ("Schools will start an hour later this fall.", [("this fall", "2025-FA")]),
    ("Scientists warned of it a decade ago.", [("a decade ago", "2015")]),
    # not dates: durations, counts, clock times, vague references, names
    ("a 30-day ceasefire after 10 days of talks in a five-year term", []),
    ("the over three-year-long war and the nearly four-year war", []),
    ("a cap of 600,000 members, 1,000 captives and 48,524 votes", []),
    ("a 28-point peace plan on the Rossiya-1 channel near the Kursk-2 plant", []),
    ("The strike began at 2030 GMT and 2014 people fled.", []),
    ("Resolution No. 2024 passed at 10:30 a.m.", []),
    ("They will meet soon, now or in the coming days, as in recent years.", []),
    ("Theresa May said it may rain.", []),
    ("Russia Today and USA Today reported it.", []),
    ("The 1998 Good Friday Agreement and Super Tuesday and the Sunday Times.", [("1998", "1998")]),
    ("We saw the summer and the spring.", []),
    ("the first half of the match", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_dates_table(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


def test_every_value_is_a_timex3_value_the_validator_accepts() -> None:
    from curate.validate.checks import is_timex

    for text, expected in CASES:
        for _, value in expected:
            assert value is None or is_timex(value), (text, value)


@pytest.mark.parametrize(("value", "ok"), [
    # days, with a part of the day, and weeks' days
    ("2025-05-16", True), ("2019-07-17TNI", True), ("2019-07-17TMO", True),
    ("2024-02-29", True), ("2000-02-29", True), ("XXXX-02-29", True), ("XXXX-05-16", True),
    ("2013-W11-3", True), ("XXXX-WXX-3", True), ("XXXX-XX-16", True),
    # months, years, weeks, weekends, seasons, quarters, halves
    ("2024-08", True), ("XXXX-05", True), ("2014", True), ("XXXX", True), ("2013-W11", True),
    ("2013-W11-WE", True), ("2025-SU", True), ("2025-FA", True), ("2025-Q2", True),
    ("2025-H1", True),
    # decades and centuries, with or without X, and fiscal years
    ("195", True), ("199X", True), ("19", True), ("19XX", True), ("FY1990", True),
    ("FY1990-Q1", True),
    # not TIMEX3 date values, or vague references the spec leaves out
    ("PRESENT_REF", False), ("PAST_REF", False), ("FUTURE_REF", False),
    ("2025-02-29", False), ("1900-02-29", False), ("2025-04-31", False), ("2025-13", False),
    ("2025-5-16", False), ("2025-W54", False), ("2025-Q5", False), ("2025-H3", False),
    ("2025-SUMMER", False), ("2025-05-16T10:00", False), ("2025-05TNI", False),
    ("FY", False), ("FY2025-05", False), ("1", False), ("19955", False), ("May 16", False),
    ("yesterday", False), ("", False), (" 2025", False), ("2025 ", False),
])
def test_timex3_value_grammar(value: str, ok: bool) -> None:
    from curate.validate.checks import TIMEX_PATTERN, is_timex

    assert is_timex(value) is ok
    assert (TIMEX_PATTERN.fullmatch(value) is not None) is ok  # a mirror needs no extra check


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He spoke on Wednesday.", [("Wednesday", None)]),
        ("He spoke yesterday.", [("yesterday", None)]),
        ("They met on May 16.", [("May 16", "XXXX-05-16")]),
        ("They met in August 2024.", [("August 2024", "2024-08")]),
        ("They met last week.", [("last week", None)]),
        ("It happened in 2014.", [("2014", "2014")]),
        ("in the 1990s", [("the 1990s", "199")]),
    ],
)
def test_without_publication_date_values_resolve_only_as_far_as_the_text_allows(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found(text, published=None) == expected


@pytest.mark.parametrize(
    ("expression", "published", "value"),
    [
        ("Wednesday", "2025-05-28", "2025-05-28"),  # published that day: that day
        ("Thursday", "2025-05-28", "2025-05-22"),  # the closest Thursday before
        ("next Monday", "2025-05-26", "2025-06-02"),  # said on a Monday: a week on
        ("last week", "2013-03-15", "2013-W10"),
        ("earlier this week", "2013-03-15", "2013-W11"),
        ("November 20", "2025-01-03", "2024-11-20"),  # the closest one to publication
        ("in March", "2024-09-26", "2024-03"),  # as far back as ahead: the past
        ("in December", "2024-09-26", "2024-12"),  # much closer ahead: the future
        ("in May", "2024-05-02", "2024-05"),
        ("the fourth quarter", "2025-02-10", "2024-Q4"),  # a February report looks back
        ("the fourth quarter", "2025-08-10", "2025-Q4"),
        ("over Thanksgiving", "2025-05-28", "2024-11-28"),
        ("New Year's Eve", None, "XXXX-12-31"),
        ("May 16", "2025-03-03", "2025-05-16"),
        ("December 30", "2025-01-03", "2024-12-30"),  # across the new year
        ("January 2", "2024-12-30", "2025-01-02"),
        ("two years ago", "2025-05-28", "2023"),
        ("a month ago", "2025-03-31", "2025-02"),
        ("last summer", "2025-10-01", "2025-SU"),  # said in autumn: this year's summer
        ("last summer", "2025-05-01", "2024-SU"),
        ("February 29", "2024-03-10", "2024-02-29"),
        ("February 30", "2025-03-10", None),
        ("the 16th of May", "2025-05-28T10:00:00Z", "2025-05-16"),  # a date-time is fine
        ("not a date", "2025-05-28", None),
        ("Wednesday", None, None),
        ("Wednesday", "garbage", None),
    ],
)
def test_normalize(expression: str, published: str | None, value: str | None) -> None:
    assert normalize(expression, published) == value


def test_span_contract() -> None:
    text = "On May 16, 2025, and again last week, officials met; the 1990s were calmer."
    spans = find_dates_in(text, published=PUB)
    assert len(spans) == 3
    for s in spans:
        assert text[s.start : s.end] == s.text
        assert s.id == f"D{s.start}-{s.end}"
        assert s.label == "DATE"
        assert 0.0 <= s.score <= 1.0
        rule = s.source.split(".", 1)[1].split("@")[0]
        assert s.source == f"dates.{rule}@{VERSION}" and rule in RULES


def test_document_uses_publication_date_and_skips_boilerplate() -> None:
    text = (
        "Putin said Tuesday that talks would resume next week.\n"
        "Peskov spoke on Wednesday.\n"
        "ALSO READ: Kremlin says talks on Monday went well\n"
    )
    doc = Document(id="d1", text=text, meta={"published": "2025-05-28"})
    got = [(s.text, s.value) for s in find_dates(doc)]
    assert got == [("Tuesday", "2025-05-27"), ("next week", "2025-W23"),
                   ("Wednesday", "2025-05-28")]


def test_trigger_prefilter_finds_what_a_full_scan_finds() -> None:
    # The fast path tries the pattern only near triggers: it must agree with the slow scan.
    text = " ".join(t for t, _ in CASES) + " " + " ".join(
        e for e, *_ in [("Earlier this month the end of March came, and the day before "
                         "yesterday, the following week, in the summer of 2023, the early 2000s, "
                         "the '90s, the beginning of next month and a week ago.",)]
    )
    fast = [m.span() for m in dates._candidates(text, 0, len(text))]
    slow = [m.span() for m in dates._PATTERN.finditer(text)]
    assert fast == slow


def test_one_trigger_pass_per_document_finds_what_one_per_block_finds() -> None:
    from curate.segment import segment

    paragraphs = [t for t, _ in CASES if t]
    doc = segment(Document(id="d", text="\n".join(paragraphs), meta={"published": PUB}))
    blocks = list(doc.content_blocks())
    assert len(blocks) > 10
    per_block: list[tuple[int, int, str | None]] = []
    state: dict[str, dates.Anchor] = {}
    for block in blocks:
        per_block += [(s.start, s.end, s.value) for s in find_dates_in(
            doc.text, block.start, block.end, PUB, state)]
    assert len(per_block) > len(paragraphs) // 2
    assert [(s.start, s.end, s.value) for s in find_dates(doc)] == per_block


def test_paragraphs_without_a_trigger_are_skipped_without_changing_what_is_found() -> None:
    from curate.segment import segment

    dated = [t for t, _ in CASES if t]
    plain = ["Officials met again.", "The talks, he said, were long.", "No figures were given."]
    paragraphs = [p for pair in zip(dated, plain * len(dated), strict=False) for p in pair]
    paragraphs.append("Wednesday officials met.")  # its one trigger is where it starts
    doc = segment(Document(id="d", text="\n".join(paragraphs), meta={"published": PUB}))
    state: dict[str, dates.Anchor] = {}
    per_block = [(s.start, s.end, s.value) for block in doc.content_blocks()
                 for s in find_dates_in(doc.text, block.start, block.end, PUB, state)]
    assert len(per_block) > len(dated) // 2
    assert [(s.start, s.end, s.value) for s in find_dates(doc)] == per_block
    # the trigger words found in a pass made elsewhere (annotate reads the text once)
    words = list(dates._trigger_automaton().iter(doc.text))
    assert [(s.start, s.end, s.value) for s in find_dates(doc, words)] == per_block


_PLAIN_PATTERN = re.compile(
    r"(?<![\w'’])(?:" + "|".join(f"(?P<r_{n}>{p})" for n, p in dates._RULES) + ")"
)
_DATE_WORDS = (
    "the The early Early late mid mid- fiscal last Last next this This current end of beginning "
    "start middle first fourth 1st Q3 2024 1990s '90s 20th century quarter half May Sept. Jan "
    "Wednesday Monday morning night Christmas Day Eve New Year's Labor Easter on in since by "
    "two a years ago earlier later weekend week spring fall winter yesterday Today tonight 16 3rd "
    "July Fourth Thanksgiving Halloween previous day same 2025-05-16 ſ ١ , . -"
).split()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DATE_WORDS), min_size=1, max_size=12).map(" ".join))
def test_rules_ruled_out_by_their_first_character_would_not_have_matched(text: str) -> None:
    # the pattern lets a rule fail at once where its expressions cannot start: it must
    # match exactly what the plain alternation of the rules matches, at every offset
    for i in range(len(text)):
        fast, plain = dates._PATTERN.match(text, i), _PLAIN_PATTERN.match(text, i)
        assert (fast and (fast.span(), fast.lastgroup, fast.groupdict())) == (
            plain and (plain.span(), plain.lastgroup, plain.groupdict()))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_offsets_hold_on_random_text(text: str) -> None:
    for s in find_dates_in(text, published=PUB):
        assert text[s.start : s.end] == s.text


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["May", "16", ",", "2025", "last", "week", "the", "Wednesday", "late", "ago", "two",
             "years", "in", "March", "-", "1990s", "'90s", "fiscal", "quarter", "fourth", "of",
             "end", "summer", "yesterday", "Today", "Sept.", "30", "\n", " ", "é"]
        ),
        max_size=30,
    ),
    st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1)).map(dt.date.isoformat)),
)
def test_offsets_and_values_on_date_like_text(words: list[str], published: str | None) -> None:
    text = " ".join(words)
    for s in find_dates_in(text, published=published):
        assert text[s.start : s.end] == s.text
        assert s.value is None or isinstance(s.value, str)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "0" * 100_000,
        "2014" * 25_000,
        '"' * 100_000,
        # a 5 MB single line of news, and 1 MB where every other word is a date
        ("Putin said on Wednesday that talks with Ukraine in Istanbul, Türkiye, would resume "
         "next week, while officials in Moscow and Washington waited. " * 40_000)[:5_000_000],
        ("On May 16, 2025 and last week, " * 35_000)[:1_000_000],
        "May " * 250_000,
        "the the the the " * 60_000 + "year",
    ],
    ids=["empty", "digits", "year-digits", "quotes", "5MB-line", "all-dates", "many-months",
         "lead-words"],
)
def test_bad_input_finishes(text: str) -> None:
    spans = find_dates_in(text, published=PUB)
    assert all(text[s.start : s.end] == s.text for s in spans[:1000])


# (text, published, [(span text, value)]): what a reader of the article would resolve
PARTS_OF_DAY: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # TIMEX3 writes the part of a day as a suffix: TMO, TAF, TEV, TNI (TimeBank, HeidelTime)
    ("Protesters gathered on Tuesday evening.", "2025-02-20",
     [("Tuesday evening", "2025-02-18TEV")]),
    ("The ban was lifted Wednesday night.", "2025-02-20", [("Wednesday night", "2025-02-19TNI")]),
    ("Talks resumed Thursday morning in Geneva.", "2025-02-21",
     [("Thursday morning", "2025-02-20TMO")]),
    ("The court adjourned on Tuesday afternoon.", "2025-02-20",
     [("Tuesday afternoon", "2025-02-18TAF")]),
    ("He resigned late Wednesday night.", "2025-02-20",
     [("late Wednesday night", "2025-02-19TNI")]),
    ("Police said this morning that the road was open.", "2025-02-20",
     [("this morning", "2025-02-20TMO")]),
    ("The talks broke down last night.", "2025-02-20", [("last night", "2025-02-19TNI")]),
    ("The president will speak tonight.", "2025-02-20", [("tonight", "2025-02-20TNI")]),
    ("The storm hit yesterday afternoon and will ease tomorrow morning.", "2025-02-20",
     [("yesterday afternoon", "2025-02-19TAF"), ("tomorrow morning", "2025-02-21TMO")]),
    ("Officials met this evening.", "2025-02-20", [("this evening", "2025-02-20TEV")]),
    ("The team arrives on Friday night for the match.", "2025-02-18",
     [("Friday night", "2025-02-21TNI")]),  # looks ahead: the coming Friday
    # the day without a part stays a day; no part, no suffix
    ("The vote was held Wednesday.", "2025-02-20", [("Wednesday", "2025-02-19")]),
    ("They met yesterday and today.", "2025-02-20",
     [("yesterday", "2025-02-19"), ("today", "2025-02-20")]),
    # not dates: clock-like or vague parts of days, "overnight" news
    ("Overnight news from Brazil moved prices; the night was calm; in the morning, rain.",
     "2025-02-20", []),
    ("Saturday Night Live and the Sunday Times ran it.", "2025-02-20", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), PARTS_OF_DAY)
def test_parts_of_day(text: str, published: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text, published) == expected


# Published Tuesday 2025-02-18 unless said otherwise: the tense of the clause decides
# whether a bare weekday or month is the last one or the coming one.
TENSE: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # future: modals, plans and expectations, schedules, fixtures in the present tense
    ("He expects to play Friday and Saturday.", "2025-02-18",
     [("Friday", "2025-02-21"), ("Saturday", "2025-02-22")]),
    ("The Leafs visit the Ottawa Senators on Saturday before a three-game trip.", "2025-02-18",
     [("Saturday", "2025-02-22")]),
    ("The system could bring freezing rain on Wednesday or Thursday.", "2025-02-18",
     [("Wednesday", "2025-02-19"), ("Thursday", "2025-02-20")]),
    ("Rail services should resume on Saturday.", "2025-02-18", [("Saturday", "2025-02-22")]),
    ("Ireland named an unchanged XV for Saturday's Six Nations match against Wales.",
     "2025-02-18", [("Saturday", "2025-02-22")]),
    ("Melbourne travel to Auckland for the second leg on Friday night.", "2025-02-18",
     [("Friday night", "2025-02-21TNI")]),
    ("The mayor is set to sign the order Thursday.", "2025-02-18", [("Thursday", "2025-02-20")]),
    ("The museum will stay closed until Monday.", "2025-02-18", [("Monday", "2025-02-24")]),
    ("The plant plans to keep them running through Sept. 30.", "2025-03-10",
     [("Sept. 30", "2025-09-30")]),
    ("The new rules take effect in July and could expire in January.", "2025-03-10",
     [("July", "2025-07"), ("January", "2026-01")]),
    # past: past-tense verbs, reporting verbs, "had ... by"
    ("The minister said Tuesday the order was lifted Wednesday night.", "2025-02-20",
     [("Tuesday", "2025-02-18"), ("Wednesday night", "2025-02-19TNI")]),
    ("Boston beat the Miami Heat on Monday night.", "2025-02-18",
     [("Monday night", "2025-02-17TNI")]),
    ("The deadliest stretch came in July.", "2025-03-10", [("July", "2024-07")]),
    ("The contract was signed on Dec. 30.", "2025-12-02", [("Dec. 30", "2024-12-30")]),
    ("Shops had closed by Friday.", "2025-02-18", [("Friday", "2025-02-14")]),
    ("The storm will ease, forecasters said Monday.", "2025-02-18", [("Monday", "2025-02-17")]),
    ("Officials who will attend the summit announced Monday that it was moved.", "2025-02-18",
     [("Monday", "2025-02-17")]),  # the reporting verb is nearer the date than "will"
    # an "-ed" adjective does not put a future clause in the past
    ("India will let companies import liquefied natural gas from April.", "2025-01-09",
     [("April", "2025-04")]),
    ("He faces charges filed Monday.", "2025-02-18", [("Monday", "2025-02-17")]),
    ("A talk show host on Monday said the visit was off.", "2025-02-18",
     [("Monday", "2025-02-17")]),  # "host" is a noun here: no fixture
    # no cue either way: the default holds (weekday back, month the closest)
    ("Peskov spoke on Friday.", "2025-02-18", [("Friday", "2025-02-14")]),
    ("Fans hope to see him before Sunday's final, which he would miss.", "2025-02-18",
     [("Sunday", "2025-02-16")]),
    ("Prices in December and in August.", "2025-09-26", [("December", "2025-12"),
                                                        ("August", "2025-08")]),
    ("No date here: they will play well and had won before.", "2025-02-18", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), TENSE)
def test_tense_decides_the_direction_of_a_bare_weekday_or_month(
    text: str, published: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found(text, published) == expected


RELATIVE_MONTHS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    ("Last February, prices rose.", "2025-01-15", [("Last February", "2024-02")]),
    ("Prices rose last February.", "2025-03-15", [("last February", "2025-02")]),
    ("Last May was dry.", "2025-05-28", [("Last May", "2024-05")]),  # said in May: a year ago
    ("The vote is next March.", "2025-05-28", [("next March", "2026-03")]),
    ("Rates rose in October last year.", "2024-09-10", [("October last year", "2023-10")]),
    ("It began in October of last year.", "2024-09-10", [("October of last year", "2023-10")]),
    ("The plant opened on March 3 last year.", "2025-05-28",
     [("March 3 last year", "2024-03-03")]),
    ("It will reopen in June next year.", "2025-05-28", [("June next year", "2026-06")]),
    ("Inflation rose this month and will ease next month.", "2024-09-10",
     [("this month", "2024-09"), ("next month", "2024-10")]),
    ("Sales fell last summer.", "2025-01-15", [("last summer", "2024-SU")]),
    # not months: names and "may"
    ("Theresa May said it may rain next to the lake.", "2025-05-28", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), RELATIVE_MONTHS)
def test_months_relative_to_publication(
    text: str, published: str, expected: list[tuple[str, str | None]]
) -> None:
    assert found(text, published) == expected


FISCAL: list[tuple[str, str | None, list[tuple[str, str | None]]]] = [
    # TimeBank writes fiscal periods with an FY prefix (FY1990, FY1990-Q1)
    ("Apple beat estimates in its fiscal first quarter.", "2024-02-01",
     [("fiscal first quarter", "FY2024-Q1")]),
    ("Profit in fiscal 1990 will rise; the fiscal third quarter was weak.", "1989-11-02",
     [("fiscal 1990", "FY1990"), ("the fiscal third quarter", "FY1990-Q3")]),  # context's year
    ("Sales fell in the first quarter of fiscal 2025 and in the second fiscal quarter.",
     "2024-08-02",
     [("the first quarter of fiscal 2025", "FY2025-Q1"),
      ("the second fiscal quarter", "FY2025-Q2")]),
    ("fiscal second-quarter profit rose", "2024-08-02", [("fiscal second-quarter", "FY2024-Q2")]),
    ("Output grew in the first half of fiscal 2025.", "2024-08-02",
     [("the first half of fiscal 2025", "FY2025-H1")]),
    ("Its fiscal fourth quarter was weak.", None, [("fiscal fourth quarter", "FYXXXX-Q4")]),
    # calendar quarters keep their calendar values
    ("Profit rose in the fourth quarter.", "2025-02-10", [("the fourth quarter", "2024-Q4")]),
    ("a fiscal policy for the first half of the match", "2025-02-10", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), FISCAL)
def test_fiscal_quarters(
    text: str, published: str | None, expected: list[tuple[str, str | None]]
) -> None:
    assert found(text, published) == expected


def test_new_values_are_timex3_values_the_validator_accepts() -> None:
    from curate.validate.checks import is_timex

    for table in (PARTS_OF_DAY, TENSE, RELATIVE_MONTHS, FISCAL):
        for text, _, expected in table:
            for _, value in expected:
                assert value is None or is_timex(value), (text, value)
