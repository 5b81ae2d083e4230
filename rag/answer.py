"""The extractive answerer: the answer is made of the passages' own sentences, each cited,
so it can never say what the sources don't. Abstains when the best evidence is weak.

Scoring and selection are pure functions over precomputed vectors; `ExtractiveAnswerer`
wires in the embedder.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from ingest.text_utils import sentence_spans
from rag.anchors import as_written, missing_anchors
from rag.answer_types import Expectation, expected_answer, gives
from rag.embedding import Embedder
from rag.fusion import jaccard, shingles
from rag.lexical import tokenize
from rag.models import Citation, Passage


def abstain_message(reason: str) -> str:
    """What an abstention says: that the documents don't, why, and where to look."""
    return f"The documents don't say. {reason}; the nearest passages are listed for you to check."


ABSTAIN_MESSAGE = abstain_message(
    "None of the passages found answers this question closely enough to quote"
)
# A sentence of the wrong kind (no number for "how many") must beat a right-kind one by this
# much to be chosen; if it still wins, the answerer abstains.
WRONG_KIND_PENALTY = 0.3
MIN_WORDS = 4
_LABELS = re.compile(r"(?:^|\s)[A-Z][\w ]{1,30}:\s")


@dataclass(frozen=True)
class Sentence:
    passage: int  # index into the passages list
    start: int
    end: int
    text: str


def candidate_sentences(passages: Sequence[Passage]) -> list[Sentence]:
    out: list[Sentence] = []
    for pi, p in enumerate(passages):
        for s, e in sentence_spans(p.text):
            text = p.text[s:e]
            n_words = len(text.split())
            # Headings, signatures and labels ("Jane Doe Police and Crime Commissioner")
            # are not answers: short lines without a full stop are skipped.
            if len(_LABELS.findall(text)) >= 2:
                continue  # a metadata line ("Published: ... Inspector: ..."), not prose
            ends = text.rstrip()[-1:] in '.!?:;"”)'
            # Titles and headings (no full stop) only count when long enough to say
            # something, or when they read as prose ("... and makes six recommendations").
            if n_words >= MIN_WORDS and (ends or n_words >= 14 or _prose(text)):
                out.append(Sentence(pi, s, e, text))
    return out


def _prose(text: str) -> bool:
    """An unpunctuated line that reads as a sentence, not a title: mostly lower-case words
    ("Engage (enhanced monitoring) since 14 October 2022" after its label counts too)."""
    body = _LABELS.sub(" ", text)
    words = [w for w in body.split() if w[:1].isalpha()]
    if len(words) < 5:
        return False
    return sum(w[0].islower() for w in words) / len(words) >= 0.6


def score_sentences(
    question: str,
    q_vec: np.ndarray,
    sentences: Sequence[Sentence],
    s_vecs: np.ndarray,
    passage_ranks: Sequence[int],
) -> np.ndarray:
    """0.55 x cosine + 0.45 x share of the question's content words present, plus a small
    prior for higher-ranked passages."""
    if not sentences:
        return np.zeros(0, dtype=np.float32)
    q_words = set(tokenize(question))
    cos = s_vecs @ q_vec
    overlap = np.array(
        [
            len(q_words & set(tokenize(s.text))) / len(q_words) if q_words else 0.0
            for s in sentences
        ],
        dtype=np.float32,
    )
    prior = np.array([0.04 / passage_ranks[s.passage] for s in sentences], dtype=np.float32)
    return (0.55 * cos + 0.45 * overlap + prior).astype(np.float32)


def choose(
    sentences: Sequence[Sentence],
    scores: np.ndarray,
    *,
    max_sentences: int,
    margin: float = 0.12,
    near_duplicate: float = 0.6,
) -> list[int]:
    """The best sentence, plus others within `margin` of it, without repeats: the best
    first, the others in reading order (passage rank, then position)."""
    if not len(scores):
        return []
    order = np.argsort(-scores, kind="stable")
    best = float(scores[order[0]])
    chosen: list[int] = []
    seen: list[set[tuple[str, ...]]] = []
    for i in order:
        if len(chosen) >= max_sentences or float(scores[i]) < best - margin:
            break
        sh = shingles(sentences[i].text, 2)
        if any(jaccard(sh, other) >= near_duplicate for other in seen):
            continue
        chosen.append(int(i))
        seen.append(sh)
    # The best sentence leads (it answers the question); the rest follow in reading order.
    rest = sorted(chosen[1:], key=lambda i: (sentences[i].passage, sentences[i].start))
    return chosen[:1] + rest


def compose(
    sentences: Sequence[Sentence], chosen: Sequence[int], passages: Sequence[Passage]
) -> tuple[str, list[Citation]]:
    """Answer text with [n] after each quoted span; adjacent sentences of one passage share
    one citation (their quote spans both)."""
    groups: list[tuple[int, int, int]] = []  # passage, start, end
    for i in chosen:
        s = sentences[i]
        if (
            groups
            and groups[-1][0] == s.passage
            and _adjacent(passages[s.passage].text, groups[-1][2], s.start)
        ):
            groups[-1] = (s.passage, groups[-1][1], s.end)
        else:
            groups.append((s.passage, s.start, s.end))
    parts: list[str] = []
    citations: list[Citation] = []
    for n, (pi, start, end) in enumerate(groups, start=1):
        p = passages[pi]
        quote = p.text[start:end]
        parts.append(f"{' '.join(quote.split())} [{n}]")
        citations.append(Citation.from_passage(n, p, quote))
    return " ".join(parts), citations


def _adjacent(text: str, end: int, start: int) -> bool:
    return start >= end and not text[end:start].strip()


_QUANTITY = re.compile(
    r"\b(how (many|much|often|long|high|low)|what (share|proportion|percentage|number|"
    r"fraction|rate|amount)|average|budget|cost|spend|spent|funding)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|hundred|thousand|million|half|quarter|third|none|no)\b",
    re.IGNORECASE,
)


def coverage(question: str, text: str, idf: Callable[[str], float]) -> float:
    """IDF-weighted share of the question's content words present in `text` (0..1). A rare
    question word missing from the evidence ('Veritas', '101') weighs most."""
    q = set(tokenize(question))
    if not q:
        return 0.0
    t = set(tokenize(text))
    total = sum(idf(w) for w in q)
    return sum(idf(w) for w in q & t) / total if total > 0 else 0.0


def evidence_strength(
    question: str, best_score: float, evidence_text: str, idf: Callable[[str], float]
) -> float:
    """How well the chosen evidence answers the question: sentence score and coverage of
    the question's rare words; a question asking for a quantity needs a number."""
    strength = 0.5 * best_score + 0.5 * coverage(question, evidence_text, idf)
    if _QUANTITY.search(question) and not _NUMBER.search(evidence_text):
        strength -= 0.15
    return strength


def prefilter(
    question: str,
    sentences: Sequence[Sentence],
    limit: int,
    expectation: Expectation | None = None,
) -> list[Sentence]:
    """At most `limit` candidates, by overlap with the question's content words (half a word
    more for a sentence of the expected kind; ties keep reading order), so answering costs a
    bounded number of sentence embeddings."""
    if len(sentences) <= limit:
        return list(sentences)
    q = set(tokenize(question))

    def key(i: int) -> tuple[float, int, int]:
        text = sentences[i].text
        bonus = 0.5 if expectation is not None and gives(expectation, text) else 0.0
        return (-(len(q & set(tokenize(text))) + bonus), sentences[i].passage, i)

    ranked = sorted(range(len(sentences)), key=key)
    keep = sorted(ranked[:limit])
    return [sentences[i] for i in keep]


def prefer_kind(
    scores: np.ndarray, sentences: Sequence[Sentence], expectation: Expectation | None
) -> tuple[np.ndarray, np.ndarray]:
    """Scores with sentences of the wrong kind marked down, and which are of the right kind."""
    typed = np.array([gives(expectation, s.text) for s in sentences], dtype=bool)
    return np.where(typed, scores, scores - WRONG_KIND_PENALTY).astype(np.float32), typed


def _searchable(p: Passage) -> str:
    return "\n".join(x for x in (p.title, p.section, p.text, p.published, p.force) if x)


@dataclass
class Extracted:
    answer: str
    citations: list[Citation]
    abstained: bool
    confidence: float


class ExtractiveAnswerer:
    def __init__(
        self,
        embedder: Embedder,
        *,
        max_sentences: int,
        threshold: float,
        idf: Callable[[str], float] | None = None,
    ) -> None:
        self.embedder = embedder
        self.max_sentences = max_sentences
        self.threshold = threshold
        self.idf = idf or (lambda _w: 1.0)
        self.max_candidates = 32
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = 20_000
        self._lock = threading.Lock()

    def _vectors(self, texts: list[str]) -> np.ndarray:
        """Sentence vectors, from an LRU cache where possible (passages recur across
        questions), embedding only the misses in one batch."""
        with self._lock:
            found = {t: self._cache[t] for t in texts if t in self._cache}
        missing = [t for t in dict.fromkeys(texts) if t not in found]
        if missing:
            found.update(zip(missing, self.embedder.embed(missing), strict=True))
        with self._lock:
            for t in texts:
                self._cache[t] = found[t]
                self._cache.move_to_end(t)
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return np.stack([found[t] for t in texts])

    def answer(
        self, question: str, q_vec: np.ndarray | None, passages: Sequence[Passage]
    ) -> Extracted:
        # Cheap checks first: a question about something no passage mentions needs no
        # sentence embeddings to be refused.
        missing = missing_anchors(question, [_searchable(p) for p in passages])
        if missing:
            named = ", ".join(f"“{as_written(question, a)}”" for a in missing)
            reason = f"The question names {named}, which none of the passages found mentions"
            return Extracted(abstain_message(reason), [], True, 0.0)
        sentences = candidate_sentences(passages)
        if not sentences:
            return Extracted(ABSTAIN_MESSAGE, [], True, 0.0)
        if q_vec is None:
            q_vec = self.embedder.embed([question])[0]
        expectation = expected_answer(question)
        sentences = prefilter(question, sentences, self.max_candidates, expectation)
        s_vecs = self._vectors([s.text for s in sentences])
        scores = score_sentences(question, q_vec, sentences, s_vecs, [p.rank for p in passages])
        scores, typed = prefer_kind(scores, sentences, expectation)
        chosen = choose(sentences, scores, max_sentences=self.max_sentences)
        best_i = int(scores.argmax())
        best = sentences[best_i]
        evidence = " ".join([passages[best.passage].text] + [sentences[i].text for i in chosen])
        confidence = evidence_strength(question, float(scores.max()), evidence, self.idf)
        if expectation is not None and not typed[best_i]:
            reason = (
                f"The question asks for {expectation.what}, and none of the passages found "
                "gives one"
            )
            confidence = min(confidence, self.threshold - 0.01)
            return Extracted(abstain_message(reason), [], True, confidence)
        if confidence < self.threshold:
            return Extracted(ABSTAIN_MESSAGE, [], True, confidence)
        text, citations = compose(sentences, chosen, passages)
        return Extracted(text, citations, False, confidence)
