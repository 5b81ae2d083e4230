"""Citation rules, as pure functions: parsing `[n]` markers, checking an answer against the
contract, and deciding whether a passage supports a sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag.models import Citation, Passage
from rag.tokens import tokenize

MARKER = re.compile(r"\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]")


def markers(text: str) -> list[int]:
    """Every citation number in `text`, in order ('[1]', '[2, 3]')."""
    out: list[int] = []
    for m in MARKER.finditer(text):
        out.extend(int(x) for x in m.group(1).split(","))
    return out


def contract_problems(
    answer: str, citations: Sequence[Citation], passages: Sequence[Passage]
) -> list[str]:
    """What breaks the contract's citation rules (README, "The interface") (empty list: none)."""
    problems: list[str] = []
    by_n = {c.n: c for c in citations}
    texts = {p.chunk_id: p.text for p in passages}
    for n in markers(answer):
        if n not in by_n:
            problems.append(f"marker [{n}] has no citation")
    for c in citations:
        if c.chunk_id not in texts:
            problems.append(f"citation {c.n} cites {c.chunk_id}, which is not in passages")
        elif c.quote not in texts[c.chunk_id]:
            problems.append(f"citation {c.n}'s quote is not in its passage")
        if not c.quote.strip():
            problems.append(f"citation {c.n} has an empty quote")
    return problems


def split_cited(text: str) -> list[tuple[str, list[int]]]:
    """Sentences of a generated answer with the citation numbers each carries."""
    parts = re.split(r"(?<=[.!?\]])\s+(?=[A-Z0-9\"“(])", text.strip())
    out: list[tuple[str, list[int]]] = []
    for part in parts:
        part = part.strip()
        if not part:
            continue
        nums = markers(part)
        sentence = MARKER.sub("", part).strip()
        sentence = re.sub(r"\s+([.,;:!?])", r"\1", sentence)
        if sentence:
            out.append((sentence, nums))
    return out


def lexical_support(sentence: str, passage_text: str) -> float:
    """Share of the sentence's content words (stemmed) found in the passage (0..1)."""
    words = set(tokenize(sentence))
    if not words:
        return 0.0
    return len(words & set(tokenize(passage_text))) / len(words)


def numbers_supported(sentence: str, passage_text: str) -> bool:
    """Every number in the sentence appears in the passage: invented figures are the most
    damaging unsupported claim."""
    nums = set(re.findall(r"\d+(?:[.,]\d+)*%?", sentence))
    found = set(re.findall(r"\d+(?:[.,]\d+)*%?", passage_text))
    return nums <= found
