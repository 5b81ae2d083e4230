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
from tests.conftest import CORPUS
from ui import format as fmt
from ui import library as lib
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
PCC_INFO = DocumentInfo("kent-pcc", "Kent PCC", "pcc_response", "Kent Police", "2022-06-01",
                        2022, "kent-pcc.md", "", "", 2)  # fmt: skip
PCC = Passage(rank=1, chunk_id="kp-1", doc_id="kent-pcc", title="Kent PCC",
              doc_type="pcc_response", force="Kent Police", published="2022-06-01",
              source="kent-pcc.md", page=None, section=None, text="Intro.\n\nWe fixed it.",
              score=0.4)  # fmt: skip


class FakeService:
    embedder = None

    def library_changed(self) -> None:
        self.changes = getattr(self, "changes", 0) + 1

    def __init__(self) -> None:
        self.asked: list[tuple[str, object, list[str]]] = []

    def ask_stream(self, question, *, filters=None, history=()):
        self.asked.append((question, filters, list(history)))
        if question == "bad":
            raise QuestionError("the question is empty: type a question")
        if question == "sourdough?":
            yield AnswerResult(question, "The documents don't say.", True, [], [PASSAGE], {})
            return
        passage, quote = (
            (PCC, "We fixed it.")
            if "pcc" in question
            else (PASSAGE, "graded good at investigating crime")
        )
        yield AnswerResult(
            question=question,
            answer=f"Kent Police was {quote} [1]",
            abstained=False,
            citations=[Citation.from_passage(1, passage, quote)],
            passages=[passage],
            timings_ms={"total": 1.0},
        )

    def ask(self, question, *, filters=None):
        return next(self.ask_stream(question, filters=filters))

    def documents(self):
        return [INFO, PCC_INFO]

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
            return PCC_INFO, [("kp-0", "Kent PCC response"), ("kp-1", PCC.text)]
        return INFO, [(PASSAGE.chunk_id, PASSAGE.text)]

    def passage(self, chunk_id):
        return PASSAGE

    def document_passages(self, doc_id):
        return [PCC] if doc_id == "kent-pcc" else [PASSAGE]


@pytest.fixture
def handlers(tmp_path: Path) -> Handlers:
    settings = Settings(db=tmp_path / "index", embedding_backend="hash")
    return Handlers(FakeService(), settings, UIOptions(work_dir=tmp_path / "work"))


def _last(gen):
    return list(gen)[-1]


def _ask(handlers: Handlers, question: str, chat=None, turns=None, **filters):
    args = (filters.get("types", []), filters.get("forces", []), filters.get("y0"),
            filters.get("y1"))  # fmt: skip
    return _last(handlers.respond(question, chat or [], turns or [], *args))


def _like(chat, index: int, liked: bool = False) -> SimpleNamespace:
    """What the chat sends when a message is rated: its index and its content."""
    return SimpleNamespace(index=index, value=[chat[index]["content"]], liked=liked)


def _rows(handlers: Handlers) -> list[dict]:
    return [json.loads(line) for line in handlers.feedback.path.read_text().splitlines()]


def test_respond_adds_a_turn_with_its_id_cards_and_history(handlers: Handlers) -> None:
    chat, turns, box, doc = _ask(handlers, "Kent grades?")
    assert [m["role"] for m in chat] == ["user", "assistant"] and box == ""
    assert turns[0]["citations"][0]["chunk_id"] == "kent-1"
    tid = turns[0]["id"]
    assert fmt.turn_of(chat[1]["content"]) == tid
    assert f'id="iqa-src-{tid}-c1"' in chat[1]["content"]  # its cards are under it
    assert "iqa-hit" in doc and "<mark" in doc  # its first source opens
    _ask(handlers, "and the PCC?", chat, turns, types=["PCC response"], forces=["Kent Police"],
         y0=2019, y1=2023)  # fmt: skip
    _question, filters, history = handlers.service.asked[-1]
    assert history == ["Kent grades?"]
    assert filters.doc_type == {"pcc_response"} and filters.year_min == 2019


def test_question_errors_become_a_message_not_a_crash(handlers: Handlers) -> None:
    chat, turns, *_ = _ask(handlers, "bad")
    assert chat[-1]["content"].startswith("**Could not answer:**") and turns == []
    assert "type a question" in chat[-1]["content"]
    assert all(ord(ch) < 0x2000 for ch in chat[-1]["content"])  # no emoji marks


def test_older_answers_open_their_own_sources(handlers: Handlers) -> None:
    chat, turns, *_ = _ask(handlers, "Kent grades?")
    chat, turns, *_ = _ask(handlers, "pcc response?", chat, turns)
    first, second = turns[0]["id"], turns[1]["id"]
    assert first != second
    assert "Kent PEEL" in handlers.open_ref(f"{first}-c1", turns)
    assert "We fixed it." in handlers.open_ref(f"{second}-c1", turns)  # the PCC's response
    assert handlers.open_ref(f"{second}-c9", turns) == fmt.EMPTY_DOC
    assert handlers.open_ref("nosuchturn-c1", turns) == fmt.EMPTY_DOC
    assert handlers.open_clicked(turns, SimpleNamespace(ref=f"{first}-c1")).count("<mark") == 1


def test_abstentions_list_nearest_passages_that_open(handlers: Handlers) -> None:
    chat, turns, *_ = _ask(handlers, "sourdough?")
    assert turns[0]["abstained"] and "Nearest passages (1)" in chat[-1]["content"]
    assert "iqa-hit" in handlers.open_ref(f"{turns[0]['id']}-p1", turns)


def test_rating_is_saved_against_its_own_answer(handlers: Handlers) -> None:
    chat, turns, *_ = _ask(handlers, "bad")  # a warning first: not an answer
    chat, turns, *_ = _ask(handlers, "Kent grades?", chat, turns)
    assert "saved" in handlers.rate(_like(chat, 3), chat, turns)
    row = _rows(handlers)[-1]
    assert (row["question"], row["rating"], row["turn_id"]) == (
        "Kent grades?", "down", turns[0]["id"])  # fmt: skip
    assert handlers.rate(_like(chat, 1, True), chat, turns) == "Only answers can be rated."
    assert len(_rows(handlers)) == 1


def test_clear_resets_context_cards_export_and_rating_targets(handlers: Handlers) -> None:
    chat, turns, *_ = _ask(handlers, "Kent grades?")
    cleared_turns, doc, export, status, comment = handlers.clear()
    assert (cleared_turns, export, status, comment) == ([], None, "", "")
    assert doc == fmt.EMPTY_DOC
    # The chat was cleared in the browser; even with the old turns still in the state (the
    # Clear's own event not yet applied), they are no longer context, exported or rated.
    chat2, turns2, *_ = _ask(handlers, "pcc response?", [], turns)
    assert handlers.service.asked[-1][2] == []  # no follow-up context from the cleared turn
    assert [t["question"] for t in turns2] == ["pcc response?"]
    assert handlers.rate(_like(chat2, 1), chat2, turns2) == "Thanks: your rating was saved."
    assert _rows(handlers)[-1]["question"] == "pcc response?"
    # The same position in the chat as the cleared answer: still rated by its own id.
    old = SimpleNamespace(index=1, value=[chat[1]["content"]], liked=True)
    assert handlers.rate(old, chat2, [*turns, *turns2]) == "Only answers can be rated."
    md = Path(handlers.export(chat2, [*turns, *turns2], "md")).read_text()
    assert "pcc response?" in md and "Kent grades?" not in md
    assert handlers.send_comment("good", [], turns2)[0] == "Ask a question first."


def test_exports(handlers: Handlers) -> None:
    chat, turns, *_ = _ask(handlers, "Kent grades?")
    md = Path(handlers.export(chat, turns, "md")).read_text()
    assert "Kent grades?" in md and "[1]" in md
    assert Path(handlers.export(chat, turns, "docx")).stat().st_size > 0


def test_library_catalogue_search_and_open(handlers: Handlers) -> None:
    table, note = handlers.search_library("")
    assert list(table.columns) == lib.HEADERS
    assert table.iloc[0]["Title"] == "Kent PEEL" and table.iloc[1]["Title"] == "Kent PCC"
    assert table.iloc[0]["Responds to / answered by"] == "Answered by: Kent PCC"
    assert table.iloc[1]["Responds to / answered by"] == "Responds to: Kent PEEL"
    assert note.startswith("2 documents")
    # A word of the text (not of any title) finds the document, with a snippet.
    table, note = handlers.search_library("fixed")
    assert len(table) == 1 and "<mark>fixed</mark>" in table.iloc[0]["Title"]
    assert "1 document matches" in note
    # A row opens its document at the passage that matched, the word marked.
    row = table.iloc[0].tolist()
    html = handlers.library_open("fixed", SimpleNamespace(index=[0, 0], row_value=row))
    assert "iqa-hit" in html and 'We <mark class="iqa-quote">fixed</mark> it.' in html
    table, note = handlers.search_library("zzqx")
    assert len(table) == 0 and "No documents match" in note
    assert list(table.columns) == lib.HEADERS


def test_library_row_values_pick_the_row_whatever_the_sorting(handlers: Handlers) -> None:
    table, _ = handlers.search_library("")
    second = table.iloc[1].tolist()  # shown first after sorting in the browser
    html = handlers.library_open("", SimpleNamespace(index=[0, 0], row_value=second))
    assert "Kent PCC response" in html and "iqa-hit" not in html


def test_upload_refused_when_off(handlers: Handlers) -> None:
    with pytest.raises(gr.Error):
        handlers.upload(["x.md"])


def test_ask_api_reports_bad_json_and_bad_filters(handlers: Handlers) -> None:
    assert "not valid JSON" in handlers.ask_api("Kent?", "{not json")["error"]
    assert "year_min must be a year" in handlers.ask_api("Kent?", '{"year_min": "soon"}')["error"]
    assert (
        "unknown filter key 'forces'" in handlers.ask_api("Kent?", '{"forces": ["Kent"]}')["error"]
    )
    assert "reversed" in handlers.ask_api("Kent?", '{"year_min": 2023, "year_max": 2019}')["error"]


def test_reversed_years_in_the_ui_are_refused_before_asking(handlers: Handlers) -> None:
    chat, _turns, box, _doc = _ask(handlers, "Kent?", y0=2023, y1=2019)
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


class FakeIngest:
    """Stands in for ingest_paths: records what it was given; files named broken.* fail."""

    def __init__(self) -> None:
        self.calls: list[list[Path]] = []

    def __call__(self, settings, paths, *, embedder=None, progress=None):
        self.calls.append(list(paths))
        bad = [p for p in paths if p.stem == "broken"]
        return SimpleNamespace(
            added=len(paths) - len(bad),
            updated=0,
            unchanged=0,
            failed=[{"path": str(p), "error": "not a PDF file"} for p in bad],
        )


def test_upload_keeps_good_files_only_and_counts_this_upload(tmp_path: Path) -> None:
    settings = Settings(db=tmp_path / "index", embedding_backend="hash")
    ingest = FakeIngest()
    h = Handlers(FakeService(), settings, UIOptions(allow_upload=True, work_dir=tmp_path / "w"),
                 ingest=ingest)  # fmt: skip
    uploads = settings.data_root() / "uploads"
    uploads.mkdir(parents=True)
    (uploads / "earlier.md").write_text("kept from before")
    (uploads / "broken.pdf").write_bytes(b"%PDF a good earlier copy")
    src = tmp_path / "in"
    src.mkdir()
    for name, data in [("good.md", b"# Good"), ("broken.pdf", b"junk"), ("x.exe", b"MZ")]:
        (src / name).write_bytes(data)
    status, table, note, forces, led_forces = h.upload(
        [str(src / n) for n in ("good.md", "broken.pdf", "x.exe")],
        "",
        progress=lambda *a, **k: None,
    )
    # Only this upload's files were ingested and counted.
    assert ingest.calls == [[uploads / "good.md", uploads / "broken.pdf"]]
    assert status.startswith("This upload (3 files): added 1, updated 0, unchanged 0, failed 2.")
    assert "Failed:</span> broken.pdf: not a PDF file (not kept)" in status
    assert "Skipped:</span> x.exe: not a supported format" in status
    assert all(ord(ch) < 0x2000 for ch in status)  # text marks, no emoji
    # The failed file is not kept: the earlier good copy is back; the good file stays.
    assert sorted(p.name for p in uploads.iterdir()) == ["broken.pdf", "earlier.md", "good.md"]
    assert (uploads / "broken.pdf").read_bytes() == b"%PDF a good earlier copy"
    assert len(table) == 2 and note.startswith("2 documents")
    assert forces["choices"] == ["Kent Police"] and led_forces["choices"] == ["Kent Police"]
    # A new file that fails is removed.
    (src / "broken.pdf").rename(src / "broken.docx")
    h.upload([str(src / "broken.docx")], "", progress=lambda *a, **k: None)
    assert not (uploads / "broken.docx").exists()


def test_over_limit_upload_is_refused_and_not_kept(tmp_path: Path) -> None:
    settings = Settings(db=tmp_path / "index", embedding_backend="hash")
    ingest = FakeIngest()
    options = UIOptions(allow_upload=True, upload_limit_mb=1, work_dir=tmp_path / "w")
    h = Handlers(FakeService(), settings, options, ingest=ingest)
    big = tmp_path / "in" / "huge.txt"
    big.parent.mkdir()
    big.write_bytes(b"a" * (1024 * 1024 + 1))  # one byte over
    status, *_ = h.upload([str(big)], "", progress=lambda *a, **k: None)
    assert "Refused:</span> huge.txt: 1.0 MB, over the 1 MB upload limit (not kept)" in status
    assert ingest.calls == []
    uploads = settings.data_root() / "uploads"
    assert not (uploads / "huge.txt").exists()


@pytest.fixture
def upload_app(memory_index, memory_service, tmp_path: Path):
    """Handlers over a real service and index (hash embedder): the small corpus ingested
    from its folder, two documents uploaded through the app."""
    from ingest.pipeline import ingest_paths

    calls: list[list[Path]] = []

    def ingest(settings, paths, **kwargs):
        calls.append(list(paths))
        return ingest_paths(settings, paths, index=memory_index, **kwargs)

    options = UIOptions(allow_upload=True, work_dir=tmp_path / "w")
    h = Handlers(memory_service, memory_index.settings, options, ingest=ingest)
    src = tmp_path / "in"
    src.mkdir()
    names = ["sussex-pcc-response-stalking-inspection-2019.md", "hmicfrs-ncpi-derbyshire-2021.md"]
    for name in names:
        (src / name).write_bytes((CORPUS / "sample" / name).read_bytes())
    status, *_ = h.upload([str(src / n) for n in names], "", progress=lambda *a, **k: None)
    assert "added 2" in status
    return h, calls


def test_only_uploaded_documents_are_offered_for_removal(upload_app) -> None:
    h, _ = upload_app
    uploaded = {d["doc_id"] for d in h.uploaded()}
    assert uploaded == {
        "sussex-pcc-response-stalking-inspection-2019",
        "hmicfrs-ncpi-derbyshire-2021",
    }
    choices = h.upload_choices()["choices"]
    assert sorted(v for _, v in choices) == sorted(uploaded)
    assert any(label.endswith("(hmicfrs-ncpi-derbyshire-2021.md)") for label, _ in choices)
    # Nothing is removed before the question is answered.
    box, question, status = h.confirm_remove([])
    assert box["visible"] is False and status == "Choose uploaded documents to remove first."
    box, question, status = h.confirm_remove(["hmicfrs-ncpi-derbyshire-2021"])
    assert box["visible"] is True and "Remove 1 document from the index?" in question
    assert "Derbyshire" in question and len(h.uploaded()) == 2
    # The bundled corpus cannot be removed from the app.
    out = h.remove_uploads(["kent-peel-2021-22"], "", [], None, progress=lambda *a, **k: None)
    assert out[0] == "Nothing removed: only uploaded documents can be removed."
    assert "kent-peel-2021-22" in {d.doc_id for d in h.service.documents()}


def test_removing_an_upload_goes_through_the_ingest_and_refreshes_the_lists(upload_app) -> None:
    h, calls = upload_app
    service = h.service
    gone, kept = "sussex-pcc-response-stalking-inspection-2019", "hmicfrs-ncpi-derbyshire-2021"
    before = {d.doc_id: d.chunks for d in service.documents()}
    ids_gone = {p.chunk_id for p in service.document_passages(gone)}
    assert ids_gone
    status, table, note, forces, led, choices, box, doc = h.remove_uploads(
        [gone], "", ["Sussex Police", "Kent Police"], "Sussex Police",
        progress=lambda *a, **k: None,
    )  # fmt: skip
    assert status.startswith("Removed 1 document from the index.")
    assert "Removed:</span> PCC response to the HMICFRS inspection of Sussex" in status
    # The removal is the ingest of the uploads folder (files gone from it are removed).
    assert calls[-1] == [h.uploads_dir()]
    assert sorted(p.name for p in h.uploads_dir().iterdir()) == [f"{kept}.md"]
    after = {d.doc_id: d.chunks for d in service.documents()}
    assert after == {k: v for k, v in before.items() if k != gone}  # the rest untouched
    assert not ids_gone & service.index.store.chunk_ids()  # no chunk of it is left
    assert all(p.doc_id != gone for p in service.search("stalking harassment").passages)
    # Library, filters and the removal list refreshed; a removed force is deselected.
    assert len(table) == len(after) and not table["Title"].str.contains("Sussex").any()
    assert "Sussex Police" not in forces["choices"] and forces["value"] == ["Kent Police"]
    assert led["value"] is None and "Sussex Police" not in led["choices"]
    assert [v for _, v in choices["choices"]] == [kept] and box["visible"] is False
    assert note.startswith(f"{len(after)} documents") and doc == ""  # the open one closed


def test_a_removal_that_cannot_run_puts_the_files_back(upload_app) -> None:
    from rag.errors import WriterBusy

    h, _ = upload_app

    def busy(*args, **kwargs):
        raise WriterBusy("another ingest is running")

    h.ingest = busy
    with pytest.raises(gr.Error, match="Nothing removed: another ingest is running"):
        h.remove_uploads(["hmicfrs-ncpi-derbyshire-2021"], "", progress=lambda *a, **k: None)
    assert sorted(p.name for p in h.uploads_dir().iterdir()) == [
        "hmicfrs-ncpi-derbyshire-2021.md",
        "sussex-pcc-response-stalking-inspection-2019.md",
    ]
    assert len(h.uploaded()) == 2
