"""Word documents: heading styles, list paragraphs and tables (one block per row)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

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
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            text = " ".join(item.text.split())
            if not text:
                continue
            style = item.style.name if item.style is not None else ""
            level = _heading_level(style)
            ppr = item._p.pPr
            is_list = "List" in style or (ppr is not None and ppr.numPr is not None)
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
