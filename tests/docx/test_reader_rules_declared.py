"""A GB/T 1.1 edition the text does not name is reported as told, not as declared (HJ 589—2021, HJ 9—2022, GB
37822—2019 of bench/real: 本标准 throughout and no edition named, reported plainly as judged by GB/T 1.1—2009)."""

from __future__ import annotations

import json
from pathlib import Path

from reader_builders import plain_docx

from authoring.check import check_file
from authoring.checklist import load_packs
from authoring.report.jsonreport import render_json
from authoring.report.text import render_text

_BODY = ["1 范围", "本标准规定了生态环境档案著录的项目、格式和方法。", "2 规范性引用文件",
         "本标准引用了下列文件或其中的条款。凡是注明日期的引用文件，仅注日期的版本适用于本标准。",
         "DA/T 18 档案著录规则", "3 术语和定义", "下列术语和定义适用于本标准。", "3.1", "著录", "对档案内容和形式特征进行分析、选择和记录的过程。",
         "4 著录项目", "4.1 著录项目包括题名、责任者和日期。", "4.2 著录用汉字应使用规范化的简化汉字。"]
_FOREWORD = ["前言", "为贯彻《中华人民共和国档案法》，规范生态环境档案著录，制定本标准。", "本标准由生态环境部解释。"]


def _check(tmp_path: Path, name: str, foreword: list[str]):
    path = plain_docx(tmp_path / name, ["生态环境档案著录细则", *foreword, *_BODY])
    return check_file(path, load_packs()["excellence-guide"])


def test_an_edition_told_from_the_wording_is_said_to_be_told(tmp_path: Path) -> None:
    result = _check(tmp_path, "told.docx", _FOREWORD)
    assert result.document.rules == "GB/T 1.1—2009"
    assert result.document.rules_declared is False
    assert json.loads(render_json(result))["document"]["rules_declared"] is False
    line = next(x for x in render_text(result).splitlines() if x.startswith("编写规则"))
    assert "未声明" in line and "GB/T 1.1—2009" in line


def test_an_edition_the_text_names_is_declared(tmp_path: Path) -> None:
    result = _check(tmp_path, "named.docx", [*_FOREWORD[:2], "本标准按照GB/T 1.1—2009给出的规则起草。", *_FOREWORD[2:]])
    assert result.document.rules == "GB/T 1.1—2009"
    assert result.document.rules_declared is True
    line = next(x for x in render_text(result).splitlines() if x.startswith("编写规则"))
    assert line == "编写规则: GB/T 1.1—2009"


def test_a_text_with_no_gb_t_rules_declares_none(tmp_path: Path) -> None:
    path = plain_docx(tmp_path / "articles.docx", ["某机构服务规范", "第一条 为规范服务，制定本规范。",
                                                  "第二条 本规范按照GB/T 1.1—2020的规定起草。"])
    result = check_file(path, load_packs()["excellence-guide"])
    assert result.document.rules == "none"
    assert result.document.rules_declared is False


def test_chapter_2_s_set_lead_in_tells_the_edition_of_a_text_that_names_none(tmp_path: Path) -> None:
    """Round 271: a 2000s GA/T standard with no number printed led chapter 2 in with GB/T 1.1—2000's sentence (下列文件
    中的条款通过本标准的引用而成为本标准的条款) and was held to 2009's (judged FALSE twice); a 2021 group standard led it in
    with GB/T 1.1—2020's (……通过文中的规范性引用而构成本文件必不可少的条款) and was held to 2009's for a stray 本标准 (judged
    FALSE). Each set sentence now tells its edition; with neither, 本标准 still tells 2009."""
    def rules(lead_in: str) -> str:
        body = ["1 范围", "本文件规定了信号控制方式的适用条件。", "2 规范性引用文件", lead_in, "GA/T 509 道路交通信号控制机",
                "3 术语和定义", "下列术语和定义适用于本文件。", "3.1", "信号控制", "对交叉口信号灯的控制。",
                "4 一般要求", "4.1 信号控制方式应与交通需求相适应，本标准规定的方式可组合使用。"]
        return _checked(tmp_path, f"{len(lead_in)}.docx", body).document.rules

    assert rules("下列文件中的条款通过本标准的引用而成为本标准的条款。") == "GB/T 1.1—2000"
    assert rules("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。") == "GB/T 1.1—2020"
    assert rules("下列文件对于本标准的应用是必不可少的。") == "GB/T 1.1—2009"


def _checked(tmp_path: Path, name: str, body: list[str]):
    return check_file(plain_docx(tmp_path / name, ["城市道路交通信号控制方式适用规范", *body]), load_packs()["excellence-guide"])
