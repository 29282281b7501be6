"""Reference rules on the shapes of real drafts: 参考文献 entries never cited, GB/T 1.1 in
the 参考文献, term sources listed nowhere."""

from __future__ import annotations

from lint_docs import add_paragraph, clause_of, conformant_guide, of_rule
from authoring.document import Reference
from authoring.lint import run_lint


# -- k. 参考文献 -----------------------------------------------------------------------------


def test_bibliography_entries_never_cited() -> None:
    doc = conformant_guide()
    doc.bibliography.append(Reference(designation="GB/T 24421.1—2009",
                                      title="服务业组织标准化工作指南　第1部分：基本要求", serial=2, anchor=810))
    doc.bibliography.append(Reference(designation="", title="《养老机构管理办法》", serial=3, anchor=811))
    doc.bibliography.append(Reference(designation="GB/T 31112—2014", title="服务评价", serial=4, anchor=812))
    add_paragraph(doc, "6", "评价的组织方式参见参考文献[4]。")
    fired = of_rule(run_lint(doc), "reference.uncited-bibliography")
    assert {(f.anchor, f.severity) for f in fired} == {(810, "info"), (811, "info")}
    add_paragraph(doc, "5.1", "投诉处理宜符合《养老机构管理办法》。")
    assert [f.anchor for f in of_rule(run_lint(doc), "reference.uncited-bibliography")] == [810]


def test_an_entry_with_its_stage_in_brackets_is_cited_by_its_title() -> None:
    """``《……指南》（征求意见稿）`` listed is cited as 《……指南》: the stage is no part of the title."""
    doc = conformant_guide()
    doc.bibliography.append(Reference(designation="", title="《服务标准编写融入卓越服务的指南》（征求意见稿）",
                                      serial=2, anchor=820))
    assert [f.anchor for f in of_rule(run_lint(doc), "reference.uncited-bibliography")] == [820]
    add_paragraph(doc, "6", "评价方法宜符合《服务标准编写融入卓越服务的指南》的规定。")
    assert not of_rule(run_lint(doc), "reference.uncited-bibliography")


def test_gbt_1_1_in_the_bibliography() -> None:
    doc = conformant_guide()
    doc.bibliography.append(Reference(designation="GB/T 1.1—2020",
                                      title="标准化工作导则　第1部分：标准化文件的结构和起草规则", serial=2, anchor=813))
    findings = run_lint(doc)
    listed = of_rule(findings, "reference.drafting-rules-listed")
    assert [(f.location, f.anchor) for f in listed] == [("参考文献", 813)]
    assert not of_rule(findings, "reference.uncited-bibliography")


# -- f. term sources listed nowhere ---------------------------------------------------------


def test_a_term_source_missing_from_the_bibliography_is_reported() -> None:
    doc = conformant_guide()
    clause_of(doc, "3").blocks[2].source = "GB/T 20000.1—2014，5.2"
    assert [f.location for f in of_rule(run_lint(doc), "reference.unlisted-document")] == ["3.2"]
