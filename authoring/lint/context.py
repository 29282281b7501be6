"""What every lint rule needs to know about a document, computed once.

The document is flattened into text units that remember where they stand (location, the
element they belong to, what kind of text they are) so that rules can say "a note", "the
前言", "a table's own caption" without walking the tree again.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import cached_property, lru_cache
from typing import Any, NamedTuple, TypeVar

from authoring._paths import template_path
from authoring.document import (
    FOREWORD, INTRODUCTION, BIBLIOGRAPHY, NORMREF_TITLES, RULES_2000, RULES_2009, RULES_ISO, Annex, Block, Clause, Example, Figure,
    ListBlock, ListItem, Note, Paragraph, Reference, StandardDocument, Table, TermEntry,
)
from authoring.lint.patterns import Designation, designations, is_code_line, is_markup_line, may_hold_designation
from authoring.prompts import is_writing_prompt
from authoring.yamlio import load_yaml

EXCERPT_MAX = 80

T = TypeVar("T")

# Roles: which element a unit belongs to.
SCOPE, NORMREF, TERMS, SYMBOLS, BODY, ANNEX = "scope", "normref", "terms", "symbols", "body", "annex"
FRONT = "foreword"
INTRO = "introduction"
BIBLIO = "bibliography"

_CHAPTER_ROLES = (
    (("范围", "scope"), SCOPE),
    ((*NORMREF_TITLES, "normative reference"), NORMREF),
    (("术语", "terms and definitions"), TERMS),
    (("符号", "缩略语", "symbols", "abbreviat"), SYMBOLS),
)


class TextUnit(NamedTuple):
    """A piece of text with its place (a named tuple: a large draft makes ten thousand).

    ``kind`` is one of title, paragraph, list-item, note, example, table-caption, table-cell,
    table-note, figure-caption, term, term-definition, term-note, term-example, term-source,
    reference. ``owners`` names the annex, table or figure (``附录A``, ``表1``) it is part of.
    """

    location: str
    text: str
    anchor: int | None
    role: str
    kind: str
    owners: tuple[str, ...] = ()


def compact(text: str) -> str:
    """``text`` without whitespace (ideographic space included)."""
    return "".join(text.split())  # str.split() splits on exactly what regex \s matches


class _WidthTable(dict[int, str]):
    """``str.translate`` table filled on demand: each character's NFKC form."""

    def __missing__(self, code: int) -> str:
        folded = unicodedata.normalize("NFKC", chr(code))
        if len(self) < 65536:  # a text of every code point does not grow it without end
            self[code] = folded
        return folded


_WIDTH = _WidthTable()

#: The full-width marks of Chinese text, each with its NFKC form (，→ ,).
_WIDE_MARKS = tuple((mark, unicodedata.normalize("NFKC", mark)) for mark in "，；：（）！？")
#: A character that may fold to another: none of ASCII, the CJK unified ideographs, the CJK marks 、。〈〉《》「」【】
#: …(U+3001–U+3035), “”‘’ and —, which are all their own NFKC form.
_MAY_FOLD = re.compile("[^\x00-\x7f\u2014\u2018\u2019\u201c\u201d\u3001-\u3035\u4e00-\u9fff]")


def fold(text: str) -> str:
    """Width-folded, whitespace-free form used to compare sentences (NFKC, no spaces).

    Each character is folded on its own, through a table (half the time of normalising the text: the
    repeated-text rule folds every paragraph); only combining marks would compose otherwise, which the
    sentences compared here do not hold. A Chinese sentence's only characters that fold are mostly its
    full-width marks: those are replaced first (a replace each is far quicker than looking every character
    up in the table), and the table is read only when a character that may fold is left."""
    for wide, narrow in _WIDE_MARKS:
        text = text.replace(wide, narrow)
    if _MAY_FOLD.search(text) is not None:
        text = text.translate(_WIDTH)
    return compact(text)


def excerpt(text: str, start: int = 0, end: int | None = None) -> str:
    """At most 80 characters of ``text`` around ``[start, end)``."""
    text = text.replace("\n", " ")
    end = start if end is None else end
    if len(text) <= EXCERPT_MAX:
        return text.strip()
    lo = max(0, min((start + end) // 2 - EXCERPT_MAX // 2, len(text) - EXCERPT_MAX))
    hi = lo + EXCERPT_MAX
    return ("…" if lo else "") + text[lo:hi].strip() + ("…" if hi < len(text) else "")


# The title of a 符号/缩略语 clause or of an entry standing for one (a reader that turns every
# leaf under 术语 into a term entry makes "3.2 缩略语" an entry): its items are no terms.
_SYMBOLS_WORD = r"(?:符号|代号|缩略语|缩略词|缩写词?|略语)"
_SYMBOLS_TITLE = re.compile(
    rf"^{_SYMBOLS_WORD}(?:(?:和|与|及|、){_SYMBOLS_WORD})*$"
    r"|^(?:symbols?|abbreviat\w*(?: terms?)?)(?:(?: and |, ?)(?:symbols?|abbreviat\w*(?: terms?)?))*$",
    re.I,
)


def is_symbols_title(text: str) -> bool:
    """Whether ``text`` is the title of a symbols/abbreviations clause (``缩略语``, ``符号和缩略语``)."""
    words = " ".join(text.split()) if text.isascii() else compact(text)
    return bool(words) and _SYMBOLS_TITLE.match(words) is not None


def is_symbols_entry(term: TermEntry) -> bool:
    """A "term entry" that is really a 缩略语/符号 heading read as one."""
    return is_symbols_title(term.term_zh) and (not term.term_en or is_symbols_title(term.term_en))


#: A lead-in that offers what follows as a sample: ……示例：, ……示例如下：. Not 例如：, which lists the writer's own
#: examples (……不在本标准范围之内，例如：a) … f) 如果需要……则必须……, GB/T 18336.1 引言: its own words).
_SAMPLE_LEAD = re.compile(r"示例(?:如下)?[：:]\s*$")
#: A lead-in that gives, as examples, what is to be told to someone (提示使用人遵守交通法规，注意行车安全。如：, then 1) 严禁
#: 16周岁以下人员驾驶……；: GB 17761—2018 6.7 b), the advice a user manual prints). Its items are the wording to print or
#: say, up to the first that does not end in ；.
_TOLD_LEAD = re.compile(r"(?:提示|告知|提醒|告诫|警示|标明|注明|宣传)[^。；;：:]*[。；;，,]?\s*(?:如|例如|比如)[：:]\s*$")
#: A line naming where the text above it comes from: [来源：GB/T 5768.3—2009，5.11.1].
_SOURCE_LINE = re.compile(r"^\s*[\[［【]\s*来源\s*[：:]")
#: An annex title naming a model text or template (范式模板, 示范文本, 合同范本, 样表).
_MODEL_TITLE = re.compile(r"模板|模版|范本|范式|示范文本|示范合同|样本|样表|样式")


def chapter_role(clause: Clause) -> str:
    """The role of a chapter by its title: scope, normref, terms, symbols or body. The scope is
    the chapter titled 范围 (or any title naming it in chapter 1): a body chapter such as
    "4 目标、原则和范围" (JR/T 0197—2020) holds provisions, not the scope."""
    title = clause.title.casefold()
    flat = compact(title)  # (规 范 性 引 用 文 件: a title set out a character at a time, or spaced by an OCR, round 206)
    for words, role in _CHAPTER_ROLES:
        if any(word in title or word in flat for word in words):
            if role == SCOPE and compact(title) not in ("范围", "scope") and clause.number != "1":
                continue
            return role
    return BODY


@lru_cache(maxsize=4)
def template_data(name: str) -> Any:
    """The data of a bundled ``templates/`` YAML file, read once per process through the parse
    cache (the safe loader; the round-trip loader only for a file it refuses)."""
    from authoring.yamlio import cached_quick_load

    path = template_path(name)
    data = cached_quick_load(path)
    return data if data is not None else load_yaml(path)[0]


@lru_cache(maxsize=1)
def _boilerplate() -> dict[str, dict[str, str]]:
    data = template_data("boilerplate.yaml")
    return {str(k): {str(a): str(b) for a, b in v.items()} for k, v in data.items()}


def boilerplate(key: str, legacy: bool) -> str:
    """The boilerplate sentence ``key`` of ``templates/boilerplate.yaml`` as written there."""
    return _boilerplate()[key]["zh2009" if legacy else "zh2020"]


def boilerplate_pattern(key: str, legacy: bool) -> re.Pattern[str]:
    """The sentence ``key`` as a regex over :func:`fold`-ed text; each ``{{ field }}`` matches anything."""
    parts = re.split(r"\{\{.*?\}\}", fold(boilerplate(key, legacy)))
    return re.compile("(.+?)".join(re.escape(p) for p in parts))


#: The last year a published standard drafted per GB/T 1.1—2009 belongs to its time: projects
#: whose drafts were well on by 2020-10-01 kept the edition they were drafted under, and were
#: published in 2021 and 2022 (GB/T 39786—2021, published 2021-03: its 2009 sentences were judged
#: right, three times in three, by a blind judge of bench/real).
LAST_2009_PUBLICATION = 2022


def _after_2020(doc: StandardDocument) -> bool:
    """Whether the document is dated after GB/T 1.1—2020 came into force (or is a draft of now):
    a draft of 2021 or later, a published standard of 2023 or later."""
    meta = doc.metadata
    last = LAST_2009_PUBLICATION if meta.stage == "发布稿" else 2020
    year = meta.year.strip()
    if year.isdigit():
        return int(year) > last
    # Without its year in a designation: its own dates tell its time (本稿完成时间 2012-11-12, a
    # published standard's 2022-01-12 发布); with none, it is judged by the rules it declares.
    for date in (meta.draft_date, meta.issue_date):
        found = re.search(r"(19|20)\d{2}", date or "")
        if found:
            return int(found.group(0)) > last
    return False


def _run_after(units: list[TextUnit], i: int) -> Iterator[int]:
    """The indices of the paragraphs and list items after ``units[i]`` in its place, up to the first unit that is
    neither or stands in another place."""
    for j in range(i + 1, len(units)):
        if units[j].location != units[i].location or units[j].kind not in ("paragraph", "list-item"):
            return
        yield j


class LintContext:
    """A document prepared for the rules."""

    def __init__(self, doc: StandardDocument):
        self.doc = doc
        self.rules = doc.metadata.rules
        # Judged by GB/T 1.1—2009 (本标准, the 2009 sentences) when the document follows it and
        # is of its time: GB/T 1.1—2020 applies from 2020-10-01, so a draft of 2021 or later (by
        # its year or its completion date), or a standard published from 2023 on, has its 2009
        # sentences reported.
        self.legacy = (doc.metadata.legacy_2009 or self.rules in (RULES_2009, RULES_2000)) and not _after_2020(doc)
        self.iso = self.rules == RULES_ISO
        # A skeleton's writing prompts quote the guide (its standards, its modal verbs): they
        # are guidance standing in for content, so only the placeholder rule reads them.
        self.all_units: list[TextUnit] = list(self._walk())
        self.units: list[TextUnit] = [u for u in self.all_units if not is_writing_prompt(u.text)]
        self._ranks: dict[str, int] = {}
        for index, unit in enumerate(self.units):
            self._ranks.setdefault(unit.location, index)
        self._shared: dict[Callable[[LintContext], Any], Any] = {}
        #: The ids of the rules this run applies (:func:`authoring.lint.run_lint` sets them): a rule that leaves a
        #: finding to another asks whether that one runs.
        self.enabled: frozenset[str] | None = None

    def shared(self, compute: Callable[[LintContext], T]) -> T:
        """``compute(self)``, computed once: what several rules derive from the text alike."""
        if compute not in self._shared:
            self._shared[compute] = compute(self)
        return self._shared[compute]

    @cached_property
    def is_chinese(self) -> bool:
        """Whether the text is Chinese (an ISO-style English draft gets no Chinese wording rules)."""
        sample = "".join(u.text for u in self.units[:400])
        cjk = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
        latin = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
        return cjk >= latin / 4 if sample else True

    @cached_property
    def in_markup(self) -> frozenset[int]:
        """Indices in ``units`` of a markup example's or a code listing's lines: lines of markup or code alone
        (``is_markup_line``, ``is_code_line``), and up to three short lines between two of them, within one clause (an
        XML sample's element text, ``<tech_ptbody>`` … ``</tech_ptbody>``; an ASN.1 listing's comments, whose -- the
        reading took for a list's dash: -- 1：必须执行 between required (1), and suggested (2),, judged FALSE blind as a
        non-standard modal, round 273). What they say belongs to the document or notation they show, not to this one."""
        units = self.units
        flags = [(("<" in u.text or ">" in u.text) and is_markup_line(u.text))
                 or (u.kind != "title" and is_code_line(u.text)) for u in units]
        if not any(flags):
            return frozenset()
        found = {i for i, flag in enumerate(flags) if flag}
        at = sorted(found)
        for a, b in zip(at, at[1:]):
            between = range(a + 1, b)
            if len(between) == 1 or len(between) <= 3 and all(
                    units[i].kind != "title" and len(units[i].text) <= 120 and units[i].location == units[a].location
                    for i in between):
                found.update(between)
        return frozenset(found)

    @cached_property
    def referring(self) -> list[TextUnit]:
        """The units :func:`referring_units` yields, listed once (several reference rules read them)."""
        markup = self.in_markup
        return [unit for index, unit in enumerate(self.units)
                if unit.role not in (FRONT, NORMREF, BIBLIO) and unit.kind not in _FOREIGN_KINDS and index not in markup]

    @cached_property
    def document_numbers(self) -> dict[str, tuple[Designation, ...]]:
        """The document numbers (:func:`designations`) of each text of ``units`` that may name a document (a capital
        letter: :func:`may_hold_designation`); a text not here names none. Found once for the several rules
        that read them."""
        texts = {unit.text for unit in self.units if may_hold_designation(unit.text)}
        return {text: designations(text) for text in texts}

    @cached_property
    def in_sample(self) -> frozenset[int]:
        """Indices in ``units`` of the lines a lead-in offers as a sample (组织安全策略示例： followed by
        a) 政府使用的所有产品……必须符合国家标准；): the items or paragraphs after it, in the same
        place, up to the first that does not end in ；. Their 必须 is the sample's own word. So are the items after
        a lead-in that gives, as examples, what is to be told to someone (提示使用人……。如：, ``_TOLD_LEAD``)."""
        found: set[int] = set()
        units = self.units
        for i, unit in enumerate(units):
            if unit.kind in ("paragraph", "list-item") and _TOLD_LEAD.search(unit.text):
                for j in _run_after(units, i):
                    found.add(j)
                    if not units[j].text.rstrip().endswith(("；", ";")):
                        break
                continue
            if unit.kind != "paragraph" or not _SAMPLE_LEAD.search(unit.text):
                continue
            for j in _run_after(units, i):
                found.add(j)
                if units[j].kind == "paragraph" and not units[j].text.rstrip().endswith(("；", ";")):
                    break
        return frozenset(found)

    @cached_property
    def under_example_label(self) -> frozenset[int]:
        """Indices in ``all_units`` of the lines an example's label stands over alone (示例： on its own line, then
        XXX 同志在 XX 年……的讲话: HJ 9—2022 9.1.2.3, a PDF's copy, round 254): the example's own text, up to the
        next unit that is no paragraph or list item, or another place."""
        units = self.all_units
        return frozenset(j for i, unit in enumerate(units) if unit.kind == "example" and not unit.text.strip()
                         for j in _run_after(units, i))

    @cached_property
    def sourced(self) -> frozenset[int]:
        """Indices in ``units`` of the paragraphs a source line closes (……表示除公交车外，其他车辆及行人不得进入该车道。 then
        [来源：GB/T 5768.3—2009，5.11.1]: a definition quoted from another document, in the body of a data standard,
        round 252). The words are that document's: its 不得 and 须 are not this one's modal verbs to mend. (Not in the
        terms chapter, where every entry may close on its source and its notes are this document's: a note's 应当 there
        was judged TRUE.)"""
        units = self.units
        return frozenset(i for i in range(len(units) - 1)
                         if units[i].kind == "paragraph" and units[i].role != TERMS
                         and units[i + 1].location == units[i].location and _SOURCE_LINE.match(units[i + 1].text))

    @cached_property
    def model_annexes(self) -> frozenset[str]:
        """Labels of the annexes that hold a model text for the user to complete and adopt (附录C
        行程录音收集协议范式模板, 附录F ……数据安全管理范式模版, 服务协议示范文本). Their XXXX are slots to
        fill and their 应, 必须 and 务必 are the model's own words, not this document's provisions."""
        return frozenset(a.label for a in self.doc.annexes if _MODEL_TITLE.search(a.title))

    def model_text(self, unit: TextUnit) -> bool:
        """Whether ``unit`` is part of a model text (see ``model_annexes``)."""
        return bool(self.model_annexes) and any(owner in self.model_annexes for owner in unit.owners)

    # -- places ---------------------------------------------------------------------------

    def rank(self, location: str) -> int:
        """Position of a location in reading order (unknown locations sort first)."""
        return self._ranks.get(location, -1)

    def chapter(self, role: str) -> Clause | None:
        """The first chapter with ``role`` (scope, normref, terms, symbols)."""
        return next((c for c in self.doc.clauses if chapter_role(c) == role), None)

    @cached_property
    def terms(self) -> list[TermEntry]:
        """Every term entry of the document, walked once; not the items of a 符号/缩略语 clause."""
        return [t for t in self.doc.terms() if id(t) not in self._symbol_entries]

    @cached_property
    def _symbol_entries(self) -> set[int]:
        """``id()`` of the entries that are symbols or abbreviations, not terms."""
        found: set[int] = set()

        def walk(clause: Clause, inside: bool) -> None:
            inside = inside or is_symbols_title(clause.title)
            for block in clause.blocks:
                if isinstance(block, TermEntry) and (inside or is_symbols_entry(block)):
                    found.add(id(block))
            for child in clause.children:
                walk(child, inside)

        for chapter in self.doc.clauses:
            walk(chapter, False)
        for annex in self.doc.annexes:
            for clause in annex.children:
                walk(clause, False)
        return found

    @cached_property
    def clause_numbers(self) -> set[str]:
        """Every number a cross-reference may point at: clauses, term entries, 引言 subclauses."""
        numbers = {c.number for c in self.doc.iter_clauses()}
        numbers.update(t.number for t in self.terms)
        if self.doc.introduction is not None:
            numbers.update(c.number for intro in self.doc.introduction.children for c in intro.walk())
        return numbers

    def texts(self, *, roles: tuple[str, ...] | None = None, kinds: tuple[str, ...] | None = None) -> Iterator[TextUnit]:
        """Units filtered by role and kind."""
        for unit in self.units:
            if (roles is None or unit.role in roles) and (kinds is None or unit.kind in kinds):
                yield unit

    # -- walking --------------------------------------------------------------------------

    def _walk(self) -> Iterator[TextUnit]:
        doc = self.doc
        if doc.foreword is not None:
            for block in doc.foreword.blocks:
                yield from _block_units(FOREWORD, block, FRONT, ())
        if doc.introduction is not None:
            for block in doc.introduction.blocks:
                yield from _block_units(INTRODUCTION, block, INTRO, ())
            for clause in doc.introduction.children:
                yield from _clause_units(clause, INTRO, ())
        for chapter in doc.clauses:
            yield from _clause_units(chapter, chapter_role(chapter), ())
        for annex in doc.annexes:
            yield from _annex_units(annex)
        for ref in doc.bibliography or []:
            yield TextUnit(BIBLIOGRAPHY, ref.text, ref.anchor, BIBLIO, "reference")


# Text that names other documents' clauses, not this one's.
_FOREIGN_KINDS = ("reference", "term-source")


def referring_units(ctx: LintContext) -> Iterator[TextUnit]:
    """Units whose text can refer to this document's parts (not 前言, ch. 2, 参考文献, sources,
    nor a markup example's lines)."""
    return iter(ctx.referring)


def _annex_units(annex: Annex) -> Iterator[TextUnit]:
    owners = (annex.label,)
    yield TextUnit(annex.label, annex.title, annex.anchor, ANNEX, "title", owners)
    for block in annex.blocks:
        yield from _block_units(annex.label, block, ANNEX, owners)
    for clause in annex.children:
        yield from _clause_units(clause, ANNEX, owners)


def _clause_units(clause: Clause, role: str, owners: tuple[str, ...]) -> Iterator[TextUnit]:
    if role == TERMS and is_symbols_title(clause.title):
        role = SYMBOLS  # 3.2 缩略语 inside 术语、定义和缩略语
    yield TextUnit(clause.number, clause.title, clause.anchor, role, "title", owners)
    for block in clause.blocks:
        yield from _block_units(clause.number, block, role, owners)
    for child in clause.children:
        yield from _clause_units(child, role, owners)


def _block_units(location: str, block: Block, role: str, owners: tuple[str, ...]) -> Iterator[TextUnit]:
    if isinstance(block, Paragraph):
        yield TextUnit(location, block.text, block.anchor, role, "paragraph", owners)
    elif isinstance(block, Note):
        yield TextUnit(location, block.text, block.anchor, role, "note", owners)
    elif isinstance(block, Example):
        yield TextUnit(location, block.text, block.anchor, role, "example", owners)
    elif isinstance(block, ListBlock):
        yield from _list_units(location, block, block.anchor, role, owners)
    elif isinstance(block, Table):
        where = block.label if block.number else location
        own = (*owners, block.label) if block.number else owners
        yield TextUnit(where, block.title, block.anchor, role, "table-caption", own)
        # a cell's finding is commented on in its row (the first paragraph of the row), as its evidence is
        rows_at = block.row_anchors if len(block.row_anchors) == len(block.rows) else [None] * len(block.rows)
        for row, row_anchor in zip(block.rows, rows_at):
            for cell in row:
                yield TextUnit(where, cell, block.anchor if row_anchor is None else row_anchor, role, "table-cell", own)
        for note in block.notes:
            yield TextUnit(where, note, block.anchor, role, "table-note", own)
    elif isinstance(block, Figure):
        where = block.label if block.number else location
        own = (*owners, block.label) if block.number else owners
        yield TextUnit(where, block.title, block.anchor, role, "figure-caption", own)
    elif isinstance(block, TermEntry):
        yield from _term_units(block, role, owners)
    elif isinstance(block, Reference):
        yield TextUnit(location, block.text, block.anchor, role, "reference", owners)


def _list_units(location: str, block: ListBlock, anchor: int | None, role: str, owners: tuple[str, ...]) -> Iterator[TextUnit]:
    for item in block.items:
        yield from _item_units(location, item, anchor, role, owners)


def _item_units(location: str, item: ListItem, anchor: int | None, role: str, owners: tuple[str, ...]) -> Iterator[TextUnit]:
    own = item.anchor if item.anchor is not None else anchor
    yield TextUnit(location, item.text, own, role, "list-item", owners)
    if item.children is not None:
        yield from _list_units(location, item.children, own, role, owners)


def _term_units(term: TermEntry, role: str, owners: tuple[str, ...]) -> Iterator[TextUnit]:
    own = (*owners, term.number)
    if role == SYMBOLS or is_symbols_entry(term):
        # Abbreviations and symbols (or their heading read as an entry): text, not a term.
        yield TextUnit(term.number, f"{term.term_zh} {term.term_en}".strip(), term.anchor, SYMBOLS, "title", own)
        for text in (term.definition, *term.notes, *term.examples, term.source):
            if text:
                yield TextUnit(term.number, text, term.anchor, SYMBOLS, "paragraph", own)
        return
    yield TextUnit(term.number, f"{term.term_zh} {term.term_en}".strip(), term.anchor, role, "term", own)
    if term.definition:
        yield TextUnit(term.number, term.definition, term.anchor, role, "term-definition", own)
    for note in term.notes:
        yield TextUnit(term.number, note, term.anchor, role, "term-note", own)
    for ex in term.examples:
        yield TextUnit(term.number, ex, term.anchor, role, "term-example", own)
    if term.source:
        yield TextUnit(term.number, term.source, term.anchor, role, "term-source", own)
