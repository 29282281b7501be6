"""Word numbering: compute the number Word prints before a paragraph (``5.2``, ``附录A``, ``a)``).

The official drafting template types only ``范围`` and lets numbering linked to the style
print ``1``; this module replays Word's counters over the body in order so the reader sees
the same text a person sees. It follows ``w:numPr`` on the paragraph or through the style
chain, ``w:num`` → ``w:abstractNum`` (and ``numStyleLink``), ``w:lvlText``, ``w:numFmt``,
``w:start``, ``w:lvlOverride/w:startOverride``, ``w:lvlRestart`` and ``w:isLgl``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from authoring.docx.read._styles import ParaStyle, StyleSheet, first_children, val, w

__all__ = ["Numbering", "Label", "format_number"]

_LEVELS = 9
_PLACEHOLDER = re.compile(r"%([1-9])")
_CN_DIGITS = "零一二三四五六七八九"
_TRADITIONAL = "甲乙丙丁戊己庚辛壬癸"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_SUFFIX = {"tab": " ", "space": " ", "nothing": ""}  # a tab prints as a gap: read it as a space
# Word keeps list values between 0 and 32767 (the largest "Start at" its dialog takes); a file
# may say anything, so starts and overrides are clamped to that range and counters stop there.
MAX_VALUE = 32767
# Beyond these a format stops making sense (and Roman numerals have no digits past 3999):
# the number is printed in decimal, as a person reading the label would need it.
_MAX_LETTERS = 26 * 30
_MAX_ROMAN = 3999
_INT = re.compile(r"-?[0-9]{1,12}")
_NUM_ID, _ILVL, _VAL = w("numId"), w("ilvl"), w("val")


@dataclass(frozen=True)
class Level:
    """One ``w:lvl`` of an abstract numbering definition."""

    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None
    legal: bool = False
    suffix: str = " "
    style: str | None = None


@dataclass(frozen=True)
class Label:
    """What numbering prints before a paragraph: ``text`` includes the separator after it."""

    text: str
    fmt: str
    ilvl: int
    num_id: str


@dataclass
class _Counters:
    values: list[int | None] = field(default_factory=lambda: [None] * _LEVELS)
    starts: dict[int, int] = field(default_factory=dict)


class Numbering:
    """Numbering definitions plus the running counters of one pass over a document."""

    def __init__(self, root: etree._Element | None, styles: StyleSheet):
        self._styles = styles
        self._abstract_raw: dict[str, etree._Element] = {}
        self._nums: dict[str, tuple[str, dict[int, int]]] = {}
        self._levels: dict[str, list[Level]] = {}
        self._counters: dict[str, _Counters] = {}
        self._used_nums: set[str] = set()
        # What the definitions say, worked out once per list rather than once per paragraph: the abstract
        # numbering a numId comes to (through any numStyleLink), and the deeper levels a level restarts.
        self._abstract_ids: dict[str, str | None] = {}
        self._restarts: dict[tuple[str, int], tuple[int, ...]] = {}
        # (numId, ilvl as the paragraph gives them, its style id) -> what resolve answers: a draft's numbered
        # paragraphs repeat a handful of these thousands of times.
        self._resolved: dict[tuple[str | None, str | None, str | None], tuple[str, int] | None] = {}
        if root is None:
            return
        for abstract in root.iter(w("abstractNum")):
            self._abstract_raw.setdefault(abstract.get(w("abstractNumId"), ""), abstract)
        for num in root.iter(w("num")):
            overrides: dict[int, int] = {}
            for override in num.iter(w("lvlOverride")):
                start = val(override, "startOverride")
                ilvl = override.get(w("ilvl"))
                index = _int(ilvl)
                if start is not None and index is not None and 0 <= index < _LEVELS and _is_int(start):
                    overrides[index] = _clamp(int(start))
            self._nums.setdefault(num.get(w("numId"), ""), (val(num, "abstractNumId") or "", overrides))

    def resolve(self, numpr: etree._Element | None, style_id: str | None) -> tuple[str, int] | None:
        """``(numId, ilvl)`` of a paragraph from its own ``w:numPr`` (None if it has none) or its style chain."""
        style = self._styles.paragraph(style_id)
        if numpr is None and style.num_id is None:
            return None  # most paragraphs: nothing to number
        own = first_children(numpr) if numpr is not None else {}
        num_id, ilvl = own.get(_NUM_ID), own.get(_ILVL)
        key = (None if num_id is None else num_id.get(_VAL), None if ilvl is None else ilvl.get(_VAL), style_id)
        if key not in self._resolved:
            self._resolved[key] = self._resolve(*key, style)
        return self._resolved[key]

    def _resolve(self, num_id: str | None, ilvl_raw: str | None, style_id: str | None,
                 style: ParaStyle) -> tuple[str, int] | None:
        ilvl = _int(ilvl_raw)
        if ilvl is not None and ilvl < 0:
            ilvl = None
        if num_id is None:
            num_id = style.num_id
        if ilvl is None:
            ilvl = style.ilvl if style.num_id == num_id else None
        if num_id is None or num_id == "0" or num_id not in self._nums:
            return None
        if ilvl is None:
            ilvl = self._level_for_style(num_id, style_id)
        return num_id, min(max(ilvl, 0), _LEVELS - 1)

    def label(self, num_id: str, ilvl: int) -> Label | None:
        """Advance the counters for a paragraph numbered ``(num_id, ilvl)`` and render its label."""
        abstract_id = self._abstract_id(num_id)
        if abstract_id is None:
            return None
        levels = self._abstract_levels(abstract_id)
        counters = self._counters.get(abstract_id)
        if counters is None:
            counters = self._counters[abstract_id] = _Counters()
        if num_id not in self._used_nums:
            self._used_nums.add(num_id)
            for lvl, start in self._nums[num_id][1].items():
                if 0 <= lvl < _LEVELS:
                    counters.values[lvl] = None
                    counters.starts[lvl] = start
        level = levels[ilvl]
        current = counters.values[ilvl]
        counters.values[ilvl] = min(current + 1, MAX_VALUE) if current is not None else counters.starts.get(
            ilvl, level.start)
        for deeper in self._restarted(abstract_id, levels, ilvl):
            counters.values[deeper] = None
            counters.starts.pop(deeper, None)
        text = self._render(level, levels, counters)
        return Label(text=text + level.suffix if text else "", fmt=level.fmt, ilvl=ilvl, num_id=num_id)

    def _render(self, level: Level, levels: list[Level], counters: _Counters) -> str:
        if level.fmt == "bullet":
            return level.text

        def value(match: re.Match[str]) -> str:
            lvl = int(match.group(1)) - 1
            current = counters.values[lvl]
            number = current if current is not None else counters.starts.get(lvl, levels[lvl].start)
            fmt = levels[lvl].fmt
            if level.legal and fmt not in ("none", "bullet"):
                fmt = "decimal"
            return format_number(number, fmt)

        return _PLACEHOLDER.sub(value, level.text)

    def _restarted(self, abstract_id: str, levels: list[Level], ilvl: int) -> tuple[int, ...]:
        """The deeper levels of list ``abstract_id`` that a paragraph at ``ilvl`` restarts."""
        key = (abstract_id, ilvl)
        restarted = self._restarts.get(key)
        if restarted is None:
            restarted = []
            for deeper in range(ilvl + 1, _LEVELS):
                restart = levels[deeper].restart
                threshold = deeper if restart is None else restart
                if threshold > 0 and ilvl < threshold:
                    restarted.append(deeper)
            restarted = self._restarts[key] = tuple(restarted)
        return restarted

    def _abstract_id(self, num_id: str) -> str | None:
        if num_id not in self._abstract_ids:
            self._abstract_ids[num_id] = self._follow_links(num_id)
        return self._abstract_ids[num_id]

    def _follow_links(self, num_id: str) -> str | None:
        abstract_id = self._nums.get(num_id, ("", {}))[0]
        # A numStyleLink points at a numbering style whose own numPr names the real list.
        for _ in range(5):
            abstract = self._abstract_raw.get(abstract_id)
            if abstract is None:
                return None
            link = val(abstract, "numStyleLink")
            if link is None:
                return abstract_id
            style = self._styles.style_for_num(link)
            linked_num = val(style.find(f"{w('pPr')}/{w('numPr')}"), "numId") if style is not None else None
            if linked_num is None or linked_num not in self._nums:
                return abstract_id
            abstract_id = self._nums[linked_num][0]
        return abstract_id

    def _abstract_levels(self, abstract_id: str) -> list[Level]:
        if abstract_id not in self._levels:
            levels = [Level() for _ in range(_LEVELS)]
            abstract = self._abstract_raw.get(abstract_id)
            for lvl in abstract.iter(w("lvl")) if abstract is not None else ():
                index = _int(lvl.get(w("ilvl")))
                if index is None or not 0 <= index < _LEVELS:
                    continue
                start = val(lvl, "start")
                restart = val(lvl, "lvlRestart")
                levels[index] = Level(
                    start=_clamp(int(start)) if start is not None and _is_int(start) else 1,
                    fmt=val(lvl, "numFmt") or "decimal",
                    text=val(lvl, "lvlText") or "",
                    restart=int(restart) if restart is not None and _is_int(restart) else None,
                    legal=lvl.find(w("isLgl")) is not None,
                    suffix=_SUFFIX.get(val(lvl, "suff") or "tab", " "),
                    style=val(lvl, "pStyle"),
                )
            self._levels[abstract_id] = levels
        return self._levels[abstract_id]

    def _level_for_style(self, num_id: str, style_id: str | None) -> int:
        abstract_id = self._abstract_id(num_id)
        if abstract_id is None or style_id is None:
            return 0
        for index, level in enumerate(self._abstract_levels(abstract_id)):
            if level.style == style_id:
                return index
        return 0


def format_number(number: int, fmt: str) -> str:
    """``number`` printed in Word's ``numFmt`` (``upperLetter`` 1 → ``A``, 27 → ``AA``).

    Any integer is accepted and the text stays short: a number a format cannot print sensibly
    (letters past 780 = 30 × ``Z``, Roman numerals past 3999, circled numbers past 20, counting
    numerals past 9999) is printed in decimal.
    """
    if fmt == "none":
        return ""
    if fmt in ("upperLetter", "lowerLetter", "upperRoman", "lowerRoman") and number > (
            _MAX_LETTERS if fmt.endswith("Letter") else _MAX_ROMAN):
        return str(number)
    if fmt in ("upperLetter", "lowerLetter"):
        letters = chr(ord("A") + (number - 1) % 26) * ((number - 1) // 26 + 1) if number > 0 else ""
        return letters if fmt == "upperLetter" else letters.lower()
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(number)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographDigital",
               "japaneseCounting", "taiwaneseCounting"):
        return _chinese(number)
    if fmt == "ideographTraditional":
        return _TRADITIONAL[(number - 1) % 10] if number > 0 else str(number)
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return _CIRCLED[number - 1] if 0 < number <= len(_CIRCLED) else str(number)
    if fmt == "decimalZero":
        return f"{number:02d}"
    if fmt == "decimalFullWidth":
        return str(number).translate({ord(str(d)): chr(0xFF10 + d) for d in range(10)})
    if fmt == "decimalEnclosedParen":
        return f"({number})"
    return str(number)


def _roman(number: int) -> str:
    if number <= 0:
        return str(number)
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            out += letters
            number -= value
    return out


def _chinese(number: int) -> str:
    if not 0 < number < 10000:
        return str(number)
    units = ["", "十", "百", "千"]
    digits = [int(d) for d in str(number)]
    out = ""
    zero = False
    for position, digit in enumerate(digits):
        unit = units[len(digits) - position - 1]
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += _CN_DIGITS[digit] + unit
    return out[1:] if out.startswith("一十") else out


def _is_int(text: str | None) -> bool:
    """True for a plain decimal integer of ASCII digits with at most 12 of them.

    ``str.isdigit`` is not enough: it accepts ``²`` and other digits ``int`` refuses, and
    ``int`` refuses more than 4300 digits.
    """
    return text is not None and _INT.fullmatch(text.strip()) is not None


def _int(text: str | None) -> int | None:
    return int(text) if _is_int(text) else None


def _clamp(value: int) -> int:
    return min(max(value, 0), MAX_VALUE)
