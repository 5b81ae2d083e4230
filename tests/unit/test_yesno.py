"""Yes/no questions: a sentence settles one only by saying what happened (a recommendation,
target, plan, promise or request does not), about the time and the outside body the
question names."""

from __future__ import annotations

import pytest

from rag.answer import _asked_years, finding_under, unsettled_reason, yesno_actor
from rag.answer_types import (
    asks_future,
    denies,
    mentions_year,
    restates,
    settles,
    states_proposition,
    task_names,
)
from rag.models import Passage
from rag.question import analyse, mentions


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        # What happened, said as done or denied: settles.
        ("Has the PCC set a target?", "I have not set a target for reducing searches.", True),
        (
            "Was the training up to the CoP curriculum?",
            "We were satisfied that all three forces' training met the national curriculum.",
            True,
        ),
        (
            "Does BTP still have its SPU?",
            "Until 2023, BTP had a central Suicide Prevention Unit.",
            True,
        ),
        ("Has rec 3 been met?", "Rec 3 | Accepted - met | Hub sergeant checks | 5 Jan 2026", True),
        # A recommendation, target, timeline entry or table row without a status: does not.
        (
            "Has the College updated its APP yet?",
            "Recommendation 6: By 30 June 2026, the College of Policing should update its APP.",
            False,
        ),
        (
            "Did the youth group launch in April 2026?",
            "- April 2026: youth scrutiny group starts",
            False,
        ),
        (
            "Did the NPCC agree the definition?",
            "5 | National definition | NPCC | 31 March 2026",
            False,
        ),
        (
            "Did BTP hit 98% of referrals in 24 hours?",
            "In January 2026, 88 percent of referrals were made within 24 hours, "
            "against a target of 98 percent.",
            False,
        ),
        # A promise or a demand is what someone will do.
        (
            "Has Bristol started its pilot?",
            "Bristol City Council has agreed to pilot two protected beds from February 2025.",
            False,
        ),
        (
            "Did Crestmoor get its plan in on time?",
            "I have required Crestmoor Healthcare to submit a recovery plan by 31 January 2025.",
            False,
        ),
        # Whether something was completed needs its state; a heading says nothing.
        (
            "Has Derbyshire now met all 12 recs?",
            "The 2021 inspection of Derbyshire found failings and made 12 recommendations.",
            False,
        ),
        ("Has Essex done all 43 vetting recs?", "The position in Essex.", False),
        # Neither affirms nor denies.
        (
            "Did the JTAI addendum find CCE worse in rural areas?",
            "It is based on three joint targeted area inspections carried out in spring 2018.",
            False,
        ),
        # A question about the future is settled by a plan.
        (
            "Will the New Street pilot restart before the evaluation?",
            "The Birmingham New Street pilot will not restart before the evaluation reports.",
            True,
        ),
        (
            "Is Reflect and Review being extended to use of force?",
            "The force will extend it to use of force incidents from April 2026.",
            True,
        ),
        # A result said in the simple past settles it, whatever target it is set against.
        (
            "Did Kent hit 90% on 999 answering?",
            "Kent achieved 85% against a target of 90% in the year to March 2025.",
            True,
        ),
        (
            "Has the review been completed?",
            "The review is to be completed by the target date of June 2026.",
            False,
        ),
        # How things stand now is not settled by what inspectors found then ...
        (
            "Is Derbyshire still running two separate county lines teams?",
            "The force ran two county lines teams, each with its own partnership arrangements.",
            False,
        ),
        (
            "Are Kent's DA investigation teams now properly staffed?",
            "Domestic abuse investigation teams had not been properly resourced.",
            False,
        ),
        # ... but by a sentence saying how they stand, or that something ended.
        (
            "Is the SY collision unit accredited yet?",
            "The unit is still not accredited to ISO/IEC 17020.",
            True,
        ),
        (
            "Is the SY collision unit accredited yet?",
            "| 5 | Collision investigation accredited | In progress | 30 September 2026 |",
            True,
        ),
        (
            "Does BTP still have its Suicide Prevention Unit?",
            "The unit was disbanded in 2023 and its staff were moved into vulnerability hubs.",
            True,
        ),
        # A change since then is settled by a later figure set against the earlier one.
        (
            "Has Warks' 999 performance picked up since the PEEL?",
            "In March 2025 the force answered 84.7 percent of 999 calls within 10 seconds, "
            "compared with 71.4 percent in the year ending 31 March 2024.",
            True,
        ),
        # The verdict asked about, said, settles it beside a commitment.
        (
            "Did Staffs CC Chris Noble accept the PEEL findings?",
            "Chris Noble says he fully accepts the findings and is committed to acting on them.",
            True,
        ),
        (
            "Did the inspection call out any force for promising practice?",
            "Promising practice was noted in Dyfed-Powys Police.",
            True,
        ),
        # A judgment table's row: its grade is its status.
        (
            "Was BTP graded good at spotting vulnerable people?",
            "How well does BTP identify vulnerable people? | Good",
            True,
        ),
    ],
)
def test_settles(question: str, sentence: str, expected: bool) -> None:
    assert settles(question, sentence) is expected


@pytest.mark.parametrize(
    ("question", "future"),
    [
        ("Will the pilot restart?", True),
        ("Is BTPA bringing back a central unit?", True),
        ("Is the force going to appeal?", True),
        ("Has the pilot restarted?", False),
        ("Is the unit accredited yet?", False),
        ("Is the policing plan being refreshed?", True),
        ("Is the review due to report in May?", True),
        ("Does the force plan to merge the control rooms?", True),
        # An -ing noun, a causal 'due to' or 'the plan to' ask nothing about the future.
        ("Is the training mandatory?", False),
        ("Is the delay due to staffing?", False),
        ("Did the plan to merge the control rooms go ahead?", False),
    ],
)
def test_asks_future(question: str, future: bool) -> None:
    assert asks_future(question) is future


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("Did Cumbria get 101 abandonment under 10% by end of March '25?", {2025}),
        ("Did Essex hit the target by March 31?", set()),
        ("Did BTP hit it in 24/25?", {2024, 2025}),
        ("Did Humberside use section 60 at all in 2024?", {2024}),
        ("Did the PCC accept all the recs?", set()),
    ],
)
def test_asked_years(question: str, years: set[int]) -> None:
    assert _asked_years(question) == years


def test_a_financial_year_or_round_mentions_its_last_year() -> None:
    assert mentions_year("in 2024/25 the force made 412 searches", 2025)
    assert mentions_year("PEEL 2023-25", 2025)
    assert not mentions_year("In March 2024, the rate was 22.7 percent.", 2025)


@pytest.mark.parametrize(
    ("question", "actor"),
    [
        ("Has the Home Office given Merseyside a date?", "Home Office"),
        ("Did the NPCC publish the guidance on time?", "NPCC"),
        ("Has the College of Policing updated APP?", "College of Policing"),
        ("Is Network Rail putting money in?", "Network Rail"),
        # Forces, the inspectorate, commissioners and people speak in their own documents.
        ("Did Humberside use section 60?", ""),
        ("Has HMI done a BTP inspection before?", ""),
        ("Has the PCC set a target?", ""),
        ("Does Harker reckon rec 8 is met?", ""),
        ("Did the Office of the PCC fund it?", ""),
        ("Has the PCC's Office published the response?", ""),
        ("Did the Mayor's Office for Policing and Crime respond?", ""),
    ],
)
def test_the_outside_body_a_yes_no_question_asks_about(question: str, actor: str) -> None:
    assert yesno_actor(question) == actor


def _passage(text: str, published: str | None = None) -> Passage:
    return Passage(1, "c1", "doc", "The response", "pcc_response", None, published, "x.md",
                   None, "Response", text, 1.0)  # fmt: skip


@pytest.mark.parametrize(
    ("question", "sentence", "published", "reason"),
    [
        ("Has the PCC set a target?", "I have not set a target for cutting searches.", None, None),
        (
            "Did Cumbria hit it by March '25?",
            "In March 2024, the rate was 22.7 percent.",
            None,
            "says what happened in 2025",
        ),
        # The passage's date may carry the year the sentence leaves out.
        ("Was the PCC satisfied in 2025?", "I was satisfied with the answers.", "2025-05", None),
        (
            "Has the Home Office agreed the funding?",
            "I have not received an answer from the minister yet.",
            None,
            "what Home Office has done",
        ),
        (
            "Has the College updated its APP?",
            "The College of Policing should update its APP by June 2026.",
            None,
            "recommended or planned",
        ),
        # Each way of leaving it open is said as it is.
        (
            "Is Derbyshire still running two teams?",
            "The force ran two county lines teams.",
            None,
            "not how they stand now",
        ),
        (
            "Has Essex done all 43 recs?",
            "The force has an improvement plan covering the recommendations.",
            None,
            "whether it has been done",
        ),
        (
            "Did the panel look at body-worn video?",
            "The panel's terms of reference are published on its web page.",
            None,
            "says yes or no",
        ),
        # What the inspectorate did is said, in a commissioner's response, by naming it.
        (
            "Has HMI come back and accepted the PCC's Project Horizon argument?",
            "In July 2024, the Chief Constable and I approved Project Horizon.",
            None,
            "what the inspectorate has done",
        ),
        (
            "Has HMICFRS replied to the PCC's letter?",
            "HMICFRS has not yet replied to my letter.",
            None,
            None,
        ),
        # "in the end" asks how things stood later, not what the inspectors found.
        (
            "Did Northants get all frontline officers through the training in the end?",
            "Only 58 percent of frontline officers had completed the training.",
            None,
            "not how they stand now",
        ),
        # A comparison is settled by its figures.
        (
            "Were there more cases than in 2024?",
            "There were 40 cases in 2024 and 52 in 2025.",
            None,
            None,
        ),
    ],
)
def test_unsettled_reason(question, sentence, published, reason) -> None:
    got = unsettled_reason(question, sentence, _passage(sentence, published))
    assert (got is None) if reason is None else (got is not None and reason in got)


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        (
            "Did the OPCC think the police were addressing the recognised issues?",
            "We are pleased that the report reflects our view that the police are working hard "
            "to address recognised issues and concerns.",
            True,
        ),
        # an abbreviation's long form counts ("MASHs")
        (
            "Does the PCC's response say there are four MASHs across the force area?",
            "Four multi-agency safeguarding hubs (MASHs) operate across the force area.",
            True,
        ),
        # stated with a "not": settled, as a no
        (
            "Did the addendum find exploitation was mainly an inner-city issue?",
            "The addendum found that exploitation was not mainly an inner-city issue.",
            True,
        ),
        # the topic, not the proposition
        (
            "Did the 2018 addendum find child exploitation was mainly an inner-city issue?",
            "In November 2018 the inspectorates published an addendum on child exploitation.",
            False,
        ),
        # not a question about what someone found, thought or said
        ("Has the force met rec 3?", "The force has met recommendation 3.", False),
    ],
)
def test_a_sentence_that_states_what_was_asked_settles_it(
    question: str, sentence: str, expected: bool
) -> None:
    assert restates(question, sentence, mentions) is expected


@pytest.mark.parametrize(
    ("question", "sentence", "stated"),
    [
        # whether a thing exists: a sentence saying there is, or is no, such thing
        ("Is there any national guidance on when a drone flight needs RIPA authorisation?",
         "There is no national guidance on the question.", True),
        ("Are there any hate crime coordinators in Wilts?",
         "The force has two hate crime coordinator posts, but one had been vacant.", True),
        ("Is there any national guidance on when a drone flight needs RIPA authorisation?",
         "Some drone flights may amount to directed surveillance and need an authorisation.",
         False),
        # whether it was done before: a sentence saying this is the first
        ("Has HMI done a hate crime inspection of one force before?",
         "This is our first inspection of a single force's response to hate crime.", True),
        ("Has HMI done a hate crime inspection of one force before?",
         "The force has a hate crime governance board, chaired by ACC Vance.", False),
        # whether something is had: a sentence denying it, a plan beside it or not
        ("Has Staffs Police got a rural and wildlife crime plan?",
         "Staffordshire Police does not have a rural and wildlife crime plan, although it "
         "told us that it intended to write one.", True),
        # nearly every word of the question, said of the same things
        ("Do Gwent officers get regular feedback on their files?",
         "Officers do not routinely receive feedback on the quality of their files.", True),
        ("Do Gwent officers get regular feedback on their files?",
         "The force should make sure that supervisors check files.", False),
        # neither kind of question
        ("Has the force met rec 3?", "There is no national guidance on the question.", False),
    ],
)  # fmt: skip
def test_a_sentence_that_states_the_very_proposition(
    question: str, sentence: str, stated: bool
) -> None:
    terms = analyse(question).terms
    assert bool(states_proposition(question, sentence, terms, mentions)) is stated


@pytest.mark.parametrize(
    ("focus_text", "names"),
    [
        ("independent researcher evaluating Stand Together", {"stand together"}),
        ("the Glos PCC, Chris Nelson", set()),
        ("the privacy audit", set()),
    ],
)
def test_the_names_a_who_question_gives_the_task(focus_text: str, names: set[str]) -> None:
    assert task_names(focus_text) == names


_RESPONSE = (
    "Recommendations 5 to 7. These are for national bodies.\n\n"
    "Recommendation 8. This recommendation is for me. I consider that the recommendation "
    "is met.\n\nRecommendation 1. The CC and I consider that this recommendation is met."
)


@pytest.mark.parametrize(
    ("sentence", "finding"),
    [
        # under the finding its paragraph opens with
        ("I consider that the recommendation is met.", ("recommendation", 8)),
        ("The CC and I consider that this recommendation is met.", ("recommendation", 1)),
        # a range names no one finding
        ("These are for national bodies.", None),
    ],
)
def test_the_numbered_finding_a_sentence_is_about(
    sentence: str, finding: tuple[str, int] | None
) -> None:
    start = _RESPONSE.index(sentence)
    assert finding_under(_RESPONSE, start, start + len(sentence)) == finding


@pytest.mark.parametrize(
    ("question", "sentence", "settled"),
    [
        # a stance the question asks, in other words ("back" is "support")
        ("Does the Staffs commissioner back making wildlife crime notifiable?",
         "I have written to the Home Secretary to support making the main wildlife offences "
         "notifiable.", True),
        # "support" as a noun is no stance
        ("Does the PCC support the rec?",
         "Victim support services were offered in 41 percent of cases.", False),
        # a present-tense state says how things stand now
        ("Does the Staffs police and crime plan mention wildlife crime right now?",
         "My Police and Crime Plan 2025-2029 covers rural crime but does not mention wildlife "
         "crime.", True),
    ],
)  # fmt: skip
def test_stances_and_present_states_settle(question: str, sentence: str, settled: bool) -> None:
    assert settles(question, sentence) is settled


def test_a_denial_is_a_no_whatever_follows() -> None:
    assert denies("The force does not have a plan, although it intends to write one.")
    assert denies("The force has no rural crime plan.")
    assert not denies("The force should have a plan by March.")
