"""What the service returns: passages, citations, answers (JSON shapes: the contract, README)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from rag.schema import ChunkMeta, Metadata


@dataclass(frozen=True)
class Passage:
    rank: int
    chunk_id: str
    doc_id: str
    title: str
    doc_type: str
    force: str | None
    published: str | None
    source: str
    page: int | None
    section: str | None
    text: str
    score: float
    source_url: str | None = None
    responds_to: str | None = None
    year: int | None = None
    people: str | None = None  # the page's owner named only in its furniture

    @classmethod
    def from_chunk(
        cls, chunk_id: str, text: str, meta: Metadata, rank: int, score: float
    ) -> Passage:
        m = ChunkMeta.from_chroma(meta)
        return cls(
            rank=rank,
            chunk_id=chunk_id,
            doc_id=m.doc_id,
            title=m.title,
            doc_type=m.doc_type,
            force=m.force or None,
            published=m.published or None,
            source=m.source,
            page=m.page,
            section=m.section or None,
            text=text,
            score=round(float(score), 6),
            source_url=m.source_url or None,
            responds_to=m.responds_to or None,
            year=m.year,
            people=m.people or None,
        )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Citation:
    n: int
    chunk_id: str
    doc_id: str
    title: str
    source: str
    page: int | None
    section: str | None
    quote: str
    doc_type: str = ""
    force: str | None = None
    published: str | None = None
    source_url: str | None = None

    @classmethod
    def from_passage(cls, n: int, p: Passage, quote: str) -> Citation:
        """A citation of `quote`, which must be an exact substring of `p.text`."""
        return cls(
            n=n,
            chunk_id=p.chunk_id,
            doc_id=p.doc_id,
            title=p.title,
            source=p.source,
            page=p.page,
            section=p.section,
            quote=quote,
            doc_type=p.doc_type,
            force=p.force,
            published=p.published,
            source_url=p.source_url,
        )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class SearchResult:
    query: str
    passages: list[Passage]
    timings_ms: dict[str, float]
    searched: str = "all documents"
    rewritten: str | None = None
    notices: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "query": self.query,
            "results": [p.to_json() for p in self.passages],
            "timings_ms": self.timings_ms,
            "searched": self.searched,
            "notices": list(self.notices),
        }
        if self.rewritten:
            out["rewritten_query"] = self.rewritten
        return out


@dataclass
class AnswerResult:
    question: str
    answer: str
    abstained: bool
    citations: list[Citation]
    passages: list[Passage]
    timings_ms: dict[str, float]
    confidence: float = 0.0
    mode: str = "extractive"  # extractive | llm | extractive_fallback
    notice: str | None = None
    searched: str = "all documents"
    rewritten: str | None = None
    short_answer: str | None = None
    answer_type: str = "description"
    parts: list[dict[str, Any]] = field(default_factory=list)  # multi-part questions
    # Fallbacks the answer came through (a stale local copy, the vector store down).
    notices: list[str] = field(default_factory=list)
    # The answerability features behind `confidence` (for fitting and reports; not in JSON).
    features: dict[str, float] = field(default_factory=dict, repr=False)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "question": self.question,
            "answer": self.answer,
            "short_answer": self.short_answer,
            "answer_type": self.answer_type,
            "abstained": self.abstained,
            "citations": [c.to_json() for c in self.citations],
            "passages": [p.to_json() for p in self.passages],
            "timings_ms": self.timings_ms,
            "confidence": round(self.confidence, 4),
            "mode": self.mode,
            "searched": self.searched,
            "notices": list(self.notices),
        }
        notice = " ".join([self.notice or "", *self.notices]).strip()
        if notice:
            out["notice"] = notice
        if self.rewritten:
            out["rewritten_question"] = self.rewritten
        if self.parts:
            out["parts"] = self.parts
        return out
