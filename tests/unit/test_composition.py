"""Structure-aware composition: a sentence that introduces a list brings its items, across a
chunk boundary too; headings are never quoted."""

from __future__ import annotations

import pytest

from rag.answer import (
    Sentence,
    _expand_lists,
    _heading_like,
    announces_items,
    asked_count,
    block_labels,
    breadcrumb,
    candidate_sentences,
    carries_on,
    compose_spans,
    gives_items,
    heading_line,
    introduces_list,
    list_items,
    names_several,
    paragraph_rest,
    section_lists,
    sentence_items,
    siblings,
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
    # A heading written as a web page's contents entry or a Markdown heading.
    assert _heading_like(p, Sentence(0, 0, 10, "> Findings"))
    assert _heading_like(p, Sentence(0, 0, 10, "## Findings"))


def test_footnote_markers_in_documents_do_not_read_as_citations() -> None:
    p = _p("The force recorded 90% of crime [12] in the year.")
    text, citations = compose_spans([(0, 0, len(p.text), False)], [p])
    assert "(12)" in text and "[12]" not in text
    assert contract_problems(text, citations, [p]) == []
    assert citations[0].quote == p.text  # the quote stays verbatim


def test_a_sentence_before_a_table_lead_brings_the_rows_and_stops_at_the_prose() -> None:
    text = (
        "Case audit results\n\n"
        "We audited 82 cases across six categories. The results are shown in the table below."
        "\n\nCategory | Cases | Inadequate\n\nMissing children | 18 | 5\n\n"
        "Online child sexual abuse | 10 | 3\n\n"
        "The results show that practice was least effective for online abuse."
    )
    p = _p(text)
    start = text.index("We audited")
    end = text.index("categories.") + len("categories.")
    spans = _expand_lists([0], [Sentence(0, start, end, text[start:end])], [p], None)
    quoted = [text[a:b] for _, a, b, _ in spans]
    assert "The results are shown in the table below." in quoted
    assert "Online child sexual abuse | 10 | 3" in quoted
    assert not any(q.startswith("The results show") for q in quoted)


def test_a_list_runs_on_into_the_next_chunk_of_its_section_only() -> None:
    first = _p("The force must:\n\nact quickly;\n\nact fairly; and", "c1", "R > Actions")
    same = _p("report back each quarter.", "c2", "R > Actions")
    other = _p("11. Recommendations\n\nWe make seven recommendations.", "c3", "R > Recs")
    s = Sentence(0, 0, len("The force must:"), "The force must:")
    for nxt, runs_on in ((same, True), (other, False)):
        pool = [first]
        _expand_lists([0], [s], pool, lambda _p, n=nxt: n)
        assert (len(pool) == 2) is runs_on


def test_section_list_answers_from_the_heading_that_names_what_is_asked() -> None:
    recs = _p(
        "Recommendations (to be met within three months)\n\n"
        "Call handlers should record triage.\n\nInvestigations should be supervised.\n\n"
        "Victims should be kept informed.",
        "c1",
        "PEEL > Accelerated causes of concern > Recommendations (to be met within three months)",
    )
    prose = _p("The force was failing victims in several ways.", "c2", "PEEL > Summary")
    found = section_lists("Staffs accelerated CoC - what were the three recs?", [prose, recs],
                          {0, 1}, None)  # fmt: skip
    assert found is not None and found.passage == 1
    assert [recs.text[a:b] for _, a, b in found.items][-1] == "Victims should be kept informed."
    # Not allowed (about another force or year): not quoted.
    assert section_lists("what were the three recs?", [prose, recs], {0}, None) is None
    assert section_lists("Why was the force failing victims?", [prose, recs], {0, 1}, None) is None


def test_a_sentence_that_points_back_or_is_completed_brings_its_neighbour() -> None:
    from rag.answer import context_sentences

    text = (
        "A 15-year-old girl reported abuse. Inspectors found the police had still not spoken "
        "to her. HM Inspector Wendy Williams described this as unacceptable.\n\nNext section."
    )
    start = text.index("HM Inspector")
    before, after = context_sentences(text, start, text.index("\n\n"))
    assert before is not None and text[slice(*before)].startswith("Inspectors found")
    assert after is None
    text = "DVPNs were used 41 times in 2023/24. This compares with 77 times in 2021/22. Next."
    before, after = context_sentences(text, 0, text.index(".") + 1)
    assert before is None and after is not None
    assert text[slice(*after)] == "This compares with 77 times in 2021/22."
    # A paragraph break ends the context: the heading's sentence is not pulled in.
    text = "Key findings\n\nThis force answers calls quickly."
    assert context_sentences(text, text.index("This"), len(text)) == (None, None)
    # "this recommendation" brings the label that numbers it.
    text = "Recommendation 1. The Chief Constable and I consider that this recommendation is met."
    before, _ = context_sentences(text, text.index("The Chief"), len(text))
    assert before is not None and text[slice(*before)] == "Recommendation 1."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("We found some good examples.", True),
        ("There were three main reasons.", True),
        ("We found many examples of innovative practice.", True),
        ("The force has made several changes.", True),
        ("We found some good examples of how the force protects children at risk of harm.", False),
        ("The force recorded three crimes.", False),
        ("We found some good examples:", False),  # a colon lead-in: introduces_list's case
    ],
)
def test_announced_items(sentence: str, expected: bool) -> None:
    assert announces_items(sentence) is expected


def test_announced_items_are_the_sentences_that_follow_until_a_turn() -> None:
    text = (
        "We found some good examples. In West Mercia, the force runs Pathways. In Merseyside, "
        "the force funds youth workers.\nBut most work was short-term.\n\nNext paragraph."
    )
    lead = "We found some good examples."
    p = _p(text)
    items = sentence_items(text, len(lead))
    assert [text[a:b].strip() for a, b in items] == [
        "In West Mercia, the force runs Pathways.",
        "In Merseyside, the force funds youth workers.",
    ]
    spans = _expand_lists([0], [Sentence(0, 0, len(lead), lead)], [p], None)
    answer, citations = compose_spans(spans, [p])
    assert "- In Merseyside" in answer and "short-term" not in answer
    assert contract_problems(answer, citations, [p]) == []


def test_a_colon_after_an_announcement_still_leads_into_its_list() -> None:
    text = "We found many examples of innovative practice. For example:\n\n- Operation A;\n\n- B."
    p = _p(text)
    lead = "We found many examples of innovative practice."
    spans = _expand_lists([0], [Sentence(0, 0, len(lead), lead)], [p], None)
    answer, _ = compose_spans(spans, [p])
    assert "Operation A" in answer


@pytest.mark.parametrize(
    ("previous", "sentence", "expected"),
    [
        (
            "The work is led by its PVP command.",
            "The command includes the MASH, a child abuse unit and a CSE team.",
            True,
        ),
        ("The force set up a new unit.", "It comprises two teams and a manager.", True),
        ("The force set up a new unit.", "The unit is based in Northampton.", False),
        (
            "The force set up a new unit.",
            "The panel includes councillors, police and others.",
            False,
        ),
    ],
)
def test_a_sentence_that_carries_on_and_lists_parts(
    previous: str, sentence: str, expected: bool
) -> None:
    assert carries_on(previous, sentence) is expected


def test_a_list_question_brings_the_sentence_that_lists_the_parts() -> None:
    text = "The work is led by its PVP command. The command includes the MASH, a CAIU and POLIT."
    p = _p(text)
    lead = "The work is led by its PVP command."
    s = Sentence(0, 0, len(lead), lead)
    plain, _ = compose_spans(_expand_lists([0], [s], [p], None), [p])
    listed, _ = compose_spans(_expand_lists([0], [s], [p], None, listing=True), [p])
    assert "POLIT" not in plain and "POLIT" in listed


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Its members are the four councils, the police, the fire service and the NHS.", True),
        ("The five areas were Croydon, Liverpool, Oxfordshire, South Tyneside and Bedford.", True),
        ("The force should do the following:", True),
        ("We found some good examples.", True),
        ("Safer Roads is the partnership for Barnsley and Sheffield.", False),
        ("The force has made progress, but there is more to do.", False),
    ],
)
def test_a_sentence_that_gives_items(sentence: str, expected: bool) -> None:
    """What a list question's answer looks like: several items, or the lead-in to them."""
    assert gives_items(sentence) is expected


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Notable practice: Humberside Police - Retail Evidence Gateway.\n\nIt works.",
         ["notable practice"]),
        ("Intro.\n\n> Area for improvement: the force should train staff.",
         ["area for improvement"]),
        ("The force said: we will act.", []),  # a colon inside a sentence opens no block
        ("A label that is far too long to be a label of a block: text", []),
    ],
)  # fmt: skip
def test_block_labels(text: str, labels: list[str]) -> None:
    assert block_labels(text) == labels


def _labelled(doc: str, chunk: str, text: str) -> Passage:
    return Passage(1, chunk, doc, "The report", "inspection_report", None, None, "x.md", None,
                   "Report", text, 1.0)  # fmt: skip


def test_a_list_item_brings_its_labelled_siblings_from_its_own_document() -> None:
    """'What notable practice is in the thematic?': each example is a block of its own,
    under the same label, and every one of them is an item however it scores."""
    passages = [
        _labelled("report", "c1", "Notable practice: Humberside Police - Gateway."),
        _labelled("response", "c2", "Notable practice: we welcome the report."),
        _labelled("report", "c3", "Notable practice: Norfolk - Operation Tillbox."),
        _labelled("report", "c4", "Retail crime is rising."),
    ]
    sentences = [Sentence(i, 0, len(p.text), p.text) for i, p in enumerate(passages)]
    assert siblings(0, sentences, passages, []) == [2]  # the best one leads apart
    # a best sentence without a label brings nothing more
    assert siblings(3, sentences, passages, [1]) == [1]


HEADED = (
    "What the Authority heard from passengers and railway staff\n\n"
    "In preparing this response, members met the rail unions. Several themes came up:\n\n"
    "staff want refresher sessions;\n\n"
    "smaller stations wait a long time for officers.\n\n"
    "Next section"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("What the Authority heard from passengers and railway staff", True),
        ("4. Our findings", True),
        ("Inspectors found evidence of victim-blaming language.", False),  # a stop: prose
        ("Several themes came up:", False),
        ("| Rec 1 | Accepted |", False),  # a table row
        ("the force has agreed to review its policy", False),  # lower case: a broken line
    ],
)
def test_heading_line(line: str, expected: bool) -> None:
    text = f"{line}\n\nThe block it opens says something.\n"
    assert heading_line(text, 0, len(line)) is expected


def test_a_heading_is_never_the_last_thing_in_its_chunk_or_mid_line() -> None:
    assert not heading_line("Summary", 0, 7)  # nothing after it
    text = "Our findings were mixed. Summary of work\n\nMore."
    start = text.index("Summary")
    assert not heading_line(text, start, start + len("Summary of work"))


def test_a_chosen_heading_stands_for_the_block_it_opens_and_its_list() -> None:
    p = _p(HEADED)
    head = HEADED.split("\n")[0]
    pool = [p]
    chosen = [Sentence(0, 0, len(head), head)]
    assert compose_spans(_expand_lists([0], chosen, pool, None), pool)[0].startswith("What the")
    spans = _expand_lists([0], chosen, pool, None, paragraph=True)
    text, citations = compose_spans(spans, pool)
    assert not text.startswith("What the Authority heard")
    assert "members met the rail unions" in text
    assert "- staff want refresher sessions;" in text
    assert "- smaller stations wait a long time for officers." in text
    assert contract_problems(text, citations, pool) == []


FIELDWORK = (
    "We carried out fieldwork between March and May. In each force we reviewed 200 records, "
    "making 600 in total. We held 27 focus groups. But the records were often incomplete. "
    "We also met panels.\n\nOur main findings were:\n\nthe first finding."
)


def test_paragraph_rest_carries_on_until_a_turn() -> None:
    end = FIELDWORK.index("May.") + 4
    rest = [FIELDWORK[a:b] for a, b in paragraph_rest(FIELDWORK, end)]
    assert rest == ["In each force we reviewed 200 records, making 600 in total.",
                    "We held 27 focus groups."]  # fmt: skip


def test_paragraph_rest_stops_at_a_lead_in_and_at_the_paragraph_end() -> None:
    text = "The force set up a hub. It has four teams. Its work includes:\n\nthe first item."
    end = text.index("hub.") + 4
    assert [text[a:b] for a, b in paragraph_rest(text, end)] == ["It has four teams."]
    text = "The force set up a hub.\nA new paragraph about something else."
    assert paragraph_rest(text, text.index("\n")) == []


def test_the_best_sentence_brings_its_paragraph_only_when_an_account_is_asked() -> None:
    p = _p(FIELDWORK)
    first = FIELDWORK[: FIELDWORK.index("May.") + 4]
    chosen = [Sentence(0, 0, len(first), first)]
    alone = compose_spans(_expand_lists([0], chosen, [p], None), [p])[0]
    whole = compose_spans(_expand_lists([0], chosen, [p], None, paragraph=True), [p])[0]
    assert "600 in total" not in alone
    assert "600 in total" in whole and "27 focus groups" in whole
    assert "incomplete" not in whole


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("You are here: Home > Holding the police to account > HMICFRS inspections", True),
        ("Home > News > PCC responds to inspection", True),
        ("Report › Findings › Summary", True),
        ("Grades rose from 3 > 2 in the year.", False),
        ("The force scored > 90 percent in two areas and > 80 in one.", False),
    ],
)
def test_a_breadcrumb_trail_is_furniture(line: str, expected: bool) -> None:
    assert breadcrumb(line) is expected


def test_a_breadcrumb_is_never_a_candidate_answer() -> None:
    text = (
        "You are here: Home > Holding the police to account > Grounds for trust\n\n"
        "The inspectorate has not said whether it will return to check progress."
    )
    quoted = [s.text for s in candidate_sentences([_p(text)])]
    assert quoted == ["The inspectorate has not said whether it will return to check progress."]


@pytest.mark.parametrize(
    ("question", "things"),
    [
        ("Which eight forces were in the vetting inspection?", "forces"),
        ("Which 20 councils is BTP signing ISAs with?", "councils"),
        ("What six areas did HMI list for Derbyshire?", "areas"),
        ("Which forces were inspected?", ""),  # no size given
        ("Which 2021 reports mention drones?", ""),  # a year, not a size
        ("Which one is it?", ""),
    ],
)
def test_asked_count(question: str, things: str) -> None:
    assert asked_count(question) == things


@pytest.mark.parametrize(
    ("spans", "forces", "expected"),
    [
        ([("Agreements with 20 councils", False)], False, False),
        ([("Four forces caused concern:", False), ("Kent", True), ("Essex", True)], False, True),
        ([("It covered Leeds, Bradford, Wakefield and Calderdale.", False)], False, True),
        ([("It will extend to Wigan and Tameside.", False)], False, True),
        # an aside about one force, and another's mention elsewhere, name none of the eight
        (
            [
                ("Fieldwork was carried out in eight police forces.", False),
                ("Essex Police was not one of the eight forces.", False),
                ("A Metropolitan Police officer was convicted.", False),
            ],
            True,
            False,
        ),
        ([("We visited Kent Police and Essex Police.", False)], True, True),
    ],
)
def test_names_several(spans: list[tuple[str, bool]], forces: bool, expected: bool) -> None:
    assert names_several(spans, forces=forces) is expected


@pytest.mark.parametrize(
    ("spans", "size", "expected"),
    [
        # three fieldwork forces are not the seventeen asked about
        (
            [("Lancashire obtained 14, Hampshire obtained six and Wiltshire none.", False)],
            17,
            False,
        ),
        ([("Leeds, Bradford and Wakefield took part.", False)], 5, True),
        ([("Leeds and Bradford took part.", False)], 5, False),
    ],
)
def test_names_several_names_most_of_those_asked(
    spans: list[tuple[str, bool]], size: int, expected: bool
) -> None:
    assert names_several(spans, size=size) is expected
