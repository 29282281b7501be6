"""reference.normative-order (QA pass 10, B4): the normative references listed in the order GB/T 1.1
gives them. Small made-up drafts: the first entry out of order reported once, with the entry it
belongs before; lists in order, and entries the order does not rank, left alone; the edition the
draft follows decides what is held."""

from __future__ import annotations

import pytest

from lint_docs import clause_of, conformant_guide, of_rule, typed_docx, typed_skeleton
from authoring.document import RULES_2000, RULES_2009, RULES_ISO, Reference, StandardDocument
from authoring.i18n import set_lang
from authoring.lint import run_lint


@pytest.fixture(autouse=True)
def _chinese() -> None:
    set_lang("zh")
    yield
    set_lang("zh")


def _with_references(designations: list[str], rules: str | None = None) -> StandardDocument:
    """The conformant guide whose chapter 2 lists ``designations`` in that order (anchors 700 …)."""
    doc = conformant_guide()
    chapter = clause_of(doc, "2")
    chapter.blocks[1:] = [Reference(designation=d, title="某某文件", anchor=700 + i) for i, d in enumerate(designations)]
    if rules is not None:
        doc.metadata.rules = rules
    return doc


def _order(doc: StandardDocument) -> list:
    return of_rule(run_lint(doc), "reference.normative-order")


def test_the_conformant_list_is_in_order() -> None:
    assert not _order(conformant_guide())


def test_the_qa_list_reports_its_first_entry_out_of_order_once() -> None:
    """h.yaml of QA pass 10 listed T/, ISO, GB, GB/T, MZ/T, GB: one finding, at the first GB."""
    doc = _with_references(["T/CNSS 001—2019", "ISO 9001:2015", "GB 2894—2008", "GB/T 35796—2017",
                            "MZ/T 039—2013", "GB 5749—2022"])
    found = _order(doc)
    assert [(f.location, f.anchor, f.severity) for f in found] == [("2", 702, "warning")]
    assert "“GB 2894—2008”" in found[0].message and "“T/CNSS 001—2019”" in found[0].message
    assert "国家标准" in found[0].message and "团体标准" in found[0].message


@pytest.mark.parametrize(("listed", "wrong"), [
    (["GB/T 15624", "GB 2894"], "GB 2894"),                     # national by number, GB or GB/T alike
    (["GB/T 20000.2", "GB/T 20000.1"], "GB/T 20000.1"),         # a part number counts
    (["MZ/T 10", "MZ/T 9"], "MZ/T 9"),                          # industry: the same code by number
    (["MZ/T 2", "JT/T 5"], "JT/T 5"),                           # industry: the code first
    (["T/CNSS 1", "T/CAS 2"], "T/CAS 2"),                       # group: the code first
    (["DB11/T 5", "MZ/T 9"], "MZ/T 9"),                         # industry before local
    (["ISO 9001", "GB/T 19001"], "GB/T 19001"),                 # national before international
    (["ISO/IEC 27001", "ISO 9001"], "ISO 9001"),                # ISO and ISO/IEC by number
    (["IEEE 802.11", "IEC 61508"], "IEC 61508"),                # ISO/IEC before other bodies
    (["IEC 61508", "IEC 60068"], "IEC 60068"),
])
def test_an_entry_out_of_order(listed: list[str], wrong: str) -> None:
    found = _order(_with_references(listed))
    assert len(found) == 1 and f"“{wrong}”" in found[0].message, [f.message for f in found]
    assert found[0].anchor == 700 + listed.index(wrong)


@pytest.mark.parametrize("listed", [
    ["GB 2894", "GB/T 15624", "GB/Z 20986", "JT/T 5", "MZ/T 2", "MZ/T 10", "DB11/T 5", "T/CAS 2", "T/CNSS 1",
     "ISO 9001", "ISO/IEC 27001", "IEC 60068", "IEEE 802.11"],
    ["GB/T 3102（所有部分）", "GB/T 20000.1—2014", "GB/T 20000.2—2009"],
    # ISO and IEC each by number; the summary of the 2020 order does not rank the two bodies
    ["IEC 61508", "ISO 9001"],
    # codes the order does not name (a national metrology rule, occupational health) stay where they stand
    ["JJF 1059.1", "GB 2894", "GBZ 2.1", "GB/T 15624"],
    # an unpublished sibling's number not yet given (fiftieth session: ranked as other literature, judged FALSE)
    ["YD/T AAAA-AAAA", "YD/T BBBB—BBBB", "GB/T XXXXX", "IETF RFC 7484"],
])
def test_a_list_in_order_or_of_entries_the_order_does_not_rank(listed: list[str]) -> None:
    assert not _order(_with_references(listed))


def test_other_literature_comes_last_in_a_2020_draft() -> None:
    doc = _with_references(["GB 2894"])
    clause_of(doc, "2").blocks.insert(1, Reference(designation="", title="某某研究报告", anchor=699))
    assert [f.anchor for f in _order(doc)] == [700]


def test_a_2009_draft_is_held_to_the_order_the_two_editions_share() -> None:
    """GB/T 1.1—2009 6.2.2 orders national, industry, local, 国内有关文件, ISO, IEC, other international
    documents: no group standards, and documents without a number between local and international. So
    a 2009 draft is told of an international standard before a national one, not of where a group
    standard or a document without a number stands; an older edition's list is not checked."""
    assert [f.anchor for f in _order(_with_references(["ISO 9001", "GB/T 19001"], RULES_2009))] == [701]
    assert not _order(_with_references(["T/CAS 1", "GB/T 19001"], RULES_2009))
    doc = _with_references(["GB 2894"], RULES_2009)
    clause_of(doc, "2").blocks.insert(1, Reference(designation="", title="某某研究报告", anchor=699))
    assert not _order(doc)
    assert not _order(_with_references(["ISO 9001", "GB/T 19001"], RULES_2000))
    assert not _order(_with_references(["ISO 9001", "GB/T 19001"], RULES_ISO))


def test_a_typed_draft_read_from_word_is_checked(tmp_path) -> None:  # noqa: ANN001
    from authoring.docx.read import read_docx

    lines = typed_skeleton("养老服务规范", "本文件规定了养老服务的要求。")
    at = lines.index("本文件没有规范性引用文件。")
    lines[at:at + 1] = ["下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。",
                        "T/CNSS 001　养老服务", "GB 2894　安全标志", "MZ/T 039　老年人能力评估"]
    lines += ["4 要求", "服务应符合GB 2894、MZ/T 039和T/CNSS 001。"]
    found = _order(read_docx(typed_docx(tmp_path / "d.docx", lines)))
    assert len(found) == 1 and "“GB 2894”" in found[0].message and "“T/CNSS 001”" in found[0].message


def test_the_message_reads_in_english() -> None:
    set_lang("en")
    found = _order(_with_references(["ISO 9001", "GB/T 19001"]))
    assert "'GB/T 19001' should come before 'ISO 9001'" in found[0].message
