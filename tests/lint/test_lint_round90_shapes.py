"""False alarms found on round 90's unseen standards (bench/real zzzn10, T/CCF 0002—2024 零信任网络
隐身协议规范; zzzn11, GB/T 43848—2024 软件产品开源代码安全评价方法), each rebuilt as a small made-up draft
of the same shape beside a case the rule must still report."""

from __future__ import annotations

from lint_docs import clause_of, conformant_guide, of_rule

from authoring.document import Figure, Paragraph, Table
from authoring.lint import run_lint


def _annex_with(citation: str) -> object:
    doc = conformant_guide()
    annex = doc.annexes[0]
    annex.blocks[1:1] = [Paragraph(text=citation), Figure(number="A.1", title="接入流程"),
                         Figure(number="A.2", title="放行流程"), Table(number="A.3", title="报文字段", rows=[["字段", "长度"]]),
                         Table(number="A.4", title="报文类型", rows=[["类型", "取值"]])]
    return doc


def test_a_later_member_of_a_list_of_labels_is_referred_to() -> None:
    """zzzn10 C.1: 见图C.1 和C.2; D.3.4: 见表D.4 和D.5 — the prefix is written once for both (judged
    FALSE as never referred to). A label the list does not name is still reported, and a number
    that counts something after the join (表A.3和4级) names no table."""
    doc = _annex_with("接入和放行流程见图A.1和A.2，报文字段和类型见表A.3和A.4。")
    found = run_lint(doc)
    assert of_rule(found, "reference.unreferenced-figure") == []
    assert of_rule(found, "reference.unreferenced-table") == []
    doc = _annex_with("接入流程见图A.1，报文字段见表A.3和4级要求。")
    found = run_lint(doc)
    assert [f.location for f in of_rule(found, "reference.unreferenced-figure")] == ["图A.2"]
    assert [f.location for f in of_rule(found, "reference.unreferenced-table")] == ["表A.4"]


def test_a_modal_in_a_definitions_relative_clause_before_a_five_character_noun_grants_nothing() -> None:
    """zzzn11 3.2 开源代码: 公众可以获取源代码的计算机代码 — 可以 says what the public can do with the
    thing defined, inside the noun phrase (judged FALSE as a permission in a definition). A
    definition that goes on to permit in a clause of its own is still reported."""
    doc = conformant_guide()
    term = clause_of(doc, "3").blocks[2]
    term.definition = "顾客可以随时查阅服务记录的电子档案库。"
    assert of_rule(run_lint(doc), "wording.requirement-in-informative") == []
    term.definition = "顾客在接受服务的过程中形成的感受，可以通过问卷调查获取。"
    assert [f.location for f in of_rule(run_lint(doc), "wording.requirement-in-informative")] == ["3.2"]
