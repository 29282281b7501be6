"""The notice of the items a likeness decided says what it made of each: 6.3, which readers call
covered wherever a text touches it, is covered by a likeness too, and the notice must not call it
partial (a QA reader saw "判为部分覆盖（4.4、6.3）" above "6.3 … 记为已覆盖"). The JSON report lists
these notices as the other formats do."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import docx

from authoring.check import check_file
from authoring.checklist import load_packs
from authoring.i18n import set_lang
from authoring.report.view import likeness_notice, likeness_notices
from authoring.results import Evidence


def _result(tmp_path: Path):
    document = docx.Document()
    for line in ["某养老机构服务管理制度", "机构应建立员工培训制度，新员工上岗前接受岗前培训。",
                 "机构应对投诉在24小时内响应，并回访老人及家属。"]:
        document.add_paragraph(line)
    document.save(str(tmp_path / "d.docx"))
    return check_file(tmp_path / "d.docx", load_packs()["excellence-guide"])


def _decided_by_likeness(result, statuses: dict[str, str]):
    """``result`` with the items of ``statuses`` given that status on a likeness's evidence alone."""
    place = Evidence(location="正文", excerpt="……", basis="similar")
    items = [dataclasses.replace(i, status=statuses[i.id], evidence=[place]) if i.id in statuses else i
             for i in result.coverage.items]
    return dataclasses.replace(result, coverage=dataclasses.replace(result.coverage, items=items))


def test_an_item_covered_by_likeness_is_not_called_partial(tmp_path: Path) -> None:
    set_lang("zh")
    result = _decided_by_likeness(_result(tmp_path), {"4.4": "partial", "6.3": "covered"})
    notices = likeness_notice(result, option=False)
    partial = next(n for n in notices if "判为部分覆盖" in n)
    covered = next(n for n in notices if "判为已覆盖" in n)
    assert "4.4" in partial and "6.3" not in partial
    assert "6.3" in covered and "4.4" not in covered


def test_the_json_report_lists_the_likeness_notices(tmp_path: Path) -> None:
    set_lang("en")
    try:
        result = _decided_by_likeness(_result(tmp_path), {"4.4": "partial", "6.3": "covered"})
        notices = {n["code"]: n["message"] for n in result.to_json()["document"]["notices"]}
    finally:
        set_lang("zh")
    assert "(4.4)" in notices["likeness-partial"] and "(6.3:" in notices["likeness-covered"]
    assert "--cues-only" in notices["likeness-covered"]  # the last one names the option that turns them off
    assert "likeness-missing" not in notices


def test_the_section_a_text_tells_of_itself_is_named_in_english(tmp_path: Path) -> None:
    """QA pass 16 (A5): an English report said "(引言) touches them" while its item list said introduction."""
    result = _result(tmp_path)
    told = Evidence(location="引言", excerpt="……", basis="similar", cues=["引言"])
    items = [dataclasses.replace(i, status="partial", evidence=[told]) if i.id == "4.1" else i
             for i in result.coverage.items]
    result = dataclasses.replace(result, coverage=dataclasses.replace(result.coverage, items=items))
    set_lang("en")
    try:
        [notice] = [n for n in likeness_notice(result, option=False) if "account of itself" in n]
    finally:
        set_lang("zh")
    assert "(introduction) touches it" in notice and "引言" not in notice


def test_each_notice_has_its_own_code_in_json(tmp_path: Path) -> None:
    """QA pass 17 (A8): a likeness to other texts and the draft's own 引言 were two notices under one code
    (likeness-partial); a machine reader keyed by code lost one of them."""
    result = _decided_by_likeness(_result(tmp_path), {"4.4": "partial"})
    told = Evidence(location="引言", excerpt="……", basis="similar", cues=["引言"])
    items = [dataclasses.replace(i, status="partial", evidence=[told]) if i.id == "4.1" else i
             for i in result.coverage.items]
    result = dataclasses.replace(result, coverage=dataclasses.replace(result.coverage, items=items))
    codes = [n["code"] for n in result.to_json()["document"]["notices"]]
    assert len(codes) == len(set(codes))
    notices = {n["code"]: n["message"] for n in result.to_json()["document"]["notices"]}
    assert "4.4" in notices["likeness-partial"] and "4.1" not in notices["likeness-partial"]
    assert "4.1" in notices["opening-partial"] and "引言" in notices["opening-partial"]


def test_an_item_judged_from_its_sub_items_names_them_where_it_has_no_place(tmp_path: Path) -> None:
    """QA pass 19, A8: 5.6 partial, judged from 5.6.1 and 5.6.2 that a likeness made partial, was printed with no place
    after it. It names them, in the terminal, Markdown and HTML reports."""
    from authoring.report import render_markdown, render_text

    result = _decided_by_likeness(_result(tmp_path), {"5.6.1": "partial", "5.6.2": "partial"})
    items = [dataclasses.replace(i, status="partial", evidence=[]) if i.id == "5.6" else i
             for i in result.coverage.items]
    result = dataclasses.replace(result, coverage=dataclasses.replace(result.coverage, items=items))
    set_lang("zh")
    line = next(x for x in render_text(result).splitlines() if x.strip().startswith("5.6 "))
    assert line.rstrip().endswith("（见 5.6.1、5.6.2）"), line
    assert "| 见 5.6.1、5.6.2 |" in next(x for x in render_markdown(result).splitlines() if x.startswith("| 5.6 "))
    set_lang("en")
    try:
        line = next(x for x in render_text(result).splitlines() if x.strip().startswith("5.6 "))
    finally:
        set_lang("zh")
    assert line.rstrip().endswith("(see 5.6.1, 5.6.2)"), line


def test_an_item_a_checklist_rule_covered_is_said_so_not_credited_to_a_likeness(tmp_path: Path) -> None:
    """Round 208's session: 4.4 partial by a likeness and then covered because measured quantities run through a
    technical standard was announced as "按相近的表述判为已覆盖（4.4：读者凡触及即记为覆盖的条目）", which is not why."""
    set_lang("zh")
    result = _decided_by_likeness(_result(tmp_path), {"4.4": "covered", "6.3": "covered", "6.4": "covered",
                                                      "7.5": "covered"})
    rules = {"4.4": "spread", "6.4": "named", "7.5": "titled"}
    items = [dataclasses.replace(i, rule=rules[i.id]) if i.id in rules else i for i in result.coverage.items]
    result = dataclasses.replace(result, coverage=dataclasses.replace(result.coverage, items=items))
    notices = dict(likeness_notices(result))
    assert "4.4" not in notices["likeness-covered"] and "6.4" not in notices["likeness-covered"]
    assert "（4.4）" in notices["spread-covered"] and "计量数值" in notices["spread-covered"]
    assert "6.4" in notices["named-covered"] and "服务等级协议" in notices["named-covered"]
    assert "（7.5）" in notices["titled-covered"] and "污染物排放标准" in notices["titled-covered"]
    assert "7.5" not in notices["likeness-covered"] + notices["named-covered"]
    # --cues-only turns the learned signals off, not the checklist's rules: it is named after the last learned notice
    assert "--cues-only" in notices["likeness-covered"]
    assert "--cues-only" not in notices["spread-covered"] + notices["named-covered"] + notices["titled-covered"]
    rows = {i["id"]: i for i in result.to_json()["coverage"]["items"]}
    assert rows["4.4"]["rule"] == "spread" and rows["6.4"]["rule"] == "named" and "rule" not in rows["6.3"]
