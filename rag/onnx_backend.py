"""A faster CPU embedder: the bundled model exported to ONNX and int8-quantised (dynamic,
per-channel weights), run with onnxruntime. Built once from the bundled model and cached;
chosen with `embedding_backend = "onnx"`. Kept only while it measures faster than PyTorch
and within 1 point of its dev-set hit@5 (see evals/bench_embed.py)."""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from rag.embedding import bundled_model_path
from rag.errors import BackendUnavailable

log = logging.getLogger(__name__)
ONNX_VERSION = 1  # bump when the export or quantisation changes


def default_cache_dir() -> Path:
    return Path.home() / ".cache" / "inspection-qa" / "onnx"


def build_quantised(model_dir: Path, cache_dir: Path) -> Path:
    """Export and quantise `model_dir` into `cache_dir` (once); return the int8 model path."""
    weights = model_dir / "model.safetensors"
    key = hashlib.sha256(weights.read_bytes()).hexdigest()[:16] if weights.exists() else "x"
    target = cache_dir / f"{key}-v{ONNX_VERSION}" / "model-int8.onnx"
    if target.exists():
        return target
    try:
        import torch
        from onnxruntime.quantization import QuantType, quantize_dynamic
        from transformers import AutoModel, AutoTokenizer
    except ImportError as exc:
        raise BackendUnavailable(
            "the onnx backend needs onnx and onnxruntime: pip install onnx onnxruntime"
        ) from exc

    class Wrapper(torch.nn.Module):
        def __init__(self, bert: torch.nn.Module) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask, token_type_ids):  # type: ignore[no-untyped-def]
            return self.bert(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    target.parent.mkdir(parents=True, exist_ok=True)
    bert = AutoModel.from_pretrained(str(model_dir)).eval()
    tok = AutoTokenizer.from_pretrained(str(model_dir))
    enc = tok(["an example sentence", "another"], padding=True, return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        fp32 = Path(tmp) / "model.onnx"
        torch.onnx.export(
            Wrapper(bert),
            tuple(enc[n] for n in names),
            str(fp32),
            input_names=names,
            output_names=["last_hidden_state"],
            opset_version=17,
            dynamo=False,
            dynamic_axes={n: {0: "batch", 1: "seq"} for n in [*names, "last_hidden_state"]},
        )
        partial = Path(tmp) / "model-int8.onnx"
        quantize_dynamic(str(fp32), str(partial), weight_type=QuantType.QInt8, per_channel=True)
        partial.replace(target)
    log.info("built the int8 ONNX embedding model at %s", target)
    return target


class OnnxEmbedder:
    """Mean-pooled, normalised embeddings from the int8 ONNX model (same tokenizer)."""

    def __init__(
        self,
        model_path: str | Path | None = None,
        *,
        batch_size: int = 64,
        cache_dir: Path | None = None,
        threads: int | None = None,
    ) -> None:
        import onnxruntime as ort
        from transformers import AutoTokenizer

        model_dir = Path(model_path) if model_path else bundled_model_path()
        onnx_path = build_quantised(model_dir, cache_dir or default_cache_dir())
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads or min(4, os.cpu_count() or 1)
        self.session = ort.InferenceSession(
            str(onnx_path), opts, providers=["CPUExecutionProvider"]
        )
        self.tokenizer = AutoTokenizer.from_pretrained(str(model_dir))
        self.batch_size = batch_size
        self.max_length = 256
        self.name = ("all-MiniLM-L6-v2" if not model_path else model_dir.name) + ":onnx"
        self.dim = int(self.session.get_outputs()[0].shape[-1] or 384)

    def count_tokens(self, text: str) -> int:
        return len(
            self.tokenizer.encode(text, add_special_tokens=False, truncation=False, verbose=False)
        )

    def embed(self, texts: Sequence[str], *, progress: bool = False) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        order = np.argsort([-len(t) for t in texts], kind="stable")  # similar lengths batch
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i in range(0, len(texts), self.batch_size):
            idx = order[i : i + self.batch_size]
            enc = self.tokenizer(
                [texts[j] for j in idx],
                padding=True,
                truncation=True,
                max_length=self.max_length,
                return_tensors="np",
            )
            feeds = {
                k: enc[k].astype(np.int64)
                for k in ("input_ids", "attention_mask", "token_type_ids")
            }
            hidden = self.session.run(None, feeds)[0]
            mask = feeds["attention_mask"][..., None].astype(np.float32)
            pooled = (hidden * mask).sum(1) / np.clip(mask.sum(1), 1e-9, None)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[idx] = pooled / np.clip(norms, 1e-12, None)
        return out


if __name__ == "__main__":
    # `python -m rag.onnx_backend`: build the cached int8 model now (make setup does this).
    import sys

    sys.stdout.write(f"{build_quantised(bundled_model_path(), default_cache_dir())}\n")
