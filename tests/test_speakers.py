"""SPEAKER heuristics: the mention that is a quote's source, titles stripped, resolved."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.heuristics import annotate
from curate.heuristics import speakers as sp
from curate.records import Document, Span


def run(text: str) -> Document:
    return annotate(Document(id="t", text=text))


def speakers_of(text: str) -> list[Span]:
    return [s for s in run(text).spans if s.label == "SPEAKER"]


NAMES = [
    # titles and roles are not part of the name
    ("Kremlin spokesman Dmitry Peskov said the talks would continue.", "Dmitry Peskov"),
    ("Russian Foreign Minister Sergei Lavrov said Moscow was ready.", "Sergei Lavrov"),
    ("U.S. Secretary of State Marco Rubio told reporters the deal was close.", "Marco Rubio"),
    ("German Chancellor Olaf Scholz insisted that Berlin would keep its promise.",
     "Olaf Scholz"),
    ("Dr. Anthony Fauci warned that the virus was spreading again.", "Anthony Fauci"),
    ("Trump’s special envoy for Ukraine Keith Kellogg said Washington had received it.",
     "Keith Kellogg"),
    ("European Commission President Ursula von der Leyen said the EU would respond.",
     "Ursula von der Leyen"),
    # "said X" with a title, and with the name after a comma
    ("The plan was altered, said Ukraine's First Deputy Foreign Minister, Sergiy Kyslytsya.",
     "Sergiy Kyslytsya"),
    ('"We are ready," said Kremlin spokesman Dmitry Peskov.', "Dmitry Peskov"),
    # appositions: "X, a spokesman for Y, said" and "The aide to Z, Name, said"
    ("John Kirby, a spokesman for the National Security Council, said the US was watching.",
     "John Kirby"),
    ("The chief of staff of Ukrainian President Volodymyr Zelensky, Andriy Yermak, said on "
     "Thursday that the work would continue.", "Andriy Yermak"),
    ("Umerov, writing on X, said he gave Russia a memorandum.", "Umerov"),
    ("Jake Sullivan, the White House national security adviser to President Joe Biden, said "
     "the talks had been constructive.", "Jake Sullivan"),
    # "according to X"
    ("The deal is off, according to Finance Minister Christian Lindner.", "Christian Lindner"),
    # dotted titles, lower-case roles, role words before a name
    ('"It will pass," said Sen. Ruth Alvarez, who wrote the bill.', "Ruth Alvarez"),
    ('"We are ready," says Gov. Ken Ito.', "Ken Ito"),
    ('"The vote was close," said Dr. Helen Moss of the Mayo Clinic.', "Helen Moss"),
    ("'We earned it,' said captain Joe Marsh.", "Joe Marsh"),
    ("Commissioner Lee Ortiz said the roads were safe.", "Lee Ortiz"),
    ("Superintendent Ravi Patel said classes would resume.", "Ravi Patel"),
    # a place or employer after the name is not the speaker
    ("Rep. Dana Cole of Texas said the bill was dead.", "Dana Cole"),
    ("Economist Mia Lund of Nordea said rates would fall.", "Mia Lund"),
    ("Rep. Sam Ruiz of Arizona, who chairs the panel, said the hearing would go ahead.",
     "Sam Ruiz"),
    # the name after a description: "said the mayor, Name,"
    ('"We will rebuild," said the mayor, Lina Haddad, on Monday.', "Lina Haddad"),
    ("'It was a fair price,' said its founder, Dame Alice Crane.", "Alice Crane"),
    # the object of "told" is the listener, not the speaker
    ('"Sales are up," Omar Ali, head of retail at Barclays, told the BBC.', "Omar Ali"),
    # a relative clause: the antecedent is the source
    ("He called Defense Minister Rustem Umerov, who replied that Kyiv would consider it.",
     "Rustem Umerov"),
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_speaker_is_the_name_without_title(text: str, name: str) -> None:
    assert name in [s.text for s in speakers_of(text)]
    for s in speakers_of(text):
        assert not s.text.lower().startswith(("kremlin spokesman", "president", "minister"))


DESCRIPTIONS = [
    ("The Kremlin said Thursday that it was waiting for an answer.", "The Kremlin"),
    ("Other Russian officials said the election was illegitimate.", "Other Russian officials"),
    ("Police said the suspect had been arrested.", "Police"),
    ("The Russian leader also confirmed that the envoy would travel to Moscow.",
     "The Russian leader"),
    ('"The situation is under control," the official said.', "the official"),
    ("Russia said on Monday it would send a delegation.", "Russia"),
    ('"It is too early," he said.', "he"),
    # noun phrases with their head, not the place inside them
    ("A nurse in Leeds said the ward was full.", "A nurse in Leeds"),
    ("Residents in Ohio said the water smelled of gas.", "Residents in Ohio"),
    ("Farmers in Iowa and Illinois said the rain came too late.",
     "Farmers in Iowa and Illinois"),
    ('"He never missed a game," his son said.', "his son"),
    ("The deal is off, federal regulators said.", "federal regulators"),
    ("The shares will be sold, the company's chief executive told analysts.",
     "the company's chief executive"),
    ("The union said the strike would go ahead.", "The union"),
]


@pytest.mark.parametrize(("text", "mention"), DESCRIPTIONS)
def test_descriptions_and_pronouns_are_speakers_when_that_is_the_mention(
    text: str, mention: str
) -> None:
    assert [s.text for s in speakers_of(text)] == [mention]


RESOLVED = [
    # a pronoun: the nearest fitting person named before
    ("French President Emmanuel Macron met reporters in Paris.\n"
     '"We will not give in," he said.', "he", "Emmanuel Macron"),
    # a pronoun in the sentence of the person it means
    ("Despite Putin's apparent openness, he insisted that Russia would keep fighting.\n",
     "he", None),
    # "the president": the last person titled president
    ("Ukrainian President Volodymyr Zelensky met Finnish Prime Minister Petteri Orpo.\n"
     "The president said Ukraine needed more air defence.", "The president",
     "Volodymyr Zelensky"),
    # "the Russian leader": a Russian leader, not the last person
    ("Russian President Vladimir Putin hosted U.S. envoy Steve Witkoff.\n"
     "The Russian leader said the talks were useful.", "The Russian leader", "Vladimir Putin"),
    # a short name refers back to the full one
    ("Chancellor Olaf Scholz arrived late.\nScholz said the budget was sound.", "Scholz",
     "Olaf Scholz"),
    # the last speaker, not the last person mentioned in passing
    ("Medinsky said he had called Defense Minister Rustem Umerov on Wednesday.\n"
     '"We are ready to begin," he said.', "he", "Medinsky"),
    # "it" / "they": the group speaker named just before
    ("The Water Board said bills would rise in April.\nIt said the rise was the first in "
     "six years.", "It", "The Water Board"),
    ("Local officials said the road would reopen. They said repairs were finished.", "They",
     "Local officials"),
]


@pytest.mark.parametrize(("text", "mention", "resolved"), RESOLVED)
def test_pronouns_and_descriptions_are_resolved(
    text: str, mention: str, resolved: str | None
) -> None:
    found = {s.text: s.resolved for s in speakers_of(text)}
    assert mention in found
    if resolved is not None:
        assert found[mention] == resolved


def test_pronoun_in_the_sentence_of_a_named_person_resolves_to_that_person() -> None:
    text = ("Russian President Vladimir Putin spoke in Bishkek.\n"
            "Andriy Yermak said on Thursday that talks would continue.\n"
            "Despite Putin's apparent openness, he insisted that Russia would keep "
            "fighting.")
    he = next(s for s in speakers_of(text) if s.text == "he")
    assert he.resolved == "Vladimir Putin"


UNRESOLVED_IT = [
    # no group speaker before it: "it" stays unresolved rather than guessed
    "Prices rose sharply last year.\nIt said the figures were final.",
    # the group was named too far back to be sure
    "The Water Board said bills would rise. " + "Nothing else happened that day. " * 25
    + "It said the rise was the first in years.",
    # a person is not what "it" means
    "Mayor Lisa Grant said the plan was sound. It said the plan would cost $5 million.",
]


@pytest.mark.parametrize("text", UNRESOLVED_IT)
def test_it_is_resolved_only_with_a_clear_group_antecedent(text: str) -> None:
    found = {s.text: s.resolved for s in speakers_of(text)}
    assert found.get("It", "missing") is None


def test_plural_descriptions_and_organisations_are_not_resolved_to_a_person() -> None:
    text = ("Russian President Vladimir Putin spoke on Monday.\n"
            "Other Russian officials said the vote was rigged.\n"
            "The Kremlin said it had no comment.")
    for s in speakers_of(text):
        assert s.resolved is None, s


def test_coordinated_subjects_are_two_speakers_of_one_quote() -> None:
    doc = run("Putin and other Russian officials have repeatedly claimed the vote was illegal.")
    speakers = [s for s in doc.spans if s.label == "SPEAKER"]
    assert [s.text for s in speakers] == ["Putin", "other Russian officials"]
    (quote,) = [s for s in doc.spans if s.label == "QUOTE"]
    assert {r.to_id for r in doc.relations if r.from_id == quote.id} == {s.id for s in speakers}


NO_SPEAKER = [
    # people who are mentioned but quote nothing are not SPEAKERs
    "Putin met Lavrov and Peskov in the Kremlin on Tuesday.",
    "President Joe Biden arrived in Kyiv on Monday.",
    # a scare quote has no source
    'The Moscow Times was designated an "undesirable" organization.',
    # negation and refusals
    "Peskov did not say whether talks would resume.",
    "The ministry declined to comment.",
    # a place or a group mentioned with no speech verb
    "Officials in Ohio spent the day cleaning up after the storm.",
    "Media reports on the merger lifted the shares.",
    "A spokesman for the airline declined to comment.",
]


@pytest.mark.parametrize("text", NO_SPEAKER)
def test_no_speaker_without_a_quote(text: str) -> None:
    assert speakers_of(text) == []


def test_every_speaker_is_the_target_of_a_said_by_from_a_quote() -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov said the talks were \"in motion.\"\n"
        '"We have already had contacts," he said.\n'
        "Lavrov met Rubio. The US says the ball is now in Russia's court.\n"
        "Asked about the meeting, Ushakov said the contacts would remain private."
    )
    doc = run(text)
    spans = {s.id: s for s in doc.spans}
    targets = {r.to_id for r in doc.relations}
    for s in doc.spans:
        if s.label == "SPEAKER":
            assert s.id in targets
    for r in doc.relations:
        assert r.label == "said_by"
        assert spans[r.from_id].label == "QUOTE"
        assert spans[r.to_id].label == "SPEAKER"
        assert r.id == f"{r.from_id}>{r.to_id}"
    assert {s.text for s in doc.spans if s.label == "SPEAKER"} == {
        "Dmitry Peskov", "he", "The US", "Ushakov"}


# -- the fast paths read exactly what their definitions read --------------------------------

_PIECES = [
    "said", "says", "Says", "essays", "told", "adds", "added", "according to", "made it clear",
    "President", "president", "Minister", "minister", "official", "officials", "Mr", "Mr.",
    "Dr", "Dr.", "Sen.", "King", "Smith", "Jones", "Joe", "Biden", "Peskov", "O'Neil", "_", "x",
    "é", "1", " ", " ", " ", ", ", ". ", "\n", "'s", "’s", "-", '"', "“", "”", "\u00a0", "U.S.",
]
_texts = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(_texts, st.data())
def test_tokens_are_the_token_pattern_matches(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    expected = [(m.start(), m.end(), m.group()) for m in sp._TOKEN.finditer(text, lo, hi)]
    assert sp.tokens(text, lo, hi) == expected


@settings(max_examples=300, deadline=None)
@given(_texts, st.data())
def test_one_pass_finds_the_cues_and_titled_names_of_separate_scans(
    text: str, data: st.DataObject
) -> None:
    stops = data.draw(st.lists(st.integers(0, len(text)), max_size=6))
    cues, title_words = sp.scan_text(text)
    assert cues == sp.cue_candidates(text)
    # People reads titled names window by window, as resolution moves through the text
    scanned, prefound = sp.People(text), sp.People(text, title_words)
    for stop in [*sorted(stops), len(text)]:
        scanned.scan_to(stop)
        prefound.scan_to(stop)
        assert prefound.mentions == scanned.mentions
        assert prefound.surnames == scanned.surnames


def test_one_pass_finds_cues_and_titles_in_an_article() -> None:
    text = ("Russian President Vladimir Putin said on Friday that talks would go on. "
            "Kremlin spokesman Dmitry Peskov added: \"Nothing is decided.\"")
    cues, title_words = sp.scan_text(text)
    assert [c[2] for c in cues] == ["said", "added"]
    assert [text[s:e] for s, e in title_words] == ["President", "spokesman"]
    people = sp.People(text, title_words)
    people.scan_to(len(text))
    assert [p.name for p in people.mentions] == ["Vladimir Putin", "Dmitry Peskov"]
