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
from dataclasses import dataclass, field

import numpy as np

from rag.forces import without_forces
from rag.glossary import ABBREVIATIONS, follows_threshold
from rag.schema import MONTHS, WORD_FOR

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
    constables national mayor office majesty majesty's hm hmi hmis thematic panel government uk
    england wales english welsh coc cocs afi afis aoi aois
    """.split()  # noqa: SIM905
)
_MONTHS = frozenset(m.lower() for m in MONTHS)
_TOKEN = re.compile(r"[A-Za-z][\w&’'-]*|\d[\d,]*(?:\.\d+)?(?:\s*[/–-]\s*\d{2,4})?")
_YEAR = re.compile(r"(?:19|20)\d\d")
_FISCAL = re.compile(r"((?:19|20)\d\d)\s*[/–-]\s*(\d{2,4})")
_NUMBER_WORDS = {str(n): w for n, w in WORD_FOR.items()}


def _norm(token: str) -> str:
    return re.sub(r"'s$", "", token.replace("’", "'")).strip("'-").lower()


_SHORT_FISCAL = re.compile(r"(\d\d)\s*[/–-]\s*(\d\d)")
_MONTH_ABBREVIATIONS = frozenset(m[:3] for m in _MONTHS) | {"sept"}


# "10-12 officers": a number range, not a financial year or inspection round.
COUNTED_AFTER = re.compile(r"\s+[a-z]{3,}s\b")


def short_fiscal(a: str, b: str, counted: bool) -> bool:
    """'21/22' and '23-25' are a financial year and an inspection round, unless what follows
    is being counted ("10-12 officers")."""
    return 0 < int(b) - int(a) <= 3 and not counted


def _full_fiscal(token: str, counted: bool = False) -> str:
    """'21/22' and '23-25' as staff write them -> '2021/22', '2023/25'."""
    m = _SHORT_FISCAL.fullmatch(token)
    if m and short_fiscal(m.group(1), m.group(2), counted):
        return f"20{m.group(1)}/{m.group(2)}"
    return token


def _fiscal(start: str, end: str) -> str:
    return f"{start}/{end[-2:]}"


# The police's financial year runs April to March: "the year ending 31 March 2025" and
# "April 2024 to March 2025" are 2024/25, as staff write it.
_YEAR_ENDING_MARCH = re.compile(
    r"\byear (?:ending|ended|to) (?:(?:31|31st) )?march ((?:19|20)\d\d)\b"
)
_APRIL_TO_MARCH = re.compile(
    r"\b(?:1 |1st )?april ((?:19|20)\d\d) (?:to|and|until|-|–) (?:(?:31|31st) )?march "
    r"((?:19|20)\d\d)\b"
)


def financial_years(blob: str) -> set[str]:
    """The financial years a lower-cased text names, however written ("2024/25",
    "2024-25", "the year ending 31 March 2025", "April 2024 to March 2025")."""
    out = {_fiscal(*m.groups()) for m in _FISCAL.finditer(blob)}
    out |= {_fiscal(str(int(y) - 1), y) for y in _YEAR_ENDING_MARCH.findall(blob)}
    out |= {_fiscal(a, b) for a, b in _APRIL_TO_MARCH.findall(blob) if int(b) - int(a) == 1}
    return out


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
            if _after_month(text, m.start()) and len(word) == 2:
                continue  # "March 24": a year as staff write it, as loose as a plain year
            if follows_threshold(text[: m.start()]):
                continue  # "more than 95%": a bar a figure is measured against, not one stated
            word = _full_fiscal(word, bool(COUNTED_AFTER.match(text, m.end())))
            fiscal = _FISCAL.fullmatch(word)
            if fiscal:
                out.append(_fiscal(*fiscal.groups()))
            elif not _YEAR.fullmatch(word):
                out.append(word.replace(",", ""))
        elif (token.isupper() or _POSSESSIVE_ACRONYM.fullmatch(token)) and len(word) >= 2:
            out.append(word)  # an acronym, even at the start ("CC's" is one CC's)
        elif len(token) >= 3 and token[:-1].isupper() and token[-1] == "s":
            out.append(word[:-1])  # a plural acronym ("PEELs", "AFIs")
        elif token[0].isupper() and not was_first and word not in _MONTHS | _MONTH_ABBREVIATIONS:
            out.append(word)
    return list(dict.fromkeys(out))


_POSSESSIVE_ACRONYM = re.compile(r"[A-Z]{2,}['’]s")
_MONTH_BEFORE = re.compile(r"\b([A-Za-z]{3,9})\.?\s+'?$")


def _after_month(text: str, at: int) -> bool:
    m = _MONTH_BEFORE.search(text[max(0, at - 12) : at])
    return bool(m) and m.group(1).lower() in _MONTHS | _MONTH_ABBREVIATIONS


def _initial_code(letters: str) -> int | None:
    """An initialism of 2-5 letters a-z as one integer (base 27), so a document's thousands
    of them are a sorted int32 array (4 bytes each) rather than a set of strings."""
    if not 2 <= len(letters) <= 5 or not letters.isascii() or not letters.isalpha():
        return None
    code = 0
    for c in letters.lower():
        code = code * 27 + ord(c) - 96
    return code


# Words an initialism skips: "RIPA" is the Regulation of Investigatory Powers Act.
_SKIPPED = frozenset({"of", "and", "the", "for", "in", "on", "to", "a", "an"})


def _initialisms(words: list[str]) -> np.ndarray:
    """The codes of the initials of every run of 2-5 consecutive words, and of every such
    run once the small words an initialism skips are taken out, sorted, unique."""
    content = [w for w in words if w not in _SKIPPED]
    if len(content) == len(words):
        return _runs(words)
    return np.union1d(_runs(words), _runs(content)).astype(np.int32)


def _runs(words: list[str]) -> np.ndarray:
    firsts = np.array([ord(w[0]) - 96 for w in words], dtype=np.int64)
    codes = [np.empty(0, dtype=np.int64)]
    for n in (2, 3, 4, 5):
        if len(firsts) < n:
            break
        code = np.zeros(len(firsts) - n + 1, dtype=np.int64)
        for k in range(n):
            code = code * 27 + firsts[k : len(firsts) - n + 1 + k]
        codes.append(code)
    return np.unique(np.concatenate(codes)).astype(np.int32)


_NO_CODES = np.empty(0, dtype=np.int32)
_NO_CODES.flags.writeable = False  # shared by every empty Vocabulary


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """What a body of text mentions, precomputed once (a passage list, a document, the
    whole library), so anchors are checked against it by set look-ups."""

    words: frozenset[str]
    fiscal: frozenset[str]  # financial years as "2019/20"
    initials: np.ndarray = field(default_factory=lambda: _NO_CODES)  # runs of 2-5 words
    phrases: str = ""  # the lower-cased text, for multi-word anchors (kept only when small)

    @classmethod
    def of(
        cls, texts: Iterable[str], *, keep_text: bool = True, shared: dict[str, str] | None = None
    ) -> Vocabulary:
        """`shared`: one string per distinct word across many vocabularies (a library's
        documents share most of their words), so each holds references, not copies."""
        blob = " ".join(texts).replace("’", "'").lower()
        words = {_norm(t) for t in set(_TOKEN.findall(blob))}  # each distinct token once
        words |= {w.replace(",", "") for w in words if w[:1].isdigit()}
        if shared is not None:
            words = {shared.setdefault(w, w) for w in words}
        fiscal = financial_years(blob)
        initials = _initialisms(re.findall(r"[a-z]+", blob))
        return cls(frozenset(words), frozenset(fiscal), initials, blob if keep_text else "")

    @classmethod
    def union_all(cls, vocabs: Iterable[Vocabulary]) -> Vocabulary:
        """Everything any of `vocabs` mentions (one pass: no intermediate copies)."""
        words: set[str] = set()
        fiscal: set[str] = set()
        codes = [_NO_CODES]
        for v in vocabs:
            words |= v.words
            fiscal |= v.fiscal
            codes.append(v.initials)
        return cls(frozenset(words), frozenset(fiscal), np.unique(np.concatenate(codes)))

    def union(self, other: Vocabulary) -> Vocabulary:
        return Vocabulary.union_all((self, other))

    def _initialism(self, anchor: str) -> bool:
        code = _initial_code(anchor)
        if code is None or not len(self.initials):
            return False
        at = int(np.searchsorted(self.initials, code))
        return at < len(self.initials) and int(self.initials[at]) == code

    def has(self, anchor: str) -> bool:
        if anchor[0].isdigit():
            if "/" in anchor:
                return anchor in self.fiscal
            return anchor in self.words or _NUMBER_WORDS.get(anchor, "\0") in self.words
        if anchor in self.words or f"{anchor}s" in self.words:
            return True  # the word, or its plural ("PEELs", "AFIs")
        if " " in anchor and anchor in self.phrases:
            return True
        stem = anchor[:-1] if anchor.endswith("s") and len(anchor) > 4 else anchor
        if len(stem) >= 5 and any(w.startswith(stem) for w in self.words):
            return True
        if anchor.isalpha() and len(anchor) <= 5 and self._initialism(anchor):
            return True
        # A known abbreviation counts when its expansion's words are there ("HMI").
        return any(
            all(self._word(w) for w in re.findall(r"[a-z']+", long))
            for long in ABBREVIATIONS.get(anchor, ()) + ABBREVIATIONS.get(anchor + "s", ())
        )

    def _word(self, w: str) -> bool:
        base = w[:-1] if w.endswith("s") and len(w) > 3 else w
        return w in self.words or base in self.words or f"{base}s" in self.words


def missing_anchors(question: str, texts: Iterable[str] | Vocabulary) -> list[str]:
    """Anchors of the question that none of `texts` mentions (an acronym counts as
    mentioned when its words are: "CSE" in "child sexual exploitation")."""
    wanted = anchors(question)
    if not wanted:
        return []
    vocab = texts if isinstance(texts, Vocabulary) else Vocabulary.of(texts)
    return [a for a in wanted if not vocab.has(a)]


def is_acronym(question: str, anchor: str) -> bool:
    """Written in capitals ("A&S", "BSOTC"): staff shorthand as often as a name."""
    written = as_written(question, anchor)
    letters = [c for c in written if c.isalpha()]
    return (
        bool(letters)
        and sum(c.isupper() for c in letters) >= len(letters) - 1
        and len(letters) <= 6
    )


def soft(question: str, anchors_: list[str], library: Vocabulary | None) -> list[str]:
    """Anchors that must be found: all but shorthand acronyms neither the library nor the
    glossary knows (an unknown acronym is more often informal shorthand than an absent
    programme; named people and programmes are capitalised words, and stay hard)."""
    return [
        a
        for a in anchors_
        if not (
            is_acronym(question, a)
            and a not in ABBREVIATIONS
            and (library is None or not library.has(a))
        )
    ]


def as_written(question: str, anchor: str) -> str:
    """An anchor as the question spells it (for messages)."""
    m = re.search(re.escape(anchor), question.replace("’", "'"), re.IGNORECASE)
    return m.group(0) if m else anchor
