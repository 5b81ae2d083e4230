"""Evaluation reports: report.md, results.jsonl and PNG charts, and comparing two runs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

RETRIEVAL_KEYS = ("hit@1", "hit@3", "hit@5", "hit@10", "mrr@10", "ndcg@10", "doc_recall@5")


def summary_table(report: dict[str, Any]) -> str:
    """Markdown table: the system and each baseline, one row each."""
    rows = [("system (hybrid)", report["retrieval"])]
    rows += [
        (name, b["retrieval"])
        for name, b in report.get("baselines", {}).items()
        if "retrieval" in b
    ]
    head = "| system | " + " | ".join(RETRIEVAL_KEYS) + " |"
    sep = "|---" * (len(RETRIEVAL_KEYS) + 1) + "|"
    lines = [head, sep]
    for name, r in rows:
        lines.append(
            f"| {name} | " + " | ".join(f"{r.get(k, 0):.3f}" for k in RETRIEVAL_KEYS) + " |"
        )
    return "\n".join(lines)


def human_summary(report: dict[str, Any]) -> str:
    a, lat = report["answers"], report["latency_ms"]
    return "\n".join(
        [
            f"{report['n_questions']} questions ({report['n_answerable']} answerable)",
            "",
            summary_table(report),
            "",
            f"citation validity {a['citation_validity']:.3f}, evidence support "
            f"{a['evidence_support']:.3f}, answered {a['answered_rate']:.3f}, token F1 "
            f"{a['token_f1']:.3f}, key numbers {a['key_number_match']:.3f}",
            f"abstention precision {a['abstention_precision']:.3f}, recall "
            f"{a['abstention_recall']:.3f}, wrongly abstained {a.get('wrongly_abstained', 0):.3f}",
            f"key-phrase completeness {a.get('completeness', 0):.3f} (lists "
            f"{a.get('completeness_lists', 0):.3f}), short answer match "
            f"{a.get('short_answer_match', 0):.3f}",
            f"latency ms: search p50 {lat['search_p50']:.1f} p95 {lat['search_p95']:.1f}; "
            f"ask p50 {lat['ask_p50']:.1f} p95 {lat['ask_p95']:.1f}",
        ]
    )


def write_report(report: dict[str, Any], out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    results = out / "results.jsonl"
    with results.open("w", encoding="utf-8") as fh:
        for q in report["questions"]:
            fh.write(json.dumps(q, ensure_ascii=False) + "\n")
    written.append(results)
    summary = out / "summary.json"
    summary.write_text(json.dumps({k: v for k, v in report.items() if k != "questions"}, indent=2))
    written.append(summary)
    written += _charts(report, out)
    md = out / "report.md"
    md.write_text(_markdown(report), encoding="utf-8")
    written.append(md)
    return written


def _markdown(report: dict[str, Any]) -> str:
    lines = [
        "# inspection-qa evaluation",
        "",
        human_summary(report),
        "",
        "![hit@k](hit_at_k.png)",
        "",
        "![latency](latency.png)",
        "",
        "## Retrieval by question type",
        "",
        "| type | hit@1 | hit@5 | hit@10 | mrr@10 |",
        "|---|---|---|---|---|",
    ]
    for t, r in report.get("by_type", {}).items():
        lines.append(
            f"| {t} | {r['hit@1']:.3f} | {r['hit@5']:.3f} | {r['hit@10']:.3f} | {r['mrr@10']:.3f} |"
        )
    systems = {"ours": report.get("by_type", {})} | {
        name: b.get("by_type", {}) for name, b in report.get("baselines", {}).items()
    }
    if len(systems) > 1:
        names = list(systems)
        lines += [
            "",
            "## Retrieval by question type against the baselines (hit@5 / mrr@10)",
            "",
            "| type | " + " | ".join(names) + " |",
            "|---|" + "---|" * len(names),
        ]
        for t in report.get("by_type", {}):
            cells = [
                f"{systems[n][t]['hit@5']:.3f} / {systems[n][t]['mrr@10']:.3f}"
                if t in systems[n]
                else ""
                for n in names
            ]
            lines.append(f"| {t} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "## Answers by question type",
        "",
        "| type | n | abstained | evidence support | completeness |",
        "|---|---|---|---|---|",
    ]
    for t, r in report.get("answers_by_type", {}).items():
        ev = f"{r['evidence_support']:.3f}" if "evidence_support" in r else ""
        comp = f"{r['completeness']:.3f}" if "completeness" in r else ""
        lines.append(f"| {t} | {r['n']} | {r['abstained']:.3f} | {ev} | {comp} |")
    kinds = report.get("abstention_by_kind", {})
    if kinds:
        lines += [
            "",
            "## Abstention by unanswerable kind",
            "",
            "| kind | n | refused |",
            "|---|---|---|",
        ]
        for kind, r in sorted(kinds.items()):
            lines.append(f"| {kind} | {r['n']} | {r['recall']:.3f} |")
    if report.get("calibration", {}).get("bins"):
        lines += [
            "",
            "## Calibration of the answerability score",
            "",
            "![calibration](calibration.png)",
        ]
    naive = report.get("baselines", {}).get("naive_langchain", {})
    if naive.get("skipped"):
        lines += ["", f"Naive LangChain baseline skipped: {naive['skipped']}"]
    lines += [
        "",
        "## Worst questions",
        "",
        "Answerable questions whose evidence was not in the top 10, then the lowest "
        "ranked, with what was retrieved instead.",
        "",
    ]
    worst = sorted(
        (q for q in report["questions"] if "retrieval" in q),
        key=lambda q: -(q["retrieval"]["rank"] or 99),
    )[:15]
    for q in worst:
        lines.append(f"### {q['id']} ({q['type']}): rank {q['retrieval']['rank']}")
        lines.append(f"> {q['question']}")
        for r in q.get("retrieved", []):
            lines.append(f"- `{r['doc_id']}`: {' '.join(r['text'].split())[:200]}…")
        lines.append("")
    wrong_abst = [
        q
        for q in report["questions"]
        if q["type"] == "unanswerable" and not q["answer"]["abstained"]
    ]
    if wrong_abst:
        lines += ["## Unanswerable questions that were answered anyway", ""]
        for q in wrong_abst:
            lines.append(f"- **{q['id']}**: {q['question']} -> {q['answer']['answer'][:200]}")
    return "\n".join(lines) + "\n"


def _charts(report: dict[str, Any], out: Path) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    paths: list[Path] = []
    fig, ax = plt.subplots(figsize=(6, 4))
    ks = list(range(1, 11))
    ax.plot(ks, report["hit_curve"], marker="o", label="system (hybrid)")
    for name, b in report.get("baselines", {}).items():
        if "hit_curve" in b:
            ax.plot(ks, b["hit_curve"], marker=".", label=name)
    ax.set(xlabel="k", ylabel="evidence hit@k", ylim=(0, 1), title="Evidence hit@k")
    ax.legend()
    ax.grid(alpha=0.3)
    p = out / "hit_at_k.png"
    fig.tight_layout()
    fig.savefig(p, dpi=100)
    plt.close(fig)
    paths.append(p)

    fig, ax = plt.subplots(figsize=(6, 4))
    lat = report.get("latencies", {})
    ax.hist([lat.get("search", []), lat.get("ask", [])], bins=30, label=["search", "ask"])
    ax.set(xlabel="ms (warm)", ylabel="questions", title="Latency")
    ax.legend()
    p = out / "latency.png"
    fig.tight_layout()
    fig.savefig(p, dpi=100)
    plt.close(fig)
    paths.append(p)

    bins = report.get("calibration", {}).get("bins", [])
    if bins:
        fig, ax = plt.subplots(figsize=(5, 5))
        mids = [(b["lo"] + b["hi"]) / 2 for b in bins]
        ax.plot([0, 1], [0, 1], ls="--", color="grey", label="perfect calibration")
        ax.scatter(mids, [b["answerable"] for b in bins], s=[20 + 4 * b["n"] for b in bins])
        ax.plot(mids, [b["answerable"] for b in bins], marker="o", label="observed")
        ax.set(
            xlabel="answerability score (confidence)",
            ylabel="share answerable",
            xlim=(0, 1),
            ylim=(0, 1),
            title="Reliability (marker size: questions)",
        )
        ax.legend()
        p = out / "calibration.png"
        fig.tight_layout()
        fig.savefig(p, dpi=100)
        plt.close(fig)
        paths.append(p)
    return paths


def compare(old_dir: Path, report: dict[str, Any]) -> dict[str, Any]:
    """Question by question: what got better or worse since an earlier `--out` run."""
    old_path = old_dir / "results.jsonl"
    if not old_path.is_file():
        from rag.errors import ConfigError

        raise ConfigError(f"{old_dir} has no results.jsonl (give a folder written by --out)")
    old = {q["id"]: q for q in map(json.loads, old_path.read_text().splitlines()) if q}
    better: list[dict[str, Any]] = []
    worse: list[dict[str, Any]] = []
    for q in report["questions"]:
        prev = old.get(q["id"])
        if prev is None:
            continue
        change = _change(prev, q)
        if change is None:
            continue
        (better if change["delta"] > 0 else worse).append(change)
    summary = old_dir / "summary.json"
    before = json.loads(summary.read_text()) if summary.is_file() else {}
    metrics = {
        k: {"before": before.get("retrieval", {}).get(k), "after": report["retrieval"][k]}
        for k in RETRIEVAL_KEYS
        if k in report["retrieval"]
    }
    return {
        "better": better,
        "worse": worse,
        "metrics": metrics,
        "compared": len([q for q in report["questions"] if q["id"] in old]),
    }


def _score(q: dict[str, Any]) -> float:
    rank = (q.get("retrieval") or {}).get("rank")
    rr = 1.0 / rank if rank else 0.0
    answer = q.get("answer") or {}
    if q.get("type") == "unanswerable":
        return 1.0 if answer.get("abstained") else 0.0
    return rr + (answer.get("token_f1") or 0.0)


def _change(prev: dict[str, Any], now: dict[str, Any]) -> dict[str, Any] | None:
    delta = round(_score(now) - _score(prev), 4)
    if abs(delta) < 1e-6:
        return None
    return {
        "id": now["id"],
        "question": now["question"],
        "delta": delta,
        "rank_before": (prev.get("retrieval") or {}).get("rank"),
        "rank_after": (now.get("retrieval") or {}).get("rank"),
        "abstained_before": (prev.get("answer") or {}).get("abstained"),
        "abstained_after": (now.get("answer") or {}).get("abstained"),
    }


def compare_text(diff: dict[str, Any]) -> str:
    lines = [f"Compared {diff['compared']} questions with the earlier run."]
    for k, v in diff["metrics"].items():
        if v["before"] is not None:
            lines.append(f"  {k}: {v['before']:.3f} -> {v['after']:.3f}")
    for label, items in (("Better", diff["better"]), ("Worse", diff["worse"])):
        lines.append(f"{label}: {len(items)}")
        for c in sorted(items, key=lambda c: -abs(c["delta"]))[:20]:
            lines.append(
                f"  {c['id']}: rank {c['rank_before']} -> {c['rank_after']}, "
                f"abstained {c['abstained_before']} -> {c['abstained_after']}"
            )
    return "\n".join(lines)
