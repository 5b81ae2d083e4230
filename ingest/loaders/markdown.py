"""Markdown with optional YAML front matter (the sample corpus's format)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from ingest.cleaning import decode_text, looks_binary
from ingest.document import Block, Parsed
from rag.errors import IngestError

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_LIST = re.compile(r"^\s*(?:[-*+]|(\d{1,3})[.)])\s+(.*)$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_LINK = re.compile(r"!?\[([^\]]*)\]\(([^)]*)\)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_CODE = re.compile(r"`([^`]*)`")
_FENCE = re.compile(r"^\s*(```|~~~)")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def inline(text: str) -> str:
    """Markdown inline markup to plain words (links keep their text)."""
    text = _LINK.sub(lambda m: m.group(1) or m.group(2), text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\2", text)
    text = _ITALIC.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = text.replace("\\", "") if "\\" in text else text
    return " ".join(text.split())


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    m = _FRONT.match(text)
    if not m:
        return {}, text
    try:
        data = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as exc:
        raise IngestError(f"front matter is not valid YAML: {str(exc).splitlines()[0]}") from exc
    if not isinstance(data, dict):
        raise IngestError("front matter must be a mapping of key: value lines")
    meta = {str(k): "" if v is None else str(v) for k, v in data.items()}
    return meta, text[m.end() :]


def parse_markdown(text: str) -> Parsed:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, body = split_front_matter(text)
    body = _HTML_COMMENT.sub("", body)
    blocks: list[Block] = []
    para: list[str] = []
    in_fence = False

    def flush() -> None:
        if para:
            blocks.append(Block("paragraph", inline(" ".join(para))))
            para.clear()

    for raw in body.split("\n"):
        if _FENCE.match(raw):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            if raw.strip():
                blocks.append(Block("paragraph", raw.strip()))
            continue
        line = raw.rstrip()
        if not line.strip():
            flush()
            continue
        if h := _HEADING.match(line):
            flush()
            blocks.append(Block("heading", inline(h.group(2)), level=len(h.group(1))))
        elif line.lstrip().startswith("|"):
            flush()
            if _TABLE_SEP.match(line):
                continue
            cells = [inline(c) for c in line.strip().strip("|").split("|")]
            blocks.append(Block("table_row", " | ".join(c for c in cells)))
        elif m := _LIST.match(line):
            flush()
            # A numbered item keeps its number: "Recommendation 3" is cited by it.
            number = f"{m.group(1)}. " if m.group(1) else ""
            blocks.append(Block("list_item", number + inline(m.group(2))))
        elif (
            line.startswith(("  ", "\t")) and blocks and blocks[-1].kind == "list_item" and not para
        ):
            last = blocks.pop()
            blocks.append(Block("list_item", last.text + " " + inline(line)))
        elif line.lstrip().startswith(">"):
            para.append(line.lstrip()[1:].strip())
        elif re.match(r"^\s*(-{3,}|\*{3,}|_{3,})\s*$", line):
            flush()
        else:
            para.append(line.strip())
            if raw.endswith("  "):  # a hard line break ends the paragraph
                flush()
    flush()
    return Parsed([b for b in blocks if b.text], meta)


def load(path: Path) -> Parsed:
    data = path.read_bytes()
    if not data.strip():
        raise IngestError("empty file: no text to index")
    if looks_binary(data):
        raise IngestError("not a text file: the content is binary")
    parsed = parse_markdown(decode_text(data))
    if not parsed.blocks:
        raise IngestError("no text found (only front matter?)")
    return parsed
