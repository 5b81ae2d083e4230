"""The search replica: an in-memory, derived copy of the chunk collection that answers the
lexical (BM25) side of retrieval, metadata filters (integer-coded columns) and filtered
dense search (exact cosine over its vectors).

Chroma is the source of truth. The replica is a rebuildable cache: persisted beside the index
(or in the local cache in server mode) with the collection's generation number, updated from
what an ingest added and removed, and rebuilt by a full scan only when its generation does not
match (another process changed the collection). `rag.index.Index` owns its lifecycle.
"""

from __future__ import annotations

import json
import logging
import math
import shutil
import tempfile
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from rag.catalogue import Catalogue
from rag.filters import Filters
from rag.ivf import IVF, default_lists
from rag.store import Metadata, StoredChunk
from rag.tokens import TOKENIZER_VERSION, tokenize

log = logging.getLogger(__name__)

IVF_FILE = "ivf.npz"  # the IVF's centroids and list order, beside the replica's vectors


def lexical_text(chunk: StoredChunk, with_context: bool = True) -> str:
    """What BM25 indexes for a chunk: its words, with title and section as context."""
    if not with_context:
        return chunk.text
    meta = chunk.metadata
    return f"{meta.get('title', '')}\n{meta.get('section', '')}\n{chunk.text}"


@dataclass
class Replica:
    ids: list[str]
    texts: list[str]
    metas: list[Metadata]
    generation: int
    retriever: Any  # bm25s.BM25
    df: dict[str, int] = field(default_factory=dict)  # token -> chunks containing it
    vectors: np.ndarray | None = None  # row i = chunk i's embedding (filtered dense search)
    _columns: dict[str, tuple[np.ndarray, dict[str, int]]] | None = field(default=None, repr=False)
    _masks: dict[Filters, np.ndarray] = field(default_factory=dict, repr=False)
    _catalogue: Catalogue | None = field(default=None, repr=False)
    _positions: dict[tuple[str, int], int] | None = field(default=None, repr=False)
    _rows: dict[str, int] | None = field(default=None, repr=False)
    _ivf: IVF | None = field(default=None, repr=False)
    _ivf_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    # The folder this replica was loaded from or saved to: where its IVF is kept.
    _folder: Path | None = field(default=None, repr=False)

    def catalogue(self) -> Catalogue:
        """What the library holds, per document (built once per replica)."""
        if self._catalogue is None:
            self._catalogue = Catalogue.build(self.texts, self.metas)
        return self._catalogue

    def document_rows(self, doc_id: str) -> list[int]:
        """Positions of a document's chunks, in reading order."""
        rows = [i for i, m in enumerate(self.metas) if m.get("doc_id") == doc_id]
        return sorted(rows, key=lambda i: int(self.metas[i].get("index", 0) or 0))

    def row(self, chunk_id: str) -> int | None:
        """The position of a chunk, or None when the replica does not hold it."""
        self.next_chunk("")  # builds the look-ups once
        assert self._rows is not None
        return self._rows.get(chunk_id)

    def next_chunk(self, chunk_id: str) -> tuple[str, str, Metadata] | None:
        """The chunk after `chunk_id` in its document (a list that runs on), or None."""
        if self._positions is None or self._rows is None:
            self._rows = {cid: i for i, cid in enumerate(self.ids)}
            self._positions = {
                (str(m.get("doc_id", "")), int(m.get("index", -1))): i
                for i, m in enumerate(self.metas)
                if isinstance(m.get("index"), int)
            }
        row = self._rows.get(chunk_id)
        if row is None:
            return None
        meta = self.metas[row]
        index = meta.get("index")
        if not isinstance(index, int):
            return None
        nxt = self._positions.get((str(meta.get("doc_id", "")), index + 1))
        if nxt is None:
            return None
        return self.ids[nxt], self.texts[nxt], self.metas[nxt]

    def idf(self, token: str) -> float:
        """Smoothed inverse document frequency; unseen tokens get the largest value."""
        n = len(self.ids)
        return math.log((n + 1) / (self.df.get(token, 0) + 0.5))

    @classmethod
    def build(
        cls, chunks: Iterable[StoredChunk], generation: int, *, with_context: bool = True
    ) -> Replica:
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.WARNING)
        chunks = list(chunks)
        retriever = bm25s.BM25(k1=1.2, b=0.75)
        corpus = [tokenize(lexical_text(c, with_context)) or ["_empty_"] for c in chunks]
        if corpus:
            retriever.index(corpus, show_progress=False)
        df: Counter[str] = Counter()
        for tokens in corpus:
            df.update(set(tokens))
        vectors = None
        if chunks and all(c.vector is not None for c in chunks):
            vectors = np.stack([c.vector for c in chunks]).astype(np.float32)  # type: ignore[misc]
        return cls(
            [c.id for c in chunks],
            [c.text for c in chunks],
            [c.metadata for c in chunks],
            generation,
            retriever,
            dict(df),
            vectors,
        )

    def apply(
        self, added: Iterable[StoredChunk], removed: Iterable[str], generation: int
    ) -> Replica:
        """A new replica with `removed` ids gone and `added` chunks in (replacing same ids),
        without rescanning the store. BM25 is re-indexed from the texts (bm25s has no
        incremental add); the ranking equals a full rebuild's."""
        added = list(added)
        gone = set(removed) | {c.id for c in added}
        keep = [i for i, cid in enumerate(self.ids) if cid not in gone]
        vectors_ok = self.vectors is not None and all(c.vector is not None for c in added)
        chunks = [
            StoredChunk(
                self.ids[i],
                self.texts[i],
                self.metas[i],
                self.vectors[i] if vectors_ok and self.vectors is not None else None,
            )
            for i in keep
        ]
        return Replica.build(chunks + added, generation)

    def __len__(self) -> int:
        return len(self.ids)

    def scores(self, query: str) -> np.ndarray:
        tokens = tokenize(query)
        if not self.ids or not tokens:
            return np.zeros(len(self.ids), dtype=np.float32)
        ids = self.retriever.get_tokens_ids(tokens)
        if not ids:
            return np.zeros(len(self.ids), dtype=np.float32)
        return np.asarray(self.retriever.get_scores(ids), dtype=np.float32)

    def columns(self) -> dict[str, tuple[np.ndarray, dict[str, int]]]:
        """Filterable metadata as integer codes plus their vocabulary (built once), so a
        filter mask over 100k chunks costs well under a millisecond."""
        if self._columns is None:
            cols: dict[str, tuple[np.ndarray, dict[str, int]]] = {}
            for key in ("doc_type", "force", "doc_id"):
                vocab: dict[str, int] = {}
                codes = np.fromiter(
                    (vocab.setdefault(str(m.get(key, "")), len(vocab)) for m in self.metas),
                    dtype=np.int32,
                    count=len(self.metas),
                )
                cols[key] = (codes, vocab)
            years = np.array(
                [m["year"] if isinstance(m.get("year"), int) else -1 for m in self.metas],
                dtype=np.int64,
            )
            cols["year"] = (years, {})
            self._columns = cols
        return self._columns

    def mask(self, filters: Filters) -> np.ndarray | None:
        """Which chunks pass `filters` (None: no filter). Same rules as Filters.matches."""
        if filters.empty:
            return None
        cached = self._masks.get(filters)
        if cached is not None:
            return cached
        cols = self.columns()
        mask = np.ones(len(self.ids), dtype=bool)
        for key in ("doc_type", "force", "doc_id"):
            values = getattr(filters, key)
            if values:
                codes, vocab = cols[key]
                mask &= np.isin(codes, [vocab[v] for v in values if v in vocab])
        years = cols["year"][0]
        if filters.year_min is not None:
            mask &= (years >= filters.year_min) & (years >= 0)
        if filters.year_max is not None:
            mask &= (years <= filters.year_max) & (years >= 0)
        if len(self._masks) > 64:
            self._masks.clear()
        self._masks[filters] = mask
        return mask

    def nearest(self, qv: np.ndarray, mask: np.ndarray | None, n: int) -> list[tuple[int, float]]:
        """Exact cosine search over the chunks in `mask` (None: all of them): (position,
        distance), best first. One matrix-vector product: below the measured crossover
        (`Settings.exact_search_max_chunks`) faster than Chroma's HNSW call, and exact."""
        if self.vectors is None:
            raise ValueError("this index has no vectors")
        q = qv.astype(np.float32, copy=False)
        if mask is None or len(mask) != len(self.vectors):
            rows, sims = None, self.vectors @ q
        elif mask.mean() > 0.25:
            # Most rows pass: scoring all beats copying the survivors' vectors out first.
            rows = np.flatnonzero(mask)
            sims = (self.vectors @ q)[rows]
        else:
            rows = np.flatnonzero(mask)
            sims = self.vectors[rows] @ q
        if not len(sims):
            return []
        n = min(n, len(sims))
        best = np.argpartition(-sims, n - 1)[:n]
        best = best[np.argsort(-sims[best], kind="stable")]
        at = best if rows is None else rows[best]
        return [(int(r), float(1.0 - sims[i])) for r, i in zip(at, best, strict=True)]

    def coarse(self, lists: int = 0) -> IVF:
        """The inverted-file index over the vectors (`lists` 0: rag.ivf.default_lists): in
        memory, else loaded from the replica's folder if it was built over these vectors,
        else built (tens of seconds at 1M chunks; concurrent callers wait for one build)
        and saved there. A replica with other vectors is a new Replica (`apply`, `build`,
        `load`), so it never sees another's IVF; the saved one carries a fingerprint of the
        vectors and generation and is ignored when they differ."""
        if self.vectors is None:
            raise ValueError("this index has no vectors")
        want = min(lists or default_lists(len(self.vectors)), max(1, len(self.vectors)))
        with self._ivf_lock:
            if self._ivf is not None and self._ivf.lists == want:
                return self._ivf
            path = self._folder / IVF_FILE if self._folder is not None else None
            ivf = IVF.load(path, self.vectors, self.generation) if path else None
            if ivf is None or ivf.lists != want:
                log.info("building the IVF index over %d vectors (%d lists)", len(self), want)
                ivf = IVF.build(self.vectors, lists=want, generation=self.generation)
                if path is not None and path.parent.is_dir():
                    try:
                        ivf.save(path)
                    except OSError as exc:  # a read-only cache costs a rebuild, not answers
                        log.warning("could not save the IVF index to %s (%s)", path, exc)
            self._ivf = ivf
            return ivf

    def approximate(
        self, qv: np.ndarray, mask: np.ndarray | None, n: int, *, nprobe: int, lists: int = 0
    ) -> list[tuple[int, float]]:
        """Dense search for collections above the exact-search crossover: the IVF's `nprobe`
        nearest lists, ranked exactly, as (position, distance) like `nearest`. A filter that
        leaves few chunks is ranked exactly over the survivors instead (cheaper than the
        widened probe a selective mask needs, and exact)."""
        if mask is not None and len(mask) == len(self.ids):
            ivf = self.coarse(lists)
            allowed = int(np.count_nonzero(mask))
            # Rows a masked probe scans (nprobe lists widened by 1 / the allowed fraction)
            # against rows exact search gathers; a gathered row costs about three scanned.
            scanned = min(len(mask), nprobe * len(mask) / max(allowed, 1) * len(mask) / ivf.lists)
            if scanned > 3 * allowed:
                return self.nearest(qv, mask, n)
            return ivf.search(qv, n, nprobe, mask)
        return self.coarse(lists).search(qv, n, nprobe)

    def top(self, query: str, n: int, filters: Filters) -> list[tuple[int, float]]:
        """Positions and scores of the best `n` chunks with a positive score."""
        scores = self.scores(query)
        mask = self.mask(filters)
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        if not len(scores):
            return []
        n = min(n, len(scores))
        idx = np.argpartition(-scores, n - 1)[:n]
        idx = idx[np.argsort(-scores[idx], kind="stable")]
        return [(int(i), float(scores[i])) for i in idx if scores[i] > 0]

    # ---- persistence ------------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        """Write to a temporary folder, then swap it in, so readers never see half a file."""
        folder.parent.mkdir(parents=True, exist_ok=True)
        # A unique temporary folder: two processes saving at once never share one.
        tmp = Path(tempfile.mkdtemp(prefix=f"{folder.name}.tmp-", dir=folder.parent))
        if self.ids:
            self.retriever.save(str(tmp / "bm25"), show_progress=False)
        with (tmp / "chunks.jsonl").open("w", encoding="utf-8") as fh:
            for i, t, m in zip(self.ids, self.texts, self.metas, strict=True):
                fh.write(json.dumps({"id": i, "text": t, "meta": m}, ensure_ascii=False) + "\n")
        (tmp / "df.json").write_text(json.dumps(self.df))
        if self.vectors is not None:
            np.save(tmp / "vectors.npy", self.vectors)
            if self._ivf is not None:
                self._ivf.save(tmp / IVF_FILE)  # swapped in with the rest
        (tmp / "stamp.json").write_text(
            json.dumps(
                {
                    "generation": self.generation,
                    "count": len(self.ids),
                    "tokenizer": TOKENIZER_VERSION,
                }
            )
        )
        old = Path(tempfile.mkdtemp(prefix=f"{folder.name}.old-", dir=folder.parent))
        try:
            if folder.exists():
                folder.replace(old / "replica")
            tmp.replace(folder)
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)  # another process swapped first
            raise
        finally:
            shutil.rmtree(old, ignore_errors=True)
        self._folder = folder

    @classmethod
    def load(cls, folder: Path, *, vectors: bool = True) -> Replica | None:
        """A saved replica, or None when it is missing, damaged or from another tokenizer.
        `vectors` False (a lean mirror) leaves a full one's vectors on disk unread."""
        import bm25s

        try:
            stamp = json.loads((folder / "stamp.json").read_text())
            ids: list[str] = []
            texts: list[str] = []
            metas: list[Metadata] = []
            with (folder / "chunks.jsonl").open(encoding="utf-8") as fh:
                for line in fh:
                    row = json.loads(line)
                    ids.append(row["id"])
                    texts.append(row["text"])
                    metas.append(row["meta"])
            df = json.loads((folder / "df.json").read_text())
            vectors_path = folder / "vectors.npy"
            vectors = np.load(vectors_path) if vectors and vectors_path.exists() else None
            retriever = bm25s.BM25.load(str(folder / "bm25"), mmap=False) if ids else bm25s.BM25()
        except (OSError, ValueError, KeyError) as exc:
            log.info("lexical index at %s unusable (%s); it will be rebuilt", folder, exc)
            return None
        if stamp.get("tokenizer") != TOKENIZER_VERSION:
            log.info("lexical index at %s was built by another tokenizer; rebuilding", folder)
            return None
        if stamp.get("count") != len(ids) or (vectors is not None and len(vectors) != len(ids)):
            return None
        replica = cls(ids, texts, metas, int(stamp["generation"]), retriever, df, vectors)
        replica._folder = folder
        return replica
