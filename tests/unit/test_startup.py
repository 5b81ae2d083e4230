"""Start-up imports only what a command needs (issue #14), and the query-path helpers.

Subprocesses check `sys.modules`, never a clock: timings live in `python -m evals.bench
coldstart`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np

from rag.embedding import HashEmbedder, QueryCache
from rag.replica import Replica

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("torch", "sentence_transformers", "transformers", "chromadb", "gradio")


def _modules_after(code: str) -> set[str]:
    probe = (
        "import sys, json\n"
        f"{code}\n"
        f"sys.stdout.write('\\n' + json.dumps([m for m in {HEAVY!r} if m in sys.modules]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return set(json.loads(out.strip().splitlines()[-1]))


def test_help_imports_no_model_chroma_or_gradio() -> None:
    code = (
        "from ui.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "for sub in ('ask', 'ingest', 'serve'):\n"
        "    try:\n        main([sub, '--help'])\n    except SystemExit:\n        pass"
    )
    assert _modules_after(code) == set()


def test_importing_the_library_and_commands_is_cheap() -> None:
    code = "import rag, ui.commands, ingest.pipeline, rag.service, rag.embedding"
    assert _modules_after(code) == set()


class Counting(HashEmbedder):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[int] = []

    def embed(self, texts, *, progress=False):  # type: ignore[no-untyped-def]
        self.calls.append(len(texts))
        return super().embed(texts)


def test_query_cache_keeps_recent_single_texts_only() -> None:
    inner = Counting()
    cache = QueryCache(inner, size=2)
    a = cache.embed(["county lines"])
    a[0, 0] = 99.0  # a caller's change never reaches the cache
    b = cache.embed(["county lines"])
    assert inner.calls == [1]
    assert np.allclose(b, inner.embed(["county lines"]))
    cache.embed(["two"])
    cache.embed(["three"])  # evicts "county lines" (least recently used)
    inner.calls.clear()
    cache.embed(["county lines"])
    assert inner.calls == [1]
    cache.embed(["a", "b"])  # batches pass straight through, uncached
    cache.embed(["a", "b"])
    assert inner.calls == [1, 2, 2]
    assert cache.name == inner.name and cache.dim == inner.dim


def test_exact_search_over_all_rows_equals_masked_search() -> None:
    rng = np.random.default_rng(1)
    vectors = rng.normal(size=(300, 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ids = [f"c{i}" for i in range(300)]
    replica = Replica(ids, ids, [{} for _ in ids], 0, None, {}, vectors)
    q = vectors[7]
    everything = replica.nearest(q, None, 10)
    assert everything[0][0] == 7 and abs(everything[0][1]) < 1e-5
    assert everything == replica.nearest(q, np.ones(300, dtype=bool), 10)
    dense = np.arange(300) % 3 != 0  # most rows pass: scored all, then masked
    sparse = np.arange(300) % 50 == 1  # few rows pass: gathered first
    for mask in (dense, sparse):
        got = replica.nearest(q, mask, 5)
        rows = np.flatnonzero(mask)
        want = rows[np.argsort(-(vectors[rows] @ q), kind="stable")[:5]]
        assert [r for r, _ in got] == list(want)
