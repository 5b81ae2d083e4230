"""`inspection-qa eval`: run a question set through the service and baselines, compute the
metrics, write the report."""

from __future__ import annotations

import logging
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evals import metrics as m
from rag.citations import contract_problems
from rag.errors import ConfigError
from rag.jsonl import read_questions
from rag.models import AnswerResult
from rag.service import Service

log = logging.getLogger(__name__)
QUESTIONS_DIR = Path(__file__).parent / "questions"
KS = (1, 3, 5, 10)
TYPES = ("factoid", "list", "why", "comparison", "multi_doc", "unanswerable")


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    answer: str
    doc_ids: tuple[str, ...]
    evidence: str
    type: str
    must_include: tuple[str, ...] = ()
    short_answer: str | None = None
    unanswerable_kind: str | None = None
    group: str = ""
    answer_type: str = ""

    @property
    def answerable(self) -> bool:
        return self.type != "unanswerable"


def default_question_files() -> list[Path]:
    """The dev set and the user-document set (the other sets need their own documents
    ingested: see evals/questions/README.md)."""
    return [QUESTIONS_DIR / "dev.jsonl", QUESTIONS_DIR / "user.jsonl"]


def load_questions(paths: Sequence[Path]) -> list[Question]:
    out: list[Question] = []
    seen: set[str] = set()
    for path in paths:
        for n, raw in read_questions(path, "question set"):
            try:
                q = Question(
                    str(raw["id"]),
                    str(raw["question"]),
                    str(raw.get("answer", "")),
                    tuple(raw.get("doc_ids") or ()),
                    str(raw.get("evidence") or ""),
                    str(raw.get("type", "factoid")),
                    tuple(str(x) for x in raw.get("must_include") or ()),
                    str(raw["short_answer"]) if raw.get("short_answer") is not None else None,
                    raw.get("unanswerable_kind") or None,
                    str(raw.get("group") or (raw.get("doc_ids") or [""])[0]),
                    str(raw.get("answer_type") or ""),
                )
            except (KeyError, TypeError) as exc:
                raise ConfigError(f"{path}:{n}: not a question object ({exc})") from exc
            if q.id in seen:
                raise ConfigError(f"{path}:{n}: duplicate question id {q.id!r}")
            seen.add(q.id)
            out.append(q)
    if not out:
        raise ConfigError("the question set is empty")
    return out


# ---- per-question scoring ---------------------------------------------------------------
def retrieval_row(texts: Sequence[str], doc_ids: Sequence[str], q: Question) -> dict[str, Any]:
    rank = m.first_hit_rank(texts[:10], q.evidence)
    row: dict[str, Any] = {"rank": rank}
    for k in KS:
        row[f"hit@{k}"] = m.hit_at(rank, k)
    row["rr@10"] = m.reciprocal_rank(rank)
    row["ndcg@10"] = m.ndcg([m.hits(t, q.evidence) for t in texts[:10]])
    for k in (5, 10):
        row[f"doc_recall@{k}"] = m.doc_recall(list(doc_ids), list(q.doc_ids), k)
    return row


def answer_row(result: AnswerResult, q: Question) -> dict[str, Any]:
    problems = contract_problems(result.answer, result.citations, result.passages)
    texts = {p.chunk_id: p.text for p in result.passages}
    support = any(m.hits(texts.get(c.chunk_id, ""), q.evidence) for c in result.citations)
    return {
        "answer": result.answer,
        "abstained": result.abstained,
        "confidence": round(result.confidence, 4),
        "citation_valid": not problems,
        "citation_problems": problems,
        "evidence_support": bool(support),
        "token_f1": round(m.token_f1(result.answer, q.answer), 4) if q.answerable else None,
        "key_number_match": m.key_number_match(result.answer, q.answer) if q.answerable else None,
        "completeness": m.completeness(result.answer, q.must_include) if q.must_include else None,
        "short_answer": result.short_answer,
        "short_answer_match": (
            m.short_answer_match(result.short_answer, q.short_answer) if q.short_answer else None
        ),
        "answer_type": result.answer_type,
        "features": result.features,
        "citations": [c.to_json() for c in result.citations],
    }


# ---- aggregation --------------------------------------------------------------------------
def mean(values: Sequence[float]) -> float:
    return round(statistics.fmean(values), 4) if values else 0.0


def summarise_retrieval(rows: Sequence[dict[str, Any]]) -> dict[str, float]:
    keys = [f"hit@{k}" for k in KS] + ["rr@10", "ndcg@10", "doc_recall@5", "doc_recall@10"]
    out = {k: mean([r[k] for r in rows]) for k in keys}
    out["mrr@10"] = out.pop("rr@10")
    return out


def hit_curve(rows: Sequence[dict[str, Any]]) -> list[float]:
    return [mean([m.hit_at(r["rank"], k) for r in rows]) for k in range(1, 11)]


@dataclass
class System:
    name: str
    search: Callable[[str], tuple[list[str], list[str]]]  # texts, doc ids (top 10)


def run_eval(
    service: Service,
    questions: Sequence[Question],
    *,
    baselines: bool = True,
    progress: bool = True,
) -> dict[str, Any]:
    from tqdm import tqdm

    answerable = [q for q in questions if q.answerable]
    systems = [System("system", lambda text: _service_search(service, text, "hybrid"))]
    naive_info: dict[str, Any] = {}
    if baselines:
        systems.append(System("bm25", lambda text: _service_search(service, text, "lexical")))
        systems.append(System("dense", lambda text: _service_search(service, text, "dense")))
        naive = _naive(service, naive_info)
        if naive is not None:
            systems.append(naive)

    per_q: dict[str, dict[str, Any]] = {
        q.id: {"id": q.id, "type": q.type, "question": q.question} for q in questions
    }
    search_ms: list[float] = []
    ask_ms: list[float] = []
    bar = tqdm(
        total=len(questions) * (1 + len(systems)),
        disable=not progress,
        file=sys.stderr,
        desc="eval",
    )
    rows: dict[str, list[dict[str, Any]]] = {s.name: [] for s in systems}
    for q in questions:
        for system in systems:
            if q.answerable:
                texts, doc_ids = system.search(q.question)
                row = retrieval_row(texts, doc_ids, q)
                rows[system.name].append(row)
                if system.name == "system":
                    per_q[q.id]["retrieval"] = row
                    per_q[q.id]["retrieved"] = [
                        {"doc_id": d, "text": t[:300]}
                        for d, t in zip(doc_ids[:3], texts[:3], strict=False)
                    ]
                else:
                    per_q[q.id].setdefault("baselines", {})[system.name] = row["rank"]
            bar.update(1)
        timed = service.search(q.question)
        search_ms.append(timed.timings_ms["total"])
        result = service.ask(q.question)
        ask_ms.append(result.timings_ms["total"])
        per_q[q.id]["answer"] = answer_row(result, q)
        bar.update(1)
    bar.close()

    answers = [per_q[q.id]["answer"] for q in questions]
    predicted = [a["abstained"] for a in answers]
    actual = [not q.answerable for q in questions]
    abst_p, abst_r = m.precision_recall(predicted, actual)
    answered = [
        (per_q[q.id]["answer"], q) for q in answerable if not per_q[q.id]["answer"]["abstained"]
    ]
    numbers = [a["key_number_match"] for a, _ in answered if a["key_number_match"] is not None]
    report: dict[str, Any] = {
        "retrieval": summarise_retrieval(rows["system"]),
        "answers": {
            "citation_validity": mean([1.0 if a["citation_valid"] else 0.0 for a in answers]),
            "evidence_support": mean([1.0 if a["evidence_support"] else 0.0 for a, _ in answered]),
            "abstention_precision": round(abst_p, 4),
            "abstention_recall": round(abst_r, 4),
            "answered_rate": round(len(answered) / max(1, len(answerable)), 4),
            "token_f1": mean([a["token_f1"] for a, _ in answered]),
            "key_number_match": mean(numbers),
        },
        "latency_ms": {
            "search_p50": round(m.percentile(search_ms, 0.5), 2),
            "search_p95": round(m.percentile(search_ms, 0.95), 2),
            "ask_p50": round(m.percentile(ask_ms, 0.5), 2),
            "ask_p95": round(m.percentile(ask_ms, 0.95), 2),
        },
        "by_type": {
            t: summarise_retrieval([per_q[q.id]["retrieval"] for q in answerable if q.type == t])
            for t in TYPES
            if t != "unanswerable" and any(q.type == t for q in answerable)
        },
        "baselines": {
            name: {
                "retrieval": summarise_retrieval(r),
                "hit_curve": hit_curve(r),
                "by_type": {
                    t: summarise_retrieval(
                        [row for row, q in zip(r, answerable, strict=True) if q.type == t]
                    )
                    for t in TYPES
                    if any(q.type == t for q in answerable)
                },
            }
            for name, r in rows.items()
            if name != "system"
        },
        "hit_curve": hit_curve(rows["system"]),
        "index": _index_info(service),
        "n_questions": len(questions),
        "n_answerable": len(answerable),
        "questions": [per_q[q.id] for q in questions],
        "latencies": {"search": search_ms, "ask": ask_ms},
    }
    report["answers"].update(_answer_quality(questions, per_q))
    report["answers_by_type"] = _answers_by_type(questions, per_q)
    report["abstention_by_kind"] = _abstention_by_kind(questions, per_q)
    report["calibration"] = m.reliability(
        [per_q[q.id]["answer"]["confidence"] for q in questions],
        [q.answerable for q in questions],
    )
    if naive_info:
        report["baselines"].setdefault("naive_langchain", {}).update(naive_info)
    return report


def _answer_quality(questions: Sequence[Question], per_q: dict[str, Any]) -> dict[str, Any]:
    answerable = [q for q in questions if q.answerable]
    wrongly = [q for q in answerable if per_q[q.id]["answer"]["abstained"]]
    comp = [per_q[q.id]["answer"]["completeness"] for q in answerable if q.must_include]
    lists = [
        per_q[q.id]["answer"]["completeness"]
        for q in answerable
        if q.must_include and (q.type == "list" or q.answer_type == "list")
    ]
    shorts = [per_q[q.id]["answer"]["short_answer_match"] for q in answerable if q.short_answer]
    return {
        "wrongly_abstained": round(len(wrongly) / max(1, len(answerable)), 4),
        "completeness": mean([c for c in comp if c is not None]),
        "completeness_lists": mean([c for c in lists if c is not None]),
        "short_answer_match": mean([1.0 if s else 0.0 for s in shorts]),
        "n_with_must_include": len(comp),
        "n_with_short_answer": len(shorts),
    }


def _answers_by_type(questions: Sequence[Question], per_q: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for t in sorted({q.type for q in questions}):
        qs = [q for q in questions if q.type == t]
        rows = [per_q[q.id]["answer"] for q in qs]
        answered = [r for r in rows if not r["abstained"]]
        entry: dict[str, Any] = {
            "n": len(qs),
            "abstained": mean([float(r["abstained"]) for r in rows]),
        }
        if t != "unanswerable":
            entry["evidence_support"] = mean([float(r["evidence_support"]) for r in answered])
            comp = [r["completeness"] for r in rows if r["completeness"] is not None]
            entry["completeness"] = mean(comp)
        out[t] = entry
    return out


def _abstention_by_kind(questions: Sequence[Question], per_q: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for q in questions:
        if q.answerable:
            continue
        kind = q.unanswerable_kind or "unlabelled"
        entry = out.setdefault(kind, {"n": 0, "abstained": 0})
        entry["n"] += 1
        entry["abstained"] += int(per_q[q.id]["answer"]["abstained"])
    for entry in out.values():
        entry["recall"] = round(entry["abstained"] / entry["n"], 4)
    return out


def _service_search(service: Service, text: str, mode: str) -> tuple[list[str], list[str]]:
    result = service.search(text, k=10, mode=mode)
    return [p.text for p in result.passages], [p.doc_id for p in result.passages]


def _naive(service: Service, info: dict[str, Any]) -> System | None:
    from evals.baselines import NaiveRecipe

    records = service.index.store.file_records()
    paths = [Path(p) for p in records if Path(p).is_file()]
    if not paths:
        info["skipped"] = "the indexed files are not on this machine"
        return None
    by_path = {str(Path(p).resolve()): r.doc_id for p, r in records.items()}
    started = time.perf_counter()
    try:
        recipe = NaiveRecipe.build(paths)
    except Exception as exc:  # a baseline must not sink the evaluation
        log.warning("naive LangChain baseline failed: %s", exc)
        info["skipped"] = f"failed to build: {type(exc).__name__}: {exc}"
        return None
    info.update({"chunks": recipe.chunks, "build_seconds": round(time.perf_counter() - started, 2)})

    def search(text: str) -> tuple[list[str], list[str]]:
        got = recipe.search(text, 10)
        return [t for _, t in got], [by_path.get(str(Path(s).resolve()), s) for s, _ in got]

    return System("naive_langchain", search)


def _index_info(service: Service) -> dict[str, Any]:
    size = 0
    if not service.settings.server_mode and service.settings.db.exists():
        for root, _, files in os.walk(service.settings.db):
            size += sum((Path(root) / f).stat().st_size for f in files)
    return {
        "chunks": service.index.store.count(),
        "documents": len(service.index.store.file_records()),
        "size_bytes": size or None,
    }
