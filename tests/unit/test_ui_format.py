"""Pure UI formatting: answers -> chat message, cards, document view, briefings."""

from __future__ import annotations

from pathlib import Path

import pytest

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


def test_answer_markdown_links_markers_to_its_own_cards_and_states_search() -> None:
    md = fmt.answer_markdown(ANSWER, "t1")
    assert '<a class="iqa-marker" href="#iqa-src-t1-c1">[1]</a>' in md
    assert "Searched: Kent Police; 2019-2022" in md
    # The turn's cards are in its message, under the answer, with ids naming the turn.
    assert 'id="iqa-src-t1-c1"' in md and fmt.turn_of(md) == "t1"
    assert fmt.turn_of(fmt.answer_markdown(ANSWER, "t2")) == "t2"
    # No blank line inside the cards: the chat reads the message as Markdown.
    assert "\n\n" not in md[md.index("<details") :]
    assert fmt.turn_of("**Could not answer:** the question is empty") is None


def test_a_turn_id_cannot_be_forged_by_document_text() -> None:
    forged = '<details class="iqa-sources" id="iqa-turn-evil">'
    doc = {**ANSWER, "answer": forged + " [1]"}
    assert fmt.turn_of(fmt.answer_markdown(doc, "t1")) == "t1"
    passage = {**PASSAGE, "text": forged + " Kent was good at preventing crime."}
    md = fmt.answer_markdown({**ANSWER, "passages": [passage]}, "t1")
    assert fmt.turn_of(md) == "t1" and md.count("<details") == 1


def test_abstention_is_labelled_and_lists_its_nearest_passages() -> None:
    other = {**PASSAGE, "chunk_id": "c2", "rank": 2, "text": "Kent answered 101 calls quickly."}
    heading = {**PASSAGE, "chunk_id": "c3", "rank": 3, "text": "Key findings"}
    dup = {**PASSAGE, "chunk_id": "c4", "rank": 4}  # the same text as c1 (a second copy)
    result = {
        **ANSWER,
        "abstained": True,
        "citations": [],
        "answer": "The documents don't say.",
        "passages": [PASSAGE, heading, other, dup],
    }
    md = fmt.answer_markdown(result, "t9")
    assert md.startswith("**Not found in the documents.**")
    assert [c.passage["chunk_id"] for c in fmt.cards(result)] == ["c1", "c2"]
    assert "Nearest passages (2)" in md and 'id="iqa-src-t9-p2"' in md
    assert "Key findings" not in md
    # Nothing matched the filters: said so, not promised.
    none = fmt.answer_markdown({**result, "passages": []}, "t9")
    assert "No passage matched the search (Kent Police; 2019-2022)" in none
    assert fmt.turn_of(none) == "t9"


def test_heading_only_passages() -> None:
    for text in ["Key findings", "Home > News > Latest news", "## Summary\n### Grades", ""]:
        assert fmt.heading_only(text), text
    for text in ["Kent was good.", "Recommendations\nThe force should act by March 2023."]:
        assert not fmt.heading_only(text), text


def test_a_passage_cited_twice_is_one_card_with_both_markers() -> None:
    second = {**ANSWER["citations"][0], "n": 2, "quote": "It must improve"}
    copy = {**ANSWER["citations"][0], "n": 3, "chunk_id": "c9"}  # same quote, another copy
    result = {**ANSWER, "answer": ANSWER["answer"] + " It must improve [2] [3]",
              "citations": [ANSWER["citations"][0], second, copy]}  # fmt: skip
    cards = fmt.cards(result)
    assert len(cards) == 1 and cards[0].ns == (1, 2, 3)
    assert cards[0].quotes == ("Kent was good at preventing crime.", "It must improve")
    md = fmt.answer_markdown(result, "t1")
    assert md.count('href="#iqa-src-t1-c1"') == 3 and md.count('class="iqa-card"') == 1
    assert "[1] [2] [3]" in md and md.count('<mark class="iqa-quote">') == 2


def test_cards_highlight_quote_and_escape_html() -> None:
    html = fmt.answer_markdown(ANSWER, "t1")
    assert '<mark class="iqa-quote">Kent was good at preventing crime.</mark>' in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'href="https://example.org/kent"' in html
    assert "Section: Summary, page 4" in html
    # Markdown characters in a document show as they are stored.
    starred = {**PASSAGE, "text": "Kent *was* good_at [1] `x`. Kent was good at preventing crime."}
    md = fmt.answer_markdown({**ANSWER, "passages": [starred]}, "t1")
    card = md[md.index("<details") :]
    assert "*" not in card and "&#42;was&#42;" in card and "&#91;1&#93;" in card


def test_card_excerpt_keeps_lines_and_cuts_around_the_quote() -> None:
    long = "Intro words here. " * 40 + "Area | Grade\nCrime | Good\n" + "Tail words. " * 40
    shown, spans = fmt.excerpt(fmt.lines(long), [(720, 732)], 50)
    assert shown.startswith("… ") and shown.endswith(" …") and len(shown) < 140
    assert spans and shown[spans[0][0] : spans[0][1]] == fmt.lines(long)[720:732]
    md = fmt.answer_markdown(
        {**ANSWER, "passages": [{**PASSAGE, "text": "Area | Grade\nCrime | Good"}],
         "citations": [{**ANSWER["citations"][0], "quote": "Crime | Good"}]},
        "t1",
    )  # fmt: skip
    assert "Area | Grade<br>" in md


def test_document_view_marks_the_cited_chunk_below_its_title() -> None:
    out = fmt.document_html(
        {"title": "T", "source": "corpus/sample/t.md", "doc_id": "t", "force": "Kent Police"},
        [("c0", "Before."), ("c1", PASSAGE["text"])],
        "c1",
        ["Kent was good at preventing crime.", "must   improve"],
    )
    assert 'id="iqa-hit"' in out and out.index("Before.") < out.index("iqa-hit")
    # The title is outside the scrolling box, so scrolling to the passage never hides it.
    assert out.index("<h3>T</h3>") < out.index('class="iqa-docbox"')
    assert out.count("<mark") == 2 and "t.md" in out and "corpus/sample" not in out
    terms = fmt.document_html({"title": "T"}, [("c1", "MASHs and the mash")], "c1", terms=["mash"])
    assert terms.count("<mark") == 2


def test_briefings_carry_full_references(tmp_path: Path) -> None:
    md = fmt.briefing_markdown([ANSWER])
    assert "## 1. How did Kent do?" in md
    assert "[1] Kent PEEL 2021/22, Section: Summary, page 4, https://example.org/kent" in md
    assert "> Kent was good at preventing crime." in md
    import docx

    path = fmt.briefing_docx([ANSWER], str(tmp_path / "b.docx"))
    text = "\n".join(p.text for p in docx.Document(path).paragraphs)
    assert "How did Kent do?" in text and "Kent was good at preventing crime." in text


def test_briefings_list_an_abstentions_nearest_passages(tmp_path: Path) -> None:
    import docx

    abstained = {**ANSWER, "abstained": True, "citations": [], "answer": "The documents don't say."}
    md = fmt.briefing_markdown([abstained])
    assert "Nearest passages (not an answer: check them):" in md
    assert "- Kent PEEL 2021/22, Section: Summary, page 4" in md
    assert "No passage matched the search." in fmt.briefing_markdown(
        [{**abstained, "passages": []}]
    )
    path = fmt.briefing_docx([abstained], str(tmp_path / "a.docx"))
    text = "\n".join(p.text for p in docx.Document(path).paragraphs)
    assert "Nearest passages" in text and "Kent was good at preventing crime." in text


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


def test_an_item_quoting_the_documents_numbering_stays_one_bullet() -> None:
    from ui.format import answer_markdown

    result = {
        "answer": "The causes of concern:\n- 1. crime recording;\n- 2. call handling. [1]",
        "citations": [],
        "short_answer": None,
    }
    text = answer_markdown(result, "t1")
    assert "- 1\\. crime recording;" in text and "- 2\\. call handling." in text


@pytest.mark.parametrize(
    ("answer", "shown"),
    [
        (
            "The documents don't say. None of the passages found says yes or no; the nearest "
            "passages are listed for you to check.",
            "None of the passages found says yes or no; the nearest passages are listed for you "
            "to check.",
        ),
        ("The documents don't say.", "The documents don't say."),  # nothing else to show
        ("Some other refusal text.", "Some other refusal text."),
    ],
)
def test_a_refusal_does_not_repeat_its_label(answer: str, shown: str) -> None:
    assert fmt.refusal_text(answer) == shown
    md = fmt.answer_markdown({**ANSWER, "abstained": True, "citations": [], "answer": answer}, "t1")
    assert md.startswith("**Not found in the documents.** ")
    assert md.count("don't say") == shown.count("don't say")
