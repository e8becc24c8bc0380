"""Segmentation: boilerplate, headline, paragraphs and sentences, by offsets."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.ingest import ingest
from curate.records import Document
from curate.segment import segment, split_sentences

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seg(text: str) -> Document:
    return segment(Document(id="t", text=text))


def seed(prefix: str) -> Document:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    (doc,) = ingest([path])
    return segment(doc)


def blocks(doc: Document) -> list[tuple[str, str | None, str]]:
    return [(s.kind, s.reason, s.text) for s in doc.blocks()]


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


# -- sentences -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rained. We left.", ["It rained.", "We left."]),
        ("Is it? Yes! Fine.", ["Is it?", "Yes!", "Fine."]),
        # abbreviations and initials do not end sentences
        (
            "U.S. President Donald Trump spoke. He left.",
            ["U.S. President Donald Trump spoke.", "He left."],
        ),
        (
            "Dr. Smith met Gen. Milley on Jan. 5. They talked.",
            ["Dr. Smith met Gen. Milley on Jan. 5.", "They talked."],
        ),
        ("J. K. Rowling wrote it. Fans cheered.", ["J. K. Rowling wrote it.", "Fans cheered."]),
        # closing quotes stay with their sentence; a quote may span sentences
        (
            '"We are united. In hardship, unity is clear," Putin said. He left.',
            ['"We are united.', 'In hardship, unity is clear," Putin said.', "He left."],
        ),
        ("“Go home.” He left.", ["“Go home.”", "He left."]),
        # a lower-case continuation is not a new sentence
        (
            "the whole world ... and ourselves. Next one.",
            ["the whole world ... and ourselves.", "Next one."],
        ),
        (
            "It costs 3.5 million. A U.S.-backed plan.",
            ["It costs 3.5 million.", "A U.S.-backed plan."],
        ),
        # emoji and non-Latin scripts
        ("Great news 👍. Next up.", ["Great news 👍.", "Next up."]),
        ("Путин заявил это. Песков согласился.", ["Путин заявил это.", "Песков согласился."]),
        ("他说了。我们走吧！好", ["他说了。", "我们走吧！", "好"]),
        # nothing to split
        ("No full stop here", ["No full stop here"]),
        ("", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


# -- blocks on made-up articles ---------------------------------------------------------------


def test_headline_paragraphs_and_boilerplate_kinds() -> None:
    text = (
        "Leaders meet in Geneva\n"
        "\n"
        "GENEVA - The talks began on Monday. Both sides said they were hopeful.\n"
        "ALSO READ: Earlier talks collapsed\n"
        "Officials said a deal was close.\n"
        "Reuters contributed reporting.\n"
    )
    doc = seg(text)
    assert blocks(doc) == [
        ("headline", None, "Leaders meet in Geneva"),
        (
            "paragraph",
            None,
            "GENEVA - The talks began on Monday. Both sides said they were hopeful.",
        ),
        ("boilerplate", "also-read", "ALSO READ: Earlier talks collapsed"),
        ("paragraph", None, "Officials said a deal was close."),
        ("boilerplate", "wire-credit", "Reuters contributed reporting."),
    ]
    # sentences only in content, each pointing at its block
    sents = list(doc.sentences())
    assert [s.text for s in sents] == [
        "Leaders meet in Geneva",
        "GENEVA - The talks began on Monday.",
        "Both sides said they were hopeful.",
        "Officials said a deal was close.",
    ]
    parents = {s.id: s for s in doc.blocks()}
    for s in sents:
        block = parents[s.parent]
        assert block.start <= s.start < s.end <= block.end


def test_appeal_section_ends_at_a_new_header_and_keeps_reasons() -> None:
    text = (
        "The vote was held on Sunday.\n"
        "Sign up for our free weekly newsletter\n"
        "Our newsletter brings the news to your inbox.\n"
        "A Message from The Daily Planet:\n"
        "Dear readers,\n"
        "We need your support to keep our journalists reporting.\n"
        "Monthly\n"
    )
    reasons = [(s.reason, s.text[:12]) for s in seg(text).blocks()]
    assert reasons == [
        (None, "The vote was"),
        ("newsletter", "Sign up for "),
        ("newsletter", "Our newslett"),
        ("donation-appeal", "A Message fr"),
        ("donation-appeal", "Dear readers"),
        ("donation-appeal", "We need your"),
        ("donation-appeal", "Monthly"),
    ]


def test_article_prose_after_a_list_is_content_again() -> None:
    text = (
        "Most Read\n"
        "Storm hits coast\n"
        "Markets fall\n"
        "The minister said on Tuesday that the budget would be published next week, "
        "after months of delay.\n"
    )
    kinds = [s.kind for s in seg(text).blocks()]
    assert kinds == ["boilerplate", "boilerplate", "boilerplate", "paragraph"]


@pytest.mark.parametrize(
    "line",
    [
        "Support the troops, she said, and went home.",  # quoted prose, not a banner
        "Related talks were held in Paris on Monday, officials said.",
        "Most people read the report before the vote, the survey found.",
        "Keywords matter to search engines, the study said.",
    ],
)
def test_article_sentences_that_look_like_junk_stay_content(line: str) -> None:
    doc = seg("Officials met on Monday.\n" + line + "\n")
    assert [s.kind for s in doc.blocks()] == ["paragraph", "paragraph"]


def test_single_long_line_article_gives_one_paragraph_with_many_sentences() -> None:
    body = " ".join(f"Sentence number {i} is here." for i in range(200))
    doc = seg(body)
    (block,) = list(doc.blocks())
    assert block.kind == "paragraph" and block.end == len(body)
    assert len(list(doc.sentences())) == 200


def test_crlf_and_surrounding_whitespace_are_outside_blocks() -> None:
    text = "  Title here \r\n\r\nFirst para.\r\n"
    doc = seg(text)
    assert [b.text for b in doc.blocks()] == ["Title here", "First para."]


# -- the seeds -------------------------------------------------------------------------------

# Every boilerplate block of every seed, by the start of its text and the reason.
SEED_BOILERPLATE = {
    "000": [
        ("ALSO READ: Russia says ready", "also-read"),
        ("ALSO READ: Russia-Ukraine ceasefire", "also-read"),
        ("READ MORE: Putin says Russia", "also-read"),
    ],
    "001": [
        ("AFP contributed reporting.", "wire-credit"),
        ("A Message from The Moscow Times:", "donation-appeal"),
        ("Dear readers,", "donation-appeal"),
        ("We are facing unprecedented", "donation-appeal"),
        ("These actions are direct", "donation-appeal"),
        ("We, the journalists", "donation-appeal"),
        ("Your support, no matter", "donation-appeal"),
        ("By supporting The Moscow Times", "donation-appeal"),
        ("Remind me later.", "share-prompt"),
    ],
    "002": [("KEYWORDS", "entity-box"), ("MENTIONED ENTITIES 7", "entity-box")]
    + [(None, "entity-box")] * 14,
    "003": [
        ("Support The Moscow Times!", "support-banner"),
        ("Sign up for our free weekly newsletter", "newsletter"),
        ("Our weekly newsletter contains", "newsletter"),
        ("Subscribers agree to the Privacy Policy", "newsletter"),
        ("A Message from The Moscow Times:", "donation-appeal"),
        ("Dear readers,", "donation-appeal"),
        ("We are facing unprecedented", "donation-appeal"),
        ("These actions are direct", "donation-appeal"),
        ("We, the journalists", "donation-appeal"),
        ("Your support, no matter", "donation-appeal"),
        ("By supporting The Moscow Times", "donation-appeal"),
        ("Once", "donation-appeal"),
        ("Monthly", "donation-appeal"),
        ("Annual", "donation-appeal"),
        ("Continue", "donation-appeal"),
        ("paiment methods", "donation-appeal"),
        ("Not ready to support today?", "donation-appeal"),
        ("Remind me later.", "share-prompt"),
        ("Read more", "also-read"),
        ("OSZAR »", "junk"),
    ],
    "004": [("Most Read News", "most-read")] + [(None, "most-read")] * 20,
}
# (headline or None, number of content paragraphs, first words of the last content block)
SEED_CONTENT = {
    "000": (None, 12, "In August 2024, the Ukrainian army"),
    "001": (None, 14, "He said it was too early"),
    "002": ("Putin says US-backed peace plan", 9, "Russian President Vladimir Putin has"),
    "003": ("Russia Says It’s Ready to Present", 11, "Russian President Vladimir Putin, after"),
    "004": ("Russian, American delegations set", 15, "Asked about a potential Putin-Witkoff"),
}


@pytest.mark.parametrize("prefix", sorted(SEED_BOILERPLATE))
def test_seed_boilerplate_is_marked_with_its_reason(prefix: str) -> None:
    doc = seed(prefix)
    found = [(b.text, b.reason) for b in doc.blocks() if b.kind == "boilerplate"]
    expected = SEED_BOILERPLATE[prefix]
    assert len(found) == len(expected), found
    for (text, reason), (want_start, want_reason) in zip(found, expected, strict=True):
        assert reason == want_reason, text
        if want_start is not None:
            assert text.startswith(want_start)


@pytest.mark.parametrize("prefix", sorted(SEED_CONTENT))
def test_seed_headline_and_paragraphs(prefix: str) -> None:
    doc = seed(prefix)
    headline, n_paragraphs, last_start = SEED_CONTENT[prefix]
    heads = [b.text for b in doc.blocks() if b.kind == "headline"]
    paras = [b.text for b in doc.blocks() if b.kind == "paragraph"]
    if headline is None:
        assert heads == []
    else:
        assert len(heads) == 1 and heads[0].startswith(headline)
    assert len(paras) == n_paragraphs
    assert paras[-1].startswith(last_start)


def test_no_article_sentence_in_seed_boilerplate() -> None:
    # Every sentence-like line that reports news (a speech verb with a known name) is content.
    for path in sorted(SEEDS.glob("*.txt")):
        doc = segment(next(ingest([path])))
        for b in doc.blocks():
            if b.kind == "boilerplate":
                for name in ("Peskov", "Putin said", "Lavrov", "Medinsky", "Ushakov"):
                    assert name not in b.text, (path.name, b.text)


def test_seed_offsets_hold_for_every_segment() -> None:
    for doc in ingest([SEEDS]):
        doc = segment(doc)
        raw = Path(doc.provenance.path).read_bytes()
        for s in doc.segments:
            assert doc.text[s.start : s.end] == s.text
            if s.raw_start is not None:  # where the block came from in the raw file
                assert raw[s.raw_start : s.raw_end].decode("utf-8") == s.text
                assert raw[: s.raw_start].count(b"\n") + 1 == s.line


# -- properties --------------------------------------------------------------------------------

_alphabet = st.sampled_from(
    [
        *list("abcXYZ .!?,;:'\"“”‘’«»()-\n\r\t"),
        "U.S.",
        "Dr.",
        "👍",
        "🇺🇦",
        "é",
        "Ж",
        "。",
        "…",
        "\xa0",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_alphabet, max_size=200).map("".join))
def test_every_segment_points_at_its_text(text: str) -> None:
    doc = seg(text)
    last_block_end = -1
    for s in doc.segments:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
        if s.kind != "sentence":
            assert s.start > last_block_end
            last_block_end = s.end


@settings(max_examples=200, deadline=None)
@given(st.lists(_alphabet, max_size=200).map("".join))
def test_sentences_tile_their_block(text: str) -> None:
    doc = seg(text)
    by_block: dict[str, list[tuple[int, int]]] = {}
    for s in doc.sentences():
        by_block.setdefault(s.parent or "", []).append((s.start, s.end))
    for b in doc.blocks():
        if b.kind == "boilerplate":
            assert b.id not in by_block
            continue
        spans = by_block[b.id]
        assert spans[0][0] == b.start and spans[-1][1] == b.end
        for (_, e1), (s2, _) in itertools.pairwise(spans):
            assert e1 <= s2 and not text[e1:s2].strip()  # only white space between


def test_blocks_ruled_out_by_their_first_letter_open_no_section() -> None:
    # a block is matched against the section headers only when it starts with one of their
    # first letters (or a non-ASCII character): no header may start with another one
    from curate.segment import _SECTION_ANY, _SECTION_FIRST

    tails = ["ost read", "OST READ", "ost popular today", "ear readers", " message from us:",
             "ign up for our newsletter", "ewsletter", "ewsletters", "rending now", "op stories",
             "atest news", "ore stories", "ditor's picks", "ENTIONED ENTITIES", "EYWORDS",
             "AGS", "OPICS", "essage"]
    for code in range(128):
        first = chr(code)
        for tail in tails:
            if first not in _SECTION_FIRST:
                assert _SECTION_ANY.match(first + tail) is None, first + tail
    headers = ["Most Read", "most read", "Trending now", "Top stories", "Latest news",
               "Editor's picks", "KEYWORDS", "TAGS", "Newsletter",
               "Sign up for our daily newsletter", "Dear readers,",
               "A message from The Moscow Times:", "\u017fign up for our newsletter"]
    for header in headers:
        kind, reason, _text = blocks(seg("Some headline\n" + header + "\nAn item"))[1]
        assert kind == "boilerplate" and reason, header


_LINE_WORDS = st.sampled_from(
    "Support support our journalists Donate now Subscribe to our newsletter inbox Privacy "
    "policy sign up SIGN UP thank you help us we need readers ſupport İndependent Independent "
    "paywall one-time membership AFP contributed reporting Reuters to this report The Kremlin "
    "said Read more ALSO READ: © 2025 Edited by Writing With AP _ 1 . , ! : »".split()
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE_WORDS, min_size=1, max_size=14).map(" ".join))
def test_quick_forms_of_the_boilerplate_patterns_decide_as_the_plain_ones(line: str) -> None:
    import importlib
    import re

    module = importlib.import_module("curate.segment")
    for quick in (module._APPEAL_VOCAB, module._NEWSLETTER_VOCAB):
        plain = re.compile(quick.pattern.replace(r"\b(?=[cdhijmnoprstwy])", r"\b")
                           .replace(r"\b(?=[imnpsu])", r"\b"))
        assert plain.pattern != quick.pattern
        assert bool(quick.search(line)) == bool(plain.search(line))
    plain_any = module._BLOCK_ANY.match(line)
    assert module._classify_block(line) == (
        (plain_any.lastgroup or "").replace("_", "-") if plain_any
        else ("junk" if module._JUNK.fullmatch(line.strip()) else None))
