"""Hybrid retrieval: dense (Chroma, cosine) and lexical (BM25) fused by weighted reciprocal
rank fusion, boosted by what the question says (force, year, document kind), then
de-duplicated and diversified across documents."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

import numpy as np

from rag.catalogue import branded, without_names
from rag.embedding import Embedder
from rag.filters import Filters
from rag.fusion import document_bonus, interleave, rrf, select
from rag.index import Index
from rag.models import Passage
from rag.query import Intent, analyse, boost, entity_queries, expand, expand_terms
from rag.question import focus_query
from rag.replica import Replica
from rag.settings import Settings
from rag.store import Hit, Metadata
from rag.tokens import tokenize

log = logging.getLogger(__name__)


DENSE_FALLBACK = (
    "The vector store did not answer: passages were ranked from the local copy of the index."
)
DENSE_UNAVAILABLE = (
    "The vector store did not answer: passages were ranked by their words alone, without "
    "meaning-based search."
)


@dataclass
class Retrieved:
    passages: list[Passage]
    query_vector: np.ndarray | None
    timings_ms: dict[str, float]
    notices: list[str] = field(default_factory=list)  # fallbacks the results came through
    # The next fused ranks that diversity left out, best first (for the answerer to draw on).
    reserve: list[Passage] = field(default_factory=list)


class Rerank(Protocol):
    """A step after fusion: the query and the ranked passages in, passages out (a reranker,
    a filter, a re-scorer). Steps run in order; each sees the previous one's output."""

    def __call__(self, query: str, passages: list[Passage]) -> list[Passage]: ...


class Retriever:
    def __init__(
        self,
        settings: Settings,
        index: Index,
        embedder: Embedder,
        steps: Sequence[Rerank] = (),
    ) -> None:
        self.settings = settings
        self.index = index
        self.embedder = embedder
        self.steps = list(steps)

    def _dense(self, qv: np.ndarray, filters: Filters) -> tuple[list[Hit], list[str]]:
        """Ranked on the local mirror's vectors when it has them: exactly (one matrix product)
        up to `exact_search_max_chunks`, through its IVF index above (rag.ivf: milliseconds
        at 1M chunks, where exact takes ~140 ms and a Chroma HNSW build an hour). Filters
        are applied on the mirror's metadata first: Chroma `where` filters are slow on large
        collections (measured: ~10x an unfiltered query at 100k chunks). Chroma's HNSW
        answers when the mirror has no vectors, or above the crossover with `ivf_nprobe` 0."""
        s = self.settings
        n = s.candidates
        lexical = self.index.replica()
        mask = lexical.mask(filters)
        notices: list[str] = []
        if (
            mask is None
            and lexical.vectors is not None
            and len(lexical) <= s.exact_search_max_chunks
        ):
            # Below the measured crossover one matrix product beats the HNSW call, exactly.
            return self._hits(lexical, lexical.nearest(qv, None, n)), notices
        if (
            lexical.vectors is not None
            and s.ivf_nprobe > 0
            and len(lexical) > s.exact_search_max_chunks
        ):
            found = lexical.approximate(qv, mask, n, nprobe=s.ivf_nprobe, lists=s.ivf_lists)
            return self._hits(lexical, found), notices
        if lexical.vectors is None:
            # A lean mirror (no vectors kept locally): Chroma ranks, filtered by `where`.
            # When it does not answer, the words alone rank rather than failing the question.
            try:
                if mask is None:
                    return self.index.store.query(qv, min(n, max(1, len(lexical)))), notices
                return self.index.store.query(qv, n, where=filters.to_where()), notices
            except Exception as exc:  # chromadb raises InternalError, connection errors, ...
                log.warning("dense query failed (%s); ranking by words alone", exc)
                return [], [DENSE_UNAVAILABLE]
        if mask is None:
            try:
                return self.index.store.query(qv, min(n, max(1, len(lexical)))), notices
            except Exception as exc:  # chromadb raises InternalError and friends
                # Local Chroma read while another process writes can fail ("Error finding
                # id"); the mirror's vectors answer exactly instead of failing the question.
                log.warning("dense query failed (%s); using the local mirror", exc)
                notices.append(DENSE_FALLBACK)
                mask = np.ones(len(lexical), dtype=bool)
        return self._hits(lexical, lexical.nearest(qv, mask, n)), notices

    @staticmethod
    def _hits(lexical: Replica, found: list[tuple[int, float]]) -> list[Hit]:
        return [Hit(lexical.ids[i], lexical.texts[i], lexical.metas[i], d) for i, d in found]

    def _fuse(
        self,
        rankings: dict[str, list[str]],
        weights: dict[str, float],
        intent: Intent,
        found: dict[str, tuple[str, Metadata]],
    ) -> list[tuple[str, float]]:
        """Weighted RRF of the rankings, plus the question's metadata cues (force, years) and
        the passage's document-level evidence."""
        s = self.settings
        fused = rrf(rankings, weights, s.rrf_k)
        if not intent.empty and s.metadata_boost:
            unit = s.metadata_boost / (s.rrf_k + 1)
            fused = [(cid, score + unit * boost(found[cid][1], intent)) for cid, score in fused]
        if s.document_weight:
            doc_of = {cid: str(found[cid][1].get("doc_id", "")) for cid, _ in fused}
            bonus = document_bonus(sorted(fused, key=lambda kv: -kv[1]), doc_of, k=s.rrf_k)
            w = s.document_weight
            fused = [(cid, score + w * bonus[cid]) for cid, score in fused]
        return sorted(fused, key=lambda kv: -kv[1])

    def retrieve(
        self, query: str, k: int, filters: Filters, *, mode: str = "hybrid", pool: int | None = None
    ) -> Retrieved:
        """Top `k` passages (or `pool` candidates, for answering, when larger)."""
        s = self.settings
        timings: dict[str, float] = {}
        intent = analyse(query)
        meant = query
        if not s.title_boost:
            intent = replace(intent, title_terms=())
        else:
            # "after Far from help": the report named by its own name, and its responses
            named = branded(query, self.index.replica().catalogue())
            words = [w for d in named for b in d.brands for w in b.split() if tokenize(w)]
            if words:
                terms = tuple(dict.fromkeys([*intent.title_terms, *words]))
                intent = replace(intent, title_terms=terms)
                # The report's name says which document, not what about: its meaning is
                # searched by the rest ("What's the commissioner committed to after Far
                # from help?" would find the page's links to the report by its name); its
                # words still find the document's passages by name.
                meant = without_names(query, [b for d in named for b in d.brands])
        found: dict[str, tuple[str, Metadata]] = {}
        rankings: dict[str, list[str]] = {}
        qv: np.ndarray | None = None
        notices: list[str] = []

        if mode in ("hybrid", "dense"):
            t = time.perf_counter()
            qv = self.embedder.embed([meant])[0]
            timings["embed"] = _ms(t)
            t = time.perf_counter()
            hits, notices = self._dense(qv, filters)
            timings["dense"] = _ms(t)
            rankings["dense"] = [h.id for h in hits]
            for h in hits:
                found[h.id] = (h.text, h.metadata)
        subqueries = entity_queries(query, intent) if s.per_entity else []
        lexical_rankings: list[list[str]] = []
        if mode in ("hybrid", "lexical"):
            t = time.perf_counter()
            lexical = self.index.replica()
            terms = expand_terms if s.phrase_expansion else (lambda q: q)
            texts = [expand(terms(query), intent)] + [expand(terms(q), i) for q, i in subqueries]
            for text in texts:
                top = lexical.top(text, s.candidates, filters)
                lexical_rankings.append([lexical.ids[i] for i, _ in top])
                for i, _ in top:
                    found.setdefault(lexical.ids[i], (lexical.texts[i], lexical.metas[i]))
            rankings["lexical"] = lexical_rankings[0]
            if s.focus_weight and mode == "hybrid":
                focus = focus_query(terms(expand(query, intent)))
                if focus and tokenize(focus) != tokenize(query):
                    # Within the documents of the forces the question names: the focus words
                    # pick a passage of those documents, not any document's passage.
                    within = filters
                    if intent.forces and not filters.force:
                        within = replace(filters, force=frozenset(intent.forces))
                    top = lexical.top(focus, s.candidates, within)
                    rankings["focus"] = [lexical.ids[i] for i, _ in top]
                    for i, _ in top:
                        found.setdefault(lexical.ids[i], (lexical.texts[i], lexical.metas[i]))
            timings["lexical"] = _ms(t)

        t = time.perf_counter()
        weights = {"dense": s.dense_weight, "lexical": s.lexical_weight, "focus": s.focus_weight}
        if mode != "hybrid":
            weights = {mode: 1.0}
        fused = self._fuse(rankings, weights, intent, found)
        if len(lexical_rankings) > 1:
            # A comparison: each entity's own ranking, interleaved.
            per_entity = []
            for n, (_, sub) in enumerate(subqueries, start=1):
                sub_rankings = dict(rankings)
                if len(lexical_rankings) > n:
                    sub_rankings["lexical"] = lexical_rankings[n]
                per_entity.append(self._fuse(sub_rankings, weights, sub, found))
            fused = interleave(per_entity)
        want = max(k, pool or 0)
        items = [
            (cid, str(found[cid][1].get("doc_id", "")), found[cid][0])
            for cid, _ in fused[: want * 4]
        ]
        max_per_doc = max(2, math.ceil(want * s.document_share))
        picked = select(items, want, max_per_doc=max_per_doc)
        scores = dict(fused)
        passages = [
            Passage.from_chunk(
                items[i][0],
                found[items[i][0]][0],
                found[items[i][0]][1],
                rank=r,
                score=scores[items[i][0]],
            )
            for r, i in enumerate(picked, start=1)
        ]
        taken = set(picked)
        reserve = [
            Passage.from_chunk(
                cid, found[cid][0], found[cid][1], rank=len(passages) + r, score=scores[cid]
            )
            for r, (cid, _, _) in enumerate(
                (x for i, x in enumerate(items) if i not in taken), start=1
            )
        ]
        timings["fuse"] = _ms(t)
        if self.steps:
            t = time.perf_counter()
            for step in self.steps:
                passages = step(query, passages)
            passages = [replace(p, rank=r) for r, p in enumerate(passages, start=1)]
            timings["steps"] = _ms(t)
        if self.index.stale:
            notices.append(self.index.stale)
        return Retrieved(passages, qv, timings, notices, reserve)


def _ms(t: float) -> float:
    return round((time.perf_counter() - t) * 1000, 3)
