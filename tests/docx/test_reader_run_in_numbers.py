"""Clause numbers typed straight into their titles ("9.1.1.2测试方法", QA pass 17: zj05): read as clauses, and reported
once for the draft with the count; a number with its gap, and a number Word's numbering prints, are not reported."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from authoring.docx.read import read_docx
from authoring.lint import run_lint

BODY = [
    "前言",
    "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
    "服务器密码机检测规范",
    "1　范围",
    "本文件规定了服务器密码机的检测要求。",
    "2　规范性引用文件",
    "本文件没有规范性引用文件。",
    "3　术语和定义",
    "本文件没有需要界定的术语和定义。",
    "4　环境适应性",
    "4.1　低温测试",
    "4.1.1测试条件",
    "环境温度为-10 ℃。",
    "4.1.2测试方法",
    "在低温下连续运行2 h。",
    "4.2　高温测试",
    "4.2.1　测试条件",
    "环境温度为55 ℃。",
    "4.2.2　测试方法",
    "在高温下连续运行2 h。",
]


def _draft(path: Path, lines: list[str]) -> Path:
    document = Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def test_numbers_typed_into_their_titles_are_read_and_reported_once(tmp_path: Path) -> None:
    doc = read_docx(_draft(tmp_path / "d.docx", BODY))
    assert doc.find_clause("4.1.2").title == "测试方法"
    assert [c.number for c in doc.iter_clauses() if c.run_in] == ["4.1.1", "4.1.2"]
    [found] = [f for f in run_lint(doc) if f.rule == "numbering.run-in-number"]
    assert found.location == "4.1.1" and found.message.startswith("2 个章条编号后直接接标题（4.1.1测试条件、4.1.2测试方法）")


def test_numbers_with_their_gap_are_not_reported(tmp_path: Path) -> None:
    lines = [line.replace("4.1.1测试条件", "4.1.1　测试条件").replace("4.1.2测试方法", "4.1.2 测试方法") for line in BODY]
    doc = read_docx(_draft(tmp_path / "d.docx", lines))
    assert not [c for c in doc.iter_clauses() if c.run_in]
    assert not [f for f in run_lint(doc) if f.rule == "numbering.run-in-number"]
