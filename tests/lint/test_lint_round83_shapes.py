"""A false alarm and a miss found on round 83's unseen standards (bench/real zzzg11, the T/ZPMA 0002
RFID draft), rebuilt as a small made-up draft of the same shape beside a case the rule must (not) report."""

from __future__ import annotations

from lint_docs import add_paragraph, clause_of, conformant_guide, of_rule

from authoring.document import Reference
from authoring.lint import run_lint


def _bibliography_findings(text: str) -> list:
    doc = conformant_guide()
    doc.bibliography = None
    add_paragraph(doc, "5.1", text)
    return [f for f in of_rule(run_lint(doc), "structure.missing-element") if "9286" in f.message]


def test_a_document_applied_after_a_stray_comma_is_no_informative_citation() -> None:
    """zzzg11 6.3.3.3: 剥离强度测试按照、GB/T 9286规定的方法 applies GB/T 9286 (a normative reference
    chapter 2 lacks, which reference.unlisted-document reports); the stray 、 made it an informative
    citation asking for a bibliography (judged FALSE). A document only pointed to still asks for one."""
    assert _bibliography_findings("射频天线的剥离强度测试按照、GB/T 9286规定的方法进行。") == []
    assert _bibliography_findings("剥离强度测试的背景见GB/T 9286。")


def test_a_dated_citation_of_another_edition_than_the_listed_one_is_reported() -> None:
    """zzzg11: chapter 2 lists GB/T 17626.3-2006 and 6.1.5.4.6 applies GB/T 17626.3-2016 (a miss its
    judge named). The listed edition, or the document undated, is no mismatch."""
    doc = conformant_guide()
    clause_of(doc, "2").blocks.append(Reference(designation="GB/T 17626.3—2006", title="电磁兼容 试验和测量技术 射频电磁场辐射抗扰度试验"))
    add_paragraph(doc, "5.1", "按GB/T 17626.3—2006的规定进行测试，并按GB/T 17626.3中的方法记录。")
    assert of_rule(run_lint(doc), "reference.edition-mismatch") == []
    add_paragraph(doc, "5.2", "在遵循GB/T 17626.3—2016进行测试后，设备仍应正常工作。")
    found = of_rule(run_lint(doc), "reference.edition-mismatch")
    assert [f.location for f in found] == ["5.2"] and "2006" in found[0].message
