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
from dataclasses import dataclass, field

import numpy as np

from rag.anchors import anchors, as_written, missing_anchors, soft
from rag.answer_types import (
    COUNT,
    EXISTS,
    NO_STATUS,
    NO_VERDICT,
    NOT_A_STATEMENT,
    NOT_DONE,
    NOT_NOW,
    ONLY_PLANNED,
    PERSON,
    REASON,
    Expectation,
    action_topic,
    asks_action,
    count_clauses,
    denies,
    echoes_verdict,
    expectation_for,
    gives,
    item_expectation,
    mentions_year,
    numbers_in,
    only_reports_finding,
    person_names,
    restates,
    short_answer,
    states_proposition,
    task_names,
    unsettling,
)
from rag.answerability import Answerability, answer_features
from rag.catalogue import (
    _ROUND_CUE,
    Catalogue,
    _years_in,
    branded,
    document_years,
    full_years,
    named_documents,
    scope_problem,
    year_groups,
)
from rag.embedding import Embedder
from rag.forces import find_forces, without_forces
from rag.fusion import jaccard, shingles
from rag.grades import GRADE_WORDS, asked_grade, asks_all_grades, grade_rows
from rag.instructions import evidence_spans, planted_spans, to_a_machine
from rag.ledger import (
    LABELS,
    PLURAL,
    Finding,
    areas_by_chunk,
    asked_area,
    asked_findings,
    named_finding,
    passage_findings,
)
from rag.models import Citation, Passage
from rag.question import (
    LIGHT_TERMS,
    Analysis,
    analyse,
    gives_figure,
    kind_of,
    list_head,
    mentions,
    stated_count,
    stated_figures,
    value_kind,
)
from rag.schema import MONTHS, NUMBER_WORDS, REPORT_TYPES
from rag.signatures import asks_signatory, signatures
from rag.text import sentence_spans
from rag.tokens import tokenize


def abstain_message(reason: str) -> str:
    """What an abstention says: that the documents don't, why, and where to look."""
    return f"The documents don't say. {reason}{NEAREST}"


NEAREST = "; the nearest passages are listed for you to check."
NO_PASSAGES = "; no passage matched the search (check the filters)."


ABSTAIN_MESSAGE = abstain_message(
    "None of the passages found answers this question closely enough to quote"
)
# A sentence of the wrong kind (no number for "how many") must beat a right-kind one by this
# much to be chosen; if it still wins, the answerer abstains.
WRONG_KIND_PENALTY = 0.3
MIN_WORDS = 4
GIVEN_WEIGHT = 0.5
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
        # Sentences addressed to a machine, and what they dictate after "say the
        # following:", are left out (rag.instructions).
        for s, e in evidence_spans(p.text):
            text = p.text[s:e]
            n_words = len(text.split())
            # Headings, signatures and labels ("Jane Doe Police and Crime Commissioner")
            # are not answers: short lines without a full stop are skipped.
            if len(_LABELS.findall(text)) >= 2:
                continue  # a metadata line ("Published: ... Inspector: ..."), not prose
            if _tag_line(text) or breadcrumb(text) or link_label(text):
                continue  # "Tags: child protection, HMICFRS, inspections": page furniture
            if table_header(p.text, s, e):
                continue  # "AFI | Area for improvement | Lead | Target date": labels only
            if text.rstrip().endswith("?"):
                continue  # a question in the text ("... but which neighbourhood?") answers none
            ends = text.rstrip()[-1:] in '.!:;"”)'
            # Titles and headings (no full stop) only count when long enough to say
            # something, or when they read as prose ("... and makes six recommendations").
            if n_words >= MIN_WORDS and (ends or n_words >= 14 or _prose(text)):
                out.append(Sentence(pi, s, e, text))
    return out


def addressed_to_a_machine(text: str) -> bool:
    """Documents are untrusted: a sentence that gives instructions to an assistant is not a
    finding of a report, so it is never quoted as an answer (nor followed)."""
    return to_a_machine(text)


_TAGS = re.compile(r"^\s*[A-Z][\w ]{1,20}:\s+(?P<rest>.+)$", re.DOTALL)


def _tag_line(text: str) -> bool:
    """A label and a comma-separated run of short terms with no stop ("Tags: a, b, c"):
    a web page's metadata, never a finding."""
    m = _TAGS.match(text.strip())
    if not m or text.rstrip().endswith("."):
        return False
    parts = [x.strip() for x in m.group("rest").split(",")]
    return len(parts) >= 3 and all(0 < len(x.split()) <= 4 for x in parts)


# "You are here: Home > Holding the police to account > HMICFRS inspections": a web page's
# trail of links, never a finding.
_YOU_ARE_HERE = re.compile(r"^\W*you are here\b", re.IGNORECASE)
_TRAIL_STEP = re.compile(r"\s(?:>|›|»)\s")


# A link's label: "full report (link to external site)", "Commissioner's response (PDF,
# 264 KB)", "Read more".
_LINK_LABEL = re.compile(
    r"\((?:link to (?:an )?external (?:site|website)|opens in a new (?:window|tab)|"
    r"[A-Za-z]{2,5},?\s*[\d.,]+\s*[KMG]B)\)\W*$|^\W*(?:read more|download|view|see)\b[^.]{0,60}$",
    re.IGNORECASE,
)


def link_label(text: str) -> bool:
    """The text of a link on the page, not something the document says."""
    return _LINK_LABEL.search(" ".join(text.split())) is not None


def breadcrumb(text: str) -> bool:
    """Three or more short steps joined by '>' and no closing stop, or "You are here"."""
    t = " ".join(text.split())
    if _YOU_ARE_HERE.search(t):
        return True
    steps = _TRAIL_STEP.split(t)
    return len(steps) >= 3 and not t.endswith(".") and all(len(x.split()) <= 8 for x in steps)


def table_header(text: str, start: int, end: int) -> bool:
    """A table's first row of column labels: cells of a few words, no figures, no full stops,
    no grades, and no table row above it. It names the columns; it answers nothing."""
    line = text[start:end]
    if "|" not in line or "\n" in line.strip():
        return False
    before = text[:start].rstrip("\n").rsplit("\n", 1)[-1]
    if "|" in before:
        return False
    cells = [c.strip() for c in line.split("|") if c.strip()]
    return (
        len(cells) >= 2
        and all(len(c.split()) <= 6 and not c.endswith(".") for c in cells)
        and not any(ch.isdigit() for ch in line)
        and not grade_rows(line)
    )


# Sentences about the document rather than its content: its publication, a response to it,
# what it is part of. They answer "when was it published" or "who responded", nothing else.
_FRAMING = re.compile(
    r"\b(?:published|publishes|publication of|responded to|responds to|has responded|"
    r"comments? on|commented on)\b.{0,160}\b(?:report|inspection|review|assessment)\b"
    r"|^\W*(?:this|the|our) (?:report|inspection|document|thematic|response) (?:sets out|is "
    r"part of|describes|presents|contains|summarises)\b|\bis part of (?:our|the|a) (?:\w+ )?"
    r"(?:programme|inspection programme)\b|\(PDF document\)",
    re.IGNORECASE,
)
FRAMING_PENALTY = 0.15
# A reason question's sentence that gives a cause ("because", "caused by") over one that
# restates the problem: the size of the framing penalty, a preference and not a filter.
REASON_BONUS = FRAMING_PENALTY
_ABOUT_PUBLICATION = frozenset({"date", "person", "yesno"})


def framing(text: str) -> bool:
    return bool(_FRAMING.search(text))


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
    terms: frozenset[str] | None = None,
    idf: Callable[[str], float] | None = None,
    given: Sequence[frozenset[str]] | None = None,
) -> np.ndarray:
    """0.55 x cosine + 0.45 x (IDF-weighted) share of the question's content terms present,
    plus a small prior for higher-ranked passages. `terms` leaves out force names and the
    subject area's generic words, which every passage of the right document shares.
    `given[p]` are the words of passage p's title: they say which document a sentence is
    from, not that it answers, so within it they count for half."""
    if not sentences:
        return np.zeros(0, dtype=np.float32)
    q_words = set(terms) if terms else set(tokenize(question))
    weight = {w: (idf(w) if idf else 1.0) for w in q_words}
    total = sum(weight.values()) or 1.0
    cos = s_vecs @ q_vec

    def share(s: Sentence) -> float:
        known = given[s.passage] if given is not None else frozenset()
        hit = q_words & _sentence_terms(s.text)
        return sum(weight[w] * (GIVEN_WEIGHT if w in known else 1.0) for w in hit) / total

    overlap = np.array([share(s) if q_words else 0.0 for s in sentences], dtype=np.float32)
    prior = np.array([0.04 / passage_ranks[s.passage] for s in sentences], dtype=np.float32)
    return (0.55 * cos + 0.45 * overlap + prior).astype(np.float32)


def _sentence_terms(text: str) -> set[str]:
    words = set(tokenize(text))
    return words | {w[:-1] for w in words if w.endswith("s") and len(w) > 3}


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


_FINDING_LEAD = re.compile(
    r"(?:recommendation|rec|afi|area for improvement|cause of concern|coc)\s*(\d{1,2})\b"
    r"(?!\s*(?:to|and|-|–|,)\s*\d)",
    re.IGNORECASE,
)


def finding_under(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The numbered finding a sentence is about: the one it names, or the one its paragraph
    opens with ("Recommendation 8. This recommendation is for me. ... I consider that the
    recommendation is met.")."""
    own = named_finding(text[start:end])
    if own is not None and _FINDING_LEAD.search(text[start:end]):
        return own
    para = text.rfind("\n\n", 0, start)
    para = 0 if para < 0 else para + 2
    lead = text[para : para + 40]
    m = _FINDING_LEAD.match(lead.lstrip("-•* "))
    return named_finding(m.group(0)) if m else None


def _adjacent(text: str, end: int, start: int) -> bool:
    return start >= end and not text[end:start].strip()


_COUNTED = frozenset({"quantity", "money", "frequency", "duration"})
_NUMBER = re.compile(
    r"\d|\b(" + "|".join(w for w in NUMBER_WORDS if w.isalpha()) + r"|half|quarter|third)\b",
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
    if kind_of(question) in _COUNTED and not _NUMBER.search(evidence_text):
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
    return "\n".join(x for x in (p.title, p.section, p.text, p.published, p.force, p.people) if x)


@dataclass
class Extracted:
    answer: str
    citations: list[Citation]
    abstained: bool
    confidence: float
    short_answer: str | None = None
    extra_passages: list[Passage] = field(default_factory=list)  # neighbours a list ran into
    kind: str = "description"
    features: dict[str, float] = field(default_factory=dict)


# A passage's next chunk in its document, for lists that run across a chunk boundary.
NextChunk = Callable[[Passage], Passage | None]
# A document's chunks in order, for answers read off a whole document (grade tables).
DocumentChunks = Callable[[str], list[Passage]]


def asked_documents(
    question: str, passages: Sequence[Passage], *, named_in_text: bool = False
) -> list[str]:
    """The passages' documents, best-ranked first, of the force and inspection year the
    question names (`named_in_text`: a national document whose passage names the force
    counts too)."""
    forces = set(find_forces(question, in_question=True))
    groups = year_groups(question)
    seen: list[str] = []
    for p in passages:
        if p.doc_id in seen:
            continue
        named = named_in_text and any(f in p.text for f in forces)
        if forces and p.force not in forces and not named:
            continue
        years = set(_years_in(p.title)) | ({p.year} if p.year else set())
        if groups and not any({g[0], g[0] + 1} & years for g in groups):
            continue
        seen.append(p.doc_id)
    return seen


def grade_table_answer(
    grade: str | None,
    passages: Sequence[Passage],
    doc_chunks: DocumentChunks,
    question: str = "",
) -> tuple[str, list[Citation], list[Passage]] | None:
    """'Which areas were graded inadequate?': every row of the top report's grade table with
    that grade (every row, for grade None: "what were its grades?"), quoted. The report is
    the best-ranked inspection report among the passages,
    of the force (and inspection year) the question names, whose table has such rows."""
    seen = asked_documents(question, [p for p in passages if p.doc_type == "inspection_report"])
    for doc_id in seen[:3]:
        chunks = doc_chunks(doc_id)
        spans = [
            (ci, row.start, row.end, True)
            for ci, c in enumerate(chunks)
            for row in grade_rows(c.text)
            if grade is None or row.grade == grade
        ]
        if spans:
            text, citations = compose_spans(spans, chunks)
            cited = {c.chunk_id for c in citations}
            title = chunks[0].title
            lead = f"Graded {grade} in {title}" if grade else f"The grades in {title}"
            return (
                f"{lead}:\n{text}",
                citations,
                [c for c in chunks if c.chunk_id in cited],
            )
    return None


# Who a recommendation is for, as questions name them ("the recs for chief constables").
_ADDRESSEES = re.compile(
    r"\b(chief constables?|home office|npcc|college of policing|national crime agency|nca|"
    r"city of london police|police and crime commissioners|pccs|the force|forces)\b",
    re.IGNORECASE,
)


_FINDING_LABEL = re.compile(
    r"\s*(?:recommendation|area for improvement|cause of concern|afi|\d)", re.IGNORECASE
)


_LABEL_BEFORE = re.compile(
    r"(?:^|\n)((?:recommendation|area for improvement|cause of concern|afi)\s*\d{0,2}\s*[:.]?)\s*$",
    re.IGNORECASE,
)


def _finding_span(chunks: Sequence[Passage], f: Finding) -> tuple[int, int, int, bool] | None:
    """Where a finding is in its document's chunks, with its label and number when they
    lead its line ("Recommendation 3: ...") or stand alone on the line before."""
    ci = next((i for i, c in enumerate(chunks) if c.chunk_id == f.chunk_id), None)
    if ci is None:
        return None
    body = chunks[ci].text
    start = body.find(f.text)
    if start < 0:
        return None
    end = start + len(f.text)
    line = body.rfind("\n", 0, start) + 1
    label = _LABEL_BEFORE.search(body[:start])
    if _FINDING_LABEL.match(body, line, start):
        start = line
    elif label is not None:
        start = label.start(1)
    return ci, start, end, True


_INSPECTORATE_CUE = re.compile(r"\b(?:hmi|hmic|hmicfrs|inspector|inspectorate|peel|report)\b", re.I)
_RESPONSE_CUE = re.compile(r"\b(?:pcc|pfcc|opcc|commissioner|mayor|response|reply|letter)\b", re.I)
# "What does AFI 8 say?", "what's rec 3?", "quote CoC 1": asking for the finding's wording.
_WHAT_IT_SAYS = re.compile(
    r"^\W*(?:what(?:'s|’s| is| was| were)\s+(?:the\s+)?(?:rec|recommendation|afi|area for "
    r"improvement|cause of concern|coc)\b|what (?:does|did) .{0,60}\b(?:say|state|ask|require|"
    r"recommend|call for)\b|quote\b|read (?:me|out)\b|remind me what\b)|\bwording\b|\btext of\b",
    re.IGNORECASE,
)
# ... and not what was done about it.
_DONE_ABOUT = re.compile(
    r"\b(?:doing|done|progress|deliver\w*|implement\w*|status|closed|discharged|met|respond\w*|"
    r"action\w*|plans?)\b",
    re.IGNORECASE,
)


def single_finding_answer(
    question: str, passages: Sequence[Passage], doc_chunks: DocumentChunks
) -> tuple[str, list[Citation], list[Passage]] | None:
    """'What does AFI 8 in the Cumbria PEEL say?': that finding, quoted whole with its label,
    from the report (a question about the response to it is answered from the response)."""
    named = named_finding(question)
    if named is None or not _WHAT_IT_SAYS.search(question) or _RESPONSE_CUE.search(question):
        return None
    if _DONE_ABOUT.search(question):
        return None
    if kind_of(question) == "reason":
        return None
    kind, number = named
    docs = asked_documents(question, passages, named_in_text=True)
    kinds = {p.doc_id: p.doc_type for p in passages}
    for doc_id in [d for d in docs if kinds[d] != "pcc_response"][:2]:
        chunks = doc_chunks(doc_id)
        found = [
            f
            for f in passage_findings(doc_id, chunks, None)
            if f.kind == kind and f.number == number
        ]
        span = _finding_span(chunks, found[0]) if found else None
        if span is None:
            continue
        text, citations = compose_spans([span], chunks)
        cited = {c.chunk_id for c in citations}
        lead = f"In {chunks[0].title}:"
        return f"{lead}\n{text}", citations, [c for c in chunks if c.chunk_id in cited]
    return None


def findings_answer(
    question: str, passages: Sequence[Passage], doc_chunks: DocumentChunks
) -> tuple[str, list[Citation], list[Passage]] | None:
    """'What were the recs in the Durham report?': every numbered finding of that kind in
    the best-ranked document among the passages (of the force and year the question
    names) that has any, each quoted whole with its number, in the document's order;
    narrowed to an addressee the question names ("for chief constables")."""
    kind = asked_findings(question)
    if kind is None:
        return None
    seen = asked_documents(question, passages, named_in_text=True)
    # Reports first: their own findings, not a response's retelling.
    kinds = {p.doc_id: p.doc_type for p in passages}
    order = sorted(seen[:3], key=lambda d: kinds[d] == "pcc_response")
    who = [m.group(1).lower() for m in _ADDRESSEES.finditer(question)]
    area = asked_area(question)
    for doc_id in order:
        chunks = doc_chunks(doc_id)
        if not chunks:
            continue
        found = [f for f in passage_findings(doc_id, chunks, chunks[0].published) if f.kind == kind]
        if who:
            found = [
                f
                for f in found
                if any(w.rstrip("s") in f"{f.addressee or ''} {f.text}".lower() for w in who)
            ]
        narrowed = bool(area)
        if area:  # "the AFIs under responding to the public": the findings of that section
            under = areas_by_chunk(chunks)
            found = [
                f for f in found if (at := under.get(f.chunk_id)) and (area in at or at in area)
            ]
        if len(found) < (1 if narrowed else 2):
            continue
        spans = [sp for f in found if (sp := _finding_span(chunks, f)) is not None]
        if len(spans) < (1 if narrowed else 2):
            continue
        text, citations = compose_spans(spans, chunks)
        cited = {c.chunk_id for c in citations}
        under_text = f" under {area}" if area else ""
        lead = f"The {PLURAL[kind]}{under_text} in {chunks[0].title}"
        return f"{lead}:\n{text}", citations, [c for c in chunks if c.chunk_id in cited]
    return None


# A named thing in a question: a programme or operation, or two to four capitalised words.
_NAMED_THING = re.compile(
    r"\b(?:Operation|Op|Project|Programme)\s+[A-Z][\w'’-]+"
    r"|\b[A-Z][a-z’'-]+(?:\s+(?:of\s+|and\s+)?[A-Z][a-z’'-]+){1,3}\b"
)


def misattributed(
    question: str, passages: Sequence[Passage], doc_chunks: DocumentChunks
) -> str | None:
    """'How does Merseyside's Retail Evidence Gateway work?' when every paragraph of the
    passages' documents that mentions the Retail Evidence Gateway connects it with another
    force (Humberside): a fact about one force asked of another. Only for a question about
    one force; a paragraph connects a name with its document's force, or the forces it
    names."""
    forces = find_forces(question, in_question=True)
    if len(forces) != 1:
        return None
    asked = forces[0]
    blanked = without_forces(question)
    first = re.match(r"\W*\w+", blanked)
    phrases = [
        m.group(0)
        for m in _NAMED_THING.finditer(blanked)
        if first is None or m.start() >= first.end()  # "How does ..." is not a name
    ]
    if not phrases:
        return None
    docs = list(dict.fromkeys(p.doc_id for p in passages))[:5]
    chunks = [c for d in docs for c in doc_chunks(d)]
    for phrase in phrases:
        pattern = re.compile(rf"\b{re.escape(phrase)}\b", re.IGNORECASE)
        connected: set[str] = set()
        seen = False
        for c in chunks:
            for block in re.split(r"\n\s*\n", c.text):
                if not pattern.search(block):
                    continue
                seen = True
                named = set(find_forces(block))
                if c.force and c.doc_type != "thematic_report":
                    named.add(c.force)
                connected |= named
        if seen and connected and asked not in connected:
            others = ", ".join(sorted(connected)[:3])
            return f"The documents connect “{phrase}” with {others}, not {asked}"
    return None


# "Why did the PCC only partly accept the finance AFI?": a response's position the question
# takes as given, and the ways a response states it.
_ASKED_POSITION = re.compile(
    r"\b(?:partly|partially|part)[- ]?accept\w*|\baccept\w*\s+(?:\w+\s+){0,4}?(?:in part|partly|"
    r"partially)\b|(?P<rejected>\breject\w*|\b(?:not|n't)\s+(?:fully\s+)?accept\w*|\brefus\w*|"
    r"\bdeclin\w*|\bdisagree\w*)|(?P<noted>\bonly\s+['‘’\"]?not(?:e|ed)\b)",
    re.IGNORECASE,
)
_POSITION_SAID = {
    "partly accepted": re.compile(
        r"\b(?:partly|partially|part)[- ]?accept\w*|\baccept\w*\s+in part\b|\bpartial\b", re.I
    ),
    "not accepted": re.compile(
        r"\b(?:not|n't)\s+(?:fully\s+)?accept\w*|\breject\w*|\bdisagree\w*|\bdo(?:es)? not agree\b|"
        r"\bdeclin\w*|\brefus\w*|\bcannot accept\b|\bnot support\w*",
        re.I,
    ),
    "only noted": re.compile(r"\bNoted\b|\b(?:only|simply|merely)\s+not(?:e|ed)\b"),
}


def unstated_position(
    question: str, passages: Sequence[Passage], doc_chunks: DocumentChunks
) -> str | None:
    """'Why did Rafferty only partly accept the finance AFI?' when no document found for the
    force or person asked about says anything was partly accepted: the position belongs to
    another response. A yes/no asks whether, and takes nothing as given."""
    m = _ASKED_POSITION.search(question)
    if m is None or kind_of(question) == "yesno":
        return None
    position = (
        "not accepted" if m.group("rejected") else "only noted" if m.group("noted") else
        "partly accepted"
    )  # fmt: skip
    forces = set(find_forces(question, in_question=True))
    names = soft(question, anchors(question), None)
    docs: list[str] = []
    for p in passages:
        if p.doc_id in docs or (forces and p.force not in forces):
            continue
        if names and missing_anchors(question, [c.text for c in doc_chunks(p.doc_id)]):
            continue  # not the document of the person or programme asked about
        docs.append(p.doc_id)
    if not docs:
        return None
    said = _POSITION_SAID[position]
    if any(said.search(c.text) for d in docs[:3] for c in doc_chunks(d)):
        return None
    return f"None of the documents found says that anything was {position}"


# Roles a question may ask about, and the ways documents write them.
_ROLES = {
    "deputy PCC": r"deputy (?:police,? (?:fire and )?and crime |pcc|pfcc|commissioner)|dpcc",
    "deputy chief constable": r"deputy chief constable|\bdcc\b",
    "assistant chief constable": r"assistant chief constable|\bacc\b",
    "chief executive": r"chief executive",
    "deputy mayor": r"deputy mayor",
    # The statutory officers of a commissioner's office and a police authority's board.
    "chief finance officer": r"chief finance officer|\bcfo\b|treasurer",
    "deputy chair": r"deputy chair|vice[- ]chair",
}
_ROLE_ASKED = {
    name: re.compile(rf"\b(?:{pattern})", re.IGNORECASE) for name, pattern in _ROLES.items()
}


def absent_role(
    question: str, passages: Sequence[Passage], doc_chunks: DocumentChunks
) -> str | None:
    """'What did Norfolk's deputy PCC say?' when no document found for the question mentions a
    deputy PCC: a person the library does not hold, asked by role rather than by name."""
    asked = [name for name, rx in _ROLE_ASKED.items() if rx.search(question)]
    if not asked:
        return None
    docs = (
        asked_documents(question, passages)[:3]
        or list(dict.fromkeys(p.doc_id for p in passages))[:3]
    )
    blob = " ".join(c.text for d in docs for c in doc_chunks(d))
    for name in asked:
        if not _ROLE_ASKED[name].search(blob):
            where = _forces_text(question)
            found = f"the documents found for {where}" if where else "the documents found"
            return f"None of {found} mentions a {name}"
    return None


def looked_up_passages(
    question: str, passages: Sequence[Passage], doc_chunks: DocumentChunks
) -> list[Passage]:
    """Passages of the asked documents that the question's form says must be read, which
    ranking by words finds poorly: the numbered finding it names ("rec 5"), the passages
    that name forces when it asks which forces."""
    found = named_finding_passages(question, passages, doc_chunks)
    if _WHICH_FORCES.search(question):
        have = {p.chunk_id for p in [*passages, *found]}
        for doc_id in list(dict.fromkeys(p.doc_id for p in passages))[:2]:
            naming = [
                c
                for c in doc_chunks(doc_id)
                if c.chunk_id not in have and len(find_forces(c.text)) >= 3
            ]
            found += naming[:2]
    return found


def list_neighbours(
    question: str, passages: Sequence[Passage], doc_chunks: DocumentChunks, limit: int = 3
) -> list[Passage]:
    """For a list question, the passages of the best-ranked asked document that are about
    the question as much as its retrieved ones are: a list's items are often spread over a
    report ("Notable practice: ..." in each section), and ranking finds only some of them."""
    if kind_of(question) != "list":
        return []
    terms = analyse(question).terms
    docs = asked_documents(question, passages)
    if not terms or not docs:
        return []
    top = docs[0]
    have = {p.chunk_id for p in passages}
    own = [p for p in passages if p.doc_id == top]
    # The labels the question names ("Notable practice: ..."), as its document writes them:
    # every block under such a label is an item, wherever it is.
    labels = {
        label
        for p in own
        for label in block_labels(p.text)
        if mentions(tuple(tokenize(label)), " ".join(sorted(terms))) >= 0.5
    }
    floor = max(0.5, min(mentions(terms, p.text) for p in own))
    chunks = [
        (n, c)
        for n, c in enumerate(doc_chunks(top))
        if c.chunk_id not in have and len(c.text.split()) >= 8
    ]
    labelled = [(n, c) for n, c in chunks if labels & set(block_labels(c.text))]
    scored = [(mentions(terms, c.text), n, c) for n, c in chunks]
    best = sorted((x for x in scored if x[0] >= floor), key=lambda x: (-x[0], x[1]))[:limit]
    found = dict(labelled[: 2 * limit]) | {n: c for _, n, c in best}
    return [found[n] for n in sorted(found)]


def siblings(
    best: int, sentences: Sequence[Sentence], passages: Sequence[Passage], chosen: list[int]
) -> list[int]:
    """`chosen` with the sentences of the best one's document that open with its label
    ("Notable practice: ..."): a list's items are parallel blocks, however they score. In
    reading order."""
    label = next(iter(block_labels(sentences[best].text)), None)
    doc = passages[sentences[best].passage].doc_id
    if label is not None and sentences[best].text.lower().startswith(label):
        chosen = (
            chosen
            + [
                i
                for i, s in enumerate(sentences)
                if i != best
                and i not in chosen
                and passages[s.passage].doc_id == doc
                and s.text.lower().startswith(label)
            ][:MAX_ITEMS]
        )
    return sorted(chosen, key=lambda i: (sentences[i].passage, sentences[i].start))


MAX_ITEMS = 12
_BLOCK_LABEL = re.compile(r"(?m)^[ \t>*#-]*([A-Z][\w'’ -]{2,40}?):\s")


def block_labels(text: str) -> list[str]:
    """The labels blocks of `text` open with ("Notable practice: Humberside Police ..." ->
    "notable practice"), lower-cased."""
    return [
        " ".join(m.group(1).lower().split())
        for m in _BLOCK_LABEL.finditer(text)
        if len(m.group(1).split()) <= 4 and not _NOT_LABEL.match(m.group(1))
    ]


# "The force said: ...", "We found:": a sentence that leads into what follows, not a label.
_NOT_LABEL = re.compile(r"(?i)(?:the|a|an|we|it|they|this|these|he|she|i|our|its)\b")


def named_finding_passages(
    question: str, passages: Sequence[Passage], doc_chunks: DocumentChunks
) -> list[Passage]:
    """The passages of the asked documents that hold the numbered finding the question
    names ("why's the PFCC saying rec 5 isn't on the force?"): a finding is cited by its
    number, which ranks poorly (every document has a 5), so it is looked up instead."""
    named = named_finding(question)
    if named is None:
        return []
    kind, number = named
    label = re.compile(rf"\b{LABELS[kind]}\s*{number}\b", re.IGNORECASE)
    have = {p.chunk_id for p in passages}
    out: list[Passage] = []
    for doc_id in asked_documents(question, passages)[:2]:
        chunks = doc_chunks(doc_id)
        found = {
            f.chunk_id
            for f in passage_findings(doc_id, chunks, None)
            if f.kind == kind and f.number == number
        }
        for c in chunks:
            if (c.chunk_id in found or label.search(c.text)) and c.chunk_id not in have:
                out.append(c)
                have.add(c.chunk_id)
    return out[:3]


# "Give me the headline findings from X", "X's key findings": the document's own summary.
_ASKS_SUMMARY = re.compile(
    r"\b(?:headline|key|main|top|overall|summary)\s+(?:findings|messages|points|conclusions)\b"
    r"|\bsummar(?:y|ise|ize)\s+(?:of\s+)?(?:the\s+)?(?:findings|report|inspection|thematic)\b",
    re.IGNORECASE,
)
_SUMMARY_HEADING = re.compile(
    r"(?:^|>\s*)(?:\d+\.\s*)?(?:summary|executive summary|key findings|main findings|headline "
    r"(?:messages|findings)|what we found|our (?:main )?findings|overview|summary of findings)\s*$",
    re.IGNORECASE,
)


def summary_answer(
    question: str, passages: Sequence[Passage], doc_chunks: DocumentChunks
) -> tuple[str, list[Citation], list[Passage]] | None:
    """'Give me the headline findings from the retail crime thematic': every block of the
    summary section of the best-ranked report asked about, in the document's order; a
    summary is a structure of the document, not a ranking of sentences."""
    if not _ASKS_SUMMARY.search(question):
        return None
    kinds = {p.doc_id: p.doc_type for p in passages}
    docs = asked_documents(question, passages, named_in_text=True)
    docs = sorted(docs[:3], key=lambda d: kinds[d] == "pcc_response")
    for doc_id in docs[:2]:
        chunks = doc_chunks(doc_id)
        at = next(
            (i for i, c in enumerate(chunks) if _SUMMARY_HEADING.search(c.section or "")), None
        )
        if at is None:
            continue
        spans: list[tuple[int, int, int, bool]] = []
        for ci in range(at, min(at + 3, len(chunks))):
            c = chunks[ci]
            if ci > at and not same_section(chunks[at], c):
                break
            body = c.text
            heading = (c.section or "").split(">")[-1].strip()
            first = body.find("\n\n") + 2 if heading and body.startswith(heading) else 0
            for m in _BLOCK.finditer(body, first):
                if not _is_heading(m.group(0)) and len(spans) < 14:
                    spans.append((ci, m.start(), m.end(), True))
        if len(spans) < 2:
            continue
        text, citations = compose_spans(spans, chunks)
        cited = {c.chunk_id for c in citations}
        return (
            f"The summary of {chunks[0].title}:\n{text}",
            citations,
            [c for c in chunks if c.chunk_id in cited],
        )
    return None


def signatory_answer(
    question: str, passages: Sequence[Passage], doc_chunks: DocumentChunks
) -> tuple[str, list[Citation], str, list[Passage]] | None:
    """'Who signed the Northants PFCC response?': the name and role at the foot of the
    best-ranked document of the force and year asked about (a response when the question
    names the commissioner, a report when it names the inspector). A signature is where a
    document says who it is from; the passages ranked for the question rarely hold it."""
    if not asks_signatory(question):
        return None
    seen = asked_documents(question, passages)
    kinds = {p.doc_id: p.doc_type for p in passages}
    wants_response = bool(_RESPONSE_CUE.search(question))
    wants_report = bool(_INSPECTORATE_CUE.search(question)) and not wants_response
    if wants_response or wants_report:
        seen = [d for d in seen if (kinds[d] == "pcc_response") == wants_response]
    for doc_id in seen[:2]:
        chunks = doc_chunks(doc_id)
        found = [(ci, sig) for ci, c in enumerate(chunks) for sig in signatures(c.text)]
        if not found:
            continue
        ci, sig = found[-1]  # the signature at the foot, not one quoted on the way
        text, citations = compose_spans([(ci, sig.start, sig.end, False)], chunks)
        lead = f"{chunks[0].title} is signed by:"
        cited = {c.chunk_id for c in citations}
        return f"{lead} {text}", citations, sig.name, [c for c in chunks if c.chunk_id in cited]
    return None


def _heading_like(p: Passage, s: Sentence) -> bool:
    """A document's title or a heading of its trail repeated as a line is not an answer."""
    text = " ".join(s.text.split()).lstrip(">#*•-– ").rstrip(".:").lower()
    heads = [p.title.lower()] + [h.strip().lower() for h in (p.section or "").split(">")]
    return any(text == h or (len(text) > 12 and text in h) for h in heads if h)


def introduces_list(text: str) -> bool:
    """'... for three reasons:' / '... the following:' / '... includes:'."""
    t = text.rstrip()
    return t.endswith(":") or bool(_LIST_LEAD.search(t))


_LIST_LEAD = re.compile(
    r"\b(?:the following|as follows|these (?:were|are|include)|(?:shown|set out|listed|given) "
    r"(?:in the table )?below|(?:in )?the table below)\W*$",
    re.I,
)
# A short sentence that announces items without a colon ("We found some good examples.",
# "There were three main reasons."): the sentences after it in its paragraph are the items.
_ANNOUNCES = re.compile(
    r"\b(?:some|several|many|a few|a number of|various|two|three|four|five|six|seven|eight|"
    r"nine|ten|\d+)\s+(?:[a-z-]+\s+){0,2}(?:examples?|ways|reasons|things|steps|actions|changes|"
    r"areas|concerns|problems|factors|issues|improvements|initiatives|measures|schemes|"
    r"projects|priorities|strengths|weaknesses|lessons|themes|risks|gaps)"
    r"(?:\s+of\s+(?:good|effective|promising|notable|innovative)\s+(?:practice|work))?\W*$",
    re.IGNORECASE,
)
# A sentence that turns away from the items ends them ("But most ... was short-term.").
_TURN = re.compile(r"^(?:but|however|yet|overall|in contrast|despite|nevertheless)\b", re.I)
# A sentence that carries on from the one before ("The command includes ...", "It has ...").
_CARRIES_ON = re.compile(r"^(?:it|they|its|their|this|these|the (\w+))\b", re.IGNORECASE)
_ENUMERATES = re.compile(
    r"\b(?:includ(?:es|ed|ing)|compris(?:es|ed|ing)|consists? of|made up of|such as)\b|"
    r",[^,]+,[^,]+\band\b",
    re.IGNORECASE,
)


_SERIES = re.compile(r"[^,;]+(?:[,;][^,;]+){2,}\b(?:and|or)\b", re.IGNORECASE)


def gives_items(text: str) -> bool:
    """The sentence names several things ('a, b, c and d'; 'includes ...') or leads in to
    items that follow ('... the following:', 'We found some good examples.')."""
    # The series is looked for in the first 400 characters: the pattern backtracks on long
    # runs of commas, and a list a sentence gives starts early in it.
    return (
        introduces_list(text)
        or announces_items(text)
        or bool(_SERIES.search(" ".join(text.split())[:400]))
    )


def announces_items(text: str) -> bool:
    """'We found some good examples.': a short sentence whose items follow as sentences."""
    t = " ".join(text.split())
    return len(t.split()) <= 14 and t.endswith(".") and bool(_ANNOUNCES.search(t.rstrip(".")))


def sentence_items(text: str, after: int, limit: int = 5) -> list[tuple[int, int]]:
    """The sentences after offset `after` in the same paragraph, as items of an announced
    list, until one that turns away from them or the paragraph's end (a web page's
    paragraphs end at a single line break)."""
    end = text.find("\n", after)
    end = len(text) if end < 0 else end
    out: list[tuple[int, int]] = []
    for a, b in sentence_spans(text[after:end]):
        sentence = text[after + a : after + b].strip()
        if not sentence or _TURN.search(sentence) or len(out) >= limit:
            break
        out.append((after + a, after + b))
    return out


def heading_line(text: str, start: int, end: int) -> bool:
    """The span is a line of its own that reads as a heading ("What the Authority heard from
    passengers and railway staff"): short, no closing stop, with a block after it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0 or text[line_start:start].strip() or text[end:line_end].strip():
        return False
    line = text[start:end].strip()
    if not _is_heading(line, max_words=12) or line[-1:] in "!?":
        return False
    return bool(text[line_end:].strip())


def first_after(text: str, end: int) -> tuple[int, int] | None:
    """The first sentence after offset `end` (the block a heading opens)."""
    follow = next(iter(sentence_spans(text[end:])), None)
    return (end + follow[0], end + follow[1]) if follow is not None else None


def paragraph_rest(text: str, end: int, limit: int = 3) -> list[tuple[int, int]]:
    """The sentences after offset `end` in its paragraph, while they carry on its account
    ("We carried out fieldwork ... In each force we reviewed ... We interviewed ..."): a
    paragraph is one idea, and a list question's items are often its sentences. Ends at a
    sentence that turns away, or one that leads into a list of its own."""
    out: list[tuple[int, int]] = []
    for a, b in sentence_items(text, end, limit):
        if introduces_list(text[a:b]):
            break
        out.append((a, b))
    return out


def carries_on(previous: str, sentence: str) -> bool:
    """`sentence` continues `previous`'s subject and lists its parts ("... led by its PVP
    command." + "The command includes the MASH, a child abuse investigation unit, ...")."""
    m = _CARRIES_ON.search(sentence.strip())
    if not m or not _ENUMERATES.search(sentence):
        return False
    noun = m.group(1)
    return noun is None or noun.lower() in {w.lower() for w in re.findall(r"\w+", previous)}


_MARKER_LIKE = re.compile(r"\[(\d{1,3})\]")
_BLOCK_END = re.compile(r"\n\s*\n")
_BLOCK = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")  # a paragraph, list item or row


def list_items(text: str, after: int, limit: int = 12) -> list[tuple[int, int]]:
    """The blocks after offset `after` in `text` that continue a list: each a span, until a
    block that reads as a heading (short, no stop, followed by more) or `limit` items."""
    spans: list[tuple[int, int]] = []
    for m in _BLOCK.finditer(text, after):
        start, end = m.start(), m.end()
        block = text[start:end].strip()
        if not block:
            continue
        if _is_heading(block) or len(block.split()) > 90:
            break
        if spans and "|" in text[spans[0][0] : spans[0][1]] and "|" not in block:
            break  # a table's rows end where the prose after it starts
        spans.append((start, end))
        first = text[spans[0][0] : spans[0][1]].rstrip()
        # Items that run as one sentence ("...;", "...; and") end at the item with a stop.
        if first[-1:] in ";," or first.endswith((" and", " or")):
            if block[-1:] in ".!?":
                break
        elif len(spans) >= 2 and block[-1:] in ".!?" and len(block.split()) > 40:
            break
        if len(spans) >= limit:
            break
    return spans


@dataclass(frozen=True)
class SectionList:
    passage: int
    heading: tuple[int, int]  # the heading line's span in the passage
    items: list[tuple[int, int, int]]  # (passage, start, end), into next chunks too


def section_lists(
    question: str,
    passages: list[Passage],
    allowed: set[int],
    next_chunk: NextChunk | None,
) -> SectionList | None:
    """'What were the seven recs?': the items under a heading that names what the question
    lists ("Recommendations (to be met within three months)"), from a passage the answer may
    quote (`allowed`: about the asked force and year). Preference: a list with as many items
    as the question says, then the section trail that shares most of the question's words,
    then retrieval rank. A list is a structure in the document, not a ranking of sentences."""
    head = list_head(question)
    if not head:
        return None
    want = stated_count(question)
    terms = set(tokenize(question)) - head
    best: tuple[tuple[int, int, int], SectionList] | None = None
    for pi in sorted(allowed):
        p = passages[pi]
        line_end = p.text.find("\n")
        heading = (p.text if line_end < 0 else p.text[:line_end]).strip()
        trail = (p.section or "").split(">")
        if not heading or heading != trail[-1].strip() or not head & set(tokenize(heading)):
            continue
        spans = [(pi, a, b) for a, b in list_items(p.text, line_end)] if line_end > 0 else []
        if spans and not p.text[spans[-1][2] :].strip() and next_chunk is not None:
            nxt = next_chunk(p)
            if nxt is not None and same_section(p, nxt):
                if nxt not in passages:
                    passages.append(nxt)
                ni = passages.index(nxt)
                spans += [(ni, a, b) for a, b in list_items(nxt.text, 0)]
        if len(spans) < 2:
            continue
        shared = len(terms & set(tokenize(f"{p.section} {p.title}")))
        key = (int(want is not None and len(spans) == want), shared, -p.rank)
        if best is None or key > best[0]:
            best = (key, SectionList(pi, (0, len(heading)), spans))
    return best[1] if best else None


def same_section(p: Passage, nxt: Passage) -> bool:
    """`nxt` continues `p`'s section (or a subsection of it): a list may run on into it."""
    if not p.section:
        return not nxt.section
    return (nxt.section or "").startswith(p.section)


def _is_heading(block: str, max_words: int = 8) -> bool:
    """Short, capitalised, no closing stop, not a table row ("11. Recommendations")."""
    if "|" in block:
        return False  # a table row
    block = re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", block)  # "11. Recommendations"
    words = block.split()
    return len(words) <= max_words and block[-1:] not in ".;:,)" and block[:1].isupper()


# A sentence that points back ("HM Inspector Wendy Williams described this as unacceptable",
# "This was the worst ...", "this recommendation is met") is quoted with the sentence it
# points to; one that is completed by the next ("... 41 times in the year. This compares
# with 77 times in 2021/22.") with that one.
_POINTS_BACK = re.compile(
    r"^(?:this|that|these|those|such)\b(?!\s+(?:report|inspection|force|plan|"
    r"strategy|review|programme|year|is why)\b)"
    r"|\b(?:described|called|termed|labelled|judged|found|considered)\s+(?:this|that|it|these)\b"
    # "Recommendation 1. ... consider that this recommendation is already met": the label.
    r"|\bth(?:is|at|ese|ose)\s+(?:recommendations?|recs?|areas? for improvement|afis?|"
    r"causes? of concern)\b",
    re.IGNORECASE,
)
_COMPLETED_BY = re.compile(
    r"^(?:this|that|it)\s+(?:compares|was (?:up|down)|is (?:up|down)|represents|equates|means|"
    r"is an? (?:increase|decrease|rise|fall|reduction))\b|^(?:in|by) (?:comparison|contrast)\b",
    re.IGNORECASE,
)


def context_sentences(
    text: str, start: int, end: int
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The sentence before (when the quoted one points back to it) and after (when it
    completes the quoted one), as spans in `text`, each None when not needed. Same block of
    text only: a heading or paragraph break ends the context."""
    block_start = max(text.rfind("\n\n", 0, start) + 2, 0) if "\n\n" in text[:start] else 0
    block_end = text.find("\n\n", end)
    block_end = len(text) if block_end < 0 else block_end
    spans = [
        (block_start + a, block_start + b) for a, b in sentence_spans(text[block_start:block_end])
    ]
    here = next(
        (n for n, (a, b) in enumerate(spans) if a <= start < b or abs(a - start) <= 1), None
    )
    if here is None:
        return None, None
    quoted = text[start:end].strip()
    before = spans[here - 1] if here > 0 and _POINTS_BACK.search(quoted) else None
    after = None
    if here + 1 < len(spans):
        nxt = text[slice(*spans[here + 1])].strip()
        if _COMPLETED_BY.search(nxt) and len(nxt.split()) <= 40:
            after = spans[here + 1]
    return before, after


def _expand_lists(
    chosen: list[int],
    sentences: Sequence[Sentence],
    passages: list[Passage],
    next_chunk: NextChunk | None,
    listing: bool = False,
    paragraph: bool = False,
) -> list[tuple[int, int, int, bool]]:
    """Quote spans (passage, start, end, is a list item): each chosen sentence, and for
    one that introduces a list, the list's items after it (into the document's next chunk
    when the list runs on). When the question asks for a list (`listing`), a sentence that
    carries on a chosen one and lists its parts comes too. Items already covered by another
    chosen sentence are not repeated. With `paragraph` (a list, a reason or an account is
    asked for, not a value), a chosen heading line stands for the block it opens, and the
    best sentence brings the rest of its paragraph. (A line without a stop that gives an
    asked value, "... and makes six recommendations", is kept as it is.)"""
    spans: list[tuple[int, int, int, bool]] = []
    for n, i in enumerate(chosen):
        s = sentences[i]
        p = passages[s.passage]
        heading = paragraph and heading_line(p.text, s.start, s.end)
        opened = first_after(p.text, s.end) if heading else None
        if opened is not None:
            # A heading is not an answer; what it heads may be.
            s = Sentence(s.passage, *opened, p.text[slice(*opened)])
        before, after = context_sentences(p.text, s.start, s.end)
        if before is not None:
            spans.append((s.passage, *before, False))
        spans.append((s.passage, s.start, s.end, False))
        if after is not None:
            spans.append((s.passage, *after, False))
            s = Sentence(s.passage, s.start, after[1], p.text[s.start : after[1]])
        end = s.end
        announced = sentence_items(p.text, end) if announces_items(s.text) else []
        if announced and not any(introduces_list(p.text[a:b]) for a, b in announced):
            # "We found some good examples. In West Mercia, ... In Merseyside, ...": items
            # written as the sentences that follow ("For example:" leads into a list instead).
            spans.extend((s.passage, a, b, True) for a, b in announced)
            continue
        # The sentence after the chosen one, read once for both checks below.
        after_span = first_after(p.text, end)
        if (
            listing
            and after_span is not None
            and "\n\n" not in p.text[end : after_span[0]]
            and carries_on(s.text, p.text[slice(*after_span)])
        ):
            spans.append((s.passage, *after_span, False))
            continue
        if not introduces_list(s.text):
            # "... across six categories. The results are shown in the table below.": the
            # next sentence leads into the list, so it comes too.
            if after_span is None or not introduces_list(p.text[slice(*after_span)]):
                if paragraph and n == 0:
                    spans.extend((s.passage, a, b, False) for a, b in paragraph_rest(p.text, end))
                continue
            spans.append((s.passage, *after_span, False))
            end = after_span[1]
        items = list_items(p.text, end)
        spans.extend((s.passage, a, b, True) for a, b in items)
        ran_to_end = (not items and not p.text[end:].strip()) or (
            items and not p.text[items[-1][1] :].strip()
        )
        if ran_to_end and next_chunk is not None:
            nxt = next_chunk(p)
            # A list runs on into the next chunk of its own section, not into the next one.
            if nxt is not None and same_section(p, nxt):
                more = list_items(nxt.text, 0)
                if more:
                    if nxt not in passages:
                        passages.append(nxt)
                    pi = passages.index(nxt)
                    spans.extend((pi, a, b, True) for a, b in more)
    out: list[tuple[int, int, int, bool]] = []
    for span in spans:
        if any(q[0] == span[0] and q[1] <= span[1] and span[2] <= q[2] for q in out):
            continue  # already quoted (an item that was also chosen as a sentence)
        out.append(span)
    return out


def compose_spans(
    spans: Sequence[tuple[int, int, int, bool]], passages: Sequence[Passage]
) -> tuple[str, list[Citation]]:
    """Answer text with [n] after each quoted span; adjacent spans of one passage share one
    citation (their quote spans both); list items go on their own lines."""
    # Documents are untrusted: no span quotes a sentence addressed to a machine, and no
    # quote runs across one.
    planted = {pi: planted_spans(passages[pi].text) for pi in {sp[0] for sp in spans}}
    spans = [sp for sp in spans if not any(a < sp[2] and sp[1] < b for a, b in planted[sp[0]])]
    groups: list[list[tuple[int, int, int, bool]]] = []
    for span in spans:
        last = groups[-1][-1] if groups else None
        if (
            last
            and last[0] == span[0]
            and _adjacent(passages[span[0]].text, last[2], span[1])
            and not any(last[2] <= a < span[1] for a, _ in planted[span[0]])
        ):
            groups[-1].append(span)
        else:
            groups.append([span])
    text = ""
    citations: list[Citation] = []
    for n, group in enumerate(groups, start=1):
        p = passages[group[0][0]]
        quote = p.text[group[0][1] : group[-1][2]]
        lines = []
        for _, start, end, item in group:
            # A "[12]" footnote in the document must not read as one of our citations.
            words = _MARKER_LIKE.sub(r"(\1)", " ".join(p.text[start:end].split()))
            lines.append(f"\n- {words}" if item else (" " if lines else "") + words)
        body = "".join(lines).strip()
        sep = "\n\n" if "\n- " in text[-600:] or group[0][3] else " "
        text = f"{text}{sep}{body} [{n}]" if text else f"{body} [{n}]"
        citations.append(Citation.from_passage(n, p, quote))
    return text.strip(), citations


class ExtractiveAnswerer:
    def __init__(
        self,
        embedder: Embedder,
        *,
        max_sentences: int,
        threshold: float,
        idf: Callable[[str], float] | None = None,
        scorer: Answerability | None = None,
    ) -> None:
        self.embedder = embedder
        self.max_sentences = max_sentences
        self.threshold = threshold
        self.idf = idf or (lambda _w: 1.0)
        self.scorer = scorer
        self.max_candidates = 40
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
        self,
        question: str,
        q_vec: np.ndarray | None,
        passages: Sequence[Passage],
        *,
        catalogue: Catalogue | None = None,
        next_chunk: NextChunk | None = None,
        doc_chunks: DocumentChunks | None = None,
    ) -> Extracted:
        analysis = analyse(question)
        kind = analysis.kind
        # Cheap checks first: the library's scope, then the passages' names; neither needs
        # sentence embeddings.
        if catalogue is not None:
            problem = scope_problem(question, catalogue)
            if problem:
                return Extracted(abstain_message(problem), [], True, 0.0, kind=kind)
        missing = missing_anchors(question, [_searchable(p) for p in passages])
        missing = soft(question, missing, catalogue.vocab if catalogue is not None else None)
        if missing:
            named = ", ".join(f"“{as_written(question, a)}”" for a in missing)
            reason = f"The question names {named}, which none of the passages found mentions"
            return Extracted(abstain_message(reason), [], True, 0.0, kind=kind)
        # "The s&s thematic says control room sickness is 7.9%": a question that names its
        # source document is answered from that document, not from another report.
        named = named_documents(question, catalogue) if catalogue is not None else ()
        named_ids = {d.doc_id for d in named}
        by_name = (
            {d.doc_id for d in branded(question, catalogue)} if catalogue is not None else set()
        )
        scoped = [p for p in passages if p.doc_id in named_ids] if named_ids else list(passages)
        listing = "; ".join(d.label() for d in named[:3])
        if not scoped:
            reason = f"None of the passages found is from the document it names ({listing})"
            return Extracted(abstain_message(reason), [], True, 0.0, kind=kind)
        if (
            named_ids
            and analysis.focus
            and not any(mentions(analysis.focus, _searchable(p)) >= 0.5 for p in scoped)
        ):
            focus = " ".join(analysis.focus)
            reason = f"The passages found from {listing} do not mention {focus}"
            return Extracted(abstain_message(reason), [], True, 0.0, kind=kind)
        figures = stated_figures(question)
        texts = [_searchable(p) for p in scoped]
        unstated = [f for f in figures if not any(gives_figure(f, t) for t in texts)]
        if unstated:
            # "Which force only attended 9% of shoplifting reports?": a question that states a
            # figure is answered by evidence that states it; without it, the quote would be
            # about some other figure.
            named = ", ".join(f"“{f.written}”" for f in unstated)
            reason = f"The question states {named}, which none of the passages found gives"
            return Extracted(abstain_message(reason), [], True, 0.0, kind=kind)
        if doc_chunks is not None:
            mixed = (
                misattributed(question, passages, doc_chunks)
                or absent_role(question, passages, doc_chunks)
                or unstated_position(question, passages, doc_chunks)
            )
            if mixed:
                return Extracted(abstain_message(mixed), [], True, 0.0, kind=kind)
        grade = asked_grade(question)
        if (grade or asks_all_grades(question)) and doc_chunks is not None:
            found = grade_table_answer(grade, passages, doc_chunks, question)
            if found is not None:
                text, citations, extra = found
                features = {"structured": 1.0}
                return Extracted(text, citations, False, 1.0, None, extra, "list", features)
        if doc_chunks is not None:
            signed = signatory_answer(question, passages, doc_chunks)
            if signed is not None:
                text, citations, name, extra = signed
                features = {"structured": 1.0}
                return Extracted(text, citations, False, 1.0, name, extra, "person", features)
            listed = (
                single_finding_answer(question, passages, doc_chunks)
                or findings_answer(question, passages, doc_chunks)
                or summary_answer(question, passages, doc_chunks)
            )
            if listed is not None:
                text, citations, extra = listed
                features = {"structured": 1.0}
                return Extracted(text, citations, False, 1.0, None, extra, "list", features)
        if _off_topic(analysis.terms - LIGHT_TERMS, _blob(passages)):
            # Not one of the question's own words (or an abbreviation or synonym of one) is in
            # the passages: whatever they say is about something else.
            named = ", ".join(f"“{w}”" for w in _written_terms(question, analysis.terms))
            reason = f"None of the passages found mentions {named}"
            return Extracted(abstain_message(reason), [], True, 0.0, kind=kind)
        sentences = [
            s for s in candidate_sentences(passages) if not _heading_like(passages[s.passage], s)
        ]
        # Evidence about the force and inspection year asked about, not a neighbour's.
        on_force, off_force = _about_forces(question, passages, sentences)
        if sentences and not on_force:
            reason = f"The passages found are about {off_force}, not {_forces_text(question)}"
            return Extracted(abstain_message(reason), [], True, 0.0, kind=kind)
        sentences = on_force
        on_year = _about_years(question, passages, sentences)
        if sentences and not on_year:
            reason = f"None of the passages found is from {_years_text(question)}"
            return Extracted(abstain_message(reason), [], True, 0.0, kind=kind)
        sentences = on_year
        if not sentences:
            return Extracted(ABSTAIN_MESSAGE, [], True, 0.0, kind=kind)
        # A figure in the question proper ("Which force only attended 9% of reports?") is
        # stated by the sentence that answers it.
        stated = [f for f in figures if not f.premise]
        unstated = [f for f in stated if not any(gives_figure(f, x.text) for x in sentences)]
        if unstated:
            named = ", ".join(f"“{f.written}”" for f in unstated)
            where = f" about {_forces_text(question)}" if _forces_text(question) else ""
            reason = f"None of the passages found{where} gives {named}"
            return Extracted(abstain_message(reason), [], True, 0.0, kind=kind)
        if q_vec is None:
            q_vec = self.embedder.embed([question])[0]
        expectation = expectation_for(kind, question)
        if _WHICH_FORCE.search(question) and not find_forces(question, in_question=True):
            # "Which force only attended 9% of reports?" is answered by a sentence naming
            # one; "the lowest rate was 9 percent" does not say which.
            expectation = A_FORCE
        names_forces = _WHICH_FORCES.search(question) is not None
        sentences = prefilter(
            question, sentences, self.max_candidates, FORCES_NAMED if names_forces else expectation
        )
        s_vecs = self._vectors([s.text for s in sentences])
        scores = score_sentences(
            question,
            q_vec,
            sentences,
            s_vecs,
            [p.rank for p in passages],
            analysis.terms,
            self.idf,
            [frozenset(_sentence_terms(p.title)) for p in passages],
        )
        if kind not in _ABOUT_PUBLICATION:
            framed = np.array([framing(s.text) for s in sentences], dtype=bool)
            scores = np.where(framed, scores - FRAMING_PENALTY, scores).astype(np.float32)
        if not _GRADE_WORD.search(question):
            # A judgment table's row ("How well does the force work with communities ...? |
            # Good") grades the thing; a question that asks no grade wants what was found.
            graded = np.array(["|" in s.text and bool(grade_rows(s.text)) for s in sentences])
            scores = np.where(graded, scores - WRONG_KIND_PENALTY, scores).astype(np.float32)
        scores, typed = prefer_kind(scores, sentences, expectation)
        task = task_names(analysis.focus_text) if expectation is PERSON else frozenset()
        if task:
            # "Who's evaluating Stand Together?" is not answered by a sentence whose only
            # name is the scheme's.
            someone = np.array(
                [any(n.lower() not in task for _, n in person_names(s.text)) for s in sentences],
                dtype=bool,
            )
            scores = np.where(typed & ~someone, scores - WRONG_KIND_PENALTY, scores)
            scores = scores.astype(np.float32)
            typed = typed & someone
        if expectation is COUNT and numbers_in(question):
            # "Of the 90 cases reviewed, how many were from the Cardiff hub?": the number
            # the question gives is not the count it asks for.
            own = numbers_in(question)
            typed = typed & np.array([bool(count_clauses(s.text, own)) for s in sentences], bool)
        if (expectation is COUNT or analysis.part_of) and analysis.focus:
            # "How many call handlers?" is answered by a number in a clause about call
            # handlers, not by "four additional supervisors" beside them.
            own = numbers_in(question)
            pairs = [(s.text, passages[s.passage].title) for s in sentences]
            bound = np.array([counts_what_is_asked(analysis, t, own, h) for t, h in pairs], bool)
            # The count that says what the question says of the thing is preferred; one
            # whose sentence says nothing of it at all counts something else.
            if (typed & bound).any() or analysis.part_of:
                # "How many of the 124 pilots are on the Isle of Wight?": a part is counted
                # by a clause that says what the part is; the whole's count is not it.
                typed = typed & bound
            else:
                related = [count_shares_qualifier(analysis, t, own, h) for t, h in pairs]
                typed = typed & np.array(related, bool)
        share_about: np.ndarray | None = None
        if expectation is not None and _SHARE_ASKED.search(question) and analysis.qualifier:
            # "What % of searches had reasonable grounds recorded?" is answered by a share of
            # the searches with grounds recorded: a sentence that names none of the
            # qualifier's words gives the share of something else ("BWV was switched on in
            # 87 percent of searches").
            said = [_untitled_qualifier(analysis, passages[s.passage].title) for s in sentences]
            qualified = np.array(
                [not q or mentions(q, s.text) > 0 for q, s in zip(said, sentences, strict=True)],
                dtype=bool,
            )
            if len(analysis.qualifier) >= 2:
                # One word may be paraphrased ("a poor response" for "an inadequate one"), as
                # for counts (`count_shares_qualifier`); two or more, none said, is something else.
                typed = typed & qualified
            # The whole the share is of is often set by the passage ("Of the 200 records we
            # reviewed, reasonable grounds were recorded in 170 (85 percent)"): a qualified
            # share in a passage about the focus is about it.
            on_focus = [mentions(analysis.focus, _searchable(p)) >= 0.5 for p in passages]
            share_about = qualified & np.array([on_focus[s.passage] for s in sentences], bool)
        if expectation is not None and _AVERAGE.search(question):
            # "What's the average wait?" is answered by an average, not by one case's time
            # or a share within a target ("within 24 hours").
            averaged = np.array([_AVERAGE.search(s.text) is not None for s in sentences])
            typed = typed & averaged
        if kind == "reason":
            # A sentence that gives a cause beats one that restates the problem; soft, since
            # a reason can be given without a causal word.
            causal = np.array([gives(REASON, s.text) for s in sentences], dtype=bool)
            scores = np.where(causal, scores + REASON_BONUS, scores).astype(np.float32)
        acting = kind in ("description", "list") and asks_action(question)
        if acting:
            # "What is Cleveland doing about ...?": what is done or planned, not the finding
            # the question starts from.
            found_only = np.array([only_reports_finding(s.text) for s in sentences], dtype=bool)
            scores = np.where(found_only, scores - REASON_BONUS, scores).astype(np.float32)
        if kind == "list":
            # A list question is answered by several items: a sentence that names them, or
            # the lead-in of the items that follow, beats one that names the topic; soft, as
            # the items may also be sentences of their own.
            listing = np.array([gives_items(s.text) for s in sentences], dtype=bool)
            scores = np.where(listing, scores + REASON_BONUS, scores).astype(np.float32)
            valued = item_expectation(question)
            if valued is not None:
                # "What are the key dates?": items that give dates before ones that do not.
                gives_value = np.array([gives(valued, s.text) for s in sentences], dtype=bool)
                scores = np.where(gives_value, scores + REASON_BONUS, scores).astype(np.float32)
        if _MOST.search(question):
            # "What was most often wrong with the files?" is answered by "The most common
            # problems were ...", in whatever words the superlative comes.
            most = np.array([_MOST.search(s.text) is not None for s in sentences], dtype=bool)
            scores = np.where(most, scores + REASON_BONUS, scores).astype(np.float32)
        about = np.array([mentions(analysis.focus, s.text) >= 0.5 for s in sentences], dtype=bool)
        if analysis.part_of:
            # "not one of the 12 had been fully achieved" is about the 12 recommendations
            own = numbers_in(question)
            whole = [_of_the_whole(analysis, s.text, own) for s in sentences]
            about = about | np.array(whole, dtype=bool)
        if share_about is not None:
            about = about | share_about
        if analysis.focus:
            scores = np.where(about, scores, scores - WRONG_KIND_PENALTY).astype(np.float32)
        if stated:
            states = np.array(
                [all(gives_figure(f, s.text) for f in stated) for s in sentences], dtype=bool
            )
            if states.any() and (expectation is not None or kind == "list"):
                scores = np.where(states, scores, scores - 10.0).astype(np.float32)
            elif states.any():
                # a reason or an account may follow the sentence that states the figure
                scores = np.where(states, scores + REASON_BONUS, scores).astype(np.float32)
        asked_finding = named_finding(question) if kind != "list" else None
        if asked_finding is not None:
            # "Does Harker reckon rec 8 is met?": a sentence under "Recommendation 8", not
            # the same words under "Recommendation 1".
            under = [finding_under(passages[s.passage].text, s.start, s.end) for s in sentences]
            kind_asked, number = asked_finding
            other = np.array(
                [u is not None and u[0] == kind_asked and u[1] != number for u in under]
            )
            same = np.array([u == asked_finding for u in under])
            scores = np.where(other, scores - WRONG_KIND_PENALTY, scores)
            scores = np.where(same, scores + REASON_BONUS, scores).astype(np.float32)
        if by_name and not _RESPONSE_CUE.search(question):
            # "What did Far from help say about Staffs?": the report itself, before the
            # responses that name it
            own = {d.doc_id for d in branded(question, catalogue, own=True)} if catalogue else set()
            cited = np.array([passages[s.passage].doc_id not in own for s in sentences])
            scores = np.where(cited, scores - WRONG_KIND_PENALTY, scores).astype(np.float32)
        if named_ids:
            # soft: a sentence of another document may still be the one that answers
            from_named = np.array([passages[s.passage].doc_id in named_ids for s in sentences])
            scores = np.where(from_named, scores, scores - WRONG_KIND_PENALTY).astype(np.float32)
        periodic = kind in _PERIODIC or value_kind(question) in _PERIODIC
        asked_years = figure_years(question) if periodic else set()
        if asked_years:
            # "What was the 999 answer rate back in 21/22?": a figure dated another year is
            # another year's figure; one the sentence leaves undated may be the asked year's.
            off = np.array(
                [
                    other_period(asked_years, s.text, passages[s.passage].text) is not None
                    for s in sentences
                ]
            )
            if off.any() and not off.all():
                scores = np.where(off, scores - 10.0, scores).astype(np.float32)
        if expectation is not None:
            # A one-value question is answered only by a sentence that gives a value of that
            # kind about its focus: among those, the best; if there are none, a refusal.
            fit = typed & about if analysis.focus else typed
            # ... and whose passage names what the question names ("101", "SECU").
            wanted = soft(question, anchors(question), None)
            if wanted:
                # ... in the passages found from that sentence's document.
                by_doc: dict[str, bool] = {}
                for p in passages:
                    if p.doc_id not in by_doc:
                        same = [_searchable(q) for q in passages if q.doc_id == p.doc_id]
                        by_doc[p.doc_id] = not missing_anchors(question, same)
                has = np.array([by_doc[passages[s.passage].doc_id] for s in sentences], dtype=bool)
                if (fit & ~has).any() and not (fit & has).any():
                    named = ", ".join(f"“{as_written(question, x)}”" for x in wanted)
                    reason = f"The passages that give {expectation.what} do not mention {named}"
                    return Extracted(abstain_message(reason), [], True, 0.0, kind=kind)
                fit = fit & has
            if fit.any():
                scores = np.where(fit, scores, scores - 10.0).astype(np.float32)
        if names_forces:
            # "Which forces were inspected?": a sentence of the best-ranked documents that
            # names forces, or the lead-in of a list in a passage that does, is the answer;
            # one that only counts them is not.
            top_docs = set(dict.fromkeys(p.doc_id for p in passages[:3]))
            naming = np.array(
                [
                    passages[s.passage].doc_id in top_docs
                    and (
                        gives(FORCES_NAMED, s.text)
                        or (
                            introduces_list(s.text)
                            and gives(FORCES_NAMED, passages[s.passage].text)
                        )
                    )
                    for s in sentences
                ],
                dtype=bool,
            )
            if naming.any():
                scores = np.where(naming, scores, scores - 10.0).astype(np.float32)
        limit = self.max_sentences + (2 if kind in ("list", "comparison") else 0)
        chosen = choose(sentences, scores, max_sentences=limit)
        best_i = int(scores.argmax())
        best = sentences[best_i]
        if kind == "list":
            chosen = chosen[:1] + siblings(best_i, sentences, passages, chosen[1:])
        evidence = " ".join([passages[best.passage].text] + [sentences[i].text for i in chosen])
        confidence = evidence_strength(question, float(scores.max()), evidence, self.idf)
        features = answer_features(
            analysis,
            float(scores.max()),
            confidence,
            bool(typed[best_i]),
            bool(about[best_i]),
            coverage(question, evidence, self.idf),
            passages,
            sentence_coverage=coverage(
                question, " ".join(sentences[i].text for i in chosen), self.idf
            ),
            missing_rare=_missing_rare(analysis.terms, passages, self.idf),
        )
        if self.scorer is not None:
            confidence = self.scorer.probability(features)
        threshold = self.scorer.threshold if self.scorer is not None else self.threshold
        if by_name and passages[best.passage].doc_id not in by_name:
            # "What did Everyone's Business say about Clare's Law?": a report named by its
            # own name answers from it (or a response that names it), not from another.
            reason = f"The passages found from {listing} do not answer it"
            return _refusal(reason, min(confidence, threshold - 0.01), kind, features)
        if expectation is not None and not typed[best_i]:
            reason = (
                f"The question asks for {expectation.what}, and none of the passages found "
                "gives one"
            )
            if analysis.focus and about.any():
                reason = (
                    f"The documents mention {analysis.focus_text} but do not say {_asked(kind)}"
                )
                said = analysis.qualifier_text.strip(" ?")
                if said and _SHARE_ASKED.search(question):
                    # "... do not say what share of searches were of children"
                    reason = (
                        f"The documents mention {analysis.focus_text} but do not say what "
                        f"share of {analysis.focus_text} {said}"
                    )
                elif said and _ASKED_VERB.match(said):
                    # "... do not say how many call handlers has Durham's CMC got"
                    reason += f" {analysis.focus_text} {said}"
                elif said:
                    reason += f" {said}"  # "... do not say how many completed Project Steadfast"
            return _refusal(reason, min(confidence, threshold - 0.01), kind, features)
        # Only a hint that names the value itself (pay, cost, a deadline): "figure", "rate"
        # and a "%" sit as often in a premise ("PEEL has satisfaction at 74% - what did the
        # PCC's survey say?") or ask about a measure in words.
        hinted = value_kind(question) if expectation is None else None
        hinted_value = expectation_for(hinted, question) if hinted else None
        named_value = hinted == "date" or (hinted == "money" and _SUM_ASKED.search(question))
        wanted_value = hinted_value if named_value else None
        if wanted_value is not None and not any(
            gives(wanted_value, sentences[i].text) for i in [best_i, *chosen]
        ):
            # "What's a GMP financial investigator paid?" is answered by a sum, not by
            # "GMP will recruit six financial investigators".
            reason = (
                f"The question asks for {wanted_value.what}, and none of the passages found "
                "gives one"
            )
            return _refusal(reason, min(confidence, threshold - 0.01), kind, features)
        if analysis.focus and not about[best_i]:
            if about.any():
                reason = (
                    f"The documents mention {analysis.focus_text} but do not say {_asked(kind)}"
                )
            else:
                reason = f"None of the passages found is about {analysis.focus_text}"
            return _refusal(reason, min(confidence, threshold - 0.01), kind, features)
        if (
            hinted_value is not None
            and not gives(hinted_value, best.text)
            and says_not_given(best.text)
        ):
            # "What's the victim satisfaction rate?" answered by "The performance report did
            # not show ... victim satisfaction": the documents say they do not have it.
            said = " ".join(best.text.split())
            reason = f"The passage found says it is not there: “{said}”"
            return _refusal(reason, min(confidence, threshold - 0.01), kind, features)
        period = other_period(asked_years, best.text, passages[best.passage].text)
        if period:
            reason = (
                f"The passages found give figures for {period}, not for {_years_text(question)}"
            )
            return _refusal(reason, min(confidence, threshold - 0.01), kind, features)
        if acting and only_reports_finding(best.text):
            topic = action_topic(question) or analysis.focus_text or "what the question asks about"
            reason = f"The documents mention {topic} but do not say what is being done about it"
            return _refusal(reason, min(confidence, threshold - 0.01), kind, features)
        if kind == "yesno":
            unsettled = unsettled_reason(question, best.text, passages[best.passage])
            stating = (
                _stating(question, analysis, sentences, passages, scores) if unsettled else None
            )
            if unsettled and stating is None:
                return _refusal(unsettled, min(confidence, threshold - 0.01), kind, features)
            if stating is not None:
                # "Is there any national guidance?" settled by "There is no national
                # guidance", ranked below a sentence about the topic that settles nothing.
                best_i, best = stating, sentences[stating]
                chosen = [stating, *[i for i in chosen if i != stating]]
        if confidence < threshold:
            return Extracted(ABSTAIN_MESSAGE, [], True, confidence, kind=kind, features=features)
        pool = list(passages)
        spans = _expand_lists(
            chosen,
            sentences,
            pool,
            next_chunk,
            listing=kind == "list",
            paragraph=kind in ("list", "reason")
            or (kind == "description" and value_kind(question) is None),
        )
        if kind == "list":
            found = section_lists(question, pool, {s.passage for s in sentences}, next_chunk)
            if found is not None:
                h = found.heading
                items = [(*x, True) for x in found.items]
                lead = pool[found.passage].text[found.items[0][1] : found.items[0][2]]
                if introduces_list(lead):  # "Inspectors raised five causes of concern:"
                    items[0] = (*found.items[0], False)
                spans = [(found.passage, h[0], h[1], False), *items]
        text, citations = compose_spans(spans, pool)
        things = asked_count(question) if kind == "list" else ""
        if things and not names_several(
            [(pool[pi].text[a:b], item) for pi, a, b, item in spans],
            forces=_WHICH_FORCES.search(question) is not None,
            size=asked_size(question),
        ):
            # "Which 20 councils is BTP signing ISAs with?" is answered by naming them;
            # "agreements with 20 councils" says how many, not which.
            reason = f"The passages found do not name the {things} the question asks about"
            return _refusal(reason, min(confidence, threshold - 0.01), kind, features)
        if _WHICH_FORCES.search(question) and len(find_forces(text)) < 2:
            # "Which eight forces were inspected?" is answered by naming them; "fieldwork was
            # carried out in eight police forces" does not.
            reason = "The passages found do not name the forces the question asks for"
            return _refusal(reason, min(confidence, threshold - 0.01), kind, features)
        extra = pool[len(passages) :]
        short = short_answer(
            value_kind(question) or kind,
            citations[0].quote if citations else "",
            analysis,
            self.idf,
        )
        return Extracted(text, citations, False, confidence, short, extra, kind, features)


def counts_what_is_asked(
    analysis: Analysis, text: str, own: frozenset[str], title: str = ""
) -> bool:
    """Does a clause of `text` count the question's focus, as the question qualifies it?
    "How many offenders completed Project Steadfast?" is not answered by "138 offenders were
    referred": the clause with the count must say what the question says of them too (words
    of the document's title excepted: the title says them for every clause)."""
    qualifier = _untitled_qualifier(analysis, title)
    if _of_the_whole(analysis, text, own):
        # "not one of the 12 had been fully achieved" for "how many of the 12 recs were
        # met": the part counted against the whole the question names by its figure,
        # the part's words perhaps varied ("achieved")
        return not qualifier or mentions(qualifier, text) > 0
    return any(
        _counts_focus(analysis, c) and (not qualifier or mentions(qualifier, c) >= 0.5)
        for c in count_clauses(text, own)
    )


# A superlative of frequency or weight: what comes up most, or matters most.
_MOST = re.compile(
    r"\bmost\s+(?:common(?:ly)?|often|frequent(?:ly)?|usual(?:ly)?|serious|significant)\b|"
    r"\b(?:commonest|biggest|main|chief|principal|leading|top)\s+(?:problems?|issues?|"
    r"reasons?|causes?|failings?|faults?|weaknesses?|errors?|concerns?|types?)\b",
    re.IGNORECASE,
)
_OF_THE = re.compile(r"\bof\s+(?:the|its|their|these|those)\s+(\d[\d,]*)\b", re.IGNORECASE)


def _of_the_whole(analysis: Analysis, clause: str, own: frozenset[str]) -> bool:
    """The text counts a part of the whole the question names by its figure ("of the
    12")."""
    return analysis.part_of and any(m.replace(",", "") in own for m in _OF_THE.findall(clause))


def _counts_focus(analysis: Analysis, clause: str) -> bool:
    """A clause about the counted thing: it names its head ("SPOCs" of "stalking SPOCs") and
    half its words, or, calling the thing by another name, most of them ("20,000
    image-related cases" for "image-related referrals"). "Two women ... victims of stalking"
    does not count SPOCs."""
    share = mentions(analysis.focus, clause)
    return share >= 0.5 and (mentions(analysis.focus[-1:], clause) > 0 or share >= 2 / 3)


def _untitled_qualifier(analysis: Analysis, title: str) -> tuple[str, ...]:
    """The question's qualifier less the words of the document's title, which say them for
    every clause of the document."""
    return tuple(t for t in analysis.qualifier if not mentions((t,), title))


def count_shares_qualifier(
    analysis: Analysis, text: str, own: frozenset[str], title: str = ""
) -> bool:
    """The weaker test a count must pass to be quoted at all: a clause of `text` counts the
    focus, and, when the question qualifies the count in two or more words, the sentence
    names at least one of them. Staff paraphrase ("wasn't logging" for "were not recorded",
    "the November intake" for "74 new officers joined"), so one word of theirs missing is
    not a detail the documents lack; a sentence that shares none of "detained overnight"
    counts something else."""
    qualifier = _untitled_qualifier(analysis, title)
    if not any(_counts_focus(analysis, c) for c in count_clauses(text, own)):
        return False
    if not all(mentions(tokenize(n), f"{title} {text}") > 0 for n in qualifier_names(analysis)):
        return False  # "has Durham's CMC got": a name is not paraphrased
    return len(qualifier) < 2 or mentions(qualifier, text) > 0


# Names a qualifier may hold that are not what it restricts the count to: the inspectorate,
# a commissioner, the force (checked on its own), months.
_NOT_A_NAME = re.compile(
    r"^(?:HMI\w*|HMICFRS|HMIC|O?PF?CCs?|Commissioner|Mayor|Police|Home|Office|I|"
    + "|".join(MONTHS)
    + r")$"
)


def qualifier_names(analysis: Analysis) -> list[str]:
    """The proper names and abbreviations in what a count question says of the counted
    thing ("CMC" in "has Durham's CMC got"), forces, the inspectorate and months aside."""
    rest = without_forces(analysis.qualifier_text)
    words = re.findall(r"\b[A-Z][\w&]*", rest)
    return [w for w in words if not _NOT_A_NAME.match(w) and (w.isupper() or len(w) > 2)]


# A question asking what share of something is something else.
_SHARE_ASKED = re.compile(
    r"\b(?:what|which)\s+(?:%|per\s?cent(?:age)?|proportion|share|fraction)\b|"
    r"\bhow many per\s?cent\b|(?:^|\s)%\s+of\b",
    re.IGNORECASE,
)
_AVERAGE = re.compile(r"\b(?:averag(?:e[ds]?|ing)|median|typical(?:ly)?)\b", re.IGNORECASE)
FORCES_NAMED = Expectation("forces", "the forces", lambda t: len(find_forces(t)) >= 2)
A_FORCE = Expectation("force", "the force", lambda t: bool(find_forces(t)))
# A question whose answer is one force.
_WHICH_FORCE = re.compile(
    r"^\W*(?:which|what)\s+(?:police\s+)?(?:force|constabulary)\b(?![-’']|\s+(?:wide|policy|"
    r"policies|level|area|control|management|plan|strategy|priorit|lead|training|change|"
    r"data|system|process|staff|officers|team|unit))",
    re.IGNORECASE,
)
# A question whose answer is a list of forces.
_WHICH_FORCES = re.compile(
    r"\b(?:which|what|name|list)\s+(?:(?:\w+|\d+)\s+){0,2}(?:police\s+)?(?:forces|constabularies)\b",
    re.IGNORECASE,
)


# "Which eight forces ...?", "Which 20 councils ...?": a list whose size the question gives.
_SIZES = (w for w in NUMBER_WORDS if w.isalpha() and w not in ("none", "zero", "no", "one"))
_WHICH_COUNT = re.compile(
    r"\b(?:which|what|name|list)\s+(?:the\s+)?(?P<size>\d{1,3}(?!\d)|" + "|".join(_SIZES) + r")\s+"
    r"(?P<things>(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*s)\b",
    re.IGNORECASE,
)
# Two names joined ("Wigan and Tameside", "Northern and Southern commands").
_NAME_PAIR = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+and\s+[A-Z][\w'’-]+")


# A question that names a grade, or grading ("Was BTP graded good ...?", "What's Kent's RI?").
_GRADE_WORD = re.compile(
    rf"\b(?:grades?|graded|grading|judge?ments?|judged|rated|ratings?|{GRADE_WORDS}|"
    r"requires? improvement|RI)\b",
    re.IGNORECASE,
)


# A description question that names a sum outright ("What's X paid?", "the panel's budget"),
# not what money goes to ("What did the office invest in?", "What is the PCC funding?").
_SUM_ASKED = re.compile(
    r"\b(?:paid|salary|salaries|wages?|costs?|price|charges?|fees?|budget|worth)\b|£",
    re.IGNORECASE,
)


def asked_count(question: str) -> str:
    """The things a question asks which of, when it says how many ("Which three forces
    ...?" -> "forces"); "" otherwise."""
    m = _WHICH_COUNT.search(question)
    return m.group("things") if m else ""


# A sentence saying a figure or a record is not there ("the force could not tell us how
# many", "the report did not show victim satisfaction", "no data on outcomes").
_NOT_GIVEN = re.compile(
    r"\b(?:did|does|do|could|can|was|were)\s*(?:not|n[o']t)\s+(?:yet\s+)?(?:show|record|collect|"
    r"know|tell us|give|publish|hold|provide|monitor|measure|analyse|report)\b"
    r"|\bno (?:data|figures?|information|records?|breakdown)\b"
    r"|\b(?:not|never) (?:been )?(?:recorded|known|collected|published|available|measured|"
    r"monitored|analysed|broken down)\b",
    re.IGNORECASE,
)


def says_not_given(text: str) -> bool:
    """Does the sentence say the thing is not recorded, known or shown?"""
    return _NOT_GIVEN.search(text) is not None


def asked_size(question: str) -> int:
    """How many things a "Which eight forces ...?" question asks for (0: it does not say)."""
    m = _WHICH_COUNT.search(question)
    if m is None:
        return 0
    size = m.group("size").lower()
    return int(size) if size.isdigit() else NUMBER_WORDS.get(size, 0)


def names_several(
    spans: Sequence[tuple[str, bool]], *, forces: bool = False, size: int = 2
) -> bool:
    """Whether quoted spans (text, is a list item) name several things, not only count
    them: list items, or a sentence naming a series or a pair. For forces, a span naming
    two or more forces, or items each naming one (an aside about another force, "Essex was
    not one of the eight", names none of them). Of the `size` things asked for, at least
    half (and two) are named: three fieldwork forces are not "the 17 forces"."""
    need = max(2, -(-size // 2))
    items = [t for t, item in spans if item]
    if forces:
        named = {f for t, _ in spans for f in find_forces(t)}
        return len(named) >= need and (
            any(len(find_forces(t)) >= 2 for t, _ in spans)
            or sum(1 for t in items if find_forces(t)) >= 2
        )
    if len(items) >= need:
        return True
    return any(_series_size(t) >= need or (need <= 2 and _NAME_PAIR.search(t)) for t, _ in spans)


def _series_size(text: str) -> int:
    """How many things a sentence's series names ("a, b, c and d": 4; none: 0)."""
    m = _LISTED.search(" ".join(text.split())[:400])
    return m.group(0).count(",") + m.group(0).count(";") + 2 if m else 0


# "Leeds, Bradford and Wakefield": one or more separators, then "and" or "or".
_LISTED = re.compile(r"(?:[^,;]+[,;]\s*)+[^,;]+?\s(?:and|or)\s")


def _missing_rare(
    terms: frozenset[str], passages: Sequence[Passage], idf: Callable[[str], float]
) -> float:
    """How rare the rarest question term no passage names is, relative to the rarest term
    of the question (0: every term is there). An on-topic near miss usually lacks exactly
    one specific detail ("rural" crime officers)."""
    if not terms:
        return 0.0
    blob = " ".join(_searchable(p) for p in passages)
    absent = [t for t in terms if mentions((t,), blob) == 0]
    top = max(idf(t) for t in terms) or 1.0
    return max((idf(t) for t in absent), default=0.0) / top


def _off_topic(terms: frozenset[str], blob: str) -> bool:
    """Under a fifth of the question's content terms in the passages (none, for one or two
    terms): the passages are about something else ("a recipe for sourdough bread", "police
    dogs"). Counted, not IDF-weighted: staff's informal words ("reckon", "downhill") are rare
    in reports and would dominate."""
    if not terms:
        return False
    return sum(mentions((t,), blob) > 0 for t in terms) / len(terms) < 0.2


# "Has the Home Office ...?", "Did the College of Policing ...?": the body a yes/no question
# asks about, when it is neither a force nor the documents' own voice (the inspectorate
# writes "we", a commissioner "I").
_YESNO_ACTOR = re.compile(
    r"^\W*(?i:has|have|had|did|does|do|is|are|was|were|can|could)\s+(?:the\s+)?"
    r"((?:[A-Z][\w&'’-]*)(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w&'’-]*){0,4})"
)
# Bodies outside the force and the commissioner's office: an organisation word in the name,
# or a national body's acronym.
_BODY_WORD = re.compile(
    r"\b(?:Office|Council|Councils|College|Agency|Service|Trust|Department|Ministry|Rail|"
    r"Government|Treasury|Secretary|Partnership|Probation|University)\b"
)
_NATIONAL_BODIES = frozenset(
    "npcc cps nhs iopc nca dft moj dvla hmrc ukas nfib hmpps ons dwp lga apcc".split()  # noqa: SIM905
)


# A yes/no about what the inspectorate did, and a sentence that names it.
_ASKS_INSPECTORATE = re.compile(
    r"^\W*(?:has|have|had|did|does|do|is|was|will)\s+(?:the\s+)?(?:HMI|HMIC|HMICFRS|"
    r"inspectorate|inspectors?|HM\s+Inspector\w*)\b",
    re.IGNORECASE,
)
_INSPECTORATE_NAMED = re.compile(
    r"\b(?:HMI\w*|inspectorate|inspectors?|HM\s+Inspector\w*|His Majesty's Inspector\w*)\b",
    re.IGNORECASE,
)
# A commissioner's office (the PCC's, the Mayor's, MOPAC) speaks in its own documents.
_OWN_VOICE = re.compile(r"\b(?:O?PF?CC|Commissioner|Mayor|MOPAC)\b", re.IGNORECASE)


def yesno_actor(question: str) -> str:
    """The outside body a yes/no question asks about ("the Home Office", "the NPCC"), or ''
    (a force, the inspectorate or a commissioner speak for themselves in their documents)."""
    m = _YESNO_ACTOR.match(question)
    if not m:
        return ""
    actor = m.group(1).strip()
    alone = len(actor.split()) == 1 and _BODY_WORD.match(actor)
    if find_forces(actor, in_question=True) or alone or _OWN_VOICE.search(actor):
        return ""  # a force, "the Office (of the PCC)", the PCC's or the Mayor's office
    if _BODY_WORD.search(actor) or actor.lower() in _NATIONAL_BODIES:
        return actor
    return ""


def _stating(
    question: str,
    analysis: Analysis,
    sentences: Sequence[Sentence],
    passages: Sequence[Passage],
    scores: np.ndarray,
) -> int | None:
    """The best-scored sentence that states the yes/no's very proposition
    (`states_proposition`), or is about the numbered finding it names, and settles it,
    when the best sentence does not: the tests are strict enough to look past the top few.
    ("Recommendation 8. This recommendation is for me. ... I consider that the
    recommendation is met.")"""
    asked = named_finding(question)
    for i in np.argsort(-scores):
        s = sentences[int(i)]
        stated = states_proposition(question, s.text, analysis.terms, mentions)
        if not stated and (
            asked is None
            or finding_under(passages[s.passage].text, s.start, s.end) != asked
            or not echoes_verdict(question, s.text)  # "met" for "is rec 8 met?"
        ):
            continue
        # Saying there are two coordinators is the verdict, with no verdict word in it.
        why = unsettled_reason(question, s.text, passages[s.passage])
        if why is None or (stated == EXISTS and why == _UNSETTLED[NO_VERDICT]):
            return int(i)
        if stated == EXISTS and why == _UNSETTLED[ONLY_PLANNED] and denies(s.text):
            # "does not have a plan, although it intends to write one": a no, with a plan
            return int(i)
    return None


def unsettled_reason(question: str, sentence: str, passage: Passage) -> str | None:
    """Why `sentence` (from `passage`) does not settle the yes/no `question`, or None."""
    when = _asked_years(question)
    # A paragraph, or its document's title or date, often dates itself once.
    where = f"{passage.title} {passage.published or ''} {passage.text}"
    if when and not any(mentions_year(where, y) for y in when):
        # "Did Cumbria get 101 abandonment under 10% by March '25?" is not settled by
        # "In March 2024, the abandonment rate was 22.7 percent."
        asked = " or ".join(str(y) for y in sorted(when))
        return f"None of the passages found says what happened in {asked}"
    if (
        _ASKS_INSPECTORATE.match(question)
        and passage.doc_type not in REPORT_TYPES
        and not _INSPECTORATE_NAMED.search(sentence)
    ):
        # "Has HMI come back and accepted the PCC's argument?" is settled by what the
        # inspectorate did, which a commissioner's response can only report by naming it.
        return "None of the passages found says what the inspectorate has done"
    actor = yesno_actor(question)
    if actor and mentions(tokenize(actor), sentence) < 0.5:
        # "Has the Home Office given Merseyside a date?" is settled by what the Home Office
        # did, not by a sentence about Merseyside's fraud reports.
        return f"None of the passages found says what {actor} has done"
    # "Has the College updated its APP yet?" answered by "the College should update its APP
    # by June 2026" would read as a yes: a plan does not say what happened. (A comparison is
    # settled by figures, not by a verdict.)
    why = None if _COMPARES.search(question) else unsettling(question, sentence)
    if why and not restates(question, sentence, mentions):
        return _UNSETTLED[why]
    return None


# What a refusal says for each way a sentence leaves a yes/no open (rag.answer_types).
_UNSETTLED = {
    ONLY_PLANNED: "The documents say what was recommended or planned, not whether it has happened",
    NOT_NOW: "The passages found say how things stood when they were written, not how they "
    "stand now",
    NOT_DONE: "The passages found do not say whether it has been done",
    NO_STATUS: "The passages found do not say where it stands",
    NO_VERDICT: "None of the passages found says yes or no",
    NOT_A_STATEMENT: "None of the passages found says yes or no",
}


_COMPARES = re.compile(
    r"\b(?:than|fewer or more|more or fewer|more or less|better or worse)\b", re.I
)
_MONTH_YEAR = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:'(\d\d)|([4-9]\d))\b",
    re.I,
)


def _asked_years(question: str) -> set[int]:
    """The years a question names: '2024', '24/25' (its years), 'March 25' (2025)."""
    years = {y for group in year_groups(question) for y in group}
    # "March 25" is a year as staff write it, "March 31" more often a day: only 2-digit
    # numbers a day cannot be, or written with an apostrophe ("March '25"), count.
    return years | {2000 + int(m.group(1) or m.group(2)) for m in _MONTH_YEAR.finditer(question)}


# The kinds of figure a year dates ("the answer rate in 2021/22"); a date is itself one.
_PERIODIC = ("quantity", "money")
# "In the year ending 31 March 2024" is the financial year 2023/24.
_YEAR_ENDING = re.compile(
    r"\byear (?:ending|ended|to|up to)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+((?:19|20)\d\d)\b"
)


# "since 2019", "before 2020": a span of years, not the one a figure must be dated by.
_OPEN_YEAR = re.compile(r"\b(?:since|after|before|until|from|by)\s+((?:19|20)\d\d)\b", re.I)


def sentence_years(text: str) -> set[int]:
    """The years a sentence dates its figures by: the years it names, a range's years, a
    financial year ending in a year as the year before too."""
    years = _years_in(text)
    return years | {int(y) - 1 for y in _YEAR_ENDING.findall(text)}


def figure_years(question: str) -> set[int]:
    """The years a number or money question asks a figure of ("back in 21/22"): not a year
    that dates the report asked about ("in the 2021/22 PEEL"), nor one that opens a span
    ("since 2019")."""
    dated = document_years(full_years(question)) | {int(y) for y in _OPEN_YEAR.findall(question)}
    return {y for g in year_groups(question) if g[0] not in dated for y in g}


def other_period(asked: set[int], text: str, context: str = "") -> str | None:
    """The years a sentence's figures are for, when they are not the `asked` years
    (`figure_years`): "In the year ending 31 March 2024, it answered 71.4 percent" against
    2021/22. None when nothing is asked, or the sentence names no year and its passage
    (`context`) none either ("In the same period, 18.2 percent of calls were abandoned" is
    dated by its paragraph)."""
    if not asked:
        return None
    years = sentence_years(text) or sentence_years(context)
    if not years or years & asked:
        return None
    ordered = sorted(years)
    if len(ordered) == 2 and ordered[1] == ordered[0] + 1:
        return f"{ordered[0]}/{ordered[1] % 100:02d}"  # a financial year
    return ", ".join(str(y) for y in ordered)


def _refusal(reason: str, confidence: float, kind: str, features: dict[str, float]) -> Extracted:
    """A refusal by rule, whatever the score: `ruled` keeps it out of the score's fitting."""
    features = {**features, "ruled": 1.0}
    return Extracted(abstain_message(reason), [], True, confidence, kind=kind, features=features)


def _about_forces(
    question: str, passages: Sequence[Passage], sentences: list[Sentence]
) -> tuple[list[Sentence], str]:
    """Sentences from passages about the forces the question names (the document's force,
    or the passage naming the force), and the forces the others are about."""
    asked = set(find_forces(question, in_question=True))
    if not asked:
        return sentences, ""
    ok: dict[int, bool] = {}
    for i, p in enumerate(passages):
        ok[i] = p.force in asked or bool(asked & set(find_forces(f"{p.title}\n{p.text}")))
    keep = []
    for s in sentences:
        named = set(find_forces(s.text))
        # A sentence naming only other forces is about them, whatever its passage.
        if ok[s.passage] and not (named and not named & asked):
            keep.append(s)
    others = sorted({p.force for i, p in enumerate(passages) if not ok[i] and p.force})
    return keep, ", ".join(others[:3]) or "other forces or national reports"


def _forces_text(question: str) -> str:
    return " or ".join(find_forces(question, in_question=True))


def _about_years(
    question: str, passages: Sequence[Passage], sentences: list[Sentence]
) -> list[Sentence]:
    """When the question names an inspection or report year: sentences from documents of
    that year (or the next: reports appear after their fieldwork), or naming it."""
    if not _ROUND_CUE.search(question):
        return sentences
    groups = year_groups(question)
    if not groups:
        return sentences
    wanted = {y for g in groups for y in (g[0], g[0] + 1)}
    # A year that dates the document asked about ("the 2019 report") is met only by a
    # document of that year, not by a later one that mentions the report.
    dated = document_years(question)
    keep = []
    for s in sentences:
        p = passages[s.passage]
        years = set(_years_in(p.title)) | ({p.year} if p.year else set())
        named = any(g[0] not in dated and str(g[0]) in f"{p.title} {p.text}" for g in groups)
        if years & wanted or named:
            keep.append(s)
    return keep


def _years_text(question: str) -> str:
    return ", ".join(str(g[0]) if len(g) == 1 else f"{g[0]}-{g[-1]}" for g in year_groups(question))


def _blob(passages: Sequence[Passage]) -> str:
    return " ".join(_searchable(p) for p in passages)


def _written_terms(question: str, terms: frozenset[str]) -> list[str]:
    """The question's words behind `terms`, as it spells them."""
    out: list[str] = []
    for m in re.finditer(r"[A-Za-z][\w'’-]*", question):
        if set(tokenize(m.group(0))) & terms and m.group(0) not in out:
            out.append(m.group(0))
    return out[:6]


# "has Durham's CMC got": a qualifier in the question's own word order, quoted with its focus.
_ASKED_VERB = re.compile(r"(?:did|does|do|has|have|had|is|are|was|were|will)\b", re.I)


def _asked(kind: str) -> str:
    return {
        "quantity": "how many",
        "money": "how much",
        "date": "when",
        "duration": "how long",
        "frequency": "how often",
        "grade": "the grade",
        "person": "who",
    }.get(kind, "what was asked")
