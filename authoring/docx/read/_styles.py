"""Style sheet of a Word package: names, outline levels, numbering and fonts through ``basedOn``.

Matching is on style *names* and *outline levels*, never on ids: Chinese Word writes heading
styles with ids ``1``, ``2`` and names ``heading 1``; other tools write ``Heading1``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

__all__ = ["W", "w", "val", "on", "StyleSheet", "ParaStyle", "RunFormat", "run_format", "run_properties",
           "first_child", "first_children", "indent_of", "indent_value"]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MAX_CHAIN = 30
_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
#: The heading styles of the GB/T 1.1 templates (TCS 2009: 章标题, 一级条标题 …; 2020: 标准文件_章标题 …),
#: by level. Their level holds even where a round trip through .doc left them "body text" (outline 9).
_GB_HEADING_NAME = re.compile(r"^(?:标准文件_)?(章|一级条|二级条|三级条|四级条|五级条)标题$")
_GB_HEADING_LEVELS = {"章": 0, "一级条": 1, "二级条": 2, "三级条": 3, "四级条": 4, "五级条": 5}
_TOC_NAME = re.compile(r"^(?:toc|目录|table of contents)\s*\d?$", re.IGNORECASE)
_HEITI = ("黑体", "simhei", "heiti", "方正黑体", "方正小标宋", "microsoft yahei", "微软雅黑")


def w(tag: str) -> str:
    """The Clark name of a WordprocessingML tag: ``w("p")``."""
    return f"{{{W}}}{tag}"


_VAL_ATTR = w("val")


def val(element: etree._Element | None, child: str | None = None) -> str | None:
    """``w:val`` of ``element`` (or of its child ``w:child``), or None."""
    if element is not None and child is not None:
        element = first_child(element, w(child))
    return None if element is None else element.get(_VAL_ATTR)


def on(element: etree._Element | None) -> bool | None:
    """An on/off property: None when absent, else its truth (``<w:b/>`` is on)."""
    if element is None:
        return None
    return element.get(_VAL_ATTR, "1").lower() not in ("0", "false", "off", "none")


@dataclass(frozen=True)
class RunFormat:
    """Run properties that matter for telling headings apart: bold, East Asian font, size."""

    bold: bool | None = None
    font: str | None = None
    size: int | None = None  # half-points
    hidden: bool | None = None

    def over(self, base: "RunFormat") -> "RunFormat":
        """These properties, falling back to ``base`` where unset."""
        return RunFormat(
            bold=base.bold if self.bold is None else self.bold,
            font=base.font if self.font is None else self.font,
            size=base.size if self.size is None else self.size,
            hidden=base.hidden if self.hidden is None else self.hidden,
        )

    @property
    def heiti(self) -> bool:
        """The font is a bold-looking CJK face (黑体) that drafters use for titles."""
        return bool(self.font) and self.font.lower() in _HEITI


@dataclass(frozen=True)
class ParaStyle:
    """A paragraph style resolved through its ``basedOn`` chain."""

    name: str = ""
    outline: int | None = None
    num_id: str | None = None
    ilvl: int | None = None
    heading_level: int | None = None
    toc: bool = False
    run: RunFormat = RunFormat()
    indent: int | None = None

    @property
    def is_heading(self) -> bool:
        """A built-in heading style by name, or any style with an outline level 1–9."""
        return self.heading_level is not None or (self.outline is not None and 0 <= self.outline <= 8)


_RFONTS, _SZ, _B, _VANISH, _RSTYLE = w("rFonts"), w("sz"), w("b"), w("vanish"), w("rStyle")
_RUN_TAGS = {_RFONTS, _SZ, _B, _VANISH, _RSTYLE}
_EAST_ASIA, _ASCII, _HANSI = w("eastAsia"), w("ascii"), w("hAnsi")


def first_child(element: etree._Element, tag: str) -> etree._Element | None:
    """The first child ``tag`` (a Clark name) of ``element``, or None: ``element.find(tag)`` without lxml's
    ElementPath machinery, and without the tag parsing ``iterchildren(tag)`` does on every call, which cost more
    than looking through the few children a Word element has."""
    for child in element:
        if child.tag == tag:
            return child
    return None


def first_children(element: etree._Element) -> dict[str, etree._Element]:
    """The first child of each tag: one pass instead of one ``find`` per property."""
    first: dict[str, etree._Element] = {}
    for child in element:
        first.setdefault(child.tag, child)
    return first


def run_properties(rpr: etree._Element) -> tuple[RunFormat, str | None]:
    """The RunFormat of an ``w:rPr`` element and its character style id, in one pass."""
    first: dict[str, etree._Element] = {}
    for child in rpr:
        if child.tag in _RUN_TAGS:
            first.setdefault(child.tag, child)
    font = None
    fonts = first.get(_RFONTS)
    if fonts is not None:
        font = fonts.get(_EAST_ASIA) or fonts.get(_ASCII) or fonts.get(_HANSI)
    size = first[_SZ].get(_VAL_ATTR) if _SZ in first else None
    style = first[_RSTYLE].get(_VAL_ATTR) if _RSTYLE in first else None
    return RunFormat(
        bold=on(first.get(_B)),
        font=font,
        size=_int(size) if size and size.isdigit() else None,
        hidden=on(first.get(_VANISH)),
    ), style


def run_format(rpr: etree._Element | None) -> RunFormat:
    """The RunFormat of an ``w:rPr`` element."""
    return RunFormat() if rpr is None else run_properties(rpr)[0]


def indent_of(ppr: etree._Element | None) -> int | None:
    """Left indent in twips from ``w:ind`` (``left`` or ``start``)."""
    return indent_value(ppr.find(w("ind")) if ppr is not None else None)


def indent_value(ind: etree._Element | None) -> int | None:
    """Left indent in twips of a ``w:ind`` element (``left`` or ``start``)."""
    if ind is None:
        return None
    raw = ind.get(w("left")) or ind.get(w("start"))
    try:
        return int(raw) if raw is not None else None
    except ValueError:
        return None


class StyleSheet:
    """Resolved paragraph and character styles of ``word/styles.xml`` (may be absent)."""

    def __init__(self, root: etree._Element | None):
        self._raw: dict[str, etree._Element] = {}
        self.default_paragraph: str | None = None
        self._defaults = RunFormat()
        self._cache: dict[str | None, ParaStyle] = {}
        self._char_cache: dict[str, RunFormat] = {}
        if root is None:
            return
        for style in root.iter(w("style")):
            sid = style.get(w("styleId"))
            if sid is None:
                continue
            self._raw.setdefault(sid, style)
            if style.get(w("type")) == "paragraph" and style.get(w("default")) in ("1", "true", "on"):
                self.default_paragraph = sid
        defaults = root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        self._defaults = run_format(defaults)

    def style_for_num(self, num_style_link: str) -> etree._Element | None:
        """The raw style element with id ``num_style_link`` (numbering styles)."""
        return self._raw.get(num_style_link)

    def paragraph(self, style_id: str | None) -> ParaStyle:
        """The resolved paragraph style (the default paragraph style when ``style_id`` is None)."""
        key = style_id if style_id in self._raw else self.default_paragraph
        if key in self._cache:
            return self._cache[key]
        resolved = self._resolve(key)
        self._cache[key] = resolved
        return resolved

    def character(self, style_id: str | None) -> RunFormat:
        """The run format of a character style through its chain."""
        if style_id is None or style_id not in self._raw:
            return RunFormat()
        if style_id not in self._char_cache:
            fmt = RunFormat()
            for style in self._chain(style_id):
                fmt = fmt.over(run_format(style.find(w("rPr"))))
            self._char_cache[style_id] = fmt
        return self._char_cache[style_id]

    def _chain(self, style_id: str | None) -> list[etree._Element]:
        chain: list[etree._Element] = []
        seen: set[str] = set()
        while style_id and style_id in self._raw and style_id not in seen and len(chain) < _MAX_CHAIN:
            seen.add(style_id)
            style = self._raw[style_id]
            chain.append(style)
            style_id = val(style, "basedOn")
        return chain

    def _resolve(self, style_id: str | None) -> ParaStyle:
        chain = self._chain(style_id)
        name = ""
        if chain:
            name = val(chain[0], "name") or ""
        outline = num_id = ilvl = indent = None
        heading_level = None
        toc = False
        fmt = RunFormat()
        for style in chain:  # nearest first: the first value found wins
            sname = val(style, "name") or ""
            match = _HEADING_NAME.match(sname.strip())
            if match and heading_level is None:
                heading_level = int(match.group(1))
            toc = toc or bool(_TOC_NAME.match(sname.strip()))
            ppr = style.find(w("pPr"))
            if ppr is not None:
                if outline is None and val(ppr, "outlineLvl") is not None:
                    outline = _int(val(ppr, "outlineLvl"))
                numpr = ppr.find(w("numPr"))
                if numpr is not None:
                    if num_id is None and val(numpr, "numId") is not None:
                        num_id = val(numpr, "numId")
                    if ilvl is None and val(numpr, "ilvl") is not None:
                        ilvl = _int(val(numpr, "ilvl"))
                if indent is None:
                    indent = indent_of(ppr)
            fmt = fmt.over(run_format(style.find(w("rPr"))))
        gb_heading = _GB_HEADING_NAME.match(name.strip())
        if gb_heading and (outline is None or not 0 <= outline <= 8):
            outline = _GB_HEADING_LEVELS[gb_heading.group(1)]
        return ParaStyle(
            name=name, outline=outline, num_id=num_id, ilvl=ilvl, heading_level=heading_level,
            toc=toc, run=fmt.over(self._defaults), indent=indent,
        )


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None
