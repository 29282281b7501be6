"""English texts whose places are typed numbers run into their text (round 277).

Google's terms for Local Services providers are sixteen paragraphs typed ``1. Applicable Terms. Local Services by
Google is …``, ``3. Minimum Provider Requirements and Warranties.In order to use …``, with no heading at all: the text
was read as one unit, and every piece of evidence named the line under the title, ``(EMEA)``. foodora's partner terms,
a PDF's lines kept as paragraphs, lost the space after every number (``1.INTRODUCTION``, ``1.1.Foodora AB …``,
``2.6.foodora provides …``): none was read, and the text was one unit too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_builders import plain_docx

from authoring.check import check_file
from authoring.checklist import load_packs
from authoring.document import block_text
from authoring.docx.read import read_docx

_PROVISIONS = [
    "Provider Terms",
    "1. Applicable Terms. These terms govern your use of the platform to advertise your services to customers.",
    "2. Program Requirements. Your use of the platform must be in accordance with these terms.",
    "3. Minimum Provider Requirements and Warranties.In order to use the platform, you must hold the licences your "
    "trade requires.",
    "4. Complaints. If you have a complaint about the platform, contact us through the help centre; we will answer "
    "within ten working days and tell you the outcome.",
]


def test_typed_provisions_with_run_in_titles_are_the_places(tmp_path: Path) -> None:
    doc = read_docx(plain_docx(tmp_path / "d.docx", _PROVISIONS))
    assert doc.metadata.structure == "outline"
    assert [(c.number, c.title) for c in doc.clauses] == [
        ("1", "Applicable Terms"), ("2", "Program Requirements"), ("3", "Minimum Provider Requirements and Warranties"),
        ("4", "Complaints")]
    assert block_text(doc.clauses[2].blocks[0]).startswith("In order to use the platform")
    result = check_file(plain_docx(tmp_path / "c.docx", _PROVISIONS), load_packs()["excellence-guide"])
    places = {e.location for i in result.coverage.items if i.id == "5.6.2" for e in i.evidence}
    assert places == {"4"}


def test_a_provision_without_a_run_in_title_keeps_its_whole_text(tmp_path: Path) -> None:
    lines = ["Provider Terms", "1. You must comply with these terms whenever you use the platform for your business.",
             "2. We may change these terms at any time, giving you the notice the law requires of us.",
             "3. About these terms.We may modify them to reflect changes to the law or to the platform."]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert [(c.number, c.title) for c in doc.clauses] == [("1", ""), ("2", ""), ("3", "")]
    assert block_text(doc.clauses[2].blocks[0]) == \
        "About these terms.We may modify them to reflect changes to the law or to the platform."


@pytest.mark.parametrize("lines", [
    # two provisions only, or numbers that do not count from 1: one unit, as before
    ["Provider Terms", "1. You must comply with these terms whenever you use the platform for your business.",
     "2. We may change these terms at any time, giving you the notice the law requires of us."],
    ["Provider Terms", "Our rules:", "2. You must comply with these terms whenever you use the platform for your business.",
     "3. We may change these terms at any time, giving you the notice the law requires of us.",
     "4. You may end the contract by notice to us at the address given in your account settings."],
])
def test_too_few_or_unordered_typed_provisions_are_no_structure(tmp_path: Path, lines: list[str]) -> None:
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert doc.metadata.structure == "none"


def test_a_list_inside_a_provision_stays_its_text(tmp_path: Path) -> None:
    """A 1., 2. out of turn (a list inside provision 2) is that provision's text, not a place of its own."""
    lines = ["Provider Terms", "1. You must comply with these terms whenever you use the platform for your business.",
             "2. Warranties. You warrant the following matters to us, and repeat them each time you take a booking:",
             "1. Your information is accurate and kept up to date at all times while you use the platform;",
             "2. You hold every licence your trade requires, and will show them to us when we ask for them.",
             "3. We may change these terms at any time, giving you the notice the law requires of us.",
             "4. You may end the contract by notice to us at the address given in your account settings."]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert [c.number for c in doc.clauses] == ["1", "2", "3", "4"]
    assert "every licence your trade requires" in " ".join(block_text(b) for b in doc.clauses[1].blocks)


def test_numbers_a_pdf_ran_into_their_words_are_read(tmp_path: Path) -> None:
    """1.INTRODUCTION and 1.1.Foodora AB … (a PDF's lines as paragraphs, every space after a number lost): a heading,
    and subclauses that open with their text; a line a break cut is the subclause's text, not its title."""
    lines = ["GENERAL TERMS FOR PARTNER AGREEMENTS", "1.INTRODUCTION",
             "1.1.Foodora AB makes available a platform that enables customers to order food",
             "from the Partner's point of sale.",
             "1.2.In the event of conflicting information between the Main Document and",
             "the Terms, the Main Document is to take precedence.",
             "2.COMPLAINTS",
             "2.1.foodora provides a system via Partner Service for complaints, which the Partner",
             "may use free of charge; foodora answers every complaint within five working days.",
             "2.2.When a customer complains, foodora gives the",
             "Partner a copy of the complaint."]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    tree = [(c.number, c.title) for c in doc.iter_clauses()]
    assert tree == [("1", "INTRODUCTION"), ("1.1", ""), ("1.2", ""), ("2", "COMPLAINTS"), ("2.1", ""), ("2.2", "")]
    texts = {c.number: " ".join(block_text(b) for b in c.blocks) for c in doc.iter_clauses()}
    assert texts["1.2"].startswith("In the event of conflicting information")
    assert texts["2.2"].startswith("When a customer complains, foodora gives the")


@pytest.mark.parametrize("line", ["1.5 metres of clearance are kept free.", "3.14159 is the ratio."])
def test_a_number_before_a_digit_or_a_space_is_no_run_in_number(tmp_path: Path, line: str) -> None:
    doc = read_docx(plain_docx(tmp_path / "d.docx", ["House Rules", line, "Guests are welcome."]))
    assert doc.metadata.structure == "none"


def test_a_short_numbered_list_over_a_long_text_is_no_outline(tmp_path: Path) -> None:
    """A notice's 1., 2., 3. at the top of a long text (round 1's aged-care standards: Important 1. … 3., then the
    whole standard) are no places: the text after them would all be read as provision 3."""
    body = ["The provider must assess each person's needs, goals and preferences before care starts and review them "
            "regularly, with the person and those they choose to involve."] * 12
    lines = ["Quality Standards", "Important",
             "1. The standards in this document are not yet in operation and are published for information only.",
             "2. This document has been published to support the release of the final draft of the rules for the Act.",
             "3. The standards will come into effect in line with the Act and the new regulatory model for providers.",
             "Standard 1: The Person", *body]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert doc.metadata.structure == "none"
