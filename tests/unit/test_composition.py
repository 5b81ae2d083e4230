"""Structure-aware composition: a sentence that introduces a list brings its items, across a
chunk boundary too; headings are never quoted."""

from __future__ import annotations

from rag.answer import (
    Sentence,
    _expand_lists,
    _heading_like,
    compose_spans,
    introduces_list,
    list_items,
)
from rag.citations import contract_problems
from rag.models import Passage


def _p(text: str, chunk_id: str = "c1", section: str = "Report > Findings") -> Passage:
    return Passage(1, chunk_id, "doc", "The report", "inspection_report", None, None, "x.md",
                   None, section, text, 1.0)  # fmt: skip


LIST = (
    "It is my view that goals are much easier to reach when:\n\n"
    "leaders set clear priorities;\n\n"
    "staff are trained; and\n\n"
    "progress is checked every quarter.\n\n"
    "The next paragraph is about something else entirely and goes on for a while."
)


def test_list_items_stop_at_the_item_with_a_full_stop() -> None:
    end = LIST.index(":") + 1
    items = [LIST[a:b] for a, b in list_items(LIST, end)]
    assert items == [
        "leaders set clear priorities;",
        "staff are trained; and",
        "progress is checked every quarter.",
    ]


def test_lead_in_brings_its_items_and_citation_stays_verbatim() -> None:
    p = _p(LIST)
    lead = LIST[: LIST.index(":") + 1]
    s = Sentence(0, 0, len(lead), lead)
    assert introduces_list(lead)
    pool = [p]
    spans = _expand_lists([0], [s], pool, None)
    text, citations = compose_spans(spans, pool)
    assert (
        "- leaders set clear priorities;" in text and "- progress is checked every quarter." in text
    )
    assert "something else" not in text
    assert contract_problems(text, citations, pool) == []


def test_list_that_runs_into_the_next_chunk() -> None:
    first = _p("The report makes these recommendations:\n\nforces should do A;", "c1")
    second = _p("forces should do B; and\n\nforces should do C.\n\nKey findings", "c2")
    s = Sentence(0, 0, first.text.index(":") + 1, "The report makes these recommendations:")
    pool = [first]
    spans = _expand_lists([0], [s], pool, lambda p: second if p.chunk_id == "c1" else None)
    text, citations = compose_spans(spans, pool)
    assert [c.chunk_id for c in citations] == ["c1", "c2"]
    assert "forces should do C." in text and "Key findings" not in text
    assert contract_problems(text, citations, pool) == []


def test_headings_and_titles_are_not_answers() -> None:
    p = _p("Findings\n\nThe force was good.", section="The report > Findings")
    assert _heading_like(p, Sentence(0, 0, 8, "Findings"))
    assert not _heading_like(p, Sentence(0, 10, 30, "The force was good."))


def test_footnote_markers_in_documents_do_not_read_as_citations() -> None:
    p = _p("The force recorded 90% of crime [12] in the year.")
    text, citations = compose_spans([(0, 0, len(p.text), False)], [p])
    assert "(12)" in text and "[12]" not in text
    assert contract_problems(text, citations, [p]) == []
    assert citations[0].quote == p.text  # the quote stays verbatim
