"""Opening an index: the Chroma store, the search replica derived from it, and the writer
lock. Shared by ingest, the service API and the evaluations."""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from rag.errors import WriterBusy
from rag.replica import Replica
from rag.settings import Settings
from rag.store import ChromaStore, StoredChunk, make_client, require_index, sqlite_generation

log = logging.getLogger(__name__)


STALE_UNREACHABLE = (
    "The index could not be reached just now: this answer comes from the local copy of the "
    "index, which may miss the latest changes."
)
STALE_BEHIND = (
    "The index is being updated: this answer comes from the local copy of the index as it was "
    "before the update."
)


def lock_path(settings: Settings) -> Path:
    if settings.server_mode:
        # A Chroma server has no lock of ours; this guards writers on one machine.
        key = hashlib.sha1(settings.chroma_url.encode()).hexdigest()[:12]
        return Path(tempfile.gettempdir()) / f"inspection-qa-{key}.lock"
    return settings.db / "ingest.lock"


@contextmanager
def writer_lock(settings: Settings) -> Iterator[None]:
    """Exclusive write access to the index, or WriterBusy at once."""
    path = lock_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(path), timeout=0)
    try:
        lock.acquire()
    except Timeout as exc:
        raise WriterBusy(
            f"another ingest is writing to {settings.chroma_url or settings.db}; "
            "wait for it to finish and run this again"
        ) from exc
    try:
        yield
    finally:
        lock.release()


class Index:
    """A store plus its search replica, kept in step with the collection's generation.

    The replica is built, loaded or updated under one lock, so concurrent questions after an
    ingest never rebuild it twice. Opened `lazy`, the Chroma store itself is opened only when
    something needs it: questions answered from a current saved replica never import chromadb
    (about 2 s of a cold `ask`)."""

    def __init__(
        self,
        settings: Settings,
        store: ChromaStore | None = None,
        refresh_interval_s: float = 2.0,
        *,
        opener: Callable[[], ChromaStore] | None = None,
    ) -> None:
        if store is None and opener is None:
            raise ValueError("an Index needs a store or a way to open one")
        self.settings = settings
        self._store = store
        self._opener = opener
        self._store_lock = threading.Lock()
        self.refresh_interval_s = refresh_interval_s
        self._replica: Replica | None = None
        self._checked = 0.0
        # Why the replica in use may be behind the collection (None: it is current).
        self.stale: str | None = None
        self._lock = threading.RLock()
        self._base_generation = -1

    @classmethod
    def open(cls, settings: Settings, *, create: bool = False, lazy: bool = False) -> Index:
        """`lazy` (readers of an embedded index): defer opening Chroma until it is needed."""
        if lazy and not create and not settings.server_mode:
            require_index(settings.db)

            def opener() -> ChromaStore:
                client = make_client(settings.db, "", create=False)
                return ChromaStore(client, settings.collection, create=False)

            return cls(settings, opener=opener)
        client = make_client(settings.db, settings.chroma_url, create=create)
        return cls(settings, ChromaStore(client, settings.collection, create=create))

    @property
    def store(self) -> ChromaStore:
        if self._store is None:
            with self._store_lock:
                if self._store is None:
                    assert self._opener is not None
                    self._store = self._opener()
        return self._store

    @property
    def store_opened(self) -> bool:
        return self._store is not None

    def _unopened_generation(self) -> int | None:
        """While the store is unopened (embedded mode), the generation read straight from
        Chroma's SQLite file; None when the store is open or the file cannot be read."""
        if self._store is not None or self.settings.server_mode:
            return None
        return sqlite_generation(self.settings.db, self.settings.collection)

    def _generation(self) -> int:
        generation = self._unopened_generation()
        return self.store.generation() if generation is None else generation

    def empty(self) -> bool:
        """Whether the collection holds no chunks. A saved replica of the current generation
        answers (and is installed, so the first question does not load it again); otherwise
        Chroma counts."""
        generation = self._unopened_generation()
        if generation is not None:
            with self._lock:
                loaded = self._replica or self._load()
                if loaded is not None and loaded.generation == generation and self._fits(loaded):
                    self._install(loaded, save=False)
                    return len(loaded) == 0
        return self.store.count() == 0

    @property
    def replica_folder(self) -> Path:
        """Beside the index; in server mode, in the local cache, keyed by server and by
        collection id (a collection dropped and made again never reuses an old mirror). A
        lean mirror has its own folder, so lean and full processes never undo each other."""
        return _in_mode(self.full_folder, self.settings)

    def _server_folder(self) -> Path:
        ident = f"{self.settings.chroma_url}|{self.settings.collection}|{self.store.chunks.id}"
        key = hashlib.sha1(ident.encode()).hexdigest()[:16]
        return self.settings.cache_root() / "mirrors" / key

    @property
    def full_folder(self) -> Path:
        """Where a full mirror (with vectors) of this collection is kept."""
        if not self.settings.server_mode:
            return self.settings.db / "lexical"
        return self._server_folder()

    def _load(self) -> Replica | None:
        """The saved replica of this mode (a lean one never reads vectors)."""
        return Replica.load(self.replica_folder, vectors=self.settings.mirror_vectors)

    def _load_from_full(self, generation: int) -> Replica | None:
        """For a lean mirror, a current full one's BM25, texts and metadata (its vectors left
        unread): what an ingest in full mode wrote, without scanning the collection again."""
        if self.settings.mirror_vectors:
            return None
        loaded = Replica.load(self.full_folder, vectors=False)
        return loaded if loaded is not None and loaded.generation == generation else None

    def _install(self, replica: Replica, *, save: bool) -> Replica:
        if save:
            try:
                replica.save(self.replica_folder)
            except OSError as exc:  # a read-only cache or a full disk costs speed, not answers
                log.warning(
                    "could not save the search replica to %s (%s)", self.replica_folder, exc
                )
        self._replica = replica
        self._checked = time.monotonic()
        self.stale = None
        return replica

    def rebuild_replica(self) -> Replica:
        """A full scan of the store (start-up without a saved replica, or another process
        changed the collection)."""
        with self._lock:
            generation = self.store.generation()
            vectors = self.settings.mirror_vectors
            replica = Replica.build(self.store.iter_all(vectors=vectors), generation)
            return self._install(replica, save=True)

    def apply_change(
        self, added: Sequence[StoredChunk], removed: Sequence[str], generation: int
    ) -> Replica:
        """Update the replica from what an ingest wrote, without rescanning the store. Falls
        back to a full rebuild when the replica on hand is not the one the ingest started
        from (then the change alone would not make it current)."""
        with self._lock:
            base = self._replica or self._load()
            if base is None or base.generation != self._base_generation or not self._fits(base):
                return self.rebuild_replica()
            if not self.settings.mirror_vectors:
                added = [dataclasses.replace(c, vector=None) for c in added]
            return self._install(base.apply(added, removed, generation), save=True)

    def _fits(self, replica: Replica) -> bool:
        """Whether a replica keeps vectors as `Settings.mirror_vectors` asks (an empty one
        fits either way): a lean mirror reopened with vectors wanted is rebuilt, not served
        without them, and a full one opened lean is rebuilt to free its vectors."""
        return len(replica) == 0 or (replica.vectors is not None) == self.settings.mirror_vectors

    def changed(self) -> None:
        """Another writer in this process (an upload's or a removal's ingest) changed the
        collection: check its generation on the next read instead of serving the replica
        on hand for up to `refresh_interval_s` more."""
        self._checked = 0.0

    def begin_change(self) -> None:
        """Note the generation an ingest starts from (see `apply_change`)."""
        with self._lock:
            self._base_generation = self.store.generation()

    def replica(self) -> Replica:
        """The current replica: from memory, from disk, or rebuilt from Chroma."""
        now = time.monotonic()
        current = self._replica
        if current is not None and now - self._checked < self.refresh_interval_s:
            return current
        with self._lock:
            current = self._replica
            if current is not None and time.monotonic() - self._checked < self.refresh_interval_s:
                return current  # another thread refreshed it while this one waited
            try:
                generation = self._generation()
            except Exception as exc:  # a read racing another process's write: keep what we have
                if current is None:
                    raise
                log.warning("could not read the collection generation (%s)", exc)
                self.stale = STALE_UNREACHABLE
                self._checked = time.monotonic()  # retry after the interval, not every call
                return current
            self._checked = time.monotonic()
            if current is not None and current.generation == generation and self._fits(current):
                self.stale = None
                return current
            loaded = self._load()
            if loaded is not None and loaded.generation == generation and self._fits(loaded):
                return self._install(loaded, save=False)
            loaded = self._load_from_full(generation)
            if loaded is not None:
                # An ingest in full mode wrote it: no need to scan the collection again.
                return self._install(loaded, save=True)
            log.info("building the search replica from the collection (generation %d)", generation)
            try:
                return self.rebuild_replica()
            except Exception as exc:  # another process is still writing: serve the last one
                if current is None:
                    raise
                log.warning("could not rebuild the search replica yet (%s); retrying later", exc)
                self.stale = STALE_BEHIND
                return current


def _in_mode(full: Path, settings: Settings) -> Path:
    """A full mirror's folder, or its lean twin's beside it ("lexical-lean")."""
    return full if settings.mirror_vectors else full.with_name(f"{full.name}-lean")


def embedded_mirror(settings: Settings) -> Path:
    """The folder of an embedded index's mirror in the mode `settings` asks for (what
    `Index.replica_folder` gives, without opening the index)."""
    return _in_mode(settings.db / "lexical", settings)
