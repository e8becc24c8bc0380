"""Ingest: reading articles, stable ids, provenance, and clear errors for bad input."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from curate.cli import main
from curate.errors import InputError
from curate.ingest import document_id, ingest
from curate.jsonl import read_documents

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SHARED_SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def test_seeds_are_the_shared_articles_byte_for_byte() -> None:
    if not SHARED_SEEDS.exists():
        pytest.skip("no ../shared/seeds beside this checkout to compare with")
    ours = {p.name: p.read_bytes() for p in SEEDS.glob("*.txt")}
    theirs = {p.name: p.read_bytes() for p in SHARED_SEEDS.glob("*.txt")}
    assert ours == theirs


def test_text_is_kept_exactly_and_provenance_recorded() -> None:
    docs = list(ingest([SEEDS]))
    assert len(docs) == 5
    for doc in docs:
        raw = Path(doc.provenance.path).read_bytes()
        assert doc.text == raw.decode("utf-8")
        assert doc.provenance.sha256 == hashlib.sha256(raw).hexdigest()
        assert doc.provenance.format == "txt"


def test_ids_are_stable_and_content_derived(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Same words.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Same words.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Other words.\n", encoding="utf-8")
    ids = [d.id for d in ingest([tmp_path])]
    assert ids[0] == ids[1] != ids[2]
    assert ids == [d.id for d in ingest([tmp_path])]
    assert ids[0] == document_id("Same words.\n")


def test_jsonl_ids_meta_and_line_provenance(tmp_path: Path) -> None:
    f = tmp_path / "docs.jsonl"
    f.write_text(
        json.dumps({"id": "a1", "text": "Hi there.", "meta": {"published": "2025-05-21"}})
        + "\n\n"
        + json.dumps({"text": "No id given."})
        + "\n",
        encoding="utf-8",
    )
    a, b = ingest([f])
    assert (a.id, a.published, a.provenance.line) == ("a1", "2025-05-21", 1)
    assert b.id == document_id("No id given.") and b.provenance.line == 3


def test_a_bom_is_not_part_of_a_text_file(tmp_path: Path) -> None:
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeffHello.".encode())
    (doc,) = ingest([f])
    assert doc.text == "Hello."


def test_html_keeps_visible_block_text(tmp_path: Path) -> None:
    f = tmp_path / "a.html"
    f.write_text(
        "<html><head><title>T</title><style>p{}</style></head><body><h1>Big news</h1>"
        "<p>First &amp; <b>bold</b>.</p><script>x()</script><p>Second.</p></body></html>",
        encoding="utf-8",
    )
    (doc,) = ingest([f])
    assert doc.text == "Big news\nFirst & bold.\nSecond."
    assert doc.meta["title"] == "T"


# -- bad input: one clear line naming the file (and line, field), exit 1, no traceback --------


def _bad_files(tmp: Path) -> dict[str, tuple[Path, str]]:
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp / "latin1.txt").write_bytes("Caf\u00e9 au lait in Paris.\n".encode("latin-1"))
    big = tmp / "big.txt"
    with big.open("wb") as fh:  # 50 MB
        fh.write(b"word " * (10 * 1024 * 1024))
    (tmp / "malformed.jsonl").write_text(
        '{"id": "a", "text": "ok"}\n{"id": "b", "text": \n', encoding="utf-8"
    )
    (tmp / "wrongtype.jsonl").write_text('{"id": "a", "text": 42}\n', encoding="utf-8")
    (tmp / "baddate.jsonl").write_text(
        '{"id": "a", "text": "x", "meta": {"published": "last Tuesday"}}\n', encoding="utf-8"
    )
    return {
        "empty": (tmp / "empty.txt", "is empty"),
        "binary": (tmp / "binary.txt", "binary"),
        "latin1": (tmp / "latin1.txt", "not valid utf-8"),
        "big": (big, "over the"),
        "malformed": (tmp / "malformed.jsonl", ":2: not valid JSON"),
        "wrongtype": (tmp / "wrongtype.jsonl", ":1 field 'text': must be a string"),
        "baddate": (tmp / "baddate.jsonl", "field 'meta.published'"),
        "missing": (tmp / "nope.txt", "no such file"),
    }


@pytest.mark.parametrize(
    "case", ["empty", "binary", "latin1", "big", "malformed", "wrongtype", "baddate", "missing"]
)
def test_bad_input_gives_one_clear_line(tmp_path: Path, case: str) -> None:
    path, expected = _bad_files(tmp_path)[case]
    code, _out, err = run("ingest", str(path), "-o", str(tmp_path / "out.jsonl"))
    assert code == 1
    first = err.splitlines()[0]
    assert first.startswith("Error: ") and str(path) in first and expected in first, err
    assert "Traceback" not in err
    assert err.splitlines()[1].startswith("Fix: ") if len(err.splitlines()) > 1 else True
    assert not (tmp_path / "out.jsonl").exists()  # nothing half-written


def test_latin1_reads_when_the_encoding_is_given(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\u00e9 in Paris.".encode("latin-1"))
    code, out, _ = run("ingest", str(path), "--encoding", "latin-1")
    assert code == 0
    assert json.loads(out)["text"] == "Café in Paris."


def test_ingest_writes_segmented_jsonl_that_reads_back(tmp_path: Path) -> None:
    out = tmp_path / "docs.jsonl"
    code, _, err = run("ingest", str(SEEDS), "-o", str(out))
    assert code == 0 and "Ingested 5 documents" in err
    docs = list(read_documents(out))
    assert len(docs) == 5
    assert all(any(s.kind == "sentence" for s in d.segments) for d in docs)
    assert [d.to_dict() for d in docs] == [
        json.loads(line) for line in out.read_text().splitlines()
    ]


def test_segment_reads_stdin_and_writes_stdout() -> None:
    line = json.dumps({"id": "x", "text": "Title\nBody one. Body two."})
    code, out, _ = run("segment", "-", input=line + "\n")
    assert code == 0
    rec = json.loads(out)
    assert [s["kind"] for s in rec["segments"]] == [
        "headline",
        "sentence",
        "paragraph",
        "sentence",
        "sentence",
    ]


def test_segment_reports_the_line_of_a_bad_record(tmp_path: Path) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text('{"id": "a", "text": "ok"}\n{"id": "b"}\n', encoding="utf-8")
    code, _, err = run("segment", str(f), "-o", str(tmp_path / "o.jsonl"))
    assert code == 1 and f"{f}:2 field 'text'" in err


def test_unknown_file_type_and_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match=r"unknown file type '\.pdf'"):
        list(ingest([tmp_path / "x.pdf"]))
    with pytest.raises(InputError, match="has no"):
        list(ingest([tmp_path]))


def test_every_command_help_ends_with_an_example() -> None:
    for name, cmd in main.commands.items():
        code, out, _ = run(name, "--help")
        assert code == 0, name
        if hasattr(cmd, "commands"):  # a group: check its commands too
            for sub in cmd.commands:
                _, sub_out, _ = run(name, sub, "--help")
                assert "Example:" in sub_out.strip().split("\n\n")[-1], f"{name} {sub}"
            continue
        tail = out.strip().split("\n\n")[-1]
        assert "Example:" in tail and "curate " in tail, name
