"""Flatten a Word body into paragraphs and tables with their visible text and printed numbers.

What counts as text is what Word shows in its final view: inserted text (``w:ins``) counts,
deleted or moved-away text (``w:del``, ``w:moveFrom``) does not, field instructions do not
but field results do, content controls are read through (placeholders are not), hidden runs
are dropped. Paragraphs inside a TOC field or a TOC content control are flagged ``toc``.
Text boxes are read once (``mc:Fallback`` copies are skipped) as paragraphs of their own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from authoring.docx._rnumbering import Numbering
from authoring.docx._rstyles import ParaStyle, RunFormat, StyleSheet, indent_of, on, run_format, val, w
from authoring.text import clean_text

__all__ = ["Para", "TableItem", "Item", "flatten", "body_of", "anchor_index"]

_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_SKIP = {w("del"), w("moveFrom"), w("pPr"), w("rPr"), w("sdtPr"), w("sdtEndPr"), w("delText"),
         w("instrText"), w("delInstrText"), f"{{{_MC}}}Fallback", w("txbxContent"), w("footnoteReference"),
         w("commentReference"), w("tblPr"), w("trPr"), w("tcPr"), w("tblGrid")}


@dataclass
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
    def __init__(self, styles: StyleSheet, numbering: Numbering, anchors: dict[etree._Element, int]):
        self.styles = styles
        self.numbering = numbering
        self.anchors = anchors
        self.fields: list[_Field] = []
        self.toc_controls = 0

    # -- blocks ------------------------------------------------------------------------------

    def blocks(self, parent: etree._Element) -> Iterator[Item]:
        for child in parent:
            tag = child.tag
            if tag == w("p"):
                yield from self.paragraph(child)
            elif tag == w("tbl"):
                yield self.table(child)
            elif tag == w("sdt"):
                yield from self.content_control(child, self.blocks)
            elif tag in (w("customXml"), w("ins"), w("moveTo"), w("smartTag")):
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
            for tc in _children(tr, w("tc")):
                lines: list[str] = []
                for para in self.cell_paragraphs(tc):
                    if item.anchor is None:
                        item.anchor = para.anchor
                    if para.printed:
                        lines.append(para.printed)
                row.append("\n".join(lines))
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
            if child.tag == w("p"):
                yield from self.paragraph(child)
            elif child.tag in (w("tbl"), w("tr"), w("tc"), w("customXml"), w("ins"), w("moveTo")):
                stack.append(iter(child))
            elif child.tag == w("sdt"):
                content = child.find(w("sdtContent"))
                if content is not None:
                    stack.append(iter(content))

    # -- paragraphs --------------------------------------------------------------------------

    def paragraph(self, p: etree._Element) -> Iterator[Para]:
        for box in _text_boxes(p):
            yield from self.blocks(box)
        ppr = p.find(w("pPr"))
        style_id = val(ppr, "pStyle") if ppr is not None else None
        style = self.styles.paragraph(style_id)
        toc_before = self._in_toc()
        pieces: list[tuple[str, RunFormat]] = []
        self.inline(p, style.run, pieces)
        text = clean_text("".join(piece for piece, _ in pieces))
        mark_deleted = ppr is not None and ppr.find(f"{w('rPr')}/{w('del')}") is not None
        para = self._para(p, ppr, style, text, pieces)
        para.toc = style.toc or toc_before or self._in_toc() or self.toc_controls > 0
        if not (mark_deleted and not text.strip()):
            numbered = self.numbering.resolve(ppr, style_id)
            if numbered is not None:
                label = self.numbering.label(*numbered)
                if label is not None:
                    para.label, para.fmt, para.ilvl, para.num_id = label.text, label.fmt, label.ilvl, label.num_id
        yield para

    def _para(self, p: etree._Element, ppr: etree._Element | None, style: ParaStyle, text: str,
              pieces: list[tuple[str, RunFormat]]) -> Para:
        outline = style.outline
        if ppr is not None and val(ppr, "outlineLvl") is not None and (val(ppr, "outlineLvl") or "").isdigit():
            outline = int(val(ppr, "outlineLvl") or 9)
        weights: Counter[str] = Counter()
        size = None
        for piece, fmt in pieces:
            count = sum(1 for ch in piece if not ch.isspace())
            if not count:
                continue
            weights["all"] += count
            weights["bold"] += count if fmt.bold else 0
            weights["heiti"] += count if fmt.heiti else 0
            if fmt.size is not None:
                size = max(size or 0, fmt.size)
        total = weights["all"] or 1
        jc = val(ppr, "jc") if ppr is not None else None
        indent = indent_of(ppr)
        return Para(
            anchor=self.anchors.get(p, -1),
            text=text,
            style=style.name,
            heading=style.is_heading or (outline is not None and 0 <= outline <= 8),
            heading_level=style.heading_level,
            outline=outline,
            bold=weights["bold"] * 2 > total and weights["all"] > 0,
            heiti=weights["heiti"] * 2 > total and weights["all"] > 0,
            size=size,
            indent=indent if indent is not None else style.indent,
            center=jc == "center",
        )

    def _in_toc(self) -> bool:
        return any(f.result and f.instr.strip().upper().startswith("TOC") for f in self.fields)

    def inline(self, parent: etree._Element, base: RunFormat, out: list[tuple[str, RunFormat]]) -> None:
        for child in parent:
            tag = child.tag
            if tag in _SKIP or not isinstance(tag, str):
                continue
            if tag == w("r"):
                self.run(child, base, out)
            elif tag == w("sdt"):
                props = child.find(w("sdtPr"))
                if props is not None and on(props.find(w("showingPlcHdr"))):
                    continue  # placeholder text such as 点击此处添加…
                content = child.find(w("sdtContent"))
                if content is not None:
                    self.inline(content, base, out)
            elif tag == w("fldSimple"):
                self.fields.append(_Field(instr=child.get(w("instr"), ""), result=True))
                self.inline(child, base, out)
                self.fields.pop()
            elif tag == f"{{{_MC}}}AlternateContent":
                choice = child.find(f"{{{_MC}}}Choice")
                if choice is not None:
                    self.inline(choice, base, out)
            elif len(child):
                self.inline(child, base, out)  # ins, moveTo, hyperlink, smartTag, customXml …

    def run(self, r: etree._Element, base: RunFormat, out: list[tuple[str, RunFormat]]) -> None:
        rpr = r.find(w("rPr"))
        fmt = run_format(rpr).over(self.styles.character(val(rpr, "rStyle") if rpr is not None else None)).over(base)
        hidden = bool(fmt.hidden)
        for child in r:
            tag = child.tag
            if tag == w("fldChar"):
                kind = child.get(w("fldCharType"))
                if kind == "begin":
                    self.fields.append(_Field())
                elif kind == "separate" and self.fields:
                    self.fields[-1].result = True
                elif kind == "end" and self.fields:
                    self.fields.pop()
            elif tag == w("instrText"):
                if self.fields and not self.fields[-1].result:
                    self.fields[-1].instr += child.text or ""
            elif hidden or (self.fields and not self.fields[-1].result):
                continue
            elif tag == w("t"):
                out.append((child.text or "", fmt))
            elif tag in (w("tab"), w("ptab")):
                out.append(("\t", fmt))
            elif tag in (w("br"), w("cr")):
                if child.get(w("type")) != "page":
                    out.append(("\n", fmt))
            elif tag == w("noBreakHyphen"):
                out.append(("-", fmt))
            elif tag == f"{{{_MC}}}AlternateContent" or tag in (w("drawing"), w("pict")):
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


def _text_boxes(p: etree._Element) -> list[etree._Element]:
    """Text box contents anchored in ``p``, skipping the duplicate copies in ``mc:Fallback``."""
    boxes = []
    for box in p.iter(w("txbxContent")):
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
    walker = _Walker(styles, numbering, anchor_index(body))
    return list(walker.blocks(body))
