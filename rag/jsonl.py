"""Reading JSONL files of question objects (batches, question sets) with clear errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rag.errors import ConfigError


def read_questions(path: Path, what: str = "batch file") -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line; every object needs a "question"."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read {what} {path}: {exc.strerror}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
        if not isinstance(item, dict) or "question" not in item:
            raise ConfigError(f'{path}:{number}: each line needs a "question" field')
        yield number, item
