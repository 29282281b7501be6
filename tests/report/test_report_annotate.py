"""The annotated copy: comments on findings, evidence and a summary; the original untouched."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import zipfile
import re
from pathlib import Path

import pytest
from docx import Document

from authoring.check import CheckResult
from authoring.errors import OutputError
from authoring.report import annotate_copy

BODY = [
    "养老机构服务规范",         # 0: summary comment
    "1　范围",                   # 1
    "本文件规定了养老机构的服务要求。",  # 2
    "服务人员应当微笑，建立员工授权机制。",  # 3: finding + evidence 5.2
    "",                          # 4: empty paragraph, finding
]


def _draft(path: Path) -> Path:
    """A small draft: paragraphs 0–4, then a table whose cell paragraph is number 5."""
    doc = Document()
    for text in BODY:
        doc.add_paragraph(text)
    table = doc.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "需求调查表"
    doc.save(path)
    return path


def _comments(path: Path) -> list[str]:
    return [c.text for c in Document(str(path)).comments]


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    return _draft(tmp_path / "draft.docx")


def test_comments_on_findings_evidence_and_summary(draft: Path, tmp_path: Path, result: CheckResult) -> None:
    before = hashlib.sha256(draft.read_bytes()).hexdigest()
    out = tmp_path / "annotated.docx"
    added = annotate_copy(draft, out, result)
    assert hashlib.sha256(draft.read_bytes()).hexdigest() == before
    texts = _comments(out)
    # 2 anchored findings + 2 evidence paragraphs + 1 summary
    assert added == len(texts) == 5
    assert any("指南中使用了要求型助动词" in t and "wording.modal-form" in t for t in texts)
    assert any("条编号不连续" in t for t in texts)
    assert any("覆盖 5.2 员工赋权和参与" in t and "5.2.a" in t for t in texts)
    # 5.3 is partial: its place says so, and is never worded as covering it
    assert any("论及 5.3 顾客需求识别（该条目部分覆盖）" in t for t in texts)
    assert not any(line.startswith("覆盖 5.3") for t in texts for line in t.splitlines())
    summary = next(t for t in texts if "总覆盖率" in t)
    assert "38%" in summary and "5.4 服务补救" in summary and "6.2 服务创新" in summary
    assert "前言缺少专利声明" in summary  # the finding without an anchor lands in the summary
    with zipfile.ZipFile(out) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    assert xml.count("<w:commentRangeStart") == 5



def test_annotating_an_annotated_copy_replaces_the_checks_comments_and_keeps_a_reviewers(
        draft: Path, tmp_path: Path, result: CheckResult) -> None:
    """A secretary fixes the annotated copy and checks it again: the earlier check's comments (a fixed issue among
    them) went on beside the new ones, 131 becoming 262 on a real draft. A reviewer's comment stays."""
    first = tmp_path / "first.docx"
    annotate_copy(draft, first, result)
    document = Document(str(first))
    paragraph = document.paragraphs[2]
    document.add_comment(paragraph.runs, text="范围宜写明适用对象。", author="张三", initials="ZS")
    document.save(str(first))
    second = tmp_path / "second.docx"
    added = annotate_copy(first, second, result)
    comments = list(Document(str(second)).comments)
    assert [c.author for c in comments].count("stdauthor") == added == 5
    assert [c.text for c in comments if c.author == "张三"] == ["范围宜写明适用对象。"]
    with zipfile.ZipFile(second) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    assert xml.count("<w:commentRangeStart") == xml.count("<w:commentReference") == 6

def test_comment_ranges_sit_on_the_right_paragraphs(draft: Path, tmp_path: Path, result: CheckResult) -> None:
    out = tmp_path / "annotated.docx"
    annotate_copy(draft, out, result)
    doc = Document(str(out))
    body = list(doc.element.body.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"))
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    commented = [i for i, p in enumerate(body) if p.find(f"{ns}commentRangeStart") is not None]
    assert commented == [0, 3, 4, 5]
    assert "".join(t.text for t in body[5].iter(f"{ns}t")) == "需求调查表"  # table cell kept its text


def test_english_comments(draft: Path, tmp_path: Path, result: CheckResult, english) -> None:
    out = tmp_path / "annotated.docx"
    annotate_copy(draft, out, result)
    texts = _comments(out)
    assert any("addresses 5.2 Employee empowerment" in t for t in texts)
    assert any("touches 5.3" in t and "(the item is partial)" in t for t in texts)
    assert any("overall coverage 38%" in t for t in texts)
    # English punctuation in English comments (QA: "Employee engagement（methods 5.4.a）")
    lines = [line for t in texts for line in t.split("\n") if line.startswith(("addresses", "touches", "missing items"))]
    assert lines and not [line for line in lines if re.search("[（）：；]", line)], lines
    assert any(re.search(r"\w \(methods \d", t) for t in texts), texts


def test_refuses_to_replace_the_draft(draft: Path, result: CheckResult) -> None:
    before = draft.read_bytes()
    with pytest.raises(OutputError):
        annotate_copy(draft, draft, result, force=True)
    with pytest.raises(OutputError):
        annotate_copy(draft, draft.parent / "." / draft.name, result, force=True)
    assert draft.read_bytes() == before


def test_refuses_an_existing_target_unless_forced(draft: Path, tmp_path: Path, result: CheckResult) -> None:
    out = tmp_path / "exists.docx"
    out.write_bytes(b"keep me")
    with pytest.raises(OutputError):
        annotate_copy(draft, out, result)
    assert out.read_bytes() == b"keep me"
    annotate_copy(draft, out, result, force=True)
    assert len(_comments(out)) == 5


def test_out_of_range_anchors_go_to_the_summary(draft: Path, tmp_path: Path, result: CheckResult) -> None:
    result.findings[0].anchor = 999
    out = tmp_path / "annotated.docx"
    annotate_copy(draft, out, result)
    summary = next(t for t in _comments(out) if "总覆盖率" in t)
    assert "指南中使用了要求型助动词" in summary


def test_draft_text_with_control_characters(draft: Path, tmp_path: Path, result: CheckResult) -> None:
    result.findings[0].message = "含控制字符\x0b的说明"
    out = tmp_path / "annotated.docx"
    annotate_copy(draft, out, result)
    assert any("含控制字符的说明" in t for t in _comments(out))


@pytest.fixture(scope="module")
def fodt_text(tmp_path_factory: pytest.TempPathFactory, result_factory) -> str:  # noqa: ANN001
    """The annotated copy converted by LibreOffice to flat ODF (rendered once per module)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is required under CI")
        pytest.skip("LibreOffice is not installed")
    folder = tmp_path_factory.mktemp("lo")
    out = folder / "annotated.docx"
    annotate_copy(_draft(folder / "draft.docx"), out, result_factory())
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{folder / 'profile'}", "--headless",
         "--convert-to", "fodt", "--outdir", str(folder / "fodt"), str(out)],
        check=True, capture_output=True, timeout=180,
    )
    return (folder / "fodt" / "annotated.fodt").read_text(encoding="utf-8")


@pytest.mark.libreoffice
def test_libreoffice_sees_the_comments(fodt_text: str) -> None:
    assert fodt_text.count("<office:annotation ") + fodt_text.count("<office:annotation>") == 5
    assert "指南中使用了要求型助动词" in fodt_text
    assert "stdauthor" in fodt_text
    assert "总覆盖率" in fodt_text


def test_evidence_in_a_table_is_commented_on_its_row(tmp_path: Path) -> None:
    """QA: six items' comments sat on a table's header cell 类别, one on an empty cell; a row's evidence is
    commented at the row that says it."""
    from lxml import etree

    from authoring.check import check_file
    from authoring.checklist import load_packs
    from tests.docx import reader_builders as rb

    h = rb.style("1", "heading 1", outline=0)
    body = rb.para("前　言", "1") + rb.para("本文件按照GB/T 1.1—2020的规定起草。") + rb.para("1　范围", "1") \
        + rb.para("本文件规定了社区养老服务的要求。") + rb.para("5　服务要求", "1") + rb.para("表1　服务要求") \
        + rb.table([["类别", "要求"], ["场地", "场地应整洁、安全。"],
                    ["投诉处理", "应建立投诉处理制度，对顾客投诉在24小时内响应，并回访顾客满意度。"]])
    draft = rb.write_package(tmp_path / "草案.docx", body, h)
    result = check_file(draft, load_packs()["excellence-guide"])
    copy = tmp_path / "批注.docx"
    annotate_copy(draft, copy, result)
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(copy) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    commented = ["".join(t.text or "" for t in p.iter(w + "t")) for p in root.iter(w + "p")
                 if p.find(f".//{w}commentRangeStart") is not None and any(a.tag == w + "tc" for a in p.iterancestors())]
    assert "投诉处理" in commented, commented
    assert "类别" not in commented and "" not in commented, commented


def test_a_finding_reported_once_for_several_paragraphs_is_commented_on_in_each(tmp_path: Path) -> None:
    """A habit gathered over the text (GB/T 10001.1-2023 written with a hyphen in three clauses) and a finding
    collapsed in one clause (此处共 2 处, two paragraphs) are one line each in the report; in the annotated copy every
    paragraph holding them carries the comment (QA pass 14 found the second and third lines of 6.2.3.2 bare)."""
    from authoring.check import check_file
    from authoring.checklist import load_packs
    from tests.docx.reader_builders import plain_docx

    lines = ["前言", "本文件按照GB/T 1.1—2020给出的规则起草。", "1 范围", "本文件规定了养老机构提供服务的要求。",
             "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义", "本文件没有需要界定的术语和定义。",
             "4 基本要求", "服务标识应符合GB/T 10001.1-2023的规定。", "5 服务提供", "投诉标识见GB/T 10001.1-2023。",
             "6 服务评价", "评价标识见GB/T 10001.1-2023。", "满意度测评见GB/T 19038-2009。", "测评记录见GB/T 19038-2009。"]
    draft = plain_docx(tmp_path / "d.docx", lines)
    result = check_file(draft, load_packs()["excellence-guide"])
    dashes = [f for f in result.findings if f.rule == "reference.standard-number"]
    assert [f.location for f in dashes] == ["4", "6"], dashes
    assert dashes[0].message.endswith("（全文共 3 处：4、5、6）") and dashes[1].message.endswith("（此处共 2 处）")
    out = tmp_path / "annotated.docx"
    annotate_copy(draft, out, result)
    comments = _comments_by_paragraph(out)
    for line, fixed in (("服务标识应符合GB/T 10001.1-2023的规定。", "GB/T 10001.1—2023"),
                        ("投诉标识见GB/T 10001.1-2023。", "GB/T 10001.1—2023"),
                        ("评价标识见GB/T 10001.1-2023。", "GB/T 10001.1—2023"),
                        ("满意度测评见GB/T 19038-2009。", "GB/T 19038—2009"),
                        ("测评记录见GB/T 19038-2009。", "GB/T 19038—2009")):
        assert any(fixed in text for text in comments[line]), line


def _comments_by_paragraph(path: Path) -> dict[str, list[str]]:
    """Each paragraph's text in the annotated copy at ``path``, with the texts of the comments it carries."""
    text_of = {str(c.comment_id): c.text for c in Document(str(path)).comments}
    with zipfile.ZipFile(path) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    return {re.sub(r"<[^>]+>", "", p): [text_of[i] for i in re.findall(r'<w:commentRangeStart w:id="(\d+)"', p)]
            for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)}


def test_a_cover_finding_and_a_places_half_width_marks_are_commented_where_they_stand(tmp_path: Path) -> None:
    """QA pass 15 (A5): the cover line 代替 GB/T 12345-2010 carried no comment though its finding named 封面 first (the
    reader keeps what the cover says, not where), and half-width marks counted for a place (此处共 7 处) were commented
    on in the first of the list's paragraphs only."""
    from authoring.check import check_file
    from authoring.checklist import load_packs
    from tests.docx.reader_builders import plain_docx

    lines = ["ICS 03.080", "中华人民共和国国家标准", "GB/T 12345—2024", "代替 GB/T 12345-2010", "养老机构服务规范",
             "前言", "本文件按照GB/T 1.1—2020给出的规则起草。", "本文件代替GB/T 12345-2010。", "1 范围",
             "本文件规定了养老机构提供服务的要求。", "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义",
             "本文件没有需要界定的术语和定义。", "4 基本要求", "服务标识包括：",
             "a) 导向标识(室内)；", "b) 安全标识(室外)；", "c) 服务标识(公共区域)。"]
    draft = plain_docx(tmp_path / "d.docx", lines)
    result = check_file(draft, load_packs()["excellence-guide"])
    out = tmp_path / "annotated.docx"
    annotate_copy(draft, out, result)
    comments = _comments_by_paragraph(out)
    for line in ("代替 GB/T 12345-2010", "本文件代替GB/T 12345-2010。"):
        assert any("GB/T 12345—2010" in text for text in comments[line]), line
    for line in lines[-3:]:
        assert any("半角标点" in text for text in comments[line]), line
    summary = next(t for texts in comments.values() for t in texts if "总覆盖率" in t)
    assert "GB/T 12345—2010" not in summary, "a cover finding placed on its line is not repeated in the summary"


def test_a_term_entrys_finding_is_commented_on_the_definition_at_fault(tmp_path: Path) -> None:
    """A term entry's findings are anchored at its number line (3.1 on a line of its own), and their comments sat there,
    one paragraph or two above the definition at fault (QA pass 16, A6); so did the other places of a number's habit."""
    from authoring.check import check_file
    from authoring.checklist import load_packs
    from tests.docx.reader_builders import plain_docx

    lines = ["前言", "本文件按照GB/T 1.1—2020给出的规则起草。本文件参照GB/T 10001.1-2023编写。", "1 范围",
             "本文件规定了养老机构提供服务的要求。", "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义",
             "下列术语和定义适用于本文件。", "3.1", "服务质量", "服务满足老年人要求的程度，必须可测量。", "3.2", "服务标识",
             "按GB/T 10001.1-2023设置的标志。", "4 基本要求", "机构应建立服务质量管理制度。"]
    draft = plain_docx(tmp_path / "d.docx", lines)
    result = check_file(draft, load_packs()["excellence-guide"])
    assert {f.anchor for f in result.findings if f.location == "3.1"} == {lines.index("3.1")}
    out = tmp_path / "annotated.docx"
    annotate_copy(draft, out, result)
    comments = _comments_by_paragraph(out)
    assert comments["3.1"] == comments["服务质量"] == comments["3.2"] == comments["服务标识"] == []
    assert any("必须" in text for text in comments["服务满足老年人要求的程度，必须可测量。"])
    assert any("GB/T 10001.1—2023" in text for text in comments["按GB/T 10001.1-2023设置的标志。"])
