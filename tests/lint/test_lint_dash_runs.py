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
