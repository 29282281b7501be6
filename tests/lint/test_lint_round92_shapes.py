"""A false alarm found on round 92's unseen standards (bench/real zzzp10, GB/T 30278—2013 信息安全技术
政务计算机终端核心配置规范), rebuilt as a small made-up draft of the same shape beside a case the rule
must still report."""

from __future__ import annotations

from lint_docs import clause_of, conformant_guide, of_rule

from authoring.lint import run_lint


def test_restricting_or_disabling_a_function_in_a_note_prohibits_nothing() -> None:
    """zzzp10 3.3, 注：通过核心配置限制或禁止存在安全隐患或漏洞的功能 — 禁止 says what the configuration
    does to a function (judged FALSE as a prohibition in a note). A note that prohibits is still
    reported."""
    doc = conformant_guide()
    term = clause_of(doc, "3").blocks[1]
    term.notes.append("注2：通过服务规程限制或禁止存在安全隐患的服务项目，来减少服务失误。")
    assert of_rule(run_lint(doc), "wording.requirement-in-informative") == []
    term.notes.append("注3：服务人员禁止向老年人推销保健品。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.requirement-in-informative")] == ["3.1"]
