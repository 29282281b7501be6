"""False alarms found on round 24's unseen standards (bench/real z04 T/CAMET 04010.2—2018, z05
JR/T 0314—2024, z06 JR/T 0176.5—2024), each rebuilt as a small made-up draft of the same shape
beside a case the rule must still report."""

from __future__ import annotations

from pathlib import Path

import docx
from lint_docs import add_paragraph, clause_of, conformant_guide, of_rule, typed_docx, typed_skeleton

from authoring.document import Clause, Paragraph
from authoring.docx.read import read_docx
from authoring.lint import run_lint


def _synonyms(doc) -> list[str]:
    return [f.location for f in of_rule(run_lint(doc), "terms.synonym") if "service recovery" in f.message.lower()]


def test_a_quoted_program_label_and_a_line_of_program_output_are_no_synonyms() -> None:
    """z05 D.2/D.3: “Source type”选择“JSON Schema” names a tool's option as it reads, and a
    validator's output line (#/body: required key [transaction] not found) is no prose."""
    doc = conformant_guide()
    for line in ("在网页右侧的“Type”中选择“Service Recovery”，然后输入记录内容。",
                 "#/body: required key [service recovery] not found",
                 "错误信息示例：#/body: required key [service recovery] not found"):
        add_paragraph(doc, "5.1", line)
    assert _synonyms(doc) == []
    add_paragraph(doc, "5.2", "机构应在24小时内完成 service recovery。")
    assert _synonyms(doc) == ["5.2"]


def test_an_english_equivalent_is_a_hint_and_another_chinese_name_a_warning() -> None:
    """On real drafts the English equivalent written in Chinese text named a program, a field or a
    technology far more often than it replaced the term; another Chinese name of the term is a slip."""
    doc = conformant_guide()
    clause_of(doc, "3").blocks[2].term_zh = "顾客体验；客户体验"
    add_paragraph(doc, "5.2", "机构应在24小时内完成 service recovery。")
    add_paragraph(doc, "6", "机构宜定期调查客户体验。")
    found = {f.location: f for f in of_rule(run_lint(doc), "terms.synonym")}
    assert found["5.2"].severity == "info" and "英文对应词" in found["5.2"].message
    assert found["6"].severity == "warning" and "应使用术语“顾客体验”" in found["6"].message


def test_need_to_know_is_no_modal_verb() -> None:
    """z06 表3: 仅为必须知悉的对象访问 names the need-to-know principle; 必须 as a modal is reported."""
    doc = conformant_guide()
    add_paragraph(doc, "5.1", "敏感数据一般针对特定人员公开，且仅为必须知悉的对象访问或使用。")
    assert not of_rule(run_lint(doc), "wording.modal-form")
    add_paragraph(doc, "5.2", "机构必须登记每一件投诉。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.modal-form")] == ["5.2"]


def test_a_count_of_tables_is_no_reference_to_a_table() -> None:
    """z06 chapter 14: 涉及数据表200余张 counts tables; 见表9 refers to one that is not there."""
    doc = conformant_guide()
    add_paragraph(doc, "6", "目前已梳理形成八个数据域的模型成果，涉及数据表200余张、图10幅。")
    assert not of_rule(run_lint(doc), "reference.dangling-object")
    add_paragraph(doc, "5.2", "测评结果的格式见表9。")
    assert [f.location for f in of_rule(run_lint(doc), "reference.dangling-object")] == ["5.2"]



HEAD = [*typed_skeleton("城市轨道交通 互联互通系统规范", "本文件规定了列车自动运行的功能。"),
        "4 列车自动运行", "4.1 功能描述", "列车自动运行子系统实现列车的自动驾驶。", "4.2 确定ATO曲线"]


def test_a_typed_clause_title_with_a_comma_is_a_title(tmp_path: Path) -> None:
    """z04 7.2.1 为启动、停止、调速，确定ATO曲线 (a typed draft): a title holding a comma, beside its
    titled sibling, is no mix of titled and untitled clauses; a provision on the number's line is."""
    titled = [*HEAD, "4.2.1 为启动、停止、调速，确定ATO曲线", "此功能确定列车的运行曲线。",
              "4.2.2 列车进站精确停车", "此功能使列车停在停车点。"]
    doc = read_docx(typed_docx(tmp_path / "a.docx", titled))
    assert [c.number for c in doc.clauses[3].children[1].children] == ["4.2.1", "4.2.2"]
    assert not of_rule(run_lint(doc), "structure.mixed-titles")
    untitled = [*HEAD, "4.2.1 列车应按ATO曲线启动、停止和调速。", "4.2.2 列车进站精确停车", "此功能使列车停在停车点。"]
    fired = of_rule(run_lint(read_docx(typed_docx(tmp_path / "b.docx", untitled))), "structure.mixed-titles")
    assert [(f.location, f.severity) for f in fired] == [("4.2.1", "info")], "a typed draft's titles are guessed"


def test_rules_on_an_inferred_structure_are_hints_to_check() -> None:
    """A draft with heading styles is held to its numbering and cross-references; in one with none
    (typed, or a PDF converted to Word) the reader inferred them, so the same findings are hints
    that say so, and rules that read the wording keep their severity."""
    doc = conformant_guide()
    add_paragraph(doc, "5.2", "测评结果的格式见表9。")
    add_paragraph(doc, "5.2", "机构必须登记每一件投诉。")
    clause_of(doc, "6").children.append(Clause(number="6.3", blocks=[Paragraph(text="记录应保存三年。")]))
    styled = {f.rule: f for f in run_lint(doc)}
    assert styled["reference.dangling-object"].severity == "error"
    assert styled["numbering.clause-sequence"].severity == "error"
    doc.metadata.structure_inferred = True
    inferred = {f.rule: f for f in run_lint(doc)}
    for rule in ("reference.dangling-object", "numbering.clause-sequence"):
        assert inferred[rule].severity == "info" and "推断" in inferred[rule].message, rule
    assert inferred["wording.modal-form"].severity == styled["wording.modal-form"].severity == "warning"


def test_the_reader_says_when_it_inferred_the_structure(tmp_path: Path) -> None:
    assert read_docx(typed_docx(tmp_path / "a.docx", HEAD)).metadata.structure_inferred is True
    styled = docx.Document()
    for line in HEAD:
        heading = line[:1].isdigit() and " " in line
        styled.add_paragraph(line, style="Heading 1" if heading and "." not in line.split()[0] else
                             "Heading 2" if heading else None)
    styled.save(str(tmp_path / "b.docx"))
    assert read_docx(tmp_path / "b.docx").metadata.structure_inferred is False
    from authoring.check import check_file
    from authoring.checklist import load_packs

    guide = load_packs()["excellence-guide"]
    codes = {name: {code for code, _, _ in check_file(tmp_path / name, guide).document.notices()} for name in ("a.docx", "b.docx")}
    assert "inferred-structure" in codes["a.docx"] and "inferred-structure" not in codes["b.docx"]


def test_a_figure_continued_over_a_page_and_an_annex_without_its_status_line(tmp_path: Path) -> None:
    """z05 annex D: 附 录 D with its status line lost, then D.1, 图D.1, 图 D.2 and 图 D.2 …（续）:
    the annex's figures run in order and the next annex follows it (here as annexes A and B)."""
    lines = [*HEAD[:9], "附录A给出了示例，附录B给出了存证示例。", "附 录 A", "数据对象 JSON模式参考示例", "A.1 基本使用流程",
             "使用流程见图A.1和图A.2。", "图A.1 在线格式校验参考", "图 A.2 本地格式校验参考", "图 A.2 本地格式校验参考（续）",
             "附 录 B（资料性）数据对象快照存证参考示例", "存证记录包含图B.1 所示的属性。", "图 B.1 存证记录包含属性参考"]
    doc = read_docx(typed_docx(tmp_path / "d.docx", lines))
    assert [a.letter for a in doc.annexes] == ["A", "B"]
    findings = run_lint(doc)
    assert not of_rule(findings, "numbering.figure-sequence")
    lines.insert(lines.index("图 A.2 本地格式校验参考（续）"), "图 A.2 本地格式校验参考")  # printed twice: a slip
    findings = run_lint(read_docx(typed_docx(tmp_path / "e.docx", lines)))
    assert [f.location for f in of_rule(findings, "numbering.figure-sequence")] == ["图A.2"]


def test_a_term_with_a_stray_space_is_named_as_such_not_as_another_name() -> None:
    """GB/T 35282 (bench/real zzq10): 电子政务移动 办公系统 is the term 3.2 with a space in it, and the
    message said to use the term, as if another name had been written."""
    doc = conformant_guide()
    add_paragraph(doc, "6", "机构宜定期调查顾客 体验。")
    found = of_rule(run_lint(doc), "terms.synonym")
    assert [f.location for f in found] == ["6"]
    assert "多余的空格" in found[0].message and "“顾客 体验”" in found[0].message
    assert "应使用术语" not in found[0].message
