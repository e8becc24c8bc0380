"""Shared fixtures. The Label Studio server is real: one per test session, started lazily.

Tests marked ``studio`` (or asking for ``studio_server``) talk to a real ``label-studio``
started here the way ``curate studio start`` starts it: 127.0.0.1, a free port, a temporary
data folder, an admin user and a legacy API token created at first start. CI installs
label-studio (``pip install -e .[dev]``); if it is missing these tests FAIL with a message
rather than skip, so a broken install never passes silently. Set CURATE_TEST_STUDIO_DIR to
reuse a server across runs while developing (it is started there if needed, never stopped).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"


@dataclass(frozen=True)
class StudioServer:
    """A running Label Studio for tests: where it is and how to log in."""

    url: str
    token: str
    email: str
    password: str
    directory: Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def studio_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StudioServer]:
    """A real Label Studio server for the whole session (about 30 s to start)."""
    if importlib.util.find_spec("label_studio") is None:
        pytest.fail("label-studio is not installed, but the Label Studio tests need a real "
                    "server: pip install -e '.[dev]' (or '.[server]')", pytrace=False)
    from curate.studio.server import load_credentials, start_server, stop_server

    # CURATE_TEST_STUDIO_DIR: reuse (or leave running) a server there, to iterate quickly
    keep = os.environ.get("CURATE_TEST_STUDIO_DIR")
    directory = Path(keep) if keep else tmp_path_factory.mktemp("label-studio")
    status = start_server(directory, port=None if keep else _free_port(), timeout=400)
    creds = load_credentials(directory)
    assert creds is not None and status.url is not None
    try:
        yield StudioServer(url=status.url, token=creds.token, email=creds.email,
                           password=creds.password, directory=directory)
    finally:
        if not keep:
            stop_server(directory)
            shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture()
def studio_env(studio_server: StudioServer, monkeypatch: pytest.MonkeyPatch) -> StudioServer:
    """Point LABEL_STUDIO_URL / LABEL_STUDIO_API_KEY at the session server."""
    monkeypatch.setenv("LABEL_STUDIO_URL", studio_server.url)
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", studio_server.token)
    return studio_server


@pytest.fixture(scope="session")
def seed_documents() -> list:
    """The seeds, ingested, segmented and pre-annotated by the heuristics."""
    from curate.heuristics import annotate
    from curate.ingest import ingest
    from curate.segment import segment_all

    docs = list(segment_all(ingest([str(SEEDS)])))
    return [annotate(d) for d in docs]
