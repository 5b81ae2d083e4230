"""Word documents: heading styles, list paragraphs and tables (one block per row)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from ingest.document import Block, Parsed
from rag.errors import IngestError

MAX_UNCOMPRESSED = 512 * 1024 * 1024
MAX_RATIO = 200


def check_zip(path: Path) -> None:
    """Refuse files that are not Word zips, and zip bombs, before parsing."""
    if not zipfile.is_zipfile(path):
        raise IngestError("not a Word document (.docx files are zip archives; this is not one)")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            if "word/document.xml" not in names:
                raise IngestError("not a Word document: the archive has no word/document.xml")
            total = sum(i.file_size for i in infos)
            packed = max(1, sum(i.compress_size for i in infos))
    except zipfile.BadZipFile as exc:
        raise IngestError(f"corrupt Word document: {exc}") from exc
    if total > MAX_UNCOMPRESSED or total / packed > MAX_RATIO:
        raise IngestError(
            f"refused: the Word document would expand to {total // (1024 * 1024)} MB "
            "(looks like a zip bomb)"
        )


class _ListNumbers:
    """Word's automatic list numbers, which are not part of a paragraph's text: each
    numbered paragraph gets the number Word shows ("Recommendation 3" is cited by it).
    Decimal lists only; bullets and lettered lists are left as they are."""

    def __init__(self, document: Any) -> None:
        from docx.oxml.ns import qn

        self._qn = qn
        self.formats: dict[tuple[str, int], tuple[str, int]] = {}  # (numId, ilvl) -> fmt, start
        self.counters: dict[tuple[str, int], int] = {}
        self._run = 0  # "List Number" paragraphs with no numbering definition
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, int]]] = {}
        for node in root.findall(qn("w:abstractNum")):
            levels: dict[int, tuple[str, int]] = {}
            for lvl in node.findall(qn("w:lvl")):
                fmt = lvl.find(qn("w:numFmt"))
                start = lvl.find(qn("w:start"))
                levels[_int(lvl.get(qn("w:ilvl")))] = (
                    fmt.get(qn("w:val"), "") if fmt is not None else "",
                    _int(start.get(qn("w:val")) if start is not None else None, 1),
                )
            abstract[node.get(qn("w:abstractNumId"), "")] = levels
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            levels = dict(abstract.get(ref.get(qn("w:val"), "") if ref is not None else "", {}))
            for override in num.findall(qn("w:lvlOverride")):
                start = override.find(qn("w:startOverride"))
                ilvl = _int(override.get(qn("w:ilvl")))
                if start is not None and ilvl in levels:
                    levels[ilvl] = (levels[ilvl][0], _int(start.get(qn("w:val")), 1))
            for ilvl, spec in levels.items():
                self.formats[(num.get(qn("w:numId"), ""), ilvl)] = spec

    def number(self, paragraph: Any, style: str) -> int | None:
        """The number this paragraph shows, or None (not a numbered list item)."""
        qn = self._qn
        num_pr = paragraph._p.pPr.numPr if paragraph._p.pPr is not None else None
        if num_pr is None and paragraph.style is not None:
            ppr = paragraph.style.element.find(qn("w:pPr"))
            num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        if num_pr is not None:
            num_id = num_pr.find(qn("w:numId"))
            ilvl_node = num_pr.find(qn("w:ilvl"))
            key = (
                num_id.get(qn("w:val"), "") if num_id is not None else "",
                _int(ilvl_node.get(qn("w:val")) if ilvl_node is not None else None),
            )
            spec = self.formats.get(key)
            if spec is not None:
                if spec[0] != "decimal":
                    return None
                for other in [k for k in self.counters if k[0] == key[0] and k[1] > key[1]]:
                    del self.counters[other]  # a new parent item restarts its sub-list
                self.counters[key] = self.counters.get(key, spec[1] - 1) + 1
                return self.counters[key]
        if "List Number" in style:
            self._run += 1
            return self._run
        return None

    def interrupted(self) -> None:
        """A paragraph that is not a list item ends a style-only numbered run."""
        self._run = 0


def _int(value: str | None, default: int = 0) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


_NUMBERED = re.compile(r"^\(?\d{1,3}[.):]\s")


def _heading_level(style_name: str) -> int:
    if style_name == "Title":
        return 1
    m = re.match(r"Heading\s*(\d)", style_name)
    return int(m.group(1)) if m else 0


def load(path: Path) -> Parsed:
    check_zip(path)
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises many types for broken packages
        raise IngestError(f"corrupt Word document: {type(exc).__name__}") from exc
    blocks: list[Block] = []
    numbers = _ListNumbers(document)
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            text = " ".join(item.text.split())
            if not text:
                continue
            style = item.style.name if item.style is not None else ""
            level = _heading_level(style)
            ppr = item._p.pPr
            is_list = "List" in style or (ppr is not None and ppr.numPr is not None)
            number = numbers.number(item, style) if is_list and not level else None
            if number is None:
                numbers.interrupted()
            elif not _NUMBERED.match(text):
                text = f"{number}. {text}"
            if level:
                blocks.append(Block("heading", text, level=level))
            else:
                blocks.append(Block("list_item" if is_list else "paragraph", text))
        elif isinstance(item, Table):
            for row in item.rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = " ".join(cell.text.split())
                    if text and (not cells or cells[-1] != text):  # merged cells repeat
                        cells.append(text)
                if cells:
                    blocks.append(Block("table_row", " | ".join(cells)))
    meta: dict[str, str] = {}
    props = document.core_properties
    if props.title:
        meta["doc_title"] = props.title
    if not blocks:
        raise IngestError("the Word document has no text")
    return Parsed(blocks, meta)
