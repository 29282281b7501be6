"""The writer's paragraph styles, named as in the official drafting template (标准文件_…).

Style ids are ASCII (``GBChapter``); the names users see in Word are the template's Chinese
names. Heading styles carry ``w:outlineLvl`` (navigation pane, ``TOC \\u``) and a
``w:numPr`` linking them to the multilevel lists of :mod:`._wnumbering`, so the clause
numbers are produced by Word, not typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.oxml.ns import qn
from lxml.etree import _Element

from authoring.docx.write._xml import (
    HEI, LATIN, SIZE_SAN, SIZE_SI, SIZE_YI, SIZE_WU, SIZE_XIAOWU, SONG, TYPE_WIDTH, border, el, fonts, num_pr, val,
)

# Lists defined in numbering.xml (w:num ids); see _wnumbering.
NUM_CLAUSE = 1
NUM_ANNEX = 2
NUM_DASH = 3
NUM_LETTER = 4
NUM_NUMBER = 5
NUM_BULLET = 6

LINE_BODY = 400  # exactly 20 pt
LINE_NOTE = 300  # exactly 15 pt
INDENT_2 = 420  # two characters of 五号


@dataclass(frozen=True)
class ParaFormat:
    """Paragraph and run properties, emitted in schema order by :meth:`ppr` / :meth:`rpr`."""

    east_asia: str | None = None
    size: int | None = None
    bold: bool = False
    jc: str | None = None
    first_line: int | None = None
    left: int | None = None
    right: int | None = None
    hanging: int | None = None
    before: int | None = None
    after: int | None = None
    line: int | None = None
    keep_next: bool = False
    page_break_before: bool = False
    outline: int | None = None
    num: tuple[int, int] | None = None
    bottom_rule: int | None = None
    tabs: tuple[tuple[str, int, str], ...] = ()

    def ppr_children(self) -> list[_Element]:
        """The ``w:pPr`` children (without ``w:pStyle``), in schema order."""
        out: list[_Element] = []
        if self.keep_next:
            out.append(el("w:keepNext"))
        if self.page_break_before:
            out.append(el("w:pageBreakBefore"))
        if self.num is not None:
            out.append(num_pr(*self.num))
        if self.bottom_rule is not None:
            out.append(el("w:pBdr", None, border("bottom", self.bottom_rule)))
        if self.tabs:
            out.append(el("w:tabs", None, *(
                el("w:tab", {"val": kind, "pos": pos, "leader": leader}) for kind, pos, leader in self.tabs
            )))
        spacing: dict[str, str | int] = {}
        if self.before is not None:
            spacing["before"] = self.before
        if self.after is not None:
            spacing["after"] = self.after
        if self.line is not None:
            spacing.update(line=self.line, lineRule="exact")
        if spacing:
            out.append(el("w:spacing", spacing))
        ind: dict[str, str | int] = {}
        if self.left is not None:
            ind["left"] = self.left
        if self.right is not None:
            ind["right"] = self.right
        if self.hanging is not None:
            ind["hanging"] = self.hanging
        elif self.first_line is not None:
            ind["firstLine"] = self.first_line
            if self.first_line == 0:
                ind["firstLineChars"] = 0
        if ind:
            out.append(el("w:ind", ind))
        if self.jc:
            out.append(val("w:jc", self.jc))
        if self.outline is not None:
            out.append(val("w:outlineLvl", self.outline))
        return out

    def rpr(self) -> _Element:
        """The ``w:rPr`` of the style."""
        rpr = el("w:rPr")
        if self.east_asia:
            rpr.append(fonts(self.east_asia))
        if self.bold:
            rpr.append(el("w:b"))
            rpr.append(el("w:bCs"))
        if self.size is not None:
            rpr.append(val("w:sz", self.size))
            rpr.append(val("w:szCs", self.size))
        return rpr


@dataclass(frozen=True)
class StyleDef:
    """One paragraph style: ASCII id, template name, base, next style and formatting."""

    id: str
    name: str
    fmt: ParaFormat
    based_on: str | None = "Normal"
    next: str | None = None


_HEAD = dict(east_asia=HEI, size=SIZE_WU, jc="both", keep_next=True, first_line=0)
_CLAUSE_NAMES = ("一级", "二级", "三级", "四级", "五级")

# Ids used by the writer.
PARA = "GBPara"
CHAPTER = "GBChapter"
CLAUSE = tuple(f"GBClause{i}" for i in range(1, 6))
UNTITLED = tuple(f"GBUntitled{i}" for i in range(0, 6))
ANNEX_ID = "GBAnnexId"
ANNEX_CLAUSE = tuple(f"GBAnnexClause{i}" for i in range(1, 6))
ANNEX_UNTITLED = tuple(f"GBAnnexUntitled{i}" for i in range(1, 6))
INTRO_CLAUSE = tuple(f"GBIntroClause{i}" for i in range(1, 6))
FRONT_TITLE = "GBFrontTitle"
TOC_TITLE = "GBTocTitle"
BODY_TITLE = "GBBodyTitle"
BIBLIO_TITLE = "GBBiblioTitle"
BIBLIO_ENTRY = "GBBiblioEntry"
DASH = ("GBDash", "GBDash2")
LETTER = ("GBLetter", "GBLetter2")
NUMBER = ("GBNumber", "GBNumber2")
BULLET = ("GBBullet", "GBBullet2")
NOTE = "GBNote"
EXAMPLE = "GBExample"
TABLE_TITLE = "GBTableTitle"
TABLE_TEXT = "GBTableText"
TABLE_NOTE = "GBTableNote"
FIGURE = "GBFigure"
FIGURE_TITLE = "GBFigureTitle"
TERM_NUMBER = "GBTermNumber"
TERM = "GBTerm"
END_LINE = "GBEndLine"
TOC1 = "TOC1"
TOC2 = "TOC2"
COVER_CLASS = "GBCoverClass"
COVER_CODE = "GBCoverCode"
COVER_BANNER = "GBCoverBanner"
COVER_NUMBER = "GBCoverNumber"
COVER_REPLACES = "GBCoverReplaces"
COVER_RULE = "GBCoverRule"
COVER_TITLE = "GBCoverTitle"
COVER_TITLE_EN = "GBCoverTitleEn"
COVER_NOTE = "GBCoverNote"
COVER_DATES = "GBCoverDates"
COVER_ISSUER = "GBCoverIssuer"
HEADER = "GBHeader"
FOOTER = "GBFooter"

# The end line: ¼ of the type width, centred by equal indents.
_END_INDENT = (TYPE_WIDTH - TYPE_WIDTH // 4) // 2


def _heading(outline: int) -> str:
    """The built-in heading style a 标准文件_ heading is based on (pandoc, outline views)."""
    return f"Heading{outline + 1}"


def _list_style(sid: str, name: str, num: int, level: int) -> StyleDef:
    # Indents come from the numbering level (2 chars before the marker, text at the 5th /
    # 7th character); the style only sets the face and spacing.
    return StyleDef(sid, name, ParaFormat(line=LINE_BODY, jc="both", num=(num, level)))


STYLES: tuple[StyleDef, ...] = (
    StyleDef(PARA, "标准文件_段", ParaFormat(first_line=INDENT_2, line=LINE_BODY, jc="both")),
    StyleDef(CHAPTER, "标准文件_章标题",
             ParaFormat(**_HEAD, before=312, after=312, outline=0, num=(NUM_CLAUSE, 0)),
             based_on=_heading(0), next=PARA),
    *(StyleDef(CLAUSE[i], f"标准文件_{n}条标题",
               ParaFormat(**_HEAD, before=156, after=156, outline=i + 1, num=(NUM_CLAUSE, i + 1)),
               based_on=_heading(i + 1), next=PARA)
      for i, n in enumerate(_CLAUSE_NAMES)),
    StyleDef(UNTITLED[0], "标准文件_无标题章", ParaFormat(first_line=0, line=LINE_BODY, jc="both"),
             based_on=PARA),
    *(StyleDef(UNTITLED[i + 1], f"标准文件_{n}无标题", ParaFormat(first_line=0, line=LINE_BODY, jc="both"),
               based_on=PARA)
      for i, n in enumerate(_CLAUSE_NAMES)),
    StyleDef(ANNEX_ID, "标准文件_附录标识",
             ParaFormat(east_asia=HEI, size=SIZE_WU, jc="center", first_line=0, keep_next=True,
                        page_break_before=True, after=468, outline=0, num=(NUM_ANNEX, 0)),
             based_on=_heading(0), next=PARA),
    *(StyleDef(ANNEX_CLAUSE[i], f"标准文件_附录{n}条标题",
               ParaFormat(**_HEAD, before=156, after=156, outline=i + 1, num=(NUM_ANNEX, i + 1)),
               based_on=_heading(i + 1), next=PARA)
      for i, n in enumerate(_CLAUSE_NAMES)),
    *(StyleDef(ANNEX_UNTITLED[i], f"标准文件_附录{n}无标题",
               ParaFormat(first_line=0, line=LINE_BODY, jc="both"), based_on=PARA)
      for i, n in enumerate(_CLAUSE_NAMES)),
    *(StyleDef(INTRO_CLAUSE[i], f"标准文件_引言{n}条标题",
               ParaFormat(**_HEAD, before=156, after=156, outline=i + 1), based_on=_heading(i + 1),
               next=PARA)
      for i, n in enumerate(_CLAUSE_NAMES)),
    StyleDef(FRONT_TITLE, "标准文件_前言、引言标题",
             ParaFormat(east_asia=HEI, size=SIZE_SAN, jc="center", first_line=0, keep_next=True,
                        page_break_before=True, before=480, after=468, outline=0),
             based_on=_heading(0), next=PARA),
    StyleDef(TOC_TITLE, "标准文件_目次标题",
             ParaFormat(east_asia=HEI, size=SIZE_SAN, jc="center", first_line=0, keep_next=True,
                        before=480, after=468)),
    StyleDef(BODY_TITLE, "标准文件_正文标准名称",
             ParaFormat(east_asia=HEI, size=SIZE_SAN, jc="center", first_line=0, keep_next=True,
                        before=480, after=600), next=CHAPTER),
    StyleDef(BIBLIO_TITLE, "标准文件_参考文献标题",
             ParaFormat(east_asia=HEI, size=SIZE_WU, jc="center", first_line=0, keep_next=True,
                        page_break_before=True, before=480, after=312, outline=0),
             based_on=_heading(0), next=BIBLIO_ENTRY),
    StyleDef(BIBLIO_ENTRY, "标准文件_参考文献条目", ParaFormat(first_line=INDENT_2, line=LINE_BODY),
             based_on=PARA),
    _list_style(DASH[0], "标准文件_破折号列项", NUM_DASH, 0),
    _list_style(DASH[1], "标准文件_破折号列项（二级）", NUM_DASH, 1),
    _list_style(LETTER[0], "标准文件_字母编号列项（一级）", NUM_LETTER, 0),
    _list_style(LETTER[1], "标准文件_字母编号列项（二级）", NUM_LETTER, 1),
    _list_style(NUMBER[0], "标准文件_数字编号列项（一级）", NUM_NUMBER, 0),
    _list_style(NUMBER[1], "标准文件_数字编号列项（二级）", NUM_NUMBER, 1),
    _list_style(BULLET[0], "标准文件_圆点列项（一级）", NUM_BULLET, 0),
    _list_style(BULLET[1], "标准文件_圆点列项（二级）", NUM_BULLET, 1),
    StyleDef(NOTE, "标准文件_注：",
             ParaFormat(size=SIZE_XIAOWU, first_line=INDENT_2, line=LINE_NOTE, jc="both")),
    # The text stands below the label (示例：, a line break), from a tab at the label's indent.
    StyleDef(EXAMPLE, "标准文件_示例",
             ParaFormat(size=SIZE_XIAOWU, first_line=INDENT_2, line=LINE_NOTE, jc="both",
                        tabs=(("left", INDENT_2, "none"),))),
    StyleDef(TABLE_TITLE, "标准文件_表标题",
             ParaFormat(east_asia=HEI, size=SIZE_WU, jc="center", first_line=0, keep_next=True,
                        before=156, after=156)),
    StyleDef(TABLE_TEXT, "标准文件_表格", ParaFormat(size=SIZE_XIAOWU, first_line=0, jc="both")),
    StyleDef(TABLE_NOTE, "标准文件_表注", ParaFormat(size=SIZE_XIAOWU, first_line=0, jc="both")),
    StyleDef(FIGURE, "标准文件_图", ParaFormat(jc="center", first_line=0, keep_next=True, before=156)),
    StyleDef(FIGURE_TITLE, "标准文件_图标题",
             ParaFormat(east_asia=HEI, size=SIZE_WU, jc="center", first_line=0, before=156, after=156)),
    StyleDef(TERM_NUMBER, "标准文件_术语条一",
             ParaFormat(east_asia=HEI, size=SIZE_WU, first_line=0, keep_next=True, before=156,
                        line=LINE_BODY), next=TERM),
    StyleDef(TERM, "标准文件_术语",
             ParaFormat(east_asia=HEI, size=SIZE_WU, first_line=INDENT_2, keep_next=True, line=LINE_BODY),
             next=PARA),
    StyleDef(END_LINE, "标准文件_终结线",
             ParaFormat(first_line=0, left=_END_INDENT, right=_END_INDENT, before=480, bottom_rule=12,
                        jc="center")),
    StyleDef(TOC1, "toc 1", ParaFormat(first_line=0, line=LINE_BODY, jc="left",
                                       tabs=(("right", TYPE_WIDTH, "dot"),))),
    StyleDef(TOC2, "toc 2", ParaFormat(first_line=0, left=210, line=LINE_BODY, jc="left",
                                       tabs=(("right", TYPE_WIDTH, "dot"),))),
    StyleDef(COVER_CLASS, "标准文件_封面标准分类号",
             ParaFormat(east_asia=HEI, size=SIZE_WU, first_line=0, jc="left")),
    StyleDef(COVER_CODE, "标准文件_封面标准代号",
             ParaFormat(east_asia=HEI, size=80, bold=True, first_line=0, jc="right")),
    StyleDef(COVER_BANNER, "标准文件_封面抬头",
             ParaFormat(east_asia=SONG, size=SIZE_YI, bold=True, first_line=0,
                        jc="center", before=240, after=240)),
    StyleDef(COVER_NUMBER, "标准文件_封面标准编号",
             ParaFormat(east_asia=HEI, size=SIZE_SI, first_line=0, jc="right")),
    StyleDef(COVER_REPLACES, "标准文件_标准代替",
             ParaFormat(east_asia=HEI, size=SIZE_WU, first_line=0, jc="right")),
    StyleDef(COVER_RULE, "标准文件_封面线", ParaFormat(first_line=0, bottom_rule=12, after=0)),
    StyleDef(COVER_TITLE, "标准文件_封面标准名称",
             ParaFormat(east_asia=HEI, size=SIZE_YI, first_line=0, jc="center", before=1800, after=480)),
    StyleDef(COVER_TITLE_EN, "标准文件_封面标准英文名称",
             ParaFormat(east_asia=HEI, size=SIZE_SI, first_line=0, jc="center", after=360)),
    StyleDef(COVER_NOTE, "标准文件_封面说明",
             ParaFormat(size=24, first_line=0, jc="center", after=240)),
    StyleDef(COVER_DATES, "标准文件_封面发布日期",
             ParaFormat(east_asia=HEI, size=SIZE_SI, first_line=0, jc="left", bottom_rule=12,
                        tabs=(("right", TYPE_WIDTH, "none"),))),
    StyleDef(COVER_ISSUER, "标准文件_发布",
             ParaFormat(east_asia=HEI, size=32, first_line=0, jc="center")),
    StyleDef(HEADER, "标准文件_页眉", ParaFormat(east_asia=HEI, size=SIZE_WU, first_line=0)),
    StyleDef(FOOTER, "标准文件_页脚", ParaFormat(size=SIZE_WU, first_line=0)),
)


def install_styles(styles_el: _Element) -> None:
    """Reset the defaults to 宋体/Times New Roman 五号 and add the 标准文件_ styles."""
    _set_doc_defaults(styles_el)
    for rfonts in styles_el.iter(qn("w:rFonts")):
        for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            rfonts.attrib.pop(qn(f"w:{attr}"), None)
    _reset_normal(styles_el)
    _reset_headings(styles_el)
    for style in STYLES:
        styles_el.append(_style_element(style))


def _set_doc_defaults(styles_el: _Element) -> None:
    defaults = styles_el.find(qn("w:docDefaults"))
    if defaults is not None:
        styles_el.remove(defaults)
    rpr = el("w:rPr", None, fonts(SONG), val("w:kern", 2), val("w:sz", SIZE_WU), val("w:szCs", SIZE_WU),
             el("w:lang", {"val": "en-US", "eastAsia": "zh-CN", "bidi": "ar-SA"}))
    ppr = el("w:pPr", None, el("w:spacing", {"after": 0, "line": 240, "lineRule": "auto"}))
    defaults = el("w:docDefaults", None, el("w:rPrDefault", None, rpr), el("w:pPrDefault", None, ppr))
    styles_el.insert(0, defaults)


def _reset_normal(styles_el: _Element) -> None:
    for style in styles_el.findall(qn("w:style")):
        if style.get(qn("w:styleId")) == "Normal":
            for child in style.findall(qn("w:rPr")) + style.findall(qn("w:pPr")):
                style.remove(child)
            style.append(el("w:pPr", None, el("w:widowControl"), val("w:jc", "both")))
            style.append(el("w:rPr", None, fonts(SONG, LATIN), val("w:sz", SIZE_WU), val("w:szCs", SIZE_WU)))


def _reset_headings(styles_el: _Element) -> None:
    """Strip the built-in headings to an outline level and 五号黑体: ours are based on them."""
    for style in styles_el.findall(qn("w:style")):
        sid = style.get(qn("w:styleId")) or ""
        if sid.startswith("Heading") and sid[7:].isdigit():
            level = int(sid[7:]) - 1
            for child in style.findall(qn("w:rPr")) + style.findall(qn("w:pPr")):
                style.remove(child)
            style.append(el("w:pPr", None, el("w:keepNext"), val("w:outlineLvl", level)))
            style.append(el("w:rPr", None, fonts(HEI), val("w:sz", SIZE_WU), val("w:szCs", SIZE_WU)))


def _style_element(style: StyleDef) -> _Element:
    elem = el("w:style", {"type": "paragraph", "customStyle": 1, "styleId": style.id})
    elem.append(val("w:name", style.name))
    if style.based_on:
        elem.append(val("w:basedOn", style.based_on))
    if style.next:
        elem.append(val("w:next", style.next))
    elem.append(el("w:qFormat"))
    ppr = el("w:pPr", None, *style.fmt.ppr_children())
    if len(ppr):
        elem.append(ppr)
    rpr = style.fmt.rpr()
    if len(rpr):
        elem.append(rpr)
    if style.name.startswith("toc "):
        elem.attrib.pop(qn("w:customStyle"))
    return elem
