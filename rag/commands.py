"""Command implementations behind the CLI: call the library, format the result."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rag.errors import ConfigError
from rag.settings import Settings


def _stderr_progress(done: int, total: int, name: str) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r[{done}/{total}] {name[:70]:<70}")
        if done == total:
            sys.stderr.write("\n")
    elif done == total or done % 50 == 0:
        sys.stderr.write(f"ingest: {done}/{total} files parsed\n")


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from ingest.pipeline import ingest_paths

    paths = [Path(p) for p in args.paths] or [Path("corpus")]
    report = ingest_paths(settings, paths, progress=_stderr_progress)
    lines = [
        f"{report.documents} documents, {report.chunks} chunks in "
        f"{settings.chroma_url or settings.db}",
        f"added {report.added}, updated {report.updated}, unchanged {report.unchanged}, "
        f"removed {report.removed} ({report.seconds:.1f}s)",
    ]
    if report.repaired:
        lines.append(f"repaired {report.repaired} leftovers of an interrupted ingest")
    for failure in report.failed:
        lines.append(f"FAILED {failure['path']}: {failure['error']}")
    from rag.cli import emit

    emit(args, report.as_json(), "\n".join(lines))
    return report.exit_code


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    raise ConfigError("search is not available yet")


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    raise ConfigError("ask is not available yet")
