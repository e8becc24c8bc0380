"""The gazetteer and the small-town list: names from the packages, found the way news
writes them, and a town cache that is rebuilt rather than trusted when it is damaged."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from curate.heuristics import gazetteer, towns


@pytest.mark.parametrize(("name", "kind", "country_code"), [
    ("Sichuan", "region", "CN"),  # ISO says "Sichuan Sheng"
    ("Xinjiang", "region", "CN"),  # "Xinjiang Uygur Zizhiqu"
    ("NSW", "region", "AU"),
    ("Ontario", "region", "CA"),
    ("Texas", "region", "US"),
])
def test_regions_as_news_names_them(name: str, kind: str, country_code: str) -> None:
    place = gazetteer.lookup(name)
    assert place is not None and (place.kind, place.country_code) == (kind, country_code)


@pytest.mark.parametrize(("abbreviation", "region", "country_code"), [
    ("Ont.", "Ontario", "CA"), ("B.C.", "British Columbia", "CA"),
    ("Qld", "Queensland", "AU"), ("Tas.", "Tasmania", "AU"),
])
def test_canadian_and_australian_abbreviations_give_the_region(
        abbreviation: str, region: str, country_code: str) -> None:
    place = gazetteer.lookup(abbreviation)
    assert place is not None and (place.name, place.country_code) == (region, country_code)


@pytest.mark.parametrize("word", [" in ", " near ", " councillor", " district", " Islands"])
def test_cue_words_are_never_places(word: str) -> None:
    assert gazetteer.lookup(word) is None


@pytest.mark.parametrize(("name", "known"), [
    ("Medical Lake", True), ("Wagga Wagga", True), ("Te Puke", True), ("Recess", False),
])
def test_town_names(name: str, known: bool) -> None:
    assert towns.is_town_name(name) is known


@pytest.mark.parametrize(("abbreviation", "state"), [
    ("Tex.", "Texas"), ("Calif.", "California"), ("N.Y.", "New York"),
])
def test_state_abbreviations_give_the_state(abbreviation: str, state: str) -> None:
    place = gazetteer.lookup(abbreviation)
    assert place is not None and place.name == state


@pytest.mark.parametrize("word", ["coach", "innings", "league", "Cup", "win over", "NFL"])
def test_context_words_are_never_places(word: str) -> None:
    assert word in gazetteer.CONTEXT_WORDS
    assert gazetteer.lookup(word) is None


def test_towns_carry_their_state_and_identity() -> None:
    (cedar_key,) = towns.towns_named("Cedar Key")
    assert (cedar_key.country_code, cedar_key.admin1) == ("US", "FL")
    assert cedar_key.population < 15_000  # too small for the gazetteer's cities
    assert gazetteer.lookup("Cedar Key") is None
    # one name, several towns: each is kept, so the state can choose
    assert {t.country_code for t in towns.towns_named("Padstow")} == {"AU", "GB"}
    assert towns.towns_named("Nowhere-In-Particular") == []
    assert towns.us_state_code("Colorado") == "CO"
    assert towns.us_state_code("Ontario") is None


@pytest.fixture(scope="module")
def rows() -> list[tuple[str, str]]:
    return towns._read_source()


def test_the_town_list_is_read_from_the_package(rows: list[tuple[str, str]]) -> None:
    names = {name for name, _ in rows}
    assert len(rows) > 150_000
    assert {"Estes Park", "Padstow", "Uvalde", "Zürich"} <= names  # escapes decoded
    assert all(len(fields.split("\t")) == 4 for _, fields in rows[:1000])


def test_the_cache_is_written_once_and_read_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: list[tuple[str, str]]
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(towns, "_read_source", lambda: rows)
    path = towns.cache_path()
    assert path.is_relative_to(tmp_path) and not path.exists()
    first = towns._load()
    assert path.exists()

    def no_source() -> list[tuple[str, str]]:
        raise AssertionError("the cache should have been read")

    monkeypatch.setattr(towns, "_read_source", no_source)
    assert towns._load() == first
    assert not list(path.parent.glob("*.tmp"))  # written atomically


@pytest.mark.parametrize("damage", ["", "garbage without tabs\n", "Town\t1\tUS\n"])
def test_a_damaged_cache_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: list[tuple[str, str]], damage: str
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(towns, "_read_source", lambda: rows)
    path = towns.cache_path()
    path.parent.mkdir(parents=True)
    path.write_text(damage, encoding="utf-8")
    loaded = towns._load()
    assert "Estes Park" in loaded
    assert towns._read_cache(path) is not None  # replaced by a good one


def test_an_unwritable_cache_directory_still_gives_towns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: list[tuple[str, str]]
) -> None:
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    monkeypatch.setattr(towns, "_read_source", lambda: rows)
    assert "Padstow" in towns._load()
    assert os.path.isfile(blocked)
