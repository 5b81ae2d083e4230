"""Chroma behind one class. The client is passed in (embedded PersistentClient, HttpClient
for a `chroma run` server, or an in-memory client in tests); nothing else touches Chroma.

Two collections: `<name>` holds the chunks (text, embedding, metadata); `<name>_files` holds
the ingest manifest, one record per ingested file (path, content hash, doc id, chunk ids),
so the manifest lives with the vectors in both embedded and server mode.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx
import numpy as np

from rag.chroma_http import HEARTBEAT_PATH, guard_client
from rag.errors import BackendUnavailable, ConfigError, IndexNotFound
from rag.schema import Metadata

_BATCH = 1000


@dataclass(frozen=True)
class StoredChunk:
    id: str
    text: str
    metadata: Metadata
    vector: np.ndarray | None = None


@dataclass(frozen=True)
class Hit:
    id: str
    text: str
    metadata: Metadata
    distance: float


@dataclass(frozen=True)
class FileRecord:
    """One ingested file in the manifest."""

    path: str
    sha256: str
    doc_id: str
    chunk_ids: tuple[str, ...]
    meta: dict[str, Any]


def require_index(db: Path) -> None:
    """Refuse, saying what to do, when `db` holds no embedded index."""
    if not (db / "chroma.sqlite3").is_file():
        raise IndexNotFound(
            f"no index at {db}: run `inspection-qa ingest` first (or pass --db DIR)"
        )


def make_client(db: Path, chroma_url: str, *, create: bool, timeout_s: float = 15.0) -> Any:
    """A chromadb client for embedded (db folder) or server (chroma_url) mode. A server
    client gets a timeout on every request and fails fast while the server is down
    (rag.chroma_http): chromadb sets none, so a frozen server would hang forever."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if chroma_url:
        url = urlparse(chroma_url)
        if not url.hostname:
            raise ConfigError(f"cannot read a host from chroma URL {chroma_url!r}")
        try:
            # chromadb's constructor already talks to the server, with no timeout: ask first.
            httpx.get(chroma_url.rstrip("/") + HEARTBEAT_PATH, timeout=timeout_s)
            client = chromadb.HttpClient(
                host=url.hostname,
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
            guard_client(client, chroma_url, timeout_s=timeout_s)
            client.heartbeat()
        except Exception as exc:  # connection errors come in several types
            raise BackendUnavailable(
                f"cannot reach the Chroma server at {chroma_url}: is `chroma run` started?"
            ) from exc
        return client
    if not create:
        require_index(db)
    db.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(db), settings=chroma_settings)


def sqlite_generation(db: Path, collection: str) -> int | None:
    """The collection's generation, read-only from an embedded index's chroma.sqlite3 without
    importing chromadb (None: not readable; callers then open Chroma as usual, so a change in
    Chroma's schema costs speed only)."""
    import sqlite3

    path = db / "chroma.sqlite3"
    if not path.is_file():
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1.0)
        try:
            rows = con.execute(
                "SELECT m.int_value FROM collections c JOIN collection_metadata m "
                "ON m.collection_id = c.id WHERE c.name = ? AND m.key = 'generation'",
                (collection,),
            ).fetchall()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    if len(rows) != 1 or not isinstance(rows[0][0], int):
        return None
    return int(rows[0][0])


class ChromaStore:
    """The chunk collection and the ingest manifest collection."""

    def __init__(self, client: Any, name: str = "inspection_qa", *, create: bool = True) -> None:
        self.client = client
        self.name = name
        if create:
            self.chunks = client.get_or_create_collection(
                name,
                configuration={"hnsw": {"space": "cosine"}},
                embedding_function=None,
                metadata={"generation": 0},
            )
            self.files = client.get_or_create_collection(f"{name}_files", embedding_function=None)
        else:
            try:
                self.chunks = client.get_collection(name, embedding_function=None)
                self.files = client.get_collection(f"{name}_files", embedding_function=None)
            except Exception as exc:  # NotFoundError / ValueError depending on mode
                raise IndexNotFound(
                    f"the index has no collection {name!r}: run `inspection-qa ingest` first"
                ) from exc

    # ---- chunks -------------------------------------------------------------------------
    def count(self) -> int:
        return int(self.chunks.count())

    def upsert(self, chunks: Sequence[StoredChunk], embeddings: np.ndarray) -> None:
        for i in range(0, len(chunks), _BATCH):
            part = chunks[i : i + _BATCH]
            self.chunks.upsert(
                ids=[c.id for c in part],
                documents=[c.text for c in part],
                metadatas=[c.metadata for c in part],
                embeddings=embeddings[i : i + _BATCH],
            )

    def delete(self, ids: Sequence[str]) -> None:
        ids = list(ids)
        for i in range(0, len(ids), _BATCH):
            self.chunks.delete(ids=ids[i : i + _BATCH])

    def chunk_ids(self) -> set[str]:
        out: set[str] = set()
        offset = 0
        while True:
            got = self.chunks.get(include=[], limit=_BATCH * 10, offset=offset)
            ids = got["ids"]
            out.update(ids)
            if len(ids) < _BATCH * 10:
                return out
            offset += len(ids)

    def get(self, ids: Sequence[str]) -> list[StoredChunk]:
        if not ids:
            return []
        got = self.chunks.get(ids=list(ids), include=["documents", "metadatas"])
        by_id = {
            i: StoredChunk(i, d or "", dict(m or {}))
            for i, d, m in zip(got["ids"], got["documents"], got["metadatas"], strict=True)
        }
        return [by_id[i] for i in ids if i in by_id]

    def iter_all(self, batch: int = 5000, *, vectors: bool = False) -> Iterator[StoredChunk]:
        """Every chunk's text and metadata, and its vector if asked (for the local mirror)."""
        offset = 0
        include = (
            ["documents", "metadatas", "embeddings"] if vectors else ["documents", "metadatas"]
        )
        while True:
            got = self.chunks.get(include=include, limit=batch, offset=offset)
            embs = got["embeddings"] if vectors else [None] * len(got["ids"])
            for i, d, m, e in zip(
                got["ids"], got["documents"], got["metadatas"], embs, strict=True
            ):
                yield StoredChunk(
                    i,
                    d or "",
                    dict(m or {}),
                    None if e is None else np.asarray(e, dtype=np.float32),
                )
            if len(got["ids"]) < batch:
                return
            offset += len(got["ids"])

    def query(
        self,
        vector: np.ndarray,
        n: int,
        where: dict[str, Any] | None = None,
    ) -> list[Hit]:
        """Nearest chunks (cosine distance), optionally restricted by `where`."""
        if n <= 0:
            return []
        result = self.chunks.query(
            query_embeddings=[vector.astype(np.float32)],
            n_results=n,
            where=where or None,
            include=["documents", "metadatas", "distances"],
        )
        return [
            Hit(i, d or "", dict(m or {}), float(dist))
            for i, d, m, dist in zip(
                result["ids"][0],
                result["documents"][0],
                result["metadatas"][0],
                result["distances"][0],
                strict=True,
            )
        ]

    # ---- generation: bumped after every ingest so readers can refresh caches -------------
    def generation(self) -> int:
        meta = self.client.get_collection(self.name, embedding_function=None).metadata or {}
        return int(meta.get("generation", 0))

    def bump_generation(self) -> int:
        """A new generation after a write. Readers only compare generations for equality, so
        a fresh unique value (time-based, above the previous one) replaces a read-modify-write
        increment: two writers racing never end up on the same number."""
        new = max(self.generation() + 1, time.time_ns() // 1000)
        self.chunks.modify(metadata={"generation": new})
        return new

    # ---- manifest -----------------------------------------------------------------------
    def file_records(self) -> dict[str, FileRecord]:
        got = self.files.get(include=["metadatas"])
        out: dict[str, FileRecord] = {}
        for m in got["metadatas"]:
            if not m:
                continue
            out[str(m["path"])] = FileRecord(
                path=str(m["path"]),
                sha256=str(m["sha256"]),
                doc_id=str(m["doc_id"]),
                chunk_ids=tuple(json.loads(str(m["chunk_ids"]))),
                meta=json.loads(str(m.get("meta", "{}"))),
            )
        return out

    def put_file(self, record: FileRecord) -> None:
        self.put_files([record])

    def put_files(self, records: Sequence[FileRecord]) -> None:
        """Several files' manifest records in one upsert per `_BATCH` (one Chroma write per
        file cost a transaction each; an ingest writes a group of files at once). Each record
        stands alone, so a write cut short leaves some records new and the rest old, which
        `reconcile` already handles record by record."""
        records = list(records)
        for i in range(0, len(records), _BATCH):
            part = records[i : i + _BATCH]
            self.files.upsert(
                ids=[r.path for r in part],
                # the manifest needs no vectors; Chroma needs one per record
                embeddings=[[1.0]] * len(part),
                metadatas=[
                    {
                        "path": r.path,
                        "sha256": r.sha256,
                        "doc_id": r.doc_id,
                        "chunk_ids": json.dumps(list(r.chunk_ids)),
                        "meta": json.dumps(r.meta),
                    }
                    for r in part
                ],
            )

    def delete_file(self, path: str) -> None:
        self.files.delete(ids=[path])
