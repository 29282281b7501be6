"""False alarms found on round 21's GB/T 45906.3—2025 (a Markdown copy of a protocol standard),
each rebuilt as a small made-up draft of the same shape."""

from __future__ import annotations

from pathlib import Path

import docx
from lint_docs import add_paragraph, clause_of, conformant_guide, of_rule

from authoring.document import Reference
from authoring.docx.read import read_docx
from authoring.lint import run_lint


def test_a_quoted_value_format_is_no_placeholder() -> None:
    """``格式为"/××××××"`` shows what a path looks like; an unfilled name still is a placeholder."""
    doc = conformant_guide()
    add_paragraph(doc, "5.1", 'pathName应采用完整路径名，格式为"/××××××"。')
    add_paragraph(doc, "5.1", "文件名的形式为“××_××××.cfg”。")
    # (round 188, judged FALSE) how a value is written: 页数用××P.表示
    add_paragraph(doc, "5.1", "值域：自由文本（页数用××P.表示，开本按照GB/T 788—1999的规定著录）。")
    assert not of_rule(run_lint(doc), "wording.placeholder")
    add_paragraph(doc, "5.2", "本文件由××协会归口。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.placeholder")] == ["5.2"]


def test_an_iso_iec_number_names_its_edition_published_with_the_ieee() -> None:
    """Chapter 2 lists ISO/IEC/IEEE 8802-3, the text cites ISO/IEC 8802-3: one document, listed;
    a document listed nowhere is still reported."""
    doc = conformant_guide()
    clause_of(doc, "2").blocks.append(Reference(designation="ISO/IEC/IEEE 8802-3",
                                                title="信息技术 系统间远程通信和信息交换 局域网和城域网 特定要求 第3部分：以太网标准"))
    add_paragraph(doc, "5.1", "数据帧采用ISO/IEC 8802-3以太网类型传输。")
    findings = run_lint(doc)
    assert not [f for f in findings if "8802" in f.message]
    add_paragraph(doc, "5.2", "时间同步按ISO/IEC 9594-8的规定。")
    assert [f for f in run_lint(doc) if "9594" in f.message]


def test_references_typed_with_a_hyphen_bullet_are_references(tmp_path: Path) -> None:
    """``- GB/T 16262.1 信息技术 …`` under the lead-in of chapter 2 (a Markdown list kept as typed
    lines): the documents are listed, so no "lead-in without documents" error."""
    document = docx.Document()
    for line in ("前言", "本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。",
                 "1 范围", "本文件规定了通信报文。",
                 "2 规范性引用文件",
                 "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本"
                 "适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。",
                 "- GB/T 16262.1 信息技术 抽象语法记法一(ASN.1) 第1部分：基本记法规范",
                 "- GB/T 16263.2 信息技术 ASN.1编码规则 第2部分：紧缩编码规则(PER)规范",
                 "3 术语和定义", "本文件没有需要界定的术语和定义。",
                 "4 报文", "报文应按GB/T 16262.1定义，按GB/T 16263.2编码。"):
        document.add_paragraph(line)
    document.save(tmp_path / "d.docx")
    doc = read_docx(tmp_path / "d.docx")
    listed = [b for b in doc.find_clause("2").blocks if b.type == "reference"]
    assert [r.designation for r in listed] == ["GB/T 16262.1", "GB/T 16263.2"]
    assert not of_rule(run_lint(doc), "boilerplate.normative-lead-in")


def test_a_reference_published_with_the_ieee_keeps_its_number() -> None:
    from authoring.docx.read._patterns import split_reference

    assert split_reference("ISO/IEC/IEEE 24765:2010 系统和软件工程 词汇") == ("ISO/IEC/IEEE 24765:2010", "系统和软件工程 词汇")
    assert split_reference("IEC/IEEE 60255-118-1 同步相量测量") == ("IEC/IEEE 60255-118-1", "同步相量测量")
