"""Text hygiene shared by every layer: what a paste from a PDF leaves behind."""

from __future__ import annotations

import re
from unicodedata import east_asian_width

# C0/C1 controls other than tab and newlines.
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f"
CONTROL_CHARS = re.compile(f"[{_CONTROLS}]")
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Unicode category Zs except the plain space and the ideographic space (U+3000), which
# GB/T 1.1 uses between a number and a title; a test checks this against unicodedata.
ODD_SPACES = "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f"
# Most text has none of these: one regex search decides, and only dirty text is translated.
_DIRTY = re.compile(f"[{_CONTROLS}{_ZERO_WIDTH}{ODD_SPACES}]")
_TABLE: dict[int, str | None] = {
    **{code: None for code in range(0xA0) if CONTROL_CHARS.match(chr(code))},
    **dict.fromkeys(map(ord, _ZERO_WIDTH), None),
    **dict.fromkeys(map(ord, ODD_SPACES), " "),
}


#: Full-width digits, Latin capitals and small letters, and the full-width full stop, each to its ASCII form (one
#: character for one): a number or a code typed in full-width forms (４．１, 表 １, 附录 Ａ) read as one where it is looked for.
WIDE_DIGITS = {ord("０") + i: ord("0") + i for i in range(10)} | {ord("．"): ord(".")}
WIDE_LETTERS = {ord("Ａ") + i: ord("A") + i for i in range(26)} | {ord("ａ") + i: ord("a") + i for i in range(26)}
WIDE_ALNUM = WIDE_DIGITS | WIDE_LETTERS


#: Slashes a download site or a full-width input puts in a document code (GB∕T, GB／T): read as
#: ``/`` where a code is looked for, one character for one, so that positions stay where they are.
SLASH_LOOKALIKES = str.maketrans("\u2215\uff0f", "//")
_HAS_WIDE_ALNUM = re.compile("[\uff0e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


def narrowed(text: str) -> str:
    """``text`` with its full-width digits and letters (and, where it has any, its full-width slashes) in their ASCII
    forms, one character for one; text with none is returned as it is."""
    return text.translate(WIDE_ALNUM).translate(SLASH_LOOKALIKES) if _HAS_WIDE_ALNUM.search(text) else text


def clean_text(text: str) -> str:
    """Drop control characters and zero-width marks, and turn odd spaces into plain ones.

    The ideographic space (U+3000) is kept: GB/T 1.1 uses it between a number and a title.

    >>> clean_text("服务\\x0c质量\\u00a0要求\\u200b")
    '服务质量 要求'
    """
    return text.translate(_TABLE) if _DIRTY.search(text) else text


def normalise_space(text: str) -> str:
    """Collapse runs of spaces (not the ideographic space) and strip the ends."""
    return re.sub(r"[ \t]+", " ", clean_text(text)).strip()


#: White space between two Chinese characters (or a Chinese character and its full-width punctuation), which Chinese
#: text has none of: a page's justification, or an OCR that set every word apart (服 务 规 范: the page texts of round 205).
_CJK = "\u3000-\u303f\u3400-\u9fff\uff01-\uff0f\uff1a-\uff1f"
_CJK_GAP = re.compile(rf"(?<=[{_CJK}])[ \t\u3000]+(?=[{_CJK}])")


def close_cjk_gaps(text: str) -> str:
    """``text`` without white space between two Chinese characters (``服 务 规 范 。`` → ``服务规范。``); English words
    and figures keep theirs.

    >>> close_cjk_gaps("本 规范 适用 于 公路 ETC 和 相关 非 现 金 支付 。")
    '本规范适用于公路 ETC 和相关非现金支付。'
    """
    return _CJK_GAP.sub("", text) if " " in text or "\t" in text or "\u3000" in text else text


_HAN_PAIR = re.compile(r"[\u3400-\u9fff](?=[\u3400-\u9fff])")
_HAN_GAP = re.compile(r"[\u3400-\u9fff][ \t\u3000]+(?=[\u3400-\u9fff])")


def cjk_gaps(text: str, fewest: float = 0) -> tuple[int, int]:
    """``(gaps, pairs)``: how many neighbouring Chinese characters of ``text`` have white space between them, and how
    many neighbouring pairs there are, spaced or not; ``(0, 0)`` at once when fewer than ``fewest`` gaps could be there.

    >>> cjk_gaps("服 务 规范")
    (2, 3)
    """
    if text.count(" ") + text.count("\t") + text.count("\u3000") < fewest:
        return 0, 0
    gaps = len(_HAN_GAP.findall(text))
    if gaps < fewest:
        return 0, 0
    return gaps, gaps + len(_HAN_PAIR.findall(text))


# A figure standing alone between Chinese words, with a plain space on either side (每千字 0.88 次,
# 1 条): where a terminal wraps at spaces, the line would break there and leave the figure's unit
# alone on the next line. A designation's number (GB/T 1.1 结构) keeps its space.
_CJK_FIGURE = re.compile(r"(?:(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]) ?|^)(\d+(?:\.\d+)?%?) (?=[\u4e00-\u9fff])")


def tight_cjk(text: str) -> str:
    """``text`` with a figure standing between Chinese words joined to them, for a terminal that
    wraps at spaces.

    >>> tight_cjk("本文件很少提及服务（每千字 0.88 次）：1 条未命中，GB/T 1.1 结构")
    '本文件很少提及服务（每千字0.88次）：1条未命中，GB/T 1.1 结构'
    >>> tight_cjk("2 条未命中")
    '2条未命中'
    """
    return _CJK_FIGURE.sub(r"\1", text)


# Line breaking for a terminal, the way Chinese is set (a simplified GB/T 15834 / JIS X 4051
# "kinsoku"): a line may break between any two Chinese characters, never inside a run of Latin
# letters and figures (5.8, GB/T, 25%, a file name), never before closing punctuation and never
# after opening punctuation. Terminals and Textual break at spaces only, and fold a longer run
# anywhere, so （4.2、5.5） came out as "（4" and ".2、5.5）".
_NO_LINE_START = frozenset("，。、；：！？）》」』】〕〉”’…—·％")
_NO_LINE_END = frozenset("（《「『【〔〈“‘")


def _is_wide(char: str) -> bool:
    return east_asian_width(char) in "WF"


def _break_units(paragraph: str) -> list[str]:
    """The paragraph cut where a line may end: each unit either all spaces or none."""
    units: list[str] = []
    word = ""
    for char in paragraph:
        if char.isspace() and char != "\u3000":
            kind = "space"
        elif _is_wide(char) or char in _NO_LINE_START or char in _NO_LINE_END:
            kind = "wide"
        else:
            word += char
            continue
        if word:
            units.append(word)
            word = ""
        if kind == "space" and units and units[-1].isspace():
            units[-1] += char
        else:
            units.append(char)
    if word:
        units.append(word)
    joined: list[list[str]] = []  # each unit's parts, joined once at the end: linear however long a run
    for unit in units:
        last = joined[-1] if joined else None
        if last and not unit.isspace() and not last[0].isspace() and (
            unit[0] in _NO_LINE_START or last[-1][-1] in _NO_LINE_END
        ):
            last.append(unit)
        else:
            joined.append([unit])
    return ["".join(parts) for parts in joined]


def wrap_cjk(text: str, width: int) -> list[str]:
    """``text`` cut into lines of at most ``width`` terminal cells, broken as Chinese is set.

    >>> wrap_cjk("请人工核对（4.2、5.5、5.6.1）", 14)
    ['请人工核对', '（4.2、5.5、', '5.6.1）']
    >>> wrap_cjk("未发现 GB/T 1.1 结构", 12)
    ['未发现 GB/T', '1.1 结构']
    >>> wrap_cjk("一行\\n\\n两行", 10)
    ['一行', '', '两行']
    """
    from rich.cells import cell_len

    if width <= 0:
        return text.split("\n")
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used, gap = "", 0, ""
        for unit in _break_units(paragraph):
            if unit.isspace():
                if line:
                    gap += unit
                else:
                    line, used = unit, cell_len(unit)  # the paragraph's own indent
                continue
            size = cell_len(unit)
            if line and used + cell_len(gap) + size <= width:
                line, used = line + gap + unit, used + cell_len(gap) + size
            elif size <= width:
                if line.strip():
                    lines.append(line)
                    line, used = unit, size
                else:
                    line, used = line + unit, used + size
            else:  # longer than a line (a path): folded, as a terminal would
                if line.strip():
                    lines.append(line)
                line, used = "", 0
                for char in unit:
                    step = cell_len(char)
                    if used + step > width and line:
                        lines.append(line)
                        line, used = "", 0
                    line, used = line + char, used + step
            gap = ""
        lines.append(line)
    return lines


def chinese_number(text: str) -> int | None:
    """``十二`` → 12, ``二十`` → 20, ``一百零五`` → 105, ``12`` → 12; None when not a number."""
    if text.isdigit():
        return int(text)
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
    total, current = 0, 0
    for ch in text:
        if ch in digits:
            current = digits[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


#: Where a list of names (起草单位, 起草人, 发布单位) is cut: at 、 and ；, and at a comma that does not stand
#: before a company's legal form (``ABC Co., Ltd.``, ``XYZ, Inc.``, ``… Co.，Ltd``), which belongs to the name
#: before it. The legal form ends in a dot or ends the name (``…, Limited Partners`` is a name of its own).
_NAME_BREAK = re.compile(
    r"[、；;]|[，,](?!\s*(?i:ltd|limited|inc|incorporated|corp|corporation|llc|l\.l\.c|llp|plc|gmbh|ag|s\.?a|"
    r"s\.p\.a|b\.?v|n\.?v|pte|pty|k\.?k)(?:\.|\s*(?:$|[、，,；;（(])))"
)


def split_names(text: str) -> list[str]:
    """The names of a list a committee types or a 前言 prints, blanks dropped: ``甲单位、ABC Co., Ltd.、乙单位``
    is three (the reader, the studio's metadata and new-project forms)."""
    return [name.strip() for name in _NAME_BREAK.split(text) if name.strip()]


def first_characters(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters any match of ``pattern`` can begin with, when it can be told (lookarounds aside, each
    branch starts with a literal or a set of literals); None when it cannot (a match may begin anywhere, the
    pattern ignores case, or the parser of this Python is not the one read here). A text holding none of
    them holds no match: a quick test before searching a long alternation in every paragraph."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        from re import _parser  # type: ignore[attr-defined]

        found = _leading(list(_parser.parse(pattern.pattern)), _parser)
    except Exception:  # noqa: BLE001 - another Python's parser: no quick test, never a wrong one
        return None
    return frozenset(chr(code) for code in found) if found else None


def first_character_class(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """:func:`first_characters` as a character class to search for (a search of a class is several times
    faster than a set test of every character of a paragraph); None when they cannot be told."""
    found = first_characters(pattern)
    if found is None:
        return None
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(found)) + "]")


def _leading(items: list, parser) -> set[int] | None:  # type: ignore[no-untyped-def]
    """The first characters of the parsed sequence ``items``, or None when a match may begin otherwise."""
    c = parser
    for op, value in items:
        if op in (c.ASSERT, c.ASSERT_NOT):
            continue  # a lookaround matches no character
        if op == c.LITERAL:
            return {value}
        if op == c.IN:
            codes: set[int] = set()
            for kind, arg in value:
                if kind == c.LITERAL:
                    codes.add(arg)
                elif kind == c.RANGE and arg[1] - arg[0] < 256:
                    codes.update(range(arg[0], arg[1] + 1))
                else:
                    return None  # a negated set, a category, a wide range
            return codes
        if op == c.BRANCH:
            codes = set()
            for branch in value[1]:
                first = _leading(list(branch), parser)
                if first is None:
                    return None
                codes |= first
            return codes
        if op == c.SUBPATTERN:
            group, add_flags, del_flags, inner = value
            if add_flags & c.SRE_FLAG_IGNORECASE:
                return None  # (?i:…): a letter may begin in either case
            return _leading(list(inner), parser)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and value[0] >= 1:
            return _leading(list(value[2]), parser)
        return None  # an optional part, any character, a group reference, an anchor: not told here
    return None
