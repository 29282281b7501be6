"""Wording rules on the shapes of real drafts: draft numbers, modal verbs in noun phrases and
in the customary sentences of 范围 and 引言, 严禁/禁止, list punctuation, 宜不低于."""

from __future__ import annotations

from lint_docs import add_paragraph, clause_of, conformant_guide, of_rule
from authoring.document import FunctionType, ListBlock, ListItem, Paragraph, StandardDocument
from authoring.lint import run_lint


# -- a. the draft's own number is no placeholder -----------------------------------------


def test_draft_and_sibling_part_numbers_are_no_placeholders() -> None:
    doc = conformant_guide()
    doc.metadata.number = "XXXXX.1"
    doc.foreword.blocks.insert(1, Paragraph(text="本文件是GB/T XXXXX《养老机构服务》的第1部分。GB/T XXXXX已经发布了以下部分："))
    doc.foreword.blocks.insert(2, ListBlock(style="dash", items=[
        ListItem(text="——第1部分：GB/T XXXXX.1—XXXX 服务质量提升；"),
        ListItem(text="——第2部分：GB/T XXXXX.2—XXXX 服务评价。"),
    ]))
    add_paragraph(doc, "6", "评价方法宜按GB/T XXXXX.2—XXXX的规定。")
    assert not of_rule(run_lint(doc), "wording.placeholder")


def test_unfilled_names_and_replaced_numbers_are_still_placeholders() -> None:
    doc = conformant_guide()
    doc.foreword.blocks.insert(1, Paragraph(text="本文件代替GB/T XXXXX—XXXX《养老机构服务》。", anchor=801))
    doc.foreword.blocks[3].text = "本文件起草单位：××协会、某大学。"
    add_paragraph(doc, "6", "评价由×××公司组织实施。", 802)
    fired = {(f.location, f.severity, f.anchor) for f in of_rule(run_lint(doc), "wording.placeholder")}
    assert ("前言", "warning", 801) in fired  # the replaced edition has a number
    assert ("6", "warning", 802) in fired
    assert any(severity == "info" for location, severity, _ in fired if location == "前言")


def test_a_published_standards_anonymised_example_is_no_placeholder() -> None:
    """GB/T 33132—2016 (bench/real zzu10) 附录A: ×××信息系统承载着该公司的×××业务 names no one on
    purpose. In a published standard's informative annex that is anonymisation; in a draft, and in
    a published standard's body, ××× is still reported."""
    doc = conformant_guide()
    doc.annexes[0].blocks.append(Paragraph(text="×××信息系统承载着该公司的×××业务。", anchor=811))
    assert [f.anchor for f in of_rule(run_lint(doc), "wording.placeholder")] == [811]  # a draft
    doc.metadata.stage = "发布稿"
    assert not of_rule(run_lint(doc), "wording.placeholder")
    add_paragraph(doc, "6", "评价由×××公司组织实施。", 812)
    assert [f.anchor for f in of_rule(run_lint(doc), "wording.placeholder")] == [812]


# -- c. requirements in informative text: how far the rule reaches -----------------------


def test_modal_inside_a_noun_phrase_states_no_provision() -> None:
    doc = conformant_guide()
    clause_of(doc, "1").blocks[0].text = "本文件规定了养老机构服务应满足的要求，给出了服务提供者宜考虑的因素。"
    clause_of(doc, "3").blocks[1].definition = "养老机构为开展服务所应具备的条件和应遵循的程序。"
    add_paragraph(doc, "5.1", "养老机构宜明确护理员应具备的能力。")
    findings = run_lint(doc)
    assert not of_rule(findings, "wording.requirement-in-informative")
    assert not of_rule(findings, "wording.requirement-in-guide")


def test_a_modal_in_a_relative_clause_of_a_definition_or_after_yinggai_describes() -> None:
    """GB/T 31168 (bench/real zzs10): a definition is one noun phrase, so 并可按需自助获取和管理资源
    的模式 says what cloud computing can do; the 引言's 云服务商应该具备的安全能力要求 names what the
    standard gives. Both were reported as provisions in informative text."""
    doc = conformant_guide()
    clause_of(doc, "3").blocks[1].definition = "通过网络访问可扩展的共享资源池，并可按需自助获取和管理资源的服务模式。"
    doc.introduction.blocks.append(Paragraph(text="本文件提出了养老机构在提供服务时应该具备的服务能力要求。"))
    assert not of_rule(run_lint(doc), "wording.requirement-in-informative")


def test_a_requirement_in_the_scope_or_a_definition_is_still_reported() -> None:
    doc = conformant_guide()
    clause_of(doc, "1").blocks[1].text = "本文件适用于各类养老机构，其接口应符合第5章的规定。"
    clause_of(doc, "3").blocks[1].definition = "服务提供组织为弥补服务失误而采取的行动，应在24小时内完成。"
    fired = of_rule(run_lint(doc), "wording.requirement-in-informative")
    assert {f.location for f in fired} == {"1", "3.1"}


def test_the_scope_may_say_who_else_can_use_the_document() -> None:
    doc = conformant_guide()
    clause_of(doc, "1").blocks[1].text = "本文件适用于各类养老机构的服务质量提升活动，社区养老服务机构也可参照使用。"
    add_paragraph(doc, "1", "本文件适用于养老机构，也可用于社区日间照料中心。")
    add_paragraph(doc, "1", "其他提供养老服务的组织亦可参考。")
    assert not of_rule(run_lint(doc), "wording.requirement-in-informative")


def test_the_introduction_may_motivate_but_not_require() -> None:
    doc = conformant_guide()
    doc.introduction.blocks.append(Paragraph(text="养老机构宜关注老年人的体验，也可以借鉴其他行业的做法。"))
    assert not of_rule(run_lint(doc), "wording.requirement-in-informative")
    doc.introduction.blocks.append(Paragraph(text="养老机构应建立投诉处理机制。", anchor=804))
    fired = of_rule(run_lint(doc), "wording.requirement-in-informative")
    assert [(f.location, f.anchor) for f in fired] == [("引言", 804)]
    assert "要求" in fired[0].message


# -- h. 严禁 and 禁止 ----------------------------------------------------------------------


def test_prohibitions_are_written_buying() -> None:
    doc = conformant_guide()
    doc.metadata.function = FunctionType.SPECIFICATION
    add_paragraph(doc, "5.1", "严禁泄露老年人的个人信息。")
    add_paragraph(doc, "5.2", "禁止在就餐区吸烟。")
    add_paragraph(doc, "6", "禁止标志的设置宜符合GB 2894的规定。")
    fired = {f.location: f for f in of_rule(run_lint(doc), "wording.modal-form")}
    assert set(fired) == {"5.1", "5.2"}
    assert fired["5.1"].severity == "warning" and "不应" in fired["5.1"].message
    assert fired["5.2"].severity == "info"


# -- j. list items ending in 。 ------------------------------------------------------------


def test_list_items_after_a_colon_end_with_semicolons() -> None:
    doc = conformant_guide()
    lists = clause_of(doc, "5.1").blocks[1]
    assert not of_rule(run_lint(doc), "wording.list-punctuation")
    lists.items[0].text = "公布投诉渠道和处理时限。"
    lists.items[1].text = "对每一件投诉进行登记和回访。"
    fired = of_rule(run_lint(doc), "wording.list-punctuation")
    assert [(f.location, f.anchor) for f in fired] == [("5.1", lists.items[0].anchor)]
    assert "2" in fired[0].message


def test_typed_list_paragraphs_and_passage_items() -> None:
    doc = conformant_guide()
    add_paragraph(doc, "6", "评价包括以下环节：")
    add_paragraph(doc, "6", "a) 制定评价计划。", 809)
    add_paragraph(doc, "6", "b) 记录评价证据；")
    add_paragraph(doc, "6", "c) 形成评价报告。")
    assert [f.anchor for f in of_rule(run_lint(doc), "wording.list-punctuation")] == [809]
    doc = conformant_guide()
    add_paragraph(doc, "6", "评价中常见的问题有：")
    clause_of(doc, "6").blocks.append(ListBlock(items=[
        ListItem(text="计划脱节：评价计划与服务计划不一致。"),
        ListItem(text="证据不足。评价记录缺少原始数据，无法追溯。"),
        ListItem(text="报告滞后。"),
    ]))
    assert not of_rule(run_lint(doc), "wording.list-punctuation")


def test_a_sub_lists_last_item_ending_in_a_full_stop_is_told_as_such() -> None:
    """A copy that lost a sub-list's nesting reads 1) 2) among a) b): a sub-list's last item ending in 。 while its
    list goes on was told 除最后一项外……, and the author saw a last item (QA pass 15, A8)."""
    doc = conformant_guide()
    add_paragraph(doc, "6", "评价包括以下环节：")
    add_paragraph(doc, "6", "a) 制定评价计划，包括：")
    add_paragraph(doc, "6", "1) 评价内容；")
    add_paragraph(doc, "6", "2) 评价方法。", 811)
    add_paragraph(doc, "6", "b) 形成评价报告。")
    [fired] = of_rule(run_lint(doc), "wording.list-punctuation")
    assert fired.anchor == 811 and fired.message.startswith("此项是下一层列项的最后一项，上一层列项还未结束")


def _evaluation_steps(*after: ListItem) -> StandardDocument:
    """A guide whose clause 6 lists 评价包括以下环节： as a Word list: 制定评价计划，包括： with the sub-list 评价内容；
    评价方法。 (anchor 903 its last item), then the items ``after``."""
    doc = conformant_guide()
    clause = clause_of(doc, "6")
    clause.blocks.append(Paragraph(text="评价包括以下环节：", anchor=900))
    clause.blocks.append(ListBlock(items=[
        ListItem(text="制定评价计划，包括：", anchor=901, children=ListBlock(items=[
            ListItem(text="评价内容；", anchor=902), ListItem(text="评价方法。", anchor=903)])), *after]))
    return doc


def test_a_word_sub_lists_last_item_ending_in_a_full_stop_is_reported() -> None:
    """The same in a Word list whose sub-list the reader nests: each list was read alone, so the sub-list's last item
    was never told (QA pass 16, A2). The outer list's own last item may end in 。."""
    doc = _evaluation_steps(ListItem(text="形成评价报告，包括：", anchor=904, children=ListBlock(items=[
        ListItem(text="评价结论；", anchor=905), ListItem(text="改进建议。", anchor=906)])))
    [fired] = of_rule(run_lint(doc), "wording.list-punctuation")
    assert fired.anchor == 903 and fired.message.startswith("此项是下一层列项的最后一项")


def test_a_sub_lists_full_stop_is_not_told_where_the_list_above_ends_its_items_so() -> None:
    """Where the items of the list above end in 。 themselves (b) 形成评价报告。 c) ……), a sub-list's last item ending
    in 。 is written as they are: the sub-list is not told so (fiftieth session, judged FALSE on real drafts); the
    list above is, at its own first item (除最后一项外……)."""
    doc = conformant_guide()
    add_paragraph(doc, "6", "评价包括以下环节：")
    add_paragraph(doc, "6", "a) 制定评价计划，包括：")
    add_paragraph(doc, "6", "1) 评价内容；")
    add_paragraph(doc, "6", "2) 评价方法。", 811)
    add_paragraph(doc, "6", "b) 形成评价报告。", 812)
    add_paragraph(doc, "6", "c) 公开评价结果。")
    [fired] = of_rule(run_lint(doc), "wording.list-punctuation")
    assert fired.anchor == 812 and fired.message.startswith("以冒号引出的列项，除最后一项外")
    # a Word list: its sub-list is read apart, so nothing is told of it
    doc = _evaluation_steps(ListItem(text="形成评价报告。", anchor=904), ListItem(text="公开评价结果。", anchor=905))
    assert 903 not in [f.anchor for f in of_rule(run_lint(doc), "wording.list-punctuation")]


# -- l. 宜不低于 ----------------------------------------------------------------------------


def test_negation_after_yi() -> None:
    doc = conformant_guide()
    add_paragraph(doc, "5.2", "测评的样本量宜不低于在院老年人数的30%，测评周期宜不超过3个月。", 814)
    add_paragraph(doc, "6", "养老机构宜不断改进服务，事宜不多。")
    fired = of_rule(run_lint(doc), "wording.negated-recommendation")
    assert [(f.location, f.anchor) for f in fired] == [("5.2", 814)]
    assert "不宜低于" in fired[0].message


def test_yingdang_before_dangchang_and_jinzhi_before_a_noun_are_no_modals() -> None:
    doc = conformant_guide()
    doc.metadata.function = FunctionType.SPECIFICATION
    add_paragraph(doc, "5.1", "即办件应当场办结，投诉应当即登记。")
    add_paragraph(doc, "6", "养老机构宜告知装修禁止行为和禁止事项。")
    assert not of_rule(run_lint(doc), "wording.modal-form")
    add_paragraph(doc, "5.2", "测评结果应当公开。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.modal-form")] == ["5.2"]


def test_a_unit_with_jinzhi_and_bixu_reports_the_warning() -> None:
    doc = conformant_guide()
    add_paragraph(doc, "6", "禁止在评价现场吸烟，评价记录必须归档。")
    fired = of_rule(run_lint(doc), "wording.modal-form")
    assert [(f.location, f.severity) for f in fired] == [("6", "warning")] and "必须" in fired[0].message
