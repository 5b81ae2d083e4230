"""Accounts and lists composed from a document's structure, on real report files (a web
page capture and a Word document) with the real model and a real Chroma: a paragraph that
carries on the best sentence comes with it, and a sub-heading inside a passage is never the
answer when what it heads is."""

from __future__ import annotations

import shutil

import pytest

from rag.citations import contract_problems
from rag.settings import Settings
from tests.conftest import ROOT

DOCS = ROOT / "evals" / "heldout6" / "docs"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory, real_embedder):
    from ingest.pipeline import ingest_paths
    from rag.service import Service

    src = tmp_path_factory.mktemp("accounts") / "docs"
    src.mkdir()
    for name in (
        "hmicfrs-stop-search-use-of-force-thematic-2025.html",
        "btpa-response-vulnerability-inspection-2025.docx",
    ):
        shutil.copy(DOCS / name, src / name)
    settings = Settings(db=src.parent / "index")
    report = ingest_paths(settings, [src], embedder=real_embedder)
    assert report.failed == []
    return Service.open(settings, embedder=real_embedder)


def test_an_account_brings_the_rest_of_its_paragraph(service) -> None:
    r = service.ask("What fieldwork did the inspectors do for the stop and search thematic?")
    assert not r.abstained, r.answer
    for phrase in ("600 in total", "27 focus groups", "64 young people"):
        assert phrase in r.answer, r.answer
    assert contract_problems(r.answer, r.citations, r.passages) == []


def test_a_sub_heading_stands_for_the_list_it_opens(service) -> None:
    r = service.ask("What did rail staff and passengers tell the Authority?")
    assert not r.abstained, r.answer
    assert "What the Authority heard from passengers and railway staff [" not in r.answer
    assert "smaller stations" in r.answer and "the unions asked" in r.answer, r.answer
    assert contract_problems(r.answer, r.citations, r.passages) == []


def test_a_share_is_of_what_the_question_asks(service) -> None:
    """'What % of searches had grounds recorded?' is answered by that share, not by the share
    of searches with body-worn video switched on beside it; asked of something the report
    gives no share of, it is refused."""
    r = service.ask("What percentage of Humberside's searches had reasonable grounds recorded?")
    assert not r.abstained, r.answer
    assert "85 percent" in r.answer and r.short_answer == "85 percent", r.answer
    assert contract_problems(r.answer, r.citations, r.passages) == []
    r = service.ask("What % of City of London's searches led to a formal complaint being upheld?")
    assert r.abstained, r.answer
    assert "do not say what share of" in r.answer, r.answer
