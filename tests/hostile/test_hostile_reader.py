"""Reader regressions the fuzz test found: odd property values, messages with line breaks."""

from __future__ import annotations

from pathlib import Path

import hostile_docs as hd
import pytest

from authoring.docx.read import read_docx
from authoring.errors import InputError

ODD = ["²", "9" * 5000, "-3", "１", ""]


@pytest.mark.parametrize("value", ODD)
def test_paragraph_outline_level(tmp_path: Path, value: str) -> None:
    body = hd.BODY + f'<w:p><w:pPr><w:outlineLvl w:val="{value}"/></w:pPr><w:r><w:t>文字</w:t></w:r></w:p>'
    read_docx(hd.write(tmp_path / "outline.docx", body=body))


@pytest.mark.parametrize("value", ODD)
def test_run_size(tmp_path: Path, value: str) -> None:
    body = hd.BODY + f'<w:p><w:r><w:rPr><w:sz w:val="{value}"/></w:rPr><w:t>文字</w:t></w:r></w:p>'
    read_docx(hd.write(tmp_path / "size.docx", body=body))


def test_broken_xml_message_is_one_line(tmp_path: Path) -> None:
    members = hd.parts()
    members["word/_rels/document.xml.rels"] = hd.DOC_RELS.replace("styles.xml", "styles\x00.xml").encode()
    with pytest.raises(InputError) as caught:
        read_docx(hd.write(tmp_path / "nul.docx", members))
    message = caught.value.message()
    assert "\n" not in message and "第 3 行" in message


def test_excessive_depth_names_part_and_line(tmp_path: Path) -> None:
    inner = hd.para("最里层")
    for _ in range(300):
        inner = f"<w:sdt><w:sdtContent>{inner}</w:sdtContent></w:sdt>"
    with pytest.raises(InputError) as caught:
        read_docx(hd.write(tmp_path / "deep.docx", body=inner))
    assert "嵌套过深" in caught.value.message() and "word/document.xml 第 2 行" in caught.value.message()
