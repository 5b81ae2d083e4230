"""A judgment table in a real PDF (made with fpdf2) keeps each grade with the question it
grades, through PDF text extraction, line joining and the grade reader."""

from __future__ import annotations

from pathlib import Path

from ingest.loaders.pdf import load
from rag.grades import grade_rows
from tests.fixtures.files import JUDGMENTS, make_judgment_pdf


def test_each_judgment_keeps_its_question(tmp_path: Path) -> None:
    parsed = load(make_judgment_pdf(tmp_path / "judgments.pdf"))
    text = "\n\n".join(b.text for b in parsed.blocks)
    rows = [(r.area, r.grade) for r in grade_rows(text)]
    assert rows == [(question, grade.lower()) for question, grade in JUDGMENTS]
    # the prose around the table is not taken for a row
    assert any("good links with its communities" in b.text for b in parsed.blocks)
