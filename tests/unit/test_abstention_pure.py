"""Why an answer is refused: question anchors the evidence never mentions, and sentences of
the wrong kind (no amount for "how much money"). Pure, table tests."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from rag.anchors import anchors, as_written, missing_anchors
from rag.answer import Sentence, figure_years, other_period, prefer_kind
from rag.answer_types import (
    COUNT,
    DURATION,
    FREQUENCY,
    GRADE,
    MONEY,
    QUANTITY,
    WHEN,
    expectation_for,
    expected_answer,
    gives,
    named_in_question,
    people_besides,
    person_names,
)
from rag.question import kind_of


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What did Lancashire PCC Clive Grunshaw publish in March 2018?", ["clive", "grunshaw"]),
        ("How much did the Sussex OPCC spend on Veritas Justice in 2019/20?",
         ["veritas", "justice", "2019/20"]),
        ("What was Kent's average 101 answer time in April 2023?", ["101"]),
        ("Why is D&C's crime prevention grade the same as in 2017?", []),  # force alias, year
        ("How did the Met respond to HMIC in 2016?", []),
        ("What did HMICFRS's State of Policing 2022 say?", ["state"]),
        ("How much did the PCC give to boost capacity on CSE?", ["cse"]),
        ("Which areas were graded in the 2023–25 PEEL?", ["2023/25"]),
        ("Veritas was funded how?", []),  # the first word of a question is not a name
        # "March 24" is a year as staff write it; "HMI" is the inspectorate itself.
        ("How many officers did Essex have by March 23?", []),
        ("When were HMI actually on site in Northants?", []),
        # A possessive acronym is the acronym, not a plural of "C".
        ("When's the Northants CC's progress report to the Board?", ["cc", "board"]),
        # A threshold is not a figure the documents must state.
        ("Was Kent recording more than 95% of crime?", []),
        ("", []),
    ],
)  # fmt: skip
def test_anchors(question: str, expected: list[str]) -> None:
    assert anchors(question) == expected


@pytest.mark.parametrize(
    ("question", "texts", "missing"),
    [
        ("What did Clive Grunshaw publish?", ["The PCC published a plan."], ["clive", "grunshaw"]),
        ("What did Clive Grunshaw publish?", ["Clive Grunshaw, PCC, said..."], []),
        ("What about CSE?", ["work on child sexual exploitation"], []),  # acronym spelled out
        ("What about CSE?", ["work on exploitation"], ["cse"]),
        ("Budget in 2024/25?", ["the 2024-25 budget"], []),
        ("Budget in 2024/25?", ["the 2024/2025 budget"], []),
        ("Budget in 2024/25?", ["the 2023/24 budget"], ["2024/25"]),
        ("What about the 101 line?", ["calls to 101 waited"], []),
        ("Of the 12 recommendations, how many?", ["twelve recommendations"], []),
        ("What did the Inspectors say?", ["nothing"], []),  # generic words are no anchors
        ("Which ROCUs were visited?", ["regional organised crime units (ROCUs)"], []),
    ],
)
def test_missing_anchors(question: str, texts: list[str], missing: list[str]) -> None:
    assert missing_anchors(question, texts) == missing


def test_as_written_keeps_the_questions_spelling() -> None:
    assert as_written("Did Clive Grunshaw reply?", "grunshaw") == "Grunshaw"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How much did the OPCC spend on Veritas Justice?", MONEY),
        ("How much extra money did MOPAC give the Met?", MONEY),
        ("How much had recording of stalking gone up?", QUANTITY),
        ("How many officers did Cleveland's team have?", COUNT),
        ("What proportion of crime was recorded?", QUANTITY),
        ("How often was the PCC briefed?", FREQUENCY),
        ("How long did victims wait?", DURATION),
        ("When will the strategy be published?", WHEN),
        ("What date did HMICFRS move the force to Engage?", WHEN),
        ("What overall grade did Kent get?", GRADE),
        ("How was Kent graded for investigating crime?", GRADE),
        ("Why did the PCC welcome the report?", None),
        ("What did the PCC say about 101 calls?", None),
    ],
)
def test_expected_answer(question: str, kind: object) -> None:
    assert expected_answer(question) is kind


@pytest.mark.parametrize(
    ("kind", "text", "ok"),
    [
        (MONEY, "The OPCC gave £250,000 to the service.", True),
        (MONEY, "The OPCC gave 1.2m to the service.", True),
        (MONEY, "The OPCC funds Veritas Justice.", False),
        (QUANTITY, "Practice was judged good in 20 cases.", True),
        (QUANTITY, "The report makes six recommendations", True),
        (QUANTITY, "Around half contained no photograph.", True),
        (QUANTITY, "Recording rose by 38%.", True),
        (QUANTITY, "It was published on 18 April 2023.", False),  # a date is not a number
        (QUANTITY, "In 2021/22 recording improved.", False),
        (QUANTITY, "The most recent update was considered.", False),
        (COUNT, "Half of the case files examined had no ethnicity recorded.", False),
        (COUNT, "Inspectors examined 120 case files.", True),
        (COUNT, "Fieldwork was carried out in eight police forces.", True),
        (FREQUENCY, "I receive fortnightly briefings.", True),
        (FREQUENCY, "I receive briefings.", False),
        (DURATION, "Victims waited up to 40 minutes.", True),
        (COUNT, "| 4 | Tell parent/carer within 24 hours (under 16s) | Not accepted |", False),
        (COUNT, "Cases examined in depth | 112 stalking and harassment cases", True),
        (COUNT, "It took 14 days to review the files.", False),
        # A range of days of a month is a date.
        (COUNT, "The summit was held during Stalking Awareness Week (8–12 April).", False),
        (WHEN, "The strategy will be published in spring 2024.", True),
        (WHEN, "The force is creating a strategy.", False),
        # How long is not when; a time relative to something still is.
        (WHEN, "It should never take up to 18 months to make an arrest.", False),
        (WHEN, "The scheme lasted two years.", False),
        # A rate is not a time.
        (WHEN, "My office provides £305,000 a year to the centre.", False),
        (WHEN, "It meets twice a year, in March and September.", True),
        (WHEN, "The 12-month pilot was evaluated.", False),
        (WHEN, "Inspectors will return within six months.", True),
        (WHEN, "The pilot ran for 12 months from April 2024.", True),
        (WHEN, "It began three years ago.", True),
        (WHEN, "It began more than three years ago.", True),
        (WHEN, "Inspectors returned over a year later.", True),
        (GRADE, "Kent was graded good at preventing crime.", True),
        (GRADE, "A multi-agency programme would give a rounded assessment.", False),
        (None, "Anything at all.", True),
    ],
)
def test_gives(kind: object, text: str, ok: bool) -> None:
    assert gives(kind, text) is ok  # type: ignore[arg-type]


def test_prefer_kind_marks_down_only_the_wrong_kind() -> None:
    sents = [Sentence(0, 0, 1, "The team grew to 11 officers."), Sentence(0, 2, 3, "It grew.")]
    scores = np.array([0.5, 0.7], dtype=np.float32)
    adjusted, typed = prefer_kind(scores, sents, QUANTITY)
    assert typed.tolist() == [True, False]
    assert adjusted[0] == pytest.approx(0.5) and adjusted[1] < adjusted[0]
    same, _ = prefer_kind(scores, sents, None)
    assert same.tolist() == pytest.approx(scores.tolist())


@given(st.text(max_size=200))
def test_a_question_mentions_its_own_anchors(question: str) -> None:
    assert missing_anchors(question, [question]) == []
    assert missing_anchors(question, []) == anchors(question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many case files did HMI look at?", COUNT),
        ("How many of the case files had no ethnicity recorded?", QUANTITY),
        ("What share of calls were abandoned?", QUANTITY),
    ],
)
def test_how_many_wants_a_count_unless_it_asks_how_many_of_them(question, expected) -> None:
    assert expectation_for(kind_of(question), question) == expected


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        (
            "What did the RPU survey say?",
            "In our survey, 63 percent of roads policing officers said",
        ),
        ("Who's the Chief Con?", "Chief Constable Alan Whitworth attended the board."),
        ("How many POCA orders?", "Orders under the Proceeds of Crime Act rose."),
        (
            "How many ANPR cameras?",
            "The force runs 300 automatic number plate recognition cameras.",
        ),
    ],
)
def test_a_glossary_abbreviation_is_found_by_its_expansion(question: str, passage: str) -> None:
    assert missing_anchors(question, [passage]) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The inspection was led by HM Inspector Wendy Williams.", ["Wendy Williams"]),
        ("Detective Chief Superintendent Karen Oduya heads PVP.", ["Karen Oduya"]),
        ("ACC Daniel Osei-Fraser | 31 December 2025", ["Daniel Osei-Fraser"]),
        ("Mr Hogg asked for a progress report.", ["Mr Hogg"]),
        # Organisations, places, programmes and roles are no one.
        ("It is chaired by a council chief executive and includes Immigration Enforcement.", []),
        ("AFI 1 | Accepted | Joint NHS working group | Head of Public Protection", []),
        ("Safer Roads South Yorkshire is the road safety partnership.", []),
        ("The Birmingham New Street pilot ended in March 2025.", []),
        ("Thames Valley Police and Durham Constabulary took part.", []),
        ("By May 2024 the backlog had cleared.", []),
        ("Plans to improve the Force Control Room and the Contact Management Centre.", []),
        ("The Domestic Abuse Hubs recorded 100% user satisfaction.", []),
        # A surname may be a month or a county; a judge keeps the title.
        ("Theresa May, then Home Secretary, commissioned it.", ["Theresa May"]),
        ("The panel is chaired by Clare Kent.", ["Clare Kent"]),
        ("Lord Justice Leveson reported in 2012.", ["Lord Justice Leveson"]),
    ],
)
def test_person_names(text: str, names: list[str]) -> None:
    """A 'who' question wants a name: a role or a body answers it for no one."""
    assert [n for _, n in person_names(text)] == names


@pytest.mark.parametrize(
    ("question", "text", "besides"),
    [
        # The people a sentence names besides the one the question asks about.
        ("Who was the previous Glos PCC that Nelson blames?", "Mr Nelson agreed.", []),
        ("Who did Chris Nelson blame?", "Commissioner Chris Nelson responded.", []),
        ("Who did Chris Nelson blame?", "Martin Surl, the previous PCC.", ["Martin Surl"]),
        ("Who is Nelson's deputy?", "Mr Nelson agreed.", []),
        # ... unless the question may be answered by the person it names, or offers a choice.
        ("Who is Chris Nelson?", "Chris Nelson is the PCC.", ["Chris Nelson"]),
        ("Who's Nelson?", "Chris Nelson is the PCC.", ["Chris Nelson"]),
        ("Who is the Glos PCC, Chris Nelson?", "Chris Nelson is the PCC.", ["Chris Nelson"]),
        ("Who signed it, Chris Noble or Ben Adams?", "Signed: Ben Adams", ["Ben Adams"]),
        # A force in the question is no one's surname: "Clare Kent" may answer about Kent.
        ("Who did the Kent panel appoint?", "It appointed Clare Kent.", ["Clare Kent"]),
    ],
)
def test_who_besides_the_person_asked_about(question: str, text: str, besides: list) -> None:
    assert people_besides(text, named_in_question(question)) == besides


def test_a_who_is_met_by_any_name_its_answer_may_be_a_role_beside_the_one_asked() -> None:
    """'Who does Nelson blame?' may be answered "his predecessor" in a sentence naming only
    Nelson: the sentence is not refused for naming the person asked about."""
    assert gives(expectation_for("person", "Who does Chris Nelson blame?"), "Mr Nelson agreed.")


def test_the_short_answer_to_who_is_not_the_person_asked_about() -> None:
    from rag.answer_types import short_answer
    from rag.question import analyse

    quote = "Commissioner Chris Nelson blamed Martin Surl, his predecessor."
    assert short_answer("person", quote, analyse("Who did Chris Nelson blame?")) == "Martin Surl"
    assert short_answer("person", quote, analyse("Who is Chris Nelson?")) == "Chris Nelson"
    assert named_in_question("Who was Nelson's predecessor?") == {"nelson"}


def test_the_words_a_who_question_names() -> None:
    assert named_in_question("Who did Sarah Hall replace as the Kent DCC?") == {"sarah", "hall"}
    assert named_in_question("Who is Sarah Hall?") == frozenset()
    assert named_in_question("Who is the Kent DCC, Sarah Hall?") == frozenset()


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("in the year ending 31 March 2025", {"2024/25"}),
        ("for the year to March 2018", {"2017/18"}),
        ("between April 2023 and March 2024", {"2023/24"}),
        ("from 1 April 2022 to 31 March 2023", {"2022/23"}),
        ("in 2019-20 and 2021/22", {"2019/20", "2021/22"}),
        ("April 2020 to March 2023", set()),  # three years: not one financial year
        ("by 31 March 2025", set()),  # a deadline, not a year's figures
    ],
)
def test_financial_years_however_written(text: str, years: set[str]) -> None:
    from rag.anchors import financial_years

    assert financial_years(text.lower()) == years


def test_a_financial_year_is_found_in_the_words_reports_use_for_it() -> None:
    question = "How many stop searches did Humberside do in 24/25?"
    assert missing_anchors(question, ["In the year ending 31 March 2025 it made 5,874."]) == []
    assert missing_anchors(question, ["In the year ending 31 March 2024 it made 5,112."]) == [
        "2024/25"
    ]


@pytest.mark.parametrize(
    ("question", "sentence", "passage", "period"),
    [
        # A figure dated another year is another year's figure.
        (
            "What was Warks' 999 answer rate back in 21/22?",
            "In the year ending 31 March 2024, it answered 71.4 percent of 999 calls.",
            "",
            "2023/24",
        ),
        # ... and so is an undated one in a paragraph dated only by that year.
        (
            "What was Warks' 999 answer rate back in 21/22?",
            "In the same period, 18.2 percent of calls to 101 were abandoned.",
            "In the year ending 31 March 2024, it answered 71.4 percent of 999 calls.",
            "2023/24",
        ),
        # The asked year, however written.
        (
            "How many crimes were recorded in 2023/24?",
            "In the year ending 31 March 2024, 5,000 crimes were recorded.",
            "",
            None,
        ),
        (
            "How much did the PCC put in back in 2014?",
            "Back in 2014 I made £3.5m available.",
            "",
            None,
        ),
        # A year that dates the report asked about is not the figure's year.
        (
            "How many crimes did D&C fail to record according to the 21/22 PEEL?",
            "Around 18,900 crimes were not recorded over the year examined.",
            "We inspected the force in 2022 and 2023.",
            None,
        ),
        # "since 2019" opens a span of years.
        ("How many officers has it recruited since 2019?", "In 2023 it recruited 40.", "", None),
        # No year asked, or none given: nothing to compare.
        ("How many officers are there?", "In 2023 it had 1,368 officers.", "", None),
        ("How many officers were there in 2024?", "It has 1,368 officers.", "", None),
    ],
)
def test_a_figure_of_another_period(
    question: str, sentence: str, passage: str, period: str | None
) -> None:
    assert other_period(figure_years(question), sentence, passage) == period
