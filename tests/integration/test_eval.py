"""An evaluation run over a small real index: JSON keys, report files, charts, compare."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ingest.pipeline import ingest_paths
from tests.conftest import CORPUS, ROOT


def test_eval_cli_writes_report_and_compares(tmp_path: Path, real_embedder) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("kent-peel-2021-22.md", "kent-pcc-response-peel-2021-22.md"):
        (docs / name).write_text((CORPUS / "sample" / name).read_text())
    from rag.settings import Settings

    db = tmp_path / "index"
    ingest_paths(Settings(db=db), [docs], embedder=real_embedder)
    questions = tmp_path / "q.jsonl"
    rows = [
        json.loads(x)
        for x in (ROOT / "evals/questions/dev.jsonl").read_text().splitlines()
        if '"kent-' in x
    ][:6]
    rows.append(
        {
            "id": "u1",
            "question": "How much did Kent spend on drones in 2022?",
            "answer": "not in the corpus",
            "doc_ids": [],
            "evidence": "",
            "type": "unanswerable",
        }
    )
    questions.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    out = tmp_path / "report"

    def run(*extra: str) -> dict:
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "ui.cli",
                "eval",
                str(questions),
                "--db",
                str(db),
                "--json",
                *extra,
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=600,
            env=dict(os.environ),
        )
        assert proc.returncode == 0, proc.stderr
        return json.loads(proc.stdout)

    report = run("--out", str(out))
    assert set(report["retrieval"]) >= {"hit@1", "hit@3", "hit@5", "hit@10", "mrr@10", "ndcg@10"}
    assert set(report["answers"]) >= {
        "citation_validity",
        "evidence_support",
        "abstention_precision",
        "abstention_recall",
    }
    assert set(report["latency_ms"]) == {"search_p50", "search_p95", "ask_p50", "ask_p95"}
    assert [q["id"] for q in report["questions"]] == [r["id"] for r in rows]
    assert report["answers"]["citation_validity"] == 1.0
    assert {"bm25", "dense", "naive_langchain"} <= set(report["baselines"])
    # Per question type, each baseline beside ours (the retrieval issue's comparison).
    assert set(report["baselines"]["bm25"]["by_type"]) == set(report["by_type"])
    assert report["retrieval"]["hit@10"] >= 0.5
    for name in ("report.md", "results.jsonl", "hit_at_k.png", "latency.png"):
        assert (out / name).stat().st_size > 0
    assert (out / "hit_at_k.png").read_bytes()[:4] == b"\x89PNG"
    assert "| system (hybrid) |" in (out / "report.md").read_text()
    assert "against the baselines" in (out / "report.md").read_text()

    again = run("--compare", str(out), "--no-baselines")
    assert again["compare"]["compared"] == len(rows)
