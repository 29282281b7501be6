"""The import round-trip bench compares rendered lines fairly: whitespace, character width and the
list marker do not count, the order of the lines does."""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _module():
    spec = importlib.util.spec_from_file_location("import_roundtrip", BENCH / "import_roundtrip.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_lines_are_compared_as_text() -> None:
    rt = _module()
    assert rt._norm("a）独立性：独立于 特定领域；") == rt._norm("a) 独立性:独立于特定领域;")
    assert rt._norm("注1:点图元") == rt._norm("注1：点图元")
    assert rt._norm("    • Digital Talent") == rt._norm("· Digital Talent")
    assert rt._norm("1　范围") == "1范围"


def test_the_share_counts_lines_in_order() -> None:
    rt = _module()
    hit, missing = rt.matched(["1范围", "本文件规定", "2规范性引用文件"], ["封面", "1范围", "2规范性引用文件"])
    assert hit == 2 and missing == ["本文件规定"]
    assert rt.body_lines(["目次", "1范围", "正文"], "1范围") == ["1范围", "正文"]
    assert rt.body_lines(["x", "y"], "nowhere") == ["x", "y"]


def test_a_sentence_joined_from_two_lines_still_counts_but_a_lost_one_does_not() -> None:
    original = ["4.1 要求", "固定计算终端:指具有数据收发及处理能力的设备及其配", "件;", "4.2 其他", "丢失的一行"]
    built = ["4.1 要求", "固定计算终端:指具有数据收发及处理能力的设备及其配件;", "4.2 其他"]
    rt = _module()
    hit, missing = rt.matched(original, built)
    assert (hit, missing) == (4, ["丢失的一行"])
    shuffled = ["4.1 要求", "件;固定计算终端:指具有数据收发及处理能力的设备及其配", "4.2 其他"]
    assert rt.matched(original, shuffled)[0] == 3  # out of order: only one of the two counts


def test_page_furniture_is_not_body_text() -> None:
    rt = _module()
    page = ["GB/T28827", "运维服务能力成熟度"]
    lines = ["表2 信息包", "字段", "长度", "ATS", "2", *page, "表2 信息包(续)", "字段", "长度", "站码", "是", "否",
             *page, "是", "表3（续）", *page, "是", "否", "否", "字段"]
    dropped = rt.furniture(lines)
    assert [lines[k] for k in sorted(dropped)] == [*page, "表2 信息包(续)", "字段", "长度", *page, "表3（续）", *page]
    assert not rt.furniture(["服务机构应建立制度。", "是"] * 3)  # repeated text and cells stay text
    # page numbers beside the head, page after page, are furniture too (the reader leaves them out)
    paged = ["前言", "III", "JR/T0295—2023", "1范围", "正文。", "1", "JR/T0295—2023", "正文。", "2", "JR/T0295—2023", "正文。"]
    assert [paged[k] for k in sorted(rt.furniture(paged))] == ["III", "JR/T0295—2023", "1", "JR/T0295—2023", "2",
                                                              "JR/T0295—2023"]
    assert rt._norm("1. Understand user needs") == rt._norm("1　Understand user needs")
