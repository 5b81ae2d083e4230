"""Component tier: real code over chromadb's in-memory client and the hash embedder, or over
a fake service. Seconds, no model, no files on disk but temp folders."""

from __future__ import annotations

import uuid
from pathlib import Path

import chromadb
import pytest
from chromadb.config import Settings as ChromaSettings

from ingest.pipeline import ingest_paths
from rag.embedding import HashEmbedder
from rag.index import Index
from rag.service import Service
from rag.settings import Settings
from rag.store import ChromaStore


@pytest.fixture
def memory_index(tmp_path: Path) -> Index:
    """An Index over an in-memory Chroma client (its own collection name per test)."""
    client = chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))
    settings = Settings(
        db=tmp_path / "index", embedding_backend="hash", collection=f"t{uuid.uuid4().hex[:12]}"
    )
    return Index(settings, ChromaStore(client, settings.collection))


@pytest.fixture
def memory_service(memory_index: Index, small_corpus: Path) -> Service:
    embedder = HashEmbedder()
    report = ingest_paths(
        memory_index.settings, [small_corpus], embedder=embedder, index=memory_index
    )
    assert report.failed == []
    return Service(memory_index.settings, memory_index, embedder)
