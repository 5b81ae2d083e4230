"""Ingest progress for the command line: files parsed and chunks embedded, on stderr.

The pipeline only calls back (library code never prints); this turns the calls into lines.
On a terminal one line is rewritten in place; in a log (not a terminal) a line every few
seconds and a last one at the end, so a first ingest of the corpus is never silent."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO


class IngestProgress:
    """Pass `parsed` and `embedded` to `ingest_paths`, then call `done()`."""

    def __init__(
        self,
        stream: TextIO | None = None,
        every_s: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.every_s = every_s
        self.clock = clock
        self.files = (0, 0)
        self.chunks = (0, 0)
        self.name = ""
        self._last: float | None = None  # when a log line was last written
        self._dirty = False  # something reported since the last line

    def parsed(self, done: int, total: int, name: str) -> None:
        self.files, self.name = (done, total), name
        self._show()

    def embedded(self, done: int, found: int) -> None:
        self.chunks = (done, found)
        self._show()

    def line(self) -> str:
        done, total = self.files
        out = f"ingest: parsed {done}/{total} files"
        if self.chunks[1]:
            out += f", embedded {self.chunks[0]}/{self.chunks[1]} chunks"
        return out

    def done(self) -> None:
        """The last line (the final counts), if anything was reported."""
        if self._last is None and not self._dirty:
            return
        if self._tty():
            self.stream.write(f"\r{self.line():<100}\n")
        elif self._dirty:
            self.stream.write(self.line() + "\n")
        self.stream.flush()
        self._dirty = False

    def _tty(self) -> bool:
        return bool(getattr(self.stream, "isatty", lambda: False)())

    def _show(self) -> None:
        self._dirty = True
        if self._tty():
            self.stream.write(f"\r{self.line()}  {self.name[-40:]:<40}")
            self._last = self.clock()
        else:
            now = self.clock()
            if self._last is not None and now - self._last < self.every_s:
                return
            self.stream.write(self.line() + "\n")
            self._last, self._dirty = now, False
        self.stream.flush()
