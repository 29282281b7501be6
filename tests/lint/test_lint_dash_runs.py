"""A document number's year joined by a run of dashes: the Chinese dash —— a Chinese input method types for the
dash key, or a hyphen and an em dash together (GM/Z 0001-—2013: QA pass 14 found it unreported)."""

from __future__ import annotations

from lint_docs import add_paragraph, conformant_guide, of_rule

from authoring.lint import run_lint


def _findings(text: str) -> list:
    doc = conformant_guide()
    add_paragraph(doc, "4", text)
    return of_rule(run_lint(doc), "reference.standard-number")


def test_the_chinese_dash_is_named_and_replaced_by_one_em_dash() -> None:
    [found] = _findings("服务标识应符合GB/T 10001.1——2023的规定。")
    assert "“GB/T 10001.1——2023”应写作“GB/T 10001.1—2023”" in found.message
    assert "两个一字线，即中文破折号" in found.message


def test_a_hyphen_and_an_em_dash_together_are_reported() -> None:
    [found] = _findings("测试方法见GM/Z 0001-—2013。")
    assert "应写作“GM/Z 0001—2013”" in found.message and "多个连接符" in found.message


def test_one_em_dash_is_right_spaced_or_not() -> None:
    assert _findings("服务标识应符合GB/T 10001.1—2023和GB/T 10001.2 — 2021的规定。") == []


def test_one_number_written_the_same_wrong_way_in_several_places_is_one_habit() -> None:
    """GM/T 0008-2012 written nine times was nine errors, 14 of a draft's 17 one hyphen habit (QA pass 14, A7): the
    same wrong number is one finding at its first place, naming every place (the annotated copy comments on each);
    another number is its own finding, and one written wrong twice in one place only is that place's (此处共 2 处)."""
    doc = conformant_guide()
    first = add_paragraph(doc, "4.1", "服务标识应符合GB/T 10001.1-2023的规定。", anchor=901)
    add_paragraph(doc, "5.1", "投诉标识见GB/T 10001.1-2023。", anchor=902)
    add_paragraph(doc, "6", "评价用标识见GB/T 10001.1-2023，满意度见GB/T 19038-2009。", anchor=903)
    add_paragraph(doc, "5.2", "测评表按GB/T 19038-2009，记录按GB/T 19038-2009。", anchor=904)
    add_paragraph(doc, "5.2", "服务评价按GB/T 20647.9-2006或GB/T 20647.9-2006的附录A。", anchor=905)
    found = of_rule(run_lint(doc), "reference.standard-number")
    assert [f.location for f in found] == ["4.1", "5.2", "5.2"]
    habit, other, here = found
    assert here.message.endswith("（此处共 2 处）") and here.also == ()
    assert habit.message.endswith("（全文共 3 处：4.1、5.1、6）") and habit.anchor == first.anchor
    assert habit.also == (902, 903)
    assert other.message.endswith("（全文共 3 处：5.2（2 处）、6）") and other.also == (903,)  # QA pass 16: 7 in 6 places
