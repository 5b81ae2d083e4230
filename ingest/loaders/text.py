"""Plain text, including web captures saved as .txt (page furniture removed)."""

from __future__ import annotations

from pathlib import Path

from ingest.cleaning import (
    breadcrumb_title,
    decode_text,
    looks_binary,
    menu_people,
    strip_web_furniture,
)
from ingest.document import Parsed
from ingest.loaders.structure import Line, blocks_from_lines
from rag.errors import IngestError


def parse_text(text: str) -> Parsed:
    """Structure from decoded text (pure; also used for tests)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title = breadcrumb_title(text.split("\n"))
    lines = strip_web_furniture(text.split("\n"))
    nonempty = [ln for ln in lines if ln.strip()]
    # Hard-wrapped text has many similar, medium-length lines; web captures have one long
    # line per paragraph.
    long_lines = sum(len(ln) > 160 for ln in nonempty)
    wrapped = bool(nonempty) and long_lines < 0.1 * len(nonempty)
    meta = {"doc_title": title} if title else {}
    people = menu_people(text.split("\n"))
    if people:
        meta["page_people"] = "; ".join(people)
    return Parsed(blocks_from_lines([Line(ln) for ln in lines], wrapped=wrapped), meta)


def load(path: Path) -> Parsed:
    data = path.read_bytes()
    if not data.strip():
        raise IngestError("empty file: no text to index")
    if looks_binary(data) and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError("not a text file: the content is binary")
    parsed = parse_text(decode_text(data))
    if not parsed.blocks:
        raise IngestError("no text found after removing page furniture")
    return parsed
