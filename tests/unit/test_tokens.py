"""The one tokenizer: a sum matches however it is written."""

from __future__ import annotations

import pytest

from rag.tokens import tokenize


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("£2.93m", "£2.93 million"),
        ("£3bn", "£3 billion"),
        ("£85k", "£85,000"),
        ("£1.2M", "£1.2 million"),
    ],
)
def test_a_unit_against_a_number_is_spelled_out(short: str, long: str) -> None:
    assert tokenize(short) == tokenize(long)


@pytest.mark.parametrize("word", ["5km", "3am", "PIP2", "Mk2", "10mph"])
def test_other_words_that_end_in_a_letter_are_left_alone(word: str) -> None:
    assert tokenize(word) == [word.lower()]
