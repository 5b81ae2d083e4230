"""A one-value question reads more of the leading report's passages than the answer pool
holds: the sentence with the count may rank below passages that only talk about the thing
counted. Real code over chromadb's in-memory client and the hash embedder."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ingest.pipeline import ingest_paths
from rag.embedding import HashEmbedder
from rag.index import Index
from rag.service import Service

_REPORT = """---
id: custody-report
title: "Custody inspection: Exampleshire Police"
doc_type: inspection_report
publisher: HMICFRS
force: Kent Police
published: 2024-06-01
---

# Custody inspection

## Custody sergeants and their training

How many custody sergeants did the force have trained? The force's custody sergeants have
told us the force did not have enough refresher training for custody sergeants.

## Staffing at the time

Detention officers were employed directly, and the escort contractor moved detainees to
court and to prison. Overtime filled some shifts at the busiest suite, and the rota was
reviewed every quarter by the head of custody with the custody inspectors. At the time of
the inspection there were 58 custody sergeants and 154 detention officers in post.

## Cells

The cells were clean and well maintained.
"""

QUESTION = "How many custody sergeants did the force have?"


def _service(memory_index: Index, tmp_path: Path, **settings: object) -> Service:
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    (docs / "custody-report.md").write_text(_REPORT, encoding="utf-8")
    embedder = HashEmbedder()
    report = ingest_paths(memory_index.settings, [docs], embedder=embedder, index=memory_index)
    assert report.failed == []
    index = Index(replace(memory_index.settings, **settings), memory_index.store)
    return Service(index.settings, index, embedder)


def test_the_count_below_the_answer_pool_is_found_in_the_same_report(
    memory_index: Index, tmp_path: Path
) -> None:
    svc = _service(memory_index, tmp_path, answer_passages=1)
    top = svc.search(QUESTION, k=3).passages
    assert "58" not in top[0].text  # the talk about sergeants ranks first
    result = svc.ask(QUESTION, k=1)
    assert not result.abstained
    assert result.short_answer == "58"
    # The cited passage is among the passages returned (the citation contract).
    cited = {c.chunk_id for c in result.citations}
    assert cited <= {p.chunk_id for p in result.passages}


def test_without_the_same_report_read_the_pool_alone_decides(
    memory_index: Index, tmp_path: Path
) -> None:
    svc = _service(memory_index, tmp_path, answer_passages=1, answer_same_document=0)
    result = svc.ask(QUESTION, k=1)
    assert result.abstained
