"""Train/dev/test assignment from the document id alone.

A document's split is a pure function of its id and the ratios: the first 8 bytes of
sha256(id) read as a number in [0, 1) pick the split. Adding or removing other documents
never moves a document, so a test document stays a test document in every later version
(as long as the ratios stay the same; changing them moves only the documents whose bucket
falls between the old and the new boundary).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence

from curate.errors import ConfigError

__all__ = ["SPLITS", "Ratios", "assign_split", "bucket", "check_ratios"]

SPLITS: tuple[str, ...] = ("train", "dev", "test")

Ratios = tuple[float, float, float]


def check_ratios(ratios: Sequence[float]) -> Ratios:
    """Return the ratios as a (train, dev, test) tuple, or raise ConfigError."""
    try:
        values = tuple(float(r) for r in ratios)
    except (TypeError, ValueError):
        raise ConfigError(
            f"split ratios must be numbers, got {ratios!r}",
            hint="Give three ratios for train, dev and test, e.g. 0.8,0.1,0.1.",
        ) from None
    if len(values) != 3:
        raise ConfigError(
            f"need three split ratios (train, dev, test), got {len(values)}",
            hint="Give three ratios for train, dev and test, e.g. 0.8,0.1,0.1.",
        )
    if any(not math.isfinite(v) or v < 0 for v in values):
        raise ConfigError(
            f"split ratios must be finite and not negative, got {values}",
            hint="Give three ratios for train, dev and test, e.g. 0.8,0.1,0.1.",
        )
    if not math.isclose(sum(values), 1.0, abs_tol=1e-9):
        raise ConfigError(
            f"split ratios must add up to 1, got {sum(values):g}",
            hint="Give three ratios for train, dev and test that sum to 1, e.g. 0.8,0.1,0.1.",
        )
    return values  # type: ignore[return-value]


def bucket(doc_id: str) -> float:
    """A number in [0, 1), uniform over ids, fixed for an id forever."""
    digest = hashlib.sha256(doc_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def assign_split(doc_id: str, ratios: Ratios) -> str:
    """The split of a document: train, dev or test."""
    b = bucket(doc_id)
    train, dev, _test = ratios
    if b < train:
        return "train"
    if b < train + dev:
        return "dev"
    return "test"
