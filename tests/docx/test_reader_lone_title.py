"""A draft with no cover whose first paragraph is its name in Word's Title style, then 前言 and the chapters
(QA pass 12, B5): the name is the standard's title; it was read as （无标题） and the built cover printed ××."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from authoring.docx.read import read_docx


def _draft(path: Path, *, title_style: str | None, first: str = "养老机构助浴服务规范") -> Path:
    document = Document()
    first = document.add_paragraph(first)
    if title_style:
        first.style = document.styles[title_style]
    document.add_heading("前言", 1)
    document.add_paragraph("本文件按照GB/T 1.1—2020《标准化工作导则  第1部分：标准化文件的结构和起草规则》的规定起草。")
    document.add_heading("1 范围", 1)
    document.add_paragraph("本文件规定了养老机构助浴服务的基本要求。")
    document.add_heading("2 基本要求", 1)
    document.add_paragraph("助浴人员应经过培训。")
    document.save(str(path))
    return path


def test_a_lone_title_before_the_foreword_is_the_standards_name(tmp_path: Path) -> None:
    doc = read_docx(_draft(tmp_path / "titled.docx", title_style="Title"))
    assert doc.metadata.title_zh == "养老机构助浴服务规范"
    assert not doc.has_cover


def test_a_plain_first_line_is_the_title_unless_it_is_no_name(tmp_path: Path) -> None:
    """An unstyled name alone before the 前言 is the name too (a cover a conversion flattened: rounds 271 and 273's
    drafts were reported as having no title); a stage mark, an attachment's number or a handling mark is not."""
    doc = read_docx(_draft(tmp_path / "plain.docx", title_style=None))
    assert doc.metadata.title_zh == "养老机构助浴服务规范"
    for first in ("征求意见稿", "附件2", "内部资料 注意保存", "本文件供征求意见使用。"):
        doc = read_docx(_draft(tmp_path / "plain.docx", title_style=None, first=first))
        assert doc.metadata.title_zh == "", first
