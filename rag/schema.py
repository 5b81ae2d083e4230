"""The one schema: document and chunk metadata, their conversion to and from what Chroma
stores, and every vocabulary the project shares (file formats, document types, months,
number words). Other modules import these; none spells them again. Pure."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any

# Chroma metadata values: no None, no nesting.
Metadata = dict[str, str | int | float | bool]

# ---- vocabularies -------------------------------------------------------------------------
FORMATS = (".docx", ".htm", ".html", ".markdown", ".md", ".pdf", ".txt")

# id -> (singular label, plural label)
DOC_TYPES: dict[str, tuple[str, str]] = {
    "inspection_report": ("Inspection report", "inspection reports"),
    "thematic_report": ("Thematic report", "thematic reports"),
    "pcc_response": ("PCC response", "PCC responses"),
    "other": ("Other", "other documents"),
}
REPORT_TYPES = frozenset({"inspection_report", "thematic_report"})

# Front matter / manifest.csv columns (manifest.csv adds `path`).
DECLARED_FIELDS = (
    "id",
    "title",
    "doc_type",
    "publisher",
    "force",
    "published",
    "source_url",
    "responds_to",
)
FILTER_KEYS = ("doc_type", "force", "doc_id", "year")

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

NUMBER_WORDS: dict[str, int] = {
    "none": 0,
    "zero": 0,
    "no": 0,
    "one": 1,
    "a single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "dozen": 12,
}
# The areas PEEL grades (2021/22 and 2023-25 rounds), as reports name them: a finding sits
# under one, and questions narrow by them ("which AFIs sit under responding to the public?").
PEEL_AREAS = (
    "police powers and public treatment",
    "treatment of the public",
    "preventing crime and anti-social behaviour",
    "preventing crime",
    "responding to the public",
    "investigating crime",
    "protecting vulnerable people",
    "managing offenders and suspects",
    "managing offenders",
    "disrupting serious organised crime",
    "developing a positive workplace",
    "building, supporting and protecting the workforce",
    "leadership and force management",
    "good use of resources",
    "strategic planning, organisational management and value for money",
    "recording data about crime",
    "crime data integrity",
    "supporting victims",
)

# Words that open a noun phrase without being its content ("the", "its", "those").
DETERMINERS = frozenset(
    "the a an its their his her this that these those our your any some".split()  # noqa: SIM905
)

# Words for small counts, by value (for matching "4" against "four").
WORD_FOR: dict[int, str] = {
    v: w for w, v in NUMBER_WORDS.items() if 0 < v <= 20 and w not in ("a single", "dozen")
}


def doc_type_label(doc_type: str, *, plural: bool = False) -> str:
    labels = DOC_TYPES.get(doc_type)
    if labels is None:
        return doc_type
    return labels[1] if plural else labels[0]


# ---- documents ------------------------------------------------------------------------------
@dataclass(frozen=True)
class DocMeta:
    """A document's metadata, as declared or inferred at ingest."""

    id: str
    title: str
    doc_type: str
    publisher: str
    force: str
    published: str
    source_url: str
    responds_to: str
    year: int | None
    # people the page names as its owner only in furniture it drops ("About Dominic
    # Entwistle" in a menu), "; "-joined
    people: str = ""

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> DocMeta:
        """From a stored manifest record's `meta` (missing keys become empty)."""
        values: dict[str, Any] = {}
        for f in fields(cls):
            value = raw.get(f.name)
            if f.name == "year":
                values["year"] = value if isinstance(value, int) else None
            else:
                values[f.name] = "" if value is None else str(value)
        return cls(**values)


# ---- chunks ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ChunkMeta:
    """What Chroma stores with each chunk: its document's metadata and its own place."""

    doc_id: str
    title: str
    doc_type: str
    source: str  # the source URL when the document has one, else the path as ingested
    path: str
    index: int
    start: int
    end: int
    publisher: str = ""
    force: str = ""
    published: str = ""
    source_url: str = ""
    responds_to: str = ""
    year: int | None = None
    page: int | None = None
    page_end: int | None = None
    section: str = ""
    people: str = ""  # DocMeta.people

    @classmethod
    def for_chunk(
        cls,
        doc: DocMeta,
        path: str,
        *,
        index: int,
        start: int,
        end: int,
        page: int | None,
        page_end: int | None,
        section: str | None,
    ) -> ChunkMeta:
        return cls(
            doc_id=doc.id,
            title=doc.title,
            doc_type=doc.doc_type,
            source=doc.source_url or path,
            path=path,
            index=index,
            start=start,
            end=end,
            publisher=doc.publisher,
            force=doc.force,
            published=doc.published,
            source_url=doc.source_url,
            responds_to=doc.responds_to,
            year=doc.year,
            page=page,
            page_end=page_end,
            section=section or "",
            people=doc.people,
        )

    def to_chroma(self) -> Metadata:
        """None and empty values are left out: Chroma has no null."""
        return {k: v for k, v in asdict(self).items() if v is not None and v != ""}

    @classmethod
    def from_chroma(cls, meta: Mapping[str, Any]) -> ChunkMeta:
        def text(key: str) -> str:
            value = meta.get(key)
            return "" if value is None else str(value)

        def integer(key: str) -> int | None:
            value = meta.get(key)
            return value if isinstance(value, int) and not isinstance(value, bool) else None

        return cls(
            doc_id=text("doc_id"),
            title=text("title"),
            doc_type=text("doc_type") or "other",
            source=text("source") or text("path"),
            path=text("path"),
            index=integer("index") or 0,
            start=integer("start") or 0,
            end=integer("end") or 0,
            publisher=text("publisher"),
            force=text("force"),
            published=text("published"),
            source_url=text("source_url"),
            responds_to=text("responds_to"),
            year=integer("year"),
            page=integer("page"),
            page_end=integer("page_end"),
            section=text("section"),
            people=text("people"),
        )
