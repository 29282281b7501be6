"""Shapes of real drafts QA pass 11 found misread: a long English heading (A6), cover dates with a label first
(A8), and what a Word draft may hold that a pandoc copy of GB/T 39335—2020 showed (A10)."""

from __future__ import annotations

from pathlib import Path

from authoring.docx.read import read_docx
from tests.docx.reader_builders import pandoc_styles, para, write_package

_POINT = "Service teams should understand what users need and design the service around them."


def _tree(doc) -> list[tuple[str, str]]:
    return [(c.number, c.title) for c in doc.iter_clauses()]


# -- A6: a styled, numbered heading longer than a typed title -------------------------------------------


def test_a_styled_numbered_heading_is_a_heading_however_long(tmp_path: Path) -> None:
    """The UK Service Standard's point 13 (69 characters after its number, commas in it) was read as a
    paragraph of point 12, and its two subheadings as a second pair under 12."""
    long = "Use and contribute to open standards, common components and patterns"
    body = "".join([
        para("Service Standard", "Heading1"),
        para("12. Make new source code open", "Heading2"), para(_POINT, "BodyText"),
        para("Why it’s important", "Heading3"), para("Users expect services to work first time.", "BodyText"),
        para(f"13. {long}", "Heading2"), para(_POINT, "BodyText"),
        para("Why it’s important", "Heading3"), para("Users expect services to work first time.", "BodyText"),
        para("14. Operate a reliable service", "Heading2"), para(_POINT, "BodyText"),
    ])
    doc = read_docx(write_package(tmp_path / "standard.docx", body, pandoc_styles()))
    assert _tree(doc) == [("12", "Make new source code open"), ("12 › Why it’s important", "Why it’s important"),
                          ("13", long), ("13 › Why it’s important", "Why it’s important"),
                          ("14", "Operate a reliable service")]


def test_a_long_numbered_line_in_body_text_stays_text(tmp_path: Path) -> None:
    """Only the draft's own heading style makes a long line a heading: typed in the body, it is a provision."""
    typed = "2. Teams use and contribute to open standards, common components and patterns wherever they can"
    body = "".join([
        para("Service Standard", "Heading1"),
        para("1. Understand users", "Heading2"), para(_POINT, "BodyText"),
        para("Why it’s important", "Heading3"), para(typed, "BodyText"),
        para("3. Operate a reliable service", "Heading2"), para(_POINT, "BodyText"),
    ])
    doc = read_docx(write_package(tmp_path / "typed.docx", body, pandoc_styles()))
    assert [n for n, _ in _tree(doc)] == ["1", "1 › Why it’s important", "3"]
