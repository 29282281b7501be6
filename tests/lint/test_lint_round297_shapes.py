"""A false alarm judged blind on round 297's GB/T 20271—2006 (bench/real zzzzzzzzzzzk01, 信息系统安全通用技术要求), rebuilt
as a small made-up draft of the same shape beside a case the rule must still report."""

from __future__ import annotations

from lint_docs import read_typed, told_at

_BASIS_2020 = "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。"


def test_needed_before_a_latin_name_is_no_modal(tmp_path) -> None:  # noqa: ANN001
    """应通过确保 CM 系统跟踪所有必须的 SSOIS 配置项来保证其完整性。 says which items are needed (必须的, a slip for 必需的,
    before a noun written in Latin letters): no modal verb (judged FALSE). 必须 standing for 应 is still reported."""
    lines = ["信息系统安全通用技术要求", "前言", _BASIS_2020, "1 范围", "本文件规定了信息系统安全的通用技术要求。",
             "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义", "本文件没有需要界定的术语和定义。", "4 配置管理",
             "4.1 范围", "应通过确保 CM 系统跟踪所有必须的 SSOIS 配置项来保证这些配置项的完整性。",
             "4.2 记录", "配置记录必须保存三年。"]
    assert told_at(read_typed(tmp_path / "a.docx", lines), "wording.modal-form") == ["4.2"]
