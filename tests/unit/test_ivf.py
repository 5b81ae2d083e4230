"""The IVF coarse index (rag.ivf): recall against exact search on clustered vectors, filters
(masks), persistence and invalidation. Pure numpy, fixed seeds."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rag.ivf import IVF, default_lists, fingerprint
from rag.settings import Settings


def _unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def clustered(n: int, dim: int = 384, queries: int = 50, seed: int = 0):
    """A mixture of gaussians on the sphere: 40 topics, 800 sub-topics around them, rows and
    queries (not in the set) scattered around the sub-topics."""
    rng = np.random.default_rng(seed)
    topics = _unit(rng.normal(size=(40, dim)))
    centres = _unit(topics[rng.integers(40, size=800)] + 0.9 * _unit(rng.normal(size=(800, dim))))

    def draw(m: int, spread: float) -> np.ndarray:
        c = rng.integers(800, size=m)
        return _unit(centres[c] + rng.normal(size=(m, dim)).astype(np.float32) * spread)

    return draw(n, 0.06), draw(queries, 0.08)


def exact(vectors: np.ndarray, q: np.ndarray, n: int, mask: np.ndarray | None = None) -> list:
    sims = vectors @ q
    if mask is not None:
        sims = np.where(mask, sims, -np.inf)
    order = np.argsort(-sims, kind="stable")[:n]
    return [int(i) for i in order if np.isfinite(sims[i])]


@pytest.fixture(scope="module")
def data() -> tuple[np.ndarray, np.ndarray, IVF]:
    vectors, queries = clustered(50_000)
    return vectors, queries, IVF.build(vectors)


def test_recall_at_10_against_exact_search(data) -> None:
    vectors, queries, ivf = data
    nprobe = Settings().ivf_nprobe
    recall = np.mean(
        [
            len({r for r, _ in ivf.search(q, 10, nprobe)} & set(exact(vectors, q, 10))) / 10
            for q in queries
        ]
    )
    assert ivf.lists == default_lists(50_000) == 256
    assert recall >= 0.95


def test_distances_are_exact_cosine_distances_best_first(data) -> None:
    vectors, queries, ivf = data
    found = ivf.search(queries[0], 20, 8)
    assert len(found) == 20
    dists = [d for _, d in found]
    assert dists == sorted(dists)
    for row, dist in found:
        assert dist == pytest.approx(1.0 - float(vectors[row] @ queries[0]), abs=1e-5)


def test_probing_every_list_is_exact_search(data) -> None:
    vectors, queries, ivf = data
    for q in queries[:5]:
        assert [r for r, _ in ivf.search(q, 10, ivf.lists)] == exact(vectors, q, 10)


def test_a_mask_returns_only_allowed_rows(data) -> None:
    vectors, queries, ivf = data
    rng = np.random.default_rng(1)
    broad = rng.random(len(vectors)) < 0.4
    for q in queries[:10]:
        found = [r for r, _ in ivf.search(q, 50, 32, broad)]
        assert len(found) == 50 and all(broad[r] for r in found)
    # A selective mask: the probe widens until it has found enough allowed rows.
    few = np.zeros(len(vectors), dtype=bool)
    few[rng.choice(len(vectors), size=7, replace=False)] = True
    found = ivf.search(queries[0], 10, 4, few)
    assert [r for r, _ in found] == exact(vectors, queries[0], 10, few)
    assert ivf.search(queries[0], 10, 4, np.zeros(len(vectors), dtype=bool)) == []


def test_masked_recall_matches_unmasked(data) -> None:
    vectors, queries, ivf = data
    mask = np.random.default_rng(2).random(len(vectors)) < 0.5
    hits = [
        {r for r, _ in ivf.search(q, 10, 32, mask)} & set(exact(vectors, q, 10, mask))
        for q in queries
    ]
    recall = np.mean([len(h) / 10 for h in hits])
    assert recall >= 0.95


def test_build_is_deterministic_for_a_seed() -> None:
    vectors, _ = clustered(3000, dim=32)
    a, b = IVF.build(vectors, seed=3), IVF.build(vectors, seed=3)
    assert np.array_equal(a.order, b.order) and np.array_equal(a.centroids, b.centroids)
    assert np.array_equal(a.vectors, vectors[a.order])
    assert a.offsets[0] == 0 and a.offsets[-1] == len(vectors)
    assert np.all(np.diff(a.offsets) >= 0)


def test_saved_index_loads_with_identical_results(tmp_path: Path, data) -> None:
    vectors, queries, ivf = data
    path = tmp_path / "ivf.npz"
    ivf.save(path)
    loaded = IVF.load(path, vectors, 0)
    assert loaded is not None
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind
    for q in queries[:10]:
        assert loaded.search(q, 50, 16) == ivf.search(q, 50, 16)


def test_a_saved_index_over_other_vectors_is_not_loaded(tmp_path: Path) -> None:
    vectors, _ = clustered(2000, dim=16)
    path = tmp_path / "ivf.npz"
    IVF.build(vectors, generation=5).save(path)
    assert IVF.load(path, vectors, 5) is not None
    assert IVF.load(path, vectors, 6) is None  # another generation
    changed = vectors.copy()
    changed[1] = changed[0]  # one row, not one of the sampled ones
    assert fingerprint(changed, 5) != fingerprint(vectors, 5)
    assert IVF.load(path, changed, 5) is None
    assert IVF.load(path, vectors[:-1], 5) is None
    path.write_bytes(b"not an npz file")
    assert IVF.load(path, vectors, 5) is None
    assert IVF.load(tmp_path / "missing.npz", vectors, 5) is None


def test_default_lists_grow_with_the_square_root() -> None:
    assert default_lists(1_000_000) == 1024
    assert default_lists(100_000) == 256
    assert default_lists(10) == 2
    assert default_lists(1) == 1


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(1, 300),
    k=st.integers(1, 40),
    lists=st.integers(1, 20),
    keep=st.floats(0.0, 1.0),
    seed=st.integers(0, 2**16),
)
def test_property_full_probe_equals_brute_force(
    n: int, k: int, lists: int, keep: float, seed: int
) -> None:
    rng = np.random.default_rng(seed)
    vectors = _unit(rng.normal(size=(n, 8)))
    q = _unit(rng.normal(size=(1, 8)))[0]
    mask = rng.random(n) < keep
    ivf = IVF.build(vectors, lists=lists, seed=seed)
    for m in (None, mask):
        found = ivf.search(q, k, ivf.lists, m)
        want = exact(vectors, q, k, m)
        assert len(found) == len(want)
        assert all(m is None or m[r] for r, _ in found)
        # Same distances in the same order (ties may pick other rows of equal distance).
        assert np.allclose([d for _, d in found], [1 - float(vectors[r] @ q) for r in want])


def test_a_damaged_saved_index_is_a_cache_miss(tmp_path: Path) -> None:
    """A zero-length file (a crash before the data reached the disk) or a truncated zip
    must not break every dense search: load says 'not there' and the caller rebuilds."""
    vectors, _ = clustered(2000, dim=16)
    path = tmp_path / "ivf.npz"
    IVF.build(vectors, generation=1).save(path)
    whole = path.read_bytes()
    for damaged in (b"", whole[: len(whole) // 2], whole[:-20] + b"\0" * 20):
        path.write_bytes(damaged)
        assert IVF.load(path, vectors, 1) is None
