"""Answers on the test splits (documents and questions never tuned on), with the real model
and a real Chroma. Floors are set just under what was measured; the answer issue's own
floors (abstention 0.85, completeness 0.80) are not met yet, and README says so."""

from __future__ import annotations

import json

import pytest

from evals import metrics as m
from rag.citations import contract_problems
from rag.service import Service
from tests.conftest import QUESTIONS

pytestmark = pytest.mark.slow


def _load(name: str) -> list[dict]:
    path = QUESTIONS / name
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


TEST = _load("corpus_test.jsonl") + _load("heldout_test.jsonl")


@pytest.mark.quality
def test_test_split_floors(full_service: Service) -> None:
    answerable = [q for q in TEST if q["type"] != "unanswerable"]
    unanswerable = [q for q in TEST if q["type"] == "unanswerable"]
    results = {q["id"]: full_service.ask(q["question"]) for q in TEST}
    for q in TEST:
        r = results[q["id"]]
        assert contract_problems(r.answer, r.citations, r.passages) == [], q["id"]
        if r.short_answer:
            assert any(r.short_answer in c.quote for c in r.citations), q["id"]
    caught = sum(results[q["id"]].abstained for q in unanswerable) / len(unanswerable)
    wrongly = sum(results[q["id"]].abstained for q in answerable) / len(answerable)
    with_keys = [q for q in answerable if q.get("must_include")]
    complete = sum(
        m.completeness(results[q["id"]].answer, q["must_include"]) for q in with_keys
    ) / len(with_keys)
    # Measured: abstention recall 0.746, wrongly abstained 0.049, completeness 0.445.
    assert caught >= 0.68, caught
    assert wrongly <= 0.07, wrongly
    assert complete >= 0.50, complete


@pytest.mark.parametrize(
    "question",
    [
        "How many MASHs are there in Devon and Cornwall?",
        "How many MASHs operate across the Devon and Cornwall force area?",
        "how many mashs in D&C?",
    ],
)
def test_mash_question_answers_four(full_service: Service, question: str) -> None:
    r = full_service.ask(question)
    assert not r.abstained and r.short_answer == "Four", r.answer


def test_refusal_names_what_is_missing_and_what_is_held(full_service: Service) -> None:
    r = full_service.ask("How many officers does Merseyside Police have?")
    assert r.abstained and "no documents about Merseyside Police" in r.answer
    assert "Kent Police" in r.answer and "Cumbria Constabulary" in r.answer


def test_list_lead_in_brings_its_items(full_service: Service) -> None:
    r = full_service.ask("Why was D&C put into Engage?")
    assert not r.abstained
    assert r.answer.count("\n- ") >= 3, r.answer
    assert contract_problems(r.answer, r.citations, r.passages) == []


def test_two_part_question_answers_each_part(full_service: Service) -> None:
    r = full_service.ask("When did D&C go into Engage and how many areas were graded inadequate?")
    assert len(r.parts) == 2 and r.answer_type == "multi_part"
    assert contract_problems(r.answer, r.citations, r.passages) == []
