"""False alarms judged blind on round 289's draft of GB/T 18336.2 (bench/real zzzzzzzzzzzc03, 信息技术安全评估准则 第2部分：
安全功能组件, 征求意见稿), rebuilt as small made-up drafts of the same shape beside a case each rule must still report."""

from __future__ import annotations

from lint_docs import read_typed, told_at

from authoring.lint import run_lint

_BASIS_2020 = "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。"
_BASIS_ADOPTED = ("本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》和GB/T 1.2—2020《标准化工作导则　"
                  "第2部分：以ISO/IEC标准化文件为基础的标准化文件起草规则》的规定起草。")


def _draft(basis: str, body: list[str]) -> list[str]:
    return ["信息安全技术 评估准则 第2部分：功能组件", "前言", basis, "本文件等同采用ISO/IEC 15408-2:2022。",
            "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。", "1 范围",
            "本文件规定了评估中使用的安全功能组件。", "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义",
            "本文件没有需要界定的术语和定义。", "4 功能组件", *body]


def test_another_draft_s_annex_after_its_number_and_a_comma_is_not_this_document_s(tmp_path) -> None:  # noqa: ANN001
    """GB/T 18336.1-202X，附录C提供了…… names an annex of the sister part, its year still open: it was reported as this
    document's missing annex C (judged FALSE twice). This document's own missing annex is still reported."""
    body = ["4.1 本部分与第1部分的关系", "本部分中未给出的信息见第1部分：GB/T 18336.1—202X，附录C提供了有关PP-模块的更多信息；"
            "GB/T 18336.1—202X，附录D提供了有关ST结构的更多信息。", "4.2 组件", "组件的用法见附录E。"]
    doc = read_typed(tmp_path / "a.docx", _draft(_BASIS_2020, body))
    assert [(f.location, "附录E" in f.message) for f in run_lint(doc) if f.rule == "reference.dangling-object"] == [("4.2", True)]


def test_an_identifier_s_template_is_no_placeholder(tmp_path) -> None:  # noqa: ANN001
    """族的分类信息由七个字符的简名组成……形如XXX_YYY。 shows a family's short name (class code, an underscore, family code):
    it was reported as a placeholder left (judged FALSE). An unfilled name is still one."""
    body = ["4.1 族的命名", "族的分类信息由七个字符的简名组成。前三个字符与类名相同，后跟一个下划线和族名，形如XXX_YYY。",
            "4.2 组件", "组件由XXXX负责维护。"]
    assert told_at(read_typed(tmp_path / "a.docx", _draft(_BASIS_2020, body)), "wording.placeholder") == ["4.2"]


def test_an_adoption_s_drafting_basis_names_gbt_1_2_too(tmp_path) -> None:  # noqa: ANN001
    """An adoption drafts by GB/T 1.1—2020 and GB/T 1.2—2020 and says so in one sentence: it was reported as differing from
    GB/T 1.1's sentence (judged FALSE). A slip in that sentence is still reported, against the adoption's wording."""
    body = ["4.1 组件", "组件由类、族和元素组成。"]
    assert told_at(read_typed(tmp_path / "a.docx", _draft(_BASIS_ADOPTED, body)), "boilerplate.foreword") == []
    slipped = _BASIS_ADOPTED.replace("的规定起草", "的规则起草")
    doc = read_typed(tmp_path / "b.docx", _draft(slipped, body))
    found = [f for f in run_lint(doc) if f.rule == "boilerplate.foreword"]
    assert len(found) == 1 and "GB/T 1.2—2020" in found[0].message


def test_a_modal_in_the_clause_a_definition_s_noun_is_told_by_is_no_provision(tmp_path) -> None:  # noqa: ANN001
    """Round 290's disaster-recovery guide defines RTO as 灾难发生后，信息系统或业务功能从停顿到必须恢复的时间要求。 and RPO
    as ……必须恢复到的时间点要求。: 必须 there tells what the time is, inside the clause before 的 (judged FALSE twice).
    必须 in a provision is still reported."""
    lines = ["信息系统灾难恢复规范", "前言", _BASIS_2020, "1 范围", "本文件规定了灾难恢复的要求。", "2 规范性引用文件",
             "本文件没有规范性引用文件。", "3 术语和定义", "下列术语和定义适用于本文件。", "3.1", "恢复时间目标 recovery time objective",
             "灾难发生后，信息系统或业务功能从停顿到必须恢复的时间要求。", "3.2", "恢复点目标 recovery point objective",
             "灾难发生后，系统和数据必须恢复到的时间点要求。", "4 要求", "4.1 恢复", "组织必须制定灾难恢复计划。", "4.2 演练",
             "组织应每年演练。"]
    assert told_at(read_typed(tmp_path / "a.docx", lines), "wording.modal-form") == ["4.1"]
