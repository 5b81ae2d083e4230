"""Ingest progress: the pipeline calls back (parsed files, embedded chunks) and the CLI's
reporter turns the calls into stderr lines; library code prints nothing."""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import pytest

from ingest import pipeline
from ingest.pipeline import ingest_paths
from rag.embedding import HashEmbedder
from ui.progress import IngestProgress


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_the_pipeline_reports_files_parsed_and_chunks_embedded(
    memory_index, small_corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setattr(pipeline, "EMBED_REPORT_EVERY", 4)  # several slices per document
    parsed: list[tuple[int, int]] = []
    embedded: list[tuple[int, int]] = []
    report = ingest_paths(
        memory_index.settings,
        [small_corpus],
        embedder=HashEmbedder(),
        index=memory_index,
        progress=lambda done, total, name: parsed.append((done, total)),
        embedded=lambda done, found: embedded.append((done, found)),
    )
    files = report.added
    assert parsed == [(i, files) for i in range(1, files + 1)]
    assert embedded[-1] == (report.chunks, report.chunks)
    steps = list(itertools.pairwise(embedded))
    assert steps and all(0 < b[0] - a[0] <= 4 and b[0] <= b[1] for a, b in steps)
    assert capsys.readouterr() == ("", "")  # the library prints nothing


def test_the_reporter_writes_a_line_every_few_seconds_and_the_final_counts() -> None:
    out, clock = io.StringIO(), Clock()
    shown = IngestProgress(out, every_s=5, clock=clock)
    shown.parsed(1, 45, "corpus/a.md")
    shown.embedded(8, 8)  # within 5 s of the last line: not written
    clock.now = 6
    shown.parsed(2, 45, "corpus/b.md")
    clock.now = 7
    shown.embedded(120, 131)
    shown.parsed(45, 45, "corpus/z.md")
    shown.embedded(349, 349)
    shown.done()
    assert out.getvalue().splitlines() == [
        "ingest: parsed 1/45 files",
        "ingest: parsed 2/45 files, embedded 8/8 chunks",
        "ingest: parsed 45/45 files, embedded 349/349 chunks",
    ]


def test_the_reporter_rewrites_one_line_on_a_terminal_and_is_silent_with_nothing_to_do() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    out = Terminal()
    shown = IngestProgress(out)
    shown.parsed(1, 2, "corpus/a.md")
    shown.embedded(9, 9)
    shown.done()
    text = out.getvalue()
    assert text.count("\n") == 1 and text.endswith("\n")
    assert "\ringest: parsed 1/2 files  corpus/a.md" in text
    assert "\ringest: parsed 1/2 files, embedded 9/9 chunks" in text
    quiet = io.StringIO()
    IngestProgress(quiet).done()  # an ingest with nothing to parse prints nothing
    assert quiet.getvalue() == ""
