"""Structure rules: required elements and their order, hanging paragraphs, titled/untitled clauses.

A clause read without a title whose only text before its subclauses is a short phrase with
no punctuation (``5.6`` / ``顾客体验`` / ``5.6.1 …``: a heading typed in plain text, read
as an untitled clause) is taken to be titled by that phrase: it is no hanging paragraph.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from authoring.document import (
    BIBLIOGRAPHY, COVER, FOREWORD, INTRODUCTION, RULES_2000, RULES_2009, TOC, Block, Clause, Paragraph, block_text,
)
from authoring.i18n import tr
from authoring.lint import Hit, rule
from authoring.lint.context import (
    BODY, FRONT, NORMREF, SCOPE, SYMBOLS, TERMS, LintContext, TextUnit, chapter_role, compact, excerpt, referring_units,
)
from authoring.lint.patterns import (
    PAGE_HEAD_NUMBER, annex_mentions, code_slip, designation_key, designations, foreign_annexes, in_markup_tag,
    same_document,
)

_REQUIRED_CHAPTERS = (
    (SCOPE, "1", "范围", "Scope"),
    (NORMREF, "2", "规范性引用文件", "Normative references"),
    (TERMS, "3", "术语和定义", "Terms and definitions"),
)


def _required_chapters(ctx: LintContext) -> tuple[tuple[str, str, str, str], ...]:
    """The chapters a draft must have: under GB/T 1.1—2009 only the scope (规范性引用文件 and
    术语和定义 are optional there; GB/T 1.1—2020 requires both, with 本文件没有…… if empty)."""
    return _REQUIRED_CHAPTERS[:1] if ctx.legacy else _REQUIRED_CHAPTERS


@rule("structure.missing-element", "error", "GB/T 1.1—2020 8.1, 8.3 (spec §1.1)",
      "缺少必备要素", "required element missing")
def missing_element(ctx: LintContext) -> Iterator[Hit]:
    doc = ctx.doc
    if not doc.has_cover and not ctx.iso:  # an ISO-style draft has no GB cover
        yield Hit(COVER, tr("缺少封面。", "The cover is missing."))
    if not (doc.metadata.title_zh or doc.body_title or (ctx.iso and doc.metadata.title_en)):
        # 文件名称 is a required element: on the cover and the first body page (a cover's ×× is no name).
        yield Hit(COVER, tr("未找到文件名称：封面和正文首页应给出文件名称。",
                            "No document title was found: the cover and the first body page must give the title."))
    if not doc.has_toc:
        yield Hit(TOC, tr("没有目次；目次通常有必要设置。", "There is no table of contents; one is normally needed."),
                  severity="info")
    if doc.foreword is None:
        yield Hit(FOREWORD, tr("缺少前言。", "The foreword (前言) is missing."))
    for role, number, zh, en in _required_chapters(ctx):
        if ctx.chapter(role) is None:
            yield Hit(number, tr(f"缺少第{number}章“{zh}”。", f"Chapter {number} '{zh}' ({en}) is missing."))
    if doc.bibliography is None:
        # A document applied as a requirement (按 GB/T x 进行) belongs in chapter 2, which
        # reference.unlisted-document says; only the others ask for a bibliography.
        cited = [(u, k) for u, k in unlisted_citations(ctx) if u.role == FRONT or not normative_use(u.text, k)]
        # A citation in the body, a note or a term source first; the 前言's alone is a warning.
        unit, key = next(((u, k) for u, k in cited if u.role != FRONT), cited[0] if cited else (None, ""))
        if unit is not None:
            yield Hit(BIBLIOGRAPHY, tr(
                f"{unit.location} 资料性引用了 {key}（未列入规范性引用文件），应设置参考文献。",
                f"{unit.location} cites {key}, which is not a normative reference: a bibliography (参考文献) is required.",
            ), excerpt(unit.text), unit.anchor, "warning" if unit.role == FRONT else None)


_CITING_KINDS = ("paragraph", "list-item", "note", "example", "table-cell", "table-note",
                 "term-definition", "term-note", "term-example", "term-source")
# 前言 sentences whose document numbers are no informative references: the drafting basis, the
# replaced editions and their history, the adopted international document, the other parts.
_FRONT_NOT_CITING = re.compile(
    r"起草|制定|代替|替代|废止|历次|发布为|首次发布|修订|采用|一致性程度|IDT|MOD|NEQ|对应|部分|引用|修改单"
)
#: A paragraph that ends a sentence (or a lead-in): the next one does not continue it.
_SENTENCE_CLOSED = re.compile(r"[。；;！？!?：:]\s*$")
# ISO/IEC 20000 本部分 / GB/T XXXXX 的本部分: a number followed by 本部分 names this very document.
_SELF_AFTER = re.compile(r"\s*的?本(?:部分|文件|标准)")
#: What follows a number a line end cut after its dot: the dot, and nothing more in the paragraph.
_CUT_AT_DOT = re.compile(r"[.．]\s*")
# The drafting rules themselves (GB/T 1.1, GB/T 20001.x 标准编写规则) are no references.
_DRAFTING_RULES = re.compile(r"^GB/T(?:1\.1|20001(?:\.\d+)?)$")
# A 前言 sentence stating the adoption of an international document (修改采用 ISO/IEC 19772:2009, 一致性程度为等同):
# that document, named again in the same 前言 (本标准与ISO/IEC 19772:2009的技术性差异如下), is still the adopted one.
_ADOPTION = re.compile(r"采用|一致性程度|IDT|MOD|NEQ")


def unlisted_citations(ctx: LintContext) -> Iterator[tuple[TextUnit, str]]:
    """``(unit, key)`` for each document cited in the text but not listed in chapter 2.

    Term sources (``[来源：GB/T 20000.1—2014，5.2]``) cite informatively, and so does the 前言
    when it names a document other than its drafting basis, replaced editions, adopted
    document or sibling parts.
    """
    normref = ctx.chapter(NORMREF)
    listed = [k for k in (_keys_of(normref) if normref else []) if k]
    meta = ctx.doc.metadata
    own = (meta.prefix() + meta.number).replace(" ", "")
    # A number alone on three lines or more is the page's running head: the text's own number, whether or not its cover
    # was read (DB44/815-2010, round 258: a cover its text layer spread one character a line).
    lone = Counter(found.key for unit in ctx.units if PAGE_HEAD_NUMBER.fullmatch(unit.text)
                   for found in ctx.document_numbers.get(unit.text, ()))
    heads = {key for key, count in lone.items() if count >= 3}
    seen: set[str] = set()
    # The international document the text adopts, named again in its 前言 or 引言 (本部分等同采用ISO/IEC 9798-2：1999),
    # is the text's source, not a reference.
    adopted = {found.key for unit in ctx.texts(roles=(FRONT, "introduction"), kinds=("paragraph",))
               if _ADOPTION.search(unit.text) for found in ctx.document_numbers.get(unit.text, ())}
    # (In the 前言 or 引言 a number alone on its line is a running head a conversion left: DB44/815-2010, round 258.)
    before = ""  # the 前言's paragraph before, when it ran on into this one (a PDF's line end)
    for unit in ctx.texts(roles=(FRONT, SCOPE, BODY, SYMBOLS, TERMS, "annex", "introduction"), kinds=_CITING_KINDS):
        front = unit.role == FRONT
        told = front or unit.role == "introduction"
        ran_on, before = before, (unit.text if front and unit.kind == "paragraph" and not _SENTENCE_CLOSED.search(unit.text)
                                  else "")
        if told and PAGE_HEAD_NUMBER.fullmatch(unit.text):
            continue
        if front and (unit.kind != "paragraph" or _FRONT_NOT_CITING.search(unit.text)
                      or (ran_on and _FRONT_NOT_CITING.search(ran_on))):
            # (替代广东省地方标准《大气污染物排放限值》 / （DB44/27-2001）中相应的内容。: DB44/ 815—2010's 前言 broken at a
            # line end, round 258)
            continue
        for found in ctx.document_numbers.get(unit.text, ()):
            # The document itself, or its series (T/CAMET 04011 的本部分 in part 04011.6), is no reference.
            itself = found.key == own or found.key in heads or own.startswith(found.key + ".") or bool(
                _SELF_AFTER.match(unit.text, found.end)) or _earlier_edition(found.key, own)
            if found.key in seen or itself or (front and _DRAFTING_RULES.match(found.key)) \
                    or (told and found.key in adopted):
                continue
            if in_markup_tag(unit.text, found.start):
                continue  # <?xml … encoding="GB 2312"?>: a value in markup, not a citation
            if _CUT_AT_DOT.fullmatch(unit.text, found.end):
                # a number a line end cut after its dot (本标准按照 GB/T1. / 1—2009 给出的规则起草。: GB/T 18894—2016's
                # text layer, round 276): which document it names is on the next line, not GB/T 1
                continue
            # GB 2260 for the listed GB/T 2260 is the listed document, its code miswritten
            # (reference.code-mismatch says so).
            if not any(same_document(found.key, key) or code_slip(found.key, key) for key in listed):
                seen.add(found.key)
                yield unit, found.key


_NATIONAL = re.compile(r"^GB(?:/[TZ])?(?=\d)")


def _earlier_edition(key: str, own: str) -> bool:
    """Whether ``key`` is the text's own number (or its series') under another national code: the edition it replaces
    (GB/Z 19582.1 for GB/T 19582.1, GB/Z 19582 for its part 1), which its 前言 or 引言 names as what it revises."""
    mine, theirs = _NATIONAL.match(own), _NATIONAL.match(key)
    if mine is None or theirs is None:
        return False
    number, named = own[mine.end():], key[theirs.end():]
    return named == number or number.startswith(named + ".")


# What applies a document as a requirement just before its number: 按（照）, 依据, 符合, 满足, 遵守,
# 遵循, 执行, 使用, 采用 (GB/T 1.1—2020 9.5.4: 应按……的规定, 按……进行); 参见/见 cite informatively.
# (a stray 、 may stand between: 按照、GB/T 9286规定的方法, T/ZPMA 0002 draft 6.3.3.3)
# A recommendation or a permission (宜使用 GB/T 28039 给出的规则, 可使用 ISO 4 给出的规则: GB/T 7714—2025 5.3 and 5.5, which
# its publisher lists in the 参考文献, round 244) cites informatively.
_NORMATIVE_BEFORE = re.compile(r"(?<![宜可])(?<!可以)(?:按照?|依据|依照|符合|满足|遵守|遵循|执行|使用|采用)[\s\u3000《“\"、]{0,3}$")


def normative_use(text: str, key: str) -> bool:
    """Whether ``text`` applies the document ``key`` as a requirement where it first names it."""
    found = next((d for d in designations(text) if d.key == key), None)
    return found is not None and _NORMATIVE_BEFORE.search(text[max(0, found.start - 12):found.start]) is not None


def _keys_of(chapter: Clause) -> list[str]:
    keys = []
    for clause in chapter.walk():
        for block in clause.blocks:
            keys.append(designation_key(block.designation if block.type == "reference" else block_text(block)))
    return [k for k in keys if k]


@rule("structure.element-order", "error", "GB/T 1.1—2020 (spec §1.1)",
      "要素顺序不正确", "elements out of order")
def element_order(ctx: LintContext) -> Iterator[Hit]:
    present = [entry for entry in _REQUIRED_CHAPTERS if ctx.chapter(entry[0]) is not None]
    # GB/T 1.1—2009 makes chapters 2 and 3 optional: those present follow the scope in turn.
    expected = {entry[0]: str(k) for k, entry in enumerate(present, 1)} if ctx.legacy else {}
    for role, number, zh, en in _REQUIRED_CHAPTERS:
        chapter = ctx.chapter(role)
        number = expected.get(role, number)
        if chapter is not None and chapter.number != number:
            yield Hit(chapter.number, tr(
                f"“{zh}”应为第{number}章，实为第{chapter.number}章。",
                f"'{zh}' ({en}) should be chapter {number}, not {chapter.number}.",
            ), excerpt(chapter.title), chapter.anchor)
    terms, symbols = ctx.chapter(TERMS), ctx.chapter(SYMBOLS)
    if terms is not None and symbols is not None and symbols is not terms:
        if ctx.doc.clauses.index(symbols) < ctx.doc.clauses.index(terms):
            yield Hit(symbols.number, tr("符号和缩略语应位于术语和定义之后。",
                                         "Symbols and abbreviations should follow terms and definitions."),
                      excerpt(symbols.title), symbols.anchor)
    for annex in ctx.doc.annexes:
        for clause in annex.children:
            if chapter_role(clause) in (SCOPE, NORMREF, TERMS) and _named_as_element(clause.title):
                yield Hit(clause.number, tr(
                    f"附录不应包含“{clause.title}”。", f"An annex must not contain '{clause.title}'.",
                ), excerpt(clause.title), clause.anchor)


@rule("structure.annex-order", "warning", "GB/T 1.1—2020 (spec §2.7)",
      "附录的编排顺序与首次提及的顺序不一致", "annexes not lettered in the order first cited")
def annex_order(ctx: LintContext) -> Iterator[Hit]:
    """Annexes are lettered in the order the text first cites them: the body's citations, then the
    annexes' (in reading order), each annex's naming of itself and another document's 附录B aside.
    One finding, at the first citation out of order. An annex never cited is
    reference.unreferenced-annex's, and stands nowhere in the order. GB/T 1.1—2009 counts from the
    前言 (附录的顺序应按在条文（从前言算起）中提及它的先后次序编排), whose 附录A为规范性附录 cites them."""
    labels = {annex.letter: annex.label for annex in ctx.doc.annexes}
    if len(labels) < 2:
        return
    units = [u for u in ctx.units if u.role == FRONT] if ctx.rules in (RULES_2000, RULES_2009) else []
    units.extend(referring_units(ctx))
    first: dict[str, TextUnit] = {}  # letter -> the unit citing it first, in the order first cited
    for unit in units:
        mentioned = annex_mentions(unit.text)
        if not mentioned:
            continue
        foreign = foreign_annexes(unit.text)
        for letter in mentioned:
            if letter in labels and letter not in first and letter not in foreign and labels[letter] not in unit.owners:
                first[letter] = unit
    for letter, due in zip(first, sorted(first)):
        if letter == due:
            continue
        unit, later = first[letter], first[due]
        where = re.search(rf"附[\s\u3000]*录[\s\u3000]*{letter}", unit.text)
        yield Hit(unit.location, tr(
            f"附录{letter}在此首次被提及，早于附录{due}（首次提及于{later.location}）；附录应按在条文中首次提及的"
            f"先后次序编排，此处提及的附录应为附录{due}。",
            f"Annex {letter} is first cited here, before Annex {due} (first cited in {later.location}); annexes are "
            f"lettered in the order the text first cites them, so the annex cited here should be Annex {due}.",
        ), excerpt(unit.text, where.start(), where.end()) if where else excerpt(unit.text), unit.anchor)
        return


# An annex subclause titled as an element (范围, 规范性引用文件, 术语和定义, Scope): the title is the
# element's name or opens with it. 分类范围、分类维度和分类方法 (GB/T 38667 A.2, a railway example's
# scope of classification) and 术语对照表 only use the word.
_ELEMENT_TITLE = re.compile(r"^(?:范围$|规范性引用文件|引用文件$|术语$|术语[和、与及]定义|scope$|normative references"
                            r"|terms and definitions)", re.IGNORECASE)


def _named_as_element(title: str) -> bool:
    return _ELEMENT_TITLE.match(re.sub(r"\s+", "", title) if not title.isascii() else title.strip()) is not None


_SENTENCE_MARKS = re.compile(r"[。；;：:，,！!？?、]")
_SENTENCE_END = re.compile(r"[。；;：:！!？?]")


def title_paragraph(clause: Clause) -> Paragraph | None:
    """The paragraph that is really an untitled clause's title (see the module docstring)."""
    if clause.title.strip() or not clause.children or not clause.blocks:
        return None
    first = clause.blocks[0]
    if not isinstance(first, Paragraph):
        return None
    return first if _title_like(first.text, 25) else None


def _title_like(text: str, limit: int) -> bool:
    """A short phrase with no sentence punctuation: what a title reads like."""
    text = compact(text)
    return 0 < len(text) <= limit and not _SENTENCE_MARKS.search(text) and text[-1] not in "."


def effective_title(clause: Clause) -> str:
    """The clause's title, or the title-like first paragraph of an untitled parent clause."""
    if clause.title.strip():
        return clause.title
    head = title_paragraph(clause)
    return head.text if head is not None else ""


def _typed_title_like(clause: Clause) -> bool:
    """Whether an untitled clause's text begins on its number's own line with a phrase that may
    be its title (B.2 参与本部分制定的单位除了前言中提到的外还有): typed drafts cannot tell."""
    first = clause.blocks[0] if clause.blocks else None
    if not isinstance(first, Paragraph) or first.anchor is None or first.anchor != clause.anchor:
        return False
    # A title may hold a comma (7.2.1 为启动、停止、调速，确定ATO曲线); a provision ends as a sentence.
    text = compact(first.text)
    return 0 < len(text) <= 30 and _SENTENCE_END.search(text) is None and text[-1] not in ".，,、"


def _own_blocks(clause: Clause) -> list[Block]:
    """The blocks of a clause after a title read as its first paragraph."""
    return clause.blocks[1:] if title_paragraph(clause) is not None else clause.blocks


@rule("structure.hanging-paragraph", "error", "GB/T 1.1—2020 (spec §2.11)",
      "悬置段", "hanging paragraph")
def hanging_paragraph(ctx: LintContext) -> Iterator[Hit]:
    doc = ctx.doc
    # Under the terms chapter a numbered entry with narrower ones after it (3.2 汽车, its definition, then 3.2.1 载客汽车:
    # GB 7258—2017, round 247, as a text layer gives it) holds its definition before them, not a hanging paragraph.
    terms = {id(c) for chapter in doc.clauses if chapter_role(chapter) == TERMS for c in chapter.walk()}
    for clause in doc.iter_clauses():
        blocks = _own_blocks(clause)
        if blocks and clause.children and not _safety_notice(blocks):
            is_lead_in_chapter = clause in doc.clauses and chapter_role(clause) in (TERMS, SYMBOLS)
            if not is_lead_in_chapter and id(clause) not in terms:
                yield _hanging(clause.number, blocks)
    for annex in doc.annexes:
        if annex.blocks and annex.children and not _safety_notice(annex.blocks):
            yield _hanging(annex.label, annex.blocks)
    intro = doc.introduction
    if intro is not None and intro.blocks and intro.children:
        yield _hanging(INTRODUCTION, intro.blocks)


#: A safety notice at the head of a test method (注意：本方法并未指出所有可能的安全问题……, 警告——……).
_SAFETY_NOTICE = re.compile(r"\s*(?:注意|警告|警示|危险)\s*(?:[：:]|——)")


def _safety_notice(blocks: Sequence) -> bool:
    """Whether the text before a clause's or an annex's first subclause is only a safety notice, which a test method
    sets at its head (the Guangdong VOC standards' 附录 D and E, rounds 258-261: judged DEBATABLE three times, FALSE
    once, never TRUE): no hanging paragraph."""
    if not blocks or not isinstance(blocks[0], Paragraph) or not _SAFETY_NOTICE.match(blocks[0].text):
        return False
    # (its sentence may run on to the next line, a PDF's line end: 并保证符 / 合国家有关法规要求。) The test methods' set
    # warning runs to four sentences (警告———使用本方法的人员应有……。本方法并未指出所有可能的安全问题。使用者有责任……。在有可能
    # 爆炸的环境下，要特别注意……: GB 21902—2008's 附录 C, round 264, judged FALSE).
    text = "".join(b.text.strip() for b in blocks if isinstance(b, Paragraph))
    return all(isinstance(b, Paragraph) for b in blocks) and len(text) <= 250 and text.count("。") <= 4


def _hanging(location: str, blocks: Sequence) -> Hit:
    first = blocks[0]
    return Hit(location, tr(
        f"{location} 在其下一层条之前有不编号的段（悬置段）；宜将其编为条（如“概述”）、移走或删除。",
        f"{location} has unnumbered text before its first subclause (hanging paragraph); "
        "number it as a clause (e.g. 概述), move it or delete it.",
    ), excerpt(block_text(first)), first.anchor)


@rule("structure.empty-clause", "warning", "GB/T 1.1—2020 (spec §2.11)",
      "章条只有标题，没有内容", "a clause with a title and nothing under it")
def empty_clause(ctx: LintContext) -> Iterator[Hit]:
    """A titled clause with neither text nor subclauses: a heading still to be written (a project's seeded
    outline built before its provisions). One finding per chapter, naming each such clause."""
    for chapter in ctx.doc.clauses:
        empty = [c for c in chapter.walk() if effective_title(c).strip() and not c.blocks and not c.children]
        if not empty:
            continue
        names = "、".join(c.number for c in empty[:12]) + ("等" if len(empty) > 12 else "")
        yield Hit(empty[0].number, tr(
            f"{names} 只有标题，没有内容（共 {len(empty)} 处）；写入条文，或删去该章条。",
            f"{', '.join(c.number for c in empty[:12])}{' …' if len(empty) > 12 else ''} "
            f"{'has a title' if len(empty) == 1 else 'have titles'} and nothing under "
            f"{'it' if len(empty) == 1 else 'them'} ({len(empty)} in all); write the provisions, or delete the "
            f"{'clause' if len(empty) == 1 else 'clauses'}.",
        ), excerpt(effective_title(empty[0])), empty[0].anchor)


@rule("structure.mixed-titles", "warning", "GB/T 1.1—2020 (spec §2.11)",
      "同一层次有标题条与无标题条混用", "titled and untitled clauses mixed at one level")
def mixed_titles(ctx: LintContext) -> Iterator[Hit]:
    doc = ctx.doc
    for chapter in doc.clauses:
        if not effective_title(chapter).strip():
            yield Hit(chapter.number, tr(f"第{chapter.number}章没有标题；每章应有标题。",
                                         f"Chapter {chapter.number} has no title; every chapter needs one."),
                      anchor=chapter.anchor, severity="error")
    groups: list[list[Clause]] = [c.children for c in doc.iter_clauses() if c.children]
    groups.extend(a.children for a in doc.annexes if a.children)
    if doc.introduction is not None and doc.introduction.children:
        groups.append(doc.introduction.children)
    for siblings in groups:
        titled = [c for c in siblings if effective_title(c).strip()]
        untitled = [c for c in siblings if not effective_title(c).strip() and not _typed_title_like(c)]
        if titled and untitled:
            odd = untitled if len(untitled) <= len(titled) else titled
            names = "、".join(c.number for c in odd)
            yield Hit(odd[0].number, tr(
                f"同一层次的条应全部有标题或全部无标题：{names} 与其他条不一致。",
                f"Sibling clauses should all have titles or all have none: {names} differ from the rest.",
            ), anchor=odd[0].anchor)



@rule("structure.duplicate-chapter", "warning", "GB/T 1.1—2020 (spec §1.1, §2.11)",
      "章标题重复", "two chapters with one title")
def duplicate_chapter(ctx: LintContext) -> Iterator[Hit]:
    """Two chapters titled alike (基本要求 twice; a second 范围, 规范性引用文件 or 术语和定义 after the first:
    those are chapters 1 to 3 alone, an error). Titles are compared without spaces."""
    fixed = {compact(zh): number for _, number, zh, _ in _REQUIRED_CHAPTERS}
    first: dict[str, Clause] = {}
    for chapter in ctx.doc.clauses:
        title = compact(effective_title(chapter))
        if not title:
            continue
        if title not in first:
            first[title] = chapter
            continue
        earlier = first[title]
        if title in fixed:
            yield Hit(chapter.number, tr(
                f"第{chapter.number}章重复了第{earlier.number}章“{title}”；“{title}”只能是第{fixed[title]}章，删去此章或改用其他标题。",
                f"Chapter {chapter.number} repeats chapter {earlier.number} '{title}', which can only be chapter "
                f"{fixed[title]}; delete it or give it another title.",
            ), excerpt(effective_title(chapter)), chapter.anchor, "error")
        else:
            yield Hit(chapter.number, tr(
                f"第{chapter.number}章与第{earlier.number}章的标题同为“{title}”；合并两章，或改用能区分的标题。",
                f"Chapters {earlier.number} and {chapter.number} are both titled '{title}'; merge them, or give "
                f"them titles that tell them apart.",
            ), excerpt(effective_title(chapter)), chapter.anchor)
