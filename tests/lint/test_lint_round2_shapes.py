"""Rules on further shapes of real drafts (bench/real round 2): a city-level local standard's
own number in its running head, a cited number broken over two lines, and X standing for a
position in a format (masked values, code layouts, names assembled with +) rather than for
text still to come. Each case is a small made-up draft of the shape found in a real one."""

from __future__ import annotations

from lint_docs import add_paragraph, clause_of, conformant_guide, of_rule
from authoring.document import Kind, Paragraph, Table
from authoring.lint import run_lint
from authoring.lint.patterns import designations


def test_city_level_local_numbers_are_read_whole() -> None:
    assert [d.key for d in designations("DB2101/T 0079—2023 与 DB11/T 1234—2020")] == ["DB2101/T0079", "DB11/T1234"]


def test_the_drafts_own_city_level_number_is_no_informative_citation() -> None:
    doc = conformant_guide()
    doc.metadata.kind, doc.metadata.code, doc.metadata.number, doc.metadata.year = Kind.LOCAL, "DB2101", "0079", "2023"
    prefix = doc.metadata.prefix()
    doc.bibliography = None
    for clause in (c for top in doc.clauses for c in top.walk()):  # nothing else cited informatively
        clause.blocks = [b for b in clause.blocks if "19001" not in getattr(b, "text", "")]
    assert not [f for f in of_rule(run_lint(doc), "structure.missing-element") if "参考文献" in f.location]
    add_paragraph(doc, "5.1", f"{prefix} 0079—2023")  # the running head, read as a line of text
    fired = [f for f in of_rule(run_lint(doc), "structure.missing-element") if "参考文献" in f.location]
    assert not fired, fired
    add_paragraph(doc, "5.2", f"评价方法见{prefix} 0080—2023。")  # another document of the series is one
    fired = [f for f in of_rule(run_lint(doc), "structure.missing-element") if "参考文献" in f.location]
    assert fired


def test_a_number_broken_over_two_lines_is_still_cited() -> None:
    doc = conformant_guide()
    for clause in (c for top in doc.clauses for c in top.walk() if top.number != "2"):
        clause.blocks = [b for b in clause.blocks if "35796" not in getattr(b, "text", "")]
    fired = of_rule(run_lint(doc), "reference.uncited-normative")
    assert sorted(f.excerpt[:10] for f in fired) == ["GB/T 15624", "GB/T 35796"]
    add_paragraph(doc, "5.1", "服务设施应满足GB/T 15624和GB/T")  # a PDF's line end inside the number
    add_paragraph(doc, "5.1", "35796的相关要求。")
    assert not of_rule(run_lint(doc), "reference.uncited-normative")


def test_x_in_a_format_is_no_placeholder() -> None:
    doc = conformant_guide()
    add_paragraph(doc, "5.1", "x         xxxxxx       xxxxxxxx        xxxx")
    clause_of(doc, "5.2").blocks.append(Table(number="9", title="命名规则", rows=[
        ["对象", "示例"], ["目录", "XXXX 年 XX 市 XX 县（市、区）+项目名称+检测点数据"], ["编码", "5493XXXXXXXXXXXXXXX"]]))
    assert not of_rule(run_lint(doc), "wording.placeholder")
    add_paragraph(doc, "5.1", "本文件由XXX负责解释。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.placeholder")] == ["5.1"]


def test_open_bytes_in_a_message_example_are_no_placeholder() -> None:
    """GB/T 29871—2013 (bench/real round 12): a Modbus message example leaves its exception code
    and CRC open (01 83 XX XXXX). A cell of ×× among other values (an indicator still to be set)
    is still a placeholder."""
    doc = conformant_guide()
    clause_of(doc, "5.2").blocks.append(Table(number="9", title="错误应答", rows=[
        ["地址", "功能码", "异常码", "CRC"], ["01", "83", "XX", "XXXX"]]))
    clause_of(doc, "5.2").blocks.append(Table(number="10", title="正常应答", rows=[
        ["地址", "功能码", "字节数", "数据1高位", "数据1低位", "CRC"], ["01", "03", "06", "41", "OD", "xxXX"]]))
    assert not of_rule(run_lint(doc), "wording.placeholder")
    clause_of(doc, "5.1").blocks.append(Table(number="11", title="服务指标", rows=[
        ["指标", "限值", "单位"], ["投诉响应时间", "××", "h"]]))
    assert [f.location for f in of_rule(run_lint(doc), "wording.placeholder")] == ["表11"]


def test_digit_positions_and_a_quoted_example_are_no_placeholder() -> None:
    """GB/T 37149—2018: coordinates recorded as ××.××××××N, X 坐标：××××××××, ±×××.×××, and an
    address example 例如“××南500米”. A draft's own number with a part (GB/T XXXXX.X) still is one."""
    doc = conformant_guide()
    for line in ("a）纬度(B):××.××××××N;", "b）经度(L): ×××.×××××× E。", "X 坐标：××××××××",
                 "高程记录为±×××.×××，单位为米。", "数量性说明仅作为定位参考，例如“××南500米”。",
                 "高程（H）： $ $ .×××，其中“ $ $ ”缺省为正值。"):  # the integer part lost with its LaTeX
        add_paragraph(doc, "5.1", line)
    assert not of_rule(run_lint(doc), "wording.placeholder")
    add_paragraph(doc, "5.2", "本文件代替GB/T XXXXX.X—2015。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.placeholder")] == ["5.2"]


def test_iso_and_iso_iec_numbers_name_one_document_and_a_number_before_本部分_is_the_draft() -> None:
    from authoring.lint.patterns import same_document

    assert same_document("ISO27000", "ISO/IEC27000") and same_document("ISO/IEC27000.1", "ISO27000")
    assert [d.key for d in designations("与ISO/ IEC 20000 本部分要求")] == ["ISO/IEC20000"]
    doc = conformant_guide()
    add_paragraph(doc, "5.1", "组织应识别与ISO/ IEC 20000 本部分要求相对应的不合格。")
    assert not [f for f in of_rule(run_lint(doc), "reference.unlisted-document") if "20000" in f.message]


def test_a_partys_name_before_可以_is_no_方可() -> None:
    from authoring.lint.wording import _hits, _words

    assert [m.group(0) for m in _hits(_words().permission, "服务提供方可以展示自身证据。")] == ["可以"]
    assert [m.group(0) for m in _hits(_words().permission, "经审核合格后方可上岗。")] == ["方可"]


def test_the_same_step_in_the_sub_lists_of_two_modes_is_no_repeat() -> None:
    from authoring.document import ListBlock, ListItem

    step = "观测前设置平面收敛阈值不大于2 cm、高程收敛阈值不大于3 cm；"
    doc = conformant_guide()
    doc_list = ListBlock(items=[
        ListItem(text="采用控制点测量模式时：", anchor=901, children=ListBlock(items=[
            ListItem(text="采用固定值测量；", anchor=902), ListItem(text=step, anchor=903)])),
        ListItem(text="采用地形点测量模式时：", anchor=904, children=ListBlock(items=[
            ListItem(text="采用固定值测量；", anchor=905), ListItem(text=step, anchor=906)])),
    ])
    clause_of(doc, "5.1").blocks.append(doc_list)
    assert not of_rule(run_lint(doc), "content.repeated-block")
    doc_list.items[1].children.items.append(ListItem(text=step, anchor=907))  # twice in one sub-list
    assert [f.anchor for f in of_rule(run_lint(doc), "content.repeated-block")] == [907]


def test_an_rfc_cited_as_ietf_and_its_number_is_cited() -> None:
    """The YD/T 4548 draft lists IETF RFC 7484 and cites it as "IETF 7484 第5章"."""
    from authoring.document import Reference

    doc = conformant_guide()
    clause_of(doc, "2").blocks.append(Reference(designation="IETF RFC 7484", title="发现权威数据存储与访问服务"))
    fired = of_rule(run_lint(doc), "reference.uncited-normative")
    assert [f.excerpt[:13] for f in fired if "7484" in f.excerpt] == ["IETF RFC 7484"]
    add_paragraph(doc, "5.1", "基本URL的定义应遵循IETF 7484 第5章中的要求。")
    assert not [f for f in of_rule(run_lint(doc), "reference.uncited-normative") if "7484" in f.excerpt]
    assert [d.key for d in designations("IETF RFC 3339、RFC 5890 和 IETF 7484")] == ["RFC3339", "RFC5890", "RFC7484"]


def test_a_caption_whose_number_ends_in_a_dot_is_a_caption() -> None:
    """The YD/T 4949 draft captions "图2. 中间数据可见情况下的贡献度评估流程": 引用的图2不存在 was a false alarm."""
    from authoring.docx.read._patterns import caption

    assert caption("图2. 中间数据可见情况下的贡献度评估流程") == ("figure", "2", "中间数据可见情况下的贡献度评估流程", False)
    assert caption("图2中给出了评估流程") is None  # a sentence about the figure
    assert caption("表1. 服务要求") == ("table", "1", "服务要求", False)
