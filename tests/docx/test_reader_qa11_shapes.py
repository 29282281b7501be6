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


# -- A8: cover dates with their label first -------------------------------------------------------------


def _cover(tmp_path: Path, issued: str, implemented: str):
    """A 征求意见稿 of DB31/T with the two dates typed on the cover as given, then its 前言 and chapter 1."""
    body = "".join([
        para("ICS 03.080"), para("CCS A 12"), para("DB31/T XXXX—2026"), para("上海市地方标准"),
        para("社区居家养老上门服务规范"), para("（征求意见稿）"), para(issued), para(implemented),
        para("上海市市场监督管理局\u3000发布"),
        para("前\u3000\u3000言", "Heading1"), para("本文件由上海市民政局提出并组织实施。"),
        para("1\u3000范围", "Heading1"), para("本文件规定了社区居家养老上门服务的基本要求。"),
    ])
    return read_docx(write_package(tmp_path / "cover.docx", body, pandoc_styles())).metadata


def test_cover_dates_with_their_label_first_are_read(tmp_path: Path) -> None:
    meta = _cover(tmp_path, "发布日期：2026-03-01", "实施日期：2026-06-01")
    assert (meta.issue_date, meta.implement_date) == ("2026-03-01", "2026-06-01")
    assert meta.issuers == ["上海市市场监督管理局"] and meta.title_zh == "社区居家养老上门服务规范"
    meta = _cover(tmp_path, "发布时间: 2026年3月1日", "实施时间：2026 年 6 月 1 日")
    assert (meta.issue_date, meta.implement_date) == ("2026-03-01", "2026-06-01")
    meta = _cover(tmp_path, "发布日期：XXXX-XX-XX", "实施日期：XXXX-XX-XX")
    assert (meta.issue_date, meta.implement_date) == ("", "")
    # the usual form; a date in words before 发布 is a regulation's sentence more often than a cover's
    meta = _cover(tmp_path, "2026-03-01发布", "2026-06-01实施")
    assert (meta.issue_date, meta.implement_date) == ("2026-03-01", "2026-06-01")
