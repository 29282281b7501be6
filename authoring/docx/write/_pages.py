"""Estimated page numbers for the pre-filled 目次 entries.

A viewer that never updates fields (LibreOffice keeps a TOC as written) shows the
pre-filled numbers, so the writer estimates them from a simple line-count model of the
body: A4 type area, 五号 at exactly 20 pt, headings with their spacing, page breaks
before 前言/引言, annexes and 参考文献, and section restarts. Word replaces the numbers
when it updates the field on open. The estimate is exact for elements that start a page
(前言, 范围, annexes, 参考文献) as long as the pages before them are not much fuller than
the model thinks.
"""

from __future__ import annotations

import math
import unicodedata

from docx.oxml.ns import qn
from lxml.etree import _Element

from authoring.docx.write import _styles as S

_PAGE_HEIGHT = 714.0  # pt: 297 mm − 25 mm − 20 mm
_LINE_WIDTH = 44.5  # 五号 full-width characters per line of the type area (165 mm)

# style id → (line height pt, spacing pt, characters of indent, font scale vs 五号)
_METRICS: dict[str, tuple[float, float, float, float]] = {
    S.CHAPTER: (14.0, 31.2, 0, 1.0),
    S.FRONT_TITLE: (21.0, 47.4, 0, 1.52),
    S.TOC_TITLE: (21.0, 47.4, 0, 1.52),
    S.BODY_TITLE: (21.0, 54.0, 0, 1.52),
    S.BIBLIO_TITLE: (14.0, 39.6, 0, 1.0),
    S.ANNEX_ID: (14.0, 23.4, 0, 1.0),
    S.NOTE: (15.0, 0, 2, 0.86),
    S.EXAMPLE: (15.0, 0, 2, 0.86),
    S.TABLE_TITLE: (14.0, 15.6, 0, 1.0),
    S.FIGURE_TITLE: (14.0, 15.6, 0, 1.0),
    S.FIGURE: (14.0, 7.8, 0, 1.0),
    S.TERM_NUMBER: (20.0, 7.8, 0, 1.0),
    S.END_LINE: (14.0, 24.0, 0, 1.0),
    S.TOC1: (20.0, 0, 0, 1.0),
    S.TOC2: (20.0, 0, 1, 1.0),
}
_CLAUSE_METRICS = (14.0, 15.6, 0, 1.0)
_BODY_METRICS = (20.0, 0, 2, 1.0)
_LIST_METRICS = (20.0, 0, 4, 1.0)
_TABLE_ROW_LINE = 13.0
_BREAK_STYLES = {S.FRONT_TITLE, S.ANNEX_ID, S.BIBLIO_TITLE}
_LIST_IDS = {*S.DASH, *S.LETTER, *S.NUMBER, *S.BULLET}
_HEADING_IDS = {*S.CLAUSE, *S.ANNEX_CLAUSE, *S.INTRO_CLAUSE}


def _width(text: str) -> float:
    """Width in 五号 full-width characters (Latin letters and digits count half)."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5 for ch in text)


def _lines(text: str, indent: float, scale: float) -> int:
    per_line = _LINE_WIDTH / scale
    return sum(max(1, math.ceil((_width(part) + indent) / per_line)) for part in text.split("\n"))


def _text(p: _Element) -> str:
    parts: list[str] = []
    for node in p.iter(qn("w:t"), qn("w:br"), qn("w:tab")):
        parts.append(node.text or "" if node.tag == qn("w:t") else ("\n" if node.tag == qn("w:br") else " "))
    return "".join(parts)


def _style(p: _Element) -> str | None:
    node = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return node.get(qn("w:val")) if node is not None else None


def _breaks_before(p: _Element, style: str | None) -> bool:
    direct = p.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}")
    if direct is not None:
        return direct.get(qn("w:val")) not in ("0", "false")
    return style in _BREAK_STYLES


def _paragraph_height(p: _Element) -> float:
    style = _style(p)
    if style in _HEADING_IDS:
        line, space, indent, scale = _CLAUSE_METRICS
    elif style in _LIST_IDS:
        line, space, indent, scale = _LIST_METRICS
    else:
        line, space, indent, scale = _METRICS.get(style or "", _BODY_METRICS)
    return _lines(_text(p), indent, scale) * line + space


def _table_height(tbl: _Element) -> float:
    height = 0.0
    for tr in tbl.iter(qn("w:tr")):
        cells = tr.findall(qn("w:tc"))
        if not cells:
            continue
        share = max(1, len(cells))
        row_lines = max(
            sum(_lines(_text(p), 0, 0.86 * share) for p in tc.findall(qn("w:p"))) for tc in cells
        )
        height += row_lines * _TABLE_ROW_LINE + 4
    return height


def estimate_pages(body: _Element, bookmarks: set[str]) -> dict[str, int]:
    """Page number (within its section) of the paragraph holding each bookmark."""
    pages: dict[str, int] = {}
    page, used = 1, 0.0
    for child in body:
        if child.tag == qn("w:tbl"):
            used += _table_height(child)
        elif child.tag == qn("w:p"):
            if _breaks_before(child, _style(child)) and used > 0:
                page, used = page + 1, 0.0
            height = _paragraph_height(child)
            if used + height > _PAGE_HEIGHT and used > 0:
                page, used = page + 1, 0.0
            for mark in child.iter(qn("w:bookmarkStart")):
                if mark.get(qn("w:name")) in bookmarks:
                    pages[mark.get(qn("w:name"))] = page
            used += height
            if child.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
                page, used = 1, 0.0
        while used > _PAGE_HEIGHT:
            page, used = page + 1, used - _PAGE_HEIGHT
    return pages


def roman(number: int) -> str:
    """Upper-case Roman numeral (page numbers of the front matter)."""
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, number = divmod(number, value)
        out += letters * count
    return out
