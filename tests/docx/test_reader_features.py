"""Reader features: tracked changes, content controls, TOC fields, tables, terms, lists, front
matter, 2009-era drafts, anchors, and Word numbering arithmetic."""

from __future__ import annotations

from pathlib import Path

import docx
import reader_builders as rb
from lxml import etree

from authoring.document import Figure, FunctionType, Kind, Metadata
from authoring.docx.read._front import parse_cover
from authoring.docx.read._numbering import Numbering, format_number
from authoring.docx.read._styles import StyleSheet
from authoring.docx.read import paragraphs_in_order, read_docx

H = rb.style("1", "heading 1", outline=0) + rb.style("2", "heading 2", outline=1)


def read(tmp_path: Path, body: str, styles: str = H, numbering: str = "") -> object:
    return read_docx(rb.write_package(tmp_path / "d.docx", body, styles, numbering))


def test_tracked_changes_count_insertions_not_deletions(tmp_path: Path) -> None:
    runs = (rb.run("机构") + f"<w:ins>{rb.run('应')}</w:ins>"
            + '<w:del><w:r><w:delText>宜</w:delText></w:r></w:del>'
            + f"<w:moveFrom>{rb.run('旧位置')}</w:moveFrom>" + f"<w:moveTo>{rb.run('建立制度')}</w:moveTo>")
    doc = read(tmp_path, rb.para("1　范围", "1") + rb.para(runs=runs))
    assert doc.clauses[0].blocks[0].text == "机构应建立制度"


def test_content_controls_are_read_but_placeholders_are_not(tmp_path: Path) -> None:
    block = f"<w:sdt><w:sdtPr/><w:sdtContent>{rb.para('2　要求', '1')}</w:sdtContent></w:sdt>"
    inline = f"<w:sdt><w:sdtPr/><w:sdtContent>{rb.run('控件中的文字')}</w:sdtContent></w:sdt>"
    prompt = f"<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>{rb.run('单击此处输入')}</w:sdtContent></w:sdt>"
    doc = read(tmp_path, rb.para("1　范围", "1") + block + rb.para(runs=rb.run("甲") + inline + prompt))
    assert [c.number for c in doc.clauses] == ["1", "2"]
    assert doc.clauses[1].blocks[0].text == "甲控件中的文字"


def toc_field(entries: list[str]) -> str:
    begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-2" \\h </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
    paras = [rb.para(runs=(begin if i == 0 else "") + rb.run(e + "\t1")) for i, e in enumerate(entries)]
    paras.append(rb.para(runs='<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    return "".join(paras)


def test_toc_field_results_are_not_content(tmp_path: Path) -> None:
    body = (rb.para("目　次", "1") + toc_field(["前言", "1　范围", "2　要求"]) + rb.para("前　言", "1")
            + rb.para("本文件按照GB/T 1.1—2020的规定起草。") + rb.para("1　范围", "1") + rb.para("正文。"))
    doc = read(tmp_path, body)
    assert doc.has_toc
    assert [c.number for c in doc.clauses] == ["1"]
    assert [b.text for b in doc.foreword.blocks] == ["本文件按照GB/T 1.1—2020的规定起草。"]


def test_typed_toc_without_field(tmp_path: Path) -> None:
    body = (rb.para("目次") + rb.para("前言……I") + rb.para("1　范围……1") + rb.para("前言", "1")
            + rb.para("说明。") + rb.para("1　范围", "1"))
    doc = read(tmp_path, body)
    assert doc.has_toc and doc.foreword is not None and [c.number for c in doc.clauses] == ["1"]


def test_a_toc_laid_out_as_a_table_ends_where_the_text_begins(tmp_path: Path) -> None:
    """A 目次 typed as a table (标号 | 标题 | 页号, pages in Roman numerals for the front matter),
    no styles anywhere, as a Markdown copy of a standard converted to Word comes: the 前言 after
    the table is the foreword, not one more line of the 目次 (which swallowed the whole text)."""
    document = docx.Document()
    document.add_paragraph("中华人民共和国国家标准 GB/T 45906.3—2025")
    document.add_paragraph("目次")
    table = document.add_table(rows=0, cols=3)
    for row in (("标号", "标题", "页号"), ("", "前言", "Ⅲ"), ("1", "范围", "1"), ("2", "要求", "1")):
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    for line in ("前言", "本文件按照 GB/T 1.1—2020《标准化工作导则 第 1 部分：标准化文件的结构和起草规则》的规定起草。",
                 "1 范围", "本文件规定了变电站二次系统的通信报文。", "2 要求", "报文应按表1编码。"):
        document.add_paragraph(line)
    document.save(tmp_path / "d.docx")
    doc = read_docx(tmp_path / "d.docx")
    assert doc.has_toc and doc.metadata.structure == "gbt" and doc.metadata.rules.startswith("GB/T 1.1")
    assert doc.foreword is not None and "GB/T 1.1" in doc.foreword.blocks[0].text
    assert [(c.number, c.title) for c in doc.clauses] == [("1", "范围"), ("2", "要求")]


def test_a_toc_typed_as_a_bulleted_list_ends_at_the_foreword(tmp_path: Path) -> None:
    """A 目次 typed as a list (``- 前言``, ``- 1 范围``, no page numbers), as a Markdown copy of a
    standard converted to Word comes: the 前言 it lists first ends it, so the text is read."""
    rb.plain_docx(tmp_path / "d.docx", (
        "GB/T 35273—2020", "目 录", "- 前言", "- 1 范围", "- 2 要求", "---", "前言",
        "本标准按照GB/T 1.1—2009给出的规则起草。", "---", "1 范围", "本标准规定了个人信息处理活动的要求。",
        "2 要求", "2.1 收集", "收集个人信息应征得授权同意。"
    ))
    doc = read_docx(tmp_path / "d.docx")
    assert doc.has_toc and doc.metadata.structure == "gbt" and doc.metadata.rules == "GB/T 1.1—2009"
    assert doc.foreword is not None and "GB/T 1.1" in doc.foreword.blocks[0].text
    assert [(c.number, c.title) for c in doc.iter_clauses()] == [("1", "范围"), ("2", "要求"), ("2.1", "收集")]


def test_a_toc_whose_first_entry_was_garbled_ends_at_the_foreword(tmp_path: Path) -> None:
    """An OCR'd group standard (bench/real round 160) ran its 目次's first two entries together
    (``前言 VⅢ引言 IX``), so the first entry never came round again and the whole text was read as
    the 目次: no 前言, no chapters, rules 未识别. A 目次 lists its 前言 before chapter 1, so a 前言
    after the chapters' entries is the element itself."""
    rb.plain_docx(tmp_path / "d.docx", (
        "T/CAMET 04011.5—2018", "目 次", "前言 VⅢ引言 IX", "1范围", "2规范性引用文件 1", "4 总则 3", "前 言",
        "本部分按照GB/T1.1—2009给出的规则起草。", "引 言", "为促进城市轨道交通互联互通，制定本系列标准。",
        "1范围", "本部分规定了计算机联锁系统间接口。", "2规范性引用文件", "下列文件对于本文件的应用是必不可少的。",
        "4 总则", "接口应采用冗余网络。",
    ))
    doc = read_docx(tmp_path / "d.docx")
    assert doc.has_toc and doc.metadata.rules == "GB/T 1.1—2009"
    assert doc.foreword is not None and "GB/T1.1" in doc.foreword.blocks[0].text
    assert doc.introduction is not None
    assert [(c.number, c.title) for c in doc.iter_clauses()] == [("1", "范围"), ("2", "规范性引用文件"), ("4", "总则")]
    assert doc.clauses[2].blocks[0].text == "接口应采用冗余网络。"


def test_typed_clauses_are_read_when_only_front_lines_are_styled_as_headings(tmp_path: Path) -> None:
    """A Markdown copy converted by pandoc (bench/real zu07): the 目次, the 前言, the body title and
    the 参考文献 are headings, every clause is typed. The chapters after 3 are still chapters, not
    the text of the last term entry."""
    document = docx.Document()
    document.add_heading("目 次", 1)
    document.add_paragraph("1 范围 ......1")
    document.add_heading("前 言", 1)
    document.add_paragraph("本标准按照GB/T 1.1—2009给出的规则起草。")
    document.add_heading("信息安全技术 重要数据识别指南", 1)
    for line in ("1 范围", "本标准给出了识别重要数据的基本原则。", "2 规范性引用文件", "本文件没有规范性引用文件。",
                 "3 术语和定义", "下列术语和定义适用于本文件。", "3.1", "重要数据 key data", "一旦遭到篡改可能危害国家安全的数据。",
                 "4 识别重要数据的基本原则", "识别重要数据，宜遵循以下原则：", "5 重要数据的特征", "5.1 与经济运行相关",
                 "反映经济运行情况的数据。"):
        document.add_paragraph(line)
    document.add_heading("参考文献", 2)
    document.add_paragraph("[1] 《中华人民共和国数据安全法》")
    document.save(tmp_path / "d.docx")
    doc = read_docx(tmp_path / "d.docx")
    assert [c.number for c in doc.iter_clauses()] == ["1", "2", "3", "4", "5", "5.1"]
    assert doc.metadata.structure_inferred


def test_a_typed_toc_after_the_foreword_ends_at_its_next_entry(tmp_path: Path) -> None:
    """A 报批稿 that puts its 前言 before its 目次 (bench/real zv07): the 目次's first entry, 前言,
    never comes round again, so the entry after it (the body title) ends the 目次 when it does."""
    rb.plain_docx(tmp_path / "d.docx", (
        "YD/T xxxx—2021", "前 言", "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "目 次", "前言", "数据安全治理能力评估方法", "1 范围", "2 规范性引用文件", "4 概述", "4.1 评估原则",
        "数据安全治理能力评估方法", "1 范围", "本文件规定了数据安全治理能力评估方法。", "2 规范性引用文件",
        "本文件没有规范性引用文件。", "3 术语和定义", "本文件没有需要界定的术语和定义。", "4 概述",
        "4.1 评估原则", "评估应客观公正。"
    ))
    doc = read_docx(tmp_path / "d.docx")
    assert doc.has_toc and doc.metadata.structure == "gbt" and doc.foreword is not None
    assert [c.number for c in doc.iter_clauses()] == ["1", "2", "3", "4", "4.1"]
    assert doc.clauses[0].blocks[0].text == "本文件规定了数据安全治理能力评估方法。"


def test_no_toc_no_cover_when_absent(tmp_path: Path) -> None:
    doc = read(tmp_path, rb.para("1　范围", "1") + rb.para("正文。"))
    assert not doc.has_toc and not doc.has_cover
    assert doc.foreword is None and doc.introduction is None and doc.bibliography is None


def test_annex_table_with_lettered_lists_in_cells(tmp_path: Path) -> None:
    numbering = rb.abstract(4, rb.level(0, "lowerLetter", "%1)")) + rb.num(5, 4) + rb.num(6, 4, {0: 1})
    cell_a = rb.para("接待", num=(5, 0)) + rb.para("评估", num=(5, 0))
    cell_b = rb.para("记录", num=(6, 0))
    tbl = f"<w:tbl><w:tr><w:tc>{rb.para('阶段')}</w:tc><w:tc>{rb.para('方法')}</w:tc></w:tr>" \
          f"<w:tr><w:tc>{rb.para('入住')}</w:tc><w:tc>{cell_a}</w:tc></w:tr>" \
          f"<w:tr><w:tc>{rb.para('服务')}</w:tc><w:tc>{cell_b}</w:tc></w:tr>" \
          f"<w:tr><w:tc>{rb.para('注：方法可组合使用。')}</w:tc></w:tr></w:tbl>"
    body = (rb.para("1　范围", "1") + rb.para("附录A", "1") + rb.para("（规范性）") + rb.para("方法", bold=True)
            + rb.para("A.1　实施方法", "2") + rb.para("表A.1　实施方法一览") + tbl)
    doc = read(tmp_path, body, numbering=numbering)
    annex = doc.annexes[0]
    assert (annex.letter, annex.normative, annex.title) == ("A", True, "方法")
    table = annex.children[0].blocks[0]
    assert (table.number, table.title) == ("A.1", "实施方法一览")
    assert table.rows == [["阶段", "方法"], ["入住", "a) 接待\nb) 评估"], ["服务", "a) 记录"]]
    assert table.notes == ["方法可组合使用。"]
    assert doc.tables()[0].label == "表A.1"


def test_term_entry_with_note_example_and_source(tmp_path: Path) -> None:
    body = (rb.para("3　术语和定义", "1") + rb.para("下列术语和定义适用于本文件。") + rb.para("3.1", "2")
            + rb.para("卓越服务　excellent service", bold=True) + rb.para("超出顾客期望的服务。")
            + rb.para("注1：卓越服务以顾客为中心。") + rb.para("注2：见第5章。") + rb.para("示例：主动回访。")
            + rb.para("［来源：GB/T 15624—2011，3.2，有修改］") + rb.para("3.2　顾客体验　customer experience", "2")
            + rb.para("顾客的感受。"))
    doc = read(tmp_path, body)
    first, second = doc.terms()
    assert (first.number, first.term_zh, first.term_en) == ("3.1", "卓越服务", "excellent service")
    assert first.definition == "超出顾客期望的服务。"
    assert first.notes == ["卓越服务以顾客为中心。", "见第5章。"] and first.examples == ["主动回访。"]
    assert first.source == "GB/T 15624—2011，3.2，有修改"
    assert (second.number, second.term_zh, second.definition) == ("3.2", "顾客体验", "顾客的感受。")
    assert doc.clauses[0].children == []


def test_lists_notes_examples_and_nesting(tmp_path: Path) -> None:
    body = (rb.para("5　要求", "1") + rb.para("机构应：") + rb.para("a)　建立制度；") + rb.para("——岗位职责；")
            + rb.para("——工作流程；") + rb.para("b)　培训员工。") + rb.para("注：培训每年一次。")
            + rb.para("示例2：岗前培训。") + rb.para("·要点一") + rb.para("1)　第一步"))
    blocks = read(tmp_path, body).clauses[0].blocks
    assert [b.type for b in blocks] == ["paragraph", "list", "note", "example", "list", "list"]
    letters = blocks[1]
    assert letters.style == "letter" and [i.text for i in letters.items] == ["建立制度；", "培训员工。"]
    assert letters.items[0].children.style == "dash"
    assert [i.text for i in letters.items[0].children.items] == ["岗位职责；", "工作流程；"]
    assert (blocks[3].number, blocks[3].text) == (2, "岗前培训。")
    assert (blocks[4].style, blocks[5].style) == ("bullet", "number")


def test_headings_by_bold_run_when_no_heading_styles(tmp_path: Path) -> None:
    body = (rb.para("1　范围", bold=True) + rb.para("本文件规定了要求。") + rb.para("2 个小时内完成。")
            + rb.para("2 要求", bold=True) + rb.para("2.1　总则", runs=rb.run("2.1　总则", font="黑体"))
            + rb.para("2.1.1　机构应建立制度。") + rb.para("9 项指标。"))
    doc = read(tmp_path, body, styles="")
    assert [(c.number, c.title) for c in doc.iter_clauses()] == [("1", "范围"), ("2", "要求"), ("2.1", "总则"),
                                                                  ("2.1.1", "")]
    assert [b.text for b in doc.clauses[0].blocks] == ["本文件规定了要求。", "2 个小时内完成。"]
    assert [b.text for b in doc.find_clause("2.1.1").blocks] == ["机构应建立制度。", "9 项指标。"]


def test_cover_foreword_introduction_and_bibliography(tmp_path: Path) -> None:
    body = "".join([
        rb.para("ICS 03.080"), rb.para("CCS A 12"), rb.para("中华人民共和国国家标准"),
        rb.para("GB/T 47747—2026"), rb.para("代替GB/T 1234—2010"), rb.para("养老机构服务指南"),
        rb.para("Guidelines for services of elderly care institutions"), rb.para("（送审稿）"),
        rb.para("2026-05-25 发布　　2026-12-01 实施"), rb.para("国家市场监督管理总局　　发布"),
        rb.para("前言", "1"), rb.para("本文件由中国标准化研究院提出。"), rb.para("本文件由全国服务标准化技术委员会归口。"),
        rb.para("本文件起草单位：甲单位、乙单位。"), rb.para("本文件主要起草人：张三、李四。"),
        rb.para("引言", "1"), rb.para("服务质量日益重要。"), rb.para("0.1　背景", "2"), rb.para("背景说明。"),
        rb.para("养老机构服务指南", center=True), rb.para("1　范围", "1"), rb.para("本文件给出了指导。"),
        rb.para("参考文献", "1"), rb.para("[1]　GB/T 19001—2016　质量管理体系　要求"), rb.para("[2]　服务管理手册"),
    ])
    doc = read(tmp_path, body)
    meta = doc.metadata
    assert doc.has_cover and (meta.kind, meta.number, meta.year) == (Kind.GBT, "47747", "2026")
    assert (meta.ics, meta.ccs, meta.stage) == ("03.080", "A 12", "送审稿")
    assert meta.replaces == ["GB/T 1234—2010"]
    assert (meta.title_zh, meta.title_en) == ("养老机构服务指南", "Guidelines for services of elderly care institutions")
    assert (meta.issue_date, meta.implement_date, meta.issuers) == ("2026-05-25", "2026-12-01", ["国家市场监督管理总局"])
    assert (meta.proposer, meta.committee) == ("中国标准化研究院", "全国服务标准化技术委员会")
    assert meta.drafting_units == ["甲单位", "乙单位"] and meta.drafters == ["张三", "李四"]
    assert meta.function == FunctionType.GUIDE and not meta.legacy_2009
    assert [b.text for b in doc.introduction.blocks] == ["服务质量日益重要。"]
    assert [(c.number, c.title) for c in doc.introduction.children] == [("0.1", "背景")]
    assert doc.body_title == "养老机构服务指南"
    assert [(r.serial, r.designation, r.title) for r in doc.bibliography] == [
        (1, "GB/T 19001—2016", "质量管理体系　要求"), (2, "", "服务管理手册")]


def test_a_company_s_legal_form_stays_with_its_name_in_the_drafting_units(tmp_path: Path) -> None:
    """QA: ``ABC Co., Ltd.`` was cut at its comma into two drafting units (``ABC Co.`` and ``Ltd.``), and the
    resolution table's 负责起草单位 (the first unit) was ``ABC Co.``. 、，, and ； still divide the list."""
    body = "".join([
        rb.para("前言", "1"),
        rb.para("本文件起草单位：Shanghai ABC Technology Co., Ltd.、XYZ, Inc.、中国标准化研究院，"
                "Foo Co.，LTD.；Bar GmbH, Limited Partners Institute。"),
        rb.para("本文件主要起草人：张三、李四，王五。"),
        rb.para("1　范围", "1"), rb.para("本文件规定了要求。"),
    ])
    meta = read(tmp_path, body).metadata
    assert meta.drafting_units == ["Shanghai ABC Technology Co., Ltd.", "XYZ, Inc.", "中国标准化研究院",
                                   "Foo Co.，LTD.", "Bar GmbH", "Limited Partners Institute"]
    assert meta.drafters == ["张三", "李四", "王五"]


def test_designations_of_every_kind() -> None:
    cases = {
        "GB/T 47747—2026": (Kind.GBT, "", "47747", "2026", "GB/T 47747—2026"),
        "SL/T XXX—2024": (Kind.INDUSTRY, "SL", "XXX", "2024", "SL/T XXX—2024"),
        "DB11/T 1234—2024": (Kind.LOCAL, "DB11", "1234", "2024", "DB11/T 1234—2024"),
        "T/CAS 123—2024": (Kind.GROUP, "CAS", "123", "2024", "T/CAS 123—2024"),
        "GB 20000.1—2014": (Kind.GB, "", "20000.1", "2014", "GB 20000.1—2014"),
        # An enterprise standard keeps its Q/ (it was shown as "CUP 045.0—2014").
        "Q/CUP 045.0—2014": (Kind.ENTERPRISE, "CUP", "045.0", "2014", "Q/CUP 045.0—2014"),
    }
    for line, (kind, code, number, year, designation) in cases.items():
        meta = Metadata()
        parse_cover([(line, None), ("某某服务规范", 44)], meta)
        assert (meta.kind, meta.code, meta.number, meta.year) == (kind, code, number, year), line
        assert meta.designation() == designation
        assert meta.title_zh == "某某服务规范"


def test_a_title_broken_after_its_part_number_is_joined() -> None:
    """bench/real zze07: ``公共技术服务接入操作程序 第4部分：`` / ``技术中台Elasticsearch服务接入手册`` was
    read as the second line alone, with or without the English title below it."""
    head = ["Q/CIB", "兴业银行股份有限公司企业标准", "Q/CIB 4052.4—2025", "公共技术服务接入操作程序 第4部分：",
            "技术中台Elasticsearch服务接入手册"]
    for tail in (["Public technical service access operation procedures—Part 4:", "2025-11-30发布"], ["2025-11-30发布"]):
        meta = Metadata()
        parse_cover([(line, None) for line in head + tail], meta)
        assert meta.title_zh == "公共技术服务接入操作程序 第4部分：技术中台Elasticsearch服务接入手册", tail


def test_a_download_sites_stamp_above_the_banner_is_not_the_title() -> None:
    """bench/real zzq10 (GB/T 35282, a PDF from a download site, converted): the site's address
    was read as the English title and its name (学究网) as the Chinese one."""
    lines = ["http://xuejiunet.com", "学究网", "ICS 35.040", "L 80", "中华人民共和国国家标准", "GB/T 35282—2017",
             "信息安全技术 电子政务移动办公系统安全技术规范",
             "Information security technology—Security technology specifications of mobile e-government system",
             "2017-12-29 发布", "2018-07-01 实施"]
    meta = Metadata()
    parse_cover([(line, None) for line in lines], meta)
    assert meta.title_zh == "信息安全技术 电子政务移动办公系统安全技术规范"
    assert meta.title_en.startswith("Information security technology")
    meta = Metadata()  # without the English title, the title is still the line below the banner
    parse_cover([(line, None) for line in lines[:7] + lines[8:]], meta)
    assert meta.title_zh == "信息安全技术 电子政务移动办公系统安全技术规范"


def test_a_filing_number_placeholder_is_not_the_designation() -> None:
    # Round 32's 2013 GM/T drafts: 备案号：XXXX—XXXX above GM/T ××××—××××, and GM/T ****-2013.
    for lines, designation in (
        (["备案号：XXXX—XXXX", "中华人民共和国密码行业标准", "GM/T ××××—××××"], "GM/T ××××—××××"),
        (["中华人民共和国密码行业标准", "GM/T ****-2013"], "GM/T ****—2013"),
        (["XX/T XXXX—XXXX"], "XX/T XXXX—XXXX"),
    ):
        meta = Metadata()
        parse_cover([(line, None) for line in lines] + [("重要门禁系统密码应用指南", 44)], meta)
        assert (meta.kind, meta.designation()) == (Kind.INDUSTRY, designation), lines


def test_2009_era_draft(tmp_path: Path) -> None:
    body = (rb.para("前　言", "1") + rb.para("本标准按照GB/T 1.1—2009给出的规则起草。") + rb.para("物业服务规范", bold=True)
            + rb.para("1　范围", "1") + rb.para("本标准规定了物业服务的要求。")
            + rb.para(runs=rb.run("附　录　A") + "<w:r><w:br/></w:r>" + rb.run("（规范性附录）") + "<w:r><w:br/></w:r>"
                      + rb.run("服务记录")))
    doc = read(tmp_path, body)
    assert doc.metadata.legacy_2009 and doc.metadata.function == FunctionType.SPECIFICATION
    assert [(a.letter, a.normative, a.title) for a in doc.annexes] == [("A", True, "服务记录")]


def test_anchors_index_paragraphs_in_order(tmp_path: Path) -> None:
    path = rb.template_shape(tmp_path / "template.docx")
    doc = read_docx(path)
    paragraphs = paragraphs_in_order(docx.Document(str(path)))
    text = ["".join(t.text or "" for t in p.iter(f"{{{rb.W_NS}}}t")) for p in paragraphs]
    assert text[doc.find_clause("4.1").anchor] == "总则"  # its number comes from numbering
    assert text[doc.clauses[3].children[0].blocks[1].items[1].anchor] == rb.DASHES[1]
    term = doc.terms()[0]
    assert text[term.anchor] == "" and text[term.anchor + 1].startswith(rb.TERM[0])
    assert text[doc.annexes[0].anchor] == ""


def numbering_of(xml: str) -> Numbering:
    root = etree.fromstring(rb.numbering_xml(xml).split("\n", 1)[1])
    return Numbering(root, StyleSheet(None))


def test_numbering_overrides_restarts_and_formats() -> None:
    numbering = numbering_of(
        rb.abstract(1, rb.level(0, "chineseCounting", "第%1章") + rb.level(1, "decimal", "%1.%2", restart=0)
                    + rb.level(2, "upperLetter", "%3)", start=3))
        + rb.abstract(2, "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerRoman\"/>"
                      "<w:lvlText w:val=\"%1.\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:isLgl/>"
                      "<w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%1.%2\"/></w:lvl>")
        + rb.num(1, 1) + rb.num(2, 1) + rb.num(3, 1, {0: 10}) + rb.num(4, 2))
    labels = [numbering.label(n, lvl).text.strip() for n, lvl in
              [("1", 0), ("1", 1), ("1", 2), ("1", 2), ("2", 0), ("1", 1), ("1", 2), ("3", 0), ("4", 0), ("4", 1)]]
    assert labels == ["第一章", "一.1", "C)", "D)", "第二章", "二.2", "C)", "第十章", "i.", "1.1"]


def test_format_number() -> None:
    assert [format_number(n, "upperLetter") for n in (1, 26, 27)] == ["A", "Z", "AA"]
    assert [format_number(n, "chineseCounting") for n in (10, 11, 20, 105)] == ["十", "十一", "二十", "一百零五"]
    assert format_number(4, "upperRoman") == "IV" and format_number(3, "decimalEnclosedCircle") == "③"


def test_a_caption_typed_in_the_drawing_and_its_empty_numbered_twin_are_one_figure(tmp_path: Path) -> None:
    # Round 33's zi05: 图B.1 标签模块测试系统 typed in the drawing's text box, its labels, then the empty
    # numbered caption paragraph 图B.1: one figure, not two.
    def body(between: list[str]) -> str:
        return (rb.para("前　言", "1") + rb.para("本文件按照GB/T 1.1—2020给出的规则起草。")
                + rb.para("1　范围", "1") + rb.para("本文件规定了测试系统，见图1和图2。")
                + rb.para("图1　标签模块测试系统") + "".join(rb.para(t) for t in between) + rb.para("图1")
                + rb.para("图2　通信链路协议测试系统"))
    one = read(tmp_path, body(["控制", "计算机", "模拟", "读写器"]))
    figures = [b for b in one.clauses[0].blocks if isinstance(b, Figure)]
    assert [(f.number, f.title) for f in figures] == [("1", "标签模块测试系统"), ("2", "通信链路协议测试系统")]
    two = read(tmp_path, body(["测试设备包括控制计算机、模拟读写器和射频测试设备，连接如上。"]))
    assert [f.number for f in two.clauses[0].blocks if isinstance(f, Figure)] == ["1", "1", "2"]


#: Four heading levels, and a 2009-era IC-card test draft's 前言 and 范围: the start of the misnumbered-subclause drafts.
FOUR_LEVELS = H + rb.style("3", "heading 3", outline=2) + rb.style("4", "heading 4", outline=3)
CARD_TEST_FRONT = (rb.para("前　言", "1") + rb.para("本标准按照GB/T 1.1—2009给出的规则起草。")
                   + rb.para("1　范围", "1") + rb.para("本标准规定了智能IC卡的检测方法。"))


def test_a_subclause_typed_with_another_clause_s_number_stays_where_the_draft_puts_it(tmp_path: Path) -> None:
    # Round 33's zi06: "6.2.3.1 正常情况测试" typed under 6.1.1. It was hung under chapter 6, and every
    # correctly numbered 6.1.x after it was then reported out of place, 6.1 as having one subclause.
    from authoring.lint import run_lint

    styles = FOUR_LEVELS
    body = (CARD_TEST_FRONT
            + rb.para("2　检测方法", "1") + rb.para("2.1　安全管理功能检测", "2")
            + rb.para("2.1.1　外部认证测试", "3") + rb.para("2.2.3.1　正常情况测试", "4") + rb.para("按流程测试。")
            + rb.para("2.2.3.2　异常情况测试", "4") + rb.para("按流程测试。")
            + rb.para("2.1.2　内部认证测试", "3") + rb.para("按流程测试。")
            + rb.para("2.2　安全机制检测", "2") + rb.para("按流程测试。"))
    doc = read(tmp_path, body, styles)
    chapter = doc.clauses[1]
    assert [c.number for c in chapter.children] == ["2.1", "2.2"]
    assert [c.number for c in chapter.children[0].children] == ["2.1.1", "2.1.2"]
    assert [c.number for c in chapter.children[0].children[0].children] == ["2.2.3.1", "2.2.3.2"]
    found = [f for f in run_lint(doc) if f.rule in ("numbering.clause-sequence", "numbering.lone-clause")]
    assert {f.location for f in found} == {"2.2.3.1", "2.2.3.2"}


def test_a_subclause_pasted_from_an_earlier_chapter_stays_where_the_draft_puts_it(tmp_path: Path) -> None:
    # QA pass 18, A1: "2.2.3.1" under 3.1.1 (a clause pasted from chapter 2) was read as a chapter; it and every
    # correct clause after it were told they were out of place. A later chapter's number (4.1.1 under 3.1) is left
    # to start its chapter, whose headings may have been lost.
    from authoring.lint import run_lint

    styles = FOUR_LEVELS
    body = (CARD_TEST_FRONT
            + rb.para("2　检测环境", "1") + rb.para("2.1　温度", "2") + rb.para("按流程测试。")
            + rb.para("2.2　湿度", "2") + rb.para("按流程测试。")
            + rb.para("3　检测方法", "1") + rb.para("3.1　安全管理功能检测", "2")
            + rb.para("3.1.1　外部认证测试", "3") + rb.para("2.2.3.1　正常情况测试", "4") + rb.para("按流程测试。")
            + rb.para("2.2.3.2　异常情况测试", "4") + rb.para("按流程测试。")
            + rb.para("3.1.2　内部认证测试", "3") + rb.para("按流程测试。")
            + rb.para("3.2　安全机制检测", "2") + rb.para("按流程测试。"))
    doc = read(tmp_path, body, styles)
    assert [c.number for c in doc.clauses] == ["1", "2", "3"]
    assert [c.number for c in doc.clauses[2].children[0].children[0].children] == ["2.2.3.1", "2.2.3.2"]
    found = [(f.location, f.message) for f in run_lint(doc)
             if f.rule in ("numbering.clause-sequence", "numbering.lone-clause")]
    assert [loc for loc, _ in found] == ["2.2.3.1", "2.2.3.2"]
    assert "此处应为 3.1.1.1" in found[0][1] and "此处应为 3.1.1.2" in found[1][1]


def test_a_foreword_declaring_the_2020_edition_is_judged_by_it_despite_2009_habits(tmp_path: Path) -> None:
    """bench/real zx08: 本文件按照GB/T1.1-2020……起草 (no space, a hyphen), with annexes still labelled
    (资料性附录) as in 2009. The declared edition decides; a draft that declares nothing and writes
    本标准 is still read as a 2009 one."""
    def drafted(basis: str) -> object:
        rb.plain_docx(tmp_path / "d.docx", (
            "前言", basis, "1 范围", "本文件给出了公共数据安全分级的方法。", "附录A", "（资料性附录）",
            "分级示例", "示例。"
        ))
        return read_docx(tmp_path / "d.docx").metadata

    declared = drafted("本文件按照GB/T1.1-2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。")
    assert declared.rules == "GB/T 1.1—2020" and not declared.legacy_2009
    assert drafted("本标准由上海市大数据中心提出。").legacy_2009


def test_a_converters_front_matter_is_no_part_of_the_cover(tmp_path: Path) -> None:
    """bench/real zv07: a Markdown copy opens with its converter's front matter (---, title: "…",
    source: "…", ---) above the cover; the title is the cover's, not those lines."""
    rb.plain_docx(tmp_path / "d.docx", (
        "---", 'title: "TISC-0011-2022 数据安全治理能力评估方法(合稿）"', 'source: "大数据/TISC-0011-2022.pdf"',
        'type: "pdf"', "---", "中华人民共和国通信行业标准", "YD/T 3801—2021", "数据安全治理能力评估方法",
        "Evaluation method of data security governance capability", "2021-12-29发布", "前 言",
        "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "1 范围", "本文件规定了数据安全治理能力评估方法。"
    ))
    meta = read_docx(tmp_path / "d.docx").metadata
    assert meta.title_zh == "数据安全治理能力评估方法"
    assert (meta.prefix(), meta.number) == ("YD/T", "3801")


def test_a_page_break_line_after_a_typed_chapter_title_does_not_end_the_chapters(tmp_path: Path) -> None:
    """bench/real zz07 (a converted GB/T 28827.6 draft): ``5 运行维护服务基本策略`` is followed by
    the converter's page-break line ``---`` and then ``5.1 概述``; chapters 5 to 10 were read as the
    text of chapter 4."""
    rb.plain_docx(tmp_path / "d.docx", (
        "前 言", "本部分按照GB/T 1.1—2009给出的规则起草。", "1 范围", "本部分规定了应用系统运行维护的要求。",
        "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义", "本文件没有需要界定的术语和定义。",
        "4 运行维护服务模型", "应用系统运行维护服务贯穿于应用系统的设计开发阶段。", "图1 应用系统运行维护服务模型",
        "5 运行维护服务基本策略", "---", "5.1 概述", "供方和需方共同对应用系统运行维护服务进行规划。",
        "6 运行维护对应用软件设计的要求", "6.1 概述", "应用软件设计时应考虑运行维护的要求。"
    ))
    doc = read_docx(tmp_path / "d.docx")
    assert [c.number for c in doc.iter_clauses()] == ["1", "2", "3", "4", "5", "5.1", "6", "6.1"]


def lost_numbering_draft(path: Path) -> Path:
    """bench/real zza07/zza09: a docx-to-Markdown copy whose every heading lost its number to a
    list item ``1.`` (``1. 范围``, ``1. 规范性引用文件`` …), then converted back to Word."""
    lines = ["信息技术服务 咨询设计 第2部分：知识库管理规范", "前言", "本部分按照GB/T 1.1—2009给出的规则起草。",
             "1. 范围", "本部分规定了咨询设计知识库管理的要求。", "1. 规范性引用文件",
             "下列文件对于本文件的应用是必不可少的。", "GB/T 29264 信息技术服务 分类与代码",
             "1. 术语和定义", "下列术语和定义适用于本文件。", "1. 体系结构", "* 1. 内容"]
    for n in range(12):
        lines += [f"1. 服务环节{n}", "咨询服务提供方应每季度开展客户满意度调查，对客户投诉在24小时内响应，"
                                   "并建立服务承诺和服务补救制度，定期评价服务质量，持续改进。" * 4]
    return rb.plain_docx(path, lines)


def test_a_copy_whose_every_heading_reads_1_is_read_by_its_headings(tmp_path: Path) -> None:
    """Read as a GB/T draft, chapter 1 范围 held the whole text and coverage read nothing of it."""
    doc = read_docx(lost_numbering_draft(tmp_path / "d.docx"))
    assert doc.metadata.structure != "gbt" and doc.metadata.numbering_lost
    numbers = [c.number for c in doc.iter_clauses()]
    assert "规范性引用文件" in numbers and "服务环节3" in numbers
    scope = next(c for c in doc.iter_clauses() if c.number == "范围")
    assert scope.title == "范围" and len(scope.text()) < 40


def test_a_reference_whose_title_follows_its_number_unspaced_is_split(tmp_path: Path) -> None:
    """bench/real zza08 (a PDF's text): ``[4] T/CSAC 005-2024隐私计算总体框架`` in the 参考文献 was read
    with no number, so the document its term sources cite was reported as listed nowhere."""
    from authoring.check import check_file
    from authoring.checklist import load_packs

    rb.plain_docx(tmp_path / "d.docx", (
        "前言", "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "1 范围", "本文件规定了隐私计算脱敏控制的技术要求。", "2 规范性引用文件", "本文件没有规范性引用文件。",
        "3 术语和定义", "下列术语和定义适用于本文件。", "3.1", "隐私计算 privacy computing",
        "在保护数据本身不对外泄露的前提下实现数据分析计算的技术集合。", "[来源：T/CSAC 005—2024，3.4]",
        "4 总体要求", "隐私信息处理者应按脱敏意图执行脱敏。", "参考文献", "[1] T/CSAC 005-2024隐私计算总体框架"
    ))
    doc = read_docx(tmp_path / "d.docx")
    assert [(r.designation, r.title) for r in doc.bibliography or []] == [("T/CSAC 005-2024", "隐私计算总体框架")]
    findings = check_file(tmp_path / "d.docx", load_packs()["excellence-guide"]).findings
    assert not [f for f in findings if f.rule == "reference.unlisted-document"]
    assert [f.location for f in findings if f.rule == "reference.standard-number"] == ["参考文献"]


_TOC_LINES = ("目  次", "目  次\tI", "前  言\tIII", "1 范围\t1", "2 规范性引用文件\t1", "3 服务要求\t1", "3.1 人员\t1",
              "3.2 设施\t2", "4 服务评价\t2")


def _bare_heading_draft(path: Path, body_numbered: bool = False, titles: tuple[str, ...] = ()) -> Path:
    """An enterprise standard whose Word numbering was lost in an extraction: the 目次 prints
    ``3.1 人员\\t1``, the body reads ``人员`` on a line of its own (bench/real zze07)."""
    def head(number: str, title: str) -> str:
        return f"{number} {title}" if body_numbered else title

    names = titles or ("范围", "规范性引用文件", "服务要求", "人员", "设施", "服务评价")
    return rb.plain_docx(path, (
        "Q/ABC 1.4—2025", "养老机构服务规范", *_TOC_LINES,
        "前  言", "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "养老机构服务规范",
        head("1", names[0]), "本文件规定了养老机构的服务要求。", head("2", names[1]), "本文件没有规范性引用文件。",
        head("3", names[2]), head("3.1", names[3]), "护理员应持证上岗，每年参加培训不少于24学时。",
        head("3.2", names[4]), "机构应配备无障碍设施。", head("4", names[5]), "机构应每年开展一次满意度测评。",
    ))


def test_bare_headings_take_their_numbers_from_the_toc(tmp_path: Path) -> None:
    """Read as it stood, such a draft had no clause: every sentence fell under the 目次's last
    entry. Its headings now carry the numbers the 目次 prints for the same titles, and the
    report says where the numbers came from."""
    from authoring.check import check_file
    from authoring.checklist import load_packs

    path = _bare_heading_draft(tmp_path / "d.docx")
    doc = read_docx(path)
    assert doc.metadata.structure == "gbt" and doc.metadata.numbers_from_toc
    assert [(c.number, c.title) for c in doc.iter_clauses()] == [
        ("1", "范围"), ("2", "规范性引用文件"), ("3", "服务要求"), ("3.1", "人员"), ("3.2", "设施"), ("4", "服务评价")]
    assert "持证上岗" in next(c for c in doc.iter_clauses() if c.number == "3.1").text()
    assert doc.foreword is not None and "GB/T 1.1" in "".join(b.text for b in doc.foreword.blocks)
    codes = [code for code, _, _ in check_file(path, load_packs()["excellence-guide"]).document.notices()]
    assert "numbers-from-toc" in codes


def test_numbered_headings_or_a_toc_the_body_does_not_match_are_left_as_they_are(tmp_path: Path) -> None:
    numbered = read_docx(_bare_heading_draft(tmp_path / "n.docx", body_numbered=True))
    assert numbered.metadata.structure == "gbt" and not numbered.metadata.numbers_from_toc
    assert [c.number for c in numbered.iter_clauses()] == ["1", "2", "3", "3.1", "3.2", "4"]
    other = read_docx(_bare_heading_draft(tmp_path / "o.docx", titles=(
        "适用范围", "引用文件", "基本要求", "人员要求", "设施设备", "评价与改进")))
    assert not other.metadata.numbers_from_toc


def test_bibliography_entries_numbered_as_a_typed_list_are_read(tmp_path: Path) -> None:
    """bench/real zw07: ``5. GB/T 5271.1-2000 信息技术 词汇 第1部分：基本术语`` in the 参考文献 was read
    with no number, so the term sources citing it were reported as listed nowhere."""
    from authoring.check import check_file
    from authoring.checklist import load_packs

    path = rb.plain_docx(tmp_path / "d.docx", (
        "前言", "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "1 范围", "本文件规定了数据管理服务的要求。", "2 规范性引用文件", "本文件没有规范性引用文件。",
        "3 术语和定义", "下列术语和定义适用于本文件。", "3.1", "数据 data",
        "信息的可再解释的形式化表示。", "[来源：GB/T 5271.1—2000，01.01.02]",
        "4 要求", "服务方应按合同管理数据。", "参考文献", "1. GB/T 5271.1—2000 信息技术 词汇 第1部分：基本术语",
        "2、GB/T 18894—2016 电子文件归档与电子档案管理规范",
    ))
    doc = read_docx(path)
    assert [(r.serial, r.designation) for r in doc.bibliography or []] == [
        (1, "GB/T 5271.1—2000"), (2, "GB/T 18894—2016")]
    findings = check_file(path, load_packs()["excellence-guide"]).findings
    assert not [f for f in findings if f.rule == "reference.unlisted-document"]


def test_a_heading_styled_lead_in_sentence_is_no_title(tmp_path: Path) -> None:
    """GA/T 2380 报批稿 (bench/real zzr11): the converter styled three untitled clauses' lead-in
    sentences as headings (7.7.1 对于一般数据处理系统，集中管控要求包括：); read as titles, their
    untitled siblings were reported as mixed titled and untitled. A heading ending in a colon
    after a comma is the clause's text; a short title stays a title."""
    from authoring.lint import run_lint

    document = docx.Document()
    for number, (title, text) in enumerate((("范围", "本文件规定了数据安全的基本要求。"),
                                            ("规范性引用文件", "本文件没有规范性引用文件。"),
                                            ("术语和定义", "本文件没有需要界定的术语和定义。")), start=1):
        document.add_heading(f"{number} {title}", 1)
        document.add_paragraph(text)
    document.add_heading("7 要求", 1)
    document.add_heading("7.7 集中管控", 2)
    document.add_heading("7.7.1 对于一般数据处理系统，集中管控要求包括：", 3)
    document.add_paragraph("a）应对数据处理系统的运行状况进行集中监测；")
    document.add_paragraph("b）应对安全审计数据进行汇总分析。")
    document.add_paragraph("7.7.2 对于重要数据处理系统，除满足 7.7.1 要求外，还应实现数据流转的集中管控。")
    document.add_heading("7.8 资产管理", 2)
    document.add_heading("7.8.1 资产清单", 3)
    document.add_paragraph("应建立数据资产清单。")
    path = tmp_path / "d.docx"
    document.save(str(path))
    doc = read_docx(path)
    first = doc.find_clause("7.7.1")
    assert first.title == "" and first.blocks[0].text == "对于一般数据处理系统，集中管控要求包括："
    assert doc.find_clause("7.8.1").title == "资产清单"
    assert not [f for f in run_lint(doc) if f.rule == "structure.mixed-titles"]


def test_a_cover_line_naming_what_is_partly_replaced_is_no_part_of_the_title(tmp_path: Path) -> None:
    """GB 18466—2005's cover: 部分代替 ＧＢ８９７８—１９９６ above the title (full-width, as its publisher set it) was read as
    the title's first line (部分代替 ＧＢ８９７８—１９９６ 医疗机构水污染物排放标准)."""
    body = "".join([
        rb.para("ICS 13.060.30"), rb.para("中华人民共和国国家标准"), rb.para("GB 18466—2005"),
        rb.para("部分代替 ＧＢ８９７８—１９９６"), rb.para("医疗机构水污染物排放标准"),
        rb.para("Discharge standard of water pollutants for medical organization"),
        rb.para("2005-07-27 发布　　2006-01-01 实施"), rb.para("前言", "1"), rb.para("本标准由国家环境保护总局提出。"),
        rb.para("1　范围", "1"), rb.para("本标准规定了医疗机构污水的排放限值。"),
    ])
    meta = read(tmp_path, body).metadata
    assert meta.title_zh == "医疗机构水污染物排放标准" and meta.replaces == ["GB8978—1996"]
