"""Structure-following chunking. Pure: the token counter is passed in.

Rules: a heading starts a new chunk (and opens it), and never stands alone (a heading
followed by a subheading stays with it); blocks are packed whole while they fit;
a block too big for one chunk is split between sentences; a single sentence too big for a
chunk (rare: tables flattened into prose, lists without stops) is split between words.
Every chunk is an exact span of the document's clean text, within `max_tokens` word pieces.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from ingest.document import CleanDocument
from rag.text import sentence_spans

TokenCounter = Callable[[str], int]


@dataclass(frozen=True)
class Chunk:
    id: str
    doc_id: str
    index: int
    text: str
    start: int
    end: int
    page: int | None
    page_end: int | None
    section: str


@dataclass
class _Unit:
    start: int
    end: int
    page: int | None
    section: str
    opens_section: bool
    heading: bool = False


def _split_words(
    text: str, start: int, end: int, count: TokenCounter, max_tokens: int
) -> list[tuple[int, int]]:
    """Split text[start:end] between words into pieces within max_tokens. Linear in the
    text: a piece holds at most max_tokens words (every word is at least one token), so only
    that many word boundaries ahead are considered, and a "word" longer than the window (a
    URL, junk without spaces) is cut at the longest prefix that fits, found by doubling and
    halving, never by growing one character at a time."""
    pieces: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        boundaries: list[int] = []
        i = pos + 1
        while i < end and len(boundaries) <= max_tokens:
            if text[i].isspace() and not text[i - 1].isspace():
                boundaries.append(i)
            i += 1
        if len(boundaries) <= max_tokens:
            boundaries.append(end)
        lo, hi = 0, len(boundaries) - 1
        best = -1
        while lo <= hi:
            mid = (lo + hi) // 2
            if count(text[pos : boundaries[mid]]) <= max_tokens:
                best = mid
                lo = mid + 1
            else:
                hi = mid - 1
        cut = boundaries[best] if best >= 0 else _longest_fit(text, pos, end, count, max_tokens)
        pieces.append((pos, cut))
        pos = cut
        while pos < end and text[pos].isspace():
            pos += 1
    return pieces


def _longest_fit(text: str, pos: int, end: int, count: TokenCounter, max_tokens: int) -> int:
    """The end of the longest prefix of text[pos:end] within max_tokens (at least one
    character), by doubling the span and then halving the gap."""
    good, step = pos + 1, 1
    while good + step <= end and count(text[pos : good + step]) <= max_tokens:
        good += step
        step *= 2
    bad = min(end, good + step)
    while bad - good > 1:
        mid = (good + bad) // 2
        if count(text[pos:mid]) <= max_tokens:
            good = mid
        else:
            bad = mid
    return good


def _units(doc: CleanDocument, count: TokenCounter, max_tokens: int) -> list[_Unit]:
    text = doc.text
    trail: list[tuple[int, str]] = []
    units: list[_Unit] = []
    for span in doc.spans:
        block = span.block
        opens = False
        if block.kind == "heading":
            trail = [(lvl, t) for lvl, t in trail if lvl < block.level]
            trail.append((block.level, block.text))
            opens = True
        section = " > ".join(t for _, t in trail)
        if count(text[span.start : span.end]) <= max_tokens:
            units.append(
                _Unit(span.start, span.end, block.page, section, opens, block.kind == "heading")
            )
            continue
        first = True
        for s, e in sentence_spans(text[span.start : span.end]):
            s, e = s + span.start, e + span.start
            pieces = (
                [(s, e)]
                if count(text[s:e]) <= max_tokens
                else _split_words(text, s, e, count, max_tokens)
            )
            for ps, pe in pieces:
                units.append(_Unit(ps, pe, block.page, section, opens and first))
                first = False
    return units


def chunk_id(doc_id: str, index: int, text: str) -> str:
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    return f"{doc_id}:{index:04d}:{digest}"


def chunk_document(
    doc_id: str, doc: CleanDocument, count: TokenCounter, max_tokens: int
) -> list[Chunk]:
    """Chunks of `doc`, in order, covering all of its blocks."""
    units = _units(doc, count, max_tokens)
    groups: list[list[_Unit]] = []
    for unit in units:
        if groups:
            current = groups[-1]
            # A heading never stands alone: one followed by another heading (a section and
            # its first subsection) stays with what follows.
            heading_only = all(u.heading for u in current)
            if (not unit.opens_section or heading_only) and count(
                doc.text[current[0].start : unit.end]
            ) <= max_tokens:
                current.append(unit)
                continue
        groups.append([unit])
    chunks: list[Chunk] = []
    for i, group in enumerate(groups):
        start, end = group[0].start, group[-1].end
        body = doc.text[start:end]
        pages = [u.page for u in group if u.page is not None]
        chunks.append(
            Chunk(
                id=chunk_id(doc_id, i, body),
                doc_id=doc_id,
                index=i,
                text=body,
                start=start,
                end=end,
                page=pages[0] if pages else None,
                page_end=pages[-1] if pages else None,
                section=group[-1].section,
            )
        )
    return chunks


def context_prefix(title: str, section: str, count: TokenCounter, max_tokens: int) -> str:
    """'Title — Section' trimmed (from the left of the section trail) to max_tokens."""
    parts = [p for p in [title, *section.split(" > ")] if p]
    # Drop repeated title-as-first-heading.
    if len(parts) > 1 and parts[1].strip().lower() == parts[0].strip().lower():
        parts.pop(1)
    while parts:
        prefix = " — ".join(parts)
        if count(prefix) <= max_tokens:
            return prefix
        parts.pop(1 if len(parts) > 1 else 0)
    return ""


def embedding_text(chunk: Chunk, title: str, count: TokenCounter, max_context: int) -> str:
    """The text embedded for a chunk: its context (title, section) then its own words."""
    prefix = context_prefix(title, chunk.section, count, max_context)
    return f"{prefix}\n{chunk.text}" if prefix else chunk.text
