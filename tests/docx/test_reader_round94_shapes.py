"""Round 94's unseen standard (bench/real zzzr10, the GB/T 18336.5 征求意见稿, whose file goes on after
the standard with its 编制说明), rebuilt as a small made-up draft of the same shape."""

from __future__ import annotations

from pathlib import Path

import reader_builders as rb

from authoring.check import check_file
from authoring.checklist import load_packs
from authoring.docx.read import read_docx

_STANDARD = (
    "养老机构服务规范", "前言", "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
    "1 范围", "本文件规定了养老机构的服务要求。", "2 规范性引用文件", "本文件没有规范性引用文件。",
    "3 术语和定义", "本文件没有需要界定的术语和定义。", "4 服务要求", "养老机构应公布服务项目和收费标准。",
)
_EXPLANATION = (
    "国家标准《养老机构服务规范》（征求意见稿）编制说明", "一、工作简况", "1.1 任务来源",
    "根据国家标准化管理委员会下达的计划，本标准由某中心负责承办，计划号：XXXXXX。", "1.2 主要工作过程",
    "2022年3月，成立编制组，征集意见并开展员工培训和满意度调查，建立创新激励机制。",
)


def test_the_explanation_a_draft_s_file_goes_on_with_is_not_read_as_the_standard(tmp_path: Path) -> None:
    """zzzr10: after the standard's last table the file holds its 编制说明 (一、工作简况, 1.1 任务来源,
    计划号：XXXXXX): its headings were read as clauses 1.1 and 1.3 of the standard, its plan number as an
    unreplaced placeholder and its words as coverage (judged FALSE three times; its reader labelled the
    standard alone). The standard ends where the 编制说明 begins, and the report says so."""
    rb.plain_docx(tmp_path / "d.docx", (*_STANDARD, *_EXPLANATION))
    doc = read_docx(tmp_path / "d.docx")
    assert doc.metadata.explanation_appended
    assert [c.number for c in doc.iter_clauses()] == ["1", "2", "3", "4"]
    result = check_file(tmp_path / "d.docx", load_packs()["excellence-guide"])
    assert "explanation-skipped" in [code for code, _, _ in result.document.notices()]
    assert not [f for f in result.findings if f.rule == "wording.placeholder"]
    statuses = {i.id: i.status for i in result.coverage.items}
    assert statuses["5.4"] == statuses["5.7"] == "missing"
    assert "explanation_appended" not in result.to_json()["document"]


def test_a_title_naming_the_explanation_before_the_body_is_kept(tmp_path: Path) -> None:
    """A 编制说明 named before the body begins (a cover line, the 前言) ends nothing: the standard is read whole."""
    rb.plain_docx(tmp_path / "d.docx", ("国家标准《养老机构服务规范》编制说明（另册）", "《养老机构服务规范》编制说明", *_STANDARD))
    doc = read_docx(tmp_path / "d.docx")
    assert not doc.metadata.explanation_appended
    assert [c.number for c in doc.iter_clauses()] == ["1", "2", "3", "4"]


def test_a_regulation_s_title_printed_twice_is_no_evidence(tmp_path: Path) -> None:
    """zzzr04 (鞍山市劳动争议调解条例) prints its title twice before the passage: the second was read as the
    text's 正文 and its 调解 counted for 5.6.2. The title again before the text begins is the title, not
    text; a sentence naming the regulation in the text still counts."""
    from authoring.coverage.units import document_units

    rb.plain_docx(tmp_path / "r.docx", (
        "某市服务投诉处理条例", "某市服务投诉处理条例", "（2020年5月1日某市人民代表大会常务委员会通过）",
        "第一条　为了规范公共服务，制定本条例。", "第二条　本条例适用于本市行政区域内的公共服务机构。",
        "第三条　公共服务机构应当公布服务项目和办理时限。",
    ))
    doc = read_docx(tmp_path / "r.docx")
    assert doc.metadata.structure == "articles" and doc.body_title == "某市服务投诉处理条例"
    assert not [u for u in document_units(doc) if "投诉处理条例" in u.text]


def test_a_draft_cover_s_patent_request_is_no_title_and_a_part_title_on_one_line_is(tmp_path: Path) -> None:
    """zzzr10's cover: the title on one line with its part (信息技术安全评估准则 第 5 部分：预定义的安全要求包), the
    English title, (征求意见稿), and the request every national draft's cover prints, 在提交反馈意见时，请将您
    知道的相关专利连同支持性文件一并附上。 — the report named that sentence as the standard's title."""
    rb.plain_docx(tmp_path / "d.docx", (
        "ICS 35.030", "CCS L80", "中华人民共和国国家标准", "GB/T 18336.5—202X",
        "信息安全技术 信息技术安全评估准则 第 5 部分：预定义的安全要求包",
        "Information security technology — Evaluation criteria for IT security — Part 5: Pre-defined packages",
        "(征求意见稿)", "在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。",
        "XXXX - XX - XX 发布", "XXXX - XX - XX 实施", "国家市场监督管理总局", "国家标准化管理委员会", "发布",
        "前言", "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "1 范围", "本文件规定了预定义的安全要求包。",
    ))
    doc = read_docx(tmp_path / "d.docx")
    assert doc.metadata.title_zh.replace(" ", "") == "信息安全技术信息技术安全评估准则第5部分：预定义的安全要求包"
