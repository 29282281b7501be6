"""False alarms found on round 78's unseen standards (bench/real zzzb10, the GB/T 43697 报批稿),
rebuilt as a small made-up draft of the same shape beside a case the rule must still report."""

from __future__ import annotations

from pathlib import Path

import docx
from lint_docs import of_rule

from authoring.docx.read import read_docx
from authoring.lint import run_lint


def _draft(tmp_path: Path, bibliography: list[str], body: str) -> Path:
    document = docx.Document()
    for line in ("前言", "本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。",
                 "1 范围", "本文件规定了数据分类分级的规则。",
                 "2 规范性引用文件", "本文件没有规范性引用文件。",
                 "3 术语和定义", "本文件没有需要界定的术语和定义。",
                 "4 分类", body, "参考文献", *bibliography):
        document.add_paragraph(line)
    document.save(tmp_path / "d.docx")
    return tmp_path / "d.docx"


def test_bibliography_entries_run_together_on_one_line_are_each_listed(tmp_path: Path) -> None:
    """zzzb10: ``[1]GB/T 21063.4 …分类[2]GB/T 35273—2020 …安全规范`` on one line (an OCR joined them)
    was one entry, so 表B.1参考GB/T 35273—2020 was told the document is listed nowhere."""
    path = _draft(tmp_path, ["[1]GB/T 21063.4 政务信息资源目录体系 第4部分：政务信息资源分类[2]GB/T 35273—2020 信息安全技术 个人信息安全规范"],
                  "个人信息的类别参考GB/T 35273—2020给出，政务数据的类别参考GB/T 21063.4给出。")
    doc = read_docx(path)
    assert [(r.serial, r.designation) for r in doc.bibliography] == [(1, "GB/T 21063.4"), (2, "GB/T 35273—2020")]
    assert of_rule(run_lint(doc), "reference.unlisted-document") == []


def test_a_document_cited_and_listed_nowhere_is_still_reported(tmp_path: Path) -> None:
    path = _draft(tmp_path, ["[1]GB/T 21063.4 政务信息资源目录体系 第4部分：政务信息资源分类"],
                  "个人信息的类别参考GB/T 35273—2020给出，政务数据的类别参考GB/T 21063.4给出。")
    found = of_rule(run_lint(read_docx(path)), "reference.unlisted-document")
    assert [f for f in found if "35273" in f.message]
