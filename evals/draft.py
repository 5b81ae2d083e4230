"""Draft candidate questions from a document for a person to review: sentences with numbers,
dates and named bodies make good factoid questions, and their text is the evidence."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ingest.document import assemble
from ingest.loaders import load_file
from ingest.metadata import slug
from rag.schema import MONTHS, NUMBER_WORDS
from rag.text import sentence_spans

_NUMBER = re.compile(
    r"\b\d[\d,.%]*\b|\b(" + "|".join(w for w, v in NUMBER_WORDS.items() if 0 < v <= 12) + r")\b",
    re.IGNORECASE,
)
_DATE = re.compile(r"\b(" + "|".join(MONTHS) + r")\b|\b(19|20)\d\d\b")
_BODY = re.compile(
    r"\b(HMICFRS|HMIC|Inspectorate|Commissioner|Chief Constable|Home Office|"
    r"Police|Constabulary|College of Policing|NPCC|Council|Panel)\b"
)


def score_sentence(sentence: str) -> int:
    return (
        2 * bool(_NUMBER.search(sentence))
        + bool(_DATE.search(sentence))
        + bool(_BODY.search(sentence))
    )


def draft_questions(path: Path, limit: int = 20) -> list[dict[str, Any]]:
    parsed = load_file(path)
    doc = assemble(parsed.blocks)
    doc_id = parsed.meta.get("id") or slug(path.stem)
    sentences = [doc.text[s:e] for s, e in sentence_spans(doc.text)]
    candidates = [
        (score_sentence(s), i, s)
        for i, s in enumerate(sentences)
        if 8 <= len(s.split()) <= 60 and score_sentence(s) >= 2
    ]
    best = sorted(candidates, key=lambda c: (-c[0], c[1]))[:limit]
    return [
        {
            "id": f"{doc_id}-draft{n}",
            "question": "TODO: a question this sentence answers",
            "answer": "TODO",
            "doc_ids": [doc_id],
            "evidence": " ".join(s.split()),
            "type": "factoid",
        }
        for n, (_, _, s) in enumerate(sorted(best, key=lambda c: c[1]), start=1)
    ]
