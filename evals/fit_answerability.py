"""Fit the answerability score on tuning questions: `python -m evals.fit_answerability
--db DIR TUNE.jsonl [...]` writes rag/answerability.json.

Logistic regression (evidence weights bounded at zero from below) over the features of
`rag.answerability`, label = the question is answerable. Cross-validation is grouped by
document (a document's questions never sit on both sides), and the refusal threshold is
chosen on the cross-validated predictions of the tuning split only: the highest abstention
recall whose added wrongly-refused share of answerable questions stays within the target.
Test splits are never read here.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

from evals.run import load_questions
from rag.answerability import DEFAULT_PATH, FEATURES, Answerability
from rag.service import Service
from rag.settings import Settings


def collect(service: Service, questions) -> tuple[list[dict], list[bool], list[str], list[bool]]:
    """Features, labels, groups, and whether a hard rule (scope, names, answer kind) already
    refused the question (those rows have no features, or say `ruled`)."""
    feats, labels, groups, ruled = [], [], [], []
    for q in questions:
        result = service.ask(q.question)
        feats.append(result.features)
        labels.append(q.answerable)
        groups.append(q.group or q.id)
        ruled.append(result.abstained and (not result.features or "ruled" in result.features))
    return feats, labels, groups, ruled


# Evidence features can only make an answer more likely (their weights are bounded at 0 from
# below); the question-kind indicators may go either way. Without the bounds, on-topic near
# misses teach the model that covering the question's words is a sign of no answer.
MONOTONE = frozenset(
    {
        "best_score",
        "strength",
        "typed",
        "about",
        "coverage",
        "terms_in_passages",
        "terms_in_top",
        "sentence_coverage",
    }
)
# ... and a missing rare term can only make it less likely.
ANTITONE = frozenset({"missing_rare"})


class BoundedLogistic:
    """Class-balanced, L2-regularised logistic regression with sign constraints (scipy)."""

    def __init__(self, c: float = 1.0) -> None:
        self.c = c
        self.coef_ = np.zeros((1, len(FEATURES)))
        self.intercept_ = np.zeros(1)

    def fit(self, x: np.ndarray, y: np.ndarray) -> BoundedLogistic:
        from scipy.optimize import minimize

        pos = max(1, int(y.sum()))
        neg = max(1, len(y) - pos)
        sample_w = np.where(y == 1, len(y) / (2 * pos), len(y) / (2 * neg))

        def loss(params: np.ndarray) -> tuple[float, np.ndarray]:
            w, b = params[:-1], params[-1]
            z = x @ w + b
            p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
            eps = 1e-9
            ll = -np.sum(sample_w * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)))
            reg = 0.5 / self.c * float(w @ w)
            grad_z = sample_w * (p - y)
            grad = np.concatenate([x.T @ grad_z + w / self.c, [grad_z.sum()]])
            return float(ll + reg), grad

        bounds = [
            (0.0, None) if f in MONOTONE else (None, 0.0) if f in ANTITONE else (None, None)
            for f in FEATURES
        ]
        bounds.append((None, None))
        res = minimize(
            loss, np.zeros(len(FEATURES) + 1), jac=True, bounds=bounds, method="L-BFGS-B"
        )
        self.coef_ = res.x[:-1][None, :]
        self.intercept_ = res.x[-1:]
        return self

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        p = 1 / (1 + np.exp(-np.clip(x @ self.coef_[0] + self.intercept_[0], -30, 30)))
        return np.stack([1 - p, p], axis=1)


def fit(feats, labels, groups, ruled, *, max_false_refusal: float) -> Answerability:
    from sklearn.model_selection import GroupKFold

    rows = [i for i, r in enumerate(ruled) if not r]
    x = np.array([[feats[i].get(f, 0.0) for f in FEATURES] for i in rows], dtype=float)
    y = np.array([labels[i] for i in rows], dtype=int)
    g = np.array([groups[i] for i in rows])
    means, scales = x.mean(axis=0), x.std(axis=0)
    scales[scales == 0] = 1.0
    xs = (x - means) / scales
    cv = np.zeros(len(rows))
    folds = min(5, len(set(g)))
    for train, test in GroupKFold(n_splits=folds).split(xs, y, g):
        model = BoundedLogistic().fit(xs[train], y[train])
        cv[test] = model.predict_proba(xs[test])[:, 1]
    n_answerable = sum(labels)
    ruled_false = sum(1 for r, lab in zip(ruled, labels, strict=True) if r and lab)
    ruled_true = sum(1 for r, lab in zip(ruled, labels, strict=True) if r and not lab)
    n_unanswerable = len(labels) - n_answerable
    best_t, best = 0.0, (-1.0, 0.0)
    for t in np.unique(np.concatenate([[0.0], cv])):
        refused = cv < t
        false = int(np.sum(refused & (y == 1)))  # refusals the score adds (rules are fixed)
        caught = ruled_true + int(np.sum(refused & (y == 0)))
        rate = false / max(1, n_answerable)
        recall = caught / max(1, n_unanswerable)
        if rate <= max_false_refusal and (recall, -t) > (best[0], -best_t):
            best_t, best = float(t), (recall, rate)
    model = BoundedLogistic().fit(xs, y)
    info = {
        "fitted_on": "tuning split only",
        "n_questions": len(labels),
        "n_scored": len(rows),
        "n_refused_by_rules": int(sum(ruled)),
        "cv": f"GroupKFold by document, {folds} folds",
        "cv_abstention_recall": round(best[0], 4),
        "cv_wrongly_abstained_by_score": round(best[1], 4),
        "wrongly_abstained_by_rules": round(ruled_false / max(1, n_answerable), 4),
        "abstention_recall_by_rules": round(ruled_true / max(1, n_unanswerable), 4),
        "threshold": round(best_t, 4),
        "max_false_refusal": max_false_refusal,
    }
    return Answerability(
        tuple(float(w) for w in model.coef_[0]),
        float(model.intercept_[0]),
        best_t,
        tuple(float(v) for v in means),
        tuple(float(v) for v in scales),
        info,
    )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m evals.fit_answerability")
    p.add_argument("questions", nargs="+", type=Path, help="tuning question sets")
    p.add_argument("--db", action="append", required=True, help="index folder(s), one per set")
    p.add_argument("--out", type=Path, default=DEFAULT_PATH)
    p.add_argument(
        "--max-false-refusal",
        type=float,
        default=0.03,
        help="share of answerable questions the score may refuse on top of the rules",
    )
    args = p.parse_args(argv)
    if len(args.db) not in (1, len(args.questions)):
        p.error("give one --db, or one per question set")
    feats, labels, groups, ruled = [], [], [], []
    for i, path in enumerate(args.questions):
        db = args.db[i if len(args.db) > 1 else 0]
        settings = Settings.from_env(dict(os.environ), db=db)
        settings = replace(settings, answerability=False)
        service = Service.open(settings)
        f, lab, g, r = collect(service, load_questions([path]))
        feats += f
        labels += lab
        groups += [f"{path.stem}:{x}" for x in g]
        ruled += r
    scorer = fit(feats, labels, groups, ruled, max_false_refusal=args.max_false_refusal)
    args.out.write_text(json.dumps(scorer.to_json(), indent=2) + "\n", encoding="utf-8")
    print(json.dumps(scorer.info, indent=2))
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
