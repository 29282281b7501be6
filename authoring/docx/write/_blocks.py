"""Body content for the writer: clauses, annexes and every kind of block, as WordprocessingML.

Headings get their numbers from the clause/annex lists (:mod:`._wnumbering`); a number the
list would not produce (a gap, a skipped level, a letter out of order) is typed instead,
with numbering switched off on that paragraph. Table and figure captions number themselves
with SEQ fields (表1, 表A.1), so a table added in Word is numbered in turn; terms, notes and
lists carry typed labels except list markers, which come from a fresh list per list block.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from docx.oxml.ns import qn
from lxml.etree import _Element

from authoring.docx.write import _styles as S
from authoring.docx.write._numbering import LIST_STYLES, ClauseCounter, Numbering
from authoring.docx.write._pictures import PictureWriter, picture_name
from authoring.docx.write._toc import TocEntry
from authoring.docx.write._xml import (
    HEI, SONG, TYPE_WIDTH, SIZE_XIAOWU, bookmark, border, el, field_runs, num_pr, paragraph, run, safe_text, val,
)
from authoring.records import replace
from authoring.document import (
    BODY_UNIT, Annex, Block, Clause, Example, Figure, ListBlock, Note, Paragraph, Reference, Section,
    StandardDocument, Structure, Table, TermEntry,
)

_MAX_LIST_LEVEL = 1
_IDEOGRAPHIC_SPACE = "\u3000"
#: What a table's empty cell prints (GB/T 1.1—2020: 表中某个栏内无内容时，填写一字线).
_EMPTY_CELL = "—"
# How the reader names an unnumbered heading under a numbered one (``1 › What it means``).
_NAMED_UNDER = " › "
_DIGITS = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}$")


#: A section's own number under an appendix: 2.1, 一, 一（二）.
_OWN_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}|[一二三四五六七八九十]{1,3}(?:（[一二三四五六七八九十\d]{1,3}）)?)$")


_OUTLINE_TOP = re.compile(r"^[一二三四五六七八九十]{1,3}$")
_OUTLINE_SUB = re.compile(r"^.*（([一二三四五六七八九十\d]{1,3})）$")


def _outline_mark(number: str) -> str | None:
    """How a text numbered 一、（一） prints a reader's number: 一 as 一、, 二（一） as （一）; ``None`` for any other."""
    if _OUTLINE_TOP.match(number):
        return number + "、"
    sub = _OUTLINE_SUB.match(number)
    return f"（{sub.group(1)}）" if sub else None


def _printed(number: str) -> str:
    """The number a heading prints: a section of an appendix is named after it by the reader (Appendix 1 › 2.1,
    附件2 › 一（一）) and prints its own number (2.1, 一（一）) under the appendix's heading."""
    last = number.rsplit(_NAMED_UNDER, 1)[-1]
    return last if last != number and _OWN_NUMBER.match(last) else number
_CJK = re.compile("[\u4e00-\u9fff]")


class Emitter:
    """Appends paragraphs and tables to the body, before the final ``w:sectPr``.

    Args:
        body: the ``w:body`` element.
        numbering: the numbering part's manager (fresh lists for list blocks).
        legacy: GB/T 1.1—2009 labels (``（资料性附录）``, sources without ``来源：``).
    """

    def __init__(self, body: _Element, numbering: Numbering, *, legacy: bool = False,
                 structure: Structure = "gbt", headings: Sequence[str] = (), part: object = None):
        self._end = body[-1]
        self.numbering = numbering
        self.legacy = legacy
        # An outline not numbered GB/T-style (a regulation's 第一条, a policy's own 1. Policy Statement, headings
        # without numbers) prints each heading's number as the draft typed it, never from Word's clause list.
        self.structure = structure
        # How such an outline's draft printed its numbers, a level each (metadata.marks' ``heading``: ``1`` for
        # 1　目的, ``1.`` for 1. Policy Statement); none recorded (a project imported before): with a dot.
        self.headings = tuple(headings)
        # The Word list each list style and level printed last, and the place its next item prints.
        self._lists: dict[tuple[str, int], tuple[int, int]] = {}
        self.toc: list[TocEntry] = []
        self._bookmarks = 0
        self._front = False
        # The annex whose blocks are being written (its letter: 表A.1), None in the body; and the last number each
        # caption sequence (表, 图, 表A …) gave.
        self._annex: str | None = None
        self._sequences: dict[str, int] = {}
        # The pictures (``part``: python-docx's main document part, which holds their image parts), and the clause
        # being written, which names a picture printed without a caption.
        self.pictures = PictureWriter(part)
        self._where = ""

    def add(self, elem: _Element) -> _Element:
        """Append ``elem`` to the body and return it."""
        self._end.addprevious(elem)
        return elem

    def last(self) -> _Element | None:
        """The element appended last."""
        return self._end.getprevious()

    def heading(self, p: _Element, level: int, toc_text: str) -> _Element:
        """Add heading ``p``, bookmarked and listed in the 目次 when ``level`` ≤ 1."""
        self.add(p)
        if level <= 1:
            self._bookmarks += 1
            name = f"_Toc{self._bookmarks:09d}"
            bookmark(p, name, self._bookmarks)
            self.toc.append(TocEntry(level, safe_text(toc_text), name, self._front))
        return p

    # -- elements ---------------------------------------------------------------------

    def front_section(self, title: str, section: Section) -> None:
        """前言 or 引言: title on a new page, blocks, and 0.1 … subclauses with typed numbers."""
        self._front = True
        self._where = title
        self.heading(paragraph(S.FRONT_TITLE, run(title)), 0, title)
        self.blocks(section.blocks)
        for clause in section.children:
            self._intro_clause(clause, 0)
        self._front = False

    def clauses(self, clauses: list[Clause]) -> None:
        """The numbered chapters of the body."""
        counter = ClauseCounter()
        for clause in clauses:
            self._clause(clause, 0, counter, annex=False)

    def annex(self, annex: Annex, counter: ClauseCounter) -> None:
        """An annex on a new page: 附录A / （资料性） / title, then its blocks and clauses."""
        status = f"（{annex.status}附录）" if self.legacy else f"（{annex.status}）"
        letter = safe_text(annex.letter).strip()
        title = safe_text(annex.title).strip()
        tail = f"\n{status}" + (f"\n{title}" if title else "")
        if counter.predict(0) == letter:
            counter.accept(0)
            p = paragraph(S.ANNEX_ID, run(tail))
        else:
            p = paragraph(S.ANNEX_ID, run(f"附录{letter}{tail}"), ppr=[num_pr(0)])
        self.heading(p, 0, f"附录{letter}{status}{_IDEOGRAPHIC_SPACE}{title}".rstrip(_IDEOGRAPHIC_SPACE))
        self._annex = self._where = letter
        self.blocks(annex.blocks)
        for clause in annex.children:
            self._clause(clause, 1, counter, annex=True)
        self._annex = None

    def bibliography(self, refs: list[Reference]) -> None:
        """参考文献 on a new page, entries ``[1]　GB/T …　title``."""
        self.heading(paragraph(S.BIBLIO_TITLE, run("参考文献")), 0, "参考文献")
        for i, ref in enumerate(refs):
            serial = ref.serial if ref.serial is not None else i + 1
            self.add(paragraph(S.BIBLIO_ENTRY, run(f"[{serial}]{_IDEOGRAPHIC_SPACE}{ref.text}")))

    def end_line(self) -> None:
        """The closing thick line, ¼ of the type width, centred (kept with the last content)."""
        last = self.last()
        if last is not None and last.tag.endswith("}p"):
            _keep_with_next(last)
        self.add(paragraph(S.END_LINE))

    # -- clauses ----------------------------------------------------------------------

    def _clause(self, clause: Clause, level: int, counter: ClauseCounter, *, annex: bool) -> None:
        level = min(level, 5)
        number = safe_text(clause.number).strip()
        title = safe_text(clause.title).strip()
        self._where = number
        auto = self.structure == "gbt" and counter.predict(level) == number
        if auto:
            counter.accept(level)
        blocks = list(clause.blocks)
        if not auto and not title and number == BODY_UNIT:
            # The reader's one unit of a text without structure (正文): no heading of its own.
            self.blocks(blocks)
            for child in clause.children:
                self._clause(child, level + 1, counter, annex=annex)
            return
        if title:
            style = _heading_style(level, annex)
            if auto:
                p = paragraph(style, run(title))
            elif number == title or number.endswith(_NAMED_UNDER + title):
                # A heading the draft printed without a number (the reader names it by its title, or as
                # ``1 › What it means`` under a numbered heading).
                p = paragraph(style, run(title), ppr=[num_pr(0)])
                self.heading(p, level, title)
                self.blocks(blocks)
                for child in clause.children:
                    self._clause(child, level + 1, counter, annex=annex)
                return
            else:
                space = _IDEOGRAPHIC_SPACE
                number = _printed(number)
                if self.structure in ("outline", "none") and _DIGITS.match(number):
                    # A text's own 1. Policy Statement, or 1 目的: printed as the draft had it (QA pass 8: 1 目的
                    # was printed 1.　目的), and read back by its headings. A Latin title takes a plain space:
                    # 1　Policy Statement is a GB/T 1.1 clause to the reader (and 2　Scope made the text a GB/T
                    # draft).
                    number += self._after_number(number)
                    space = _IDEOGRAPHIC_SPACE if _CJK.search(title) else " "
                elif self.structure in ("outline", "none") and (outline := _outline_mark(number)) is not None:
                    number, space = outline, ""  # 一、总则 and （一）……, as the draft typed them
                typed = run(number + space, east_asia=HEI, latin=HEI)
                p = paragraph(style, typed, run(title), ppr=[num_pr(0)])
            self.heading(p, level, f"{number}{_IDEOGRAPHIC_SPACE}{title}")
        else:
            style = S.ANNEX_UNTITLED[level - 1] if annex else S.UNTITLED[level]
            numbering = num_pr(S.NUM_ANNEX if annex else S.NUM_CLAUSE, level) if auto else num_pr(0)
            p = paragraph(style, ppr=[numbering])
            if not auto:
                outline = _outline_mark(_printed(number)) if self.structure in ("outline", "none") else None
                p.append(run(outline if outline is not None else _printed(number) + _IDEOGRAPHIC_SPACE,
                             east_asia=HEI, latin=HEI))
            if blocks and isinstance(blocks[0], Paragraph):
                # Explicit 宋体: LibreOffice lends a numbered paragraph the font of the
                # heading style linked to the list level.
                p.append(run(blocks.pop(0).text, east_asia=SONG))
            self.add(p)
        self.blocks(blocks)
        for child in clause.children:
            self._clause(child, level + 1, counter, annex=annex)

    def _after_number(self, number: str) -> str:
        """What follows the typed ``number`` of an outline's heading: the dot the draft printed, or none."""
        if not self.headings:
            return "."
        mark = self.headings[min(number.count("."), len(self.headings) - 1)]
        return mark[len(mark.rstrip(".．")):]

    def _intro_clause(self, clause: Clause, level: int) -> None:
        level = min(level, 4)
        number = safe_text(clause.number).strip()
        title = safe_text(clause.title).strip()
        text = f"{number}{_IDEOGRAPHIC_SPACE}{title}".strip(_IDEOGRAPHIC_SPACE)
        self.heading(paragraph(S.INTRO_CLAUSE[level], run(text)), level + 1, text)
        self.blocks(clause.blocks)
        for child in clause.children:
            self._intro_clause(child, level + 1)

    # -- blocks -----------------------------------------------------------------------

    def blocks(self, blocks: list[Block]) -> None:
        """Emit ``blocks`` in order; several notes (examples) among them are 注1：注2：… (示例1：示例2：…) by their place,
        one alone 注：(示例：), whatever numbers the draft typed (QA pass 11: 注：, 注1:, 注2:, 注： printed 注1, 注1,
        注2, 注4)."""
        numbers = serial_numbers(blocks)
        for i, block in enumerate(blocks):
            if isinstance(block, (Note, Example)) and block.number != numbers.get(i):
                block = replace(block, number=numbers.get(i))
            self.block(block)

    def block(self, block: Block) -> None:
        """Emit one block."""
        if isinstance(block, Paragraph):
            self.add(paragraph(S.PARA, run(block.text)))
        elif isinstance(block, ListBlock):
            self._list(block, 0)
        elif isinstance(block, Note):
            self.add(_labelled(S.NOTE, _note_label(block.number), block.text))
        elif isinstance(block, Example):
            self.add(_example(f"示例{block.number}：" if block.number else "示例：", block.text))
        elif isinstance(block, Table):
            self._table(block)
        elif isinstance(block, Figure):
            captioned = bool(block.number or block.title)
            label = block.label if block.number else (f"图“{safe_text(block.title).strip()}”" if captioned else "")
            name = picture_name(label, self._where or BODY_UNIT)
            if block.picture is not None:
                self.add(self.pictures.paragraph(S.FIGURE, block.picture, name))
            else:  # a caption alone: its figure's place kept, to paste it in
                self.add(paragraph(S.FIGURE))
                if captioned:
                    self.pictures.notes.bare.append(name)
            if captioned:
                self.add(paragraph(S.FIGURE_TITLE, *self._caption("图", block.number, block.title)))
        elif isinstance(block, TermEntry):
            self._term(block)
        elif isinstance(block, Reference):
            self.add(paragraph(S.PARA, run(block.text)))

    def _list(self, block: ListBlock, level: int) -> None:
        level = min(level, _MAX_LIST_LEVEL)
        resumed = self._lists.get((block.style, level))
        if block.start > 1 and resumed is not None and resumed[1] == block.start \
                and self.numbering.own_marks(block.style):
            # A list the draft resumes (2. after 1. and its sub-list) goes on in the same Word list, as it did in
            # the draft: printed 2., items of one list read as such; a list of its own, 1. Funds; an amount of
            # money was a numbered heading to the reader.
            num_id = resumed[0]
        else:
            num_id = self.numbering.new_list(block.style, block.start, level)
        self._lists[(block.style, level)] = (num_id, block.start + len(block.items))
        style = LIST_STYLES[block.style][level]
        for item in block.items:
            self.add(paragraph(style, run(item.text), ppr=[num_pr(num_id, level)]))
            if item.children is not None and item.children.items:
                self._list(item.children, level + 1)

    def _term(self, term: TermEntry) -> None:
        self.add(paragraph(S.TERM_NUMBER, run(term.number)))
        head = [run(term.term_zh)]
        if term.term_en.strip():
            head.append(run(_IDEOGRAPHIC_SPACE + term.term_en))
        self.add(paragraph(S.TERM, *head))
        if term.definition.strip():
            self.add(paragraph(S.PARA, run(term.definition)))
        for i, example in enumerate(term.examples):
            self.add(_example(f"示例{i + 1}：" if len(term.examples) > 1 else "示例：", example))
        for i, note in enumerate(term.notes):
            self.add(_labelled(S.NOTE, _note_label(i + 1 if len(term.notes) > 1 else None), note))
        if term.source.strip():
            source = safe_text(term.source).strip()
            self.add(paragraph(S.PARA, run(f"[{source}]" if self.legacy else f"[来源：{source}]")))

    def _caption(self, kind: str, number: str | None, title: str) -> list[_Element]:
        """The runs of a caption, ``表1　title`` (``kind`` 表 or 图): its number a SEQ field showing it (SEQ 表, one
        sequence an annex: 表A.1 is 表A. and SEQ 表A), as the official template numbers captions, where the
        sequence gives that number; typed where it would not (a gap, a number out of order)."""
        title = safe_text(title).strip()
        runs = []
        if number:
            number = safe_text(number).strip()
            prefix = f"{self._annex}." if self._annex else ""
            sequence = kind + (self._annex or "")
            count = self._sequences.get(sequence, 0) + 1
            if number == f"{prefix}{count}":
                self._sequences[sequence] = count
                runs = [run(kind + prefix), *field_runs(f"SEQ {sequence} \\* ARABIC", [run(str(count))])]
            else:
                runs = [run(kind + number)]
        if title:
            runs.append(run(_IDEOGRAPHIC_SPACE + title if runs else title))
        return runs

    def _table(self, table: Table) -> None:
        caption = self._caption("表", table.number, table.title)
        if caption:
            self.add(paragraph(S.TABLE_TITLE, *caption))
        if table.picture is not None:  # a table the draft held as a picture (an embedded Excel sheet)
            self.add(self.pictures.paragraph(S.FIGURE, table.picture, picture_name(
                table.label if table.number else "", self._where or BODY_UNIT, table=True)))
        width = max((len(r) for r in table.rows), default=0)
        if width == 0:
            return
        grid = [TYPE_WIDTH // width] * width
        tbl = el("w:tbl", None, _table_props(), el("w:tblGrid", None, *(
            el("w:gridCol", {"w": w}) for w in grid)))
        for r, row in enumerate(table.rows):
            header = r < table.header_rows
            cells = list(row) + [""] * (width - len(row))
            tr = el("w:tr")
            if header:
                tr.append(el("w:trPr", None, el("w:tblHeader")))
            for c, text in enumerate(cells):
                tcpr = el("w:tcPr", None, el("w:tcW", {"w": grid[c], "type": "dxa"}))
                if header and r == table.header_rows - 1:
                    tcpr.append(el("w:tcBorders", None, border("bottom", 12, space=0)))
                tc = el("w:tc", None, tcpr)
                for line in (safe_text(text).split("\n") or [""]):
                    ppr = [val("w:jc", "center")] if header else []
                    tc.append(paragraph(S.TABLE_TEXT, run(line), ppr=ppr))
                tr.append(tc)
            tbl.append(tr)
        if table.notes:
            tbl.append(_notes_row(table.notes, width))
        self.add(tbl)


def _heading_style(level: int, annex: bool) -> str:
    if annex:
        return S.ANNEX_CLAUSE[level - 1]
    return S.CHAPTER if level == 0 else S.CLAUSE[level - 1]


def _note_label(number: int | None) -> str:
    return f"注{number}：" if number else "注："


def serial_numbers(blocks: Sequence[Block]) -> dict[int, int]:
    """Where a clause's blocks hold several notes (examples), the number each prints: 注1：注2：… (示例1：
    示例2：…), counted by kind in the order they stand (GB/T 1.1—2020: numbered within each clause); one
    alone prints 注： (示例：). Keyed by the block's place in ``blocks``; the writer prints these numbers, not the
    ones a draft typed."""
    out: dict[int, int] = {}
    for kind in (Note, Example):
        places = [i for i, b in enumerate(blocks) if isinstance(b, kind)]
        if len(places) > 1:
            out.update({i: n for n, i in enumerate(places, start=1)})
    return out


def _labelled(style: str, label: str, text: str) -> _Element:
    return paragraph(style, run(label, east_asia=HEI), run(text))


def _example(label: str, text: str) -> _Element:
    """An example: the label 示例：(示例1：) alone on its line, the text below it starting at the label's indent (a
    tab to the style's stop), one paragraph, so a draft reads back as the example it is. With no
    ``doNotExpandShiftReturn`` (see :func:`._layout.configure_settings`) a justified line ending in that
    break was spread across the type width (示　　　例　　　：, QA pass 10)."""
    return paragraph(S.EXAMPLE, run(label, east_asia=HEI), run("\n\t" + safe_text(text).replace("\t", " ")))


def with_dashed_cells(doc: StandardDocument) -> StandardDocument:
    """``doc`` with a dash in each table's empty cells where a value is missing (see :func:`dashed_rows`), as the
    draft prints them; the preview shows the same."""
    def blocks(items: list[Block]) -> list[Block]:
        return [replace(b, rows=dashed_rows(b)) if isinstance(b, Table) else b for b in items]

    def clause(c: Clause) -> Clause:
        return replace(c, blocks=blocks(c.blocks), children=[clause(child) for child in c.children])

    def section(s: Section | None) -> Section | None:
        return None if s is None else replace(s, blocks=blocks(s.blocks), children=[clause(c) for c in s.children])

    return replace(doc, foreword=section(doc.foreword), introduction=section(doc.introduction),
                   clauses=[clause(c) for c in doc.clauses],
                   annexes=[replace(a, blocks=blocks(a.blocks), children=[clause(c) for c in a.children])
                            for a in doc.annexes])


def dashed_rows(table: Table) -> list[list[str]]:
    """``table``'s rows with a dash (一字线) in each empty body cell of a column of values (GB/T 1.1—2020: 表中某个
    栏内无内容时填写一字线; spec §2.8). A column with no value in any body row is one to fill in (a survey form's
    满意/一般/不满意), not values missing; a header's cell (its corner) is no value; a cell a short row lacks (a
    merged cell, as the reader gives it) is not there to fill."""
    body = table.rows[table.header_rows:]
    valued = {c for row in body for c, text in enumerate(row) if text.strip()}
    return table.rows[:table.header_rows] + [
        [_EMPTY_CELL if c in valued and not text.strip() else text for c, text in enumerate(row)] for row in body]


def _keep_with_next(p: _Element) -> None:
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = el("w:pPr")
        p.insert(0, ppr)
    if ppr.find(qn("w:keepNext")) is not None:
        return
    style = ppr.find(qn("w:pStyle"))
    if style is not None:
        style.addnext(el("w:keepNext"))
    else:
        ppr.insert(0, el("w:keepNext"))


def _table_props() -> _Element:
    borders = el("w:tblBorders", None, border("top", 12, space=0), border("left", 12, space=0),
                 border("bottom", 12, space=0), border("right", 12, space=0),
                 border("insideH", 4, space=0), border("insideV", 4, space=0))
    margins = el("w:tblCellMar", None, el("w:left", {"w": 85, "type": "dxa"}),
                 el("w:right", {"w": 85, "type": "dxa"}))
    return el("w:tblPr", None, el("w:tblW", {"w": TYPE_WIDTH, "type": "dxa"}), val("w:jc", "center"),
              borders, el("w:tblLayout", {"type": "fixed"}), margins)


def _notes_row(notes: list[str], width: int) -> _Element:
    tcpr = el("w:tcPr", None, el("w:tcW", {"w": TYPE_WIDTH, "type": "dxa"}))
    if width > 1:
        tcpr.append(val("w:gridSpan", width))
    tcpr.append(el("w:tcBorders", None, border("top", 12, space=0)))
    tc = el("w:tc", None, tcpr)
    for i, note in enumerate(notes):
        label = _note_label(i + 1 if len(notes) > 1 else None)
        tc.append(paragraph(S.TABLE_NOTE, run(label, east_asia=HEI, size=SIZE_XIAOWU), run(note)))
    return el("w:tr", None, tc)
