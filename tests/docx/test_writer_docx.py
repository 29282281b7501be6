"""The Word writer, read back with python-docx: styles, numbering, 目次 field, sections, text."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from authoring.document import (
    Annex, Clause, Example, FunctionType, Kind, ListBlock, ListItem, Metadata, Note, Paragraph,
    Reference, Section, StandardDocument, Table, TermEntry,
)
from authoring.docx.write import boilerplate, docx_bytes, write_docx
from authoring.errors import OutputError

P = Paragraph


def sample_document(**meta_fields) -> StandardDocument:
    """A small service standard with every kind of block the writer handles."""
    meta = Metadata(
        kind=Kind.GBT, number="XXXXX", year="2026", title_zh="养老机构服务质量规范",
        title_en="Specification for service quality of elderly care institutions", ics="03.080",
        ccs="A 12", stage="征求意见稿", draft_date="2026-05-01", function=FunctionType.SPECIFICATION,
        **meta_fields,
    )
    return StandardDocument(
        metadata=meta,
        foreword=Section(blocks=[
            P(text=boilerplate("foreword_basis")), P(text=boilerplate("patent")),
            P(text=boilerplate("proposer_committee", proposer="全国服务标准化技术委员会")),
        ]),
        clauses=[
            Clause(number="1", title="范围", blocks=[P(text="本文件规定了养老机构服务质量的要求。")]),
            Clause(number="2", title="规范性引用文件", blocks=[
                P(text=boilerplate("normative_lead_in")),
                Reference(designation="GB/T 35796", title="养老机构服务质量基本规范"),
                Reference(designation="GB/T 37276—2018", title="养老机构等级划分与评定"),
            ]),
            Clause(number="3", title="术语和定义", blocks=[
                P(text=boilerplate("terms_own")),
                TermEntry(number="3.1", term_zh="养老机构", term_en="elderly care institution",
                          definition="为老年人提供全日集中住宿和照料护理服务的机构。",
                          source="GB/T 35796—2017，3.1"),
                TermEntry(number="3.2", term_zh="服务质量", term_en="service quality",
                          definition="服务满足要求的程度。", notes=["第一条注。", "第二条注。"],
                          source="GB/T 19000—2016，3.6.2，有修改"),
            ]),
            Clause(number="4", title="基本要求", children=[
                Clause(number="4.1", title="人员", blocks=[
                    P(text="人员应满足以下要求："),
                    ListBlock(style="letter", items=[
                        ListItem(text="持证上岗；"),
                        ListItem(text="定期培训：", children=ListBlock(style="number", items=[
                            ListItem(text="岗前培训；"), ListItem(text="在岗培训。")])),
                    ]),
                    Note(text="培训记录见附录A。"),
                ]),
                Clause(number="4.2", title="设施", blocks=[
                    P(text="设施包括："),
                    ListBlock(style="dash", items=[ListItem(text="居室；"), ListItem(text="活动室。")]),
                    P(text="设施还应："),
                    ListBlock(style="letter", items=[ListItem(text="无障碍；"), ListItem(text="防滑。")]),
                ], children=[
                    Clause(number="4.2.1", title="居室", blocks=[P(text="居室应通风。")]),
                    Clause(number="4.2.2", title="活动室", blocks=[P(text="活动室应宽敞。")]),
                ]),
            ]),
            Clause(number="5", title="服务要求", blocks=[
                Table(number="1", title="服务项目", rows=[["项目", "内容"], ["生活照料", "饮食、起居"],
                                                      ["医疗护理", "健康管理\n用药管理"]],
                      notes=["服务项目可增加。"]),
                Example(text="如：助浴服务。"),
            ], children=[
                Clause(number="5.1", title="照料服务", blocks=[P(text="应提供照料服务。")]),
                Clause(number="5.2", title="护理服务", blocks=[P(text="应提供护理服务。")]),
            ]),
        ],
        annexes=[Annex(letter="A", title="培训记录示例", blocks=[
            Table(number="A.1", title="培训记录", rows=[["日期", "内容"], ["2026-01-01", "消防"]]),
        ], children=[
            Clause(number="A.1", title="总则", blocks=[P(text="记录应完整。")]),
            Clause(number="A.2", title="保存", blocks=[P(text="记录应保存三年。")]),
        ])],
        bibliography=[
            Reference(designation="GB/T 15624", title="服务标准化工作指南"),
            Reference(designation="GB/T 24421.1", title="服务业组织标准化工作指南　第1部分：基本要求"),
        ],
    )


@pytest.fixture(scope="module")
def written() -> docx.document.Document:
    return docx.Document(io.BytesIO(docx_bytes(sample_document())))


def _paragraph(document, text: str):
    return next(p for p in document.paragraphs if p.text == text)


def _numbering(document):
    return document.part.numbering_part.element


def _abstract_level(document, num_id: str, ilvl: str):
    root = _numbering(document)
    num = next(n for n in root.findall(qn("w:num")) if n.get(qn("w:numId")) == num_id)
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(a for a in root.findall(qn("w:abstractNum"))
                    if a.get(qn("w:abstractNumId")) == abstract_id)
    return abstract, next(lvl for lvl in abstract.findall(qn("w:lvl")) if lvl.get(qn("w:ilvl")) == ilvl)


def _style_numbering(style):
    num_pr = style.element.pPr.find(qn("w:numPr"))
    return num_pr.find(qn("w:numId")).get(qn("w:val")), num_pr.find(qn("w:ilvl")).get(qn("w:val"))


@pytest.mark.parametrize(("title", "style_name", "ilvl", "lvl_text", "outline"), [
    ("范围", "标准文件_章标题", "0", "%1\u3000", "0"),
    ("人员", "标准文件_一级条标题", "1", "%1.%2\u3000", "1"),
    ("居室", "标准文件_二级条标题", "2", "%1.%2.%3\u3000", "2"),
])
def test_clause_numbers_come_from_the_list_linked_to_the_heading_style(
    written, title, style_name, ilvl, lvl_text, outline
):
    p = _paragraph(written, title)
    assert p.style.name == style_name
    assert p._p.pPr.find(qn("w:numPr")) is None, "the number must come through the style"
    num_id, style_ilvl = _style_numbering(p.style)
    assert style_ilvl == ilvl
    _, lvl = _abstract_level(written, num_id, ilvl)
    assert lvl.find(qn("w:lvlText")).get(qn("w:val")) == lvl_text
    assert lvl.find(qn("w:pStyle")).get(qn("w:val")) == p.style.style_id
    assert p.style.element.pPr.find(qn("w:outlineLvl")).get(qn("w:val")) == outline
    assert p.style.base_style.name == f"Heading {int(outline) + 1}", "behaves like a heading (pandoc, outline)"


def test_every_heading_level_is_linked_up_to_six_levels(written):
    names = ["标准文件_章标题", *(f"标准文件_{n}条标题" for n in ("一级", "二级", "三级", "四级", "五级"))]
    seen = set()
    for expected_ilvl, name in enumerate(names):
        num_id, ilvl = _style_numbering(written.styles[name])
        assert ilvl == str(expected_ilvl)
        seen.add(num_id)
        _, lvl = _abstract_level(written, num_id, ilvl)
        assert lvl.find(qn("w:lvlText")).get(qn("w:val")).count("%") == expected_ilvl + 1
    assert len(seen) == 1, "all clause levels belong to one multilevel list"


def test_annex_label_and_annex_clauses_use_the_annex_list(written):
    annex = next(p for p in written.paragraphs if p.style.name == "标准文件_附录标识")
    assert annex.text.split("\n") == ["", "（资料性）", "培训记录示例"]
    num_id, ilvl = _style_numbering(annex.style)
    _, lvl = _abstract_level(written, num_id, ilvl)
    assert lvl.find(qn("w:numFmt")).get(qn("w:val")) == "upperLetter"
    assert lvl.find(qn("w:lvlText")).get(qn("w:val")) == "附录%1"
    clause = _paragraph(written, "总则")
    assert clause.style.name == "标准文件_附录一级条标题"
    clause_num, clause_ilvl = _style_numbering(clause.style)
    assert clause_num == num_id and clause_ilvl == "1"
    _, lvl = _abstract_level(written, clause_num, clause_ilvl)
    assert lvl.find(qn("w:lvlText")).get(qn("w:val")) == "%1.%2\u3000"
    assert lvl.find(qn("w:isLgl")) is None, "isLgl would print A.1 as 1.1"


def test_heading_text_holds_no_typed_number(written):
    heading_styles = {"标准文件_章标题", "标准文件_一级条标题", "标准文件_二级条标题", "标准文件_附录一级条标题"}
    headings = [p.text for p in written.paragraphs if p.style.name in heading_styles]
    assert "范围" in headings and "活动室" in headings
    assert not [t for t in headings if re.match(r"[0-9A-Z]", t)]


def test_a_gap_in_the_numbers_falls_back_to_typed_numbers():
    doc = StandardDocument(clauses=[
        Clause(number="1", title="范围"), Clause(number="2", title="规范性引用文件"),
        Clause(number="4", title="要求", children=[Clause(number="4.1", title="甲"), Clause(number="4.3", title="乙")]),
        Clause(number="5", title="其他"),
    ])
    document = docx.Document(io.BytesIO(docx_bytes(doc)))
    by_title = {p.text.split("\u3000")[-1]: p for p in document.paragraphs if p.style.name.endswith("标题")}
    for auto in ("范围", "规范性引用文件"):
        assert by_title[auto].text == auto and by_title[auto]._p.pPr.find(qn("w:numPr")) is None
    for typed, number in (("要求", "4"), ("甲", "4.1"), ("乙", "4.3"), ("其他", "5")):
        p = by_title[typed]
        assert p.text == f"{number}\u3000{typed}"
        assert p._p.pPr.find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val")) == "0"


def _east_asia_font(style) -> str | None:
    while style is not None:
        rpr = style.element.rPr
        if rpr is not None and rpr.rFonts is not None and rpr.rFonts.get(qn("w:eastAsia")):
            return rpr.rFonts.get(qn("w:eastAsia"))
        style = style.base_style
    return None


def test_fonts_are_explicit_chinese_faces_without_theme_fonts(written):
    assert _east_asia_font(written.styles["标准文件_段"]) == "宋体"
    for name in ("标准文件_章标题", "标准文件_三级条标题", "标准文件_附录标识", "标准文件_表标题", "标准文件_术语条一"):
        assert _east_asia_font(written.styles[name]) == "黑体", name
    styles_xml = written.styles.element
    assert not [f for f in styles_xml.iter(qn("w:rFonts")) if any("Theme" in k or "theme" in k for k in f.attrib)]
    defaults = styles_xml.find(qn("w:docDefaults")).find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    assert defaults.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "宋体"
    assert defaults.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"
    assert written.styles["标准文件_注："].font.size.pt == 9
    assert written.styles["标准文件_段"].element.pPr.find(qn("w:spacing")).get(qn("w:lineRule")) == "exact"


def test_toc_is_a_prefilled_field_and_word_updates_it(written):
    body = written.element.body
    instructions = "".join(t.text for t in body.iter(qn("w:instrText")))
    assert 'TOC \\o "1-2" \\h \\z \\u' in instructions
    toc = [p for p in written.paragraphs if p.style.name in ("toc 1", "toc 2")]
    texts = [p.text.split("\t")[0] for p in toc]
    assert texts[0] == "前言"
    for entry in ("1\u3000范围", "4.1\u3000人员", "附录A（资料性）\u3000培训记录示例", "参考文献"):
        assert entry in texts
    assert not any(t.startswith(("3.1", "4.2.1")) for t in texts), "no term entries, no level 3"
    pages = [p.text.split("\t")[1] for p in toc]
    assert pages[0] == "II" and pages[texts.index("1\u3000范围")] == "1"
    first_runs = toc[0]._p.findall(qn("w:r"))
    assert first_runs[0].find(qn("w:fldChar")).get(qn("w:fldCharType")) == "begin"
    assert toc[-1]._p.findall(qn("w:r"))[-1].find(qn("w:fldChar")).get(qn("w:fldCharType")) == "end"
    settings = [c.tag.rsplit("}", 1)[1] for c in written.settings.element]
    assert "updateFields" in settings and "evenAndOddHeaders" in settings
    assert settings.index("evenAndOddHeaders") < settings.index("updateFields") < settings.index("compat")


def test_sections_number_pages_roman_then_arabic_with_the_number_in_the_header(written):
    sections = written.sections
    assert len(sections) == 3
    cover = sections[0]._sectPr
    assert cover.find(qn("w:headerReference")) is None and cover.find(qn("w:footerReference")) is None
    assert cover.find(qn("w:pgNumType")) is None
    formats = [(s._sectPr.find(qn("w:pgNumType")).get(qn("w:fmt")),
                s._sectPr.find(qn("w:pgNumType")).get(qn("w:start"))) for s in sections[1:]]
    assert formats == [("upperRoman", "1"), ("decimal", "1")]
    for section in sections[1:]:
        assert section.header.paragraphs[0].text == "GB/T XXXXX—2026"
        assert section.even_page_header.paragraphs[0].text == "GB/T XXXXX—2026"
        footer = section.footer._element
        assert "PAGE" in "".join(t.text for t in footer.iter(qn("w:instrText")))
    assert round(sections[2].page_width.mm) == 210 and round(sections[2].page_height.mm) == 297
    assert round(sections[2].top_margin.mm) == 25 and round(sections[2].right_margin.mm) == 20


def test_each_letter_list_restarts_with_its_own_num(written):
    letters = [p for p in written.paragraphs if p.style.name == "标准文件_字母编号列项（一级）"]
    assert [p.text for p in letters] == ["持证上岗；", "定期培训：", "无障碍；", "防滑。"]
    num_ids = [p._p.pPr.find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val")) for p in letters]
    assert num_ids[0] == num_ids[1] != num_ids[2] == num_ids[3]
    root = _numbering(written)
    abstracts = set()
    for num_id in {num_ids[0], num_ids[2]}:
        num = next(n for n in root.findall(qn("w:num")) if n.get(qn("w:numId")) == num_id)
        override = num.find(qn("w:lvlOverride"))
        assert override.find(qn("w:startOverride")).get(qn("w:val")) == "1"
        abstract, lvl = _abstract_level(written, num_id, "0")
        abstracts.add(abstract.get(qn("w:abstractNumId")))
        assert lvl.find(qn("w:numFmt")).get(qn("w:val")) == "lowerLetter"
        assert lvl.find(qn("w:lvlText")).get(qn("w:val")) == "%1)"
    assert len(abstracts) == 1
    second = [p for p in written.paragraphs if p.style.name == "标准文件_数字编号列项（二级）"]
    assert [p.text for p in second] == ["岗前培训；", "在岗培训。"]
    assert second[0]._p.pPr.find(qn("w:numPr")).find(qn("w:ilvl")).get(qn("w:val")) == "1"
    dashes = [p for p in written.paragraphs if p.style.name == "标准文件_破折号列项"]
    num_id = dashes[0]._p.pPr.find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val"))
    _, lvl = _abstract_level(written, num_id, "0")
    assert lvl.find(qn("w:lvlText")).get(qn("w:val")) == "——"


def test_terms_notes_references_and_bibliography_are_laid_out(written):
    texts = [p.text for p in written.paragraphs]
    i = texts.index("3.1")
    assert written.paragraphs[i].style.name == "标准文件_术语条一"
    assert texts[i + 1] == "养老机构\u3000elderly care institution"
    assert written.paragraphs[i + 1].style.name == "标准文件_术语"
    assert texts[i + 3] == "[来源：GB/T 35796—2017，3.1]"
    assert "注1：第一条注。" in texts and "注2：第二条注。" in texts
    assert "注：培训记录见附录A。" in texts
    assert "示例：\n\t如：助浴服务。" in texts
    assert "GB/T 37276—2018\u3000养老机构等级划分与评定" in texts
    assert "[2]\u3000GB/T 24421.1\u3000服务业组织标准化工作指南\u3000第1部分：基本要求" in texts
    assert written.paragraphs[-1].style.name == "标准文件_终结线"


def test_tables_have_captions_above_a_header_row_and_notes_inside(written):
    table = written.tables[0]
    caption = table._tbl.getprevious()
    assert "".join(t.text for t in caption.iter(qn("w:t"))) == "表1\u3000服务项目"
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert table.cell(2, 1).text == "健康管理\n用药管理"
    assert table.cell(1, 0).paragraphs[0].style.name == "标准文件_表格"
    assert table.rows[-1].cells[0].text == "注：服务项目可增加。"
    annex_caption = written.tables[1]._tbl.getprevious()
    assert "".join(t.text for t in annex_caption.iter(qn("w:t"))) == "表A.1\u3000培训记录"


def test_cover_marks_a_draft_date_not_yet_set():
    def cover(**fields) -> list[str]:
        doc = sample_document()
        for name, value in fields.items():
            setattr(doc.metadata, name, value)
        return [p.text for p in docx.Document(io.BytesIO(docx_bytes(doc))).paragraphs[:20]]

    for unset in ("", "  "):
        blank = cover(draft_date=unset)
        assert "（本草案完成时间：××××年××月××日）" in blank and "（本草案完成时间：）" not in blank
    assert "（本草案完成时间：2026-05-01）" in cover()
    assert not [t for t in cover(stage="发布稿", draft_date="") if "完成时间" in t]


def test_cover_names_the_kind_and_the_issuers(written):
    cover = [p.text for p in written.paragraphs[:20]]
    assert "中华人民共和国国家标准" in cover and "GB/T XXXXX—2026" in cover
    assert "（征求意见稿）" in cover and "（本草案完成时间：2026-05-01）" in cover
    assert boilerplate("patent_solicitation") in cover
    assert "国家市场监督管理总局\n国家标准化管理委员会\t发布" in cover
    industry = docx.Document(io.BytesIO(docx_bytes(StandardDocument(metadata=Metadata(
        kind=Kind.INDUSTRY, code="SL", number="123", year="2025", stage="报批稿", filing_number="12345—2025")))))
    texts = [p.text for p in industry.paragraphs]
    assert "中华人民共和国水利行业标准" in texts and "SL/T 123—2025" in texts and "备案号：12345—2025" in texts
    assert boilerplate("patent_solicitation") not in texts
    enterprise = docx.Document(io.BytesIO(docx_bytes(StandardDocument(metadata=Metadata(
        kind=Kind.ENTERPRISE, code="ABC", number="045", year="2026", issuers=["某某物业服务有限公司"])))))
    texts = [p.text for p in enterprise.paragraphs]
    assert "某某物业服务有限公司企业标准" in texts and "Q/ABC 045—2026" in texts and "Q/ABC" in texts
    # A province's local standard is issued by its market regulation bureau (QA pass 5: ×××× 发布);
    # a city's code (DB3301) names no bureau the writer knows: the placeholder stays.
    for code, issuer in (("DB31", "上海市市场监督管理局\t发布"), ("DB3301", "××××\t发布")):
        local = docx.Document(io.BytesIO(docx_bytes(StandardDocument(metadata=Metadata(
            kind=Kind.LOCAL, code=code, number="123", year="2026")))))
        assert issuer in [p.text for p in local.paragraphs], code


_DIRTY = "服务\x0c质量\u200b要求\x00\ufffe\x1b\u00a0"


def test_control_characters_and_zero_width_marks_never_reach_the_file():
    doc = StandardDocument(
        metadata=Metadata(title_zh=_DIRTY, issuers=[_DIRTY], ics="\x01"),
        foreword=Section(blocks=[P(text=_DIRTY)]),
        clauses=[Clause(number="1", title=_DIRTY, blocks=[
            P(text=_DIRTY), Note(text=_DIRTY),
            ListBlock(style="dash", items=[ListItem(text=_DIRTY)]),
            Table(number="1", title=_DIRTY, rows=[[_DIRTY, _DIRTY]], notes=[_DIRTY]),
            TermEntry(number="1.1", term_zh=_DIRTY, term_en=_DIRTY, definition=_DIRTY, source=_DIRTY),
        ])],
        annexes=[Annex(letter="A", title=_DIRTY)],
        bibliography=[Reference(designation=_DIRTY, title=_DIRTY)],
    )
    data = docx_bytes(doc)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = "".join(archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml"))
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\u200b\ufffe]", xml)
    document = docx.Document(io.BytesIO(data))
    assert "服务质量要求" in [p.text.strip() for p in document.paragraphs]


def test_write_refuses_an_existing_file_unless_forced(tmp_path: Path):
    target = tmp_path / "draft.docx"
    write_docx(sample_document(), target)
    before = target.read_bytes()
    changed = sample_document()
    changed.clauses[0].title = "适用范围"
    with pytest.raises(OutputError):
        write_docx(changed, target)
    assert target.read_bytes() == before
    write_docx(changed, target, force=True)
    assert "适用范围" in [p.text for p in docx.Document(str(target)).paragraphs]
    assert [p.name for p in tmp_path.iterdir()] == ["draft.docx"], "no temporary file left"
    with pytest.raises(OutputError):
        write_docx(changed, tmp_path / "missing" / "draft.docx")


def test_boilerplate_fills_fields_and_marks_missing_ones():
    assert boilerplate("drafting_units", units=["甲单位", "乙单位"]) == "本文件起草单位：甲单位、乙单位。"
    assert boilerplate("proposer") == "本文件由××提出。"
    assert boilerplate("terms_both", documents="GB/T 20000.1") == "GB/T 20000.1界定的以及下列术语和定义适用于本文件。"
    assert boilerplate("patent", legacy=True).endswith("不承担识别这些专利的责任。")
    assert boilerplate("foreword_basis", legacy=True) != boilerplate("foreword_basis")
    assert boilerplate("normative_none") == "本文件没有规范性引用文件。"
    with pytest.raises(KeyError):
        boilerplate("no_such_sentence")


def test_boilerplate_file_gives_every_key_both_variants():
    from authoring._paths import template_path
    from authoring.yamlio import load_yaml

    data, _ = load_yaml(template_path("boilerplate.yaml"))
    required = {"foreword_basis", "patent", "proposer", "committee", "proposer_committee", "drafting_units",
                "drafters", "normative_lead_in", "normative_none", "terms_own", "terms_other", "terms_both",
                "terms_none", "patent_solicitation", "first_edition"}
    assert required <= set(data)
    for key, variants in data.items():
        assert set(variants) == {"zh2020", "zh2009"}, key


@pytest.mark.parametrize("variant", ["bare", "no-cover", "no-toc", "legacy-intro", "annex-b-first"])
def test_document_shapes_build_with_consistent_sections(variant):
    doc = sample_document(legacy_2009=variant == "legacy-intro")
    if variant == "bare":
        doc = StandardDocument(clauses=[Clause(number="1", title="范围")])
    elif variant == "no-cover":
        doc.has_cover = False
    elif variant == "no-toc":
        doc.has_toc = False
    elif variant == "legacy-intro":
        doc.introduction = Section(blocks=[P(text="引言内容。")], children=[
            Clause(number="0.1", title="总则"), Clause(number="0.2", title="说明")])
    else:
        doc.annexes[0].letter = "B"
        for clause, number in zip(doc.annexes[0].children, ("B.1", "B.2")):
            clause.number = number
    document = docx.Document(io.BytesIO(docx_bytes(doc)))
    texts = [p.text for p in document.paragraphs]
    formats = [s._sectPr.find(qn("w:pgNumType")) for s in document.sections]
    fmts = [f.get(qn("w:fmt")) if f is not None else None for f in formats]
    expected = {"bare": [None, "upperRoman", "decimal"], "no-cover": ["upperRoman", "decimal"]}
    assert fmts == expected.get(variant, [None, "upperRoman", "decimal"])
    if variant == "legacy-intro":
        assert "0.1\u3000总则" in texts and "引言" in texts
        annex = next(p for p in document.paragraphs if p.style.name == "标准文件_附录标识")
        assert annex.text.split("\n")[1] == "（资料性附录）"
        assert "[GB/T 35796—2017，3.1]" in texts
    if variant == "annex-b-first":
        annex = next(p for p in document.paragraphs if p.style.name == "标准文件_附录标识")
        assert annex.text.startswith("附录B\n")
        assert "B.1\u3000总则" in texts, "clauses of a typed annex are typed too"
    if variant == "no-toc":
        assert not [p for p in document.paragraphs if p.style.name.startswith("toc")]
        first_front = next(p for p in document.paragraphs if p.text == "前言")
        assert first_front._p.pPr.find(qn("w:pageBreakBefore")).get(qn("w:val")) == "0"
