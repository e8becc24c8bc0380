"""An annotator in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Logs in with the login `curate studio start` prints, opens a pushed seed task, sees the
pre-annotated regions of all four labels and the said_by relations, deletes a predicted
region, submits, and `curate pull` returns exactly that correction. A second task with emoji
before its words checks the offsets Label Studio stores for a region made with the mouse.
Screenshots go to /tmp/shots/ (or $CURATE_SHOTS) for people to look at.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _records import segment_at, span_at
from click.testing import CliRunner

from curate.cli import main
from curate.jsonl import read_documents
from curate.records import LABELS, Annotation, Document, Relation, Segment, Span
from curate.studio import Studio

pytestmark = [pytest.mark.studio, pytest.mark.browser]

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
SHOTS = Path(os.environ.get("CURATE_SHOTS", "/tmp/shots"))

# the centre of the first occurrence of a word inside the labeling text, scrolled into view
_WORD_BOX = """(word) => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let n;
  while ((n = walker.nextNode())) {
    const i = n.data.indexOf(word);
    if (i >= 0 && n.parentElement.closest('[class*=richtext]')) {
      n.parentElement.scrollIntoView({block: 'center'});
      const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + word.length);
      const b = r.getBoundingClientRect();
      return {x: b.x + b.width / 2, y: b.y + b.height / 2};
    }
  }
  return null;
}"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any, studio_server: Any) -> Iterator[Any]:
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.goto(f"{studio_server.url}/user/login/")
    pg.fill("input[name=email]", studio_server.email)
    pg.fill("input[name=password]", studio_server.password)
    pg.click("button[type=submit]")
    pg.wait_for_url(lambda u: "/user/login" not in u, timeout=60_000)
    yield pg
    context.close()


def _open_task(pg: Any, url: str, project_id: int, task_id: int) -> None:
    pg.goto(f"{url}/projects/{project_id}/data?task={task_id}")
    pg.wait_for_selector("button:has-text('Submit')", timeout=60_000)
    pg.wait_for_selector("[class*=richtext]", timeout=30_000)
    pg.wait_for_timeout(1500)  # the regions are drawn after the text


def _task_id(studio: Studio, project: str, doc_id: str) -> tuple[int, int]:
    proj = studio.find_project(project)
    (t,) = studio.existing_tasks(proj.id)[doc_id]
    return proj.id, t["id"]


def _submit(pg: Any) -> None:
    with pg.expect_response(lambda r: "/annotations" in r.url and r.request.method == "POST"
                            and r.status < 300, timeout=30_000):
        pg.click("button:has-text('Submit')")


def _pull(studio_server: Any, project: str, out: Path, monkeypatch: Any) -> list[Document]:
    monkeypatch.setenv("LABEL_STUDIO_URL", studio_server.url)
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", studio_server.token)
    res = CliRunner().invoke(main, ["pull", "--project", project, "-o", str(out)])
    assert res.exit_code == 0, res.output
    return list(read_documents(out))


def test_annotator_deletes_a_predicted_region_and_pull_returns_it(
        page: Any, studio_server: Any, seed_documents: list[Document], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    studio = Studio(studio_server.url, studio_server.token)
    project = f"browser-{uuid.uuid4().hex[:6]}"
    doc = seed_documents[0]
    studio.push(seed_documents, project)
    project_id, task_id = _task_id(studio, project, doc.id)

    page.goto(f"{studio_server.url}/projects/{project_id}/data")
    page.wait_for_timeout(1000)
    _open_task(page, studio_server.url, project_id, task_id)
    page.screenshot(path=str(SHOTS / "browser_task.png"))

    regions = page.locator(".lsf-outliner-item, [class*=outliner-item]")
    listed = " ".join(regions.all_inner_texts())
    for label in LABELS:
        assert label in listed, f"{label} missing from the region list: {listed[:300]}"
    assert page.locator("text=said_by").count() >= 1  # the relation arrows are drawn

    # delete the first predicted PLACE: select it in the region list, press Backspace
    place = next(s for s in doc.spans if s.label == "PLACE")
    item = regions.filter(has_text="PLACE").first
    item.click()
    page.wait_for_timeout(300)
    page.screenshot(path=str(SHOTS / "browser_selected.png"))
    page.keyboard.press("Backspace")
    page.wait_for_timeout(500)
    page.screenshot(path=str(SHOTS / "browser_deleted.png"))
    _submit(page)

    (rec,) = _pull(studio_server, project, tmp_path / "human.jsonl", monkeypatch)
    assert rec.id == doc.id and rec.annotation is not None
    assert rec.annotation.annotator == studio_server.email
    assert rec.annotation.deleted == (place.id,)
    assert len(rec.spans) == len(doc.spans) - 1
    assert {s.origin for s in rec.spans} == {"accepted"}
    assert {(s.id, s.start, s.end) for s in rec.spans} == {
        (s.id, s.start, s.end) for s in doc.spans if s.id != place.id}
    assert len(rec.relations) == len([r for r in doc.relations
                                      if place.id not in (r.from_id, r.to_id)])


def test_region_fields_and_instructions_are_shown(page: Any, studio_server: Any,
                                                 seed_documents: list[Document]) -> None:
    studio = Studio(studio_server.url, studio_server.token)
    project = f"browser-{uuid.uuid4().hex[:6]}"
    doc = next(d for d in seed_documents if any(s.label == "DATE" and s.value for s in d.spans))
    studio.push([doc], project)
    project_id, task_id = _task_id(studio, project, doc.id)
    _open_task(page, studio_server.url, project_id, task_id)
    regions = page.locator(".lsf-outliner-item, [class*=outliner-item]")

    date = next(s for s in doc.spans if s.label == "DATE" and s.value)
    assert date.value is not None
    box = page.evaluate(_WORD_BOX, date.text)  # a region far down: click it in the text
    page.mouse.click(box["x"], box["y"])
    page.wait_for_selector("text=DATE value", timeout=10_000)
    page.wait_for_timeout(300)
    page.screenshot(path=str(SHOTS / "browser_date_field.png"))
    # the predicted value is shown to correct, in view although the region is far down
    assert page.get_by_text(date.value, exact=True).first.is_visible()

    regions.filter(has_text="QUOTE").first.click()
    page.wait_for_selector("text=QUOTE type", timeout=10_000)
    page.screenshot(path=str(SHOTS / "browser_quote_field.png"))
    assert page.locator("text=indirect").count() >= 1
    page.keyboard.press("Escape")

    page.click("button:has-text('Instructions')")
    page.wait_for_selector("text=How to annotate", timeout=10_000)
    page.screenshot(path=str(SHOTS / "browser_instructions.png"))
    assert page.locator("text=said_by link").count() >= 1


def test_a_region_drawn_after_emoji_comes_back_with_code_point_offsets(
        page: Any, studio_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Talks 😀🇺🇦 in Kherson go on\nPeskov 🙂 said \"talks in Odesa 😀 go on.\"\nDonate now"
    lines = text.splitlines()

    def seg(sid: str, kind: str, piece: str, **kw: Any) -> Segment:
        return segment_at(text, sid, kind, piece, **kw)

    def span(label: str, piece: str, **kw: Any) -> Span:
        return span_at(text, label, piece, score=0.6, **kw)

    speaker, quote = span("SPEAKER", "Peskov"), span("QUOTE", "talks in Odesa 😀 go on.",
                                                     quote_type="direct")
    doc = Document(
        id=f"emoji-{uuid.uuid4().hex[:6]}", text=text,
        segments=(seg("b0", "headline", lines[0]), seg("b1", "paragraph", lines[1]),
                  seg("b2", "boilerplate", lines[2], reason="donation-appeal")),
        spans=(speaker, quote),
        relations=(Relation(id=f"{quote.id}>{speaker.id}", from_id=quote.id, to_id=speaker.id),),
        annotation=Annotation(kind="heuristic", version="t1"))
    studio = Studio(studio_server.url, studio_server.token)
    project = f"browser-{uuid.uuid4().hex[:6]}"
    studio.push([doc], project)
    project_id, task_id = _task_id(studio, project, doc.id)
    _open_task(page, studio_server.url, project_id, task_id)

    page.keyboard.press("Escape")  # nothing selected, so the hotkey picks a label
    page.keyboard.press("p")  # PLACE
    box = page.evaluate(_WORD_BOX, "Kherson")  # after astral characters, in no region
    assert box is not None
    page.mouse.dblclick(box["x"], box["y"])
    page.wait_for_timeout(500)
    page.screenshot(path=str(SHOTS / "browser_emoji.png"))
    _submit(page)

    (rec,) = _pull(studio_server, project, tmp_path / "human.jsonl", monkeypatch)
    added = [s for s in rec.spans if s.origin == "added"]
    assert [(s.label, s.text) for s in added] == [("PLACE", "Kherson")]
    assert (added[0].start, added[0].end) == (text.index("Kherson"), text.index("Kherson") + 7)
    kept = {(s.id, s.start, s.end, s.text) for s in rec.spans if s.origin == "accepted"}
    assert kept == {(s.id, s.start, s.end, s.text) for s in doc.spans}
