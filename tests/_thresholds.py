"""Shared by the gold regression tests: read a score out of an evaluate() report and hold
it to a threshold, with a message that says where to look."""

from __future__ import annotations

from typing import Any


def score_at(report: dict[str, Any], path: str) -> Any:
    """``report["labels"]["QUOTE"]["exact"]["f1"]`` for ``"labels.QUOTE.exact.f1"``."""
    value: Any = report
    for key in path.split("."):
        value = value[key]
    return value


def assert_not_below(report: dict[str, Any], path: str, minimum: float, measured: float,
                     gold: str) -> None:
    value = score_at(report, path)
    assert value is not None, f"{path} is undefined: the heuristics found nothing to score"
    assert value >= minimum, (
        f"{path} fell to {value:.3f} (threshold {minimum}, was {measured} when set); "
        f"see `curate eval {gold}` and `curate rules --gold {gold}`"
    )
