"""The Library tab's catalogue, as pure functions: one row per document with the reports
and responses it pairs with, and a full-text search that finds documents by any word of
their text and shows where (text in, text out; document text is escaped)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rag.schema import REPORT_TYPES
from ui.format import DOC_TYPE_NAMES, excerpt, fold, term_spans

HEADERS = ["Title", "Type", "Force", "Published", "Responds to / answered by", "Chunks"]
DATATYPES = ["html", "str", "str", "str", "str", "number"]
WIDTHS = ["33%", "10%", "13%", "9%", "28%", "7%"]
SNIPPET_CONTEXT = 90
Texts = Callable[[str], Sequence[tuple[str, str]]]  # doc_id -> its (chunk_id, text) in order


@dataclass(frozen=True)
class Pairing:
    answered_by: list[str] = field(default_factory=list)  # response doc ids
    responds_to: list[str] = field(default_factory=list)  # report doc ids


@dataclass(frozen=True)
class Match:
    """A document a search found, in its details (title, type, force, date, id, pairing) or
    in its text; `chunk_id` is the passage of the snippet (the one with the most search
    words), when its text has any of them."""

    doc: dict[str, Any]
    chunk_id: str | None = None
    snippet: str = ""  # HTML, escaped, search words marked
    hits: int = 0  # how often the search words occur in the text
    in_details: bool = False


def pairings(docs: Sequence[dict[str, Any]], ledger: dict[str, Any]) -> dict[str, Pairing]:
    """Which response answers which report: the ledger's links (declared `responds_to` or
    inferred) and every declared `responds_to`, both ways, for documents in `docs`."""
    held = {d["doc_id"] for d in docs}
    links: set[tuple[str, str]] = set()  # (report, response)
    for report in ledger.get("reports", []):
        for r in report.get("responses", []):
            links.add((report["doc_id"], r["doc_id"]))
    for d in docs:
        if d.get("responds_to"):
            links.add((d["responds_to"], d["doc_id"]))
    out: dict[str, Pairing] = {}
    for report, response in sorted(links):
        if report in held and response in held and report != response:
            out.setdefault(report, Pairing()).answered_by.append(response)
            out.setdefault(response, Pairing()).responds_to.append(report)
    return out


def pairing_text(
    doc: dict[str, Any], pairs: Mapping[str, Pairing], titles: Mapping[str, str]
) -> str:
    """ "Responds to: <report>" / "Answered by: <responses>"; a report no response in the
    library answers says so."""
    p = pairs.get(doc["doc_id"], Pairing())
    parts = []
    if p.responds_to:
        parts.append("Responds to: " + "; ".join(titles.get(i, i) for i in p.responds_to))
    if p.answered_by:
        parts.append("Answered by: " + "; ".join(titles.get(i, i) for i in p.answered_by))
    elif doc.get("doc_type") in REPORT_TYPES:
        parts.append("No response in the library")
    return "\n".join(parts)


def search_terms(query: str) -> list[str]:
    """The words of a search, lower-cased, once each."""
    seen: list[str] = []
    for w in re.findall(r"\w+", query.lower()):
        if w not in seen:
            seen.append(w)
    return seen


def _details(doc: dict[str, Any], pairing: str) -> str:
    return " ".join(
        str(x)
        for x in (
            doc.get("title"),
            DOC_TYPE_NAMES.get(doc.get("doc_type", ""), doc.get("doc_type")),
            doc.get("force"),
            doc.get("published"),
            doc.get("doc_id"),
            pairing,
        )
        if x
    )


def _has_all(text: str, terms: Sequence[str]) -> bool:
    return all(term_spans(text, [t]) for t in terms)


def search(
    docs: Sequence[dict[str, Any]], texts: Texts, query: str, pairing: Mapping[str, str]
) -> list[Match]:
    """Documents with every word of `query` (a word matches words it begins: "MASH" finds
    "MASHs") in their details or in their text; details matches first, then by how often the
    words occur in the text. A match carries the passage with the most of the words, if its
    text has any. An empty query lists every document, in the order given."""
    terms = search_terms(query)
    if not terms:
        return [Match(d) for d in docs]
    by_details, by_text = [], []
    for d in docs:
        in_details = _has_all(_details(d, pairing.get(d["doc_id"], "")), terms)
        chunks = list(texts(d["doc_id"]))
        if not in_details and not _has_all(" ".join(t for _c, t in chunks), terms):
            continue
        best: tuple[int, int, str, str] | None = None  # (distinct words, hits, chunk, text)
        total = 0
        for cid, text in chunks:
            hits = len(term_spans(text, terms))
            if not hits:
                continue
            total += hits
            found = len({t for t in terms if term_spans(text, [t])})
            if best is None or (found, hits) > best[:2]:
                best = (found, hits, cid, text)
        match = (
            Match(d, best[2], snippet(best[3], terms), total, in_details)
            if best
            else Match(d, in_details=in_details)
        )
        (by_details if in_details else by_text).append(match)
    by_text.sort(key=lambda m: -m.hits)
    return by_details + by_text


def snippet(text: str, terms: Sequence[str]) -> str:
    """The passage around its first search word, the words marked (escaped HTML)."""
    folded = fold(text)
    spans = term_spans(folded, terms)
    shown, _ = excerpt(folded, spans[:1], SNIPPET_CONTEXT)
    moved = term_spans(shown, terms)
    out, at = [], 0
    for s, e in moved:
        out += [html.escape(shown[at:s]), f"<mark>{html.escape(shown[s:e])}</mark>"]
        at = e
    out.append(html.escape(shown[at:]))
    return "".join(out)


def rows(matches: Sequence[Match], pairing: Mapping[str, str]) -> list[list[Any]]:
    """Table rows (HEADERS): the title cell carries the snippet under the title."""
    out = []
    for m in matches:
        d = m.doc
        title = html.escape(str(d.get("title", "")))
        if m.snippet:
            title += f'<div class="iqa-snip">{m.snippet}</div>'
        out.append(
            [
                title,
                DOC_TYPE_NAMES.get(d.get("doc_type", ""), d.get("doc_type", "")),
                d.get("force") or "",
                d.get("published") or "",
                pairing.get(d["doc_id"], ""),
                d.get("chunks", 0),
            ]
        )
    return out


def note(query: str, matches: Sequence[Match], total: int) -> str:
    """What the search found, in words (Markdown)."""
    q = " ".join(query.split())
    if not q:
        return f"{total} documents. Click a row to open the document."
    if not matches:
        return (
            f"**No documents match “{_md(q)}”** (searched titles, details and the full text "
            "of every document)."
        )
    details = sum(1 for m in matches if m.in_details)
    where = f"{details} by title or details, {len(matches) - details} by their text"
    n = len(matches)
    return (
        f"{n} document{'s match' if n != 1 else ' matches'} “{_md(q)}” ({where}). "
        "Click a row to open the document at the match."
    )


def _md(text: str) -> str:
    return re.sub(r"([\\`*_{}\[\]<>()#+\-.!|~])", r"\\\1", text)


__all__ = [
    "DATATYPES",
    "HEADERS",
    "WIDTHS",
    "Match",
    "Pairing",
    "note",
    "pairing_text",
    "pairings",
    "rows",
    "search",
    "search_terms",
    "snippet",
]
