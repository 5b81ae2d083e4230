"""Question analysis, follow-up swaps, multi-part splits and short answers: table tests."""

from __future__ import annotations

import pytest

from rag.answer import _off_topic
from rag.answer_types import short_answer
from rag.query import rewrite_follow_up
from rag.question import (
    LIGHT_TERMS,
    analyse,
    focus_query,
    kind_of,
    list_head,
    mentions,
    split_parts,
    stated_count,
    value_kind,
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How many MASHs are there in Devon and Cornwall?", "quantity"),
        ("What % of 999 calls were answered in 10 seconds?", "quantity"),
        ("How much did Sussex spend on Veritas Justice?", "money"),
        ("When did D&C go into Engage?", "date"),
        ("How long did the force take to answer 999 calls?", "duration"),
        ("How often does the PCC meet the chief constable?", "frequency"),
        ("What grade did Kent get for investigating crime?", "grade"),
        ("Who is the HM Inspector for Kent?", "person"),
        ("Why did inspectors say Derbyshire's set-up was confusing?", "reason"),
        ("Did Kent get out of Engage?", "yesno"),
        ("How did Kent's grades compare with Devon and Cornwall's?", "comparison"),
        ("Which areas did HMICFRS grade inadequate in D&C's 2021/22 PEEL?", "list"),
        ("What were the recommendations of the 2019 thematic report?", "list"),
        ("What did the Kent PCC say about police dogs?", "description"),
        # Staff's shorthand for the same kinds.
        ("How much is the Northants PFCC putting into extra MASH staff?", "money"),
        ("What budget gap was Glos facing?", "money"),
        ("Longest gap to arrest in the online CSA inspection?", "duration"),
        ("Which HMI signed off the Cumbria PEEL?", "person"),
        ("What did Cumbria get for preventing crime in PEEL 23-25?", "grade"),
        ("Staffs accelerated CoC - what were the seven recs?", "list"),
        ("Kent PEEL 21/22 improvement priorities?", "list"),
        ("What's Entwistle committed to on drones?", "list"),
        ("What were HMIC's main worries in D&C's 2015 inspection?", "list"),
        ("What did Northants blame the MASH backlog on?", "reason"),
        ("What caused the 101 delays?", "reason"),
        ("What did the PCC put the delays down to?", "reason"),
        ("What were the causes of concern?", "list"),
        ("What's the one-off equipment cost in the Tillbox decision record?", "money"),
        ("What did Counting the cost recommend?", "list"),
        # HMICFRS labels each example of notable practice: a list, unless asked of one.
        ("What notable practice did the fraud report pick out?", "list"),
        ("notable practice in Every journey matters?", "list"),
        ("Did Reflect and Review get a notable practice mention?", "yesno"),
        ("Why did HMI pick the Family Passport as notable practice?", "reason"),
        # A group's members, not one person.
        ("who sits on Safer Roads South Yorkshire?", "list"),
        ("Who's on the SOC board?", "list"),
        ("Who are the partners in the MASH?", "list"),
        ("Who took part in the review?", "list"),
        ("Who are the other s&s thematic recs aimed at?", "list"),
        ("Who were the national recs for?", "list"),
        ("Who chairs the SOC board?", "person"),
        ("Who signed the response?", "person"),
    ],
)
def test_kind(question: str, kind: str) -> None:
    assert kind_of(question) == kind


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("How many MASHs are there in Devon and Cornwall?", ("mash",)),
        ("How many MASHs operate across the Devon and Cornwall force area?", ("mash",)),
        ("How many rural crime officers did the Cumbria PCC fund?", ("rural", "officer")),
        ("What percentage of calls were abandoned?", ("call",)),
        # "%" is "percentage"
        ("What % of calls were abandoned?", ("call",)),
        ("How many Derbyshire case files were rated good?", ("case", "file")),
    ],
)
def test_focus(question: str, focus: tuple[str, ...]) -> None:
    assert analyse(question).focus == focus


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("What's the average wait on Durham 101?", ("101",)),
        ("What's the average wait for an FLO to be deployed after a road death?", ("flo",)),
        ("What was the average time to answer 101 calls?", ("answer", "101", "call")),
        ("How long do callers wait?", ()),
    ],
)
def test_duration_focus_is_what_is_waited_for(question: str, focus: tuple[str, ...]) -> None:
    assert analyse(question).kind == "duration"
    assert analyse(question).focus == focus


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        # What the money goes to, not who gives it or when.
        (
            "How much is the Cumbria OPCC putting into the DA perpetrator programme?",
            ("da", "perpetrator", "programme"),
        ),
        ("How much is the Northants PFCC putting into extra MASH staff?", ("mash", "staff")),
        ("How much has the Durham PCC put in for extra call handlers?", ("call", "handler")),
        ("How much money has the Warks PCC thrown at the MASH?", ("mash",)),
        ("How much did the Mayor give the SY footage portal team?", ("footage", "portal", "team")),
        (
            "How much did the Sussex OPCC spend on Veritas Justice in 2019/20?",
            ("verita", "justice"),
        ),
        ("What did Operation Harrier cost to run?", ("operate", "harrier")),
        (
            "How much is the Warks call handler retention payment worth?",
            ("call", "handler", "retention", "payment"),
        ),
        ("What's the cost of the extra control room staff?", ("control", "room", "staff")),
        ("What's the extended AA scheme going to cost?", ("extend", "aa", "scheme")),
        # who charges is what the sum is about
        ("How much does NPAS charge forces per flying hour?", ("npas",)),
        # A force or a bare purpose is not a focus.
        ("How much did the West Yorkshire PCC give the force in 2014?", ()),
        ("What budget gap was Glos facing?", ()),
    ],
)
def test_money_focus(question: str, focus: tuple[str, ...]) -> None:
    assert analyse(question).kind == "money"
    assert analyse(question).focus == focus


def test_focus_matches_abbreviations_and_plurals() -> None:
    assert mentions(("mash",), "Four multi-agency safeguarding hubs operate across the area") == 1
    assert mentions(("mash",), "Referrals are made to the MASH by police") == 1
    assert mentions(("dogs",), "the dog section") == 1
    assert mentions(("investigator",), "investigators in the fraud unit") == 1
    assert mentions(("mash",), "Four custody suites operate across the area") == 0
    assert mentions(("afis",), "The report sets out six areas for improvement.") == 1
    assert mentions(("ocg",), "It had mapped 118 organised crime groups.") == 1
    assert mentions(("hub",), "The four MASHs share one referral line.") == 1


def test_a_long_form_counts_only_when_its_closing_words_are_written_out() -> None:
    """'Requires improvement' is a grade: it does not mention areas for improvement."""
    grades = "It was good in four areas and requires improvement in three."
    assert mentions(("afi",), grades) == 0
    assert mentions(("mash",), "The four hubs share one referral line.") == 0


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "When did D&C go into Engage and how many areas were graded inadequate?",
            ["When did D&C go into Engage?", "how many areas were graded inadequate?"],
        ),
        (
            "What did the report find? What did the PCC say?",
            ["What did the report find?", "What did the PCC say?"],
        ),
        ("What did Kent and Essex say?", ["What did Kent and Essex say?"]),
        (
            "How many officers and staff does Kent have?",
            ["How many officers and staff does Kent have?"],
        ),
    ],
)
def test_split_parts(question: str, parts: list[str]) -> None:
    assert split_parts(question) == parts


@pytest.mark.parametrize(
    ("question", "previous", "rewritten"),
    [
        (
            "and what about Devon and Cornwall?",
            "What grades did Kent get in PEEL 2021/22?",
            "What grades did Devon and Cornwall Police get in PEEL 2021/22?",
        ),
        (
            "same for 2018/19?",
            "What grades did Devon and Cornwall get in PEEL 2021/22?",
            "What grades did Devon and Cornwall get in PEEL 2018/19?",
        ),
        (
            "what about Essex?",
            "What did the vetting inspection find?",
            "What did the vetting inspection find in Essex Police?",
        ),
    ],
)
def test_follow_ups_swap_a_named_thing(question: str, previous: str, rewritten: str) -> None:
    assert rewrite_follow_up(question, [previous]) == rewritten


def test_standalone_question_is_not_rewritten() -> None:
    assert (
        rewrite_follow_up("What did Kent's PEEL find?", ["Anything"])
        == "What did Kent's PEEL find?"
    )


@pytest.mark.parametrize(
    ("kind", "question", "quote", "short"),
    [
        (
            "quantity",
            "How many MASHs are there?",
            "Four multi-agency safeguarding hubs (MASHs) operate across the force area.",
            "Four",
        ),
        (
            "quantity",
            "How many cases were inadequate?",
            "In 2021, practice was good in 20 cases and inadequate in 28 cases.",
            "20",
        ),
        (
            "quantity",
            "How many areas were graded inadequate?",
            "Across nine graded areas, the force was found inadequate in three, good in two.",
            "three",
        ),
        (
            "quantity",
            "How many Derbyshire case files were rated good in 2021?",
            "Only 20 of the 79 case files examined showed good practice; 31 required improvement.",
            "20",
        ),
        ("money", "How much?", "The PCC gave £2.3 million to the unit in 2022.", "£2.3 million"),
        (
            "date",
            "When?",
            "HMICFRS moved the force into Engage on 14 October 2022.",
            "14 October 2022",
        ),
        (
            "grade",
            "What grade?",
            "Investigating crime was judged requires improvement.",
            "requires improvement",
        ),
        ("person", "Who?", "The report was led by Wendy Williams, HM Inspector.", "Wendy Williams"),
        # A title is taken off; organisations and meetings are no one.
        (
            "person",
            "Who heads up PVP?",
            "It is led by its Protecting Vulnerable People (PVP) "
            "command, under Detective Chief Superintendent Karen Oduya.",
            "Karen Oduya",
        ),
        (
            "person",
            "Who was chief?",
            "At the Accountability Meeting in April 2019, Chief "
            "Constable Giles York said more would be done.",
            "Giles York",
        ),
        ("person", "Who?", "The Chief Constable will respond.", "Chief Constable"),
        # "By how much" asks for a magnitude, not a count.
        (
            "quantity",
            "By how much had stalking reports gone up?",
            "Over the last three years reports of stalking have risen by 540%.",
            "540%",
        ),
        # A number the question gives is not the one it asks for.
        (
            "quantity",
            "How many officers did Staffordshire have after its 12% uplift?",
            "a 12% uplift in officer numbers, to 1,860 officers.",
            "1,860",
        ),
        # "How many" asks for a count: not the sum or the share beside it.
        (
            "quantity",
            "How many victims did the Cumbria Victims Hub help last year?",
            "the Cumbria Victims Hub, which received £1.1 million of funding in 2024/25 and "
            "supported 6,214 victims last year.",
            "6,214",
        ),
        (
            "quantity",
            "How many calls did the force get?",
            "The force received 1.2 million calls, 12 percent more than the year before.",
            "1.2 million",
        ),
        # The most specific date in the quote.
        (
            "date",
            "When did she commission it?",
            "Since the 2017 report, on 14 September 2018 she asked the inspectorate to look again.",
            "14 September 2018",
        ),
        ("reason", "Why?", "Because it was confusing.", None),
    ],
)
def test_short_answer_is_verbatim(kind: str, question: str, quote: str, short: str | None) -> None:
    got = short_answer(kind, quote, analyse(question))
    assert got == short
    if got:
        assert got in quote


@pytest.mark.parametrize(
    ("question", "head", "count"),
    [
        ("Staffs accelerated CoC - what were the seven recs?", {"recs", "recommendate"}, 7),
        ("What were Glos's causes of concern?", {"cause", "concern", "coc", "cocs"}, None),
        ("What six areas did HMI list for Derbyshire?", set(), 6),
        ("How many MASHs are there?", set(), None),
    ],
)
def test_list_head_and_stated_count(question: str, head: set[str], count: int | None) -> None:
    assert set(list_head(question)) == head
    assert stated_count(question) == count


def test_number_ranges_are_not_financial_years() -> None:
    from rag.anchors import anchors

    assert anchors("Did Kent Police assign 10-12 officers to each hub?") == ["10-12"]
    assert anchors("What did the Kent PEEL 23-25 say?")[0] == "2023/25"
    assert anchors("Kent 21/22 crime recording") == ["2021/22"]


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("Cumbria's workforce numbers at end of March 24?", "workforce end March"),
        (
            "How much is the Northants PFCC putting into extra MASH staff?",
            "putting extra MASH staff",
        ),
        ("What did Cumbria get for preventing crime in PEEL 23-25?", "preventing"),
        ("When did Devon and Cornwall Police go into Engage in 2022?", "go Engage"),
        ("Which HMI signed off the Cumbria PEEL?", ""),
    ],
)
def test_focus_query_drops_what_picks_the_document(question: str, focus: str) -> None:
    """Forces, years, report words and question scaffolding pick the document; what is left
    picks the passage."""
    assert focus_query(question) == focus


@pytest.mark.parametrize(
    ("question", "qualifier"),
    [
        ("How many offenders actually completed Project Steadfast?",
         ("complet", "project", "steadfast")),
        ("How many Halyard seizures led to prosecutions?", ("led", "prosecution")),
        # light verbs, the inspectors' own verbs, months and the next part qualify nothing
        ("How many MASHs operate across the Devon and Cornwall force area?", ()),
        ("How many case files did HMI look at in the 2019 report?", ()),
        ("How many officers did Essex have in Nov 2022 and how many extra?", ()),
        # who gave the count is not what it counts; a comparison is the next part
        ("Roughly how many crimes a year did the inspectors reckon D&C wasn't logging?",
         ("logg",)),
        ("How many JTAIs fed the 2016 thematic compared with the 2018 addendum?", ("fed",)),
        # a force is the scope check's business, and its "and" does not end the qualifier
        ("How many children were detained overnight in Devon and Cornwall last year?",
         ("detain", "overnight")),
    ],
)  # fmt: skip
def test_what_qualifies_a_count(question: str, qualifier: tuple[str, ...]) -> None:
    assert analyse(question).qualifier == qualifier


def test_a_hedge_is_not_what_is_counted() -> None:
    assert analyse("How many offenders actually completed it?").focus == ("offender",)


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("Who's BTP's ACC for vulnerability?", ("vulnerability",)),
        ("Who is the head of the MASH in Kent?", ("mash",)),
        # a title alone, or no title: any name of the right document may answer
        ("Who is Kent's chief constable?", ()),
        ("Who signed the response?", ()),
        # whoever does a task: the thing it is done to, less a clause about it
        ("Who runs the Stand Together scheme?", ("stand", "together", "scheme")),
        ("Who chairs the BTPA committee watching the Safe passage plan?", ("btpa", "committee")),
        ("Who is evaluating the training pilot?", ("train", "pilot")),
        ("Who will review the stalking clinic?", ("stalk", "clinic")),
    ],
)
def test_the_field_of_a_role_a_who_question_asks_about(question: str, focus: tuple) -> None:
    assert analyse(question).focus == focus


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What dates are in the Merseyside fraud monitoring plan?", "list"),
        ("What notable practice examples are in the retail crime thematic?", "list"),
        ("What process was used for the audit?", "description"),
    ],
)
def test_a_plural_asked_for_by_what_is_a_list(question: str, kind: str) -> None:
    assert kind_of(question) == kind


def test_the_refused_count_names_the_whole_force() -> None:
    """The refusal repeats what the question says of the count: "Devon and Cornwall", not
    "Devon"."""
    got = analyse("How many children were detained overnight in Devon and Cornwall last year?")
    assert got.qualifier_text == "were detained overnight in Devon and Cornwall last year"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What's Cumbria's 101 abandonment rate looking like?", "quantity"),
        ("Durham's 999 in-10-seconds figure now?", "quantity"),
        ("What's the Mayor paying for the partnership analyst?", "money"),
        ("deadline for the Home Office rec on retail worker offences?", "date"),
        # a description that names no value, and questions already typed by their value
        ("What did the Kent PCC say about police dogs?", None),
        ("What is the force doing about the MASH?", None),
        ("How many MASHs are there?", None),
        ("What % of frontline officers had done the voice of the child training?", None),
        ("Why was the rate so low?", None),
    ],
)
def test_the_value_a_description_asks_for(question: str, kind: str | None) -> None:
    assert value_kind(question) == kind


@pytest.mark.parametrize(
    ("question", "quote", "short"),
    [
        (
            "What's Cumbria's 101 abandonment rate looking like?",
            "In the 12 months to March 2024, 19.4 percent of 101 calls were abandoned.",
            "19.4 percent",
        ),
        (
            "What's the Mayor paying for the partnership analyst?",
            "The Mayor will fund a partnership analyst post for two years at £118,000.",
            "£118,000",
        ),
        (
            "deadline for the Home Office rec on retail worker offences?",
            "Recommendation 8: By 31 March 2026, the Home Office should ...",
            "31 March 2026",
        ),
    ],
)
def test_a_description_leads_with_the_value_it_asks_for(
    question: str, quote: str, short: str
) -> None:
    got = short_answer(value_kind(question) or kind_of(question), quote, analyse(question))
    assert got == short and got in quote


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("What percentage of Humberside's searches had reasonable grounds recorded?", "85 percent"),
        ("What % of City of London Police searches had grounds recorded?", "88 percent"),
        ("What percentage of searches had reasonable grounds recorded?", "79 percent"),
        ("What percentage of Avon and Somerset searches had grounds?", "91 percent"),
        ("What share of Kent Police searches had grounds?", "93 percent"),
    ],
)
def test_a_figure_per_force_gives_the_asked_force_its_own(question: str, short: str) -> None:
    quote = (
        "Reasonable grounds were recorded in 158 (79 percent) in British Transport Police, "
        "176 (88 percent) in City of London Police, 170 (85 percent) in Humberside Police, "
        "182 (91 percent) in Avon and Somerset Constabulary and 1,210 (93 percent) in Kent "
        "Police."
    )
    assert short_answer("quantity", quote, analyse(question)) == short


@pytest.mark.parametrize(
    ("question", "focus", "part_of"),
    [
        # a part of a whole the question names: the owner and the whole's figure go
        ("How many of Wilts's 1,486 hate crimes were in Swindon?", ("hate",), True),
        ("How many of Hampshire's drone pilots are based on the Isle of Wight?",
         ("drone", "pilot"), True),
        ("How many of the 120 files had a needs assessment?", ("file",), True),
        # no whole named: not a part
        ("How many of them were charged?", (), False),
        ("How many MASHs are there in Devon and Cornwall?", ("mash",), False),
    ],
)  # fmt: skip
def test_a_count_of_part_of_a_whole(question: str, focus: tuple, part_of: bool) -> None:
    analysis = analyse(question)
    assert (analysis.focus, analysis.part_of) == (focus, part_of)


def test_a_stem_with_or_without_its_final_e_is_the_same_word() -> None:
    assert mentions(("disput",), "I do not dispute any of them") == 1.0
    assert mentions(("dispute",), "they were disputing it") == 1.0
    assert mentions(("hat",), "hate crime") == 0.0  # short stems are left alone


def test_light_verbs_say_nothing_of_the_topic() -> None:
    """ "When did the response go up?" is about nothing a passage must mention."""
    terms = analyse("When did the response go up?").terms
    blob = "Published: 9 September 2025. The Commissioner's response."
    assert _off_topic(terms, blob) and not _off_topic(terms - LIGHT_TERMS, blob)


def test_a_synonym_said_in_several_words_counts() -> None:
    assert mentions(("shoplift",), "Recorded shop theft in Norfolk rose by 27 percent") == 1.0
    assert mentions(("shoplift",), "The shop was closed early.") == 0.0
