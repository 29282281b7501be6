"""A policy with an appendix whose sections number from 1 again (zzzzze04: 1 Purpose … 7 Version history, then
"Appendix 1 Student Complaints Procedure" with 1. INTRODUCTION, 2. PROCESS, 2.1 …; QA pass 15, A4): the appendix is a
place of its own, its sections are named after it (Appendix 1 › 2.1), so evidence never shows two places called "1";
the draft written back prints the sections' own numbers and reads the same again."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from authoring.checklist import load_packs
from authoring.coverage import analyse
from authoring.docx.read import read_docx
from authoring.docx.write import write_docx

LINES = [
    ("Title", "Student Complaints Policy"),
    ("Heading 2", "1. Purpose"),
    (None, "The University takes complaints seriously and uses them to improve its services for students."),
    ("Heading 2", "2. Scope"),
    (None, "This policy applies to every student of the University."),
    ("Heading 2", "3. Version history"),
    (None, "Approved by the Academic Council in 2021."),
    ("Heading 2", "Appendix 1 Student Complaints Procedure"),
    ("Heading 2", "1. Introduction"),
    (None, "The following procedures set out the options for students to make a complaint."),
    ("Heading 2", "2. Process"),
    ("Heading 3", "2.1 Stage 1 - Local Resolution"),
    (None, "Complaints are acknowledged within five working days and resolved within 20 working days."),
    ("Heading 3", "Investigation"),
    (None, "An investigating officer prepares a written report on each complaint."),
]


def _draft(path: Path) -> Path:
    document = Document()
    for style, text in LINES:
        document.add_paragraph(text, style=style)
    document.save(str(path))
    return path


def _numbers(doc) -> list[str]:
    return [c.number for c in doc.iter_clauses()]


def test_an_appendix_numbered_from_one_again_is_a_place_of_its_own(tmp_path: Path) -> None:
    doc = read_docx(_draft(tmp_path / "policy.docx"))
    assert [c.number for c in doc.clauses if c.number != "正文"] == [
        "1", "2", "3", "Appendix 1 Student Complaints Procedure"]
    appendix = doc.clauses[-1]
    assert [c.number for c in appendix.walk()][1:] == [
        "Appendix 1 › 1", "Appendix 1 › 2", "Appendix 1 › 2.1", "Appendix 1 › 2.1 › Investigation"]
    assert doc.find_clause("Appendix 1 › 2.1").title == "Stage 1 - Local Resolution"
    # evidence names the appendix's section, never a bare "1" shared with the policy's own
    report = analyse(doc, load_packs()["excellence-guide"], likeness=False)
    places = {e.location for item in report.items for e in item.evidence}
    assert "Appendix 1 › 2.1" in places and not {"1", "2"} & {p for p in places if "Appendix" in p}


def test_the_draft_written_back_prints_the_sections_own_numbers_and_reads_the_same(tmp_path: Path) -> None:
    doc = read_docx(_draft(tmp_path / "policy.docx"))
    out = tmp_path / "back.docx"
    write_docx(doc, out)
    printed = [p.text for p in Document(str(out)).paragraphs]
    assert any(t.startswith("2.1") and "Stage 1" in t for t in printed)
    assert not [t for t in printed if "›" in t]
    assert _numbers(read_docx(out)) == _numbers(doc)


def test_a_chinese_appendix_of_an_outline_text_is_read_and_written_the_same_way(tmp_path: Path) -> None:
    """附件1 after an institution's rules numbered 一、二、: its own 一、（一） are named after it and printed as written."""
    document = Document()
    for style, text in [("Title", "某社区养老服务中心服务管理制度"), ("Heading 1", "一、总则"),
                        (None, "本中心为辖区老年人提供日间照料服务。"), ("Heading 1", "二、服务要求"),
                        (None, "工作人员应经培训合格后上岗。"), ("Heading 1", "附件1 服务流程"),
                        ("Heading 1", "一、接待"), (None, "（一）登记老人基本信息。"), (None, "（二）评估老人服务需求。")]:
        document.add_paragraph(text, style=style)
    document.save(str(tmp_path / "rules.docx"))
    doc = read_docx(tmp_path / "rules.docx")
    appendix = next(c for c in doc.clauses if c.number == "附件1 服务流程")
    assert [c.number for c in appendix.walk()][1:3] == ["附件1 › 一", "附件1 › 一（一）"]
    out = tmp_path / "back.docx"
    write_docx(doc, out)
    assert not [p.text for p in Document(str(out)).paragraphs if "›" in p.text]
    assert _numbers(read_docx(out)) == _numbers(doc)


def test_an_appendix_ends_at_a_heading_above_it(tmp_path: Path) -> None:
    """QA pass 18, A5: a file holding a policy (with its Appendix A) and then a directive (its own Heading 1 title,
    sections from 1): the directive's sections are its own, not the appendix's. A heading beside the appendix's may be
    its subtitle (zzzzze04), and keeps the appendix open."""
    document = Document()
    for style, text in [("Heading 1", "Policy on Service"), ("Heading 2", "1. Purpose"), (None, "Services meet needs."),
                        ("Heading 2", "2. Requirements"), (None, "Departments publish service standards."),
                        ("Heading 2", "Appendix A: Definitions"), (None, "Service: a provision of a final output."),
                        ("Heading 1", "Directive on Service"), ("Heading 2", "1. Effective date"),
                        (None, "This directive takes effect on 1 April 2020."), ("Heading 2", "2. Requirements"),
                        (None, "Managers review client feedback yearly."), ("Heading 2", "Appendix B: Forms"),
                        ("Heading 2", "Forms of the Directive on Service"),
                        ("Heading 3", "1. Request form"), (None, "The form asks for the client's needs.")]:
        document.add_paragraph(text, style=style)
    document.save(str(tmp_path / "two.docx"))
    doc = read_docx(tmp_path / "two.docx")
    numbers = _numbers(doc)
    assert "Directive on Service" in [c.number for c in doc.clauses]
    assert "Directive on Service › 1" not in numbers and "Appendix A › 1" not in numbers
    assert "Appendix B › 1" in numbers and "Forms of the Directive on Service" not in [c.number for c in doc.clauses]


def test_a_numbered_line_closed_by_a_full_stop_in_a_section_is_a_list_item(tmp_path: Path) -> None:
    """QA pass 18, A4 (zf01, a typed copy): "5. Procedure" then "1. Acknowledgement within 3 working days." and
    "4. * Findings and conclusions": items of a list the text typed, no sections 1 and 4 again."""
    document = Document()
    for text in ["Complaints Policy", "1. Policy Statement", "We take complaints seriously.", "2. Procedure",
                 "1. Acknowledgement within 3 working days.", "2. Investigation by the Clinical Supervisor.",
                 "3. Written Response issued within 28 calendar days, including:", "4. * Findings and conclusions",
                 "3. Review", "This policy is reviewed annually."]:
        document.add_paragraph(text)
    document.save(str(tmp_path / "typed.docx"))
    doc = read_docx(tmp_path / "typed.docx")
    assert [c.number for c in doc.clauses if c.number != "正文"] == ["1", "2", "3"]
    assert "Acknowledgement within 3 working days" in doc.find_clause("2").text()
