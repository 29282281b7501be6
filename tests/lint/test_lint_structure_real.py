"""Structure and content rules on the shapes of real drafts: parallel tables and lists, a
符号/缩略语 chapter inside chapter 3, titles read as paragraphs, informative citations without
a 参考文献. Each case is a small made-up draft of the shape found in a real one."""

from __future__ import annotations

from lint_docs import add_paragraph, clause_of, conformant_guide, of_rule
from authoring.document import (
    Clause, ListBlock, ListItem, Paragraph, StandardDocument, Table, TermEntry,
)
from authoring.lint import run_lint
from authoring.lint.context import SYMBOLS, LintContext


# -- b. parallel tables and lists --------------------------------------------------------


def test_parallel_tables_and_lists_are_no_repeated_blocks() -> None:
    doc = conformant_guide()
    rows = [["检查项目", "检查要求"], ["运行状态", "每日检查设备运行状态并记录检查结果和处理情况"],
            ["安全防护", "每月检查安全防护装置是否完好并记录检查结果和处理情况"]]
    clause_of(doc, "5.1").blocks.append(Table(number="2", title="A类设备检查要求", rows=[r[:] for r in rows]))
    clause_of(doc, "5.2").blocks.append(Table(number="3", title="B类设备检查要求", rows=[r[:] for r in rows]))
    items = ["建立服务对象的健康档案并定期更新档案中的信息；", "制定个性化服务计划并征求服务对象及其家属的意见。"]
    add_paragraph(doc, "5.1", "对自理老年人，宜：")
    clause_of(doc, "5.1").blocks.append(ListBlock(items=[ListItem(text=t) for t in items]))
    add_paragraph(doc, "5.2", "对失能老年人，宜：")
    clause_of(doc, "5.2").blocks.append(ListBlock(items=[ListItem(text=t) for t in items]))
    assert not of_rule(run_lint(doc), "content.repeated-block")


def test_repeated_prose_and_an_item_repeated_in_its_own_list_are_reported() -> None:
    doc = conformant_guide()
    item = "建立服务对象的健康档案并定期更新档案中的信息；"
    clause_of(doc, "6").blocks.append(ListBlock(items=[ListItem(text=item), ListItem(text=item, anchor=803)]))
    fired = of_rule(run_lint(doc), "content.repeated-block")
    assert [(f.location, f.anchor) for f in fired] == [("6", 803)]


# -- d. misread structure ----------------------------------------------------------------


def _terms_and_abbreviations(doc: StandardDocument) -> None:
    chapter = clause_of(doc, "3")
    chapter.title = "术语、定义和缩略语"
    entries = [b for b in chapter.blocks if isinstance(b, TermEntry)]
    chapter.blocks = []
    for entry in entries:
        entry.number = "3.1." + entry.number.split(".")[1]
    chapter.children = [
        Clause(number="3.1", title="术语和定义", blocks=[Paragraph(text="下列术语和定义适用于本文件。"), *entries]),
        Clause(number="3.2", title="缩略语", blocks=[
            Paragraph(text="下列缩略语适用于本文件。"),
            TermEntry(number="3.2.1", term_zh="KPI", term_en="key performance indicator", definition="关键绩效指标"),
            TermEntry(number="3.2.2", term_zh="ODD", term_en="operational design domain",
                      definition="运行设计域，系统可以安全运行的条件"),
        ]),
    ]


def test_abbreviations_under_chapter_3_are_no_terms() -> None:
    doc = conformant_guide()
    _terms_and_abbreviations(doc)
    add_paragraph(doc, "6", "评价宜设置关键绩效指标（key performance indicator），并明确operational design domain。")
    findings = run_lint(doc)
    assert not of_rule(findings, "terms.synonym")
    assert not of_rule(findings, "wording.requirement-in-informative")
    ctx = LintContext(doc)
    assert [t.number for t in ctx.terms] == ["3.1.1", "3.1.2"]


def test_an_abbreviations_heading_read_as_an_entry_is_no_term() -> None:
    doc = conformant_guide()
    chapter = clause_of(doc, "3")
    chapter.title = "术语、定义和缩略语"
    chapter.blocks.append(TermEntry(number="3.3", term_zh="缩略语",
                                    definition="下列缩略语适用于本文件。\nODD：运行设计域，系统可以安全运行的条件"))
    ctx = LintContext(doc)
    assert [t.number for t in ctx.terms] == ["3.1", "3.2"]
    assert {u.role for u in ctx.units if u.location == "3.3"} == {SYMBOLS}
    assert not of_rule(run_lint(doc), "wording.requirement-in-informative")


def test_a_title_read_as_the_only_paragraph_of_a_clause_with_untitled_subclauses() -> None:
    doc = conformant_guide()
    clause_of(doc, "5").children.append(Clause(number="5.3", blocks=[Paragraph(text="顾客体验")], children=[
        Clause(number="5.3.1", blocks=[Paragraph(text="养老机构宜定期了解老年人的体验。")]),
        Clause(number="5.3.2", blocks=[Paragraph(text="养老机构宜根据体验改进服务。")]),
    ]))
    findings = run_lint(doc)
    assert not of_rule(findings, "structure.hanging-paragraph")
    assert not of_rule(findings, "structure.mixed-titles")


def test_a_sentence_before_untitled_subclauses_is_still_hanging() -> None:
    doc = conformant_guide()
    clause_of(doc, "5").children.append(Clause(number="5.3", blocks=[
        Paragraph(text="顾客体验"), Paragraph(text="本条给出顾客体验的指导。", anchor=805)], children=[
        Clause(number="5.3.1", blocks=[Paragraph(text="养老机构宜定期了解老年人的体验。")]),
        Clause(number="5.3.2", blocks=[Paragraph(text="养老机构宜根据体验改进服务。")]),
    ]))
    fired = of_rule(run_lint(doc), "structure.hanging-paragraph")
    assert [(f.location, f.anchor) for f in fired] == [("5.3", 805)]


# -- f. informative citations without a 参考文献 -----------------------------------------


def test_a_term_source_needs_a_bibliography() -> None:
    doc = conformant_guide()
    doc.bibliography = None
    clause_of(doc, "6").blocks[1].text = "应急预案的演练情况也宜纳入评价。"
    assert not of_rule(run_lint(doc), "structure.missing-element")
    clause_of(doc, "3").blocks[2].source = "GB/T 20000.1—2014，5.2"
    fired = of_rule(run_lint(doc), "structure.missing-element")
    assert [(f.location, f.severity) for f in fired] == [("参考文献", "error")]
    assert "3.2" in fired[0].message and "GB/T20000.1" in fired[0].message


def test_a_document_named_in_the_foreword_needs_a_bibliography() -> None:
    doc = conformant_guide()
    doc.bibliography = None
    clause_of(doc, "6").blocks[1].text = "应急预案的演练情况也宜纳入评价。"
    doc.foreword.blocks.insert(2, Paragraph(text="本文件代替GB/T 35796—2017《养老机构服务质量基本规范》。"))
    assert not of_rule(run_lint(doc), "structure.missing-element")
    doc.foreword.blocks.insert(2, Paragraph(text="本文件宜与GB/T 31112《养老服务评价》配合使用。"))
    fired = of_rule(run_lint(doc), "structure.missing-element")
    assert [(f.location, f.severity) for f in fired] == [("参考文献", "warning")]


def test_an_annex_subclause_that_only_uses_the_word_scope_is_no_scope_element() -> None:
    """GB/T 38667 (bench/real zzt11) A.2 分类范围、分类维度和分类方法 gives a railway example's scope
    of classification: not a 范围 element in an annex, nor is a 术语对照表. A subclause titled 范围 still is one."""
    doc = conformant_guide()
    annex = doc.annexes[0]
    annex.children = [Clause(number="A.1", title="分类范围、分类维度和分类方法",
                             blocks=[Paragraph(text="以铁路数据为例说明分类过程。")])]
    annex.children.append(Clause(number="A.2", title="术语对照表", blocks=[Paragraph(text="见表A.1。")]))
    assert not of_rule(run_lint(doc), "structure.element-order")
    annex.children.append(Clause(number="A.3", title="范围", blocks=[Paragraph(text="本附录适用于铁路数据。")]))
    assert [f.location for f in of_rule(run_lint(doc), "structure.element-order")] == ["A.3"]
