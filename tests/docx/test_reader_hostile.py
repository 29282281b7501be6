"""Hostile and broken inputs: each reads correctly or raises one InputError line naming the file."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import reader_builders as rb

from authoring.docx.read import read_docx
from authoring.errors import InputError


def refused(path: Path, *words: str) -> str:
    with pytest.raises(InputError) as info:
        read_docx(path)
    message = str(info.value)
    assert str(path) in message and "\n" not in message
    for word in words:
        assert word in message, message
    return message


def test_missing_file(tmp_path: Path) -> None:
    refused(tmp_path / "nowhere.docx", "不存在")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    path.write_bytes(b"")
    refused(path, "为空")


def test_renamed_pdf(tmp_path: Path) -> None:
    path = tmp_path / "draft.docx"
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n")
    refused(path, "PDF", "不是 Word 文档", "另存为 .docx")


def test_pdf_renamed_doc_is_not_told_it_is_no_docx(tmp_path: Path) -> None:
    """A PDF renamed .doc was refused as 不是 Word .docx, as though a .doc were the mistake (QA pass 9, B9)."""
    path = tmp_path / "旧稿.doc"
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n")
    assert "不是 Word .docx" not in refused(path, "PDF", "不是 Word 文档")


def test_renamed_rtf(tmp_path: Path) -> None:
    path = tmp_path / "draft.docx"
    path.write_bytes(b"{\\rtf1\\ansi hello}")
    refused(path, "RTF", "不是 Word 文档")


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def test_ole_file_with_an_encrypted_package_is_password_protected(tmp_path: Path) -> None:
    path = tmp_path / "draft.docx"
    path.write_bytes(OLE + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 64)
    refused(path, "受密码保护")


def test_other_ole_file_is_not_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "book.docx"
    path.write_bytes(OLE + b"\0" * 504 + "Workbook".encode("utf-16-le") + b"\0" * 64)
    refused(path, "不是 Word 文档")


def test_plain_text_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "draft.docx"
    path.write_text("1 范围\n本文件……", encoding="utf-8")
    refused(path, "zip")


def test_truncated_zip(tmp_path: Path) -> None:
    whole = rb.typed_shape(tmp_path / "whole.docx").read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(whole[: len(whole) // 2])
    refused(path, "截断或损坏")


def test_zip_without_document_part(tmp_path: Path) -> None:
    path = tmp_path / "sheet.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    refused(path, "word/document.xml")


def test_zip_bomb_huge_member(tmp_path: Path) -> None:
    # 300 MB of zeros deflate to about 300 KB: small on disk, huge when inflated.
    path = rb.typed_shape(tmp_path / "bomb.docx")
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("word/media/zeros.bin", "w", force_zip64=True) as handle:
            for _ in range(300):
                handle.write(chunk)
    assert path.stat().st_size < 2 * 1024 * 1024
    refused(path, "zip 炸弹")


def test_zip_bomb_compression_ratio(tmp_path: Path) -> None:
    path = rb.typed_shape(tmp_path / "ratio.docx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/zeros.bin", b"\0" * (20 * 1024 * 1024))
    refused(path, "压缩比")


def test_zip_with_too_many_members(tmp_path: Path) -> None:
    path = rb.typed_shape(tmp_path / "many.docx")
    with zipfile.ZipFile(path, "a") as archive:
        for i in range(2001):
            archive.writestr(f"customXml/item{i}.xml", "<a/>")
    refused(path, "成员")


BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>"""

EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"""


def test_entity_bomb(tmp_path: Path) -> None:
    refused(rb.write_package(tmp_path / "lol.docx", "", document=BOMB), "实体")


def test_external_entity(tmp_path: Path) -> None:
    refused(rb.write_package(tmp_path / "xxe.docx", "", document=EXTERNAL), "实体")


def test_doctype_hidden_behind_a_long_comment(tmp_path: Path) -> None:
    late = EXTERNAL.replace("<!DOCTYPE", "<!--" + "x" * 70000 + "-->\n<!DOCTYPE", 1)
    message = refused(rb.write_package(tmp_path / "late.docx", "", document=late), "DTD")
    assert "passwd" not in message


def test_broken_xml_names_part_and_line(tmp_path: Path) -> None:
    broken = rb.document_xml(rb.para("1　范围")).replace("</w:body>", "\n\n</w:bdy>")
    refused(rb.write_package(tmp_path / "broken.docx", "", document=broken), "word/document.xml", "第 4 行")


def test_ten_thousand_paragraphs(tmp_path: Path) -> None:
    styles = rb.style("1", "heading 1", outline=0)
    body = rb.para("1　范围", "1") + "".join(rb.para(f"第{i}段文字。") for i in range(10000))
    body += rb.para("2　要求", "1") + rb.para("很长的段落" * 20000)
    doc = read_docx(rb.write_package(tmp_path / "long.docx", body, styles))
    assert [c.number for c in doc.clauses] == ["1", "2"]
    assert len(doc.clauses[0].blocks) == 10000
    assert doc.clauses[0].blocks[-1].text == "第9999段文字。"
    assert len(doc.clauses[1].blocks[0].text) == 100000


def test_thirty_deep_nested_tables(tmp_path: Path) -> None:
    inner = rb.para("最里层")
    for depth in range(30):
        inner = f"<w:tbl><w:tr><w:tc>{rb.para(f'第{depth}层')}{inner}</w:tc></w:tr></w:tbl>"
    body = rb.para("1　范围", "1") + inner
    doc = read_docx(rb.write_package(tmp_path / "nested.docx", body, rb.style("1", "heading 1", outline=0)))
    table = doc.clauses[0].blocks[0]
    assert table.type == "table"
    lines = table.rows[0][0].split("\n")
    assert lines[0] == "第29层" and lines[-1] == "最里层" and len(lines) == 31


def test_nothing_is_written(tmp_path: Path) -> None:
    path = rb.typed_shape(tmp_path / "draft.docx")
    before = sorted(p.name for p in tmp_path.iterdir())
    data = path.read_bytes()
    read_docx(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert path.read_bytes() == data
