"""A report named by its own name ("after Far from help") is answered from it, a web capture
whose commissioner its menu names ("About Dominic Entwistle") is found by that name, and a
count of part of a whole is not answered by the whole's own count. Real ingest of real
files, real code over chromadb's in-memory client and the hash embedder."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_paths
from rag.embedding import HashEmbedder
from rag.index import Index
from rag.service import Service

_THEMATIC = """---
id: far-thematic
title: "Far from help? An inspection of how police forces tackle rural crime"
doc_type: thematic_report
publisher: HMICFRS
published: 2025-07-15
---

# Far from help?

## Notable practice

Notable practice: Gwent Police, Cefn Gwlad. The scheme recruits special constables from
farming families, and 23 special constables were part of it in March 2025.

## Staffordshire

Staffordshire Police recorded 1,486 rural crimes in 2024/25, 11 percent more than the year
before. Of the 12 recommendations we made in 2021, not one of the 12 had been fully achieved.
"""

_OTHER = """---
id: custody-report
title: "Report on an unannounced inspection of police custody"
doc_type: inspection_report
publisher: HMICFRS
force: Kent Police
published: 2024-01-01
---

# Custody

## Notable practice

Notable practice: Custody Voice, a scheme in which detainees give anonymous feedback about
their treatment on release from custody.
"""

_CAPTURE = """Skip to main content
MENU
Home
Your Commissioner
  About Dominic Entwistle
  Police and Crime Plan
News

Commissioner's response: 'Far from help?'

Posted: 6 September 2025

The inspectors visited the county in March and found that the rural crime team had shrunk.

The Commissioner has committed to the following:

1. funding five more officers for the rural crime team from April 2026;

2. buying two four-wheel-drive vehicles for the rural crime team;

3. holding a rural crime summit on 14 November 2025.

(c) 2025 Office of the Police and Crime Commissioner
"""


def _service(memory_index: Index, tmp_path: Path) -> Service:
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    (docs / "thematic.md").write_text(_THEMATIC, encoding="utf-8")
    (docs / "custody.md").write_text(_OTHER, encoding="utf-8")
    (docs / "staffs-response.txt").write_text(_CAPTURE, encoding="utf-8")
    embedder = HashEmbedder()
    report = ingest_paths(memory_index.settings, [docs], embedder=embedder, index=memory_index)
    assert report.failed == []
    return Service(memory_index.settings, memory_index, embedder)


def test_a_report_named_by_its_own_name_answers_from_it(
    memory_index: Index, tmp_path: Path
) -> None:
    svc = _service(memory_index, tmp_path)
    result = svc.ask("What notable practice came out of Far from help?")
    assert not result.abstained
    assert "Cefn Gwlad" in result.answer and "Custody Voice" not in result.answer


def test_a_commissioner_named_only_in_the_menu_finds_the_page(
    memory_index: Index, tmp_path: Path
) -> None:
    svc = _service(memory_index, tmp_path)
    result = svc.ask("What's Entwistle committed to?")
    assert not result.abstained
    for item in ("five more officers", "four-wheel-drive", "rural crime summit"):
        assert item in result.answer
    assert {c.doc_id for c in result.citations} == {"staffs-response"}


def test_a_part_of_a_whole_is_not_the_whole(memory_index: Index, tmp_path: Path) -> None:
    svc = _service(memory_index, tmp_path)
    part = svc.ask("How many of Staffs' 1,486 rural crimes were in Leek?")
    assert part.abstained
    counted = svc.ask("How many of the 12 recommendations had been fully delivered?")
    assert not counted.abstained and "not one of the 12" in counted.answer
