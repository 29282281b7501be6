"""False alarms and misreadings found on round 202's unseen standards (bench/real zzzzzzzt: technical standards of
xueqing/GB-Doc), each rebuilt as a small made-up draft of the same shape beside a case that must stay as it was."""

from __future__ import annotations

from pathlib import Path

from lint_docs import read_typed

HEAD = ["GB/T 19582.3—2008", "基于Modbus协议的工业自动化网络规范 第3部分：Modbus协议在TCP/IP上的实现指南", "目  次",
        "前言", "1 范围", "2 客户机/服务器模型", "3 规范性引用文件", "4 缩略语", "5 背景概要", "5.1 协议描述",
        "6 功能描述", "前言", "GB/T 19582分为三个部分。"]
BODY = ["1 范围", "本部分给出了Modbus协议在TCP/IP上的实现指南。", "2 客户机/服务器模型", "Modbus消息服务提供客户机/服务器通信。",
        "3 规范性引用文件", "下列文件中的条款通过本部分的引用而成为本部分的条款。", "GB/T 19582.1—2008 Modbus应用协议"]


def _numbers(doc) -> list[str]:  # noqa: ANN001
    return [c.number for c in doc.clauses]


def test_a_chapter_title_the_toc_lists_is_read_though_its_number_is_lost(tmp_path: Path) -> None:
    """GB/T 19582.3's scan: "背景概要" above 5.1, its 5 lost (and 4 缩略语 read as "A 缩略语") — chapters 4-7 fell under 3,
    the normative references, and coverage read 576 of 25,883 characters. A title the draft's own 目次 lists as the next
    chapter or the one after it, its first titled subclause straight after it, is that chapter; so is one whose number
    an OCR read as a letter."""
    chapters = ["A 缩略语", "ADU(Application Data Unit)  应用数据单元", "背景概要", "5.1 协议描述",
                "Modbus协议定义了一个简单的协议数据单元。", "6 功能描述", "本章描述Modbus组件结构模型。"]
    doc = read_typed(tmp_path / "a.docx", [*HEAD, *BODY, *chapters])
    assert _numbers(doc) == ["1", "2", "3", "5", "6"]
    assert doc.clauses[3].title == "背景概要"
    chapters = ["3.1 术语", "A 缩略语", "4.1 应用数据单元", "ADU(Application Data Unit)  应用数据单元", "5 背景概要"]
    doc = read_typed(tmp_path / "b.docx", [*HEAD, *BODY, *chapters])
    assert _numbers(doc) == ["1", "2", "3", "4", "5"]


def test_a_listed_title_out_of_its_place_stays_text(tmp_path: Path) -> None:
    """The same words where the 目次 does not put the next chapter (背景概要 after chapter 6; 缩略语 as a line under 5.1), or
    with no subclause of it after them (a table's head cell that repeats chapter 5's title), are no heading."""
    chapters = ["4 缩略语", "ADU  应用数据单元", "5 背景概要", "5.1 协议描述", "缩略语", "Modbus协议定义了一个简单的协议数据单元。",
                "6 功能描述", "背景概要", "本章描述Modbus组件结构模型。"]
    doc = read_typed(tmp_path / "c.docx", [*HEAD, *BODY, *chapters])
    assert _numbers(doc) == ["1", "2", "3", "4", "5", "6"]
    doc = read_typed(tmp_path / "d.docx", [*HEAD, *BODY, "4 缩略语", "表1 缩略语表", "背景概要", "ADU  应用数据单元"])
    assert _numbers(doc) == ["1", "2", "3", "4"]
