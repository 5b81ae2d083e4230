"""Opening an index: the Chroma store, the lexical index derived from it, and the writer
lock. Shared by ingest, the service API and the evaluations."""

from __future__ import annotations

import hashlib
import logging
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from rag.errors import WriterBusy
from rag.lexical import LexicalIndex
from rag.settings import Settings
from rag.store import ChromaStore, make_client

log = logging.getLogger(__name__)


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
    """A store plus its lexical index, kept in step with the collection's generation."""

    def __init__(
        self, settings: Settings, store: ChromaStore, refresh_interval_s: float = 2.0
    ) -> None:
        self.settings = settings
        self.store = store
        self.refresh_interval_s = refresh_interval_s
        self._lexical: LexicalIndex | None = None
        self._checked = 0.0
        self._lock = threading.Lock()

    @classmethod
    def open(cls, settings: Settings, *, create: bool = False) -> Index:
        client = make_client(settings.db, settings.chroma_url, create=create)
        return cls(settings, ChromaStore(client, settings.collection, create=create))

    @property
    def lexical_folder(self) -> Path:
        """Beside the index; in server mode, in the local cache, keyed by server and by
        collection id (a collection dropped and made again never reuses an old mirror)."""
        if not self.settings.server_mode:
            return self.settings.db / "lexical"
        ident = f"{self.settings.chroma_url}|{self.settings.collection}|{self.store.chunks.id}"
        key = hashlib.sha1(ident.encode()).hexdigest()[:16]
        return self.settings.cache_root() / "mirrors" / key

    def rebuild_lexical(self) -> LexicalIndex:
        generation = self.store.generation()
        lexical = LexicalIndex.build(self.store.iter_all(vectors=True), generation)
        try:
            lexical.save(self.lexical_folder)
        except OSError as exc:  # a read-only cache or a full disk costs speed, not answers
            log.warning("could not save the local mirror to %s (%s)", self.lexical_folder, exc)
        with self._lock:
            self._lexical = lexical
            self._checked = time.monotonic()
        return lexical

    def lexical(self) -> LexicalIndex:
        """The current lexical index: from memory, from disk, or rebuilt from Chroma."""
        now = time.monotonic()
        current = self._lexical
        if current is not None and now - self._checked < self.refresh_interval_s:
            return current
        try:
            generation = self.store.generation()
        except Exception as exc:  # a read racing another process's write: keep what we have
            if current is None:
                raise
            log.warning("could not read the collection generation (%s)", exc)
            return current
        self._checked = now
        if current is not None and current.generation == generation:
            return current
        loaded = LexicalIndex.load(self.lexical_folder)
        if loaded is not None and loaded.generation == generation:
            with self._lock:
                self._lexical = loaded
            return loaded
        log.info("building the lexical index from the collection (generation %d)", generation)
        try:
            return self.rebuild_lexical()
        except Exception as exc:  # another process is still writing: serve the last mirror
            if current is None:
                raise
            log.warning("could not rebuild the local mirror yet (%s); retrying later", exc)
            return current
