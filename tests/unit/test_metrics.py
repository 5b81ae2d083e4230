"""Metric functions against hand-computed tables."""

from __future__ import annotations

import math

import pytest

from evals import metrics as m

EVIDENCE = "Practice was judged good in 20 cases, requiring improvement in 31 and inadequate in 28"


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        (
            "... practice   was judged GOOD in 20 cases, requiring improvement in 31 and "
            "inadequate in 28 – so ...",
            True,
        ),  # whole evidence, case and spaces folded
        # Split by a chunk boundary: the first 10 of 15 words (67%) are here, contiguous.
        ("Inspectors said: Practice was judged good in 20 cases, requiring improvement in", True),
        # Only 8 of 15 words (53%): below the 60% rule.
        ("Practice was judged good in 20 cases, requiring", False),
        # 9 of 15 (60%) contiguous: exactly at the rule.
        ("Practice was judged good in 20 cases, requiring improvement", True),
        # Punctuation is not a word: this is the same contiguous run of 12 words.
        ("Practice was judged good. In 20 cases, requiring improvement in 31 and", True),
        # Enough words but not contiguous: the longest run is 8 words.
        ("Practice was judged good by staff in 20 cases requiring improvement in 31 and", False),
        ("", False),
    ],
)
def test_hit_rule(passage: str, expected: bool) -> None:
    assert m.hits(passage, EVIDENCE) is expected


def test_empty_evidence_never_hits() -> None:
    assert not m.hits("anything", "")


def test_rank_metrics() -> None:
    passages = ["nothing", "nope", EVIDENCE, EVIDENCE]
    rank = m.first_hit_rank(passages, EVIDENCE)
    assert rank == 3
    assert (m.hit_at(rank, 1), m.hit_at(rank, 3), m.hit_at(rank, 5)) == (0.0, 1.0, 1.0)
    assert m.reciprocal_rank(rank) == pytest.approx(1 / 3)
    assert m.reciprocal_rank(None) == 0.0 and m.hit_at(None, 10) == 0.0
    assert m.reciprocal_rank(11, k=10) == 0.0


def test_ndcg_hand_computed() -> None:
    # Relevant at ranks 1 and 3 of three: DCG = 1 + 1/log2(4); ideal = 1 + 1/log2(3).
    assert m.ndcg([True, False, True]) == pytest.approx((1 + 0.5) / (1 + 1 / math.log2(3)))
    assert m.ndcg([False, False]) == 0.0
    assert m.ndcg([True]) == 1.0


def test_doc_recall_needs_every_gold_document() -> None:
    assert m.doc_recall(["a", "b", "c"], ["a", "c"], 3) == 1.0
    assert m.doc_recall(["a", "b", "c"], ["a", "c"], 2) == 0.0
    assert m.doc_recall(["a"], [], 5) == 0.0


def test_answer_metrics() -> None:
    assert m.token_f1("twenty cases were good", "20 cases were good") == pytest.approx(0.75)
    assert m.token_f1("", "x") == 0.0
    assert m.key_number_match("None of the 11 children", "None of the 11.") == 1.0
    assert m.key_number_match("31 needed improvement", "20 (31 needed improvement)") == 0.5
    assert m.key_number_match("anything", "no figures here at all") is None


def test_precision_recall_and_percentiles() -> None:
    assert m.precision_recall([True, True, False, False], [True, False, True, False]) == (0.5, 0.5)
    assert m.precision_recall([False, False], [False, False]) == (1.0, 1.0)
    assert m.percentile([1, 2, 3, 4, 5], 0.5) == 3
    assert m.percentile([10, 20], 0.95) == pytest.approx(19.5)
    assert m.percentile([], 0.5) == 0.0


def test_completeness_ignores_a_full_stop_but_keeps_decimals() -> None:
    answer = "Reports have risen by 540%. It is led by Karen Oduya. It costs £2.9 million. [1]"
    assert m.completeness(answer, ["540%", "Karen Oduya", "£2.9 million"]) == 1.0
    assert m.completeness(answer, ["£2 million"]) == 0.0
