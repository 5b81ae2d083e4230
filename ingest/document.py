"""The shapes every loader returns and every later step consumes.

A loader turns a file into `Block`s (headings, paragraphs, list items, table rows) with the
page each came from. `assemble()` joins them into the document's clean text and records each
block's character span in it, so chunks and quotes can always be traced back exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table_row"]
BLOCK_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str
    page: int | None = None
    level: int = 0  # heading level (1 = top); 0 for other blocks


@dataclass
class Parsed:
    """What a loader returns: structure plus any metadata the file itself declares."""

    blocks: list[Block]
    meta: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Span:
    """A block placed in the clean text: text == clean_text[start:end]."""

    block: Block
    start: int
    end: int


@dataclass
class CleanDocument:
    text: str
    spans: list[Span]


def assemble(blocks: list[Block]) -> CleanDocument:
    """Join non-empty blocks with blank lines; record where each lands."""
    parts: list[str] = []
    spans: list[Span] = []
    pos = 0
    for block in blocks:
        text = block.text.strip()
        if not text:
            continue
        if parts:
            parts.append(BLOCK_SEPARATOR)
            pos += len(BLOCK_SEPARATOR)
        kept = block if text == block.text else Block(block.kind, text, block.page, block.level)
        spans.append(Span(kept, pos, pos + len(text)))
        parts.append(text)
        pos += len(text)
    return CleanDocument("".join(parts), spans)
