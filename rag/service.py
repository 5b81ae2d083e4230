"""The service API that the CLI, the UI and the evaluations all use: `search()` and `ask()`.

Built once per process (model and indexes load once) and safe to call from several threads.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from rag.answer import (
    ABSTAIN_MESSAGE,
    NEAREST,
    NO_PASSAGES,
    ExtractiveAnswerer,
    list_neighbours,
    looked_up_passages,
)
from rag.answer_types import expectation_for
from rag.answerability import Answerability
from rag.catalogue import scope_problem
from rag.citations import MARKER
from rag.embedding import Embedder, embedder_for
from rag.errors import QuestionError
from rag.filters import Filters, check_values
from rag.forces import find_forces
from rag.fusion import same_document
from rag.grades import side_by_side
from rag.index import Index
from rag.ledger import build_ledger, unanswered_responses
from rag.models import AnswerResult, Citation, Passage, SearchResult
from rag.query import analyse, rewrite_follow_up
from rag.question import kind_of, split_parts
from rag.replica import Replica
from rag.retrieval import Rerank, Retriever
from rag.schema import DOC_TYPES
from rag.settings import Settings
from rag.store import FileRecord

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DocumentInfo:
    doc_id: str
    title: str
    doc_type: str
    force: str
    published: str
    year: int | None
    source: str
    source_url: str
    responds_to: str
    chunks: int
    path: str = ""  # the ingested file (the manifest's key): tells uploads from the corpus

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


class Service:
    def __init__(
        self,
        settings: Settings,
        index: Index,
        embedder: Embedder,
        steps: Sequence[Rerank] = (),
    ) -> None:
        """`steps` run after fusion, in order (a reranker plugs in here)."""
        self.settings = settings
        self.index = index
        self.embedder = embedder
        self.retriever = Retriever(settings, index, embedder, steps)
        self.extractive = ExtractiveAnswerer(
            embedder,
            max_sentences=settings.answer_max_sentences,
            threshold=settings.abstain_threshold,
            idf=lambda w: index.replica().idf(w),
            scorer=Answerability.load() if settings.answerability else None,
        )
        self._llm: Any = None
        self._llm_lock = threading.Lock()

    @classmethod
    def open(cls, settings: Settings, embedder: Embedder | None = None) -> Service:
        index = Index.open(settings, create=False, lazy=True)
        if index.empty():
            from rag.errors import IndexNotFound

            raise IndexNotFound(
                f"the index at {settings.chroma_url or settings.db} is empty: "
                "run `inspection-qa ingest` first"
            )
        embedder = embedder or embedder_for(settings)
        service = cls(settings, index, embedder)
        index.replica()  # load or build now, not on the first question
        embedder.embed(["warm up"])  # first inference initialises kernels: not per question
        return service

    # ---- questions ------------------------------------------------------------------------
    def _check(self, question: str) -> str:
        q = " ".join((question or "").split())
        if not q:
            raise QuestionError("the question is empty: type a question")
        if len(q) > self.settings.max_question_chars:
            raise QuestionError(
                f"the question is {len(q)} characters long; the limit is "
                f"{self.settings.max_question_chars}. Ask something shorter."
            )
        return q

    def library_changed(self) -> None:
        """Another writer in this process changed the library (the app's upload or removal
        ingest): the next question reads the current collection."""
        self.index.changed()

    def search(
        self,
        query: str,
        *,
        k: int | None = None,
        filters: Filters | None = None,
        history: Sequence[str] = (),
        mode: str = "hybrid",
    ) -> SearchResult:
        t0 = time.perf_counter()
        q = self._check(query)
        filters = filters or Filters()
        retrieval_q = rewrite_follow_up(q, list(history))
        got = self.retriever.retrieve(retrieval_q, k or self.settings.k, filters, mode=mode)
        timings = {**got.timings_ms, "total": _ms(t0)}
        return SearchResult(
            q,
            got.passages[: k or self.settings.k],
            timings,
            filters.describe(),
            retrieval_q if retrieval_q != q else None,
            list(dict.fromkeys(got.notices)),
        )

    def _extractive(
        self, question: str, k: int | None, filters: Filters | None, history: Sequence[str]
    ) -> tuple[AnswerResult, list[Passage], float]:
        t0 = time.perf_counter()
        q = self._check(question)
        filters = filters or Filters()
        k = k or self.settings.k
        retrieval_q = rewrite_follow_up(q, list(history))
        parts = split_parts(retrieval_q)
        if len(parts) > 1 and not self._out_of_scope(retrieval_q):
            return self._multi_part(q, parts, k, filters, t0)
        result, pool = self._answer_one(retrieval_q, k, filters)
        result.question = q
        result.rewritten = retrieval_q if retrieval_q != q else None
        return result, pool, t0

    def _out_of_scope(self, question: str) -> bool:
        """The whole question names something the library does not hold (then it is refused
        whole, not part by part: a later part alone would lose the first part's force)."""
        if not self.settings.scope_check:
            return False
        return scope_problem(question, self.index.replica().catalogue()) is not None

    def _answer_one(
        self, question: str, k: int, filters: Filters, retrieval_query: str | None = None
    ) -> tuple[AnswerResult, list[Passage]]:
        """`question` is what is answered (its kind and focus); `retrieval_query` (default:
        the question) is what is searched, e.g. a later part with the first part as context."""
        s = self.settings
        got = self.retriever.retrieve(
            retrieval_query or question, k, filters, pool=s.answer_passages
        )
        t = time.perf_counter()
        pool = got.passages[: max(k, s.answer_passages)]
        if expectation_for(kind_of(question), question) is not None:
            # A one-value question ("how many", "when", "who") is checked sentence by sentence
            # for a value of its kind about its focus, so more of the leading report's
            # passages can only find it; for a list or an account they would only compete.
            rest = got.passages[len(pool) :] + got.reserve
            pool += same_document(pool, rest[: s.answer_document_window], s.answer_same_document)
        pool = [replace(p, rank=r) for r, p in enumerate(pool, start=1)]
        replica = self.index.replica()

        def doc_chunks(doc_id: str) -> list[Passage]:
            return _document_passages(replica, doc_id)

        # What the question's form says must be read joins the pool ("rec 5", "which forces").
        named = looked_up_passages(question, pool, doc_chunks)
        pool = [replace(p, rank=r) for r, p in enumerate(named + pool, start=1)] if named else pool
        # ... and, for a list, the asked document's other passages about it (after them).
        more = list_neighbours(question, pool, doc_chunks)
        pool += [replace(p, rank=len(pool) + r) for r, p in enumerate(more, start=1)]
        extracted = self.extractive.answer(
            question,
            got.query_vector,
            pool,
            catalogue=replica.catalogue() if self.settings.scope_check else None,
            next_chunk=lambda p: _next_passage(replica, p),
            doc_chunks=doc_chunks,
        )
        pool = pool + extracted.extra_passages
        result = AnswerResult(
            question=question,
            answer=extracted.answer,
            abstained=extracted.abstained,
            citations=extracted.citations,
            passages=got.passages[:k],
            timings_ms={**got.timings_ms, "answer": _ms(t)},
            confidence=extracted.confidence,
            searched=filters.describe(),
            short_answer=extracted.short_answer,
            answer_type=extracted.kind,
            features=extracted.features,
            notices=list(dict.fromkeys(got.notices)),
        )
        if result.abstained and not result.passages:
            # Nothing to list (filters that match nothing): do not promise passages.
            result.answer = result.answer.replace(NEAREST, NO_PASSAGES)
        _include_cited(result, pool)
        return result, pool

    def _multi_part(
        self, question: str, parts: list[str], k: int, filters: Filters, t0: float
    ) -> tuple[AnswerResult, list[Passage], float]:
        """Each part answered (or refused) on its own; one answer, citations renumbered.
        Later parts carry the first part as context ('... and how many did it get?')."""
        texts: list[str] = []
        citations: list[Citation] = []
        passages: list[Passage] = []
        pool: list[Passage] = []
        summaries: list[dict[str, Any]] = []
        timings: dict[str, float] = {}
        notices: list[str] = []
        for i, part in enumerate(parts):
            searched = part if i == 0 or analyse(part).forces else f"{part} {parts[0]}"
            result, part_pool = self._answer_one(part, k, filters, retrieval_query=searched)
            offset = len(citations)
            text = MARKER.sub(
                lambda m, o=offset: (
                    "[" + ", ".join(str(int(x) + o) for x in m.group(1).split(",")) + "]"
                ),
                result.answer,
            )
            texts.append(f"{part} {text}")
            citations += [replace(c, n=c.n + offset) for c in result.citations]
            for p in result.passages:
                if all(p.chunk_id != q.chunk_id for q in passages):
                    passages.append(p)
            pool += part_pool
            notices += [n for n in result.notices if n not in notices]
            summaries.append(
                {
                    "question": part,
                    "abstained": result.abstained,
                    "short_answer": result.short_answer,
                    "answer_type": result.answer_type,
                }
            )
            for key, value in result.timings_ms.items():
                timings[key] = timings.get(key, 0.0) + value
        answered = [s for s in summaries if not s["abstained"]]
        combined = AnswerResult(
            question=question,
            answer="\n\n".join(texts),
            abstained=not answered,
            citations=citations,
            passages=passages,
            timings_ms=timings,
            confidence=0.0,
            searched=filters.describe(),
            # The first thing asked leads ("3,686" for "how many officers ... and how many
            # extra ..."): one value, verbatim from its part's quote.
            short_answer=next((a["short_answer"] for a in answered if a["short_answer"]), None),
            answer_type="multi_part",
            parts=summaries,
            notices=notices,
        )
        _include_cited(combined, pool)
        return combined, pool, t0

    def ask(
        self,
        question: str,
        *,
        k: int | None = None,
        filters: Filters | None = None,
        history: Sequence[str] = (),
    ) -> AnswerResult:
        result, pool, t0 = self._extractive(question, k, filters, history)
        if self.settings.llm.enabled and not result.abstained:
            result = self.llm().improve(result, pool)
        result.timings_ms["total"] = _ms(t0)
        return result

    def ask_stream(
        self,
        question: str,
        *,
        k: int | None = None,
        filters: Filters | None = None,
        history: Sequence[str] = (),
    ) -> Iterator[AnswerResult]:
        """Partial results while an LLM answer streams (mode "streaming", no citations yet),
        then the checked final result. Without an LLM: the extractive answer, once."""
        result, pool, t0 = self._extractive(question, k, filters, history)
        if not self.settings.llm.enabled or result.abstained:
            result.timings_ms["total"] = _ms(t0)
            yield result
            return
        from rag.errors import BackendUnavailable

        llm = self.llm()
        text = ""
        try:
            for token in llm.stream(result.question, pool):
                text += token
                yield replace(result, answer=text, citations=[], mode="streaming")
            final = llm.check(result, pool, text)
        except BackendUnavailable as exc:
            final = replace(
                result, mode="extractive_fallback", notice=f"{exc}; showing the extractive answer."
            )
        final.timings_ms["total"] = _ms(t0)
        yield final

    def llm(self) -> Any:
        """The LLM answerer (built on first use)."""
        with self._llm_lock:
            if self._llm is None:
                from rag.llm import LLMAnswerer

                self._llm = LLMAnswerer(self.settings.llm, self.embedder)
            return self._llm

    def check_filters(self, filters: Filters) -> Filters:
        """`filters` if every value is one the library holds; else a ConfigError naming the
        bad value and the valid ones."""
        if filters.empty:
            return filters
        columns = self.index.replica().columns()
        held = {key: [v for v in columns[key][1] if v] for key in ("doc_type", "force", "doc_id")}
        held["doc_type"] = sorted(set(held["doc_type"]) | set(DOC_TYPES))
        return check_values(filters, held)

    # ---- the recommendations ledger ------------------------------------------------------
    def ledger(self, *, report: str | None = None, force: str | None = None) -> dict[str, Any]:
        """The ledger as the contract's JSON (`recommendations`), optionally one report or
        one force's reports. An unknown report or force is refused with the valid ones."""
        replica = self.index.replica()
        entries = build_ledger(replica.ids, replica.texts, replica.metas, date.today())
        if report:
            ids = [e.doc_id for e in entries]
            if report not in ids:
                raise QuestionError(
                    f"no inspection or thematic report with id {report!r} in the library; "
                    f"reports: {', '.join(ids)}"
                )
            entries = [e for e in entries if e.doc_id == report]
        if force:
            held = replica.catalogue().forces
            named = find_forces(force, in_question=True)
            match = named[0] if named else force
            if match not in held:
                raise QuestionError(
                    f"force {force!r} is not in the library; forces: {', '.join(held)}"
                )
            entries = [
                e for e in entries if e.force == match or any(r.force == match for r in e.responses)
            ]
        return {
            "reports": [e.to_json() for e in entries],
            "peel_grades": side_by_side([(e.force, e.round, e.grades) for e in entries]),
            "responses_to_reports_not_held": unanswered_responses(
                replica.ids, replica.texts, replica.metas
            ),
        }

    def passage(self, chunk_id: str) -> Passage | None:
        """One stored chunk as a passage (its document, section and page), or None."""
        replica = self.index.replica()
        row = replica.row(chunk_id)
        if row is None:
            return None
        return Passage.from_chunk(
            replica.ids[row], replica.texts[row], replica.metas[row], rank=1, score=0.0
        )

    def document_passages(self, doc_id: str) -> list[Passage]:
        """A document's chunks in reading order, as passages (empty for an unknown id)."""
        return _document_passages(self.index.replica(), doc_id)

    # ---- library --------------------------------------------------------------------------
    def documents(self) -> list[DocumentInfo]:
        docs = [_document_info(rec) for rec in self.index.store.file_records().values()]
        return sorted(docs, key=lambda d: (d.published, d.title), reverse=True)

    def document_text(self, doc_id: str) -> tuple[DocumentInfo, list[tuple[str, str]]]:
        """A document's chunks in order as (chunk_id, text)."""
        for rec in self.index.store.file_records().values():
            if rec.doc_id == doc_id:
                chunks = self.index.store.get(list(rec.chunk_ids))
                return _document_info(rec), [(c.id, c.text) for c in chunks]
        raise QuestionError(f"no document with id {doc_id!r} in the index")


def _document_info(rec: FileRecord) -> DocumentInfo:
    m = rec.meta
    return DocumentInfo(
        doc_id=rec.doc_id,
        title=str(m.get("title", "")),
        doc_type=str(m.get("doc_type", "")),
        force=str(m.get("force", "")),
        published=str(m.get("published", "")),
        year=m.get("year"),
        source=str(m.get("source", "")),
        source_url=str(m.get("source_url", "")),
        responds_to=str(m.get("responds_to", "")),
        chunks=len(rec.chunk_ids),
        path=rec.path,
    )


def _include_cited(result: AnswerResult, pool: Sequence[Any]) -> None:
    """Every cited chunk must be among `passages` (the contract): add any cited passage
    that fell outside the top k."""
    have = {p.chunk_id for p in result.passages}
    for c in result.citations:
        if c.chunk_id not in have:
            extra = next(p for p in pool if p.chunk_id == c.chunk_id)
            result.passages.append(extra)
            have.add(c.chunk_id)


def _document_passages(replica: Replica, doc_id: str) -> list[Passage]:
    return [
        Passage.from_chunk(replica.ids[i], replica.texts[i], replica.metas[i], rank=99, score=0.0)
        for i in replica.document_rows(doc_id)
    ]


def _next_passage(replica: Replica, p: Passage) -> Passage | None:
    found = replica.next_chunk(p.chunk_id)
    if found is None:
        return None
    cid, text, meta = found
    return Passage.from_chunk(cid, text, meta, rank=p.rank, score=0.0)


def _ms(t: float) -> float:
    return round((time.perf_counter() - t) * 1000, 3)


__all__ = ["ABSTAIN_MESSAGE", "DocumentInfo", "Service"]
