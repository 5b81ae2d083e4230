"""What a question takes as given: figures it states, years that date the document it
names, titles it quotes. Evidence that does not carry them answers a different question."""

from __future__ import annotations

import pytest

from rag.answer_types import COUNT, gives
from rag.catalogue import Catalogue, document_years, scope_problem, titled_phrase
from rag.forces import find_forces
from rag.question import Figure, gives_figure, stated_figures


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("Which force only attended 9% of shoplifting reports?", [("9", True, False)]),
        ("Why were Leicestershire detectives carrying up to 27 jobs each?", [("27", False, False)]),
        ("Of the 82 cases audited, how many were inadequate?", [("82", False, False)]),
        ("What is the £1.2 million for?", [("1.2", False, False)]),
        ("Was there a 540 per cent rise?", [("540", True, False)]),
        # a premise clause: the figure may come from another document than the answer
        (
            "HMI said 44% of victims got an update - how does Merseyside compare?",
            [("44", True, True)],
        ),
        # not figures: years, rounds, ranges, phone numbers, dates, labels, list lengths, spans
        ("What did Kent's PEEL 2021/22 find?", []),
        ("What happened in 21/22 with 10-12 officers?", []),
        ("How many 101 calls were abandoned?", []),
        ("What had to be done by 31 March 2024?", []),
        ("What had to be done by 31 Dec 2024?", []),
        ("What does rec 5 say?", []),
        ("What are the 7 recs?", []),
        ("What were the 10 key recommendations?", []),
        ("Breath tests now vs 10 years ago?", []),
        ("What's the s45 defence?", []),
        ("Who runs the 24/7 desk?", []),
        ("How many of the 43 forces were graded outstanding?", []),  # the set asked over
        ("What does area for improvement 3 say?", []),
        # a bar the figure is measured against, and a month with its year cut short
        ("Was Kent recording more than 95% of reported crime?", []),
        ("Did Cumbria get 101 abandonment under 10% by March '25?", []),
        ("Which three forces had abstraction above 40%?", [("40", True, False)]),
    ],
)
def test_stated_figures(question: str, figures: list[tuple[str, bool, bool]]) -> None:
    assert [(f.value, f.percent, f.premise) for f in stated_figures(question)] == figures


@pytest.mark.parametrize(
    ("figure", "text", "gives_it"),
    [
        (Figure("9", True), "only 9 per cent of reports", True),
        (Figure("9", True), "nine percent of reports", True),
        (Figure("9", True), "attended 19% of reports", False),
        (Figure("9", True), "9 reports were attended", False),  # a count, not a percentage
        (Figure("27"), "27 investigations each", True),
        (Figure("27"), "2.27 or 27.5 or 270", False),
        (Figure("14870"), "14,870 reports of fraud", True),
        (Figure("4"), "Four hubs operate", True),
        (Figure("1.2"), "an overspend of £1.2m this year", True),
        (Figure("2"), "trained to PIP2 level", True),
        (Figure("3"), "at 3am on Sunday", True),
    ],
)
def test_gives_figure(figure: Figure, text: str, gives_it: bool) -> None:
    assert gives_figure(figure, text) is gives_it


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("What did the 2019 HMICFRS report on Cleveland's missing children find?", {2019}),
        ("What did the PFCC say about the 2024 NCPI revisit report?", {2024}),
        ("What grade did Glos get in the 2019 inspection?", {2019}),
        ("What did HMICFRS find when it revisited retail crime in 2027?", {2027}),
        ("How did Kent's 2021/22 PEEL grades compare?", {2021}),
        ("What happened in 2019?", set()),  # an event year, not a document's
        ("What will the force do by March 2027?", set()),
        ("What did the Cleveland PCC report say about scrutiny in 2026?", set()),
        ("Which recommendations in the report are due in 2026?", set()),
    ],
)
def test_document_years(question: str, years: set[int]) -> None:
    assert document_years(question) == years


def _meta(doc_id: str, title: str, force: str, year: int, doc_type: str) -> dict[str, object]:
    return {"doc_id": doc_id, "title": title, "force": force, "year": year, "doc_type": doc_type}


CATALOGUE = Catalogue.build(
    [
        "Cleveland Police's response to missing children was criticised in a 2019 report.",
        "Both sides of the coin looked at county lines. Hampshire Constabulary was visited.",
        "The Hampshire OPCC welcomes Both sides of the coin.",
        "Thames Valley custody: the PCC responds to the custody inspection.",
    ],
    [
        _meta(
            "cleveland", "Cleveland child protection", "Cleveland Police", 2025, "inspection_report"
        ),
        _meta("bsotc", "Both sides of the coin: county lines", "", 2020, "thematic_report"),
        _meta(
            "hants",
            "OPCC response: Both sides of the coin",
            "Hampshire Constabulary",
            2020,
            "pcc_response",
        ),
        _meta("tv", "Thames Valley custody response", "Thames Valley Police", 2024, "pcc_response"),
    ],
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a later document that mentions the 2019 report is not the 2019 report
        (
            "What did the 2019 HMICFRS report on Cleveland's missing children find?",
            "nothing for 2019",
        ),
        (
            "What did HMICFRS find when it revisited county lines in 2027?",
            "newest documents are from 2025",
        ),
        # a title quoted without a kind word; the force's own response is to something else
        (
            "What did Thames Valley OPCC say about Both sides of the coin?",
            "do not mention Thames Valley Police",
        ),
    ],
)
def test_premises_the_library_does_not_hold_are_refused(question: str, expected: str) -> None:
    problem = scope_problem(question, CATALOGUE)
    assert problem is not None and expected in problem


@pytest.mark.parametrize(
    "question",
    [
        "What did Cleveland's 2025 child protection inspection find about missing children?",
        "What did the Hampshire OPCC say about Both sides of the coin?",
        "What did the force find about missing children in 2019?",  # an event year, mentioned
    ],
)
def test_premises_the_library_holds_pass(question: str) -> None:
    assert scope_problem(question, CATALOGUE) is None


def test_titled_phrase_is_a_title_s_own_name() -> None:
    titles = [
        "HMICFRS: Both sides of the coin – county lines",
        "'Time to listen' – a joined up response to child sexual exploitation",
        "In harm's way: The role of the police in keeping children safe",
        "Protecting children from criminal exploitation, human trafficking and slavery",
    ]
    assert titled_phrase("What did TVP say about both sides of the coin?", titles) == (
        "both sides of the coin"
    )
    # topics a title names, or begins with, are not its name
    assert titled_phrase("How many child sexual exploitation officers?", titles) == ""
    assert titled_phrase("What is the role of the police in keeping children safe?", titles) == ""
    assert (
        titled_phrase(
            "What did the NCPI say about protecting children from criminal exploitation?", titles
        )
        == ""
    )
    assert titled_phrase("What about the coin?", titles) == ""


def test_labels_are_not_counts() -> None:
    assert not gives(COUNT, "Recommendation 3: By 31 March 2026, chief constables should act.")
    assert not gives(COUNT, "See page 12 and AFI 4.")
    assert gives(COUNT, "Recommendation 3: recruit 14 call handlers.")


def test_two_letter_shorthand_is_a_force_only_in_capitals() -> None:
    assert find_forces("Why did SY's portal win praise?", in_question=True) == [
        "South Yorkshire Police"
    ]
    assert find_forces("sy", in_question=True) == []
