"""inspection-qa's retrieval inside a LangChain chain."""

from __future__ import annotations

from langchain_core.runnables import RunnableLambda

from rag import Filters, InspectionQARetriever


def test_retriever_returns_documents_with_citations(memory_service) -> None:
    retriever = InspectionQARetriever(service=memory_service, k=3)
    docs = retriever.invoke("Devon and Cornwall PEEL inadequate")
    assert 0 < len(docs) <= 3
    for d in docs:
        assert d.id == d.metadata["chunk_id"]
        assert d.metadata["title"] in d.metadata["citation"]
        stored = memory_service.index.store.get([d.id])[0]
        assert d.page_content == stored.text  # the exact stored text


def test_retriever_in_a_chain_respects_filters(memory_service) -> None:
    retriever = InspectionQARetriever(
        service=memory_service, k=4, filters=Filters(force=frozenset({"Kent Police"}))
    )
    chain = retriever | RunnableLambda(
        lambda docs: [(d.metadata["force"], d.metadata["citation"]) for d in docs]
    )
    out = chain.invoke("what did inspectors find")
    assert out and all(force == "Kent Police" for force, _ in out)
