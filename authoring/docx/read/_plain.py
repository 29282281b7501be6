"""Drafts without a GB/T 1.1 skeleton: regulations and institutional rules (第一章…第一条…),
texts headed 一、（一）, and text with no recognisable structure at all.

The GB/T 1.1 builder (:mod:`authoring.docx.read._structure`) reads what it recognises and leaves
the rest in the front matter, so a draft written as 第一条…第三十条 would come out as a
document of zero clauses. :func:`placed_share` measures how much of the text the GB/T reading
placed; when little, :func:`build_plain` reads the whole text again with the
units the text itself uses as structure, so every sentence reaches the analyses and evidence
points to ``第十二条`` or ``三（二）``. Text before the first heading, or all of it when there is
none, goes into one unit located ``正文``.
"""

from __future__ import annotations

import re
from collections import Counter

from authoring.document import BODY_UNIT, Clause, Paragraph, StandardDocument, Table
from authoring.docx.read import _patterns as pat
from authoring.docx.read._blocks import Item, Para, TableItem
from authoring.docx.read._front import cover_banner
from authoring.text import chinese_number

__all__ = ["placed_share", "plain_mode", "build_plain", "front_end", "unboxed", "BODY_LOCATION", "chinese_number"]

BODY_LOCATION = BODY_UNIT  # where text without headings is located

_NUMERAL = "一二三四五六七八九十百零〇两"
_ARTICLE = re.compile(
    rf"^第[\s\u3000]*(?P<n>[{_NUMERAL}\d]{{1,6}})[\s\u3000]*(?P<kind>[编章节条])(?P<rest>.*)$", re.S
)
_OUTLINE_1 = re.compile(rf"^(?P<n>[{_NUMERAL}]{{1,3}})[\s\u3000]*[、．.][\s\u3000]*(?P<rest>\S.*)$", re.S)
_OUTLINE_2 = re.compile(rf"^[（(](?P<n>[{_NUMERAL}]{{1,3}})[）)][\s\u3000]*(?P<rest>\S.*)$", re.S)
_TYPED_SUB = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,3}){1,4})(?![\d.])[\s\u3000]*(?P<rest>\S.*)$", re.S)
#: A number 1, 1.1 … before a heading's words or a clause's text: a space after it, or, closed by its dot, a letter straight
#: after (1.INTRODUCTION, 1.1.Foodora AB …, 2.6.foodora provides …: round 277's partner terms, whose PDF lost every such
#: space).
_DECIMAL = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})\\?(?:\.?[\s\u3000]+(?=[^\da-z\s])|\.(?=[A-Za-z]))(?P<rest>[^\d\s].*)$",
                      re.S)
_SHORT_TITLE = re.compile(r"^(?P<t>[^。；;，,：:]{1,14})[：:](?P<rest>.+)$", re.S)
_RANK = {"编": 0, "章": 1, "节": 2, "条": 3}


def _ink(text: str) -> int:
    return len("".join(text.split()))


def placed_share(doc: StandardDocument, items: list[Item]) -> float:
    """The share of the file's characters that the GB/T reading placed in the document's
    elements (前言, 引言, clauses, annexes, 参考文献): nearly none in a text with no GB/T 1.1
    skeleton, whose text stays in the cover region or vanishes into what looked like a 目次."""
    total = 0
    for item in items:
        if isinstance(item, Para):
            if not item.toc:
                total += _ink(item.printed)
        else:
            total += sum(_ink(cell) for row in item.rows for cell in row)
    if total == 0:
        return 1.0
    return min(1.0, doc.character_count() / total)


#: A table of one column is the frame of a page or a form rather than a table of data when its cells hold this many
#: characters of running text at least (a web page that sets a contract's chapters in one-column tables, round 211):
#: a sentence, where a column of data holds names and figures. (Read so, a box of notes is paragraphs: no loss.)
LAYOUT_LEAST_CHARACTERS = 20
_SENTENCE_END = re.compile(r"[。；;！？!?]\s*$")


def _layout(table: TableItem) -> bool:
    """Whether ``table`` is one column of running text: every row one cell (a merged cell repeated counts once), no
    picture, and among its lines sentences worth :data:`LAYOUT_LEAST_CHARACTERS`."""
    if table.pictures or not table.rows or any(len({c for c in row if c.strip()}) > 1 for row in table.rows):
        return False
    lines = [line for row in table.rows for cell in dict.fromkeys(row) for line in cell.split("\n")]
    return sum(len(line.strip()) for line in lines if _SENTENCE_END.search(line)) >= LAYOUT_LEAST_CHARACTERS


#: A clause number in a table's first column (1, 2.3, 11.4.2, with or without a closing dot).
_CELL_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3}){0,3}\.?")
#: A table of numbered clauses holds at least this many numbered rows, some of them subclauses (2.1) …
CLAUSE_TABLE_LEAST = 6
#: … and at least this share of the whole text's characters: it is the text, not a table within it.
CLAUSE_TABLE_SHARE = 0.5


def _clause_rows(table: TableItem) -> list[tuple[str, str]] | None:
    """A table that lays out a text's numbered clauses, one a row (1 | Introduction, 1.1 | This contract …, then
    rows with no number that carry the clause on: round 228's car rental terms, a web page's table): its rows as
    (number, text); None for any other table. Two columns of text at most; the numbers in order."""
    if table.pictures or not table.rows:
        return None
    rows: list[tuple[str, str]] = []
    for row in table.rows:
        cells = [c.strip() for c in dict.fromkeys(row)]
        cells = [c for c in cells if c] or [""]
        if len(cells) > 2:
            return None
        if len(cells) == 2 and _CELL_NUMBER.fullmatch(cells[0]):
            rows.append((cells[0].rstrip("."), cells[1]))
        elif len(cells) == 2:
            return None  # two columns of words: a table, not a layout of clauses
        else:
            rows.append(("", cells[0]))
    numbers = [tuple(int(n) for n in number.split(".")) for number, _ in rows if number]
    if len(numbers) < CLAUSE_TABLE_LEAST or sum(1 for n in numbers if len(n) > 1) < CLAUSE_TABLE_LEAST // 2 \
            or numbers != sorted(numbers) or len(set(numbers)) != len(numbers):
        return None
    return rows


def unboxed(items: list[Item]) -> list[Item]:
    """``items`` with each one-column table of running text (:func:`_layout`) given as the paragraphs of its cells, so
    that a text read by its own units finds its 第一条 or 一、 inside such a frame, and a table of numbered clauses that
    holds most of the text (:func:`_clause_rows`) given as the clauses typed with their numbers (1.1 This contract …);
    every other item as it is (``items`` itself where no table is either)."""
    out: list[Item] = []
    framed = False
    total = sum(len(i.text) if isinstance(i, Para) else sum(len(c) for row in i.rows for c in row) for i in items)
    for item in items:
        clauses = _clause_rows(item) if isinstance(item, TableItem) else None
        if clauses is not None and sum(len(t) for _, t in clauses) < CLAUSE_TABLE_SHARE * total:
            clauses = None
        if not isinstance(item, TableItem) or (clauses is None and not _layout(item)):
            out.append(item)
            continue
        framed = True
        anchors = list(item.row_anchors) + [None] * (len(item.rows) - len(item.row_anchors))
        last = item.anchor or 0
        for r, (row, anchor) in enumerate(zip(item.rows, anchors)):
            last = anchor if anchor is not None else last
            if clauses is not None:
                number, cell = clauses[r]
            else:
                number, cell = "", next((c for c in row if c.strip()), "")
            lines = [line.strip() for line in cell.split("\n") if line.strip()]
            if number:
                lines = [f"{number} {lines[0] if lines else ''}".strip()] + lines[1:]
            out.extend(Para(anchor=last, text=line) for line in lines)
    return out if framed else items


#: Marks a contract sets before the clauses it wants read with care (▲▲第五条 纠纷处理, ▲▲3.3 乙方应…: a bank's account
#: agreement, round 213): no part of the number the clause is read by.
_MARKS = "▲△★☆※●◆■□◇▶►"
_MARKED = re.compile(rf"^[{_MARKS}]+[ \t\u3000]*")


def _unmarked(text: str) -> str:
    return _MARKED.sub("", text) if text[:1] in _MARKS else text


def _texts(items: list[Item]) -> list[str]:
    return [_unmarked(i.printed) for i in items if isinstance(i, Para) and i.printed and not i.toc]


#: A section typed with a comma after an Arabic number (1、术语和定义, then 1.1 …: round 244's cloud SLA). Without its
#: typed subclauses, a line so numbered is a list's item (1、身份证原件).
_COMMA_SECTION = re.compile(r"^(?P<n>\d{1,2})、[\s\u3000]*(?P<rest>\S.*)$", re.S)
#: How far a comma section's first typed subclause may stand below it, in lines with text.
COMMA_SECTION_REACH = 3


def _comma_sections(items: list[Item]) -> set[int]:
    """The anchors of the sections typed 1、术语和定义 whose first typed subclause (1.1 …) follows within
    :data:`COMMA_SECTION_REACH` lines: titles, not sentences."""
    lines = [(i.anchor, _unmarked(i.printed).strip()) for i in items
             if isinstance(i, Para) and i.printed and i.printed.strip() and not i.toc]
    out: set[int] = set()
    for k, (anchor, text) in enumerate(lines):
        match = _COMMA_SECTION.match(text) if "、" in text[:3] else None
        if match is None or pat.is_sentence(match.group("rest")):
            continue
        first = re.compile(rf"{match.group('n')}\.1(?![\d.])")
        if any(first.match(later) for _, later in lines[k + 1:k + 1 + COMMA_SECTION_REACH]):
            out.add(anchor)
    return out


def plain_mode(items: list[Item], *, provisions: bool = True) -> str:
    """``articles`` (第X章/第X条), ``outline`` (一、（一）) or ``none``, from the headings present (and, with
    ``provisions``, from provisions numbered 一、二、三、… that run on with their text: :func:`provisions_numbered`)."""
    texts = _texts(items)
    kinds = [m.group("kind") for m in map(_ARTICLE.match, texts) if m is not None]
    if kinds.count("条") >= 3 or kinds.count("章") >= 2:
        return "articles"
    if sum(1 for t in texts if _outline_title(t) is not None) + len(_comma_sections(items)) >= 2:
        return "outline"
    decimal = sum(1 for t in texts if _is_decimal_head(t))
    styled = sum(1 for i in items if isinstance(i, Para) and i.heading and i.printed and not pat.is_sentence(i.printed))
    # Two headings both styled and numbered 1, 2 … are an outline too (a short policy of two chapters, as built again
    # from its project: its title is no heading there, so it has only two styled lines).
    styled_decimal = sum(1 for i in items if isinstance(i, Para) and i.heading and i.printed
                         and _is_decimal_head(i.printed, styled=True))
    if decimal >= 3 or styled >= 3 or styled_decimal >= 2:
        return "outline"
    if provisions and provisions_numbered(texts):
        return "outline"
    return "none"


#: Provisions numbered 一、二、三、… that open with their own text (一、机构应建立…。, or a heading run into its text, 一、服务对象辖区内…)
#: are a text's units when at least this many follow each other from 一 on.
PROVISIONS_LEAST = 3


#: A section's title before the list it leads (一、住院注意事项： then 1、… 2、…, round 213's 住院须知): no longer than a
#: title, then a colon; no comma, no modal verb (一、申请人应当提交下列材料： is a provision's lead-in).
_LEAD_TITLE = re.compile(r"^(?P<t>[^。；;，,：:]{2,})[：:]\s*$")


def _outline_title(text: str) -> str | None:
    """The title of a heading numbered 一、 (its words, without the colon a title before its list ends with), or None
    where the line is a provision's text."""
    match = _OUTLINE_1.match(text)
    if match is None:
        return None
    rest = match.group("rest").strip()
    if not pat.is_sentence(rest):
        return rest
    lead = _LEAD_TITLE.match(rest)
    if lead is not None and len(lead.group("t")) <= CHINESE_TITLE_LONGEST and _MODAL.search(lead.group("t")) is None:
        return lead.group("t").strip()
    return None


def decimal_provision(text: str) -> int | None:
    """The number of a provision typed 1., 2., 3. … that runs on with its text, perhaps after a title run into it
    (3. Minimum Provider Requirements and Warranties.In order to use …: round 277's provider terms), or None."""
    match = _DECIMAL.match(text)
    if match is None or "." in match.group("num") or _is_decimal_head(text) or not pat.is_sentence(match.group("rest")):
        return None
    return int(match.group("num"))


#: An English title run into its provision's text (Applicable Terms. Local Services by Google is …; Minimum Provider
#: Requirements and Warranties.In order to …): up to eight words, each capitalised or a short word between, then a full
#: stop and a capital.
_RUN_IN_TITLE = re.compile(r"(?P<t>[A-Z][A-Za-z'’&/\-]*(?:,?[ \u00a0]+(?:[A-Z][A-Za-z'’&/\-]*|and|or|of|the|to|for|in|on|a"
                           r"|an|with|by|&)){0,7})\.[ \u00a0]*(?P<rest>[A-Z“\"(].*)", re.S)


def _run_in_title(rest: str) -> tuple[str, str]:
    """A provision's run-in title and its text, or no title ("") and the whole text."""
    match = _RUN_IN_TITLE.fullmatch(rest)
    return (match.group("t"), match.group("rest").strip()) if match is not None else ("", rest)


def provisions_numbered(texts: list[str]) -> bool:
    """Whether ``texts`` (a text without title-like headings) are provisions numbered 一、二、三、… (or 1., 2., 3. …) in
    order from the first, each running on with its text: at least :data:`PROVISIONS_LEAST` of them, read as the text's
    units so that evidence names 三 rather than the whole text."""
    expected, run = 1, 0
    for text in texts:
        match = _OUTLINE_1.match(text)
        if match is None:
            continue
        n = chinese_number(match.group("n"))
        if n == expected:
            run, expected = run + 1, expected + 1
        elif n == 1:
            run, expected = 1, 2  # numbered again from 一 (a second list): counted anew
        if run >= PROVISIONS_LEAST:
            return True
    return _decimal_provisions(texts)


#: Typed provisions 1., 2., 3. … are a text's places only where the text after the last of them is at most this share of
#: it: a short list near the top of a long text (Important: 1. … 2. … 3. …, over a whole standard) is no outline of it.
PROVISIONS_TAIL_SHARE = 0.5


def _decimal_provisions(texts: list[str]) -> bool:
    """Whether ``texts`` hold provisions typed 1., 2., 3. … that run on with their text, in order from 1 (a 1. out of
    turn is a list inside one), at least :data:`PROVISIONS_LEAST` of them, reaching near the text's end."""
    expected, last = 1, None
    for index, text in enumerate(texts):
        if decimal_provision(text) == expected:
            expected, last = expected + 1, index
    if last is None or expected - 1 < PROVISIONS_LEAST:
        return False
    return sum(map(len, texts[last + 1:])) <= PROVISIONS_TAIL_SHARE * sum(map(len, texts))


#: Chinese running text, not a title: a comma or semicolon inside it, or longer than any Chinese title, or a
#: provision's modal verb (not the 应 of 应急, 应用, 响应, 相应 …) in more words than a title's.
_RUNS_ON = re.compile(r"[，；]")
_MODAL = re.compile(r"(?<![响适供对相反回答])应(?![急用答变])|不得|必须|(?<![事便])宜(?![人居])")
CHINESE_TITLE_LONGEST = 25
MODAL_TITLE_LONGEST = 12


#: An English line that stops on a word no title ends with (When the Partner joins the Platform, foodora gives the /
#: Partner …): a sentence a line break cut. (A title may end on a preposition: What these terms are for.)
_CUT_SENTENCE = re.compile(r"[A-Za-z,;]\s+(?:the|a|an|of|and|or|between|its|their|which)\s*$")


#: A line of dashes or equals signs under a heading's line (a Markdown page's heading typed as two lines).
_UNDERLINE = re.compile(r"-{3,}|={3,}")


#: A numbered line of fewer words is a title whatever follows it (see _Plain._carried_on).
CARRIED_LEAST_WORDS = 5


def _runs_on(rest: str) -> bool:
    """Whether a numbered line's Chinese words are a clause's text (its first line) rather than its title."""
    flat = pat.compact(rest)
    if sum(pat.is_cjk(ch) for ch in flat) < len(flat) / 2:
        return False  # (English: a title may hold commas, 1. Scope, purpose and use)
    return _RUNS_ON.search(flat) is not None or len(flat) > CHINESE_TITLE_LONGEST or (
        len(flat) > MODAL_TITLE_LONGEST and _MODAL.search(flat) is not None)


#: A short English title in capitals or title case before a colon (4. CANCELLATION POLICY:, 1. Discount.Tours WEBSITE:,
#: round 230's tour booking terms), which a text's heading may be; never a lead-in (2. You agree to the following:).
_COLON_TITLE = re.compile(r"(?:[A-Z][A-Za-z0-9.'’&/\-]*)(?:[ \u00a0]+(?:[A-Z][A-Za-z0-9.'’&/\-]*|and|or|of|the|to|for|in|on|a|an"
                          r"|with|by|&|-)){0,5}:")


def _colon_untitled(rest: str) -> str:
    """``rest`` without the colon an English heading before one ends with (3. PAYMENT: is titled PAYMENT), or the full
    stop a heading in capitals ends with (1. SUBMISSION AND DISTRIBUTION.: round 263's distribution agreement, whose
    sections were read as list items and its clauses 1.1 … 8.5 as no place of their own)."""
    if rest.endswith(":") and _COLON_TITLE.fullmatch(rest):
        return rest[:-1]
    return rest[:-1] if rest.endswith(".") and _CAPITALS_TITLE.fullmatch(rest) else rest


#: An English heading in capitals closed by a full stop: up to eight words of capitals, none a sentence's.
_CAPITALS_TITLE = re.compile(r"[A-Z][A-Z0-9'’&/\-]*(?:,?[ \u00a0]+[A-Z0-9][A-Z0-9'’&/\-]*){0,7}\.")


#: A short English question (no other sentence mark but a comma), which a text's heading may be.
_QUESTION_TITLE = re.compile(r"[A-Z][A-Za-z0-9'’&+,/()\- ]{2,70}\?")


def _is_decimal_head(text: str, *, styled: bool = False) -> bool:
    """Whether ``text`` is a heading numbered 1, 1.1 …: a title after the number, as long as a title may be
    (longer in a paragraph the draft ``styled`` as a heading, whatever commas it holds)."""
    if pat.toc_entry(text):
        return False
    match = _DECIMAL.match(text)
    if match is None:
        return False
    rest, longest = match.group("rest").rstrip(), pat.STYLED_TITLE_LENGTH if styled else pat.TITLE_LENGTH
    if rest.endswith("?") and _QUESTION_TITLE.fullmatch(rest):
        rest = rest[:-1]  # an English heading asked as a question (2 Who may drive the vehicle?, 1. Who are we?)
    else:
        rest = _colon_untitled(rest)  # an English heading before a colon (3. PAYMENT:, 4. CANCELLATION POLICY:)
    return not pat.is_sentence(rest, longest=longest)


_MARKUP = re.compile(r"<\?xml\b|<!DOCTYPE\b|</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>$"
                     r"|(?:\[\]\([^()]*\))?\{#[^{}\s]*\}$|\[\]\([^()]*\)$", re.I)  # and an anchor: [](){#ref-support}
#: A line that is only a link (a captured page's address above its title): no title, and no text before one.
_LINK_LINE = re.compile(r"<?(?:https?://|www\.)\S+>?")
#: A Markdown front matter's title key typed as a line (title: Due Process): the title is its value.
_TITLE_KEY = re.compile(r"(?:[a-z]+_)?title:\s*(?P<q>[\"']?)(?P<title>.+?)(?P=q)\s*(?:\{[^{}]*\})?\s*", re.I)
#: Another key of that front matter (layout: policy, date: 2021-05-20): no title, and no text before one.
_FRONT_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*:(?:\s.*)?")
# A line of a web template's own code (``{% extends "content_template.html" %}``, ``{% block per_page_title %}``): no
# text of the page, so it may stand above its title (QA pass 21, B: GOV.UK Notify's statement was untitled).
_TEMPLATE_LINE = re.compile(r"\{%.*%\}|\{#.*#\}|\{\{.*\}\}|<%.*%>")
# A line that ends with a full stop after a word is a sentence, never a title (We answer every request within 2 days.).
_FULL_STOP = re.compile(r"[^\W\d_]{2}\.\s*$")
# … and one that sets the page's title: {% set pageTitle = "British Sign Language (BSL) quality assurance standard" %}
_TEMPLATE_TITLE = re.compile(r"\{%-?\s*set\s+(?:page_?title|title)\s*=\s*([\"'])(?P<title>[^\"']{2,120})\1\s*-?%\}", re.I)
#: A page's slug (how-quickly-our-support-team-will-respond): no title.
_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)+")
#: Within a front matter, a nested value (  --1--Your billing plan: "billing-plan", - item) is one of its lines too.
_FRONT_NESTED = re.compile(r"(?:\s|-).*|.*:\s.*")
#: A line of program code (a page copied from its React source: import React from 'react'): no title.
_CODE = re.compile(r"(?:import|export|const|let|var|function|class|return)\s|[<{}]|</?\w+>")
# A web page's frame, never its title (QA pass 22, A4: pages titled "Print this policy", "Skip to main content").
_FRAME_LINE = re.compile(r"(?i)^(?:skip to (?:the )?(?:main )?content|print this (?:page|policy|document)|back to top"
                         r"|cookies on (?:this|the|our) (?:site|website)|(?:main )?menu|search(?: this site)?|home"
                         r"|you are here\b.*|[^>]{1,40}(?:\s+[>›»]\s+[^>]{1,40}){2,})$")

#: A line of an English title: a few capitalised words, no digits or sentence marks (not "August 2025").
_TITLE_WORDS = re.compile(r"[A-Z][A-Za-z'’&\-]*(?:[ \u00a0]+(?:[A-Z][A-Za-z'’&\-]*|and|of|for|the|in|on|to|a|an)){0,5}")
#: A longer English title on one line (Terms and Conditions of the Mississippi Legal Help Online Website, round 227):
#: words in title case, a small word between them, a figure, a dash or a page title's bar (Mozilla Subscription Services |
#: Terms of Service, round 242); no sentence mark at its end.
_LONG_TITLE = re.compile(r"[A-Z][A-Za-z'’&\-]*(?:[ \u00a0]+(?:[A-Z][A-Za-z'’&\-/]*|and|of|for|the|in|on|to|a|an|at|by|with"
                         r"|[\d%&–—\-]+|\|)){2,13}")


class _Plain:
    """Rebuild the body of ``doc`` from ``items`` with the text's own headings."""

    def __init__(self, items: list[Item], doc: StandardDocument, mode: str, start: int = 0):
        self.items = items
        self.start = start
        self.doc = doc
        self.mode = mode
        self.lead = Clause(number=BODY_UNIT)
        self.stack: list[tuple[int, Clause]] = []  # (rank, clause) from the outermost
        self.chapter_no: int | None = None
        self.article_no: int | None = None  # the 第X条 the text is in: its typed X.1, X.2 are its subclauses
        self.title_taken = bool(doc.body_title)
        # The English title's first line, while the next lines may carry it on (Strengthened / Aged Care /
        # Quality Standards on three lines of a cover); None once anything else is read.
        self.title_line: Para | None = None
        self._text_lower: str | None = None  # the whole text, lower-cased, once a title line asks
        self.in_toc = False  # under a styled "Table of Contents" heading: its lines are no text
        self.at = 0  # the index of the paragraph being read
        self.provision_no = 0  # the last provision typed 1., 2. … read (provisions only)
        # A regulation's 目录 (目 录, then 第一章 总则 … 第八章 附则, then the text from 第一章 again): the
        # lines held back since 目录, until the chapter numbering starts over (a contents list: dropped)
        # or the text goes on without it (no list: the lines are read as they are after all).
        self.contents: list[tuple[int, Para, str]] | None = None
        self.contents_keys: set[tuple[str, int | None]] = set()
        self.contents_looked = False  # one contents list a text, looked for once
        self.articles_seen = False
        # In an outline: the 一、 section the text is in, and the last of its typed subclauses (三、乙方的义务, then 3.1, 3.2:
        # a subscriber agreement's, round 211)
        self.section_no: int | None = None
        self.section_sub: str | None = None
        self.numbered_items = _numbered_list_items(items)
        # Under a policy's appendix heading (Appendix 1 Student Complaints Procedure), whose sections number from 1
        # again: its short name, which qualifies their numbers (Appendix 1 › 2.1), so that two places called 1 are
        # told apart (QA pass 15, A4).
        self.appendix: str | None = None
        self.appendix_level = 0  # the appendix heading's level: a heading above it ends the appendix
        # No title-like heading of any kind, but provisions numbered 一、二、三、… running on with their text: those
        # provisions are the units (a run-on 一、 is otherwise text under whatever heading stands above it).
        self.provisions = mode == "outline" and plain_mode(items, provisions=False) == "none"
        self.comma_sections = _comma_sections(items) if mode == "outline" else set()

    def build(self) -> StandardDocument:
        from authoring.docx.read._structure import _Builder  # the block reader (lists, notes, tables)

        self.reader = _Builder(self.items)
        self.reader.region = "body"
        self.reader.blocks = self.lead.blocks
        self.doc.clauses = []
        self.doc.annexes = []
        self.doc.introduction = None
        self.doc.bibliography = None
        # (a regulation's 目录 of 第一章…, held back and dropped by _contents, is not looked for here)
        listed = _typed_contents(self.items, self.start) if self.mode != "articles" else set()
        for index, item in enumerate(self.items):
            if index < self.start:
                continue  # the cover, 目次 and 前言 of a GB/T draft: read as such, no body text
            if index in listed:
                continue  # a typed contents list: its lines are the headings that come again below
            if isinstance(item, TableItem):
                if not self.in_toc:
                    self.reader.table(item)
                continue
            if not item.printed or item.toc:
                continue
            self.paragraph(index, item)
        if self.contents is not None:  # the text ended inside what looked like a contents list
            self._read_held()
        if self.lead.blocks:
            self.doc.clauses.insert(0, self.lead)
        self.doc.metadata.structure = self.mode  # type: ignore[assignment]
        return self.doc

    # -- headings ---------------------------------------------------------------------------

    def paragraph(self, index: int, p: Para) -> None:
        self.at = index
        text = p.printed
        if pat.toc_entry(text):
            return  # a typed table of contents: ``8.0 OUR SERVICE LEVEL STANDARDS......6``
        if _MARKUP.match(text.strip()):
            return  # a web page's markup kept by its copy (<?xml …?>, <!DOCTYPE …>, <html>): no text
        if self.title_line is not None:
            if self._title_goes_on(p, text):
                self.doc.body_title = f"{self.doc.body_title} {text.strip()}"
                return
            self.title_line = None
        if self.mode == "articles" and self._contents(index, p, text):
            return
        if p.heading:
            self.in_toc = False  # the contents list ends at the next heading, whatever it reads
        if self.heading(p, text):
            return
        if self.in_toc:
            return  # a web page's or a document's contents list: the headings it links to, not text
        if self.title_taken and not self.stack and not self.doc.clauses and self.doc.body_title \
                and pat.compact(text) == pat.compact(self.doc.body_title):
            return  # the title again before the text begins (a cover's title, then the first page's)
        if not self.title_taken and not self.doc.clauses and not self.stack and all(
                isinstance(b, Paragraph) and (_LINK_LINE.fullmatch(b.text.strip()) or _FRONT_KEY.fullmatch(b.text.strip())
                                              or cover_banner(b.text)
                                              or _TEMPLATE_LINE.fullmatch(b.text.strip()) or _FRAME_LINE.match(b.text.strip()))
                for b in self.lead.blocks):
            # (only a page's address, its front matter's other keys, its template's code or its frame may stand above
            # the title)
            key = _TITLE_KEY.fullmatch(text.strip()) or _TEMPLATE_TITLE.fullmatch(text.strip())
            title = key.group("title").strip() if key else ""
            if key and len(title) <= 120 and not _SLUG.fullmatch(title) and not pat.TEMPLATE_CODE.search(title):
                self.doc.body_title = title
                self.title_taken = True
                return
            in_front = any(_FRONT_KEY.fullmatch(b.text.strip()) for b in self.lead.blocks if isinstance(b, Paragraph))
            if key or _FRONT_KEY.fullmatch(text.strip()) or (in_front and _FRONT_NESTED.fullmatch(text)):
                self.reader.block(index, p)
                return
            # a rule line (---, ***: a Markdown page's front matter, a typed separator) is no title; nor is a cover's
            # banner (中华人民共和国行业标准 above JTG B10-01's title, round 205)
            long_title = len(text) <= 100 and _LONG_TITLE.fullmatch(text.strip())
            if not pat.is_sentence(text, longest=100 if long_title else pat.TITLE_LENGTH) and not cover_banner(text) \
                    and (len(text) <= 40 or long_title) and re.search(r"\w", text) and not _FULL_STOP.search(text) \
                    and not _LINK_LINE.fullmatch(text.strip()) and not pat.TEMPLATE_CODE.search(text) \
                    and not _CODE.match(text.strip()) and not _FRAME_LINE.match(text.strip()):
                self.doc.body_title = text
                self.title_taken = True
                self.title_line = p if _TITLE_WORDS.fullmatch(text.strip()) else None
                return
        self.reader.block(index, p)

    def _title_goes_on(self, p: Para, text: str) -> bool:
        """Whether ``p`` carries on an English title set on several short lines, in the title's own
        emphasis (bold, or a heading), before any text: never a date, an address or a sentence."""
        first = self.title_line
        if first is None or self.stack or self.doc.clauses or self.lead.blocks:
            return False
        joined = f"{self.doc.body_title} {text.strip()}"
        if not _TITLE_WORDS.fullmatch(text.strip()) or len(joined) > 100:
            return False
        # in the title's own emphasis (the same heading level, or bold of the same size: a section heading
        # under the title is no part of it), or (a copy that kept none) as the text names itself further on
        if first.heading or p.heading:
            same = p.heading and first.heading and p.heading_level == first.heading_level and p.style == first.style
        else:
            same = p.bold and first.bold and p.size == first.size
        return same or self._named_later(joined)

    def _named_later(self, words: str) -> bool:
        if self._text_lower is None:
            self._text_lower = "\n".join(" ".join(i.printed.split()) for i in self.items
                                          if isinstance(i, Para)).lower()
        return " ".join(words.split()).lower() in self._text_lower

    def _contents(self, index: int, p: Para, text: str) -> bool:
        """Whether ``p`` belongs to a regulation's contents list and is held back or dropped."""
        if self.contents is None:
            if not self.contents_looked and not self.articles_seen and pat.compact(text) == "目录":
                self.contents, self.contents_keys, self.contents_looked = [(index, p, text)], set(), True
                return True
            return False
        match = _ARTICLE.match(text)
        if match is not None and match.group("kind") != "条" and len(match.group("rest").strip()) <= 30:
            key = (match.group("kind"), chinese_number(match.group("n")))
            if match.group("kind") == "节" or key not in self.contents_keys:  # 第一节 comes back under each chapter
                self.contents_keys.add(key)
                self.contents.append((index, p, text))
                return True
            self.contents = None  # the chapters start over: what was held back was the contents list
            return False
        if not text.strip() or (len(self.contents) > 1 and len(text.strip()) <= 30 and not pat.is_sentence(text)):
            self.contents.append((index, p, text))  # an entry's title run on to a second line ("…的保护")
            return True
        self._read_held()  # no list after all
        return False

    def _read_held(self) -> None:
        """The lines held back since 目录, read as they are: they were no contents list."""
        held, self.contents = self.contents or [], None
        for index, p, _ in held:
            self.paragraph(index, p)

    def heading(self, p: Para, text: str) -> bool:
        marked, text = text, _unmarked(text)
        # the marks stay in the clause's text, before its words (▲▲纠纷处理): read past, not dropped
        mark = marked[:len(marked) - len(text)].strip()
        if self.mode == "articles":
            match = _ARTICLE.match(text)
            if match is not None:
                kind, rest = match.group("kind"), match.group("rest").strip()
                number = f"第{match.group('n')}{kind}"
                if kind == "章":
                    self.chapter_no = chinese_number(match.group("n"))
                if kind == "条":
                    self.articles_seen = True
                    self.article_no = chinese_number(match.group("n"))
                    self.open(_RANK[kind], Clause(number=number, anchor=p.anchor), mark + rest)
                else:
                    self.open(_RANK[kind], Clause(number=number, title=rest, anchor=p.anchor), "")
                return True
            sub = _TYPED_SUB.match(text)
            # typed 3.1 under 第三章 (a transport specification's clauses), or 8.1 under 第8条 (a contract's sub-clauses)
            if sub is not None and sub.group("num").split(".")[0] in (
                    str(self.article_no if self.articles_seen else None), str(self.chapter_no)):
                self.open(4 + sub.group("num").count("."), Clause(number=sub.group("num"), anchor=p.anchor),
                          mark + sub.group("rest").strip(), split_title=not mark)
                return True
            return False
        if self.mode == "outline":
            if p.anchor in self.comma_sections:
                comma = _COMMA_SECTION.match(text.strip())
                assert comma is not None
                self.open(0, Clause(number=self.qualified(comma.group("n")), title=comma.group("rest").strip(),
                                    anchor=p.anchor), "")
                self.section_no, self.section_sub = int(comma.group("n")), None
                return True
            match = _OUTLINE_1.match(text)
            title = _outline_title(text)
            if match is not None and title is not None:
                self.open(0, Clause(number=self.qualified(match.group("n")), title=title, anchor=p.anchor), "")
                self.section_no, self.section_sub = chinese_number(match.group("n")), None
                return True
            sub = _TYPED_SUB.match(text)
            if sub is not None and self.section_no is not None and self._section_sub(sub.group("num")):
                self.open(2 + sub.group("num").count("."), Clause(number=self.qualified(sub.group("num")),
                                                                  anchor=p.anchor),
                          mark + sub.group("rest").strip(), split_title=not mark)
                return True
            if match is not None and self.provisions:
                # a provision that opens with its text (一、服务对象：辖区内…: a short title before a colon is its title)
                self.open(0, Clause(number=match.group("n"), anchor=p.anchor), match.group("rest").strip(),
                          split_title=True)
                return True
            match = _OUTLINE_2.match(text)
            top = next((c for rank, c in self.stack if rank == 0), None)  # the 一、 it stands under (an appendix's)
            if match is not None and top is not None:
                parent = top.number
                self.open(1, Clause(number=f"{parent}（{match.group('n')}）", anchor=p.anchor),
                          match.group("rest").strip(), split_title=True)
                return True
            run_on = _DECIMAL.match(text) if not p.heading and p.anchor not in self.numbered_items else None
            parent = self._under_open(run_on.group("num")) if run_on is not None else None
            if parent is not None and (pat.is_sentence(run_on.group("rest")) or _TYPED_ITEM.search(run_on.group("rest"))):
                # a typed subclause that opens with its text, under the clause its number continues (7. COMPLAINTS, then
                # 7.1. Complaints must be raised within 72 hours…: round 216's cleaning terms; readers cite 7.1)
                number = run_on.group("num")
                self.open(parent + 1, Clause(number=self.qualified(number), anchor=p.anchor), run_on.group("rest").strip())
                return True
            if _is_decimal_head(text, styled=p.heading) and p.anchor not in self.numbered_items:
                match = _DECIMAL.match(text)
                assert match is not None
                number = match.group("num")
                if not p.heading and _TYPED_ITEM.search(match.group("rest")) \
                        and not _CAPITALS_TITLE.fullmatch(match.group("rest").strip()) and not self._underlined(self.at):
                    # "1. Acknowledgement within 3 working days." or "4. * Findings and conclusions" typed in a
                    # section's text: an item of a list, closed by its full stop or marked by a bullet, no section
                    # (QA pass 18, A4: zf01's 5. Procedure grew sections 1 and 4)
                    return False
                rest = match.group("rest").strip()
                if not p.heading and (_runs_on(rest) or self._carried_on(self.at) or _CUT_SENTENCE.search(rest)):
                    # a code's clause that opens with its text, broken at a PDF's line end (1.0.1 为规范和指导全国公路
                    # 电子不停车收费(ETC)联网运营与服务，制定本 / 规范。: JTG B10-01's, round 205): text, not its title
                    self.open(10 + number.count("."), Clause(number=self.qualified(number), anchor=p.anchor), rest)
                    return True
                self.open(10 + number.count("."), Clause(number=self.qualified(number), title=_colon_untitled(rest),
                                                         anchor=p.anchor),
                          "")
                return True
            provision = decimal_provision(text) if self.provisions and not p.heading \
                and p.anchor not in self.numbered_items else None
            if provision is not None and provision == self.provision_no + 1:
                # a provision typed 1., 2., 3. … in a text with no heading, its title run into its text (4. Disclosure
                # to Third Parties.Google may disclose …): the provision is the place, as 三、 is; a 1. out of turn is
                # a list's item inside one
                match = _DECIMAL.match(text)
                assert match is not None
                title, rest = _run_in_title(match.group("rest").strip())
                self.open(10, Clause(number=self.qualified(match.group("num")), title=title, anchor=p.anchor), rest)
                self.provision_no = provision
                return True
            appendix = _APPENDIX.match(text.strip()) if p.heading and len(text) <= 80 else None
            if appendix is not None and self.doc.clauses:
                # An appendix of the text's own (a policy's procedure), after its numbered sections: a place of its
                # own, holding what follows, not a subheading of the last section.
                self.appendix = " ".join(appendix.group("label").split())
                self.appendix_level = _level(p)
                self.open(-1, Clause(number=text.strip(), title=text.strip(), anchor=p.anchor), "")
                return True
            if p.heading and not pat.is_sentence(text) and len(text) <= 60:
                if pat.element_name(text) == pat.TOC and (self.doc.body_title or self.stack or self.lead.blocks):
                    self.in_toc = True  # ## Table of Contents, then the list of its links
                    return True
                if not (self.doc.body_title or self.stack):
                    if not self.lead.blocks:
                        return False  # the first line: the text's title (see paragraph)
                    if not self.title_taken and all(isinstance(b, Table) for b in self.lead.blocks) \
                            and not pat.TEMPLATE_CODE.search(text):
                        # the title after a table (a page's metadata, a document-control table)
                        self.doc.body_title = text
                        self.title_taken = True
                        return True
                # A styled heading with no number: the heading itself names the place, after the
                # numbered heading it stands under where there is one (1 › What it means: the same
                # subheading under every point of a standard).
                # The heading as written (at most 60 characters, as above) is the place's name: a report
                # shortens it for display, never the reader (a name cut at 30 characters was printed as
                # the heading's number by build: "Feedback and contact informati　Feedback and…").
                level = _level(p)
                if self.appendix and level < self.appendix_level:
                    # a heading above the appendix's (the next document of a file that holds several): the appendix has
                    # ended (QA pass 18, A5). One beside it may be its own subtitle (zzzzze04: Appendix 1 Student
                    # Complaints Procedure, then University College Dublin Student Complaints Procedure), and stays in it.
                    self.appendix = None
                    self.stack.clear()
                rank = 20 + level
                parent = next((c for r, c in reversed(self.stack) if r < rank and _numbered(c.number)), None)
                name = text.strip()
                number = f"{parent.number}{NAMED_UNDER}{name}" if parent is not None and rank > 20 else name
                self.open(rank, Clause(number=number, title=text.strip(), anchor=p.anchor), "")
                return True
        return False

    def _underlined(self, index: int) -> bool:
        """Whether the paragraph after ``index`` is a rule line under it (1\\. Definitions. over ----------------: a
        Markdown page's heading kept as typed lines, round 285's analytics terms): the numbered line is a heading."""
        following = self.items[index + 1] if index + 1 < len(self.items) else None
        return isinstance(following, Para) and _UNDERLINE.fullmatch(following.printed.strip()) is not None

    def _carried_on(self, index: int) -> bool:
        """Whether the paragraph after ``index`` carries its sentence on in lower case (3.1.1 When the Partner joins the
        Platform, foodora / makes available a platform …: a PDF's lines kept as paragraphs, round 277's partner terms):
        the numbered line is its clause's first line of text, not its title."""
        if len(self.items[index].printed.split()) < CARRIED_LEAST_WORDS:
            return False  # a short title over text that opens in lower case (2. Rebind / printed material which …)
        following = next((item for item in self.items[index + 1:index + 3]
                          if not isinstance(item, TableItem) and item.printed), None)
        return following is not None and following.printed[:1].islower() and following.printed[:1].isascii()

    def _under_open(self, number: str) -> int | None:
        """The rank of the numbered clause open that ``number`` (7.1, 3.1.2) is the next level under (7, 3.1; 2.1 under a
        chapter numbered 2.0, as round 219's landscaping terms number theirs), or None."""
        if "." not in number:
            return None
        head = number.rsplit(".", 1)[0]
        parents = {self.qualified(head), self.qualified(head + ".0")} if "." not in head else {self.qualified(head)}
        if number == head + ".0":
            return None
        return next((rank for rank, c in self.stack if 10 <= rank < 20 and c.number in parents), None)

    def _section_sub(self, number: str) -> bool:
        """Whether ``number`` (3.2, 3.2.1) is the next typed subclause of the 一、 section the text is in: numbered
        with the section's number, the first X.1, then each the next or the first under the last (not a quantity that
        opens a line, 3.5米以上…)."""
        parts = [int(n) for n in number.split(".")]
        if parts[0] != self.section_no:
            return False
        last = [int(n) for n in self.section_sub.split(".")] if self.section_sub else [parts[0]]
        follows = any(parts == last[:depth] + [last[depth] + 1] for depth in range(1, len(last))) or parts == last + [1]
        if follows:
            self.section_sub = number
        return follows

    def qualified(self, number: str) -> str:
        """``number`` as the place it is: under an appendix, the appendix's name before it (Appendix 1 › 2.1)."""
        return f"{self.appendix}{NAMED_UNDER}{number}" if self.appendix else number

    def open(self, rank: int, clause: Clause, rest: str, *, split_title: bool = False) -> None:
        self.in_toc = False
        if rest:
            short = _SHORT_TITLE.match(rest) if split_title else None
            if short is not None:
                clause.title = short.group("t").strip()
                rest = short.group("rest").strip()
            elif split_title and not pat.is_sentence(rest) and len(rest) <= 20:
                clause.title, rest = rest, ""
            if rest:
                clause.blocks.append(Paragraph(text=rest, anchor=clause.anchor))
        while self.stack and self.stack[-1][0] >= rank:
            self.stack.pop()
        if self.stack:
            self.stack[-1][1].children.append(clause)
        else:
            self.doc.clauses.append(clause)
        self.stack.append((rank, clause))
        self.reader.blocks = clause.blocks
        self.reader.lists = None
        self.reader.caption = None


#: How a place is named under another (1 › What it means; Appendix 1 › 2.1): the writer prints the last part.
NAMED_UNDER = " › "
#: An appendix heading of a text's own: Appendix 1 Student Complaints Procedure, Annex B: Forms, 附件2 申请表.
_APPENDIX = re.compile(r"(?P<label>(?i:appendix|annex|schedule|attachment)[ \u00a0]+(?:\d{1,2}|[A-Z])(?![\w])|附件[ \u3000]*"
                       r"[\d一二三四五六七八九十]{0,3})(?:[\s\u3000:：.．\-–—]+\S.*)?$")


#: What makes a typed "1. …" a list item rather than a heading: a full stop closing it, a bullet opening it.
_TYPED_ITEM = re.compile(r"(?:^[*•\-–]\s|[.。](?:\*\*)?\s*$)")


def _level(p: Para) -> int:
    """A heading's level: its style's, else its outline level's, else 1."""
    return p.heading_level or (p.outline + 1 if p.outline is not None else 1)


def _numbered(number: str) -> bool:
    """Whether a place's name holds a number (4, 3 › Policies, Appendix 1 › 2.1), not a heading's words alone."""
    return any(part[:1].isdigit() for part in number.split(NAMED_UNDER))


def _numbered_list_items(items: list[Item]) -> set[int]:
    """The anchors of paragraphs Word numbers as the items of one list (no heading style, no outline
    level) of which some item reads as no heading: ``1. Acknowledgement within 3 working days.`` then
    ``2. Investigation by … (or Clinical Supervisor if the complaint is about …).`` is a numbered list, and
    its short first item no clause ``1`` (QA pass 7: import → build made it a chapter). Headings numbered
    by a list of their own (every item a title) are still headings."""
    lists: dict[tuple[str, int], list[Para]] = {}
    for item in items:
        if isinstance(item, Para) and item.num_id and item.label.strip() and not item.heading \
                and item.outline is None and not item.toc:
            lists.setdefault((item.num_id, item.ilvl or 0), []).append(item)
    return {p.anchor for paras in lists.values() if len(paras) > 1
            and not all(_is_decimal_head(p.printed) for p in paras) for p in paras}


def build_plain(items: list[Item], doc: StandardDocument, mode: str, start: int = 0) -> StandardDocument:
    """``doc`` with its body rebuilt from ``items`` in ``mode`` (see :func:`plain_mode`), from item
    ``start`` on (the items before it are a GB/T cover, 目次 and 前言 already read as such)."""
    return _Plain(items, doc, mode, start).build()


def front_end(items: list[Item], title: str) -> int:
    """Where the body begins under a GB/T cover (a draft built from a project that kept an imported
    regulation's 第一章…第一条): the first page's title, after the 前言 when there is one, else the
    title's second appearance (the cover's is the first). 0 when it cannot be told."""
    key = pat.compact(title)
    if not key:
        return 0
    seen_cover_title = False
    after_foreword = False
    for index, item in enumerate(items):
        if isinstance(item, TableItem) or not item.printed or item.toc:
            continue
        text = pat.compact(item.printed)
        if pat.element_name(item.printed) == pat.FOREWORD and not pat.is_sentence(item.printed):
            after_foreword = True
            continue
        if text == key:
            if after_foreword or seen_cover_title:
                return index
            seen_cover_title = True
    return 0


#: A contents list's entries are at most this long, and at least this many of them come again below.
_CONTENTS_LINE = 80
_CONTENTS_MIN = 3


def _typed_contents(items: list[Item], start: int) -> set[int]:
    """The indices of a contents list typed without page numbers: a line reading Contents (目录), then
    short lines each of which stands again, as a line of its own, later in the text (the headings
    it lists). A web page's copy has one; its lines were read as headings with nothing under them,
    and shown as evidence (a comment on the contents entry rather than on the section)."""
    lines = [(k, " ".join(i.printed.split())) for k, i in enumerate(items)
             if k >= start and isinstance(i, Para) and i.printed.strip()]
    for at, (index, text) in enumerate(lines):
        if pat.element_name(text) != pat.TOC:
            continue
        below = Counter(line for _, line in lines[at + 1:])
        entries: list[int] = []
        listed: set[str] = set()
        for entry_index, entry in lines[at + 1:]:
            below[entry] -= 1  # the occurrences after this one
            if len(entry) > _CONTENTS_LINE or pat.is_sentence(entry) or entry in listed or below[entry] < 1:
                break  # the list ends at a line that does not stand again below, or that it listed already
            entries.append(entry_index)
            listed.add(entry)
        if len(entries) >= _CONTENTS_MIN:
            return {index, *entries}
        return _numbered_contents(index, lines[at + 1:]) or _paged_contents(index, lines[at + 1:])
    return set()


#: The body's title listed with its page (信息安全技术 服务器安全技术要求和测评准则 1), among a 目次's numbered entries.
_TITLE_ENTRY = re.compile(r"(?P<title>[^\s\d。；].{1,58}\S)[\s\u3000]+\d{1,3}")


def _paged_contents(index: int, lines: list[tuple[int, str]]) -> set[int]:
    """A 目次 typed with page numbers but no leader dots (前言 I, 1 范围 1, 附录A 分类描述 6, 参考文献 19: round 289's
    standards' drafts, whose Markdown copies lost the dots and the body's clause numbers): the lines after it that read as
    such entries (:func:`pat.worn_toc_entry`), up to the first that does not, at least :data:`_CONTENTS_MIN` of them."""
    entries = []
    for entry_index, entry in lines:
        titled = _TITLE_ENTRY.fullmatch(entry)
        if not (pat.worn_toc_entry(entry) or titled is not None and not pat.is_sentence(titled.group("title"))):
            break
        entries.append(entry_index)
    return {index, *entries} if len(entries) >= _CONTENTS_MIN else set()


_ENTRY_NUMBER = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}[.)、]?)\s*(?=\S)")
_ENTRY_END = (".", "。", "!", "?", ";", "；")


def _numbered_contents(index: int, lines: list[tuple[int, str]]) -> set[int]:
    """A numbered contents list whose entries the headings below word a little differently (round 225's co-operative
    handbook: "4. Equal Opportunities" listed, "4. Equal Opportunities Policy" below; "Attendance policy" and "Attendance
    policy (2024)"): numbered short lines after Contents, up to the first that is not one or that repeats an entry (the
    first heading, listed again), at least half of which some later line begins with (number, case and spacing aside)."""
    def key(text: str) -> str:
        return " ".join(_ENTRY_NUMBER.sub("", text).casefold().split())

    entries: list[tuple[int, str]] = []
    for entry_index, entry in lines:
        if (len(entry) > _CONTENTS_LINE or entry.endswith(_ENTRY_END) or not _ENTRY_NUMBER.match(entry)
                or key(entry) in {k for _, k in entries}):
            break  # a sentence, a line without a number, or the first heading listed again: the list has ended
        entries.append((entry_index, key(entry)))
    if len(entries) < _CONTENTS_MIN:
        return set()
    below = [key(text) for _, text in lines[len(entries):]]
    found = sum(1 for _, k in entries if k and any(line.startswith(k) for line in below))
    return {index, *(i for i, _ in entries)} if found * 2 >= len(entries) else set()

