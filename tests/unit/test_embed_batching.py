"""Bulk embedding's pure helpers: distinct texts and length-sorted batches give every input
its own vector back, in order."""

from __future__ import annotations

import numpy as np
import pytest

from rag.embedding import HashEmbedder, distinct, length_batches


def test_distinct_keeps_first_seen_order_and_maps_back() -> None:
    texts = ["b", "a", "b", "c", "a", "b"]
    unique, inverse = distinct(texts)
    assert unique == ["b", "a", "c"]
    assert [unique[i] for i in inverse] == texts


def test_distinct_of_nothing() -> None:
    unique, inverse = distinct([])
    assert unique == [] and inverse.shape == (0,)


def test_length_batches_cover_every_position_once_longest_first() -> None:
    lengths = [3, 9, 1, 9, 5, 2, 7]
    batches = length_batches(lengths, 3)
    assert [len(b) for b in batches] == [3, 3, 1]
    flat = np.concatenate(batches).tolist()
    assert sorted(flat) == list(range(len(lengths)))
    assert [lengths[i] for i in flat] == sorted(lengths, reverse=True)
    assert flat[:2] == [1, 3]  # ties keep input order
    for b in batches:
        assert lengths[b[0]] == max(lengths[i] for i in b)  # the first sets the padding


def test_length_batches_refuse_a_zero_batch() -> None:
    with pytest.raises(ValueError):
        length_batches([1, 2], 0)


def test_dedupe_then_restore_gives_each_input_its_own_vector() -> None:
    """What OnnxEmbedder.embed does with the helpers, checked with a model-free embedder."""
    emb = HashEmbedder()
    texts = ["the force", "a longer text about the force and its plan", "the force", "x y"]
    unique, inverse = distinct(texts)
    lengths = [emb.count_tokens(t) for t in unique]
    out = np.zeros((len(unique), emb.dim), dtype=np.float32)
    for idx in length_batches(lengths, 2):
        out[idx] = emb.embed([unique[j] for j in idx])
    assert np.array_equal(out[inverse], emb.embed(texts))
