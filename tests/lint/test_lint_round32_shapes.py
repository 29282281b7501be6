"""What round 32's unseen drafts (bench/real zh04–zh07, 2013 GM/T 征求意见稿 drafted under GB/T
1.1—2009 and kept as Word 97 .doc) showed, as small made-up drafts of the same shape."""

from __future__ import annotations

from lint_docs import clause_of, conformant_guide, of_rule

from authoring.document import RULES_2009, Figure, Paragraph
from authoring.lint import run_lint


def _annex_named_in_the_foreword_only(rules: str | None):
    doc = conformant_guide()
    if rules:
        doc.metadata.rules = rules
    clause_of(doc, "6").blocks[0].text = "养老机构宜开展自我评价，评价结果宜用于改进5.1和5.2所述的服务。"
    doc.foreword.blocks.insert(2, Paragraph(text="本标准的附录A为资料性附录。"))
    return doc


def test_a_2009_draft_may_name_its_annexes_in_the_foreword() -> None:
    # GB/T 1.1—2009: each annex is mentioned "在正文或前言的相关条文中".
    assert of_rule(run_lint(_annex_named_in_the_foreword_only(RULES_2009)), "reference.unreferenced-annex") == []


def test_a_2020_draft_still_names_its_annexes_in_the_body() -> None:
    found = of_rule(run_lint(_annex_named_in_the_foreword_only(None)), "reference.unreferenced-annex")
    assert [f.location for f in found] == ["附录A"]


def _figure_numbered(number: str, citation: str):
    doc = conformant_guide()
    annex = doc.annexes[0]
    annex.blocks[1:1] = [Paragraph(text=citation), Figure(number=number, title="水印信息嵌入模型")]
    return doc


def test_a_figure_cited_by_its_label_as_printed_is_referred_to() -> None:
    doc = _figure_numbered("E.2.1", "水印信息嵌入是指将水印信息嵌入到水印载体中，如图E.2.1 所示：")
    assert of_rule(run_lint(doc), "reference.unreferenced-figure") == []


def test_a_figure_with_an_odd_number_and_no_citation_is_still_reported() -> None:
    doc = _figure_numbered("E.2.1", "水印信息嵌入是指将水印信息嵌入到水印载体中。")
    assert [f.location for f in of_rule(run_lint(doc), "reference.unreferenced-figure")] == ["图E.2.1"]
    doc = _figure_numbered("E.2.1", "见图E.2.10。")  # another number is not this one
    assert [f.location for f in of_rule(run_lint(doc), "reference.unreferenced-figure")] == ["图E.2.1"]
