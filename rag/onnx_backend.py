"""A faster CPU embedder: the bundled model exported to ONNX and run with onnxruntime, in
one of two precisions (`onnx_precision`):

- "fp32" (the default backend): the unquantised export, graph-optimised by onnxruntime
  (fused attention, GELU and layer norms) and saved, so start-up does not optimise again;
  the same vectors as PyTorch to float rounding;
- "int8": dynamically quantised, per-channel weights (the smallest and fastest; loses about
  2 points of hit@5 with rrf_k 30, see README "Measurements").

Both are built once from the bundled model (needs torch, only then) and cached in
~/.cache/inspection-qa/onnx. Tokenised with the model's tokenizer.json through the Rust
`tokenizers` library, so a query never imports torch or transformers.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from rag.embedding import EMBED_BATCH, bundled_model_path, distinct, length_batches, vector_space
from rag.errors import BackendUnavailable

log = logging.getLogger(__name__)
# Calls with at least this many distinct texts (an ingest's groups) run on the bulk session;
# smaller ones (a query, an answer's 40-odd candidate sentences) stay on the main session,
# so asking never builds the bulk session or pays for its memory.
BULK_MIN_TEXTS = 128
ONNX_VERSION = 1  # bump when the export or quantisation changes
PRECISIONS = ("int8", "fp32")


def default_cache_dir() -> Path:
    return Path.home() / ".cache" / "inspection-qa" / "onnx"


def _weights_key(weights: Path, cache_dir: Path) -> str:
    """The first 16 hex digits of the weights' sha256, remembered by path, size and mtime:
    hashing 90 MB on every start-up cost a few hundred ms of a cold query."""
    if not weights.exists():
        return "x"
    st = weights.stat()
    memo = cache_dir / "weights-keys.json"
    stamp = f"{weights.resolve()}|{st.st_size}|{st.st_mtime_ns}"
    try:
        known = json.loads(memo.read_text())
    except (OSError, ValueError):
        known = {}
    if isinstance(known, dict) and isinstance(known.get(stamp), str):
        return str(known[stamp])
    key = hashlib.sha256(weights.read_bytes()).hexdigest()[:16]
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        known = {**(known if isinstance(known, dict) else {}), stamp: key}
        tmp = memo.with_suffix(f".tmp-{os.getpid()}")
        tmp.write_text(json.dumps(known))
        tmp.replace(memo)
    except OSError:  # a read-only cache costs a hash per start, nothing else
        pass
    return key


def _export_fp32(model_dir: Path, target: Path) -> None:
    """The model as ONNX, last hidden state out (pooling stays in numpy)."""
    try:
        import torch
        from transformers import AutoModel, AutoTokenizer
    except ImportError as exc:
        raise BackendUnavailable(
            "building the onnx backend needs torch and transformers: run `make setup`"
        ) from exc

    class Wrapper(torch.nn.Module):
        def __init__(self, bert: torch.nn.Module) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask, token_type_ids):  # type: ignore[no-untyped-def]
            return self.bert(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    bert = AutoModel.from_pretrained(str(model_dir)).eval()
    tok = AutoTokenizer.from_pretrained(str(model_dir))
    enc = tok(["an example sentence", "another"], padding=True, return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    torch.onnx.export(
        Wrapper(bert),
        tuple(enc[n] for n in names),
        str(target),
        input_names=names,
        output_names=["last_hidden_state"],
        opset_version=17,
        dynamo=False,
        dynamic_axes={n: {0: "batch", 1: "seq"} for n in [*names, "last_hidden_state"]},
    )


def build_model(model_dir: Path, cache_dir: Path, precision: str = "int8") -> Path:
    """Export `model_dir` into `cache_dir` (once) in `precision`; return the model path."""
    if precision not in PRECISIONS:
        raise BackendUnavailable(f"onnx precision must be one of {PRECISIONS}, not {precision!r}")
    key = _weights_key(model_dir / "model.safetensors", cache_dir)
    folder = cache_dir / f"{key}-v{ONNX_VERSION}"
    target = folder / ("model-int8.onnx" if precision == "int8" else "model-fp32.onnx")
    if target.exists():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        fp32 = Path(tmp) / "model.onnx"
        _export_fp32(model_dir, fp32)
        partial = Path(tmp) / target.name
        if precision == "int8":
            try:
                from onnxruntime.quantization import QuantType, quantize_dynamic
            except ImportError as exc:
                raise BackendUnavailable("the onnx backend needs onnxruntime: make setup") from exc
            quantize_dynamic(str(fp32), str(partial), weight_type=QuantType.QInt8, per_channel=True)
        else:
            fp32.replace(partial)
        partial.replace(target)
    log.info("built the %s ONNX embedding model at %s", precision, target)
    return target


def build_quantised(model_dir: Path, cache_dir: Path) -> Path:
    """The int8 model (kept for `make setup` and older callers)."""
    return build_model(model_dir, cache_dir, "int8")


def _optimised(model: Path, threads: int) -> tuple[Path, bool]:
    """An fp32 model graph-optimised once (ORT_ENABLE_ALL, saved beside it for this
    onnxruntime version); (path, whether it is already optimised)."""
    import onnxruntime as ort

    target = model.with_name(f"{model.stem}-opt-ort{ort.__version__}.onnx")
    if target.exists():
        return target, True
    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.intra_op_num_threads = threads
    partial = target.with_suffix(f".tmp-{os.getpid()}.onnx")
    opts.optimized_model_filepath = str(partial)
    try:
        ort.InferenceSession(str(model), opts, providers=["CPUExecutionProvider"])
        partial.replace(target)
    except OSError:  # a read-only cache: optimise in memory on every start instead
        return model, False
    return target, True


class OnnxEmbedder:
    """Mean-pooled, normalised embeddings from the ONNX model (same tokenizer)."""

    def __init__(
        self,
        model_path: str | Path | None = None,
        *,
        batch_size: int = EMBED_BATCH,
        cache_dir: Path | None = None,
        threads: int | None = None,
        precision: str = "fp32",
    ) -> None:
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise BackendUnavailable(
                "the onnx backend needs onnxruntime: pip install onnxruntime"
            ) from exc

        model_dir = Path(model_path) if model_path else bundled_model_path()
        onnx_path = build_model(model_dir, cache_dir or default_cache_dir(), precision)
        n_threads = threads or min(4, os.cpu_count() or 1)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = n_threads
        if precision == "fp32":
            onnx_path, done = _optimised(onnx_path, n_threads)
            opts.graph_optimization_level = (
                ort.GraphOptimizationLevel.ORT_DISABLE_ALL
                if done
                else ort.GraphOptimizationLevel.ORT_ENABLE_ALL
            )
        self.session = ort.InferenceSession(
            str(onnx_path), opts, providers=["CPUExecutionProvider"]
        )
        self._model_file = str(onnx_path)
        self._graph_level = opts.graph_optimization_level
        # Bulk calls (ingest) run batches side by side, each on one thread of one shared
        # 1-thread session, instead of one batch at a time on the session's thread pool: on
        # the shared 2-core machine the pool's threads spin and wait for each other (300
        # chunk texts: 14-15 texts/s on 2 pool threads, 20-23 on one thread; README #14).
        # Costs about 200 MB more while an ingest runs (each concurrent run's buffers).
        self.bulk_workers = min(2, os.cpu_count() or 1) if threads is None else 1
        self._bulk: Any = None
        self._bulk_lock = threading.Lock()
        self.max_length = 256
        self._counter = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self._counter.no_truncation()
        self._counter.no_padding()
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=self.max_length)
        self.tokenizer.no_padding()  # `embed` pads each batch itself, after sorting by length
        self.batch_size = batch_size
        self.name = vector_space(model_path, "onnx", precision)
        self.dim = int(self.session.get_outputs()[0].shape[-1] or 384)

    def count_tokens(self, text: str) -> int:
        return len(self._counter.encode(text, add_special_tokens=False).ids)

    def embed(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        """Each distinct text is embedded once, in batches of similar token length (little
        padding); the vectors come back in the input's order."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        unique, inverse = distinct(texts)
        encoded = self.tokenizer.encode_batch(unique)
        lengths = [len(e.ids) for e in encoded]
        out = np.zeros((len(unique), self.dim), dtype=np.float32)
        batches = length_batches(lengths, self.batch_size)

        def run(idx: np.ndarray, session: Any) -> None:
            width = lengths[idx[0]]  # the longest: batches are sorted longest first
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            types = np.zeros((len(idx), width), dtype=np.int64)
            for row, j in enumerate(idx):
                e = encoded[j]
                n = lengths[j]
                ids[row, :n] = e.ids
                mask[row, :n] = 1
                types[row, :n] = e.type_ids
            out[idx] = self._pooled(ids, mask, types, session)

        if len(unique) < BULK_MIN_TEXTS or self.bulk_workers < 2:
            for idx in batches:
                run(idx, self.session)
        else:
            session = self._bulk_session()
            workers = self.bulk_workers
            with ThreadPoolExecutor(workers) as pool:
                # Every worker takes every `workers`-th batch: lengths stay balanced.
                done = [
                    pool.submit(lambda k: [run(i, session) for i in batches[k::workers]], k)
                    for k in range(workers)
                ]
                for f in done:
                    f.result()
        return out[inverse]

    def _bulk_session(self) -> Any:
        """The 1-thread session bulk calls share, made on the first bulk call (queries never
        pay for it)."""
        with self._bulk_lock:
            if self._bulk is None:
                import onnxruntime as ort

                opts = ort.SessionOptions()
                opts.intra_op_num_threads = 1
                opts.inter_op_num_threads = 1
                opts.graph_optimization_level = self._graph_level
                self._bulk = ort.InferenceSession(
                    self._model_file, opts, providers=["CPUExecutionProvider"]
                )
            return self._bulk

    def _pooled(
        self, ids: np.ndarray, mask: np.ndarray, types: np.ndarray, session: Any = None
    ) -> np.ndarray:
        """One model call: masked mean of the last hidden state, L2-normalised."""
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
        hidden = (session or self.session).run(None, feeds)[0]
        m = mask[..., None].astype(np.float32)
        pooled = (hidden * m).sum(1) / np.clip(m.sum(1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return pooled / np.clip(norms, 1e-12, None)


if __name__ == "__main__":
    # `python -m rag.onnx_backend [int8|fp32 ...]`: build the cached models now (make setup).
    import sys

    for p in sys.argv[1:] or ["fp32", "int8"]:
        path = build_model(bundled_model_path(), default_cache_dir(), p)
        if p == "fp32":
            path = _optimised(path, min(4, os.cpu_count() or 1))[0]
        sys.stdout.write(f"{path}\n")
