"""The guard on requests to a Chroma server: a clear error instead of a raw transport error,
fail-fast while the server is down, and recovery through one heartbeat, over a mock
transport and a fake clock (no server, no sleeping)."""

from __future__ import annotations

import httpx
import pytest

from rag.chroma_http import HEARTBEAT_PATH, ChromaServerGuard, guard_client
from rag.errors import BackendUnavailable


class FakeServer(httpx.BaseTransport):
    """Answers 200 while up; refuses connections while down; records every path asked."""

    def __init__(self) -> None:
        self.up = True
        self.paths: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        if not self.up:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, json={"ok": True})


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _client(server: FakeServer, clock: Clock) -> httpx.Client:
    guard = ChromaServerGuard(server, "http://chroma:8000", retry_s=5.0, clock=clock)
    return httpx.Client(transport=guard, base_url="http://chroma:8000")


def test_a_down_server_is_a_clear_error_then_fails_fast_then_recovers() -> None:
    server, clock = FakeServer(), Clock()
    client = _client(server, clock)
    assert client.get("/api/v2/collections").status_code == 200

    server.up = False
    with pytest.raises(BackendUnavailable, match=r"chroma:8000 did not answer \(ConnectError\)"):
        client.get("/api/v2/collections")
    asked = len(server.paths)
    with pytest.raises(BackendUnavailable, match="chroma run"):
        client.get("/api/v2/collections")  # within the retry window: no request at all
    assert len(server.paths) == asked

    clock.now += 6  # the window is over; the heartbeat fails: refused, window again
    with pytest.raises(BackendUnavailable):
        client.get("/api/v2/collections")
    assert server.paths[-1] == HEARTBEAT_PATH

    server.up = True
    clock.now += 6
    assert client.get("/api/v2/collections").status_code == 200
    assert server.paths[-2:] == [HEARTBEAT_PATH, "/api/v2/collections"]
    assert client.get("/api/v2/collections").status_code == 200  # no heartbeat once up
    assert server.paths[-1] == "/api/v2/collections"


def test_a_timeout_counts_as_down() -> None:
    class Frozen(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            raise httpx.ReadTimeout("timed out", request=request)

    guard = ChromaServerGuard(Frozen(), "http://chroma:8000", clock=Clock())
    client = httpx.Client(transport=guard)
    with pytest.raises(BackendUnavailable, match="ReadTimeout"):
        client.get("http://chroma:8000/api/v2/heartbeat")
    assert guard.down


def test_guard_client_sets_a_timeout_and_wraps_once() -> None:
    """Clients with the same settings share one session: guarding twice wraps once. (The
    integration tests check that a real chromadb client is laid out this way.)"""
    from types import SimpleNamespace

    session = httpx.Client(timeout=None)
    client = SimpleNamespace(_server=SimpleNamespace(_session=session))
    assert guard_client(client, "http://127.0.0.1:9", timeout_s=7.0)
    assert guard_client(client, "http://127.0.0.1:9", timeout_s=7.0)
    assert session.timeout.read == 7.0 and session.timeout.connect == 3.0
    assert isinstance(session._transport, ChromaServerGuard)
    assert not isinstance(session._transport.inner, ChromaServerGuard)
    assert not guard_client(SimpleNamespace(), "http://127.0.0.1:9", timeout_s=7.0)
