"""False alarms found on round 43's unseen drafts (bench/real zs07, a 2026 GA/T draft), each rebuilt
as a small made-up draft of the same shape beside a case the rule must still report."""

from __future__ import annotations

from lint_docs import add_paragraph, conformant_guide, of_rule

from authoring.lint import run_lint


def test_a_law_quoted_after_its_title_keeps_its_own_modal_verbs() -> None:
    """zs07 引言: 《中华人民共和国数据安全法》“第二十七条……应当在网络安全等级保护制度的基础上……” quotes the
    law's words, which the draft cannot reword to 应; the draft's own 应当 is still reported."""
    doc = conformant_guide()
    add_paragraph(doc, "5.1", "《中华人民共和国数据安全法》“第二十七条……开展数据处理活动，应当在网络安全等级保护制度的基础上，"
                              "履行上述数据安全保护义务”。《网络数据安全管理条例》第九条规定：“网络数据处理者应当依照法律……”")
    assert not of_rule(run_lint(doc), "wording.modal-form")
    add_paragraph(doc, "5.2", "机构应当建立“数据分类”制度。")  # a quotation, but not of another document
    add_paragraph(doc, "6", "依据《数据安全法》，机构应当履行数据安全保护义务。")  # cites, does not quote
    assert [f.location for f in of_rule(run_lint(doc), "wording.modal-form")] == ["5.2", "6"]


def test_a_law_quoted_in_a_guide_is_no_requirement_of_the_guide() -> None:
    """The same quotation in a 指南 is the law's 应, not a requirement the guide sets."""
    doc = conformant_guide()
    add_paragraph(doc, "5.1", "《中华人民共和国数据安全法》第二十七条规定：“开展数据处理活动应加强风险监测。”")
    assert not of_rule(run_lint(doc), "wording.requirement-in-guide")
    add_paragraph(doc, "5.2", "开展数据处理活动应加强风险监测。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.requirement-in-guide")] == ["5.2"]
