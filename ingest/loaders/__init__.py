"""One loader per format. `load_file` dispatches on the extension."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ingest.document import Parsed
from ingest.loaders import docx, html, markdown, pdf, text
from rag.errors import IngestError
from rag.schema import FORMATS

LOADERS: dict[str, Callable[[Path], Parsed]] = {
    ".pdf": pdf.load,
    ".docx": docx.load,
    ".html": html.load,
    ".htm": html.load,
    ".md": markdown.load,
    ".markdown": markdown.load,
    ".txt": text.load,
}
SUPPORTED = FORMATS
assert set(LOADERS) == set(FORMATS), "every format in rag.schema.FORMATS needs a loader"


def load_file(path: Path) -> Parsed:
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        raise IngestError(
            f"unsupported file type {path.suffix!r} (supported: {', '.join(SUPPORTED)})"
        )
    return loader(path)
