"""The library's public names are pinned: removing or renaming one breaks users' code."""

from __future__ import annotations

import rag

PUBLIC = {
    "AnswerResult",
    "BackendUnavailable",
    "ChunkMeta",
    "Citation",
    "ConfigError",
    "DocMeta",
    "DocumentInfo",
    "Embedder",
    "Filters",
    "Index",
    "IndexNotFound",
    "IngestError",
    "InspectionQAError",
    "InspectionQARetriever",
    "LLMSettings",
    "Passage",
    "QuestionError",
    "SearchResult",
    "Service",
    "Settings",
    "WriterBusy",
    "make_embedder",
    "parse_where",
}


def test_exported_members_are_pinned() -> None:
    assert set(rag.__all__) == PUBLIC
    for name in PUBLIC:
        assert getattr(rag, name) is not None


def test_errors_share_one_base() -> None:
    for name in ("ConfigError", "IndexNotFound", "WriterBusy", "BackendUnavailable"):
        assert issubclass(getattr(rag, name), rag.InspectionQAError)
