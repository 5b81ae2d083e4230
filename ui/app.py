"""The Gradio app. Builds the Blocks from the service API; formatting lives in ui.format.

`create_app()` only builds; `launch()` applies the safe defaults (127.0.0.1, no share link,
optional login, upload limit, bounded queue)."""

from __future__ import annotations

import json
import logging
import re
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import gradio as gr

from ingest.pipeline import ingest_paths
from rag.errors import ConfigError, InspectionQAError, QuestionError
from rag.filters import Filters, checked_years, filters_from_json
from rag.forces import find_forces
from rag.schema import FORMATS
from rag.service import Service
from rag.settings import Settings
from ui import format as fmt
from ui.auth import authenticator, load_auth
from ui.briefing import build_brief, write_brief
from ui.ledger_export import ledger_rows, overdue_rows, write_csv, write_docx, write_xlsx

log = logging.getLogger(__name__)
IngestFn = Callable[..., Any]  # ingest.pipeline.ingest_paths or a stand-in

# Questions that the bundled corpus answers (shown when its documents are in the index).
BUNDLED_EXAMPLES = [
    ("hmicfrs-ncpi-derbyshire-2021", "How many Derbyshire case files were rated good in 2021?"),
    (
        "dc-peel-2021-22",
        "Which areas did HMICFRS grade inadequate in Devon and Cornwall's 2021/22 PEEL inspection?",
    ),
    ("kent-pcc-response-peel-2021-22", "How did the Kent PCC respond to the PEEL 2021/22 grades?"),
    (
        "devon-cornwall-pcc-response-ncpi-2019-thematic",
        "What did the Devon and Cornwall PCC ask of the force after the 2019 child protection "
        "thematic report?",
    ),
]
CSS = """
.iqa-card {border:1px solid #d0d7de; border-radius:8px; padding:8px 10px; margin:0 0 8px 0;}
.iqa-card-head {font-weight:600} .iqa-n {color:#0b5cad}
.iqa-meta, .iqa-where {font-size:0.85em; color:#57606a}
.iqa-passage {font-size:0.9em; margin-top:6px; white-space:pre-wrap}
mark.iqa-quote {background:#fff3a3; padding:0 1px}
.iqa-doc-chunk {white-space:pre-wrap; margin:0 0 10px 0; font-size:0.92em}
.iqa-hit {border-left:4px solid #e3b341; padding-left:8px}
.iqa-docbox {max-height:520px; overflow-y:auto; position:relative}
#iqa-ledger .body-cell, #iqa-ledger .body-cell *, #iqa-grades .body-cell,
#iqa-grades .body-cell * {font-family: var(--font) !important; font-size: 0.92em}
#iqa-ledger .header-content, #iqa-grades .header-content {font-family: var(--font) !important}
"""
SCROLL_JS = (
    "() => { const el = document.getElementById('iqa-hit'); "
    "const box = document.querySelector('.iqa-docbox'); "
    "if (el && box) { box.scrollTop = el.offsetTop - box.offsetTop - 40; } }"
)


LEDGER_SCROLL_JS = (
    "() => { const box = document.querySelector('#iqa-led-doc .iqa-docbox'); "
    "const el = box && box.querySelector('.iqa-hit'); "
    "if (el && box) { box.scrollTop = el.offsetTop - box.offsetTop - 40; } }"
)


@dataclass(frozen=True)
class UIOptions:
    allow_upload: bool = False
    upload_limit_mb: int = 50
    feedback_path: Path | None = None
    work_dir: Path | None = None  # exports and uploads (the app's own files)


def examples_for(service: Service) -> list[str]:
    docs = service.documents()
    ids = {d.doc_id for d in docs}
    chosen = [q for doc_id, q in BUNDLED_EXAMPLES if doc_id in ids]
    if len(chosen) < 2:
        chosen += [f"What are the main findings of “{d.title}”?" for d in docs[:3]]
    return chosen[:4]


def _filters(
    doc_types: list[str] | None,
    forces: list[str] | None,
    year_from: float | None,
    year_to: float | None,
) -> Filters:
    names = {v: k for k, v in fmt.DOC_TYPE_NAMES.items()}
    return Filters(
        doc_type=frozenset(names.get(t, t) for t in doc_types or []),
        force=frozenset(forces or []),
        year_min=int(year_from) if year_from else None,
        year_max=int(year_to) if year_to else None,
    )


class Feedback:
    """Appends feedback records to a JSONL file (data for the evaluations)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def record(self, turn: dict[str, Any], rating: str, comment: str = "") -> None:
        row = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "rating": rating,
            "comment": comment.strip()[:2000],
            "question": turn["question"],
            "answer": turn["answer"],
            "abstained": turn["abstained"],
            "citations": turn["citations"],
            "searched": turn.get("searched"),
        }
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


class Handlers:
    """What the app's events do, as methods over an injected service, so they can be tested
    without a browser (tests/component). The layout wires them to components."""

    def __init__(
        self,
        service: Service,
        settings: Settings,
        options: UIOptions | None = None,
        ingest: IngestFn = ingest_paths,
    ) -> None:
        self.service = service
        self.settings = settings
        self.options = options or UIOptions()
        self.ingest = ingest
        self.work = self.options.work_dir or Path(tempfile.mkdtemp(prefix="inspection-qa-ui-"))
        self.work.mkdir(parents=True, exist_ok=True)
        self.feedback = Feedback(
            self.options.feedback_path or settings.data_root() / "feedback.jsonl"
        )

    def respond(
        self,
        message: str,
        chat: list[dict[str, Any]],
        turns: list[dict[str, Any]],
        doc_types: list[str],
        force_sel: list[str],
        y0: float | None,
        y1: float | None,
    ) -> Iterator[tuple[Any, ...]]:
        message = (message or "").strip()
        if not message:
            yield chat, turns, gr.update(), gr.update(), ""
            return
        chat = [*chat, {"role": "user", "content": message}]
        yield chat, turns, gr.update(), gr.update(), ""
        try:
            filters = checked_years(_filters(doc_types, force_sel, y0, y1))
        except ConfigError as exc:
            chat = [*chat, {"role": "assistant", "content": f"Filters: {exc}"}]
            yield chat, turns, gr.update(), gr.update(), message
            return
        try:
            final = None
            for result in self.service.ask_stream(
                message,
                filters=filters,
                history=[t.get("rewritten_question") or t["question"] for t in turns],
            ):
                if result.mode == "streaming":
                    partial = [*chat, {"role": "assistant", "content": result.answer + " …"}]
                    yield partial, turns, gr.update(), gr.update(), ""
                else:
                    final = result
        except QuestionError as exc:
            chat = [*chat, {"role": "assistant", "content": f"⚠️ {exc}"}]
            yield chat, turns, gr.update(), gr.update(), ""
            return
        except InspectionQAError as exc:
            raise gr.Error(str(exc)) from exc
        assert final is not None
        doc = {**final.to_json(), "chat_index": len(chat)}
        turns = [*turns, doc]
        chat = [*chat, {"role": "assistant", "content": fmt.answer_markdown(doc)}]
        choices = [f"[{c['n']}] {c['title']}" for c in doc["citations"]]
        yield (
            chat,
            turns,
            fmt.source_cards(doc),
            gr.update(choices=choices, value=choices[0] if choices else None),
            "",
        )

    def open_source(self, choice: str | None, turns: list[dict[str, Any]]) -> str:
        if not choice or not turns:
            return ""
        n = int(choice.split("]")[0].strip("["))
        cite = next((c for c in turns[-1]["citations"] if c["n"] == n), None)
        if cite is None:
            return ""
        info, chunks = self.service.document_text(cite["doc_id"])
        return fmt.document_html(info.to_json(), chunks, cite["chunk_id"], cite["quote"])

    def rate(self, data: gr.LikeData, turns: list[dict[str, Any]]) -> str:
        # Each turn remembers where its answer sits in the chat, so warnings and other
        # messages in between never shift a rating onto the wrong answer.
        idx = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        turn = next((t for t in turns if t.get("chat_index") == idx), None)
        if turn is None:
            return "Only answers can be rated."
        self.feedback.record(turn, "up" if data.liked else "down")
        return "Thanks: your rating was saved."

    def send_comment(self, comment: str, turns: list[dict[str, Any]]) -> tuple[str, str]:
        if not turns:
            return "Ask a question first.", comment
        if not comment.strip():
            return "Write a comment first.", comment
        self.feedback.record(turns[-1], "comment", comment)
        return "Thanks: your comment was saved with the last answer.", ""

    def export(self, turns: list[dict[str, Any]], kind: str) -> str | None:
        if not turns:
            gr.Warning("Ask a question first: there is nothing to export.")
            return None
        stamp = time.strftime("%Y%m%d-%H%M%S")
        path = self.work / f"briefing-{stamp}.{kind}"
        if kind == "md":
            path.write_text(fmt.briefing_markdown(turns), encoding="utf-8")
        else:
            fmt.briefing_docx(turns, str(path))
        return str(path)

    def search_library(self, query: str) -> list[list[Any]]:
        return fmt.documents_table([d.to_json() for d in self.service.documents()], query)

    def upload(
        self,
        files: list[str] | None,
        progress: gr.Progress = gr.Progress(),  # noqa: B008
    ) -> tuple[Any, ...]:
        if not self.options.allow_upload:
            raise gr.Error("Uploads are turned off (start the app with --allow-upload).")
        if not files:
            return "Choose files first.", self.search_library("")
        # Uploads are kept beside the index, so they survive restarts (and the next ingest
        # of the folder does not mistake them for deleted files).
        settings = self.settings
        target = settings.data_root() / "uploads"
        target.mkdir(parents=True, exist_ok=True)
        for f in files:
            src = Path(f)
            if src.suffix.lower() not in FORMATS:
                continue
            (target / src.name).write_bytes(src.read_bytes())

        def tick(done: int, total: int, name: str) -> None:
            progress((done, total), desc=f"Ingesting {name}")

        try:
            report = self.ingest(settings, [target], embedder=self.service.embedder, progress=tick)
        except InspectionQAError as exc:
            raise gr.Error(str(exc)) from exc
        lines = [f"Added {report.added}, updated {report.updated}, unchanged {report.unchanged}."]
        lines += [f"❌ {Path(f['path']).name}: {f['error']}" for f in report.failed]
        return "\n\n".join(lines), self.search_library("")

    # ---- the recommendations ledger ------------------------------------------------------
    LEDGER_HEADERS = (
        "Report",
        "Force",
        "Kind",
        "No.",
        "Finding",
        "Deadline",
        "Response",
        "Status",
        "Day (s55)",
    )

    def ledger_rows(
        self,
        force: str | None,
        kind: str | None,
        status: str | None,
        addressee: str | None = None,
        overdue: bool = False,
    ) -> list[dict]:
        """Ledger rows, filtered; `overdue`: past its deadline with no action in any
        response, or in a report whose PCC response is missing after day 56."""
        doc = self.service.ledger(force=force or None)
        rows = ledger_rows(doc)
        if kind:
            rows = [r for r in rows if r["kind"] == kind]
        if status:
            rows = [r for r in rows if r["status"] == status]
        if addressee:
            rows = [r for r in rows if r["addressee"] == addressee]
        if overdue:
            rows = overdue_rows(rows, date.today())
        return rows

    def ledger_table(
        self,
        force: str | None,
        kind: str | None,
        status: str | None,
        addressee: str | None = None,
        overdue: bool = False,
    ) -> list[list[Any]]:
        """The ledger as table rows, one per finding and response (filters optional)."""
        try:
            rows = self.ledger_rows(force, kind, status, addressee, overdue)
        except (QuestionError, ConfigError) as exc:
            raise gr.Error(str(exc)) from exc
        return [
            [
                r["report_title"],
                r["force"],
                r["kind"],
                r["number"],
                r["finding"],
                r["deadline"],
                r["response_id"],
                r["status"],
                "" if r["response_day"] is None else r["response_day"],
            ]
            for r in rows
        ]

    def ledger_export(
        self,
        force: str | None,
        kind: str | None,
        status: str | None,
        fmt_: str,
        addressee: str | None = None,
        overdue: bool = False,
    ) -> str:
        try:
            rows = self.ledger_rows(force, kind, status, addressee, overdue)
        except (QuestionError, ConfigError) as exc:
            raise gr.Error(str(exc)) from exc
        path = self.work / f"ledger-{time.strftime('%Y%m%d-%H%M%S')}.{fmt_}"
        {"xlsx": write_xlsx, "csv": write_csv, "docx": write_docx}[fmt_](rows, path)
        return str(path)

    def ledger_open(
        self,
        force: str | None,
        kind: str | None,
        status: str | None,
        addressee: str | None,
        overdue: bool,
        evt: gr.SelectData,
    ) -> str:
        """A clicked ledger row opens its document at the passage, highlighted: the
        response's passage when the click is on the response's columns, else the finding's."""
        index = evt.index if isinstance(evt.index, (list, tuple)) else [evt.index, 0]
        try:
            rows = self.ledger_rows(force, kind, status, addressee, overdue)
        except (QuestionError, ConfigError) as exc:
            raise gr.Error(str(exc)) from exc
        if not 0 <= int(index[0]) < len(rows):
            return ""
        row = rows[int(index[0])]
        response_side = int(index[1]) >= self.LEDGER_HEADERS.index("Response")
        if response_side and row["response_id"]:
            doc_id, chunk_id, quote = (
                row["response_id"],
                row["response_chunk_id"],
                row["response_quote"],
            )
        else:
            doc_id, chunk_id, quote = row["report_id"], row["chunk_id"], row["finding"]
        try:
            info, chunks = self.service.document_text(str(doc_id))
        except QuestionError as exc:
            raise gr.Error(str(exc)) from exc
        text = dict(chunks).get(str(chunk_id), "")
        # The row shows the quote with its spacing folded; highlight the stored words.
        exact = _stored_span(text, str(quote)) or str(quote)
        return fmt.document_html(info.to_json(), chunks, str(chunk_id), exact)

    def ledger_grades(self, force: str | None) -> tuple[list[list[Any]], list[str], str]:
        """PEEL grades side by side: rows of force, area and a grade per round."""
        try:
            tables = self.service.ledger(force=force or None)["peel_grades"]
        except (QuestionError, ConfigError) as exc:
            raise gr.Error(str(exc)) from exc
        rounds = sorted({r for t in tables for r in t["rounds"]})
        rows = [
            [t["force"], a["area"], *(a["grades"].get(r, "") for r in rounds)]
            for t in tables
            for a in t["areas"]
        ]
        old = sorted({r for t in tables for r, sc in t["scales"].items() if sc == "four-tier"})
        note = (
            f"Rounds {', '.join(old)} used the four-tier scale (no 'adequate'): not comparable "
            "with the five-tier rounds from 2021/22."
            if old
            else ""
        )
        if not rows:
            note = f"No PEEL grades for {force or 'any force'} in the library."
        return rows, ["Force", "Area", *rounds], note

    def ledger_addressees(self) -> list[str]:
        try:
            rows = ledger_rows(self.service.ledger())
        except (QuestionError, ConfigError):
            return []
        return sorted({str(r["addressee"]) for r in rows if r["addressee"]})

    def grades_view(self, force: str | None) -> tuple[Any, str]:
        rows, heads, note = self.ledger_grades(force)
        return gr.update(value=rows, headers=heads), note

    def brief(self, force: str | None, topic: str | None) -> str:
        """A briefing pack (Word) for one force, cited line by line."""
        if not force:
            raise gr.Error("Choose a force first: the briefing pack is about one force.")
        try:
            pack = build_brief(self.service, force, (topic or "").strip() or None)
        except (QuestionError, ConfigError) as exc:
            raise gr.Error(str(exc)) from exc
        slug = re.sub(r"[^a-z0-9]+", "-", force.lower()).strip("-")
        path = self.work / f"briefing-{slug}-{time.strftime('%Y%m%d-%H%M%S')}.docx"
        return str(write_brief(pack, path))

    def ask_api(self, question: str, filters_json: str = "{}") -> dict[str, Any]:
        """API endpoint for gradio_client: question + optional filters as JSON."""
        try:
            raw = json.loads(filters_json or "{}")
        except json.JSONDecodeError as exc:
            return {"error": f"filters are not valid JSON ({exc.msg} at position {exc.pos})"}
        try:
            filters = self.service.check_filters(filters_from_json(raw))
            return self.service.ask(question, filters=filters).to_json()
        except (QuestionError, ConfigError) as exc:
            return {"error": str(exc)}


def _stored_span(text: str, folded: str) -> str | None:
    """The span of `text` whose words, spacing folded, are `folded` (a table cell's copy of
    a multi-line quote), so the highlight matches the stored characters."""
    words = folded.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    m = re.search(pattern, text)
    return m.group(0) if m else None


def create_app(
    service: Service,
    settings: Settings,
    options: UIOptions | None = None,
    handlers: Handlers | None = None,
) -> gr.Blocks:
    """The app: handlers over the service, wired into the layout."""
    return build_layout(handlers or Handlers(service, settings, options))


def build_layout(h: Handlers) -> gr.Blocks:
    """The Blocks: components and the events that call `h`'s methods."""
    options = h.options
    docs = [d.to_json() for d in h.service.documents()]
    forces = sorted({d["force"] for d in docs if d["force"]})
    years = sorted({d["year"] for d in docs if d["year"]})

    with gr.Blocks(title="inspection-qa", analytics_enabled=False) as app:
        gr.Markdown(
            "## inspection-qa\nAsk about HMIC/HMICFRS inspection reports and PCC "
            "responses. Every answer quotes its sources: check them."
        )
        turns = gr.State([])
        with gr.Tab("Ask"), gr.Row():
            with gr.Column(scale=3):
                chat = gr.Chatbot(
                    label="Conversation",
                    height=480,
                    elem_id="iqa-chat",
                    feedback_options=("Like", "Dislike"),
                    buttons=["copy"],
                    placeholder="Ask a question, or pick an example below.",
                )
                with gr.Row():
                    box = gr.Textbox(
                        placeholder="e.g. What did the PCC say about the "
                        "inspection's recommendations?",
                        show_label=False,
                        scale=5,
                        elem_id="iqa-question",
                        max_lines=4,
                    )
                    send = gr.Button("Ask", variant="primary", scale=1, elem_id="iqa-ask")
                gr.Examples(examples_for(h.service), inputs=box, label="Examples")
                with gr.Accordion("Feedback and export", open=False):
                    comment = gr.Textbox(label="Comment on the last answer", lines=2)
                    send_comment_btn = gr.Button("Send comment")
                    status = gr.Markdown()
                    with gr.Row():
                        md_btn = gr.Button("Export briefing (Markdown)", elem_id="iqa-export-md")
                        docx_btn = gr.Button("Export briefing (Word)", elem_id="iqa-export-docx")
                    export_file = gr.File(
                        label="Briefing", interactive=False, elem_id="iqa-export-file"
                    )
            with gr.Column(scale=2):
                with gr.Accordion("Filters (apply to the next question)", open=False):
                    doc_types = gr.CheckboxGroup(
                        list(fmt.DOC_TYPE_NAMES.values()),
                        label="Document type",
                        elem_id="iqa-doctype",
                    )
                    force_sel = gr.Dropdown(
                        forces, multiselect=True, label="Force", elem_id="iqa-force"
                    )
                    with gr.Row():
                        y0 = gr.Number(
                            label=f"From year (earliest {min(years, default='-')})",
                            precision=0,
                            value=None,
                            elem_id="iqa-y0",
                        )
                        y1 = gr.Number(
                            label=f"To year (latest {max(years, default='-')})",
                            precision=0,
                            value=None,
                            elem_id="iqa-y1",
                        )
                gr.Markdown("### Sources")
                cards = gr.HTML(
                    '<div class="iqa-empty">Sources appear here.</div>', elem_id="iqa-sources"
                )
                pick = gr.Dropdown([], label="Open a source in its document", elem_id="iqa-open")
                docview = gr.HTML(elem_id="iqa-docview")
        with gr.Tab("Library"):
            lib_q = gr.Textbox(label="Search the documents", elem_id="iqa-lib-search")
            table = gr.Dataframe(
                headers=["Title", "Type", "Force", "Published", "Chunks", "Id"],
                value=h.search_library(""),
                interactive=False,
                wrap=True,
                elem_id="iqa-library",
            )
            lib_q.change(h.search_library, lib_q, table, api_visibility="private")
            if options.allow_upload:
                files = gr.File(
                    file_count="multiple",
                    file_types=list(FORMATS),
                    label=f"Add documents (up to {options.upload_limit_mb} MB each)",
                    elem_id="iqa-upload",
                )
                up_btn = gr.Button("Ingest", elem_id="iqa-ingest")
                up_status = gr.Markdown(elem_id="iqa-upload-status")
                up_btn.click(h.upload, files, [up_status, table], api_visibility="private")

        with gr.Tab("Recommendations"):
            gr.Markdown(
                "What the inspectorate asked for, what each PCC response says about it, and "
                "the s55 clock (responses due within 56 days of publication, day 1 included)."
            )
            with gr.Row():
                led_force = gr.Dropdown(
                    [f for f in forces if find_forces(f, in_question=True)],
                    value=None,
                    label="Force",
                    elem_id="iqa-led-force",
                )
                led_kind = gr.Dropdown(
                    ["recommendation", "area for improvement", "cause of concern"],
                    value=None,
                    label="Kind",
                    elem_id="iqa-led-kind",
                )
                led_status = gr.Dropdown(
                    ["action", "acknowledged", "disputed", "not addressed"],
                    value=None,
                    label="Response status",
                    elem_id="iqa-led-status",
                )
                led_addressee = gr.Dropdown(
                    h.ledger_addressees(),
                    value=None,
                    label="Addressed to",
                    elem_id="iqa-led-addressee",
                )
                led_overdue = gr.Checkbox(
                    label="Overdue only (deadline or day 56 passed, no action)",
                    elem_id="iqa-led-overdue",
                )
            led_table = gr.Dataframe(
                headers=list(Handlers.LEDGER_HEADERS),
                value=h.ledger_table(None, None, None),
                interactive=False,
                wrap=True,
                column_widths=["17%", "9%", "9%", "4%", "33%", "8%", "10%", "6%", "4%"],
                max_height=420,
                elem_id="iqa-ledger",
            )
            gr.Markdown(
                "Click a row to open its report (or, on the response columns, the response) "
                "at the passage.",
                elem_id="iqa-led-hint",
            )
            led_doc = gr.HTML(elem_id="iqa-led-doc")
            with gr.Row():
                led_xlsx = gr.Button("Export spreadsheet (XLSX)", elem_id="iqa-led-xlsx")
                led_csv = gr.Button("Export CSV", elem_id="iqa-led-csv")
                led_docx = gr.Button("Export Word", elem_id="iqa-led-docx")
            led_file = gr.File(label="Ledger", interactive=False, elem_id="iqa-led-file")
            with gr.Accordion("PEEL grades side by side", open=False, elem_id="iqa-grades-box"):
                rows, heads, note = h.ledger_grades(None)
                grades_note = gr.Markdown(note, elem_id="iqa-grades-note")
                grades_table = gr.Dataframe(
                    value=rows, headers=heads, interactive=False, wrap=True, elem_id="iqa-grades"
                )
            with gr.Row():
                brief_topic = gr.Textbox(
                    label="Briefing topic (optional)",
                    placeholder="e.g. call handling",
                    elem_id="iqa-brief-topic",
                )
                brief_btn = gr.Button("Briefing pack (Word)", elem_id="iqa-brief")
            brief_file = gr.File(label="Briefing pack", interactive=False, elem_id="iqa-brief-file")
            led_inputs = [led_force, led_kind, led_status, led_addressee, led_overdue]
            for control in led_inputs:
                control.change(h.ledger_table, led_inputs, led_table, api_visibility="private")
            led_table.select(h.ledger_open, led_inputs, led_doc, api_visibility="private").then(
                None, js=LEDGER_SCROLL_JS
            )
            led_force.change(
                h.grades_view,
                led_force,
                [grades_table, grades_note],
                api_visibility="private",
            )
            led_docx.click(
                lambda f, k, st, a, o: h.ledger_export(f, k, st, "docx", a, o),
                led_inputs,
                led_file,
                api_visibility="private",
            )
            brief_btn.click(h.brief, [led_force, brief_topic], brief_file, api_visibility="private")
            led_xlsx.click(
                lambda f, k, st, a, o: h.ledger_export(f, k, st, "xlsx", a, o),
                led_inputs,
                led_file,
                api_visibility="private",
            )
            led_csv.click(
                lambda f, k, st, a, o: h.ledger_export(f, k, st, "csv", a, o),
                led_inputs,
                led_file,
                api_visibility="private",
            )

        inputs = [box, chat, turns, doc_types, force_sel, y0, y1]
        outputs = [chat, turns, cards, pick, box]
        for trigger in (send.click, box.submit):
            trigger(h.respond, inputs, outputs, api_visibility="private").then(
                h.open_source, [pick, turns], docview, api_visibility="private"
            ).then(None, js=SCROLL_JS)
        pick.input(h.open_source, [pick, turns], docview, api_visibility="private").then(
            None, js=SCROLL_JS
        )
        chat.like(h.rate, turns, status, api_visibility="private")
        send_comment_btn.click(
            h.send_comment, [comment, turns], [status, comment], api_visibility="private"
        )
        md_btn.click(lambda t: h.export(t, "md"), turns, export_file, api_visibility="private")
        docx_btn.click(lambda t: h.export(t, "docx"), turns, export_file, api_visibility="private")
        api_q = gr.Textbox(visible=False)
        api_f = gr.Textbox(visible=False)
        api_out = gr.JSON(visible=False)
        gr.Button(visible=False).click(h.ask_api, [api_q, api_f], api_out, api_name="ask")
    return app


def launch(
    app: gr.Blocks,
    *,
    host: str = "127.0.0.1",
    port: int = 7860,
    auth_file: Path | None = None,
    upload_limit_mb: int = 50,
    open_browser: bool = False,
    block: bool = True,
) -> Any:
    auth = authenticator(load_auth(auth_file)) if auth_file is not None else None

    app.queue(default_concurrency_limit=2, max_size=32)
    return app.launch(
        server_name=host,
        server_port=port,
        share=False,
        auth=auth,
        max_file_size=f"{upload_limit_mb}mb",
        allowed_paths=[],
        inbrowser=open_browser,
        prevent_thread_lock=not block,
        show_error=False,
        css=CSS,
        ssr_mode=False,
        footer_links=["api"],
        quiet=True,
    )
