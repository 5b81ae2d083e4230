"""A description question that names the kind of value it wants ("What's X paid?") is
answered by a sentence giving a value of that kind, or refused: a sentence about X without
one answers a different question. Real code over chromadb's in-memory client and the hash
embedder."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_paths
from rag.embedding import HashEmbedder
from rag.index import Index
from rag.service import Service

_RESPONSE = """---
id: mayor-response
title: "The Mayor's response to the serious organised crime inspection"
doc_type: pcc_response
publisher: Mayor's office
force: Kent Police
published: 2025-09-01
---

# Response

## Financial investigators

The force will recruit six additional financial investigators during 2026/27, and they
will work with the regional organised crime unit on confiscation.

## Analysis

My office will fund a partnership analyst post for two years, at a cost of £118,000.
"""


def _service(memory_index: Index, tmp_path: Path) -> Service:
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    (docs / "response.md").write_text(_RESPONSE, encoding="utf-8")
    embedder = HashEmbedder()
    report = ingest_paths(memory_index.settings, [docs], embedder=embedder, index=memory_index)
    assert report.failed == []
    return Service(memory_index.settings, memory_index, embedder)


def test_a_pay_question_without_a_sum_is_refused(memory_index: Index, tmp_path: Path) -> None:
    svc = _service(memory_index, tmp_path)
    result = svc.ask("What's a financial investigator paid?")
    assert result.abstained
    assert "amount of money" in result.answer


def test_a_sum_answers_it(memory_index: Index, tmp_path: Path) -> None:
    svc = _service(memory_index, tmp_path)
    result = svc.ask("What's the Mayor paying for the partnership analyst?")
    assert not result.abstained
    assert result.short_answer == "£118,000"
