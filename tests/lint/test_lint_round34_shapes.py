"""What round 34's unseen drafts (bench/real zj04–zj06, 2014 GM/T 征求意见稿 kept as Word 97 .doc)
showed, as a small made-up draft of the same shape."""

from __future__ import annotations

from lint_docs import add_paragraph, conformant_guide, of_rule

from authoring.lint import run_lint


def test_another_standard_s_annex_named_with_its_title_is_not_one_of_ours() -> None:
    # zj06 8.3.5: 通过使用GM/T 0029签名验签服务器技术规范附录A中的接口 — the draft has no annex A of its own there.
    for text in ("检测时通过使用GM/T 0029签名验签服务器技术规范附录B中的接口进行。",
                 "检测时使用GM/T 0029《签名验签服务器技术规范》附录B规定的接口。"):
        doc = conformant_guide()
        add_paragraph(doc, "5.2", text)
        assert of_rule(run_lint(doc), "reference.dangling-object") == [], text


def test_an_annex_of_our_own_that_does_not_exist_is_still_reported() -> None:
    doc = conformant_guide()
    add_paragraph(doc, "5.2", "检测接口应符合GM/T 0029的规定，接口列表见附录B。")
    found = of_rule(run_lint(doc), "reference.dangling-object")
    assert [f.location for f in found] == ["5.2"]
