"""The library catalogue's scope checks: what the library does not hold is refused, saying
what is missing and what it does hold."""

from __future__ import annotations

import pytest

from rag.catalogue import Catalogue, scope_problem


def _meta(doc_id: str, title: str, force: str, year: int, doc_type: str = "inspection_report"):
    return {"doc_id": doc_id, "title": title, "force": force, "year": year, "doc_type": doc_type}


CATALOGUE = Catalogue.build(
    [
        "Kent Police was graded good at investigating crime. HM Inspector Roy Wilsher.",
        "Matthew Scott, the Kent PCC, welcomed the report.",
        "Four multi-agency safeguarding hubs (MASHs) operate across Devon and Cornwall.",
        "Forces including Kent Police and Essex Police were visited for this thematic report.",
    ],
    [
        _meta("kent-peel", "PEEL 2021/22: Kent Police", "Kent Police", 2022),
        _meta("kent-resp", "Kent PCC response", "Kent Police", 2022, "pcc_response"),
        _meta("dc-resp", "D&C response 2019 thematic", "Devon and Cornwall Police", 2020),
        _meta(
            "vawg",
            "National VAWG thematic",
            "All forces (England and Wales)",
            2021,
            "thematic_report",
        ),
    ],
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many officers does Merseyside Police have?", "no documents about Merseyside Police"),
        ("What did Kent's PEEL 2023-25 find?", "nothing for 2023-25"),
        ("How did Kent do in its 2019 PEEL inspection?", "nothing for 2019"),
        ("What did Clive Grunshaw say about Kent?", "mentions “Clive”, “Grunshaw”"),
        ("How many MASHs are there in Kent?", "only in documents that are not about Kent Police"),
        ("What did Roy Wilsher say about Devon and Cornwall?", "not about Devon and Cornwall"),
        # Essex is only mentioned in a thematic: no response of its commissioner is held.
        ("What did the Essex PFCC say back to the VAWG thematic?", "no response from the"),
        ("Essex PCC's response to the VAWG report?", "about Essex Police it holds National"),
    ],
)
def test_out_of_scope_questions_are_refused_with_reasons(question: str, expected: str) -> None:
    problem = scope_problem(question, CATALOGUE)
    assert problem is not None and expected in problem


@pytest.mark.parametrize(
    "question",
    [
        "How many MASHs are there in Devon and Cornwall?",
        "What did Kent's PEEL 2021/22 find?",
        "What did the Kent PCC say in 2022?",
        "How many forces did the VAWG thematic say Essex was compared with?",
        "What did Matthew Scott say about the report?",
        "Which forces did the VAWG thematic visit?",
        "What did Essex say?",  # named in a national report: not refused on scope
    ],
)
def test_questions_the_library_may_hold_pass(question: str) -> None:
    assert scope_problem(question, CATALOGUE) is None


def test_forces_listed_are_declared_ones() -> None:
    assert CATALOGUE.forces == ["Devon and Cornwall Police", "Kent Police"]


def _dated(published: str, year: int) -> dict:
    return {**_meta(f"d{published}", f"Response of {published}", "Kent Police", year,
                    "pcc_response"), "published": published}  # fmt: skip


@pytest.mark.parametrize(
    ("published", "question", "refused"),
    [
        # No document published that month: the dated update is not held.
        (["2026-01-20", "2026-02-10"], "What did the PCC's April 2026 update say?", True),
        (["2026-01-20"], "What did the Mayor's June 2026 progress update say?", True),
        # One was published that month: it may be it.
        (["2026-01-20", "2026-04-02"], "What did the PCC's April 2026 update say?", False),
        # A document of that year with no month might be it.
        (["2026"], "What did the PCC's April 2026 update say?", False),
        # A meeting is an event a document describes, not a publication.
        (["2026-01-20"], "What did the PCC ask at the April 2026 scrutiny meeting?", False),
        # ... and so is telling a panel something about a report.
        (["2026-01-20"], "What did she tell the panel in June 2026 about the report?", False),
        (["2026-01-20"], "What did she say June 2026 about the stalking report?", False),
    ],
)
def test_a_publication_dated_to_the_month_must_be_held(
    published: list[str], question: str, refused: bool
) -> None:
    catalogue = Catalogue.build(["Text."] * len(published), [_dated(p, 2026) for p in published])
    problem = scope_problem(question, catalogue)
    assert (problem is not None and "no document published in" in problem) is refused, problem
