"""Flatten a Word body into paragraphs and tables with their visible text and printed numbers.

What counts as text is what Word shows in its final view: inserted text (``w:ins``) counts,
deleted or moved-away text (``w:del``, ``w:moveFrom``) does not, field instructions do not
but field results do, content controls are read through (placeholders are not), hidden runs
are dropped. Paragraphs inside a TOC field or a TOC content control are flagged ``toc``.
Text boxes are read once (``mc:Fallback`` copies are skipped) as paragraphs of their own.
A picture, or an embedded object (an Excel sheet, a Visio drawing) shown by its picture, is noted on the paragraph
that holds it (:class:`Shown`), with the part its picture is and the size it prints.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from authoring.docx.read._numbering import Numbering
from authoring.docx.read._patterns import DOTTED_LABEL
from authoring.docx.read._styles import (
    ParaStyle, RunFormat, StyleSheet, first_children, indent_value, on, run_properties, val, w,
)
from authoring.text import clean_text

__all__ = ["Para", "TableItem", "Item", "Shown", "flatten", "body_of", "anchor_index", "embedded_description"]

_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_SKIP = {w("del"), w("moveFrom"), w("pPr"), w("rPr"), w("sdtPr"), w("sdtEndPr"), w("delText"),
         w("instrText"), w("delInstrText"), f"{{{_MC}}}Fallback", w("txbxContent"), w("footnoteReference"),
         w("commentReference"), w("tblPr"), w("trPr"), w("tcPr"), w("tblGrid")}
_P, _TBL, _SDT, _R, _T, _PPR, _RPR = w("p"), w("tbl"), w("sdt"), w("r"), w("t"), w("pPr"), w("rPr")
_SDT_PR, _SDT_CONTENT, _FLD_SIMPLE, _FLD_CHAR, _INSTR = (
    w("sdtPr"), w("sdtContent"), w("fldSimple"), w("fldChar"), w("instrText"))
_PSTYLE, _OUTLINE, _JC, _IND, _NUMPR = w("pStyle"), w("outlineLvl"), w("jc"), w("ind"), w("numPr")
_DEL, _VANISH, _TR_PR, _TBL_HEADER = w("del"), w("vanish"), w("trPr"), w("tblHeader")
_WRAPPERS = {w("customXml"), w("ins"), w("moveTo"), w("smartTag")}
# What a table cell's paragraphs are read through (nested tables, wrappers), and a table's rows and cells.
_CELL_CONTAINERS = {w("tbl"), w("tr"), w("tc"), w("customXml"), w("ins"), w("moveTo")}
_TABLE_WRAPPERS = {w("customXml"), w("ins"), w("moveTo")}
_ALTERNATE, _CHOICE = f"{{{_MC}}}AlternateContent", f"{{{_MC}}}Choice"
_TABS, _BREAKS, _NO_BREAK_HYPHEN = {w("tab"), w("ptab")}, {w("br"), w("cr")}, w("noBreakHyphen")
_DRAWING, _PICT, _OBJECT = w("drawing"), w("pict"), w("object")
_PICTURES = {_ALTERNATE, _DRAWING, _PICT, _OBJECT}
_TXBX = w("txbxContent")
_HYPERLINK = w("hyperlink")
_ANCHOR = w("anchor")
_TEXT = w("t")
# A Word equation (OMML): its text runs are m:t inside m:r, wherever the structure nests them.
_MATH_T = "{http://schemas.openxmlformats.org/officeDocument/2006/math}t"
_ATTR_VAL, _ATTR_TYPE, _ATTR_FLD_TYPE, _ATTR_INSTR = w("val"), w("type"), w("fldCharType"), w("instr")
# Pictures: DrawingML (w:drawing) and VML (w:pict, and w:object, an embedded object's picture).
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_DML = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_R_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_VML = "{urn:schemas-microsoft-com:vml}"
_OFFICE = "{urn:schemas-microsoft-com:office:office}"
_PICTURE_URI = "http://schemas.openxmlformats.org/drawingml/2006/picture"
_DRAWN = re.compile(r"wordprocessingGroup|wordprocessingCanvas|/chart")
_EMU_PER_MM = 36000
_CSS_MM = {"pt": 25.4 / 72, "in": 25.4, "cm": 10.0, "mm": 1.0, "px": 25.4 / 96, "pc": 25.4 / 6, "": 25.4 / 72}
_CSS_LENGTH = re.compile(r"(?i)(?:^|;)\s*(width|height)\s*:\s*(\d{1,6}(?:\.\d{0,6})?|\.\d{1,6})\s*([a-z]*)")
#: How the writer describes the picture that stands for an embedded object (a picture's alternative text), so
#: that a draft built from a project reads back as the object's picture it was: 嵌入对象 Excel.Sheet.12 的图片.
_EMBEDDED_DESCR = re.compile(r"^嵌入对象 (\S+) 的图片$")


def embedded_description(program: str) -> str:
    """The alternative text of a picture standing for an embedded object of ``program`` (``Excel.Sheet.12``),
    which the reader takes back as that object's picture."""
    return f"嵌入对象 {program} 的图片"


@dataclass(slots=True)
class Shown:
    """A picture a paragraph shows, or an embedded object shown by its picture: ``part`` is the picture's part
    of the package (``word/media/image1.png``), empty when there is none to carry (a drawing of shapes around
    it, a picture linked to a file outside the draft, an object without a picture); ``width`` and ``height`` the
    size it prints in millimetres (0 when not given); ``embedded`` the object's program (``Excel.Sheet.12``,
    ``object`` when the draft does not name it), empty for a picture; ``drawing`` for a picture inside a drawing
    of shapes, which is no picture of its own."""

    part: str
    width: float = 0.0
    height: float = 0.0
    embedded: str = ""
    drawing: bool = False


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
    shown: list[Shown] | None = None  # the pictures and embedded objects it holds, in order

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
    #: How many pictures or embedded objects its cells hold (cells are read as text: they are not carried).
    pictures: int = 0


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
                 boxes: bool, targets: dict[str, str]):
        self.styles = styles
        self.numbering = numbering
        self.anchors = anchors
        self.boxes = boxes  # whether the body has any text box: most drafts have none
        self.targets = targets  # relationship id → part name, for the pictures
        self.shown: list[Shown] | None = None  # the pictures of the paragraph being read
        self.linked = False  # whether the paragraph being read holds a hyperlink with anything in it
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
                    item.pictures += len(para.shown or ())
                    printed = para.printed
                    if printed:
                        lines.append(printed)
                        row_anchor = para.anchor if row_anchor is None else row_anchor
                row.append("\n".join(lines))
            item.row_anchors.append(row_anchor)
            header = on(_grandchild(tr, _TR_PR, _TBL_HEADER))
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
            elif child.tag in _CELL_CONTAINERS:
                stack.append(iter(child))
            elif child.tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    stack.append(iter(content))

    # -- paragraphs --------------------------------------------------------------------------

    def paragraph(self, p: etree._Element) -> Para:
        """The paragraph ``p`` itself (the caller reads its text boxes first)."""
        # The schema puts w:pPr first: looked for there, then (a paragraph without one) among the rest by lxml.
        first = p[0] if len(p) else None
        ppr = first if first is not None and first.tag == _PPR else next(p.iterchildren(_PPR), None)
        props = first_children(ppr) if ppr is not None else {}
        style_id = _val(props.get(_PSTYLE))
        style = self.styles.paragraph(style_id)
        toc_before = self._in_toc()
        pieces: list[tuple[str, RunFormat]] = []
        self.shown, self.linked = None, False
        self.inline(p, style.run, pieces)
        text = clean_text("".join([piece for piece, _ in pieces]))
        mark_deleted = _RPR in props and _grandchild(ppr, _RPR, _DEL) is not None
        para = self._para(p, props, style, text, pieces)
        para.shown, self.shown = self.shown, None
        para.toc = (style.toc or toc_before or self._in_toc() or self.toc_controls > 0
                    or (not para.heading and self.linked and _internal_links_only(p, text)))
        numpr = props.get(_NUMPR)
        # Most paragraphs have no numbering of their own or through their style: resolve would say None.
        if (numpr is not None or style.num_id is not None) and not (mark_deleted and not text.strip()):
            numbered = self.numbering.resolve(numpr, style_id)
            if numbered is not None:
                label = self.numbering.label(*numbered)
                # An empty paragraph whose mark is hidden prints nothing, not even its number,
                # though it moves its list on (authors hide one to skip a number).
                mark_hidden = _RPR in props and bool(on(_grandchild(ppr, _RPR, _VANISH)))
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
                if tag == _HYPERLINK:
                    # Only a paragraph with a link holding something can be all links (_internal_links_only).
                    self.linked = True
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
            elif tag in _PICTURES:  # text boxes are read as paragraphs of their own
                shown = self.picture(child)
                if shown is not None:
                    self.shown = [*(self.shown or ()), shown]

    # -- pictures ----------------------------------------------------------------------------

    def picture(self, element: etree._Element) -> Shown | None:
        """The picture ``element`` (``w:drawing``, ``w:pict``, ``w:object`` or Word's ``mc:AlternateContent``
        around one) shows; ``None`` for shapes, text boxes and lines, which show none."""
        tag = element.tag
        if tag == _ALTERNATE:
            choice = element.find(_CHOICE)
            inner = next((c for c in choice if c.tag in _PICTURES), None) if choice is not None else None
            return self.picture(inner) if inner is not None else None
        if tag == _DRAWING:
            frame = next(iter(element), None)
            if frame is None:
                return None
            extent = frame.find(f"{_WP}extent")
            width, height = (_emu_mm(extent.get("cx")), _emu_mm(extent.get("cy"))) if extent is not None else (0, 0)
            data = frame.find(f"{_DML}graphic/{_DML}graphicData")
            uri = data.get("uri", "") if data is not None else ""
            if uri == _PICTURE_URI:
                blip = data.find(f".//{_DML}blip")
                if blip is None:
                    return None
                doc_pr = frame.find(f"{_WP}docPr")
                mark = _EMBEDDED_DESCR.match(doc_pr.get("descr", "")) if doc_pr is not None else None
                return Shown(self._part(blip.get(f"{_R_NS}embed")), width, height, mark.group(1) if mark else "")
            # A drawing of shapes grouped or on a canvas (a flow chart drawn in Word), or a chart: no picture to
            # carry. A shape alone (a line, a text box) is none.
            return Shown("", width, height, drawing=True) if _DRAWN.search(uri) else None
        if tag == _OBJECT:
            ole = element.find(f"{_OFFICE}OLEObject")
            program = (ole.get("ProgID") or "").strip() if ole is not None else ""
            inner = next((c for c in element if c.tag in (_DRAWING, _ALTERNATE)), None)
            if inner is not None:  # Word 2010 on: the object's picture as a DrawingML picture
                shown = self.picture(inner) or Shown("")
                shown.embedded, shown.drawing = program or "object", False
                return shown
            shown = self._vml(element) or Shown("")
            if not (shown.width and shown.height):  # the object's own size, in twentieths of a point
                shown.width = _twips_mm(element.get(w("dxaOrig")))
                shown.height = _twips_mm(element.get(w("dyaOrig")))
            shown.embedded = program or "object"
            return shown
        return self._vml(element)

    def _vml(self, element: etree._Element) -> Shown | None:
        """The picture of a VML shape in ``element`` (``v:shape`` holding ``v:imagedata``); a group of shapes is a
        drawing with no picture to carry."""
        group = element.find(f"{_VML}group")
        shape = group if group is not None else next(
            (s for s in element.iter(f"{_VML}shape") if s.find(f"{_VML}imagedata") is not None), None)
        if shape is None:
            return None
        sizes = {name.lower(): float(number) * _CSS_MM.get(unit.lower(), 0.0)
                 for name, number, unit in _CSS_LENGTH.findall(shape.get("style", ""))}
        width, height = round(sizes.get("width", 0.0), 1), round(sizes.get("height", 0.0), 1)
        if group is not None:
            return Shown("", width, height, drawing=True)
        image = shape.find(f"{_VML}imagedata")
        return Shown(self._part(image.get(f"{_R_NS}id") or image.get(f"{_R_NS}pict")), width, height)

    def _part(self, rel: str | None) -> str:
        return self.targets.get(rel or "", "")


def _children(parent: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children named ``tag``, looking through content controls and custom XML wrappers."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _children(content, tag)
        elif child.tag in _TABLE_WRAPPERS:
            yield from _children(child, tag)


def _grandchild(element: etree._Element, child: str, grandchild: str) -> etree._Element | None:
    """``element.find("child/grandchild")`` (the first ``grandchild`` of any ``child``), without lxml's ElementPath
    machinery, which costs more than the search."""
    return next((found for inner in element if inner.tag == child for found in inner if found.tag == grandchild), None)


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


def flatten(document: etree._Element, styles: StyleSheet, numbering: Numbering,
            targets: dict[str, str] | None = None) -> list[Item]:
    """The body of ``document`` as a flat list of paragraphs and tables, in reading order; ``targets`` (the main
    document's relationships by id) name the parts its pictures are."""
    body = body_of(document)
    boxes = next(body.iter(_TXBX), None) is not None
    walker = _Walker(styles, numbering, anchor_index(body), boxes, targets or {})
    return list(walker.blocks(body))


def _emu_mm(value: str | None) -> float:
    """A DrawingML length (EMU) in millimetres, to a tenth; 0 for none or nonsense."""
    return round(int(value) / _EMU_PER_MM, 1) if value and value.isdigit() and len(value) < 12 else 0.0


def _twips_mm(value: str | None) -> float:
    """A length in twentieths of a point in millimetres, to a tenth; 0 for none or nonsense."""
    return round(int(value) * 25.4 / 1440, 1) if value and value.isdigit() and len(value) < 10 else 0.0


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
