"""Cut a StandardDocument into the pieces of text that can count as evidence.

Only text that *addresses* a topic counts. Elements that merely mention words are left out:
the 前言 (it names the drafters and the basis), the 范围 (it lists what follows and what does
not apply), 规范性引用文件 (titles of other documents), 术语和定义 (definitions describe words),
缩略语 and 符号 (they spell words out),
term entries and references anywhere, and the 参考文献. The 引言 counts at half weight: it
motivates rather than provides. A clause title counts double: a clause titled 投诉处理 is
about complaints, but only when the text under it speaks of the same item (a heading alone,
such as a chapter 服务提供 with nothing under it about the item, is no evidence).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

from authoring.document import (
    BODY_UNIT, INTRODUCTION, Annex, Block, Clause, Example, Figure, ListBlock, ListItem, Note, Paragraph,
    Reference, StandardDocument, Table, TermEntry, describes_data_element,
)
from authoring.prompts import is_writing_prompt
from authoring.records import replace
from authoring.text import close_cjk_gaps

TITLE_WEIGHT = 2.0
BODY_WEIGHT = 1.0
INTRO_WEIGHT = 0.5

# Chapter titles (zh and en) whose whole content is excluded.
_EXCLUDED_CHAPTERS = ("范围", "规范性引用文件", "术语", "缩略语", "符号", "scope", "normative reference", "terms and definitions",
                      "abbreviated terms", "symbols")


class Unit(NamedTuple):
    """One piece of text: where it is, its anchor in the source file, and how much it counts."""

    location: str
    text: str
    anchor: int | None
    weight: float
    is_title: bool = False
    # For a title: the index just past the last unit of its clause (or annex). A title counts
    # only together with the text under it: a heading alone never addresses an item.
    end: int = 0
    # For a list item: the sentence leading in to its list (评价方案应明确：), shown before an item
    # too short to read alone (可测量；). Never matched: the lead-in is a unit of its own.
    lead: str = ""
    # The index of the first unit of the run of units at this location: two places with one label (a policy's 1 and
    # its appendix's 1, numbered afresh) are two places, never one evidence entry.
    place: int = 0


def document_units(doc: StandardDocument) -> list[Unit]:
    """Every piece of text that may count as evidence, in reading order."""
    english = doc.metadata.language.lower().startswith("en")

    def kept(found: Iterator[Unit]) -> Iterator[Unit]:
        found = (u for u in found if "[" not in u.text or not cited_entry(u.text))
        return (u for u in found if u.is_title or not page_furniture(u.text)) if english else found

    units: list[Unit] = []
    if doc.introduction is not None:
        for block in doc.introduction.blocks:
            units.extend(kept(_block_units(INTRODUCTION, block, INTRO_WEIGHT)))
        for clause in doc.introduction.children:
            _extend(units, kept(_clause_units(clause, INTRO_WEIGHT)))
    typed = doc.metadata.structure == "none"
    for clause in doc.clauses:
        if not _excluded_chapter(clause):
            found = _clause_units(clause, BODY_WEIGHT, typed_headings=typed or (english and clause.number == BODY_UNIT),
                                  english=english)
            if clause.number == BODY_UNIT:
                found = (u for u in found if not enactment_note(u.text))
            _extend(units, kept(found))
    for annex in doc.annexes:
        _extend(units, kept(_annex_units(annex)))
    if english:
        # An English text prints Figure 6 and Table 2, which the reader files as 图6 and 表2 (QA pass 21, A6).
        units = [u._replace(location=_CAPTION_KIND_EN.sub(_caption_label_en, u.location)) for u in units]
    else:
        # (Spaces between Chinese characters hide what a unit says from every rule that reads it whole: the service
        # words, the negations, the time limits; the cues alone compare text without its spaces. The reader takes out a
        # text's spaces where an OCR set every word apart, round 205; these are the scattered ones of any other: a
        # heading set out a character at a time, a PDF's text layer, a slip.)
        units = [u._replace(text=close_cjk_gaps(u.text)) for u in units]
    start = 0
    for index in range(1, len(units)):
        if units[index].location != units[index - 1].location:
            start = index
        if start:
            units[index] = units[index]._replace(place=start)
    return units


# A work cited as a bibliographic entry (作者. 题名[J]. 刊名, …; 题名[EB/OL]. (2025–02–17)): GB/T 7714's type mark after
# its title, then the entry's next part. It names another work, never a provision of this one, wherever it stands (GB/T
# 7714—2025's examples were evidence of ten items, round 244; a 参考文献 is never read for evidence anyway).
_CITED_ENTRY = re.compile(r"(?<=\S)\[(?:M|C|N|J|D|R|S|P|G|Z|A|CM|DB|DS|CP|EB|PP)(?:/(?:OL|MT|DK|CD|DVD))?\]"
                          r"(?:\s*[.．,，:：]|//|\s*$)")


def cited_entry(text: str) -> bool:
    """Whether ``text`` holds a bibliographic entry of another work (its GB/T 7714 type mark: ``[M].``, ``[C]//``)."""
    return _CITED_ENTRY.search(text) is not None


_CAPTION_KIND_EN = re.compile(r"^([表图])(?=[A-Z]?[.\d])")


def _caption_label_en(match: re.Match[str]) -> str:
    return "Table " if match.group(1) == "表" else "Figure "


# A web page's furniture a copy of it keeps (QA pass 15, A3: GOV.UK's own survey was 5.6.1's and 5.8's evidence, its
# cookie banner 5.5's, a footer link 4.3's only place): the lines that are nothing else, wherever they stand, …
_FURNITURE_LINE = re.compile(
    r"(?i)^[*•·\-\s]*(?:skip to (?:the )?(?:main )?content|skip to accessibility tools|back to top|is this page useful\??"
    r"|(?:yes|no),? this page is (?:not )?useful|report a problem with this page|help us improve gov\.uk|send me the survey"
    r"|maybe later|hide (?:this )?message|(?:accept|reject) (?:additional|analytics|all|optional) cookies|view cookies"
    r"|cookies on [\w. ]{2,30}|©[^.]{0,80}|crown copyright|follow us on [\w ]{2,20}|thank you for your feedback"
    r"|(?:yes|no),? this page is (?:not )?useful,? thank you for your feedback|popular on gov\.uk|search gov\.uk"
    r"|support links)\.?$")
# … the links of a footer or a menu, kept as a bullet (a bare "Privacy" may be a list's word of the text's own) …
_FURNITURE_LINK = re.compile(
    r"(?i)^\s*[*•·›]\s*(?:cookies?(?: policy| settings)?|privacy(?:\s*(?:and|&)\s*cookies?)?(?: policy| notice)?"
    r"|terms(?: and conditions| of use)?"
    r"|accessibility(?: statement)?|contact us|sitemap|freedom of information|modern slavery statement)\s*$")
# … and the sentences of a cookie banner or a licence notice.
_FURNITURE_SENTENCE = re.compile(
    r"(?i)\bwe use (?:some )?(?:essential )?cookies\b|\bcookies set by other sites|\badditional cookies\b"
    r"|\b(?:analytics|optional|non-essential|marketing) cookies\b"
    r"|\bcookie settings\b|\bavailable under the open government licence|\blicensed under the terms of the open "
    r"government licence|to help us improve gov\.uk|don.t include personal or financial information like your")


# A page's menu, breadcrumb or footer run into one paragraph (a converted copy keeps its bullets inline: "Back to top *
# nidirect * GOV.UK * © Crown Copyright * Terms and Conditions * Privacy * Cookies", QA pass 21, A1: 4.3 covered on it) …
_INLINE_SEPARATOR = re.compile(r"\s+[*•|›]\s+")
_MENU_WORD = re.compile(
    r"(?i)^(?:#+\s*)?(?:home|menu|main menu|search|site search|contact(?: us)?|privacy(?: policy| notice)?|cookies?"
    r"|terms(?: and conditions| of use)?|accessibility(?: statement)?|sitemap|back to top|skip to (?:main )?content|©.*"
    r"|crown copyright|topics|publications|news|about(?: us)?)$")
# … a line that holds a page's frame and no sentence (Complaints Procedures | Department of Health Skip to content) …
_FRAME_WORDS = re.compile(r"(?i)\bskip to (?:the )?(?:main )?content\b|\bback to top\b|\bmain menu\b|\bsite search\b"
                          r"|©\s*crown copyright|\b(?:close|open) menu\b|^print this (?:page|policy)$|^you are here\b"
                          r"|^cookies on this (?:site|website)$")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
# … a line that is only a web address or an e-mail address, or names one, a telephone number or a fax and nothing else
# (Website: www.…, Phone: 0800 0234 567 or 0300 123 9123, By telephone: 0161 359 7140: QA pass 22, A2) …
_BARE_ADDRESS = re.compile(r"(?i)^<?(?:https?://|www\.)\S+>?$|^<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?$")
_CONTACT_LINE = re.compile(
    r"(?i)^(?:by |our )?(?:tel(?:ephone)?|phone|mobile|fax|text ?phone|minicom|e-?mail|website|web|url|visit)"
    r"(?: number| address)?\s*:\s*(?:<?(?:https?://|www\.)\S+>?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|[+(]?\d[\d ()+-]{5,}(?:\s*(?:or|ext\.?|extension)\s*[+(]?\d[\d ()+-]{2,})*)\s*$")
# … a program's or a page template's code (an analytics snippet, import … from, {% extends "layout.njk" %}, <%= back_link
# %>, a tag's attribute on a line of its own: class="list-disc pl-5", PHP's include_once "header.php"; ?>), unless it
# wraps the text's own words: GOV.UK's templates hold each sentence in template code ({{ t('We provide a text relay
# service …') }}, round 166, where refusing every such line lost covered items) …
_CODE_LINE = re.compile(r"\bimport\s*\{[^}]*\}\s*from\b|^\s*(?:import\s.+\sfrom\s|import\s+[\"'{]"
                        r"|export\s+(?:default\s+)?(?:const|function|class)\b|\(function\s*\(|window\.\w|gtag\(|ga\(['\"]"
                        r"|<script\b|<%|\{%|\{\{|\{#|\$\(|[\w.$]+\s*=\s*\{\s*$|//|(?:const|let|var)\s+\w+\s*=)"
                        r"|<!\[CDATA\[|^[^.!?]{0,60}[({]\s*$|google-analytics\.com|googletagmanager\.com"
                        r"|^\s*[\w:@.-]+=(?:\"[^\"]*\"|'[^']*'|\{[^}]*\})\s*/?>?\s*$|<\?php|\?>\s*$")
# (a line of tags with no words between them: <InnerPage title={title} sidebar={true} image={ …)
_TAGS = re.compile(r"<[^>]*(?:>|$)")
_PHRASE = re.compile(r"(?:\b[A-Za-z][\w’'-]*[,;:]?\s+){4}[A-Za-z]")
_WORD_EN = re.compile(r"[A-Za-z]{2,}")
# … a breadcrumb (Home > About us > Accessibility) and a front matter's key (group: terms-and-privacy-policy, url: …).
_BREADCRUMB = re.compile(r"\s+[>›»]\s+")
_FRONT_MATTER_KEY = re.compile(r"^(?:layout|group|url|permalink|date|tags?|categor(?:y|ies)|slug|lang|redirect_from|"
                               r"weight|sidebar|nav_order|parent|aliases|image|keywords|draft|type)\s*:\s")


def _wraps_prose(line: str) -> bool:
    """Whether a line of template code holds a phrase of five words or more: the text's own words, not the page's."""
    return _PHRASE.search(line) is not None


def page_furniture(text: str) -> bool:
    """Whether a line of an English text is a web page's furniture (a cookie banner, a page survey, a footer's links,
    a menu run into a line, a bare address): none of it is the text's own, and its words (improve, survey, feedback,
    accessibility) are the guide's cues."""
    flat = text.strip()
    if _FURNITURE_LINE.match(flat) or _FURNITURE_LINK.match(flat) or _FURNITURE_SENTENCE.search(flat) \
            or _BARE_ADDRESS.match(flat) or _CONTACT_LINE.match(flat) or _FRONT_MATTER_KEY.match(flat) \
            or ((_CODE_LINE.search(flat) or (flat.startswith("<") and len(_WORD_EN.findall(_TAGS.sub(" ", flat))) < 3))
                and not _wraps_prose(flat)):
        return True
    sentence = _SENTENCE_STOP.search(flat) is not None
    if _FRAME_WORDS.search(flat) and not sentence:
        return True
    crumbs = _BREADCRUMB.split(flat)
    if len(crumbs) >= 3 and not sentence and all(len(p.split()) <= 4 for p in crumbs):
        return True
    parts = [p for p in _INLINE_SEPARATOR.split(flat.lstrip("*•|› ")) if p.strip()]
    if len(parts) < 4 or not all(len(p.split()) <= 4 for p in parts):
        return False
    # (a menu's words, or five links or more with no sentence and no lead-in: a page's menu whatever its words)
    return any(_MENU_WORD.match(p.strip()) for p in parts) or (
        len(parts) >= 5 and not sentence and not any(p.rstrip().endswith(":") for p in parts))


_DATE = r"(?:\d{4}|[一二〇○零]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日"
_ENACTMENT = re.compile(r"^[（(]?\s*(?:根据\s*)?" + _DATE + r"[^。]*?(?:通过|批准|修正|修订|修改|公布|发布|施行|废止)")
_DUTY = re.compile(r"应当|不得|必须|禁止")


def enactment_note(text: str) -> bool:
    """Whether a paragraph before a regulation's first article is its enactment history
    (2003年12月31日 上海市第十二届人民代表大会常务委员会第九次会议通过; 根据……第一次修正): it
    tells when the text was passed, not what it provides, though it names the text and the
    amending decisions (QA pass 14, A8: 北京市专业技术人员继续教育规定修正案 was evidence of 5.4)."""
    flat = text.strip()
    return _ENACTMENT.match(flat) is not None and _DUTY.search(flat) is None


def _extend(units: list[Unit], new: Iterator[Unit]) -> None:
    """Append ``new`` (units of one clause tree), giving each title the end of its subtree."""
    start = len(units)
    units.extend(new)
    # The units of a subtree are contiguous; a title's subtree ends at the next title of the
    # same or a shallower depth (depths are recorded in ``end`` by _clause_units as negatives).
    open_titles: list[tuple[int, int]] = []  # (depth, index)
    for index in range(start, len(units)):
        unit = units[index]
        if unit.is_title:
            depth = -unit.end
            while open_titles and open_titles[-1][0] >= depth:
                _, at = open_titles.pop()
                units[at] = units[at]._replace(end=index)
            open_titles.append((depth, index))
    for _, at in open_titles:
        units[at] = units[at]._replace(end=len(units))


def _excluded_chapter(clause: Clause) -> bool:
    title = clause.title.casefold()
    return any(word in title for word in _EXCLUDED_CHAPTERS)


def _annex_units(annex: Annex) -> Iterator[Unit]:
    if annex.title:
        yield Unit(annex.label, annex.title, annex.anchor, TITLE_WEIGHT, is_title=True, end=0)
    for block in annex.blocks:
        yield from _block_units(annex.label, block, BODY_WEIGHT)
    for clause in annex.children:
        yield from _clause_units(clause, BODY_WEIGHT, 1)


def _element_entry(clause: Clause) -> bool:
    """Whether ``clause`` describes a data element: no evidence, as a term entry is none (JR/T 0065—2019, round 280,
    whose elements' words made eleven items its reader called missing addressed); its subclauses are read as ever."""
    return describes_data_element([b.text.strip() for b in clause.blocks[:8] if isinstance(b, Paragraph)])


def _clause_units(clause: Clause, weight: float, depth: int = 0, *, typed_headings: bool = False,
                  english: bool = False) -> Iterator[Unit]:
    if _element_entry(clause):
        for child in clause.children:
            yield from _clause_units(child, weight, depth + 1)
        return
    if clause.title:
        # ``end`` holds minus the depth until _extend replaces it with the subtree's end.
        yield Unit(clause.number, clause.title, clause.anchor, weight * TITLE_WEIGHT, is_title=True, end=-depth)
    where = clause.number
    previous: Block | None = None
    # A run-in label that stands again and again (Actions:, Outcome statement: under each standard of b09) names no
    # one place: it stays text, and the place stays the label before it.
    runs_in = Counter(" ".join(b.text.split()) for b in clause.blocks
                      if typed_headings and isinstance(b, Paragraph) and _TITLED_LABEL.fullmatch(b.text.strip()))
    # (an English text typed without headings, hard-wrapped: sixty-second session, the 62 seen English texts of
    # bench/real: exact 0.752 -> 0.755, a cited place among those shown 0.60 -> 0.61; round 1's test half unchanged)
    blocks = _unwrapped(clause.blocks) if typed_headings and english else clause.blocks
    flattened = _flattened_names(blocks)
    for block in blocks:
        if flattened and id(block) in flattened:
            continue
        label = " ".join(block.text.split()) if typed_headings and isinstance(block, Paragraph) else ""
        caps = caps_label(label) if label and english else None
        if caps is not None and runs_in[caps[0] + ":"] < 2:
            where = caps[0]
            yield Unit(where, caps[0], block.anchor, weight * TITLE_WEIGHT, is_title=True, end=-(depth + 1))
            if caps[1]:
                yield Unit(where, caps[1], block.anchor, weight)
            previous = block
            continue
        if label and typed_heading(block.text) and runs_in[label] < 2:
            # A text read as one unit (no headings found): its short label lines (Responsibilities,
            # 服务承诺) head what follows them, down to the next such line, and count only with it;
            # they also name the place of what follows, in full (typed_heading keeps them short): a cut
            # label (Rationale for this service sta) read as a typing slip in the report. A run-in label
            # (Posting of Notifications:) stands under the label line before it (Notice of Disruptions in
            # Service), whose place it is part of.
            where = label.rstrip(":：")
            yield Unit(where, block.text, block.anchor, weight * TITLE_WEIGHT, is_title=True,
                       end=-(depth + (2 if label in runs_in else 1)))
            continue
        yield from _block_units(where, block, weight, lead=lead_in(previous))
        previous = block
    for child in clause.children:
        yield from _clause_units(child, weight, depth + 1)


#: A cell of a table a PDF's text layer set out one cell a line: a code (SA 121, 11, 191), or a short name with no
#: sentence mark (生态环境政策, 化学需氧量（CODCr）).
_CELL_CODE = re.compile(r"[A-Z]{0,4}\s?\d{1,6}")
_CELL_NAME = re.compile(r"[^。；;：:！？!?，,]{1,24}")
_CELL_HAN = re.compile(r"[\u4e00-\u9fff]")
#: So many code lines at least, and this share of a clause's paragraphs, make its short lines a table's cells.
FLATTENED_CODES = 20
FLATTENED_SHARE = 0.25


def _flattened_names(blocks: list[Block]) -> set[int]:
    """The ids of the Chinese name lines of a code table a PDF's text layer set out one cell a line (HJ 7—2022's
    分类表: SA1 / 11 / 生态环境立法 / 12 / 生态环境政策 …, 1,468 lines under its chapter 8, round 252): a clause holding
    twenty code lines or more, a quarter of its paragraphs. Its names say what a category is called, as a code table's
    rows do (:func:`code_table`), and are no evidence; its numbers stay (a limit's value is what 4.4 counts)."""
    paragraphs = [b for b in blocks if isinstance(b, Paragraph)]
    if len(paragraphs) < FLATTENED_CODES:
        return set()
    codes = sum(1 for b in paragraphs if _CELL_CODE.fullmatch(b.text.strip()))
    if codes < FLATTENED_CODES or codes < FLATTENED_SHARE * len(paragraphs):
        return set()
    return {id(b) for b in paragraphs if _CELL_NAME.fullmatch(b.text.strip()) and _CELL_HAN.search(b.text)}


#: An English line that stops short of its sentence's end, and the line it runs on into (in lower case).
_RUNS_ON = re.compile(r"[A-Za-z0-9,’'\")\-]$")
_RUN_ON_START = re.compile(r"^[a-z(]")


def _unwrapped(blocks: list[Block]) -> list[Block]:
    """A hard-wrapped English text's lines as the paragraphs they were (a page's source or a PDF's text layer keeps
    its line breaks): a line that stops short of its sentence's end and the next, which runs on in lower case, are one
    paragraph, at the first line's place."""
    out: list[Block] = []
    for block in blocks:
        last = out[-1] if out else None
        if isinstance(block, Paragraph) and _RUN_ON_START.match(block.text.lstrip()):
            if isinstance(last, Paragraph) and _RUNS_ON.search(last.text.rstrip()):
                out[-1] = replace(last, text=last.text.rstrip() + " " + block.text.strip())
                continue
            item = last.items[-1] if isinstance(last, ListBlock) and last.items else None
            if item is not None and item.children is None and _RUNS_ON.search(item.text.rstrip()):
                # a list item's wrapped line (• The full name and address of the firm is set out on the top of / this
                # document.)
                out[-1] = replace(last, items=[*last.items[:-1],
                                               replace(item, text=item.text.rstrip() + " " + block.text.strip())])
                continue
        out.append(block)
    return out


def lead_in(block: Block | None) -> str:
    """The text of a paragraph that leads in to a list (it ends in a colon), else empty."""
    if isinstance(block, Paragraph) and block.text.rstrip().endswith(("：", ":")):
        return block.text.strip()
    return ""


def _block_units(location: str, block: Block, weight: float, *, lead: str = "") -> Iterator[Unit]:
    if isinstance(block, (TermEntry, Reference)):
        return
    if isinstance(block, (Paragraph, Note, Example)):
        if not is_writing_prompt(block.text):  # a skeleton's prompt is our text, not the draft's
            yield Unit(location, block.text, block.anchor, weight)
    elif isinstance(block, ListBlock):
        yield from _list_units(location, block, block.anchor, weight, lead)
    elif isinstance(block, Table):
        where = block.label if block.number else location
        if block.title:
            yield Unit(where, block.title, block.anchor, weight)
        if code_table(block):
            return
        rows_at = block.row_anchors if len(block.row_anchors) == len(block.rows) else [None] * len(block.rows)
        for row, row_anchor in zip(block.rows, rows_at):
            for cell in row:
                if cell.strip():
                    yield Unit(where, cell, row_anchor if row_anchor is not None else block.anchor, weight)
        for note in block.notes:
            yield Unit(where, note, block.anchor, weight)
    elif isinstance(block, Figure) and block.title:
        yield Unit(block.label if block.number else location, block.title, block.anchor, weight)


# A column headed by a code (代码, 编码, 标识符) beside one headed by a name: the table lists
# categories or data elements, each described (``0102 | 信息系统设计 | 基于需方的……需求……``).
_CODE_HEADER = re.compile(r"^(?:分类|类目|类别|服务|数据元|数据项|信息项|元素)?(?:代码|编码|编号|代号|标识符|标识)$")
_NAME_HEADER = re.compile(r"^(?:中文)?(?:类别|类目|分类|服务|数据元|数据项|信息项|元素|字段|指标项)?名称$")
_CODE = re.compile(r"^[A-Za-z]{0,4}[-_.]?[0-9][0-9A-Za-z.\-_]*$")
# The columns of a classification's levels, each holding its codes (大类 | 中类 | 小类 | 类目名称: 01 | | | 旅游出行服务,
# then | 0101 | | 旅游铁路运输: DB43/T 3017—2024's 表1, round 280, whose 363 rows' names made fifteen items its reader
# called missing addressed).
_LEVEL_HEADER = re.compile(r"^(?:门类|大类|中类|小类|细类)(?:代码|编码)?$")


def code_table(table: Table) -> bool:
    """Whether a table is a code list or a data catalogue: a header row with a code column and a
    name column, and codes in that column of most rows below. Its rows describe categories
    (what 信息技术咨询服务 or a data element *is*), as a definition does, and are no evidence:
    in a classification standard (GB/T 29264, round 65) such a table made most of the eleven
    items its reader called missing covered or partial. On the seen texts it matches the tables
    of two more (a metadata standard's element tables, a classification's code tables) and
    changes no label's agreement."""
    rows = table.rows
    if _defining_rows(rows):
        return True
    for at, header in enumerate(rows[:3]):
        cells = [re.sub(r"\s+", "", c) for c in header]
        code = next((i for i, c in enumerate(cells) if _CODE_HEADER.match(c)), None)
        levels = [i for i, c in enumerate(cells) if _LEVEL_HEADER.match(c)]
        if (code is None and len(levels) < 2) or not any(_NAME_HEADER.match(c) for c in cells):
            continue
        columns = [code] if code is not None else levels
        body = [r for r in rows[at + 1:] if min(columns) < len(r) and any(c.strip() for c in r)]
        coded = sum(1 for r in body if any(i < len(r) and _CODE.match(r[i].strip()) for i in columns))
        return len(body) >= 2 and coded >= 0.6 * len(body)
    return False


# A cell that says what a category is: 指从其他政府机构接收的跨境业务信息，如……
_DEFINING_CELL = re.compile(r"^指[^。；;]{4,}")


def _defining_rows(rows: list[list[str]]) -> bool:
    """Whether most rows of a table say what a category is (a data catalogue whose code column
    was lost or never there: 类别 | 指……信息，如…… | 级别). JR/T 0197—2020's grading table (bench/real
    round 77) drew 5.6.2 from 担保承诺类 and 6.4 from 合约协议 this way, all missing for its reader."""
    body = [r for r in rows if any(c.strip() for c in r)]
    defining = sum(1 for r in body if any(_DEFINING_CELL.match(c.strip()) for c in r))
    return len(body) >= 3 and defining >= 0.5 * len(body)


def _list_units(location: str, block: ListBlock, anchor: int | None, weight: float,
                lead: str = "") -> Iterator[Unit]:
    for item in block.items:
        yield from _item_units(location, item, anchor, weight, lead)


def _item_units(location: str, item: ListItem, anchor: int | None, weight: float, lead: str = "") -> Iterator[Unit]:
    own = item.anchor if item.anchor is not None else anchor
    yield Unit(location, item.text, own, weight, lead=lead)
    if item.children is not None:
        # a sub-item reads after its own item (方案应包括：a) 评价内容，包括：1) …)
        yield from _list_units(location, item.children, own, weight, item.text if lead_in(
            Paragraph(text=item.text)) else lead)


# A line that ends a sentence or a clause, or starts as a list item, is no label.
_SENTENCE_TAIL = re.compile(r"[.。!！?？;；:：,，、]$")
# A line of a hard-wrapped sentence, not a label: it runs on into the next (…has two sections: (1) / Customer Service
# Complaints and (2) / …Complaints. Both of these are dealt: round 167, QA pass 21 A5). (A line that runs on from the
# one before, in lower case, is left a label: read as body text, such fragments became evidence; tune exact -6.)
_WRAPPED_EN = re.compile(r"\b(?:and|or|of|the|to|a|an|for|with|in|on|by|from|that|which)$|\(\d{1,2}\)$"
                         r"|[a-z]{2,}[.!?]\s+[A-Z]")
_ITEM_START = re.compile(r"^(?:[-*•·●▪◆■—–]|\(?[0-9a-zA-Z]{1,2}[).）]|[（(][一二三四五六七八九十\d]+[)）])\s*")


# A label in title case ending with a colon, on a line of its own before its text (round 217's swim team policies:
# Liability:, Swimmer Registration & Program Payment:, Apparel/Equipment:); not a lead-in sentence (Prices assume:).
_TITLE_WORD = r"(?:[A-Z][A-Za-z'’\-]*|[A-Z][A-Za-z'’\-]*/[A-Z][A-Za-z'’\-]*)"
_TITLED_LABEL = re.compile(rf"{_TITLE_WORD}(?:[ \u00a0]+(?:{_TITLE_WORD}|and|or|of|the|to|for|in|on|a|an|with|by|&|-)){{0,7}}:")


# A label in capitals before a colon, on a line of its own or run in before its text (CONFIDENTIALITY: We shall not
# disclose …, PROVIDER EDUCATION, TRAINING AND STARS: in round 229's childcare handbook): the label names the place.
_CAPS_WORD = r"[A-Z][A-Z'’&/\-]*"
_CAPS_LABEL = re.compile(rf"(?P<label>{_CAPS_WORD}(?:,?[ \u00a0]+{_CAPS_WORD}){{0,5}})[ \u00a0]*:(?:[ \u00a0]+(?P<rest>\S.*))?$")


def caps_label(text: str) -> tuple[str, str] | None:
    """A capitals label and the text run in after it (``""`` when none), or None: at least four letters, and words
    after it (when anything follows)."""
    match = _CAPS_LABEL.match(text.strip())
    if match is None or sum(ch.isalpha() for ch in match.group("label")) < 4:
        return None
    rest = (match.group("rest") or "").strip()
    if rest and (not _WORD_EN.search(rest) or not any(ch.islower() for ch in rest)):
        return None  # a number given a name (PHONE: 01430 876000); a heading in capitals throughout (A: B?)
    return match.group("label"), rest


# A question of an FAQ page on a line of its own (Where is the Writing Center?): the answer follows it.
_QUESTION = re.compile(r"^(?:[A-Z][^.!?<>{}]{2,100})\?$")
# A line that is only a link, a web template's placeholder or a page's furniture names no place: <https://…>,
# [Contact us](https://…), <%=page.title%>, {{ title }}, a front matter's key (date: 2024-01-01, policy: >-), an
# attribute line ({: #sla_enterprise}), an e-mail address, a template's data line ("Next review due": "31 March 2026"), a
# page's date line (Next review due: 17 August 2025, Last updated: …), a postcode (M22 5LB), a postal address's line (GPO
# Box 3 Melbourne, Suite 301, 434 St Kilda Rd, 43-55 Milford Street: round 224's complaints addresses) and a form's
# blank to fill in (Signed: ____, Date: _, 甲方（签字）：________, 日期：____年__月__日: round 223's terms of business, a
# client's acknowledgement form among them).
_NO_LABEL = re.compile(r"^<?(?:https?://|www\.)\S+>?$|\bhttps?://|<%|%>|\{\{|\{%|^\[[^\]]*\]\([^()]*\)$"
                       r"|^[a-z_][A-Za-z0-9_-]*:(?:\s|$)|^\{:?\s*[#.]|^\S+@\S+\.\w+$|^[\"'][^\"']{1,40}[\"']\s*:\s"
                       r"|^(?i:(?:page )?(?:next review(?: due)?|last (?:updated|reviewed|modified)|reviewed|updated|published)"
                       r"(?: on| date)?\s*:\s)|^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$"
                       r"|^[A-Za-z]{1,12}:\s*[\d\W]+$"  # and a number given a name: ID: 1244, Tel: 01430 876000
                       r"|[:：]\s*[_＿]+"
                       r"|^(?:G?P\.?\s?O\.?\s?Box|Suite)\s+\d"
                       r"|^\d+(?:-\d+)?,?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Place|Way)\b")


def typed_heading(text: str) -> bool:
    """A short label line of a text typed without headings: at most eight words (or fifteen
    Chinese characters), no sentence end, not a list item, not a bare link, template code or a page's furniture;
    or an FAQ's question of at most fifteen words."""
    flat = text.strip()
    if _QUESTION.match(flat) and len(flat.split()) <= 15:
        return True
    if _TITLED_LABEL.fullmatch(flat) and len(flat.split()) <= 8:
        return True  # a run-in label in title case before its text (Liability:, Photo and Video Policy:)
    if not flat or _SENTENCE_TAIL.search(flat) or _ITEM_START.match(flat) or _NO_LABEL.search(flat):
        return False
    if flat.count("(") > flat.count(")") or flat.count("（") > flat.count("）"):
        return False  # a bracket left open: a hard-wrapped line (…the Relohub Group (including / Transglobal) and …)
    cjk = sum(1 for ch in flat if "\u4e00" <= ch <= "\u9fff")
    if cjk:
        return cjk <= 15 and len(flat) <= 20
    return (len(flat.split()) <= 8 and len(flat) <= 60 and any(ch.isalpha() for ch in flat)
            and not _WRAPPED_EN.search(flat) and not page_furniture(flat))

