"""Reading shapes of round 192's unseen T/CAMET standard (bench/real zzzzzzzj02, T/CAMET 04011.2—2018, a converted
copy with no heading styles), rebuilt as small made-up drafts."""

from __future__ import annotations

from pathlib import Path

import docx

from authoring.docx.read import read_docx

_TOC = ["目  次", "前言 …… II", "1 范围 …… 1", "2 规范性引用文件 …… 1", "3 术语和缩略语 …… 2", "4 接口描述 …… 5",
        "5 报文规范 …… 5", "5.1 接口连接方式 …… 5", "6 测试方法 …… 9"]
_BODY = ["前言", "本文件按照GB/T 1.1—2009给出的规则起草。", "城市轨道交通 CBTC互联互通接口规范", "1 范围",
         "本部分规定了车地通信协议。", "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和缩略语", "3.1 缩略语",
         "ZC: 区域控制器 (Zone Controller)", "VOBC: 车载控制器 (Vehicle On-Board Controller)"]
_AFTER = ["本规范对通用性的互联互通接口数据进行定义，可根据工程项目具体情况进行扩展。", "5 报文规范", "5.1 接口连接方式",
          "VOBC 与 ZC 之间采用冗余网络进行通信。", "6 测试方法", "接口应逐项测试。"]


def _typed(path: Path, lines: list[str]) -> Path:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def test_a_chapter_the_contents_list_is_read_whatever_line_follows_it(tmp_path: Path) -> None:
    """``4 接口描述`` followed by ``轨道`` (a page's running head the conversion left) was no chapter — a chapter
    title must be followed by text or its first subclause — and so 5, 6 … (each must count on from the last) fell
    under 3.1 with everything else: 1,526 characters of 40,749 read for coverage. The 目次 lists ``4 接口描述``: a
    chapter. Without a 目次 the line is still no chapter, but the next, followed by its first subclause, is: one
    heading missed no longer loses the rest of the draft. A numbered line two on from the last chapter with no
    subclause after it (a table row spilled into lines) is still no chapter."""
    doc = read_docx(_typed(tmp_path / "a.docx", [*_TOC, *_BODY, "4 接口描述", "轨道", *_AFTER]))
    assert [c.number for c in doc.clauses] == ["1", "2", "3", "4", "5", "6"]
    assert doc.find_clause("5.1") is not None
    doc = read_docx(_typed(tmp_path / "b.docx", [*_BODY, "4 接口描述", "轨道", *_AFTER]))
    assert [c.number for c in doc.clauses] == ["1", "2", "3", "5", "6"]
    assert doc.find_clause("5.1") is not None
    doc = read_docx(_typed(tmp_path / "c.docx", [*_BODY, "4 接口描述", "轨道", "本规范对接口数据进行定义。",
                                                 "5 端点坐标", "双精度型", "3"]))
    assert [c.number for c in doc.clauses] == ["1", "2", "3"]
