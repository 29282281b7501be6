"""Flatten a Word body into paragraphs and tables with their visible text and printed numbers.

What counts as text is what Word shows in its final view: inserted text (``w:ins``) counts,
deleted or moved-away text (``w:del``, ``w:moveFrom``) does not, field instructions do not
but field results do, content controls are read through (placeholders are not), hidden runs
are dropped. Paragraphs inside a TOC field or a TOC content control are flagged ``toc``.
Text boxes are read once (``mc:Fallback`` copies are skipped) as paragraphs of their own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from authoring.docx.read._numbering import Numbering
from authoring.docx.read._patterns import DOTTED_LABEL
from authoring.docx.read._styles import (
    ParaStyle, RunFormat, StyleSheet, first_children, indent_value, on, run_properties, val, w,
)
from authoring.text import clean_text

__all__ = ["Para", "TableItem", "Item", "flatten", "body_of", "anchor_index"]

_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_SKIP = {w("del"), w("moveFrom"), w("pPr"), w("rPr"), w("sdtPr"), w("sdtEndPr"), w("delText"),
         w("instrText"), w("delInstrText"), f"{{{_MC}}}Fallback", w("txbxContent"), w("footnoteReference"),
         w("commentReference"), w("tblPr"), w("trPr"), w("tcPr"), w("tblGrid")}
_P, _TBL, _SDT, _R, _T, _PPR, _RPR = w("p"), w("tbl"), w("sdt"), w("r"), w("t"), w("pPr"), w("rPr")
_SDT_PR, _SDT_CONTENT, _FLD_SIMPLE, _FLD_CHAR, _INSTR = (
    w("sdtPr"), w("sdtContent"), w("fldSimple"), w("fldChar"), w("instrText"))
_PSTYLE, _OUTLINE, _JC, _IND, _NUMPR = w("pStyle"), w("outlineLvl"), w("jc"), w("ind"), w("numPr")
_MARK_DELETED = f"{_RPR}/{w('del')}"
_MARK_HIDDEN = f"{_RPR}/{w('vanish')}"
_WRAPPERS = {w("customXml"), w("ins"), w("moveTo"), w("smartTag")}
_ALTERNATE, _CHOICE = f"{{{_MC}}}AlternateContent", f"{{{_MC}}}Choice"
_TABS, _BREAKS, _NO_BREAK_HYPHEN = {w("tab"), w("ptab")}, {w("br"), w("cr")}, w("noBreakHyphen")
_PICTURES = {_ALTERNATE, w("drawing"), w("pict")}
_TXBX = w("txbxContent")
_HYPERLINK = w("hyperlink")
_ANCHOR = w("anchor")
_TEXT = w("t")
# A Word equation (OMML): its text runs are m:t inside m:r, wherever the structure nests them.
_MATH_T = "{http://schemas.openxmlformats.org/officeDocument/2006/math}t"
_ATTR_VAL, _ATTR_TYPE, _ATTR_FLD_TYPE, _ATTR_INSTR = w("val"), w("type"), w("fldCharType"), w("instr")


@dataclass(slots=True)
class Para:
    """A paragraph as a reader sees it: ``label`` is what numbering prints before ``text``."""

    anchor: int
    text: str
    label: str = ""
    fmt: str | None = None
    ilvl: int | None = None
    num_id: str | None = None
    style: str = ""
    heading: bool = False
    heading_level: int | None = None
    outline: int | None = None
    bold: bool = False
    heiti: bool = False
    size: int | None = None
    indent: int | None = None
    center: bool = False
    toc: bool = False
    dotted: bool = False  # a heading's number printed with a trailing dot ("5.1."), read as 5.1

    @property
    def printed(self) -> str:
        """The number and the text as printed on the page."""
        return (self.label + self.text).strip()


@dataclass
class TableItem:
    """A table: cell texts by row (a cell's paragraphs joined by ``\\n``)."""

    anchor: int | None
    rows: list[list[str]] = field(default_factory=list)
    header_rows: int = 0
    #: Each row's first paragraph that prints something (None for an empty row): where a comment on
    #: what the row says is anchored, rather than on the table's first cell.
    row_anchors: list[int | None] = field(default_factory=list)


Item = Para | TableItem


def body_of(document: etree._Element) -> etree._Element:
    """The ``w:body`` of a ``w:document`` root (the root itself when there is none)."""
    body = document.find(w("body"))
    return body if body is not None else document


def anchor_index(body: etree._Element) -> dict[etree._Element, int]:
    """Element → index in ``body.iter(w:p)``, the enumeration anchors refer to."""
    return {p: i for i, p in enumerate(body.iter(w("p")))}


@dataclass
class _Field:
    instr: str = ""
    result: bool = False


class _Walker:
    def __init__(self, styles: StyleSheet, numbering: Numbering, anchors: dict[etree._Element, int],
                 boxes: bool):
        self.styles = styles
        self.numbering = numbering
        self.anchors = anchors
        self.boxes = boxes  # whether the body has any text box: most drafts have none
        self.fields: list[_Field] = []
        self.toc_controls = 0
        # (run's own format, character style, paragraph format) -> effective run format
        self._formats: dict[tuple[RunFormat, str | None, RunFormat], RunFormat] = {}

    # -- blocks ------------------------------------------------------------------------------

    def blocks(self, parent: etree._Element) -> Iterator[Item]:
        for child in parent:
            tag = child.tag
            if tag == _P:
                if self.boxes:
                    for box in _text_boxes(child):
                        yield from self.blocks(box)
                yield self.paragraph(child)
            elif tag == _TBL:
                yield self.table(child)
            elif tag == _SDT:
                yield from self.content_control(child, self.blocks)
            elif tag in _WRAPPERS:
                yield from self.blocks(child)

    def content_control(self, sdt: etree._Element, inner) -> Iterator:
        props = sdt.find(w("sdtPr"))
        content = sdt.find(w("sdtContent"))
        if content is None:
            return
        gallery = props.find(f".//{w('docPartGallery')}") if props is not None else None
        is_toc = gallery is not None and "content" in (val(gallery) or "").lower()
        self.toc_controls += is_toc
        try:
            yield from inner(content)
        finally:
            self.toc_controls -= is_toc

    def table(self, tbl: etree._Element) -> TableItem:
        item = TableItem(anchor=None)
        header_open = True
        for tr in _children(tbl, w("tr")):
            row: list[str] = []
            row_anchor: int | None = None
            for tc in _children(tr, w("tc")):
                lines: list[str] = []
                for para in self.cell_paragraphs(tc):
                    if item.anchor is None:
                        item.anchor = para.anchor
                    if para.printed:
                        lines.append(para.printed)
                        row_anchor = para.anchor if row_anchor is None else row_anchor
                row.append("\n".join(lines))
            item.row_anchors.append(row_anchor)
            header = on(tr.find(f"{w('trPr')}/{w('tblHeader')}"))
            if header and header_open:
                item.header_rows += 1
            else:
                header_open = False
            item.rows.append(row)
        return item

    def cell_paragraphs(self, cell: etree._Element) -> Iterator[Para]:
        # Nested tables are read as lines of the cell, walking iteratively: depth costs nothing.
        stack: list[Iterator[etree._Element]] = [iter(cell)]
        while stack:
            child = next(stack[-1], None)
            if child is None:
                stack.pop()
                continue
            if child.tag == _P:
                if self.boxes:
                    for box in _text_boxes(child):
                        yield from self.blocks(box)
                yield self.paragraph(child)
            elif child.tag in (w("tbl"), w("tr"), w("tc"), w("customXml"), w("ins"), w("moveTo")):
                stack.append(iter(child))
            elif child.tag == w("sdt"):
                content = child.find(w("sdtContent"))
                if content is not None:
                    stack.append(iter(content))

    # -- paragraphs --------------------------------------------------------------------------

    def paragraph(self, p: etree._Element) -> Para:
        """The paragraph ``p`` itself (the caller reads its text boxes first)."""
        ppr = next(p.iterchildren(_PPR), None)  # as p.find, without the ElementPath machinery
        props = first_children(ppr) if ppr is not None else {}
        style_id = _val(props.get(_PSTYLE))
        style = self.styles.paragraph(style_id)
        toc_before = self._in_toc()
        pieces: list[tuple[str, RunFormat]] = []
        self.inline(p, style.run, pieces)
        text = clean_text("".join([piece for piece, _ in pieces]))
        mark_deleted = _RPR in props and ppr.find(_MARK_DELETED) is not None
        para = self._para(p, props, style, text, pieces)
        para.toc = (style.toc or toc_before or self._in_toc() or self.toc_controls > 0
                    or (not para.heading and _internal_links_only(p, text)))
        if not (mark_deleted and not text.strip()):
            numbered = self.numbering.resolve(props.get(_NUMPR), style_id)
            if numbered is not None:
                label = self.numbering.label(*numbered)
                # An empty paragraph whose mark is hidden prints nothing, not even its number,
                # though it moves its list on (authors hide one to skip a number).
                mark_hidden = _RPR in props and bool(on(ppr.find(_MARK_HIDDEN)))
                if label is not None and not (mark_hidden and not text.strip()):
                    printed = label.text
                    if para.heading and DOTTED_LABEL.match(printed):
                        printed = DOTTED_LABEL.sub(r"\1\2", printed)  # a heading's "5.1." is clause 5.1
                        para.dotted = True
                    para.label, para.fmt, para.ilvl, para.num_id = printed, label.fmt, label.ilvl, label.num_id
        return para

    def _para(self, p: etree._Element, props: dict[str, etree._Element], style: ParaStyle, text: str,
              pieces: list[tuple[str, RunFormat]]) -> Para:
        outline = style.outline
        level = _val(props.get(_OUTLINE))
        if level is not None and level.isascii() and level.isdigit() and len(level) < 10:
            outline = int(level)  # isdigit alone admits ² and 5000 digits, which int refuses
        total = bold = heiti = 0
        size = None
        for piece, fmt in pieces:
            # str.split() splits on exactly what str.isspace() calls space: what is left is ink.
            count = len(piece) if piece.isalnum() else sum(map(len, piece.split()))
            if not count:
                continue
            total += count
            if fmt.bold:
                bold += count
            if fmt.heiti:
                heiti += count
            if fmt.size is not None:
                size = max(size or 0, fmt.size)
        indent = indent_value(props.get(_IND))
        return Para(
            anchor=self.anchors.get(p, -1),
            text=text,
            style=style.name,
            heading=style.is_heading or (outline is not None and 0 <= outline <= 8),
            heading_level=style.heading_level,
            outline=outline,
            bold=bold * 2 > (total or 1) and total > 0,
            heiti=heiti * 2 > (total or 1) and total > 0,
            size=size,
            indent=indent if indent is not None else style.indent,
            center=_val(props.get(_JC)) == "center",
        )

    def _in_toc(self) -> bool:
        return bool(self.fields) and any(f.result and f.instr.strip().upper().startswith("TOC") for f in self.fields)

    def inline(self, parent: etree._Element, base: RunFormat, out: list[tuple[str, RunFormat]]) -> None:
        for child in parent:
            tag = child.tag
            if tag in _SKIP or not isinstance(tag, str):
                continue
            if tag == _R:
                self.run(child, base, out)
            elif tag == _SDT:
                props = child.find(_SDT_PR)
                if props is not None and on(props.find(w("showingPlcHdr"))):
                    continue  # placeholder text such as 点击此处添加…
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    self.inline(content, base, out)
            elif tag == _FLD_SIMPLE:
                self.fields.append(_Field(instr=child.get(_ATTR_INSTR, ""), result=True))
                self.inline(child, base, out)
                self.fields.pop()
            elif tag == _ALTERNATE:
                choice = child.find(_CHOICE)
                if choice is not None:
                    self.inline(choice, base, out)
            elif tag == _MATH_T:
                out.append((child.text or "", base))  # an equation's symbols (±×××, P_ij) are text too
            elif len(child):
                self.inline(child, base, out)  # ins, moveTo, hyperlink, smartTag, customXml, oMath …

    def run(self, r: etree._Element, base: RunFormat, out: list[tuple[str, RunFormat]]) -> None:
        fmt = base
        for child in r:
            if child.tag == _RPR:
                own, style_id = run_properties(child)
                key = (own, style_id, base)
                cached = self._formats.get(key)
                if cached is None:
                    cached = self._formats[key] = own.over(self.styles.character(style_id)).over(base)
                fmt = cached
                break
        hidden = bool(fmt.hidden)
        fields = self.fields
        for child in r:
            tag = child.tag
            if tag == _T:
                if not hidden and not (fields and not fields[-1].result):
                    out.append((child.text or "", fmt))
            elif tag == _FLD_CHAR:
                kind = child.get(_ATTR_FLD_TYPE)
                if kind == "begin":
                    fields.append(_Field())
                elif kind == "separate" and fields:
                    fields[-1].result = True
                elif kind == "end" and fields:
                    fields.pop()
            elif tag == _INSTR:
                if fields and not fields[-1].result:
                    fields[-1].instr += child.text or ""
            elif hidden or (fields and not fields[-1].result):
                continue
            elif tag in _TABS:
                out.append(("\t", fmt))
            elif tag in _BREAKS:
                if child.get(_ATTR_TYPE) != "page":
                    out.append(("\n", fmt))
            elif tag == _NO_BREAK_HYPHEN:
                out.append(("-", fmt))
            elif tag in _PICTURES:
                continue  # text boxes are read as paragraphs of their own


def _children(parent: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children named ``tag``, looking through content controls and custom XML wrappers."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag == w("sdt"):
            content = child.find(w("sdtContent"))
            if content is not None:
                yield from _children(content, tag)
        elif child.tag in (w("customXml"), w("ins"), w("moveTo")):
            yield from _children(child, tag)


def _val(element: etree._Element | None) -> str | None:
    return None if element is None else element.get(_ATTR_VAL)


def _text_boxes(p: etree._Element) -> list[etree._Element]:
    """Text box contents anchored in ``p``, skipping the duplicate copies in ``mc:Fallback``."""
    boxes = []
    for box in p.iter(_TXBX):
        ancestor = box.getparent()
        nested = False
        while ancestor is not None and ancestor is not p:
            if ancestor.tag in (f"{{{_MC}}}Fallback", w("txbxContent")):
                nested = True
                break
            ancestor = ancestor.getparent()
        if not nested:
            boxes.append(box)
    return boxes


def flatten(document: etree._Element, styles: StyleSheet, numbering: Numbering) -> list[Item]:
    """The body of ``document`` as a flat list of paragraphs and tables, in reading order."""
    body = body_of(document)
    boxes = next(body.iter(_TXBX), None) is not None
    walker = _Walker(styles, numbering, anchor_index(body), boxes)
    return list(walker.blocks(body))


def _internal_links_only(p: etree._Element, text: str) -> bool:
    """Whether all the text of paragraph ``p`` lies in links to places in the document itself: an
    entry of a table of contents a web page or an HTML conversion left (its headings as links to
    their anchors, QA pass 7: a page's contents list was a complaints policy's evidence for 5.1
    and 6.3), or a *back to top* link. A cross-reference inside a sentence is not all its text, and a
    heading that links to itself (a web page's permalink) is asked about by no caller."""
    links = [h for h in p.iterchildren(_HYPERLINK) if h.get(_ANCHOR)]
    if not links or not text.strip():
        return False
    linked = "".join(t.text or "" for h in links for t in h.iter(_TEXT))
    return "".join(linked.split()) == "".join(text.split())
