"""What the service returns: passages, citations, answers. JSON shapes follow CONTRACT.md."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from rag.store import Metadata


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

    @classmethod
    def from_chunk(
        cls, chunk_id: str, text: str, meta: Metadata, rank: int, score: float
    ) -> Passage:
        def opt_str(key: str) -> str | None:
            value = meta.get(key)
            return str(value) if value not in (None, "") else None

        page = meta.get("page")
        year = meta.get("year")
        return cls(
            rank=rank,
            chunk_id=chunk_id,
            doc_id=str(meta.get("doc_id", "")),
            title=str(meta.get("title", "")),
            doc_type=str(meta.get("doc_type", "other")),
            force=opt_str("force"),
            published=opt_str("published"),
            source=str(meta.get("source") or meta.get("path") or ""),
            page=int(page) if isinstance(page, int) else None,
            section=opt_str("section"),
            text=text,
            score=round(float(score), 6),
            source_url=opt_str("source_url"),
            responds_to=opt_str("responds_to"),
            year=int(year) if isinstance(year, int) else None,
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

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "query": self.query,
            "results": [p.to_json() for p in self.passages],
            "timings_ms": self.timings_ms,
            "searched": self.searched,
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
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "question": self.question,
            "answer": self.answer,
            "abstained": self.abstained,
            "citations": [c.to_json() for c in self.citations],
            "passages": [p.to_json() for p in self.passages],
            "timings_ms": self.timings_ms,
            "confidence": round(self.confidence, 4),
            "mode": self.mode,
            "searched": self.searched,
        }
        if self.notice:
            out["notice"] = self.notice
        if self.rewritten:
            out["rewritten_question"] = self.rewritten
        return out
