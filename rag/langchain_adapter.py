"""inspection-qa's retrieval as a LangChain retriever, so it can be a step in a user's own
chain: `InspectionQARetriever(service=svc) | format_docs | prompt | llm`.

Each `Document` carries the passage's exact stored text and our metadata, plus a ready
citation string (document, section, page), so whatever the chain writes can still be cited.
"""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from rag.filters import Filters
from rag.models import Passage


def citation_label(p: Passage) -> str:
    """'Kent PEEL 2021/22, section Summary, page 3' (what a person checks)."""
    parts = [p.title or p.doc_id]
    if p.section:
        parts.append(f"section {p.section}")
    if p.page is not None:
        parts.append(f"page {p.page}")
    return ", ".join(parts)


def to_document(p: Passage) -> Document:
    meta = {k: v for k, v in p.to_json().items() if k != "text" and v is not None}
    meta["citation"] = citation_label(p)
    return Document(page_content=p.text, metadata=meta, id=p.chunk_id)


class InspectionQARetriever(BaseRetriever):
    """Hybrid search through a `rag.Service`; `k` passages, optional metadata filters."""

    service: Any
    k: int = 5
    filters: Filters | None = None

    model_config = ConfigDict(arbitrary_types_allowed=True)

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        result = self.service.search(query, k=self.k, filters=self.filters)
        return [to_document(p) for p in result.passages]
