"""Terms rules on the shapes of real drafts: English names in comparison tables, near-synonyms
of a defined term, definitions that start with 是/指."""

from __future__ import annotations

from lint_docs import add_paragraph, clause_of, conformant_guide, of_rule
from authoring.document import Paragraph, StandardDocument, Table, TermEntry
from authoring.lint import run_lint


# -- e. English proper names in a comparison table ---------------------------------------


def test_english_names_in_a_comparison_table_are_no_synonyms() -> None:
    doc = conformant_guide()
    clause_of(doc, "3").blocks.append(TermEntry(number="3.3", term_zh="部分自动运行", term_en="partial automation",
                                              definition="系统在人工监督下自动执行部分调控任务的运行状态。"))
    doc.annexes[0].blocks.append(Table(number="A.2", title="本文件分级与SAE J3016分级对比", rows=[
        ["本文件", "SAE J3016"], ["L2 部分自动运行", "L2 Partial Automation（部分驾驶自动化）"],
        ["L3 有条件自动运行", "Level 3 Conditional Automation"],
    ]))
    doc.annexes[0].blocks.append(Paragraph(text="分级的对比见表A.2，部分自动运行（3.3）对应L2。"))
    assert not of_rule(run_lint(doc), "terms.synonym")
    add_paragraph(doc, "6", "评价宜关注partial automation下的人工接管。")
    assert [f.location for f in of_rule(run_lint(doc), "terms.synonym")] == ["6"]


# -- g. near-synonyms of a defined term --------------------------------------------------


def _defined(doc: StandardDocument, number: str, term: str, definition: str) -> TermEntry:
    entry = TermEntry(number=number, term_zh=term, definition=definition, anchor=806)
    clause_of(doc, "3").blocks.append(entry)
    return entry


def test_a_defined_term_used_under_a_near_synonym() -> None:
    doc = conformant_guide()
    _defined(doc, "3.3", "利害关系者", "可影响决策或活动、受决策或活动所影响的个人或组织。")
    _defined(doc, "3.4", "员工投入度", "员工在工作中投入精力和热情的程度。")
    add_paragraph(doc, "5.1", "养老机构宜识别利益相关方的需求，并将投诉处理结果告知利益相关者。", 807)
    add_paragraph(doc, "6", "评价宜包括员工敬业度和员工参与度。", 808)
    fired = of_rule(run_lint(doc), "terms.near-synonym")
    assert {(f.location, f.anchor) for f in fired} == {("5.1", 807), ("6", 808)}
    first = next(f for f in fired if f.location == "5.1")
    assert "3.3" in first.message and "利害关系者" in first.message and "5.1" in first.message
    assert len([f for f in fired if f.location == "6"]) == 2


def test_agent_suffix_variants_are_near_synonyms_as_whole_words_only() -> None:
    doc = conformant_guide()
    _defined(doc, "3.3", "信息提供方", "向养老机构提供老年人信息的组织。")
    add_paragraph(doc, "6", "评价宜核对信息提供方式和信息提供人员的资质。")
    assert not of_rule(run_lint(doc), "terms.near-synonym")
    add_paragraph(doc, "5.2", "测评数据宜由信息提供者确认。")
    assert [f.location for f in of_rule(run_lint(doc), "terms.near-synonym")] == ["5.2"]


def test_a_defined_near_synonym_is_a_term_of_its_own() -> None:
    doc = conformant_guide()
    _defined(doc, "3.3", "利益相关方", "与组织有利害关系的个人或组织。")
    _defined(doc, "3.4", "利益相关者", "与服务有利害关系的个人。")
    add_paragraph(doc, "6", "评价宜征求利益相关方和利益相关者的意见。")
    assert not of_rule(run_lint(doc), "terms.near-synonym")


# -- i. definitions that start like a sentence --------------------------------------------


def test_a_definition_starting_with_shi_or_zhi() -> None:
    doc = conformant_guide()
    clause_of(doc, "3").blocks[1].definition = "是指服务提供组织为弥补服务失误而采取的行动。"
    clause_of(doc, "3").blocks[2].definition = "指顾客在接受服务的过程中形成的感受和评价。"
    _defined(doc, "3.3", "评价指标体系", "指标的集合，用于衡量服务质量。")
    fired = of_rule(run_lint(doc), "terms.definition-form")
    assert [f.location for f in fired] == ["3.1", "3.2"]
    assert "是指" in fired[0].message
