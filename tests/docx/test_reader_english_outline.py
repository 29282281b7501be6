"""English texts read by their own headings (QA pass 7): a numbered list is no run of chapters, and an
unnumbered heading's place is the heading as written.

A pandoc copy of a complaints policy read its numbered list's short first item ``1. Acknowledgement within 3
working days.`` as a chapter 1 (between chapters 5 and 6), and an accessibility statement's headings were
named by their first 30 characters (``Feedback and contact informati``), which reports showed as the place and
build printed as the heading's number. A report shortens a long place for display; the reader does not.
"""

from __future__ import annotations

from pathlib import Path

from authoring.docx.read import read_docx
from tests.docx.reader_builders import abstract, level, num, pandoc_styles, para, write_package

_STYLES = pandoc_styles()
_NUMBERING = abstract(1, level(0, "decimal", "%1.")) + num(1, 1) + num(2, 1)


def _read(tmp_path: Path, *paragraphs: str):
    return read_docx(write_package(tmp_path / "d.docx", "".join([para("A Policy", "Title"), *paragraphs]),
                                   _STYLES, _NUMBERING))


def _tree(doc) -> list[tuple[str, str]]:
    return [(c.number, c.title) for c in doc.iter_clauses()]


def test_a_numbered_lists_short_first_item_is_no_chapter(tmp_path: Path) -> None:
    doc = _read(tmp_path,
                para("1. Policy Statement", "Heading3"), para("We handle complaints fairly and promptly.", "BodyText"),
                para("2. Procedure", "Heading3"), para("Stage 2 – Formal Complaint", "BodyText"),
                para("Acknowledgement within 3 working days.", "Compact", num=(1, 0)),
                para("Investigation by the complaints lead (or the supervisor if the complaint is about the lead).",
                     "Compact", num=(1, 0)),
                para("Written response within 28 calendar days.", "Compact", num=(1, 0)),
                para("3. Review", "Heading3"), para("This policy is reviewed every year.", "BodyText"))
    assert _tree(doc) == [("1", "Policy Statement"), ("2", "Procedure"), ("3", "Review")]
    listed = doc.clauses[1].blocks[1]
    assert listed.type == "list" and listed.style == "number" and listed.start == 1
    assert [i.text for i in listed.items][0] == "Acknowledgement within 3 working days."
    assert len(listed.items) == 3


def test_headings_numbered_by_a_list_of_their_own_are_still_headings(tmp_path: Path) -> None:
    """Every item of the list reads as a heading, with text between them: Word numbers the chapters."""
    doc = _read(tmp_path,
                para("Purpose", "Compact", num=(2, 0)), para("This policy says how complaints are handled.", "BodyText"),
                para("Responsibilities", "Compact", num=(2, 0)), para("The lead handles every complaint.", "BodyText"),
                para("Contact", "Compact", num=(2, 0)), para("Write to the complaints lead.", "BodyText"))
    assert _tree(doc) == [("1", "Purpose"), ("2", "Responsibilities"), ("3", "Contact")]


def test_an_unnumbered_headings_place_is_the_heading_as_written(tmp_path: Path) -> None:
    long = "Feedback and contact information"
    longer = "Technical information about this website’s accessibility"
    doc = _read(tmp_path,
                para("We want as many people as possible to be able to use this website.", "BodyText"),
                para(long, "Heading2"), para("Email the helpdesk.", "BodyText"),
                para(longer, "Heading2"), para("We are committed to accessibility.", "BodyText"),
                para("Compliance status", "Heading3"), para("The site is partially compliant.", "BodyText"),
                para("Changes", "Heading2"), para("Updated in 2025.", "BodyText"))
    assert doc.metadata.structure == "outline"
    assert _tree(doc)[1:] == [(long, long), (longer, longer), ("Compliance status", "Compliance status"),
                              ("Changes", "Changes")]


def test_a_subheading_under_a_numbered_heading_is_named_whole(tmp_path: Path) -> None:
    sub = "What the organisation needs to do about it"
    doc = _read(tmp_path,
                para("1. Understand users and their needs", "Heading2"), para("Know your users.", "BodyText"),
                para(sub, "Heading3"), para("Research with users.", "BodyText"),
                para("2. Solve a whole problem for users", "Heading2"), para("Work across boundaries.", "BodyText"),
                para("3. Provide a joined up experience", "Heading2"), para("Across all channels.", "BodyText"))
    assert ("1 › " + sub, sub) in _tree(doc)
