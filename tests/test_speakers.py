"""SPEAKER heuristics: the mention that is a quote's source, titles stripped, resolved."""

from __future__ import annotations

import pytest

from curate.heuristics import annotate
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
