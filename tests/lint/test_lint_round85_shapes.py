"""False alarms found on round 85's unseen standards (bench/real zzzi10, the GB/T 面向数据流通的匿名化
效果评估方法 draft of SAC/TC 609), each rebuilt as a small made-up draft of the same shape beside a case
the rule must still report."""

from __future__ import annotations

from lint_docs import add_paragraph, clause_of, conformant_guide, of_rule

from authoring.lint import run_lint


def test_another_name_a_note_gives_to_something_else_is_no_synonym() -> None:
    """zzzi10 3.2 匿名化, 注1：匿名化处理后的信息也称匿名数据 — 匿名数据 names the result, a concept of
    its own, yet each use of it was told to be "匿名化" (4 judged FALSE). A name the note gives the
    term itself (注：也称……) is still held to the term."""
    doc = conformant_guide()
    term = clause_of(doc, "3").blocks[1]
    term.notes.append("注1：服务补救后的结果也称补救成果，其记入服务档案。")
    add_paragraph(doc, "6", "评价宜包括补救成果的记录情况。")
    assert of_rule(run_lint(doc), "terms.synonym") == []
    term.notes.append("注2：也称“服务恢复”。")
    add_paragraph(doc, "6", "评价宜包括服务恢复的及时性。")
    assert [f.location for f in of_rule(run_lint(doc), "terms.synonym")] == ["6"]


def test_a_modal_in_a_case_the_scope_excludes_sets_no_requirement() -> None:
    """zzzi10 范围: 本文件不适用于……等，应当删除个人信息或者进行匿名化处理的情形 — 应当 names the case
    the law puts (judged FALSE as a requirement in the scope). A requirement the scope itself sets
    is still reported."""
    doc = conformant_guide()
    add_paragraph(doc, "1", "本文件不适用于个人注销账号等，应当删除个人信息或者进行匿名化处理的情形。")
    assert of_rule(run_lint(doc), "wording.requirement-in-informative") == []
    add_paragraph(doc, "1", "使用本文件的机构应当每年评估一次。")
    assert len(of_rule(run_lint(doc), "wording.requirement-in-informative")) == 1
