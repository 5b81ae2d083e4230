"""A guard on every HTTP request to a Chroma server (server mode).

chromadb's HttpClient sends its requests with no timeout, so a server that is frozen
(stopped, swapped out, behind a dead network link) hangs a question or an ingest forever,
and a server that went away surfaces as a raw httpx error with a traceback. The guard is an
httpx transport wrapped around the client's own:

- every request has a timeout;
- a failure becomes `BackendUnavailable`, whose message says what to do;
- for `retry_s` after a failure, requests are refused at once instead of waiting again, so
  the questions behind the first fall back to the local copy of the index without delay;
  after that one short heartbeat decides whether the server is back (no restart needed).
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

import httpx

from rag.errors import BackendUnavailable

log = logging.getLogger(__name__)

HEARTBEAT_PATH = "/api/v2/heartbeat"


class ChromaServerGuard(httpx.BaseTransport):
    """Timeouts, clear errors and fail-fast for one Chroma server (see the module doc)."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        url: str,
        *,
        retry_s: float = 5.0,
        probe_timeout_s: float = 2.0,
        clock: Any = time.monotonic,
    ) -> None:
        self.inner = inner
        self.url = url
        self.retry_s = retry_s
        self.probe_timeout_s = probe_timeout_s
        self.clock = clock
        self._down_since: float | None = None
        self._retry_at = 0.0
        self._why = ""
        self._probing = threading.Lock()

    @property
    def down(self) -> bool:
        return self._down_since is not None

    def _error(self, why: str) -> BackendUnavailable:
        return BackendUnavailable(
            f"the Chroma server at {self.url} did not answer ({why}): check that `chroma run` "
            "is up, then try again (an interrupted ingest is repaired by running it again)"
        )

    def _mark_down(self, why: str) -> None:
        if self._down_since is None:
            log.warning("the Chroma server at %s did not answer (%s)", self.url, why)
            self._down_since = self.clock()
        self._why = why
        self._retry_at = self.clock() + self.retry_s

    def _probe(self, request: httpx.Request) -> bool:
        """One heartbeat with a short timeout: is the server back?"""
        t = self.probe_timeout_s
        probe = httpx.Request(
            "GET",
            request.url.copy_with(path=HEARTBEAT_PATH, query=None),
            extensions={"timeout": {"connect": t, "read": t, "write": t, "pool": t}},
        )
        try:
            response = self.inner.handle_request(probe)
            response.read()
            response.close()
        except httpx.TransportError as exc:
            self._mark_down(type(exc).__name__)
            return False
        ok = response.status_code < 500
        if not ok:
            self._mark_down(f"HTTP {response.status_code}")
        return ok

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._down_since is not None:
            if self.clock() < self._retry_at or not self._probing.acquire(blocking=False):
                raise self._error(self._why)  # another thread is checking, or too soon
            try:
                if not self._probe(request):
                    raise self._error(self._why)
                log.warning("the Chroma server at %s answers again", self.url)
                self._down_since = None
            finally:
                self._probing.release()
        try:
            return self.inner.handle_request(request)
        except httpx.TransportError as exc:  # refused, reset, timed out: all "not answering"
            self._mark_down(type(exc).__name__)
            raise self._error(type(exc).__name__) from exc

    def close(self) -> None:
        self.inner.close()


def guard_client(client: Any, url: str, *, timeout_s: float, retry_s: float = 5.0) -> bool:
    """Put the guard and a timeout on a chromadb HttpClient's HTTP session. chromadb has no
    setting for either, so this reaches its session (`client._server._session`); False (and
    a warning) if a chromadb version lays it out differently. Idempotent: clients with the
    same settings share one session."""
    session = getattr(getattr(client, "_server", None), "_session", None)
    if not isinstance(session, httpx.Client):
        log.warning("cannot set a timeout on this chromadb client: a frozen server may hang")
        return False
    session.timeout = httpx.Timeout(timeout_s, connect=min(timeout_s, 3.0))
    inner = session._transport
    if not isinstance(inner, ChromaServerGuard):
        session._transport = ChromaServerGuard(inner, url, retry_s=retry_s)
    return True
