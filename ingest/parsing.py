"""Run loaders in worker processes with a per-file time limit.

A parser that hangs or crashes (deep recursion in a hostile PDF, a C extension fault, the
OOM killer) takes its worker with it, not the ingest: the file is reported ("the parser
process died (signal 9)"), a fresh worker takes its place and the rest of the batch goes on.

Each worker is one process with its own pipe, watched through its pipe and its process
sentinel, so a dead or stuck worker is seen at once and killed without touching any lock it
might have held (multiprocessing.Pool's terminate() can block forever on such a lock).
Workers ask the kernel to kill them when the ingest process dies (PR_SET_PDEATHSIG), and
also exit when they notice their parent has gone: no orphans.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import multiprocessing
import os
import queue
import signal
import threading
import time
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, TypeVar

from ingest.document import Parsed
from ingest.loaders import load_file
from rag.errors import IngestError

log = logging.getLogger(__name__)
_PR_SET_PDEATHSIG = 1
# How often a waiting dispatcher looks up to see whether its consumer has stopped.
_POLL_S = 0.2
T = TypeVar("T")


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


def _die_with_parent(parent: int) -> None:
    """Linux: the kernel kills this worker when its parent dies. Elsewhere, and as a
    second line, a thread that exits when the parent is gone."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        log.debug("prctl is not available; relying on the parent watch")

    def watch() -> None:
        while True:
            if os.getppid() != parent:
                os._exit(1)
            time.sleep(1.0)

    threading.Thread(target=watch, daemon=True).start()


def _serve(conn: Connection, parent: int) -> None:
    _die_with_parent(parent)
    while True:
        try:
            path = conn.recv()
        except (EOFError, OSError):
            return
        if path is None:
            return
        conn.send(_parse(path))


class _Worker:
    def __init__(self, ctx: Any) -> None:
        here, there = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(there, os.getpid()), daemon=True)
        self.proc.start()
        there.close()
        self.conn: Connection = here
        self.task: tuple[int, float] | None = None  # input position, deadline

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(timeout=5)
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):  # already gone: kill() reaps it
            self.conn.send(None)
        self.proc.join(timeout=2)
        self.kill()


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        return f"the parser process died (signal {-exitcode}); the file was skipped"
    return f"the parser process died (exit code {exitcode}); the file was skipped"


class _Raised:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


_END = object()


def read_ahead(make: Callable[[threading.Event], Iterator[T]], depth: int) -> Iterator[T]:
    """The items of `make(stop)`, produced by a background thread up to `depth` ahead of the
    consumer: the parse workers keep parsing while the ingest embeds what they gave. An
    error in the producer is raised in the consumer; a consumer that stops early (an error,
    a break) sets `stop` and waits for the producer to notice, so nothing runs on after."""
    handoff: queue.Queue[object] = queue.Queue(maxsize=max(1, depth))
    stop = threading.Event()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                handoff.put(item, timeout=_POLL_S)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        items = make(stop)
        try:
            for item in items:
                if not put(item):
                    return
            put(_END)
        except BaseException as exc:  # handed to the consumer and raised there
            put(_Raised(exc))
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()

    thread = threading.Thread(target=produce, name="parse-ahead", daemon=True)
    thread.start()
    try:
        while True:
            got = handoff.get()
            if got is _END:
                return
            if isinstance(got, _Raised):
                raise got.exc
            yield got  # type: ignore[misc]
    finally:
        stop.set()
        thread.join()


class ParsePool:
    """Worker processes; `parse_all` yields (path, Parsed | error) in input order, with up
    to `ahead` results parsed before they are asked for (0: only on demand)."""

    def __init__(self, workers: int = 2, timeout_s: float = 60.0, ahead: int = 0) -> None:
        self.workers = max(1, workers)
        self.timeout_s = timeout_s
        self.ahead = ahead
        self._readers: list[Iterator[tuple[Path, Parsed | str]]] = []
        # spawn: a clean interpreter (no inherited model threads or locks), and the worker
        # is the ingest's own child, so PR_SET_PDEATHSIG ties it to the ingest.
        self._ctx = multiprocessing.get_context("spawn")
        self._pool: list[_Worker] = []

    def worker_pids(self) -> list[int]:
        return [w.proc.pid for w in self._pool if w.proc.pid is not None]

    def _stop_readers(self) -> None:
        """Stop any read-ahead thread before its workers go (it must not replace them)."""
        for reader in self._readers:
            close = getattr(reader, "close", None)
            if close is not None:
                close()
        self._readers = []

    def close(self) -> None:
        self._stop_readers()
        for w in self._pool:
            w.stop()
        self._pool = []

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.close()
        else:
            self._stop_readers()
            for w in self._pool:
                w.kill()
            self._pool = []

    def _replace(self, w: _Worker) -> None:
        w.kill()
        self._pool[self._pool.index(w)] = _Worker(self._ctx)

    def parse_all(self, paths: list[Path]) -> Iterator[tuple[Path, Parsed | str]]:
        if self.ahead <= 0:
            return self._in_order(paths, None)
        reader = read_ahead(lambda stop: self._in_order(paths, stop), self.ahead)
        self._readers.append(reader)
        return reader

    def _in_order(
        self, paths: list[Path], stop: threading.Event | None
    ) -> Iterator[tuple[Path, Parsed | str]]:
        while len(self._pool) < min(self.workers, max(1, len(paths))):
            self._pool.append(_Worker(self._ctx))
        results: dict[int, Parsed | str] = {}
        next_i = emitted = 0
        while emitted < len(paths):
            if stop is not None and stop.is_set():
                return
            for w in self._pool:
                if w.task is None and next_i < len(paths):
                    try:
                        w.conn.send(str(paths[next_i]))
                    except (OSError, ValueError):
                        self._replace(w)  # died while idle: retry with a fresh worker
                        continue
                    w.task = (next_i, time.monotonic() + self.timeout_s)
                    next_i += 1
            busy = [w for w in self._pool if w.task is not None]
            if busy:
                timeout = max(0.0, min(w.task[1] for w in busy if w.task) - time.monotonic())
                if stop is not None:
                    timeout = min(timeout, _POLL_S)  # notice a consumer that has stopped
                wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout=timeout)
            for w in busy:
                assert w.task is not None
                index, deadline = w.task
                outcome: Parsed | str | None = None
                if w.conn.poll():
                    try:
                        outcome = w.conn.recv()
                    except (EOFError, OSError):
                        w.proc.join(timeout=1)
                        outcome = _death(w.proc.exitcode)
                        self._replace(w)
                elif not w.proc.is_alive():
                    w.proc.join(timeout=1)
                    outcome = _death(w.proc.exitcode)
                    log.warning("parsing %s: %s", paths[index], outcome)
                    self._replace(w)
                elif time.monotonic() >= deadline:
                    log.warning("parsing %s timed out after %.0fs", paths[index], self.timeout_s)
                    outcome = f"parsing took longer than {self.timeout_s:g}s and was stopped"
                    self._replace(w)
                if outcome is not None:
                    w.task = None
                    results[index] = outcome
            while emitted in results:
                yield paths[emitted], results.pop(emitted)
                emitted += 1
