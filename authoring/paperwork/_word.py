"""Word helpers shared by the committee papers: A4 pages, 宋体/黑体 styles, ruled tables.

The papers are plain office documents, not standards: python-docx's own template with its
styles rewritten so that every Chinese run has an explicit East Asian face (``w:eastAsia``)
and no theme font or colour survives. Prompts for what the tool cannot know are runs
reading 【请填写：…】 on a yellow highlight, so nobody sends one by accident.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from authoring.docx.write._xml import safe_text
from authoring.paperwork.marker import mark

__all__ = [
    "SONG", "HEI", "LATIN", "new_document", "new_section", "text_width_cm", "heading", "para", "prompt_text",
    "table", "save_bytes", "hidden_run", "PROMPT_OPEN",
]

SONG = "宋体"
HEI = "黑体"
LATIN = "Times New Roman"
PROMPT_OPEN = "【请填写"

# Style id -> (east Asian face, size in pt, bold, centred, first-line indent in characters,
# space before/after in pt, outline level).
_STYLES = {
    "Normal": (SONG, 12, False, False, 2, 0, 0, None),
    "Title": (HEI, 18, False, True, 0, 12, 18, None),
    "Heading1": (HEI, 14, False, False, 0, 12, 6, 0),
    "Heading2": (HEI, 12, False, False, 0, 6, 3, 1),
}


def _fonts(east_asia: str) -> OxmlElement:
    fonts = OxmlElement("w:rFonts")
    for key in ("ascii", "hAnsi", "cs"):
        fonts.set(qn(f"w:{key}"), LATIN)
    fonts.set(qn("w:eastAsia"), east_asia)
    return fonts


def _set_run_props(rpr, east_asia: str, size: float, bold: bool) -> None:
    """Replace ``rpr``'s fonts, weight, colour and size (schema order kept)."""
    for child in list(rpr):
        if child.tag in {qn("w:rFonts"), qn("w:b"), qn("w:bCs"), qn("w:i"), qn("w:iCs"), qn("w:color"),
                         qn("w:sz"), qn("w:szCs"), qn("w:kern"), qn("w:lang"), qn("w:spacing")}:
            rpr.remove(child)
    order = [_fonts(east_asia)]
    b = OxmlElement("w:b")
    b.set(qn("w:val"), "1" if bold else "0")
    b_cs = OxmlElement("w:bCs")
    b_cs.set(qn("w:val"), "1" if bold else "0")
    order += [b, b_cs]
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "000000")
    order.append(color)
    for tag in ("w:sz", "w:szCs"):
        size_el = OxmlElement(tag)
        size_el.set(qn("w:val"), str(int(size * 2)))
        order.append(size_el)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")
    order.append(lang)
    for child in reversed(order):
        rpr.insert(0, child)
    # Schema order: rFonts, b, bCs, … color, … sz, szCs, … lang. Anything left over from the
    # template (e.g. w:rStyle) is moved first, where the schema puts it.
    for child in list(rpr):
        if child.tag == qn("w:rStyle"):
            rpr.remove(child)
            rpr.insert(0, child)


def _style_element(document: DocxDocument, style_id: str):
    styles = document.styles.element
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:styleId")) == style_id:
            return style
    return None


def _configure_style(document: DocxDocument, style_id: str, spec: tuple) -> None:
    east_asia, size, bold, centred, indent, before, after, outline = spec
    style = _style_element(document, style_id)
    if style is None:
        return
    ppr = style.get_or_add_pPr()
    for child in list(ppr):
        if child.tag in {qn("w:spacing"), qn("w:ind"), qn("w:jc"), qn("w:pBdr"), qn("w:contextualSpacing"),
                         qn("w:outlineLvl")}:
            ppr.remove(child)
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:before"), str(before * 20))
    spacing.set(qn("w:after"), str(after * 20))
    spacing.set(qn("w:line"), "360")
    spacing.set(qn("w:lineRule"), "auto")
    ind = OxmlElement("w:ind")
    if indent:
        ind.set(qn("w:firstLineChars"), str(indent * 100))
        ind.set(qn("w:firstLine"), str(int(indent * size * 20)))
    else:
        ind.set(qn("w:firstLine"), "0")
    extra = [spacing, ind]
    if centred:
        jc = OxmlElement("w:jc")
        jc.set(qn("w:val"), "center")
        extra.append(jc)
    if outline is not None:
        level = OxmlElement("w:outlineLvl")
        level.set(qn("w:val"), str(outline))
        extra.append(level)
    _append_in_order(ppr, extra)
    rpr = style.get_or_add_rPr()
    _set_run_props(rpr, east_asia, size, bold)


# w:pPr children in schema order (CT_PPrBase), enough for what we add.
_PPR_ORDER = [
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
    "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
    "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
]


def _append_in_order(ppr, children: list) -> None:
    for child in children:
        ppr.append(child)
    rank = {qn(f"w:{name}"): i for i, name in enumerate(_PPR_ORDER)}
    ordered = sorted(list(ppr), key=lambda c: rank.get(c.tag, len(rank)))
    for child in ordered:
        ppr.remove(child)
        ppr.append(child)


def _defaults(document: DocxDocument) -> None:
    """Document defaults: 宋体 with Times New Roman, zh-CN East Asian language."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        return
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        return
    _set_run_props(rpr, SONG, 12, False)
    for child in list(rpr):
        if child.tag == qn("w:b") or child.tag == qn("w:bCs") or child.tag == qn("w:color"):
            rpr.remove(child)


def _table_text_style(document: DocxDocument) -> None:
    """A paragraph style ``TableText`` (表格文字): 宋体 五号, single spacing, no indent."""
    from docx.enum.style import WD_STYLE_TYPE

    style = document.styles.add_style("表格文字", WD_STYLE_TYPE.PARAGRAPH)
    style.element.set(qn("w:styleId"), "TableText")
    style.base_style = document.styles["Normal"]
    ppr = style.element.get_or_add_pPr()
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:before"), "0")
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "260")
    spacing.set(qn("w:lineRule"), "auto")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:firstLineChars"), "0")
    ind.set(qn("w:firstLine"), "0")
    _append_in_order(ppr, [spacing, ind])
    _set_run_props(style.element.get_or_add_rPr(), SONG, 10.5, False)


def _page(section, *, landscape: bool, margins_cm: float) -> None:
    """An A4 page, landscape (the comment table, a wide table of the memorandum) or portrait."""
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(margins_cm))
    section.top_margin = Cm(margins_cm)
    section.bottom_margin = Cm(margins_cm)


def text_width_cm(*, landscape: bool, margins_cm: float = 2.5) -> float:
    """The width of an A4 page's text, in cm: what a table's columns may add up to."""
    return (29.7 if landscape else 21.0) - 2 * margins_cm


def new_section(document: DocxDocument, *, landscape: bool, margins_cm: float = 2.5) -> None:
    """Start a new page whose section is A4 ``landscape`` or portrait; what follows is written on it. The
    footer (the page number) carries on from the section before.

    The section before ends in its last paragraph, as Word writes a section break: python-docx adds an empty
    paragraph to hold it, which a full page pushed onto a page of its own."""
    from docx.enum.section import WD_SECTION

    _page(document.add_section(WD_SECTION.NEW_PAGE), landscape=landscape, margins_cm=margins_cm)
    holder = document.element.body.sectPr.getprevious()  # the empty paragraph python-docx added
    before = holder.getprevious() if holder is not None else None
    if before is not None and before.tag == qn("w:p") and (before.pPr is None or before.pPr.sectPr is None):
        before.set_sectPr(holder.pPr.sectPr)
        holder.getparent().remove(holder)


def new_document(kind: str, *, landscape: bool = False, margins_cm: float = 2.5) -> DocxDocument:
    """An empty A4 document with the paper styles and a centred page number in the footer, marked as stdauthor's
    ``kind`` of paperwork (:mod:`authoring.paperwork.marker`)."""
    document = Document()
    section = document.sections[0]
    _page(section, landscape=landscape, margins_cm=margins_cm)
    _defaults(document)
    for style_id, spec in _STYLES.items():
        _configure_style(document, style_id, spec)
    _table_text_style(document)
    _page_number(section)
    mark(document, kind)
    document.core_properties.language = "zh-CN"
    return document


def _page_number(section) -> None:
    footer = section.footer
    p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.first_line_indent = Pt(0)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        r = p.add_run()
        _run_fonts(r, SONG, 10.5)
        if kind is not None:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            r._r.append(fld)
        elif text.strip() == "PAGE":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            r._r.append(instr)
        else:
            r.text = text


def _run_fonts(run, east_asia: str, size: float | None = None, bold: bool | None = None) -> None:
    rpr = run._r.get_or_add_rPr()
    existing = rpr.find(qn("w:rFonts"))
    if existing is not None:
        rpr.remove(existing)
    rpr.insert(0, _fonts(east_asia))
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold


def _highlight(run) -> None:
    rpr = run._r.get_or_add_rPr()
    mark = OxmlElement("w:highlight")
    mark.set(qn("w:val"), "yellow")
    # Schema order: highlight comes after sz/szCs and before u/effect/…/lang.
    anchor = None
    for tag in ("w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath", "w:vertAlign", "w:u", "w:effect",
                "w:bdr", "w:shd", "w:fitText", "w:rtl", "w:cs", "w:em"):
        anchor = rpr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(mark)
    else:
        rpr.append(mark)


def prompt_text(what: str) -> str:
    """``【请填写：what】``, the mark of a gap only the committee can fill."""
    return f"{PROMPT_OPEN}：{what}】" if what else f"{PROMPT_OPEN}】"


#: A 、 between numbers (4.1、4.2、5.6.1): LibreOffice reads such a list as one number it may not break, and set
#: （ alone at a line's end before it and 、 at the start of a line within it; a zero-width space after each 、
#: is where the line may break (Word breaks there anyway).
_NUMBER_LIST_COMMA = re.compile(r"(?<=\d)、(?=\d)")


def _add_text(p: Paragraph, text: str, *, east_asia: str | None = None, size: float | None = None,
              bold: bool | None = None) -> None:
    """Add ``text`` to ``p``, highlighting every 【请填写…】 prompt inside it."""
    text = _NUMBER_LIST_COMMA.sub("、\u200b", safe_text(text))
    pos = 0
    while pos < len(text):
        start = text.find(PROMPT_OPEN, pos)
        if start < 0:
            chunk, is_prompt, pos_next = text[pos:], False, len(text)
        elif start > pos:
            chunk, is_prompt, pos_next = text[pos:start], False, start
        else:
            end = text.find("】", start)
            end = len(text) if end < 0 else end + 1
            chunk, is_prompt, pos_next = text[start:end], True, end
        lines = chunk.split("\n")
        for i, line in enumerate(lines):
            r = p.add_run(line)
            if i < len(lines) - 1:
                r.add_break()
            if east_asia is not None or size is not None or bold is not None:
                _run_fonts(r, east_asia or SONG, size, bold)
            if is_prompt:
                _highlight(r)
        pos = pos_next


def heading(document: DocxDocument, text: str, level: int = 1) -> Paragraph:
    """A heading paragraph (``一、…`` at level 1, ``（一）…`` at level 2) in 黑体."""
    p = document.add_paragraph(style=document.styles["Heading 1" if level == 1 else "Heading 2"])
    p.paragraph_format.keep_with_next = True
    _add_text(p, text)
    return p


def para(document: DocxDocument, text: str = "", *, style: str | None = None, centred: bool = False,
         right: bool = False, indent: bool = True, east_asia: str | None = None, size: float | None = None,
         bold: bool | None = None) -> Paragraph:
    """A body paragraph (first line indented two characters unless ``indent`` is false)."""
    p = document.add_paragraph(style=document.styles[style] if style else None)
    if centred:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if not indent or centred or right:
        _no_indent(p)
    _add_text(p, text, east_asia=east_asia, size=size, bold=bold)
    return p


def _no_indent(p: Paragraph) -> None:
    ppr = p._p.get_or_add_pPr()
    ind = ppr.find(qn("w:ind"))
    if ind is None:
        ind = OxmlElement("w:ind")
        _append_in_order(ppr, [ind])
    ind.set(qn("w:firstLineChars"), "0")
    ind.set(qn("w:firstLine"), "0")


def hidden_run(p: Paragraph, text: str) -> None:
    """A hidden (``w:vanish``) run: machine data that travels with a row but is not printed."""
    r = p.add_run(safe_text(text))
    rpr = r._r.get_or_add_rPr()
    rpr.append(OxmlElement("w:vanish"))


def _cell_text(cell: _Cell, text: str, *, bold: bool = False, centred: bool = False,
               east_asia: str | None = None, style_id: str | None = None) -> None:
    """``text`` into ``cell`` in the style 表格文字 (``style_id``: its id, looked up once by a caller filling a
    whole table; python-docx looks the style up among all the document's styles at every assignment)."""
    p = cell.paragraphs[0]
    if style_id is None:
        p.style = cell.part.document.styles["表格文字"]
    else:
        p._p.style = style_id
    if centred:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _add_text(p, text, east_asia=east_asia if east_asia else (HEI if bold else None))


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    trpr.append(header)


def _cant_split(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.insert(0, OxmlElement("w:cantSplit"))


def _fixed_layout(tbl: Table, widths_cm: Sequence[float]) -> None:
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.autofit = False
    tbl_pr = tbl._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    # Schema order inside tblPr: tblStyle, …, tblW, jc, …, tblBorders, …, tblLayout, tblCellMar, tblLook.
    look = tbl_pr.find(qn("w:tblLook"))
    if look is not None:
        tbl_pr.remove(look)
        tbl_pr.append(look)
    width = tbl_pr.find(qn("w:tblW"))
    if width is None:
        width = OxmlElement("w:tblW")
        tbl_pr.append(width)
    width.set(qn("w:type"), "dxa")
    width.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    for column, w in zip(tbl.columns, widths_cm):
        column.width = Cm(w)


def table(document: DocxDocument, header: Sequence[str], rows: Sequence[Sequence[str]],
          widths_cm: Sequence[float], *, centred_columns: Sequence[int] = (),
          group_rows: Sequence[int] = ()) -> Table:
    """A ruled table (``Table Grid``) with a repeated bold 黑体 header row.

    ``group_rows`` are indexes into ``rows`` whose cells are merged into one, for a group
    heading (the first cell's text is kept).
    """
    tbl = document.add_table(rows=1 + len(rows), cols=len(header))
    tbl.style = document.styles["Table Grid"]
    _fixed_layout(tbl, widths_cm)
    # The rows listed once, and the cell style's id looked up once: python-docx makes the list of every row at
    # each tbl.rows[r] and searches the styles at each assignment, so a table of 8,000 comments took minutes.
    table_rows = list(tbl.rows)
    style_id = document.styles["表格文字"].style_id
    head = table_rows[0].cells
    for i, text in enumerate(header):
        _cell_text(head[i], text, bold=True, centred=True, style_id=style_id)
    _repeat_header(table_rows[0])
    groups = set(group_rows)
    for r, values in enumerate(rows, start=1):
        row = table_rows[r]
        _cant_split(row)
        cells = row.cells
        if r - 1 in groups:
            merged = cells[0].merge(cells[-1])
            _cell_text(merged, values[0], bold=True, style_id=style_id)
            for paragraph in merged.paragraphs:  # a group heading never ends a page alone
                paragraph.paragraph_format.keep_with_next = True
            continue
        for c, text in enumerate(values):
            _cell_text(cells[c], text, centred=c in centred_columns, style_id=style_id)
    for r, row in enumerate(table_rows):
        if r - 1 in groups:
            row.cells[0].width = Cm(sum(widths_cm))
            continue
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)
    return tbl


def save_bytes(document: DocxDocument) -> bytes:
    """The ``.docx`` bytes of ``document``."""
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
