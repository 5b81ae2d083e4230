"""Honest degradation: an answer served through a fallback says so, in the JSON and the
notice the UI and CLI show, and the next answer after recovery does not."""

from __future__ import annotations

import dataclasses

import pytest

from rag.index import STALE_UNREACHABLE
from rag.retrieval import DENSE_FALLBACK
from rag.service import Service


def test_vector_store_failure_is_answered_from_the_mirror_and_said(
    memory_service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "What did HMICFRS find about Kent Police?"
    # Ask the vector store even for this small index (exact search would not call it, nor
    # the IVF index above the crossover).
    monkeypatch.setattr(
        memory_service.retriever,
        "settings",
        dataclasses.replace(
            memory_service.retriever.settings, exact_search_max_chunks=0, ivf_nprobe=0
        ),
    )
    assert memory_service.ask(question).to_json()["notices"] == []

    def down(*_a, **_k):
        raise RuntimeError("Could not connect to a Chroma server")

    monkeypatch.setattr(memory_service.index.store, "query", down)
    result = memory_service.ask(question)
    out = result.to_json()
    assert out["notices"] == [DENSE_FALLBACK] and DENSE_FALLBACK in out["notice"]
    assert result.passages  # still answered, from the local copy
    assert memory_service.search(question).to_json()["notices"] == [DENSE_FALLBACK]
    monkeypatch.undo()
    assert memory_service.ask(question).notices == []  # recovered, no restart


def test_an_unreachable_collection_serves_the_last_copy_and_says_so(
    memory_service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = memory_service.index
    index.replica()
    index.refresh_interval_s = 0.0

    def down() -> int:
        raise RuntimeError("the server is not responding")

    monkeypatch.setattr(index.store, "generation", down)
    result = memory_service.ask("Which areas were RI for Kent in 21/22?")
    assert STALE_UNREACHABLE in result.notices
    monkeypatch.undo()
    assert memory_service.ask("Which areas were RI for Kent in 21/22?").notices == []


def test_a_refusal_with_nothing_to_list_does_not_promise_passages(
    memory_service: Service,
) -> None:
    from rag.filters import Filters

    result = memory_service.ask(
        "What did HMICFRS find about Kent Police?", filters=Filters(year_min=1990, year_max=1991)
    )
    assert result.abstained and not result.passages
    assert "nearest passages are listed" not in result.answer
    assert "no passage matched" in result.answer


def test_a_lean_mirror_without_its_vector_store_ranks_by_words_and_says_so(
    memory_index, small_corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no vectors kept locally there is no local dense search to fall back on: the
    words alone rank, and the answer says meaning-based search was missing."""
    from ingest.pipeline import ingest_paths
    from rag.embedding import HashEmbedder
    from rag.retrieval import DENSE_UNAVAILABLE

    settings = memory_index.settings.replace(mirror_vectors=False)
    memory_index.settings = settings
    embedder = HashEmbedder()
    ingest_paths(settings, [small_corpus], embedder=embedder, index=memory_index)
    service = Service(settings, memory_index, embedder)
    question = "What did HMICFRS find about Kent Police?"
    assert service.index.replica().vectors is None
    assert service.search(question).notices == []

    def down(*_a, **_k):
        raise RuntimeError("Could not connect to a Chroma server")

    monkeypatch.setattr(memory_index.store, "query", down)
    result = service.search(question)
    assert result.notices == [DENSE_UNAVAILABLE]
    assert result.passages and "kent" in result.passages[0].doc_id
