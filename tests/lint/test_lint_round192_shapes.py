"""False alarms found on round 192's unseen standards (bench/real zzzzzzzj01, T/CAMET 04012.2—2018, an OCR copy of a
CBTC test specification), each rebuilt as a small made-up draft of the same shape beside a case the rule must still
report."""

from __future__ import annotations

from pathlib import Path

import docx
from lint_docs import NORMATIVE_LEAD_IN, of_rule, typed_docx

from authoring.docx.read import read_docx
from authoring.lint import run_lint

_FRONT = ["前言", "本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。",
          "1 范围", "本文件规定了互联互通测试的要求。", "2 规范性引用文件", NORMATIVE_LEAD_IN,
          "T/CAMET 04011.2 城市轨道交通 CBTC互联互通接口规范 第2部分", "3 术语和定义", "本文件没有需要界定的术语和定义。"]


def test_a_subclause_number_run_into_an_acronym_is_a_heading(tmp_path: Path) -> None:
    """6.4.27: ``6.4.27ATP自诊断、故障报警及数据记录`` (the OCR dropped the space) was no heading, so 6.4.28 was
    "out of sequence" (7 findings judged FALSE). A number run into lower-case units (1.5GHz频段) is still no heading,
    and a subclause really skipped is still reported."""
    def draft(name: str, third: str) -> Path:
        return typed_docx(tmp_path / name, [
            *_FRONT, "4 测试需求", "4.1 ATP功能", "4.1.1 列车定位", "列车定位应符合T/CAMET 04011.2的规定。",
            "4.1.2ATP自诊断、故障报警及数据记录", "车载设备应记录故障。",
            third, "车载设备应支持模式转换。", "工作频段为", "1.5GHz频段的信号应可接收。"])

    doc = read_docx(draft("a.docx", "4.1.3 模式转换"))
    assert doc.find_clause("4.1.2") is not None and doc.find_clause("4.1.2").title.startswith("ATP自诊断")
    assert doc.find_clause("1.5") is None
    assert not of_rule(run_lint(doc), "numbering.clause-sequence")
    skipped = of_rule(run_lint(read_docx(draft("b.docx", "4.1.4 模式转换"))), "numbering.clause-sequence")
    assert [f.location for f in skipped] == ["4.1.4"]


def test_another_documents_figure_is_not_dangling(tmp_path: Path) -> None:
    """表151, 表206 …: ``VOBC与CI通信协议模型详见T/CAMET04011.2章节7.2.1图13`` names figure 13 of another
    document (6 findings judged FALSE). This document's own missing figure is still reported."""
    doc = read_docx(typed_docx(tmp_path / "d.docx", [
        *_FRONT, "4 测试需求",
        "VOBC与CI通信协议模型详见T/CAMET04011.2章节7.2.1图13，报文格式见T/CAMET 04011.2中的表5。"]))
    assert not of_rule(run_lint(doc), "reference.dangling-object")
    doc = read_docx(typed_docx(tmp_path / "e.docx", [
        *_FRONT, "4 测试需求", "VOBC与CI通信协议模型详见T/CAMET04011.2章节7.2.1图13，测试流程见图2。"]))
    found = of_rule(run_lint(doc), "reference.dangling-object")
    assert len(found) == 1 and "图2" in found[0].message and "图13" not in found[0].message


def test_contents_entries_an_ocr_made_headings_stay_in_the_contents(tmp_path: Path) -> None:
    """The 目次: ``# 5测试环境 8`` and ``# 6测试需求· 10`` (entries with their page numbers, made headings by the
    conversion) were read as chapters 5 and 6 before the 前言, so the 前言 went missing and its drafting sentence
    read as a citation (judged FALSE). A chapter heading with no page number after the 目次 still starts the body."""
    document = docx.Document()
    document.add_heading("目 次", level=1)
    for line in ("前言 II", "1范围 1", "2规范性引用文件 1", "3术语和定义 1", "4测试需求 2"):
        document.add_paragraph(line)
    document.add_heading("5测试环境 8", level=1)
    document.add_heading("6测试需求· 10", level=1)
    document.add_heading("前 言", level=1)
    document.add_paragraph("本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。")
    for number, title, text in (("1", "范围", "本文件规定了互联互通测试的要求。"),
                                ("2", "规范性引用文件", "本文件没有规范性引用文件。"),
                                ("3", "术语和定义", "本文件没有需要界定的术语和定义。"),
                                ("4", "测试需求", "测试应覆盖全部接口。"), ("5", "测试环境", "测试环境应独立。"),
                                ("6", "测试需求", "测试需求应可追溯。")):
        document.add_heading(f"{number} {title}", level=1)
        document.add_paragraph(text)
    document.save(str(tmp_path / "t.docx"))
    doc = read_docx(tmp_path / "t.docx")
    assert doc.foreword is not None
    assert [c.number for c in doc.clauses] == ["1", "2", "3", "4", "5", "6"]
    findings = run_lint(doc)
    assert not of_rule(findings, "numbering.clause-sequence")
    assert not [f for f in of_rule(findings, "structure.missing-element") if f.location == "前言"]


def _tables_docx(path: Path, captions: list[str]) -> Path:
    """A typed draft whose chapter 4 holds one small table after each caption (each referred to before it)."""
    document = docx.Document()
    for line in [*_FRONT, "4 测试需求"]:
        document.add_paragraph(line)
    for caption in captions:
        number = caption[1:].split("中")[0] if caption[1:4].isdigit() else caption[1:].split(" ")[0]
        number = "".join(ch for ch in number if ch.isdigit())
        document.add_paragraph(f"测试方法详见表{number}。")
        document.add_paragraph(caption)
        table = document.add_table(rows=2, cols=2)
        for row, cells in zip(table.rows, (("步骤", "预期结果"), ("办理进路", "进路锁闭"))):
            for cell, text in zip(row.cells, cells):
                cell.text = text
    document.save(str(path))
    return path


def test_a_caption_whose_title_starts_with_a_zhong_noun_is_a_caption(tmp_path: Path) -> None:
    """表107: ``表107中控/站控转换`` (the OCR ran the title into the number) was read as a sentence about table 107
    (``表107中……``, "in table 107"), so 表108 was "out of sequence" (judged FALSE). A sentence that points into a table
    is still no caption, and a table really skipped is still reported."""
    doc = read_docx(_tables_docx(tmp_path / "a.docx", ["表1 联锁", "表2中控/站控转换", "表3 进路办理"]))
    assert [t.number for c in doc.iter_clauses() for t in c.blocks if getattr(t, "number", None)] == ["1", "2", "3"]
    assert not of_rule(run_lint(doc), "numbering.table-sequence")
    skipped = read_docx(_tables_docx(tmp_path / "b.docx", ["表1 联锁", "表2中控/站控转换", "表4 进路办理"]))
    assert [f.location for f in of_rule(run_lint(skipped), "numbering.table-sequence")] == ["表4"]
    document = docx.Document()
    for line in [*_FRONT, "4 测试需求", "表1中的参数取值见附录A"]:
        document.add_paragraph(line)
    document.save(str(tmp_path / "c.docx"))
    assert not [b for c in read_docx(tmp_path / "c.docx").iter_clauses() for b in c.blocks
                if getattr(b, "number", None)]


def test_a_misread_table_number_between_two_in_sequence_is_one_finding(tmp_path: Path) -> None:
    """表919 between 表118 and 表120 (an OCR's 表119): reported once, and 表120 was then "out of sequence, 表920
    expected" (judged FALSE). A table really skipped, or numbers that jump and run on from the jump, are reported once
    as before, at the first number after the gap."""
    found = of_rule(run_lint(read_docx(_tables_docx(tmp_path / "b.docx", ["表1 联锁", "表2 进路办理", "表93 CI权限设置",
                                                                             "表4 通信配置", "表5 报文"]))),
                    "numbering.table-sequence")
    assert [f.location for f in found] == ["表93"]
    found = of_rule(run_lint(read_docx(_tables_docx(tmp_path / "c.docx", ["表1 联锁", "表2 进路办理", "表4 CI权限设置",
                                                                             "表5 通信配置"]))),
                    "numbering.table-sequence")
    assert [f.location for f in found] == ["表4"]
    found = of_rule(run_lint(read_docx(_tables_docx(tmp_path / "d.docx", ["表1 联锁", "表2 进路办理", "表9 CI权限设置",
                                                                             "表10 通信配置"]))),
                    "numbering.table-sequence")
    assert [f.location for f in found] == ["表9"]
