"""Questions that name a document by its subject ("the fraud thematic"), compare entities,
rest on a finding never made, or ask for a report's numbered findings: question analysis,
scope checks and list answers, as tables."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rag.answer import (
    absent_role,
    findings_answer,
    looked_up_passages,
    misattributed,
    named_finding_passages,
    signatory_answer,
    single_finding_answer,
    summary_answer,
    unstated_position,
)
from rag.catalogue import (
    Catalogue,
    branded,
    brands,
    named_documents,
    scope_problem,
    without_names,
)
from rag.fusion import document_bonus, interleave
from rag.ledger import asked_findings, named_finding
from rag.models import Passage
from rag.query import (
    analyse,
    boost,
    entity_queries,
    expand_terms,
    named_subjects,
    title_terms,
    titled,
)


@pytest.mark.parametrize(
    ("question", "terms"),
    [
        ("Which forces did HMI go into for the fraud thematic?", ("fraud",)),
        ("What were the recs in the Durham contact management report?", ("contact", "management")),
        ("What did the custody inspection say about Avon and Somerset?", ("custody",)),
        ("Leicestershire PCC's response to the misogyny report?", ("misogyny",)),
        ("What did Cumbria get for preventing crime in PEEL 23-25?", ()),
        ("What were the recommendations of the 2019 thematic report?", ()),
        ("Kent vs Staffs PEEL 21/22 - same problem areas?", ()),
        ("What did the PCC say in her response?", ()),
    ],
)
def test_title_terms(question: str, terms: tuple[str, ...]) -> None:
    assert title_terms(question) == terms


@pytest.mark.parametrize(
    ("question", "subjects"),
    [
        ("The s&s thematic says sickness is 7.9%", (("s&s",),)),
        (
            "What did she say about the control room sickness review in her s&s response?",
            (("control", "room", "sickness"), ("s&s",)),
        ),
        ("What did the PCC say in her response?", ()),
    ],
)
def test_named_subjects_one_per_document(question: str, subjects: tuple) -> None:
    assert named_subjects(question) == subjects


@pytest.mark.parametrize(
    ("title", "terms", "expected"),
    [
        ("Counting the cost: an inspection of the police response to fraud", ("fraud",), True),
        ("Counting the cost", ("fraud",), False),
        ("Online sexual abuse and exploitation of children", ("online", "csa"), True),
        ("Police contact management: Durham", ("contact", "management"), True),
        ("Grounds for trust: how forces use stop and search", ("s&s",), True),
    ],
)
def test_titled(title: str, terms: tuple[str, ...], expected: bool) -> None:
    assert titled(title, terms) is expected


def test_entity_queries_split_forces_and_rounds() -> None:
    got = entity_queries("How did Glos compare with Kent on crime recording?", analyse("x"))
    assert [i.forces for _, i in got] == [
        ("Gloucestershire Constabulary",),
        ("Kent Police",),
    ]
    assert "Kent" not in got[0][0] and "Glos" not in got[1][0]
    rounds = entity_queries("Kent's grades in 2018/19 against 2021/22?", analyse("x"))
    assert [q for q, _ in rounds] == [
        "Kent's grades in 2018/19 against ?",
        "Kent's grades in against 2021/22?",
    ]
    assert entity_queries("What did Kent's PEEL find?", analyse("x")) == []


@pytest.mark.parametrize(
    ("question", "added"),
    [
        ("When did Staffs go into special measures?", "engage"),
        ("Who was the senior officer in charge?", "chief constable"),
        ("What did inspectors say about kids going missing?", "children"),
        ("What did the chief constable say?", None),  # already official: nothing added
    ],
)
def test_expand_terms(question: str, added: str | None) -> None:
    out = expand_terms(question)
    if added is None:
        assert out == question
    else:
        assert out.startswith(question) and added in out[len(question) :]


@given(st.lists(st.lists(st.sampled_from("abcdefgh"), unique=True), min_size=1, max_size=4))
def test_interleave_keeps_each_item_once_at_its_first_place(lists: list[list[str]]) -> None:
    rankings = [[(x, 1.0 / (i + 1)) for i, x in enumerate(r)] for r in lists]
    out = [x for x, _ in interleave(rankings)]
    assert len(out) == len(set(out)) == len({x for r in lists for x in r})
    firsts = [r[0] for r in lists if r]
    assert set(out[: len(set(firsts))]) == set(firsts)


def test_document_bonus_ranks_documents_by_their_best_two_passages() -> None:
    fused = [("a1", 0.9), ("b1", 0.8), ("b2", 0.7), ("a2", 0.1)]
    doc_of = {"a1": "A", "a2": "A", "b1": "B", "b2": "B"}
    bonus = document_bonus(fused, doc_of, k=30)
    assert bonus["b1"] == bonus["b2"] == 1 / 31 and bonus["a1"] == 1 / 32


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What were the four recs in the Durham contact management report?", "recommendation"),
        ("List Cumbria's AFIs", "area_for_improvement"),
        ("What were Glos's causes of concern?", "cause_of_concern"),
        ("Which of the fraud recs land on the Home Office?", "recommendation"),
        ("How many recs did the report make?", None),
        ("Did the PCC accept the AFIs?", None),
        ("Who's leading the actions on the recs?", None),
        ("What does recommendation 3 say?", None),
        # an auxiliary that asks for the findings themselves
        ("What recs did Wilts get in the hate crime CoC?", "recommendation"),
        ("What recommendations did HMICFRS make to Wiltshire Police?", "recommendation"),
        ("Which AFIs has Kent got?", "area_for_improvement"),
        # ... not about something done with them
        ("What has the force done about the recs?", None),
        ("What did the force do about the recs?", None),
        ("Did HMI make any recs?", None),
    ],
)
def test_asked_findings(question: str, kind: str | None) -> None:
    assert asked_findings(question) == kind


def _meta(doc_id: str, title: str, force: str, year: int, doc_type: str = "inspection_report"):
    return {"doc_id": doc_id, "title": title, "force": force, "year": year, "doc_type": doc_type}


CATALOGUE = Catalogue.build(
    [
        "Area for improvement 1\n\nThe force should answer 101 calls promptly and reduce "
        "abandoned calls.",
        "Fieldwork took place in Merseyside Police and Essex Police.",
        "Four forces caused serious concern: Cambridgeshire and Bedfordshire. Operation "
        "Encompass tells schools about domestic abuse.",
        "Recommendation 1: By 2025 the force should answer 999 calls within ten seconds each time.",
        "Cause of concern\n\nThe force does not record crime accurately and must improve "
        "quickly now.",
    ],
    [
        _meta("cumbria-peel", "PEEL 2023-25: Cumbria Constabulary", "Cumbria Constabulary", 2024),
        _meta(
            "fraud", "Counting the cost: the police response to fraud", "", 2025, "thematic_report"
        ),
        _meta("da", "Everyone's business: domestic abuse", "", 2014, "thematic_report"),
        _meta("durham", "Contact management: Durham", "Durham Constabulary", 2024),
        _meta("glos-peel", "PEEL 2021/22: Gloucestershire", "Gloucestershire Constabulary", 2022),
    ],
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What did the fraud thematic find in Cambridgeshire?", "do not mention Cambridgeshire"),
        ("What did HMI find in the Dorset contact management inspection?", None),  # no Dorset
        ("What were the ten recs in the 2021 fraud review?", "are not from 2021"),
        # A name the library holds, but not in the document the question names.
        (
            "What did the fraud thematic say about Operation Encompass?",
            "do not mention “Operation”, “Encompass”; it is mentioned in Everyone's business",
        ),
        (
            "Why did HMI give Cumbria a cause of concern over the MASH?",
            "raise no causes of concern",
        ),
    ],
)
def test_named_documents_and_findings_never_made(question: str, expected: str | None) -> None:
    problem = scope_problem(question, CATALOGUE)
    assert problem is not None
    if expected:
        assert expected in problem


@pytest.mark.parametrize(
    "question",
    [
        "What did the fraud thematic find in Merseyside?",
        "Which forces did the fraud thematic visit?",
        "Were there any causes of concern for Cumbria?",
        "What was Gloucestershire's cause of concern about crime recording?",
        "What did the 2025 fraud inspection find?",
        "What did the 2024 fraud inspection find?",  # fieldwork the year before publication
        # a year that dates a figure in the document, not the document
        "How many frauds were reported in 2021, per the fraud thematic?",
    ],
)
def test_named_documents_the_library_holds_pass(question: str) -> None:
    assert scope_problem(question, CATALOGUE) is None


def _passage(i: int, text: str, doc_id: str = "durham", doc_type: str = "inspection_report"):
    return Passage(
        rank=i + 1,
        chunk_id=f"{doc_id}:{i}",
        doc_id=doc_id,
        title="Contact management: Durham",
        doc_type=doc_type,
        force="Durham Constabulary",
        published="2024-12-19",
        source="x",
        page=None,
        section="Recommendations",
        text=text,
        score=0.0,
    )


DURHAM = [
    _passage(
        0,
        "Recommendations\n\nRecommendation 1: By 31 March 2025, the force should answer 999 "
        "calls faster.",
    ),
    _passage(
        1,
        "Recommendation 2: By 30 June 2025, the force should reduce abandoned 101 calls.\n\n"
        "Area for improvement 1\n\nThe force should record vulnerability on every call it takes.",
    ),
]


def test_findings_answer_quotes_every_numbered_finding_whole_with_its_label() -> None:
    got = findings_answer("What were the recs in the Durham report?", DURHAM, lambda _d: DURHAM)
    assert got is not None
    text, citations, _ = got
    assert [c.quote.split(":")[0] for c in citations] == ["Recommendation 1", "Recommendation 2"]
    assert all(c.quote in DURHAM[int(c.chunk_id.split(":")[1])].text for c in citations)
    assert "vulnerability" not in text  # an AFI is not a recommendation


def test_findings_answer_narrows_to_the_addressee_named() -> None:
    national = [
        _passage(
            0, "Recommendation 1: By 2025, the Home Office should publish a workforce model.", "n"
        ),
        _passage(1, "Recommendation 2: By 2025, chief constables should assess every victim.", "n"),
        _passage(
            2, "Recommendation 3: By 2026, the Home Office should review regional funding.", "n"
        ),
    ]
    got = findings_answer(
        "Which of the recs land on the Home Office?", national, lambda _d: national
    )
    assert got is not None
    assert [c.quote.split(":")[0] for c in got[1]] == ["Recommendation 1", "Recommendation 3"]


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Why's the Northants PFCC saying rec 5 isn't really on the force?", ("recommendation", 5)),
        ("What does AFI 8 in the Cumbria PEEL say?", ("area_for_improvement", 8)),
        ("Has cause of concern 2 been closed?", ("cause_of_concern", 2)),
        ("What were the recs in the Durham report?", None),
        ("How many of the 12 recs were met?", None),
    ],
)
def test_named_finding(question: str, named: tuple[str, int] | None) -> None:
    assert named_finding(question) == named


def test_one_named_finding_is_quoted_whole_from_the_report() -> None:
    got = single_finding_answer(
        "What does rec 2 in the Durham report say?", DURHAM[:1], lambda _d: DURHAM
    )
    assert got is not None
    _, citations, _ = got
    assert [c.quote.split(":")[0] for c in citations] == ["Recommendation 2"]
    # About the response to it: answered from the passages, not by quoting the finding.
    assert (
        single_finding_answer("What did the PCC say about rec 2?", DURHAM, lambda _d: DURHAM)
        is None
    )


def test_the_passage_of_a_named_finding_joins_what_is_read() -> None:
    extra = named_finding_passages(
        "Why was rec 2 in the Durham report made?", DURHAM[:1], lambda _d: DURHAM
    )
    assert [p.chunk_id for p in extra] == ["durham:1"]


def test_signatory_is_read_from_the_foot_of_the_document() -> None:
    letter = [
        _passage(0, "Response to the inspection\n\nI welcome the report.", "r", "pcc_response"),
        _passage(
            1,
            "I will hold the Chief Constable to account.\n\nSigned:\n\nJoy Allen\n\n"
            "Police and Crime Commissioner for Durham\n\n10 February 2025",
            "r",
            "pcc_response",
        ),
    ]
    got = signatory_answer("Who signed the Durham PCC response?", letter[:1], lambda _d: letter)
    assert got is not None
    text, citations, name, _ = got
    assert text.endswith("[1]")
    assert name == "Joy Allen"
    assert "Police and Crime Commissioner for Durham" in citations[0].quote
    assert signatory_answer("Who leads on contact in Durham?", letter, lambda _d: letter) is None


def test_which_forces_reads_the_passages_that_name_them() -> None:
    thematic = [
        _passage(0, "Counting the cost: the police response to fraud. A thematic inspection.", "t"),
        _passage(1, "Fraud is not a priority for most forces.", "t"),
        _passage(
            2,
            "We carried out fieldwork in six police forces: Merseyside Police, Essex Police, "
            "Leicestershire Police and Dyfed-Powys Police.",
            "t",
        ),
    ]
    extra = looked_up_passages(
        "Which forces did HMI go into for the fraud thematic?", thematic[:2], lambda _d: thematic
    )
    assert [p.chunk_id for p in extra] == ["t:2"]
    assert (
        looked_up_passages("What did the fraud thematic find?", thematic[:2], lambda _d: thematic)
        == []
    )


def test_findings_narrow_to_the_peel_area_they_sit_under() -> None:
    from dataclasses import replace

    def at(i: int, section: str, text: str) -> Passage:
        return replace(_passage(i, text, "peel"), section=section)

    report = [
        at(0, "Responding to the public", "The force requires improvement at responding."),
        at(1, "Area for improvement 1", "Area for improvement 1\n\nThe force should answer calls."),
        at(
            2,
            "Area for improvement 2",
            "Area for improvement 2\n\nThe force should attend on time.",
        ),
        at(3, "Investigating crime", "The force is adequate at investigating crime."),
        at(4, "Area for improvement 3", "Area for improvement 3\n\nThe force should supervise."),
    ]
    got = findings_answer(
        "Which of the AFIs sit under responding to the public?", report, lambda _d: report
    )
    assert got is not None
    text, citations, _ = got
    assert [c.quote.split("\n")[0] for c in citations] == [
        "Area for improvement 1",
        "Area for improvement 2",
    ]
    assert "under responding to the public" in text


def test_a_name_connected_with_another_force_is_not_answered_for_this_one() -> None:
    thematic = [
        _passage(
            0,
            "Notable practice: Humberside Police - Retail Evidence Gateway.\n\nMerseyside "
            "Police links shops to its CCTV control room.",
            "retail",
            "thematic_report",
        )
    ]
    docs = lambda _d: thematic  # noqa: E731
    got = misattributed("How does Merseyside's Retail Evidence Gateway work?", thematic, docs)
    assert got == (
        "The documents connect “Retail Evidence Gateway” with Humberside Police, "
        "not Merseyside Police"
    )
    assert (
        misattributed("How does Humberside's Retail Evidence Gateway work?", thematic, docs) is None
    )
    assert misattributed("How does the Retail Evidence Gateway work?", thematic, docs) is None


def test_a_role_no_document_found_mentions_is_refused() -> None:
    docs = lambda _d: DURHAM  # noqa: E731
    got = absent_role("What did Durham's deputy PCC say about 999 calls?", DURHAM, docs)
    assert got == "None of the documents found for Durham Constabulary mentions a deputy PCC"
    named = [_passage(0, "Deputy Chief Constable Jo Farrell leads on contact.")]
    assert absent_role("Who is Durham's DCC?", named, lambda _d: named) is None
    assert absent_role("What did Durham say about 999 calls?", DURHAM, docs) is None
    got = absent_role("What did the Durham deputy chair say?", DURHAM, docs)
    assert got is not None and "deputy chair" in got
    vice = [_passage(0, "The vice-chair, Ann Lee, welcomed the report.")]
    assert absent_role("What did the deputy chair say?", vice, lambda _d: vice) is None


def test_headline_findings_come_from_the_summary_section() -> None:
    from dataclasses import replace

    report = [
        replace(
            _passage(0, "About this inspection\n\nWe visited eight forces.", "r"), section="About"
        ),
        replace(
            _passage(1, "Summary\n\nShop theft has risen.\n\nForces rarely attend.", "r"),
            section="Report > Summary",
        ),
        replace(_passage(2, "Recommendations\n\nRecommendation 1: attend.", "r"), section="Recs"),
    ]
    got = summary_answer(
        "Give me the headline findings from the report", report[:1], lambda _d: report
    )
    assert got is not None
    text, citations, _ = got
    assert "Shop theft has risen." in text and "Forces rarely attend." in text
    assert {c.chunk_id for c in citations} == {"r:1"}
    assert "eight forces" not in text and "Recommendation 1" not in text


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        # The response accepted everything: "partly" and "rejected" belong to another one.
        ("Why did Durham only partly accept the online reporting AFI?", True),
        ("Why did the Durham PCC reject AFI 5?", True),
        # ... and "noted" is what it did.
        ("Why did Durham only note the online reporting AFI?", False),
        # A yes/no asks whether; it takes nothing as given.
        ("Did Durham reject any AFIs?", False),
        ("What did Durham say about AFI 5?", False),
    ],
)
def test_a_position_the_question_takes_as_given_is_stated_by_the_documents(
    question: str, refused: bool
) -> None:
    response = [
        _passage(0, "AFI 4 | Accepted | New triage model", "durham-response", "pcc_response"),
        _passage(1, "AFI 5 | Noted | Single Online Home", "durham-response", "pcc_response"),
    ]
    got = unstated_position(question, response, lambda _d: response)
    assert (got is not None) == refused


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("The fraud thematic says 101 calls wait 9 minutes - why?", {"fraud"}),
        ("What did the contact management report say about 999?", {"durham"}),
        # a subject no title has, beside one that names a document
        ("What did the fraud report say about the control room review?", {"fraud"}),
        # kind and author words name no subject; a subject every title has names nothing
        ("What did the mayor's response say?", set()),
        ("What did the other thematic report find?", set()),
        ("What did the PEEL report say?", set()),
    ],
)
def test_named_documents(question: str, ids: set[str]) -> None:
    assert {d.doc_id for d in named_documents(question, CATALOGUE)} == ids


def test_a_page_is_named_by_the_owner_its_menus_name() -> None:
    """A web capture's commissioner named only in its dropped menu ("About Dominic
    Entwistle") still names the page; a name no page owns names none."""
    meta = _meta("lancs-drones", "Commissioner's response: Clear skies?", "Lancashire", 2025)
    meta = {**meta, "doc_type": "pcc_response", "people": "Dominic Entwistle"}
    catalogue = Catalogue.build(["The Commissioner has committed to the following:"], [meta])
    assert [d.doc_id for d in named_documents("What's Entwistle committed to?", catalogue)] == [
        "lancs-drones"
    ]
    assert named_documents("What has Harker committed to?", catalogue) == ()
    assert catalogue.vocab.has("entwistle")


def test_the_owner_a_page_names_boosts_its_passages() -> None:
    owned = {"doc_id": "lancs", "people": "Dominic Entwistle"}
    assert boost(owned, analyse("What's Entwistle committed to on drones?")) == 1.0
    assert boost(owned, analyse("What's Harker committed to on drones?")) == 0.0
    assert boost({"doc_id": "x"}, analyse("What's Entwistle committed to?")) == 0.0


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Far from help? An inspection of how police forces tackle rural and wildlife crime",
         ("far from help",)),
        ("Staffordshire Commissioner: response to the HMICFRS inspection 'Far from help?'",
         ("far from help",)),
        ("Counting the cost: An inspection of the police response to fraud",
         ("counting the cost",)),
        ("HMICFRS: Both sides of the coin – The police and National Crime Agency",
         ("both sides of the coin",)),
        # a round, a kind of report or a force is no report's own name
        ("PEEL 2023-25: An inspection of Cumbria Constabulary", ()),
        ("County Lines report – Gwent Police and Crime Commissioner welcomes HMICFRS", ()),
        ("Derbyshire – National child protection inspection (2021)", ()),
    ],
)  # fmt: skip
def test_the_names_a_title_gives_its_report(title: str, names: tuple[str, ...]) -> None:
    assert brands(title) == names


def test_a_report_is_named_by_its_own_name_but_a_topic_names_none() -> None:
    metas = [
        _meta("far", "Far from help? An inspection of rural and wildlife crime", "", 2025),
        {
            **_meta("staffs", "Commissioner: response to 'Far from help?'", "Staffs", 2025),
            "doc_type": "pcc_response",
        },
        *(_meta(f"s{i}", "Stalking and harassment: An inspection", "", 2017) for i in range(2)),
        *(_meta(f"o{i}", "Other report", "", 2020) for i in range(3)),
    ]
    texts = ["Far from help.", "Far from help.", *["stalking and harassment"] * 5]
    catalogue = Catalogue.build(texts, metas)
    named = {d.doc_id for d in branded("What did Far from help recommend?", catalogue)}
    assert named == {"far", "staffs"}
    # said by five documents: a topic
    assert branded("What did the stalking and harassment report find?", catalogue) == ()
    assert (
        without_names(
            "What's the commissioner committed to after Far from help?", ["far from help"]
        )
        == "What's the commissioner committed to after"
    )


def test_a_title_that_names_its_topic_names_no_report() -> None:
    """ "Stalking and harassment: An inspection of Sussex Police" is about stalking
    throughout: its lead words are its topic, not its name."""
    body = " ".join(["Stalking and harassment cases were reviewed by the team."] * 20)
    catalogue = Catalogue.build(
        [body, "We found far more than we expected, and help was slow."],
        [
            _meta("sussex", "Stalking and harassment: An inspection of Sussex Police", "", 2019),
            _meta("far", "Far from help? An inspection of rural crime", "", 2025),
        ],
    )
    assert {d.doc_id: d.brands for d in catalogue.docs} == {
        "sussex": (),
        "far": ("far from help",),
    }
