"""The library catalogue: what the library holds, per document (its force, the forces it
mentions, the years it covers, what it names), derived from the search replica.

Before anything is quoted, the question's named things are resolved against it: a question
about a force, person, programme or inspection year the library does not hold is refused,
saying what is missing and what the library does hold. Pure apart from being built once per
replica generation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rag.anchors import COUNTED_AFTER, Vocabulary, anchors, as_written, short_fiscal, soft
from rag.forces import find_forces
from rag.schema import REPORT_TYPES, ChunkMeta, Metadata

_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*(?:/|–|-|to)\s*((?:19|20)?\d\d)\b")
# Question words that show a year names an inspection or publication, not an event inside it.
_ROUND_CUE = re.compile(
    r"\b(peel|inspection|inspected|report|reports|assessment|round|thematic|response|reply|"
    r"responded|published|review|re-?inspection|follow-?up|re-?visit|revisit)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DocEntry:
    doc_id: str
    title: str
    doc_type: str
    force: str  # declared ("" for national documents)
    year: int | None
    mentions: frozenset[str]  # forces its text names
    years: frozenset[int]  # its year and the years its title names
    vocab: Vocabulary = field(repr=False)

    def about(self, force: str) -> bool:
        return self.force == force or force in self.mentions

    def label(self) -> str:
        return f"{self.title} ({self.year})" if self.year else self.title


def _years_in(text: str) -> set[int]:
    out = {int(y) for y in _YEAR.findall(text)}
    for a, b in _RANGE.findall(text):
        lo = int(a)
        hi = int(b) if len(b) == 4 else lo - lo % 100 + int(b)
        if 0 < hi - lo <= 4:
            out.update(range(lo, hi + 1))
    return out


@dataclass(frozen=True)
class Catalogue:
    docs: tuple[DocEntry, ...]
    vocab: Vocabulary

    @classmethod
    def build(cls, texts: Sequence[str], metas: Sequence[Metadata]) -> Catalogue:
        grouped: dict[str, tuple[ChunkMeta, list[str]]] = {}
        for text, raw in zip(texts, metas, strict=True):
            meta = ChunkMeta.from_chroma(raw)
            grouped.setdefault(meta.doc_id, (meta, []))[1].append(text)
        docs: list[DocEntry] = []
        for doc_id, (meta, chunks) in grouped.items():
            body = "\n".join([meta.title, *chunks])
            years = _years_in(meta.title) | ({meta.year} if meta.year else set())
            docs.append(
                DocEntry(
                    doc_id=doc_id,
                    title=meta.title,
                    doc_type=meta.doc_type,
                    force=meta.force if meta.force in _known_forces() else "",
                    year=meta.year,
                    mentions=frozenset(find_forces(body)),
                    years=frozenset(years),
                    vocab=Vocabulary.of([body], keep_text=False),
                )
            )
        vocab = Vocabulary(frozenset(), frozenset(), frozenset())
        for d in docs:
            vocab = vocab.union(d.vocab)
        return cls(tuple(sorted(docs, key=lambda d: d.doc_id)), vocab)

    @property
    def forces(self) -> list[str]:
        """Forces the library has documents on (declared), sorted."""
        return sorted({d.force for d in self.docs if d.force})

    def holds_force(self, force: str) -> bool:
        return any(d.about(force) for d in self.docs)

    def about(self, force: str) -> list[DocEntry]:
        return [d for d in self.docs if d.about(force)]


def _known_forces() -> frozenset[str]:
    from rag.forces import FORCES

    return frozenset(FORCES)


def year_groups(question: str) -> list[tuple[int, ...]]:
    """Each inspection round or year a question names: a range (2021/22, 23-25) as its
    years, a lone year as itself."""
    text = re.sub(
        r"\b(\d\d)\s*[/–-]\s*(\d\d)\b",
        lambda m: (
            f"20{m.group(1)}/{m.group(2)}"
            if short_fiscal(m.group(1), m.group(2), bool(COUNTED_AFTER.match(question, m.end())))
            else m.group(0)
        ),
        question,
    )
    groups: list[tuple[int, ...]] = []
    for a, b in _RANGE.findall(text):
        lo = int(a)
        hi = int(b) if len(b) == 4 else lo - lo % 100 + int(b)
        groups.append(tuple(range(lo, hi + 1)) if 0 < hi - lo <= 4 else (lo,))
    rest = _RANGE.sub(" ", text)
    groups += [(int(y),) for y in _YEAR.findall(rest)]
    return groups


def _held(group: tuple[int, ...], covered: set[int], docs: Sequence[DocEntry]) -> bool:
    """A round is held when a document is of its first year; a lone year when a document
    is of that year or the next or the one before (reports appear the year after), or
    its text names the year."""
    if len(group) > 1:
        return group[0] in covered
    y = group[0]
    return bool({y - 1, y, y + 1} & covered) or any(d.vocab.has(str(y)) for d in docs)


def question_years(question: str) -> tuple[set[int], bool]:
    """The years a question names (a range like 2023-25 expanded) and whether it names a
    range (a financial year or an inspection round)."""
    ranges = _RANGE.findall(question)
    return _years_in(question), bool(ranges)


def scope_problem(question: str, catalogue: Catalogue) -> str | None:
    """Why the library cannot hold the answer (None: it may). Checks, in order: forces the
    library has nothing on; a force's inspection year or round it does not hold; names it
    never mentions; names it mentions only about other forces."""
    forces = find_forces(question, in_question=True)
    absent = [f for f in forces if not catalogue.holds_force(f)]
    if absent:
        held = catalogue.forces
        names = " or ".join(absent)
        return (
            f"The library has no documents about {names}; it holds documents on "
            f"{len(held)} forces ({', '.join(held)}) and national reports"
        )
    groups = year_groups(question)
    if len(forces) == 1 and groups and _ROUND_CUE.search(question):
        for force in forces:
            own = [d for d in catalogue.about(force) if d.force == force]
            docs = own or [d for d in catalogue.about(force) if d.doc_type in REPORT_TYPES]
            if not docs:
                continue
            covered = set().union(*(d.years for d in docs))
            if not any(_held(group, covered, docs) for group in groups):
                listing = "; ".join(d.label() for d in docs[:6])
                asked = _asked_years(question)
                if not asked:
                    continue
                return f"The library holds, for {force}: {listing}; nothing for {asked}"
    wanted = soft(question, [a for a in anchors(question) if not a[0].isdigit()], catalogue.vocab)
    missing = [a for a in wanted if not catalogue.vocab.has(a)]
    if missing:
        named = ", ".join(f"“{as_written(question, a)}”" for a in missing)
        return f"No document in the library mentions {named}"
    for force in forces:
        docs = catalogue.about(force)
        elsewhere = [a for a in wanted if not any(d.vocab.has(a) for d in docs)]
        if elsewhere:
            named = ", ".join(f"“{as_written(question, a)}”" for a in elsewhere)
            return f"The library mentions {named} only in documents that are not about {force}"
    return None


def _asked_years(question: str) -> str:
    m = _RANGE.search(question)
    if m:
        return m.group(0)
    years = sorted(question_years(question)[0])
    return ", ".join(str(y) for y in years)
