"""The recommendations ledger's pure parts: findings, deadlines, declared counts, response
links and their classification, the s55 clock."""

from __future__ import annotations

from datetime import date

import pytest

from rag.ledger import (
    _Chunk,
    build_ledger,
    classify,
    deadline_of,
    declared_counts,
    extract_findings,
    link_response,
    s55_day,
    s55_status,
)
from rag.schema import ChunkMeta


@pytest.mark.parametrize(
    ("text", "published", "deadline"),
    [
        ("By 30 June 2023, chief constables should ...", None, "2023-06-30"),
        ("by March 2025 the force should ...", None, "2025-03-31"),
        ("Within six months of this report, forces should ...", date(2024, 11, 28), "2025-05-28"),
        ("Within 12 months, the Home Office should ...", date(2024, 11, 28), "2025-11-28"),
        ("With immediate effect, the chief constable should ...", date(2024, 1, 1), None),
        ("By 31 February 2025, ...", None, None),
    ],
)
def test_deadlines(text: str, published: date | None, deadline: str | None) -> None:
    assert deadline_of(text, published) == deadline


def test_declared_counts() -> None:
    got = declared_counts(
        ["This report makes 2 causes of concern, six recommendations and 11 areas for improvement."]
    )
    assert got == {"recommendation": 6, "area_for_improvement": 11, "cause_of_concern": 2}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("We have appointed a custody lead and introduced weekly audits.", "action"),
        ("Action under way. A joint protocol was signed in October 2024.", "action"),
        ("I welcome this recommendation and will monitor progress.", "acknowledged"),
        ("The Commissioner notes this. It will be considered in the review.", "acknowledged"),
        ("I partially accept this recommendation: the contract is not ours.", "disputed"),
    ],
)
def test_response_status(text: str, status: str) -> None:
    assert classify(text) == status


def test_s55_clock_counts_publication_day_as_day_one() -> None:
    assert s55_day("2024-09-10", "2024-09-10") == 1
    assert s55_day("2024-09-10", "2024-11-04") == 56
    assert s55_day("2024-09-10", "2024-11-05") == 57
    assert s55_day("2024-09", "2024-11-05") is None  # no day: no count


def _chunk(cid: str, doc: str, index: int, text: str, **meta: object) -> _Chunk:
    base = {"doc_id": doc, "title": doc, "doc_type": "inspection_report", "source": "x",
            "path": "x", "index": index, "start": 0, "end": len(text)}  # fmt: skip
    return _Chunk(cid, text, ChunkMeta.from_chroma({**base, **meta}))


REC_AND_LABEL = (
    "Recommendation 2: By 31 March 2025, the chief constable should record all use of force."
    "\n\nArea for improvement 2"
)
SUMMARY = "Area for improvement 1: data (2.2)"


def test_findings_labels_alone_numbering_and_summary_repeats() -> None:
    chunks = [
        _chunk("c0", "r", 0, "Area for improvement 1\n\nThe force should fix its data."),
        _chunk(
            "c1",
            "r",
            1,
            "Recommendation 2: By 31 March 2025, the chief constable should"
            " record all use of force.\n\nArea for improvement 2",
        ),
        _chunk(
            "c2",
            "r",
            2,
            "The force should improve training for custody staff.\n\n"
            "Area for improvement 1: data (2.2)",
        ),
    ]
    found = extract_findings("r", chunks, None)
    assert [(f.kind, f.number) for f in found] == [
        ("recommendation", 2),
        ("area_for_improvement", 1),
        ("area_for_improvement", 2),
    ]
    rec, afi1, afi2 = found
    assert rec.deadline == "2025-03-31" and rec.addressee == "the chief constable"
    assert afi1.text == "The force should fix its data."  # the full text, not the summary
    assert afi2.chunk_id == "c2"  # a label at a chunk's end takes the next chunk's text
    for f in found:
        assert f.text in next(c.text for c in chunks if c.id == f.chunk_id)


def test_ledger_links_responses_and_dedupes_a_report_ingested_twice() -> None:
    report = (
        "Recommendation 1: The force should audit custody records.\n\nIt makes 1 recommendation."
    )
    response = (
        "Recommendation 1\n\nThe force should audit custody records.\n\n"
        "We have introduced monthly audits."
    )
    ids = ["a0", "b0", "p0"]
    texts = [report, report + " ", response]
    metas = [
        {"doc_id": "a", "title": "Custody report", "doc_type": "inspection_report",
         "force": "Kent Police", "published": "2024-01-10", "index": 0},
        {"doc_id": "b", "title": "Custody report", "doc_type": "inspection_report",
         "force": "Kent Police", "published": "2024-01-10", "index": 0},
        {"doc_id": "p", "title": "PCC response to the custody report", "doc_type": "pcc_response",
         "force": "Kent Police", "published": "2024-03-10", "index": 0, "responds_to": "a"},
    ]  # fmt: skip
    ledger = build_ledger(ids, texts, metas)
    assert len(ledger) == 1
    entry = ledger[0]
    (finding,) = entry.findings
    (link,) = finding.responses
    assert (link.doc_id, link.status) == ("p", "action")
    assert link.quote == "We have introduced monthly audits." and link.quote in response
    (resp,) = entry.responses
    assert (resp.day, resp.within_56_days) == (61, False)


def test_a_label_that_is_a_whole_chunk_takes_the_next_chunks_text() -> None:
    chunks = [
        _chunk("c0", "d", 0, "Recommendation 3"),
        _chunk("c1", "d", 1, "By 31 March 2025, the force should improve how it records crime."),
    ]
    (f,) = extract_findings("d", chunks, None)
    assert (f.number, f.chunk_id, f.deadline) == (3, "c1", "2025-03-31")
    assert f.text in chunks[1].text


def _in_section(cid: str, index: int, section: str, text: str) -> _Chunk:
    return _chunk(cid, "r", index, text, section=section)


def test_unlabelled_findings_under_a_heading_that_names_them() -> None:
    chunks = [
        _in_section("c0", 0, "PEEL > Causes of concern",
                    "Causes of concern\n\nInspectors found three causes of concern:\n\n"
                    "1. crime data integrity;\n\n2. responding to the public; and\n\n"
                    "3. investigating crime.\n\nThe force has begun work on each."),
        _in_section("c1", 1, "PEEL > Areas for improvement",
                    "Areas for improvement\n\nImprove call-handling performance so that callers "
                    "do not wait.\n\nMake sure investigations are supervised and recorded."),
        _in_section("c2", 2, "Report > Recommendations",
                    "Recommendations\n\nEach plan was to be:\n\n1. developed with partners;\n\n"
                    "2. published by September."),
    ]  # fmt: skip
    found = extract_findings("r", chunks, None)
    got = [(f.kind, f.number, f.text) for f in found]
    assert got == [
        (
            "area_for_improvement",
            1,
            "Improve call-handling performance so that callers do not wait.",
        ),
        ("area_for_improvement", 2, "Make sure investigations are supervised and recorded."),
        ("cause_of_concern", 1, "crime data integrity;"),
        ("cause_of_concern", 2, "responding to the public; and"),
        ("cause_of_concern", 3, "investigating crime."),
    ]  # the parts of one plan ("Each plan was to be:") are not recommendations each
    for f in found:
        assert f.text in next(c.text for c in chunks if c.id == f.chunk_id)


@pytest.mark.parametrize(
    ("force", "published", "days", "today", "status"),
    [
        ("Kent Police", date(2024, 1, 10), [40], None, "responded_within_56_days"),
        ("Kent Police", date(2024, 1, 10), [61], None, "responded_late"),
        ("Kent Police", date(2024, 1, 10), [], date(2024, 3, 6), "no_response_overdue"),
        ("Kent Police", date(2024, 1, 10), [], date(2024, 3, 5), "no_response_not_yet_due"),
        ("Kent Police", date(2024, 1, 10), [None], date(2025, 1, 1), "unknown"),
        ("Kent Police", None, [], date(2025, 1, 1), "unknown"),
        ("All forces (England and Wales)", date(2024, 1, 10), [], date(2025, 1, 1), "national"),
    ],
)
def test_s55_status(force, published, days, today, status) -> None:
    got = s55_status(force, published, days, today)
    assert got["status"] == status
    if published and status != "national":
        assert got["due"] == "2024-03-05"  # day 56, counting publication day as day 1


def test_labelled_paragraphs_one_finding_headings_timed_leads_across_chunks() -> None:
    chunks = [
        _in_section("c0", 0, "R > Causes of concern",
                    "Causes of concern\n\nMissing children. The force does not recognise the "
                    "risks children face.\n\nThe report made 11 recommendations. Work began."),
        _in_section("c1", 1, "R > Part B > Cause of concern: breaches of orders",
                    "Cause of concern: breaches of orders\n\nForces were treating breaches of "
                    "orders as isolated events rather than as a pattern."),
        _in_section("c2", 2, "R > Recommendations",
                    "Recommendations\n\nWithin three months:\n\nreview how resources are "
                    "managed;"),
        _in_section("c3", 3, "R > Recommendations", "audit the skills of staff."),
    ]  # fmt: skip
    found = extract_findings("r", chunks, date(2024, 1, 10))
    got = [(f.kind, f.text[:30], f.deadline) for f in found]
    assert got == [
        ("recommendation", "review how resources are manag", "2024-04-10"),
        ("recommendation", "audit the skills of staff.", "2024-04-10"),  # runs on, same lead
        ("cause_of_concern", "Missing children. The force do", None),
        ("cause_of_concern", "Forces were treating breaches ", None),
    ]  # "The report made 11 recommendations." is narrative, not a finding


def test_a_headline_naming_a_finding_is_not_its_response() -> None:
    finding = extract_findings(
        "r", [_in_section("c0", 0, "R > Causes of concern",
                          "Causes of concern\n\nMissing children. The force fails them.")], None
    )[0]  # fmt: skip
    headline = _chunk("p0", "p", 0, "PCC on missing children")
    assert link_response(finding, "p", [headline]) is None


def test_counted_lead_ins_plain_lists_and_prose_recommendations() -> None:
    chunks = [
        _in_section("c0", 0, "R > Progress",
                    "HMICFRS listed six specific areas for further work:\n\n"
                    "Better processes for sharing information.\n\nShorter delays in forensics.\n\n"
                    "The force has since appointed a new head of public protection, and the "
                    "inspectorate said it would return. It will report again next year."),
        _in_section("c1", 1, "R > Areas for improvement highlighted",
                    "Areas for improvement highlighted\n\nA more coherent national tasking system."
                    "\n\nBetter mapping of organised crime groups."),
    ]  # fmt: skip
    found = extract_findings("r", chunks, None)
    assert [f.text for f in found] == [
        "Better processes for sharing information.",
        "Shorter delays in forensics.",  # the prose after the list is not an item
        "A more coherent national tasking system.",
        "Better mapping of organised crime groups.",
    ]
    assert {f.kind for f in found} == {"area_for_improvement"}
    prose = _in_section("p0", 0, "R > Finance",
                        "The recommendations on finance required the force to make sure it had "
                        "capacity; to develop a sustainable plan; and to align its plans with its "
                        "estates plans.\n\nInspectors recommended a dedicated analyst to build "
                        "the picture.\n\nThe cause of concern carried two recommendations to be "
                        "met within three months, including improving call answering.")  # fmt: skip
    found = extract_findings("r", [prose], date(2024, 1, 10))
    assert [(f.text, f.deadline) for f in found] == [
        ("make sure it had capacity", None),
        ("develop a sustainable plan", None),
        ("align its plans with its estates plans", None),
        ("a dedicated analyst to build the picture.", None),
        ("improving call answering.", "2024-04-10"),
    ]
    for f in found:
        assert f.text in prose.text


def test_numbered_items_after_a_counting_lead_in_any_section() -> None:
    """'HMICFRS listed six specific areas for further work:' then '1. Better processes ...':
    the item's number is its number, not a sentence end."""
    chunks = [
        _in_section("c0", 0, "Re-inspection > What next",
                    "What next\n\nHMICFRS listed three specific areas for further work:\n\n"
                    "1. Better processes for sharing information.\n\n"
                    "2. Effective oversight of the offender team.\n\n"
                    "3. Shorter delays in digital forensics.\n\n"
                    "The force has accepted them and set out a plan with dates for each."),
    ]  # fmt: skip
    got = [(f.kind, f.number, f.text) for f in extract_findings("r", chunks, None)]
    assert got == [
        ("area_for_improvement", 1, "Better processes for sharing information."),
        ("area_for_improvement", 2, "Effective oversight of the offender team."),
        ("area_for_improvement", 3, "Shorter delays in digital forensics."),
    ]
