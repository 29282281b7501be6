"""The StandardDocument model: a standard as a tree, independent of any file format.

Everything turns around this model: a project file is composed into it, a ``.docx`` is read
into it, the writer turns it into Word, coverage and lint analyse it. Locations name places
the way a committee does (``5.4``, ``A.1``, ``表A.1``, ``前言``).

Example:
    >>> doc = StandardDocument(
    ...     metadata=Metadata(title_zh="养老机构服务规范"),
    ...     clauses=[Clause(number="1", title="范围", blocks=[Paragraph(text="本文件规定了……")])],
    ... )
    >>> [(loc, b.type) for loc, b in doc.iter_blocks()]
    [('1', 'paragraph')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import field
from enum import Enum
from typing import Literal, Union

from authoring.errors import InvalidValue
from authoring.i18n import tr
from authoring.records import Record, excluded, record, to_data

__all__ = [
    "Kind", "FunctionType", "Stage", "Metadata", "Paragraph", "ListItem", "ListBlock", "Note",
    "Example", "Picture", "Table", "Figure", "TermEntry", "Reference", "Block", "Clause", "Annex", "Section",
    "StandardDocument", "FRONT_ELEMENTS", "Rules", "Structure", "RULES_2020", "RULES_2009", "RULES_2000", "RULES_ISO",
    "RULES_NONE",
]

# Element names used as locations.
FOREWORD = "前言"
INTRODUCTION = "引言"
COVER = "封面"
TOC = "目次"
BIBLIOGRAPHY = "参考文献"
# What chapter 2 is called: its GB/T 1.1 title, and the names translations and older drafts give it.
NORMREF_TITLES = ("规范性引用文件", "标准参考文献", "规范性引用标准", "引用标准", "引用文件")
# The one body unit of a text read without any structure (and the text before the first
# article of one that has articles): a location, not a printed number.
BODY_UNIT = "正文"
FRONT_ELEMENTS = (COVER, TOC, FOREWORD, INTRODUCTION)


#: The places that are named by us, not numbered by the draft, in English (the draft's own 4.2, 第十二条 and 表C.1
#: are its labels, shown as written).
_PLACES_EN = {BODY_UNIT: "body text", COVER: "cover", TOC: "contents", FOREWORD: "foreword", INTRODUCTION: "introduction",
              BIBLIOGRAPHY: "bibliography"}


def place_label(location: str) -> str:
    """A place as a reader sees it: the draft's own label (4.2, 第十二条, a heading), or a place we name (the
    whole text of a draft read as one unit, the cover, the 前言) in the reader's language."""
    english = _PLACES_EN.get(location)
    return location if english is None else tr(location, english)


class Kind(str, Enum):
    """The kind of standard, which fixes the cover banner and the number's form."""

    GB = "GB"
    GBT = "GB/T"
    GBZ = "GB/Z"
    INDUSTRY = "industry"
    LOCAL = "DB"
    GROUP = "T"
    ENTERPRISE = "Q"


class FunctionType(str, Enum):
    """Function type of GB/T 1.1—2020 §4: a 规范 states requirements, a 指南 recommendations."""

    SPECIFICATION = "规范"
    CODE_OF_PRACTICE = "规程"
    GUIDE = "指南"
    # A read draft whose function could not be told from its title or scope: the rules that
    # depend on it (应 in a 指南, 宜 in a 规范) stay silent.
    UNKNOWN = "unknown"


# The drafting rules a document follows (reported as ``document.rules``).
RULES_2020 = "GB/T 1.1—2020"
RULES_2009 = "GB/T 1.1—2009"
# A standard of 2009 or earlier that does not declare GB/T 1.1—2009: an older edition
# (GB/T 1.1—2000 …), whose set sentences are not held here, so they are not checked.
RULES_2000 = "GB/T 1.1—2000"
RULES_ISO = "ISO/IEC Directives Part 2"
RULES_NONE = "none"
Rules = Literal["GB/T 1.1—2020", "GB/T 1.1—2009", "GB/T 1.1—2000", "ISO/IEC Directives Part 2", "none"]

# How the body of a read document is organised: GB/T 1.1 numbered clauses (``gbt``), the
# 章/节/条 of regulations and institutional rules (``articles``), Chinese-numeral headings
# 一、（一） (``outline``), or no recognisable structure at all (``none``: one body unit).
Structure = Literal["gbt", "articles", "outline", "none"]


STAGES = ("工作组讨论稿", "征求意见稿", "送审讨论稿", "送审稿", "报批稿")
Stage = Literal["工作组讨论稿", "征求意见稿", "送审讨论稿", "送审稿", "报批稿", "发布稿"]


#: What ``Metadata.marks`` holds a draft's own marks for: its list styles and its headings' numbers.
MARK_KINDS = ("number", "letter", "bullet", "dash", "heading")


def _known_marks(marks: dict[str, list[str]]) -> None:
    for kind, levels in marks.items():
        if kind not in MARK_KINDS:
            raise InvalidValue(f"未知的列项类别 {kind!r}（应为 {'、'.join(MARK_KINDS)} 之一）",
                               f"marks: unknown kind {kind!r} (one of {', '.join(MARK_KINDS)})")
        if not levels or not all(0 < len(mark) <= 8 for mark in levels):
            raise InvalidValue(f"{kind} 每一层应有一个编号形式（1～8 个字符）",
                               f"marks: {kind} needs one mark (1 to 8 characters) a level")


@record
class Metadata(Record):
    """What the cover and the 前言 say about a standard.

    ``code`` is the industry code (``SL``, ``JR``), the local code (``DB11``) or the group's
    association code (``CAS``); national kinds need none. ``number`` is the sequence number
    with any part (``20000.1``), ``year`` four digits; either may hold placeholders
    (``XXXXX``) on a draft.
    """

    kind: Kind = Kind.GBT
    code: str = ""
    mandatory: bool = False
    number: str = ""
    year: str = ""
    title_zh: str = ""
    title_en: str = ""
    ics: str = ""
    ccs: str = ""
    filing_number: str = ""
    stage: Stage = "征求意见稿"
    draft_date: str = ""
    replaces: list[str] = field(default_factory=list)
    adoption: str = ""
    function: FunctionType = FunctionType.GUIDE
    issue_date: str = ""
    implement_date: str = ""
    proposer: str = ""
    committee: str = ""
    issuers: list[str] = field(default_factory=list)
    drafting_units: list[str] = field(default_factory=list)
    drafters: list[str] = field(default_factory=list)
    legacy_2009: bool = False
    # Filled by the reader: which drafting rules apply, where the function type came from
    # (``title``, ``body-title``, ``scope``, ``option``; empty when unknown or set by a project),
    # the main language and the body's structure.
    rules: Rules = "GB/T 1.1—2020"
    # True when the text names the GB/T 1.1 edition it follows (本标准按照GB/T 1.1—2009给出的规则起草, as every draft
    # made from a project does); the reader makes it False when ``rules`` was told from the text's wording (本标准) or
    # its year alone (HJ 589—2021's 前言 names none).
    rules_declared: bool = field(default=True, metadata={"exclude": True})
    function_source: str = field(default="", metadata={"exclude": True})
    # Where the reader found the standard's kind (``designation``, ``banner``; empty when the draft
    # does not say, and ``kind`` is the default GB/T): a memorandum does not call such a text 国家标准.
    kind_source: str = field(default="", metadata={"exclude": True})
    # True when the reader took chapters, clauses and captions from plain text (a draft with no
    # heading styles: typed, or a PDF converted to Word), where it may have missed or misread one.
    structure_inferred: bool = field(default=False, metadata={"exclude": True})
    # True when the headings' numbers were lost (a converted copy whose every heading reads ``1.``):
    # the text is then read by its headings, without the GB/T 1.1 rules.
    numbering_lost: bool = field(default=False, metadata={"exclude": True})
    # True when the body's headings stood without numbers and the reader gave them the numbers
    # the draft's own 目次 prints for the same titles (see authoring.docx.read._toc_numbers).
    numbers_from_toc: bool = field(default=False, metadata={"exclude": True})
    #: True when the file goes on, after the standard, with its 编制说明 (a draft's explanation
    #: sent in one file with it): that part is not the standard and was not read.
    explanation_appended: bool = field(default=False, metadata={"exclude": True})
    #: True when the text set its Chinese apart word by word (服 务 规 范: an OCR's page texts) and was read without
    #: those spaces.
    spaced_out: bool = field(default=False, metadata={"exclude": True})
    language: Literal["zh", "en"] = "zh"
    structure: Structure = "gbt"
    # How a draft without the GB/T 1.1 skeleton printed its list marks, kept by ``stdauthor import`` so that
    # ``build`` prints them again where GB/T 1.1 has its own (see authoring.project.importer): by list style
    # (``number``, ``letter``, ``bullet``, ``dash``), the mark of a first item on each level (``["1."]``,
    # ``["•", "o"]``, ``["–"]``; a level past the last prints as the last), and as ``heading`` its headings'
    # numbers with or without a dot after them (``["1"]``: ``1　目的``, ``4.1　服务要求``; ``["1."]``: ``1. Policy
    # Statement``). Empty (a GB/T draft, a new project, anything the reader reads): GB/T 1.1's ``1)``, ``a)``,
    # ``·``, ``——``, and an outline's typed numbers with a dot (as a project imported before marks were kept).
    marks: dict[str, list[str]] = field(default_factory=dict, metadata={"check": _known_marks})
    # "doc" when the reader read a copy LibreOffice saved as .docx from a Word 97 .doc.
    converted_from: str = field(default="", metadata={"exclude": True})
    # Where the reader saw a picture or an embedded object that the tree does not hold (in a table's cell, within a
    # line of text, a drawing of shapes, one linked to a file outside): a clause number, a label (表3) or an element
    # (前言) each, for ``import`` to say that they were not carried.
    pictures_left: list[str] = field(default_factory=list, metadata={"exclude": True})

    def __post_init__(self) -> None:
        # The kind and the function may be given as their values (a command-line option).
        if not isinstance(self.kind, Kind):
            self.kind = Kind(self.kind)
        if not isinstance(self.function, FunctionType):
            self.function = FunctionType(self.function)

    def prefix(self) -> str:
        """The code before the number: ``GB/T``, ``SL/T``, ``DB11/T``, ``T/CAS``."""
        suffix = "" if self.mandatory else "/T"
        if self.kind in (Kind.GB, Kind.GBT, Kind.GBZ):
            return self.kind.value
        if self.kind == Kind.GROUP:
            return f"T/{self.code}" if self.code else "T/"
        if self.kind == Kind.ENTERPRISE:
            return f"Q/{self.code}" if self.code else "Q/"
        code = self.code or ("DB" if self.kind == Kind.LOCAL else "XX")
        return f"{code}{suffix}"

    def designation(self) -> str:
        """The full number with the em dash, e.g. ``GB/T 47747—2026``."""
        number = self.number or "XXXXX"
        year = self.year or "XXXX"
        return f"{self.prefix()} {number}—{year}"

    def banner(self) -> str:
        """The cover banner line for the kind."""
        if self.kind == Kind.GBZ:
            return "中华人民共和国国家标准化指导性技术文件"
        if self.kind in (Kind.GB, Kind.GBT):
            return "中华人民共和国国家标准"
        if self.kind == Kind.INDUSTRY:
            return "中华人民共和国××行业标准"
        if self.kind == Kind.LOCAL:
            return "××地方标准"
        if self.kind == Kind.ENTERPRISE:
            return "××企业标准"
        return "团体标准"

    @property
    def self_name(self) -> str:
        """How the document names itself: 本文件 (2020) or 本标准 (2009)."""
        return "本标准" if self.legacy_2009 else "本文件"


@record
class Paragraph(Record):
    """A paragraph of text."""

    type: Literal["paragraph"] = "paragraph"
    text: str
    anchor: int | None = excluded()


@record
class ListItem(Record):
    """One item of a list, possibly holding a second-level list."""

    text: str
    children: "ListBlock | None" = None
    anchor: int | None = excluded()


@record
class ListBlock(Record):
    """A list: ``dash`` (——), ``letter`` (a) b)), ``number`` (1) 2)) or ``bullet`` (·).

    ``start`` is the place the first item prints (``b)`` is 2): a list a draft resumes after a note
    or a paragraph goes on where it left off.
    """

    type: Literal["list"] = "list"
    style: Literal["dash", "letter", "number", "bullet"] = "dash"
    start: int = 1
    items: list[ListItem]
    anchor: int | None = excluded()


@record
class Note(Record):
    """A note (注： / 注1：). ``number`` is set when the clause holds several notes."""

    type: Literal["note"] = "note"
    text: str
    number: int | None = None
    anchor: int | None = excluded()


@record
class Example(Record):
    """An example (示例： / 示例1：)."""

    type: Literal["example"] = "example"
    text: str
    number: int | None = None
    anchor: int | None = excluded()


@record
class Picture(Record):
    """The picture a figure shows, or a table a draft held as a picture (an embedded Excel sheet, shown by the
    picture Word keeps of it).

    ``file`` is where the picture is: in a project, a path relative to the project file (``NAME.assets/…``,
    see :mod:`authoring.project.pictures`); in a draft just read, the part of the package
    (``word/media/image1.png``); in a composed draft, a path the writer opens. Empty when the picture could not be
    carried. ``width`` and ``height`` are the size it prints, in millimetres (0 when not known: the picture's
    own). ``embedded`` names the program of the object the picture stands for (``Excel.Sheet.12``; ``object``
    when the draft does not say), empty for a picture.
    """

    file: str = ""
    width: float = field(default=0.0, metadata={"ge": 0})
    height: float = field(default=0.0, metadata={"ge": 0})
    embedded: str = ""


@record
class Table(Record):
    """A table with its caption; ``number`` as printed without 表 (``1``, ``A.1``).

    ``rows`` hold cell texts; a cell's lines are separated by ``\\n``. The first
    ``header_rows`` rows are the header. ``picture`` is the table's body where the draft held it as a picture
    (an embedded Excel sheet): its rows are then empty.
    """

    type: Literal["table"] = "table"
    number: str | None = None
    title: str = ""
    rows: list[list[str]]
    header_rows: int = 1
    notes: list[str] = field(default_factory=list)
    picture: Picture | None = None
    anchor: int | None = excluded()
    #: Each row's anchor in the source file where known (a row's evidence is commented there).
    row_anchors: list[int | None] = field(default_factory=list, repr=False, compare=False, metadata={"exclude": True})

    @property
    def label(self) -> str:
        """``表A.1``, or ``表`` for an unnumbered table."""
        return f"表{self.number}" if self.number else "表"


@record
class Figure(Record):
    """A figure: its caption and its ``picture`` (``None`` for a caption alone, whose place the writer keeps).
    A figure with neither number nor title is a picture the draft printed without a caption."""

    type: Literal["figure"] = "figure"
    number: str | None = None
    title: str = ""
    picture: Picture | None = None
    anchor: int | None = excluded()

    @property
    def label(self) -> str:
        """``图1``."""
        return f"图{self.number}" if self.number else "图"


@record
class TermEntry(Record):
    """A term entry of 术语和定义: ``number`` is the entry number (``3.1``)."""

    type: Literal["term"] = "term"
    number: str
    term_zh: str
    term_en: str = ""
    definition: str = ""
    notes: list[str] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)
    source: str = ""
    anchor: int | None = excluded()


@record
class Reference(Record):
    """A referenced document: ``GB/T 15624　服务标准化工作指南``.

    Used for entries of 规范性引用文件 and of 参考文献 (``serial`` is then ``[1]``'s number).
    """

    type: Literal["reference"] = "reference"
    designation: str
    title: str = ""
    serial: int | None = None
    anchor: int | None = excluded()

    @property
    def text(self) -> str:
        """The entry as printed, without the serial."""
        return f"{self.designation}\u3000{self.title}".strip("\u3000")


# A block of a clause; its ``type`` tells which (validation of a project file's outline tells
# them apart by it).
Block = Union[Paragraph, ListBlock, Note, Example, Table, Figure, TermEntry, Reference]


@record
class Clause(Record):
    """A chapter or clause: ``number`` as printed (``4``, ``4.1``, ``A.2.1``).

    ``title`` is empty for an untitled clause (无标题条), whose text is its first block.
    """

    number: str
    title: str = ""
    blocks: list[Block] = field(default_factory=list)
    children: list["Clause"] = field(default_factory=list)
    anchor: int | None = excluded()
    # A project's stable name for the clause (``c5-2``), which links from checklist items
    # point at and which survives renumbering; kept out of dumps and repr like ``anchor``
    # (the project layer writes it itself, see authoring.project.outline).
    id: str = excluded("")
    # The number was printed with a trailing dot (``5.1.``): read as 5.1, reported by the lint.
    dotted: bool = excluded(False)
    # The number was typed straight into its title, with no gap (``9.1.1.2测试方法``): reported by the lint.
    run_in: bool = excluded(False)

    @property
    def depth(self) -> int:
        """1 for a chapter (``4``, or ``A.1`` in an annex counts as 1 below the annex)."""
        parts = self.number.split(".")
        return len(parts) - 1 if parts[0].isalpha() else len(parts)

    def walk(self) -> Iterator["Clause"]:
        """This clause and all below it, depth first."""
        stack = [self]  # a stack rather than nested generators: each clause passed up through every level
        while stack:
            current = stack.pop()
            yield current
            stack.extend(reversed(current.children))

    def text(self) -> str:
        """The clause's own text (title and blocks, not its children)."""
        return "\n".join([self.title, *(block_text(b) for b in self.blocks)]).strip()


@record
class Annex(Record):
    """An annex (附录A), normative or informative."""

    letter: str
    title: str = ""
    normative: bool = False
    blocks: list[Block] = field(default_factory=list)
    children: list[Clause] = field(default_factory=list)
    anchor: int | None = excluded()
    id: str = excluded("")

    @property
    def label(self) -> str:
        """``附录A``."""
        return f"附录{self.letter}"

    @property
    def status(self) -> str:
        """``规范性`` or ``资料性``."""
        return "规范性" if self.normative else "资料性"


@record
class Section(Record):
    """An unnumbered element (前言, 引言) holding blocks; an 引言 may have 0.1 … subclauses."""

    blocks: list[Block] = field(default_factory=list)
    children: list[Clause] = field(default_factory=list)
    anchor: int | None = excluded()


#: Words by which a title names a service, the people it serves, or a service field (not 密码服务, 服务器, 客户端).
#: Every third-party GB/T text of bench/real is a technical standard (no service standard could be found in a public
#: repository): a Chinese GB/T draft whose title has none is told its coverage is less to be trusted (``not-service``,
#: :mod:`authoring.check`), and only such a draft is given the GB/T decision (``coverage._decider``).
SERVICE_TITLE = re.compile("(?<!密码)(?<!认证)(?<!鉴别)服务(?![器端])|顾客|客户(?!端|机)|消费者|患者|旅客|乘客|游客"
                           "|老年人|居民|群众|业主|养老|托育|托幼|家政|物业|旅游|景区|饭店|酒店|宾馆|住宿|餐饮|政务"
                           "|客运|公交|快递|邮政|便民|窗口|接待|护理|照护|助残|救助")


@record
class StandardDocument(Record):
    """A standard: metadata, front matter, numbered clauses, annexes and bibliography.

    ``foreword``, ``introduction`` and ``bibliography`` are ``None`` when the element is
    absent (not merely empty). ``has_cover`` and ``has_toc`` record the two front elements
    that carry no content of their own. ``body_title`` is the title on the first body page.
    """

    metadata: Metadata = field(default_factory=Metadata)
    has_cover: bool = True
    has_toc: bool = True
    foreword: Section | None = None
    introduction: Section | None = None
    body_title: str = ""
    clauses: list[Clause] = field(default_factory=list)
    annexes: list[Annex] = field(default_factory=list)
    bibliography: list[Reference] | None = None

    @property
    def title(self) -> str:
        """The draft's title as reports give it: the cover's Chinese title, else the first body page's, else the
        cover's English one (an ISO draft's cover has its English title only)."""
        return self.metadata.title_zh or self.body_title or self.metadata.title_en

    def names_service(self) -> bool:
        """Whether the title names a service, the people it serves or a service field (:data:`SERVICE_TITLE`)."""
        return bool(SERVICE_TITLE.search(self.title))

    # -- walking -------------------------------------------------------------------------

    def iter_clauses(self) -> Iterator[Clause]:
        """Every numbered clause of the body and of the annexes, depth first."""
        for clause in self.clauses:
            yield from clause.walk()
        for annex in self.annexes:
            for clause in annex.children:
                yield from clause.walk()

    def iter_blocks(self) -> Iterator[tuple[str, Block]]:
        """``(location, block)`` for every block, in reading order.

        A table's location is its label (``表A.1``); a term entry's is its entry number;
        everything else takes the clause number or the element name.
        """
        if self.foreword is not None:
            for block in self.foreword.blocks:
                yield FOREWORD, block
        if self.introduction is not None:
            for block in self.introduction.blocks:
                yield INTRODUCTION, block
            for clause in self.introduction.children:
                yield from _clause_blocks(clause)
        for clause in self.clauses:
            yield from _clause_blocks(clause)
        for annex in self.annexes:
            for block in annex.blocks:
                yield _block_location(annex.label, block), block
            for clause in annex.children:
                yield from _clause_blocks(clause)
        for ref in self.bibliography or []:
            yield BIBLIOGRAPHY, ref

    def find_clause(self, number: str) -> Clause | None:
        """The clause numbered ``number``, or ``None``."""
        return next((c for c in self.iter_clauses() if c.number == number), None)

    def chapter(self, title_fragment: str) -> Clause | None:
        """The first chapter whose title contains ``title_fragment`` (``范围``)."""
        return next((c for c in self.clauses if title_fragment in c.title), None)

    def terms(self) -> list[TermEntry]:
        """Every term entry, wherever it stands."""
        return [b for _, b in self.iter_blocks() if isinstance(b, TermEntry)]

    def tables(self) -> list[Table]:
        """Every table, in order."""
        return [b for _, b in self.iter_blocks() if isinstance(b, Table)]

    def plain_text(self) -> str:
        """All text of the document, one block per line (titles included)."""
        lines: list[str] = []
        for clause in self.iter_clauses():
            lines.append(f"{clause.number} {clause.title}".strip())
        lines.extend(block_text(b) for _, b in self.iter_blocks())
        return "\n".join(lines)

    def character_count(self, texts: Iterable[tuple[Block, str]] | None = None) -> int:
        """Characters of text, whitespace excluded; not the labels the reader makes up (the 正文 of a text
        without headings, the 表 of an unnumbered table), so a file with no text counts 0. ``texts``: every block
        with its :func:`block_text`, where the caller has them already (one walk of the document, not two)."""
        lines: list[str] = []
        for clause in self.iter_clauses():
            lines.append(f"{'' if clause.number == BODY_UNIT else clause.number} {clause.title}")
        for block, text in texts if texts is not None else ((b, block_text(b)) for _, b in self.iter_blocks()):
            if isinstance(block, (Table, Figure)) and not block.number:
                text = text.removeprefix(block.label)
            lines.append(text)
        # str.split() splits on exactly what regex \s matches, and far faster than a substitution
        return sum(len(piece) for t in lines for piece in t.split())

    def content_equal(self, other: "StandardDocument") -> bool:
        """True when both documents hold the same content (anchors into a file ignored)."""
        return to_data(self) == to_data(other)


def _block_location(clause_location: str, block: Block) -> str:
    if isinstance(block, (Table, Figure)) and block.number:
        return block.label
    if isinstance(block, TermEntry):
        return block.number
    return clause_location


def _clause_blocks(clause: Clause) -> Iterator[tuple[str, Block]]:
    # depth first, by a stack rather than by nested generators (every block passed up through each level)
    stack = [clause]
    while stack:
        current = stack.pop()
        for block in current.blocks:
            yield _block_location(current.number, block), block
        stack.extend(reversed(current.children))


#: A data element's description, field by field (中文名称：信用事件 / 英文名称：Credit Event / 标识符：0999 / 说明：……触发结算
#: 赔付的事件: JR/T 0065—2019's 6.4.128, round 280, one of its 1,200 elements), and the field that says what it is.
_ELEMENT_NAME = re.compile(r"中文名称[：:]")
_ELEMENT_FIELD = re.compile(r"(?:英文名称|标识符|数据类型|表示格式|数据格式|值域|同义名称)[：:]")
ELEMENT_DESCRIPTION = re.compile(r"(?:说明|定义|描述)[：:]")


def describes_data_element(texts: list[str]) -> bool:
    """Whether a clause whose first paragraphs are ``texts`` describes a data element, as a term entry defines a term:
    what the element is (its 说明 a definition), no provision."""
    return bool(texts) and _ELEMENT_NAME.match(texts[0]) is not None \
        and any(_ELEMENT_FIELD.match(t) for t in texts[1:8])


def block_text(block: Block) -> str:
    """The plain text of a block, as a reader would see it (lists one item per line)."""
    if isinstance(block, (Paragraph, Note, Example)):
        return block.text
    if isinstance(block, ListBlock):
        return "\n".join(_list_lines(block))
    if isinstance(block, Table):
        head = f"{block.label}\u3000{block.title}".strip()
        cells = ["\t".join(row) for row in block.rows]
        return "\n".join([head, *cells, *block.notes])
    if isinstance(block, Figure):
        return f"{block.label}\u3000{block.title}".strip()
    if isinstance(block, TermEntry):
        parts = [f"{block.term_zh} {block.term_en}".strip(), block.definition, *block.notes]
        return "\n".join(p for p in parts if p)
    if isinstance(block, Reference):
        return block.text
    raise TypeError(type(block))


def _list_lines(block: ListBlock) -> list[str]:
    lines: list[str] = []
    for item in block.items:
        lines.append(item.text)
        if item.children is not None:
            lines.extend(_list_lines(item.children))
    return lines


def list_marker(style: str, index: int) -> str:
    """The printed marker of item ``index`` (0-based): ``——``, ``a)``, ``1)``, ``·``."""
    if style == "dash":
        return "——"
    if style == "bullet":
        return "·"
    if style == "letter":
        return f"{_letters(index)})"
    return f"{index + 1})"


def _letters(index: int) -> str:
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(ord("a") + rem) + out
    return out


def element_order(doc: StandardDocument) -> list[str]:
    """The names of the elements the document has, in its order (for structure checks)."""
    out: list[str] = []
    if doc.has_cover:
        out.append(COVER)
    if doc.has_toc:
        out.append(TOC)
    if doc.foreword is not None:
        out.append(FOREWORD)
    if doc.introduction is not None:
        out.append(INTRODUCTION)
    out.extend(f"{c.number} {c.title}".strip() for c in doc.clauses)
    out.extend(a.label for a in doc.annexes)
    if doc.bibliography is not None:
        out.append(BIBLIOGRAPHY)
    return out

