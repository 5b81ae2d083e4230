"""Query understanding: what a question says about forces, years and document kinds, and
rewriting follow-up questions with the conversation so far. Pure functions.

The intent is used to boost matching passages (and to expand the lexical query), never to
filter: a question that names "Kent" may still be answered by a national report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rag.forces import find_forces, force_spans
from rag.glossary import ABBREVIATIONS

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
_YEAR = re.compile(r"\b((?:19|20)\d\d)(?:\s*[/-]\s*(\d\d(?:\d\d)?))?\b")


@dataclass(frozen=True)
class Intent:
    forces: tuple[str, ...] = ()
    doc_types: frozenset[str] = field(default_factory=frozenset)
    years: frozenset[int] = field(default_factory=frozenset)

    @property
    def empty(self) -> bool:
        return not (self.forces or self.doc_types or self.years)


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
    return Intent(forces, frozenset(doc_types), frozenset(years))


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
            and (token.isupper() or len(token) > 3 or token.lower() in _SHORTHAND)
        ):
            extra.append(longs[0])
    return f"{question} {' '.join(extra)}" if extra else question


# Lower-case shorthand that is safe to expand (upper-case abbreviations always are).
_SHORTHAND = frozenset({"recs", "rec", "afis", "cocs", "npts"})


def boost(meta: dict[str, object], intent: Intent) -> float:
    """How many of the question's cues a passage's document matches (0..3)."""
    score = 0.0
    if intent.forces and meta.get("force") in intent.forces:
        score += 1.0
    # Only the response cue is reliable enough to boost on ("report", "inspectors" appear in
    # questions about every kind of document; measured on the dev set: boosting them hurt).
    if "pcc_response" in intent.doc_types and meta.get("doc_type") == "pcc_response":
        score += 0.3
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
