"""Recover structure (headings, paragraphs, list items) from plain lines of text.

Used by the TXT and PDF loaders, whose input has no markup. Pure functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.document import Block

_BULLET = re.compile(r"^\s*(?:[•●▪◦‣∙·*\-–—]|\(?[0-9]{1,2}[.)]|\(?[a-z][.)]|\([ivx]+\))\s+")
_NUMBERED_HEADING = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+[A-Z]")
_TERMINAL = tuple(".,;:!?")
# A dot leader between two parts of a line ("16 September 2025 .... Report published",
# "Summary ........ 4", "Drone flights in 2024 ..... 3,960"): a row of a list, a table of
# key figures or a contents page, never a heading; it stands alone like a list item. (A
# contents row cannot be told from a key figure by its shape, so neither is dropped.)
_LEADER = re.compile(r"\S\s+\.{2,}\s*\S|\S\.{4,}\s*\S|\S\s*(?:\.\s){3,}\s*\S")


def leader_row(text: str) -> bool:
    return bool(_LEADER.search(text))


@dataclass(frozen=True)
class Line:
    text: str
    page: int | None = None


def _is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text)) or leader_row(text)


def _heading_candidate(text: str) -> bool:
    t = text.strip()
    if not t or len(t) > 90 or len(t.split()) > 14:
        return False
    if leader_row(t):
        return False
    if t.endswith(_TERMINAL) or (_is_bullet(t) and not _NUMBERED_HEADING.match(t)):
        return False
    if t.startswith(("<", "http", "www.")) or " | " in t:
        return False  # a link, or a table row
    return t[0].isupper() or t[0].isdigit()


def _joins(prev: str, nxt: str, width: int) -> bool:
    """Does `nxt` continue the paragraph that `prev` ends (a wrapped line)? `prev` is the
    last physical line; a line well short of the text width ends its paragraph."""
    p = prev.rstrip()
    n = nxt.lstrip()
    if not p or not n:
        return False
    if _is_bullet(n) or " | " in p or " | " in n:
        return False  # a list item, or a table row, stands alone
    if n[0].islower():
        return True
    if len(p) < 0.6 * width:
        return False
    return not p.endswith((".", "!", "?", ":", ";", "”", '"', ")"))


def _join(prev: str, nxt: str) -> str:
    p = prev.rstrip()
    n = nxt.strip()
    if p.endswith("-") and len(p) > 1 and p[-2].isalpha() and n[:1].islower():
        return p[:-1] + n  # de-hyphenate a word broken across lines
    return p + " " + n


def blocks_from_lines(lines: list[Line], *, wrapped: bool) -> list[Block]:
    """Turn lines into blocks.

    wrapped=True (PDF, hard-wrapped text): consecutive lines are joined into paragraphs
    unless a line clearly ends one. wrapped=False (web captures: one paragraph per line):
    only lines that continue mid-sentence (next starts lower-case) are joined.
    """
    lengths = sorted(len(line.text.strip()) for line in lines if line.text.strip())
    width = lengths[int(0.8 * (len(lengths) - 1))] if lengths else 80
    # 1. Group into raw paragraphs with their page and whether a blank line follows.
    last_line = ""
    groups: list[tuple[str, int | None, bool]] = []  # text, page, is_bullet
    current: str | None = None
    page: int | None = None
    bullet = False
    for line in lines:
        text = line.text.strip()
        if not text:
            if current is not None:
                groups.append((current, page, bullet))
                current = None
            continue
        continues = current is not None and (
            (wrapped and _joins(last_line, text, width))
            or (not wrapped and text[0].islower() and not current.endswith((".", "!", "?")))
        )
        last_line = text
        if current is not None and continues and not _is_bullet(text):
            current = _join(current, text)
            continue
        if current is not None:
            groups.append((current, page, bullet))
        current, page, bullet = text, line.page, _is_bullet(text)
    if current is not None:
        groups.append((current, page, bullet))

    # 2. Paragraphs broken by a stray blank line mid-sentence are rejoined.
    merged: list[tuple[str, int | None, bool]] = []
    for text, pg, is_b in groups:
        if merged and not is_b and text[0].islower():
            prev_text, prev_pg, prev_b = merged[-1]
            if not prev_text.endswith((".", "!", "?", ":")) and not _heading_candidate(prev_text):
                merged[-1] = (_join(prev_text, text), prev_pg, prev_b)
                continue
        merged.append((text, pg, is_b))

    # 3. Classify.
    blocks: list[Block] = []
    for i, (text, pg, is_b) in enumerate(merged):
        nxt = merged[i + 1] if i + 1 < len(merged) else None
        numbered = _NUMBERED_HEADING.match(text)
        if (
            _heading_candidate(text)
            and nxt is not None
            and (len(nxt[0]) >= 60 or nxt[2] or bool(numbered))
        ):
            level = numbered.group(1).count(".") + 1 if numbered else 2
            if not is_b or numbered:
                blocks.append(Block("heading", text, pg, min(level, 6)))
                continue
        blocks.append(Block("list_item" if is_b else "paragraph", text, pg))
    return blocks
