"""Shapes of real drafts QA pass 11 found misread: a long English heading (A6), cover dates with a label first
(A8), and what a Word draft may hold that a pandoc copy of GB/T 39335—2020 showed (A10)."""

from __future__ import annotations

from pathlib import Path

from authoring.docx.read import read_docx
from tests.docx.reader_builders import abstract, level, num, pandoc_styles, para, style, write_package

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


# -- A10: a clause heading typed in a bulleted paragraph, a bibliography entry wrapped onto a second line ----

#: Word's bullets: one that prints a dot, and pandoc's, which prints a space.
_BULLETS = abstract(990, level(0, "bullet", "•")) + num(1, 990) + abstract(991, level(0, "bullet", " ")) + num(2, 991)
_STYLES = pandoc_styles() + style("Heading1", "Heading 1", outline=0, bold=True) + style(
    "Heading4", "Heading 4", outline=3, bold=True)


def _gbt(tmp_path: Path, *paragraphs: str):
    """A GB/T draft whose headings are styled, with ``paragraphs`` in its chapter 5 after 5.1.1."""
    body = "".join([
        para("前言", "Heading1"), para("本文件按照GB/T 1.1—2020给出的规则起草。"),
        para("信息安全技术 个人信息安全影响评估指南", "Heading1"),
        para("1 范围", "Heading1"), para("本文件给出了个人信息安全影响评估的基本原理、实施流程。"),
        para("5 评估实施流程", "Heading1"), para("5.1 评估必要性分析", "Heading2"),
        para("5.1.1 概述", "Heading3"), para("个人信息安全影响评估可用于合规差距分析。"),
        *paragraphs,
    ])
    return read_docx(write_package(tmp_path / "gbt.docx", body, _STYLES, _BULLETS))


def test_a_clause_heading_typed_in_a_bulleted_paragraph_is_the_clause(tmp_path: Path) -> None:
    """GB/T 39335—2020 as converted: • 5.1.2 合规差距评估 above the styled 5.1.2.1 was no clause (编号跳过了
    5.1.2, and 5.1.2.1 … told to be 5.1.1.1), nor • 5.3 数据映射分析 above its text (编号跳过了 5.3)."""
    for bullet in (1, 2):
        doc = _gbt(tmp_path,
                   para("5.1.2 合规差距评估", "Compact", num=(bullet, 0)),
                   para("5.1.2.1 概述", "Heading4"), para("组织识别已采取的安全控制措施与相关要求的差距。"),
                   para("5.2 评估准备工作", "Heading2"), para("组织确认并任命负责评估的人员。"),
                   para("5.3 数据映射分析", "Compact", num=(bullet, 0)),
                   para("组织在针对个人信息处理过程进行全面的调研后，形成清晰的数据清单。"))
        assert _tree(doc)[4:] == [("5.1.2", "合规差距评估"), ("5.1.2.1", "概述"), ("5.2", "评估准备工作"),
                                  ("5.3", "数据映射分析")], bullet
        assert [b.text for b in doc.clauses[-1].children[-1].blocks] == ["组织在针对个人信息处理过程进行全面的调研后，形成清晰的数据清单。"]
    # a bulleted list item that begins with a number is still an item of its list
    doc = _gbt(tmp_path, para("组织评估以下方面：", "BodyText"),
               para("5.2 节所列人员的职责和能力是否满足评估需要；", "Compact", num=(1, 0)))
    assert [n for n, _ in _tree(doc)] == ["1", "5", "5.1", "5.1.1"]


def test_a_typed_heading_above_its_first_subclause_keeps_its_title_in_a_styled_draft(tmp_path: Path) -> None:
    """A heading the committee typed without its style, between styled ones: 7.1.2.1 安全服务 was an untitled
    clause whose text was 安全服务 (a hanging paragraph before its subclauses, to the rules)."""
    doc = _gbt(tmp_path, para("5.1.2 合规差距评估", "BodyText"),
               para("5.1.2.1 概述", "Heading4"), para("组织识别已采取的安全控制措施与相关要求的差距。"))
    assert _tree(doc)[4:6] == [("5.1.2", "合规差距评估"), ("5.1.2.1", "概述")]
    assert doc.clauses[-1].children[0].children[1].blocks == []


def test_a_bibliography_entry_wrapped_onto_the_next_line_is_one_entry(tmp_path: Path) -> None:
    body = "".join([
        para("前言", "Heading1"), para("本文件按照GB/T 1.1—2020给出的规则起草。"),
        para("信息安全技术 个人信息安全影响评估指南", "Heading1"),
        para("1 范围", "Heading1"), para("本文件给出了个人信息安全影响评估的基本原理、实施流程。"),
        para("参考文献", "Heading1"),
        para("[1] ISO/IEC 29134:2017 Information technology—Security techniques—Privacy impact as-", "Compact",
             num=(1, 0)),
        para("sessment", "Compact", num=(1, 0)),
        para("[2] NIST SP 800-53 Rev.4:2013 Security and privacy controls for federal information systems"),
        para("and organizations"),
        para("[3] 中华人民共和国网络安全法(2016年11月7日第十二届全国人民代表大会常务委员会第二", "Compact", num=(1, 0)),
        para("十四次会议通过)", "Compact", num=(1, 0)),
        para("[4] GB/T 35273—2020 信息安全技术 个人信息安全规范."),
        para("GB/T 20984—2022 信息安全技术 信息安全风险评估方法"),
        para("_______________________", center=True),
    ])
    doc = read_docx(write_package(tmp_path / "biblio.docx", body, _STYLES, _BULLETS))
    entries = [(r.serial, r.designation, r.title) for r in doc.bibliography]
    assert [(serial, f"{designation} {title}".strip()) for serial, designation, title in entries[:3]] == [
        (1, "ISO/IEC 29134:2017 Information technology—Security techniques—Privacy impact assessment"),
        (2, "NIST SP 800-53 Rev.4:2013 Security and privacy controls for federal information systems and organizations"),
        (3, "中华人民共和国网络安全法(2016年11月7日第十二届全国人民代表大会常务委员会第二十四次会议通过)"),
    ]
    # an entry that has ended, and a line with a document number of its own, are entries apart; the closing rule none
    assert [(s, d) for s, d, _ in entries[3:]] == [(4, "GB/T 35273—2020"), (None, "GB/T 20984—2022")]
