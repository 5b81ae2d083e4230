"""A lean mirror (`Settings.mirror_vectors` False) keeps BM25, texts and metadata but no
vectors: dense search goes to Chroma, filters become Chroma `where` clauses, and switching
between lean and full rebuilds the mirror rather than serving the wrong kind."""

from __future__ import annotations

from pathlib import Path

from ingest.pipeline import ingest_paths
from rag.embedding import HashEmbedder
from rag.filters import Filters
from rag.index import Index
from rag.service import Service


def _service(index: Index, lean: bool) -> Service:
    index.settings = index.settings.replace(mirror_vectors=not lean)
    return Service(index.settings, index, HashEmbedder())


def test_lean_and_full_mirrors_rank_the_same(memory_index: Index, small_corpus: Path) -> None:
    ingest_paths(memory_index.settings, [small_corpus], embedder=HashEmbedder(), index=memory_index)
    full = _service(memory_index, lean=False)
    assert full.index.replica().vectors is not None
    questions = ["What did HMICFRS find about Kent Police?", "crime data integrity", "MASH"]
    kent = Filters(force=frozenset({"Kent Police"}))
    want = {q: [p.chunk_id for p in full.search(q).passages] for q in questions}
    want_kent = [p.chunk_id for p in full.search(questions[1], filters=kent).passages]

    lean = _service(memory_index, lean=True)
    lean.index.refresh_interval_s = 0.0
    replica = lean.index.replica()
    assert replica.vectors is None and len(replica) > 0  # rebuilt without its vectors
    assert not (lean.index.replica_folder / "vectors.npy").exists()
    for q in questions:
        assert [p.chunk_id for p in lean.search(q).passages] == want[q]
    got_kent = lean.search(questions[1], filters=kent).passages
    assert [p.chunk_id for p in got_kent] == want_kent
    assert all(p.force == "Kent Police" for p in got_kent)


def test_an_ingest_into_a_lean_mirror_keeps_it_lean(
    memory_index: Index, small_corpus: Path, tmp_path: Path
) -> None:
    lean = _service(memory_index, lean=True)
    ingest_paths(lean.settings, [small_corpus], embedder=HashEmbedder(), index=memory_index)
    before = len(memory_index.replica())
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "note.md").write_text(
        "# Lancashire Police custody inspection\n\nInspectors found custody records complete."
    )
    ingest_paths(lean.settings, [extra], embedder=HashEmbedder(), index=memory_index)
    replica = memory_index.replica()
    assert replica.vectors is None and len(replica) > before
    hits = lean.search("Lancashire custody records").passages
    assert hits and hits[0].doc_id.startswith("note")

    full = _service(memory_index, lean=False)
    full.index.refresh_interval_s = 0.0
    assert full.index.replica().vectors is not None  # reopened full: rebuilt with vectors


def test_lean_and_full_processes_share_an_index_without_undoing_each_other(
    memory_index: Index, small_corpus: Path
) -> None:
    """A full ingest's mirror gives a lean process its BM25, texts and metadata (vectors left
    unread, no scan of the collection); each mode keeps its own folder, so neither rebuilds
    the other's on every change."""
    from rag.index import Index as IndexClass

    ingest_paths(memory_index.settings, [small_corpus], embedder=HashEmbedder(), index=memory_index)
    full_folder = memory_index.replica_folder
    assert (full_folder / "vectors.npy").exists()

    lean = IndexClass(memory_index.settings.replace(mirror_vectors=False), memory_index.store)

    def no_scan() -> None:
        raise AssertionError("the lean mirror scanned the collection")

    lean.rebuild_replica = no_scan  # type: ignore[method-assign]
    replica = lean.replica()
    assert replica.vectors is None and len(replica) == len(memory_index.replica())
    assert lean.replica_folder != full_folder
    assert (lean.replica_folder / "stamp.json").exists()
    assert not (lean.replica_folder / "vectors.npy").exists()
    assert (full_folder / "vectors.npy").exists()  # the full mirror is left as it was

    again = IndexClass(memory_index.settings, memory_index.store)
    again.rebuild_replica = no_scan  # type: ignore[method-assign]
    assert again.replica().vectors is not None
