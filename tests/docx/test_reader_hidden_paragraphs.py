"""A paragraph whose mark is hidden prints nothing, its number included (round 32's zh07: an
empty hidden paragraph on the annex list after 附录B was read as a third annex)."""

from __future__ import annotations

from pathlib import Path

import reader_builders as rb

from authoring.docx.read import read_docx

_HIDDEN = '<w:p><w:pPr><w:pStyle w:val="aff3"/><w:rPr><w:vanish/></w:rPr></w:pPr></w:p>'


def _annexed(path: Path, extra: str) -> Path:
    rb.template_shape(path)
    import zipfile

    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["word/document.xml"].decode("utf-8").replace("<w:sectPr/>", extra + "<w:sectPr/>")
    parts["word/document.xml"] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_an_empty_hidden_paragraph_on_the_annex_list_is_no_annex(tmp_path: Path) -> None:
    plain = read_docx(_annexed(tmp_path / "plain.docx", ""))
    hidden = read_docx(_annexed(tmp_path / "hidden.docx", _HIDDEN))
    assert [a.label for a in plain.annexes] == ["附录A"]
    assert [a.label for a in hidden.annexes] == ["附录A"]
    assert [c.number for a in hidden.annexes for c in a.children] == [c.number for a in plain.annexes for c in a.children]


def test_an_empty_paragraph_that_is_not_hidden_still_opens_an_annex(tmp_path: Path) -> None:
    shown = read_docx(_annexed(tmp_path / "shown.docx", rb.para("", "aff3") + rb.para("另一个附录", "b4")))
    assert [a.label for a in shown.annexes] == ["附录A", "附录B"]


def test_headings_numbered_with_a_trailing_dot_are_clauses(tmp_path: Path) -> None:
    # Round 33's zi07: Heading 1-3 numbered "1." "5.1." "5.1.1." by their list; the body was read as the 前言.
    styles = (rb.style("h1", "heading 1", outline=0, num=(7, 0)) + rb.style("h2", "heading 2", outline=1, num=(7, 1))
              + rb.style("lst", "List Number", num=(8, 0)))
    numbering = (rb.abstract(5, rb.level(0, "decimal", "%1.", style="h1") + rb.level(1, "decimal", "%1.%2.", style="h2"))
                 + rb.abstract(6, rb.level(0, "decimal", "%1.", style="lst")) + rb.num(7, 5) + rb.num(8, 6))
    body = "".join([
        rb.para("前　言", "h1x"), rb.para("本标准按照GB/T 1.1—2009给出的规则起草。"),
        rb.para("动态口令密码检测规范", bold=True),
        rb.para("范围", "h1"), rb.para("本标准规定了动态口令的检测要求。"),
        rb.para("规范性引用文件", "h1"), rb.para("本标准没有规范性引用文件。"),
        rb.para("检测", "h1"), rb.para("总则", "h2"), rb.para("检测包括："),
        rb.para("送检文档审查；", "lst"), rb.para("送检数据审查。", "lst"),
        rb.para("方法", "h2"), rb.para("按附录规定的方法检测。"),
    ])
    doc = read_docx(rb.write_package(tmp_path / "dotted.docx", body, styles + rb.style("h1x", "heading 1", outline=0),
                                     numbering))
    assert [c.number for c in doc.iter_clauses()] == ["1", "2", "3", "3.1", "3.2"]
    assert [c.title for c in doc.clauses] == ["范围", "规范性引用文件", "检测"]
    assert doc.foreword is not None and len(doc.foreword.blocks) == 1
