"""False alarms found on round 27's unseen standards (bench/real zc04, a 2025 草案 of a 实景三维
series, and zc05 T/CAMET 04011.1—2018), each rebuilt as a small made-up draft of the same shape
beside a case the rule must still report."""

from __future__ import annotations

from pathlib import Path

from lint_docs import clause_of, conformant_guide, of_rule, typed_docx

from authoring.document import Table
from authoring.docx.read import read_docx
from authoring.lint import run_lint


def test_a_protocol_tables_variable_packet_of_xs_is_no_placeholder() -> None:
    """zc05 表2: a balise telegram's fields are named NID_XUSER, Q_DIR, L_PACKET …, and the packet
    the user-data code selects is written XXXXXX with its explanation beside it."""
    doc = conformant_guide()
    clause_of(doc, "5.2").blocks.append(Table(number="9", title="用户数据包", rows=[
        ["序号", "变量名", "位数", "说明"], ["1", "NID_PACKET", "8", "信息包标识码"], ["2", "Q_DIR", "2", "验证方向"],
        ["3", "L_PACKET", "13", "信息包位数"], ["4", "NID_XUSER", "9", "用户数据包标识码"],
        ["5", "XXXXXX", "", "由 NID_XUSER 确定的信息包"]]))
    assert not of_rule(run_lint(doc), "wording.placeholder")
    clause_of(doc, "5.1").blocks.append(Table(number="11", title="服务指标", rows=[
        ["指标", "限值", "单位"], ["投诉响应时间", "××", "h"]]))
    assert [f.location for f in of_rule(run_lint(doc), "wording.placeholder")] == ["表11"]


COVER = ["实景三维质检大数据支撑库 时空数据规范", "第 7 部分 资源数据", "（草案）", "2025 年 7 月"]
BODY = ["本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "起草单位：", "起草人员：", "1 范围", "本文件规定了资源数据的内容。"]


def test_a_contents_list_that_lost_its_entries_ends_at_the_foreword(tmp_path: Path) -> None:
    """zc04: 目  次 / II / 前 言 — the PDF's text kept only the 目次's page number, so the 前言
    after it is the foreword, not an entry; a 目次 listing 前言 first still lists it."""
    doc = read_docx(typed_docx(tmp_path / "a.docx", [*COVER, "I", "目  次", "II", "前 言", *BODY]))
    assert doc.foreword is not None and doc.foreword.blocks
    assert not [f for f in of_rule(run_lint(doc), "structure.missing-element") if "前言" in f.message]
    listed = [*COVER, "目  次", "前言", "1 范围", "前 言", *BODY]
    doc = read_docx(typed_docx(tmp_path / "b.docx", listed))
    assert doc.foreword is not None and any("起草" in b.text for b in doc.foreword.blocks if hasattr(b, "text"))


def test_a_cover_marked_draft_is_an_early_draft(tmp_path: Path) -> None:
    """zc04's cover says （草案）: an early draft, whose blank 起草单位 is a hint, not a warning; a cover
    with no stage at all is read as a published standard's."""
    doc = read_docx(typed_docx(tmp_path / "a.docx", [*COVER, "前 言", *BODY]))
    assert doc.metadata.stage == "工作组讨论稿"
    assert [f.severity for f in of_rule(run_lint(doc), "wording.placeholder")] == ["info"]
    published = [line for line in COVER if line != "（草案）"] + ["2025-07-01 发布", "2025-10-01 实施"]
    doc = read_docx(typed_docx(tmp_path / "b.docx", [*published, "前 言", *BODY]))
    assert doc.metadata.stage == "发布稿"
    assert [f.severity for f in of_rule(run_lint(doc), "wording.placeholder")] == ["warning"]
