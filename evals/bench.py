"""Benchmarks, run by a command (never as timed unit tests). Every figure is printed beside
a reference measured in the same run.

    python -m evals.bench ingest [--synthetic-docs N] [--backend torch|onnx] [--repeat N]
    python -m evals.bench growth [--docs 50 100 200 400]   # ingest cost and memory by size
    python -m evals.bench query --chunks 1000 10000 100000 [--clients 1 4 16] [--server]
    python -m evals.bench embed            # torch vs onnx int8/fp32: speed, cosine, hit@5
    python -m evals.bench coldstart --db DIR   # process start to first answer (CLI, serve)
    python -m evals.bench crossover --chunks 1000 10000 100000   # exact vs HNSW dense search
    python -m evals.bench scale --chunks 100000 1000000   # replica-only search: IVF + BM25
    python -m evals.bench mirror --chunks 20000 100000   # server mode: full vs lean mirror

Results go to stdout as a table and to --out (default artifacts/bench) as Markdown + JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np

from evals.servers import start_chroma

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DEV = ROOT / "evals" / "questions" / "dev.jsonl"


def _dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) if path.exists() else 0


def _run_measured(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Run a command; return (seconds, peak RSS MB of its process tree, stdout)."""
    secs, peak, out, _cpu = _run_measured_cpu(cmd, env)
    return secs, peak, out


def _run_measured_cpu(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str, float]:
    """`_run_measured` plus the CPU seconds (user + system) the command's processes used:
    on a shared machine wall time says little, CPU time still compares."""
    import resource

    import psutil

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    ps = psutil.Process(proc.pid)
    peak = 0
    out_parts: list[str] = []
    reader = threading.Thread(target=lambda: out_parts.append(proc.stdout.read()))  # type: ignore[union-attr]
    reader.start()
    while proc.poll() is None:
        try:
            rss = ps.memory_info().rss + sum(
                c.memory_info().rss for c in ps.children(recursive=True)
            )
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.1)
    reader.join()
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return time.perf_counter() - started, peak / 1e6, "".join(out_parts), cpu


def _ingest_ours(path: Path, db: Path, env: dict[str, str]) -> dict[str, Any]:
    """One fresh `inspection-qa ingest` process: seconds, CPU, peak RSS, chunks, index size."""
    secs, peak, out, cpu = _run_measured_cpu(
        [sys.executable, "-m", "ui.cli", "ingest", str(path), "--db", str(db), "--json"], env
    )
    report = json.loads(out)
    size = _dir_size(db)
    shutil.rmtree(db, ignore_errors=True)
    return {
        "chunks": report["chunks"],
        "seconds": secs,
        "cpu_s": cpu,
        "peak_mb": peak,
        "index_mb": size / 1e6,
        "failed": len(report.get("failed", [])),
    }


def _ingest_naive(path: Path, folder: Path, env: dict[str, str]) -> dict[str, Any]:
    """The naive LangChain recipe's whole process on the same documents."""
    secs, peak, out, cpu = _run_measured_cpu(
        [sys.executable, "-m", "evals.bench", "_naive-ingest", str(path), str(folder)], env
    )
    size = _dir_size(folder)
    shutil.rmtree(folder, ignore_errors=True)
    return {
        "chunks": json.loads(out)["chunks"],
        "seconds": secs,
        "cpu_s": cpu,
        "peak_mb": peak,
        "index_mb": size / 1e6,
    }


def _median_row(corpus: str, system: str, docs: int, runs: list[dict[str, Any]]) -> dict[str, Any]:
    """One table row: the median of each figure over `runs` (with every run's seconds)."""
    secs = float(np.median([r["seconds"] for r in runs]))
    chunks = runs[0]["chunks"]
    row: dict[str, Any] = {
        "corpus": corpus,
        "system": system,
        "docs": docs,
        "chunks": chunks,
        "seconds": round(secs, 1),
        "runs_s": [round(r["seconds"], 1) for r in runs],
        "docs_per_s": round(docs / secs, 2),
        "chunks_per_s": round(chunks / secs, 1),
        "cpu_s": round(float(np.median([r["cpu_s"] for r in runs])), 1),
        "peak_mb": round(float(np.median([r["peak_mb"] for r in runs]))),
        "index_mb": round(float(np.median([r["index_mb"] for r in runs])), 1),
    }
    if "failed" in runs[0]:
        row["failed"] = max(r["failed"] for r in runs)
    return row


def _bench_env(backend_arg: str) -> dict[str, str]:
    backend, _, precision = backend_arg.partition("-")
    return {
        **os.environ,
        "INSPECTION_QA_EMBEDDING_BACKEND": backend,
        "INSPECTION_QA_ONNX_PRECISION": precision or "fp32",
        "HF_HUB_OFFLINE": "1",
    }


def bench_ingest(args: argparse.Namespace) -> dict[str, Any]:
    """Fresh ingests, ours and the naive recipe's, alternated `--repeat` times so both see
    the same load on a shared machine; each row the median, the ratio of medians beside."""
    from evals.synthetic import write_synthetic

    work = Path(tempfile.mkdtemp(prefix="iqa-bench-ingest-"))
    corpora = {} if args.no_bundled else {"bundled (45 docs)": CORPUS}
    if args.synthetic_docs:
        corpora[f"synthetic ({args.synthetic_docs} docs)"] = write_synthetic(
            work / "synthetic", args.synthetic_docs
        )
    env = _bench_env(args.backend)
    rows = []
    ratios = {}
    for label, path in corpora.items():
        n_docs = sum(1 for f in path.rglob("*") if f.suffix in (".md", ".txt"))
        ours: list[dict[str, Any]] = []
        naive: list[dict[str, Any]] = []
        on_demand: list[dict[str, Any]] = []
        for r in range(max(1, args.repeat)):
            ours.append(_ingest_ours(path, work / f"ours-{r}", env))
            if args.on_demand_baseline:
                # The same ingest parsing only on demand (before session 16): what reading
                # ahead is worth, measured beside it.
                plain = {**env, "INSPECTION_QA_PARSE_AHEAD": "0"}
                on_demand.append(_ingest_ours(path, work / f"plain-{r}", plain))
            if not args.no_naive:
                naive.append(_ingest_naive(path, work / f"naive-{r}", env))
            print(
                json.dumps(
                    {
                        "corpus": label,
                        "run": r + 1,
                        "ours_s": round(ours[-1]["seconds"], 1),
                        "naive_s": round(naive[-1]["seconds"], 1) if naive else None,
                    }
                ),
                file=sys.stderr,
                flush=True,
            )
        rows.append(_median_row(label, f"inspection-qa ({args.backend})", n_docs, ours))
        if on_demand:
            rows.append(_median_row(label, "inspection-qa, parsing on demand", n_docs, on_demand))
            ratios[f"{label}: ahead / on demand"] = round(
                rows[-2]["seconds"] / rows[-1]["seconds"], 2
            )
            rows[-2], rows[-1] = rows[-1], rows[-2]  # ours stays just above the naive row
        if naive:
            rows.append(_median_row(label, "naive LangChain recipe", n_docs, naive))
            ratios[label] = round(rows[-2]["seconds"] / rows[-1]["seconds"], 2)
    shutil.rmtree(work, ignore_errors=True)
    return {"ingest": rows, "ratio_ours_to_naive": ratios, "load": os.getloadavg()}


def bench_growth(args: argparse.Namespace) -> dict[str, Any]:
    """How a fresh ingest's cost and memory grow with the corpus: ours (and the naive
    recipe's, unless --no-naive) at each --docs size, the same synthetic documents nested
    (the first N of the largest set), then a chart (evals/charts/growth.svg)."""
    from evals.synthetic import write_synthetic

    work = Path(tempfile.mkdtemp(prefix="iqa-bench-growth-"))
    env = _bench_env(args.backend)
    rows: list[dict[str, Any]] = []
    try:
        for n in sorted(args.docs):
            path = write_synthetic(work / f"syn-{n}", n)
            row: dict[str, Any] = {"docs": n}
            for system, run in (("ours", _ingest_ours), ("naive", _ingest_naive)):
                if system == "naive" and args.no_naive:
                    continue
                got = run(path, work / f"{system}-{n}", env)
                row[system] = {
                    "chunks": got["chunks"],
                    "seconds": round(got["seconds"], 1),
                    "cpu_s": round(got["cpu_s"], 1),
                    "peak_mb": round(got["peak_mb"]),
                    "index_mb": round(got["index_mb"], 1),
                }
            if "naive" in row:
                row["ratio"] = round(row["ours"]["seconds"] / row["naive"]["seconds"], 2)
            rows.append(row)
            print(json.dumps(row), file=sys.stderr, flush=True)
            shutil.rmtree(path, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    chart = args.chart
    chart.parent.mkdir(parents=True, exist_ok=True)
    chart.write_text(growth_svg(rows))
    return {"growth": rows, "chart": str(chart), "load": os.getloadavg()}


def _polyline(points: list[tuple[float, float]], colour: str, dash: str = "") -> str:
    pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    style = f' stroke-dasharray="{dash}"' if dash else ""
    dots = "".join(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}"/>' for x, y in points)
    return f'<polyline points="{pts}" fill="none" stroke="{colour}" stroke-width="2"{style}/>{dots}'


GROWTH_PANELS = (
    ("seconds", "ingest seconds (wall)"),
    ("cpu_s", "CPU seconds"),  # steadier than wall time on a shared machine
    ("peak_mb", "peak MB"),
)


def growth_svg(rows: list[dict[str, Any]], width: int = 1080, height: int = 320) -> str:
    """One panel per GROWTH_PANELS figure against documents, ours solid and the naive
    recipe dashed: plain SVG text, so the chart needs no plotting library."""
    n_panels = len(GROWTH_PANELS)
    panel_w, top, bottom, left = (width - 20 * n_panels) // n_panels, 40, height - 50, 60
    systems = [("ours", "#1f77b4", "", "inspection-qa"), ("naive", "#d62728", "6 4", "naive")]
    xs = [r["docs"] for r in rows] or [1]
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="11">',
        f'<rect width="{width}" height="{height}" fill="white"/>',
    ]
    for k, (field, title) in enumerate(GROWTH_PANELS):
        x0 = left + k * (panel_w + 20)
        x1 = x0 + panel_w - left
        values = [r[s][field] for r in rows for s, *_ in systems if s in r] or [1]
        y_max = max(values) * 1.1 or 1.0
        x_max = max(xs) * 1.05 or 1.0

        box = (x0, x1, x_max, y_max, top, bottom)

        def at(x: float, y: float, box: tuple[float, ...] = box) -> tuple[float, float]:
            bx0, bx1, bx_max, by_max, btop, bbottom = box
            return bx0 + (bx1 - bx0) * x / bx_max, bbottom - (bbottom - btop) * y / by_max

        parts.append(f'<text x="{x0}" y="{top - 15}" font-weight="bold">{title}</text>')
        parts.append(
            f'<line x1="{x0}" y1="{bottom}" x2="{x1}" y2="{bottom}" stroke="black"/>'
            f'<line x1="{x0}" y1="{top}" x2="{x0}" y2="{bottom}" stroke="black"/>'
        )
        for frac in (0.0, 0.5, 1.0):
            _, y = at(0, y_max / 1.1 * frac)
            parts.append(
                f'<text x="{x0 - 5}" y="{y + 4:.1f}" text-anchor="end">'
                f"{y_max / 1.1 * frac:.0f}</text>"
            )
        for n in xs:
            x, _ = at(n, 0)
            parts.append(f'<text x="{x:.1f}" y="{bottom + 15}" text-anchor="middle">{n}</text>')
        parts.append(
            f'<text x="{(x0 + x1) / 2:.1f}" y="{bottom + 32}" text-anchor="middle">documents</text>'
        )
        for s, colour, dash, _ in systems:
            pts = [at(r["docs"], r[s][field]) for r in rows if s in r]
            if pts:
                parts.append(_polyline(pts, colour, dash))
    for i, (s, colour, dash, label) in enumerate(systems):
        if any(s in r for r in rows):
            y = height - 8
            x = left + i * 140
            style = f' stroke-dasharray="{dash}"' if dash else ""
            parts.append(
                f'<line x1="{x}" y1="{y - 4}" x2="{x + 24}" y2="{y - 4}" stroke="{colour}" '
                f'stroke-width="2"{style}/><text x="{x + 30}" y="{y}">{label}</text>'
            )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _naive_ingest(path: str, folder: str) -> None:
    from evals.baselines import NaiveRecipe

    recipe = NaiveRecipe.build([Path(path)], Path(folder))
    sys.stdout.write(json.dumps({"chunks": recipe.chunks}) + "\n")


# ---- query latency at scale ---------------------------------------------------------------
def _base_chunks(backend: str, work: Path) -> tuple[list[Any], np.ndarray]:
    """The bundled corpus ingested for real; its chunks and vectors seed the synthetic ones."""
    from ingest.pipeline import ingest_paths
    from rag.index import Index
    from rag.settings import Settings

    settings = Settings(db=work / "base", embedding_backend=backend)
    ingest_paths(settings, [CORPUS])
    store = Index.open(settings).store
    got = store.chunks.get(include=["documents", "metadatas", "embeddings"])
    return list(zip(got["ids"], got["documents"], got["metadatas"], strict=True)), np.asarray(
        got["embeddings"], dtype=np.float32
    )


def build_scaled(
    settings: Any, base: list[Any], vectors: np.ndarray, n: int, seed: int = 0
) -> None:
    """An index of n SYNTHETIC chunks: real chunk texts with force and year swapped, vectors
    perturbed from the real ones (so the vector space keeps its real cluster structure)."""
    from rag.forces import TERRITORIAL_FORCES as FORCES
    from rag.index import Index
    from rag.store import StoredChunk

    rng = np.random.default_rng(seed)
    pyrng = random.Random(seed)
    forces = list(FORCES)
    index = Index.open(settings, create=True)
    batch: list[StoredChunk] = []
    vecs: list[np.ndarray] = []
    for i in range(n):
        j = int(rng.integers(len(base)))
        _, text, meta = base[j]
        force = pyrng.choice(forces)
        new_meta = {
            **meta,
            "doc_id": f"synthetic-{i // 8:06d}",
            "force": force,
            "year": 2014 + (i // 8) % 12,
            "title": f"SYNTHETIC {meta.get('title', '')}",
            "synthetic": True,
        }
        old = str(meta.get("force", ""))
        batch.append(
            StoredChunk(f"synthetic-{i:07d}", text.replace(old, force) if old else text, new_meta)
        )
        v = vectors[j] + rng.normal(0, 0.02, vectors.shape[1]).astype(np.float32)
        vecs.append(v / np.linalg.norm(v))
        if len(batch) == 5000 or i == n - 1:
            index.store.upsert(batch, np.stack(vecs))
            batch, vecs = [], []
    index.store.bump_generation()
    index.rebuild_replica()


def _latency(fn: Any, questions: list[str], clients: int, total: int) -> dict[str, float]:
    times: list[float] = []
    errors = 0
    lock = threading.Lock()
    counter = iter(range(total))

    def worker() -> None:
        nonlocal errors
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                return
            t = time.perf_counter()
            try:
                fn(questions[i % len(questions)])
            except Exception:  # counted and reported, never hidden
                with lock:
                    errors += 1
                continue
            with lock:
                times.append((time.perf_counter() - t) * 1000)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    return {
        "p50": round(float(np.percentile(times, 50)), 1),
        "p95": round(float(np.percentile(times, 95)), 1),
        "qps": round(len(times) / wall, 1),
        "errors": errors,
    }


def bench_query(args: argparse.Namespace) -> dict[str, Any]:
    from rag.embedding import make_embedder
    from rag.filters import Filters
    from rag.service import Service
    from rag.settings import Settings

    questions = [json.loads(x)["question"] for x in DEV.read_text().splitlines() if x.strip()]
    work = Path(tempfile.mkdtemp(prefix="iqa-bench-query-"))
    base, vectors = _base_chunks(args.backend, work)
    embedder = make_embedder(args.backend)
    rows = []
    server = start_chroma(work / "server") if args.server else None
    try:
        for n in args.chunks:
            modes = [("embedded", Settings(db=work / f"n{n}", embedding_backend=args.backend))]
            if server:
                modes.append(
                    (
                        "server",
                        Settings(
                            chroma_url=server[0],
                            collection=f"bench{n}",
                            embedding_backend=args.backend,
                            cache_dir=str(work / "cache"),
                        ),
                    )
                )
            for mode, settings in modes:
                t = time.perf_counter()
                build_scaled(settings, base, vectors, n)
                build_s = time.perf_counter() - t
                # Cold: nothing local but the model (server mode fetches the mirror).
                if mode == "server":
                    shutil.rmtree(work / "cache", ignore_errors=True)
                t = time.perf_counter()
                service = Service.open(settings, embedder=embedder)
                service.ask(questions[0])
                first = time.perf_counter() - t
                # Restart: a second process on this machine finds the mirror it left.
                t = time.perf_counter()
                Service.open(settings, embedder=embedder).ask(questions[0])
                restart = time.perf_counter() - t
                for q in questions[:10]:
                    service.ask(q)
                kent = Filters(force=frozenset({"Kent Police"}))
                for clients in args.clients:
                    total = max(60, 20 * clients)
                    rows.append(
                        {
                            "chunks": n,
                            "mode": mode,
                            "clients": clients,
                            "search": _latency(
                                lambda q, s=service: s.search(q), questions, clients, total
                            ),
                            "search_filtered": _latency(
                                lambda q, s=service, f=kent: s.search(q, filters=f),
                                questions,
                                clients,
                                total,
                            ),
                            "ask": _latency(
                                lambda q, s=service: s.ask(q), questions, clients, total
                            ),
                            "build_s": round(build_s, 1),
                            "open_and_first_answer_s": round(first, 2),
                            "restart_and_first_answer_s": round(restart, 2),
                        }
                    )
                    print(json.dumps(rows[-1]), flush=True)
                if mode == "embedded":
                    rows.append(
                        {
                            "chunks": n,
                            "mode": "naive LangChain similarity_search",
                            "clients": 1,
                            "search": _naive_latency(settings, questions),
                        }
                    )
                    print(json.dumps(rows[-1]), flush=True)
    finally:
        if server:
            server[1].terminate()
        shutil.rmtree(work, ignore_errors=True)
    return {"query": rows}


def _naive_latency(settings: Any, questions: list[str]) -> dict[str, float]:
    """The naive recipe's query path (HuggingFaceEmbeddings + LangChain Chroma
    similarity_search) over the same collection."""
    from langchain_chroma import Chroma

    from evals.baselines import naive_embeddings
    from rag.store import make_client

    store = Chroma(
        client=make_client(settings.db, "", create=False),
        collection_name=settings.collection,
        embedding_function=naive_embeddings(),
    )
    for q in questions[:5]:
        store.similarity_search(q, k=5)
    return _latency(lambda q: store.similarity_search(q, k=5), questions, 1, 60)


# ---- embedding backends ---------------------------------------------------------------------
def bench_embed(args: argparse.Namespace) -> dict[str, Any]:
    from evals.metrics import first_hit_rank, hit_at
    from ingest.pipeline import ingest_paths
    from rag.embedding import make_embedder
    from rag.service import Service
    from rag.settings import Settings

    texts = [
        p
        for f in sorted((CORPUS / "sample").glob("*.md"))
        for p in f.read_text().split("\n\n")
        if len(p) > 40
    ]
    questions = [json.loads(x) for x in DEV.read_text().splitlines() if x.strip()]
    answerable = [q for q in questions if q["type"] != "unanswerable"]
    out: dict[str, Any] = {"texts": len(texts)}
    vecs = {}
    work = Path(tempfile.mkdtemp(prefix="iqa-bench-embed-"))
    for label, backend, precision in (
        ("torch", "torch", "int8"),
        ("onnx", "onnx", "int8"),
        ("onnx-fp32", "onnx", "fp32"),
    ):
        e = make_embedder(backend, onnx_precision=precision)
        e.embed(texts[:32])
        t = time.perf_counter()
        vecs[label] = e.embed(texts)
        bulk = time.perf_counter() - t
        qt = []
        for q in answerable[:50]:
            t = time.perf_counter()
            e.embed([q["question"]])
            qt.append((time.perf_counter() - t) * 1000)
        settings = Settings(db=work / label, embedding_backend=backend, onnx_precision=precision)
        ingest_paths(settings, [CORPUS], embedder=e)
        service = Service.open(settings, embedder=e)
        ranks = [
            first_hit_rank(
                [p.text for p in service.search(q["question"], k=10).passages], q["evidence"]
            )
            for q in answerable
        ]
        dense = [
            first_hit_rank(
                [p.text for p in service.search(q["question"], k=10, mode="dense").passages],
                q["evidence"],
            )
            for q in answerable
        ]
        out[label] = {
            "texts_per_s": round(len(texts) / bulk, 1),
            "query_ms_p50": round(float(np.median(qt)), 2),
            "hit@5": round(sum(hit_at(r, 5) for r in ranks) / len(ranks), 4),
            "dense_hit@5": round(sum(hit_at(r, 5) for r in dense) / len(dense), 4),
        }
        print(label, json.dumps(out[label]), flush=True)
    for label in ("onnx", "onnx-fp32"):
        cos = (vecs["torch"] * vecs[label]).sum(1)
        out[f"{label}_cosine_min"] = round(float(cos.min()), 6)
        out[f"{label}_cosine_mean"] = round(float(cos.mean()), 6)
    out["speedup_bulk"] = round(out["onnx"]["texts_per_s"] / out["torch"]["texts_per_s"], 2)
    out["speedup_query"] = round(out["torch"]["query_ms_p50"] / out["onnx"]["query_ms_p50"], 2)
    shutil.rmtree(work, ignore_errors=True)
    return {"embed": out}


# ---- cold start -----------------------------------------------------------------------------
COLD_QUESTION = "How did the Kent PCC respond to the PEEL 2021/22 grades?"


def _timed(cmd: list[str], env: dict[str, str]) -> dict[str, Any]:
    secs, peak, _ = _run_measured(cmd, env)
    return {"seconds": round(secs, 2), "peak_mb": round(peak)}


def _best(runs: list[dict[str, Any]]) -> dict[str, Any]:
    best = min(runs, key=lambda r: r["seconds"])
    return {**best, "runs": [r["seconds"] for r in runs]}


def _serve_first_answer(db: Path, env: dict[str, str]) -> dict[str, Any]:
    """`serve` started to its first answer over the API (gradio_client, as the README says)."""
    from gradio_client import Client

    from evals.servers import free_port

    port = free_port()
    started = time.perf_counter()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ui.cli",
            "serve",
            "--db",
            str(db),
            "--port",
            str(port),
            "--no-browser",
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}/"
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"serve exited {proc.returncode}")
            if time.perf_counter() - started > 300:
                raise RuntimeError("serve did not answer within 300 s")
            try:
                client = Client(url, verbose=False)
            except Exception:  # not listening yet
                time.sleep(0.2)
                continue
            break
        listening = time.perf_counter() - started
        client.predict(COLD_QUESTION, "{}", api_name="/ask")
        return {
            "seconds": round(time.perf_counter() - started, 2),
            "listening_s": round(listening, 2),
        }
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _naive_first(folder: str) -> None:
    """The naive recipe's cold process: load the model and its Chroma store, one search."""
    from langchain_chroma import Chroma

    from evals.baselines import naive_embeddings

    store = Chroma(
        persist_directory=folder, collection_name="naive", embedding_function=naive_embeddings()
    )
    hits = store.similarity_search(COLD_QUESTION, k=5)
    sys.stdout.write(json.dumps({"hits": len(hits)}) + "\n")


def bench_coldstart(args: argparse.Namespace) -> dict[str, Any]:
    """Process start to first answer, each a fresh process (the OS file cache is warm: every
    command runs once untimed first), best of --repeat."""
    work = Path(tempfile.mkdtemp(prefix="iqa-bench-cold-"))
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    for name in ("INSPECTION_QA_EMBEDDING_BACKEND", "INSPECTION_QA_ONNX_PRECISION"):
        env.pop(name, None)  # the defaults: ONNX fp32
    db = args.db or work / "default"  # fp32 vectors: the default backend's and PyTorch's
    onnx_db = args.onnx_db or work / "int8"
    torch_env = {**env, "INSPECTION_QA_EMBEDDING_BACKEND": "torch"}
    onnx_env = {**env, "INSPECTION_QA_EMBEDDING_BACKEND": "onnx"}
    int8_env = {**onnx_env, "INSPECTION_QA_ONNX_PRECISION": "int8"}
    cli = [sys.executable, "-m", "ui.cli"]
    if args.db is None:
        subprocess.run([*cli, "ingest", str(CORPUS), "--db", str(db)], env=env, check=True)
    if args.onnx_db is None:
        subprocess.run(
            [*cli, "ingest", str(CORPUS), "--db", str(onnx_db)], env=int8_env, check=True
        )
    cases = {
        "--help": ([*cli, "--help"], env),
        "ingest (all unchanged)": ([*cli, "ingest", str(CORPUS), "--db", str(db)], env),
        "search (default: onnx fp32)": ([*cli, "search", COLD_QUESTION, "--db", str(db)], env),
        "ask (default: onnx fp32)": ([*cli, "ask", COLD_QUESTION, "--db", str(db)], env),
        "ask (torch)": ([*cli, "ask", COLD_QUESTION, "--db", str(db)], torch_env),
        "ask (onnx int8)": ([*cli, "ask", COLD_QUESTION, "--db", str(onnx_db)], int8_env),
    }
    rows = []
    for label, (cmd, e) in cases.items():
        subprocess.run(cmd, env=e, cwd=ROOT, capture_output=True)  # warm the file cache
        rows.append({"case": label, **_best([_timed(cmd, e) for _ in range(args.repeat)])})
        print(json.dumps(rows[-1]), flush=True)
    if not args.no_serve:
        for label, e in (("serve (default: onnx fp32)", env), ("serve (torch)", torch_env)):
            runs = [_serve_first_answer(db, e) for _ in range(args.repeat)]
            rows.append({"case": label, **_best(runs)})
            print(json.dumps(rows[-1]), flush=True)
    if not args.no_naive:
        from evals.baselines import NaiveRecipe

        naive = work / "naive"
        NaiveRecipe.build([CORPUS], naive)
        cmd = [sys.executable, "-m", "evals.bench", "_naive-first", str(naive)]
        subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True)
        rows.append(
            {
                "case": "naive LangChain recipe: first search",
                **_best([_timed(cmd, env) for _ in range(args.repeat)]),
            }
        )
        print(json.dumps(rows[-1]), flush=True)
    shutil.rmtree(work, ignore_errors=True)
    return {"coldstart": rows, "load": os.getloadavg()}


# ---- exact dense search vs Chroma's HNSW ------------------------------------------------------
def _percentiles(times: list[float]) -> dict[str, float]:
    return {
        "p50": round(float(np.percentile(times, 50)), 2),
        "p95": round(float(np.percentile(times, 95)), 2),
    }


def _rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 1e6


def bench_crossover(args: argparse.Namespace) -> dict[str, Any]:
    """Unfiltered dense search, n nearest of 50: the replica's exact matrix product (what
    `Replica.nearest(qv, None, 50)` does) against Chroma's HNSW query (documents and
    metadata included, as retrieval asks), over the same synthetic collection. Where exact
    stops being faster is `Settings.exact_search_max_chunks`."""
    from rag.replica import Replica
    from rag.settings import Settings
    from rag.store import ChromaStore, StoredChunk, make_client

    work = Path(tempfile.mkdtemp(prefix="iqa-bench-cross-"))
    if args.base_db:
        store = ChromaStore(make_client(args.base_db, "", create=False), create=False)
        got = store.chunks.get(include=["documents", "metadatas", "embeddings"])
        base = list(zip(got["ids"], got["documents"], got["metadatas"], strict=True))
        vectors = np.asarray(got["embeddings"], dtype=np.float32)
    else:
        base, vectors = _base_chunks("onnx", work)
    rng = np.random.default_rng(0)
    rows = []
    try:
        for n in args.chunks:
            rss0 = _rss_mb()
            picks = rng.integers(len(base), size=n)
            vecs = vectors[picks] + rng.normal(0, 0.02, (n, vectors.shape[1])).astype(np.float32)
            vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
            queries = vectors[rng.integers(len(base), size=args.queries)]
            ids = [f"c{i:07d}" for i in range(n)]
            replica = Replica(
                ids, [base[j][1] for j in picks], [base[j][2] for j in picks], 0, None, {}, vecs
            )
            exact = []
            for q in [queries[0], *queries]:
                t = time.perf_counter()
                replica.nearest(q, None, 50)
                exact.append((time.perf_counter() - t) * 1000)
            row: dict[str, Any] = {
                "chunks": n,
                "exact": _percentiles(exact[1:]),
                "vectors_mb": round(vecs.nbytes / 1e6, 1),
                "replica_rss_mb": round(_rss_mb() - rss0),
            }
            if not args.exact_only:
                settings = Settings(db=work / f"n{n}")
                chroma = ChromaStore(make_client(settings.db, "", create=True), f"x{n}")
                t = time.perf_counter()
                for at in range(0, n, 5000):
                    chroma.upsert(
                        [
                            StoredChunk(ids[i], replica.texts[i], replica.metas[i])
                            for i in range(at, min(n, at + 5000))
                        ],
                        vecs[at : at + 5000],
                    )
                build = time.perf_counter() - t
                hnsw = []
                for q in [queries[0], *queries]:
                    t = time.perf_counter()
                    chroma.query(q, 50)
                    hnsw.append((time.perf_counter() - t) * 1000)
                # Recall of the HNSW answer against the exact one.
                recall = float(
                    np.mean(
                        [
                            len(
                                {h.id for h in chroma.query(q, 50)}
                                & {ids[i] for i, _ in replica.nearest(q, None, 50)}
                            )
                            / 50
                            for q in queries[:10]
                        ]
                    )
                )
                row |= {
                    "hnsw": _percentiles(hnsw[1:]),
                    "hnsw_recall@50": round(recall, 3),
                    "chroma_build_s": round(build, 1),
                    "chroma_mb": round(_dir_size(settings.db) / 1e6, 1),
                }
                del chroma
            rows.append(row)
            print(json.dumps(row), flush=True)
            del replica, vecs
    finally:
        shutil.rmtree(work, ignore_errors=True)
    faster = [r["chunks"] for r in rows if "hnsw" in r and r["exact"]["p95"] <= r["hnsw"]["p95"]]
    return {
        "crossover": rows,
        "exact_faster_up_to": max(faster) if faster else None,
        "load": os.getloadavg(),
    }


def _unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def mixture_vectors(
    n: int, queries: int, *, tilt: float = 0.9, spread: float = 0.06, dim: int = 384, seed: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """Clustered synthetic vectors: 100 topics, 4,000 sub-topics around them (`tilt` 0.9:
    cosine ~0.75 to their topic, like related passages; 3.0: nearly independent directions,
    a harder case than real embeddings), Zipf-sized; each row is a sub-topic plus gaussian
    noise (`spread` per dimension, +-17%); queries are drawn the same way with 1.3x the
    noise, none of them in the set."""
    rng = np.random.default_rng(seed)
    topics = _unit(rng.normal(size=(100, dim)))
    centres = _unit(
        topics[rng.integers(100, size=4000)] + tilt * _unit(rng.normal(size=(4000, dim)))
    )
    weight = 1 / np.arange(1, 4001) ** 0.7
    weight /= weight.sum()
    spreads = rng.uniform(spread * 0.83, spread * 1.17, 4000).astype(np.float32)

    def draw(m: int, widen: float) -> np.ndarray:
        out = np.empty((m, dim), dtype=np.float32)
        for at in range(0, m, 100_000):
            c = rng.choice(4000, size=min(100_000, m - at), p=weight)
            noise = rng.normal(size=(len(c), dim)).astype(np.float32)
            out[at : at + len(c)] = _unit(centres[c] + noise * (spreads[c, None] * widen))
        return out

    return draw(n, 1.0), draw(queries, 1.3)


MIXTURES = {"topics": {"tilt": 0.9, "spread": 0.06}, "no_topics": {"tilt": 3.0, "spread": 0.05}}


def _recall(found: list[list[int]], exact: list[list[int]], k: int = 10) -> float:
    pairs = zip(found, exact, strict=True)
    return float(np.mean([len(set(f[:k]) & set(e[:k])) / k for f, e in pairs]))


def _real_pool(base: list[Any], vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The real model's vectors of the corpus's chunks and of their sentences (several
    thousand points with the model's own geometry), each with the chunk it came from."""
    import re

    from rag.embedding import make_embedder

    sentences, source = [], []
    for j, (_, text, _) in enumerate(base):
        for part in re.split(r"(?<=[.!?])\s+", text):
            if len(part) > 30:
                sentences.append(part)
                source.append(j)
    pool = make_embedder("onnx").embed(sentences)
    return np.vstack([vectors, pool]), np.concatenate([np.arange(len(base)), source])


def scaled_replica(
    base: list[Any], pool: np.ndarray, source: np.ndarray, n: int, seed: int = 0
) -> Any:
    """A Replica of n SYNTHETIC chunks (no Chroma): real chunk texts with force and year
    swapped (for BM25), vectors perturbed from the real model's vectors of those chunks and
    their sentences (noise: cosine ~0.85 to the original)."""
    from rag.forces import FORCES
    from rag.replica import Replica
    from rag.store import StoredChunk

    rng = np.random.default_rng(seed)
    forces = list(FORCES)
    picks = rng.integers(len(pool), size=n)
    force_of = rng.integers(len(forces), size=n)
    chunks = []
    for i in range(n):
        _, text, meta = base[int(source[picks[i]])]
        force = forces[int(force_of[i])]
        old = str(meta.get("force", ""))
        chunks.append(
            StoredChunk(
                f"synthetic-{i:07d}",
                text.replace(old, force) if old else text,
                {
                    **meta,
                    "doc_id": f"synthetic-{i // 8:06d}",
                    "force": force,
                    "year": 2014 + (i // 8) % 12,
                    "title": f"SYNTHETIC {meta.get('title', '')}",
                },
            )
        )
    replica = Replica.build(chunks, generation=n)
    del chunks
    vecs = np.empty((n, pool.shape[1]), dtype=np.float32)
    for at in range(0, n, 100_000):
        p = picks[at : at + 100_000]
        noise = rng.normal(0, 0.03, (len(p), pool.shape[1])).astype(np.float32)
        vecs[at : at + len(p)] = _unit(pool[p] + noise)
    replica.vectors = vecs
    return replica


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def bench_scale(args: argparse.Namespace) -> dict[str, Any]:
    """Replica-only search at scale (no Chroma collection: building one of 1M chunks takes
    about an hour here): per size, (1) IVF recall@10 and dense latency against exact search on
    clustered synthetic vectors; (2) a replica of synthetic chunks (real texts, perturbed
    real-model vectors) searched through the real `Retriever` (query embedding, BM25, IVF
    dense, fusion) with the dev questions, each asked once per pass; recall@10 of its IVF on
    the questions' real vectors; build times, peak RSS and size on disk."""
    import math

    from rag.embedding import make_embedder
    from rag.filters import Filters
    from rag.index import Index
    from rag.ivf import IVF
    from rag.retrieval import Retriever
    from rag.settings import Settings

    questions = [json.loads(x)["question"] for x in DEV.read_text().splitlines() if x.strip()]
    work = Path(tempfile.mkdtemp(prefix="iqa-bench-scale-"))
    base, vectors = _base_chunks("onnx", work)
    pool, source = _real_pool(base, vectors)
    embedder = make_embedder("onnx")  # no query cache: every question is embedded
    qvecs = embedder.embed(questions)
    rows = []

    def dense_case(ivf: Any, data: np.ndarray, queries: np.ndarray, nprobe: int) -> dict:
        exact = [list(np.argsort(-(data @ q))[:10]) for q in queries]
        times, found = [], []
        for q in queries:
            t = time.perf_counter()
            got = ivf.search(q, 50, nprobe)
            times.append((time.perf_counter() - t) * 1000)
            found.append([r for r, _ in got])
        return {"recall@10": round(_recall(found, exact), 4), "ms": _percentiles(times)}

    try:
        for n in args.chunks:
            row: dict[str, Any] = {"chunks": n}
            # (1) Clustered synthetic vectors: recall and dense latency by nprobe.
            for name, shape in MIXTURES.items():
                data, queries = mixture_vectors(n, args.queries, **shape)
                t = time.perf_counter()
                ivf = IVF.build(data)
                case: dict[str, Any] = {
                    "ivf_build_s": round(time.perf_counter() - t, 1),
                    "lists": ivf.lists,
                    "by_nprobe": {p: dense_case(ivf, data, queries, p) for p in args.nprobe},
                }
                exact_ms = []
                for q in queries[:30]:
                    t = time.perf_counter()
                    np.argpartition(-(data @ q), 49)
                    exact_ms.append((time.perf_counter() - t) * 1000)
                case["exact_ms"] = _percentiles(exact_ms)
                row[f"mixture_{name}"] = case
                print(json.dumps({"chunks": n, name: case}), flush=True)
                del data, ivf
            # (2) The real retrieval path over a replica of n synthetic chunks.
            t = time.perf_counter()
            replica = scaled_replica(base, pool, source, n)
            row["replica_build_s"] = round(time.perf_counter() - t, 1)
            settings = Settings(db=work / f"n{n}", ivf_nprobe=args.nprobe_default)

            def no_store() -> Any:
                raise RuntimeError("replica-only benchmark: no Chroma collection")

            index = Index(settings, opener=no_store, refresh_interval_s=math.inf)
            index._install(replica, save=False)
            t = time.perf_counter()
            replica.coarse(settings.ivf_lists)
            row["ivf_build_s"] = round(time.perf_counter() - t, 1)
            t = time.perf_counter()
            replica.save(work / f"n{n}" / "lexical")
            row["replica_save_s"] = round(time.perf_counter() - t, 1)
            folder = work / f"n{n}" / "lexical"
            row["disk_mb"] = {
                "replica_total": round(_dir_size(folder) / 1e6, 1),
                "vectors": round((folder / "vectors.npy").stat().st_size / 1e6, 1),
                "bm25": round(_dir_size(folder / "bm25") / 1e6, 1),
                "ivf": round((folder / "ivf.npz").stat().st_size / 1e6, 1),
            }
            t = time.perf_counter()
            reloaded = IVF.load(folder / "ivf.npz", replica.vectors, replica.generation)
            row["ivf_load_s"] = round(time.perf_counter() - t, 2)
            assert reloaded is not None
            del reloaded
            exact = [[r for r, _ in replica.nearest(q, None, 10)] for q in qvecs]
            for p in args.nprobe:
                found = [[r for r, _ in replica.coarse().search(q, 50, p)] for q in qvecs]
                row.setdefault("real_recall@10", {})[p] = round(_recall(found, exact), 4)
            retriever = Retriever(settings, index, embedder)
            kent = Filters(force=frozenset({"Kent Police"}))
            for q in questions[:10]:
                retriever.retrieve(q, 5, Filters())
            for label, filters in (("search", Filters()), ("search_kent", kent)):
                total, stages = [], {}
                for _ in range(args.passes):
                    for q in questions:
                        t = time.perf_counter()
                        got = retriever.retrieve(q, 5, filters)
                        total.append((time.perf_counter() - t) * 1000)
                        for stage, ms in got.timings_ms.items():
                            stages.setdefault(stage, []).append(ms)
                row[label] = {
                    "ms": _percentiles(total),
                    **{stage: _percentiles(ms) for stage, ms in stages.items()},
                }
                print(json.dumps({"chunks": n, label: row[label]}), flush=True)
            row["peak_rss_mb"] = round(_peak_rss_mb())
            row["rss_mb"] = round(_rss_mb())
            rows.append(row)
            print(json.dumps(row), flush=True)
            del replica, index, retriever
            shutil.rmtree(work / f"n{n}", ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {"scale": rows, "load": os.getloadavg()}


# ---- server mode: a full mirror against a lean one --------------------------------------
def _mirror_case(args: argparse.Namespace) -> None:
    """One app process in server mode, from an empty local cache: open, first answer (the
    mirror is fetched), warm search, filtered search and ask; its peak memory and the
    mirror's size on disk. Run in its own process so peak RSS is this mode's alone."""
    from rag.embedding import make_embedder
    from rag.filters import Filters
    from rag.service import Service
    from rag.settings import Settings

    questions = [json.loads(x)["question"] for x in DEV.read_text().splitlines() if x.strip()]
    settings = Settings(
        chroma_url=args.url,
        collection=args.collection,
        cache_dir=args.cache,
        mirror_vectors=not args.lean,
    )
    embedder = make_embedder("onnx")
    embedder.embed(["warm-up"])  # the model's own memory and start-up, charged to neither
    base_rss = _rss_mb()
    t = time.perf_counter()
    service = Service.open(settings, embedder=embedder)
    service.ask(questions[0])
    first = time.perf_counter() - t
    kent = Filters(force=frozenset({"Kent Police"}))
    for q in questions[:10]:
        service.search(q)
    out = {
        "mode": "lean" if args.lean else "full",
        "open_and_first_answer_s": round(first, 2),
        "search": _latency(lambda q: service.search(q), questions, 1, len(questions)),
        "search_filtered": _latency(
            lambda q: service.search(q, filters=kent), questions, 1, len(questions)
        ),
        "ask": _latency(lambda q: service.ask(q), questions, 1, len(questions)),
        "peak_rss_mb": round(_peak_rss_mb()),
        "rss_mb": round(_rss_mb()),
        "rss_above_model_mb": round(_rss_mb() - base_rss),
        "mirror_disk_mb": round(_dir_size(service.index.replica_folder) / 1e6, 1),
        "mirror_has_vectors": service.index.replica().vectors is not None,
    }
    sys.stdout.write(json.dumps(out) + "\n")


def bench_mirror(args: argparse.Namespace) -> dict[str, Any]:
    """Server mode at scale, the app's side: a full mirror (BM25, texts, metadata, vectors:
    exact or IVF dense search on the app machine) against a lean one (no vectors: Chroma
    ranks by meaning). Same synthetic collection on one `chroma run`, each mode a fresh
    process with an empty cache; the server's own memory is reported beside them."""
    from rag.settings import Settings

    work = Path(tempfile.mkdtemp(prefix="iqa-bench-mirror-"))
    base, vectors = _base_chunks("onnx", work)
    url, proc = start_chroma(work / "server")
    rows = []
    try:
        for n in args.chunks:
            collection = f"mirror{n}"
            settings = Settings(
                chroma_url=url,
                collection=collection,
                embedding_backend="onnx",
                cache_dir=str(work / "build-cache"),
            )
            t = time.perf_counter()
            build_scaled(settings, base, vectors, n)
            build_s = round(time.perf_counter() - t, 1)
            shutil.rmtree(work / "build-cache", ignore_errors=True)
            for lean in (False, True):
                cache = work / f"cache-{n}-{lean}"
                cmd = [sys.executable, "-m", "evals.bench", "_mirror-case", url, collection]
                cmd += [str(cache)] + (["--lean"] if lean else [])
                done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=os.environ)
                if done.returncode:
                    raise RuntimeError(f"{' '.join(cmd)} failed:\n{done.stderr[-3000:]}")
                row = {"chunks": n, "build_s": build_s, **json.loads(done.stdout.splitlines()[-1])}
                row["server_rss_mb"] = round(_pid_rss_mb(proc.pid))
                rows.append(row)
                print(json.dumps(row), flush=True)
                shutil.rmtree(cache, ignore_errors=True)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
    return {"mirror": rows, "load": os.getloadavg()}


def _pid_rss_mb(pid: int) -> float:
    """Resident memory of another process (the Chroma server), 0 when it is gone."""
    import psutil

    try:
        return psutil.Process(pid).memory_info().rss / 1e6
    except psutil.Error:
        return 0.0


def _chart(what: str, result: dict[str, Any], out: Path) -> None:
    """A PNG beside the JSON: how the cost grows with the corpus (crossover) or what each
    command costs from a cold start (coldstart)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out.mkdir(parents=True, exist_ok=True)
    if what == "crossover":
        rows = result["crossover"]
        fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4))
        n = [r["chunks"] for r in rows]
        ax1.plot(n, [r["exact"]["p95"] for r in rows], "o-", label="exact (replica matmul)")
        hn = [r for r in rows if "hnsw" in r]
        if hn:
            ax1.plot(
                [r["chunks"] for r in hn],
                [r["hnsw"]["p95"] for r in hn],
                "s-",
                label="Chroma HNSW query",
            )
        ax1.set(xscale="log", yscale="log", xlabel="chunks", ylabel="dense search p95 (ms)")
        ax1.legend()
        ax2.plot(n, [r["vectors_mb"] for r in rows], "o-", label="replica vectors (MB)")
        if hn:
            ax2.plot(
                [r["chunks"] for r in hn],
                [r["chroma_mb"] for r in hn],
                "s-",
                label="Chroma index on disk (MB)",
            )
        ax2.set(xscale="log", yscale="log", xlabel="chunks", ylabel="MB")
        ax2.legend()
    else:
        rows = result["coldstart"]
        fig, ax1 = plt.subplots(figsize=(8, 4))
        ax1.barh([r["case"] for r in rows], [r["seconds"] for r in rows])
        ax1.set(xlabel="seconds from process start")
    fig.tight_layout()
    fig.savefig(out / f"bench-{what}.png", dpi=100)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.bench")
    sub = parser.add_subparsers(dest="what", required=True)
    p = sub.add_parser("ingest")
    p.add_argument("--synthetic-docs", type=int, default=1000)
    p.add_argument("--backend", default="onnx", choices=["torch", "onnx", "onnx-int8"])
    p.add_argument("--no-naive", action="store_true", help="ours only (the 10,000-doc run)")
    p.add_argument("--no-bundled", action="store_true", help="the synthetic corpus only")
    p.add_argument("--repeat", type=int, default=1, help="runs of each (medians reported)")
    p.add_argument(
        "--on-demand-baseline",
        action="store_true",
        help="also ours with INSPECTION_QA_PARSE_AHEAD=0, alternated in the same run",
    )
    p = sub.add_parser("growth")
    p.add_argument("--docs", type=int, nargs="+", default=[50, 100, 200, 400])
    p.add_argument("--backend", default="onnx", choices=["torch", "onnx", "onnx-int8"])
    p.add_argument("--no-naive", action="store_true", help="ours only")
    p.add_argument("--chart", type=Path, default=ROOT / "evals" / "charts" / "growth.svg")
    p = sub.add_parser("query")
    p.add_argument("--chunks", type=int, nargs="+", default=[1000, 10000, 100000])
    p.add_argument("--clients", type=int, nargs="+", default=[1, 4, 16])
    p.add_argument("--server", action="store_true", help="also measure a chroma run server")
    p.add_argument("--backend", default="onnx", choices=["torch", "onnx"])
    sub.add_parser("embed")
    p = sub.add_parser("coldstart")
    p.add_argument("--db", type=Path, help="an index of the bundled corpus (default: build one)")
    p.add_argument("--onnx-db", type=Path, help="the same, built with the onnx int8 backend")
    p.add_argument("--repeat", type=int, default=2, help="runs of each (the best is kept)")
    p.add_argument("--no-serve", action="store_true")
    p.add_argument("--no-naive", action="store_true")
    p = sub.add_parser("crossover")
    p.add_argument("--chunks", type=int, nargs="+", default=[1000, 10000, 100000])
    p.add_argument("--base-db", type=Path, help="an index whose chunks seed the synthetic ones")
    p.add_argument("--queries", type=int, default=50)
    p.add_argument("--exact-only", action="store_true", help="skip Chroma (e.g. at 1M chunks)")
    p = sub.add_parser("scale")
    p.add_argument("--chunks", type=int, nargs="+", default=[100_000, 1_000_000])
    p.add_argument("--queries", type=int, default=200, help="synthetic queries for recall")
    p.add_argument("--nprobe", type=int, nargs="+", default=[8, 16, 32, 64])
    p.add_argument("--nprobe-default", type=int, default=32, help="nprobe of the search path")
    p.add_argument("--passes", type=int, default=1, help="times each dev question is asked")
    p = sub.add_parser("mirror")
    p.add_argument("--chunks", type=int, nargs="+", default=[20_000, 100_000])
    p = sub.add_parser("_mirror-case")
    p.add_argument("url")
    p.add_argument("collection")
    p.add_argument("cache")
    p.add_argument("--lean", action="store_true")
    p = sub.add_parser("_naive-first")
    p.add_argument("folder")
    p = sub.add_parser("_naive-ingest")
    p.add_argument("path")
    p.add_argument("folder")
    for s in sub.choices.values():
        s.add_argument("--out", type=Path, default=ROOT / "artifacts" / "bench")
    args = parser.parse_args(argv)
    if args.what == "_naive-ingest":
        _naive_ingest(args.path, args.folder)
        return 0
    if args.what == "_mirror-case":
        _mirror_case(args)
        return 0
    if args.what == "_naive-first":
        _naive_first(args.folder)
        return 0
    result = {
        "ingest": bench_ingest,
        "growth": bench_growth,
        "query": bench_query,
        "embed": bench_embed,
        "coldstart": bench_coldstart,
        "crossover": bench_crossover,
        "scale": bench_scale,
        "mirror": bench_mirror,
    }[args.what](args)
    if args.what in ("coldstart", "crossover"):
        _chart(args.what, result, args.out)
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"bench-{args.what}.json"
    path.write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))
    print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
