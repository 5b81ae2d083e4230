"""Graded areas as data: the rows of an inspection's grade table ("Investigating crime |
Requires improvement", "Preventing crime Outstanding", "Crime data integrity – inadequate"),
and the grade a question asks about ("which areas were RI?"). Pure, table-tested.

A question asking which areas got a grade is answered from every row of the report's grade
table with that grade, quoted verbatim, not from whichever sentence reads closest.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

GRADES = ("outstanding", "good", "adequate", "requires improvement", "inadequate")
# The grades as a regex alternation, for every module that reads a grade in text.
GRADE_WORDS = r"outstanding|good|adequate|requires improvement|requiring improvement|inadequate"
_GRADE = GRADE_WORDS
_ROW = re.compile(
    rf"^(?P<area>[A-Z][\w ,'’&/()?-]{{2,160}}?)\s*(?:\||–|—|-|:)?\s*(?P<grade>{_GRADE})\.?\s*$",
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
_INSPECTION_QUESTION = re.compile(r"how (?:well|effectively|good)\b", re.IGNORECASE)
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
        if _INSPECTION_QUESTION.match(area):
            # a thematic or single-force inspection grades its questions: "How well does
            # BTP identify vulnerable people? | Good"
            if not area.endswith("?") or len(words) > 40:
                continue
        elif not 1 <= len(words) <= 9 or _NOT_AN_AREA.search(area) or "?" in area:
            continue
        rows.append(GradeRow(m.start(), m.end(), area, normal_grade(m.group("grade"))))
    for m in _GRADE_FIRST.finditer(text):
        area = m.group("area").strip(" |–—-:")
        if _NOT_AN_AREA.search(area) or len(area.split(";")[0].split()) > 9:
            continue
        rows.append(GradeRow(m.start(), m.end(), area, normal_grade(m.group("grade"))))
    return sorted(rows, key=lambda r: r.start)


_ALL_GRADES = re.compile(
    r"\bgrades\b|\bjudge?ments\b|\bgraded areas\b|\bareas? (?:were |was )?(?:graded|rated)\b"
    r"|\bhow did each\b"
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


# ---- a report's grades, and rounds side by side -----------------------------------------------
# PEEL moved from four grades to five (adding "adequate") with the 2021/22 round: grades of
# earlier rounds are shown but marked as not comparable.
FIVE_TIER_FROM = 2021
_PEEL_ROUND = re.compile(r"\bPEEL\b[^\n]{0,80}?\b((?:19|20)\d\d)\s*(?:[/–-]\s*(\d{2,4}))?", re.I)


@dataclass(frozen=True)
class GradedArea:
    area: str  # one area ("Investigating crime"), as the report words it
    grade: str  # one of GRADES
    chunk_id: str
    quote: str  # the table row, verbatim from the chunk


def peel_round(title: str) -> str | None:
    """'PEEL 2021/22: Kent Police' -> '2021/22'; 'PEEL 2023–25 ...' -> '2023/25'."""
    m = _PEEL_ROUND.search(title)
    if not m:
        return None
    start, end = m.group(1), m.group(2)
    return f"{start}/{end[-2:]}" if end else start


def scale_of(round_: str | None) -> str | None:
    """'five-tier' from 2021/22, 'four-tier' before (not comparable), None when unknown."""
    if not round_:
        return None
    return "five-tier" if int(round_[:4]) >= FIVE_TIER_FROM else "four-tier"


def report_grades(chunks: Sequence[tuple[str, str]]) -> list[GradedArea]:
    """Every graded area in a report's chunks (id, text), one per area: a grade-first row
    listing several areas ("Inadequate | Responding to the public; investigating crime")
    gives one each. The first grade found for an area wins (summaries repeat the table)."""
    out: dict[str, GradedArea] = {}
    for chunk_id, text in chunks:
        for row in grade_rows(text):
            quote = text[row.start : row.end]
            for area in (a.strip() for a in row.area.split(";")):
                key = area_key(area)
                if key and key not in out:
                    out[key] = GradedArea(area[:1].upper() + area[1:], row.grade, chunk_id, quote)
    return list(out.values())


def area_key(area: str) -> str:
    """An area's name for matching across rounds: case, punctuation and "and anti-social
    behaviour"-style tails kept, only spacing and case folded."""
    return " ".join(re.sub(r"[^\w ]", " ", area.lower()).split())


def side_by_side(
    reports: Sequence[tuple[str, str | None, list[GradedArea]]],
) -> list[dict[str, object]]:
    """Per force, its PEEL rounds side by side: (force, round, grades) in, one row per area
    with the grade of each round; `comparable` is False when the rounds mix the four-tier
    and five-tier scales."""
    by_force: dict[str, dict[str, list[GradedArea]]] = {}
    for force, round_, grades in reports:
        if force and round_ and grades:
            by_force.setdefault(force, {}).setdefault(round_, grades)
    out: list[dict[str, object]] = []
    for force in sorted(by_force):
        rounds = sorted(by_force[force])
        areas: dict[str, dict[str, object]] = {}
        for round_ in rounds:
            for g in by_force[force][round_]:
                row = areas.setdefault(area_key(g.area), {"area": g.area, "grades": {}})
                row["grades"][round_] = g.grade  # type: ignore[index]
        scales = {scale_of(r) for r in rounds}
        out.append(
            {
                "force": force,
                "rounds": rounds,
                "scales": {r: scale_of(r) for r in rounds},
                "comparable": len(scales) == 1,
                "areas": list(areas.values()),
            }
        )
    return out
