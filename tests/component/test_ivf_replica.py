"""The replica's IVF index (rag.ivf through rag.replica): built lazily over the replica's
vectors, saved beside them and loaded back, never reused for other vectors, and used by
dense retrieval above the exact-search crossover instead of Chroma."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from rag.filters import Filters
from rag.ivf import IVF
from rag.replica import IVF_FILE, Replica
from rag.service import Service
from rag.store import StoredChunk


def _chunks(n: int, seed: int = 0, dim: int = 32) -> list[StoredChunk]:
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(20, dim))
    vecs = centres[rng.integers(20, size=n)] + rng.normal(0, 0.3, (n, dim))
    vecs = (vecs / np.linalg.norm(vecs, axis=1, keepdims=True)).astype(np.float32)
    forces = ["Kent Police", "Devon and Cornwall Police"]
    return [
        StoredChunk(
            f"c{i:05d}",
            f"chunk {i} about custody and crime recording",
            {"doc_id": f"d{i // 10}", "force": forces[i % 2], "year": 2020, "index": i % 10},
            vecs[i],
        )
        for i in range(n)
    ]


def _no_build(*_a, **_k):
    raise AssertionError("the IVF should have been loaded, not built")


def test_saved_and_loaded_replica_reuses_its_ivf(tmp_path: Path, monkeypatch) -> None:
    replica = Replica.build(_chunks(3000), generation=7)
    folder = tmp_path / "lexical"
    replica.save(folder)
    ivf = replica.coarse()  # built lazily, then saved into the replica's folder
    assert (folder / IVF_FILE).is_file()
    q = replica.vectors[5]
    expected = replica.approximate(q, None, 20, nprobe=4)
    assert expected == ivf.search(q, 20, 4)

    monkeypatch.setattr(IVF, "build", classmethod(_no_build))
    loaded = Replica.load(folder)
    assert loaded is not None
    assert loaded.approximate(q, None, 20, nprobe=4) == expected
    # Saved again (e.g. by another process's install), the IVF goes with it, atomically.
    loaded.save(tmp_path / "copy")
    again = Replica.load(tmp_path / "copy")
    assert again is not None and again.approximate(q, None, 20, nprobe=4) == expected
    assert not [p for p in tmp_path.iterdir() if ".tmp-" in p.name or ".old-" in p.name]


def test_a_changed_replica_does_not_use_the_old_ivf(tmp_path: Path) -> None:
    chunks = _chunks(2000)
    replica = Replica.build(chunks, generation=1)
    folder = tmp_path / "lexical"
    replica.save(folder)
    old = replica.coarse()
    moved = StoredChunk(chunks[0].id, chunks[0].text, chunks[0].metadata, -chunks[0].vector)
    changed = replica.apply([moved], [chunks[1].id], generation=2)
    new = changed.coarse()
    assert new is not old and new.fingerprint != old.fingerprint
    assert len(new) == len(changed) == 1999
    row = changed.row(chunks[0].id)
    assert changed.approximate(moved.vector, None, 1, nprobe=4)[0][0] == row
    # The old replica's saved IVF does not match the new replica's vectors.
    assert IVF.load(folder / IVF_FILE, changed.vectors, changed.generation) is None
    changed.save(folder)  # its own IVF is saved with it
    assert IVF.load(folder / IVF_FILE, changed.vectors, changed.generation) is not None
    reloaded = Replica.load(folder)
    assert reloaded is not None and reloaded.coarse().fingerprint == new.fingerprint


def test_filtered_approximate_search_keeps_to_the_filter() -> None:
    replica = Replica.build(_chunks(3000), generation=1)
    q = replica.vectors[3]
    kent = replica.mask(Filters(force=frozenset({"Kent Police"})))
    assert kent is not None
    found = replica.approximate(q, kent, 50, nprobe=8)
    assert len(found) == 50 and all(kent[r] for r, _ in found)
    # A selective filter is ranked exactly over its survivors.
    one_doc = replica.mask(Filters(doc_id=frozenset({"d7"})))
    assert replica.approximate(q, one_doc, 5, nprobe=8) == replica.nearest(q, one_doc, 5)


def _above_crossover(service: Service, monkeypatch, **changes) -> None:
    settings = dataclasses.replace(service.retriever.settings, exact_search_max_chunks=0, **changes)
    monkeypatch.setattr(service.retriever, "settings", settings)


def test_dense_search_above_the_crossover_uses_the_ivf_not_chroma(
    memory_service: Service, monkeypatch
) -> None:
    question = "What did HMICFRS find about crime recording in Kent?"
    exact = [p.chunk_id for p in memory_service.search(question, k=8, mode="dense").passages]

    def no_chroma(*_a, **_k):
        raise AssertionError("Chroma was asked")

    _above_crossover(memory_service, monkeypatch)
    monkeypatch.setattr(memory_service.index.store, "query", no_chroma)
    calls = []
    real = Replica.approximate
    monkeypatch.setattr(
        Replica, "approximate", lambda self, *a, **k: calls.append(1) or real(self, *a, **k)
    )
    got = memory_service.search(question, k=8, mode="dense")
    # The small corpus has fewer lists than nprobe: every list is probed, so exact.
    assert [p.chunk_id for p in got.passages] == exact and calls and got.notices == []
    kent = Filters(force=frozenset({"Kent Police"}))
    filtered = memory_service.search(question, k=8, filters=kent, mode="dense")
    assert filtered.passages and all(p.force == "Kent Police" for p in filtered.passages)
    assert memory_service.search(question, k=5).passages  # hybrid too


def test_ivf_off_asks_chroma_above_the_crossover(memory_service: Service, monkeypatch) -> None:
    _above_crossover(memory_service, monkeypatch, ivf_nprobe=0)
    asked = []
    real = memory_service.index.store.query
    monkeypatch.setattr(
        memory_service.index.store, "query", lambda *a, **k: asked.append(1) or real(*a, **k)
    )
    assert memory_service.search("Kent crime recording", k=5, mode="dense").passages
    assert asked


@pytest.mark.parametrize("filtered", [False, True])
def test_below_the_crossover_nothing_changes(
    memory_service: Service, monkeypatch, filtered: bool
) -> None:
    def no_ivf(*_a, **_k):
        raise AssertionError("the IVF was used below the crossover")

    monkeypatch.setattr(Replica, "approximate", no_ivf)
    monkeypatch.setattr(Replica, "coarse", no_ivf)
    filters = Filters(force=frozenset({"Kent Police"})) if filtered else Filters()
    assert memory_service.search("Kent crime recording", k=5, filters=filters).passages
