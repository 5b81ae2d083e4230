"""The search replica is a derived cache: updated from an ingest's changes it must equal a
full rebuild from the store, and saving it never leaves a half-written folder."""

from __future__ import annotations

import threading
from pathlib import Path

from ingest.pipeline import ingest_paths
from rag.embedding import HashEmbedder
from rag.index import Index
from rag.replica import Replica


def _snapshot(r: Replica) -> dict[str, tuple[str, dict]]:
    return {cid: (t, m) for cid, t, m in zip(r.ids, r.texts, r.metas, strict=True)}


def test_incremental_update_equals_full_rebuild(memory_index: Index, small_corpus: Path) -> None:
    embedder = HashEmbedder()
    settings = memory_index.settings
    ingest_paths(settings, [small_corpus], embedder=embedder, index=memory_index)
    doc = small_corpus / "kent-peel-2021-22.md"
    doc.write_text(doc.read_text() + "\n\nA closing paragraph about Kent's custody suites.\n")
    (small_corpus / "dc-peel-2021-22.md").unlink()
    ingest_paths(settings, [small_corpus], embedder=embedder, index=memory_index)

    updated = memory_index.replica()
    assert updated.generation == memory_index.store.generation()
    rebuilt = Replica.build(memory_index.store.iter_all(vectors=True), updated.generation)
    assert _snapshot(updated) == _snapshot(rebuilt)
    query = "Kent custody suites closing paragraph"
    assert [updated.ids[i] for i, _ in updated.top(query, 5, _no_filters())] == [
        rebuilt.ids[i] for i, _ in rebuilt.top(query, 5, _no_filters())
    ]
    # The saved copy is the updated one.
    loaded = Replica.load(memory_index.replica_folder)
    assert loaded is not None and _snapshot(loaded) == _snapshot(rebuilt)


def test_generations_are_unique_even_when_bumped_back_to_back(memory_index: Index) -> None:
    seen = {memory_index.store.bump_generation() for _ in range(5)}
    assert len(seen) == 5


def test_concurrent_questions_rebuild_once(memory_service, monkeypatch) -> None:
    index = memory_service.index
    index._replica = None
    calls = []
    real = Replica.build

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(Replica, "load", classmethod(lambda cls, folder, **_: None))
    monkeypatch.setattr(Replica, "build", counting)
    threads = [threading.Thread(target=index.replica) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1


def test_save_uses_unique_temporary_folders(tmp_path: Path, memory_service) -> None:
    replica = memory_service.index.replica()
    folder = tmp_path / "replica"
    errors: list[Exception] = []

    def save() -> None:
        try:
            replica.save(folder)
        except OSError as exc:  # losing a race to another saver is allowed, not corruption
            errors.append(exc)

    threads = [threading.Thread(target=save) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    loaded = Replica.load(folder)
    assert loaded is not None and len(loaded) == len(replica)
    assert not [p for p in tmp_path.iterdir() if ".tmp-" in p.name or ".old-" in p.name]


def _no_filters():
    from rag.filters import Filters

    return Filters()


def test_a_rerank_step_plugs_in_after_fusion(memory_index: Index, small_corpus: Path) -> None:
    from rag.service import Service

    embedder = HashEmbedder()
    ingest_paths(memory_index.settings, [small_corpus], embedder=embedder, index=memory_index)
    seen: list[str] = []

    def prefer_responses(query, passages):
        seen.append(query)
        return sorted(passages, key=lambda p: p.doc_type != "pcc_response")

    service = Service(memory_index.settings, memory_index, embedder, steps=[prefer_responses])
    result = service.search("what did the commissioner say about the grades", k=5)
    assert seen and result.passages[0].doc_type == "pcc_response"
    assert [p.rank for p in result.passages] == list(range(1, len(result.passages) + 1))
