"""The library catalogue: what the library holds, per document (its force, the forces it
mentions, the years it covers, what it names), derived from the search replica.

Before anything is quoted, the question's named things are resolved against it: a question
about a force, person, programme or inspection year the library does not hold is refused,
saying what is missing and what the library does hold. Pure apart from being built once per
replica generation.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from types import SimpleNamespace

from rag.anchors import COUNTED_AFTER, GENERIC, Vocabulary, anchors, as_written, short_fiscal, soft
from rag.forces import find_forces
from rag.ledger import passage_findings
from rag.query import analyse, named_subjects, owned_by, title_terms, titled
from rag.schema import MONTHS, REPORT_TYPES, ChunkMeta, Metadata
from rag.tokens import tokenize

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
    findings: frozenset[str] = frozenset()  # kinds of numbered finding a report makes
    published: str = ""  # as declared: "2025-06-17", "2025-06" or ""
    people: tuple[str, ...] = ()  # its owner, named only in its dropped furniture
    brands: tuple[str, ...] = ()  # the names staff call it by ("far from help")
    cites: tuple[str, ...] = ()  # other reports' names a response says ("in harm's way")

    def about(self, force: str) -> bool:
        return self.force == force or force in self.mentions

    def label(self) -> str:
        return f"{self.title} ({self.year})" if self.year else self.title


# A year that dates a document the question names ("the 2019 HMICFRS report", "its 2021/22
# PEEL", "the 2024 NCPI revisit report", "when it revisited retail crime in 2027"), not an
# event a document describes. A document that only mentions such a report is not it.
_DOC_WORD = (
    r"(?:reports?|inspections?|review|thematic|assessment|revisit|re-?inspection|follow-?up|"
    r"peel|ncpi|jtai|letter|round)"
)
_DOC_YEAR = re.compile(
    rf"\b((?:19|20)\d\d)(?:\s*[/–-]\s*\d\d(?:\d\d)?)?\s+(?:[\w'’-]+\s+){{0,3}}?{_DOC_WORD}\b"
    r"|\b(?:revisited|re-?inspected|inspected|revisit|re-?inspection)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:in|during)\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def document_years(question: str) -> set[int]:
    """The years that date a document the question names (first year of a round)."""
    return {int(a or b) for a, b in _DOC_YEAR.findall(question)}


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
        grouped: dict[str, tuple[ChunkMeta, list[tuple[ChunkMeta, str]]]] = {}
        for text, raw in zip(texts, metas, strict=True):
            meta = ChunkMeta.from_chroma(raw)
            grouped.setdefault(meta.doc_id, (meta, []))[1].append((meta, text))
        docs: list[DocEntry] = []
        shared: dict[str, str] = {}  # one copy of each word for every document's vocabulary
        bodies: list[str] = []
        for doc_id, (meta, parts) in grouped.items():
            parts.sort(key=lambda mt: mt[0].index)
            chunks = [t for _, t in parts]
            body = "\n".join([meta.title, meta.people, *chunks])
            bodies.append(_phrase_text(body))
            kinds: frozenset[str] = frozenset()
            if meta.doc_type in REPORT_TYPES:
                read = [
                    SimpleNamespace(chunk_id=str(i), text=t, page=m.page, section=m.section)
                    for i, (m, t) in enumerate(parts)
                ]
                kinds = frozenset(f.kind for f in passage_findings(doc_id, read, meta.published))
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
                    vocab=Vocabulary.of([body], keep_text=False, shared=shared),
                    findings=kinds,
                    published=meta.published or "",
                    people=tuple(p for p in meta.people.split("; ") if p.strip()),
                    brands=tuple(b for b in brands(meta.title) if not _topic_of(b, body)),
                )
            )
        vocab = Vocabulary.union_all(d.vocab for d in docs)
        docs = _names_not_topics(docs, bodies)
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


def full_years(question: str) -> str:
    """The question with staff's short rounds written out ("the 21/22 PEEL" -> "the
    2021/22 PEEL"), where a short pair is a financial year and not a count ("19/20 cases")."""
    return re.sub(
        r"\b(\d\d)\s*[/–-]\s*(\d\d)\b",
        lambda m: (
            f"20{m.group(1)}/{m.group(2)}"
            if short_fiscal(m.group(1), m.group(2), bool(COUNTED_AFTER.match(question, m.end())))
            else m.group(0)
        ),
        question,
    )


def year_groups(question: str) -> list[tuple[int, ...]]:
    """Each inspection round or year a question names: a range (2021/22, 23-25) as its
    years, a lone year as itself."""
    text = full_years(question)
    groups: list[tuple[int, ...]] = []
    for a, b in _RANGE.findall(text):
        lo = int(a)
        hi = int(b) if len(b) == 4 else lo - lo % 100 + int(b)
        groups.append(tuple(range(lo, hi + 1)) if 0 < hi - lo <= 4 else (lo,))
    rest = _RANGE.sub(" ", text)
    groups += [(int(y),) for y in _YEAR.findall(rest)]
    return groups


def _held(
    group: tuple[int, ...], covered: set[int], docs: Sequence[DocEntry], dated: bool = False
) -> bool:
    """A round is held when a document is of its first year; a lone year when a document
    is of that year or the next or the one before (reports appear the year after), or,
    unless the year dates a document ("the 2019 report"), its text names the year."""
    if len(group) > 1:
        return group[0] in covered
    y = group[0]
    if {y - 1, y, y + 1} & covered:
        return True
    return not dated and any(d.vocab.has(str(y)) for d in docs)


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
    unanswered = _no_response(question, forces, catalogue)
    if unanswered:
        return unanswered
    groups = year_groups(question)
    if len(forces) == 1 and groups and _ROUND_CUE.search(question):
        for force in forces:
            own = [d for d in catalogue.about(force) if d.force == force]
            docs = own or [d for d in catalogue.about(force) if d.doc_type in REPORT_TYPES]
            if not docs:
                continue
            covered = set().union(*(d.years for d in docs))
            dated = document_years(question)
            if not any(_held(group, covered, docs, group[0] in dated) for group in groups):
                listing = "; ".join(d.label() for d in docs[:6])
                asked = _asked_years(question)
                if not asked:
                    continue
                return f"The library holds, for {force}: {listing}; nothing for {asked}"
    latest = max((d.year for d in catalogue.docs if d.year), default=None)
    later = sorted(y for y in document_years(question) if latest and y > latest)
    if later:
        # "What did HMICFRS find when it revisited retail crime in 2027?"
        return (
            f"The library's newest documents are from {latest}; it holds no report from "
            f"{', '.join(map(str, later))}"
        )
    named = (
        _dated_publication_problem(question, catalogue)
        or _named_document_problem(question, forces, catalogue)
        or _no_such_finding(question, forces, catalogue)
    )
    if named:
        return named
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


# "What did the Mayor's June 2026 progress update say?": a publication dated to the month,
# which only a document published that month can be (a meeting or a session is an event a
# document may describe, so it is not checked).
_MONTH_NUMBERS = {m.lower()[:3]: n for n, m in enumerate(MONTHS, start=1)}
# The date names the publication ("the June 2026 progress update", "her April 2026 Grounds
# for trust update"), not an event beside one ("told the panel in June 2019 about the
# stalking report"): no preposition before the date or between it and the noun.
_DATED_PUBLICATION = re.compile(
    r"(?<!\bin )(?<!\bon )(?<!\bat )(?<!\bby )(?<!\bsince )(?<!\bfrom )(?<!\buntil )"
    r"(?<!\bbefore )(?<!\bafter )(?<!\bduring )"
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+((?:19|20)\d\d)\s+"
    r"(?:(?!(?:about|on|regarding|concerning|to|at|in|with|before|after|since|of)\b)"
    r"[\w'’&-]+\s+){0,3}?(?:update|report|response|letter|statement|paper|publication|"
    r"newsletter|briefing)s?\b",
    re.IGNORECASE,
)


def _dated_publication_problem(question: str, catalogue: Catalogue) -> str | None:
    for m in _DATED_PUBLICATION.finditer(question):
        month, year = _MONTH_NUMBERS[m.group(1).lower()[:3]], int(m.group(2))
        that_year = [d for d in catalogue.docs if d.year == year]
        if any(not re.match(r"\d{4}-\d\d", d.published) for d in that_year):
            continue  # a document of that year without a month might be it
        if any(d.published.startswith(f"{year}-{month:02d}") for d in that_year):
            continue
        when = f"{MONTHS[month - 1]} {year}"
        held = "; ".join(f"{d.title}, {d.published}" for d in that_year[:4])
        listing = f" (its documents from {year}: {held})" if held else ""
        return f"The library holds no document published in {when}{listing}"
    return None


# "What did the Humberside PCC say back to ...?", "the PFCC's response": the question asks
# what a force's commissioner wrote, which only a response of theirs can say.
_ASKS_RESPONSE = re.compile(
    r"(?<!metropolitan )(?<!met )(?<!london )(?<!abuse )(?<!information )(?<!victims' )"
    r"\b(?:pcc|pfcc|opcc|commissioner|mayor|mopac)(?:['’]s)?\s+(?:\w+\s+){0,2}?(?:say|said|"
    r"says|respond|responded|reply|replied|response|write|wrote|make of|think|thought)\b|"
    r"\b(?:response|reply) (?:from|by) (?:the )?(?:\w+ ){0,2}(?:pcc|pfcc|opcc|commissioner|"
    r"mayor)\b",
    re.IGNORECASE,
)


def _no_response(question: str, forces: Sequence[str], catalogue: Catalogue) -> str | None:
    """A question about what one force's commissioner said, when the library holds no
    response from that force's commissioner (only reports that mention the force)."""
    if len(forces) != 1 or not _ASKS_RESPONSE.search(question):
        return None
    force = forces[0]
    if any(d.doc_type == "pcc_response" and d.force == force for d in catalogue.docs):
        return None
    docs = catalogue.about(force)
    listing = "; ".join(d.label() for d in docs[:4])
    held = f"; about {force} it holds {listing}" if listing else ""
    return f"The library holds no response from the commissioner for {force}{held}"


_CAUSE_OF_CONCERN = re.compile(r"\b(?:causes? of concern|cocs?)\b", re.IGNORECASE)


# "were there any causes of concern?" asks whether; it presupposes nothing.
_ASKS_WHETHER = re.compile(
    r"\b(?:any|were there|was there|is there|are there|how many|number of|whether|if)\b", re.I
)


def _no_such_finding(question: str, forces: Sequence[str], catalogue: Catalogue) -> str | None:
    """'Why did HMI give Cumbria a cause of concern over ...?' when none of the library's
    reports on Cumbria raises a cause of concern: the question rests on a finding that
    was never made."""
    if len(forces) != 1 or not _CAUSE_OF_CONCERN.search(question) or _ASKS_WHETHER.search(question):
        return None
    own = [d for d in catalogue.docs if d.force == forces[0] and d.doc_type in REPORT_TYPES]
    if not own or any("cause_of_concern" in d.findings for d in own):
        return None
    listing = "; ".join(d.label() for d in own[:4])
    return f"The library's reports on {forces[0]} ({listing}) raise no causes of concern"


_TITLE_STOP = frozenset(
    """
    a an the of and or in on for to by with at from into is are was were what
    did does do how who which why when about say said says
    """.split()  # noqa: SIM905
)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", re.sub(r"['’]s\b", "", text.lower()))


def _title_name(title: str) -> str:
    """A title's own name: its first part before a colon, dash or quote mark, or the
    second when the first is a publisher's prefix ("HMICFRS: Both sides of the coin -
    ...", "'Time to listen' - a joined up response ...")."""
    parts = [" ".join(_words(p)) for p in re.split(r"[:–—'‘’\"“”]", title)]
    parts = [p for p in parts if p]
    if len(parts) > 1 and len(parts[0].split()) <= 2:
        return parts[1]
    return parts[0] if parts else ""


def titled_phrase(question: str, titles: Sequence[str]) -> str:
    """The longest run of the question's words (three of them neither function words nor
    words every report uses) that a document's title starts with, or a part of it after
    a colon or quote mark: the title quoted without a kind word ("Both sides of the
    coin"), not a topic the title also names ("child sexual exploitation")."""
    words = _words(question)
    names = {_title_name(t) for t in titles}
    best = ""
    for i in range(len(words)):
        for j in range(len(words), i + 2, -1):
            run = words[i:j]
            weighty = [w for w in run if w not in _TITLE_STOP and w not in GENERIC]
            if len(weighty) < 3 or len(" ".join(run)) <= len(best):
                continue
            phrase = " ".join(run)
            if phrase in names:
                best = phrase
                break
    return best


def _named_document_problem(
    question: str, forces: Sequence[str], catalogue: Catalogue
) -> str | None:
    """A question that names a document by its subject ("the fraud thematic", "the
    Dorset contact management inspection") and a force: when the library's documents with
    that subject in their title are neither about the force nor mention it, the answer is
    not in them (and quoting another document's passage about the force would answer a
    different question)."""
    terms = title_terms(question)
    docs = [d for d in catalogue.docs if titled(d.title, terms)] if terms else []
    if not docs:
        # "What did Rhiannon Eastcott commit to after Far from help?": the report by its own
        # name, and the responses that name it
        docs = list(branded(question, catalogue))
        said = [b for d in docs for b in (*d.brands, *d.cites)]
        terms = tuple(said[0].split()) if said else ()
    if not docs and len(forces) == 1:
        # "What did Thames Valley OPCC say about Both sides of the coin?": a document named
        # by its title's own words, with no kind word after them.
        phrase = titled_phrase(question, [d.title for d in catalogue.docs])
        if phrase:
            terms = tuple(phrase.split())
            docs = [d for d in catalogue.docs if _title_name(d.title) == phrase]
            # Only whether the force's documents respond to it: other documents name a
            # title (and its year, its people) without carrying it in their own.
            return _not_about_force(question, forces[0], terms, docs, catalogue)
    if not docs:
        return None
    # Only a year that dates the document named ("the 2021 fraud review"), not one that
    # dates a figure in it ("cases passed in 2021, per the online CSAE inspection").
    dating = document_years(question)
    groups = [g for g in year_groups(question) if set(g) & dating]
    if docs and groups and not forces:
        # "the 2021 fraud review" when the library's fraud documents are from 2025: a report
        # they mention is not a report they are.
        covered = {y + dy for d in docs for y in d.years for dy in (-1, 0, 1)}
        if not any(set(g) & covered for g in groups):
            listing = "; ".join(d.label() for d in docs[:4])
            asked = _asked_years(question)
            return f"The library's documents on {' '.join(terms)} ({listing}) are not from {asked}"
    if docs:
        # "The retail thematic praised Operation Harrier": a name the library mentions, but
        # not in the documents the question names, is a fact from another document.
        names = [a for a in anchors(question) if not a[0].isdigit()]
        wanted = soft(question, names, catalogue.vocab)
        absent = [
            a for a in wanted if catalogue.vocab.has(a) and not any(d.vocab.has(a) for d in docs)
        ]
        if absent:
            named = ", ".join(f"“{as_written(question, a)}”" for a in absent)
            holders = [d.label() for d in catalogue.docs if all(d.vocab.has(a) for a in absent)]
            where = f"; it is mentioned in {'; '.join(holders[:3])}" if holders else ""
            listing = "; ".join(d.label() for d in docs[:4])
            subject = " ".join(terms)
            return f"The library's documents on {subject} ({listing}) do not mention {named}{where}"
    if len(forces) != 1:
        return None
    return _not_about_force(question, forces[0], terms, docs, catalogue)


# Words that name a kind of document, its author or its place in a series, not what it is
# about: "the mayor's response", "the other thematic", "the final progress report".
_NOT_TOPIC = frozenset(
    {
        "thematic",
        "report",
        "reports",
        "inspection",
        "inspections",
        "review",
        "response",
        "reply",
        "assessment",
        "other",
        "previous",
        "final",
        "formal",
        "progress",
        "update",
        "quarterly",
        "urgent",
        "mayor",
        "panel",
        "board",
        "annual",
        "interim",
        "full",
        "main",
        "draft",
        "published",
    }
)


# A report's own name: what its title says before "?", ":" or a dash ("Far from help? An
# inspection of ...", "Counting the cost: An inspection of ..."), or what a response's title
# quotes ("response to the HMICFRS inspection 'Clear skies?'"). Not a kind of report, a
# force or an author.
_SEGMENTS = re.compile(r"\?|:|\s[–—-]\s")
_QUOTED_NAME = re.compile(r"(?<![\w])['‘“\"]([A-Z][^'’”\"]{2,60}?)['’”\"](?![\w])")
_NOT_A_NAME = re.compile(
    r"^(?:peel|report|response|commissioner|police|an? |the (?:police|hmicfrs)|hmicfrs|hmic|"
    r"national|mayor|pcc|opcc|joint|inspection)|\b(?:report|inspection|review|response|letter|"
    r"update)s?\W*$",
    re.IGNORECASE,
)


def _phrase_text(text: str) -> str:
    """Lower-cased words between single spaces, padded, so " far from help " is found
    whatever the punctuation around it."""
    return " " + " ".join(re.findall(r"[\w'’-]+", text.lower())) + " "


def brands(title: str) -> tuple[str, ...]:
    """The names a title gives its report, lower-cased, punctuation aside: "far from help"
    for "Far from help? An inspection of ...". Two to six words, no digits."""
    found = (
        [x.strip(" '\"‘’“”") for x in _SEGMENTS.split(title)[:2]] if _SEGMENTS.search(title) else []
    )
    found += _QUOTED_NAME.findall(title)
    out: list[str] = []
    for name in found:
        phrase = _phrase_text(name).strip()
        words = phrase.split()
        if not 2 <= len(words) <= 6 or any(c.isdigit() for c in name):
            continue
        if _NOT_A_NAME.search(name.strip()) or find_forces(name):
            continue
        if phrase not in out:
            out.append(phrase)
    return tuple(out)


def _topic_of(name: str, body: str, per_mille: float = 8.0) -> bool:
    """Is `name` what the document is about, not what it is called? A report's name is said
    a few times ("far from help": 1 and 4 in a thousand words); its topic, throughout
    ("stalking and harassment": 39 and 12). Every word of a topic is frequent, and said
    more than a title and a heading or two would say it."""
    words = tokenize(name)
    counts = Counter(tokenize(body))
    total = sum(counts.values()) or 1
    return bool(words) and all(
        counts[w] >= 5 and 1000 * counts[w] / total >= per_mille for w in words
    )


def _names_not_topics(docs: list[DocEntry], bodies: list[str], most: int = 3) -> list[DocEntry]:
    """A report's name is said by it, its responses and the odd document citing it;
    "stalking and harassment", said by many, is a topic, and names no one document."""
    counts = {b: sum(f" {b} " in body for body in bodies) for d in docs for b in d.brands}
    names = [b for b, n in counts.items() if n <= most]
    return [
        dataclasses.replace(
            d,
            brands=tuple(b for b in d.brands if b in names),
            # a response that names the report it answers stands for it ("Keeping Children
            # Safe" answers "In harm's way")
            cites=tuple(b for b in names if b not in d.brands and f" {b} " in body)
            if d.doc_type == "pcc_response"
            else (),
        )
        for d, body in zip(docs, bodies, strict=True)
    ]


def without_names(question: str, names: Sequence[str]) -> str:
    """The question less the report names it uses, when enough is left to search by."""
    out = question
    for name in sorted(set(names), key=len, reverse=True):
        words = [re.escape(w) for w in name.split()]
        out = re.sub(r"['‘“\"]?\b" + r"\W+".join(words) + r"\b\??['’”\"]?", " ", out, flags=re.I)
    out = " ".join(out.split())
    return out if len(re.findall(r"\w{3,}", out)) >= 3 else question


def branded(question: str, catalogue: Catalogue, *, own: bool = False) -> tuple[DocEntry, ...]:
    """The documents a question names by their report's own name ("after Far from help"),
    with the responses that name it unless `own`."""
    said = _phrase_text(question)
    return tuple(
        d
        for d in catalogue.docs
        if any(f" {b} " in said for b in (d.brands if own else (*d.brands, *d.cites)))
    )


def named_documents(question: str, catalogue: Catalogue) -> tuple[DocEntry, ...]:
    """The library's documents a question names by their subject ("the fraud thematic",
    "her s&s response"): for each subject named, the documents whose title has it, when
    some have and not every one does. Empty when the question names none that way."""
    found: dict[str, DocEntry] = {}
    for subject in named_subjects(question):
        topic = tuple(w for w in subject if w not in _NOT_TOPIC)
        if not topic:
            continue
        docs = [d for d in catalogue.docs if titled(d.title, topic)]
        if docs and len(docs) < len(catalogue.docs):
            found.update((d.doc_id, d) for d in docs)
            # A commissioner's response is titled its own way ("Keeping Children Safe" for
            # "In harm's way") but names the report it answers.
            found.update(
                (d.doc_id, d)
                for d in catalogue.docs
                if d.doc_type == "pcc_response" and all(d.vocab.has(w) for w in topic)
            )
    # "What notable practice came out of Far from help?": the report by its own name.
    found.update((d.doc_id, d) for d in branded(question, catalogue))
    # "What's Entwistle committed to?": the page whose menus name him as its owner.
    names = analyse(question).names
    found.update((d.doc_id, d) for d in catalogue.docs if owned_by(d.people, names))
    return tuple(found.values())


def _not_about_force(
    question: str,
    force: str,
    terms: tuple[str, ...],
    docs: Sequence[DocEntry],
    catalogue: Catalogue,
) -> str | None:
    """The documents a question names are neither about its force nor mention it, and
    the force has no response to them."""
    if not docs or any(d.about(force) for d in docs):
        return None
    years = {d.year + dy for d in docs if d.year for dy in (0, 1)}
    if analyse(question).doc_types & {"pcc_response"} and any(
        d.doc_type == "pcc_response"
        and d.force == force
        and (all(d.vocab.has(t) for t in terms if len(t) > 3) or d.year in years)
        for d in catalogue.docs
    ):
        # "when she responded to 'In harm's way'": the force's response (naming what it
        # responds to, or published with it) answers
        return None
    listing = "; ".join(d.label() for d in docs[:4])
    return f"The library's documents on {' '.join(terms)} ({listing}) do not mention {force}"


def _asked_years(question: str) -> str:
    m = _RANGE.search(question)
    if m:
        return m.group(0)
    years = sorted(question_years(question)[0])
    return ", ".join(str(y) for y in years)
