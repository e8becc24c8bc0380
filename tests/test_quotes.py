"""QUOTE heuristics: direct and indirect quotes, by the labeling spec, on news-style text.

Each table row is a text and what an annotator would mark in it: the quote text (marks
excluded) with its type and the text of its speaker (None: no speaker found). Texts where
nothing must match are tables too.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.heuristics import annotate, quotes, speakers
from curate.heuristics.quotes import pair_marks
from curate.records import Document


def run(text: str) -> Document:
    return annotate(Document(id="t", text=text))


def quotes_of(text: str) -> list[tuple[str, str, str | None]]:
    """(quote text, quote_type, speaker text) for every QUOTE, in text order."""
    doc = run(text)
    spans = {s.id: s for s in doc.spans}
    speaker_of: dict[str, list[str]] = {}
    for r in doc.relations:
        speaker_of.setdefault(r.from_id, []).append(spans[r.to_id].text)
    out = []
    for s in doc.spans:
        if s.label == "QUOTE":
            who = speaker_of.get(s.id)
            out.append((s.text, s.quote_type, " + ".join(who) if who else None))
    return out


DIRECT = [
    # wire style: quote, then "X said"
    ('"We will not back down," Prime Minister Keir Starmer said on Tuesday.',
     [("We will not back down,", "direct", "Keir Starmer")]),
    # said before the name
    ("“The economy is strong,” said Treasury Secretary Janet Yellen.",
     [("The economy is strong,", "direct", "Janet Yellen")]),
    # an interrupted quote: two QUOTEs, one speaker
    ('"We are ready to talk," Peskov told reporters, "but only on our terms."',
     [("We are ready to talk,", "direct", "Peskov"),
      ("but only on our terms.", "direct", "Peskov")]),
    # attribution before, with a colon
    ('The minister told parliament: "There will be no new taxes this year."',
     [("There will be no new taxes this year.", "direct", "The minister")]),
    # guillemets
    ("Lavrov said: «We are open to any serious proposal.»",
     [("We are open to any serious proposal.", "direct", "Lavrov")]),
    # single quotes, British style, with an apostrophe inside
    ("'We will win this war, and that's a promise,' Zelensky said in a video address.",
     [("We will win this war, and that's a promise,", "direct", "Zelensky")]),
    # an em-dash inside the quote
    ('"The talks were productive — very productive," the official said.',
     [("The talks were productive — very productive,", "direct", "the official")]),
    # "X, a spokesman for Y, said"
    ('"No decision has been made," John Kirby, a spokesman for the National Security '
     'Council, said.',
     [("No decision has been made,", "direct", "John Kirby")]),
    # participle: "..., adding: ..."
    ('The mayor defended the budget, adding: "Every cent is accounted for."',
     [("Every cent is accounted for.", "direct", "The mayor")]),
    # two sentences in one quote
    ('"We have done our part. Now it is their turn," Merkel said.',
     [("We have done our part. Now it is their turn,", "direct", "Merkel")]),
    # a second quote in the same paragraph, after the attributed one
    ('"So far there has been no response," Kremlin spokesman Dmitry Peskov said. '
     '"We need to wait for an answer."',
     [("So far there has been no response,", "direct", "Dmitry Peskov"),
      ("We need to wait for an answer.", "direct", "Dmitry Peskov")]),
    # a nested quote is part of the outer one, not its own QUOTE
    ("\"He told me 'never again' and I believed him,\" Jones said.",
     [("He told me 'never again' and I believed him,", "direct", "Jones")]),
    # question and exclamation marks inside the marks
    ('"Who will pay for this?" asked Senator Bernie Sanders.',
     [("Who will pay for this?", "direct", "Bernie Sanders")]),
    # a pronoun speaker
    ('"It is too early to say," she said.', [("It is too early to say,", "direct", "she")]),
    # an honorific before the name, and a possessive description
    ('"The plan has no chance," Ms. Warren told The Associated Press.',
     [("The plan has no chance,", "direct", "Warren")]),
    ('"The president is resting," Trump\'s spokeswoman said.',
     [("The president is resting,", "direct", "Trump's spokeswoman")]),
    # according to, after the quote
    ('"Talks will resume in June," according to a senior official.',
     [("Talks will resume in June,", "direct", "a senior official")]),
    # "a spokesperson for X": the spokesperson speaks, not the company
    ('"We don\'t comment on market speculation," a spokesperson for Saudi Aramco said.',
     [("We don't comment on market speculation,", "direct",
       "a spokesperson for Saudi Aramco")]),
    # an age or apposition between the name and the verb
    ('"We lost everything," Maria Lopez, 45, said outside her house.',
     [("We lost everything,", "direct", "Maria Lopez")]),
]


@pytest.mark.parametrize(("text", "expected"), DIRECT)
def test_direct_quotes_and_their_speakers(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


FRAGMENTS = [
    # a short quoted fragment inside reported speech: its own QUOTE, same speaker
    ('Peskov said the talks were "constructive" and would continue next week.',
     {("constructive", "direct", "Peskov"),
      ('the talks were "constructive" and would continue next week', "indirect", "Peskov")}),
    # a time phrase between subject and verb; the fragments follow a participle (what a
    # promise verb promises is reported like what "urged" urges: "vowed to [veto the bill]")
    ('President Joe Biden on Tuesday vowed to veto the bill, calling it "reckless."',
     {("reckless.", "direct", "Joe Biden"), ("veto the bill", "indirect", "Joe Biden")}),
    ('Peskov noted that much of the work remains confidential "for obvious reasons."',
     {("much of the work remains confidential", "indirect", "Peskov"),
      ("for obvious reasons.", "direct", "Peskov")}),
]


@pytest.mark.parametrize(("text", "expected"), FRAGMENTS)
def test_fragment_inside_reported_speech_is_its_own_quote(text: str, expected: set) -> None:
    assert set(quotes_of(text)) == expected


INDIRECT = [
    ("Peskov noted that much of the work remains confidential.",
     [("much of the work remains confidential", "indirect", "Peskov")]),
    ("Peskov told reporters on Thursday that the Kremlin had no comment.",
     [("the Kremlin had no comment", "indirect", "Peskov")]),
    ("Officials said the bridge would reopen next week.",
     [("the bridge would reopen next week", "indirect", "Officials")]),
    # two coordinated "that" clauses are two QUOTEs
    ("Medinsky said that Russia was ready and that talks would resume in June.",
     [("Russia was ready", "indirect", "Medinsky"),
      ("talks would resume in June", "indirect", "Medinsky")]),
    # the reporting clause after the reported one
    ("Prices will keep rising this year, said Jerome Powell, the Fed chair.",
     [("Prices will keep rising this year", "indirect", "Jerome Powell")]),
    ("The decision came after weeks of talks, sources told Reuters.",
     [("The decision came after weeks of talks", "indirect", "sources")]),
    ("The ceasefire will hold, the commander said on Friday.",
     [("The ceasefire will hold", "indirect", "the commander")]),
    # according to, both ways
    ("According to Interior Minister Nancy Faeser, the border checks will stay in place.",
     [("the border checks will stay in place", "indirect", "Nancy Faeser")]),
    ("The plan will cost $3 billion, according to the ministry.",
     [("The plan will cost $3 billion", "indirect", "the ministry")]),
    # "X, a spokesman for Y, said"
    ("John Kirby, a spokesman for the National Security Council, said the United States "
     "was monitoring the situation closely.",
     [("the United States was monitoring the situation closely", "indirect", "John Kirby")]),
    # other speech verbs
    ("The company confirmed that 300 jobs would be cut.",
     [("300 jobs would be cut", "indirect", "The company")]),
    ("Zelensky insisted that Ukraine would never give up Crimea.",
     [("Ukraine would never give up Crimea", "indirect", "Zelensky")]),
    ("The ministry warned that further strikes were likely.",
     [("further strikes were likely", "indirect", "The ministry")]),
    # coordinated speakers: both are the source
    ("Putin and other Russian officials have repeatedly claimed the election was illegitimate.",
     [("the election was illegitimate", "indirect", "Putin + other Russian officials")]),
]


# Wire and business styles the first rules missed (each error class of the wire dev set,
# in other words than the dev set's, so that set stays a fair measure).
INDIRECT_WIRE = [
    # no "that", a bare lower-case subject
    ("Ramirez said inspectors had found cracks in two of the pillars.",
     [("inspectors had found cracks in two of the pillars", "indirect", "Ramirez")]),
    ("The club said revenue from ticket sales fell by a fifth.",
     [("revenue from ticket sales fell by a fifth", "indirect", "The club")]),
    ("The federation said negotiations broke down late on Sunday.",
     [("negotiations broke down late on Sunday", "indirect", "The federation")]),
    # lower-case and organisation subjects
    ("The Regional Transit Authority said buses would run every ten minutes.",
     [("buses would run every ten minutes", "indirect", "The Regional Transit Authority")]),
    ("Lawyers for the city argued the fine was lawful.",
     [("the fine was lawful", "indirect", "Lawyers for the city")]),
    ("Acme Holdings Inc. said it would close two plants in Ohio.",
     [("it would close two plants in Ohio", "indirect", "Acme Holdings Inc.")]),
    # the clause first, then ", <description> said"
    ("The ferry left port three hours late, coast guard officials said.",
     [("The ferry left port three hours late", "indirect", "coast guard officials")]),
    ("Two of the suspects have prior convictions, one of the detectives said.",
     [("Two of the suspects have prior convictions", "indirect", "one of the detectives")]),
    ("The vaccine cut hospital stays by half, the researchers reported.",
     [("The vaccine cut hospital stays by half", "indirect", "the researchers")]),
    # according to a lower-case source, either side of the clause
    ("According to tax filings, the charity spent most of its money on salaries.",
     [("the charity spent most of its money on salaries", "indirect", "tax filings")]),
    ("The merger talks have stalled, according to a banker close to the deal.",
     [("The merger talks have stalled", "indirect", "a banker close to the deal")]),
    ("Sea levels rose faster in the 2010s, according to a report released on Monday.",
     [("Sea levels rose faster in the 2010s", "indirect", "a report")]),
    # "promised to", "admitted"; a second "but that" clause
    ("The mayor has vowed to reopen the library by spring.",
     [("reopen the library by spring", "indirect", "The mayor")]),
    ("The coach admitted his players had been tired.",
     [("his players had been tired", "indirect", "The coach")]),
    ("Garcia said the budget was tight but that no jobs would go.",
     [("the budget was tight", "indirect", "Garcia"), ("no jobs would go", "indirect", "Garcia")]),
    # boundaries: a dateline, a participle phrase, a despite-phrase
    ("LAGOS, March 2 (Reuters) - Nigeria will raise fuel prices next month, two oil ministry "
     "officials said.",
     [("Nigeria will raise fuel prices next month", "indirect", "two oil ministry officials")]),
    ("MIAMI (AP) — The storm knocked out power to 50,000 homes, utility officials said.",
     [("The storm knocked out power to 50,000 homes", "indirect", "utility officials")]),
    ("The airline said it would drop four routes, citing a shortage of pilots.",
     [("it would drop four routes", "indirect", "The airline")]),
    ("The minister said taxes would not rise, despite a gap in the budget.",
     [("taxes would not rise", "indirect", "The minister")]),
    # "at least" starts a clause; a capitalised listener of "told" is not the clause
    ("Rescue workers in Nepal said at least 20 people had died.",
     [("at least 20 people had died", "indirect", "Rescue workers in Nepal")]),
    ("Officials told The Associated Press the plane had landed.",
     [("the plane had landed", "indirect", "Officials")]),
    ("The police chief told the city council the budget was too small.",
     [("the budget was too small", "indirect", "The police chief")]),
    # a clause interrupted by its cue is two QUOTEs with one speaker
    ("The repairs, the engineer said, would take a month.",
     [("The repairs", "indirect", "the engineer"),
      ("would take a month", "indirect", "the engineer")]),
    # a borrowed subject after a dateline: the company, not the city
    ("OSLO, June 3 (Reuters) - Norwegian shipping group Fjordline AS cut its outlook on Tuesday, "
     "saying freight rates had fallen sharply.",
     [("freight rates had fallen sharply", "indirect", "Fjordline AS")]),
]

FRAGMENT_BOUNDARIES = [
    # the reported clause stops where the speaker's own verb phrase starts
    ('Councillor Ann Price said the delay was "a disgrace" and demanded an inquiry.',
     [("the delay was", "indirect", "Ann Price"), ("a disgrace", "direct", "Ann Price")]),
    # the clause's verb sits in the quoted fragment
    ('Sen. Bo Park of Ohio said the department "has lost track of the money."',
     [("the department", "indirect", "Bo Park"),
      ("has lost track of the money.", "direct", "Bo Park")]),
]


@pytest.mark.parametrize(("text", "expected"), INDIRECT_WIRE)
def test_indirect_quotes_in_wire_styles(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), FRAGMENT_BOUNDARIES)
def test_a_clause_ends_at_its_fragment_or_takes_its_verb(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), INDIRECT)
def test_indirect_quotes_are_the_reported_clause_only(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


NOTHING = [
    # scare quotes, labels and titles: no speech source and cue
    'The Moscow Times was designated an "undesirable" organization last year.',
    "The defendants, convicted of 'terrorism' and arms trafficking, denied wrongdoing.",
    'The outlet was earlier labelled a "foreign agent."',
    'She starred in "The Crown" and later in "Succession."',
    'Her book, "The Long Way Home, and Other Stories," sold well in 2019.',
    'The slogan "Make America Great Again" appeared on red hats.',
    # apostrophes are not quotation marks
    "Russia's economy and Trump’s tariffs weighed on the US' allies in the '90s.",
    "Rock 'n' roll never died, the fans' banners read.",
    # a speech verb whose object is a noun phrase; joint decisions; negation
    "Putin expressed optimism about the plan.",
    "He announced a new plan on Monday.",
    "During the call they agreed that Russia would draft a memorandum.",
    "Peskov did not say whether the talks would resume.",
    "He declined to say when the envoy would arrive.",
    # "said" with a noun phrase, a bare word or a preposition after it: no clause
    "The ministry said nothing about the talks.",
    "She said goodbye to the staff on Friday.",
    "He said in an interview on Sunday.",
    "The report, published on Monday, said little about the costs.",
    # a free relative: what was said is the subject, not a report
    "What she said mattered less than how she said it.",
    "He said thank you to everyone who had come.",
    # "according to" with no clause before it
    "The group, according to its website, has 4,000 members.",
    # "reports" as a noun, a participle of a non-speech verb
    "Media reports on the merger lifted the shares.",
    "Officials in Ohio spent the day cleaning up after the storm.",
    # nothing at all
    "The weather in Moscow was mild on Monday, with light rain in the evening.",
    "",
]


@pytest.mark.parametrize("text", NOTHING)
def test_texts_where_no_quote_must_be_found(text: str) -> None:
    assert quotes_of(text) == []


def test_multi_paragraph_quote_continues_in_the_next_opening_paragraph() -> None:
    text = (
        "Senator Jane Smith spoke for an hour.\n"
        '"The first part of this statement runs on," said Smith. "And it keeps going.\n'
        '"Here is the second paragraph of the same quote.\n'
        '"And the last one closes it."\n'
        "The vote is expected on Friday."
    )
    got = quotes_of(text)
    assert [q for q, _, _ in got] == [
        "The first part of this statement runs on,",
        "And it keeps going.",
        "Here is the second paragraph of the same quote.",
        "And the last one closes it.",
    ]
    assert {who for _, _, who in got} == {"Smith"}


def test_quote_paragraph_after_a_colon_paragraph_gets_that_speaker() -> None:
    text = 'In a statement, the ministry said:\n"All units have returned to their bases."'
    assert quotes_of(text) == [
        ("All units have returned to their bases.", "direct", "the ministry")]


def test_quote_without_a_speaker_is_kept_with_a_low_score_and_no_relation() -> None:
    text = '"We have never seen anything like this before in our town."'
    doc = run(text)
    (q,) = [s for s in doc.spans if s.label == "QUOTE"]
    assert q.text == "We have never seen anything like this before in our town."
    assert q.score <= 0.5
    assert doc.relations == ()


def test_scores_are_confidences_and_sources_name_rule_and_version() -> None:
    doc = run('"We are ready," Peskov said. Officials said the bridge would reopen. '
              'The plan was called "bold" by nobody.')
    for s in doc.spans:
        assert 0.0 <= s.score <= 1.0
        assert s.source.count("@") == 1 and "." in s.source.split("@")[0]
    adjacent = next(s for s in doc.spans if s.label == "QUOTE" and s.quote_type == "direct")
    indirect = next(s for s in doc.spans if s.label == "QUOTE" and s.quote_type == "indirect")
    assert adjacent.source == f"quotes.direct@{quotes.VERSION}"
    assert adjacent.score > indirect.score


MARKS = [
    ('He said "yes" today', ["yes"]),
    ("He said “yes” today", ["yes"]),
    ("He said «yes» today", ["yes"]),
    ("He said „ja“ today", ["ja"]),
    ("He said 'yes' today", ["yes"]),
    ("He said ‘yes’ today", ["yes"]),
    # apostrophes: possessives, contractions, plural possessive, elision
    ("Russia's and Trump’s and the US' and 'em", []),
    ("'The troops' morale is high,' he said", ["The troops' morale is high,"]),
    # an opening mark never closed runs to the end of the block
    ('He said "we will see about that', ["we will see about that"]),
    # nested: only the outer quote
    ("\"He said 'no' to us,\" she said", ["He said 'no' to us,"]),
    # empty quotes and marks without words
    ('"" and "  " and "..."', []),
]


@pytest.mark.parametrize(("text", "expected"), MARKS)
def test_pairing_quotation_marks(text: str, expected: list[str]) -> None:
    regions = pair_marks(text, 0, len(text))
    assert [text[r.start:r.end] for r in regions] == expected


def test_every_quote_span_matches_the_text() -> None:
    text = ('“So far, as I know, there’s been no response,” Kremlin spokesman Dmitry Peskov '
            'told reporters.\nHe said it was “not constructive” to pressure Russia.')
    doc = run(text)
    assert doc.spans
    for s in doc.spans:
        assert text[s.start:s.end] == s.text


# "said that ..." is read without tokenising the words after the verb: it must give what the
# tokens give, wherever "that" may be a longer word, capitalised, or cut by the window.
_CLAUSE_PIECES = [
    "Peskov", "He", " said", " told", " noted", " urged", " promised", " that", " That", " THAT",
    " thatch", " that's", " that.", " that.x", " that-", " so", " such", " Moscow", " was",
    " ready", " to", " reporters", ",", ".", " ", "  ", '"', "“", "_", "\n", " on Friday", "é",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CLAUSE_PIECES), min_size=1, max_size=25).map("".join))
def test_clause_start_after_that_is_what_the_tokens_give(text: str) -> None:
    cues = speakers.find_cues(text, 0, len(text), [0])
    never = re.compile(r"(?!)")
    for cue in cues:
        for hi in (len(text), min(len(text), cue.verb_end + 7)):
            fast = quotes._clause_start(text, cue, hi)
            with pytest.MonkeyPatch.context() as mp:
                mp.setattr(quotes, "_THAT_FIRST", never)
                assert quotes._clause_start(text, cue, hi) == fast


def test_clause_start_that_examples() -> None:
    text = "Peskov said that Moscow was ready. Peskov said thatch roofs burn."
    first, second = speakers.find_cues(text, 0, len(text), [0, 35])
    assert quotes._clause_start(text, first, 34) == (text.index("that") + 4, 0.85)
    assert quotes._clause_start(text, second, len(text)) is None  # "thatch" is no "that"


_FINITE_PLAIN = re.compile(
    r"\b(?:" + "|".join(sorted(quotes._FINITE, key=len, reverse=True))
    + r"|[a-z]{3,}ed|(?i:it|he|she|that|there|what)['’]s)\b"
)
_VERBISH = [*sorted(quotes._FINITE)[:60], "wasn't", "wash", "hasty", "is-", "iss", "showed",
            "Red", "bed", "it's", "That’s", "there's", "saw", "sawn", "_", "1", ",", " "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_VERBISH), max_size=12).map(" ".join))
def test_finite_verb_tree_finds_what_the_word_list_finds(text: str) -> None:
    for lo in range(0, len(text) + 1, 3):
        fast, plain = quotes._FINITE_RE.search(text, lo), _FINITE_PLAIN.search(text, lo)
        assert (fast and fast.span()) == (plain and plain.span())
