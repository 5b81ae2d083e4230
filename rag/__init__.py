"""inspection-qa's library: retrieval and cited answers over inspection reports and PCC
responses. Import what you need from here:

    from rag import Service, Settings, Filters
    service = Service.open(Settings.from_env(os.environ))
    result = service.ask("How many MASHs are there in Devon and Cornwall?")

Names resolve on first use, so `import rag` stays cheap (no model, no Chroma) until they are
needed.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "Service": "rag.service",
    "DocumentInfo": "rag.service",
    "Settings": "rag.settings",
    "LLMSettings": "rag.settings",
    "Filters": "rag.filters",
    "parse_where": "rag.filters",
    "AnswerResult": "rag.models",
    "SearchResult": "rag.models",
    "Passage": "rag.models",
    "Citation": "rag.models",
    "DocMeta": "rag.schema",
    "ChunkMeta": "rag.schema",
    "Embedder": "rag.embedding",
    "make_embedder": "rag.embedding",
    "Index": "rag.index",
    "InspectionQARetriever": "rag.langchain_adapter",
    "InspectionQAError": "rag.errors",
    "ConfigError": "rag.errors",
    "IndexNotFound": "rag.errors",
    "WriterBusy": "rag.errors",
    "BackendUnavailable": "rag.errors",
    "QuestionError": "rag.errors",
    "IngestError": "rag.errors",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'rag' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
