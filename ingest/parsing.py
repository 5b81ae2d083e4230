"""Run loaders in worker processes with a per-file time limit.

A parser that hangs or crashes (deep recursion in a hostile PDF, a C extension fault) takes
its worker with it, not the ingest: the pool is torn down and rebuilt, and the file is
reported as failed.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Iterator
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path

from ingest.document import Parsed
from ingest.loaders import load_file
from rag.errors import IngestError

log = logging.getLogger(__name__)


def _parse(path: str) -> Parsed | str:
    """Worker body: a Parsed, or the one-line reason it failed."""
    try:
        return load_file(Path(path))
    except IngestError as exc:
        return str(exc)
    except RecursionError:
        return "the file is too deeply nested to parse"
    except MemoryError:
        return "the file needs too much memory to parse"
    except Exception as exc:  # a loader bug must fail one file, not the batch
        return f"could not parse the file ({type(exc).__name__}: {str(exc)[:120]})"


class ParsePool:
    """A small process pool; `parse_all` yields (path, Parsed | error) in input order."""

    def __init__(self, workers: int = 2, timeout_s: float = 60.0) -> None:
        self.workers = max(1, workers)
        self.timeout_s = timeout_s
        self._ctx = multiprocessing.get_context("forkserver")
        self._ctx.set_forkserver_preload(["ingest.parsing"])
        self._pool: Pool | None = None

    def _ensure(self) -> Pool:
        if self._pool is None:
            self._pool = self._ctx.Pool(self.workers, maxtasksperchild=200)
        return self._pool

    def _reset(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self._reset() if exc[0] else self.close()

    def parse_all(self, paths: list[Path]) -> Iterator[tuple[Path, Parsed | str]]:
        pending = list(paths)
        window = self.workers * 4
        while pending:
            pool = self._ensure()
            batch = pending[:window]
            futures: list[AsyncResult[Parsed | str]] = [
                pool.apply_async(_parse, (str(p),)) for p in batch
            ]
            for i, (path, future) in enumerate(zip(batch, futures, strict=True)):
                try:
                    result = future.get(timeout=self.timeout_s)
                except multiprocessing.TimeoutError:
                    log.warning("parsing %s timed out after %.0fs", path, self.timeout_s)
                    self._reset()
                    yield path, f"parsing took longer than {self.timeout_s:g}s and was stopped"
                    pending = batch[i + 1 :] + pending[len(batch) :]
                    break
                yield path, result
            else:
                pending = pending[len(batch) :]
