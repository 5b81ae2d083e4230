"""Numbered list items keep the number the reader sees, in every format: a recommendation is
cited by its number, and the numbers are not in Word's or HTML's text."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.loaders.docx import load as load_docx
from ingest.loaders.html import parse_html
from ingest.loaders.markdown import parse_markdown


def _items(blocks) -> list[str]:
    return [b.text for b in blocks if b.kind == "list_item"]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("We recommend:\n\n1. Fix A.\n2. Fix B.\n", ["1. Fix A.", "2. Fix B."]),
        (
            "Covering:\n\n3) crime recording;\n4) call handling.\n",
            ["3. crime recording;", "4. call handling."],
        ),
        ("- a bullet\n* another\n", ["a bullet", "another"]),
    ],
)
def test_markdown_keeps_the_written_numbers(source: str, expected: list[str]) -> None:
    assert _items(parse_markdown(source).blocks) == expected


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<ol><li>Fix A.</li><li>Fix B.</li></ol>", ["1. Fix A.", "2. Fix B."]),
        ('<ol start="5"><li>Five.</li><li>Six.</li></ol>', ["5. Five.", "6. Six."]),
        (
            "<ol><li>Parent<ul><li>child</li></ul></li><li>Next</li></ol>",
            ["1. Parent", "child", "2. Next"],
        ),
        ('<ol type="a"><li>lettered</li></ol>', ["lettered"]),
        ("<ol><li>3. already numbered</li></ol>", ["3. already numbered"]),
        ("<ul><li>bullet</li></ul>", ["bullet"]),
    ],
)
def test_html_ordered_lists_get_their_numbers(html: str, expected: list[str]) -> None:
    page = f"<html><body><main><p>Lead-in.</p>{html}</main></body></html>"
    assert _items(parse_html(page).blocks) == expected


def test_word_automatic_numbering_is_written_into_the_text(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("We make three recommendations:")
    for text in ("Answer 101 calls faster.", "Clear the MASH backlog.", "Train supervisors."):
        d.add_paragraph(text, style="List Number")
    d.add_paragraph("A bullet, not numbered.", style="List Bullet")
    path = tmp_path / "recs.docx"
    d.save(str(path))
    assert _items(load_docx(path).blocks) == [
        "1. Answer 101 calls faster.",
        "2. Clear the MASH backlog.",
        "3. Train supervisors.",
        "A bullet, not numbered.",
    ]
