"""False alarms judged blind on round 292's GB/T 22081—2008 (bench/real zzzzzzzzzzzf02, 信息安全管理实用规则), rebuilt as
a small made-up draft of the same shape beside a case the rule must still report."""

from __future__ import annotations

from lint_docs import read_typed, told_at

_BASIS_2020 = "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。"


def test_must_meeting_the_law_is_an_external_constraint(tmp_path) -> None:  # noqa: ANN001
    """……服务提供者必须满足的法律、法规、规章和合同要求 names the legal duties others must meet, the one use GB/T 1.1—2020
    leaves 必须 (judged FALSE). 必须 that stands for 应 in a provision is still reported."""
    lines = ["信息安全管理实用规则", "前言", _BASIS_2020, "1 范围", "本文件给出了信息安全管理的指南。", "2 规范性引用文件",
             "本文件没有规范性引用文件。", "3 术语和定义", "本文件没有需要界定的术语和定义。", "4 安全要求的来源",
             "4.1 法律要求", "另一个来源是组织、贸易伙伴、承包方和服务提供者必须满足的法律、法规、规章和合同要求。",
             "4.2 记录", "审计记录必须满足六个月的保存期限。"]
    assert told_at(read_typed(tmp_path / "a.docx", lines), "wording.modal-form") == ["4.2"]
