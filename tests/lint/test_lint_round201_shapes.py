"""False alarms found on round 201's unseen standards (bench/real zzzzzzzs: technical standards of xueqing/GB-Doc),
each rebuilt as a small made-up draft of the same shape beside a case the rule must still report."""

from __future__ import annotations

from pathlib import Path

from lint_docs import read_typed, told_at

HEAD = ["YD/T ××××—××××", "会话初始协议（SIP）技术要求 第5部分：统一IMS网络的SIP协议", "目  次",
        "1 范围 ........ 1", "2 规范性引用文件 ........ 1", "4 概述 ........ 4", "前言", "本部分按照GB/T 1.1—2009给出的规则起草。"]
BODY = ["1 范围", "本部分规定了统一IMS网络中SIP协议的技术要求。", "2 规范性引用文件",
        "下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅注日期的版本适用于本文件。",
        "YD/T 1930 统一IMS组网总体技术要求"]


def test_a_chapter_number_set_apart_from_its_title_is_read_with_it(tmp_path: Path) -> None:
    """YD/T 1522.5's draft read from its text layer: "4" / (blank) / "概述" / (blank) / "4.1" … — the chapter's number and
    title on lines of their own, so chapters 3–7 fell under chapter 2 and every figure they cite was "never referred
    to" (53 judged FALSE). The number and the title the 目次 lists together are one heading; a bare number above another
    line stays a page number."""
    chapter = ["4", "", "概述", "", "4.1 统一IMS组网", "统一IMS的组网示意图如图1所示。", "图1 统一IMS组网示意图",
               "4.2 功能实体", "功能实体按YD/T 1930的规定。"]
    doc = read_typed(tmp_path / "a.docx", [*HEAD, *BODY, *chapter])
    assert [(c.number, c.title) for c in doc.clauses] == [("1", "范围"), ("2", "规范性引用文件"), ("4", "概述")]
    assert told_at(doc, "reference.unreferenced-figure") == []
    doc = read_typed(tmp_path / "b.docx", [*HEAD, *BODY, "4", "", "组网", "统一IMS的组网示意图如图1所示。"])
    assert [c.number for c in doc.clauses] == ["1", "2"]
