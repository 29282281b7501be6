"""Estimated page numbers for the pre-filled 目次 entries.

A viewer that never updates fields (LibreOffice keeps a TOC as written) shows the pre-filled
numbers, so the writer lays the draft out once more on a model of the page and of LibreOffice's
flow; Word replaces the numbers when it updates the field on open.

- **The page:** A4 with the GB/T 1.1 margins: a type area 165 mm wide, 252 mm high.
- **Paragraphs:** the size, line spacing, spacing, indents, keep-with-next and page break of
  their style (:data:`._styles.STYLES`). A line set exactly (正文 20 pt, notes 15 pt) is that
  high; a single-spaced one (headings, titles, table cells) is as high as the face's ascent and
  descent: a Chinese face with Noto CJK's metrics (1.448 times the size) where the line holds
  Chinese. Lines break where Chinese text fills the width; a Latin word stays whole, its letters
  as wide as DejaVu Serif sets them, with a fifth of a character between it and Chinese text.
  Of two paragraphs, the larger of the space after the first and before the second parts them,
  as in LibreOffice; at the top of a page the space before counts only after a page or section
  break.
- **The flow:** a paragraph splits over two pages leaving at least two lines on each (widow and
  orphan control: where the last line would stand alone LibreOffice holds one more back, and
  moves the paragraph when that leaves two or fewer); a heading (keep with next) goes to the next
  page with what it is kept with when the start of that would not fit below it.
- **Tables:** a row is as high as its fullest cell's lines and its rules; one that does not fit
  breaks between its lines, the header row repeated on the next page.
- **A section on a recto** (``w:type oddPage``, the body): LibreOffice (7.4) sets its first page with a
  header and a footer 0.5 cm high and no spacing, where the margins leave them 1 cm each (the page style it
  makes for that page keeps neither height), so that page holds 28.4 pt more, its text 14.2 pt higher.

Rendered with LibreOffice and the fonts a Linux install has (Noto CJK, DejaVu), the numbers are
those of the pages the headings land on, for the bundled example, skeletons and drafts with long
tables and long paragraphs (QA pass 10: a long table's rows were counted 17 pt high, rendered
13.55, and a paragraph that did not fit went to the next page whole, so the headings after them
were listed a page late). Other faces set lines of other heights (SimSun's single line is lower),
so there the numbers may drift by a page in a long draft; Word corrects them itself.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from docx.oxml.ns import qn
from lxml.etree import _Element

from authoring.docx.write import _styles as S
from authoring.docx.write._xml import SIZE_WU, TYPE_WIDTH

_PAGE_HEIGHT = 714.35  # pt: 297 mm − 25 mm − 20 mm, as written in twips (16838 − 1417 − 1134)
_EPS = 0.01  # pt: sums of heights that come out a hair over a full page still fit
_TYPE_WIDTH = TYPE_WIDTH / 20  # pt: 165 mm
_CJK_FACE = (1.16, 0.288)  # ascent and descent, times the size, of the Chinese face (Noto CJK, 思源)
_LATIN_FACE = (0.928, 0.236)  # the same for Latin text alone (DejaVu Serif; Liberation Serif 0.891, 0.216)
_CELL_MARGINS = 2 * 85 / 20  # pt: a table cell's left and right margins
_THIN_RULE, _THICK_RULE = 0.5, 1.5  # pt: a table's inside and outside rules
# pt: what the first page of a section on a recto holds more (see above): a header and a footer of 0.1965 in (0.5 cm),
# LibreOffice's default, in place of the 0.3937 in (1 cm) of the others
_RECTO_ROOM = 2 * (0.3937 - 0.1965) * 72

_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
_HANGING = set("，。、；：！？）》」』”’")
_IDEOGRAPH = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
_LIST_LEVEL = {**{sid: 0 for sid in (S.DASH[0], S.LETTER[0], S.NUMBER[0], S.BULLET[0])},
               **{sid: 1 for sid in (S.DASH[1], S.LETTER[1], S.NUMBER[1], S.BULLET[1])}}
_LIST_LEFT = (840, 1260)  # twips: where a list item's text starts, a level each (see ._numbering)
_UNTITLED = {*S.UNTITLED, *S.ANNEX_UNTITLED}
_NUMBER_WIDTH = 3.0  # characters: the number Word prints before an untitled clause's text (4.2.1　)


@dataclass(frozen=True)
class _Format:
    """What the page model takes from a paragraph style: sizes in points."""

    size: float = SIZE_WU / 2
    line: float | None = None  # exact line height, or None for single spacing
    before: float = 0.0
    after: float = 0.0
    first_line: float = 0.0
    left: float = 0.0
    keep_next: bool = False
    break_before: bool = False


@lru_cache(maxsize=1)
def _formats() -> dict[str, _Format]:
    """Every style the writer defines, its base styles' settings filled in."""
    defs = {s.id: s for s in S.STYLES}

    def resolve(sid: str | None) -> _Format:
        if sid not in defs:
            return _Format()
        style = defs[sid]
        base, fmt = resolve(style.based_on), style.fmt
        return _Format(
            size=fmt.size / 2 if fmt.size is not None else base.size,
            line=fmt.line / 20 if fmt.line is not None else base.line,
            before=fmt.before / 20 if fmt.before is not None else base.before,
            after=fmt.after / 20 if fmt.after is not None else base.after,
            first_line=(fmt.first_line / 20 if fmt.first_line is not None else base.first_line),
            left=fmt.left / 20 if fmt.left is not None else base.left,
            keep_next=fmt.keep_next or base.keep_next,
            break_before=fmt.page_break_before or base.break_before,
        )

    return {sid: resolve(sid) for sid in defs}


# Latin advance widths in characters of the size, as LibreOffice sets Times New Roman text where that face
# and its metric twin Liberation Serif are not installed (DejaVu Serif: the CI image, a bare Linux). Where
# Times itself is used, Latin text is about a fifth narrower and the estimate errs long.
_LATIN_WIDTHS = dict(zip(
    " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~",
    (0.32, 0.4, 0.46, 0.84, 0.64, 0.95, 0.89, 0.27, 0.39, 0.39, 0.5, 0.84, 0.32, 0.34, 0.32, 0.34,
     *(0.64,) * 10, 0.34, 0.34, 0.84, 0.84, 0.84, 0.54, 1.0,
     0.72, 0.74, 0.77, 0.8, 0.73, 0.69, 0.8, 0.87, 0.4, 0.4, 0.75, 0.66, 1.02, 0.87, 0.82, 0.67, 0.82, 0.75,
     0.67, 0.69, 0.84, 0.72, 1.03, 0.71, 0.66, 0.69, 0.39, 0.34, 0.39, 0.84, 0.5, 0.5,
     0.6, 0.64, 0.56, 0.64, 0.59, 0.36, 0.64, 0.64, 0.32, 0.31, 0.61, 0.32, 0.95, 0.64, 0.6, 0.64, 0.64,
     0.48, 0.51, 0.4, 0.64, 0.57, 0.86, 0.56, 0.57, 0.53, 0.64, 0.34, 0.64, 0.84),
))
_AUTOSPACE = 0.2  # characters: the space LibreOffice sets between Chinese and Latin letters or digits


def _char_width(ch: str) -> float:
    """Width in characters of the size (a Chinese character is 1)."""
    if ch in _LATIN_WIDTHS:
        return _LATIN_WIDTHS[ch]
    if unicodedata.east_asian_width(ch) in "WFA":
        return 1.0  # Chinese, full-width punctuation, and —, “”, …, ×, which a Chinese face sets
    return 0.6


def _tokens(text: str) -> list[tuple[str, float]]:
    """``text`` as pieces a line may break between: a Chinese character each, a Latin word whole."""
    out: list[tuple[str, float]] = []
    for piece in re.findall(r"[A-Za-z0-9.,:;!?'\"()\[\]/%+\-_@&#=<>~^$*|\\]+|\s|.", text):
        width = sum(_char_width(ch) for ch in piece)
        if out and piece[0].isalnum() and piece.isascii() and _IDEOGRAPH.match(out[-1][0][-1:] or ""):
            width += _AUTOSPACE
        elif out and _IDEOGRAPH.match(piece) and out[-1][0][-1:].isascii() and out[-1][0][-1:].isalnum():
            width += _AUTOSPACE
        out.append((piece, width))
    return out


def text_width(text: str) -> float:
    """How wide ``text`` sets on one line, in characters of its size (a Chinese character is 1), as the model
    measures lines: the cover breaks a long title where it would not fit (see :func:`._cover.cover_title_lines`)."""
    return sum(width for _, width in _tokens(text))


def _line_count(text: str, first: float, rest: float) -> int:
    """Lines ``text`` (one line of a paragraph, no breaks in it) takes: ``first`` characters fit on the
    first line, ``rest`` on the others. Closing punctuation may hang past the line's end; a Latin word
    longer than a line is broken where the line ends."""
    lines, room, empty = 1, first, True
    for piece, width in _tokens(text):
        if width <= room + 1e-6 or piece.isspace() or (piece in _HANGING and room > -1e-6):
            room -= width
            empty = empty and piece.isspace()
            continue
        if not empty:
            lines, room = lines + 1, rest
        room -= width
        while room < -1e-6:
            lines, room = lines + 1, room + rest
        empty = False
    return lines


def _text(p: _Element) -> str:
    parts: list[str] = []
    for node in p.iter(qn("w:t"), qn("w:br"), qn("w:tab")):
        parts.append(node.text or "" if node.tag == qn("w:t") else ("\n" if node.tag == qn("w:br") else " "))
    return "".join(parts)


def _style(p: _Element) -> str | None:
    node = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return node.get(qn("w:val")) if node is not None else None


def _breaks_before(p: _Element, fmt: _Format) -> bool:
    direct = p.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}")
    if direct is not None:
        return direct.get(qn("w:val")) not in ("0", "false")
    return fmt.break_before


def _single(size: float, text: str) -> float:
    """A single-spaced line's height: the face's ascent and descent, each in whole twips as LibreOffice
    rounds them (五号 15.2 pt, 小五 13.05 pt with a Chinese face)."""
    ascent, descent = _CJK_FACE if _CJK.search(text) or not text.strip() else _LATIN_FACE
    return (round(ascent * size * 20) + round(descent * size * 20)) / 20


@dataclass
class _Box:
    """A paragraph as the page model sees it: its lines' heights, spacing, and how it may break."""

    lines: list[float]
    before: float
    after: float
    keep_next: bool
    break_before: bool
    marks: tuple[str, ...]
    section_end: bool


def _box(p: _Element, width: float = _TYPE_WIDTH) -> _Box:
    style = _style(p)
    fmt = _formats().get(style or "", _Format())
    text = _text(p)
    per_line = width / fmt.size
    left = fmt.left / fmt.size
    if style in _LIST_LEVEL:
        left = _LIST_LEFT[_LIST_LEVEL[style]] / 20 / fmt.size
    first = left + fmt.first_line / fmt.size + (_NUMBER_WIDTH if style in _UNTITLED else 0.0)
    count = sum(_line_count(part, per_line - (first if i == 0 else left), per_line - left)
                for i, part in enumerate(text.split("\n")))
    height = fmt.line if fmt.line is not None else _single(fmt.size, text)
    keep = p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None or fmt.keep_next
    return _Box(lines=[height] * count, before=fmt.before, after=fmt.after, keep_next=keep,
                break_before=_breaks_before(p, fmt),
                marks=tuple(m.get(qn("w:name")) for m in p.iter(qn("w:bookmarkStart"))),
                section_end=p.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None)


def _grid(tbl: _Element) -> list[float]:
    return [int(c.get(qn("w:w"), "0")) / 20 for c in tbl.iter(qn("w:gridCol"))]


@dataclass
class _Row:
    """A table row: its tallest cell's lines, their height, and its rules."""

    lines: int
    line: float
    rules: float

    @property
    def height(self) -> float:
        return self.lines * self.line + self.rules


def _rows(tbl: _Element) -> tuple[list[_Row], int]:
    """The rows of ``tbl``, and how many at the top are header rows (repeated on every page)."""
    grid = _grid(tbl)
    out: list[_Row] = []
    header = 0
    rows = tbl.findall(qn("w:tr"))
    for r, tr in enumerate(rows):
        col, lines, line = 0, 0, 0.0
        for tc in tr.findall(qn("w:tc")):
            span_node = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
            span = int(span_node.get(qn("w:val"))) if span_node is not None else 1
            width = sum(grid[col:col + span]) or _TYPE_WIDTH / max(1, len(grid))
            col += span
            boxes = [_box(p, max(1.0, width - _CELL_MARGINS)) for p in tc.findall(qn("w:p"))]
            lines = max(lines, sum(len(b.lines) for b in boxes))
            line = max([line, *(h for b in boxes for h in b.lines)])
        ruled = tr.find(f"{qn('w:tc')}/{qn('w:tcPr')}/{qn('w:tcBorders')}") is not None  # the header's rule
        below = _THICK_RULE if ruled or r == len(rows) - 1 else _THIN_RULE
        out.append(_Row(lines=max(1, lines), line=line, rules=below + (_THICK_RULE if r == 0 else 0.0)))
        if tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None and header == r:
            header = r + 1
    return out, header


_WIDOWS = _ORPHANS = 2  # lines: Normal's widow control, as LibreOffice reads it


def _kept_lines(fits: int, count: int) -> int:
    """Of a paragraph's ``count`` lines, when ``fits`` fit on the page, how many stay there (0: it goes to
    the next page whole): at least two lines each side of the break. Where the last lines would stand
    alone, LibreOffice holds back a line more, and moves the paragraph when no more than two would stay
    (a 4-line paragraph with 3 lines fitting goes whole, as rendered)."""
    if fits >= count:
        return count
    if count - fits < _WIDOWS:
        fits = count - _WIDOWS
        return fits if fits > _ORPHANS else 0
    return fits if fits >= _ORPHANS else 0


def _fitting(lines: list[float], room: float) -> int:
    fits, used = 0, 0.0
    while fits < len(lines) and used + lines[fits] <= room + _EPS:
        used += lines[fits]
        fits += 1
    return fits


class _Flow:
    """Pages filled top to bottom, as LibreOffice fills them."""

    def __init__(self) -> None:
        self.page = 1
        self.room = _PAGE_HEIGHT  # the height of the page being filled
        self.used = 0.0
        self.after = 0.0  # the space after the last paragraph placed
        self.top = "section"  # at the top of a page: "section" (or a page break), "flow", or "" below it
        self.pages: dict[str, int] = {}

    def gap(self, before: float) -> float:
        """The space above a paragraph whose own space before is ``before``."""
        if self.top == "flow":
            return 0.0  # at the top of a page the text flowed onto
        if self.top == "section":
            return before
        return max(self.after, before)

    def new_page(self, kind: str = "flow") -> None:
        self.page, self.used, self.after, self.top = self.page + 1, 0.0, 0.0, kind
        self.room = _PAGE_HEIGHT

    def end_section(self, recto: bool = False) -> None:
        """Start the next section on a new page, numbered 1; ``recto``: it starts on an odd page."""
        self.page, self.used, self.after, self.top = 1, 0.0, 0.0, "section"
        self.room = _PAGE_HEIGHT + (_RECTO_ROOM if recto else 0.0)

    def paragraph(self, box: _Box, items: list, at: int) -> None:
        """Place ``box`` (``items[at]``): split between its lines, or moved to the next page whole, or
        with the start of what it is kept with when that would not fit below it."""
        if box.break_before and self.top != "section" and self.used > 0:
            self.new_page("section")
        if self.top == "":
            gap = self.gap(box.before)
            if box.keep_next and not self._keeps_fit(items, at):
                self.new_page()
            else:
                stay = _kept_lines(_fitting(box.lines, self.room - self.used - gap), len(box.lines))
                if stay == 0:
                    self.new_page()
                elif stay < len(box.lines):
                    self._mark(box)
                    self.used += gap + sum(box.lines[:stay])
                    self.new_page()
                    self._lines(box.lines[stay:], box.after)
                    return
        self._mark(box)
        self.used += self.gap(box.before)
        self._lines(box.lines, box.after)

    def _keeps_fit(self, items: list, at: int) -> bool:
        """Whether ``items[at]``, the paragraphs kept with it and the start of what follows them fit below
        what the page holds; True too when they would not fit on a page of their own (the keep is let go)."""
        used, after, alone = self.used + self.gap(items[at].before), 0.0, 0.0
        for k, item in enumerate(items[at:]):
            if isinstance(item, tuple):
                rows, header = item
                need = after + sum(row.height for row in rows[:header]) + (rows[header].line + rows[header].rules
                                                                               if header < len(rows) else 0.0)
                return used + need <= self.room + _EPS or alone + need > _PAGE_HEIGHT
            if item.break_before and k:
                return True
            gap = max(after, item.before) if k else 0.0
            if k and (not item.keep_next or item.section_end):
                stay = _kept_lines(_fitting(item.lines, self.room - used - gap), len(item.lines))
                first = sum(item.lines[:max(stay, min(len(item.lines), _ORPHANS))])
                return stay > 0 or alone + gap + first > _PAGE_HEIGHT
            used += gap + sum(item.lines)
            alone += gap + sum(item.lines)
            after = item.after
            if used > self.room + _EPS:
                return alone > _PAGE_HEIGHT
        return used <= self.room + _EPS

    def _lines(self, lines: list[float], after: float) -> None:
        for line in lines:  # a paragraph longer than a page runs on
            if self.used + line > self.room + _EPS and self.used > 0:
                self.new_page()
            self.used += line
            self.top = ""
        self.after = after

    def _mark(self, box: _Box) -> None:
        for name in box.marks:
            self.pages.setdefault(name, self.page)

    def table(self, rows: list[_Row], header: int) -> None:
        """Place a table: a row that does not fit breaks between its lines (LibreOffice lets a row break
        across pages), or goes whole to the next page when not one line fits; the header rows repeat."""
        self.used += self.gap(0.0)
        # Repeated on the next page, the header's thick rule below it is set as thin as the others'.
        repeat = sum(row.height for row in rows[:header]) - (_THICK_RULE - _THIN_RULE if header else 0.0)
        for r, row in enumerate(rows):
            lines = row.lines
            while self.used + lines * row.line + row.rules > self.room + _EPS and self.used > repeat:
                fits = int((self.room - self.used - row.rules) // row.line) if r >= header else 0
                lines -= max(0, min(fits, lines - 1))
                self.new_page()
                self.used = repeat if r >= header else 0.0
            self.used += lines * row.line + row.rules
            self.top = ""
        self.after = 0.0


def estimate_pages(body: _Element, bookmarks: set[str]) -> dict[str, int]:
    """Page number (within its section) of the paragraph holding each bookmark."""
    flow = _Flow()
    # Whether each section starts on a recto, in order: the paragraphs' section breaks, then the body's own.
    recto = [_starts_odd(sect_pr) for sect_pr in body.iter(qn("w:sectPr"))][1:]
    items: list[_Box | tuple[list[_Row], int]] = []
    for child in body:
        if child.tag == qn("w:tbl"):
            items.append(_rows(child))
        elif child.tag == qn("w:p"):
            items.append(_box(child))
    for i, item in enumerate(items):
        if isinstance(item, tuple):
            flow.table(*item)
            continue
        flow.paragraph(item, items, i)
        if item.section_end:
            flow.end_section(recto.pop(0) if recto else False)
    return {name: page for name, page in flow.pages.items() if name in bookmarks}


def _starts_odd(sect_pr: _Element) -> bool:
    start = sect_pr.find(qn("w:type"))
    return start is not None and start.get(qn("w:val")) == "oddPage"


def roman(number: int) -> str:
    """Upper-case Roman numeral (page numbers of the front matter)."""
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, number = divmod(number, value)
        out += letters * count
    return out
