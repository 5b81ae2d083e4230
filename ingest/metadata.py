"""Document metadata: declared (front matter, manifest.csv) first, inferred from the text
where absent. Pure functions apart from `read_manifest_csv`."""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

from ingest.document import Block
from rag.errors import IngestError
from rag.forces import find_forces
from rag.schema import DECLARED_FIELDS, DOC_TYPES, MONTHS, DocMeta

FIELDS = DECLARED_FIELDS
_MONTHS = {m.lower(): i for i, m in enumerate(MONTHS, start=1)}
_MONTH_RE = "|".join(list(_MONTHS) + [m[:3] for m in _MONTHS] + ["sept"])
_DMY = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?,?\s+((?:19|20)\d\d)\b", re.IGNORECASE
)
_MDY = re.compile(
    rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.IGNORECASE
)
_MY = re.compile(rf"\b({_MONTH_RE})\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_PUBLISHED_CUE = re.compile(r"publish(ed|ing)|date of publication|issued|released", re.IGNORECASE)


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    for full, number in _MONTHS.items():
        if full.startswith(name[:3]):
            return number
    raise ValueError(name)


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> str | None:
    """The first full date in `text` as ISO yyyy-mm-dd (or yyyy-mm, or yyyy)."""
    candidates: list[tuple[int, str]] = []
    for m in _ISO.finditer(text):
        if iso := _valid(int(m.group(1)), int(m.group(2)), int(m.group(3))):
            candidates.append((m.start(), iso))
    for m in _DMY.finditer(text):
        if iso := _valid(int(m.group(3)), _month(m.group(2)), int(m.group(1))):
            candidates.append((m.start(), iso))
    for m in _MDY.finditer(text):
        if iso := _valid(int(m.group(3)), _month(m.group(1)), int(m.group(2))):
            candidates.append((m.start(), iso))
    if candidates:
        return min(candidates)[1]
    if m := _MY.search(text):
        return f"{m.group(2)}-{_month(m.group(1)):02d}"
    return None


def infer_published(text: str) -> str:
    """Publication date: a date near a 'published' cue wins, else the first date in the
    opening of the document, else the latest plausible year mentioned early on."""
    for cue in _PUBLISHED_CUE.finditer(text):
        window = text[cue.start() : cue.start() + 80]
        if found := parse_date(window):
            return found
    opening = text[:1500]
    if found := parse_date(opening):
        return found
    years = [int(y) for y in _YEAR.findall(opening) if 2000 <= int(y) <= date.today().year]
    return str(max(years)) if years else ""


def year_of(published: str) -> int | None:
    m = re.match(r"((?:19|20)\d\d)", published.strip())
    return int(m.group(1)) if m else None


_RESPONSE = re.compile(
    r"\b(response|responds|reply|replied)\b.{0,80}\b(hmic|hmicfrs|inspectorate|report|"
    r"inspection)|\b(pcc|pfcc|opcc|commissioner|mayor|mopac)('s)?\b.{0,40}\bresponse",
    re.IGNORECASE | re.DOTALL,
)
_COMMISSIONER = re.compile(
    r"\b(police(,)? (fire )?and crime commissioner|pcc|pfcc|opcc|"
    r"commissioner|mopac|deputy mayor)\b",
    re.IGNORECASE,
)
_THEMATIC = re.compile(
    r"\b(thematic|national|joint targeted area|jtai|across england and "
    r"wales|all forces|(\d+|eight|eleven|seven|six|ten|four|five) forces)\b",
    re.IGNORECASE,
)
_GENERIC_FORCE = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)* (?:Constabulary|Police)\b")
_INSPECTION = re.compile(
    r"\b(hmic|hmicfrs|inspectorate|inspection|peel|inspected)\b", re.IGNORECASE
)


def canonical_force(name: str) -> str:
    """'Avon and Somerset Police' -> 'Avon and Somerset Constabulary' (the gazetteer's
    name), so every document of a force carries one spelling; other values as given."""
    found = find_forces(name, in_question=True) if name else []
    return found[0] if len(found) == 1 else name


def infer_force(title: str, text: str) -> str:
    """The force a document is about: the one its title names, else one that dominates its
    text (at least 3 mentions and twice the next); national documents get none."""
    in_title = find_forces(title)
    if in_title:
        return in_title[0]
    counts: dict[str, int] = {}
    for name in _mentions(text[:20000]):
        counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3:
        return ""
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return ""
    return ranked[0][0]


def _mentions(text: str) -> list[str]:
    from rag.forces import force_spans

    return [name for _, _, name in force_spans(text, in_question=False)]


def infer_doc_type(title: str, text: str) -> str:
    """inspection_report / thematic_report / pcc_response / other, from the wording."""
    head = f"{title}\n{text[:3000]}"
    if _RESPONSE.search(title) or (
        _RESPONSE.search(head) and len(_COMMISSIONER.findall(head)) >= 2
    ):
        return "pcc_response"
    if _INSPECTION.search(head):
        if find_forces(title):
            return "inspection_report"  # a named force's report, whatever the programme
        if not infer_force(title, text) and len(set(_mentions(text[:20000]))) >= 3:
            return "thematic_report"
        forces = find_forces(head) or _GENERIC_FORCE.findall(title)
        if _THEMATIC.search(title) or (not forces and _THEMATIC.search(head)):
            return "thematic_report"
        return "inspection_report" if forces else "thematic_report"
    return "other"


# Headings that name a part of a page or report, not the document.
_GENERIC_TITLES = frozenset(
    """introduction|about the pcc|about the commissioner|about us|contents|summary|home|menu|
    news|latest news|news room|foreword|overview|skip to content|main content|search|
    executive summary|key findings|background|contact us|cookies|accessibility""".replace(
        "\n", ""
    ).split("|")
)
_SITE_SUFFIX = re.compile(
    r"\s+[|–-]\s+(?:(?:His|Her) Majesty's Inspectorate|HMICFRS|HMIC|GOV\.UK|"
    r"(?:Office of the )?(?:Police,? (?:Fire )?and Crime Commissioner)|OPCC|PCC|"
    r"[A-Z][\w&' ]{2,40} (?:Police|Constabulary|Commissioner))\b.*$"
)


def clean_title(title: str) -> str:
    """A page title without its site name ("... - His Majesty's Inspectorate of ...")."""
    return _SITE_SUFFIX.sub("", " ".join(title.split())).strip()


def _generic(text: str) -> bool:
    t = text.strip().rstrip(":.").lower()
    return t in {g.strip() for g in _GENERIC_TITLES} or len(t.split()) < 2


def infer_title(blocks: list[Block], fallback: str) -> str:
    for block in blocks[:15]:
        if block.kind == "heading" and not _generic(block.text):
            return clean_title(block.text)
    for block in blocks[:5]:
        if len(block.text) <= 200 and not _generic(block.text):
            return clean_title(block.text)
    return fallback


def slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:80] or "document"


def build_meta(declared: dict[str, str], blocks: list[Block], text: str, path: Path) -> DocMeta:
    """Declared values win; the rest is inferred. `declared` merges manifest.csv and the
    file's own front matter / properties."""
    values = {k: (declared.get(k) or "").strip() for k in FIELDS}
    title = values["title"] or clean_title(
        declared.get("html_title", "") or declared.get("doc_title", "")
    )
    if not title or (not values["title"] and _generic(title)):
        title = infer_title(blocks, path.stem)
    doc_type = values["doc_type"] or infer_doc_type(title, text)
    if doc_type not in DOC_TYPES:
        raise IngestError(
            f"doc_type {doc_type!r} is not one of {', '.join(DOC_TYPES)} (fix the metadata)"
        )
    force = canonical_force(values["force"])
    if not force and doc_type != "thematic_report":
        force = infer_force(title, text)
    published = (
        values["published"]
        or declared.get("published_meta", "")
        or infer_published(f"{title}\n{text}")
    )
    publisher = values["publisher"] or _infer_publisher(doc_type, text)
    return DocMeta(
        id=values["id"] or slug(path.stem),
        title=title,
        doc_type=doc_type,
        publisher=publisher,
        force=force,
        published=published,
        source_url=values["source_url"] or declared.get("html_source_url", ""),
        responds_to=values["responds_to"],
        year=year_of(published),
        people=declared.get("page_people", ""),
    )


def _infer_publisher(doc_type: str, text: str) -> str:
    head = text[:3000]
    if doc_type == "pcc_response":
        m = re.search(
            r"(Office of the )?Police,? (Fire )?and Crime Commissioner for [A-Z][\w ,&]+?"
            r"(?=[.\n]|$)",
            head,
        )
        return m.group(0).strip() if m else ""
    if re.search(r"\bHMICFRS\b|Fire (and|&) Rescue Services", head):
        return "HMICFRS"
    if re.search(r"\bHMIC\b|Inspectorate of Constabulary", head):
        return "HMIC"
    return ""


def read_manifest_csv(folder: Path) -> dict[str, dict[str, str]]:
    """Rows of `folder/manifest.csv` keyed by file name (the `path` column)."""
    path = folder / "manifest.csv"
    if not path.is_file():
        return {}
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, csv.Error, UnicodeDecodeError) as exc:
        raise IngestError(f"cannot read {path}: {exc}") from exc
    out: dict[str, dict[str, str]] = {}
    for row in rows:
        name = (row.get("path") or "").strip()
        if name:
            out[name] = {k: (v or "").strip() for k, v in row.items() if k}
    return out
