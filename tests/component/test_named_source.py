"""A question that names its source document ("the stop and search thematic says ...") is
answered from that document: a figure another report gives is refused, and the named
document's own sentence is preferred to a neighbour's. Real code over chromadb's in-memory
client and the hash embedder."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_paths
from rag.embedding import HashEmbedder
from rag.index import Index
from rag.service import Service

_THEMATIC = """---
id: search-thematic
title: "Fair grounds: an inspection of stop and search"
doc_type: thematic_report
publisher: HMICFRS
published: 2025-03-01
---

# Fair grounds

## Records

We reviewed 300 stop and search records. Reasonable grounds were recorded in 82 percent
of them. Body-worn video was switched on in 75 percent of the searches we reviewed.
"""

_PEEL = """---
id: exampleshire-peel
title: "PEEL 2023-25: Exampleshire Police"
doc_type: inspection_report
publisher: HMICFRS
force: Kent Police
published: 2025-01-01
---

# PEEL

## Workforce

Sickness absence among staff in the control room was 7.9 percent, against 4.6 percent for
police staff as a whole. Body-worn video was switched on in 64 percent of the stop and
search encounters we examined.
"""


def _service(memory_index: Index, tmp_path: Path) -> Service:
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    (docs / "thematic.md").write_text(_THEMATIC, encoding="utf-8")
    (docs / "peel.md").write_text(_PEEL, encoding="utf-8")
    embedder = HashEmbedder()
    report = ingest_paths(memory_index.settings, [docs], embedder=embedder, index=memory_index)
    assert report.failed == []
    return Service(memory_index.settings, memory_index, embedder)


def test_a_figure_from_another_report_is_not_the_named_reports(
    memory_index: Index, tmp_path: Path
) -> None:
    svc = _service(memory_index, tmp_path)
    result = svc.ask("The s&s thematic says control room sickness is 7.9% - why?")
    assert result.abstained
    # Without naming a source, the PEEL's sentence answers.
    plain = svc.ask("Why is control room sickness 7.9%?")
    assert not plain.abstained
    assert {c.doc_id for c in plain.citations} == {"exampleshire-peel"}


def test_the_named_reports_sentence_beats_a_neighbours(memory_index: Index, tmp_path: Path) -> None:
    svc = _service(memory_index, tmp_path)
    result = svc.ask("In the stop and search thematic, what share of searches had BWV on?")
    assert not result.abstained
    assert {c.doc_id for c in result.citations} == {"search-thematic"}
    assert "75 percent" in result.answer
