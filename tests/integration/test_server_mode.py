"""Server mode against a real `chroma run`: the same results as embedded mode, ingest while
others ask, and a second app process picking up another's ingest without a restart."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from evals.servers import chroma_executable, start_chroma
from ingest.pipeline import ingest_paths
from rag.service import Service
from rag.settings import Settings
from tests.conftest import CORPUS

pytestmark = pytest.mark.server


@pytest.fixture
def chroma_url(tmp_path: Path):
    if chroma_executable() is None:
        pytest.skip("the chroma command is not installed")
    url, proc = start_chroma(tmp_path / "server", log=tmp_path / "chroma.log")
    yield url
    proc.terminate()
    proc.wait(timeout=20)


def _docs(tmp_path: Path, names: list[str]) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(CORPUS / "sample" / name, docs / name)
    return docs


NAMES = [
    "kent-peel-2021-22.md",
    "kent-pcc-response-peel-2021-22.md",
    "hmicfrs-ncpi-derbyshire-2021.md",
    "dc-peel-2021-22.md",
]


def test_server_mode_matches_embedded(tmp_path: Path, chroma_url: str, real_embedder) -> None:
    docs = _docs(tmp_path, NAMES)
    server = Settings(
        chroma_url=chroma_url, db=tmp_path / "unused", cache_dir=str(tmp_path / "cache")
    )
    embedded = Settings(db=tmp_path / "embedded")
    r1 = ingest_paths(server, [docs], embedder=real_embedder)
    r2 = ingest_paths(embedded, [docs], embedder=real_embedder)
    assert (r1.documents, r1.chunks) == (r2.documents, r2.chunks)
    assert not (tmp_path / "unused").exists()  # --db is not used in server mode
    again = ingest_paths(server, [docs], embedder=real_embedder)
    assert again.unchanged == len(NAMES)
    s_srv = Service.open(server, embedder=real_embedder)
    s_emb = Service.open(embedded, embedder=real_embedder)
    for q in (
        "What grades did Kent get?",
        "How many Derbyshire case files were good?",
        "Devon and Cornwall crime recording",
    ):
        a = [p.chunk_id for p in s_srv.search(q).passages]
        b = [p.chunk_id for p in s_emb.search(q).passages]
        assert a == b
        assert s_srv.ask(q).answer == s_emb.ask(q).answer


def test_ingest_while_others_ask(tmp_path: Path, chroma_url: str, real_embedder) -> None:
    docs = _docs(tmp_path, NAMES[:2])
    settings = Settings(chroma_url=chroma_url, cache_dir=str(tmp_path / "cache"))
    ingest_paths(settings, [docs], embedder=real_embedder)
    reader = Service.open(settings, embedder=real_embedder)
    reader.index.refresh_interval_s = 0.0
    errors: list[BaseException] = []
    seen_new = threading.Event()
    stop = threading.Event()

    def ask_loop() -> None:
        while not stop.is_set():
            try:
                result = reader.ask("How many Derbyshire case files were rated good?")
                if any(p.doc_id == "hmicfrs-ncpi-derbyshire-2021" for p in result.passages):
                    seen_new.set()
            except BaseException as exc:  # collect everything: the test asserts none
                errors.append(exc)
                return

    threads = [threading.Thread(target=ask_loop) for _ in range(4)]
    for t in threads:
        t.start()
    _docs(tmp_path, NAMES[2:])
    report = ingest_paths(settings, [docs], embedder=real_embedder)
    assert report.added == 2
    seen_new.wait(timeout=30)
    stop.set()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    assert seen_new.is_set(), "the reader picked up the new documents without a restart"


def test_a_restarted_server_mode_app_reuses_its_local_mirror(
    tmp_path: Path, chroma_url: str, real_embedder
) -> None:
    """Cold start in server mode: the mirror fetched from the server is kept in the local
    cache, keyed by server and collection, and reused while the generation matches."""
    docs = _docs(tmp_path, NAMES[:2])
    settings = Settings(chroma_url=chroma_url, cache_dir=str(tmp_path / "cache"))
    ingest_paths(settings, [docs], embedder=real_embedder)
    first = Service.open(settings, embedder=real_embedder)
    before = first.search("What grades did Kent get?")
    folder = first.index.replica_folder
    assert (folder / "stamp.json").exists() and folder.is_relative_to(tmp_path / "cache")

    second = Service.open(settings, embedder=real_embedder)

    def refuse() -> None:
        raise AssertionError("the mirror was fetched from the server again")

    second.index.rebuild_replica = refuse  # type: ignore[method-assign]
    after = second.search("What grades did Kent get?")
    assert [p.chunk_id for p in after.passages] == [p.chunk_id for p in before.passages]

    # A new generation on the server makes the cached mirror stale: it is rebuilt.
    _docs(tmp_path, NAMES[2:3])
    ingest_paths(settings, [docs], embedder=real_embedder)
    third = Service.open(settings, embedder=real_embedder)
    third.index.refresh_interval_s = 0.0
    found = third.search("Derbyshire case files", k=3)
    assert any("derbyshire" in p.doc_id for p in found.passages)


def test_a_lean_mirror_sends_dense_search_to_the_server(
    tmp_path: Path, chroma_url: str, real_embedder
) -> None:
    """`--lean-mirror`: the app machine keeps BM25, texts and metadata, no vectors; the
    server ranks by meaning (filtered by `where`), and the results match a full mirror's."""
    from rag.filters import Filters

    docs = _docs(tmp_path, NAMES)
    full = Settings(chroma_url=chroma_url, cache_dir=str(tmp_path / "cache-full"))
    lean = full.replace(cache_dir=str(tmp_path / "cache-lean"), mirror_vectors=False)
    ingest_paths(lean, [docs], embedder=real_embedder)
    s_full = Service.open(full, embedder=real_embedder)
    s_lean = Service.open(lean, embedder=real_embedder)
    folder = s_lean.index.replica_folder
    assert s_lean.index.replica().vectors is None
    assert (folder / "chunks.jsonl").exists() and not (folder / "vectors.npy").exists()
    kent = Filters(force=frozenset({"Kent Police"}))
    for q, filters in (
        ("What grades did Kent get?", Filters()),
        ("How many Derbyshire case files were good?", Filters()),
        ("crime recording", kent),
    ):
        a = [p.chunk_id for p in s_lean.search(q, filters=filters).passages]
        b = [p.chunk_id for p in s_full.search(q, filters=filters).passages]
        assert a == b, q
        assert s_lean.ask(q, filters=filters).answer == s_full.ask(q, filters=filters).answer
    found = s_lean.search("crime recording", filters=kent).passages
    assert found and all(p.force == "Kent Police" for p in found)
