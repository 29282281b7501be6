"""False alarms found on rounds 81 and 82's unseen standards (bench/real zzze10, a T/ISC group-standard
draft on cloud-storage services; zzze11, JT/T 1522—2024; zzzf10, a GB/T guide draft on 网约车 data
security), each rebuilt as a small made-up draft of the same shape beside a case the rule must still
report."""

from __future__ import annotations

from pathlib import Path

from lint_docs import NORMATIVE_LEAD_IN, add_paragraph, conformant_guide, of_rule, typed_docx

from authoring.document import Annex, FunctionType, Paragraph
from authoring.docx.read import read_docx
from authoring.lint import run_lint


def test_an_undated_reference_run_onto_the_previous_title_is_listed(tmp_path: Path) -> None:
    """zzze10 chapter 2: ``GB/T 41391—2022 ……基本要求GB/T 41479信息安全技术……`` (an extraction ran
    the undated entry onto the line before, with no space) was one entry, so GB/T 41479 cited in
    chapter 6 was "listed nowhere" (judged FALSE). A document cited and listed nowhere is still
    reported."""
    doc = read_docx(typed_docx(tmp_path / "d.docx", [
        "前言", "本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。",
        "1 范围", "本文件规定了网盘服务数据处理的要求。",
        "2 规范性引用文件", NORMATIVE_LEAD_IN,
        "GB/T 41391—2022 信息安全技术移动互联网应用程序(App)收集个人信息基本要求GB/T 41479信息安全技术网络数据处理安全要求",
        "3 术语和定义", "本文件没有需要界定的术语和定义。",
        "4 要求", "数据处理活动应遵守GB/T 41479 中规定的要求。",
        "个人信息收集活动应遵守GB/T 41391—2022中规定的要求，并符合GB/T 35273—2020的规定。"]))
    listed = [b.designation for b in doc.find_clause("2").blocks if b.type == "reference"]
    assert listed == ["GB/T 41391—2022", "GB/T 41479"]
    unlisted = of_rule(run_lint(doc), "reference.unlisted-document")
    assert [f for f in unlisted if "35273" in f.message] and not [f for f in unlisted if "41479" in f.message]


def test_an_unnamed_city_in_an_example_is_no_placeholder() -> None:
    """zzze11 表1 常见要素及举例: 如××市10万人网约车驾驶员数据 names no city on purpose (judged
    FALSE). A body still to be named (由××单位负责) is still reported."""
    doc = conformant_guide()
    add_paragraph(doc, "5.1", "群体规模，如××市10万人网约车驾驶员数据，覆盖××市网约车驾驶员群体的比例为80%。")
    assert of_rule(run_lint(doc), "wording.placeholder") == []
    add_paragraph(doc, "5.2", "服务质量的评价由××单位负责组织。")
    found = of_rule(run_lint(doc), "wording.placeholder")
    assert len(found) == 1 and found[0].location == "5.2"


def test_should_be_is_told_as_a_special_case_equivalent() -> None:
    """zzze10 10.3: "应该" was told it "is not a standard modal form"; GB/T 1.1—2020 lists it as the
    equivalent of 应 for special cases (judged DEBATABLE for the wording). The message now says so;
    应当, which the table does not list, keeps its message. (A 规范: in a guide both words are the
    requirement-in-guide rule's, one finding each, test_lint_rules.)"""
    doc = conformant_guide()
    doc.metadata.function = FunctionType.SPECIFICATION
    add_paragraph(doc, "5.1", "在对用户文件数据加工的过程中，应该采用安全管控措施。")
    add_paragraph(doc, "5.2", "向个人推送广告时，应当同时提供不针对其个人特征的选项。")
    found = {f.location: f.message for f in of_rule(run_lint(doc), "wording.modal-form")}
    assert "等效表述" in found["5.1"] and "不是标准" not in found["5.1"]
    assert "不是标准的能愿动词形式" in found["5.2"]


def _agreement_annex(letter: str, title: str) -> Annex:
    return Annex(letter=letter, title=title, normative=False, blocks=[
        Paragraph(text="为提升XXXX服务的安全能力，XXXX服务上线录音功能。请您务必认真阅读本协议。"),
        Paragraph(text="采集行程录音录像数据必须通过乘客同意，链路应加密。"),
    ])


def test_a_model_agreement_annex_is_the_model_s_own_text() -> None:
    """Round 82 (bench/real zzzf10, a data-security guide draft for 网约车 services): 附录C
    行程录音收集协议范式模板 and 附录F ……管理范式模版 hold a model agreement and a model policy for
    the operator to complete. Their XXXX slots and 务必 were judged FALSE, their 应 and 必须
    DEBATABLE. The same words in an annex that is no model are still reported."""
    doc = conformant_guide()
    doc.annexes.append(_agreement_annex("B", "行程录音收集协议范式模板"))
    findings = run_lint(doc)
    for rule in ("wording.placeholder", "wording.modal-form", "wording.requirement-in-guide"):
        assert [f for f in of_rule(findings, rule) if f.location.startswith("附录B")] == [], rule
    doc.annexes.append(_agreement_annex("C", "行程录音收集要点"))
    findings = run_lint(doc)
    for rule in ("wording.placeholder", "wording.modal-form", "wording.requirement-in-guide"):
        assert [f for f in of_rule(findings, rule) if f.location.startswith("附录C")], rule


def test_must_in_a_when_clause_is_the_case_not_a_requirement() -> None:
    """zzzf10 10.4: 注：当投诉处理必须要使用原始音频时，可不采取…… — 必须 says when the case arises
    and the sentence's own 可不 answers it (judged FALSE as a modal form). A 必须 that is the
    sentence's requirement is still reported."""
    doc = conformant_guide()
    add_paragraph(doc, "5.1", "当投诉处理必须要使用行程录音录像中的原始音频时，可不采取音频变声处理。")
    assert of_rule(run_lint(doc), "wording.modal-form") == []
    add_paragraph(doc, "5.2", "当乘客提出投诉时，平台必须在24小时内响应。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.modal-form")] == ["5.2"]
