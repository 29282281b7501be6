"""numbering.xml for the writer: clause and annex multilevel lists, and one list per list block.

Clause numbers are produced by Word: the clause list's levels are linked to the heading
styles (``w:pStyle`` in each ``w:lvl``, ``w:numPr`` in each style), so inserting a clause in
Word renumbers everything after it. Annexes use a second list whose level 0 prints
``附录A`` (upper letter) and whose deeper levels print ``A.1``, ``A.1.1`` …

Each list block gets its own ``w:num`` with a ``w:startOverride``, so ``a)`` restarts for
every list while all lists share one definition. A draft built as it was (no GB/T 1.1 skeleton)
prints its own marks instead of GB/T 1.1's (``metadata.marks``: ``1.``, ``•``, ``–``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from lxml.etree import _Element

from authoring.docx.write import _styles as S
from authoring.docx.write._xml import HEI, SONG, el, val

_LIST_ABSTRACT = {"dash": 2, "letter": 3, "number": 4, "bullet": 5}
_LIST_DEFAULT_NUM = {"dash": S.NUM_DASH, "letter": S.NUM_LETTER, "number": S.NUM_NUMBER,
                     "bullet": S.NUM_BULLET}
LIST_STYLES = {"dash": S.DASH, "letter": S.LETTER, "number": S.NUMBER, "bullet": S.BULLET}

# First level: marker after 2 characters, text at the 5th; second level: 4 and 7.
_LIST_INDENT = ((840, 420), (1260, 420))


def _lvl(
    ilvl: int, fmt: str, text: str, *, style: str | None, suff: str, east_asia: str,
    left: int = 0, hanging: int = 0, is_lgl: bool = False,
) -> _Element:
    lvl = el("w:lvl", {"ilvl": ilvl})
    lvl.append(val("w:start", 1))
    lvl.append(val("w:numFmt", fmt))
    if style:
        lvl.append(val("w:pStyle", style))
    if is_lgl:
        lvl.append(el("w:isLgl"))
    lvl.append(val("w:suff", suff))
    lvl.append(val("w:lvlText", text))
    lvl.append(val("w:lvlJc", "left"))
    ppr = el("w:pPr")
    if hanging:
        ppr.append(el("w:tabs", None, el("w:tab", {"val": "num", "pos": left})))
        ppr.append(el("w:ind", {"left": left, "hanging": hanging}))
    else:
        ppr.append(el("w:ind", {"left": left, "firstLine": 0, "firstLineChars": 0}))
    lvl.append(ppr)
    face = east_asia
    lvl.append(el("w:rPr", None, el("w:rFonts", {
        "ascii": face, "hAnsi": face, "eastAsia": face, "hint": "eastAsia"})))
    return lvl


def _abstract(abstract_id: int, levels: list[_Element]) -> _Element:
    node = el("w:abstractNum", {"abstractNumId": abstract_id})
    node.append(val("w:nsid", f"{0x5B000000 + abstract_id:08X}"))
    node.append(val("w:multiLevelType", "multilevel"))
    for lvl in levels:
        node.append(lvl)
    return node


def _dotted(depth: int) -> str:
    # GB/T 1.1 separates number and title by one ideographic space; suff "space" would give
    # a half-width one, so the space is part of the level text (as in the official template).
    return ".".join(f"%{i}" for i in range(1, depth + 2)) + "\u3000"


def _clause_abstract() -> _Element:
    styles = (S.CHAPTER, *S.CLAUSE)
    levels = [
        _lvl(i, "decimal", _dotted(i), style=styles[i] if i < len(styles) else None,
             suff="nothing", east_asia=HEI, is_lgl=i > 0)
        for i in range(9)
    ]
    return _abstract(0, levels)


def _annex_abstract() -> _Element:
    levels = [_lvl(0, "upperLetter", "附录%1", style=S.ANNEX_ID, suff="nothing", east_asia=HEI)]
    for i in range(1, 9):
        style = S.ANNEX_CLAUSE[i - 1] if i <= len(S.ANNEX_CLAUSE) else None
        levels.append(_lvl(i, "decimal", _dotted(i), style=style, suff="nothing", east_asia=HEI))
    return _abstract(1, levels)


def _list_abstract(kind: str, marks: Sequence[str] = ()) -> _Element:
    """The list definition of ``kind``: GB/T 1.1's marks, or ``marks`` (one a level, the last for the levels
    after it) where a draft built as it was printed its own."""
    styles = LIST_STYLES[kind]
    levels = []
    for ilvl, (left, hanging) in enumerate(_LIST_INDENT):
        own = _own_level(kind, marks[min(ilvl, len(marks) - 1)], ilvl) if marks else None
        if own is not None:
            fmt, text, suff = own
        elif kind == "dash":
            # numFmt none + literal text: LibreOffice keeps both dashes (a bullet keeps one).
            fmt, text, suff = "none", "——", "nothing"
        elif kind == "bullet":
            fmt, text, suff = "bullet", "·", "tab"
        elif kind == "letter":
            fmt, text, suff = "lowerLetter", f"%{ilvl + 1})", "tab"
        else:
            fmt, text, suff = "decimal", f"%{ilvl + 1})", "tab"
        levels.append(_lvl(ilvl, fmt, text, style=styles[ilvl], suff=suff, east_asia=SONG,
                           left=left, hanging=hanging))
    return _abstract(_LIST_ABSTRACT[kind], levels)


# The place a draft's own mark prints its number (``1.``, ``（1）``, ``a)``, ``i.``), and the format it is in.
_ORDINAL = {
    "number": ((re.compile(r"\d+"), "decimal"), (re.compile(r"(?<![A-Za-z])i(?![A-Za-z])"), "lowerRoman"),
               (re.compile(r"(?<![A-Za-z])I(?![A-Za-z])"), "upperRoman")),
    "letter": ((re.compile(r"(?<![A-Za-z])a(?![A-Za-z])"), "lowerLetter"),
               (re.compile(r"(?<![A-Za-z])A(?![A-Za-z])"), "upperLetter")),
}


def _own_level(kind: str, mark: str, ilvl: int) -> tuple[str, str, str] | None:
    """numFmt, lvlText and suffix printing ``mark`` (a first item's, as ``metadata.marks`` holds it) on level
    ``ilvl``; None for no mark it can print (GB/T 1.1's is printed then)."""
    mark = mark.strip()
    if not mark or "%" in mark:
        return None
    if kind in ("bullet", "dash"):
        if kind == "dash" and set(mark) == {"—"}:
            return "none", mark, "nothing"  # a long dash, as GB/T 1.1's (see _list_abstract)
        return ("bullet", mark, "tab") if not any(c.isalnum() for c in mark) else None
    for pattern, fmt in _ORDINAL.get(kind, ()):
        match = pattern.search(mark)
        if match is not None:
            return fmt, f"{mark[:match.start()]}%{ilvl + 1}{mark[match.end():]}", "tab"
    return None


def _num(num_id: int, abstract_id: int, *, restart: bool = False, start: int = 1, level: int = 0) -> _Element:
    node = el("w:num", {"numId": num_id}, val("w:abstractNumId", abstract_id))
    if restart:
        for ilvl in range(len(_LIST_INDENT)):
            first = max(start, 1) if ilvl == level else 1
            node.append(el("w:lvlOverride", {"ilvl": ilvl}, val("w:startOverride", first)))
    return node


class Numbering:
    """Owns numbering.xml: the fixed lists plus a fresh ``w:num`` per list block; ``marks`` are a draft's own
    list marks by list style (``metadata.marks``), printed instead of GB/T 1.1's."""

    def __init__(self, root: _Element, marks: Mapping[str, Sequence[str]] | None = None):
        self._root = root
        for child in list(root):
            root.remove(child)
        root.append(_clause_abstract())
        root.append(_annex_abstract())
        self._own = {kind for kind, levels in (marks or {}).items() if kind in _LIST_ABSTRACT and levels}
        for kind in _LIST_ABSTRACT:
            root.append(_list_abstract(kind, (marks or {}).get(kind, ())))
        root.append(_num(S.NUM_CLAUSE, 0))
        root.append(_num(S.NUM_ANNEX, 1))
        for kind, num_id in _LIST_DEFAULT_NUM.items():
            root.append(_num(num_id, _LIST_ABSTRACT[kind]))
        self._next_id = max(_LIST_DEFAULT_NUM.values()) + 1

    def own_marks(self, kind: str) -> bool:
        """Whether lists of ``kind`` print a draft's own marks rather than GB/T 1.1's."""
        return kind in self._own

    def new_list(self, kind: str, start: int = 1, level: int = 0) -> int:
        """A new ``w:num`` for a list block of ``kind``, starting at ``start`` (1: ``a)``) on ``level``."""
        num_id = self._next_id
        self._next_id += 1
        self._root.append(_num(num_id, _LIST_ABSTRACT[kind], restart=True, start=start, level=level))
        return num_id


class ClauseCounter:
    """Predicts the numbers Word's clause (or annex) list will print, level by level.

    The writer lets Word number a heading only when the prediction equals the number the
    document holds; otherwise the number is typed and the list is left untouched, so a
    non-contiguous sequence (``4.1``, ``4.3``) is printed exactly as the document says.
    """

    def __init__(self, *, annex: bool = False):
        self._annex = annex
        self._counts: list[int] = []

    def predict(self, level: int) -> str:
        """The number Word would print for the next heading at ``level`` (0 = chapter/annex)."""
        counts = self._advance(level)
        if self._annex:
            head = _letter(counts[0])
            return ".".join([head, *map(str, counts[1:])])
        return ".".join(map(str, counts))

    def accept(self, level: int) -> None:
        """Record that a numbered heading at ``level`` was emitted."""
        self._counts = self._advance(level)

    def _advance(self, level: int) -> list[int]:
        # A skipped level stays 0 in Word ("4.0.1"), so such a number never matches.
        counts = (self._counts + [0] * (level + 1))[: level + 1]
        counts[level] += 1
        return counts


def _letter(n: int) -> str:
    """1 → A … 26 → Z, 27 → AA (Word's upperLetter repeats the letter)."""
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)

