from __future__ import annotations

import pytest

from ingest.cleaning import (
    breadcrumb_title,
    decode_text,
    is_furniture,
    looks_binary,
    menu_people,
    pair_grade_cells,
    strip_running_lines,
    strip_web_furniture,
)
from ingest.loaders.structure import Line, blocks_from_lines
from ingest.loaders.text import parse_text
from tests.conftest import CORPUS


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Skip to content Skip to menu", True),
        ("YouTube Instagram LinkedIm", True),
        ("Facebook Twitter", True),
        ("We use cookies to improve your experience. Accept all cookies", True),
        ("Back to top", True),
        ("Share this page", True),
        ("OPCC response to HMIC Child Protection Report", False),
        ("The force shared information on YouTube with partners.", False),
        ("Home Office funding was confirmed.", False),
        (
            "We use cookies to collect information about how you use our website. We use this "
            "information to make the website work as well as possible.",
            True,
        ),
        ("Home | About | Policing | News | Contact", True),
        ("AFI 6 - updates on delayed attendance | Accepted | Ch Insp Owen Ridley", False),
        ("About HMICFRS | Accessibility statement | Cookies | Privacy notice", True),
        ("X (formerly Twitter)", True),
        ("Tags: child protection, HMICFRS, inspections", True),
        ("Was this page helpful?", True),
        ("----------------------------------------", True),
        ("Xavier Lloyd was appointed chief constable in 2024.", False),
        (
            "Some cookies are essential to make this site work. We'd like to set optional "
            "analytics cookies to help us improve it.",
            True,
        ),
        ("Print this page   Download as PDF (318 KB)", True),
        ("A- | A | A+ | Contrast | ReadSpeaker: Listen | Translate this page", True),
        ("Search [                    ] [Go]", True),
        ("The force searched 40 premises and seized essential evidence.", False),
        ("The unit will print a leaflet for victims.", False),
    ],
)
def test_furniture_lines(line: str, expected: bool) -> None:
    assert is_furniture(line) is expected


def test_header_badge_between_furniture_is_dropped() -> None:
    lines = [
        "Skip to content Skip to menu",
        "Open and Transparent Quality Mark 2016/17",
        "YouTube Instagram LinkedIn",
        "",
        "Title of the response",
        "",
        "Body text.",
    ]
    assert strip_web_furniture(lines) == ["", "Title of the response", "", "Body text."]


def test_users_web_capture_is_cleaned() -> None:
    path = CORPUS / "user" / "devon-cornwall-opcc-response-hmic-child-protection-2015.txt"
    parsed = parse_text(path.read_text())
    text = "\n".join(b.text for b in parsed.blocks)
    assert "Skip to content" not in text and "LinkedIm" not in text
    assert "Quality Mark" not in text
    assert parsed.blocks[0].text == "OPCC response to HMIC Child Protection Report"
    assert parsed.blocks[0].kind == "heading"


def test_stray_blank_line_mid_sentence_is_rejoined() -> None:
    path = CORPUS / "user" / "devon-cornwall-pcc-response-ncpi-2019-thematic.txt"
    parsed = parse_text(path.read_text())
    joined = [b.text for b in parsed.blocks if "a pandemic" in b.text]
    assert joined and "a pandemic which is requiring" in joined[0]


def test_running_headers_footers_and_page_numbers_removed() -> None:
    bodies = [
        [
            "Kent answered most calls.",
            "Crime data was accurate.",
            "Victims were kept informed.",
            "Offender management was good.",
            "Custody was safe.",
        ],
        [
            "Stalking was recognised.",
            "Vetting was thorough.",
            "Leaders were visible.",
            "Training improved.",
            "Partners praised the force.",
        ],
        [
            "Summary of findings.",
            "Twelve recommendations.",
            "Progress was mixed.",
            "Neighbourhood teams engaged.",
            "Response times fell.",
        ],
    ]
    pages = [
        ["HMICFRS – Kent PEEL 2022", *body, f"Page {n} of 3"]
        for n, body in enumerate(bodies, start=1)
    ]
    assert strip_running_lines(pages) == bodies
    # A page number alone at a page edge goes even when it does not repeat.
    assert strip_running_lines([["12", *bodies[0]]]) == [bodies[0]]


def test_binary_detection_and_decoding() -> None:
    assert looks_binary(b"\x00\x01\x02binary")
    assert not looks_binary("Plain text £5".encode())
    assert decode_text("Café £5".encode("cp1252")) == "Café £5"
    assert decode_text("Café".encode()) == "Café"
    assert decode_text("\ufeffBOM text".encode()) == "BOM text"
    assert decode_text("Hi".encode("utf-16")) == "Hi"


def test_pages_that_only_repeat_one_line_keep_it() -> None:
    pages = [["Page 1. The inspection found gaps in records."],
             ["Page 2. The inspection found gaps in records."]]  # fmt: skip
    assert strip_running_lines(pages) == pages  # removing every line would lose the text


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Home > News > Commissioner's response to the PEEL report"],
            "Commissioner's response to the PEEL report",
        ),
        (
            [
                "Home | About | News",
                "You are here: Home > Publications > Revisit letter to Gwent Police",
            ],
            "Revisit letter to Gwent Police",
        ),
        (["Home > News"], ""),
        (["Home | About | News | Contact"], ""),
    ],
)
def test_a_capture_is_titled_by_its_breadcrumb_trail(lines: list[str], expected: str) -> None:
    assert breadcrumb_title(lines) == expected


def test_link_lists_and_share_buttons_at_the_foot_of_a_capture_are_dropped() -> None:
    page = (
        "Response to the PEEL report\n\n"
        + "".join(
            f"Paragraph {n}: the force must improve its 101 service, and I will hold the Chief "
            "Constable to account for it at my monthly board.\n\n"
            for n in range(14)
        )
        + "Jane Smith\nPolice and Crime Commissioner\n\nShare this page\nFacebook\nX\n"
        "LinkedIn\n\nRelated news\nCommissioner sets out budget\nPanel to meet in November\n\n"
        "Was this page helpful?\nYes\nNo\n"
    )
    text = " ".join(b.text for b in parse_text(page).blocks)
    assert "Police and Crime Commissioner" in text and "101 service" in text
    for gone in ("Facebook", "LinkedIn", "Related news", "budget", "Panel to meet", "helpful"):
        assert gone not in text


def test_menus_and_page_contents_lists_are_dropped() -> None:
    lines = [
        "Greater Manchester Combined Authority",
        "",
        "MENU",
        "Home",
        "Who we are",
        "  The Mayor",
        "",
        "ON THIS PAGE",
        "  1. Introduction",
        "  2. What the inspectorate found",
        "",
        "IN THIS ARTICLE",
        "  > Background",
        "  > What the inspectors found",
        "",
        "1. INTRODUCTION",
        "",
        "As Mayor I exercise the functions of a police and crime commissioner.",
        "",
        "Contents of the force's plan are set out below.",
    ] + [f"Paragraph {n} of the response says what the Mayor will do next." for n in range(20)]
    out = [line for line in strip_web_furniture(lines) if line.strip()]
    assert "Who we are" not in out and "  1. Introduction" not in out
    assert "  > What the inspectors found" not in out
    assert "1. INTRODUCTION" in out
    assert "As Mayor I exercise the functions of a police and crime commissioner." in out
    assert "Contents of the force's plan are set out below." in out


def test_a_running_header_behind_a_footer_block_is_dropped_too() -> None:
    # pypdf emits the header drawn at the top of the page after the footer lines
    bodies = ["Victims wait.", "Files lack plans.", "Leaders meet rarely.", "Schools help."]
    pages = [
        [
            *(f"{w} on {body}" for w in ("One", "Two", "Three", "Four", "Five")),
            body,
            "Wiltshire Police - hate crime inspection 2025",
            "hmicfrs.justiceinspectorates.gov.uk",
            "Seen and heard? An inspection",
            f"Page {n} of 4",
        ]
        for n, body in enumerate(bodies, start=1)
    ]
    out = strip_running_lines(pages)
    assert out == [[line for line in p[:6]] for p in pages]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a judgment table as PDF text extraction gives it: one cell a line, cells wrapped
        (
            [
                "Inspection question",
                "Judgment",
                "How well does the force identify hate crime?",
                "Adequate",
                "How well does it meet the needs of victims of hate",
                "crime?",
                "Requires improvement",
            ],
            [
                "Inspection question",
                "Judgment",
                "How well does the force identify hate crime? | Adequate",
                "How well does it meet the needs of victims of hate crime? | Requires improvement",
            ],
        ),
        # a grade heading over prose, a grade after a grade, and a row already joined stay
        (["Good", "The force is good at this."], ["Good", "The force is good at this."]),
        (["Preventing crime", "Good", "Adequate"], ["Preventing crime | Good", "Adequate"]),
        (["Area | Grade", "Good"], ["Area | Grade", "Good"]),
    ],
)
def test_pair_grade_cells(lines: list[str], expected: list[str]) -> None:
    assert pair_grade_cells(lines) == expected


def test_dot_leader_rows_are_list_items_never_headings() -> None:
    """A dated list or a key-figures table written with dot leaders keeps its rows
    together under their heading: no row becomes a heading that starts a new section."""
    lines = [
        "6. KEY DATES",
        "",
        "16 September 2025 .. 'Clear skies?' published by HMICFRS",
        "",
        "6 November 2025 .... This response published",
        "",
        "April 2026 ......... Operation Updraft planned to start in Preston",
        "",
        "Drone flights in 2024 ......................... 3,960",
        "Footage retention (non-evidential) ............ 31 days",
    ]
    blocks = blocks_from_lines([Line(x) for x in lines], wrapped=False)
    assert [b.kind for b in blocks] == ["heading"] + ["list_item"] * 5
    assert blocks[-1].text.endswith("31 days")


@pytest.mark.parametrize(
    ("lines", "people"),
    [
        (["Your Commissioner", "  About Dominic Entwistle", "  Police and Crime Plan"],
         ["Dominic Entwistle"]),
        (["Meet Rosalind Harker"], ["Rosalind Harker"]),
        (["Meet the Commissioner, Jane Mudd", "Police and Crime Commissioner: Jane Mudd"],
         ["Jane Mudd"]),
        # menu entries that name no one
        (["About us", "Meet Our Team", "About the Commissioner", "About HMICFRS",
          "Commissioner Sets Police Budget"], []),
    ],
)  # fmt: skip
def test_the_owner_a_page_names_in_its_menus(lines: list[str], people: list[str]) -> None:
    assert menu_people(lines) == people


def test_a_capture_keeps_the_owner_its_menu_names_as_metadata() -> None:
    parsed = parse_text(
        "MENU\nHome\nYour Commissioner\n  About Dominic Entwistle\nNews\n\n"
        "Commissioner's response\n\nThe Commissioner has committed to the following:\n"
    )
    assert parsed.meta["page_people"] == "Dominic Entwistle"
    assert "Entwistle" not in " ".join(b.text for b in parsed.blocks)
