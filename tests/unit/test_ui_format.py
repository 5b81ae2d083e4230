"""Pure UI formatting: answers -> chat message, cards, document view, briefings."""

from __future__ import annotations

from pathlib import Path

from ui import format as fmt

PASSAGE = {
    "rank": 1,
    "chunk_id": "c1",
    "doc_id": "kent",
    "title": "Kent PEEL 2021/22",
    "doc_type": "inspection_report",
    "force": "Kent Police",
    "published": "2022-06-01",
    "source": "corpus/kent.md",
    "page": 4,
    "section": "Summary",
    "text": "Kent was good at preventing crime. It must improve <script>x</script>.",
    "score": 0.1,
    "source_url": "https://example.org/kent",
}
ANSWER = {
    "question": "How did Kent do?",
    "answer": "Kent was good at preventing crime. [1]",
    "abstained": False,
    "passages": [PASSAGE],
    "searched": "Kent Police; 2019-2022",
    "citations": [
        {
            "n": 1,
            "chunk_id": "c1",
            "doc_id": "kent",
            "title": "Kent PEEL 2021/22",
            "source": "corpus/kent.md",
            "page": 4,
            "section": "Summary",
            "quote": "Kent was good at preventing crime.",
            "source_url": "https://example.org/kent",
        }
    ],
}


def test_answer_markdown_links_markers_and_states_search() -> None:
    md = fmt.answer_markdown(ANSWER)
    assert "[[1]](#source-1)" in md
    assert "Searched: Kent Police; 2019-2022" in md


def test_abstention_is_labelled() -> None:
    md = fmt.answer_markdown(
        {**ANSWER, "abstained": True, "citations": [], "answer": "The documents don't say."}
    )
    assert md.startswith("**Not found in the documents.**")


def test_cards_highlight_quote_and_escape_html() -> None:
    html = fmt.source_cards(ANSWER)
    assert 'id="source-1"' in html
    assert '<mark class="iqa-quote">Kent was good at preventing crime.</mark>' in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'href="https://example.org/kent"' in html
    assert "Section: Summary, page 4" in html


def test_document_view_marks_the_cited_chunk() -> None:
    out = fmt.document_html(
        {"title": "T", "source": "s"},
        [("c0", "Before."), ("c1", PASSAGE["text"])],
        "c1",
        "Kent was good at preventing crime.",
    )
    assert 'id="iqa-hit"' in out and out.index("Before.") < out.index("iqa-hit")


def test_briefings_carry_full_references(tmp_path: Path) -> None:
    md = fmt.briefing_markdown([ANSWER])
    assert "## 1. How did Kent do?" in md
    assert "[1] Kent PEEL 2021/22, Section: Summary, page 4, https://example.org/kent" in md
    assert "> Kent was good at preventing crime." in md
    import docx

    path = fmt.briefing_docx([ANSWER], str(tmp_path / "b.docx"))
    text = "\n".join(p.text for p in docx.Document(path).paragraphs)
    assert "How did Kent do?" in text and "Kent was good at preventing crime." in text


def test_documents_table_search() -> None:
    docs = [
        {
            "title": "Kent PEEL",
            "doc_type": "inspection_report",
            "force": "Kent Police",
            "published": "2022",
            "chunks": 3,
            "doc_id": "k",
        },
        {
            "title": "Essex response",
            "doc_type": "pcc_response",
            "force": "Essex Police",
            "published": "2022",
            "chunks": 2,
            "doc_id": "e",
        },
    ]
    assert len(fmt.documents_table(docs)) == 2
    assert [r[0] for r in fmt.documents_table(docs, "essex")] == ["Essex response"]


def test_overdue_rows_are_past_deadline_without_action_or_missing_responses() -> None:
    from datetime import date

    from ui.ledger_export import overdue_rows

    def row(number: int, deadline: str, status: str, s55: str = "") -> dict:
        return {"report_id": "r", "kind": "recommendation", "number": number, "chunk_id": "c",
                "deadline": deadline, "status": status, "s55_status": s55}  # fmt: skip

    rows = [
        row(1, "2024-01-31", "acknowledged"),  # past, no action anywhere: overdue
        row(2, "2024-01-31", "acknowledged"),
        row(2, "2024-01-31", "action"),  # the same finding acted on in another response
        row(3, "2030-01-01", "not addressed"),  # not yet due
        row(4, "", "not addressed", "no_response_overdue"),  # no response after day 56
    ]
    got = overdue_rows(rows, date(2024, 6, 1))
    assert [r["number"] for r in got] == [1, 4]
