"""False alarms judged blind on round 252's unseen standards (bench/real zzzzzzzzzr): a ministry's own 前言 form (GB
37822—2019, HJ 1259—2022, HJ 7—2022), rebuilt as small made-up drafts of the same shape beside a case the rule must
still report."""

from __future__ import annotations

from lint_docs import add_paragraph, conformant_guide, of_rule

from authoring.document import Annex, Paragraph, Table
from authoring.lint import run_lint

_MINISTRY = ["为贯彻《中华人民共和国环境保护法》，防治环境污染，制定本标准。", "本标准规定了危险废物管理计划制定的技术要求。",
             "本标准为首次发布。", "本标准由生态环境部固体废物与化学品司、法规与标准司组织制订。", "本标准生态环境部2022年6月28日批准。",
             "本标准由生态环境部解释。"]


def _rules(foreword: list[str]) -> list[str]:
    doc = conformant_guide()
    doc.foreword.blocks = [Paragraph(text=t) for t in foreword]
    return sorted(f.rule for f in run_lint(doc) if f.rule in ("boilerplate.foreword", "boilerplate.patent"))


def test_a_foreword_in_a_ministry_s_own_form_is_not_held_to_gb_t_1_1_s_sentences() -> None:
    """The 前言 names the body that interprets the standard and states no GB/T 1.1 basis: its missing drafting-basis
    sentence and patent statement were judged FALSE (the ministry's drafting guide has neither). Without the line that
    names the interpreter, or with a GB/T 1.1 basis declared, both are still asked for."""
    assert _rules(_MINISTRY) == []
    assert _rules(_MINISTRY[:-1]) == ["boilerplate.foreword", "boilerplate.patent"]
    basis = next(b.text for b in conformant_guide().foreword.blocks if "GB/T 1.1" in b.text)
    assert _rules([basis, *_MINISTRY]) == ["boilerplate.patent"]


def _annex(letter: str, *numbers: str) -> Annex:
    return Annex(letter=letter, title=f"记录表{letter}", normative=False,
                 blocks=[Table(number=n, title=f"信息表{n}", rows=[["项目", "内容"], ["名称", ""]]) for n in numbers])


def test_an_annex_s_table_referred_to_through_its_annex_is_referred_to() -> None:
    """HJ 1259—2022 (round 252): ……填写内容参见附录 A.1, annex A holding tables A.1-A.7 and no clause A.1, was reported
    never referred to (judged FALSE). An annex cited only whole leaves its tables reported, even one it holds alone
    (judged TRUE three times, FALSE twice), and so does a table never named."""
    doc = conformant_guide()
    doc.annexes = [_annex("A", "A.1", "A.2"), _annex("B", "B.1"), _annex("C", "C.1", "C.2"), _annex("D", "D.1")]
    add_paragraph(doc, "5.1", "单位基本信息填写内容参见附录 A.1，设施信息填写内容参见附录A.2。")
    add_paragraph(doc, "5.2", "档案按附录B复分，申报报告格式参见附录C，记录表格式见附录D。")
    doc.annexes[3].blocks.append(Table(number="D.2", title="信息表D.2", rows=[["项目", "内容"], ["名称", ""]]))
    told = [f.location for f in of_rule(run_lint(doc), "reference.unreferenced-table")]
    assert told == ["表B.1", "表C.1", "表C.2", "表D.1", "表D.2"]


def test_a_definition_a_source_line_closes_is_the_source_s_wording() -> None:
    """An autonomous-driving map standard's 5.4.2.1.1.6 (round 252): ……表示除公交车外，其他车辆及行人不得进入该车道。 then
    [来源：GB/T 5768.3—2009，5.11.1]. Its 不得 was told to become 不应 (judged FALSE: the quoted document's words). The same
    sentence with no source line after it is still reported."""
    doc = conformant_guide()
    add_paragraph(doc, "5.1", "由黄色虚线和白色文字组成，表示除公交车外，其他车辆及行人不得进入该车道。")
    add_paragraph(doc, "5.1", "[来源：GB/T 5768.3—2009，5.11.1]")
    add_paragraph(doc, "5.2", "表示车辆须按规定的路线行驶，不得压线或越线行驶。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.modal-form")] == ["5.2"]


def test_a_ministry_s_own_lead_in_to_its_references_is_a_hint() -> None:
    """本标准引用了下列文件或其中的条款。凡是注明日期的引用文件，仅注日期的版本适用于本标准。 (HJ 589, HJ 9, HJ 1259, HJ
    7, GB 37822, GB 37824, GB 20952, GB 26132: the environmental series' own lead-in) was judged DEBATABLE six times and
    FALSE twice, never TRUE, in standards whose 前言 is in the ministry's own form. There it is a hint; in a 前言 that
    declares GB/T 1.1 the same lead-in is still a warning."""
    lead_in = "本标准引用了下列文件或其中的条款。凡是注明日期的引用文件，仅注日期的版本适用于本标准。"

    def told(foreword: list[str]) -> list[str | None]:
        doc = conformant_guide()
        doc.foreword.blocks = [Paragraph(text=t) for t in foreword]
        doc.find_clause("2").blocks[0].text = lead_in
        return [f.severity for f in run_lint(doc) if f.rule == "boilerplate.normative-lead-in"]

    assert told(_MINISTRY) == ["info"]
    basis = next(b.text for b in conformant_guide().foreword.blocks if "GB/T 1.1" in b.text)
    assert told([basis, *_MINISTRY]) == ["warning"]
