"""Browser end-to-end tests: Playwright drives Debian's Chromium against the real app over a
small real index (real model)."""

from __future__ import annotations

import shutil
import urllib.request
from pathlib import Path

import pytest

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
]


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory, real_embedder):
    from ui.app import UIOptions, create_app, launch

    root = tmp_path_factory.mktemp("e2e")
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


def test_question_gets_cited_answer_and_source_card(page) -> None:
    answer = ask(page, "How many Derbyshire case files were rated good in 2021?")
    assert "[1]" in answer and "20" in answer
    cards = page.locator("#iqa-sources .iqa-card")
    assert cards.count() >= 1
    first = cards.first.inner_text()
    assert "Derbyshire" in first
    quote = page.locator("#iqa-sources mark.iqa-quote").first.inner_text()
    assert quote.strip() and quote.split()[0] in answer
    page.wait_for_selector("#iqa-docview #iqa-hit", timeout=30_000)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "answer.png"), full_page=True)


def test_unanswerable_question_shows_abstention(page) -> None:
    answer = ask(page, "What is the best recipe for sourdough bread?")
    assert "Not found in the documents" in answer
    assert "[1]" not in answer


def test_filter_changes_results(page) -> None:
    page.click("text=Filters (apply to the next question)")
    page.get_by_label("PCC response").check()
    answer = ask(page, "What did they say about the grades?")
    assert "PCC responses" in answer  # the search is stated
    metas = page.locator("#iqa-sources .iqa-meta").all_inner_texts()
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
    from playwright.sync_api import expect

    page.get_by_role("tab", name="Library").click()
    table = page.locator("#iqa-library")
    table.wait_for()
    assert "Kent" in table.inner_text()
    page.fill("#iqa-lib-search textarea", "Derbyshire")
    expect(table).not_to_contain_text("Kent", timeout=30_000)
    expect(table).to_contain_text("Derbyshire")
    page.fill("#iqa-lib-search textarea", "")
    expect(table).to_contain_text("Kent", timeout=30_000)
