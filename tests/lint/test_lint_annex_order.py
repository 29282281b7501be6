"""structure.annex-order (QA pass 10, B5): annexes are lettered in the order the text first cites
them. Small made-up drafts: the first citation out of order reported once, where it stands; the
body's citations before the annexes' own; an annex never cited, another document's annex and an
annex naming itself left out; a 2009 draft counted from its 前言."""

from __future__ import annotations

import pytest

from lint_docs import add_paragraph, clause_of, conformant_guide, of_rule
from authoring.document import RULES_2009, Annex, Paragraph, StandardDocument
from authoring.i18n import set_lang
from authoring.lint import run_lint


@pytest.fixture(autouse=True)
def _chinese() -> None:
    set_lang("zh")
    yield
    set_lang("zh")


def _with_annexes(*letters: str) -> StandardDocument:
    """The conformant guide with annexes A, B … (a line each), none cited yet."""
    doc = conformant_guide()
    doc.annexes = [Annex(letter=x, title=f"评价表{x}", anchor=900 + i, blocks=[Paragraph(text="表格见下。")])
                   for i, x in enumerate(letters)]
    clause_of(doc, "6").blocks[0].text = "养老机构宜开展自我评价。"
    return doc


def _annex_order(doc: StandardDocument) -> list:
    return of_rule(run_lint(doc), "structure.annex-order")


def test_annexes_lettered_in_the_order_they_are_cited() -> None:
    doc = _with_annexes("A", "B")
    add_paragraph(doc, "5.1", "投诉登记表见附录A。", 801)
    add_paragraph(doc, "6", "评价方法见附录B，评价记录见附录A。", 802)
    assert not _annex_order(doc)
    assert not _annex_order(conformant_guide())


def test_annex_b_cited_before_annex_a_is_reported_once_where_b_is_first_cited() -> None:
    doc = _with_annexes("A", "B", "C")
    add_paragraph(doc, "5.1", "投诉登记表见附录B。", 801)
    add_paragraph(doc, "5.2", "测评表见附录C。", 802)
    add_paragraph(doc, "6", "评价方法见附录A。", 803)
    found = _annex_order(doc)
    assert [(f.location, f.anchor, f.severity) for f in found] == [("5.1", 801, "warning")]
    assert "附录B" in found[0].message and "附录A" in found[0].message and "首次提及于6" in found[0].message
    assert "附录B" in found[0].excerpt


def test_the_order_within_one_sentence_counts() -> None:
    doc = _with_annexes("A", "B")
    add_paragraph(doc, "6", "评价方法见附录B和附录A。", 802)
    assert [f.location for f in _annex_order(doc)] == ["6"]
    doc = _with_annexes("A", "B", "C")
    add_paragraph(doc, "6", "评价表见附录A～附录C。", 802)
    assert not _annex_order(doc)


def test_citations_inside_annexes_come_after_the_body() -> None:
    """附录A cites 附录C before the body's text cites 附录B in reading order: the body's citations come
    first, so A, B, C is the order. A 附录B first cited in 附录C, after C was cited, is out of order."""
    doc = _with_annexes("A", "B", "C")
    doc.annexes[0].blocks.append(Paragraph(text="记录的格式见附录C。", anchor=950))
    add_paragraph(doc, "5.1", "投诉登记表见附录A。", 801)
    add_paragraph(doc, "6", "评价方法见附录B。", 802)
    assert not _annex_order(doc)
    doc = _with_annexes("A", "B", "C")
    doc.annexes[0].blocks.append(Paragraph(text="记录的格式见附录C。", anchor=950))
    add_paragraph(doc, "5.1", "投诉登记表见附录A。", 801)
    doc.annexes[2].blocks.append(Paragraph(text="本表与附录B配合使用。", anchor=951))
    assert [(f.location, f.anchor) for f in _annex_order(doc)] == [("附录A", 950)]


def test_an_annex_never_cited_is_left_to_the_unreferenced_rule() -> None:
    doc = _with_annexes("A", "B", "C")
    add_paragraph(doc, "5.1", "投诉登记表见附录A。", 801)
    add_paragraph(doc, "6", "评价方法见附录C。", 802)
    findings = run_lint(doc)
    assert not of_rule(findings, "structure.annex-order")
    assert [f.location for f in of_rule(findings, "reference.unreferenced-annex")] == ["附录B"]


def test_another_documents_annex_and_an_annex_naming_itself_are_no_citations() -> None:
    doc = _with_annexes("A", "B")
    add_paragraph(doc, "5.1", "抽样方法按GB/T 2828.1—2012的附录B。", 801)
    add_paragraph(doc, "5.2", "测评表见附录A。", 802)
    add_paragraph(doc, "6", "评价方法见附录B。", 803)
    doc.annexes[1].blocks.insert(0, Paragraph(text="本附录B给出评价方法，附录A给出测评表。", anchor=951))
    doc.annexes[0].blocks.insert(0, Paragraph(text="附录A的表格按季度填写。", anchor=950))
    assert not _annex_order(doc)


def test_a_2009_draft_counts_from_its_foreword() -> None:
    """GB/T 1.1—2009: 附录的顺序应按在条文（从前言算起）中提及它的先后次序编排; the 前言 that states the
    annexes' nature (附录A为规范性附录……) cites them first. A 2020 draft is lettered by its body."""
    doc = _with_annexes("A", "B")
    add_paragraph(doc, "5.1", "投诉登记表见附录B。", 801)
    add_paragraph(doc, "6", "评价方法见附录A。", 802)
    assert [f.location for f in _annex_order(doc)] == ["5.1"]
    doc.foreword.blocks.append(Paragraph(text="本标准的附录A为规范性附录，附录B为资料性附录。"))
    assert [f.location for f in _annex_order(doc)] == ["5.1"]
    doc.metadata.rules = RULES_2009
    assert not _annex_order(doc)


def test_an_inferred_structure_makes_it_a_hint() -> None:
    doc = _with_annexes("A", "B")
    add_paragraph(doc, "5.1", "投诉登记表见附录B。", 801)
    add_paragraph(doc, "6", "评价方法见附录A。", 802)
    doc.metadata.structure_inferred = True
    assert [f.severity for f in _annex_order(doc)] == ["info"]


def test_the_message_reads_in_english() -> None:
    doc = _with_annexes("A", "B")
    add_paragraph(doc, "5.1", "投诉登记表见附录B。", 801)
    add_paragraph(doc, "6", "评价方法见附录A。", 802)
    set_lang("en")
    message = _annex_order(doc)[0].message
    assert "Annex B" in message and "Annex A" in message and "附录" not in message
