"""False alarms found on round 78's unseen standards (bench/real zzzb10, the GB/T 43697 报批稿),
rebuilt as a small made-up draft of the same shape beside a case the rule must still report."""

from __future__ import annotations

from pathlib import Path

from lint_docs import of_rule, typed_docx, typed_skeleton

from authoring.docx.read import read_docx
from authoring.lint import run_lint


def _draft(tmp_path: Path, bibliography: list[str], body: str) -> Path:
    return typed_docx(tmp_path / "d.docx", [
        *typed_skeleton("数据安全技术 数据分类分级规则", "本文件规定了数据分类分级的规则。"),
        "4 分类", body, "参考文献", *bibliography])


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
