"""Ledger extraction against a hand-labelled gold set: `python -m evals.ledger_eval --db DIR
[GOLD.jsonl]` (default: evals/heldout/ledger_gold.jsonl). Reports precision and recall of
findings (matched by report, kind and number, or by their opening words), deadline and
addressee accuracy, declared counts, and response-link accuracy (status per response)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from rag.service import Service
from rag.settings import Settings

GOLD = Path(__file__).parent / "heldout" / "ledger_gold.jsonl"
CORPUS_GOLD = Path(__file__).parent / "corpus_ledger_gold.jsonl"
GOLD_SETS = {"heldout": GOLD, "corpus": CORPUS_GOLD}


def read_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def score_held(ledger: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each gold set whose reports the library holds, scored (what `inspection-qa eval`
    reports under "ledger"); sets about documents not ingested are left out."""
    held = {r["doc_id"] for r in ledger["reports"]}
    out: dict[str, dict[str, Any]] = {}
    for name, path in GOLD_SETS.items():
        if not path.exists():
            continue
        rows = read_gold(path)
        docs = {g["doc_id"] for g in rows if g.get("record") == "report"}
        if docs and docs <= held:
            out[name] = score(ledger, rows)
    return out


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def score(ledger: dict[str, Any], gold_rows: list[dict[str, Any]]) -> dict[str, Any]:
    reports = {r["doc_id"]: r for r in ledger["reports"]}
    gold_reports = [g for g in gold_rows if g.get("record") == "report"]
    gold = [g for g in gold_rows if g.get("record") == "finding"]
    docs = {g["doc_id"] for g in gold} | {g["doc_id"] for g in gold_reports}
    predicted = [(d, f) for d in docs for f in reports.get(d, {}).get("findings", [])]
    matched: list[tuple[dict[str, Any], dict[str, Any]]] = []
    used: set[str] = set()
    for g in gold:
        for d, f in predicted:
            if d != g["doc_id"] or f["id"] in used or f["kind"] != g["kind"]:
                continue
            same_number = g.get("number") is not None and f["number"] == g["number"]
            same_text = _norm(f["text"]).startswith(_norm(g["text_start"])[:40])
            if same_number or same_text:
                matched.append((g, f))
                used.add(f["id"])
                break
    n = len(matched)
    deadline_ok = sum(g.get("deadline") == f["deadline"] for g, f in matched)
    addressee_ok = sum(
        _norm(g.get("addressee") or "") == _norm(f["addressee"] or "") for g, f in matched
    )
    links_gold = [(g, f, r) for g, f in matched for r in g.get("responses", [])]
    link_found = sum(
        any(x["doc_id"] == r["doc_id"] for x in f["responses"]) for g, f, r in links_gold
    )
    link_status = sum(
        any(x["doc_id"] == r["doc_id"] and x["status"] == r["status"] for x in f["responses"])
        for g, f, r in links_gold
    )
    declared_ok = sum(
        reports.get(g["doc_id"], {}).get("declared") == g["declared"] for g in gold_reports
    )
    return {
        "findings_gold": len(gold),
        "findings_predicted": len(predicted),
        "precision": round(n / max(1, len(predicted)), 4),
        "recall": round(n / max(1, len(gold)), 4),
        "deadline_accuracy": round(deadline_ok / max(1, n), 4),
        "addressee_accuracy": round(addressee_ok / max(1, n), 4),
        "declared_counts_exact": f"{declared_ok}/{len(gold_reports)}",
        "response_links_found": round(link_found / max(1, len(links_gold)), 4),
        "response_status_accuracy": round(link_status / max(1, len(links_gold)), 4),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m evals.ledger_eval")
    p.add_argument("gold", nargs="?", type=Path, default=GOLD)
    p.add_argument("--db", required=True)
    args = p.parse_args(argv)
    rows = read_gold(args.gold)
    service = Service.open(Settings.from_env(dict(os.environ), db=args.db))
    result = score(service.ledger(), rows)
    sys.stdout.write(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
