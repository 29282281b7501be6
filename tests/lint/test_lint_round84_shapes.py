"""A miss named by the judge of round 84's unseen standards (bench/real zzzh11, the T/ISC 数据资产人员
能力评价 draft), rebuilt as a small made-up draft of the same shape beside the form the rule accepts."""

from __future__ import annotations

from pathlib import Path

from lint_docs import NORMATIVE_LEAD_IN, of_rule, typed_docx

from authoring.docx.read import read_docx
from authoring.lint import run_lint


def _source_findings(tmp_path: Path, source: str) -> list:
    doc = read_docx(typed_docx(tmp_path / "d.docx", [
        "数据资产人员能力评价", "前言",
        "本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。",
        "1 范围", "本文件规定了数据资产人员能力评价的要求。",
        "2 规范性引用文件", NORMATIVE_LEAD_IN, "GB/T 40685—2021 信息技术服务 数据资产 管理要求",
        "3 术语和定义", "GB/T 40685—2021界定的以及下列术语和定义适用于本文件。",
        "3.1", "数据资产 data asset", "合法拥有或者控制的，能进行计量的，为组织带来经济和社会价值的数据资源。", source,
        "4 要求", "评价机构应按GB/T 40685—2021的规定识别数据资产。"]))
    return of_rule(run_lint(doc), "reference.source-format")


def test_a_source_in_the_2009_form_is_told_in_a_2020_draft(tmp_path: Path) -> None:
    """zzzh11 3.1: [GB/T 40685-2021，定义3.1] (the 2009 form, no 来源) was read into the definition
    and never checked; GB/T 1.1—2020 writes [来源：GB/T 40685—2021，3.1]."""
    found = _source_findings(tmp_path, "[GB/T 40685—2021，定义3.1]")
    assert found and "来源" in found[0].message
    assert _source_findings(tmp_path, "[来源：GB/T 40685—2021，3.1]") == []
