"""A false alarm found on round 87's unseen standards (bench/real zzzk10, the GB/T 网络安全技术 网络安全
运维实施指南 draft of SAC/TC 260), rebuilt as a small made-up draft of the same shape beside a case the
rule must still report."""

from __future__ import annotations

from lint_docs import add_paragraph, conformant_guide, of_rule

from authoring.lint import run_lint


def test_the_idiom_ying_zhi_ying_hui_sets_no_requirement_in_a_guide() -> None:
    """zzzk10 8.5.3: 组织需定期开展应知应会培训 — 应知应会 (what staff must know and be able to do) is
    an idiom, not the modal 应 (judged FALSE as a requirement in a guide). A 应 that requires
    something in the same guide is still reported."""
    doc = conformant_guide()
    add_paragraph(doc, "6", "机构宜定期开展服务人员应知应会培训和考核。")
    assert of_rule(run_lint(doc), "wording.requirement-in-guide") == []
    add_paragraph(doc, "6", "机构应定期开展服务人员培训。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.requirement-in-guide")] == ["6"]
