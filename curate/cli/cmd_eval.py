"""``curate eval`` and ``curate rules``: how good the pre-annotations are, and which rule to fix."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

import click

from curate.cli.base import main, note, progress
from curate.errors import ConfigError, CurateError, RecordError
from curate.evaluate import evaluate, rule_report
from curate.jsonl import read_jsonl
from curate.records import LABELS, Document

_RULE_HINT = "Run `curate validate FILE` to see every problem in the file."


def load_documents(path: str) -> list[Document]:
    """Documents from JSONL, each bad record or span offset named by file and line."""
    name = "<stdin>" if path == "-" else path
    docs = []
    for lineno, obj in read_jsonl(path):
        try:
            doc = Document.from_dict(obj)
        except RecordError as exc:
            raise RecordError(exc.message.split(": ", 1)[-1], path=name, line=lineno,
                              field=exc.field, hint=exc.hint or _RULE_HINT) from None
        for span in doc.spans:
            if not (0 <= span.start <= span.end <= len(doc.text)) \
                    or doc.text[span.start:span.end] != span.text:
                raise RecordError(
                    f"span {span.id!r} ({span.start}-{span.end}) does not match the text",
                    path=name, line=lineno, field="spans", hint=_RULE_HINT,
                )
        docs.append(doc)
    return docs


def _heuristics() -> tuple[Any, Any]:
    """``curate.heuristics.annotate`` and its ``RULES`` registry (None when it has none)."""
    try:
        import curate.heuristics as heuristics
    except ImportError as exc:
        raise ConfigError(f"the heuristics cannot be loaded ({exc})") from None
    annotate = getattr(heuristics, "annotate", None)
    if annotate is None:
        raise ConfigError("this curate has no curate.heuristics.annotate",
                          hint="Give the predictions as a file (from `curate annotate`).")
    return annotate, getattr(heuristics, "RULES", None)


def _registry() -> Any:
    """The heuristics' rule registry, or None: reporting on a file does not need it."""
    try:
        import curate.heuristics as heuristics
    except ImportError:
        return None
    return getattr(heuristics, "RULES", None)


def annotate_like(gold: Iterable[Document]) -> Iterator[Document]:
    """The heuristics' annotation of the gold documents' texts (one per document id)."""
    annotate, _ = _heuristics()
    seen: set[str] = set()
    for doc in gold:
        if doc.id in seen:
            continue
        seen.add(doc.id)
        yield annotate(doc.replace(spans=(), relations=(), annotation=None))


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def _warn_documents(docs: dict[str, Any]) -> None:
    for key, what in (("missing", "gold documents have no prediction"),
                      ("extra", "predicted documents are not in the gold"),
                      ("text_mismatch", "documents have a different text in gold and "
                                        "prediction and were not scored")):
        ids = docs.get(key) or []
        if ids:
            shown = ", ".join(ids[:5]) + (" ..." if len(ids) > 5 else "")
            note(f"Warning: {len(ids)} {what}: {shown}")


def _console() -> Any:
    from rich.console import Console

    console = Console()
    if not console.is_terminal:  # piped into a file or a CI log: no need to wrap at 80
        console.width = 120
    return console


def _print_eval(report: dict[str, Any]) -> None:
    from rich.table import Table

    console = _console()
    docs = report["documents"]
    table = Table(title=f"Spans ({docs['scored']} documents scored)", title_justify="left")
    table.add_column("label")
    for col in ("gold", "pred", "exact P", "exact R", "exact F1", "overlap P", "overlap R",
                "overlap F1"):
        table.add_column(col, justify="right")
    for label in (*LABELS, "ALL"):
        row = report["labels"][label]
        ex, ov = row["exact"], row["overlap"]
        table.add_row(label, str(row["gold"]), str(row["pred"]),
                      _pct(ex["precision"]), _pct(ex["recall"]), _pct(ex["f1"]),
                      _pct(ov["precision"]), _pct(ov["recall"]), _pct(ov["f1"]),
                      end_section=label == LABELS[-1])
    console.print(table)

    q = report["quotes"]
    detail = Table(title="Quotes and dates", title_justify="left")
    detail.add_column("measure")
    detail.add_column("%", justify="right")
    detail.add_column("of", justify="right")
    for qt, row in q["recall_by_type"].items():
        for mode in ("exact", "overlap"):
            detail.add_row(f"QUOTE {qt} recall ({mode})", _pct(row[mode]["recall"]),
                           f"{row[mode]['matched']}/{row['gold']}")
    t = q["type_accuracy"]
    detail.add_row("QUOTE type right (matched)", _pct(t["accuracy"]),
                   f"{t['correct']}/{t['matched']}")
    a = q["attribution"]
    detail.add_row("QUOTE speaker right (matched)", _pct(a["accuracy"]),
                   f"{a['correct']}/{a['with_gold_speaker']}")
    d = report["dates"]["value_accuracy"]
    detail.add_row("DATE value right (matched)", _pct(d["accuracy"]),
                   f"{d['correct']}/{d['with_gold_value']}")
    console.print(detail)


@main.command("eval")
@click.argument("gold", type=click.Path(dir_okay=False, allow_dash=True))
@click.argument("pred", required=False, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON (for scripts).")
def eval_cmd(gold: str, pred: str | None, as_json: bool) -> None:
    """Score predicted annotations (PRED) against gold, human-checked ones (GOLD).

    Both are annotated-document JSONL, paired by document id. Per label: precision,
    recall and F1 by exact match and by overlap (the spans share at least half of the
    shorter one; one-to-one). For QUOTE: recall of direct and indirect quotes, and the
    share of matched quotes attributed to the right speaker; for DATE: the share of
    matched dates with the right TIMEX3 value. Without PRED, the heuristics annotate the
    gold texts first. Documents in only one file are listed and not scored.

    \b
    Example:
      curate eval tests/gold/seeds.gold.jsonl work/annotated.jsonl
    """
    gold_docs = load_documents(gold)
    if not gold_docs:
        raise CurateError(f"{gold}: no documents", hint="GOLD must be annotated-document JSONL.")
    pred_docs = load_documents(pred) if pred is not None else list(
        progress(annotate_like(gold_docs), "Annotating", total=len({d.id for d in gold_docs}))
    )
    report = evaluate(gold_docs, pred_docs)
    if report["documents"]["scored"] == 0:
        raise CurateError(
            "no document is in both files with the same text: nothing to score",
            hint="Check the files: PRED must annotate the same documents as GOLD.",
        )
    _warn_documents(report["documents"])
    if as_json:
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        _print_eval(report)


def _print_rules(report: dict[str, Any], with_gold: bool) -> None:
    from rich.table import Table

    order = ("most wrong outputs first" if with_gold
             else "most conflicts and overlaps first")
    table = Table(title=f"Rules ({order})", title_justify="left")
    table.add_column("rule")
    table.add_column("labels")
    table.add_column("outputs", justify="right")
    table.add_column("conflicts", justify="right")
    table.add_column("overlaps", justify="right")
    if with_gold:
        table.add_column("wrong", justify="right")
        table.add_column("precision %", justify="right")
    table.add_column("overlaps with")
    for r in report["rules"]:
        labels = ", ".join(f"{k} {v}" for k, v in r["labels"].items()) or "–"
        partners = ", ".join(f"{k} ({v})" for k, v in list(r["overlaps_with"].items())[:3])
        row = [r["rule"], labels, str(r["outputs"]), str(r["conflicts"]), str(r["overlaps"])]
        if with_gold:
            row += [str(r["wrong"]), _pct(r["precision"])]
        table.add_row(*row, partners)
    _console().print(table)


@main.command("rules")
@click.argument("pred", required=False, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--gold", type=click.Path(dir_okay=False, allow_dash=True),
              help="Gold annotated documents: adds each rule's precision.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON (for scripts).")
def rules_cmd(pred: str | None, gold: str | None, as_json: bool) -> None:
    """Report each heuristic rule: output, collisions, and (with --gold) precision.

    A rule is the `source` of the spans and relations in PRED (annotated JSONL from
    `curate annotate`); rules in the heuristics registry that produced nothing are listed
    too. Conflicts: spans with the exact range of a span of another label (PLACE and
    SPEAKER together are allowed). Overlaps: spans that intersect a same-label span of
    another rule (a direct quote fragment inside an indirect QUOTE is allowed).
    Precision: the share of a rule's spans that overlap a gold span of their label (for
    said_by rules: relations whose quote and speaker are right). Without PRED, the
    heuristics annotate the --gold texts first. Sorted so the rule to fix first comes first.

    \b
    Example:
      curate rules work/annotated.jsonl --gold tests/gold/seeds.gold.jsonl
    """
    if pred is None and gold is None:
        raise click.UsageError("give PRED, --gold, or both")
    gold_docs = load_documents(gold) if gold is not None else None
    if pred is not None:
        pred_docs = load_documents(pred)
    else:
        assert gold_docs is not None
        pred_docs = list(progress(annotate_like(gold_docs), "Annotating",
                                  total=len({d.id for d in gold_docs})))
    report = rule_report(pred_docs, gold_docs, registry=_registry())
    if gold_docs is not None and not report["documents"]["with_gold"]:
        note("Warning: no predicted document is in the gold file; precision is not known.")
    if as_json:
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        _print_rules(report, with_gold=gold_docs is not None)
