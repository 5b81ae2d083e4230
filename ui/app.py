"""The Gradio app. Builds the Blocks from the service API; formatting lives in ui.format
(answers, cards, documents) and ui.library (the catalogue), CSS and scripts in ui.assets.

`create_app()` only builds; `launch()` applies the safe defaults (127.0.0.1, no share link,
optional login, upload limit, bounded queue)."""

from __future__ import annotations

import json
import logging
import re
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import gradio as gr
import pandas as pd

from ingest.pipeline import ingest_paths
from rag.errors import ConfigError, InspectionQAError, QuestionError
from rag.filters import Filters, checked_years, filters_from_json
from rag.forces import find_forces
from rag.schema import FORMATS
from rag.service import Service
from rag.settings import Settings
from ui import format as fmt
from ui import library as lib
from ui.assets import BRIDGE_JS, CSS, LATEST_JS, scroll_js
from ui.auth import authenticator, load_auth
from ui.briefing import build_brief, write_brief
from ui.ledger_export import ledger_rows, overdue_rows, write_csv, write_docx, write_xlsx

log = logging.getLogger(__name__)
IngestFn = Callable[..., Any]  # ingest.pipeline.ingest_paths or a stand-in
Turn = dict[str, Any]  # an answer's JSON (the contract's `ask`) plus its turn "id"
Chat = list[dict[str, Any]]

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
SCROLL_JS = scroll_js("#iqa-docview")
LIB_SCROLL_JS = scroll_js("#iqa-lib-doc")
LEDGER_SCROLL_JS = scroll_js("#iqa-led-doc")


@dataclass(frozen=True)
class UIOptions:
    allow_upload: bool = False
    upload_limit_mb: int = 50
    feedback_path: Path | None = None
    work_dir: Path | None = None  # exports and uploads (the app's own files)

    @property
    def upload_limit_bytes(self) -> int:
        return self.upload_limit_mb * 1024 * 1024  # as Gradio reads "50mb"


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


def new_turn_id() -> str:
    return uuid.uuid4().hex[:16]


def live_turns(chat: Chat | None, turns: Sequence[Turn]) -> list[Turn]:
    """The turns whose answers are in the conversation on screen, in order. The chat is the
    truth: a turn whose message was cleared is neither context, nor exported, nor rated."""
    shown = {fmt.turn_of(m.get("content")) for m in chat or [] if m.get("role") == "assistant"}
    return [t for t in turns if t.get("id") in shown]


class Feedback:
    """Appends feedback records to a JSONL file (data for the evaluations)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def record(self, turn: Turn, rating: str, comment: str = "") -> None:
        row = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "rating": rating,
            "comment": comment.strip()[:2000],
            "turn_id": turn.get("id"),
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


@dataclass(frozen=True)
class Catalogue:
    """The library as the Library tab shows it, for one state of the index."""

    docs: list[dict[str, Any]]
    pairing: dict[str, str]  # doc_id -> "Responds to: ..." / "Answered by: ..."
    texts: dict[str, list[tuple[str, str]]]  # doc_id -> its (chunk_id, text), filled lazily

    def text(self, doc_id: str, load: Callable[[str], list[tuple[str, str]]]) -> Any:
        if doc_id not in self.texts:
            self.texts[doc_id] = load(doc_id)
        return self.texts[doc_id]


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
        self._catalogue: tuple[tuple[Any, ...], Catalogue] | None = None
        self._catalogue_lock = threading.Lock()

    # ---- the conversation -----------------------------------------------------------------
    def respond(
        self,
        message: str,
        chat: Chat,
        turns: list[Turn],
        doc_types: list[str],
        force_sel: list[str],
        y0: float | None,
        y1: float | None,
    ) -> Iterator[tuple[Any, ...]]:
        """Outputs: chat, turns, question box, document view. Each answer's message carries
        its turn id and its own source cards; the first card's document opens."""
        message = (message or "").strip()
        chat = list(chat or [])
        turns = live_turns(chat, turns)
        if not message:
            yield chat, turns, gr.update(), gr.update()
            return
        chat = [*chat, {"role": "user", "content": message}]
        yield chat, turns, "", gr.update()
        try:
            filters = checked_years(_filters(doc_types, force_sel, y0, y1))
        except ConfigError as exc:
            chat = [*chat, {"role": "assistant", "content": f"**Filters:** {exc}"}]
            yield chat, turns, message, gr.update()
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
                    yield partial, turns, "", gr.update()
                else:
                    final = result
        except QuestionError as exc:
            chat = [*chat, {"role": "assistant", "content": f"**Could not answer:** {exc}"}]
            yield chat, turns, "", gr.update()
            return
        except InspectionQAError as exc:
            raise gr.Error(str(exc)) from exc
        assert final is not None
        turn = {**final.to_json(), "id": new_turn_id()}
        turns = [*turns, turn]
        chat = [*chat, {"role": "assistant", "content": fmt.answer_markdown(turn, turn["id"])}]
        first = fmt.cards(turn)
        opened: Any = gr.update()
        if first:
            try:
                opened = self.open_ref(f"{turn['id']}-{first[0].key}", turns)
            except gr.Error as exc:  # the answer stands; its cards say where to look
                log.warning("could not open the first source of %r: %s", message, exc)
        yield chat, turns, "", opened

    def clear(self) -> tuple[Any, ...]:
        """The conversation's Clear: no turns (so no follow-up context, cards, export or
        rating targets), an empty document view, no briefing file, no status or comment."""
        return [], fmt.EMPTY_DOC, None, "", ""

    def open_ref(self, ref: str, turns: Sequence[Turn]) -> str:
        """A card of one turn ("<turn id>-<card key>", from a card or marker click) opened in
        its document at the passage, its quotes highlighted. Unknown refs open nothing."""
        tid, _, key = (ref or "").partition("-")
        turn = next((t for t in turns if t.get("id") == tid), None)
        card = fmt.card_for(turn, key) if turn else None
        if card is None:
            return fmt.EMPTY_DOC
        try:
            info, chunks = self.service.document_text(card.passage["doc_id"])
        except QuestionError as exc:  # removed from the index since the answer
            raise gr.Error(str(exc)) from exc
        return fmt.document_html(info.to_json(), chunks, card.passage.get("chunk_id"), card.quotes)

    def open_clicked(self, turns: list[Turn], evt: gr.EventData) -> str:
        return self.open_ref(str(getattr(evt, "ref", "") or ""), turns)

    def rate(self, data: gr.LikeData, chat: Chat, turns: list[Turn]) -> str:
        """A rating is saved against the turn whose id the rated message carries (never a
        position in the chat: warnings in between, or a Clear, cannot shift it)."""
        tid = fmt.turn_of(data.value)
        if tid is None:
            idx = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
            if isinstance(idx, int) and 0 <= idx < len(chat or []):
                tid = fmt.turn_of(chat[idx].get("content"))
        turn = next((t for t in live_turns(chat, turns) if t["id"] == tid), None)
        if turn is None:
            return "Only answers can be rated."
        self.feedback.record(turn, "up" if data.liked else "down")
        return "Thanks: your rating was saved."

    def send_comment(self, comment: str, chat: Chat, turns: list[Turn]) -> tuple[str, str]:
        live = live_turns(chat, turns)
        if not live:
            return "Ask a question first.", comment
        if not comment.strip():
            return "Write a comment first.", comment
        self.feedback.record(live[-1], "comment", comment)
        return "Thanks: your comment was saved with the last answer.", ""

    def export(self, chat: Chat, turns: list[Turn], kind: str) -> str | None:
        live = live_turns(chat, turns)
        if not live:
            gr.Warning("Ask a question first: there is nothing to export.")
            return None
        stamp = time.strftime("%Y%m%d-%H%M%S")
        path = self.work / f"briefing-{stamp}-{uuid.uuid4().hex[:6]}.{kind}"
        if kind == "md":
            path.write_text(fmt.briefing_markdown(live), encoding="utf-8")
        else:
            fmt.briefing_docx(live, str(path))
        return str(path)

    # ---- the library ----------------------------------------------------------------------
    def catalogue(self) -> Catalogue:
        """The documents with their pairings, rebuilt when the index changes (an upload
        here or an ingest elsewhere)."""
        docs = [d.to_json() for d in self.service.documents()]
        key = tuple((d["doc_id"], d["chunks"], d["published"], d["title"]) for d in docs)
        with self._catalogue_lock:
            if self._catalogue is None or self._catalogue[0] != key:
                try:
                    pairs = lib.pairings(docs, self.service.ledger())
                except InspectionQAError as exc:
                    log.warning("library pairings from declared links only: %s", exc)
                    pairs = lib.pairings(docs, {})
                titles = {d["doc_id"]: d["title"] for d in docs}
                pairing = {d["doc_id"]: lib.pairing_text(d, pairs, titles) for d in docs}
                self._catalogue = (key, Catalogue(docs, pairing, {}))
            return self._catalogue[1]

    def _texts(self, doc_id: str) -> list[tuple[str, str]]:
        return [(p.chunk_id, p.text) for p in self.service.document_passages(doc_id)]

    def _matches(self, query: str) -> tuple[Catalogue, list[lib.Match]]:
        cat = self.catalogue()
        found = lib.search(cat.docs, lambda d: cat.text(d, self._texts), query or "", cat.pairing)
        return cat, found

    def search_library(self, query: str) -> tuple[pd.DataFrame, str]:
        """The catalogue table and a line saying what matched (or that nothing did)."""
        cat, found = self._matches(query)
        table = pd.DataFrame(lib.rows(found, cat.pairing), columns=lib.HEADERS)
        return table, lib.note(query or "", found, len(cat.docs))

    def library_open(self, query: str, evt: gr.SelectData) -> str:
        """A clicked row opens its document: at the passage that matched the search, the
        search words marked, else at the top."""
        cat, found = self._matches(query)
        rows = lib.rows(found, cat.pairing)
        shown = [str(x) for x in (evt.row_value or [])][:4]
        pick = next((i for i, r in enumerate(rows) if [str(x) for x in r[:4]] == shown), None)
        if pick is None:  # no row values: the position (the table as sent, unsorted)
            index = evt.index if isinstance(evt.index, (list, tuple)) else [evt.index]
            pick = int(index[0]) if index and 0 <= int(index[0]) < len(rows) else None
        if pick is None:
            return fmt.EMPTY_DOC
        match = found[pick]
        try:
            info, chunks = self.service.document_text(match.doc["doc_id"])
        except QuestionError as exc:
            raise gr.Error(str(exc)) from exc
        terms = lib.search_terms(query or "")
        return fmt.document_html(info.to_json(), chunks, match.chunk_id, terms=terms)

    def forces(self) -> list[str]:
        return sorted({d["force"] for d in self.catalogue().docs if d["force"]})

    def upload(
        self,
        files: list[str] | None,
        query: str = "",
        progress: gr.Progress = gr.Progress(),  # noqa: B008
    ) -> tuple[Any, ...]:
        """Outputs: status, library table, library note, the Ask tab's force filter, the
        Recommendations tab's force filter. Uploads are kept beside the index (they survive
        restarts); a file that fails is not kept (an earlier good copy of it is put back),
        and the status counts this upload's files only."""
        if not self.options.allow_upload:
            raise gr.Error("Uploads are turned off (start the app with --allow-upload).")
        if not files:
            return ("Choose files first.", *self._library_outputs(query))
        target = self.settings.data_root() / "uploads"
        target.mkdir(parents=True, exist_ok=True)
        written: dict[Path, bytes | None] = {}  # path -> what it held before (None: new)
        skipped: list[str] = []
        too_big: list[tuple[str, int]] = []
        for f in files:
            src = Path(f)
            if src.suffix.lower() not in FORMATS:
                skipped.append(src.name)
                continue
            size = src.stat().st_size
            if size > self.options.upload_limit_bytes:  # Gradio refuses these first; the API too
                too_big.append((src.name, size))
                continue
            dst = target / src.name
            written.setdefault(dst, dst.read_bytes() if dst.is_file() else None)
            dst.write_bytes(src.read_bytes())

        def tick(done: int, total: int, name: str) -> None:
            progress((done, total), desc=f"Ingesting {name}")

        try:
            report = (
                self.ingest(self.settings, list(written), embedder=self.service.embedder,
                            progress=tick)
                if written
                else None
            )  # fmt: skip
        except InspectionQAError as exc:
            _put_back(written)
            raise gr.Error(str(exc)) from exc
        self.service.library_changed()  # the next question sees the new documents
        failed = [] if report is None else report.failed
        failed_names = {Path(f["path"]).name for f in failed}
        _put_back({p: old for p, old in written.items() if p.name in failed_names})
        n = len(written) + len(skipped) + len(too_big)
        lines = []
        if report is not None:
            lines.append(
                f"This upload ({n} file{'s' if n != 1 else ''}): added {report.added}, "
                f"updated {report.updated}, unchanged {report.unchanged}, "
                f"failed {len(failed) + len(skipped) + len(too_big)}."
            )
        lines += [
            f'<span class="iqa-status-bad">Refused:</span> {_md_text(name)}: '
            f"{size / 1024 / 1024:.1f} MB, over the {self.options.upload_limit_mb} MB upload "
            "limit (not kept)"
            for name, size in too_big
        ]
        lines += [
            f'<span class="iqa-status-bad">Failed:</span> {_md_text(Path(f["path"]).name)}: '
            f"{_md_text(f['error'])} (not kept)"
            for f in failed
        ]
        lines += [
            f'<span class="iqa-status-bad">Skipped:</span> {_md_text(name)}: not a supported '
            f"format ({', '.join(FORMATS)})"
            for name in skipped
        ]
        return ("\n\n".join(lines), *self._library_outputs(query))

    def _library_outputs(self, query: str) -> tuple[Any, ...]:
        table, note = self.search_library(query)
        forces = self.forces()
        ledger_forces = [f for f in forces if find_forces(f, in_question=True)]
        return table, note, gr.update(choices=forces), gr.update(choices=ledger_forces)

    # ---- removing uploaded documents ------------------------------------------------------
    def uploads_dir(self) -> Path:
        return self.settings.data_root() / "uploads"

    def uploaded(self) -> list[dict[str, Any]]:
        """The documents that came in through the app's uploads (their files are in the
        uploads folder); the bundled corpus and command-line ingests are never among them."""
        root = self.uploads_dir().resolve()
        return [
            d for d in self.catalogue().docs if d.get("path") and Path(d["path"]).parent == root
        ]

    def upload_choices(self) -> Any:
        """The removal list: one entry per uploaded document, nothing selected."""
        docs = self.uploaded()
        choices = [(f"{d['title']} ({Path(d['path']).name})", d["doc_id"]) for d in docs]
        return gr.update(choices=choices, value=[])

    def confirm_remove(self, doc_ids: list[str] | None) -> tuple[Any, str, str]:
        """Outputs: the confirmation box, its question, the status. Nothing is removed
        until the question is answered."""
        picked = [d for d in self.uploaded() if d["doc_id"] in set(doc_ids or [])]
        if not picked:
            return gr.update(visible=False), "", "Choose uploaded documents to remove first."
        n = len(picked)
        names = "; ".join(f"“{_md_text(d['title'])}”" for d in picked)
        question = (
            f"**Remove {n} document{'s' if n != 1 else ''} from the index?** {names}. "
            f"{'Their' if n != 1 else 'Its'} passages will no longer be searched or cited, "
            "and the uploaded file is deleted. The bundled documents are not affected."
        )
        return gr.update(visible=True), question, ""

    def cancel_remove(self) -> tuple[Any, str]:
        return gr.update(visible=False), "Nothing removed."

    def remove_uploads(
        self,
        doc_ids: list[str] | None,
        query: str = "",
        force_now: list[str] | None = None,
        led_force_now: str | None = None,
        progress: gr.Progress = gr.Progress(),  # noqa: B008
    ) -> tuple[Any, ...]:
        """Outputs: status, library table, library note, the Ask tab's force filter, the
        Recommendations tab's force filter, the removal list, the confirmation box, the
        Library's document view.

        No deletion logic of its own: the files leave the uploads folder and the folder is
        ingested again, and the ingest removes the documents whose files are gone (their
        chunks, then their manifest records, under the writer lock; an interrupted run is
        repaired by the next). If the ingest fails, the files are put back."""
        if not self.options.allow_upload:
            raise gr.Error("Uploads are turned off (start the app with --allow-upload).")
        wanted = set(doc_ids or [])
        picked = [d for d in self.uploaded() if d["doc_id"] in wanted]
        if wanted - {d["doc_id"] for d in picked}:
            status = "Nothing removed: only uploaded documents can be removed."
        elif not picked:
            status = "Choose uploaded documents to remove first."
        else:
            status = self._remove(picked, progress)
        table, note, _, _ = self._library_outputs(query)
        forces = self.forces()
        ledger_forces = [f for f in forces if find_forces(f, in_question=True)]
        return (
            status,
            table,
            note,
            gr.update(choices=forces, value=[f for f in force_now or [] if f in forces]),
            gr.update(
                choices=ledger_forces,
                value=led_force_now if led_force_now in ledger_forces else None,
            ),
            self.upload_choices(),
            gr.update(visible=False),
            "",
        )

    def _remove(self, picked: list[dict[str, Any]], progress: gr.Progress) -> str:
        root = self.uploads_dir()
        # A dot folder (the ingest does not look inside), one per removal: two at once
        # must not put back or delete each other's files.
        hold = root / f".removing-{uuid.uuid4().hex[:8]}"
        hold.mkdir(parents=True)
        moved: list[tuple[Path, Path]] = []
        for d in picked:
            src = Path(d["path"])
            if src.exists():  # else already gone: the ingest removes its document
                src.replace(hold / src.name)
                moved.append((src, hold / src.name))
        progress(None, desc="Removing from the index")
        try:
            report = self.ingest(self.settings, [root], embedder=self.service.embedder)
            self.service.library_changed()  # the next question must not quote what was removed
        except InspectionQAError as exc:
            for src, held in moved:
                held.replace(src)
            hold.rmdir()
            raise gr.Error(f"Nothing removed: {exc}") from exc
        shutil.rmtree(hold, ignore_errors=True)
        left = {d["doc_id"] for d in self.uploaded()}
        gone = [d for d in picked if d["doc_id"] not in left]
        lines = [
            f'<span class="iqa-status-ok">Removed:</span> {_md_text(d["title"])}' for d in gone
        ]
        lines += [
            f'<span class="iqa-status-bad">Not removed:</span> {_md_text(d["title"])}'
            for d in picked
            if d["doc_id"] in left
        ]
        lines += [
            f'<span class="iqa-status-bad">Failed:</span> {_md_text(Path(f["path"]).name)}: '
            f"{_md_text(f['error'])}"
            for f in report.failed
        ]
        n = len(gone)
        return f"Removed {n} document{'s' if n != 1 else ''} from the index.\n\n" + "\n\n".join(
            lines
        )

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


def _put_back(files: dict[Path, bytes | None]) -> None:
    """Each file as it was before the upload: removed if it is new, else its old bytes."""
    for path, old in files.items():
        if old is None:
            path.unlink(missing_ok=True)
        else:
            path.write_bytes(old)


def _md_text(text: str) -> str:
    """Untrusted text (a file name, an error) shown in Markdown: escaped, not markup."""
    out = re.sub(r"([\\`*_{}\[\]#|~])", r"\\\1", text)
    return out.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
    docs = h.catalogue().docs
    forces = h.forces()
    years = sorted({d["year"] for d in docs if d["year"]})
    private: dict[str, Any] = {"api_visibility": "private"}

    with gr.Blocks(title="inspection-qa", analytics_enabled=False) as app:
        gr.Markdown(
            "## inspection-qa\nAsk about HMIC/HMICFRS inspection reports and PCC "
            "responses. Every answer quotes its sources: check them."
        )
        turns = gr.State([])
        with gr.Tab("Ask"), gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=480):
                chat = gr.Chatbot(
                    label="Conversation",
                    height="calc(100vh - 330px)",
                    min_height=380,
                    elem_id="iqa-chat",
                    feedback_options=("Like", "Dislike"),
                    # No copy button: a message holds its source cards' markup too; the
                    # briefing exports are the way to take answers out.
                    buttons=[],
                    placeholder="Ask a question, or pick an example below. Each answer "
                    "lists its sources under it: click one to open its document.",
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
                    status = gr.Markdown(elem_id="iqa-status")
                    with gr.Row():
                        md_btn = gr.Button("Export briefing (Markdown)", elem_id="iqa-export-md")
                        docx_btn = gr.Button("Export briefing (Word)", elem_id="iqa-export-docx")
                    export_file = gr.File(
                        label="Briefing", interactive=False, elem_id="iqa-export-file"
                    )
            with gr.Column(scale=2, min_width=360):
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
                docview = gr.HTML(fmt.EMPTY_DOC, elem_id="iqa-docview", js_on_load=None)
        with gr.Tab("Library"):
            lib_q = gr.Textbox(
                label="Search the documents (titles, details and full text)",
                placeholder="e.g. MASH, county lines, Kent",
                elem_id="iqa-lib-search",
            )
            first_table, first_note = h.search_library("")
            lib_note = gr.Markdown(first_note, elem_id="iqa-lib-note")
            table = gr.Dataframe(
                value=first_table,
                headers=lib.HEADERS,
                datatype=lib.DATATYPES,
                column_widths=lib.WIDTHS,
                interactive=False,
                wrap=True,
                max_height=440,
                elem_id="iqa-library",
            )
            lib_doc = gr.HTML("", elem_id="iqa-lib-doc", js_on_load=None)
            lib_q.change(
                h.search_library, lib_q, [table, lib_note], trigger_mode="always_last", **private
            )
            table.select(h.library_open, lib_q, lib_doc, **private).then(None, js=LIB_SCROLL_JS)
            if options.allow_upload:
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        files = gr.File(
                            file_count="multiple",
                            file_types=list(FORMATS),
                            label=f"Add documents (up to {options.upload_limit_mb} MB each)",
                            elem_id="iqa-upload",
                        )
                        up_btn = gr.Button("Ingest", elem_id="iqa-ingest")
                        up_status = gr.Markdown(elem_id="iqa-upload-status")
                    with gr.Column(scale=2, elem_id="iqa-remove-box"):
                        rm_sel = gr.Dropdown(
                            [],
                            multiselect=True,
                            label="Remove uploaded documents",
                            info="Only documents added here; the bundled ones stay.",
                            elem_id="iqa-remove-sel",
                        )
                        rm_btn = gr.Button("Remove from the index", elem_id="iqa-remove")
                        with gr.Column(visible=False, elem_id="iqa-remove-confirm") as rm_box:
                            rm_question = gr.Markdown(elem_id="iqa-remove-question")
                            with gr.Row():
                                rm_yes = gr.Button(
                                    "Yes, remove", variant="stop", elem_id="iqa-remove-yes"
                                )
                                rm_no = gr.Button("Cancel", elem_id="iqa-remove-no")
                        rm_status = gr.Markdown(elem_id="iqa-remove-status")

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
            led_doc = gr.HTML(elem_id="iqa-led-doc", js_on_load=None)
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
                control.change(h.ledger_table, led_inputs, led_table, **private)
            led_table.select(h.ledger_open, led_inputs, led_doc, **private).then(
                None, js=LEDGER_SCROLL_JS
            )
            led_force.change(h.grades_view, led_force, [grades_table, grades_note], **private)
            led_docx.click(
                lambda f, k, st, a, o: h.ledger_export(f, k, st, "docx", a, o),
                led_inputs,
                led_file,
                **private,
            )
            brief_btn.click(h.brief, [led_force, brief_topic], brief_file, **private)
            led_xlsx.click(
                lambda f, k, st, a, o: h.ledger_export(f, k, st, "xlsx", a, o),
                led_inputs,
                led_file,
                **private,
            )
            led_csv.click(
                lambda f, k, st, a, o: h.ledger_export(f, k, st, "csv", a, o),
                led_inputs,
                led_file,
                **private,
            )

        if options.allow_upload:
            refresh_ledger = {"fn": h.ledger_table, "inputs": led_inputs, "outputs": led_table}
            up_btn.click(
                h.upload,
                [files, lib_q],
                [up_status, table, lib_note, force_sel, led_force],
                **private,
            ).then(h.upload_choices, None, rm_sel, **private).then(**refresh_ledger, **private)
            rm_sel.change(lambda: gr.update(visible=False), None, rm_box, **private)
            rm_btn.click(h.confirm_remove, rm_sel, [rm_box, rm_question, rm_status], **private)
            rm_no.click(h.cancel_remove, None, [rm_box, rm_status], **private)
            rm_yes.click(
                h.remove_uploads,
                [rm_sel, lib_q, force_sel, led_force],
                [rm_status, table, lib_note, force_sel, led_force, rm_sel, rm_box, lib_doc],
                **private,
            ).then(**refresh_ledger, **private).then(
                # The last upload's files and counts would now mislead ("added 1").
                lambda: (None, ""),
                None,
                [files, up_status],
                **private,
            )
            app.load(h.upload_choices, None, rm_sel, **private)
        # Card and marker clicks anywhere reach the server through this invisible component.
        bridge = gr.HTML("", js_on_load=BRIDGE_JS, elem_id="iqa-bridge", elem_classes="iqa-bridge")
        bridge.click(h.open_clicked, turns, docview, **private).then(None, js=SCROLL_JS)

        inputs = [box, chat, turns, doc_types, force_sel, y0, y1]
        for trigger in (send.click, box.submit):
            trigger(h.respond, inputs, [chat, turns, box, docview], **private).then(
                None, js=SCROLL_JS
            ).then(None, js=LATEST_JS)
        chat.clear(h.clear, None, [turns, docview, export_file, status, comment], **private)
        chat.like(h.rate, [chat, turns], status, **private)
        send_comment_btn.click(h.send_comment, [comment, chat, turns], [status, comment], **private)
        md_btn.click(lambda c, t: h.export(c, t, "md"), [chat, turns], export_file, **private)
        docx_btn.click(lambda c, t: h.export(c, t, "docx"), [chat, turns], export_file, **private)
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
