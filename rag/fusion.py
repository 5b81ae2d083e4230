"""Rank fusion and result shaping. Pure functions."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Protocol, TypeVar


def rrf(
    rankings: Mapping[str, Sequence[str]], weights: Mapping[str, float], k: int = 60
) -> list[tuple[str, float]]:
    """Weighted reciprocal rank fusion: score(d) = sum_r w_r / (k + rank_r(d)), rank from 1.
    Ties keep first-seen order (the first ranking's order wins)."""
    scores: dict[str, float] = {}
    for name, ranking in rankings.items():
        w = weights.get(name, 1.0)
        if w == 0:
            continue
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + w / (k + rank)
    order = {item: i for i, item in enumerate(scores)}
    return sorted(scores.items(), key=lambda kv: (-kv[1], order[kv[0]]))


_WORDS = re.compile(r"\w+")


def shingles(text: str, n: int = 3) -> set[tuple[str, ...]]:
    words = _WORDS.findall(text.lower())
    if len(words) < n:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def jaccard(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def select(
    items: Sequence[tuple[str, str, str]], k: int, *, max_per_doc: int, near_duplicate: float = 0.8
) -> list[int]:
    """Pick up to `k` items (id, doc_id, text), best first: near-duplicates of an earlier
    pick are dropped, and no document takes more than `max_per_doc` places while others
    are waiting (diversity for questions spanning a report and its response)."""
    picked: list[int] = []
    deferred: list[int] = []
    seen: list[set[tuple[str, ...]]] = []
    per_doc: dict[str, int] = {}
    for i, (_, doc_id, text) in enumerate(items):
        sh = shingles(text)
        if any(jaccard(sh, other) >= near_duplicate for other in seen):
            continue
        if per_doc.get(doc_id, 0) >= max_per_doc:
            deferred.append(i)
            continue
        picked.append(i)
        seen.append(sh)
        per_doc[doc_id] = per_doc.get(doc_id, 0) + 1
        if len(picked) == k:
            return picked
    for i in deferred:
        if len(picked) == k:
            break
        picked.append(i)
    return sorted(picked, key=lambda i: i)


def interleave(rankings: Sequence[Sequence[tuple[str, float]]]) -> list[tuple[str, float]]:
    """Round-robin merge of ranked lists (one per entity a question compares), each item
    once, at its first place: a comparison of two forces gets passages about both near
    the top instead of one force filling the list."""
    out: list[tuple[str, float]] = []
    seen: set[str] = set()
    depth = max((len(r) for r in rankings), default=0)
    for i in range(depth):
        for ranking in rankings:
            if i < len(ranking) and ranking[i][0] not in seen:
                seen.add(ranking[i][0])
                out.append(ranking[i])
    return out


def document_bonus(
    fused: Sequence[tuple[str, float]], doc_of: Mapping[str, str], *, top: int = 2, k: int = 30
) -> dict[str, float]:
    """Document-level evidence: each document is scored by its best `top` passages (so a
    document with several good passages outranks one with a single lucky one), documents
    are ranked by that score, and each passage gets 1 / (k + its document's rank)."""
    best: dict[str, list[float]] = {}
    for cid, score in fused:
        scores = best.setdefault(doc_of.get(cid, ""), [])
        if len(scores) < top:
            scores.append(score)
    order = sorted(best, key=lambda d: -sum(best[d]))
    rank = {d: r for r, d in enumerate(order, start=1)}
    return {cid: 1.0 / (k + rank[doc_of.get(cid, "")]) for cid, _ in fused}


class _OfDocument(Protocol):
    @property
    def doc_id(self) -> str: ...


_P = TypeVar("_P", bound=_OfDocument)


def same_document(pool: Sequence[_P], rest: Sequence[_P], n: int) -> list[_P]:
    """Up to `n` passages of `rest` from the document `pool` leads with: a question about
    one report is answered from its passages, even those that rank below other documents'."""
    if not pool or n <= 0:
        return []
    lead = pool[0].doc_id
    return [p for p in rest if p.doc_id == lead][:n]
