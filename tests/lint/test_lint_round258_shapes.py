"""False alarms judged blind on round 258's unseen emission standards (bench/real zzzzzzzzzx: DB44/ 815—2010, DB44/
814—2010, GB 20952—2020), rebuilt as small made-up drafts of the same shape beside a case the rule must still report."""

from __future__ import annotations

from lint_docs import add_paragraph, conformant_guide, of_rule

from authoring.document import Annex, Paragraph
from authoring.lint import run_lint


def _unlisted(*foreword: str) -> list[str]:
    doc = conformant_guide()
    doc.foreword.blocks.extend(Paragraph(text=t) for t in foreword)
    return [f.excerpt for f in of_rule(run_lint(doc), "reference.unlisted-document")]


def test_a_foreword_sentence_broken_at_a_line_end_and_a_running_head_cite_nothing() -> None:
    """自本标准实施之日起，替代广东省地方标准《大气污染物排放限值》 / （DB44/27-2001）中相应的内容。 (a 前言 sentence a
    PDF broke at its line end: the replaced document, judged FALSE twice) and DB44/815-2010 alone on a line (the page's
    running head, judged FALSE) were reported as documents cited and listed nowhere. A document the 前言 cites in a
    sentence of its own is still reported."""
    assert _unlisted("自本标准实施之日起，替代广东省地方标准《大气污染物排放限值》", "（DB44/27-2001）中相应的内容。",
                     "DB44/815-2010") == []
    assert _unlisted("本标准的限值参考了 DB44/27-2001 的规定。") != []


def test_a_case_named_with_must_and_when_is_a_condition() -> None:
    """DB44/ 814—2010 4.5.1: 排气筒高度必须低于15 m 时，其排放速率标准值按表1所列限值的50%执行 names the case the rest
    of the sentence provides for (judged FALSE: 应 there would change its meaning). 必须 before a word of time (准时) is
    still told to become 应."""
    doc = conformant_guide()
    add_paragraph(doc, "5.1", "排气筒高度必须低于15 m 时，其排放速率标准值按表1所列排放速率限值的50%执行。")
    add_paragraph(doc, "5.2", "服务人员必须准时，按约定时间到达服务地点。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.modal-form")] == ["5.2"]


def test_an_annex_named_with_a_table_s_footnote_mark_is_referred_to() -> None:
    """GB 20952—2020's 表3 names its method's source as 附录Da (the annex's letter, then the cell's footnote mark a):
    annex D was reported never referred to (judged FALSE). An annex no text names is still reported."""
    doc = conformant_guide()
    doc.annexes += [Annex(letter="B", title="监测方法", normative=True, blocks=[Paragraph(text="按本方法测定。")]),
                    Annex(letter="C", title="记录表", normative=False, blocks=[Paragraph(text="记录格式。")])]
    add_paragraph(doc, "5.1", "测定方法见附录Ba。")
    assert [f.location for f in of_rule(run_lint(doc), "reference.unreferenced-annex")] == ["附录C"]


def test_a_number_alone_on_every_page_is_the_text_s_own() -> None:
    """DB44/ 815—2010's cover was spread one character a line, so its number went unread, and the running head
    DB44/815-2010, also run into a definition's last line (……黏性物料。 1 DB44/815-2010), was reported as a document cited
    and listed nowhere. A number alone on three lines or more is the page's head: the text's own. Alone on one line
    only, beside a sentence that cites it, it is still reported (at its first place)."""
    doc = conformant_guide()
    for number in ("4.1", "4.2", "5.1"):
        add_paragraph(doc, number, "DB44/815-2010")
    add_paragraph(doc, "5.2", "用于印刷的染色液体或者黏性物料。 1 DB44/815-2010")
    assert of_rule(run_lint(doc), "reference.unlisted-document") == []
    doc = conformant_guide()
    add_paragraph(doc, "5.1", "DB44/815-2010")
    add_paragraph(doc, "5.2", "油墨应符合 DB44/815-2010 的限值。")
    assert [f.location for f in of_rule(run_lint(doc), "reference.unlisted-document")] == ["5.1"]
