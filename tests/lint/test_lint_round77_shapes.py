"""False alarms found on round 77's unseen standards (bench/real zzza10 JR/T 0197—2020, a financial
data grading guide drafted per GB/T 1.1—2009, and zzza11 GB/T 41479—2022), each rebuilt as a small
made-up draft of the same shape beside a case the rule must still report."""

from __future__ import annotations

from pathlib import Path

from lint_docs import NORMATIVE_LEAD_IN, add_paragraph, clause_of, conformant_guide, of_rule, typed_docx

from authoring.document import RULES_2009, Clause, Note, Paragraph
from authoring.docx.read import read_docx
from authoring.lint import run_lint


def test_a_body_chapter_naming_a_range_is_not_the_scope() -> None:
    """zzza10 "4 目标、原则和范围": the 宜 of its principles was reported as a recommendation in
    the 范围. The scope, chapter 1, is still held to statements."""
    doc = conformant_guide()
    doc.clauses.append(Clause(number="7", title="目标、原则和范围", children=[
        Clause(number="7.1", title="定级原则", blocks=[Paragraph(text="金融业机构宜按照级别变更策略对数据级别进行及时调整。")])]))
    assert of_rule(run_lint(doc), "wording.requirement-in-informative") == []
    add_paragraph(doc, "1", "使用本文件的机构宜每年评估一次。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.requirement-in-informative")] == ["1"]


def test_must_as_a_word_for_need_is_no_modal() -> None:
    """zzza10: 运营必须的数据载体 (必需的) and 因工作必须才可知悉 (the need of the work); zzza11:
    不能及时征得同意而必须收集的，应告知…… (the case the sentence's 应 answers). The document's own
    必须 is still reported."""
    doc = conformant_guide()
    add_paragraph(doc, "5.1", "技术设计文档指保护机构运营必须的数据载体的设计文档。")
    add_paragraph(doc, "5.1", "最小授权原则指因工作必须才可知悉。")
    add_paragraph(doc, "5.2", "不能及时征得个人信息主体同意而必须收集的，宜在事后及时告知。")
    # Q/CIB 4052.2—2024 8.6 (bench/real round 102, judged FALSE): 最小必须原则 names a principle.
    add_paragraph(doc, "5.2", "权限隔离：根据最小必须原则分配消费者组的主题读写权限。")
    assert of_rule(run_lint(doc), "wording.modal-form") == []
    add_paragraph(doc, "6", "机构必须每年开展一次评估。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.modal-form")] == ["6"]


def test_a_2009_note_may_permit_but_not_require() -> None:
    """zzza10 3.2: 注：可以通过人工或自动手段处理。 GB/T 1.1—2009 bars requirements from notes, not
    permissions or recommendations (a blind judge called the finding FALSE; judges had called 28
    such findings on 2009-era drafts debatable). A 2009 note that requires is still reported, and a
    2020 draft's note that permits too."""
    doc = conformant_guide()
    doc.metadata.rules, doc.metadata.legacy_2009 = RULES_2009, True
    doc.metadata.number, doc.metadata.year, doc.metadata.stage = "31112", "2016", "发布稿"
    clause_of(doc, "5.1").blocks.append(Note(text="可以通过人工或自动手段处理。"))
    assert of_rule(run_lint(doc), "wording.requirement-in-informative") == []
    clause_of(doc, "5.1").blocks.append(Note(text="处理记录应保存三年。"))
    assert len(of_rule(run_lint(doc), "wording.requirement-in-informative")) == 1
    modern = conformant_guide()
    clause_of(modern, "5.1").blocks.append(Note(text="可以通过人工或自动手段处理。"))
    assert len(of_rule(run_lint(modern), "wording.requirement-in-informative")) == 1


def test_two_references_run_together_on_one_line_are_both_listed(tmp_path: Path) -> None:
    """zzza10 chapter 2, a PDF extraction: ``GB/Z 28828—2012 …保护指南 GB/T 35273—2020 …安全规范``
    on one line was read as one entry, so GB/T 35273 cited in chapter 3 was "listed nowhere"."""
    doc = read_docx(typed_docx(tmp_path / "d.docx", [
        "前言", "本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。",
        "1 范围", "本文件规定了数据分级的要求。",
        "2 规范性引用文件", NORMATIVE_LEAD_IN,
        "GB/Z 28828—2012 信息安全技术 公共及商用服务信息系统个人信息保护指南 GB/T 35273—2020 信息安全技术 个人信息安全规范",
        "3 术语和定义", "GB/T 35273—2020界定的术语和定义适用于本文件。",
        "4 要求", "个人信息的处理应符合GB/Z 28828—2012和GB/T 35273—2020的规定。"]))
    listed = [b.designation for b in doc.find_clause("2").blocks if b.type == "reference"]
    assert listed == ["GB/Z 28828—2012", "GB/T 35273—2020"]
    assert not [f for f in of_rule(run_lint(doc), "reference.unlisted-document") if "35273" in f.message]
