"""Assemble flat paragraphs and tables into a StandardDocument: front matter, clause tree,
annexes, bibliography, and the blocks inside each (lists, notes, tables, terms, references).

Numbers come from the printed text (typed or produced by numbering alike), so the three
shapes of draft — typed numbers, style-linked numbering, pandoc/LibreOffice output — give the
same tree. Headings are trusted when styled (name or outline level); unstyled numbered lines
count only when the number fits the clause sequence, which keeps ``2 个小时……`` a paragraph.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from authoring.document import (
    BIBLIOGRAPHY, BODY_UNIT, FOREWORD, INTRODUCTION, NORMREF_TITLES, RULES_2000, RULES_2009, RULES_2020, RULES_ISO, RULES_NONE,
    STAGES, Annex, Block, Clause, Example, Figure, FunctionType, ListBlock, ListItem, Note, Paragraph, Picture,
    Reference, Section, StandardDocument, Table, TermEntry, block_text,
)
from authoring.docx.read import _patterns as pat
from authoring.docx.read._blocks import Item, Para, Shown, TableItem
from authoring.docx.read._furniture import without_colophon, without_running_heads
from authoring.docx.read._front import (
    Continued, function_from_scope, function_from_title, is_iso_draft, is_legacy_2009, looks_like_cover, parse_cover, parse_foreword,
)
from authoring.docx.read._plain import build_plain, front_end, placed_share, plain_mode, unboxed
from authoring.docx.read._toc_numbers import restore_numbers
from authoring.text import cjk_gaps, close_cjk_gaps

__all__ = ["build_document"]

# Chapter titles customary enough to make an unstyled ``1 范围`` a heading.
_CHAPTER_NAMES = {
    "范围", "适用范围", "规范性引用文件", "术语和定义", "术语与定义", "术语定义", "术语及定义", "术语、定义和缩略语", "术语和缩略语",
    "总则", "基本要求",
    "一般要求", "基本原则", "缩略语", "符号", "符号和缩略语", "缩略语和符号", "符号、代号和缩略语",
    "scope", "normativereferences", "termsanddefinitions", "generalrequirements", "abbreviations",
    "symbolsandabbreviations", "abbreviatedterms",
}
#: The chapters GB/T 1.1 fixes, read also when typed as 1、范围 (:func:`pat.comma_chapter_head`).
_FIXED_CHAPTERS = {"范围", "规范性引用文件", "术语和定义", "术语和定义、缩略语", "术语、定义和缩略语", "术语和缩略语"}
_ONE_OR_TWO_DIGITS = re.compile(r"\d{1,2}")
#: What a scan may leave of a 目次 heading: one of its two characters.
_TOC_HALVES = ("次", "目")
#: An entry's bracket left open after an international body's name (……规范（ISO/, ……（ISO/IEC): its line goes on.
_OPEN_ADOPTION = re.compile(r"[（(][\s\u3000]*(?:[I1l]SO|[I1l]EC)[^（()）]{0,20}$")  # (1SO/: a scan's I
#: A line opening with a Chinese document's code (GB/T 16262.2—2006 ……): an entry of its own.
_NATIONAL_CODE = re.compile(r"\s*(?:GB|DB\d|[A-Z]{2,4}/[TZ]|T/)")
_LIST_STYLE_BY_FMT = {"lowerLetter": "letter", "upperLetter": "letter", "bullet": "bullet", "none": "dash"}
_DASHES = set("—–-－─")


@dataclass
class _Scope:
    """Where numbered clauses of one kind go (body, an annex, the 引言) and their sequence."""

    roots: list[Clause]
    prefix: tuple[str, ...] = ()
    stack: list[Clause] = field(default_factory=list)
    last: dict[tuple[str, ...], int] = field(default_factory=dict)
    known: set[tuple[str, ...]] = field(default_factory=set)

    @staticmethod
    def _misnumbered_parent(parts: tuple[str, ...], open_clauses: list[Clause]) -> Clause | None:
        """The open clause one level up, for a subclause whose number names no open clause (6.2.3.1 typed under
        6.1.1, or 5.2.3.1 pasted there from an earlier chapter: QA pass 18, A1): it stays where the draft puts it,
        so the numbering rule reports its number, not its correctly numbered siblings after it. A later chapter's
        number (7.1.1 under 6.1) may be a chapter whose headings were lost, and is left to start it."""
        if len(parts) < 3 or not open_clauses:
            return None
        chapter = open_clauses[0].number.split(".")[0]
        if chapter != parts[0] and not (chapter.isdigit() and parts[0].isdigit() and int(parts[0]) < int(chapter)):
            return None
        return next((c for c in reversed(open_clauses) if len(c.number.split(".")) == len(parts) - 1), None)

    def fits(self, parts: tuple[str, ...]) -> bool:
        """Whether ``parts`` could be the next clause: its parent exists and it counts on."""
        parent = parts[:-1]
        if parent != self.prefix and parent not in self.known:
            return False
        previous = self.last.get(parent, 0)
        if parts[-1] == "0" and len(parts) > 1:
            # an 概述 numbered 0 before the first subclause (5.0 概述, 6.0 概述: GB/T 15843.2, after ISO/IEC 9798-2)
            return parent not in self.last
        return parts[-1].isdigit() and previous < int(parts[-1]) <= previous + 3

    def add(self, clause: Clause) -> None:
        parts = tuple(clause.number.split("."))
        open_clauses = list(self.stack)
        while self.stack and tuple(self.stack[-1].number.split(".")) != parts[: len(self.stack[-1].number.split("."))]:
            self.stack.pop()
        depth = len(self.stack[-1].number.split(".")) if self.stack else 0
        if self.stack and depth == len(parts) - 1:
            self.stack[-1].children.append(clause)
        elif (parent := self._misnumbered_parent(parts, open_clauses)) is not None:
            self.stack = open_clauses[: open_clauses.index(parent) + 1]
            parent.children.append(clause)
        elif self.stack and depth < len(parts):
            self.stack[-1].children.append(clause)
        else:
            self.stack.clear()
            self.roots.append(clause)
        self.stack.append(clause)
        self.known.add(parts)
        if parts[-1].isdigit():
            self.last[parts[:-1]] = int(parts[-1])


@dataclass
class _ListState:
    blocks: list[Block]
    stack: list[tuple[tuple, ListBlock]] = field(default_factory=list)


class _Builder:
    def __init__(self, items: list[Item]):
        self.items = items
        self.doc = StandardDocument(has_cover=False, has_toc=False)
        self.region = "front"
        self.front: list[Para] = []
        self.front_tables: list[TableItem] = []
        self.body = _Scope(self.doc.clauses)
        self.scope: _Scope | None = None
        self.blocks: list[Block] | None = None
        self.context = ""
        self.lists: _ListState | None = None
        self.caption: tuple[str, str, bool, int] | None = None
        self.toc_first = ""
        self.toc_seen_field = False
        self.toc_dotted = False
        self.toc_keys: set[str] = set()  # the entries of a 目次 laid out as a table
        self.tables_by_number: dict[str, Table] = {}
        self.at = 0  # index of the paragraph being read, for look-ahead
        self.toc_listed = False  # a line other than a page number seen under the 目次
        self.toc_pages = False  # a page number alone on a line seen under the 目次
        self.number_lines: set[int] = set()  # lines holding only the number of a chapter whose title came first
        self.toc_numbered = False  # a line under the 目次 starting with a clause number (1 范围, 4.1 总则)
        self.toc_entries: set[str] = set()  # every 目次 line, as _toc_key keys it (4接口描述)
        # Styled: some heading style carries a clause or an annex. A Markdown copy converted by
        # pandoc styles its 目次 and cover lines as headings and leaves every clause typed.
        self.styled = any(isinstance(i, Para) and i.heading and _heads_a_part(i) for i in items)
        self.foreword_texts: list[str] = []
        self.all_texts: list[str] = []
        # Where the text being read stands (a clause number, an annex, 前言), for pictures that are not carried;
        # and pictures read above a figure caption still to come, with the blocks they stand among.
        self.where = ""
        self.pending: list[tuple[Picture, int, list[Block]]] = []

    # -- driving -----------------------------------------------------------------------------

    def build(self) -> StandardDocument:
        index = 0
        while index < len(self.items):
            item = self.items[index]
            if isinstance(item, TableItem):
                self.table(item)
            elif printed := item.printed:
                self.all_texts.append(printed)
                # Both look for a line of one or two characters (前 / 言, 1 / 范围): no other line need be asked.
                spread = self.number_split_at_its_dot(index) if _OPEN_NUMBER.fullmatch(printed) else None
                spread = spread or ((self.spread_name(index) or self.number_on_its_line(index)) if len(printed) <= 2 else
                                    self.annex_without_its_first_half(index) if printed.startswith("录") else
                                    self.subclause_number_on_its_line(index) if printed[:1].isdigit()
                                    and len(printed) <= 12 else None)
                if spread is not None:
                    item, skipped = spread
                    self.items[index] = item
                    del self.items[index + 1:index + 1 + skipped]
                index = self.paragraph(index, item)
                if item.shown:  # pictures in a line of text (an equation object), a heading, a list item
                    self.leave(len(item.shown))
            elif item.shown:
                self.pictures(index, item)
            index += 1
        self.finish()
        return self.doc

    def paragraph(self, index: int, p: Para) -> int:
        self.at = index
        text = p.printed
        if index in self.number_lines:
            return index  # a chapter's number set on the line after its title (listed_chapter)
        if p.toc:
            self.doc.has_toc = True
            self.toc_seen_field = True
            self.toc_entries.add(_toc_key(text))
            return index
        name = pat.element_name(text) if not pat.is_sentence(text) else None
        if name is None and self.region == "front" and text.strip() in _TOC_HALVES and self.lists_front(index):
            name = pat.TOC  # 目次 whose 目 a scan lost (GB/T 16262.4's copy: "次", then 前言, 引言, 1范围 …)
        if name in (pat.TOC, pat.FOREWORD, pat.INTRODUCTION) and self.late_for_front():
            name = None  # 引言 as a word in an annex's example or list of elements, not the element
        if self.region in ("front", "front-after-toc", "toc") and (
                pat.toc_entry(text) or (self.doc.has_toc and self.toc_dotted and pat.worn_toc_entry(text))):
            self.doc.has_toc = True  # a typed 目次 line (``1  范围 ……… 1``), whether or not headed
            self.toc_dotted = True
            self.toc_entries.add(_toc_key(text))
            if self.region == "toc":
                self.note_toc_line(text, name)
            return index
        if len(text) <= 120 and pat.toc_entry(text):
            # a contents line past the front matter (a converted copy that put its 目次 at the end):
            # the draft has a 目次, and the line is no text of the clause or annex it stands in
            self.doc.has_toc = True
            return index
        if self.region == "toc":
            if not self.leaves_toc(p, name):
                self.note_toc_line(text, name)
                self.toc_entries.add(_toc_key(text))
                if _PAGE.fullmatch(text.strip()):
                    self.toc_pages = True
                else:
                    self.toc_listed = True
                    self.toc_numbered = self.toc_numbered or pat.clause_head(text) is not None
                return index
            self.region = "front-after-toc"
        if name is not None and self.heads_element(p, name):
            return index
        if self.region == "index":
            return index
        if self.region == "front-after-toc" and self.toc_listed and pat.worn_toc_entry(text):
            # the 目次 going on after a running head an OCR made a heading (# T/CAMET 04010.3-2018 between 5.11 and
            # 5.12): 附录A（规范性附录） 线路关键元素取值范围 80 is its entry, not annex A
            self.toc_entries.add(_toc_key(text))
            return index
        annex = pat.annex_head(text)
        if annex is not None and (self.is_annex(index, p, annex) or self.status_follows(index)):
            return self.annex(index, p, annex)
        head = pat.clause_head(text) or self.bulleted_head(p)
        if head is not None and self.clause(p, head):
            return index
        if head is None and not p.label and (dotted := pat.dotted_clause_head(text)) is not None \
                and self.dotted_plausible(dotted):
            p.dotted = True
            if self.clause(p, dotted):
                return index
            p.dotted = False
        if head is None and not p.label and (named := pat.comma_chapter_head(text)) is not None \
                and pat.compact(named.rest) in _FIXED_CHAPTERS and self.clause(p, named):
            return index
        if head is None and not p.label and (lost := self.lost_chapter_number(index, text)) is not None \
                and self.clause(p, lost):
            return index
        if self.region in ("front", "front-after-toc"):
            self.front.append(p)
            return index
        if self.region == "biblio":
            self.bibliography_entry(p)
            return index
        self.block(index, p)
        return index

    def lists_front(self, index: int) -> bool:
        """Whether the next printed lines after ``index`` name the 前言 (or 引言) and then the 引言 or a chapter: the
        entries of a 目次, not the element itself, whose text would follow its heading."""
        names = []
        for item in self.items[index + 1:index + 8]:
            if isinstance(item, Para) and item.printed.strip():
                names.append(pat.element_name(_toc_key(item.printed)) or pat.clause_head(_toc_key(item.printed)))
                if len(names) == 2:
                    break
        return len(names) == 2 and names[0] in (pat.FOREWORD, pat.INTRODUCTION) and (
            names[1] == pat.INTRODUCTION or isinstance(names[1], pat.ClauseHead))

    def heads_element(self, p: Para, name: str) -> bool:
        """Whether ``p``, a line naming an element (目次, 前言 …), heads it; if so, it is entered."""
        if name == pat.TOC:
            self.doc.has_toc = True
            self.region = "toc"
            return True
        if name == pat.FOREWORD:
            self.doc.foreword = Section(anchor=p.anchor)
            self.enter("foreword", self.doc.foreword.blocks)
            return True
        if name == pat.INTRODUCTION:
            self.doc.introduction = Section(anchor=p.anchor)
            self.enter("intro", self.doc.introduction.blocks)
            self.scope = _Scope(self.doc.introduction.children, prefix=("0",))
            return True
        if name == pat.BIBLIOGRAPHY and (p.heading or p.bold or p.center or self.region != "front"):
            self.doc.bibliography = []
            self.enter("biblio", None)
            return True
        # After the 参考文献 a line that is only 索引 heads the index, however plain (an entry never is).
        if name == pat.INDEX and (p.heading or p.bold or p.center or self.region == "biblio"):
            self.enter("index", None)
            return True
        return False

    def late_for_front(self) -> bool:
        """Whether a line naming a front element (目次, 前言, 引言) comes too late to be one: once a
        clause of the body holds text. (A 目次 whose lines were read as clauses and annexes may
        put them before the 前言, but those hold titles only.)"""
        return self.region not in ("front", "front-after-toc", "toc", "foreword", "intro") \
            and any(map(_holds_text, self.doc.clauses))

    def spread_name(self, index: int) -> tuple[Para, int] | None:
        """``前`` / ``言`` on lines of their own (a PDF's spaced-out heading): one heading."""
        first = self.items[index]
        if not isinstance(first, Para) or len(first.printed) != 1 or not pat.is_cjk(first.printed):
            return None
        text, look = first.printed, index + 1
        while look < len(self.items) and len(text) < 4:
            nxt = self.items[look]
            if not isinstance(nxt, Para) or len(nxt.printed) != 1:
                break
            text += nxt.printed
            look += 1
            if pat.element_name(text) is not None:
                return replace(first, text=text, label=""), look - index - 1
            if text == "附录" and look < len(self.items):
                # 附 / 录 / A: an annex heading spread over three lines; its status follows
                letter = self.items[look]
                if isinstance(letter, Para) and re.fullmatch(r"[A-Z]", letter.printed.strip()):
                    return replace(first, text="附录" + letter.printed.strip(), label=""), look - index
        return None

    def annex_without_its_first_half(self, index: int) -> tuple[Para, int] | None:
        """``录 B`` above its status line, the ``附`` a text layer set after them (录 B / (规范性) / 附 / 在不同附着系数路面……:
        GB/T 13594—2025's annexes B-D, round 204, read inside annex A): the annex's heading."""
        first = self.items[index]
        found = re.fullmatch(r"录[ \u3000]?([A-Z])", first.printed.strip()) if isinstance(first, Para) else None
        if found is None or not self.status_follows(index):
            return None
        for at in range(index + 1, min(index + 5, len(self.items))):
            item = self.items[at]
            if isinstance(item, Para) and item.printed.strip() == "附":
                del self.items[at]  # (the heading's first half, set after its status: no title)
                break
        return replace(first, text=f"附录{found.group(1)}", label=""), 0

    def number_on_its_line(self, index: int) -> tuple[Para, int] | None:
        """``1`` / ``范围`` (a PDF that put a chapter's number and title on lines of their own):
        one heading, when the next line names a customary chapter or the 目次 lists the two as one entry. A bare
        number above any other line stays what it mostly is there, a page number."""
        first = self.items[index]
        if not isinstance(first, Para) or not _ONE_OR_TWO_DIGITS.fullmatch(first.printed.strip()):
            return None
        nxt = self.items[index + 1] if index + 1 < len(self.items) else None
        if isinstance(nxt, Para) and pat.compact(nxt.printed).lower().rstrip(".") in _CHAPTER_NAMES:
            return replace(first, text=f"{first.printed.strip()} {nxt.printed.strip()}", label=""), 1
        # Or the title the draft's own 目次 lists with that number, a blank line or two between (4 / / 概述: a text
        # layer that sets a chapter's number and title apart, YD/T 1522.5's draft, whose chapters 3-7 fell under 2).
        if not self.toc_entries:
            return None
        at = index + 1
        while at < len(self.items) and at - index <= 3 and isinstance(self.items[at], Para) \
                and not self.items[at].printed.strip() and not self.items[at].shown:
            at += 1
        title = self.items[at] if at < len(self.items) and at - index <= 3 else None
        if not isinstance(title, Para) or not re.search(r"[^\d\s.]", title.printed):
            return None
        number = first.printed.strip()
        # (Or, in a 目次 whose text layer set its numbers apart from its titles, the title alone, for the chapter
        # after the last one read: 7 / 视频平台间通信协议基础, JT/T 1078's chapters 7-10.)
        if _toc_key(f"{number}{title.printed.strip()}") not in self.toc_entries and not (
                not self.styled and self.region == "body" and int(number) == self.body.last.get((), 0) + 1
                and _chapter_title_like(title.printed) and _toc_key(title.printed) in self.toc_entries):
            return None
        return replace(first, text=f"{number} {title.printed.strip()}", label=""), at - index

    def subclause_number_on_its_line(self, index: int) -> tuple[Para, int] | None:
        """``4. 1`` / ``协议基本约定`` (a text layer that sets a subclause's number and title on lines of their own:
        JT/T 1078's, round 204, whose chapters 3-10 fell under 2): one heading, when the next line is a title's."""
        joined = self.joined_subclause(index)
        parts = tuple(joined.text.split()[0].split(".")) if joined is not None else ()
        if not parts or (scope := self.scope_for(parts)) is None or not scope.fits(parts):
            return None  # (8 / 8. 1 / 视频平台间通信协议流程 / 时效口令上报与请求业务类: chapter 8's title, read as such)
        return joined, 1

    def number_split_at_its_dot(self, index: int) -> tuple[Para, int] | None:
        """``9.`` / ``1 应采取科学措施……`` (a text layer that breaks a subclause's number after its dot: DA/T 104—2024's and
        its four neighbours', round 276, read as chapters with no subclauses, every place a chapter): one line, ``9.1
        应采取……``, where the joined number fits the chapter (or clause) the text is in."""
        joined = self.joined_at_dots(index)
        if joined is None:
            return None
        nxt, skipped = joined
        parts = tuple(nxt.text.split(" ", 1)[0].split("."))
        if self.region in ("body", "annex") and ((scope := self.scope_for(parts)) is None or not scope.fits(parts)):
            return None
        return nxt, skipped

    def joined_at_dots(self, index: int) -> tuple[Para, int] | None:
        """The line ``number_split_at_its_dot`` makes of the lines from ``index`` (``9.`` / ``1 应采取……`` → ``9.1
        应采取……``) and how many lines it takes in, whatever clause the text is in; None where they hold no such number."""
        first = self.items[index]
        before = self.items[index - 1] if index else None
        if first.shown or isinstance(before, Para) and (_OPEN_NUMBER.fullmatch(before.printed)
                                                        or _CUT_REFERENCE.search(before.printed)):
            # the middle of a number whose start did not fit, or of a reference a line end cut (……应符合 DA/T94—2022 中
            # 8. / 4. / 2 和 8. / 4. / 3 的规定。: DA/T 95—2022's text layer, round 276, whose chapter 7 was lost to a
            # 4.2 so made): no number of its own
            return None
        number, at = first.printed.strip(), index + 1
        while at < len(self.items) and isinstance(self.items[at], Para) and not self.items[at].shown \
                and _OPEN_NUMBER.fullmatch(self.items[at].printed) and number.count(".") < 4:
            number += self.items[at].printed.strip()  # (5. / 1. / 1 会同业务部门……: broken at every dot)
            at += 1
        nxt = self.items[at] if at < len(self.items) else None
        if not isinstance(nxt, Para) or nxt.shown or nxt.label:
            return None
        tail = _NUMBER_TAIL.match(nxt.text.strip())
        if tail is None:
            return None
        number += tail.group(1)
        return replace(nxt, text=f"{number} {tail.group(2)}", label=""), at - index

    def joined_number(self, index: int) -> Para | None:
        """The line a number broken after its dots starts at ``index`` (8. / 6. / 1 电子财务会计报告按类型……), joined, or
        None: how a clause's title over its first subclause looks ahead (DA/T 94—2022's 8.6, round 276)."""
        item = self.items[index]
        joined = self.joined_at_dots(index) if _OPEN_NUMBER.fullmatch(item.printed) else None
        return joined[0] if joined is not None else None

    def joined_subclause(self, index: int) -> Para | None:
        first = self.items[index]
        if not isinstance(first, Para) or first.shown:
            return None
        head = pat.clause_head(first.printed)
        if head is None or head.rest or len(head.parts) < 2 or not head.parts[0].isdigit():
            return None
        nxt = self.items[index + 1] if index + 1 < len(self.items) else None
        if not isinstance(nxt, Para) or nxt.shown or not _title_like(nxt.printed) \
                or sum(pat.is_cjk(ch) for ch in nxt.printed) < 2 \
                or pat.clause_head(nxt.printed) is not None or _PAGE.fullmatch(nxt.printed.strip()):
            return None
        # A title the 目次 lists, or one with text, a clause or a table after it; not a table's head cell spilled into
        # lines with the next cell after it (5.9 / 起始字节 / 字段 / 数据长度: T/GDRTA 002's, where 5.9's title stands elsewhere).
        after = next((item for item in self.items[index + 2:index + 5]
                      if not isinstance(item, Para) or item.printed.strip()), None)
        if _toc_key(nxt.printed) not in self.toc_entries and isinstance(after, Para) and not (
                pat.is_sentence(after.printed) or _running_text(after.printed) or pat.clause_head(after.printed)):
            return None
        return replace(first, text=f"{head.number} {nxt.printed.strip()}", label="")

    def enter(self, region: str, blocks: list[Block] | None) -> None:
        self.flush_pictures()
        self.region = region
        self.blocks = blocks
        self.lists = None
        self.caption = None
        self.context = ""
        self.where = {"foreword": FOREWORD, "intro": INTRODUCTION, "biblio": BIBLIOGRAPHY}.get(region, "")

    def note_toc_line(self, text: str, name: str | None) -> None:
        """Keep the 目次's first entry, whose heading coming round again ends a typed 目次; an entry
        naming a 前言 or 引言 already read (a draft that puts its 前言 before the 目次) never comes
        round again, so the next entry is kept instead; so is an entry naming the 目次 itself."""
        if self.toc_first:
            return
        if pat.element_name(_toc_key(text)) == pat.TOC:
            return  # ``目  次 I``: the 目次 lists itself, and its heading never comes round again
        if (name == pat.FOREWORD and self.doc.foreword is not None) or (
                name == pat.INTRODUCTION and self.doc.introduction is not None):
            return
        self.toc_first = _toc_key(text)

    def leaves_toc(self, p: Para, name: str | None) -> bool:
        # A TOC field flags its entries, so the first unflagged line ends it; a typed TOC ends
        # at a styled heading, or where its first entry comes round again as the real heading.
        if p.heading and self.toc_listed and not self.toc_seen_field and _TOC_LINE_AS_HEADING.fullmatch(p.printed):
            return False  # an entry an OCR layer made a heading, its page number kept (# 5测试环境 8, # 6测试需求· 10)
        if self.toc_seen_field or p.heading or self.toc_dotted:
            return True  # a field flags its entries; typed entries with leader dots were skipped
        if name in (pat.FOREWORD, pat.INTRODUCTION) and self.toc_pages and not self.toc_listed:
            return True  # 目  次 / II / 前 言: a 目次 whose entries the PDF's text lost (page numbers only)
        if self.toc_keys and (name in (pat.FOREWORD, pat.INTRODUCTION) or _toc_key(p.printed) in self.toc_keys):
            return True  # a 目次 typed as a table ends at the first element or heading it lists
        if name == pat.FOREWORD and self.doc.foreword is None and self.toc_numbered:
            # a 目次 lists its 前言 before chapter 1, so a 前言 after the chapters' entries is the
            # element itself, even where the first entry that should come round again was garbled
            # (``前言 VⅢ引言 IX``, two entries an OCR layer ran together: bench/real round 160)
            return True
        return bool(self.toc_first) and _toc_key(p.printed) == self.toc_first

    # -- clauses and annexes -----------------------------------------------------------------

    def clause(self, p: Para, head: pat.ClauseHead) -> bool:
        parts = head.parts
        scope = self.scope_for(parts)
        if scope is None:
            return False
        fits = scope.fits(parts)
        rest = head.rest
        strong = p.heading and not (p.outline is not None and p.outline >= 9)
        if strong:
            titled = not (len(parts) > 1 and (rest.rstrip().endswith(("。", "；", ".", ";")) or _lead_in(rest)))
        elif not fits:
            return False
        elif not rest and len(parts) == 1 and not (p.bold or p.heiti):
            return False  # a bare ``1``: a page number left by a PDF, never an untitled chapter
        elif not rest and scope is self.body and parts[0].isdigit() \
                and int(parts[0]) < self.body.last.get((), 0) and not (p.bold or p.heiti):
            # a bare 5.5.1.3 under chapter 6: a table's cell that names a clause, spilled into a line of its own (GB/T
            # 19056's 表5 out of its PDF, round 240), never a clause of a chapter the text has left
            return False
        elif not rest:
            titled = True
            if len(parts) > 1 and not self.styled and (title := self.title_set_before()) is not None:
                rest = title  # 水污染物排放控制要求 / 4.1 (GB 26132—2010's text layer, round 258): its title, not text of 4
        elif (p.bold or p.heiti) and not pat.is_sentence(rest) and (not self.styled or len(parts) > 1):
            titled = True
        elif len(parts) > 1:
            # A typed subclause heading: ``6.1.1 服务对象`` is a title, ``6.1.1 机构应……。`` the text of an untitled
            # clause; so in a draft that styles nothing (typed, or text out of a PDF), and in one that styles its
            # other headings (one typed without its style, or in a bulleted paragraph: QA pass 11, A10).
            titled = _title_like(rest) or self.titles_its_subclauses(head.number, rest)
        elif self.plain_chapter(parts, rest, scope):
            titled = True
        else:
            return False
        if scope is self.body and self.region not in ("body", "annex"):
            self.start_body()
        clause = Clause(number=head.number, title=rest if titled else "", anchor=p.anchor, dotted=p.dotted,
                        run_in=titled and _run_in(p, head))
        if not titled:
            clause.blocks.append(Paragraph(text=rest, anchor=p.anchor))
        scope.add(clause)
        self.flush_pictures()
        self.blocks = clause.blocks
        self.where = clause.number
        self.lists = None
        self.caption = None
        self.context = self.context_of(clause)
        return True

    def dotted_plausible(self, head: pat.ClauseHead) -> bool:
        """``1.`` begins a typed list as often as a chapter: dotted chapters are read only as a
        run that opens with ``1. 范围`` (or ``1. Scope``), their subclauses only under them."""
        if len(head.parts) > 1:
            return True  # scope.fits decides: 4.1. only under a chapter 4 already read
        if self.body.last.get((), 0) > 0:
            return any(c.dotted for c in self.doc.clauses)
        # (1. 适用范围 too: DB44/ 1837—2016's, round 261, read as no GB/T 1.1 draft at all)
        return head.parts == ("1",) and pat.compact(head.rest).lower().rstrip(".") in _SCOPE_TITLES

    def plain_chapter(self, parts: tuple[str, ...], rest: str, scope: _Scope) -> bool:
        """An unstyled, unbolded ``1 范围`` (text pasted or converted from a PDF): a chapter when
        it names a customary chapter, or counts on from the previous chapter in a draft that
        styles no heading at all."""
        if scope is not self.body or pat.is_sentence(rest) or len(pat.compact(rest)) > 30:
            return False
        if pat.compact(rest).lower().rstrip(".") in _CHAPTER_NAMES:
            return True
        previous = self.body.last.get((), 0)
        # A chapter title is a few Chinese words (4 基本要求); a table row spilled into lines
        # (8 端点北坐标 duandian_X 双精度型 3) is not. One the draft's own 目次 lists (4 接口描述 …… 5) is a chapter
        # whatever follows it (a page's running head an OCR left, 轨道: round 192's T/CAMET 04011.2, whose chapters
        # 4-7 all fell under 3.2 when 4 was not read).
        if self.styled or self.region != "body" or previous <= 0:
            return False
        if parts == (str(previous + 1),) and _toc_key(f"{parts[0]}{rest}") in self.toc_entries:
            return True  # (its title as the 目次 prints it: 6 记录头标和数据字段——详细说明)
        if not _chapter_title_like(rest):
            return False
        if parts == (str(previous + 1),):
            # A 目次 that lists chapter N under another title (6 视频解码器) says 6 高比特编码 is no chapter: a table's
            # numbered row spilled into lines (GB/T 39274's scan, round 198, whose chapters 5-8 fell apart so).
            # So is one past the last chapter a 目次 lists that lists the one before (9 声源方位检测 after 8); a title the
            # 目次 prints with an OCR's slips (7SIP与BICC/ISUP的互通应用 for 7 SIP与BICC/ISUP互通应用) is the same.
            key = _toc_key(f"{parts[0]}{rest}")
            listed = [e for e in self.toc_entries if re.match(rf"{parts[0]}(?![\d.])\D", e)]
            # (Unless its own titled first subclause follows straight after it: T/JSATL 12's body titles chapter 5 设备通讯协议
            # where its 目次 says 终端与外设协议基础, and chapter 5 fell under 4, round 204.)
            if listed and all(SequenceMatcher(None, key, e).ratio() < 0.6 for e in listed) \
                    and not self.subclause_follows(self.at, parts[0], within=1, titled=True):
                return False
            # (Only a 目次 that lists its chapters from 1 on says where they end: one whose text layer set most numbers
            # apart from their titles, listing 4 and 5 alone, says nothing of 6: GB/T 19056's, round 240, whose
            # chapters 6-8 fell under 5.13.2.)
            chapters = {int(m.group(1)) for e in self.toc_entries if (m := _TOC_CHAPTER.match(e))}
            if previous in chapters and max(chapters) < previous + 1 and chapters >= set(range(1, previous + 1)):
                return False
            # (its number and its first subclause's number set just above it, the subclause's title below it: JT/T
            # 1078's 8 / 8. 1 / 视频平台间通信协议流程 / 时效口令上报与请求业务类)
            return self.text_follows(parts[0]) or self.number_stands_before(self.at, parts[0])
        # One chapter heading missed (4 接口描述 above a stray line, with no 目次 to name it) must not lose the rest
        # of the draft: the next, followed straight by its first subclause with a title (5 报文规范 / 5.1 接口连接方式),
        # is one (a numbered row of a table spilled into lines has no such line after it).
        # So must one the draft's own 目次 lists as printed (8参数化赋值 after 6, where 7ASN.1词项 ran its number into its
        # title: GB/T 16262.4's scan, whose chapters 7-10 fell under 6.2.6).
        # (Two missed, its titled first subclause straight after it: 5 车联网数据类型 / 5.1 概述 after chapter 2, where 3 术语 定义
        # and 4 概述 were not read: a Shaanxi local standard, round 275, whose chapters 3-7 all fell under 2.)
        return parts == (str(previous + 2),) and _toc_key(f"{parts[0]}{rest}") in self.toc_entries \
            or parts in ((str(previous + 2),), (str(previous + 3),)) \
            and self.subclause_follows(self.at, parts[0], within=1, titled=True)

    def lost_chapter_number(self, index: int, text: str) -> pat.ClauseHead | None:
        """A chapter title whose number an OCR dropped (检测内容 above 7.1场地: GM/T 0038's scan, round 193, whose
        chapter 7, two thirds of the text, fell under 6 as paragraphs): in the body of a draft that styles no
        heading, a title-like line straight above the titled first subclause of the chapter after the last one read
        is that chapter, numbered as it must be."""
        if self.styled or self.region != "body" or self.scope is not self.body or pat.is_sentence(text):
            return None
        previous = self.body.last.get((), 0)
        if previous <= 0:
            return None
        if (listed := self.listed_chapter(index, text, previous)) is not None:
            return listed
        if not _chapter_title_like(text):
            return None
        number = str(previous + 1)
        if not self.subclause_follows(index, number, within=1, titled=True):
            return None
        return pat.clause_head(f"{number} {text.strip()}")

    def listed_chapter(self, index: int, text: str, previous: int) -> pat.ClauseHead | None:
        """The title the draft's own 目次 lists as the next chapter or the one after it, its number lost or an
        OCR's one letter for it (背景概要 for 5 背景概要: GB/T 19582.3's scan, round 202, whose chapters 4-7 fell under
        3 so, nine tenths of the text unread), with that chapter's first titled subclause straight after it or its
        number alone just before it (a table's head cell that repeats a chapter's title, SIP协议的应用 in YD/T 1522.5's
        表1, has neither)."""
        title = pat.compact(text)
        bare = title[1:] if re.match(r"[A-Za-z](?![A-Za-z])", title) else title
        if len(bare) < 2 or pat.is_sentence(text):
            return None
        for number in (previous + 1, previous + 2):
            if bare in self.toc_entries and self.number_stands_before(index, str(number)):
                return pat.clause_head(f"{number} {bare}")  # (a 目次 that lists titles apart from their numbers)
            if number == previous + 1 <= 3 and bare in _FIXED_CHAPTERS and bare in self.toc_entries:
                # a chapter GB/T 1.1 fixes, its number lost where the text layer set chapter 2's references in two
                # columns (GB 7258—2017, round 247: 3 stood among the designations, 术语和定义 after the titles)
                return pat.clause_head(f"{number} {bare}")
            after = self.number_stands_after(index, str(number)) if number == previous + 1 else None
            if f"{number}{bare}" in self.toc_entries and (
                    self.subclause_follows(index, str(number), within=2, titled=True)
                    or self.number_stands_before(index, str(number)) or after is not None):
                # (or its number alone on the next printed line: 术语和定义 / 3 / 下列术语和定义适用于本标准。, GB
                # 26132—2010's text layer, round 258, whose chapters 3-6 all fell under 2 so; that line is no text)
                if after is not None:
                    self.number_lines.add(after)
                return pat.clause_head(f"{number} {bare}")
        return None

    def title_set_before(self) -> str | None:
        """The title a text layer set on the printed line before a subclause's number alone, when that line was read
        as the only text of the clause above (its hanging paragraph): taken back from there."""
        blocks = self.blocks
        if not blocks or not isinstance(blocks[-1], Paragraph) or len(blocks) != 1:
            return None
        previous = next((item for item in reversed(self.items[max(0, self.at - 3):self.at])
                         if isinstance(item, Para) and item.printed.strip()), None)
        last = blocks[-1]
        if previous is None or last.anchor is None or previous.anchor != last.anchor \
                or pat.is_sentence(last.text) or not _title_like(last.text):
            return None
        blocks.pop()
        return last.text.strip()

    def number_stands_after(self, index: int, number: str) -> int | None:
        """The index of the next printed line after ``index`` when it is ``number`` alone."""
        for at in range(index + 1, min(index + 4, len(self.items))):
            item = self.items[at]
            if isinstance(item, Para) and item.printed.strip():
                return at if pat.compact(item.printed) == number else None
        return None

    def number_stands_before(self, index: int, number: str) -> bool:
        """``number`` and its first subclause's number, each alone, on the three printed lines before ``index`` (6 /
        6.1 / 终端与外设通讯协议 / 适用范围: a text layer that sets a page's numbers in a column of their own, T/GDRTA 002's
        chapter 6, round 204); a page number alone is no such pair."""
        printed = [pat.compact(item.printed) for item in self.items[max(0, index - 6):index]
                   if isinstance(item, Para) and item.printed][-3:]
        return number in printed and f"{number}.1" in printed

    def text_follows(self, number: str) -> bool:
        """After a chapter title comes its first subclause (5.1) or running text, not the next
        cells of a table row spilled into lines (9 端点东 / 坐标 / 双精度型 …). A rule line between
        (``---``, a converter's page break) is looked past."""
        for item in self.items[self.at + 1:self.at + 4]:
            if isinstance(item, TableItem):
                return True
            if item.printed and not _RULE_LINE.fullmatch(item.printed.strip()):  # a converted page break: look on
                if _OPEN_NUMBER.fullmatch(item.printed) and item.printed.startswith(f"{number}."):
                    return True  # its first subclause's number, broken after its dot (6. / 1 应建立……)
                head = pat.clause_head(item.printed) or pat.dotted_clause_head(item.printed)
                if head is None:  # running text, maybe broken at a PDF's line end (…组成，如; …应符合 DA/T94—2022 中 8.)
                    return pat.is_sentence(item.printed) or _running_text(item.printed) \
                        or _CUT_REFERENCE.search(item.printed) is not None
                # its first subclause (5.1; 41 where an OCR dropped the dot, titled), or the next chapter when this
                # one is empty
                dotless = len(head.parts) == 1 and len(head.parts[0]) == len(number) + 1 \
                    and head.parts[0].startswith(number) and head.parts[0][-1] != "0" and _title_like(head.rest)
                return (head.parts[:1] == (number,) and len(head.parts) > 1) or dotless or (
                    head.parts == (str(int(number) + 1),) and _chapter_title_like(head.rest))
        return False

    def scope_for(self, parts: tuple[str, ...]) -> _Scope | None:
        if parts[0] == "0":
            return self.scope if self.region == "intro" and len(parts) > 1 else None
        if parts[0].isalpha():
            annex = self.doc.annexes[-1] if self.doc.annexes and self.region == "annex" else None
            return self.scope if annex is not None and annex.letter == parts[0] else None
        if self.region in ("annex", "biblio", "index"):
            return None
        return self.body

    def context_of(self, clause: Clause) -> str:
        chapter = self.body.stack[0] if self.body.stack and self.region == "body" else None
        title = pat.compact(chapter.title).lower() if chapter is not None else ""
        if any(name in title for name in _NORMREF_TITLES):
            return "references"
        if "术语" in title or "termsanddefinitions" in title:
            return "terms"
        return ""

    def start_body(self) -> None:
        previous = self.blocks
        if self.region in ("front", "front-after-toc"):
            self.take_body_title(self.front)
        elif previous is not None and previous and isinstance(previous[-1], Paragraph):
            last = previous[-1]
            if self.is_title_like(last.text, self._para_at(last.anchor)) or (
                    self.region == "foreword" and _plain_body_title(last.text)):
                self.doc.body_title = last.text
                previous.pop()
        self.region = "body"
        self.scope = self.body

    def take_body_title(self, front: list[Para]) -> None:
        if front and self.is_title_like(front[-1].printed, front[-1]):
            self.doc.body_title = front.pop().printed

    def is_title_like(self, text: str, p: Para | None) -> bool:
        if p is None or _no_name(text):
            return False
        style = p.style.lower()
        return p.center or p.bold or p.heiti or "标准名称" in style or "title" in style or p.heading

    def _para_at(self, anchor: int | None) -> Para | None:
        for item in self.items:
            if isinstance(item, Para) and item.anchor == anchor:
                return item
        return None

    def is_annex(self, index: int, p: Para, head: pat.AnnexHead) -> bool:
        if p.label.strip().startswith("附录") or p.heading or head.normative is not None:
            return True
        if (p.bold or p.center or p.heiti) and not pat.is_sentence(head.title):
            return True
        # A PDF's text may keep an annex heading as a plain line with no status (附录 A 标题): it is
        # one in the body, in letter order, when what follows the letter reads as a title, not as
        # a sentence about the annex (附录A给出了……, 附录A中的……).
        expected = chr(ord(self.doc.annexes[-1].letter) + 1) if self.doc.annexes else "A"
        if self.region not in ("body", "annex") or head.letter != expected:
            return False
        if not head.title:  # 附 录 D alone, its status line lost: an annex when its D.1 follows, or its title as the
            # 目次 lists it (附 录 A / 企业编码参考示例 under 附录 A（资料性）企业编码参考示例 . .7)
            return self.subclause_follows(index, head.letter) or self.title_listed_follows(index, head.letter)
        return _title_line(head.title) and _ANNEX_MENTION.match(head.title) is None

    def bulleted_head(self, p: Para) -> pat.ClauseHead | None:
        """A clause's number and title typed in a paragraph Word marks with a bullet (• 5.1.2 合规差距评估: text
        pasted into a list, or a heading formatted as one): read as the clause it numbers when the title is a
        title's (short, no sentence in it) and the number fits where it stands (QA pass 11, A10)."""
        if p.fmt != "bullet":
            return None
        head = pat.clause_head(p.text)
        return head if head is not None and head.rest and _title_like(head.rest) else None

    def titles_its_subclauses(self, number: str, rest: str) -> bool:
        """``5.3 与清算、交易、确认和结算相关的数据要素`` straight above ``5.3.1 …``: a longer title
        (an enumeration, no sentence punctuation, no modal verb) whose clause holds subclauses
        only. Text there would be a hanging paragraph, which a title with no full stop is not."""
        flat = rest.strip()
        if not flat or len(flat) > 40 or re.search(r"[。；;：:！？!?]|应|宜|须|不得|可以", flat):
            return False
        return self.subclause_follows(self.at, number, within=1)

    def subclause_follows(self, index: int, number: str, *, within: int = 3, titled: bool = False) -> bool:
        """One of the next ``within`` printed paragraphs after ``index`` is the first subclause of
        ``number`` (``D.1 …`` under annex D, ``5.3.1 …`` under 5.3); with ``titled``, one with a title."""
        printed = [self.joined_subclause(at) or self.joined_number(at) or item for at, item in enumerate(
            self.items[index + 1:index + 3 + 2 * within], start=index + 1)
            if isinstance(item, Para) and item.printed][:within]
        return any((head := pat.clause_head(item.printed)) is not None and head.number == f"{number}.1"
                   and (not titled or (bool(head.rest) and _title_like(head.rest))) for item in printed)

    def title_listed_follows(self, index: int, letter: str) -> bool:
        """The next printed paragraph is annex ``letter``'s title as the draft's 目次 lists it."""
        following = next((item for item in self.items[index + 1:index + 4] if isinstance(item, Para) and item.printed),
                         None)
        if following is None or pat.is_sentence(following.printed):
            return False
        title = pat.compact(following.printed)
        return len(title) >= 2 and any(entry.startswith(f"附录{letter}") and entry.endswith(title)
                                       for entry in self.toc_entries)

    def status_follows(self, index: int) -> bool:
        """``附 录 A`` on a line of its own, its ``（资料性附录）`` on the next (a PDF's text)."""
        for item in self.items[index + 1:index + 3]:
            if isinstance(item, Para) and item.printed:
                return pat.annex_status(item.printed) is not None or pat.annex_status_titled(item.printed) is not None
        return False

    def opens_annex(self, index: int, letter: str) -> bool:
        """The next printed paragraph from ``index`` is a heading or the annex's own first
        subclause (``C.1 …``): what stands before it, after the status line, is the annex's title
        even in a styled draft whose title lost its style (a PDF converted with pandoc)."""
        for item in self.items[index:index + 3]:
            if not isinstance(item, Para):
                return False
            if item.printed:
                head = pat.clause_head(item.printed)
                return item.heading or (head is not None and head.number.split(".")[0] == letter)
        return False

    def annex(self, index: int, p: Para, head: pat.AnnexHead) -> int:
        normative, title = head.normative, head.title
        # The status and the title may stand on the next lines: 附录A / （规范性） / 标题. An annex
        # heading typed as plain text has its title typed the same way, so formatting is not asked.
        look = index + 1
        while look < len(self.items) and (normative is None or not title):
            nxt = self.items[look]
            if not isinstance(nxt, Para):
                break
            if not nxt.printed:
                look += 1
                continue
            status = pat.annex_status(nxt.printed)
            titled = pat.annex_status_titled(nxt.printed) if status is None and normative is None and not title else None
            if normative is None and status is not None:
                normative = status
            elif titled is not None:
                normative, title = titled
            elif not title and not pat.is_sentence(nxt.printed) and not _annex_clause(nxt.printed, head.letter) \
                    and pat.caption(nxt.printed) is None and (nxt.heading or nxt.bold or nxt.center or nxt.heiti
                                                              or (_title_line(nxt.printed) and (
                                                                  not self.styled or not p.heading
                                                                  or self.opens_annex(look + 1, head.letter)))):
                title = nxt.printed
            else:
                break
            self.all_texts.append(nxt.printed)
            index = look
            look += 1
        last = self.doc.annexes[-1] if self.doc.annexes and self.region == "annex" else None
        if last is not None and last.letter == head.letter and not last.blocks and not last.children \
                and _bare_title(last.title) == _bare_title(title):
            return index  # the same heading printed twice (a one-line heading over the centred three lines)
        annex = Annex(letter=head.letter, title=title, normative=bool(normative), anchor=p.anchor)
        self.doc.annexes.append(annex)
        self.enter("annex", annex.blocks)
        self.where = annex.label
        self.scope = _Scope(annex.children, prefix=(head.letter,))
        return index

    # -- blocks ------------------------------------------------------------------------------

    def _repeated_caption(self, number: str | None, title: str) -> bool:
        """The caption of a table read before, printed again over its continuation with the
        （续） garbled (表 7 列车接入站跳停命令信息包(表)): same number, same title."""
        earlier = self.tables_by_number.get(number) if number else None
        return earlier is not None and _bare_title(earlier.title) == _bare_title(title)

    def block(self, index: int, p: Para) -> None:
        if self.blocks is None:
            return
        text = p.printed
        if _RULE_LINE.fullmatch(text.strip()):
            return  # a rule drawn with characters (---, a converted page break): no content
        if "\n" in text and not p.label:
            # A converted PDF's caption over its figure, the picture and the figure's key in one paragraph of
            # lines (图7 多个接管ZC示意图 / [picture] / 说明：……): the caption, then the key.
            first, _, rest = text.partition("\n")
            cap = pat.caption(first)
            if cap is not None and cap[0] == "figure" and _FIGURE_KEY.match(rest.lstrip()):
                self.block(index, replace(p, text=first))
                self.block(index, replace(p, text=rest.strip(), shown=None))
                return
        cap = pat.caption(text)
        if cap is not None:
            kind, number, title, continued = cap
            if kind == "table" and self._table_follows(index):
                self.caption = (number, title, continued, p.anchor)
                return
            if kind == "table" and not continued and (p.shown or self._picture_follows(index)):
                # A table the draft holds as a picture (an embedded Excel sheet): the picture is its body.
                table = Table(number=number, title=title, rows=[], anchor=p.anchor)
                self.add(table)
                self.tables_by_number.setdefault(number, table)
                if p.shown:
                    self.pictures(index, p)
                    p.shown = None
                return
            if kind == "table" and self._repeated_caption(number, title):
                return  # a continued table whose （续） an OCR layer misread: its lines follow
            if kind == "table" and not continued and ("表标题" in p.style or not self.styled
                                                       or (title and _title_line(title))):
                # A PDF's text: the caption stands, the table's cells follow as lines of their own
                # (or such a table written again in the template's caption style, without cells),
                # or the caption stands apart from its table, moved by the page flow; in a styled
                # draft too when the line is plainly a caption (表1 标题, a title with no sentence in it).
                table = Table(number=number, title=title, rows=[], anchor=p.anchor)
                self.add(table)
                self.tables_by_number.setdefault(number, table)
                return
            if kind == "figure":
                # The pictures above the caption (GB/T 1.1 puts it under its figure), then any in its own line:
                # the last is the figure's, any before it pictures of their own without a caption.
                own = [picture for shown in p.shown or () if (picture := self.carried(shown)) is not None]
                self.leave(len(p.shown or ()) - len(own))
                p.shown = None
                self.pending.extend((picture, p.anchor, self.blocks) for picture in own)
                figure = self.pending.pop()[0] if self.pending and not continued else None
                self.flush_pictures()
                if not continued:  # 图 D.2 标题（续）: the same figure over a page break, not another
                    twin = self._figure_twin(number)
                    if twin is None or (title and twin.title):  # two titled captions: printed twice
                        self.add(Figure(number=number, title=title, picture=figure, anchor=p.anchor))
                    else:
                        if title:
                            twin.title = title
                        if twin.picture is None:
                            twin.picture = figure
                        elif figure is not None:
                            self.add(Figure(picture=figure, anchor=p.anchor))
                return
        if self.context == "references":
            last = self.blocks[-1] if self.blocks else None
            if isinstance(last, Reference) and _OPEN_ADOPTION.search(last.title) and not _NATIONAL_CODE.match(text):
                # GB/T 16262.1—2006 ……基本记法规范（ISO/ / IEC 8824-1:2002, IDT): the adopted document's number a
                # PDF's line broke, the entry's own (GB/T 16264.4's copy, round 197: read as two entries)
                last.title = pat.join_wrapped(last.title, text.strip())
                return
            refs = pat.split_references(self.item_text(p))
            if refs:
                for designation, title in refs:
                    self.add(Reference(designation=designation, title=title, anchor=p.anchor))
                return
        found = pat.note(text)
        if found is not None:
            self.add(Note(number=found[0], text=found[1], anchor=p.anchor))
            return
        found = pat.example(text)
        if found is not None:
            self.add(Example(number=found[0], text=found[1], anchor=p.anchor))
            return
        if self._holds_only_a_sub_list(index, p):
            return
        marker = self.list_item(p)
        if marker is not None:
            self.add_list_item(p, *marker)
            return
        if self._continues_list_item(text):
            return
        self.add(Paragraph(text=text, anchor=p.anchor))

    def _holds_only_a_sub_list(self, index: int, p: Para) -> bool:
        """An empty Word list paragraph (its mark and no text) right above a deeper item of a list: pandoc
        writes ``- a) 文字`` (a bullet item holding a one-item ``a)`` list) as a bullet with nothing after it
        and the ``a)`` item one level down. The bullet is no item of its own; the items below it are the list."""
        if p.num_id is None or not p.label.strip() or p.text.strip() or index + 1 >= len(self.items):
            return False
        below = self.items[index + 1]
        return (isinstance(below, Para) and below.num_id is not None and bool(below.label.strip())
                and (below.ilvl or 0) > (p.ilvl or 0) and bool(below.text.strip()))

    def _continues_list_item(self, text: str) -> bool:
        """A PDF's page break inside a list item (4）……发生故障以 / 后才应进行倒机切换。): the
        item stops mid-sentence and this paragraph finishes it, so it joins the item."""
        state = self.lists
        if state is None or not self.blocks or self.blocks[-1] is not state.stack[0][1]:
            return False
        item = state.stack[-1][1].items[-1] if state.stack[-1][1].items else None
        if item is None or item.children is not None or len(item.text) < 20:
            return False
        if not pat.has_cjk(item.text[-1:]) or not text.rstrip().endswith(("。", "；")):
            return False
        item.text += text.strip()
        return True

    def item_text(self, p: Para) -> str:
        marker = self.list_item(p)
        return marker[1] if marker is not None else p.printed

    def list_item(self, p: Para) -> tuple[str, str, tuple] | None:
        if p.label:
            label = p.label.strip()
            style = _LIST_STYLE_BY_FMT.get(p.fmt or "")
            if p.fmt == "bullet" and label and set(label) <= _DASHES:
                style = "dash"
            if style is None:
                style = "number" if label.endswith((")", "）", ".")) else None
            if style == "dash" and label and not set(label) <= _DASHES:
                style = None
            typed = pat.list_marker(p.text)
            if style in ("bullet", "dash") and typed is not None and typed[0] in ("letter", "number"):
                # Word's bullet before a typed ``a)`` or ``1)`` (• a) 文字): the typed mark is the item's, as
                # on a line typed without numbering; the bullet is Word's list style, not a list of its own
                return typed[0], typed[1], (typed[0], None, 0, p.indent, _ordinal(p.text.strip()[:6]))
            if (style in ("letter", "number") and typed is not None and typed[0] == style
                    and _ordinal(p.text.strip()[:6]) == _ordinal(label)):
                # the mark typed again after Word's own (a) a) 文字): the item's text is what follows it; another
                # mark there is the text's own (c) a）所要求的交互界面……, a reference to item a)
                return style, typed[1], (style, p.num_id, p.ilvl or 0, p.indent, _ordinal(label))
            if style is not None:
                return style, p.text.strip(), (style, p.num_id, p.ilvl or 0, p.indent, _ordinal(label))
        typed = pat.list_marker(p.printed)
        if typed is None:
            return None
        return typed[0], typed[1], (typed[0], None, 0, p.indent, _ordinal(p.printed.strip()[:6]))

    def add_list_item(self, p: Para, style: str, text: str, key: tuple) -> None:
        assert self.blocks is not None
        state = self.lists
        if state is None or state.blocks is not self.blocks or not self.blocks or self.blocks[-1] is not state.stack[0][1]:
            top = ListBlock(style=style, items=[], anchor=p.anchor,  # type: ignore[arg-type]
                            start=key[4] if key[4] and style in ("letter", "number") else 1)
            self.add(top)
            state = self.lists = _ListState(self.blocks, [(key, top)])
        else:
            for depth, (seen, block) in enumerate(state.stack):
                if seen[:4] == key[:4]:
                    if depth == 0 and key[1] is None and key[4] == 1 and block.start + len(block.items) > 1:
                        # a typed a) again after e): a list of its own (a PDF's figure sub-captions a）互连孔布局
                        # under the list above), not its sixth item
                        self.lists = None
                        self.add_list_item(p, style, text, key)
                        return
                    del state.stack[depth + 1:]
                    break
            else:
                if _nests(state.stack[-1][0], key):
                    parent = state.stack[-1][1].items[-1]
                    child = ListBlock(style=style, items=[], anchor=p.anchor)  # type: ignore[arg-type]
                    parent.children = child
                    state.stack.append((key, child))
                elif not self._continues_by_marker(state, style, key):
                    self.lists = None
                    self.add_list_item(p, style, text, key)
                    return
        state.stack[-1][1].items.append(ListItem(text=text, anchor=p.anchor))

    @staticmethod
    def _continues_by_marker(state: _ListState, style: str, key: tuple) -> bool:
        """An item whose printed marker goes on from an open list, though it comes from other numbering
        (a typed ``d）`` between Word's ``b) c)``, a list a converter split in pieces): ``b)`` after an
        open ``a)`` list of one item continues it, and ``1)`` right after a letter item starts its
        sub-list. A list that starts again at ``a)`` stays a list of its own. On a match the stack is
        left with the list the item goes to on top, keyed by ``key``."""
        ordinal = key[4]
        if ordinal is None:
            return False
        for depth in range(len(state.stack) - 1, -1, -1):
            _, block = state.stack[depth]
            if ordinal > 1 and block.style == style and block.start + len(block.items) == ordinal:
                del state.stack[depth + 1:]
                state.stack[depth] = (key, block)
                return True
        parent_key, parent = state.stack[-1]
        if (ordinal == 1 and (parent.style, style) in _NESTING and parent.items
                and parent.items[-1].children is None and parent_key[1] != key[1]):
            child = ListBlock(style=style, items=[], anchor=parent.items[-1].anchor)  # type: ignore[arg-type]
            parent.items[-1].children = child
            state.stack.append((key, child))
            return True
        return False

    def _figure_twin(self, number: str) -> Figure | None:
        """The figure just captioned with ``number``, with nothing but short lines (a drawing's
        labels) after it: a caption typed in the drawing's text box and the numbered caption
        paragraph under it, one of them empty, caption one figure, not two."""
        for block in reversed((self.blocks or [])[-16:]):
            if isinstance(block, Figure):
                return block if block.number == number and number else None
            if not isinstance(block, Paragraph) or len(block.text) > 12:
                return None  # running text or a table between them: two figures
        return None  # only the drawing's own short labels (控制, 计算机 …) may stand between

    def add(self, block: Block) -> None:
        assert self.blocks is not None
        if self.pending:
            self.flush_pictures()
        self.blocks.append(block)
        if not isinstance(block, ListBlock):
            self.lists = None

    # -- pictures ----------------------------------------------------------------------------

    def pictures(self, index: int, p: Para) -> None:
        """The pictures of paragraph ``p``, which holds nothing else: a figure's, when its caption follows (kept
        until it comes); the body of a table captioned just above with nothing under it (an embedded Excel
        sheet); a figure's captioned above it; else a picture of its own, without a caption. A picture in the
        front matter (the cover's emblem) is no content: the cover is written anew."""
        if self.blocks is None:
            if self.region in ("biblio", "index"):
                self.leave(len(p.shown or ()))
            return
        below = self._caption_follows(index)
        for shown in p.shown or ():
            picture = self.carried(shown)
            if picture is None:
                self.leave(1)
                continue
            last = self.blocks[-1] if self.blocks else None
            if below:
                self.pending.append((picture, p.anchor, self.blocks))
            elif isinstance(last, Table) and not last.rows and last.picture is None and last.number:
                last.picture = picture
            elif isinstance(last, Figure) and last.picture is None and (last.number or last.title):
                last.picture = picture  # a caption set above its figure
            else:
                self.add(Figure(picture=picture, anchor=p.anchor))

    @staticmethod
    def carried(shown: Shown) -> Picture | None:
        """The picture ``shown`` as the tree keeps it; ``None`` for one that cannot be carried (a picture among
        the shapes of a drawing, a chart, one linked to a file outside), but an embedded object is kept even
        without a picture, to be said."""
        if shown.drawing or not (shown.part or shown.embedded):
            return None
        return Picture(file=shown.part, width=shown.width, height=shown.height, embedded=shown.embedded)

    def leave(self, count: int) -> None:
        """Note ``count`` pictures not carried, where the text being read stands."""
        self.doc.metadata.pictures_left.extend([self.where or BODY_UNIT] * max(count, 0))

    def flush_pictures(self) -> None:
        """Pictures kept for a caption that did not come: pictures of their own, without a caption, where they
        stood."""
        pending, self.pending = self.pending, []
        for picture, anchor, blocks in pending:
            blocks.append(Figure(picture=picture, anchor=anchor))

    def _caption_follows(self, index: int) -> bool:
        """The next paragraph with text after ``index`` (pictures and empty paragraphs between) is a figure's
        caption."""
        for item in self.items[index + 1:index + 12]:
            if isinstance(item, TableItem):
                return False
            if item.printed:
                found = pat.caption(item.printed)
                return found is not None and found[0] == "figure"
        return False

    def _picture_follows(self, index: int) -> bool:
        """The next paragraph after ``index`` that holds anything holds a picture and no text."""
        for item in self.items[index + 1:index + 6]:
            if isinstance(item, TableItem) or item.printed:
                return False
            if item.shown:
                return True
        return False

    def _cells_follow(self, index: int) -> bool:
        """Short lines without sentence marks follow (cells), rather than running text."""
        lines = [i.printed for i in self.items[index + 1:index + 5] if isinstance(i, Para) and i.printed]
        return len(lines) >= 2 and all(len(t) <= 40 and not pat.is_sentence(t) for t in lines[:2])

    def _table_follows(self, index: int) -> bool:
        for look in range(index + 1, len(self.items)):  # not a copy of the rest of the draft per caption
            item = self.items[look]
            if isinstance(item, TableItem):
                return True
            if item.printed:
                return False
        return False

    def table(self, item: TableItem) -> None:
        if self.region in ("front", "front-after-toc"):
            self.front_tables.append(item)
            return
        if self.region == "toc":
            for row in item.rows:  # 标号 | 标题 | 页号: the entry without its page number
                cells = [c.strip() for c in row if c.strip()]
                if len(cells) > 1 and _PAGE.fullmatch(cells[-1]):
                    cells.pop()
                if cells:
                    self.toc_keys.add(_toc_key("".join(cells)))
            return
        if self.region == "index":
            return
        if self.region == "biblio":
            # A 参考文献 laid out as a table (a PDF's copy: [1]GB/T | 22239—2019 信息安全技术……): each row
            # whose cells read as an entry is one; a table of anything else is no entry.
            for row in item.rows:
                line = " ".join(c.strip() for c in row if c.strip())
                if pat.bibliography_entry(line)[0]:
                    self._bibliography_line(line, item.anchor)
            return
        if self.blocks is None:
            return
        rows = [list(r) for r in item.rows]
        row_anchors = list(item.row_anchors) if len(item.row_anchors) == len(rows) else [None] * len(rows)
        notes: list[str] = []
        while rows and len(rows[-1]) == 1 and pat.note(rows[-1][0]) is not None and len(rows) > 1:
            notes = [pat.note(line)[1] if pat.note(line) else line for line in rows.pop()[0].split("\n")] + notes
            row_anchors.pop()
        number, title, continued, anchor = self.caption or (None, "", False, item.anchor)
        self.caption = None
        if item.pictures:  # a cell's text is read, its pictures are not
            self.doc.metadata.pictures_left.extend([f"表{number}" if number else self.where or BODY_UNIT] * item.pictures)
        continued = continued or self._repeated_caption(number, title)
        previous = self.blocks[-1] if self.blocks else None
        if continued and not (isinstance(previous, Table) and previous.number == number):
            # The continuation printed after text that stands between (a PDF's page break):
            # still the same table, found among the numbered tables read so far.
            previous = self.tables_by_number.get(number) if number else None
        if continued and isinstance(previous, Table) and previous.number == number:
            if len(previous.row_anchors) == len(previous.rows):
                previous.row_anchors.extend(row_anchors[previous.header_rows:])
            previous.rows.extend(rows[previous.header_rows:])
            previous.notes.extend(notes)
            return
        table = Table(number=number, title=title, rows=rows, header_rows=item.header_rows or 1,
                      notes=notes, anchor=anchor, row_anchors=row_anchors)
        self.add(table)
        if number:
            self.tables_by_number.setdefault(number, table)

    def bibliography_entry(self, p: Para) -> None:
        assert self.doc.bibliography is not None
        printed = p.printed
        if not pat.bibliography_entry(printed)[0]:
            if p.label.strip().startswith("["):
                printed = p.label.strip() + p.text
            elif p.fmt == "bullet":
                printed = p.text  # Word's bullet before a typed [1]: the list's style, no part of the entry
        if not any(ch.isalnum() for ch in printed) or self._wraps_entry(printed):
            return  # an empty bullet, or the rule a standard ends with (____), is no entry
        self._bibliography_line(printed, p.anchor)

    def _wraps_entry(self, line: str) -> bool:
        """A line that goes on with the numbered entry above it (a PDF's line end pasted as a paragraph: ``[6] 中华
        人民共和国网络安全法(2016年11月7日……第二`` / ``十四次会议通过)``) joins it: a line with no serial and no
        document number of its own, after an entry with a serial that has not ended (QA pass 11, A10)."""
        assert self.doc.bibliography is not None
        last = self.doc.bibliography[-1] if self.doc.bibliography else None
        text = line.strip()
        if (last is None or last.serial is None or pat.bibliography_entry(text)[0] is not None
                or pat.split_reference(text) is not None or (last.title or last.designation).endswith(_ENTRY_ENDS)):
            return False
        last.title = pat.join_wrapped(last.title, text) if last.title else text
        return True

    def _bibliography_line(self, printed: str, anchor: int | None) -> None:
        """The entries of one printed line of the 参考文献. Entries an extraction ran together on one line
        ([1]GB/T 21063.4 …分类[2]GB/T 35273—2020 …) are each an entry: a serial in brackets after the
        first starts the next."""
        assert self.doc.bibliography is not None
        for part in pat.NEXT_SERIAL.split(printed):
            serial, text = pat.bibliography_entry(part)
            ref = pat.split_reference(text)
            designation, title = ref if ref is not None else ("", text)
            self.doc.bibliography.append(Reference(designation=designation, title=title, serial=serial, anchor=anchor))

    # -- finishing ---------------------------------------------------------------------------

    def finish(self) -> None:
        self.flush_pictures()
        doc = self.doc
        meta = doc.metadata
        if self.region in ("front", "front-after-toc") and not doc.clauses:
            self.take_body_title(self.front)
        cover_lines = [(p.printed, p.size) for p in self.front]
        for table in self.front_tables:
            cover_lines.extend((cell, None) for row in table.rows for cell in row)
        doc.has_cover = bool(cover_lines) and looks_like_cover([t for t, _ in cover_lines])
        if doc.has_cover:
            parse_cover(_ordered_cover(self.front, self.front_tables), meta, self.all_texts)
            if _early_draft_marker(cover_lines) and not _has_stage_marker(cover_lines):
                meta.stage = "工作组讨论稿"  # （草案）, （讨论稿）: a draft before any named stage
            elif not _has_stage_marker(cover_lines):
                meta.stage = "发布稿"
        if doc.foreword is not None:
            parse_foreword([block_text(b) for b in doc.foreword.blocks], meta)
        if not doc.has_cover and not doc.body_title and not meta.title_zh:
            # No cover, no title above 1 范围: a lone title before the 前言 (Word's Title style, centred or bold) is
            # the standard's name; QA pass 12 read 养老机构助浴服务规范 as （无标题） and built a cover of ××.
            titled = [p for p in self.front if self.is_title_like(p.printed, p)]
            if len(titled) == 1:
                doc.body_title = titled[0].printed
            elif not titled:
                doc.body_title = _plain_title(self.front)
        if not meta.title_zh and pat.has_cjk(doc.body_title):
            meta.title_zh = doc.body_title
        meta.legacy_2009 = meta.legacy_2009 or is_legacy_2009(self.all_texts)
        if meta.legacy_2009 and (doc.foreword is not None and any(
                _DECLARED_2020.search(block_text(b)) for b in doc.foreword.blocks)
                or any(_DRAFTED_2020.search(t) for t in self.all_texts)):
            # The 前言 says 按照GB/T 1.1—2020 …起草: that is the edition, whatever 2009 habits
            # (本标准, 资料性附录) the text keeps; they are reported against it. So does that
            # sentence where the 前言 itself was not told apart (its heading lost in a table).
            meta.legacy_2009 = False
        elif meta.legacy_2009 and not any(_NAMED_EDITION.search(t) for t in self.all_texts if "1.1" in t) \
                and any(_LEAD_IN_2020 in t for t in self.all_texts):
            # No edition named, and chapter 2 leads in with GB/T 1.1—2020's own sentence (……通过文中的规范性引用而构成本文件
            # 必不可少的条款): a text of 2020's rules, whatever stray 本标准 it keeps (a 2021 group standard, round 271:
            # its 2020 lead-ins judged FALSE against 2009's).
            meta.legacy_2009 = False
        for clause in doc.clauses:
            if clause.title and ("术语" in clause.title or "termsanddefinitions" in pat.compact(clause.title).lower()):
                _terms(clause)


# GB/T 1.1—2020 §7.5: a dash list takes · items below it, a lettered list 1) items (or dashes).
_NESTING = {("dash", "bullet"), ("letter", "number"), ("letter", "dash"), ("letter", "bullet"),
            ("number", "dash"), ("number", "bullet")}


_ORDINAL = re.compile(r"^[(（]?\s*(?:([a-z])|(\d{1,3}))\s*[)）.．]")


def _ordinal(marker: str) -> int | None:
    """The place a list marker prints: ``b)`` → 2, ``（3）`` → 3; None for a dash or a bullet."""
    match = _ORDINAL.match(marker.strip())
    if match is None:
        return None
    return ord(match.group(1)) - ord("a") + 1 if match.group(1) else int(match.group(2))


def _nests(parent: tuple, child: tuple) -> bool:
    """Whether a list item keyed ``child`` belongs below the last item keyed ``parent``."""
    if parent[1] is not None and child[1] is not None:
        return child[2] > parent[2]  # Word lists: a deeper ilvl nests, the same level starts anew
    if parent[3] is not None and child[3] is not None and child[3] != parent[3]:
        return child[3] > parent[3]  # typed markers: indentation decides
    return (parent[0], child[0]) in _NESTING


def _ordered_cover(front: list[Para], tables: list[TableItem]) -> list[tuple[str, int | None]]:
    """The cover's lines in order, with their size: a paragraph's lines after a manual line break are
    :class:`Continued` (a table cell's lines are paragraphs of their own)."""
    entries: list[tuple[float, tuple[str, int | None], bool]] = [(p.anchor, (p.printed, p.size), True) for p in front]
    for table in tables:
        for offset, row in enumerate(table.rows):
            entries.append(((table.anchor or 0) + offset / 1000, (" ".join(row), None), False))
    lines: list[tuple[str, int | None]] = []
    for _, (text, size), paragraph in sorted(entries, key=lambda e: e[0]):
        lines.extend((Continued(line) if k and paragraph else line, size) for k, line in enumerate(text.split("\n")))
    return lines


def _has_stage_marker(lines: list[tuple[str, int | None]]) -> bool:
    return any(stage in text for text, _ in lines for stage in STAGES) or any(is_iso_draft(text) for text, _ in lines)


def _lead_in(text: str) -> bool:
    """Whether a heading-styled subclause's text is the lead-in sentence of its list, not a title
    (7.7.1 对于一般数据处理系统，集中管控要求包括：): it ends with a colon after a comma or a long run.
    A converter (or a drafter's heading style) that styled it a heading made it no title; read as
    one, its untitled siblings (7.7.2 对于重要数据处理系统……) were reported as mixed with it."""
    stripped = text.rstrip()
    return stripped.endswith(("：", ":")) and (any(c in stripped for c in "，,") or len(pat.compact(stripped)) > 15)


# How a 前言's last paragraph opens when it is not the body title: a list item (——第2部分：…, a）,
# 1.) or a statement of the document itself (本文件由……提出). Sentences, lead-ins (起草人员：) and
# page numbers (III) are told by their ending or by holding no Chinese.
_NOT_A_TITLE_START = re.compile(r"^(?:——|—|-|\*|[a-z][)）]|\d+[)）.．、]|[（(]\d+[)）]|本文件|本标准|本部分|本规范|本指南)")
_TITLE_CLOSERS = ("：", ":", "，", ",", "；", ";", "、")


def _plain_body_title(text: str) -> bool:
    """Whether the last paragraph of a 前言, with no formatting to tell, is the title on the first
    body page (信息安全技术 SM3 密码杂凑算法 before 1 范围): Chinese, short, not a sentence, not a
    lead-in, a list item or a statement about the document. A typed or converted draft loses the
    title's centring and bold; read as the 前言's last paragraph it was held to the 前言's rules."""
    stripped = text.strip()
    squeezed = pat.compact(stripped)
    return (pat.has_cjk(stripped) and 4 <= len(squeezed) <= 60 and not pat.is_sentence(stripped)
            and not stripped.endswith(_TITLE_CLOSERS) and _NOT_A_TITLE_START.match(squeezed) is None
            and "起草" not in squeezed)


_EARLY_DRAFT = re.compile(r"[（(][\s\u3000]*(?:草案|讨论稿)[\s\u3000]*[）)]")


_BULLET = re.compile(r"^[-*+•·●▪]\s+")
#: A first line that is no name: an attachment's number, a handling mark.
_NO_NAME = re.compile(r"^附件\s*\d*$|内部资料|注意保存|保密|秘密")
#: The cells after a cover line's name once a conversion turned its tabs to spaces (…测试要求 团体标准 中国通信学会).
_KIND_TAIL = re.compile(r"\s+(?:团体|国家|行业|地方|企业)标准(?:\s.*)?$")


def _no_name(text: str) -> bool:
    """Whether a line cannot be a document's name, whatever its style: a sentence, a placeholder, a cover's other lines
    (its kind, its number, ……发布), an element's heading, a web template's code (<%= current_page.data.title %>)."""
    return pat.is_sentence(text) or pat.is_placeholder(text) or looks_like_cover([text]) \
        or pat.TEMPLATE_CODE.search(text) is not None or pat.compact(text).endswith(("发布", "实施")) \
        or pat.element_name(text) is not None


def _plain_title(front: list[Para]) -> str:
    """The name of a draft whose cover a conversion flattened: a plain line alone before 1 范围 (智能网联汽车场景数据点云标注
    要求及方法, round 273), or a plain first line an issuer's line follows (智能网联汽车数据格式与定义 / 中国汽车工业协会  发布,
    round 271), neither styled. Both drafts were reported as having no title at all. "" where the front is none of these."""
    lines = [p.printed.strip() for p in front if p.printed.strip()]
    if not lines or len(lines) > 2:
        return ""
    # a Markdown list's bullet before a linked name (- [城市道路交通信号控制方式适用规范](https://…)); a cover's line of
    # cells set apart by tabs (边缘网关设备技术与测试要求\t\t团体标准\t\t中国通信学会): its first is the name
    name = _KIND_TAIL.sub("", _BULLET.sub("", lines[0].split("\t", 1)[0])).strip()
    if not pat.has_cjk(name) or len(name) > 60 or _no_name(name) or _has_stage_marker([(name, None)]) \
            or _NO_NAME.search(name):
        return ""
    if len(lines) == 1:
        return name
    issuer = pat.compact(lines[1])
    return name if issuer.endswith("发布") and len(issuer) <= 40 else ""


def _early_draft_marker(lines: list[tuple[str, int | None]]) -> bool:
    return any(_EARLY_DRAFT.search(text) for text, _ in lines)


#: A page number in a 目次: Arabic, or Roman for the front matter (I, iv, Ⅲ).
_PAGE_NUMBER = r"[\dIVXivx\u2160-\u217f]+"
_PAGE = re.compile(_PAGE_NUMBER)
_PAGE_TAIL = re.compile(r"[.\u2026·…\t ]*" + _PAGE_NUMBER + "$")


#: A 目次 entry of a chapter or of one of its subclauses, as _toc_key keys it (6视频解码器, 7.1SIP与……): the chapter's number.
_TOC_CHAPTER = re.compile(r"(\d{1,2})(?!\d)(?:\.\d|\D)")


def _toc_key(text: str) -> str:
    """A TOC line without its page number: ``1 范围……1`` → ``1范围``, ``前言……Ⅲ`` → ``前言``; and
    without a bullet, for a 目次 typed as a list (``- 前言``, ``• 1 范围``)."""
    return _PAGE_TAIL.sub("", _TOC_BULLET.sub("", pat.compact(text))).rstrip(".…·")


_TOC_BULLET = re.compile(r"^[-*+•·●○▪◦–]+")
#: What chapter 1 is titled (compacted, lower case): 范围, or 适用范围 as some drafts write it, or Scope.
_SCOPE_TITLES = ("范围", "适用范围", "scope")
#: A number a text layer broke after its dot (``9.``, ``7.5.``), and the rest of it on the next line (``1 应采取……``).
_OPEN_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}\.")
#: A line of text that ends on a number's first part, its dot the last mark (……中 8., ……具体见 9.): a reference the line end
#: cut, continued on the next line.
_CUT_REFERENCE = re.compile(r"[^\d\s.][ \u3000]*\d{1,2}\.$")
_NUMBER_TAIL = re.compile(r"(\d{1,2})[ \u3000]+(\S.*)", re.S)


_SYMBOLS_TITLE = re.compile(r"缩略语|符号|代号|abbreviat|symbol", re.I)


def _terms(chapter: Clause) -> None:
    """Turn leaf clauses under 术语和定义 into TermEntry blocks of their parent."""
    kept: list[Clause] = []
    for child in chapter.children:
        if child.children or _SYMBOLS_TITLE.search(child.title) or _terms_group(child):  # 3.2 缩略语 is no term entry
            _terms(child)
            kept.append(child)
        else:
            chapter.blocks.append(_term(child))
    chapter.children = kept


def _terms_group(clause: Clause) -> bool:
    """3.1 术语 holding only the lead-in (T/ITS XXX—202X 界定的术语和定义适用于本文件。) beside 3.2 缩略语: a group of the
    chapter whose terms another document defines, no entry named 术语 (round 273's lead-in was reported missing)."""
    return pat.compact(clause.title) in ("术语", "术语和定义") and any(
        isinstance(b, Paragraph) and _APPLIES_HERE.search(b.text) for b in clause.blocks)


_APPLIES_HERE = re.compile(r"适用于本(?:文件|标准|部分)")


def _term(clause: Clause) -> TermEntry:
    blocks = list(clause.blocks)
    head = clause.title
    if not head and blocks and isinstance(blocks[0], Paragraph):
        head = blocks.pop(0).text
    term_zh, term_en = pat.split_term(head)
    definition: list[str] = []
    notes: list[str] = []
    examples: list[str] = []
    source = ""
    for block in blocks:
        if isinstance(block, Note):
            notes.append(block.text)
        elif isinstance(block, Example):
            examples.append(block.text)
        elif isinstance(block, Paragraph) and pat.source_of(block.text) is not None:
            source = pat.source_of(block.text) or ""
        else:
            definition.append(block_text(block))
    return TermEntry(
        number=clause.number, term_zh=term_zh, term_en=term_en, definition="\n".join(definition),
        notes=notes, examples=examples, source=source, anchor=clause.anchor,
    )


# Below this share of its characters placed in elements and clauses, a draft is not read by its
# GB/T 1.1 skeleton even when it seems to have one (a 目次 that never ends swallowed the text).
MIN_PLACED_SHARE = 0.2


def build_document(items: list[Item], *, function: FunctionType | None = None) -> StandardDocument:
    """The StandardDocument that the flattened body ``items`` spell out.

    A text without a GB/T 1.1 skeleton is read with its own units as structure (see
    :mod:`authoring.docx.read._plain`); ``metadata.rules``, ``structure``, ``language`` and the
    function type (``function`` when given, else told from the title or the scope) are set.
    """
    items, spaced = _without_word_gaps(items)
    items, restored = restore_numbers(items)
    items, explained = _without_explanation(items)
    items = without_colophon(without_running_heads(items))
    builder = _Builder(items)
    doc = builder.build()
    texts = builder.all_texts
    language = _language(texts)
    skeleton = _has_skeleton(doc)
    swallowed = skeleton and (_scope_swallows(doc) or _numbered_one_twice(items))
    # the text's own kind of headings, looked for only where the GB/T reading may be set aside
    # (a text without the skeleton is read through the one-column tables that frame its text: a page's layout)
    own = items if skeleton else unboxed(items)
    mode = None if skeleton and sum(1 for _ in doc.iter_clauses()) >= 3 else plain_mode(own)
    if not skeleton or placed_share(doc, items) < MIN_PLACED_SHARE or swallowed or mode == "articles":
        if own is not items:
            # the framed text is the text: its language too (round 211's contract, whose only lines outside its
            # frames were a page's server code, was read as English)
            language = _language([item.printed for item in own if isinstance(item, Para)])
        items = own
        mode = mode or plain_mode(items)
        cover = doc.metadata
        had_cover = doc.has_cover and bool(cover.title_zh) and bool(cover.number or cover.ics or cover.issuers)
        plain = StandardDocument(has_cover=False, has_toc=doc.has_toc)
        start = front_end(items, cover.title_zh) if had_cover and not swallowed else 0
        foreword = doc.foreword if start else None
        begin = items[start].anchor if start else None
        if foreword is not None and begin is not None:
            # No chapter 1 closed the 前言 the GB/T reading began: it ran on over the body read again below
            # (every article counted twice). It ends where the body begins.
            foreword.blocks = [b for b in foreword.blocks if b.anchor is None or b.anchor < begin]
        doc = build_plain(items, plain, mode, start)
        doc.foreword = foreword  # kept as read under the cover: never evidence, as in any GB/T draft
        if swallowed:
            # The cover was read as a GB/T cover (title, designation): only the body's numbering is lost.
            doc.metadata = replace(cover, structure=doc.metadata.structure, numbering_lost=True)
            _name_by_title(doc)
        elif had_cover:
            # A GB/T cover over a body of 第一章…第一条 (a draft built from a project that kept an imported
            # regulation's outline): the cover names the document, not its first line (ICS ××.×××).
            doc.metadata = replace(cover, structure=doc.metadata.structure)
        elif pat.has_cjk(doc.body_title):
            doc.body_title = _unspaced(doc.body_title)
            doc.metadata.title_zh = doc.body_title
        elif doc.body_title:
            doc.metadata.title_en = doc.body_title
        # read by its own units, the text keeps no picture: each is one not carried
        doc.metadata.pictures_left = [BODY_UNIT] * sum(
            len(item.shown or ()) if isinstance(item, Para) else item.pictures for item in items[start:])
    meta = doc.metadata
    meta.language = language
    meta.explanation_appended = explained
    meta.spaced_out = spaced
    meta.structure_inferred = not builder.styled
    meta.numbers_from_toc = restored and meta.structure == "gbt"
    if meta.structure != "gbt":
        meta.rules = RULES_NONE
        meta.legacy_2009 = False
    elif language == "en":
        meta.rules = RULES_ISO if _iso_shaped(doc) else RULES_NONE
    elif _iso_foreword(doc):
        meta.rules, meta.legacy_2009 = RULES_ISO, False  # an ISO/IEC document in Chinese translation
    else:
        meta.rules = RULES_2009 if meta.legacy_2009 else RULES_2020
        meta.rules_declared = any(_NAMED_EDITION.search(t) for t in texts if "1.1" in t)
        if _older_edition(meta.year, texts):
            meta.rules, meta.legacy_2009 = RULES_2000, True
        elif _edition_2009_by_date(meta.year, texts):
            meta.rules, meta.legacy_2009 = RULES_2009, True
        elif not meta.year.strip() and not meta.rules_declared and any(_LEAD_IN_2000 in t for t in texts):
            # No year and no edition named, but chapter 2 leads in with GB/T 1.1—2000's own sentence (下列文件中的条款
            # 通过本标准的引用而成为本标准的条款): a text of that edition (a 2000s GA/T standard, round 271, whose 2000 lead-ins
            # were judged FALSE against 2009's).
            meta.rules, meta.legacy_2009 = RULES_2000, True
    if function is not None:
        meta.function, meta.function_source = function, "option"
    else:
        meta.function, meta.function_source = tell_function(doc)
    return doc


#: A text whose Chinese is set apart word by word has this share of its neighbouring Chinese characters or more with white
#: space between them. Over the 663 texts of bench/real long enough to tell (to round 206), the five page-text copies of
#: an OCR that spaced every word (rounds 205-206) have 0.71-0.74; every other text 0.15 or less (a PDF's text layer
#: that spaced a heading's characters, 前  言, or a table's cells).
SPACED_OUT_SHARE = 0.4
#: ... and so many neighbouring pairs at least (a short text's few spaced headings tell nothing).
SPACED_OUT_MIN_PAIRS = 200
SPACED_OUT_SAMPLE = 30_000


def _without_word_gaps(items: list[Item]) -> tuple[list[Item], bool]:
    """``items`` without white space between Chinese characters, when the text sets its Chinese apart word by word
    (中 华人 民 共 和 国 行业 标准, 规范 性 引用 文件: a library's OCR page texts, round 205, whose chapter titles, set
    sentences and provisions no rule could read as written); and whether it did. Any other text is left as it is: its
    spaces between Chinese characters are the draft's own (a title's 前  言, a slip the lint reports)."""
    texts = [item.text for item in items if isinstance(item, Para)]
    # Every n-th paragraph, some SPACED_OUT_SAMPLE characters in all: an OCR spaces a whole text alike (a long draft's
    # every paragraph would cost a tenth of its reading).
    size = sum(map(len, texts))
    text = "\n".join(texts[::max(1, size // SPACED_OUT_SAMPLE)])
    gaps, pairs = cjk_gaps(text, fewest=SPACED_OUT_SHARE * SPACED_OUT_MIN_PAIRS)
    if pairs < SPACED_OUT_MIN_PAIRS or gaps < SPACED_OUT_SHARE * pairs:
        return items, False
    out: list[Item] = []
    for item in items:
        if isinstance(item, Para):
            item = replace(item, text=close_cjk_gaps(item.text))
        elif isinstance(item, TableItem):
            item = replace(item, rows=[[close_cjk_gaps(cell) for cell in row] for row in item.rows])
        out.append(item)
    return out, True


#: The title of a draft's 编制说明 (国家标准《……》（征求意见稿）编制说明), a line of its own.
_EXPLANATION_TITLE = re.compile(r"^(?:.{0,60}[》）)])?编制说明$")


def _without_explanation(items: list[Item]) -> tuple[list[Item], bool]:
    """``items`` up to the 编制说明 a draft's file goes on with after the standard (GB/T 18336.5 draft,
    bench/real round 94), and whether there was one: it is not the standard, so its 一、工作简况,
    1.1 任务来源 are no clauses and its 计划号：XXXXXX no placeholder. Only after the body has begun
    (a clause heading such as 1 范围 stands before it), so a cover or a 前言 naming the explanation is
    kept."""
    begun = False
    for index, item in enumerate(items):
        if not isinstance(item, Para):
            continue
        if begun and "明" in item.text and _EXPLANATION_TITLE.match(pat.compact(item.printed)):
            return items[:index], True
        begun = begun or pat.clause_head(item.printed) is not None
    return items, False


def _heads_a_part(p: Para) -> bool:
    """Whether a heading-styled paragraph is a clause's or an annex's heading (numbered, or a
    customary chapter's name), not a front element's (目次, 前言, 参考文献), the body title's or a
    cover line's (（征求意见稿）)."""
    text = p.printed
    return pat.clause_head(text) is not None or pat.annex_head(text) is not None \
        or pat.compact(text).lower().rstrip(".") in _CHAPTER_NAMES


def _chapter_title_like(text: str) -> bool:
    """Chinese words, perhaps with a capitalised acronym (5 UPI 数据要素), at most 30 characters:
    no digits, lower-case identifiers or symbols, which a table row spilled into lines has."""
    flat = pat.compact(text)
    if _ENGLISH_TITLE.match(text.strip()):
        return True  # 4 Requirements, 5 Service delivery
    flat = _TECHNICAL_NAME.sub("A", flat)  # (IPSecVPN网关产品要求: a name of capitals with small letters among them)
    return (0 < len(flat) <= 30 and sum(pat.is_cjk(ch) for ch in flat) >= 2
            and all(pat.is_cjk(ch) or ch in "、/-" or "A" <= ch <= "Z" for ch in flat))


_TECHNICAL_NAME = re.compile(r"(?<![A-Za-z])" + pat.TECHNICAL_NAME)
_ENGLISH_TITLE = re.compile(r"^[A-Z][a-z]+(?:[ \-](?:[A-Za-z][a-z]*|and|of|for|the|to|in)){0,5}$")


# What follows 附录A in a sentence about the annex rather than in its heading.
_ANNEX_MENTION = re.compile(r"(?:给出|规定|见|中|的|所|列|为|是|和|与|及|或|[、，,]|提供|描述|包括|包含|说明|对本|以|在)")


def _holds_text(part: Annex | Clause) -> bool:
    """Whether an annex or clause holds any text below its title (a 目次's lines read as annex
    and clause headings hold none)."""
    return bool(part.blocks) or any(map(_holds_text, part.children))


def _title_line(text: str) -> bool:
    """A short line with no sentence punctuation: an annex's or a table's title, which may list
    its contents (设备类型定义、设备色码定义、列车信息识别号字段说明)."""
    flat = text.strip()
    return 0 < len(flat) <= 40 and not re.search(r"[。；;：:！？!?]", flat)


_RULE_LINE = re.compile(r"[-*_=]{3,}")
#: A 目次 entry: a clause number, a title and its page number (5测试环境 8, 6测试需求· 10, 3.1术语… 3).
_TOC_LINE_AS_HEADING = re.compile(r"\d{1,2}(?:\.\d{1,3})*[\s\u3000]*[^\s\u3000\d.].*?[\s\u3000·….．]+\d{1,3}")
#: A figure's key under it: 说明：…, 注：… .
_FIGURE_KEY = re.compile(r"(?:说明|注)\s*[0-9]*\s*[：:]")


def _running_text(text: str) -> bool:
    """A line of running text cut at a PDF's line end: long, with a comma inside."""
    return len(text) >= 25 and re.search(r"[，,、]", text) is not None


def _annex_clause(text: str, letter: str) -> bool:
    """Whether ``text`` opens with a clause number that can stand under annex ``letter``: a title that opens with
    another letter's number is a name (附录A's title H.264基本档次的码流语法, 附录B's G.722.1技术要求: GA/T 669.4's
    scan), not the annex's clause H.264."""
    found = pat.clause_head(text)
    return found is not None and not (found.number[0].isalpha() and found.number[0] != letter)


def _bare_title(title: str) -> str:
    """A caption's title without spaces and without a short bracketed tail (（续）, (表))."""
    return re.sub(r"[（(][^（()）]{1,3}[)）]$", "", pat.compact(title))


#: A bracketed Latin name or abbreviation after Chinese words: (GetServerDirectory), （APDU）.
_LATIN_GLOSS = re.compile(r"(?<=[^\x00-\x7f])[\s\u3000]*[（(][A-Za-z][\w\s./+-]{0,60}[）)]")


#: How a bibliography entry ends: a line after it is an entry of its own, not the rest of it.
_ENTRY_ENDS = (".", "。", "．")


def _title_like(text: str) -> bool:
    """Short, with no sentence punctuation anywhere: a clause title rather than a provision. One
    colon before a short name is a title's (资产类别：信用), not a lead-in (要求：应……). A Latin
    name in brackets does not lengthen a title (读服务器目录服务(GetServerDirectory))."""
    flat = _LATIN_GLOSS.sub("", text.strip())
    if re.fullmatch(r"[^：:]{2,10}[：:][^：:应宜须可]{1,16}", flat):
        flat = re.sub("[：:]", "", flat)
    if len(flat) <= 16 and not re.search(r"应|宜|须|不得|可以", flat):
        flat = flat.replace("、", "")  # 权限、职责和沟通: an enumeration of nouns is a title
    return 0 < len(flat) <= 20 and not re.search(r"[。；;，,：:！？!?、]", flat)


_NORMREF_TITLES = (*NORMREF_TITLES, "normativereferences")
_SKELETON_CHAPTERS = ("范围", "规范性引用文件", "术语", "scope", "normativereferences", "termsanddefinitions")


#: A 范围 holding more than this share of a longer text's characters is no 范围 (see _scope_swallows).
SCOPE_SHARE = 0.5
SCOPE_SWALLOW_MIN = 2000


def _scope_swallows(doc: StandardDocument) -> bool:
    """Whether the reading put most of the text under chapter 1 范围: a copy whose every heading
    reads ``1.`` (a converter's lost numbering: ``1. 范围``, ``1. 规范性引用文件``, ``1. 术语和定义``
    …) opens chapter 1 and reads the rest as its text. A 范围 is a few sentences; such a reading
    is no GB/T reading, and the text is read by its own headings instead (coverage never reads
    a 范围)."""
    scope = next((c for c in doc.clauses[:1] if pat.compact(c.title).lower().startswith(_SCOPE_TITLES)), None)
    if scope is None:
        return False
    inside = sum(len(piece) for sub in scope.walk() for b in sub.blocks for piece in block_text(b).split())
    if inside * 2 <= SCOPE_SWALLOW_MIN:
        return False  # no text of the length that counts can be more than twice this
    total = doc.character_count()
    return total >= SCOPE_SWALLOW_MIN and inside > SCOPE_SHARE * total


_ONE_CHAPTER = re.compile(r"^[*+\-\s]*1[.．、]\s*(?:适用)?(?P<name>范围|规范性引用文件|术语和定义|术语、定义|术语与定义)")


def _numbered_one_twice(items: list[Item]) -> bool:
    """Whether both ``1. 范围`` (or ``1. 适用范围``: round 279's notice-and-consent draft) and a second customary chapter
    numbered ``1.`` (``1. 规范性引用文件``) stand in the text (not in a 目次): the copy's numbering was lost, whatever
    the later headings happen to read (a stray ``2. 注释`` took the rest of one such draft as its chapter 2)."""
    names = {m.group("name") for item in items  # printed is stripped, and an empty line matches nothing
             if isinstance(item, Para) and not item.toc and (m := _ONE_CHAPTER.match(item.printed))}
    return "范围" in names and len(names) >= 2


def _name_by_title(doc: StandardDocument) -> None:
    """Headings that all read ``1.`` name no place: such a clause is named by its title (whole: a report
    shortens a place for display, and build prints a clause whose number is its title as the title alone)."""
    counts = Counter(c.number for c in doc.iter_clauses())
    for clause in doc.iter_clauses():
        if counts[clause.number] > 1 and clause.title.strip():
            clause.number = clause.title.strip()


def _has_skeleton(doc: StandardDocument) -> bool:
    """A GB/T 1.1 (or ISO) skeleton: numbered clauses and a 前言, or a customary first chapter.

    Numbered headings alone are not one: a charter headed ``2.0 OUR CLIENTS`` … has no 范围. An
    English text needs two of Scope, Normative references and Terms and definitions among them.
    """
    if not doc.clauses:
        return False
    if doc.foreword is not None:
        return True
    firsts = [pat.compact(c.title).lower() for c in doc.clauses[:4]]
    if any(t.startswith(_SKELETON_CHAPTERS[:2]) for t in firsts):
        return True
    # A terms chapter numbered 1, with no 范围 or 规范性引用文件 before it, is an agreement's definitions (1、术语和定义,
    # then 2、服务可用性: round 244's cloud SLA), not a GB/T draft's chapter 3.
    if any(t.startswith(_SKELETON_CHAPTERS[2]) and (index or doc.clauses[0].number != "1")
           for index, t in enumerate(firsts)):
        return True
    # In English a first chapter *Scope* alone is a policy's own heading (1. Scope, 2. Who can contact
    # support?, QA pass 7): an ISO document has Normative references or Terms and definitions beside it.
    return sum(1 for t in firsts if t.startswith(_SKELETON_CHAPTERS[3:])) >= 2



def _unspaced(title: str) -> str:
    """A Chinese title set with a space between every two characters (供 用 气 合 同, a contract's letterspaced title)
    as it reads (供用气合同); a title whose words alone are set apart (信息技术服务 运行维护) as it is."""
    gaps, pairs = cjk_gaps(title)
    return close_cjk_gaps(title) if gaps >= 2 and gaps == pairs else title


def _language(texts: list[str]) -> str:
    """``en`` when Chinese characters are under a tenth of the letters, else ``zh`` (a Chinese
    interface specification with English field names in its tables is still Chinese)."""
    joined = "".join(texts)
    # Counted by what a substitution removes: the regex engine's loop, not Python's per character.
    cjk = len(joined) - len(_CJK_CHAR.sub("", joined))
    latin = len(joined) - len(_LATIN_LETTER.sub("", joined))
    return "en" if latin > 0 and cjk < 0.1 * (cjk + latin) else "zh"


_CJK_CHAR = re.compile("[\u4e00-\u9fff]+")
_LATIN_LETTER = re.compile("[A-Za-z]+")


_ISO_FOREWORD = re.compile(r"ISO\s*[（(]国际标准化组织|国际标准化组织\s*[（(]ISO|ISO/IEC\s*JTC\s*\d|ISO/TC\s*\d")
_GB_BASIS = re.compile(r"按照\s*GB/T\s*1\.1|GB/T\s*1\.1\s*[—–\-一]\s*20\d\d\s*给出的规则")


def _iso_foreword(doc: StandardDocument) -> bool:
    """A 前言 that is ISO's foreword in translation (ISO（国际标准化组织）和IEC……, ISO/IEC JTC 1) and
    names no GB/T 1.1 drafting basis: the document follows the ISO/IEC Directives, not GB/T 1.1."""
    if doc.foreword is None:
        return False
    text = " ".join(block_text(b) for b in doc.foreword.blocks)
    return bool(_ISO_FOREWORD.search(text)) and not _GB_BASIS.search(text)


def _iso_shaped(doc: StandardDocument) -> bool:
    titles = {pat.compact(c.title).lower() for c in doc.clauses}
    return bool(titles & {"scope", "normativereferences", "termsanddefinitions"})


def tell_function(doc: StandardDocument) -> tuple[FunctionType, str]:
    """The function type from the full title, then the body title, then the 范围's wording."""
    meta = doc.metadata
    for source, title in (("title", meta.title_zh or meta.title_en), ("body-title", doc.body_title)):
        found = function_from_title(title, regulation=meta.structure == "articles") if title else None
        if found is not None:
            return found, source
    scope = doc.chapter("范围") or doc.chapter("Scope") or doc.chapter("适用范围")
    texts = [block_text(b) for b in scope.blocks] if scope is not None else []
    if not texts and meta.structure != "gbt":
        # 第一条 为了…，制定本办法 / 第二条 本规范适用于…: the first units say what the text is.
        texts = [block_text(b) for c in doc.clauses[:3] for b in c.blocks]
    found = function_from_scope(" ".join(texts))
    if found is not None:
        return found, "scope"
    return FunctionType.UNKNOWN, ""



_DECLARED_2020 = re.compile(r"GB/T[\s\u3000]*1\.1[\s\u3000]*[—–\-一]+[\s\u3000]*2020")
#: The drafting-basis sentence of a 2020 document (本文件按照GB/T 1.1—2020…), wherever it stands.
_DRAFTED_2020 = re.compile(r"按照[\s\u3000]*GB/T[\s\u3000]*1\.1[\s\u3000]*[—–\-一]+[\s\u3000]*2020")
#: The set sentences that open chapter 2 under GB/T 1.1—2000 and —2020, by which a text that names no edition tells its own.
_LEAD_IN_2000 = "的引用而成为本"
_LEAD_IN_2020 = "规范性引用而构成本文件必不可少的条款"
_DECLARED_EDITION = re.compile(r"GB/T[\s\u3000]*1\.1[\s\u3000]*[—–\-一]+[\s\u3000]*20(?:09|20)")
#: Any edition of GB/T 1.1 named (—2000 too, which an older standard's 前言 may follow): the rules are the text's word.
_NAMED_EDITION = re.compile(r"GB\s*[/／]?\s*T[\s\u3000]*1\.1[\s\u3000]*[—–\-一－]+[\s\u3000]*(?:2000|2009|2020)")


def _edition_2009_by_date(year: str, texts: list[str]) -> bool:
    """A standard dated 2010–2020 that declares no edition was drafted under GB/T 1.1—2009, in
    force from 2010-01-01 until GB/T 1.1—2020 took effect on 2020-10-01 (a 2020 standard that
    followed —2020 says so)."""
    year = year.strip()
    return year.isdigit() and 2010 <= int(year) <= 2020 and not any(_DECLARED_EDITION.search(t) for t in texts)


def _older_edition(year: str, texts: list[str]) -> bool:
    """A standard dated 2009 or earlier that cites neither GB/T 1.1—2009 nor —2020 was drafted
    under an older edition (GB/T 1.1—2009 took effect on 2010-01-01)."""
    year = year.strip()
    return year.isdigit() and int(year) <= 2009 and not any(_DECLARED_EDITION.search(t) for t in texts)


def _run_in(p: Para, head: pat.ClauseHead) -> bool:
    """Whether a typed heading's number runs straight into its title (``9.1.1.2测试方法``, QA pass 17): GB/T 1.1
    sets a gap between them. A number Word's numbering prints (a list label) or one with a dot is told otherwise."""
    typed = p.printed.strip()
    return (not p.label and not p.dotted and bool(head.rest) and typed.startswith(head.number)
            and len(typed) > len(head.number) and not typed[len(head.number)].isspace()
            and typed[len(head.number)] != "、")  # (1、范围, a chapter typed as a list's number, is another slip)
