"""False alarms (and conversion artefacts) judged blind on round 259's unseen emission standards (bench/real
zzzzzzzzzy: GB 31573—2015, GB 18598—2019), rebuilt as small made-up drafts beside a case the rule must still report."""

from __future__ import annotations

from lint_docs import add_paragraph, conformant_guide, of_rule

from authoring.document import Paragraph, Table
from authoring.lint import run_lint


def _half_width(*texts: str) -> list[str]:
    doc = conformant_guide()
    for number, text in zip(("4.1", "4.2", "5.1", "5.2"), texts):
        add_paragraph(doc, number, text)
    return [f.location for f in of_rule(run_lint(doc), "wording.ascii-punctuation")]


def test_a_chemical_name_keeps_its_own_brackets() -> None:
    """苯并(a)芘 and 5-氯-2-(吡啶偶氮)-1，3-二氨基苯 (method titles and a table's pollutant, judged FALSE five times) were
    told to use full-width brackets: a chemical name's locant and group keep the name's own signs. Half-width brackets
    around Chinese words are still reported."""
    assert _half_width("苯并(a)芘的测定按表 2 所列方法进行。", "总钴按 5-氯-2-(吡啶偶氮)-1，3-二氨基苯分光光度法测定。",
                       "应记录处置设施(含焚烧炉)的运行参数。") == ["5.1"]


def test_a_table_s_note_mark_is_no_punctuation() -> None:
    """A head cell 间接排放(1) and （以锆计）(1), their (1) pointing to the table's note (judged FALSE three times).
    (1) inside a sentence still is."""
    doc = conformant_guide()
    doc.find_clause("4.1").blocks.append(Table(number="1", title="水污染物排放限值", rows=[
        ["污染物项目", "直接排放", "间接排放(1)"], ["总锆（以锆计）(1)", "2.0", "2.0"]]))
    add_paragraph(doc, "5.1", "排放量按式(1)计算，结果保留两位小数。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.ascii-punctuation")] == ["5.1"]


def test_a_number_left_unfilled_at_every_page_break_is_the_layout_s() -> None:
    """GB 31573—2015's copy kept its page head GB □□□□—20□□ at every page break (judged ARTEFACT eight times): on three
    lines or more it is the layout's, not a slot in the text. Once, it is still reported."""
    doc = conformant_guide()
    doc.metadata.stage = "发布稿"
    for number in ("4.1", "4.2", "5.1"):
        add_paragraph(doc, number, "GB □□□□—20□□")
    assert of_rule(run_lint(doc), "wording.placeholder") == []
    doc = conformant_guide()
    doc.metadata.stage = "发布稿"
    add_paragraph(doc, "4.1", "GB □□□□—20□□")
    assert [f.location for f in of_rule(run_lint(doc), "wording.placeholder")] == ["4.1"]


def test_a_safety_notice_at_the_head_of_a_test_method_is_no_hanging_paragraph() -> None:
    """The Guangdong VOC standards' test-method annexes open with 注意：本方法并未指出所有可能的安全问题……, then D.1 (rounds
    258-261: judged DEBATABLE three times, FALSE once). Other text before the first subclause is still reported."""
    from authoring.document import Annex, Clause

    def hanging(first: str) -> list[str]:
        doc = conformant_guide()
        doc.annexes.append(Annex(letter="B", title="VOCs 监测方法", normative=True, blocks=[Paragraph(text=first)],
                                 children=[Clause(number="B.1", title="方法原理", blocks=[Paragraph(text="用吸附管采样。")])]))
        add_paragraph(doc, "5.1", "见附录B。")
        return [f.location for f in of_rule(run_lint(doc), "structure.hanging-paragraph")]

    assert hanging("注意：本方法并未指出所有可能的安全问题，使用者有责任采取适当的安全防护措施。") == []
    assert hanging("本方法适用于固定污染源废气中 VOCs 的测定。") == ["附录B"]


def test_a_safety_notice_a_pdf_broke_at_a_line_end_is_still_one() -> None:
    """DB44/ 817—2010's notice ends on a second line (……并保证符 / 合国家有关法规要求。), judged FALSE."""
    from authoring.document import Annex, Clause

    doc = conformant_guide()
    doc.annexes.append(Annex(letter="B", title="VOCs 监测方法", normative=True, blocks=[
        Paragraph(text="注意：本方法并未指出所有可能的安全问题，使用者有责任采取适当的安全防护和措施，并保证符"),
        Paragraph(text="合国家有关法规要求。")],
        children=[Clause(number="B.1", title="方法原理", blocks=[Paragraph(text="用吸附管采样。")])]))
    add_paragraph(doc, "5.1", "见附录B。")
    assert of_rule(run_lint(doc), "structure.hanging-paragraph") == []
