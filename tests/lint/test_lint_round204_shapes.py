"""Misreadings found on round 204's unseen standards (bench/real zzzzzzzv: transport terminals' communication protocols
and a product standard, read from their PDFs), each rebuilt as a small made-up draft of the same shape beside a case
that must stay as it was."""

from __future__ import annotations

from pathlib import Path

from lint_docs import read_typed

HEAD = ["T/JSATL 12—2017", "道路运输车辆主动安全智能防控系统（通讯协议规范）", "目  次", "前言 ........ II",
        "1 范围 ........ 1", "2 规范性引用文件 ........ 1", "3 术语和定义 ........ 1", "4 终端与平台协议基础 ........ 2",
        "5 终端与外设协议基础 ........ 23", "6 终端与外设通讯协议 ........ 27", "前言", "本标准按照GB/T 1.1—2009给出的规则起草。",
        "1 范围", "本标准规定了道路运输车辆主动安全智能防控系统的通讯协议。", "2 规范性引用文件",
        "下列文件对于本文件的应用是必不可少的。", "JT/T 808 道路运输车辆卫星定位系统 终端通讯协议及数据格式", "3 术语和定义",
        "下列术语和定义适用于本文件。", "4 终端与平台协议基础", "4.1 通讯方式", "终端应按JT/T 808的规定与平台通讯。"]


def _numbers(doc) -> list[str]:  # noqa: ANN001
    return [c.number for c in doc.clauses]


def test_a_chapter_titled_otherwise_than_its_toc_entry_is_read_by_its_subclause(tmp_path: Path) -> None:
    """T/JSATL 12's body titles chapter 5 "设备通讯协议" (its number lost) where its 目次 says 终端与外设协议基础; 5.1 适用范围
    follows straight after, so it is chapter 5 (it fell under 4). A line the 目次 contradicts with no subclause after it
    (a table row spilled into lines, GB/T 39274's shape) stays text."""
    doc = read_typed(tmp_path / "a.docx", [*HEAD, "11", "色度", "BYTE", "设备通讯协议", "5.1 适用范围",
                                            "终端与外设部分通讯协议适用于车载终端与外设之间通讯。"])
    assert _numbers(doc) == ["1", "2", "3", "4", "5"]
    doc = read_typed(tmp_path / "b.docx", [*HEAD, "5 高比特编码", "BYTE", "0-255，仅主机拍照时有效"])
    assert _numbers(doc) == ["1", "2", "3", "4"]


def test_a_chapter_whose_numbers_stand_in_a_column_before_its_title_is_read(tmp_path: Path) -> None:
    """T/GDRTA 002's text layer sets "6" and "6.1" on lines of their own above the chapter's title and its first
    subclause's (6 / 6.1 / 终端与外设通讯协议 / 适用范围): the title the 目次 lists as chapter 6 is read as it. A page number
    alone above a line that repeats a chapter's title (a table's head cell) is no such pair."""
    five = ["5 终端与外设协议基础", "5.1 通讯方式", "终端与外设之间采用RS232或RS485通讯。"]
    doc = read_typed(tmp_path / "a.docx", [*HEAD, *five, "6", "6.1", "终端与外设通讯协议", "适用范围",
                                            "终端与外设部分通讯协议适用于车载终端与外设之间通讯。"])
    assert _numbers(doc) == ["1", "2", "3", "4", "5", "6"]
    doc = read_typed(tmp_path / "b.docx", [*HEAD, *five, "6", "表1 外设类型", "终端与外设通讯协议", "外设ID  外设名称"])
    assert _numbers(doc) == ["1", "2", "3", "4", "5"]


def test_an_annex_heading_set_as_its_second_half_then_its_status_then_its_first_is_read(tmp_path: Path) -> None:
    """GB/T 13594—2025's text layer sets annexes B-D as 录 B / (规范性) / 附 / title, so all three were read inside annex
    A. "录 B" above a status line is annex B's heading, the lone 附 after the status no title. A line 录 B with no status
    after it stays text."""
    body = ["5 要求", "制动性能应满足附录A和附录B的规定。", "附录A", "（规范性）", "附着系数利用率", "A.1 测量方法",
            "按下列方法测量。"]
    doc = read_typed(tmp_path / "a.docx", [*HEAD, *body, "录 B", "（规范性）", "附", "在不同附着系数路面上的制动性能",
                                            "B.1 试验方法", "按下列方法试验。"])
    assert [(a.letter, a.title) for a in doc.annexes] == [("A", "附着系数利用率"), ("B", "在不同附着系数路面上的制动性能")]
    doc = read_typed(tmp_path / "b.docx", [*HEAD, *body, "录 B", "在不同附着系数路面上的制动性能"])
    assert [a.letter for a in doc.annexes] == ["A"]


def test_a_group_code_run_into_its_number_keeps_its_letters(tmp_path: Path) -> None:
    """T/JSATL 12's cover as its text layer gave it, T/JSATL12—2017, was read as T/JSATL1 2—2017: the code is as short
    as the number lets it be. A code that is letters and a number spaced apart reads as before."""
    doc = read_typed(tmp_path / "a.docx", ["T/JSATL12—2017", *HEAD[1:]])
    assert (doc.metadata.code, doc.metadata.number, doc.metadata.year) == ("JSATL", "12", "2017")
    doc = read_typed(tmp_path / "b.docx", ["T/CAMET 04011.2—2018", *HEAD[1:]])
    assert (doc.metadata.code, doc.metadata.number) == ("CAMET", "04011.2")


# JT/T 1078's text layer (round 204, read as tune material since): its 目次 sets every number apart from its title and
# out of their order, and its body sets each chapter's and subclause's number on a line of its own (4 / 协议基础 /
# 4. 1 / 协议基本约定), with the dot spaced; chapters 3-10 fell under chapter 2.
SPLIT_TOC = ["JT/T 1078—2016", "道路运输车辆卫星定位系统 视频通信协议", "目", "次", "前言 ........ Ⅲ", "1",
             "范围 ........ 1", "3", "术语和定义、缩略语 ........ 1", "2", "4", "规范性引用文件 ........ 1", "3. 1", "3. 2",
             "4. 1", "协议基本约定 ........ 2", "视频终端与视频平台间协议基础 ........ 2", "5", "6",
             "视频平台间通信协议基础 ........ 21", "视频平台间通信协议流程 ........ 21", "6. 1", "时效口令上报与请求业务类 ........ 21",
             "前", "言", "本标准按照 GB / T 1. 1—2009 给出的规则起草。", "道路运输车辆卫星定位系统", "视频通信协议", "1", "范围",
             "本标准规定了道路运输车辆卫星定位系统中车载视频终端与视频平台间的通信协议。", "2", "规范性引用文件",
             "下列文件对于本文件的应用是必不可少的。", "JT / T 808—2011", "道路运输车辆卫星定位系统", "3", "车载视频终端技术要求",
             "术语和定义、缩略语", "3. 1", "术语和定义", "下列术语和定义适用于本文件。", "3. 1. 1", "码率", "code rate",
             "数据传输时单位时间传送的数据位数。", "3. 2", "缩略语",
             "下列缩略语适用于本文件。", "4", "视频终端与视频平台间协议基础", "4. 1", "协议基本约定",
             "协议的通信方式按照 JT / T 808—2011 中第 4 章的要求。"]


def test_numbers_set_apart_from_their_titles_with_a_spaced_dot_are_read(tmp_path: Path) -> None:
    """``4. 1`` alone above its title is subclause 4.1 so titled; the title above it is chapter 4; a chapter the 目次 lists
    by its title alone (5 / 视频平台间通信协议基础, its text straight after) and one whose number and first subclause's
    number stand above its title (6 / 6. 1 / 视频平台间通信协议流程 / 时效口令上报与请求业务类) are read too."""
    tail = ["5", "视频平台间通信协议基础", "不同视频平台之间的通信方式按照 JT / T 809—2011 中第 4 章的要求。", "6", "6. 1",
            "视频平台间通信协议流程", "时效口令上报与请求业务类", "时效口令每日由企业视频监控平台自动生成并主动上传。",
            "6. 2", "实时音视频业务类", "政府视频监管平台向企业视频监控平台发送实时音视频上传请求。"]
    doc = read_typed(tmp_path / "a.docx", [*SPLIT_TOC, *tail])
    assert [(c.number, c.title) for c in doc.clauses] == [
        ("1", "范围"), ("2", "规范性引用文件"), ("3", "术语和定义、缩略语"), ("4", "视频终端与视频平台间协议基础"),
        ("5", "视频平台间通信协议基础"), ("6", "视频平台间通信协议流程")]
    assert [(c.number, c.title) for c in doc.clauses[2].children] == [("3.1", "术语和定义"), ("3.2", "缩略语")]
    assert [(c.number, c.title) for c in doc.clauses[5].children] == [("6.2", "实时音视频业务类")]


def test_a_number_alone_above_a_table_cell_stays_text(tmp_path: Path) -> None:
    """The same text's byte tables spilled into lines: 5 / 10 (two cells) is no chapter 5 titled 10, and 4. 2 above a
    one-character cell (字) no subclause titled 字."""
    doc = read_typed(tmp_path / "a.docx", [*SPLIT_TOC, "表1 参数", "5", "10", "实时流关键帧间隔", "4. 2", "字",
                                            "终端上传乘客流量数据格式"])
    assert [c.number for c in doc.clauses] == ["1", "2", "3", "4"]
    assert "字" not in [c.title for c in doc.clauses[3].children]
