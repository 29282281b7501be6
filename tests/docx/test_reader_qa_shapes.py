"""Shapes a QA reader met importing real drafts. A 参考文献 laid out as a table (a PDF's copy prints [1]GB/T | 22239—2019 信息安全技术…, one entry a row)
is read entry by entry: a QA reader's import kept none of them (bibliography: []), the built draft printed
an empty 参考文献, and check reported an entry it held as cited nowhere. A two-issuer cover copied as
国家市场监督管理总局 / 发布 / 国家标准化管理委员会 keeps both issuers (the second was lost)."""

from __future__ import annotations

from pathlib import Path

import docx

from authoring.docx.read import read_docx

LINES = ["终端计算机通用安全技术规范", "前言", "本文件按照GB/T 1.1—2020的规定起草。", "1 范围", "本文件规定了终端计算机的安全技术要求。",
         "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义", "本文件没有需要界定的术语和定义。",
         "4 要求", "4.1 可信度量应符合GB/T 29829的规定。", "参 考 文 献"]
ROWS = [("[1]GB/T", "22239—2019 信息安全技术 网络安全等级保护基本要求"),
        ("[2]GB/T", "29829—2022 信息安全技术 可信计算密码支撑平台功能与接口规范")]


def test_a_bibliography_printed_as_a_table_is_read_entry_by_entry(tmp_path: Path) -> None:
    document = docx.Document()
    for line in LINES:
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=2)
    for cells in ROWS:
        row = table.add_row()
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.save(str(tmp_path / "d.docx"))
    doc = read_docx(tmp_path / "d.docx")
    entries = [(r.serial, r.designation, r.title) for r in doc.bibliography or []]
    assert entries == [(1, "GB/T 22239—2019", "信息安全技术 网络安全等级保护基本要求"),
                       (2, "GB/T 29829—2022", "信息安全技术 可信计算密码支撑平台功能与接口规范")], entries


def test_the_issuer_after_the_word_fabu_is_kept(tmp_path: Path) -> None:
    document = docx.Document()
    for line in ["ICS 35.030", "中华人民共和国国家标准", "GB/T 29240—2024", "网络安全技术 终端计算机通用安全技术规范",
                 "2024-10-26发布", "2025-05-01实施", "国家市场监督管理总局", "发布", "国家标准化管理委员会", *LINES[1:]]:
        document.add_paragraph(line)
    document.save(str(tmp_path / "c.docx"))
    assert read_docx(tmp_path / "c.docx").metadata.issuers == ["国家市场监督管理总局", "国家标准化管理委员会"]


def test_a_document_number_copied_with_a_space_before_the_slash_is_whole(tmp_path: Path) -> None:
    """A copy's cover prints YD /T XXXXX—XXXX: the number was read as T XXXXX—XXXX (a group standard's)."""
    document = docx.Document()
    for line in ["ICS 35.020", "YD", "中华人民共和国通信行业标准", "YD /T XXXXX—XXXX", "电信网和互联网云服务数据安全评估指南",
                 "XXXX-XX-XX发布", "XXXX-XX-XX实施", "中华人民共和国工业和信息化部 发布", *LINES[1:]]:
        document.add_paragraph(line)
    document.save(str(tmp_path / "y.docx"))
    assert read_docx(tmp_path / "y.docx").metadata.designation() == "YD/T XXXXX—XXXX"
