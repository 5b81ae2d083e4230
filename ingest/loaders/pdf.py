"""PDF: text per page, running headers/footers and page numbers removed, page kept per block."""

from __future__ import annotations

import logging
from pathlib import Path

from ingest.cleaning import pair_grade_cells, strip_running_lines
from ingest.document import Parsed
from ingest.loaders.structure import Line, blocks_from_lines
from rag.errors import IngestError


def load(path: Path) -> Parsed:
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged files are reported by us
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    head = path.read_bytes()[:1024]
    if b"%PDF" not in head:
        raise IngestError("not a PDF file (no %PDF header)")
    try:
        reader = PdfReader(str(path), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except (
                DependencyError,
                FileNotDecryptedError,
                NotImplementedError,
                PdfReadError,
            ) as exc:
                raise IngestError("encrypted PDF: no password support") from exc
            if not ok:
                raise IngestError("encrypted PDF: no password support")
        pages = [(page.extract_text() or "").split("\n") for page in reader.pages]
    except IngestError:
        raise
    except FileNotDecryptedError as exc:
        raise IngestError("encrypted PDF: no password support") from exc
    except Exception as exc:  # pypdf raises many types for damaged files
        raise IngestError(f"corrupt or truncated PDF ({type(exc).__name__})") from exc
    if not pages:
        raise IngestError("the PDF has no pages")
    pages = [pair_grade_cells(page) for page in strip_running_lines(pages)]
    lines: list[Line] = []
    for number, page_lines in enumerate(pages, start=1):
        lines.extend(Line(text, number) for text in page_lines)
    blocks = blocks_from_lines(lines, wrapped=True)
    if not blocks:
        raise IngestError("the PDF has no extractable text (scanned images? OCR is not supported)")
    meta: dict[str, str] = {}
    try:
        info = reader.metadata
        if info is not None and info.title:
            meta["doc_title"] = str(info.title)
    except Exception:  # metadata is optional; a broken info dict must not fail the file
        meta = {}
    return Parsed(blocks, meta)
