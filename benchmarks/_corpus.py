"""Benchmark corpora made by replicating the seeds (each copy gets its own id)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from curate.ingest import ingest
from curate.records import Document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed_documents() -> list[Document]:
    return list(ingest([SEEDS]))


def words(text: str) -> int:
    return len(text.split())


def replicated(target_words: int) -> Iterator[Document]:
    """Seed documents, copied round-robin until ``target_words`` words are reached."""
    seeds = seed_documents()
    total = 0
    i = 0
    while total < target_words:
        doc = seeds[i % len(seeds)]
        yield doc.replace(id=f"{doc.id}-{i}")
        total += words(doc.text)
        i += 1
