"""False alarms found on round 75's unseen standards (bench/real zzy10 GB/T 41817—2022, zzy11 GB/T 39204—2022), rebuilt as
a small made-up draft of the same shape beside a case the rule must still report."""

from __future__ import annotations

from lint_docs import add_paragraph, conformant_guide, of_rule, terms_lead_in_findings

from authoring.lint import run_lint


def test_a_lead_in_without_its_full_stop_is_told_only_of_the_stop() -> None:
    """zzy11 chapter 3: GB/T 25069界定的以及下列术语和定义适用于本文件 (its 。 lost) was told to read
    下列术语和定义适用于本文件。, which drops the document it names; a blind judge called that FALSE."""
    fired = terms_lead_in_findings("GB/T 25069界定的以及下列术语和定义适用于本文件")
    assert len(fired) == 1
    assert "缺少句号" in fired[0].message and "GB/T 25069界定的以及下列术语和定义适用于本文件。" in fired[0].message
    assert terms_lead_in_findings("GB/T 25069界定的以及下列术语和定义适用于本文件。") == []
    # A sentence that is not the set one, stop or no stop, is still given the set wording.
    fired = terms_lead_in_findings("本文件采用下列术语")
    assert len(fired) == 1 and "下列术语和定义适用于本文件。" in fired[0].message


def test_a_must_the_text_reports_of_a_demand_on_users_is_not_its_own_modal() -> None:
    """zzy10 A.1 a) 2): 要求用户必须提供仅限于必要个人信息范围内的个人信息 describes what a product
    demands of its users; 必须 is the demand's, and 宜 in its place would garble it (judged FALSE).
    The document's own 必须 is still reported."""
    doc = conformant_guide()
    add_paragraph(doc, "5.1", "个人信息收集环节的要点包括：要求用户必须提供仅限于必要个人信息范围内的个人信息。")
    add_paragraph(doc, "5.2", "不应强制数据主体必须同意全部处理目的。")
    assert of_rule(run_lint(doc), "wording.modal-form") == []
    add_paragraph(doc, "6", "组织必须在收集前告知用户处理目的。")
    fired = of_rule(run_lint(doc), "wording.modal-form")
    assert len(fired) == 1 and fired[0].location == "6"
