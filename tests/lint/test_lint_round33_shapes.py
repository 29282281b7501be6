"""What round 33's unseen drafts (bench/real zi04–zi07, 2014 GM/T 征求意见稿 kept as Word 97 .doc)
showed in the drafting rules, as small made-up drafts of the same shape. (The reader's part of it,
headings numbered "1." by their list, drawing captions and misnumbered subclauses, is tested in
tests/docx.)"""

from __future__ import annotations

from lint_docs import add_paragraph, conformant_guide, of_rule

from authoring.lint import run_lint


def _no_bibliography(text: str):
    doc = conformant_guide()
    doc.bibliography = None
    clause = doc.clauses[5]
    clause.blocks = [b for b in clause.blocks if "GB/T 19001" not in getattr(b, "text", "")]
    add_paragraph(doc, "5.2", text)
    return doc


def test_a_document_applied_as_a_requirement_belongs_in_chapter_2_not_in_a_bibliography() -> None:
    # zi06 6.8.4: 按GB/T 2423.8-1995 "试验方法Ed"进行 — not in chapter 2, and the draft has no 参考文献.
    findings = run_lint(_no_bibliography("跌落试验按GB/T 2423.8—1995规定的方法进行。"))
    assert not [f for f in of_rule(findings, "structure.missing-element") if f.location == "参考文献"]
    found = of_rule(findings, "reference.unlisted-document")
    assert [(f.location, f.message) for f in found] == [
        ("5.2", "文中规范性引用了 GB/T2423.8（按其规定执行），但它未列入规范性引用文件。")]


def test_a_document_cited_for_information_still_asks_for_a_bibliography() -> None:
    findings = run_lint(_no_bibliography("跌落试验的方法可参见GB/T 2423.8—1995。"))
    assert [f.location for f in of_rule(findings, "structure.missing-element")] == ["参考文献"]
    assert of_rule(findings, "reference.unlisted-document") == []
