"""The app's handlers over a fake service: no browser, no model."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import gradio as gr
import pytest

from rag.errors import QuestionError
from rag.models import AnswerResult, Citation, Passage
from rag.service import DocumentInfo
from rag.settings import Settings
from ui.app import Handlers, UIOptions

PASSAGE = Passage(
    rank=1,
    chunk_id="kent-1",
    doc_id="kent",
    title="Kent PEEL",
    doc_type="inspection_report",
    force="Kent Police",
    published="2022-05-01",
    source="kent.md",
    page=3,
    section="Summary",
    text="Kent Police was graded good at investigating crime.",
    score=0.5,
)
INFO = DocumentInfo("kent", "Kent PEEL", "inspection_report", "Kent Police", "2022-05-01",
                    2022, "kent.md", "", "", 1)  # fmt: skip


class FakeService:
    embedder = None

    def __init__(self) -> None:
        self.asked: list[tuple[str, object, list[str]]] = []

    def ask_stream(self, question, *, filters=None, history=()):
        self.asked.append((question, filters, list(history)))
        if question == "bad":
            raise QuestionError("the question is empty: type a question")
        quote = "graded good at investigating crime"
        yield AnswerResult(
            question=question,
            answer=f"Kent Police was {quote} [1]",
            abstained=False,
            citations=[Citation.from_passage(1, PASSAGE, quote)],
            passages=[PASSAGE],
            timings_ms={"total": 1.0},
        )

    def ask(self, question, *, filters=None):
        return next(self.ask_stream(question, filters=filters))

    def documents(self):
        return [INFO]

    def check_filters(self, filters):
        return filters

    def ledger(self, *, report=None, force=None):
        finding = {
            "id": "kent:recommendation:1", "kind": "recommendation", "number": 1,
            "text": "By 30 June 2023, the force should fix it.", "addressee": "the force",
            "deadline": "2023-06-30", "chunk_id": "kent-1", "page": 3, "section": "Recs",
            "responses": [{"doc_id": "kent-pcc", "status": "action", "quote": "We fixed it.",
                           "chunk_id": "kp-1"}],
        }  # fmt: skip
        return {
            "reports": [
                {
                    "doc_id": "kent", "title": "Kent PEEL", "doc_type": "inspection_report",
                    "force": "Kent Police", "published": "2022-05-01",
                    "declared": {"recommendations": 1, "areas_for_improvement": None,
                                 "causes_of_concern": None},
                    "findings": [finding],
                    "responses": [{"doc_id": "kent-pcc", "title": "Kent PCC",
                                   "force": "Kent Police", "published": "2022-06-01",
                                   "day": 32, "within_56_days": True}],
                    "grades": [{"area": "Investigating crime", "grade": "good",
                                "chunk_id": "kent-1", "quote": PASSAGE.text}],
                    "round": "2021/22", "scale": "five-tier",
                    "s55": {"due": "2022-06-25", "status": "responded_within_56_days"},
                }
            ],
            "peel_grades": [{"force": "Kent Police", "rounds": ["2018/19", "2021/22"],
                             "scales": {"2018/19": "four-tier", "2021/22": "five-tier"},
                             "comparable": False,
                             "areas": [{"area": "Investigating crime",
                                        "grades": {"2018/19": "good", "2021/22": "good"}}]}],
        }  # fmt: skip

    def document_text(self, doc_id):
        if doc_id == "kent-pcc":
            return INFO, [("kp-0", "Kent PCC response"), ("kp-1", "Intro.\n\nWe fixed it.")]
        return INFO, [(PASSAGE.chunk_id, PASSAGE.text)]

    def passage(self, chunk_id):
        return PASSAGE

    def document_passages(self, doc_id):
        return [PASSAGE]


@pytest.fixture
def handlers(tmp_path: Path) -> Handlers:
    settings = Settings(db=tmp_path / "index", embedding_backend="hash")
    return Handlers(FakeService(), settings, UIOptions(work_dir=tmp_path / "work"))


def _last(gen):
    return list(gen)[-1]


def test_respond_adds_a_turn_with_citations_and_history(handlers: Handlers) -> None:
    chat, turns, _cards, _pick, box = _last(
        handlers.respond("Kent grades?", [], [], [], [], None, None)
    )
    assert [m["role"] for m in chat] == ["user", "assistant"] and box == ""
    assert turns[0]["citations"][0]["chunk_id"] == "kent-1"
    _last(
        handlers.respond("and the PCC?", chat, turns, ["PCC response"], ["Kent Police"], 2019, 2023)
    )
    _question, filters, history = handlers.service.asked[-1]
    assert history == ["Kent grades?"]
    assert filters.doc_type == {"pcc_response"} and filters.year_min == 2019


def test_question_errors_become_a_message_not_a_crash(handlers: Handlers) -> None:
    chat, turns, *_ = _last(handlers.respond("bad", [], [], [], [], None, None))
    assert "type a question" in chat[-1]["content"] and turns == []


def test_rating_is_saved_against_its_own_answer(handlers: Handlers) -> None:
    _chat, turns, *_ = _last(handlers.respond("Kent grades?", [], [], [], [], None, None))
    msg = handlers.rate(SimpleNamespace(index=1, liked=False), turns)
    assert "saved" in msg
    row = json.loads(handlers.feedback.path.read_text().splitlines()[-1])
    assert (row["question"], row["rating"]) == ("Kent grades?", "down")
    assert (
        handlers.rate(SimpleNamespace(index=0, liked=True), turns) == "Only answers can be rated."
    )


def test_open_source_and_exports(handlers: Handlers) -> None:
    _chat, turns, *_ = _last(handlers.respond("Kent grades?", [], [], [], [], None, None))
    html = handlers.open_source("[1] Kent PEEL", turns)
    assert "iqa-hit" in html and "<mark" in html
    md = Path(handlers.export(turns, "md")).read_text()
    assert "Kent grades?" in md and "[1]" in md
    assert Path(handlers.export(turns, "docx")).stat().st_size > 0


def test_upload_refused_when_off_and_library_lists(handlers: Handlers) -> None:
    import gradio as gr

    with pytest.raises(gr.Error):
        handlers.upload(["x.md"])
    assert handlers.search_library("")[0][0] == "Kent PEEL"


def test_ask_api_reports_bad_json_and_bad_filters(handlers: Handlers) -> None:
    assert "not valid JSON" in handlers.ask_api("Kent?", "{not json")["error"]
    assert "year_min must be a year" in handlers.ask_api("Kent?", '{"year_min": "soon"}')["error"]
    assert (
        "unknown filter key 'forces'" in handlers.ask_api("Kent?", '{"forces": ["Kent"]}')["error"]
    )
    assert "reversed" in handlers.ask_api("Kent?", '{"year_min": 2023, "year_max": 2019}')["error"]


def test_reversed_years_in_the_ui_are_refused_before_asking(handlers: Handlers) -> None:
    chat, _turns, *_rest, box = _last(handlers.respond("Kent?", [], [], [], [], 2023, 2019))
    assert "reversed" in chat[-1]["content"] and box == "Kent?"
    assert handlers.service.asked == []
    assert handlers.ask_api("Kent?", "{}")["citations"][0]["n"] == 1


def test_server_mode_keeps_feedback_and_uploads_outside_temporary_folders(tmp_path: Path) -> None:
    import tempfile

    server = Settings(chroma_url="http://127.0.0.1:8000", embedding_backend="hash")
    assert not str(server.data_root()).startswith(tempfile.gettempdir())
    assert Settings(db=tmp_path / "index").data_root() == tmp_path / "index"
    chosen = Settings(chroma_url="http://127.0.0.1:8000", data_dir=str(tmp_path / "data"))
    h = Handlers(FakeService(), chosen, UIOptions(work_dir=tmp_path / "work"))
    assert h.feedback.path == tmp_path / "data" / "feedback.jsonl"


def test_ledger_tab_filters_and_exports_a_spreadsheet(handlers: Handlers) -> None:
    from openpyxl import load_workbook

    rows = handlers.ledger_table(None, None, None)
    assert rows[0][0] == "Kent PEEL" and rows[0][7] == "action" and rows[0][8] == 32
    assert handlers.ledger_table(None, None, "disputed") == []
    assert handlers.ledger_table(None, "recommendation", "action")
    ws = load_workbook(handlers.ledger_export(None, None, None, "xlsx")).active
    assert ws["A1"].value == "report_id" and ws["A2"].value == "kent"


class _Select:
    def __init__(self, row: int, col: int) -> None:
        self.index = [row, col]


def test_ledger_rows_open_their_passage_and_grades_and_briefing(handlers: Handlers) -> None:
    import docx

    html = handlers.ledger_open(None, None, None, None, False, _Select(0, 4))  # Finding column
    assert "iqa-hit" in html and "Kent PEEL" in html
    html = handlers.ledger_open(None, None, None, None, False, _Select(0, 6))  # Response column
    assert "<mark" in html and "We fixed it." in html
    assert handlers.ledger_open(None, None, None, None, False, _Select(5, 0)) == ""
    # Addressee and overdue filters: the finding was due 30 June 2023 and was acted on.
    assert handlers.ledger_addressees() == ["the force"]
    assert handlers.ledger_table(None, None, None, "the force", False)
    assert handlers.ledger_table(None, None, None, "chief constables", False) == []
    assert handlers.ledger_table(None, None, None, None, True) == []
    rows, heads, note = handlers.ledger_grades(None)
    assert heads == ["Force", "Area", "2018/19", "2021/22"]
    assert rows == [["Kent Police", "Investigating crime", "good", "good"]]
    assert "2018/19" in note and "not comparable" in note
    word = docx.Document(handlers.ledger_export(None, None, None, "docx"))
    cells = [c.text for c in word.tables[0].rows[1].cells]
    assert cells[0] == "recommendation 1 (due 2023-06-30)" and cells[2] == "action"
    with pytest.raises(gr.Error, match="Choose a force"):
        handlers.brief(None, "")
    pack = docx.Document(handlers.brief("Kent Police", ""))
    texts = [p.text for p in pack.paragraphs]
    assert texts[0] == "Briefing: Kent Police" and "Sources" in texts
    assert any(t.startswith("Recommendation 1 (due 2023-06-30)") for t in texts)
