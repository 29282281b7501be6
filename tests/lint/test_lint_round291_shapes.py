"""False alarms judged blind on round 291's GB/T 25070—2010 (bench/real zzzzzzzzzzze04, 信息系统等级保护安全设计技术要求),
rebuilt as small made-up drafts of the same shape beside a case each rule must still report."""

from __future__ import annotations

from lint_docs import read_typed, told_at

_BASIS_2020 = "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。"


def _draft(body: list[str]) -> list[str]:
    return ["信息安全技术 安全设计技术要求", "前言", _BASIS_2020,
            "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。", "1 范围",
            "本文件规定了安全设计的技术要求。", "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义",
            "本文件没有需要界定的术语和定义。", "4 设计要求", *body]


def test_a_modal_quoted_from_a_numbered_document_s_clause_is_that_document_s(tmp_path) -> None:  # noqa: ANN001
    """遵循 GB 17859-1999 的 4.5 中“访问监控器本身是抗篡改的；必须足够小，能够分析和测试”。 quotes the cited standard's
    clause, named by its number, not by a title in 《》: 必须 there is that standard's word (judged FALSE). The same word in
    this document's own provision, and in a quotation nothing names, is still reported."""
    body = ["4.1 访问监控器", "访问监控器的设计策略是：遵循 GB 17859—1999 的 4.5 中“访问监控器本身是抗篡改的；必须足够小，"
            "能够分析和测试”。在设计和实现访问监控器时，应尽力降低其复杂性。",
            "4.2 审计", "审计记录必须保存六个月。",
            "4.3 标识", "设计中明确“标识必须唯一”。"]
    assert told_at(read_typed(tmp_path / "a.docx", _draft(body)), "wording.modal-form") == ["4.2", "4.3"]


def test_a_modal_quoted_from_a_document_s_chapter_is_that_document_s(tmp_path) -> None:  # noqa: ANN001
    """The same with the clause named as a chapter and the number's year joined by the em dash (GB/T 22239—2019 第8章中“……”)."""
    body = ["4.1 通用要求", "应符合 GB/T 22239—2019 第8章中“安全管理中心必须对系统资源进行集中管控”的规定。",
            "4.2 审计", "审计记录必须保存六个月。"]
    assert told_at(read_typed(tmp_path / "a.docx", _draft(body)), "wording.modal-form") == ["4.2"]
