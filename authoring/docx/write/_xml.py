"""Raw WordprocessingML helpers for the writer: elements, safe text, runs, fonts and fields.

Everything the writer puts into the XML passes through :func:`safe_text`, so a paste from a
PDF (control characters, zero-width marks, lone surrogates) can never reach lxml.
"""

from __future__ import annotations

import re

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml.etree import _Element

from authoring.text import clean_text

# Characters XML 1.0 cannot hold at all (clean_text already drops C0/C1 controls).
_XML_INVALID = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

# Font faces. Latin text and digits use Times New Roman beside the Chinese faces.
SONG = "宋体"
HEI = "黑体"
LATIN = "Times New Roman"

# Half-points of the Chinese size names.
SIZE_YI = 52  # 一号 26 pt
SIZE_SAN = 32  # 三号 16 pt
SIZE_SI = 28  # 四号 14 pt
SIZE_WU = 21  # 五号 10.5 pt
SIZE_XIAOWU = 18  # 小五 9 pt

# Twentieths of a point.
TYPE_WIDTH = 9355  # 210 mm − 25 mm − 20 mm = 165 mm


def safe_text(text: str) -> str:
    """``text`` cleaned of PDF debris and of anything XML 1.0 cannot represent."""
    return _XML_INVALID.sub("", clean_text(text))


def el(tag: str, attrs: dict[str, str | int] | None = None, *children: _Element) -> _Element:
    """A new element ``tag`` (``w:p``) with ``w:``-prefixed attributes and children."""
    elem = OxmlElement(tag)
    for key, value in (attrs or {}).items():
        elem.set(qn(key if ":" in key else f"w:{key}"), str(value))
    for child in children:
        elem.append(child)
    return elem


def val(tag: str, value: str | int) -> _Element:
    """``<tag w:val="value"/>``."""
    return el(tag, {"val": value})


def fonts(east_asia: str = SONG, latin: str = LATIN) -> _Element:
    """An explicit ``w:rFonts`` (no theme attributes, which would override it)."""
    return el("w:rFonts", {"ascii": latin, "hAnsi": latin, "eastAsia": east_asia, "cs": latin})


def run_props(
    *, east_asia: str | None = None, latin: str = LATIN, size: int | None = None, bold: bool = False
) -> _Element:
    """A ``w:rPr`` in schema order (rFonts, b, sz, szCs)."""
    rpr = el("w:rPr")
    if east_asia is not None:
        rpr.append(fonts(east_asia, latin))
    if bold:
        rpr.append(el("w:b"))
        rpr.append(el("w:bCs"))
    if size is not None:
        rpr.append(val("w:sz", size))
        rpr.append(val("w:szCs", size))
    return rpr


def run(
    text: str, *, east_asia: str | None = None, latin: str = LATIN, size: int | None = None,
    bold: bool = False,
) -> _Element:
    """A ``w:r`` holding ``text``; newlines become ``w:br``, tabs ``w:tab``."""
    r = el("w:r")
    rpr = run_props(east_asia=east_asia, latin=latin, size=size, bold=bold)
    if len(rpr):
        r.append(rpr)
    for i, line in enumerate(safe_text(text).split("\n")):
        if i:
            r.append(el("w:br"))
        for j, piece in enumerate(line.split("\t")):
            if j:
                r.append(el("w:tab"))
            if piece:
                t = el("w:t")
                t.text = piece
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                r.append(t)
    return r


def paragraph(style_id: str | None = None, *runs: _Element, ppr: list[_Element] | None = None) -> _Element:
    """A ``w:p`` with style ``style_id`` and extra pPr children (given in schema order)."""
    p = el("w:p")
    props = el("w:pPr")
    if style_id:
        props.append(val("w:pStyle", style_id))
    for child in ppr or []:
        props.append(child)
    if len(props):
        p.append(props)
    for r in runs:
        p.append(r)
    return p


def num_pr(num_id: int, ilvl: int = 0) -> _Element:
    """``w:numPr`` pointing at list ``num_id`` level ``ilvl`` (``num_id`` 0 switches numbering off)."""
    return el("w:numPr", None, val("w:ilvl", ilvl), val("w:numId", num_id))


def fld_char(kind: str) -> _Element:
    """A run holding ``w:fldChar`` of ``kind`` (begin, separate, end)."""
    return el("w:r", None, el("w:fldChar", {"fldCharType": kind}))


def instr_run(instruction: str) -> _Element:
    """A run holding a field instruction."""
    instr = el("w:instrText")
    instr.text = f" {instruction} "
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return el("w:r", None, instr)


def field_runs(instruction: str, result: list[_Element]) -> list[_Element]:
    """The runs of a complex field: begin, instruction, separate, ``result`` runs, end."""
    return [fld_char("begin"), instr_run(instruction), fld_char("separate"), *result, fld_char("end")]


def bookmark(p: _Element, name: str, ident: int) -> None:
    """Wrap the runs of paragraph ``p`` in bookmark ``name``."""
    start = el("w:bookmarkStart", {"id": ident, "name": name})
    end = el("w:bookmarkEnd", {"id": ident})
    ppr = p.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    p.append(end)


def border(side: str, size: int, *, space: int = 1) -> _Element:
    """A single-line border edge (``size`` in eighths of a point)."""
    return el(f"w:{side}", {"val": "single", "sz": size, "space": space, "color": "000000"})
