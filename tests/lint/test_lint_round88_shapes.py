"""A false alarm found on round 88's unseen standards (bench/real zzzl10, a group standard on
cybersecurity job competencies), rebuilt as a small made-up draft of the same shape beside a case
the rule must still report."""

from __future__ import annotations

from lint_docs import add_paragraph, conformant_guide, of_rule

from authoring.lint import run_lint


def test_must_before_the_rules_and_regulations_to_be_observed_is_an_external_constraint() -> None:
    """zzzl10 6.4.5: 了解……渗透测试工作必须遵守的规章制度 — 必须 names what outside rules impose, the
    one use GB/T 1.1—2020 leaves it (judged FALSE as a non-standard modal). 必须 standing for 应 is
    still reported."""
    doc = conformant_guide()
    add_paragraph(doc, "6", "评价人员宜了解服务评价工作必须遵守的规章制度。")
    assert of_rule(run_lint(doc), "wording.modal-form") == []
    add_paragraph(doc, "6", "评价报告必须在十个工作日内提交。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.modal-form")] == ["6"]
