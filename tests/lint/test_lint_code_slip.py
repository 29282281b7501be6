"""A code slip: the body cites GB 2260—2007 where chapter 2 lists GB/T 2260—2007 (bench/real zzzzzzzzza03, the
SL 651—2014 draft's 6.2.3.2). Two false alarms came of it, judged FALSE blind: the listed document "never cited" and
the cited one "listed nowhere". It is one document with its code miswritten, and that is what is reported."""

from __future__ import annotations

from lint_docs import add_paragraph, clause_of, conformant_guide, of_rule

from authoring.document import Reference
from authoring.lint import run_lint


def _draft(body: str):
    doc = conformant_guide()
    clause_of(doc, "2").blocks.append(Reference(designation="GB/T 2260—2007", title="中华人民共和国行政区划代码"))
    add_paragraph(doc, "5.1", body)
    return run_lint(doc)


def test_a_listed_document_cited_with_its_code_miswritten_is_one_slip_not_two_false_alarms() -> None:
    findings = _draft("前三个字节采用GB 2260—2007规定的行政区划代码。")
    assert [f for f in of_rule(findings, "reference.uncited-normative") if "2260" in f.message] == []
    assert [f for f in of_rule(findings, "reference.unlisted-document") if "2260" in f.message] == []
    assert [f for f in of_rule(findings, "structure.missing-element") if "2260" in f.message] == []
    slips = of_rule(findings, "reference.code-mismatch")
    assert [f.location for f in slips] == ["5.1"]
    assert "GB 2260" in slips[0].message and "GB/T 2260" in slips[0].message


def test_the_listed_code_or_another_number_is_no_slip() -> None:
    findings = _draft("前三个字节采用GB/T 2260—2007规定的行政区划代码。")
    assert of_rule(findings, "reference.code-mismatch") == []
    assert [f for f in of_rule(findings, "reference.uncited-normative") if "2260" in f.message] == []
    # Another number is another document: still cited nowhere in chapter 2, and GB/T 2260 still uncited.
    other = _draft("前三个字节采用GB 2261—2007规定的代码。")
    assert of_rule(other, "reference.code-mismatch") == []
    assert [f for f in of_rule(other, "reference.uncited-normative") if "2260" in f.message]
    assert [f for f in of_rule(other, "reference.unlisted-document") if "2261" in f.message]


def test_a_part_of_an_all_parts_entry_cited_without_its_grade_is_a_slip_too() -> None:
    doc = conformant_guide()
    clause_of(doc, "2").blocks.append(Reference(designation="GB/T 19582（所有部分）", title="基于Modbus协议的工业自动化网络规范"))
    add_paragraph(doc, "5.1", "现场总线的通信应符合GB 19582.1的规定。")
    findings = run_lint(doc)
    assert [f.location for f in of_rule(findings, "reference.code-mismatch")] == ["5.1"]
    assert [f for f in of_rule(findings, "reference.unlisted-document") if "19582" in f.message] == []
    assert [f for f in of_rule(findings, "reference.uncited-normative") if "19582" in f.message] == []
