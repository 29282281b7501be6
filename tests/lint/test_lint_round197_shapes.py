"""False alarms found on round 197's unseen standards (bench/real zzzzzzzo: technical standards of xueqing/GB-Doc read
from their PDFs), each rebuilt as a small made-up draft of the same shape beside a case the rule must still report."""

from __future__ import annotations

from pathlib import Path

from lint_docs import typed_docx

from authoring.docx.read import read_docx
from authoring.lint import run_lint

LINES = [
    "前言",
    "本标准按照GB/T 1.1—2009给出的规则起草。",
    "信息技术 开放系统互连 目录 第4部分：分布式操作规程",
    "1 范围",
    "本标准规定了目录系统代理之间的分布式操作规程。",
    "2 规范性引用文件",
    "下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅注日期的版本适用于本文件。",
    "GB/T 16264.3—2008 信息技术 开放系统互连 目录 第3部分：抽象服务定义",
    "3 术语和定义",
    "GB/T 16264.3—2008界定的术语和定义适用于本文件。",
    "4 分布式操作",
    "4.1 概述",
    "分布式操作按GB/T 16264.3—2008的规定进行。",
]


def _read(path: Path, lines: list[str]):
    return read_docx(typed_docx(path, lines))


def test_a_sentence_citing_a_figure_below_its_caption_is_no_second_caption(tmp_path: Path) -> None:
    """GB/T 16264.4's scan: "图C.1举例说明了在规定分布式保护过程中所使用的模型。该模型标识了……列表操", a sentence a
    PDF's line broke after its first full stop, under the caption 图C.1 分布式保护, was read as the figure's caption
    again, so the figure was "never referred to" (2 judged FALSE, figures 5 and C.1). A figure no sentence names is
    still told."""
    figure = ["4.2 保护模型", "分布式保护的模型如下。", "图1分布式保护",
              "图1举例说明了在规定分布式保护过程中所使用的模型。该模型标识了在一般情况下列表操",
              "作或搜索操作的信息流序列。"]
    doc = _read(tmp_path / "a.docx", [*LINES, *figure])
    assert [(b.number, b.title) for _, b in doc.iter_blocks() if type(b).__name__ == "Figure"] == [("1", "分布式保护")]
    assert [f for f in run_lint(doc) if f.rule == "reference.unreferenced-figure"] == []
    doc = _read(tmp_path / "b.docx", [*LINES, *figure[:3], "该模型标识了在一般情况下列表操作的信息流序列。"])
    assert [f.location for f in run_lint(doc) if f.rule == "reference.unreferenced-figure"] == ["图1"]


def test_an_adoption_a_line_broke_is_the_entrys_own(tmp_path: Path) -> None:
    """GB/T 16264.4's chapter 2: "GB/T 16262.1—2006 ……基本记法规范（ISO/" / "IEC 8824-1:2002，IDT）" — the adopted
    document's number broken onto a line of its own was read as a second entry, "listed but never cited" (2 judged
    FALSE). The next line that opens with a national standard's number is still an entry of its own."""
    refs = ["GB/T 16262.1—2006 信息技术 抽象语法记法一（ASN.1） 第1部分：基本记法规范（ISO/", "IEC 8824-1:2002，IDT）",
            "GB/T 16262.2—2006 信息技术 抽象语法记法一（ASN.1） 第2部分：信息客体规范（ISO/IEC", "8824-2:2002，IDT）"]
    lines = [*LINES[:8], *refs, *LINES[8:], "4.2 记法", "数据类型按GB/T 16262.1—2006和GB/T 16262.2—2006定义。"]
    doc = _read(tmp_path / "c.docx", lines)
    normref = next(c for c in doc.clauses if c.number == "2")
    entries = [b.designation for b in normref.blocks if type(b).__name__ == "Reference"]
    assert entries == ["GB/T 16264.3—2008", "GB/T 16262.1—2006", "GB/T 16262.2—2006"]
    assert [f for f in run_lint(doc) if f.rule == "reference.uncited-normative"] == []


def test_a_modal_a_line_broke_off_its_word_is_none(tmp_path: Path) -> None:
    """GB/T 19582.2's 前言 read from its PDF: "……在串行链路上实现Modbus应" / "用层协议。" — the 应 of 应用层, left at the end
    of a line, was told a requirement in the foreword (and 应答 in a note of YD/T 1522.3: 2 judged FALSE). A modal verb
    has a verb after it; one in the foreword with its verb is still told."""
    foreword = ["前言", "本标准按照GB/T 1.1—2009给出的规则起草。", "第2部分提供了有助于开发者在串行链路上实现Modbus应",
                "用层协议的信息。"]
    doc = _read(tmp_path / "d.docx", [*foreword, *LINES[2:]])
    assert [f for f in run_lint(doc) if f.rule == "wording.requirement-in-informative"] == []
    doc = _read(tmp_path / "e.docx", [*foreword[:2], "开发者应在串行链路上实现Modbus应用层协议。", *LINES[2:]])
    assert [f.location for f in run_lint(doc) if f.rule == "wording.requirement-in-informative"] == ["前言"]


def test_a_run_of_crosses_the_text_defines_is_no_placeholder(tmp_path: Path) -> None:
    """YD/T 1522.3's tables 15 and 17: a cell "cause=××" under a note saying "“××”是Q.850中定义的原因值" — the crosses
    stand for a value the note names, and were told a placeholder left unfilled (judged FALSE). An undefined ×× is
    still told."""
    table = ["4.2 原因值映射", "原因值按表1映射。", "表1 原因值映射", "Reason头字段：Q.850;cause=××", "注：“××”是Q.850中定义的原因值。"]
    doc = _read(tmp_path / "f.docx", [*LINES, *table])
    assert [f for f in run_lint(doc) if f.rule == "wording.placeholder"] == []
    doc = _read(tmp_path / "g.docx", [*LINES, *table[:4], "注：原因值见Q.850。"])
    assert [f.location for f in run_lint(doc) if f.rule == "wording.placeholder"] == ["4.2"]


def test_a_range_of_figures_whose_tilde_a_scan_read_as_yi(tmp_path: Path) -> None:
    """GB/T 19582.2's A.2 read by OCR: "图A.1一图A.3描述了……" (the ～ of the print read as 一) names figures A.1 to A.3;
    A.2 was "never referred to" (judged FALSE). A figure outside the range is still told."""
    annex = ["附录A", "（资料性附录）", "计数器管理", "A.1 计数器", "图A.1一图A.3描述了计数器计数值增加的条件。",
             "图A.1 计数器管理流程图-1", "图A.2 计数器管理流程图-2", "图A.3 计数器管理流程图-3", "图A.4 计数器管理流程图-4"]
    doc = _read(tmp_path / "h.docx", [*LINES, *annex])
    assert [f.location for f in run_lint(doc) if f.rule == "reference.unreferenced-figure"] == ["图A.4"]


def test_a_chinese_number_paired_with_an_international_one_is_a_citation(tmp_path: Path) -> None:
    """YD/T 1522.2's tables 2 and 4 (round 198): "与INAP的交互 是 Q.1902.4/YD/T 1202-2002" names the ITU-T
    recommendation and its Chinese counterpart together; the slash before YD/T hid the citation, and YD/T 1202 was
    "listed but never cited" (judged FALSE). An entry cited nowhere is still told."""
    refs = ["YD/T 1202—2002 智能网能力集1（CS-1）INAP与No.7信令ISUP配合的技术规范"]
    lines = [*LINES[:8], *refs, *LINES[8:], "4.2 配合", "与INAP的交互按Q.1902.4/YD/T 1202—2002进行。"]
    doc = _read(tmp_path / "i.docx", lines)
    assert [f for f in run_lint(doc) if f.rule == "reference.uncited-normative"] == []
    doc = _read(tmp_path / "j.docx", [*lines[:-1], "与INAP的交互按Q.1902.4进行。"])
    assert [f.excerpt[:14] for f in run_lint(doc) if f.rule == "reference.uncited-normative"] == ["YD/T 1202—2002"]


def test_a_toc_heading_an_ocr_garbled_still_heads_the_toc(tmp_path: Path) -> None:
    """GB/T 39274's scan (round 198): the 目次 heading read "目>  次", so its entries (前言, 1  范围, 2  规范性引用文件)
    were taken for the text's own: an empty 前言 "lacking" its set sentences and a chapter 2 "lacking" its lead-in
    (3 judged FALSE), and the text read as two chapters. The real 前言 and chapters are read now."""
    toc = ["目>  次", "前言", "1  范围", "2  规范性引用文件", "3  术语和定义", "4  分布式操作  2", "GB/T 16264.4—2008"]
    doc = _read(tmp_path / "k.docx", [LINES[2], *toc, *LINES])
    assert doc.has_toc and doc.foreword is not None and doc.foreword.blocks
    assert [c.number for c in doc.clauses] == ["1", "2", "3", "4"]
    assert [f for f in run_lint(doc) if f.rule == "boilerplate.foreword"] == []


def test_a_tables_numbered_rows_are_no_chapters_the_toc_does_not_list(tmp_path: Path) -> None:
    """GB/T 39274's scan (round 198): table 1's rows spilled into lines ("5  4：2：2编码", "6  高比特编码", "7  双向预测编码")
    inside chapter 5; "6 高比特编码" was read as chapter 6, and chapters 5-8 fell apart (their subclauses told as
    chapters of one title, 12 judged FALSE). The 目次 lists chapter 6 as 视频解码器, and no chapter after 6: the rows
    stay rows, the real chapter 6 is read."""
    toc = ["目  次", "前言", "1  范围  1", "2  规范性引用文件  1", "3  术语和定义  1", "4  分布式操作  1", "5  视频编码器  2",
           "6  视频解码器  4"]
    body = ["5 视频编码器", "5.1 测试项", "视频编码器测试项见表1。", "表1 视频编码器测试项", "编号  测试项", "1  监控扩展信息编码",
            "2  ROI编码", "5  4：2：2编码", "6  高比特编码", "7  双向预测编码", "5.2 测试源", "测试源应包括监控场景。",
            "6 视频解码器", "6.1 测试项", "视频解码器测试项见表2。"]
    doc = _read(tmp_path / "l.docx", [LINES[2], *toc, *LINES, *body])
    assert [(c.number, c.title) for c in doc.clauses][4:] == [("5", "视频编码器"), ("6", "视频解码器")]
    assert [c.number for c in doc.clauses[4].children] == ["5.1", "5.2"]


def test_a_chapter_the_toc_prints_with_slips_or_without_its_number_is_still_read(tmp_path: Path) -> None:
    """YD/T 1522.2's scan (round 198): its 目次 lost chapter 7's number ("SIP与BICC/ISUP的互通应用", then 7.1 …) and
    prints titles with an OCR's slips: chapter 7 is still read, as a chapter the 目次 lists by its subclauses."""
    toc = ["目  次", "前言", "1  范围  1", "2  规范性引用文件  1", "3  术语和定义  1", "4  分布式操作  1",
           "5  视频编码器的测试  2", "视频解码器  4", "6.1  测试项  4"]
    body = ["5 视频编码器测试", "5.1 测试项", "视频编码器测试项见表1。", "6 视频解码器", "6.1 测试项", "视频解码器测试项见表2。"]
    doc = _read(tmp_path / "m.docx", [LINES[2], *toc, *LINES, *body])
    assert [(c.number, c.title) for c in doc.clauses][4:] == [("5", "视频编码器测试"), ("6", "视频解码器")]
