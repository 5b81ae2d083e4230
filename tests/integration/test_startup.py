"""Start-up paths against a real Chroma index (issue #14): an unchanged ingest never opens
Chroma and still notices every change; an ONNX search or ask from a current index imports
neither torch nor chromadb; the plain-torch
and ONNX fp32 backends give sentence-transformers' vectors."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import CORPUS, ROOT

HEAVY = ("torch", "sentence_transformers", "transformers", "chromadb", "gradio")
PROBE = (
    "import sys, json\n"
    "from ui.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "sys.stderr.write('MODULES ' + json.dumps([m for m in {heavy!r} if m in sys.modules]))\n"
    "raise SystemExit(code)\n"
)


def _cli(args: list[str], env: dict[str, str]) -> tuple[dict, set[str]]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), *args, "--json"],
        cwd=ROOT,
        env={**os.environ, "HF_HUB_OFFLINE": "1", **env},
        capture_output=True,
        text=True,
    )
    assert done.returncode in (0, 1), done.stderr
    modules = set(json.loads(done.stderr.rsplit("MODULES ", 1)[1]))
    return json.loads(done.stdout.strip().splitlines()[-1]), modules


def test_unchanged_ingest_skips_chroma_and_still_sees_changes(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(3):
        (docs / f"d{i}.md").write_text(f"# Report {i}\n\nKent Police and county lines {i}.\n")
    db = tmp_path / "index"
    env = {"INSPECTION_QA_EMBEDDING_BACKEND": "hash"}
    first, _ = _cli(["ingest", str(docs), "--db", str(db)], env)
    assert first["added"] == 3
    again, modules = _cli(["ingest", str(docs), "--db", str(db)], env)
    assert (again["unchanged"], again["documents"], again["chunks"]) == (3, 3, first["chunks"])
    assert modules == set()
    # A changed, a new and a removed file each take the full run.
    (docs / "d0.md").write_text("# Report 0\n\nChanged text about Devon and Cornwall.\n")
    changed, modules = _cli(["ingest", str(docs), "--db", str(db)], env)
    assert changed["updated"] == 1 and "chromadb" in modules
    (docs / "d3.md").write_text("# Report 3\n\nA new one.\n")
    assert _cli(["ingest", str(docs), "--db", str(db)], env)[0]["added"] == 1
    (docs / "d1.md").unlink()
    assert _cli(["ingest", str(docs), "--db", str(db)], env)[0]["removed"] == 1
    # After those full runs, an unchanged run takes the shortcut again.
    quiet, modules = _cli(["ingest", str(docs), "--db", str(db)], env)
    assert quiet["unchanged"] == 3 and modules == set()
    # An interrupted run deletes the shortcut first, so the next run repairs.
    (db / "manifest-cache.json").unlink()
    repaired, modules = _cli(["ingest", str(docs), "--db", str(db)], env)
    assert repaired["unchanged"] == 3 and "chromadb" in modules


def test_lazy_reader_follows_writes_without_opening_chroma(tmp_path: Path) -> None:
    from ingest.pipeline import ingest_paths
    from rag.errors import IndexNotFound
    from rag.index import Index
    from rag.service import Service
    from rag.settings import Settings

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("# Report A\n\nKent Police and county lines.\n")
    settings = Settings(db=tmp_path / "index", embedding_backend="hash")
    with pytest.raises(IndexNotFound, match="run `inspection-qa ingest` first"):
        Index.open(settings, lazy=True)
    ingest_paths(settings, [docs])
    reader = Index.open(settings, lazy=True)
    reader.refresh_interval_s = 0.0
    assert not reader.empty()
    assert {m["doc_id"] for m in reader.replica().metas} == {"a"}
    # Another writer adds a document: the reader sees the new generation in Chroma's SQLite
    # file and loads the replica the writer saved, still without opening Chroma.
    (docs / "b.md").write_text("# Report B\n\nDevon and Cornwall Police and fraud.\n")
    ingest_paths(settings, [docs])
    assert {m["doc_id"] for m in reader.replica().metas} == {"a", "b"}
    assert not reader.store_opened
    # Everything removed: the service refuses to open an empty index, saying what to do.
    for f in docs.iterdir():
        f.unlink()
    ingest_paths(settings, [docs])
    with pytest.raises(IndexNotFound, match="is empty"):
        Service.open(settings)


@pytest.mark.slow
def test_onnx_search_never_imports_torch(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(CORPUS / "sample", docs)
    db = tmp_path / "index"
    env = {"INSPECTION_QA_EMBEDDING_BACKEND": "onnx"}
    _cli(["ingest", str(docs), "--db", str(db)], env)
    result, modules = _cli(["search", "county lines", "--db", str(db)], env)
    assert result["results"]
    assert modules == set()  # the saved replica answers: Chroma is never opened
    answer, modules = _cli(
        ["ask", "What did HMICFRS say about county lines?", "--db", str(db)], env
    )
    assert answer["answer"] and modules == set()
    # No saved replica (or a stale one): Chroma is opened and the replica rebuilt from it.
    shutil.rmtree(db / "lexical")
    again, modules = _cli(["search", "county lines", "--db", str(db)], env)
    assert [r["chunk_id"] for r in again["results"]] == [r["chunk_id"] for r in result["results"]]
    assert modules == {"chromadb"}


@pytest.mark.slow
def test_plain_torch_and_onnx_fp32_match_sentence_transformers(real_embedder) -> None:
    from rag.embedding import TorchBertEmbedder, bundled_model_path, make_embedder

    paragraphs = [
        p
        for f in sorted((CORPUS / "sample").glob("*.md"))
        for p in f.read_text().split("\n\n")
        if len(p) > 40
    ]
    texts = [*paragraphs[:120], "MASHs", "x " * 400]
    want = real_embedder.embed(texts)
    torch_bert = make_embedder("torch")
    assert isinstance(torch_bert, TorchBertEmbedder)
    assert torch_bert.name == real_embedder.name  # indexes stay valid
    assert np.abs(torch_bert.embed(texts) - want).max() < 1e-4
    assert np.abs(torch_bert.embed(texts[:1]) - want[:1]).max() < 1e-4  # the one-thread path
    assert [torch_bert.count_tokens(t) for t in texts] == [
        real_embedder.count_tokens(t) for t in texts
    ]
    fp32 = make_embedder("onnx", onnx_precision="fp32")
    assert fp32.name == real_embedder.name == "all-MiniLM-L6-v2:fp32"  # one vector space
    assert float((fp32.embed(texts) * want).sum(1).min()) > 0.9999
    assert bundled_model_path().is_dir()
