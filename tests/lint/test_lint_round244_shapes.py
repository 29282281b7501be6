"""False alarms judged blind on round 244's unseen GB/T 7714—2025 (bench/real zzzzzzzzzj02) and round 247's GB 7258—2017 (zzzzzzzzzm01), rebuilt as small made-up
drafts of the same shape beside a case the rule must still report."""

from __future__ import annotations

from lint_docs import add_paragraph, clause_of, conformant_guide, of_rule, places_of

from authoring.document import Clause, Example, ListBlock, ListItem, Note, Paragraph
from authoring.lint import run_lint


def test_a_half_width_mark_named_in_quotation_marks_is_no_punctuation() -> None:
    """6.2 names the signs a bibliographic entry uses: “:”用于其他题名信息 (judged FALSE: the mark is the one defined)."""
    named = "著录用符号：“:”用于其他题名信息，“,”用于同一著作方式的责任者，“(”用于年卷期中的期号。"
    assert places_of("wording.ascii-punctuation", named) == []
    assert places_of("wording.ascii-punctuation", named, "其他题名信息前用冒号:见7.2.3的规定。") == ["5.2"]


def _findings(text: str) -> list:
    doc = conformant_guide()
    doc.bibliography = None  # (the text layer had broken its 参考文献 heading apart: none was read)
    add_paragraph(doc, "5.1", text)
    return [f for f in run_lint(doc) if "28039" in f.message]


def test_a_document_whose_rules_are_recommended_is_cited_informatively() -> None:
    """5.3 宜使用 GB/T 28039 给出的规则拼写: a recommendation (or a permission) cites informatively, and the standard's
    publisher lists the document in its 参考文献. The finding said it was applied as a requirement and belonged in
    chapter 2 (judged FALSE); without a 参考文献, the draft is asked for one. Required, it belongs in chapter 2."""
    for text in ("使用汉语拼音著录中国人姓名时，宜使用 GB/T 28039 给出的规则拼写。", "姓名的拼写可使用 GB/T 28039 给出的规则。"):
        assert [f.rule for f in _findings(text)] == ["structure.missing-element"]
    required = _findings("使用汉语拼音著录中国人姓名时，应使用 GB/T 28039 给出的规则拼写。")
    assert [f.rule for f in required] == ["reference.unlisted-document"] and "规范性引用" in required[0].message


def test_a_foreword_s_item_of_changes_names_a_requirement_and_states_none() -> None:
    """GB 7258—2017's 前言 (round 247): ——增加了……的部件不应采用凿改、重新涂漆的方式处理的要求（见4.1.5）, judged FALSE
    blind: the item names a requirement of the body. A 前言 that requires something itself is still reported."""
    doc = conformant_guide()
    doc.foreword.blocks.append(Paragraph(text="与GB 7258—2012相比，除编辑性修改外主要技术变化如下："))
    doc.foreword.blocks.append(Paragraph(
        text="——增加了打刻车辆识别代号的部件不应采用凿改、重新涂漆的方式处理的要求（见4.1.5）；"))
    doc.foreword.blocks.append(Paragraph(text="——修改了汽车和挂车的车辆识别代号应能拍照的规定（见4.1.4，2012年版的4.1.4）。"))
    assert of_rule(run_lint(doc), "wording.requirement-in-informative") == []
    doc.foreword.blocks.append(Paragraph(text="使用本标准的单位应先完成人员培训。"))
    assert [f.location for f in of_rule(run_lint(doc), "wording.requirement-in-informative")] == ["前言"]


def test_a_term_entry_with_narrower_entries_holds_its_definition_not_a_hanging_paragraph() -> None:
    """GB 7258—2017's chapter 3 (round 247), as its text layer was read: 3.2 汽车 motor vehicle, its definition, then
    3.2.1 载客汽车 … as clauses under it, reported as hanging six times (judged FALSE blind). A body clause's text
    before its subclauses is still reported."""
    doc = conformant_guide()
    entry = Clause(number="3.2", title="汽车 motor vehicle", blocks=[Paragraph(text="由动力驱动、具有四个或四个以上车轮的非轨道承载的车辆。")],
                   children=[Clause(number="3.2.1", title="载客汽车 passenger vehicle",
                                    blocks=[Paragraph(text="设计和制造上主要用于载运人员的汽车。")])])
    clause_of(doc, "3").children.append(entry)
    body = Clause(number="5.9", title="外廓尺寸", blocks=[Paragraph(text="机动车的外廓尺寸应符合下列规定。")],
                  children=[Clause(number="5.9.1", blocks=[Paragraph(text="汽车的长度应符合GB 1589的规定。")])])
    clause_of(doc, "5").children.append(body)
    assert [f.location for f in of_rule(run_lint(doc), "structure.hanging-paragraph")] == ["5.9"]


def test_a_modal_in_a_condition_opened_by_ru_is_the_case_named() -> None:
    """GB 7258—2017 12.15.7 (round 247): ……不应指向车身右侧（如受结构限制排气管口必须偏向右侧时，……夹角应小于等于45°）:
    必须 names the case the clause answers (judged FALSE); a 必须 that requires is still told to become 应."""
    case = "排气管口不应指向车身右侧（如受结构限制排气管口必须偏向右侧时，其中心线与纵向中心线的夹角应小于等于45°）。"
    assert places_of("wording.modal-form", case) == []
    assert places_of("wording.modal-form", case, "排气管口必须装有隔热装置。") == ["5.2"]


def test_a_modal_opening_a_modifier_of_a_provided_thing_grants_no_permission() -> None:
    """The 车载事故紧急呼叫系统 draft's 4.4.2.3 (round 247): 示例：增加可不借助工具单手轻松打开的保护盖、配置……等 (judged FALSE
    blind: 可 describes the cover). A note or an example that permits (也可采用其他方法) is still reported."""
    doc = conformant_guide()
    clause = clause_of(doc, "5.1")
    clause.blocks.append(Example(text="示例：增加可不借助工具单手轻松打开的保护盖、配置延迟触发的倒计时机制等。"))
    clause.blocks.append(Note(text="注：床位宜配备可调节高度的护理床。"))
    def words_told() -> list[str]:  # the modal words each finding names (“宜” / “宜、可”)
        found = of_rule(run_lint(doc), "wording.requirement-in-informative")
        return [f.message.split("“")[1].split("”")[0] for f in found]

    assert words_told() == ["宜"]  # the note's recommendation, not the 可 of 可调节高度的护理床
    clause.blocks.append(Note(text="注：也可采用其他方法确认老年人的需求。"))
    assert words_told() == ["宜", "也可"]


def test_the_items_of_advice_a_lead_in_gives_to_be_told_are_its_wording() -> None:
    """GB 17761—2018 6.7 b) (round 249): 提示使用人遵守交通法规，注意行车安全。如：1) 严禁16周岁以下人员驾驶……；, the advice a
    user manual prints (judged FALSE blind: quoted content). The items end at the first not ending in ；, and a
    requirement after them with 必须 is still told to become 应."""
    doc = conformant_guide()
    clause_of(doc, "5.1").blocks.append(ListBlock(style="letter", items=[
        ListItem(text="向入住老年人提示安全注意事项。如："),
        ListItem(text="严禁在房间内使用明火；"),
        ListItem(text="外出时告知服务人员。"),
        ListItem(text="服务人员必须持证上岗。"),
    ]))
    assert [f.excerpt for f in of_rule(run_lint(doc), "wording.modal-form")] == ["服务人员必须持证上岗。"]
