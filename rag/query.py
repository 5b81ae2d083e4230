"""Query understanding: what a question says about forces, years and document kinds, and
rewriting follow-up questions with the conversation so far. Pure functions.

The intent is used to boost matching passages (and to expand the lexical query), never to
filter: a question that names "Kent" may still be answered by a national report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rag.forces import FORCES, find_forces, force_spans
from rag.glossary import ABBREVIATIONS, PHRASES
from rag.tokens import tokenize

_RESPONSE_CUES = re.compile(
    r"\b(pcc|pfcc|opcc|commissioner|commissioner's|mayor|mopac|reply|replied|respond|"
    r"responded|response|responses|responding|said in (her|his|their) response)\b",
    re.IGNORECASE,
)
_THEMATIC_CUES = re.compile(
    r"\b(thematic|national|nationally|across (all )?forces|"
    r"england and wales|jtai|joint targeted)\b",
    re.IGNORECASE,
)
_REPORT_CUES = re.compile(
    r"\b(inspectors?|inspectorate|hmic|hmicfrs|inspection|peel|"
    r"report (found|said)|graded|grades?)\b",
    re.IGNORECASE,
)
FORCE_NAMES = frozenset(FORCES)
_YEAR = re.compile(r"\b((?:19|20)\d\d)(?:\s*[/-]\s*(\d\d(?:\d\d)?))?\b")


@dataclass(frozen=True)
class Intent:
    forces: tuple[str, ...] = ()
    doc_types: frozenset[str] = field(default_factory=frozenset)
    years: frozenset[int] = field(default_factory=frozenset)
    title_terms: tuple[str, ...] = ()  # words naming a document: "the fraud thematic"
    # capitalised words after the first, lower-cased: a surname may name a page's owner
    names: frozenset[str] = field(default_factory=frozenset)

    @property
    def empty(self) -> bool:
        return not (self.forces or self.doc_types or self.years or self.title_terms or self.names)


# "the fraud thematic", "the Durham contact management report": a document named by its
# subject and its kind. The subject words are the ones right before the kind word.
_NAMED_DOC = re.compile(
    r"((?:[\w'’&-]+\s+){1,4})(thematic|inspection|report|review|assessment|response|reply)\b",
    re.IGNORECASE,
)
_NOT_SUBJECT = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "their",
        "its",
        "his",
        "her",
        "our",
        "my",
        "latest",
        "last",
        "recent",
        "new",
        "first",
        "second",
        "national",
        "joint",
        "force",
        "forces",
        "police",
        "pcc",
        "pfcc",
        "opcc",
        "commissioner",
        "commissioner's",
        "hmi",
        "hmic",
        "hmicfrs",
        "inspectorate",
        "inspectorate's",
        "peel",
        "vs",
        "v",
        "versus",
        "and",
        "or",
        "of",
        "in",
        "on",
        "for",
        "to",
        "from",
        "by",
        "with",
        "full",
        "main",
        "original",
        "follow-up",
        "s55",
        "section",
        "latest",
        "whole",
        "own",
        "which",
        "what",
        "did",
    ]
)


def named_subjects(question: str) -> tuple[tuple[str, ...], ...]:
    """The subject words of each document the question names ("fraud" in "the fraud
    thematic"; "contact management" in "the Durham contact management report"): the
    words right before the kind word, stopping at a function word, skipping forces and
    years. One tuple per document named; empty when the question names none that way."""
    out: list[tuple[str, ...]] = []
    for m in _NAMED_DOC.finditer(question):
        words = m.group(1).split()
        taken: list[str] = []
        for word in reversed(words):
            w = re.sub(r"['’]s$", "", word.lower()).strip("'’")
            if any(c.isdigit() for c in w) or find_forces(word, in_question=True):
                continue
            if w in _NOT_SUBJECT:
                break
            taken.append(w)
        if taken:
            out.append(tuple(reversed(taken)))
    return tuple(out)


def title_terms(question: str) -> tuple[str, ...]:
    """Every subject word of the documents the question names (`named_subjects`), once."""
    return tuple(dict.fromkeys(w for subject in named_subjects(question) for w in subject))


def analyse(question: str) -> Intent:
    forces = tuple(find_forces(question, in_question=True))
    doc_types: set[str] = set()
    if _RESPONSE_CUES.search(question):
        doc_types.add("pcc_response")
    if _THEMATIC_CUES.search(question):
        doc_types.add("thematic_report")
    if _REPORT_CUES.search(question) and "pcc_response" not in doc_types:
        doc_types.add("inspection_report")
    years: set[int] = set()
    for m in _YEAR.finditer(question):
        first = int(m.group(1))
        years.add(first)
        if m.group(2):
            second = int(m.group(2))
            if second < 100:
                second += first - first % 100
            if 0 < second - first <= 3:
                years.update(range(first + 1, second + 1))
    names = frozenset(w.lower() for w in re.findall(r"(?<=\s)[A-Z][a-z'’-]{2,}", question))
    return Intent(forces, frozenset(doc_types), frozenset(years), title_terms(question), names)


def expand(question: str, intent: Intent) -> str:
    """The lexical query: the question plus the canonical names of forces it abbreviates and
    the words of the policing abbreviations it uses ("recs" -> recommendations, "RI" ->
    requires improvement; rag.glossary)."""
    extra = [f for f in intent.forces if f.lower() not in question.lower()]
    lower = question.lower()
    for token in dict.fromkeys(re.findall(r"[A-Za-z]+", question)):
        longs = ABBREVIATIONS.get(token.lower())
        if (
            longs
            and longs[0] not in lower
            and (
                token.isupper()
                or sum(c.isupper() for c in token) >= 2  # "CoC", "CoLP"
                or len(token) > 3
                or token.lower() in _SHORTHAND
            )
        ):
            extra.append(longs[0])
    return f"{question} {' '.join(extra)}" if extra else question


_PHRASES = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(p) for p in sorted(PHRASES, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)


def expand_terms(query: str) -> str:
    """The lexical query with the official words for everyday phrases it uses ("special
    measures" -> Engage, "senior officer" -> chief constable; rag.glossary.PHRASES)."""
    lower = query.lower()
    extra = [
        PHRASES[m.group(1).lower()]
        for m in _PHRASES.finditer(query)
        if PHRASES[m.group(1).lower()] not in lower
    ]
    return f"{query} {' '.join(dict.fromkeys(extra))}" if extra else query


# Lower-case shorthand that is safe to expand (upper-case abbreviations always are).
_SHORTHAND = frozenset({"recs", "rec", "afis", "cocs", "npts"})


def entity_queries(question: str, intent: Intent) -> list[tuple[str, Intent]]:
    """One query per entity a question compares: each force it names (two or more), else
    each inspection year or round ("2018/19 ... 2021/22"), with the other entities' names
    taken out. Empty when the question names fewer than two."""
    forces = force_spans(question)
    if len({name for _, _, name in forces}) >= 2:
        spans = [(s, e, name) for s, e, name in forces]
    else:
        spans = [(m.start(), m.end(), m.group(0)) for m in _YEAR_SPAN.finditer(question)]
        if len({label for _, _, label in spans}) < 2:
            return []
    out: list[tuple[str, Intent]] = []
    for label in dict.fromkeys(label for _, _, label in spans):
        text = question
        for s, e, other in sorted(spans, reverse=True):
            if other != label:
                text = text[:s] + text[e:]
        text = re.sub(r"\s+", " ", text).strip()
        sub = analyse(text)
        if label in FORCE_NAMES:
            sub = Intent((label,), intent.doc_types, sub.years)
        out.append((text, sub))
    return out


def titled(title: str, terms: tuple[str, ...]) -> bool:
    """Whether a title has every subject word the question names its document by."""
    have = set(tokenize(title))

    def named(term: str) -> bool:
        if set(tokenize(term)) <= have:
            return True
        longs = (*ABBREVIATIONS.get(term, ()), *([PHRASES[term]] if term in PHRASES else []))
        for long in longs:  # "csa": most of "child sexual abuse"; "s&s": stop and search
            words = set(tokenize(long))
            if words and len(words & have) * 3 >= len(words) * 2:
                return True
        return False

    return all(named(t) for t in terms)


def owned_by(people: Iterable[str], names: frozenset[str]) -> bool:
    """Does a question name (`Intent.names`) one of a page's owners by surname?"""
    return any(p.split()[-1].lower() in names for p in people if p.strip())


def boost(meta: dict[str, object], intent: Intent) -> float:
    """How many of the question's cues a passage's document matches (0..4)."""
    score = 0.0
    if intent.forces and meta.get("force") in intent.forces:
        score += 1.0
    # Only the response cue is reliable enough to boost on ("report", "inspectors" appear in
    # questions about every kind of document; measured on the dev set: boosting them hurt).
    if "pcc_response" in intent.doc_types and meta.get("doc_type") == "pcc_response":
        score += 0.3
    if intent.title_terms and titled(str(meta.get("title", "")), intent.title_terms):
        score += 1.0
    people = str(meta.get("people", ""))
    if intent.names and people and owned_by(people.split("; "), intent.names):
        score += 1.0  # "What's Entwistle committed to?": the page whose owner that is
    if intent.years:
        title = str(meta.get("title", ""))
        title_years = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", title)}
        if meta.get("year") in intent.years or title_years & intent.years:
            score += 0.5
    return score


_FOLLOW_UP = re.compile(
    r"^\s*(and|but|also|what about|how about|so|then|same|did they|did she|did he|"
    r"was it|were they|is that|what else)\b|\b(that|this|these|those|they|them|it|its|"
    r"their|there|he|she|his|her|the same|the commissioner|the force|the report|"
    r"the response|the inspectorate|the pcc|the pfcc|the opcc|the mayor)\b",
    re.IGNORECASE,
)


def is_follow_up(question: str) -> bool:
    """Short questions leaning on earlier turns ('and what did the commissioner say?')."""
    intent = analyse(question)
    words = re.findall(r"\w+", question)
    return bool(_FOLLOW_UP.search(question)) and len(words) <= 14 and not intent.forces


_SWAP = re.compile(
    r"^\W*(?:and|but|so)?\s*(?:(?:what|how)\s+(?:about|of)|same\s+(?:for|with|in)|the same\s+"
    r"(?:for|with|in)|and\s+(?:for|in))\b",
    re.IGNORECASE,
)
_YEAR_SPAN = re.compile(r"\b(?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?\b")


def swap_follow_up(question: str, previous: str) -> str | None:
    """'and what about Devon and Cornwall?' after a question about Kent: the previous
    question with its force (or year, for 'same for 2018/19?') swapped. None when the
    question is not such a follow-up."""
    if not _SWAP.search(question) or len(question.split()) > 10:
        return None
    forces = force_spans(question)
    years = list(_YEAR_SPAN.finditer(question))
    if not forces and not years:
        return None
    out = previous
    if forces:
        new = forces[0][2]
        old = force_spans(out)
        for start, end, _ in reversed(old):
            out = out[:start] + new + out[end:]
        if not old:
            out = f"{out.rstrip('?')} in {new}?"
    if years:
        new_year = years[0].group(0)
        old_years = list(_YEAR_SPAN.finditer(out))
        for m in reversed(old_years):
            out = out[: m.start()] + new_year + out[m.end() :]
        if not old_years:
            out = f"{out.rstrip('?')} in {new_year}?"
    return out


def rewrite_follow_up(question: str, history: list[str]) -> str:
    """Retrieval text for a follow-up: a swapped previous question ('and what about Kent?'),
    or the question plus the latest earlier question that named a force or topic.
    Questions that stand alone are returned unchanged."""
    if history:
        swapped = swap_follow_up(question, history[-1])
        if swapped:
            return swapped
    if not history or not is_follow_up(question):
        return question
    previous = history[-1]
    for earlier in reversed(history):
        if analyse(earlier).forces:
            previous = earlier
            break
    return f"{question} (context: {previous})"
