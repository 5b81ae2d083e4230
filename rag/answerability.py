"""One answerability score: is what the answerer found an answer to the question asked?

Features come from question analysis and the evidence (below). Their weights are fitted by
logistic regression on labelled questions, with cross-validation grouped by document, and the
refusal threshold is chosen on the tuning split only (`python -m evals.fit_answerability`);
the fitted numbers live in `answerability.json` beside this module, with how they were made.
Scoring is a dot product: no model library at run time.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rag.models import Passage
from rag.question import Analysis, mentions

FEATURES = (
    "best_score",  # the best sentence's score (cosine + word overlap + rank prior, penalties)
    "strength",  # evidence strength: half sentence score, half rare-word coverage
    "typed",  # the best sentence gives an answer of the kind asked (1 when none is asked)
    "about",  # the best sentence is about the question's focus (1 when there is none)
    "coverage",  # IDF-weighted share of the question's words in the evidence
    "terms_in_passages",  # share of the question's content terms any passage names
    "terms_in_top",  # the same for the top passage
    "yesno",  # the question is a yes/no question
    "slot",  # the question asks for one value (number, date, grade, name)
    "listy",  # the question asks for a list or comparison
    "sentence_coverage",  # IDF-weighted share of the question's words in the quoted sentences
    "missing_rare",  # how rare the rarest question term no passage names is (0: none missing)
)
DEFAULT_PATH = Path(__file__).with_name("answerability.json")


def answer_features(
    analysis: Analysis,
    best_score: float,
    strength: float,
    typed: bool,
    about: bool,
    coverage: float,
    passages: Sequence[Passage],
    *,
    sentence_coverage: float = 0.0,
    missing_rare: float = 0.0,
) -> dict[str, float]:
    blob = " ".join(p.text for p in passages)
    top = passages[0].text if passages else ""
    return {
        "best_score": best_score,
        "strength": strength,
        "typed": float(typed),
        "about": float(about),
        "coverage": coverage,
        "terms_in_passages": mentions(analysis.terms, blob),
        "terms_in_top": mentions(analysis.terms, top),
        "yesno": float(analysis.kind == "yesno"),
        "slot": float(analysis.slot),
        "listy": float(analysis.kind in ("list", "comparison")),
        "sentence_coverage": sentence_coverage,
        "missing_rare": missing_rare,
    }


@dataclass(frozen=True)
class Answerability:
    weights: tuple[float, ...]
    bias: float
    threshold: float
    means: tuple[float, ...]
    scales: tuple[float, ...]
    info: dict[str, Any]

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias
        for name, w, mu, sd in zip(FEATURES, self.weights, self.means, self.scales, strict=True):
            z += w * (features.get(name, 0.0) - mu) / (sd or 1.0)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def load(cls, path: Path = DEFAULT_PATH) -> Answerability | None:
        """The fitted scorer, or None when none was fitted (the plain threshold applies)."""
        if not path.is_file():
            return None
        raw = json.loads(path.read_text(encoding="utf-8"))
        if tuple(raw.get("features", ())) != FEATURES:
            return None  # fitted on another feature set: refit before use
        return cls(
            tuple(raw["weights"]),
            float(raw["bias"]),
            float(raw["threshold"]),
            tuple(raw["means"]),
            tuple(raw["scales"]),
            dict(raw.get("info", {})),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "features": list(FEATURES),
            "weights": list(self.weights),
            "bias": self.bias,
            "threshold": self.threshold,
            "means": list(self.means),
            "scales": list(self.scales),
            "info": self.info,
        }
