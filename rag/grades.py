"""Graded areas as data: the rows of an inspection's grade table ("Investigating crime |
Requires improvement", "Preventing crime Outstanding", "Crime data integrity – inadequate"),
and the grade a question asks about ("which areas were RI?"). Pure, table-tested.

A question asking which areas got a grade is answered from every row of the report's grade
table with that grade, quoted verbatim, not from whichever sentence reads closest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

GRADES = ("outstanding", "good", "adequate", "requires improvement", "inadequate")
_GRADE = r"outstanding|good|adequate|requires improvement|requiring improvement|inadequate"
_ROW = re.compile(
    rf"^(?P<area>[A-Z][\w ,'’&/()-]{{2,80}}?)\s*(?:\||–|—|-|:)?\s*(?P<grade>{_GRADE})\.?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# The other orientation: the grade first, then the areas given it ("Inadequate | Responding
# to the public; investigating crime").
_GRADE_FIRST = re.compile(
    rf"^(?P<grade>{_GRADE})\s*(?:\||–|—|:)\s*(?P<area>[A-Za-z][^\n|]{{2,400}}?)\s*\|?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_NOT_AN_AREA = re.compile(
    r"\b(?:was|is|were|are|has|have|had|be|been|found|graded|judged|rated|as|the force)\b", re.I
)
_ASKED = [
    (re.compile(r"\b(?:requires?|requiring) improvement\b", re.I), "requires improvement"),
    (re.compile(r"\bRI\b"), "requires improvement"),
    (re.compile(r"\binadequate\b", re.I), "inadequate"),
    (re.compile(r"\boutstanding\b", re.I), "outstanding"),
    (re.compile(r"\b(?<!in)adequate\b", re.I), "adequate"),
    (re.compile(r"\bgood\b", re.I), "good"),
]
_WHICH_AREAS = re.compile(
    r"\b(?:which|what|where|list|name)\b.{0,40}\b(?:areas?|pillars?|questions?|parts?|"
    r"themes?|grades?|judgements?|judgments?)\b|\bwhere (?:was|were|is|did)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class GradeRow:
    start: int
    end: int
    area: str
    grade: str


def normal_grade(text: str) -> str:
    t = text.lower()
    return "requires improvement" if "improvement" in t else t


def grade_rows(text: str) -> list[GradeRow]:
    """Rows of a grade table in `text` (one per line), with their spans."""
    rows: list[GradeRow] = []
    for m in _ROW.finditer(text):
        area = m.group("area").strip(" |–—-:")
        words = area.split()
        if not 1 <= len(words) <= 9 or _NOT_AN_AREA.search(area):
            continue
        rows.append(GradeRow(m.start(), m.end(), area, normal_grade(m.group("grade"))))
    for m in _GRADE_FIRST.finditer(text):
        area = m.group("area").strip(" |–—-:")
        if _NOT_AN_AREA.search(area) or len(area.split(";")[0].split()) > 9:
            continue
        rows.append(GradeRow(m.start(), m.end(), area, normal_grade(m.group("grade"))))
    return sorted(rows, key=lambda r: r.start)


_ALL_GRADES = re.compile(
    r"\bgrades\b|\bgraded areas\b|\bareas? (?:were |was )?(?:graded|rated)\b|\bhow did each\b"
    r"|\bof each (?:grade)?\b|\bgrade (?:table|profile|breakdown)\b",
    re.IGNORECASE,
)


def asks_all_grades(question: str) -> bool:
    """'What were Kent's PEEL grades?' / 'the graded areas and how did each come out?': the
    whole grade table, when no one grade is asked about."""
    return asked_grade(question) is None and bool(_ALL_GRADES.search(question))


def asked_grade(question: str) -> str | None:
    """The grade a 'which areas were X' question asks about, or None."""
    if not _WHICH_AREAS.search(question):
        return None
    for pattern, grade in _ASKED:
        if pattern.search(question):
            return grade
    return None
