"""Each lint rule fires at the right place on a document with exactly that defect, and not on
the conformant document it was made from."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from lint_docs import BASIS, PATENT, NORMATIVE_LEAD_IN, conformant_guide
from authoring.document import (
    Block, Clause, Figure, ListBlock, ListItem, Note, Paragraph, Reference, StandardDocument, Table, TermEntry,
)
from authoring.lint import RULES, run_lint
from authoring.results import Finding


def clause(doc: StandardDocument, number: str) -> Clause:
    found = doc.find_clause(number)
    assert found is not None, number
    return found


def para(doc: StandardDocument, number: str, index: int = 0) -> Paragraph:
    block = [b for b in clause(doc, number).blocks if isinstance(b, Paragraph)][index]
    return block


@dataclass
class Case:
    rule: str
    mutate: Callable[[StandardDocument], object]
    location: str
    severity: str | None = None
    # The mutate function returns the block/clause the finding is about (for its anchor).


def _add_paragraph(doc: StandardDocument, number: str, text: str) -> Paragraph:
    block = Paragraph(text=text, anchor=9001)
    clause(doc, number).blocks.append(block)
    return block


def _drop_foreword(doc):
    doc.foreword = None


def _swap_2_3(doc):
    two, three = doc.clauses[1], doc.clauses[2]
    two.title, three.title = three.title, two.title
    two.blocks, three.blocks = three.blocks, two.blocks
    return two


def _hanging(doc):
    block = Paragraph(text="本章给出服务提供的指导。", anchor=9002)
    clause(doc, "5").blocks.insert(0, block)
    return block


def _untitled(doc):
    c = clause(doc, "5.2")
    c.title = ""
    return c


def _renumber(doc):
    c = clause(doc, "5.2")
    c.number = "5.3"
    return c


def _lone(doc):
    chapter = clause(doc, "4")
    chapter.children = chapter.children[:1]
    return chapter.children[0]


def _list_gap(doc):
    clause(doc, "6").blocks.append(Paragraph(text="a) 评价前宜制定计划；", anchor=9100))
    clause(doc, "6").blocks.append(Paragraph(text="b) 评价中宜记录证据；", anchor=9101))
    block = Paragraph(text="d) 评价后宜形成报告。", anchor=9102)
    clause(doc, "6").blocks.append(block)
    return block


def _list_marker(doc):
    clause(doc, "6").blocks.append(Paragraph(text="a) 评价前宜制定计划；", anchor=9100))
    block = Paragraph(text="b） 评价中宜记录证据；", anchor=9101)
    clause(doc, "6").blocks.append(block)
    clause(doc, "6").blocks.append(Paragraph(text="c) 评价后宜形成报告。", anchor=9102))
    return block


def _table_number(doc):
    table = next(b for b in clause(doc, "5.2").blocks if isinstance(b, Table))
    table.number = "2"
    para(doc, "5.2").text = para(doc, "5.2").text.replace("表1", "表2")
    return table


def _annex_unreferenced(doc):
    para(doc, "6").text = "养老机构宜开展自我评价，评价结果宜用于改进5.1和5.2所述的服务。"
    return doc.annexes[0]


def _table_unreferenced(doc):
    para(doc, "5.2").text = "满意度测评宜每季度开展一次，测评流程见图1。"
    return next(b for b in clause(doc, "5.2").blocks if isinstance(b, Table))


def _figure_unreferenced(doc):
    para(doc, "5.2").text = "满意度测评宜每季度开展一次，测评内容见表1。"
    return next(b for b in clause(doc, "5.2").blocks if isinstance(b, Figure))


def _dangling_clause(doc):
    return _add_paragraph(doc, "6", "评价方法见5.9。")


def _dangling_chapter(doc):
    return _add_paragraph(doc, "6", "评价结果的使用见第8章。")


def _dangling_term(doc):
    return _add_paragraph(doc, "6", "评价宜关注顾客（3.1）的感受。")


def _hyphen_number(doc):
    block = clause(doc, "2").blocks[2]
    block.designation = "GB/T 35796-2017"
    para(doc, "4.2").text = "服务质量宜符合GB/T 35796-2017的规定，服务标准的编写宜参照GB/T 15624。"
    return block


def _doubled_slash(doc):
    block = para(doc, "4.2")
    block.text = block.text.replace("GB/T 35796", "GB//T 35796")
    assert "GB//T 35796" in block.text
    return block


def _source_comma(doc):
    term = clause(doc, "3").blocks[1]
    term.source = "GB/T 15624—2011,3.2有修改"
    return term


def _uncited(doc):
    para(doc, "4.2").text = "服务质量宜符合GB/T 35796—2017的规定。"
    return clause(doc, "2").blocks[1]


def _synonym_english(doc):
    return _add_paragraph(doc, "6", "评价宜包括service recovery的及时性。")


def _synonym_declared(doc):
    clause(doc, "3").blocks[1].notes.append("注：也称“服务恢复”。")
    return _add_paragraph(doc, "6", "评价宜包括服务恢复的及时性。")


def _shall_in_guide(doc):
    return _add_paragraph(doc, "5.1", "投诉应在24小时内回访。")


def _modal_in_note(doc):
    block = Note(text="注：记录宜保存三年。", anchor=9200)
    clause(doc, "5.1").blocks.append(block)
    return block


def _modal_in_foreword(doc):
    block = Paragraph(text="使用本文件时应结合当地实际。", anchor=9201)
    doc.foreword.blocks.append(block)
    return block


def _must(doc):
    return _add_paragraph(doc, "6", "评价记录必须归档。")


def _placeholder(doc):
    return _add_paragraph(doc, "6", "评价周期为××个月。")


def _foreword_2009(doc):
    block = doc.foreword.blocks[0]
    block.text = "本标准按照GB/T 1.1—2009给出的规则起草。"
    return block


def _foreword_variant(doc):
    block = doc.foreword.blocks[0]
    block.text = "本文件依据GB/T 1.1—2020的规定起草。"
    return block


def _patent_2009(doc):
    block = doc.foreword.blocks[1]
    block.text = "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别这些专利的责任。"
    return block


def _normative_2009(doc):
    block = clause(doc, "2").blocks[0]
    block.text = ("下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅注日期的版本适用于本文件。"
                  "凡是不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。")
    return block


def _terms_none(doc):
    block = clause(doc, "3").blocks[0]
    block.text = "本文件没有需要界定的术语和定义。"
    return block


def _repeated(doc):
    return _add_paragraph(doc, "6", "服务宜以老年人的需求为中心，及时响应老年人及其家属的意见，适应其变化的需要。")


def _dotted(doc):
    doc.clauses[4].children[1].dotted = True  # 5.2 printed "5.2."
    return doc.clauses[4].children[1]


def _no_bibliography(doc):
    doc.bibliography = None


CASES = [
    Case("structure.missing-element", _drop_foreword, "前言"),
    Case("structure.missing-element", _no_bibliography, "参考文献"),
    Case("structure.element-order", _swap_2_3, "2"),
    Case("structure.hanging-paragraph", _hanging, "5"),
    Case("structure.mixed-titles", _untitled, "5.2"),
    Case("numbering.clause-sequence", _renumber, "5.3"),
    Case("numbering.lone-clause", _lone, "4.1"),
    Case("numbering.trailing-dot", _dotted, "5.2"),
    Case("numbering.list-sequence", _list_gap, "6"),
    Case("numbering.list-marker", _list_marker, "6"),
    Case("numbering.table-sequence", _table_number, "表2"),
    Case("reference.unreferenced-annex", _annex_unreferenced, "附录A"),
    Case("reference.unreferenced-table", _table_unreferenced, "表1"),
    Case("reference.unreferenced-figure", _figure_unreferenced, "图1"),
    Case("reference.dangling-clause", _dangling_clause, "6"),
    Case("reference.dangling-clause", _dangling_chapter, "6"),
    Case("reference.dangling-term", _dangling_term, "6"),
    Case("reference.standard-number", _hyphen_number, "2"),
    Case("reference.standard-number", _doubled_slash, "4.2"),
    Case("reference.source-format", _source_comma, "3.1"),
    Case("reference.uncited-normative", _uncited, "2"),
    Case("terms.synonym", _synonym_english, "6"),
    Case("terms.synonym", _synonym_declared, "6"),
    Case("wording.requirement-in-guide", _shall_in_guide, "5.1"),
    Case("wording.requirement-in-informative", _modal_in_note, "5.1"),
    Case("wording.requirement-in-informative", _modal_in_foreword, "前言"),
    Case("wording.modal-form", _must, "6"),
    Case("wording.placeholder", _placeholder, "6", "warning"),
    Case("boilerplate.foreword", _foreword_2009, "前言", "error"),
    Case("boilerplate.foreword", _foreword_variant, "前言", "warning"),
    Case("boilerplate.patent", _patent_2009, "前言", "error"),
    Case("boilerplate.normative-lead-in", _normative_2009, "2", "error"),
    Case("boilerplate.terms-lead-in", _terms_none, "3", "error"),
    Case("content.repeated-block", _repeated, "6"),
]


def _fired(findings: list[Finding], rule: str) -> list[Finding]:
    return [f for f in findings if f.rule == rule]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.rule}:{c.mutate.__name__}")
def test_rule_fires_on_its_defect_only(case: Case) -> None:
    assert not _fired(run_lint(conformant_guide()), case.rule)
    doc = conformant_guide()
    about = case.mutate(doc)
    fired = _fired(run_lint(doc), case.rule)
    assert fired, f"{case.rule} did not fire"
    assert case.location in {f.location for f in fired}, [(f.location, f.message) for f in fired]
    hit = next(f for f in fired if f.location == case.location)
    if case.severity:
        assert hit.severity == case.severity
    if about is not None and getattr(about, "anchor", None) is not None:
        assert hit.anchor == about.anchor
    assert hit.message and hit.basis.startswith("GB/T 1.1—2020")


def test_every_minimum_rule_has_a_defect_case() -> None:
    minimum = {
        "structure.missing-element", "structure.element-order", "structure.hanging-paragraph",
        "structure.mixed-titles", "numbering.clause-sequence", "numbering.list-sequence",
        "numbering.table-sequence", "numbering.list-marker", "reference.unreferenced-annex",
        "reference.unreferenced-table", "reference.unreferenced-figure", "reference.dangling-clause",
        "reference.standard-number", "reference.source-format", "reference.uncited-normative",
        "terms.synonym", "wording.requirement-in-guide", "wording.requirement-in-informative",
        "wording.modal-form", "wording.placeholder", "boilerplate.foreword", "boilerplate.patent",
        "boilerplate.normative-lead-in", "boilerplate.terms-lead-in", "content.repeated-block",
    }
    assert minimum <= set(RULES)
    assert minimum <= {c.rule for c in CASES}


def test_a_citation_with_a_doubled_slash_still_cites_its_document() -> None:
    """GM//T 0005-2012 in a real draft: the reference it misspells is cited, the code is reported."""
    doc = conformant_guide()
    _doubled_slash(doc)
    findings = run_lint(doc)
    assert not [f for f in findings if f.rule == "reference.uncited-normative" and "35796" in f.message]
    assert not [f for f in findings if f.rule == "reference.unlisted-document"]
    slash = [f for f in findings if f.rule == "reference.standard-number"]
    assert len(slash) == 1 and "GB/T" in slash[0].message


def test_list_gap_inside_a_table_cell() -> None:
    doc = conformant_guide()
    table = doc.annexes[0].blocks[1]
    table.rows.append(["服务文化", "a) 设立组织战略部门；\nb) 记录服务文化；\nd) 组织内部公平"])
    fired = _fired(run_lint(doc), "numbering.list-sequence")
    assert [f.location for f in fired] == ["表A.1"]
    assert "c)" in fired[0].message


def test_uppercase_marker_in_a_lettered_list_is_inconsistent() -> None:
    doc = conformant_guide()
    table = doc.annexes[0].blocks[1]
    table.rows.append(["领导", "i) 管理层制定计划；\nj) 保证每个部门目标一致；\nK）员工定期审查目标"])
    assert [f.location for f in _fired(run_lint(doc), "numbering.list-marker")] == ["表A.1"]
    assert not _fired(run_lint(doc), "numbering.list-sequence")


def test_typed_markers_in_a_list_block_must_agree() -> None:
    doc = conformant_guide()
    clause(doc, "6").blocks.append(ListBlock(style="letter", items=[
        ListItem(text="a) 制定计划；"), ListItem(text="b) 记录证据；"), ListItem(text="形成报告。"),
    ]))
    assert _fired(run_lint(doc), "numbering.list-marker")


def test_modal_matcher_ignores_compounds() -> None:
    doc = conformant_guide()
    _add_paragraph(doc, "6", "宜应用信息系统，对应急响应、供应商反应和相应的适应措施作出安排，事宜另行约定。")
    findings = run_lint(doc)
    assert not _fired(findings, "wording.requirement-in-guide")
    _add_paragraph(doc, "5.2", "测评结果不应公开个人信息。")
    fired = _fired(run_lint(doc), "wording.requirement-in-guide")
    assert [f.location for f in fired] == ["5.2"] and "不宜" in fired[0].message


def test_modal_form_suggests_the_form_of_the_function_type() -> None:
    doc = conformant_guide()
    _add_paragraph(doc, "6", "评价记录不得涂改。")
    assert "不宜" in _fired(run_lint(doc), "wording.modal-form")[0].message
    doc.metadata.function = "规范"
    assert "不应" in _fired(run_lint(doc), "wording.modal-form")[0].message
    _add_paragraph(doc, "6", "评价人员不得不加班的情况宜避免。")
    assert len(_fired(run_lint(doc), "wording.modal-form")) == 1


def test_requirements_are_fine_in_a_specification() -> None:
    doc = conformant_guide()
    doc.metadata.function = "规范"
    _add_paragraph(doc, "5.1", "投诉应在24小时内回访。")
    assert not _fired(run_lint(doc), "wording.requirement-in-guide")


def test_permission_in_a_note_but_not_an_adjective() -> None:
    doc = conformant_guide()
    clause(doc, "5.1").blocks.append(Note(text="注：指标宜可衡量、可实现，结果可能因机构而异。"))
    fired = _fired(run_lint(doc), "wording.requirement-in-informative")
    assert len(fired) == 1 and "宜" in fired[0].message and "可" not in fired[0].message.split("“")[1].split("”")[0]
    doc = conformant_guide()
    clause(doc, "5.1").blocks.append(Note(text="注：编制单位可以根据实际筛选补充。"))
    assert "可以" in _fired(run_lint(doc), "wording.requirement-in-informative")[0].message


def test_foreword_placeholders_are_information_in_an_early_draft() -> None:
    doc = conformant_guide()
    doc.foreword.blocks[2].text = "本文件由××提出并归口。"
    doc.foreword.blocks[3].text = "本文件起草单位："
    fired = _fired(run_lint(doc), "wording.placeholder")
    assert len(fired) == 2 and {f.severity for f in fired} == {"info"}
    doc.metadata.stage = "报批稿"
    assert {f.severity for f in _fired(run_lint(doc), "wording.placeholder")} == {"warning"}


def test_foreword_names_on_the_line_below_their_label_are_filled_in() -> None:
    # 本标准起草单位： typed as a label of its own, the names on the next line (a bold label above its list).
    doc = conformant_guide()
    doc.metadata.stage = "报批稿"
    blocks = doc.foreword.blocks
    blocks[3:] = [Paragraph(text="本文件起草单位："), Paragraph(text="某市养老服务指导中心、某大学。"),
                  Paragraph(text="本文件主要起草人："), Paragraph(text="张三、李四。")]
    assert not _fired(run_lint(doc), "wording.placeholder")
    # A label followed by the next label, or by nothing, is still blank.
    blocks[3:] = [Paragraph(text="本文件起草单位："), Paragraph(text="本文件主要起草人：")]
    fired = _fired(run_lint(doc), "wording.placeholder")
    assert len(fired) == 1 and "共 2 处" in fired[0].message  # one finding per place, with its count


def test_legacy_document_accepts_2009_wording_and_flags_2020() -> None:
    doc = conformant_guide()
    doc.metadata.legacy_2009 = True
    doc.metadata.year, doc.metadata.stage = "2016", "发布稿"  # a 2009-era standard, not a new draft
    doc.foreword.blocks[0].text = "本标准按照GB/T 1.1—2009给出的规则起草。"
    doc.foreword.blocks[1].text = "请注意本标准的某些内容可能涉及专利。本标准的发布机构不承担识别这些专利的责任。"
    clause(doc, "2").blocks[0].text = (
        "下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅注日期的版本适用于本文件。"
        "凡是不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。")
    boiler = [f for f in run_lint(doc) if f.rule.startswith("boilerplate.")]
    assert boiler == []
    clause(doc, "2").blocks[0].text = NORMATIVE_LEAD_IN
    assert [f.location for f in run_lint(doc) if f.rule.startswith("boilerplate.")] == ["2"]


def test_a_2009_standard_may_lack_chapter_2_and_then_defines_terms_in_chapter_2() -> None:
    # GB/T 29262—2012 (drafted under GB/T 1.1—2009): no 规范性引用文件, so 2 is 术语和定义.
    doc = conformant_guide()
    doc.metadata.legacy_2009 = True
    doc.metadata.year, doc.metadata.stage = "2012", "发布稿"
    doc.foreword.blocks[0].text = "本标准按照GB/T 1.1—2009给出的规则起草。"
    del doc.clauses[1]
    for number, chapter in enumerate(doc.clauses, 1):
        chapter.number = str(number)
    structure = {"structure.missing-element", "structure.element-order"}
    assert not [f for f in run_lint(doc) if f.rule in structure]
    doc.metadata.legacy_2009, doc.metadata.year, doc.metadata.stage = False, "2025", "征求意见稿"
    doc.foreword.blocks[0].text = BASIS  # the same shape under GB/T 1.1—2020: chapter 2 is required
    assert {(f.rule, f.location) for f in run_lint(doc) if f.rule in structure} >= {
        ("structure.missing-element", "2"), ("structure.element-order", "2")}


def test_an_english_term_name_in_markup_or_an_address_is_no_synonym() -> None:
    # GB/T 19667.1—2005 11.2: <!ELEMENT …> and http://…/display are code, not prose.
    doc = conformant_guide()
    _add_paragraph(doc, "6", "结构定义：<!ELEMENT 服务记录 (service recovery*)>，命名空间 http://example.org/service-recovery。")
    assert not _fired(run_lint(doc), "terms.synonym")
    _add_paragraph(doc, "6", "评价宜包括 service recovery 的及时性。")
    assert [f.location for f in _fired(run_lint(doc), "terms.synonym")] == ["6"]


def test_the_repeated_terms_sentence_may_follow_the_terms_lead_in() -> None:
    # GB/T 38368—2019: ……界定的以及下列术语和定义适用于本文件。为了便于使用，以下重复列出了……中的某些术语和定义。
    doc = conformant_guide()
    lead = clause(doc, "3").blocks[0]
    lead.text += "为了便于使用，以下重复列出了GB/T 15624—2011中的某些术语和定义。"
    assert not _fired(run_lint(doc), "boilerplate.terms-lead-in")
    lead.text += "另见附录A。"
    assert _fired(run_lint(doc), "boilerplate.terms-lead-in")


def test_a_typed_clause_whose_line_may_be_its_title_is_not_called_untitled() -> None:
    # GB/T 19667.1—2005 B.1 本部分协调员是 / B.2 参与本部分制定的单位除了前言中提到的外还有 (22 characters).
    doc = conformant_guide()
    six = clause(doc, "6")
    six.children = [
        Clause(number="6.1", title="投诉渠道", blocks=[Paragraph(text="机构宜公布投诉电话。")], anchor=700),
        Clause(number="6.2", blocks=[Paragraph(text="参与本文件起草工作的单位除前言所列的以外还有", anchor=701)], anchor=701),
    ]
    assert not _fired(run_lint(doc), "structure.mixed-titles")
    six.children[1].blocks[0].text = "机构宜在接到投诉后24小时内回复投诉人。"
    assert [f.location for f in _fired(run_lint(doc), "structure.mixed-titles")] == ["6.2"]


def test_repeats_written_by_nature_are_no_repeat_and_a_repeat_is_a_hint() -> None:
    # From four real standards: symbols explained after each formula, a field line in each entry,
    # the same attribute under two parallel clauses of one title, an informative annex's example.
    doc = conformant_guide()
    six = clause(doc, "6")
    symbol = "P ——平台第 i 个测量位置的第 j 次正向测量值；"
    field = "约束类型：可选，标准数据项为枚举值类型时必填。"
    attribute = "描述对标准数据项进行制定、修订、发布等管理工作的部门。"
    six.children = [
        Clause(number="6.1", title="制定部门", blocks=[Paragraph(text=symbol, anchor=801), Paragraph(text=field, anchor=802),
                                                   Paragraph(text=attribute, anchor=803)], anchor=800),
        Clause(number="6.2", title="制定部门", blocks=[Paragraph(text=symbol, anchor=811), Paragraph(text=field, anchor=812),
                                                   Paragraph(text=attribute, anchor=813)], anchor=810),
    ]
    assert not _fired(run_lint(doc), "content.repeated-block")
    six.children[1].title = "发布部门"  # not parallel: the same sentence under another title repeats
    fired = _fired(run_lint(doc), "content.repeated-block")
    assert [(f.location, f.severity) for f in fired] == [("6.2", "info")]
    six.children[1].title = "制定部门"
    body = "编码的前两位为辖区代码，由所在省级行政区的代码表确定。"
    _add_paragraph(doc, "6.1", body)
    doc.annexes[0].blocks.append(Paragraph(text=body, anchor=890))  # the informative annex's worked example
    assert not _fired(run_lint(doc), "content.repeated-block")


def test_boilerplate_tolerates_spaces_and_width() -> None:
    doc = conformant_guide()
    doc.foreword.blocks[0].text = BASIS.replace("GB/T 1.1", "ＧＢ/Ｔ 1.1").replace("　", "  ")
    doc.foreword.blocks[1].text = PATENT.replace("。", "。 ")
    assert not [f for f in run_lint(doc) if f.rule.startswith("boilerplate.")]


def test_missing_patent_statement_is_an_error() -> None:
    doc = conformant_guide()
    del doc.foreword.blocks[1]
    fired = _fired(run_lint(doc), "boilerplate.patent")
    assert [(f.location, f.severity) for f in fired] == [("前言", "error")]


def test_normative_lead_in_without_documents() -> None:
    doc = conformant_guide()
    clause(doc, "2").blocks = [Paragraph(text=NORMATIVE_LEAD_IN)]
    para(doc, "4.2").text = "服务质量宜持续改进。"
    fired = _fired(run_lint(doc), "boilerplate.normative-lead-in")
    assert fired and "本文件没有规范性引用文件。" in fired[0].message
    clause(doc, "2").blocks = [Paragraph(text="本文件没有规范性引用文件。")]
    assert not _fired(run_lint(doc), "boilerplate.normative-lead-in")


def test_iso_numbers_and_em_dash_are_left_alone() -> None:
    doc = conformant_guide()
    _add_paragraph(doc, "6", "信息安全管理见ISO/IEC 27001:2022。")
    assert not _fired(run_lint(doc), "reference.standard-number")


def test_clause_numbers_of_other_documents_are_not_dangling() -> None:
    doc = conformant_guide()
    _add_paragraph(doc, "6", "评价方法宜符合GB/T 35796—2017中5.9的规定，评价周期为1.5个月，见4.1和表1～表1。")
    assert not _fired(run_lint(doc), "reference.dangling-clause")


def test_later_numbers_of_a_range_in_another_document_are_not_dangling() -> None:
    # GB/T 45308—2025 5.5.1: 4.10 is the end of a range of GB/T 28029.12's clauses.
    doc = conformant_guide()
    _add_paragraph(doc, "6", "以太网接口应符合 GB/T 28029.12—2020 中 4.9～4.10 的规定，编码见GB/T 2 的5.2、5.8 和 5.9。")
    assert not _fired(run_lint(doc), "reference.dangling-clause")


def test_own_missing_clause_after_another_documents_clause_is_still_dangling() -> None:
    doc = conformant_guide()
    _add_paragraph(doc, "6", "接口应符合GB/T 28029.12—2020中4.9的规定，并按5.9.3进行试验。")
    fired = _fired(run_lint(doc), "reference.dangling-clause")
    assert [f.message for f in fired] == ["引用的 5.9.3 不存在。"]


def test_an_ietf_rfc_is_a_normative_reference() -> None:
    # GB/T 40953—2021 chapter 2 lists only IETF RFC 3986—2005, cited in its 表1 as RFC 3986.
    doc = conformant_guide()
    entry = "IETF RFC 3986—2005 统一资源标识符[Uniform Resource Identifier（URI）：Generic Syntax]"
    clause(doc, "2").blocks[1:] = [Paragraph(text=entry)]  # as a typed draft's paragraph
    para(doc, "4.2").text = "资源标识宜符合RFC 3986—2005的规定。"
    assert not _fired(run_lint(doc), "boilerplate.normative-lead-in")
    # As the reader gives it: a reference entry, cited in the text as RFC 3986.
    clause(doc, "2").blocks[1:] = [Reference(designation="IETF RFC 3986—2005", title=entry[19:])]
    assert not _fired(run_lint(doc), "reference.uncited-normative")
    para(doc, "4.2").text = "资源标识宜唯一。"
    assert [f.location for f in _fired(run_lint(doc), "reference.uncited-normative")] == ["2"]


def test_source_without_label_in_a_paragraph() -> None:
    doc = conformant_guide()
    clause(doc, "3").blocks.append(Paragraph(text="[来源:GB/T 15624—2011，3.3]"))
    fired = _fired(run_lint(doc), "reference.source-format")
    assert fired and "：" in fired[0].message


def test_a_half_width_comma_before_youxiugai_is_one_finding_not_two() -> None:
    # GB/T 42014—2022's copy: [来源：GB/T 38652—2020,2.1,有修改] gave "the separator should be '，'" and
    # "write '，有修改'" for the one half-width comma, twice the errors for each of its sources
    doc = conformant_guide()
    term = clause(doc, "3").blocks[1]
    term.source = "GB/T 15624—2011,3.2,有修改"
    assert [f.message for f in _fired(run_lint(doc), "reference.source-format")] == [
        "来源中的分隔符应为全角逗号“，”。"]
    term.source = "GB/T 15624—2011，3.2有修改"  # no comma at all before 有修改: its own finding
    assert [f.message for f in _fired(run_lint(doc), "reference.source-format")] == [
        "“有修改”前应加全角逗号：“，有修改”。"]


def test_yingdang_in_a_guide_is_one_finding_that_names_the_whole_word() -> None:
    # A draft guide's 识别重要数据，应当遵循以下原则: requirement-in-guide told "“应”宜改为“宜”" (宜当) and modal-form
    # "“应当”……宜改为“宜”" for the one word
    doc = conformant_guide()
    _add_paragraph(doc, "6", "评价应当每年进行一次。")
    findings = [f for f in run_lint(doc) if f.location == "6"]
    assert [(f.rule, f.message) for f in findings if f.rule.startswith("wording.")] == [
        ("wording.requirement-in-guide", "指南给出推荐而非要求：“应当”宜改为“宜”或改为陈述。")]
    assert _fired(run_lint(doc, disabled={"wording.requirement-in-guide"}), "wording.modal-form"), \
        "with the guide rule off, modal-form still tells of 应当"


def test_hanging_paragraph_exempts_terms_lead_in() -> None:
    doc = conformant_guide()
    terms = clause(doc, "3")
    entries = terms.blocks[1:]
    terms.blocks = terms.blocks[:1]
    terms.children = [
        Clause(number="3.1", title="服务", blocks=entries[:1]),
        Clause(number="3.2", title="顾客", blocks=entries[1:]),
    ]
    assert not _fired(run_lint(doc), "structure.hanging-paragraph")


def test_disabled_by_id_and_by_family() -> None:
    doc = conformant_guide()
    _must(doc)
    _placeholder(doc)
    assert _fired(run_lint(doc, disabled={"wording.placeholder"}), "wording.modal-form")
    assert not _fired(run_lint(doc, disabled={"wording.placeholder"}), "wording.placeholder")
    assert not [f for f in run_lint(doc, disabled={"wording"}) if f.rule.startswith("wording.")]


def test_unknown_disabled_rule_is_an_input_error() -> None:
    from authoring.errors import InputError

    with pytest.raises(InputError):
        run_lint(conformant_guide(), disabled={"wording.nonsense"})


def test_findings_follow_document_order() -> None:
    doc = conformant_guide()
    _add_paragraph(doc, "6", "评价记录必须归档。")
    doc.foreword.blocks.append(Paragraph(text="本文件必须与配套文件一并使用。"))
    # the 前言's 必须 is a requirement in informative text (one finding, QA pass 17, A6), the provision's a modal form
    told = [(f.location, f.rule) for f in run_lint(doc)
            if f.rule in ("wording.modal-form", "wording.requirement-in-informative")]
    assert told == [("前言", "wording.requirement-in-informative"), ("6", "wording.modal-form")]


def test_repeated_cells_in_one_table_are_one_finding_with_a_count() -> None:
    doc = conformant_guide()
    table = doc.annexes[0].blocks[1]
    table.rows.extend([["服务文化", "必须"], ["员工", "必须"], ["创新", "必须"]])
    fired = _fired(run_lint(doc), "wording.modal-form")
    assert len(fired) == 1 and "3" in fired[0].message


def test_english_table_reference_counts() -> None:
    doc = conformant_guide()
    para(doc, "5.2").text = "Satisfaction is measured as in Table 1 and Figure 1."
    fired = run_lint(doc)
    assert not _fired(fired, "reference.unreferenced-table") and not _fired(fired, "reference.unreferenced-figure")


def test_abbreviation_after_the_term_may_be_used() -> None:
    doc = conformant_guide()
    clause(doc, "3").blocks[2].term_en = "key performance indicator；KPI"
    _add_paragraph(doc, "6", "评价宜设置KPI。")
    assert not _fired(run_lint(doc), "terms.synonym")
    _add_paragraph(doc, "5.2", "测评宜统计key performance indicator的达成情况。")
    assert [f.location for f in _fired(run_lint(doc), "terms.synonym")] == ["5.2"]


def test_misplaced_siblings_are_each_told_their_own_number() -> None:
    """A zi06 shape (QA pass 17, A5): 6.2.3.1 and 6.2.3.2 typed under 6.1.1. Each is told the number its place
    asks for, 6.1.1.1 then 6.1.1.2; the fix offered never gives two clauses one number."""
    doc = conformant_guide()
    chapter = clause(doc, "5")
    chapter.children[0].number, chapter.children[1].number = "8.3", "8.4"
    told = [f.message for f in run_lint(doc) if f.rule == "numbering.clause-sequence"]
    assert told == ["编号 8.3 不属于所在层次，此处应为 5.1。", "编号 8.4 不属于所在层次，此处应为 5.2。"]


def test_a_modal_in_a_definition_is_told_one_fix() -> None:
    """zj05's shape (QA pass 17, A6): 必须 in a definition is a requirement in informative text, to be made a
    statement; it is not also told to become 应. The same word in a provision is still told so."""
    doc = conformant_guide()
    entry = next(b for b in clause(doc, "3").blocks if isinstance(b, TermEntry) and b.number == "3.2")
    entry.definition = "顾客在接受服务的过程中形成的感受和评价，必须保密。"
    clause(doc, "5.1").blocks.append(Paragraph(text="服务人员必须持证上岗。", anchor=9310))
    findings = run_lint(doc)
    in_definition = [f.rule for f in findings if f.location == "3.2"]
    assert in_definition == ["wording.requirement-in-informative"]
    assert [f.location for f in findings if f.rule == "wording.modal-form"] == ["5.1"]


def test_a_modal_in_a_definition_keeps_its_warning_when_the_informative_rule_is_off() -> None:
    """The modal-form rule leaves 必须 in a definition to requirement-in-informative only while that rule runs."""
    doc = conformant_guide()
    entry = next(b for b in clause(doc, "3").blocks if isinstance(b, TermEntry) and b.number == "3.2")
    entry.definition = "顾客在接受服务的过程中形成的感受和评价，必须保密。"
    told = [(f.location, f.rule) for f in run_lint(doc, disabled={"wording.requirement-in-informative"})
            if f.location == "3.2"]
    assert told == [("3.2", "wording.modal-form")]


def test_a_missing_set_sentence_is_told_at_its_element() -> None:
    """zi06 (QA pass 17, A7): a 前言 without the patent statement had its error in the annotated copy's summary
    comment only, for want of a place; it now stands at the 前言's heading (and a missing drafting-basis sentence
    the same way), or, with no heading known, at the element's last paragraph."""
    doc = conformant_guide()
    doc.foreword.anchor = 7001
    doc.foreword.blocks = [b for b in doc.foreword.blocks if not (isinstance(b, Paragraph) and b.text == PATENT)]
    [missing] = [f for f in run_lint(doc) if f.rule == "boilerplate.patent"]
    assert missing.message.startswith("缺少专利声明") and missing.anchor == 7001
    doc.foreword.anchor = None
    [missing] = [f for f in run_lint(doc) if f.rule == "boilerplate.patent"]
    assert missing.anchor is not None and missing.anchor == doc.foreword.blocks[-1].anchor


def test_a_colon_lists_last_item_ending_in_a_semicolon_is_told() -> None:
    """zj05's 8.1 (QA pass 17): 服务器密码机可具备以下主要部件或接口： …… 可支持人机交互部件，例如：键盘、显示等； the list ends
    there, and its last item closes the sentence with 。. A sub-list's last item keeps its ； while the list above goes on."""
    doc = conformant_guide()
    clause(doc, "6").blocks.extend([
        Paragraph(text="服务设施应具备以下部件：", anchor=9401),
        ListBlock(items=[ListItem(text="呼叫装置；", anchor=9402), ListItem(text="照明装置；", anchor=9403)]),
    ])
    told = [f for f in run_lint(doc) if f.rule == "wording.list-punctuation"]
    assert [(f.anchor, f.message) for f in told] == [(9403, "以冒号引出的列项，最后一项末尾宜用句号“。”，不用分号。")]
    # the same list closing with 。 is right; a sub-list's ； before its list's next item is right too
    doc = conformant_guide()
    clause(doc, "6").blocks.extend([
        Paragraph(text="服务设施应具备以下部件：", anchor=9401),
        ListBlock(items=[ListItem(text="呼叫装置，包括：", anchor=9402, children=ListBlock(items=[
            ListItem(text="床头呼叫；", anchor=9404), ListItem(text="卫生间呼叫；", anchor=9405)])),
            ListItem(text="照明装置。", anchor=9403)]),
    ])
    assert not [f for f in run_lint(doc) if f.rule == "wording.list-punctuation"]


def test_a_list_a_note_splits_is_not_told_to_end_before_the_note() -> None:
    """zr08's shape (QA pass 17's blind judge): a 注 amid a list's typed items (g) …；, 注：…, h) …) splits the run in two;
    the first part's last item is no last item of the list."""
    doc = conformant_guide()
    clause(doc, "6").blocks.extend([
        Paragraph(text="服务设施应具备以下部件：", anchor=9501),
        Paragraph(text="a) 呼叫装置；", anchor=9502),
        Paragraph(text="b) 照明装置；", anchor=9503),
        Note(text="注：照明装置包括应急照明。", anchor=9504),
        Paragraph(text="c) 消防装置；", anchor=9505),
        Paragraph(text="d) 监控装置。", anchor=9506),
    ])
    assert not [f for f in run_lint(doc) if f.rule == "wording.list-punctuation"]
    clause(doc, "6").blocks[-1] = Paragraph(text="d) 监控装置；", anchor=9506)
    told = [f for f in run_lint(doc) if f.rule == "wording.list-punctuation"]
    assert [(f.anchor, f.message) for f in told] == [(9506, "以冒号引出的列项，最后一项末尾宜用句号“。”，不用分号。")]


@pytest.mark.parametrize("between", [Note(text="注：护理员含护理助理。", anchor=9602),
                                     Paragraph(text="护理员的配置比例见附录A。", anchor=9602)])
def test_a_two_item_list_a_note_interrupts_is_still_one_list(between: Block) -> None:
    """QA pass 18, A2: lead-in：, a) …；, a 注 (or a line of explanation), b) …；: the list ends at b), whose ； is told."""
    doc = conformant_guide()
    clause(doc, "6").blocks.extend([
        Paragraph(text="机构应配备下列人员：", anchor=9600),
        Paragraph(text="a) 护理员；", anchor=9601),
        between,
        Paragraph(text="b) 医生；", anchor=9603),
    ])
    told = [f for f in run_lint(doc) if f.rule == "wording.list-punctuation"]
    assert [(f.anchor, f.message) for f in told] == [(9603, "以冒号引出的列项，最后一项末尾宜用句号“。”，不用分号。")]


def test_a_sub_list_that_ends_the_whole_list_closes_it() -> None:
    """QA pass 18, A2: the last item of a sub-list under the list's last item is the whole list's last: its ； is told.
    A sub-list under an earlier item keeps its ； (the list above goes on)."""
    doc = conformant_guide()
    clause(doc, "6").blocks.extend([
        Paragraph(text="机构应建立下列记录：", anchor=9700),
        ListBlock(items=[
            ListItem(text="入住记录，包括：", anchor=9701, children=ListBlock(items=[
                ListItem(text="入住评估；", anchor=9702), ListItem(text="入住合同；", anchor=9703)])),
            ListItem(text="服务记录，包括：", anchor=9704, children=ListBlock(items=[
                ListItem(text="照料记录；", anchor=9705), ListItem(text="护理记录；", anchor=9706)])),
        ]),
    ])
    told = [f for f in run_lint(doc) if f.rule == "wording.list-punctuation"]
    assert [(f.anchor, f.message) for f in told] == [(9706, "以冒号引出的列项，最后一项末尾宜用句号“。”，不用分号。")]


def test_a_modal_in_a_definition_s_noun_phrase_is_told_to_become_a_statement() -> None:
    """QA pass 18, A3: 务必 inside a definition's noun phrase (……、务必持有护理证书的人员) is not a requirement the
    definition states, and 应 there would be no better: the warning asks for a statement."""
    doc = conformant_guide()
    entry = next(b for b in clause(doc, "3").blocks if isinstance(b, TermEntry) and b.number == "3.2")
    entry.definition = "从事老年人照料、务必持有护理证书的人员。"
    told = [f.message for f in run_lint(doc) if f.location == "3.2"]
    assert told == ["“务必”不是标准的能愿动词形式；定义中不宜使用能愿动词，宜改为陈述。"]
