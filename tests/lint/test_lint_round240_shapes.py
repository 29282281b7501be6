"""False alarms found on round 240's unseen standard (bench/real zzzzzzzzzf: GB/T 19056—2012 汽车行驶记录仪 read from
its PDF's text layer), each rebuilt as a small made-up draft of the same shape beside a case the rule must still
report."""

from __future__ import annotations

from pathlib import Path

from lint_docs import read_typed

from authoring.lint import run_lint

LINES = [
    "前言",
    "本标准按照GB/T 1.1—2009给出的规则起草。",
    "汽车行驶记录仪",
    "1 范围",
    "本标准规定了汽车行驶记录仪的要求和试验方法。",
    "2 规范性引用文件",
    "下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅注日期的版本适用于本文件。",
    "GB/T 19951—2005 道路车辆 静电放电产生的电骚扰试验方法",
    "3 术语和定义",
    "GB/T 19951—2005界定的术语和定义适用于本文件。",
    "4 要求",
    "4.1 一般要求",
    "记录仪应按GB/T 19951—2005进行静电放电试验。",
]


def _rule(doc, rule: str) -> list[str]:
    return [f.excerpt for f in run_lint(doc) if f.rule == rule]


def test_brackets_around_a_value_and_its_tolerance_are_mathematics(tmp_path: Path) -> None:
    """4.1.2: "面板尺寸应符合(188mm±2mm)×(60mm±2mm)的要求" — the brackets group a quantity with its tolerance, as
    mathematics writes them, and were told half-width punctuation in Chinese text (judged FALSE). Brackets around
    Chinese words are still told."""
    doc = read_typed(tmp_path / "a.docx", [*LINES, "4.2 尺寸", "面板尺寸应符合(188mm±2mm)×(60mm±2mm)的要求。"])
    assert _rule(doc, "wording.ascii-punctuation") == []
    doc = read_typed(tmp_path / "b.docx", [*LINES, "4.2 尺寸", "面板尺寸应符合(见附录A中的规定)的要求。"])
    assert _rule(doc, "wording.ascii-punctuation")


def test_a_printouts_fields_shown_as_crosses_are_no_placeholders(tmp_path: Path) -> None:
    """4.4.1.6.2's 示例1, a printout's layout: "机动车号牌分类：××××", "速度状态：××", and "机动车驾驶证号码：" with its 18
    crosses on the next line — each a field's value as the printout shows it, told a placeholder left unfilled (judged
    FALSE). A run of crosses in a sentence is still told."""
    printout = ["4.2 打印输出", "打印数据格式见示例1。", "示例1：打印数据格式示例", "机动车号牌分类：××××",
                "机动车驾驶证号码：", "××××××××××××××××××", "速度状态：××"]
    doc = read_typed(tmp_path / "c.docx", [*LINES, *printout])
    assert _rule(doc, "wording.placeholder") == []
    doc = read_typed(tmp_path / "d.docx", [*LINES, *printout, "4.3 安装", "记录仪由××负责安装。"])
    assert len(_rule(doc, "wording.placeholder")) == 1


def test_a_run_of_crosses_the_text_says_how_to_write_is_no_placeholder(tmp_path: Path) -> None:
    """B.1: the file name "DXXXXXX_XXXX_XXXXXXXX.VDR" and its segments, "b）第二段 XXXXXX，用 6 位数字表示采集数据时记录仪
    的年月日" — each run is a segment the text says how to write, told a placeholder (3 judged FALSE). A run the text does
    not explain is still told."""
    naming = ["4.2 文件命名", "文件命名格式为“DXXXXXX_XXXX_XXXXXXXX.VDR”，具体含义如下：",
              "a）第一段 XXXXXX，用 6 位数字表示采集数据时记录仪的年月日；",
              "b）第二段 XXXX，用 4 位数字表示采集数据时记录仪的时分。"]
    doc = read_typed(tmp_path / "e.docx", [*LINES, *naming])
    assert _rule(doc, "wording.placeholder") == []
    doc = read_typed(tmp_path / "f.docx", [*LINES, *naming, "4.3 存储", "数据存储于XXXXX中。"])
    assert len(_rule(doc, "wording.placeholder")) == 1


def test_a_chapter_past_what_a_broken_contents_list_numbers_is_read(tmp_path: Path) -> None:
    """GB/T 19056's 目次 out of its PDF's text layer: most chapter numbers set apart from their titles, so only 4 and 5
    read as numbered chapters, and chapter 6 (检验规则), one past them, was taken for no chapter: chapters 6-8 fell under
    5.2 as its paragraphs (a hanging paragraph judged FALSE). A 目次 that lists its chapters from 1 on still says where
    they end."""
    contents = ["目次", "1", "范围 ........ 1", "2", "规范性引用文件 ........ 1", "3", "术语和定义 ........ 1",
                "4 要求 ........ 2", "5 试验方法 ........ 3", "检验规则 ........ 4", "6.1", "6.2"]
    body = [*LINES[3:], "5 试验方法", "5.1 静电放电试验", "5.1.1 试验装置", "试验用发生器应符合GB/T 19951—2005的要求。",
            "5.1.2 试验方法", "试验时记录仪处于工作状态。", "6", "检验规则", "6.1", "型式检验",
            "6.1.1", "如有下列情况之一时，应进行型式检验：", "a） 产品新设计试生产时；", "b） 转产或转厂。"]
    doc = read_typed(tmp_path / "g.docx", [*contents, *LINES[:3], *body])
    assert [c.number for c in doc.clauses][-2:] == ["5", "6"]
    assert [f for f in run_lint(doc) if f.rule == "structure.hanging-paragraph"] == []


def test_a_table_cell_naming_an_earlier_clause_is_no_clause(tmp_path: Path) -> None:
    """表5 out of GB/T 19056's PDF, its cells spilled into lines under 6.1.1: a bare "5.2.1.3" (the clause a row's test
    method is in) was read as a clause of chapter 5 again, set under 6.1.1, so 6.1.1's own text was told a hanging
    paragraph (judged FALSE). A bare number of the chapter the text is in is still a clause."""
    body = [*LINES[3:], "5 试验方法", "5.2 试验", "5.2.1 试验项目", "5.2.1.1 静电", "试验按GB/T 19951—2005进行。",
            "5.2.1.2 瞬态", "试验按GB/T 19951—2005进行。", "6 检验规则", "6.1 型式检验", "6.1.1",
            "如有下列情况之一时，应进行型式检验：", "a） 产品新设计试生产时；", "b） 转产或转厂。", "表5 型式检验项目表",
            "静电", "4.1", "5.2.1.3", "√"]
    doc = read_typed(tmp_path / "h.docx", body)
    assert [f for f in run_lint(doc) if f.rule == "structure.hanging-paragraph"] == []
    doc = read_typed(tmp_path / "i.docx", [*body[:-4], "6.1.1.1", "产品新设计试生产时进行。"])
    assert [f.location for f in run_lint(doc) if f.rule == "structure.hanging-paragraph"] == ["6.1.1"]
