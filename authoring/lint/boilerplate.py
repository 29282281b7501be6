"""Boilerplate rules: the fixed sentences of 前言, 规范性引用文件 and 术语和定义.

The expected sentences are read from ``templates/boilerplate.yaml`` (2020 wording, or 2009
wording for a document drafted per GB/T 1.1—2009). Comparison ignores whitespace and full/half
width, and joins the element's paragraphs, so a sentence broken over two lines by a PDF paste
still counts. The other edition's wording is a finding of its own: a 2009 sentence in a 2020
draft is out of date.

Under GB/T 1.1—2009 a document names itself 本标准, a part 本部分, and some sentences say
本文件 (the patent statement, the normative-references lead-in): for a 2009 draft the three
are compared as one word. A draft of 2021 or later, or a standard published from 2023 on, is
held to GB/T 1.1—2020 however its text reads (see ``LintContext.legacy``): its 2009 sentences
are reported. None of these rules applies to an ISO-style draft.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Iterator, Sequence

from authoring.document import FOREWORD, Block, Clause, Paragraph, TermEntry, block_text
from authoring.i18n import tr
from authoring.lint import Hit, rule
from authoring.lint.context import NORMREF, TERMS, LintContext, boilerplate, boilerplate_pattern, excerpt, fold
from authoring.lint.patterns import BAD_YEAR_DASH, DESIGNATION, part_of_title
from authoring.text import narrowed


def _paragraphs(blocks: Sequence[Block]) -> list[Paragraph]:
    return [b for b in blocks if isinstance(b, Paragraph)]


def _joined(paragraphs: Sequence[Paragraph], legacy: bool = False) -> str:
    return "".join(_norm(p.text, legacy) for p in paragraphs)


_SELF_NAMES = re.compile("本部分|本文件")


def _norm(text: str, legacy: bool) -> str:
    """:func:`fold`-ed text; in a 2009 draft 本部分 and 本文件 read as 本标准. A document number's year joined by a
    hyphen reads as joined by the em dash: ``reference.standard-number`` reports that dash, and the set sentence holding
    it was reported a second time for it (QA pass 16: GB/T 1.1-2009 in a 前言, one hyphen, two findings)."""
    folded = fold(BAD_YEAR_DASH.sub(_em_dashed, text) if "-" in text or "－" in text or "–" in text else text)
    return _SELF_NAMES.sub("本标准", folded) if legacy else folded


def _em_dashed(match: re.Match[str]) -> str:
    whole, start = match.group(0), match.start()
    return whole[:match.start("dash") - start] + "—" + whole[match.end("dash") - start:]


def _edition_names(legacy: bool) -> tuple[str, str]:
    return ("GB/T 1.1—2009", "GB/T 1.1—2020") if legacy else ("GB/T 1.1—2020", "GB/T 1.1—2009")


def _compare(ctx: LintContext, key: str, where: str, paragraphs: Sequence[Paragraph], topic: re.Pattern[str],
             what_zh: str, what_en: str, anchor: int | None = None) -> Iterator[Hit]:
    """Findings for the sentence ``key`` among ``paragraphs`` (the element at ``where``, whose heading is at
    ``anchor``: where a missing sentence is told, so the annotated copy comments on the element, not only in its
    summary; QA pass 17 found a missing patent statement there alone)."""
    joined = _joined(paragraphs, ctx.legacy)
    if _norm(boilerplate(key, ctx.legacy), ctx.legacy) in joined:
        return
    expected = _as_named(boilerplate(key, ctx.legacy), paragraphs, ctx.legacy)
    ours, theirs = _edition_names(ctx.legacy)
    other = _norm(boilerplate(key, not ctx.legacy), ctx.legacy)
    # The other edition's sentence, whichever way the document names itself (本文件/本标准).
    if any(v in joined for v in (other, other.replace("本标准", "本文件"), other.replace("本文件", "本标准"))):
        para = next((p for p in paragraphs if topic.search(p.text)), paragraphs[0])
        yield Hit(where, tr(
            f"{what_zh}使用了 {theirs} 的表述；按 {ours} 应为：{expected}",
            f"The {what_en} uses the {theirs} wording; per {ours} it reads: {expected}",
        ), excerpt(para.text), para.anchor, "error")
        return
    para = next((p for p in paragraphs if topic.search(p.text)), None)
    if para is not None:
        zh, en = difference(para.text, expected)
        yield Hit(where, tr(f"{what_zh}与标准表述不一致，应为：{expected}{zh}",
                            f"The {what_en} differs from the standard wording: {expected}{en}"),
                  excerpt(para.text), para.anchor)
    else:
        yield Hit(where, tr(f"缺少{what_zh}：{expected}", f"The {what_en} is missing: {expected}"),
                  anchor=anchor if anchor is not None else (paragraphs[-1].anchor if paragraphs else None),
                  severity="error")


#: Differences shown at most, and the characters of context around each.
_MAX_DIFFERENCES, _CONTEXT = 3, 3


def difference(written: str, expected: str) -> tuple[str, str]:
    """Where ``written`` departs from the set sentence ``expected``, as ``(zh, en)`` to append to a message
    (``（差异：“仅所注日期”应为“仅注日期”）``), so an author need not compare two long sentences by eye (QA pass 14,
    A7); empty when the two are too unlike for a few differences to say it."""
    written = written.strip()
    # the sentence of the paragraph most like the expected one(s), when the paragraph holds more
    ends = [m.end() for m in re.finditer(r"[。；]", written)]
    pieces = [written] + ([written[a:b] for a, b in zip([0, *ends], [*ends, len(written)]) if written[a:b].strip()]
                          if len(ends) > expected.count("。") else [])
    best = max(pieces, key=lambda piece: difflib.SequenceMatcher(None, piece, expected, autojunk=False).ratio())
    matcher = difflib.SequenceMatcher(None, best, expected, autojunk=False)
    # changes a few characters apart are one difference (所注日期的 → 该日期对应的, not 所注 → 该 and 的 → 对应的)
    changes: list[list[int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if changes and i1 - changes[-1][1] <= _CONTEXT + 1:
            changes[-1][1], changes[-1][3] = i2, j2
        else:
            changes.append([i1, i2, j1, j2])
    if not changes or len(changes) > _MAX_DIFFERENCES or matcher.ratio() < 0.6:
        return "", ""
    zh, en = [], []
    for i1, i2, j1, j2 in changes:
        ours = _widened(best, max(0, i1 - _CONTEXT), i2 + _CONTEXT)
        theirs = _widened(expected, max(0, j1 - _CONTEXT), j2 + _CONTEXT)
        zh.append(f"“{ours}”应为“{theirs}”")
        en.append(f"'{ours}' should read '{theirs}'")
    return "（差异：" + "，".join(zh) + "）", f" (differs at: {', '.join(en)})"


def _widened(text: str, lo: int, hi: int) -> str:
    """``text[lo:hi]`` grown to whole numbers and Latin words at its ends (“2009的规则编写”, not “009的规则编写”: QA
    pass 15, A9)."""
    def inside(at: int) -> bool:
        return 0 < at < len(text) and all(c.isascii() and (c.isalnum() or c == "/") for c in text[at - 1:at + 1])

    while inside(lo):
        lo -= 1
    hi = min(hi, len(text))
    while inside(hi):
        hi += 1
    return text[lo:hi]


# What a lead-in names before its verb: GB/T 18391.1—2009、GB/T 19488.1—2004界定的, ……中确立的, ……给出的.
_NAMING = re.compile(r"^(?P<documents>.+?)(?:中)?(?:界定|确立|给出|规定|定义)的")


def _named_documents(text: str) -> str | None:
    """The documents a terms lead-in names as the source of terms (``GM/T 0005—2012和GM/T 0008—2012``, with the
    em dash their numbers take), or None when it names none."""
    match = _NAMING.match(text.strip())
    if match is None or DESIGNATION.search(match.group("documents")) is None:
        return None
    return BAD_YEAR_DASH.sub(lambda m: f"{m.group('code')} {m.group('num')}—{m.group('year')}",
                             match.group("documents").strip())


def _as_named(sentence: str, paragraphs: Sequence[Paragraph], legacy: bool) -> str:
    """The 2009 ``sentence`` as a part drafted per GB/T 1.1—2009 writes it, naming itself 本部分 where the
    element does (请注意本部分的某些内容可能涉及专利。本部分的发布机构……): the 2009 rules give a part that
    name, so the suggestion must not be 本文件 (bench/real round 160, a T/CAMET part)."""
    if legacy and any("本部分" in p.text for p in paragraphs):
        return _SELF_NAMES.sub("本部分", sentence.replace("本标准", "本部分"))
    return sentence


#: A 前言 closing on the body that interprets the standard (本标准由生态环境部解释): the form of a ministry's own standards
#: (HJ 589—2021, GB 37822—2019, HJ 1259—2022, HJ 7—2022: 为贯彻……制定本标准 … 本标准由……解释), which follows the ministry's
#: drafting guide, not GB/T 1.1. A 前言 drafted by GB/T 1.1 has no such line.
_INTERPRETED_BY = re.compile(r"^本(?:标准|规范|文件)由[^。；;]{2,40}解释。?$")
_DECLARES_BASIS = re.compile(r"GB/T\s*1\.1")


#: A ministry standard's own normative-references lead-in (HJ, GB emission standards).
_MINISTRY_LEAD_IN = re.compile(r"本标准(?:内容)?引用了下列文件或其中的条款")


def _own_format(paragraphs: Sequence[Paragraph]) -> bool:
    """Whether a 前言 is in a ministry's own form: it names the body that interprets it and states no GB/T 1.1 basis. Its
    missing drafting-basis sentence and patent statement are then no slip (judged FALSE blind on three such standards,
    bench/real round 252)."""
    texts = [p.text.strip() for p in paragraphs]
    return any(_INTERPRETED_BY.match(t) for t in texts) and not any(_DECLARES_BASIS.search(t) for t in texts)


#: A drafting-basis sentence naming GB/T 1.2 (the rules for a document drafted on an ISO/IEC one) beside GB/T 1.1.
_ADOPTION_BASIS = re.compile(r"GB/T\s*1\.1.{0,80}GB/T\s*1\.2\b")


@rule("boilerplate.foreword", "warning", "GB/T 1.1—2020 8.3 (spec §2.1)",
      "前言的起草依据表述不规范", "foreword drafting-basis sentence not standard", gb_only=True)
def foreword(ctx: LintContext) -> Iterator[Hit]:
    if not ctx.is_chinese:
        return
    if ctx.doc.foreword is None:
        return
    paragraphs = _paragraphs(ctx.doc.foreword.blocks)
    if _own_format(paragraphs):
        return
    # an adoption names GB/T 1.2—2020 too, and is held to that sentence (round 289's GB/T 18336.2 draft: FALSE blind)
    adopted = not ctx.legacy and any(_ADOPTION_BASIS.search(p.text) for p in paragraphs)
    yield from _compare(ctx, "foreword_basis_adopted" if adopted else "foreword_basis", FOREWORD, paragraphs,
                        re.compile(r"GB/T\s*1\.1|起草。?$"),
                        "前言中的起草依据", "drafting-basis sentence of the foreword", ctx.doc.foreword.anchor)


@rule("boilerplate.patent", "warning", "GB/T 1.1—2020 8.3 (spec §2.1)",
      "专利声明表述不规范", "patent statement not standard", gb_only=True)
def patent(ctx: LintContext) -> Iterator[Hit]:
    if not ctx.is_chinese:
        return
    doc = ctx.doc
    if doc.foreword is None:
        return
    paragraphs = _paragraphs(doc.foreword.blocks)
    if _own_format(paragraphs) and "专利" not in _joined(paragraphs):
        return
    if doc.introduction is not None and "专利" in _joined(_paragraphs(doc.introduction.blocks)):
        # An identified patent moves the statement to the 引言, in words of its own.
        return
    yield from _compare(ctx, "patent", FOREWORD, paragraphs, re.compile("专利"),
                        "专利声明", "patent statement", doc.foreword.anchor)


#: How a 前言 states a part's series: 本文件是GB/T 1《…》的第1部分 (2020), 本部分为GB/T 20000的第1部分 and
#: GB/T 20000《…》分为以下几个部分 (2009), ……已经发布了以下部分, ……由以下部分构成.
_PART_STATEMENT = re.compile(
    r"的第[0-9一二三四五六七八九十]+部分|分为(?:以下|如下|下列)|(?:已经|已)发布了?(?:以下|如下|下列)|(?:以下|如下|下列)[0-9一二三四五六七八九十几]*(?:个)?部分")


@rule("boilerplate.part-statement", "warning", "GB/T 1.1—2020 8.3 (spec §2.1)",
      "部分的前言未说明与系列文件的关系", "a part's foreword does not state its series", gb_only=True)
def part_statement(ctx: LintContext) -> Iterator[Hit]:
    """A part (its title names 第N部分) states in its 前言 which series it belongs to and which parts are
    published: 本文件是GB/T ××××《…》的第N部分。GB/T ××××已经发布了以下部分：……"""
    if not ctx.is_chinese:
        return
    doc = ctx.doc
    if doc.foreword is None:
        return
    part = part_of_title(doc.metadata.title_zh) or part_of_title(doc.body_title)
    if part is None:
        return
    texts = [block_text(b) for b in doc.foreword.blocks]
    texts += [block_text(b) for c in doc.foreword.children for x in c.walk() for b in x.blocks]
    if any(_PART_STATEMENT.search(fold(t)) for t in texts):
        return
    meta = doc.metadata
    number = meta.number.strip()
    series = f"{meta.prefix()} {number.rsplit('.', 1)[0] if '.' in number else '××××'}"
    expected = boilerplate("part_series", ctx.legacy).replace("{{ series }}", series).replace(
        "{{ series_title }}", part.series).replace("{{ number }}", str(part.number))
    yield Hit(FOREWORD, tr(
        f"标准名称表明本文件是第{part.number}部分，前言中缺少与系列文件关系的说明：{expected}……",
        f"The title makes this document part {part.number}, but the foreword does not state its series: "
        f"{expected}……"))


def _own_paragraphs(clause: Clause) -> list[Paragraph]:
    return _paragraphs(clause.blocks)


def _looks_like_reference(text: str) -> bool:
    """Whether a paragraph of chapter 2 opens with a document's number, also one set in full-width forms (ＧＢ ／ Ｔ ６９２０
    — １９８６: GB 21902—2008 as its publisher set it, round 264, judged FALSE blind where said to list nothing)."""
    head = text.strip()[:40]
    wide = narrowed(head)
    if wide != head:
        head = re.sub(r"[ \u3000]*/[ \u3000]*", "/", wide)
    return DESIGNATION.match(head) is not None


@rule("boilerplate.normative-lead-in", "warning", "GB/T 1.1—2020 8.6 (spec §2.4)",
      "规范性引用文件的引导语不规范", "normative references lead-in not standard", gb_only=True)
def normative_lead_in(ctx: LintContext) -> Iterator[Hit]:
    if not ctx.is_chinese:
        return
    chapter = ctx.chapter(NORMREF)
    if chapter is None:
        return
    paragraphs = [p for p in _own_paragraphs(chapter) if not _looks_like_reference(p.text)]
    listed = [b for b in chapter.blocks if b.type == "reference" or (
        isinstance(b, Paragraph) and _looks_like_reference(b.text))]
    joined = _joined(paragraphs, ctx.legacy)
    if listed:
        if _norm(boilerplate("normative_none", ctx.legacy), ctx.legacy) in joined:
            yield Hit(chapter.number, tr("第2章称“没有规范性引用文件”，却列出了文件。",
                                         "Chapter 2 says there are no normative references, yet lists some."),
                      excerpt(paragraphs[0].text), paragraphs[0].anchor, "error")
            return
        hits = _compare(ctx, "normative_lead_in", chapter.number, paragraphs, re.compile("引用文件|必不可少"),
                        "规范性引用文件的引导语", "normative references lead-in", chapter.anchor)
        if ctx.doc.foreword is not None and _own_format(_paragraphs(ctx.doc.foreword.blocks)) \
                and any(_MINISTRY_LEAD_IN.match(p.text.strip()) for p in paragraphs):
            # A ministry's own lead-in (本标准引用了下列文件或其中的条款……) in a standard of its own form, which declares
            # no GB/T 1.1 basis: told as a hint (judged DEBATABLE six times and FALSE twice, never TRUE, to round 258).
            hits = (dataclasses.replace(hit, severity="info", message=hit.message + tr(
                "（本文件未声明按 GB/T 1.1 起草，此为其所在系列标准的惯用引导语，仅作提示）",
                " (this document declares no GB/T 1.1 basis and uses its series' own lead-in: a hint)")) for hit in hits)
        yield from hits
    else:
        if _norm(boilerplate("normative_lead_in", ctx.legacy), ctx.legacy) in joined:
            yield Hit(chapter.number, tr(
                f"第2章有引导语却未列出文件；没有规范性引用文件时应写：{boilerplate('normative_none', ctx.legacy)}",
                f"Chapter 2 has the lead-in but lists no document; without references it reads: "
                f"{boilerplate('normative_none', ctx.legacy)}",
            ), excerpt(paragraphs[0].text), paragraphs[0].anchor, "error")
            return
        yield from _compare(ctx, "normative_none", chapter.number, paragraphs, re.compile("引用文件"),
                            "无规范性引用文件的表述", "'no normative references' sentence", chapter.anchor)


_TERMS_VARIANTS = ("terms_own", "terms_both", "terms_other", "terms_none")


@rule("boilerplate.terms-lead-in", "warning", "GB/T 1.1—2020 8.7 (spec §2.5)",
      "术语和定义的引导语不规范", "terms lead-in not standard", gb_only=True)
def terms_lead_in(ctx: LintContext) -> Iterator[Hit]:
    if not ctx.is_chinese:
        return
    chapter = ctx.chapter(TERMS)
    if chapter is None or fold(chapter.title) != "术语和定义":
        return  # a merged chapter (术语、定义和缩略语) words its lead-in its own way
    paragraphs = _own_paragraphs(chapter)
    if not paragraphs and chapter.children and fold(chapter.children[0].title) == "术语":
        # 3.1 术语 / 3.2 缩略语: the terms' lead-in opens 3.1 (……界定的术语和定义适用于本文件。), judged FALSE blind when
        # reported missing from chapter 3 (round 273)
        paragraphs = _own_paragraphs(chapter.children[0])
    has_entries = any(isinstance(b, TermEntry) for c in chapter.walk() for b in c.blocks)
    found = _terms_variant(paragraphs, ctx.legacy)
    where = chapter.number
    if found is not None:
        key, para = found
        # Entries under "GB/T … 界定的术语和定义适用于本文件" are that document's terms when the
        # lead-in says it repeats them (为了便于使用，以下重复列出了……).
        repeats = any(_REPEATED_TERMS.search(_norm(p.text, ctx.legacy)) for p in paragraphs)
        if has_entries and (key == "terms_none" or (key == "terms_other" and not repeats)):
            yield Hit(where, tr(f"引导语称本文件不界定术语，但第{where}章列有术语条目。",
                                f"The lead-in says this document defines no terms, yet chapter {where} has entries."),
                      excerpt(para.text), para.anchor, "error")
        elif not has_entries and len(paragraphs) < 2 and key in ("terms_own", "terms_both"):
            # Text after the lead-in is entries typed so the reader did not see them as entries (3\. 1太阳能
            # 资源年景…, a converted copy; QA pass 11, B4): the chapter defines terms all the same.
            yield Hit(where, tr(f"引导语称“下列术语和定义”，但第{where}章没有术语条目。",
                                f"The lead-in announces terms below, but chapter {where} has no entries."),
                      excerpt(para.text), para.anchor, "error")
        return
    unended = _terms_variant(paragraphs, ctx.legacy, unended=True)
    if unended is not None:
        # The set sentence, its full stop left out (GB/T 25069界定的以及下列术语和定义适用于本文件):
        # the sentence is right, only the stop is wanting.
        para = unended[1]
        yield Hit(where, tr(f"术语和定义的引导语句末缺少句号“。”：{para.text.strip()}。",
                            f"The terms lead-in lacks its closing full stop: {para.text.strip()}。"),
                  excerpt(para.text), para.anchor)
        return
    other = _terms_variant(paragraphs, not ctx.legacy)
    ours, theirs = _edition_names(ctx.legacy)
    if other is not None:
        key, para = other
        # The documents the draft names (GB/T 18391.1—2009、GB/T 19488.1—2004界定的…) fill the sentence.
        named = para.text.split("界定", 1)[0].strip() if "界定" in para.text else "××"
        sentence = re.sub(r"\{\{\s*documents\s*\}\}", lambda _: named, boilerplate(key, ctx.legacy))
        yield Hit(where, tr(
            f"术语和定义的引导语使用了 {theirs} 的表述；应为：{sentence}",
            f"The terms lead-in uses the {theirs} wording; per {ours}: {sentence}",
        ), excerpt(para.text), para.anchor, "error")
        return
    # Entries typed without numbers are paragraphs here (a copy whose numbering was lost): a
    # chapter holding more than its first line defines terms all the same.
    defines = has_entries or len(paragraphs) >= 2
    expected = boilerplate("terms_own" if defines else "terms_none", ctx.legacy)
    named = _named_documents(paragraphs[0].text) if paragraphs else None
    if named is not None:
        # The lead-in names documents whose terms apply (GM/T 0005—2012和GM/T 0008—2012确立的术语和定义适用于本文件。):
        # the set sentence that names them too, or the suggestion would drop them (QA pass 14, A7).
        template = boilerplate("terms_both" if has_entries else "terms_other", ctx.legacy)
        expected = re.sub(r"\{\{\s*documents\s*\}\}", lambda _: named, template)
    if paragraphs:
        zh, en = difference(paragraphs[0].text, expected)
        yield Hit(where, tr(f"术语和定义的引导语与标准表述不一致，例如：{expected}{zh}",
                            f"The terms lead-in differs from the standard wording, e.g.: {expected}{en}"),
                  excerpt(paragraphs[0].text), paragraphs[0].anchor)
    else:
        yield Hit(where, tr(f"缺少术语和定义的引导语，例如：{expected}",
                            f"The terms lead-in is missing, e.g.: {expected}"), severity="error")


def _legacy_pattern(key: str) -> re.Pattern[str]:
    """The 2009 sentence ``key`` with 本部分/本文件 read as 本标准 (see :func:`_norm`)."""
    return re.compile(_SELF_NAMES.sub("本标准", boilerplate_pattern(key, True).pattern))


# The sentence that may follow the lead-in when terms of other documents are repeated (为了便于使用，
# 以下重复列出了 GB/T 19022—2003 中的某些术语和定义。): not part of the set sentence.
_REPEATED_TERMS = re.compile(r"为了便于使用[，,]?以下重复列出了.{0,120}?(?:中的)?(?:某些|一些|部分)?术语和定义[。.]?$")


def _terms_variant(paragraphs: Sequence[Paragraph], legacy: bool, *,
                   unended: bool = False) -> tuple[str, Paragraph] | None:
    """The set lead-in sentence (its key) a paragraph of the chapter is, and that paragraph;
    ``unended``: the sentence written without its closing full stop."""
    for para in paragraphs:
        text = _REPEATED_TERMS.sub("", _norm(para.text, legacy))
        if unended:
            if text.endswith(("。", ".")):
                continue
            text += "。"
        for key in _TERMS_VARIANTS:
            pattern = boilerplate_pattern(key, legacy)
            if pattern.fullmatch(text) or (legacy and _legacy_pattern(key).fullmatch(text)):
                return key, para
    return None


