"""Annex headings the reader missed or made up in real copies with no heading styles (bench/real i01, JR/T 0326—2024;
n01, GB/T 29871—2013; zzzzzzzf03, T/CAMET 04010.3—2018), found by a scan of the built drafts for annex letters out of
order, rebuilt as small made-up drafts."""

from __future__ import annotations

from pathlib import Path

import docx
from reader_builders import plain_docx

from authoring.docx.read import read_docx

_BODY = ["前言", "本文件按照GB/T 1.1—2020的规定起草。", "区域性股权市场编码规范", "1 范围", "本文件规定了编码规则。",
         "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义", "本文件没有需要界定的术语和定义。", "4 编码规则",
         "企业编码由辖区编码和企业数字编码组成。附录A给出了企业编码参考示例。"]


def test_a_bare_annex_line_followed_by_the_title_the_contents_list_is_an_annex(tmp_path: Path) -> None:
    """JR/T 0326: ``附 录 A`` alone, then ``企业编码参考示例`` (no status line, no A.1): the annex was not read and its
    text stood in chapter 4. The 目次 lists ``附录 A（资料性）企业编码参考示例``: an annex. Without a 目次 entry a bare
    ``附 录 A`` before an unlisted line is still no annex."""
    toc = ["目  次", "前言 …… II", "1 范围 …… 1", "4 编码规则 …… 2", "附录 A（资料性）企业编码参考示例 . .7"]
    tail = ["附 录 A", "企业编码参考示例", "以下是企业编码的参考示例。", "BJ000001F"]
    doc = read_docx(plain_docx(tmp_path / "a.docx", [*toc, *_BODY, *tail]))
    assert [(a.letter, a.title) for a in doc.annexes] == [("A", "企业编码参考示例")]
    doc = read_docx(plain_docx(tmp_path / "b.docx", [*_BODY, *tail]))
    assert doc.annexes == []


def test_an_annex_status_run_into_its_title_is_read(tmp_path: Path) -> None:
    """GB/T 29871: ``附 录 C`` then ``(规范性附录)循环冗余校验(CRC)算法`` (no space after the status): annex C was
    not read, and its text stood in annex B."""
    lines = [*_BODY, "附 录 A", "（规范性附录）", "计量单位代码表", "代码应唯一。", "附 录 B", "(规范性附录)功能码",
             "功能码为一个字节。"]
    doc = read_docx(plain_docx(tmp_path / "a.docx", lines))
    assert [(a.letter, a.normative, a.title) for a in doc.annexes] == [("A", True, "计量单位代码表"),
                                                                     ("B", True, "功能码")]


def test_contents_entries_after_a_running_head_are_no_annex(tmp_path: Path) -> None:
    """T/CAMET 04010.3: a running head an OCR made a heading (``# T/CAMET 04010.3-2018``) between two 目次 entries
    ended the 目次, and its last entry ``附录A（规范性附录） 线路关键元素取值范围 80`` became an annex A before the
    前言 (the body's annex A then a second one)."""
    document = docx.Document()
    for line in ["目  次", "前言 II", "1 范围 1", "5 电子地图元素数据结构 9", "5.11 维护支持子系统（MSS） 64"]:
        document.add_paragraph(line)
    document.add_heading("T/CAMET 04010.3-2018", level=1)
    for line in ["5.12 数据服务单元（DSU） 64", "附录A（规范性附录） 线路关键元素取值范围 80", *_BODY,
                 "附录A", "（规范性附录）", "线路关键元素取值范围", "线路长度的取值范围见表A.1。"]:
        document.add_paragraph(line)
    document.save(str(tmp_path / "a.docx"))
    doc = read_docx(tmp_path / "a.docx")
    assert [(a.letter, a.title) for a in doc.annexes] == [("A", "线路关键元素取值范围")]
    assert doc.foreword is not None and doc.annexes[0].blocks
