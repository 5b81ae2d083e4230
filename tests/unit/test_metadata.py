from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import Block
from ingest.metadata import build_meta, infer_doc_type, infer_published, parse_date, year_of
from rag.forces import FORCES, TERRITORIAL_FORCES, find_forces


def test_forty_three_forces() -> None:
    assert len(TERRITORIAL_FORCES) == 43
    assert {"Police Service of Northern Ireland", "British Transport Police"} <= set(FORCES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An inspection of Devon and Cornwall Police", ["Devon and Cornwall Police"]),
        ("Kent Police and Kent County Council; Kent again", ["Kent Police"]),
        ("West Yorkshire and South Yorkshire", ["West Yorkshire Police", "South Yorkshire Police"]),
        ("nothing here", []),
        (
            "The Commissioner for Devon, Cornwall and the Isles of Scilly",
            ["Devon and Cornwall Police"],
        ),
    ],
)
def test_find_forces(text: str, expected: list[str]) -> None:
    assert find_forces(text) == expected


def test_question_aliases() -> None:
    assert find_forces("What did D&C say?", in_question=True) == ["Devon and Cornwall Police"]
    assert find_forces("What did the Met do?", in_question=True) == ["Metropolitan Police Service"]
    assert find_forces("What did D&C say?") == []  # too ambiguous inside documents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The report was published on 27th February 2020 and makes", "2020-02-27"),
        ("Published: 2 February 2023", "2023-02-02"),
        ("on 2023-05-04 we", "2023-05-04"),
        ("March 14, 2019", "2019-03-14"),
        ("in May 2015", "2015-05"),
        ("no date", None),
        ("31 February 2020", "2020-02"),  # impossible day: month and year kept
    ],
)
def test_parse_date(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


def test_published_prefers_a_cue() -> None:
    text = "Inspected in May 2019.\nThis report was published on 3 March 2020."
    assert infer_published(text) == "2020-03-03"
    assert year_of("2020-03-03") == 2020 and year_of("") is None


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("OPCC response to HMIC Child Protection Report", "We welcome the report", "pcc_response"),
        (
            "PEEL 2021/22: An inspection of Kent Police",
            "HMICFRS inspected Kent Police",
            "inspection_report",
        ),
        (
            "National child protection inspections: 2019 thematic report",
            "HMICFRS inspection",
            "thematic_report",
        ),
        ("Minutes", "The committee met on Tuesday.", "other"),
        (
            "Commissioner's statement",
            "The Police and Crime Commissioner's response to the "
            "HMICFRS report. As Commissioner I welcome it.",
            "pcc_response",
        ),
    ],
)
def test_doc_type(title: str, text: str, expected: str) -> None:
    assert infer_doc_type(title, text) == expected


def test_declared_wins_and_rest_is_inferred() -> None:
    blocks = [
        Block("heading", "Kent PEEL inspection", level=1),
        Block("paragraph", "HMICFRS published this on 1 June 2022 about Kent Police."),
    ]
    text = "\n\n".join(b.text for b in blocks)
    meta = build_meta({"id": "kent-x"}, blocks, text, Path("kent.txt"))
    assert meta.id == "kent-x"
    assert meta.title == "Kent PEEL inspection"
    assert meta.doc_type == "inspection_report"
    assert meta.force == "Kent Police"
    assert meta.published == "2022-06-01" and meta.year == 2022
    assert meta.publisher == "HMICFRS"
    declared = build_meta(
        {"title": "T", "force": "Essex Police", "published": "2019"}, blocks, text, Path("a b.txt")
    )
    assert (declared.title, declared.force, declared.year, declared.id) == (
        "T",
        "Essex Police",
        2019,
        "a-b",
    )
