"""The ingest manifest written a group of files at a time (`put_files`, issue #14) over a
real embedded Chroma: records read back as written, and an ingest cut off between a group's
stale-chunk delete and its records' upsert is repaired by the next run."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pipeline import ingest_paths
from rag.embedding import HashEmbedder
from rag.index import Index
from rag.settings import Settings
from rag.store import _BATCH, ChromaStore, FileRecord, make_client


def _record(i: int) -> FileRecord:
    return FileRecord(f"/docs/f{i}.md", f"sha{i}", f"doc-{i}", (f"c{i}a", f"c{i}b"), {"n": i})


def test_put_files_writes_every_record_in_one_call(tmp_path: Path) -> None:
    store = ChromaStore(make_client(tmp_path / "db", "", create=True), "manifest")
    records = [_record(i) for i in range(_BATCH + 7)]  # more than one upsert's worth
    store.put_files(records)
    assert store.file_records() == {r.path: r for r in records}
    store.put_files([FileRecord("/docs/f3.md", "new", "doc-3", ("x",), {})])  # an update
    got = store.file_records()
    assert len(got) == len(records) and got["/docs/f3.md"].sha256 == "new"
    store.put_files([])


class _Cut(Exception):
    """The kill, as seen by the code: nothing after this point runs."""


class CutBeforeManifest(ChromaStore):
    """The real store, failing as a kill -9 would between a group's writes: after the
    chunks are upserted and the stale ones deleted, before the records land."""

    def put_files(self, records: object) -> None:  # type: ignore[override]
        raise _Cut


def _check_consistent(settings: Settings) -> None:
    store = Index.open(settings).store
    records = store.file_records()
    expected = [i for r in records.values() for i in r.chunk_ids]
    assert len(expected) == len(set(expected))
    assert store.chunk_ids() == set(expected)  # no orphans, no gaps


def test_an_update_cut_before_its_records_is_repaired(tmp_path: Path, small_corpus: Path) -> None:
    settings = Settings(db=tmp_path / "index", embedding_backend="hash")
    emb = HashEmbedder()
    first = ingest_paths(settings, [small_corpus], embedder=emb)
    assert first.failed == [] and first.added == 5
    for f in sorted(small_corpus.rglob("*.md"))[:3]:  # change three files: their chunks move
        f.write_text(f.read_text() + "\n\nA new closing paragraph about Kent.\n")
    client = make_client(settings.db, "", create=False)
    cut = Index(settings, CutBeforeManifest(client, settings.collection, create=False))
    with pytest.raises(_Cut):
        ingest_paths(settings, [small_corpus], embedder=emb, index=cut)
    again = ingest_paths(settings, [small_corpus], embedder=emb)
    assert again.failed == [] and again.updated == 3 and again.repaired > 0
    _check_consistent(settings)
    assert again.documents == 5
