"""The cover page (GB/T 1.1—2020 §8.1; spec §3.4): classification, number, banner, titles, dates.

Everything flows top-down in ordinary paragraphs except the bottom block (dates, rule,
issuers), which sits in a text frame anchored to the page so it stays at the foot of the
cover however long the title is. Word and LibreOffice both render paragraph frames.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml.etree import _Element

from authoring.docx.write import _styles as S
from authoring.docx.write._pages import text_width
from authoring.docx.write._templates import PLACEHOLDER, cover_names, render_boilerplate
from authoring.docx.write._xml import SIZE_YI, TYPE_WIDTH, el, paragraph, run, safe_text
from authoring.document import Kind, Metadata
from authoring.records import replace

NATIONAL_ISSUERS = ("国家市场监督管理总局", "国家标准化管理委员会")
_PATENT_STAGES = ("征求意见稿", "送审稿")
#: What the cover's 本草案完成时间 line shows until the draft's date is set: a blank to fill, in the
#: ×× style of the cover's other blanks (ICS ××.×××), never an empty pair of brackets.
DRAFT_DATE_PLACEHOLDER = "××××年××月××日"
# Twips from the top of the page. Dates and issuers are two frames: LibreOffice merges
# paragraphs with equal frame properties into one frame and then drops it if their
# borders differ (the dates carry the rule).
_DATES_Y = 13500
_ISSUERS_Y = 14200
_ISSUER_INDENT = 1800
_ISSUER_TAB = 7000


#: A title after a replaced or adopted document's number: ``GB/T 35796—2017 养老机构服务质量基本规范`` or
#: ``ISO 22000:2018《食品安全管理体系》`` (the 前言 names it, the cover gives the number alone).
_TITLED = re.compile(r"^(?P<designation>.*?\d)(?:[ \u3000]*《(?P<quoted>[^》]*)》|[ \u3000]+(?P<plain>[^\d\s].*))[ \u3000]*$")
#: The degree of correspondence after an adopted document (GB/T 20000.2): ``ISO 22000:2018, MOD``.
_DEGREE = re.compile(r"^(?P<document>.*?)[\s,，;；、]*(?P<degree>IDT|MOD|NEQ)?$", re.I)


def titled_document(text: str) -> tuple[str, str]:
    """``(number, title)`` of a document given with or without its title (the title is "" when not given).

    >>> titled_document("GB/T 35796—2017 养老机构服务质量基本规范")
    ('GB/T 35796—2017', '养老机构服务质量基本规范')
    >>> titled_document("ISO 22000:2018《食品安全管理体系》")
    ('ISO 22000:2018', '食品安全管理体系')
    >>> titled_document("MZ/T 032—2012")
    ('MZ/T 032—2012', '')
    """
    text = re.sub(r"[ \t\r\n]+", " ", text).strip()  # a title's ideographic space (质量管理体系　要求) stays
    match = _TITLED.match(text)
    if match is None:
        return text, ""
    return match.group("designation").strip(), (match.group("quoted") or match.group("plain") or "").strip()


def adopted_document(adoption: str) -> tuple[str, str, str]:
    """``(number, title, degree)`` of ``metadata.adoption`` (``ISO 22000:2018, MOD``; the degree upper-cased,
    "" when not given).

    >>> adopted_document("（ISO 22000:2018《食品安全管理体系》，mod）")
    ('ISO 22000:2018', '食品安全管理体系', 'MOD')
    """
    text = re.sub(r"[ \t\r\n]+", " ", adoption).strip("（()） \u3000")
    match = _DEGREE.match(text)
    document, degree = (match.group("document"), (match.group("degree") or "").upper()) if match else (text, "")
    return (*titled_document(document.strip()), degree)


#: The code a group's, an enterprise's or a local standard's number prints until the committee gives it, in the X
#: of the number's own placeholder (T/XXXX XXXXX—XXXX, DBXX/T XXXXX—XXXX), which check reads back as the number it
#: is; never a bare T/ (T/ XXXXX—XXXX, read as no number at all). An industry's prints XX/T already.
CODE_PLACEHOLDERS = {Kind.GROUP: "XXXX", Kind.ENTERPRISE: "XXXX", Kind.LOCAL: "DBXX"}


def with_code_placeholder(meta: Metadata) -> Metadata:
    """``meta`` with the placeholder code where its kind needs a code and none is given."""
    if meta.code.strip() or meta.kind not in CODE_PLACEHOLDERS:
        return meta
    return replace(meta, code=CODE_PLACEHOLDERS[meta.kind])


#: What parts a title's elements (引导元素, 主体元素, 补充元素): the full-width space GB/T 1.1 sets between them, or any
#: space before a part's 第N部分 (养老服务 第2部分：…, typed with a plain one).
_ELEMENT_GAP = re.compile(r"(\u3000+|[ \t]+(?=第[\d一二三四五六七八九十]+部分))")
#: Characters of 一号 a cover title's line holds (the type width, 467.75 pt, over 26 pt), less half a character
#: of slack: a title the page model finds just short of the width may still wrap its last character.
_TITLE_LINE = TYPE_WIDTH / 20 / (SIZE_YI / 2) - 0.5


def cover_title_lines(title: str) -> list[str]:
    """The lines the cover sets ``title`` on. A title that fits on a line stays whole; a longer one breaks
    between its elements, as real covers do, as many whole elements on a line as fit (the renderer broke it
    wherever the line was full: 社区居家养老服务　第2部分：助餐服 / 务规范, QA pass 10). An element longer than
    a line stands on lines of its own, wrapped within only there.

    >>> cover_title_lines("社区居家养老服务　第2部分：助餐服务规范")
    ['社区居家养老服务', '第2部分：助餐服务规范']
    >>> cover_title_lines("信息技术　安全技术　信息安全管理体系　要求")
    ['信息技术　安全技术', '信息安全管理体系　要求']
    >>> cover_title_lines("养老服务　第2部分：总则")
    ['养老服务　第2部分：总则']
    """
    title = title.strip()
    if text_width(title) <= _TITLE_LINE:
        return [title]
    pieces = _ELEMENT_GAP.split(title)
    lines = [pieces[0]]
    for gap, element in zip(pieces[1::2], pieces[2::2]):
        if text_width(lines[-1] + gap + element) <= _TITLE_LINE:
            lines[-1] += gap + element
        else:
            lines.append(element)
    return lines


#: What the cover of a national or industry standard shows where its English title is not given: a blank to fill
#: in the 前言's 【请填写：…】 style, which the reader takes for no title; its colon keeps it from being read as a
#: line of the Chinese title, as the line after a part's title is (【请填写英文名称】 was read into it).
ENGLISH_TITLE_PLACEHOLDER = "【请填写：英文名称】"


def needs_english_title(meta: Metadata) -> bool:
    """Whether the cover carries an English title: a national or an industry standard's does (GB/T 1.1—2020 8.1;
    spec §3.4), a local, group or enterprise standard's need not."""
    return meta.kind in (Kind.GB, Kind.GBT, Kind.GBZ, Kind.INDUSTRY)


def cover_code(meta: Metadata) -> str:
    """The code printed large at the top right: ``GB``, ``GB/Z``, ``SL``, ``DB11``, ``T/CAS``."""
    prefix = meta.prefix()
    return prefix[:-2] if prefix.endswith("/T") else prefix


def cover_banner(meta: Metadata) -> str:
    """The banner with the industry field or the province filled in when the code is known."""
    banner = meta.banner()
    code = meta.code.strip().upper()
    if meta.kind == Kind.INDUSTRY:
        name = cover_names()["industry"].get(code)
    elif meta.kind == Kind.LOCAL:
        name = cover_names()["local"].get(code.removeprefix("DB")[:2])
    elif meta.kind == Kind.ENTERPRISE:
        # An enterprise standard's banner names the enterprise: 中国银联股份有限公司企业标准.
        name = next((n for i in meta.issuers if (n := safe_text(i).strip())), None)
    else:
        name = None
    return banner.replace("××", name, 1) if name else banner


def issuers(meta: Metadata) -> list[str]:
    """Who issues the standard; national standards default to SAMR and SAC."""
    named = [safe_text(i).strip() for i in meta.issuers if safe_text(i).strip()]
    if named:
        return named
    if meta.kind in (Kind.GB, Kind.GBT, Kind.GBZ):
        return list(NATIONAL_ISSUERS)
    digits = meta.code.strip().upper().removeprefix("DB").removesuffix("/T").strip()
    province = cover_names()["local"].get(digits) if meta.kind == Kind.LOCAL and len(digits) == 2 else None
    if province:
        # A province's local standard is issued by its market regulation bureau (上海市市场监督管理局 for
        # DB31); a city's (DB3301) by the city's, which the code does not name (QA pass 5: ×××× 发布).
        return [f"{province}市场监督管理局"]
    return [PLACEHOLDER * 2]


def emit_cover(add: Callable[[_Element], _Element], meta: Metadata) -> None:
    """Append the cover's paragraphs through ``add``."""
    ics = safe_text(meta.ics).strip().removeprefix("ICS").strip() or "××.×××"
    ccs = safe_text(meta.ccs).strip().removeprefix("CCS").strip() or "×××"
    add(paragraph(S.COVER_CLASS, run(f"ICS {ics}")))
    add(paragraph(S.COVER_CLASS, run(ccs if meta.legacy_2009 else f"CCS {ccs}")))
    if meta.kind in (Kind.INDUSTRY, Kind.LOCAL):
        filing = safe_text(meta.filing_number).strip() or "×××××—××××"
        add(paragraph(S.COVER_CLASS, run(f"备案号：{filing}")))
    add(paragraph(S.COVER_CODE, run(cover_code(meta))))
    add(paragraph(S.COVER_BANNER, run(cover_banner(meta))))
    add(paragraph(S.COVER_NUMBER, run(meta.designation())))
    # the numbers alone: a title given with one (GB/T 35796—2017 养老机构服务质量基本规范) is for the 前言
    replaced = [titled_document(safe_text(r))[0] for r in meta.replaces if safe_text(r).strip()]
    if replaced:
        add(paragraph(S.COVER_REPLACES, run("代替 " + "、".join(replaced))))
    add(paragraph(S.COVER_RULE))
    add(paragraph(S.COVER_TITLE, run("\n".join(cover_title_lines(safe_text(meta.title_zh))) or PLACEHOLDER)))
    if meta.title_en.strip():
        add(paragraph(S.COVER_TITLE_EN, run(meta.title_en)))
    elif needs_english_title(meta):
        add(paragraph(S.COVER_TITLE_EN, run(ENGLISH_TITLE_PLACEHOLDER)))
    if meta.adoption.strip():
        designation, _, degree = adopted_document(safe_text(meta.adoption))
        add(paragraph(S.COVER_NOTE, run(f"({designation}, {degree})" if degree else f"({designation})")))
    if meta.stage != "发布稿":
        add(paragraph(S.COVER_NOTE, run(f"（{meta.stage}）")))
        drafted = safe_text(meta.draft_date).strip() or DRAFT_DATE_PLACEHOLDER
        add(paragraph(S.COVER_NOTE, run(f"（本草案完成时间：{drafted}）")))
    if meta.stage in _PATENT_STAGES:
        sentence = render_boilerplate("patent_solicitation", legacy=meta.legacy_2009)
        add(paragraph(S.COVER_NOTE, run(sentence, east_asia="黑体")))
    _emit_bottom(add, meta)


def _frame(y: int) -> _Element:
    return el("w:framePr", {"w": TYPE_WIDTH, "wrap": "around", "vAnchor": "page", "hAnchor": "margin",
                            "x": 0, "y": y})


def _emit_bottom(add: Callable[[_Element], _Element], meta: Metadata) -> None:
    issued = safe_text(meta.issue_date).strip() or "XXXX-XX-XX"
    effective = safe_text(meta.implement_date).strip() or "XXXX-XX-XX"
    add(paragraph(S.COVER_DATES, run(f"{issued}发布\t{effective}实施"), ppr=[_frame(_DATES_Y)]))
    names = issuers(meta)
    tabs = el("w:tabs", None, el("w:tab", {"val": "left", "pos": _ISSUER_TAB}))
    indent = el("w:ind", {"left": _ISSUER_INDENT, "firstLine": 0})
    text = "\n".join(names[:-1] + [f"{names[-1]}\t发布"])
    add(paragraph(S.COVER_ISSUER, run(text), ppr=[_frame(_ISSUERS_Y), tabs, indent, el("w:jc", {"val": "left"})]))
