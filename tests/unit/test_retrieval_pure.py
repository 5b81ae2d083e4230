"""Fusion, filters and query understanding: pure functions, table tests."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from rag.errors import ConfigError
from rag.filters import Filters, parse_where
from rag.fusion import rrf, same_document, select
from rag.query import analyse, boost, expand, is_follow_up, rewrite_follow_up


def test_rrf_hand_computed() -> None:
    fused = rrf({"a": ["x", "y", "z"], "b": ["y", "x"]}, {"a": 1.0, "b": 0.5}, k=60)
    scores = dict(fused)
    assert scores["x"] == pytest.approx(1 / 61 + 0.5 / 62)
    assert scores["y"] == pytest.approx(1 / 62 + 0.5 / 61)
    assert scores["z"] == pytest.approx(1 / 63)
    assert [i for i, _ in fused] == ["x", "y", "z"]


def test_rrf_zero_weight_ignores_a_ranking_and_ties_keep_order() -> None:
    assert [i for i, _ in rrf({"a": ["p", "q"], "b": ["q"]}, {"b": 0.0})] == ["p", "q"]
    assert [i for i, _ in rrf({"a": ["p"], "b": ["q"]}, {})] == ["p", "q"]


def test_select_collapses_near_duplicates_and_caps_per_document() -> None:
    text = "the force was inadequate at recording crime in nine areas of policing"
    items = [
        ("1", "d1", text),
        ("2", "d1", text + "."),
        ("3", "d1", "other words entirely"),
        ("4", "d1", "yet more different words"),
        ("5", "d2", "a response document"),
    ]
    picked = select(items, 3, max_per_doc=2)
    assert picked == [0, 2, 4]  # 2 is a duplicate of 1; 4 waits for the cap; d2 gets a place


def test_select_fills_from_capped_document_when_nothing_else() -> None:
    items = [(str(i), "d1", f"unique text number {i} " * 3) for i in range(4)]
    assert select(items, 3, max_per_doc=2) == [0, 1, 2]


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        (["doc_type=pcc_response"], {"doc_type": "pcc_response"}),
        (
            ["force=Kent Police", "force=Essex Police"],
            {"force": {"$in": ["Essex Police", "Kent Police"]}},
        ),
        (["year=2021"], {"$and": [{"year": {"$gte": 2021}}, {"year": {"$lte": 2021}}]}),
        (
            ["year=2019-2022", "doc_id=x"],
            {"$and": [{"doc_id": "x"}, {"year": {"$gte": 2019}}, {"year": {"$lte": 2022}}]},
        ),
        (["year=2019-"], {"year": {"$gte": 2019}}),
        ([], None),
    ],
)
def test_where_to_chroma(where: list[str], expected: object) -> None:
    assert parse_where(where).to_where() == expected


@pytest.mark.parametrize("bad", ["doc_type", "colour=red", "year=last", "force="])
def test_bad_where(bad: str) -> None:
    with pytest.raises(ConfigError):
        parse_where([bad])


def test_filters_match_both_sides_alike() -> None:
    f = parse_where(["force=Kent Police", "year=2019-2022"])
    assert f.matches({"force": "Kent Police", "year": 2020})
    assert not f.matches({"force": "Kent Police", "year": 2023})
    assert not f.matches({"force": "Kent Police"})  # unknown year never matches a range
    assert Filters().matches({})
    assert f.describe() == "Kent Police; 2019-2022"
    assert parse_where(["doc_type=pcc_response"]).describe() == "PCC responses"


@pytest.mark.parametrize(
    ("question", "forces", "doc_types", "years"),
    [
        ("What did D&C's PCC say?", ("Devon and Cornwall Police",), {"pcc_response"}, set()),
        ("Kent 2021/22 PEEL grades", ("Kent Police",), {"inspection_report"}, {2021, 2022}),
        ("What did the commissioner's reply say?", (), {"pcc_response"}, set()),
        ("national thematic findings in 2019", (), {"thematic_report"}, {2019}),
        ("the Met in 2016", ("Metropolitan Police Service",), set(), {2016}),
    ],
)
def test_analyse(
    question: str, forces: tuple[str, ...], doc_types: set[str], years: set[int]
) -> None:
    intent = analyse(question)
    assert intent.forces == forces
    assert set(intent.doc_types) == doc_types
    assert set(intent.years) == years


def test_expand_and_boost() -> None:
    intent = analyse("What did D&C say in 2023?")
    assert "Devon and Cornwall Police" in expand("What did D&C say in 2023?", intent)
    assert boost({"force": "Devon and Cornwall Police", "year": 2023}, intent) == 1.5
    assert boost({"force": "Kent Police", "title": "PEEL 2023"}, intent) == 0.5


def test_follow_up_rewriting() -> None:
    history = ["What did HMICFRS find about Derbyshire's missing children?"]
    assert is_follow_up("And what did the commissioner say about that?")
    rewritten = rewrite_follow_up("And what did the commissioner say about that?", history)
    assert "Derbyshire" in rewritten
    standalone = "What grades did Kent Police get in PEEL 2021/22?"
    assert rewrite_follow_up(standalone, history) == standalone
    assert rewrite_follow_up("And what about that?", []) == "And what about that?"


def test_lexical_mask_and_exact_nearest() -> None:
    import numpy as np

    from rag.replica import Replica
    from rag.store import StoredChunk

    metas = [
        {"doc_id": "a", "force": "Kent Police", "doc_type": "pcc_response", "year": 2020},
        {"doc_id": "b", "force": "Essex Police", "doc_type": "pcc_response", "year": 2022},
        {"doc_id": "c", "force": "Kent Police", "doc_type": "inspection_report"},
    ]
    vecs = np.eye(3, dtype=np.float32)
    lex = Replica.build(
        [StoredChunk(str(i), f"text {i}", m, vecs[i]) for i, m in enumerate(metas)], generation=1
    )
    for where in (
        ["force=Kent Police"],
        ["year=2019-2021"],
        ["doc_type=pcc_response", "year=2021-"],
        ["doc_id=c"],
    ):
        f = parse_where(where)
        assert list(lex.mask(f)) == [f.matches(m) for m in metas]  # same rules both sides
    kent = lex.mask(parse_where(["force=Kent Police"]))
    got = lex.nearest(np.array([0.0, 0.6, 0.8], dtype=np.float32), kent, 5)
    assert [i for i, _ in got] == [2, 0]  # b is filtered out; c is nearest
    assert got[0][1] == pytest.approx(0.2)
    assert lex.mask(Filters()) is None


def test_filters_from_json_names_bad_keys_and_values() -> None:
    from rag.filters import filters_from_json

    f = filters_from_json({"force": "Gwent Police", "year_min": "2019"})
    assert f.force == {"Gwent Police"} and f.year_min == 2019  # a string is one value
    for raw, message in [
        ({"forces": ["Kent"]}, "unknown filter key 'forces'"),
        ({"year_min": "2019x"}, "year_min must be a year"),
        ({"year_min": 2023, "year_max": 2019}, "reversed"),
        ({"force": 3}, "must be a string or a list"),
        ([1, 2], "must be a JSON object"),
    ]:
        with pytest.raises(ConfigError, match=message):
            filters_from_json(raw)


def test_filter_values_are_checked_against_the_library() -> None:
    from rag.filters import check_values

    held = {"force": ["Kent Police", "Essex Police"], "doc_type": ["pcc_response"], "doc_id": []}
    with pytest.raises(ConfigError, match="did you mean 'Kent Police'"):
        check_values(Filters(force=frozenset({"Kent"})), held)
    with pytest.raises(ConfigError, match="did you mean 'pcc_response'"):
        check_values(Filters(doc_type=frozenset({"pcc"})), held)
    assert check_values(Filters(force=frozenset({"Kent Police"})), held).force == {"Kent Police"}
    with pytest.raises(ConfigError, match="reversed"):
        parse_where(["year=2023-2019"])


@dataclass(frozen=True)
class _Doc:
    chunk: str
    doc_id: str


def test_same_document_draws_more_of_the_leading_document_only() -> None:
    pool = [_Doc("a1", "a"), _Doc("b1", "b")]
    rest = [_Doc("b2", "b"), _Doc("a2", "a"), _Doc("c1", "c"), _Doc("a3", "a"), _Doc("a4", "a")]
    assert [p.chunk for p in same_document(pool, rest, 2)] == ["a2", "a3"]
    assert same_document(pool, rest, 0) == []
    assert same_document([], rest, 3) == []
