"""False alarms found on round 93's unseen standards (bench/real zzzq11, GB/T 18336.1—2015 信息技术
安全技术 信息技术安全评估准则 第1部分), rebuilt as small made-up drafts of the same shape, each beside a
case the rule must still report."""

from __future__ import annotations

from lint_docs import clause_of, conformant_guide, of_rule, typed_docx, typed_skeleton

from authoring.check import check_file
from authoring.checklist import load_packs
from authoring.document import Example, Paragraph
from authoring.docx.read import read_docx
from authoring.lint import run_lint


def test_a_modal_in_a_hypothesis_answered_by_then_is_no_requirement_in_a_note() -> None:
    """zzzq11 3.3.1's note: 如果必须由开发者执行相似的过程，则在……中注明为“生成” names a case (judged
    FALSE as a requirement in a note). A note that requires is still reported."""
    doc = conformant_guide()
    term = clause_of(doc, "3").blocks[1]
    term.notes.append("注2：如果必须由护理员代为签收，则在服务记录中注明代签人。")
    assert of_rule(run_lint(doc), "wording.requirement-in-informative") == []
    term.notes.append("注3：护理员必须在服务记录中注明代签人。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.requirement-in-informative")] == ["3.1"]


def test_a_modal_inside_the_quoted_words_of_an_example_is_the_quotation_s() -> None:
    """zzzq11 B.4.2.1: 示例：“某加密器是一个加密设备……应该允许至少32个不同用户使用……” quotes the text the
    example shows (judged FALSE as a requirement in an example). An example that requires in its own
    words is still reported."""
    doc = conformant_guide()
    blocks = clause_of(doc, "5.2").blocks
    blocks.append(Example(text="示例：“本机构是一家护理型养老机构，应该为失能老年人提供二十四小时照护。”"))
    assert of_rule(run_lint(doc), "wording.requirement-in-informative") == []
    blocks.append(Example(text="示例：测评结果应该在一周内告知老年人。"))
    assert [f.location for f in of_rule(run_lint(doc), "wording.requirement-in-informative")] == ["5.2"]


def _bibliography_draft(tmp_path, entries: list[str]):  # noqa: ANN001, ANN202
    lines = typed_skeleton("养老机构信息安全服务规范",
                           "本文件规定了养老机构信息安全服务的要求。")
    lines += ["4 要求", "养老机构宜参照 ISO/IEC 27001 和 ISO/IEC 27002 建立信息安全管理。", "参考文献", *entries]
    return typed_docx(tmp_path / "draft.docx", lines)


def test_a_bibliography_entry_labelled_by_its_designation_in_brackets_is_read(tmp_path) -> None:  # noqa: ANN001
    """zzzq11's 参考文献 prints ``[6] [ISO/IEC 27001] Information technology—…``: the bracketed label is
    the entry's designation, so ISO/IEC 27001 cited in 6.2 is listed (judged FALSE twice as unlisted).
    A document the bibliography does not hold is still reported."""
    path = _bibliography_draft(tmp_path, [
        "[1] [ISO/IEC 27001] Information technology—Security techniques—Information security management systems—Requirements",
        "[2] [ISO/IEC 27002] Information technology—Security techniques—Code of practice for information security management",
    ])
    doc = read_docx(path)
    assert [r.designation for r in doc.bibliography] == ["ISO/IEC 27001", "ISO/IEC 27002"]
    result = check_file(path, load_packs()["excellence-guide"])
    assert of_rule(result.findings, "reference.unlisted-document") == []

    path = _bibliography_draft(tmp_path, [
        "[1] [ISO/IEC 27001] Information technology—Security techniques—Information security management systems—Requirements",
    ])
    result = check_file(path, load_packs()["excellence-guide"])
    assert ["ISO/IEC27002" in f.message for f in of_rule(result.findings, "reference.unlisted-document")] == [True]


def test_a_2009_era_guide_is_told_both_forms_for_a_nonstandard_modal() -> None:
    """zzzq11 (drafted under GB/T 1.1—2009, read as a 指南): every 必须 was told to become 宜, which its judge
    called the wrong fix; GB/T 1.1—2009 has no function types, so such a draft is told 应 and, in a guide,
    宜. A 2020-era guide is still told 宜."""
    doc = conformant_guide()
    clause_of(doc, "5.1").blocks.append(Paragraph(text="投诉登记必须在当日完成。"))
    (message,) = [f.message for f in of_rule(run_lint(doc), "wording.modal-form")]
    assert "改为“宜”" in message and "“应”" not in message
    doc.metadata.legacy_2009 = True
    (message,) = [f.message for f in of_rule(run_lint(doc), "wording.modal-form")]
    assert "“应”（指南中为“宜”）" in message


def test_the_lines_a_lead_in_offers_as_a_sample_keep_their_own_modal(tmp_path) -> None:  # noqa: ANN001
    """zzzq11 A.6.3: 组织安全策略示例： followed by 政府使用的所有产品在口令产生和加密方面必须符合国家标准；
    shows an organisation's policy, whose 必须 is the policy's own word (judged FALSE as a non-standard
    modal). The sample ends with its last line; a 必须 in the standard's own next paragraph, or in a
    clause with no such lead-in, is still reported."""
    lines = typed_skeleton("养老机构信息安全服务规范", "本文件规定了养老机构信息安全服务的要求。")
    lines += [
        "4 安全策略",
        "养老机构应制定组织安全策略。组织安全策略示例：",
        "a) 机构使用的所有产品在口令产生和加密方面必须符合国家标准；",
        "b) 所有护理员必须在使用信息系统前得到授权。",
        "5 服务记录",
        "机构安全策略示例如下：",
        "服务记录系统的口令必须每季度更换；",
        "服务记录必须保存五年。",
        "护理员必须在服务记录中注明代签人。",
        "6 交接",
        "护理员必须当面交接老年人的物品。",
        "7 不涉及的内容",
        "对某些问题，本文件不涉及，例如：",
        "a) 本文件不包括护理费用的结算；",
        "b) 如果需要对护理设备进行检定，则必须按计量法规执行。",
    ]
    path = typed_docx(tmp_path / "draft.docx", lines)
    result = check_file(path, load_packs()["excellence-guide"])
    found = [(f.location, f.excerpt) for f in of_rule(result.findings, "wording.modal-form")]
    # 例如： lists the writer's own examples, whose 必须 is the document's (GB/T 18336.1 引言 f), judged TRUE).
    assert [where for where, _ in found] == ["5", "6", "7"], found
    assert "代签人" in found[0][1]
