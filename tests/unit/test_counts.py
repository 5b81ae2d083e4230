"""A count answers "how many X" only in a clause about X (rag.answer_types.count_clauses),
and the question analysis finds X."""

from __future__ import annotations

import pytest

from rag.answer import count_shares_qualifier, counts_what_is_asked, qualifier_names
from rag.answer_types import COUNT, count_clauses, gives, numbers_in
from rag.forces import find_forces
from rag.question import analyse, mentions
from rag.text import sentence_spans


@pytest.mark.parametrize(
    ("text", "question", "focus_counted"),
    [
        (
            "Four multi-agency safeguarding hubs (MASHs) operate across the force area.",
            "How many MASHs are there?",
            True,
        ),
        ("The force has 1,250 call handlers.", "How many call handlers are there?", True),
        # a short clause with its own count stands alone: the four are supervisors
        (
            "Four supervisors were appointed, which will help the call handlers.",
            "How many call handlers are there?",
            False,
        ),
        ("In 14 of these, the officers were not trained.", "How many officers?", True),
        # the number counts supervisors; the call handlers are in a ratio
        (
            "The force will appoint four additional supervisors by June 2025, which will reduce "
            "the ratio of call handlers to supervisors from 14 to 1 to 10 to 1.",
            "How many call handlers has the CMC got?",
            False,
        ),
        # two intakes, not two call handlers
        (
            "The force recruited two intakes of call handlers, in September and November 2024.",
            "How many call handlers has the CMC got?",
            False,
        ),
        # the question's own 14, a time span, a date
        (
            "The force plans to recruit two more and to introduce automated acknowledgements, "
            "and expects to review all submissions within 14 days by April 2026.",
            "How many footage submissions were reviewed within 14 days in 2024?",
            False,
        ),
        # the question's own number, written with a comma, is skipped whole
        ("We reviewed 1,250 files.", "How many of the 1,250 files did HMI review?", False),
        # an age is not a count; "one" as a pronoun is not either
        (
            "Case study: a mother reported that her 16-year-old son was targeted.",
            "How many case files were examined?",
            False,
        ),
        (
            "In half of the cases a strategy meeting had not happened when guidance required one.",
            "How many case files were examined?",
            False,
        ),
        # a short opening phrase joins its clause
        (
            "In 14 of these, the use of force had not been recorded on a use of force form.",
            "How many uses of force were not recorded?",
            True,
        ),
        # leader dots and an abbreviation's expansion
        (
            "Mapped organised crime groups ......................... 118",
            "How many OCGs has GMP mapped?",
            True,
        ),
    ],
)
def test_count_bound_to_focus(text: str, question: str, focus_counted: bool) -> None:
    focus = analyse(question).focus
    clauses = count_clauses(text, numbers_in(question))
    assert any(mentions(focus, c) >= 0.5 for c in clauses) is focus_counted


@pytest.mark.parametrize(
    ("question", "focus_text"),
    [
        ("How many fixed speed cameras are there in England and Wales?", "fixed speed cameras"),
        ("How many dedicated investigators did Kent have?", "dedicated investigators"),
        ("How many officers trained in first aid?", "officers"),
        (
            "How much did the new POLIT referral tracking system cost?",
            "new POLIT referral tracking system",
        ),
        ("How much was spent on body-worn video?", "body-worn video"),
    ],
)
def test_focus_of_a_count_or_cost(question: str, focus_text: str) -> None:
    assert analyse(question).focus_text == focus_text


def test_leader_dots_keep_a_label_with_its_value() -> None:
    text = "Mapped groups ........ 118\n\nMembers ........ 1,210"
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Mapped groups ........ 118",
        "Members ........ 1,210",
    ]


@pytest.mark.parametrize(
    ("question", "force"),
    [
        ("What did it say about PSNI roads policing?", "Police Service of Northern Ireland"),
        ("How is BTP doing on county lines?", "British Transport Police"),
        ("Police Scotland's custody findings?", "Police Scotland"),
        # Shorthand staff write for forces.
        ("West Mids PEEL grades?", "West Midlands Police"),
        ("What did GM say about the OCG plans?", "Greater Manchester Police"),
        ("NWP overdue home visits?", "North Wales Police"),
        ("SWP's investigating grade?", "South Wales Police"),
        ("CoLP fraud recs?", "City of London Police"),
        ("HIOWC's response to the PEEL?", "Hampshire Constabulary"),
    ],
)
def test_forces_beyond_the_43(question: str, force: str) -> None:
    assert find_forces(question, in_question=True) == [force]


@pytest.mark.parametrize("text", ["gm crops were grown", "the GM partnership met"])
def test_gm_is_a_force_only_in_a_question_and_in_capitals(text: str) -> None:
    assert find_forces(text) == []
    assert find_forces(text.replace("GM", "gm"), in_question=True) == []


@pytest.mark.parametrize(
    ("question", "sentence", "title", "bound"),
    [
        ("How many offenders completed Project Steadfast?",
         "In the first year of the project, 138 offenders were referred, and 61 percent of "
         "those who completed it did not reoffend.", "Retail crime thematic", False),
        ("How many offenders completed Project Steadfast?",
         "In all, 96 offenders completed Project Steadfast.", "Retail crime thematic", True),
        # the document's title says what it is about for every clause
        ("How many case files did HMI examine for the NCPI?",
         "We examined 120 case files.", "National child protection inspection (NCPI) of Kent",
         True),
        ("How many MASHs are there in Devon and Cornwall?",
         "Four multi-agency safeguarding hubs (MASHs) operate across the force area.", "", True),
        # a part of a whole: the whole's own count, or a count without the part, is not it
        ("How many of Wiltshire's 1,486 hate crimes were in Swindon?",
         "Wiltshire Police recorded 1,486 hate crimes in 2024/25, 11 percent more than the "
         "year before.", "", False),
        ("How many of Hampshire's pilots are based on the Isle of Wight?",
         "The force had 31 drones and 124 remote pilots.", "", False),
        # ... a part counted against the whole by its figure is
        ("How many of the 12 Derbyshire recs were fully met?",
         "Inspectors found progress, but not one of the 12 had been fully achieved.", "", True),
    ],
)  # fmt: skip
def test_a_count_is_of_the_thing_asked_as_the_question_qualifies_it(
    question: str, sentence: str, title: str, bound: bool
) -> None:
    analysis = analyse(question)
    assert counts_what_is_asked(analysis, sentence, numbers_in(question), title) is bound


@pytest.mark.parametrize(
    ("question", "sentence", "related"),
    [
        # staff's paraphrase shares a word with the sentence: quotable, if not preferred
        ("How many files were missing photos of the victim's injuries?",
         "Of the roughly 600 domestic assault files examined, half contained no photographs "
         "of the victim's injuries.", True),
        # one word of the question's own ("intake") is not a detail the documents lack
        ("How many officers did Essex have after the November 2022 intake?",
         "In November 2022, 74 new officers joined, taking the force to 3,686 officers.", True),
        # a sentence that says nothing of "detained overnight" counts something else
        ("How many children were detained overnight in custody?",
         "Some 40 children were reported missing from home more than ten times.", False),
        ("How many Halyard seizures led to prosecutions?",
         "Operation Halyard made 212 seizures of uninsured vehicles.", False),
        # a name in the qualifier is not paraphrased: it must be there
        ("How many call handlers has Durham's CMC got altogether?",
         "Durham Police employs 212 call handlers.", False),
        ("How many call handlers has Durham's CMC got altogether?",
         "The CMC has 212 call handlers.", True),
        # and the count must still be of the focus
        ("How many call handlers were recruited last year?",
         "Four additional supervisors were recruited last year.", False),
        # ... by its head: two women who were victims of stalking are not stalking SPOCs
        ("How many stalking SPOCs had Sussex lined up?",
         "Two women from Sussex who have been victims of stalking joined us.", False),
        ("How many stalking SPOCs had Sussex lined up?",
         "Sussex had lined up 40 stalking SPOCs.", True),
        # most of the thing's words, under another name for it
        ("How many image-related referrals did the NCA send?",
         "In 2021 the NCA sent more than 20,000 image-related cases to forces.", True),
    ],
)  # fmt: skip
def test_a_quoted_count_shares_something_with_what_qualifies_it(
    question: str, sentence: str, related: bool
) -> None:
    analysis = analyse(question)
    assert count_shares_qualifier(analysis, sentence, numbers_in(question)) is related


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("How many call handlers has Durham's CMC got altogether?", ["CMC"]),
        ("How many offenders completed Project Steadfast?", ["Project", "Steadfast"]),
        # the force, the inspectorate and months restrict nothing
        ("How many files did HMICFRS look at before issuing Staffordshire's causes of concern?",
         []),
        ("How many officers did Essex have after the November 2022 intake?", []),
    ],
)  # fmt: skip
def test_the_names_a_count_is_restricted_to(question: str, names: list[str]) -> None:
    assert qualifier_names(analyse(question)) == names


@pytest.mark.parametrize(
    ("text", "gives_a_count"),
    [
        # an age range, an age and an idiom say who, or how, not how many
        ("Branch offers one-to-one support to young people aged 5 to 18 affected by CSE.", False),
        ("The force searched a 15-year-old boy twice.", False),
        ("Tell a parent or carer within the day (under-16s).", False),
        # a count beside an age is still a count
        ("Branch supported 312 children aged 5 to 18 last year.", True),
        ("A one-off grant paid for four posts.", True),
    ],
)
def test_ages_and_idioms_are_not_counts(text: str, gives_a_count: bool) -> None:
    assert gives(COUNT, text) is gives_a_count
