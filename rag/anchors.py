"""The specific things a question names, which the evidence must mention.

"What did Lancashire PCC Clive Grunshaw publish...?" is about Clive Grunshaw; passages that
never mention him cannot answer it, however close they are in topic. Anchors are names
(capitalised words), acronyms, financial years ("2019/20") and numbers ("101") in the
question. Force names are left out (their many aliases are matched by query analysis), and
so are plain years, which documents express loosely ("the 2024 report" of PEEL 2023-25).
Pure functions, table-tested.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.forces import without_forces
from rag.answer_types import MONTHS

# Words that name the subject area itself: present in nearly every document, or written
# many ways ("HMICFRS's", "Her Majesty's Inspectorate").
GENERIC = frozenset(
    """
    what which who whom whose when where why how did does do was were is are has have had
    can could should would will may might the a an in of for to and or on at by with from
    after before during since about between his her their its our this that these those
    it if as not no any all roughly just so then there here we i you they he she
    pcc pccs opcc opccs pfcc ocs hmic hmicfrs hmcpsi peel police policing commissioner
    commissioners crime constabulary force forces inspectorate inspectorates inspection
    inspections inspector inspectors report reports response responses chief constable
    constables national mayor office majesty majesty's hm thematic panel government uk
    england wales english welsh
    """.split()  # noqa: SIM905
)
_MONTHS = frozenset(m.lower() for m in MONTHS)
_TOKEN = re.compile(r"[A-Za-z][\w&’'-]*|\d[\d,]*(?:\.\d+)?(?:\s*[/–-]\s*\d{2,4})?")
_YEAR = re.compile(r"(?:19|20)\d\d")
_FISCAL = re.compile(r"((?:19|20)\d\d)\s*[/–-]\s*(\d{2,4})")
_NUMBER_WORDS = {
    "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
    "8": "eight", "9": "nine", "10": "ten", "11": "eleven", "12": "twelve", "20": "twenty",
}  # fmt: skip


def _norm(token: str) -> str:
    return re.sub(r"'s$", "", token.replace("’", "'")).strip("'-").lower()


def _fiscal(start: str, end: str) -> str:
    return f"{start}/{end[-2:]}"


def anchors(question: str) -> list[str]:
    """The question's anchors, lower-cased, in order, without repeats."""
    text = without_forces(question.replace("’", "'"))
    out: list[str] = []
    first = True
    for m in _TOKEN.finditer(text):
        token = m.group(0)
        word = _norm(token)
        was_first, first = first, False
        if not word or word in GENERIC:
            continue
        if word[0].isdigit():
            fiscal = _FISCAL.fullmatch(word)
            if fiscal:
                out.append(_fiscal(*fiscal.groups()))
            elif not _YEAR.fullmatch(word):
                out.append(word.replace(",", ""))
        elif token.isupper() and len(token) >= 2:
            out.append(word)  # an acronym, even at the start
        elif token[0].isupper() and not was_first and word not in _MONTHS:
            out.append(word)
    return list(dict.fromkeys(out))


def _initialisms(words: list[str]) -> set[str]:
    found: set[str] = set()
    for n in (2, 3, 4):
        for i in range(len(words) - n + 1):
            found.add("".join(w[0] for w in words[i : i + n]))
    return found


def missing_anchors(question: str, texts: Iterable[str]) -> list[str]:
    """Anchors of the question that none of `texts` mentions (an acronym counts as
    mentioned when its words are: "CSE" in "child sexual exploitation")."""
    wanted = anchors(question)
    if not wanted:
        return []
    blob = " ".join(texts).replace("’", "'").lower()
    blob_fiscal = _FISCAL.sub(lambda m: _fiscal(*m.groups()), blob)
    words = {_norm(m.group(0)) for m in _TOKEN.finditer(blob)}
    words |= {w.replace(",", "") for w in words if w[:1].isdigit()}
    initials: set[str] | None = None
    missing: list[str] = []
    for anchor in wanted:
        if anchor[0].isdigit():
            if "/" in anchor:
                ok = anchor in blob_fiscal
            else:
                ok = anchor in words or _NUMBER_WORDS.get(anchor, "\0") in words
        elif anchor in words or (" " in anchor and anchor in blob):
            ok = True
        else:
            stem = anchor[:-1] if anchor.endswith("s") and len(anchor) > 4 else anchor
            ok = any(w.startswith(stem) for w in words) if len(stem) >= 5 else False
            if not ok and anchor.isalpha() and len(anchor) <= 5:
                if initials is None:
                    initials = _initialisms(re.findall(r"[a-z]+", blob))
                ok = anchor in initials
        if not ok:
            missing.append(anchor)
    return missing


def as_written(question: str, anchor: str) -> str:
    """An anchor as the question spells it (for messages)."""
    m = re.search(re.escape(anchor), question.replace("’", "'"), re.IGNORECASE)
    return m.group(0) if m else anchor
