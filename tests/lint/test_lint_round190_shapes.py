"""False alarms found on round 190's unseen standard (bench/real zzzzzzzh01, GB/T 45803—2025, a textual modelling
language whose clauses show statements of the language), each rebuilt as a small made-up draft of the same shape
beside a case the rule must still report."""

from __future__ import annotations

from lint_docs import add_paragraph, conformant_guide, of_rule

from authoring.lint import run_lint


def test_the_strings_of_a_code_statement_are_no_chinese_text() -> None:
    """6.2.2, 6.3.2, 6.5.1 …: ``annotation(localLabel="名称", color=“0,0,0”)`` and ``time=(“年”;2;22;34),`` (or
    ``gantt1(“甘特图1”;30;20)``) are statements of the language; their brackets, commas and semicolons stand among its values (23 findings judged
    FALSE). A half-width mark in the comment after ``//``, or in prose beside the statement, is still reported."""
    doc = conformant_guide()
    add_paragraph(doc, "5.1", 'Property address1="value" extends address00 annotation(localLabel="地址");')
    add_paragraph(doc, "5.1", "Property obj = “温度需求” refer obj_Req annotation(localLabel = “名称”, color = “0,0,0”);")
    add_paragraph(doc, "5.2", "    time=(“年”;2;22;34), //时间单位，时间间隔，起始时间，终止时间。")
    add_paragraph(doc, "5.2", "    gantt1(“甘特图1”;30;20;“255,0,255;0,0,0”), //子任务1。")
    add_paragraph(doc, "5.2", "    endLocation=(397,301;869,302), //该关系的端点坐标为(397,301;869,302)。")
    assert of_rule(run_lint(doc), "wording.ascii-punctuation") == []
    add_paragraph(doc, "6", 'Package pac1 annotation(localLabel="包") //Package 为包类的关键字(必选),不可省略。')
    add_paragraph(doc, "5.2", "属性的标签(localLabel)应与元模型一致，见附录A(“资料性”)。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.ascii-punctuation")] == ["5.2", "6"]


def test_a_points_coordinates_are_written_as_mathematics_writes_them() -> None:
    """表13: 以画布左上角为坐标(0,0)点 (judged FALSE). A bracket around words after Chinese is still reported."""
    doc = conformant_guide()
    add_paragraph(doc, "5.1", "以画布左上角为坐标(0,0)点，对象的定位点为(12.5, -3)。")
    assert of_rule(run_lint(doc), "wording.ascii-punctuation") == []
    add_paragraph(doc, "5.2", "服务机构(含分支机构)应公示服务项目。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.ascii-punctuation")] == ["5.2"]


def test_a_stand_in_value_in_a_statements_string_is_no_placeholder() -> None:
    """6.3.6.5, 6.4.1 …: ``Project pro1 annotation(localLabel="×××")`` shows where any name goes in the syntax (5
    findings judged FALSE). ××× left in prose is still reported."""
    doc = conformant_guide()
    add_paragraph(doc, "5.1", 'Project pro1 annotation(localLabel="×××") //Project 为项目类定义的关键字。')
    add_paragraph(doc, "5.1", 'Property pro11 = "×××" copy pro1 annotation(localLabel = "名称");')
    assert of_rule(run_lint(doc), "wording.placeholder") == []
    add_paragraph(doc, "5.2", "项目类由×××负责维护。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.placeholder")] == ["5.2"]
