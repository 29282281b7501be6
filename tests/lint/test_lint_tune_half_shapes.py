"""False alarms left on the tune half of bench/real (judged FALSE, each in one text), each rebuilt as a small made-up
draft of the same shape beside a case the rule must still report."""

from __future__ import annotations

from pathlib import Path

from lint_docs import add_paragraph, conformant_guide, of_rule, typed_docx, typed_skeleton

from authoring.docx.read import read_docx
from authoring.document import ListBlock
from authoring.lint import run_lint


def test_sub_labels_listed_after_a_tables_number_are_no_chinese_text() -> None:
    """A.8.1.1.1 of a cloud-services standard (zzs10): ``云服务商应填写表 A.14(a)、(b)、(c) 内容：`` names the parts of
    table A.14 as its number sets them (judged FALSE). Words in half-width brackets after Chinese are still reported,
    and so is a lone letter bracketed straight after Chinese."""
    doc = conformant_guide()
    add_paragraph(doc, "5.1", "云服务商应填写表 A.14(a)、(b)、(c) 内容，并按图3(1)和(2)的流程提交。")
    assert of_rule(run_lint(doc), "wording.ascii-punctuation") == []
    add_paragraph(doc, "5.2", "服务机构应公示服务项目(含收费标准)、(投诉电话)。")
    add_paragraph(doc, "6", "云服务商应提供备份服务(a)。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.ascii-punctuation")] == ["5.2", "6"]


def test_a_line_with_no_han_character_holds_no_chinese_text() -> None:
    """D.3.2 of a data-exchange standard (z05): a Java listing's line ``void testTool(）{`` (an OCR made one bracket
    full-width) was reported as half-width punctuation in Chinese text (judged FALSE). A half-width bracket beside
    Chinese words is still reported, and so is one on a line that holds Chinese."""
    doc = conformant_guide()
    add_paragraph(doc, "5.1", "@Test")
    add_paragraph(doc, "5.1", "void testTool(）{")
    add_paragraph(doc, "5.1", "System.out.println(e.getErrorMessage()）；")
    assert of_rule(run_lint(doc), "wording.ascii-punctuation") == []
    add_paragraph(doc, "5.2", "调用testTool(）方法校验数据。")
    add_paragraph(doc, "6", "服务机构(含分支机构)应公示服务项目。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.ascii-punctuation")] == ["5.2", "6"]


def test_an_item_number_after_an_ocrs_two_dots_and_a_formulas_full_width_comma() -> None:
    """6.2.1 of a CBTC test specification (zzzzzzzj01, an OCR copy): ``3)列车零速..4)保持制动已施加`` — 4) is the next
    item's number after the OCR's full stop, not a decimal; B.3.2 of an access-control draft (zh07): ``Ra”=Enk(Keyc，Ra)``
    is a formula whose comma was typed full-width (both judged FALSE). A decimal before a bracket and a bracket
    holding Chinese words are still reported."""
    doc = conformant_guide()
    add_paragraph(doc, "5.1", "验证：1)列车停在指定的停止点。2)开门侧与站台一致。3)列车零速..4)保持制动已施加。")
    add_paragraph(doc, "5.1", "采用SM1算法做加密运算，即Ra”=Enk(Keyc，Ra)。")
    assert of_rule(run_lint(doc), "wording.ascii-punctuation") == []
    add_paragraph(doc, "5.2", "速度不应超过限值1.4)以内。")
    add_paragraph(doc, "6", "应采用加密算法(国密，SM4)。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.ascii-punctuation")] == ["5.2", "6"]


def test_a_list_whose_letters_start_again_is_two_lists() -> None:
    """A.1.2.1 of a packaging standard (j02, a PDF copy): items a)–e) led in by a colon, the last ending in 。, then the
    figure's sub-captions a）互连孔布局, b）隔离孔布局 as paragraphs: read as one list, e) was "an item before the last
    ending in 。" (judged FALSE). An item before the last that ends in 。 is still reported, and a sub-list's 1) under
    an outer item is no new list."""
    doc = conformant_guide()
    for line in ("各类型孔设置如下：", "a) 互连孔宜设置扩展焊盘；", "b) 隔离孔宜采用交错布孔方式；",
                 "c) 含孔的焊盘区域不宜采用打线工艺。", "a）互连孔布局", "b）隔离孔布局"):
        add_paragraph(doc, "5.1", line)
    assert of_rule(run_lint(doc), "wording.list-punctuation") == []
    for line in ("服务机构应：", "a) 公示服务项目。", "b) 配备人员，包括：", "1) 护理员；", "2) 医生；",
                 "c) 建立档案。"):
        add_paragraph(doc, "5.2", line)
    assert [f.location for f in of_rule(run_lint(doc), "wording.list-punctuation")] == ["5.2"]


def test_a_typed_list_whose_letters_start_again_is_read_as_two_lists(tmp_path: Path) -> None:
    """The same shape read from a typed .docx (how the PDF copy reached the checker): the reader made a)–e) and the
    sub-captions one list of seven items. Now two lists, and the list-punctuation finding is gone; a list that runs
    on (d) after c)) is still one list."""
    lines = [*typed_skeleton("智能服务终端技术要求", "本文件规定了智能服务终端的技术要求。"), "4 要求", "4.1 孔",
             "各类型孔设置如下：", "a) 互连孔宜设置扩展焊盘；", "b) 隔离孔宜采用交错布孔方式；",
             "c) 含孔的焊盘区域不宜采用打线工艺。", "a）互连孔布局", "b）隔离孔布局"]
    doc = read_docx(typed_docx(tmp_path / "a.docx", lines))
    lists = [b for b in doc.find_clause("4.1").blocks if isinstance(b, ListBlock)]
    assert [len(b.items) for b in lists] == [3, 2]
    assert of_rule(run_lint(doc), "wording.list-punctuation") == []
    doc = read_docx(typed_docx(tmp_path / "b.docx", [*lines[:-2], "d) 导热孔阵列宜均匀布置。"]))
    lists = [b for b in doc.find_clause("4.1").blocks if isinstance(b, ListBlock)]
    assert [len(b.items) for b in lists] == [4]
    assert [f.location for f in of_rule(run_lint(doc), "wording.list-punctuation")] == ["4.1"]
