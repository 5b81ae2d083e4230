"""The command line on a first ingest and on ordinary calls: progress for parsing and
embedding on stderr, and no model-loading bars ("Loading weights", tqdm) unless --verbose.
Real model, real subprocesses; `ask` runs on a pseudo-terminal, where bars would show."""

from __future__ import annotations

import os
import pty
import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import CORPUS, ROOT

BARS = re.compile(r"Loading weights|Batches|\d+%\|| it/s|s/it")


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INSPECTION_QA_")}
    return env | {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}


def _on_a_terminal(args: list[str]) -> tuple[int, str]:
    """Run the CLI with stderr on a pseudo-terminal; its exit code and what it wrote there."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "ui.cli", *args], cwd=ROOT, env=_env(),
        stdout=subprocess.DEVNULL, stderr=slave, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return proc.wait(timeout=300), b"".join(chunks).decode(errors="replace")


def test_first_ingest_shows_progress_and_ordinary_calls_show_no_bars(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("kent-peel-2021-22.md", "dc-peel-2021-22.md"):
        shutil.copy(CORPUS / "sample" / name, docs / name)
    db = tmp_path / "index"
    done = subprocess.run(
        [sys.executable, "-m", "ui.cli", "ingest", str(docs), "--db", str(db)],
        cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert lines[0] == "ingest: parsed 1/2 files", done.stderr
    final = re.fullmatch(r"ingest: parsed 2/2 files, embedded (\d+)/(\d+) chunks", lines[-1])
    assert final and final[1] == final[2], done.stderr
    assert f"{final[1]} chunks in" in done.stdout
    assert not BARS.search(done.stderr)
    # An ordinary call, on a terminal: the answer and nothing else, no bars.
    code, err = _on_a_terminal(["ask", "How was Kent graded for investigating crime?",
                                "--db", str(db)])  # fmt: skip
    assert code == 0, err
    assert not BARS.search(err), err
    # A second ingest has nothing to parse: no progress lines at all.
    again = subprocess.run(
        [sys.executable, "-m", "ui.cli", "ingest", str(docs), "--db", str(db)],
        cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert again.returncode == 0 and "parsed" not in again.stderr, again.stderr
