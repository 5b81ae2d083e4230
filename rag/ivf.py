"""An inverted-file (IVF) coarse index over unit vectors, in plain numpy.

Why: exact search over the replica's vectors is one matrix-vector product, which costs about
140 ms at 1,000,000 x 384 on two cores, and a Chroma HNSW collection of that size takes about
an hour to build. An IVF clusters the vectors once (spherical k-means, tens of seconds at 1M)
and stores them reordered by cluster, so a query scores the centroids and then only the few
clusters ("lists") nearest to it: a handful of small contiguous matrix products, exact within
them. Recall against exact search is measured by `python -m evals.bench scale` and
tests/unit/test_ivf.py.
"""

from __future__ import annotations

import hashlib
import math
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

FORMAT = 1
# Rows scored per block while assigning vectors to centroids (block x lists floats at once).
_BLOCK = 16_384


def default_lists(n: int) -> int:
    """About sqrt(n) lists, a power of two (1,024 at 1M vectors, 256 at 50k-100k), so a probe
    of a few dozen lists scans a few percent of the vectors; never more lists than n / 4."""
    if n <= 0:
        return 1
    lists = 2 ** round(math.log2(max(1.0, math.sqrt(n))))
    return int(max(1, min(lists, n // 4 or 1)))


def fingerprint(vectors: np.ndarray, generation: int) -> str:
    """Identifies the vectors an index was built over: shape, the replica's generation, and a
    hash of every column's sum plus of up to 2,048 evenly spaced rows (one pass over the
    vectors: a fraction of a second at 1M x 384)."""
    n = len(vectors)
    step = max(1, n // 2048)
    h = hashlib.sha1(np.ascontiguousarray(vectors[::step]).tobytes())
    h.update(np.asarray(vectors, dtype=np.float32).sum(axis=0, dtype=np.float64).tobytes())
    dim = vectors.shape[1] if vectors.ndim == 2 else 0
    return f"{generation}:{n}x{dim}:{h.hexdigest()[:16]}"


def _assign(vectors: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Each row's nearest centroid by cosine (rows and centroids unit length), in blocks so
    the similarity matrix stays small."""
    out = np.empty(len(vectors), dtype=np.int32)
    ct = np.ascontiguousarray(centroids.T)
    for at in range(0, len(vectors), _BLOCK):
        out[at : at + _BLOCK] = np.argmax(vectors[at : at + _BLOCK] @ ct, axis=1)
    return out


def _normalise(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return (x / np.maximum(norms, 1e-12)).astype(np.float32, copy=False)


def spherical_kmeans(
    vectors: np.ndarray, lists: int, *, iterations: int = 8, sample: int = 64, seed: int = 0
) -> np.ndarray:
    """Centroids (unit length) of `lists` clusters, trained on a seeded sample of at most
    `sample` x `lists` rows: k-means on that many rows finds lists as good as on all of
    them (the assignment of every row afterwards is the expensive part). Deterministic for
    a given seed and input. Empty clusters are re-seeded with the worst-fitting rows."""
    rng = np.random.default_rng(seed)
    n = len(vectors)
    take = min(n, max(lists, sample * lists))
    rows = np.sort(rng.choice(n, size=take, replace=False)) if take < n else np.arange(n)
    train = np.ascontiguousarray(vectors[rows], dtype=np.float32)
    centroids = train[rng.choice(len(train), size=lists, replace=False)].copy()
    for _ in range(iterations):
        assign = _assign(train, centroids)
        counts = np.bincount(assign, minlength=lists)
        order = np.argsort(assign, kind="stable")
        starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
        full = counts > 0
        sums = np.add.reduceat(train[order], starts[full], axis=0)
        centroids[full] = _normalise(sums)
        empty = np.flatnonzero(~full)
        if len(empty):
            fit = np.einsum("ij,ij->i", train, centroids[assign])
            centroids[empty] = train[np.argsort(fit, kind="stable")[: len(empty)]]
    return centroids


@dataclass
class IVF:
    """Vectors grouped by their nearest centroid: list j is positions offsets[j]:offsets[j+1]
    of `vectors` (a reordered copy, contiguous per list), and order[p] is the replica row at
    position p. Only centroids, order and offsets are saved; the reordered copy is one gather
    from the replica's vectors when loaded."""

    centroids: np.ndarray  # (lists, dim) float32, unit length
    order: np.ndarray  # (n,) int64: replica row of each position
    offsets: np.ndarray  # (lists + 1,) int64
    vectors: np.ndarray  # (n, dim) float32: replica vectors[order]
    fingerprint: str

    @property
    def lists(self) -> int:
        return len(self.centroids)

    def __len__(self) -> int:
        return len(self.order)

    @classmethod
    def build(
        cls,
        vectors: np.ndarray,
        *,
        lists: int = 0,
        generation: int = 0,
        iterations: int = 8,
        seed: int = 0,
    ) -> IVF:
        """Cluster `vectors` (unit length, float32) into `lists` lists (0: default_lists)."""
        vectors = np.asarray(vectors, dtype=np.float32)
        n = len(vectors)
        lists = min(lists or default_lists(n), max(1, n))
        centroids = spherical_kmeans(vectors, lists, iterations=iterations, seed=seed)
        assign = _assign(vectors, centroids)
        order = np.argsort(assign, kind="stable").astype(np.int64)
        offsets = np.zeros(lists + 1, dtype=np.int64)
        np.cumsum(np.bincount(assign, minlength=lists), out=offsets[1:])
        return cls(centroids, order, offsets, vectors[order], fingerprint(vectors, generation))

    def search(
        self, q: np.ndarray, n: int, nprobe: int, mask: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """The `n` nearest rows among the `nprobe` lists nearest to `q`: (row, 1 - cosine),
        best first, like `Replica.nearest`. With a `mask` (rows allowed) the probe widens by
        1 / the fraction allowed, so it sees about as many allowed rows as an unfiltered
        probe sees rows, and keeps going, list by list, until it has `n` allowed rows."""
        if not len(self.order) or n <= 0:
            return []
        q = np.asarray(q, dtype=np.float32)
        want = max(1, nprobe)
        if mask is not None:
            allowed = int(np.count_nonzero(mask))
            if not allowed:
                return []
            want = math.ceil(want * len(mask) / allowed)
        by_centroid = np.argsort(-(self.centroids @ q), kind="stable")
        sims: list[np.ndarray] = []
        rows: list[np.ndarray] = []
        found = 0
        for probed, j in enumerate(by_centroid):
            if probed >= want and found >= n:
                break
            start, end = int(self.offsets[j]), int(self.offsets[j + 1])
            if start == end:
                continue
            s = self.vectors[start:end] @ q
            r = self.order[start:end]
            if mask is not None:
                keep = mask[r]
                s, r = s[keep], r[keep]
            sims.append(s)
            rows.append(r)
            found += len(s)
        if not found:
            return []
        sim = np.concatenate(sims)
        row = np.concatenate(rows)
        n = min(n, len(sim))
        best = np.argpartition(-sim, n - 1)[:n]
        best = best[np.lexsort((row[best], -sim[best]))]  # ties: lower row first
        return [(int(row[i]), float(1.0 - sim[i])) for i in best]

    # ---- persistence ------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        """Write to a temporary file beside `path`, then rename it over: a reader sees the old
        file or the new one, never half of one."""
        fd, tmp = tempfile.mkstemp(prefix=f"{path.name}.tmp-", suffix=".npz", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                np.savez(
                    fh,
                    format=np.int64(FORMAT),
                    centroids=self.centroids,
                    order=self.order.astype(np.int32 if len(self.order) < 2**31 else np.int64),
                    offsets=self.offsets,
                    fingerprint=np.array(self.fingerprint),
                )
                fh.flush()
                os.fsync(fh.fileno())
            Path(tmp).replace(path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @classmethod
    def load(cls, path: Path, vectors: np.ndarray, generation: int) -> IVF | None:
        """The saved index if it was built over these vectors (same fingerprint), else None."""
        try:
            with np.load(path, allow_pickle=False) as data:
                if int(data["format"]) != FORMAT:
                    return None
                if str(data["fingerprint"]) != fingerprint(vectors, generation):
                    return None
                centroids = data["centroids"]
                order = data["order"].astype(np.int64)
                offsets = data["offsets"].astype(np.int64)
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
            return None  # a missing or damaged file is a cache miss: rebuild and save anew
        if len(order) != len(vectors) or offsets[-1] != len(vectors):
            return None
        if centroids.shape[1:] != vectors.shape[1:] or len(offsets) != len(centroids) + 1:
            return None
        return cls(centroids, order, offsets, vectors[order], fingerprint(vectors, generation))
