"""A Markdown page's headings kept as typed lines (round 285).

Google Analytics' terms, as the Open Terms Archive keeps them, type each section as ``1\\. Definitions.`` over a line of
dashes (a Markdown "setext" heading, its dot escaped). Opened as plain paragraphs, the backslash hid the number and the
closing full stop made every title read as a list item, so the whole text was one unit and every piece of evidence named
the body. A numbered line over a rule line is a heading; an escaped dot after a number is the number's dot.
"""

from __future__ import annotations

from pathlib import Path

from reader_builders import plain_docx

from authoring.docx.read import read_docx

_TERMS = [
    "Analytics Terms of Service",
    "---------------------------------",
    "These terms are entered into by the provider and the entity executing this agreement.",
    "1\\. Definitions.",
    "----------------",
    "\"Account\" refers to the account for the service.",
    "2\\. Fees and Service.",
    "---------------------",
    "The service is provided without charge up to the limits shown in the documentation.",
    "3\\. Privacy.",
    "------------",
    "You will not pass information to the provider that could identify a person.",
    "4\\. Term and Termination.",
    "-------------------------",
    "Either party may end this agreement at any time with notice.",
]


def test_numbered_lines_over_rule_lines_are_the_sections(tmp_path: Path) -> None:
    doc = read_docx(plain_docx(tmp_path / "d.docx", _TERMS))
    assert [(c.number, c.title) for c in doc.clauses if c.number != "正文"] == [
        ("1", "Definitions."), ("2", "Fees and Service."), ("3", "Privacy."), ("4", "Term and Termination.")]


def test_without_the_rule_lines_they_stay_a_list(tmp_path: Path) -> None:
    # "1. Definitions." closed by its full stop with nothing under it is a list's item, as before (QA pass 18, A4)
    lines = [t.replace("\\.", ".") for t in _TERMS if not t.startswith("---")]
    doc = read_docx(plain_docx(tmp_path / "d.docx", lines))
    assert [c.number for c in doc.clauses if c.number != "正文"] == []
