"""Browser end-to-end tests: Playwright drives Debian's Chromium against the real app over a
small real index (real model)."""

from __future__ import annotations

import json
import shutil
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

from evals.servers import free_port
from ingest.pipeline import ingest_paths
from rag.service import Service
from rag.settings import Settings
from tests.conftest import CORPUS, ROOT

pytestmark = pytest.mark.e2e
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "artifacts" / "e2e"

if not Path(CHROMIUM).exists():
    pytest.skip("Debian chromium is not installed (make browser)", allow_module_level=True)

DOCS = [
    "kent-peel-2021-22.md",
    "kent-pcc-response-peel-2021-22.md",
    "hmicfrs-ncpi-derbyshire-2021.md",
    "opcc-derbyshire-response-ncpi-reinspection-2022.md",
    "dc-peel-2021-22.md",
    "hmicfrs-ncpi-cleveland-2025.md",
    "opcc-cleveland-response-ncpi-2025.md",
]


@pytest.fixture(scope="module")
def e2e_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("e2e")


@pytest.fixture(scope="module")
def app_url(e2e_root: Path, real_embedder):
    from ui.app import UIOptions, create_app, launch

    root = e2e_root
    docs = root / "docs"
    docs.mkdir()
    for name in DOCS:
        shutil.copy(CORPUS / "sample" / name, docs / name)
    settings = Settings(db=root / "index")
    ingest_paths(settings, [docs], embedder=real_embedder)
    service = Service.open(settings, embedder=real_embedder)
    app = create_app(service, settings, UIOptions(work_dir=root / "work", allow_upload=True))
    port = free_port()
    launch(app, port=port, block=False)
    yield f"http://127.0.0.1:{port}"
    app.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield b
        b.close()


@pytest.fixture
def page(browser, app_url):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.goto(app_url)
    pg.wait_for_selector("#iqa-question textarea", timeout=60_000)
    yield pg
    context.close()


BOT = '#iqa-chat [data-testid="bot"]'


def ask(page, question: str) -> str:
    """Ask in the UI and return the finished answer's text."""
    before = page.locator(BOT).count()
    page.fill("#iqa-question textarea", question)
    page.click("#iqa-ask")
    page.wait_for_function(
        """([sel, n]) => { const b = document.querySelectorAll(sel);
             return b.length > n && b[b.length - 1].innerText.includes('Searched:'); }""",
        arg=[BOT, before],
        timeout=60_000,
    )
    page.wait_for_timeout(300)
    return page.locator(BOT).last.inner_text()


def _in_view(page, selector: str) -> bool:
    """The element is inside the window (e.g. a document's title after opening it)."""
    return page.evaluate(
        """sel => { const r = document.querySelector(sel).getBoundingClientRect();
                    return r.top >= 0 && r.bottom <= window.innerHeight; }""",
        selector,
    )


def _feedback_rows(path: Path, before: int, n: int) -> list[dict]:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        rows = path.read_text()[before:].splitlines() if path.exists() else []
        if len(rows) >= n:
            break
        time.sleep(0.2)
    time.sleep(1)  # a wrongly saved extra rating would land by now
    return [json.loads(line) for line in path.read_text()[before:].splitlines()]


def test_question_gets_cited_answer_and_source_card(page) -> None:
    answer = ask(page, "How many Derbyshire case files were rated good in 2021?")
    assert "[1]" in answer and "20" in answer
    assert answer.lstrip().startswith("Answer: 20"), answer  # the direct answer first
    cards = page.locator(BOT).last.locator(".iqa-card")  # under the answer itself
    assert cards.count() >= 1
    first = cards.first.inner_text()
    assert "Derbyshire" in first and "Open in document" in first
    quote = cards.first.locator("mark.iqa-quote").first.inner_text()
    assert quote.strip() and quote.split()[0] in answer
    page.wait_for_selector("#iqa-docview #iqa-hit", timeout=30_000)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "answer.png"), full_page=True)


def test_unanswerable_question_shows_abstention_with_nearest_passages(page) -> None:
    answer = ask(page, "What is the best recipe for sourdough bread?")
    assert "Not found in the documents" in answer
    assert "[1]" not in answer and "Nearest passages" in answer
    # Its nearest passages are cards too, and open their documents.
    card = page.locator(BOT).last.locator(".iqa-card").first
    title = card.locator(".iqa-title").inner_text()
    card.click()
    expect(page.locator("#iqa-docview h3")).to_have_text(title, timeout=30_000)
    assert _in_view(page, "#iqa-docview h3")


def test_filters_matching_nothing_say_so(page) -> None:
    page.click("text=Filters (apply to the next question)")
    page.fill("#iqa-y0 input", "1990")
    page.fill("#iqa-y1 input", "1991")
    answer = ask(page, "What did they say about the grades?")
    assert "Not found in the documents" in answer
    assert "No passage matched the search (1990-1991)" in answer


def test_filter_changes_results(page) -> None:
    page.click("text=Filters (apply to the next question)")
    page.get_by_label("PCC response").check()
    answer = ask(page, "What did they say about the grades?")
    assert "PCC responses" in answer  # the search is stated
    metas = page.locator(BOT).last.locator(".iqa-card .iqa-meta").all_inner_texts()
    assert metas and all("PCC response" in m for m in metas)


def test_markdown_export_downloads_with_citations(page) -> None:
    ask(page, "How many Derbyshire case files were rated good in 2021?")
    page.click("text=Feedback and export")
    page.click("#iqa-export-md")
    link = page.locator("#iqa-export-file a").first
    link.wait_for(timeout=30_000)
    with page.expect_download() as info:
        link.click()
    text = Path(info.value.path()).read_text()
    assert "## 1. How many Derbyshire case files were rated good in 2021?" in text
    assert "[1] " in text and "> " in text


@pytest.mark.parametrize(
    "path",
    [
        "/gradio_api/file=../../etc/passwd",
        "/gradio_api/file=/etc/passwd",
        "/gradio_api/file=..%2F..%2Fetc%2Fpasswd",
        "/file=/etc/passwd",
        "/gradio_api/file=%2Fetc%2Fpasswd",
    ],
)
def test_path_traversal_is_refused(app_url: str, path: str) -> None:
    try:
        with urllib.request.urlopen(app_url + path, timeout=10) as resp:
            body = resp.read().decode(errors="replace")
    except urllib.error.HTTPError as err:
        assert err.code in (400, 403, 404)
        return
    assert "root:x:0:0" not in body


def test_gradio_client_can_ask(app_url: str) -> None:
    from gradio_client import Client

    client = Client(app_url, verbose=False)
    out = client.predict(
        "How many Derbyshire case files were rated good in 2021?", "{}", api_name="/ask"
    )
    assert out["citations"] and not out["abstained"]


def test_library_lists_and_searches(page) -> None:
    page.get_by_role("tab", name="Library").click()
    table = page.locator("#iqa-library")
    table.wait_for()
    assert "Kent" in table.inner_text()
    head = table.locator("thead").inner_text()
    for column in ("Title", "Type", "Force", "Published", "Responds to / answered by", "Chunks"):
        assert column in head
    # Reports and their responses are paired.
    expect(table).to_contain_text("Answered by: HMICFRS PEEL Inspection 2021/22")
    page.fill("#iqa-lib-search textarea", "Derbyshire")
    expect(table).not_to_contain_text("Kent", timeout=30_000)
    expect(table).to_contain_text("Derbyshire")
    page.fill("#iqa-lib-search textarea", "")
    expect(table).to_contain_text("Kent", timeout=30_000)


def test_library_searches_the_text_and_opens_the_document_at_the_match(page) -> None:
    page.get_by_role("tab", name="Library").click()
    table = page.locator("#iqa-library")
    # "Brexit" is in no title: only in the text of Kent's PEEL report.
    page.fill("#iqa-lib-search textarea", "Brexit")
    expect(page.locator("#iqa-lib-note")).to_contain_text("1 document matches", timeout=30_000)
    expect(table.locator("mark").first).to_have_text("Brexit")
    table.locator("[role=gridcell]").nth(2).click()  # the row's Force cell
    page.wait_for_selector("#iqa-lib-doc .iqa-hit mark", timeout=30_000)
    assert "Kent" in page.locator("#iqa-lib-doc h3").inner_text()
    assert page.locator("#iqa-lib-doc .iqa-hit mark").first.inner_text() == "Brexit"
    assert _in_view(page, "#iqa-lib-doc h3")
    page.fill("#iqa-lib-search textarea", "zzqx")
    expect(page.locator("#iqa-lib-note")).to_contain_text("No documents match", timeout=30_000)


def test_a_library_row_opens_its_own_document_after_sorting(page) -> None:
    page.get_by_role("tab", name="Library").click()
    table = page.locator("#iqa-library")
    cells = table.locator("[role=gridcell]")  # in the order shown
    cells.first.wait_for()
    unsorted = cells.first.inner_text()
    header = table.locator('[data-testid="header-0"]').first
    header.hover()
    header.locator('button[aria-label="Open cell menu"]').click()
    page.get_by_role("menuitem", name="Sort descending").click()
    expect(cells.first).not_to_have_text(unsorted, timeout=30_000)
    first = cells.first.inner_text()
    titles = [cells.nth(i).inner_text() for i in range(0, cells.count(), 6)]
    assert first == max(titles)
    cells.nth(1).click()  # the first row shown, its Type cell
    expect(page.locator("#iqa-lib-doc h3")).to_have_text(first, timeout=30_000)


def test_feedback_is_saved_with_the_answer_it_rates(page, e2e_root: Path) -> None:
    page.fill("#iqa-question textarea", "x" * 10_001)
    page.click("#iqa-ask")
    page.wait_for_function(
        "sel => Array.from(document.querySelectorAll(sel))"
        ".some(b => b.innerText.includes('Could not answer'))",
        arg=BOT,
        timeout=30_000,
    )
    question = "How many Derbyshire case files were rated good in 2021?"
    ask(page, question)
    bots = page.locator(BOT)
    feedback = e2e_root / "index" / "feedback.jsonl"
    before = len(feedback.read_text()) if feedback.exists() else 0
    # The warning is not an answer: rating it saves nothing.
    bots.first.hover()
    page.locator('#iqa-chat button[aria-label="Dislike"]').first.click()
    bots.last.hover()
    page.locator('#iqa-chat button[aria-label="Like"]').last.click()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not (feedback.exists() and feedback.read_text()[before:]):
        page.wait_for_timeout(200)
    page.wait_for_timeout(1000)  # a wrongly saved rating of the warning would land by now
    rows = [json.loads(line) for line in feedback.read_text()[before:].splitlines()]
    assert [(r["rating"], r["question"]) for r in rows] == [("up", question)]
    assert rows[0]["citations"] and rows[0]["citations"][0]["quote"]


def test_upload_adds_documents_and_reports_bad_files(page, e2e_root: Path) -> None:
    good = e2e_root / "upload" / "sussex-stalking-response.md"
    good.parent.mkdir(exist_ok=True)
    text = (CORPUS / "sample" / "sussex-pcc-response-stalking-inspection-2019.md").read_text()
    good.write_text(text, encoding="utf-8")
    bad = e2e_root / "upload" / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\nnot really a pdf\n")
    page.get_by_role("tab", name="Library").click()
    page.locator("#iqa-upload input[type=file]").set_input_files([str(good), str(bad)])
    expect(page.locator("#iqa-upload")).to_contain_text("broken", timeout=30_000)
    page.click("#iqa-ingest")
    status = page.locator("#iqa-upload-status")
    expect(status).to_contain_text("This upload (2 files): added 1", timeout=180_000)
    expect(status).to_contain_text("Failed: broken.pdf")
    expect(page.locator("#iqa-library")).to_contain_text("stalking", timeout=30_000)
    # The failed file is not kept, so it is not reported again.
    uploads = e2e_root / "index" / "uploads"
    assert sorted(p.name for p in uploads.iterdir()) == ["sussex-stalking-response.md"]
    # The new document's force is in the filters at once, and it answers questions.
    page.get_by_role("tab", name="Ask").click()
    page.click("text=Filters (apply to the next question)")
    page.locator("#iqa-force input").click()
    expect(page.get_by_role("option", name="Sussex Police")).to_be_visible(timeout=30_000)
    page.keyboard.press("Escape")
    answer = ask(page, "Why did the Sussex PCC commission the stalking inspection?")
    assert "[1]" in answer
    cards = page.locator(BOT).last.locator(".iqa-card").all_inner_texts()
    assert any("Sussex" in c and "stalking" in c.lower() for c in cards)


@pytest.fixture(scope="module")
def auth_app_url(app_url: str, e2e_root: Path, real_embedder):
    """A second app over the same index, behind a login."""
    from ui.app import UIOptions, create_app, launch
    from ui.auth import hash_password

    users = e2e_root / "users.txt"
    users.write_text(f"# board staff\nalice:{hash_password('s3cret pass')}\n", encoding="utf-8")
    settings = Settings(db=e2e_root / "index")
    service = Service.open(settings, embedder=real_embedder)
    app = create_app(service, settings, UIOptions(work_dir=e2e_root / "work-auth"))
    port = free_port()
    launch(app, port=port, auth_file=users, block=False)
    yield f"http://127.0.0.1:{port}"
    app.close()


def test_login_is_required_when_an_auth_file_is_given(browser, auth_app_url: str) -> None:
    # Without a session the app's config and API are closed.
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(auth_app_url + "/config", timeout=10)
    assert err.value.code in (401, 403)
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(auth_app_url)
        page.get_by_label("username").fill("alice")
        page.get_by_label("password").fill("wrong")
        page.get_by_role("button", name="Login").click()
        expect(page.get_by_text("Incorrect Credentials")).to_be_visible(timeout=30_000)
        assert page.locator("#iqa-question").count() == 0
        page.get_by_label("username").fill("alice")
        page.get_by_label("password").fill("s3cret pass")
        page.get_by_role("button", name="Login").click()
        page.wait_for_selector("#iqa-question textarea", timeout=60_000)
        answer = ask(page, "How many Derbyshire case files were rated good in 2021?")
        assert "[1]" in answer
    finally:
        context.close()


def test_recommendations_tab_shows_the_ledger(browser, app_url) -> None:
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    pg = context.new_page()
    pg.goto(app_url)
    pg.wait_for_selector("#iqa-question textarea", timeout=60_000)
    pg.get_by_role("tab", name="Recommendations").click()
    pg.wait_for_selector("#iqa-ledger", timeout=30_000)
    text = pg.locator("#iqa-ledger").inner_text()
    assert "Finding" in text and "Status" in text
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / "ledger-1366.png"))
    # A row opens its report at the finding, highlighted.
    cell = pg.locator("#iqa-ledger [role=gridcell]").nth(4)  # row 1, the Finding column
    finding = " ".join(cell.inner_text().split())
    cell.click()
    pg.wait_for_selector("#iqa-led-doc .iqa-hit mark", timeout=30_000)
    marked = " ".join(pg.locator("#iqa-led-doc .iqa-hit mark").first.inner_text().split())
    assert marked[:40] == finding[:40]
    pg.locator("#iqa-led-doc").scroll_into_view_if_needed()
    pg.screenshot(path=str(ARTIFACTS / "ledger-open-1366.png"))
    # PEEL grades side by side.
    pg.get_by_text("PEEL grades side by side").click()
    grades = pg.locator("#iqa-grades").inner_text()
    assert "Kent Police" in grades and "2021/22" in grades
    # A briefing pack for a force, as a Word file to download.
    pg.locator("#iqa-led-force input").click()
    pg.locator("#iqa-led-force input").fill("Cleveland")
    pg.get_by_role("option", name="Cleveland Police").click()
    pg.locator("#iqa-brief").click()
    link = pg.locator("#iqa-brief-file a").first
    link.wait_for(timeout=60_000)
    assert ".docx" in (link.get_attribute("href") or "") + link.inner_text()
    pg.screenshot(path=str(ARTIFACTS / "ledger-brief-1366.png"), full_page=True)
    pg.get_by_role("tab", name="Ask").click()
    pg.screenshot(path=str(ARTIFACTS / "ask-1366.png"))
    context.close()


def test_markers_in_an_older_answer_open_that_answers_sources(page) -> None:
    ask(page, "How many Derbyshire case files were rated good in 2021?")
    ask(page, "How did the Kent PCC respond to the PEEL 2021/22 grades?")
    first, last = page.locator(BOT).first, page.locator(BOT).last
    old_title = first.locator(".iqa-card .iqa-title").first.inner_text()
    new_title = last.locator(".iqa-card .iqa-title").first.inner_text()
    assert "Derbyshire" in old_title and "Kent" in new_title
    expect(page.locator("#iqa-docview h3")).to_have_text(new_title, timeout=30_000)
    first.locator("a.iqa-marker").first.click()  # [1] in the older answer
    expect(page.locator("#iqa-docview h3")).to_have_text(old_title, timeout=30_000)
    marked = page.locator("#iqa-docview .iqa-hit mark").first.inner_text()
    assert " ".join(marked.split())[:30] in " ".join(first.inner_text().split())
    assert _in_view(page, "#iqa-docview h3")
    # A click on a card (not the marker) opens its document too.
    last.locator(".iqa-card").first.click()
    expect(page.locator("#iqa-docview h3")).to_have_text(new_title, timeout=30_000)


def test_rating_after_clear_lands_on_the_new_answer(page, e2e_root: Path) -> None:
    feedback = e2e_root / "index" / "feedback.jsonl"
    old_q = "How many Derbyshire case files were rated good in 2021?"
    new_q = "How did the Kent PCC respond to the PEEL 2021/22 grades?"
    ask(page, old_q)
    page.locator("#iqa-chat").hover()
    page.locator('#iqa-chat button[aria-label="Clear"]').click()
    expect(page.locator(BOT)).to_have_count(0, timeout=30_000)
    expect(page.locator("#iqa-docview h3")).to_have_count(0, timeout=30_000)
    answer = ask(page, new_q)
    assert "Read as" not in answer  # the cleared question is not follow-up context
    before = len(feedback.read_text()) if feedback.exists() else 0
    page.locator(BOT).last.hover()
    page.locator('#iqa-chat button[aria-label="Dislike"]').last.click()
    rows = _feedback_rows(feedback, before, 1)
    assert [(r["rating"], r["question"]) for r in rows] == [("down", new_q)]
    # The export holds the new conversation only.
    page.click("text=Feedback and export")
    page.click("#iqa-export-md")
    link = page.locator("#iqa-export-file a").first
    link.wait_for(timeout=30_000)
    with page.expect_download() as info:
        link.click()
    text = Path(info.value.path()).read_text()
    assert new_q in text and old_q not in text


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_screenshots_of_the_ask_and_library_tabs(browser, app_url, size) -> None:
    width, height = size
    context = browser.new_context(viewport={"width": width, "height": height})
    pg = context.new_page()
    try:
        pg.goto(app_url)
        pg.wait_for_selector("#iqa-question textarea", timeout=60_000)
        ask(pg, "How many Derbyshire case files were rated good in 2021?")
        ask(pg, "Which areas did HMICFRS grade inadequate in Devon and Cornwall's 2021/22 PEEL "
                "inspection?")  # fmt: skip
        pg.wait_for_timeout(800)
        # The newest question is in view, and the opened document's title.
        assert _in_view(pg, "#iqa-docview h3")
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        pg.screenshot(path=str(ARTIFACTS / f"ask-two-answers-{width}.png"))
        pg.get_by_role("tab", name="Library").click()
        pg.wait_for_selector("#iqa-library [role=gridcell]", timeout=30_000)
        pg.screenshot(path=str(ARTIFACTS / f"library-{width}.png"))
        # The uploads panel: adding documents, and removing uploaded ones (asked first).
        pg.locator("#iqa-remove-sel input").click()
        pg.wait_for_timeout(500)  # the list is filled when the page loads
        options = pg.get_by_role("option")
        uploads = options.count()
        if uploads:
            options.first.click()
            pg.keyboard.press("Escape")
            pg.click("#iqa-remove")
            expect(pg.locator("#iqa-remove-yes")).to_be_visible(timeout=30_000)
        else:
            pg.keyboard.press("Escape")
        pg.locator("#iqa-remove-box").scroll_into_view_if_needed()
        pg.wait_for_timeout(300)
        pg.screenshot(path=str(ARTIFACTS / f"library-uploads-{width}.png"))
        if uploads:
            pg.click("#iqa-remove-no")
        pg.fill("#iqa-lib-search textarea", "Brexit")
        expect(pg.locator("#iqa-lib-note")).to_contain_text("matches", timeout=30_000)
        expect(pg.locator("#iqa-library [role=gridcell] mark").first).to_be_visible(timeout=30_000)
        pg.locator("#iqa-library [role=gridcell]").nth(1).click()
        pg.wait_for_selector("#iqa-lib-doc .iqa-hit mark", timeout=30_000)
        pg.wait_for_timeout(800)  # the table's update settles (no loading veil)
        pg.screenshot(path=str(ARTIFACTS / f"library-search-{width}.png"))
    finally:
        context.close()


# ---- removing uploaded documents ---------------------------------------------------------
def test_uploaded_documents_can_be_removed_with_confirmation(page, e2e_root: Path) -> None:
    name = "gwent-pcc-response-county-lines-2020.md"
    src = e2e_root / "upload-rm" / name
    src.parent.mkdir(exist_ok=True)
    shutil.copy(CORPUS / "sample" / name, src)
    page.get_by_role("tab", name="Library").click()
    page.locator("#iqa-upload input[type=file]").set_input_files([str(src)])
    expect(page.locator("#iqa-upload")).to_contain_text("gwent", timeout=30_000)
    page.click("#iqa-ingest")
    expect(page.locator("#iqa-upload-status")).to_contain_text("added 1", timeout=180_000)
    table = page.locator("#iqa-library")
    expect(table).to_contain_text("Gwent", timeout=30_000)
    uploads = e2e_root / "index" / "uploads"
    assert (uploads / name).exists()
    # Only uploads are offered: the bundled documents are not in the list.
    page.locator("#iqa-remove-sel input").click()
    options = page.get_by_role("option")
    expect(options.filter(has_text=name)).to_have_count(1, timeout=30_000)
    assert not any("Kent" in t or "Derbyshire" in t for t in options.all_inner_texts())
    options.filter(has_text=name).click()
    page.keyboard.press("Escape")
    page.click("#iqa-remove")
    question = page.locator("#iqa-remove-question")
    expect(question).to_contain_text("Remove 1 document from the index?", timeout=30_000)
    expect(page.locator("#iqa-remove-yes")).to_be_visible()
    # Cancel removes nothing.
    page.click("#iqa-remove-no")
    expect(page.locator("#iqa-remove-status")).to_have_text("Nothing removed.", timeout=30_000)
    assert (uploads / name).exists()
    page.click("#iqa-remove")
    expect(page.locator("#iqa-remove-yes")).to_be_visible(timeout=30_000)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.locator("#iqa-remove-box").scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "library-remove-confirm.png"))
    page.click("#iqa-remove-yes")
    status = page.locator("#iqa-remove-status")
    expect(status).to_contain_text("Removed 1 document from the index.", timeout=120_000)
    expect(status).to_contain_text("Removed: County Lines report")
    expect(table).not_to_contain_text("Gwent", timeout=30_000)
    assert not (uploads / name).exists() and not list(uploads.glob(".removing*"))
    page.locator("#iqa-remove-sel input").click()
    expect(page.get_by_role("option").filter(has_text=name)).to_have_count(0, timeout=30_000)
    page.keyboard.press("Escape")
    page.screenshot(path=str(ARTIFACTS / "library-removed.png"))
    # The force list no longer offers it, and questions no longer cite it.
    page.get_by_role("tab", name="Ask").click()
    page.click("text=Filters (apply to the next question)")
    page.locator("#iqa-force input").click()
    expect(page.get_by_role("option", name="Kent Police")).to_be_visible(timeout=30_000)
    expect(page.get_by_role("option", name="Gwent Police")).to_have_count(0)
    page.keyboard.press("Escape")
    ask(page, "What did the Gwent PCC say about county lines?")
    cards = page.locator(BOT).last.locator(".iqa-card").all_inner_texts()
    assert not any("Gwent" in c and "county lines" in c.lower() for c in cards), cards


# ---- the Word export ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def briefing_docx(browser, app_url, e2e_root: Path) -> tuple[Path, list[list[str]]]:
    """A conversation of two answers (the second under a filter), exported as Word in the
    browser; and the [n] markers each answer shows."""
    context = browser.new_context(accept_downloads=True, viewport={"width": 1366, "height": 768})
    pg = context.new_page()
    try:
        pg.goto(app_url)
        pg.wait_for_selector("#iqa-question textarea", timeout=60_000)
        ask(pg, "How many Derbyshire case files were rated good in 2021?")
        pg.click("text=Filters (apply to the next question)")
        pg.get_by_label("PCC response").check()
        ask(pg, "How did the Kent PCC respond to the PEEL 2021/22 grades?")
        markers = [
            pg.locator(BOT).nth(i).locator("a.iqa-marker").all_inner_texts() for i in range(2)
        ]
        pg.click("text=Feedback and export")
        pg.click("#iqa-export-docx")
        link = pg.locator("#iqa-export-file a").first
        link.wait_for(timeout=30_000)
        with pg.expect_download() as info:
            link.click()
        out = e2e_root / "briefing.docx"
        info.value.save_as(out)
    finally:
        context.close()
    return out, markers


def test_word_export_numbers_references_per_question_as_the_markers(briefing_docx) -> None:
    import re

    import docx

    path, shown = briefing_docx
    paras = docx.Document(str(path)).paragraphs
    heads = [i for i, p in enumerate(paras) if p.style.name == "Heading 2"]
    assert [paras[i].text[:3] for i in heads] == ["1. ", "2. "]
    for q, (start, end) in enumerate(zip(heads, [*heads[1:], len(paras)], strict=True)):
        block = paras[start + 1 : end]
        texts = [p.text for p in block]
        searched = next(p for p in block if p.text.startswith("Searched:"))
        assert all(r.italic for r in searched.runs if r.text.strip())  # the filters, italic
        answer_i = texts.index(searched.text) - 1
        if q == 0:  # the short answer first, bold, before the answer
            assert texts[0] == "Answer: 20" and block[0].runs[0].bold
            assert answer_i == 1
        else:
            assert "PCC response" in searched.text  # the filter is stated
        answer = texts[answer_i]
        markers = sorted({int(n) for n in re.findall(r"\[(\d+)\]", answer)})
        refs = [p for p in block if re.match(r"\[\d+\] ", p.text)]
        numbers = [int(re.match(r"\[(\d+)\]", p.text)[1]) for p in refs]
        # Real references: one per marker, numbered from 1 in each question, as shown.
        assert markers and numbers == markers == list(range(1, len(markers) + 1))
        assert sorted({int(m.strip("[]")) for m in shown[q]}) == markers
        for ref in refs:  # the [n] is the number: no automatic list numbering on top
            assert ref._p.pPr is None or ref._p.pPr.numPr is None
            assert "List" not in ref.style.name
            quote = block[block.index(ref) + 1]
            assert quote.style.name == "Intense Quote"
            assert " ".join(quote.text.split())[:40] in " ".join(answer.split())


def test_word_export_renders_to_pdf(briefing_docx, tmp_path: Path) -> None:
    import subprocess

    soffice = shutil.which("soffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        pytest.skip("LibreOffice (soffice) or poppler-utils is not installed")
    path, _ = briefing_docx
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         "pdf", "--outdir", str(tmp_path), str(path)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    pdf = tmp_path / "briefing.pdf"
    assert pdf.stat().st_size > 0
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Briefing: questions and cited answers" in text and "Answer: 20" in text
    assert "[1] " in text and "Searched:" in text
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "2", str(pdf),
         str(ARTIFACTS / "briefing-word")],
        check=True, timeout=120,
    )  # fmt: skip
    assert list(ARTIFACTS.glob("briefing-word-*.png"))


# ---- hostile input at the edge -----------------------------------------------------------
@pytest.fixture(scope="module")
def small_limit_app_url(app_url: str, e2e_root: Path, real_embedder):
    """A second app over the same index with a 1 MB upload limit."""
    from ui.app import UIOptions, create_app, launch

    settings = Settings(db=e2e_root / "index")
    service = Service.open(settings, embedder=real_embedder)
    options = UIOptions(work_dir=e2e_root / "work-limit", allow_upload=True, upload_limit_mb=1)
    app = create_app(service, settings, options)
    port = free_port()
    launch(app, port=port, upload_limit_mb=1, block=False)
    yield f"http://127.0.0.1:{port}"
    app.close()


def test_an_over_limit_upload_is_refused_and_nothing_is_kept(
    browser, small_limit_app_url: str, e2e_root: Path
) -> None:
    big = e2e_root / "upload-big" / "huge-report.txt"
    big.parent.mkdir(exist_ok=True)
    big.write_text("Cleveland Police custody. " * 60_000, encoding="utf-8")  # ~1.5 MB
    uploads = e2e_root / "index" / "uploads"
    before = sorted(p.name for p in uploads.iterdir()) if uploads.exists() else []
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    pg = context.new_page()
    try:
        pg.goto(small_limit_app_url)
        pg.wait_for_selector("#iqa-question textarea", timeout=60_000)
        pg.get_by_role("tab", name="Library").click()
        expect(pg.locator("#iqa-upload")).to_contain_text("up to 1 MB each")
        pg.locator("#iqa-upload input[type=file]").set_input_files([str(big)])
        toast = pg.get_by_text("exceed the maximum allowed size")
        expect(toast).to_be_visible(timeout=30_000)
        expect(toast).to_contain_text("huge-report.txt")
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        pg.locator("#iqa-upload").scroll_into_view_if_needed()
        pg.wait_for_timeout(300)
        pg.screenshot(path=str(ARTIFACTS / "upload-over-limit.png"))
        pg.click("#iqa-ingest")
        expect(pg.locator("#iqa-upload-status")).to_have_text("Choose files first.", timeout=30_000)
        expect(pg.locator("#iqa-library")).not_to_contain_text("huge")
    finally:
        context.close()
    after = sorted(p.name for p in uploads.iterdir()) if uploads.exists() else []
    assert after == before


HOSTILE = """---
title: Custody <img src=x onerror=alert('title')> inspection <script>alert('t')</script> Cleveland
doc_type: inspection_report
force: Cleveland Police
published: 2023-03-01
source_url: javascript:alert('link')
---
# Custody findings

Inspectors found that detainees in the Cleveland custody suites
<script>alert('answer')</script> were seen by a healthcare nurse within 40 minutes of arrival.

The control room <img src=x onerror=alert('card')> answered emergency calls within 10
seconds in 92 percent of cases.

Officers <svg onload=alert('svg')></svg> recorded
<a href="javascript:alert('a')">every detention</a> in the custody log.
"""


@pytest.fixture(scope="module")
def hostile_app_url(e2e_root: Path, real_embedder):
    """An app over an index holding a document whose text and title carry markup."""
    from ui.app import UIOptions, create_app, launch

    docs = e2e_root / "hostile-docs"
    docs.mkdir()
    (docs / "custody-cleveland.md").write_text(HOSTILE, encoding="utf-8")
    shutil.copy(CORPUS / "sample" / "hmicfrs-ncpi-cleveland-2025.md", docs)
    settings = Settings(db=e2e_root / "hostile-index")
    ingest_paths(settings, [docs], embedder=real_embedder)
    service = Service.open(settings, embedder=real_embedder)
    options = UIOptions(work_dir=e2e_root / "work-hostile", allow_upload=True)
    app = create_app(service, settings, options)
    port = free_port()
    launch(app, port=port, block=False)
    yield f"http://127.0.0.1:{port}"
    app.close()


NO_MARKUP = """() => Array.from(document.querySelectorAll(
  '#iqa-chat img[src="x"], #iqa-chat svg[onload], #iqa-chat script, #iqa-docview img,'
  + ' #iqa-docview script, #iqa-docview svg, #iqa-library img, #iqa-library script,'
  + ' #iqa-lib-doc img, #iqa-lib-doc script, a[href^="javascript"], [onerror], [onload]'
)).map(e => e.outerHTML)"""


def test_markup_in_documents_is_shown_as_text_and_never_runs(browser, hostile_app_url) -> None:
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    pg = context.new_page()
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        pg.goto(hostile_app_url)
        pg.wait_for_selector("#iqa-question textarea", timeout=60_000)
        answer = ask(pg, "How quickly were detainees in Cleveland custody seen by a nurse?")
        assert "[1]" in answer and "<script>alert('answer')</script>" in answer, answer
        bot = pg.locator(BOT).last
        cards = bot.locator(".iqa-card")
        assert (
            "<img src=x onerror=alert('title')>" in cards.first.locator(".iqa-title").inner_text()
        )
        pg.wait_for_selector("#iqa-docview .iqa-hit", timeout=30_000)
        doc = pg.locator("#iqa-docview").inner_text()
        assert "<img src=x onerror=alert('card')>" in doc and "<svg onload=alert('svg')>" in doc
        ask(pg, "How fast did the Cleveland control room answer emergency calls?")
        pg.locator(BOT).last.locator(".iqa-card").first.click()
        pg.wait_for_timeout(500)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        pg.screenshot(path=str(ARTIFACTS / "hostile-answer.png"))
        pg.get_by_role("tab", name="Library").click()
        pg.fill("#iqa-lib-search textarea", "onerror")
        expect(pg.locator("#iqa-lib-note")).to_contain_text("1 document matches", timeout=30_000)
        pg.locator("#iqa-library [role=gridcell]").nth(2).click()
        pg.wait_for_selector("#iqa-lib-doc .iqa-hit", timeout=30_000)
        assert "<script>alert('t')</script>" in pg.locator("#iqa-lib-doc h3").inner_text()
        pg.wait_for_timeout(1000)  # any handler that could fire has fired
        pg.screenshot(path=str(ARTIFACTS / "hostile-library.png"))
        assert pg.evaluate(NO_MARKUP) == []
    finally:
        context.close()
    assert dialogs == []
