"""The Chroma server stopped mid-use, against a real `chroma run`: killed and restarted at
the same address, or frozen (SIGSTOP). Questions get answers with a notice within the
request timeout, never a hang; an ingest cut off gives a clear error and its re-run leaves
the store equal to the manifest; once the server is back, answers recover in the same
process (no restart). The hostile suite's `chroma_restart` part does the same through
`serve` and the CLI."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from evals.servers import chroma_executable, start_chroma
from ingest.pipeline import ingest_paths
from rag.chroma_http import ChromaServerGuard
from rag.embedding import HashEmbedder
from rag.errors import BackendUnavailable
from rag.index import Index
from rag.service import Service
from rag.settings import Settings
from rag.store import ChromaStore, make_client
from tests.conftest import CORPUS

pytestmark = pytest.mark.server

QUESTION = "What did HMICFRS find about Kent Police crime recording?"
TIMEOUT_S = 3.0  # the request timeout these tests give their clients


class Server:
    def __init__(self, tmp_path: Path) -> None:
        if chroma_executable() is None:
            pytest.skip("the chroma command is not installed")
        self.path, self.log = tmp_path / "server", tmp_path / "chroma.log"
        self.url, self.proc = start_chroma(self.path, self.log)
        self.port = int(self.url.rsplit(":", 1)[1])

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()

    def restart(self) -> None:
        _, self.proc = start_chroma(self.path, self.log, port=self.port)

    def close(self) -> None:
        os.kill(self.proc.pid, signal.SIGCONT)
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@pytest.fixture
def server(tmp_path: Path):
    s = Server(tmp_path)
    yield s
    s.close()


def _settings(tmp_path: Path, url: str) -> Settings:
    return Settings(chroma_url=url, embedding_backend="hash", cache_dir=str(tmp_path / "cache"))


def _service(settings: Settings) -> Service:
    """A service whose client has a short request timeout (the app's is 15 s)."""
    client = make_client(settings.db, settings.chroma_url, create=False, timeout_s=TIMEOUT_S)
    index = Index(settings, ChromaStore(client, settings.collection, create=False))
    index.refresh_interval_s = 0.0
    service = Service(settings, index, HashEmbedder())
    index.replica()
    return service


def _timed_ask(service: Service) -> tuple[float, object]:
    t = time.perf_counter()
    result = service.ask(QUESTION)
    return time.perf_counter() - t, result


def _recovered(service: Service, within_s: float = 20.0):
    deadline = time.monotonic() + within_s
    while True:
        result = service.ask(QUESTION)
        if not result.notices or time.monotonic() > deadline:
            return result
        time.sleep(0.5)


def test_questions_survive_a_chroma_restart(tmp_path: Path, server: Server) -> None:
    settings = _settings(tmp_path, server.url)
    ingest_paths(settings, [CORPUS / "sample"], embedder=HashEmbedder())
    service = _service(settings)
    session = service.index.store.client._server._session
    assert isinstance(session._transport, ChromaServerGuard)  # chromadb's layout still holds
    before = service.ask(QUESTION)
    assert not before.notices

    server.kill()
    for _ in range(3):
        seconds, during = _timed_ask(service)
        assert seconds < TIMEOUT_S + 5
        assert during.answer == before.answer
        assert any("local copy" in n for n in during.notices)

    server.restart()
    after = _recovered(service)
    assert not after.notices, "answers recover once the server is back, without a restart"
    assert after.answer == before.answer


def test_a_frozen_chroma_server_costs_one_timeout_not_a_hang(
    tmp_path: Path, server: Server
) -> None:
    settings = _settings(tmp_path, server.url)
    ingest_paths(settings, [CORPUS / "sample"], embedder=HashEmbedder())
    service = _service(settings)
    before = service.ask(QUESTION)

    os.kill(server.proc.pid, signal.SIGSTOP)
    first, during = _timed_ask(service)
    assert first < 2 * TIMEOUT_S + 5  # chromadb alone would wait forever
    assert during.answer == before.answer and during.notices
    then, _ = _timed_ask(service)
    assert then < TIMEOUT_S, "while the server is down, questions do not wait again"

    os.kill(server.proc.pid, signal.SIGCONT)
    after = _recovered(service)
    assert not after.notices and after.answer == before.answer


@pytest.mark.parametrize("how", ["kill", "freeze"])
def test_an_ingest_cut_off_by_the_server_is_repaired_by_a_rerun(
    tmp_path: Path, server: Server, how: str
) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(CORPUS / "sample", docs)
    for i in range(20):
        (docs / f"extra-{i}.md").write_text(
            f"# Extra {i}\n\nThe zq{i}marker finding about Kent.\n\n" + f"Kent {i}. " * 400
        )
    settings = _settings(tmp_path, server.url)

    def stop_midway(done: int, total: int, name: str) -> None:
        if done == total // 2 and server.proc.poll() is None:
            if how == "kill":
                server.kill()
            else:
                os.kill(server.proc.pid, signal.SIGSTOP)

    index = Index(
        settings,
        ChromaStore(make_client(settings.db, server.url, create=True, timeout_s=TIMEOUT_S)),
    )
    t = time.perf_counter()
    with pytest.raises(BackendUnavailable, match=r"Chroma server .* did not answer"):
        ingest_paths(settings, [docs], embedder=HashEmbedder(), progress=stop_midway, index=index)
    assert time.perf_counter() - t < 120

    if how == "kill":
        server.restart()
    else:
        os.kill(server.proc.pid, signal.SIGCONT)
    report = ingest_paths(settings, [docs], embedder=HashEmbedder())
    assert report.failed == [] and report.documents == 63
    store = Index.open(settings).store
    ids = [c.id for c in store.iter_all()]
    expected = [i for r in store.file_records().values() for i in r.chunk_ids]
    assert len(ids) == len(set(ids)) and sorted(ids) == sorted(expected)
    service = _service(settings)
    found = service.search("zq7marker", k=3).passages
    assert found and found[0].doc_id == "extra-7"
