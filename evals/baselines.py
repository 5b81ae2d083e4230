"""The naive LangChain recipe, measured beside our system on the same files and questions:
stock loaders, RecursiveCharacterTextSplitter(1000, 200), HuggingFaceEmbeddings with the
same bundled model, Chroma.from_documents, similarity_search."""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.loaders import SUPPORTED
from rag.embedding import bundled_model_path


def _load(path: Path) -> list[Any]:
    """Stock LangChain loaders by extension (what a tutorial would use)."""
    from langchain_community.document_loaders import BSHTMLLoader, PyPDFLoader, TextLoader

    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return PyPDFLoader(str(path)).load()
    if suffix in (".html", ".htm"):
        return BSHTMLLoader(str(path), open_encoding="utf-8").load()
    if suffix == ".docx":
        import docx  # Docx2txtLoader needs docx2txt; python-docx gives the same plain text
        from langchain_core.documents import Document

        text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
        return [Document(page_content=text, metadata={"source": str(path)})]
    return TextLoader(str(path), autodetect_encoding=True).load()


@dataclass
class NaiveRecipe:
    store: Any
    chunks: int
    seconds: float
    failed: list[str]
    folder: Path

    @classmethod
    def build(
        cls, paths: list[Path], folder: Path | None = None, embeddings: Any | None = None
    ) -> NaiveRecipe:
        from langchain_chroma import Chroma
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        started = time.perf_counter()
        folder = folder or Path(tempfile.mkdtemp(prefix="naive-langchain-"))
        files = [
            f
            for p in paths
            for f in ([p] if p.is_file() else sorted(p.rglob("*")))
            if f.is_file() and f.suffix.lower() in SUPPORTED
        ]
        docs: list[Any] = []
        failed: list[str] = []
        for f in files:
            try:
                docs.extend(_load(f))
            except Exception as exc:  # a baseline: record and go on, like a tutorial would not
                failed.append(f"{f}: {type(exc).__name__}")
        splits = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200).split_documents(
            docs
        )
        embeddings = embeddings or naive_embeddings()
        store = Chroma.from_documents(
            splits, embeddings, persist_directory=str(folder), collection_name="naive"
        )
        return cls(store, len(splits), time.perf_counter() - started, failed, folder)

    def search(self, query: str, k: int = 10) -> list[tuple[str, str]]:
        """(source path, text) of the top k chunks."""
        return [
            (str(d.metadata.get("source", "")), d.page_content)
            for d in self.store.similarity_search(query, k=k)
        ]


def naive_embeddings() -> Any:
    from langchain_huggingface import HuggingFaceEmbeddings

    return HuggingFaceEmbeddings(
        model_name=str(bundled_model_path()), model_kwargs={"device": "cpu"}
    )
