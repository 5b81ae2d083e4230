"""Shared fixtures. The real model loads once per session; indexes are built in temp dirs.

Plumbing tests use the deterministic HashEmbedder with a real Chroma; retrieval-quality
tests use the real all-MiniLM-L6-v2.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from rag.embedding import HashEmbedder, SentenceTransformerEmbedder
from rag.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DEV = ROOT / "evals" / "questions" / "dev.jsonl"
USER = ROOT / "evals" / "questions" / "user.jsonl"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db=tmp_path / "index", embedding_backend="hash", parse_timeout_s=30)


@pytest.fixture
def hash_embedder() -> HashEmbedder:
    return HashEmbedder()


@pytest.fixture(scope="session")
def real_embedder() -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder()


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory: pytest.TempPathFactory, real_embedder):
    """The shipped corpus ingested with the real model (once per session)."""
    from ingest.pipeline import ingest_paths

    db = tmp_path_factory.mktemp("corpus") / "index"
    settings = Settings(db=db)
    report = ingest_paths(settings, [CORPUS], embedder=real_embedder)
    assert report.failed == []
    return settings, report


@pytest.fixture(scope="session")
def corpus_service(corpus_index, real_embedder):
    from rag.service import Service

    settings, _ = corpus_index
    return Service.open(settings, embedder=real_embedder)


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    """A copy of a few shipped documents that tests may edit and delete."""
    dst = tmp_path / "docs"
    dst.mkdir()
    for name in ("dc-peel-2021-22.md", "dc-pcc-response-peel-2021-22.md", "kent-peel-2021-22.md"):
        shutil.copy(CORPUS / "sample" / name, dst / name)
    shutil.copytree(CORPUS / "user", dst / "user")
    return dst


HELDOUT_DOCS = ROOT / "evals" / "heldout" / "docs"
QUESTIONS = ROOT / "evals" / "questions"


@pytest.fixture(scope="session")
def full_service(tmp_path_factory: pytest.TempPathFactory, real_embedder):
    """The bundled corpus plus the held-out test documents (PDF, DOCX, HTML, TXT captures),
    ingested with the real model: the library the test splits are asked against."""
    from ingest.pipeline import ingest_paths
    from rag.service import Service

    settings = Settings(db=tmp_path_factory.mktemp("full") / "index")
    report = ingest_paths(settings, [CORPUS, HELDOUT_DOCS], embedder=real_embedder)
    assert report.failed == []
    return Service.open(settings, embedder=real_embedder)
