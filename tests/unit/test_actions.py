"""'What is X doing about Y?' asks for something done or planned: a sentence that only
reports the finding is no answer. Pure, table tests."""

from __future__ import annotations

import pytest

from rag.answer_types import action_topic, asks_action, only_reports_finding


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is Cleveland Police doing about the victim-blaming language?", True),
        ("What's Cumbria doing on investigation supervision (AFI 4)?", True),
        ("How is GM responding to the HMI point about stretched investigators?", True),
        ("What did the Mayor do about them?", True),
        ("What steps has Kent taken since the report?", True),
        ("How is the force dealing with the backlog?", True),
        ("What did inspectors find about supervision?", False),
        ("How many officers does Kent have?", False),
        ("What was the force graded for responding to the public?", False),
    ],
)
def test_asks_action(question: str, expected: bool) -> None:
    assert asks_action(question) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Inspectors also found evidence of victim-blaming language.", True),
        ("We found that supervision of investigations was inconsistent.", True),
        ("The inspectors found that the commissioner was not told.", True),  # not "commission"
        ("HMICFRS highlighted the backlog in the MASH.", True),
        ("We found that the force has introduced a new triage tool.", False),  # done
        ("Inspectors found the force will need to do more.", False),  # planned
        ("HMICFRS said the force should improve its supervision.", False),  # a demand
        ("The force has appointed a lead for victim care.", False),  # not a report of one
        ("The PCC has agreed to fund two more analysts.", False),
    ],
)
def test_only_reports_finding(sentence: str, expected: bool) -> None:
    assert only_reports_finding(sentence) is expected


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        (
            "What is Cleveland Police doing about the victim-blaming language flagged in the "
            "2025 NCPI?",
            "the victim-blaming language flagged in the 2025 NCPI",
        ),
        ("What's the force doing about calls, per the PFCC?", "calls"),
        ("What steps has Kent taken?", ""),  # the question does not name one
    ],
)
def test_action_topic(question: str, topic: str) -> None:
    assert action_topic(question) == topic
