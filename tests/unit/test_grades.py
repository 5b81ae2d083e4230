"""Grade tables as data, and the answers read off them."""

from __future__ import annotations

import pytest

from rag.answer import grade_table_answer
from rag.citations import contract_problems
from rag.grades import (
    asked_grade,
    asks_all_grades,
    grade_rows,
    peel_round,
    report_grades,
    scale_of,
    side_by_side,
)
from rag.models import Passage

TABLE = (
    "Graded areas\n\n"
    "Investigating crime | Requires improvement\n\n"
    "Preventing crime Outstanding\n\n"
    "Crime data integrity – inadequate\n\n"
    "The force was good at this.\n\n"
    "Responding to the public | Requires improvement"
)


def test_rows_of_every_layout_and_not_sentences() -> None:
    got = [(r.area, r.grade) for r in grade_rows(TABLE)]
    assert got == [
        ("Investigating crime", "requires improvement"),
        ("Preventing crime", "outstanding"),
        ("Crime data integrity", "inadequate"),
        ("Responding to the public", "requires improvement"),
    ]


@pytest.mark.parametrize(
    ("question", "grade"),
    [
        ("Which areas were RI for Kent in 21/22?", "requires improvement"),
        ("Where were Staffs RI in PEEL 21/22?", "requires improvement"),
        ("Which areas did HMICFRS grade inadequate in D&C's PEEL?", "inadequate"),
        ("What areas were rated adequate?", "adequate"),
        ("How good was Kent at recording crime?", None),
        ("Was the response inadequate?", None),
    ],
)
def test_asked_grade(question: str, grade: str | None) -> None:
    assert asked_grade(question) == grade


def test_answer_quotes_every_row_with_the_grade() -> None:
    p = Passage(1, "k:1", "kent", "PEEL: Kent", "inspection_report", "Kent Police", None,
                "k.md", None, "Grades", TABLE, 1.0)  # fmt: skip
    text, citations, extra = grade_table_answer("requires improvement", [p], lambda _d: [p])
    assert "Investigating crime" in text and "Responding to the public" in text
    assert "Preventing crime" not in text
    assert contract_problems(text, citations, extra) == []


def test_grade_answers_come_from_the_asked_forces_report() -> None:
    def report(doc_id: str, force: str, text: str) -> Passage:
        return Passage(1, f"{doc_id}:1", doc_id, f"PEEL: {force}", "inspection_report", force,
                       None, "x.md", None, "Grades", text, 1.0)  # fmt: skip

    kent = report("kent", "Kent Police", "Investigating crime | Requires improvement")
    dc = report("dc", "Devon and Cornwall Police", "Managing offenders | Inadequate")
    chunks = {"kent": [kent], "dc": [dc]}
    question = "Which areas were graded inadequate in Kent Police's PEEL?"
    assert grade_table_answer("inadequate", [kent, dc], chunks.__getitem__, question) is None
    assert asked_grade("Which areas were graded Requires Improvement?") == "requires improvement"


GRADE_FIRST = (
    "Grade | Areas\n\n"
    "Adequate | Preventing crime and anti-social behaviour\n\n"
    "Requires improvement | Recording data about crime; treatment of the public\n\n"
    "Inadequate | Responding to the public; investigating crime\n\n"
    "Inadequate: the force was found wanting."
)


def test_rows_with_the_grade_first_keep_their_areas() -> None:
    got = [(r.area, r.grade) for r in grade_rows(GRADE_FIRST)]
    assert got == [
        ("Preventing crime and anti-social behaviour", "adequate"),
        ("Recording data about crime; treatment of the public", "requires improvement"),
        ("Responding to the public; investigating crime", "inadequate"),
    ]


@pytest.mark.parametrize(
    ("question", "whole_table"),
    [
        ("Cleveland NCPI 2025 - what were the graded areas and how did each come out?", True),
        ("What were Kent's PEEL grades?", True),
        ("What judgments did BTP get in Safe passage?", True),
        ("Quick tally of Cumbria's PEEL grades please - how many of each?", True),
        ("Which areas were RI for Kent in 21/22?", False),  # one grade: its rows only
        ("What grade did Kent get for investigating crime?", False),
        ("How many MASHs are there?", False),
    ],
)
def test_asks_all_grades(question: str, whole_table: bool) -> None:
    assert asks_all_grades(question) is whole_table


def test_whole_grade_table_answer_quotes_every_row() -> None:
    p = Passage(1, "k:1", "kent", "PEEL: Kent", "inspection_report", "Kent Police", None,
                "k.md", None, "Grades", GRADE_FIRST, 1.0)  # fmt: skip
    text, citations, extra = grade_table_answer(None, [p], lambda _d: [p])
    assert text.startswith("The grades in PEEL: Kent:")
    for area in ("Preventing crime", "Recording data about crime", "Responding to the public"):
        assert area in text
    assert contract_problems(text, citations, extra) == []


@pytest.mark.parametrize(
    ("title", "round_", "scale"),
    [
        ("PEEL 2021/22: Kent Police", "2021/22", "five-tier"),
        ("PEEL 2023–25: An inspection of Cumbria Constabulary", "2023/25", "five-tier"),
        ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Devon and Cornwall",
         "2018/19", "four-tier"),
        ("National child protection inspection: Cleveland (2025)", None, None),
    ],
)  # fmt: skip
def test_peel_round_and_scale(title: str, round_: str | None, scale: str | None) -> None:
    assert peel_round(title) == round_
    assert scale_of(round_) == scale


def test_report_grades_one_per_area_and_rounds_side_by_side() -> None:
    grades = report_grades([("c1", GRADE_FIRST)])
    assert [(g.area, g.grade) for g in grades] == [
        ("Preventing crime and anti-social behaviour", "adequate"),
        ("Recording data about crime", "requires improvement"),
        ("Treatment of the public", "requires improvement"),
        ("Responding to the public", "inadequate"),
        ("Investigating crime", "inadequate"),
    ]
    assert all(g.quote in GRADE_FIRST for g in grades)
    older = report_grades([("c0", "Responding to the public | Good")])
    (table,) = side_by_side(
        [("Kent Police", "2021/22", grades), ("Kent Police", "2018/19", older), (None, "x", [])]
    )
    assert table["rounds"] == ["2018/19", "2021/22"] and table["comparable"] is False
    row = next(a for a in table["areas"] if a["area"] == "Responding to the public")
    assert row["grades"] == {"2018/19": "good", "2021/22": "inadequate"}


def test_an_inspections_graded_questions_are_rows_too() -> None:
    text = (
        "Judgment\n\n"
        "How well does BTP identify vulnerable people? | Good\n\n"
        "How well does the force meet the needs of victims of hate crime? | Inadequate\n\n"
        "How well did the force do this year, we asked, and was it good\n\n"
        "Which of these is a question? Good"
    )
    assert [(r.area, r.grade) for r in grade_rows(text)] == [
        ("How well does BTP identify vulnerable people?", "good"),
        ("How well does the force meet the needs of victims of hate crime?", "inadequate"),
    ]
