"""Signature blocks: who a letter, response or report is from."""

from __future__ import annotations

import pytest

from rag.signatures import asks_signatory, signatures


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "I will report publicly on progress.\n\nSigned:\n\nMarion Thwaite\n\n"
            "Police and Crime Commissioner for Cumbria\n\n5 December 2024",
            "Marion Thwaite",
            "Police and Crime Commissioner for Cumbria",
        ),
        (
            "on the right trajectory.\n\nMatthew Scott\n\nPolice and Crime Commissioner for Kent",
            "Matthew Scott",
            "Police and Crime Commissioner for Kent",
        ),
        (
            "needs funding.\n\nVera Baird Police and Crime Commissioner for Northumbria",
            "Vera Baird",
            "Police and Crime Commissioner for Northumbria",
        ),
        (
            "principle.\n\nMark Burns-Williamson OBE Police and Crime Commissioner for "
            "West Yorkshire",
            "Mark Burns-Williamson",
            "Police and Crime Commissioner for West Yorkshire",
        ),
        (
            "our findings.\n\nRachel Ormerod\n\nHis Majesty's Inspector of Constabulary",
            "Rachel Ormerod",
            "His Majesty's Inspector of Constabulary",
        ),
        (
            "progress.\n\nRebecca Anstee Police, Fire and Crime Commissioner for Northamptonshire",
            "Rebecca Anstee",
            "Police, Fire and Crime Commissioner for Northamptonshire",
        ),
        ("Yours sincerely,\n\nJohn Campion", "John Campion", ""),
    ],
)
def test_signature_blocks(text: str, name: str, role: str) -> None:
    found = signatures(text)
    assert [(s.name, s.role) for s in found] == [(name, role)]
    assert name in text[found[0].start : found[0].end]


@pytest.mark.parametrize(
    "text",
    [
        "West Yorkshire Police and Crime Commissioner Response to HMIC review on domestic abuse",
        "Chief Constable Rod Hansen said the report identified many examples of good practice.",
        "The Police and Crime Commissioner, Matthew Scott, welcomed the report.",
        "Key findings\n\nThe force answers 999 calls quickly.",
    ],
)
def test_names_in_titles_and_sentences_are_not_signatures(text: str) -> None:
    assert signatures(text) == []


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Who signed the Northants PFCC response?", True),
        ("Which HMI signed off the Cumbria PEEL?", True),
        ("Who was the signatory of the Kent letter?", True),
        ("Who leads on child protection in Northants?", False),
        ("Who is the HM Inspector for Kent?", False),
        ("Which SWP recs got signed off at the revisit?", False),
        ("who's the HMI on 'Behind the counter'?", True),
        ("Who was the inspector for the Cumbria PEEL?", True),
    ],
)
def test_asks_signatory(question: str, asks: bool) -> None:
    assert asks_signatory(question) is asks
