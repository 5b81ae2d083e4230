"""Evaluation metrics, as pure functions (the hit rule: README, "The interface")."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from rag.schema import NUMBER_WORDS

_WORD = re.compile(r"\w+")


def _collapse(text: str) -> str:
    return " ".join(text.split()).lower()


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def hits(passage: str, evidence: str, min_share: float = 0.6) -> bool:
    """A passage hits when it contains the evidence (case-insensitive, whitespace collapsed),
    or a contiguous run of at least 60% of the evidence's words appears contiguously in it."""
    if not evidence.strip():
        return False
    if _collapse(evidence) in _collapse(passage):
        return True
    ev = _words(evidence)
    if not ev:
        return False
    need = math.ceil(min_share * len(ev))
    pw = _words(passage)
    if need > len(pw):
        return False
    # Longest common contiguous run of words (dynamic programming, O(len(ev) * len(pw))).
    best = 0
    prev = [0] * (len(pw) + 1)
    for i in range(1, len(ev) + 1):
        cur = [0] * (len(pw) + 1)
        e = ev[i - 1]
        for j in range(1, len(pw) + 1):
            if e == pw[j - 1]:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best = cur[j]
                    if best >= need:
                        return True
        prev = cur
    return best >= need


def first_hit_rank(passages: Sequence[str], evidence: str) -> int | None:
    """1-based rank of the first passage that hits, or None."""
    for rank, text in enumerate(passages, start=1):
        if hits(text, evidence):
            return rank
    return None


def hit_at(rank: int | None, k: int) -> float:
    return 1.0 if rank is not None and rank <= k else 0.0


def reciprocal_rank(rank: int | None, k: int = 10) -> float:
    return 1.0 / rank if rank is not None and rank <= k else 0.0


def ndcg(relevant: Sequence[bool], k: int = 10) -> float:
    """Binary-gain nDCG@k; the ideal ranking puts the relevant passages found first."""
    rel = list(relevant[:k])
    dcg = sum(1.0 / math.log2(i + 2) for i, r in enumerate(rel) if r)
    n_rel = sum(rel)
    if n_rel == 0:
        return 0.0
    idcg = sum(1.0 / math.log2(i + 2) for i in range(n_rel))
    return dcg / idcg


def doc_recall(retrieved_doc_ids: Sequence[str], gold: Sequence[str], k: int) -> float:
    """1 when every gold document is among the first k passages' documents."""
    if not gold:
        return 0.0
    top = set(retrieved_doc_ids[:k])
    return 1.0 if all(g in top for g in gold) else 0.0


def token_f1(prediction: str, gold: str) -> float:
    p, g = _words(prediction), _words(gold)
    if not p or not g:
        return 0.0
    common = sum((Counter(p) & Counter(g)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


# Number words as digits ("four" = "4") for the key-number metric.
_NUMBER_WORDS = {
    w: str(v) for w, v in NUMBER_WORDS.items() if v <= 20 and w.isalpha() and w != "no"
}


def numbers(text: str) -> set[str]:
    found = {n.replace(",", "") for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}
    found |= {_NUMBER_WORDS[w] for w in _words(text) if w in _NUMBER_WORDS}
    return found


def key_number_match(prediction: str, gold: str) -> float | None:
    """Share of the gold answer's numbers present in the prediction (None: gold has none)."""
    g = numbers(gold)
    if not g:
        return None
    return len(g & numbers(prediction)) / len(g)


def precision_recall(predicted: Sequence[bool], actual: Sequence[bool]) -> tuple[float, float]:
    tp = sum(p and a for p, a in zip(predicted, actual, strict=True))
    fp = sum(p and not a for p, a in zip(predicted, actual, strict=True))
    fn = sum(a and not p for p, a in zip(predicted, actual, strict=True))
    precision = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall


def percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return 0.0
    s = sorted(values)
    pos = (len(s) - 1) * q
    lo, hi = math.floor(pos), math.ceil(pos)
    return s[lo] + (s[hi] - s[lo]) * (pos - lo)


def _norm_phrase(text: str) -> str:
    # A decimal point stays inside its number ("2.9"); a full stop after a word does not.
    words = re.findall(r"[\w£%]+(?:\.\d+)*", text.lower().replace("’", "'"))
    return " ".join(_NUMBER_WORDS.get(w, w) for w in words)


def completeness(answer: str, must_include: Sequence[str]) -> float:
    """Share of the key phrases a complete answer contains that this answer does
    (case, spacing and number words vs digits ignored)."""
    if not must_include:
        return 1.0
    have = f" {_norm_phrase(answer)} "
    return sum(f" {_norm_phrase(p)} " in have for p in must_include) / len(must_include)


def short_answer_match(predicted: str | None, gold: str) -> bool:
    """The direct answer equals the gold one (normalised), or one contains the other when
    both give the same numbers ("four" = "4", "£2.3 million" = "£2.3m" is not)."""
    if not predicted:
        return False
    p, g = _norm_phrase(predicted), _norm_phrase(gold)
    if p == g:
        return True
    if numbers(predicted) and numbers(predicted) == numbers(gold):
        return True
    return bool(p) and (p in g or g in p) and len(min(p, g, key=len)) >= 4


def reliability(confidences: Sequence[float], labels: Sequence[bool], bins: int = 10) -> dict:
    """Calibration: per confidence bin, how many questions and the share that were
    answerable (what the answerability score predicts)."""
    rows = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [
            lab
            for c, lab in zip(confidences, labels, strict=True)
            if lo <= c < hi or (b == bins - 1 and c == 1.0)
        ]
        if inside:
            rows.append(
                {
                    "lo": lo,
                    "hi": hi,
                    "n": len(inside),
                    "answerable": round(sum(inside) / len(inside), 4),
                }
            )
    return {"bins": rows}
