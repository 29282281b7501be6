"""Text patterns of a GB/T 1.1 draft: clause numbers, annex headings, captions, markers, references.

Each function takes printed text (numbering label included) and returns the parts it found,
or None. They know nothing about Word; the structure builder decides when to trust them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from authoring.text import WIDE_ALNUM, WIDE_DIGITS, WIDE_LETTERS

__all__ = [
    "compact", "element_name", "ClauseHead", "clause_head", "AnnexHead", "annex_head", "annex_status",
    "caption", "note", "example", "list_marker", "split_reference", "split_term", "source_of",
    "bibliography_entry", "is_sentence", "TEMPLATE_CODE", "is_placeholder", "TOC", "FOREWORD", "INTRODUCTION",
    "BIBLIOGRAPHY", "INDEX", "toc_entry", "worn_toc_entry", "annex_status_titled", "is_cjk", "has_cjk",
    "DOTTED_LABEL", "dotted_clause_head", "comma_chapter_head", "TECHNICAL_NAME",
]

TOC, FOREWORD, INTRODUCTION, BIBLIOGRAPHY, INDEX = "目次", "前言", "引言", "参考文献", "索引"
_ELEMENTS = {
    "目次": TOC, "目录": TOC, "contents": TOC, "tableofcontents": TOC,
    "前言": FOREWORD, "foreword": FOREWORD,
    "引言": INTRODUCTION, "introduction": INTRODUCTION,
    "参考文献": BIBLIOGRAPHY, "bibliography": BIBLIOGRAPHY,
    "索引": INDEX, "index": INDEX,
}
_WIDE_CAPTION_NUMBER = re.compile(r"[表图][\s\u3000]*(?=[０-９Ａ-Ｚ])[０-９Ａ-Ｚ．]+")
_HAS_WIDE_DIGIT = re.compile("[" + "".join(map(chr, WIDE_DIGITS)) + "]")  # translate only when needed
_SENTENCE_END = tuple("。；;：:，,！？!?")

_CLAUSE = re.compile(
    # (a number a bracket follows straight on is a value and its qualifier: 1.0(扣除参考值c), a table cell of DB44/ 818—2010
    # as its PDF's text layer gives it, round 265, read as clause 1.0)
    r"^(?P<num>(?:\d{1,2}|[A-Z])(?:\.\d{1,3}){0,7})(?![\d.)）(（、%/\-—～~])[\s\u3000]*(?P<rest>.*)$", re.S
)
_ANNEX = re.compile(
    r"^(?:附[\s\u3000]*录|Annex)[\s\u3000]*(?P<letter>[A-Z])(?![A-Za-z\d.])[\s\u3000]*"
    r"(?:[（(][\s\u3000]*(?P<status>规范性|资料性|normative|informative)[\s\u3000]*(?:附录)?[）)])?"
    r"[\s\u3000]*(?P<title>.*)$", re.S | re.I,
)
_STATUS = re.compile(r"^[（(][\s\u3000]*(规范性|资料性|normative|informative)[\s\u3000]*(?:附录)?[）)]$", re.I)
_CAPTION = re.compile(
    # a number may end in a dot before its title (图2. 中间数据……, as some drafts type it)
    r"^(?P<kind>表|图|Table|Figure)[\s\u3000]*(?P<num>(?:[A-Z]\.)?\d{1,3}(?:\.\d{1,3})?)(?P<dot>\.(?=[\s\u3000]))?(?![\d.])"
    r"[\s\u3000]*(?P<cont>[（(]续[）)])?[\s\u3000—–:：-]*(?P<title>.*)$", re.S,
)
# 中 opens a sentence that points into the object (表2中的参数……), but not a noun it starts (表107中控/站控转换, an OCR
# copy's caption run into its number: round 192).
_REFERRING = re.compile(r"^(?:表明|所示|给出|说明|举例|描述|显示|列出|规定|中(?!控|心|间|央|继|断|压|频)|为|是|和|与|及|至|的)")
_CONTINUED_TAIL = re.compile(r"[\s\u3000]*[（(]续[）)]$")
_NOTE = re.compile(r"^注[\s\u3000]*(?P<n>\d*)[\s\u3000]*[：:][\s\u3000]*(?P<text>.*)$", re.S)
_EXAMPLE = re.compile(r"^示例[\s\u3000]*(?P<n>\d*)[\s\u3000]*[：:][\s\u3000]*(?P<text>.*)$", re.S)
_TYPED_MARKERS = (
    (re.compile(r"^(?:——|—|－－|--)[\s\u3000]*(?P<text>\S.*)$", re.S), "dash"),
    (re.compile(r"^[a-z][)）][\s\u3000]*(?P<text>\S.*)$", re.S), "letter"),
    (re.compile(r"^\d{1,2}[)）][\s\u3000]*(?P<text>\S.*)$", re.S), "number"),
    (re.compile(r"^[·•●▪◆■\uf0b7\uf0a7][\s\u3000]*(?P<text>\S.*)$", re.S), "bullet"),
)
_DESIGNATION = re.compile(
    r"^(?P<d>(?:GB(?:/|//|\.)[TZ]|GB|DB\d{2,6}(?:/T)?|[TQ]/[A-Z0-9]{2,10}|ISO(?:/IEC)?(?:/IEEE)?(?:/TS|/TR|/PAS)?"
    r"|IEC(?:/IEEE)?(?:/TS|/TR)?"
    # a sibling draft's number not yet given may be AAAA (YD/T AAAA-202X …)
    r"|(?:IETF[\s\u3000]*)?RFC|[A-Z]{1,5}(?:/[TZ])?)[\s\u3000]*(?:[\d×X]|AA)[\d×A-Za-z.\-]*(?:[—–-][\d×X]{4})?(?:[:：]\d{4})?"
    r"(?:[\s\u3000]*[（(](?:所有部分|all parts)[）)])?)(?:[\s\u3000,，]+|(?<=[\d）)])(?=[\u4e00-\u9fff]))(?P<t>\S.*)$"
)  # the title may follow the number unspaced (GB/T 25069-2022信息安全技术 术语, ISO/IEC8825（所有部分）信息技术……: a PDF's text)
_SOURCE = re.compile(r"^[\[［][\s\u3000]*(?:来源|SOURCE)[\s\u3000]*[：:][\s\u3000]*(?P<s>.*?)[\s\u3000]*[\]］]$", re.S)
_PLACEHOLDER = re.compile(r"^[（(\[]?[\s\u3000]*(?:点击此处|单击此处|click here)", re.I)
# ``[3] GB/T …``, and as typed lists number them: ``3. GB/T …``, ``3、GB/T …`` (not ``3.1``).
#: (or ``1] GB/T18894—2016 …``, the opening bracket lost by a PDF's text layer: DA/T 104—2024's, round 276, whose every
#: entry went unread, so documents it lists were reported as listed nowhere)
_BIBLIO = re.compile(r"^(?:[\[［](?P<n>\d{1,4})[\]］]|(?P<m>\d{1,3})[.．、](?!\d)|(?P<k>\d{1,3})[\]］](?=[\s\u3000]))"
                     r"[\s\u3000]*(?P<text>.*)$", re.S)
#: A bracketed serial after the start of a bibliography line: the next entry run onto it.
NEXT_SERIAL = re.compile(r"(?<=\S)[\s\u3000]*(?=[\[［]\d{1,4}[\]］][\s\u3000]*(?:[A-Z]{2}|ISO|IEC|[\u4e00-\u9fff]))")
_TERM_SPLIT = re.compile(r"^(?P<zh>.*?[^\x00-\x7f])[\s\u3000]+(?P<en>[A-Za-z].*)$", re.S)
#: A term and its English equivalent with no space between them, as an OCR or a PDF conversion that drops
#: spaces leaves them (密码杂凑算法cryptographichashalgorithm, SM2算法SM2algorithm: GM/T 0030's scan, round 193):
#: the English starts after the last Han character and holds a lowercase word, so 关键绩效指标KPI stays one name.
_TERM_RUN_ON = re.compile(r"^(?P<zh>.*[\u3400-\u9fff])(?P<en>[A-Za-z][\x20-\x7e；，（）]*)$", re.S)
_ENGLISH_WORD = re.compile(r"[a-z]{3}")


_TOC_ENTRY = re.compile(r"(?:[.．·…]{4,}|[.．·…](?:[\s\u3000]*[.．·…]){3,})[\s\u3000]*[\dIVXLivxl]{1,4}[\s\u3000]*$")


def toc_entry(text: str) -> bool:
    """A typed table-of-contents line: a title, leader dots and a page number."""
    tail = text.rstrip()
    if not tail or not (tail[-1].isdecimal() or tail[-1] in "IVXLivxl"):
        return False  # (no page number at its end: the search, tried at every leader, is spared)
    return _TOC_ENTRY.search(text) is not None


# An entry as OCR leaves a 目次: a clause number, an annex or an element, its title, and then a
# page number after a space or a dot or two, or dots alone (4 缩略语 . 3, 7 属性 13, 1 范围 ...).
_TOC_ENTRY_WORN = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2}){0,4}[\s\u3000]+\S|[A-Z](?:\.\d{1,2}){1,4}[\s\u3000]+\S|附[\s\u3000]*录[\s\u3000]*[A-Z]"
    r"|前[\s\u3000]*言|引[\s\u3000]*言|参[\s\u3000]*考[\s\u3000]*文[\s\u3000]*献|索[\s\u3000]*引)"
    r".{0,80}?(?:[.．·…][.．·…\s\u3000]*(?:\d{1,3}|[IVXivx]{1,5})?|[\s\u3000]+(?:\d{1,3}|[IVX]{1,5}))[\s\u3000]*$")


def worn_toc_entry(text: str) -> bool:
    """A 目次 line whose leader dots OCR has thinned or lost (only asked once a 目次 was seen)."""
    return len(text) <= 100 and _TOC_ENTRY_WORN.match(text) is not None and not text.rstrip().endswith("。")


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds any CJK ideograph."""
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def is_cjk(text: str) -> bool:
    """Whether every character of ``text`` is a CJK ideograph."""
    return bool(text) and all("\u4e00" <= ch <= "\u9fff" for ch in text)


def compact(text: str) -> str:
    """``text`` without any whitespace (``前  言`` → ``前言``)."""
    return "".join(text.split())  # str.split() splits on exactly what [\s\u3000] matches, several times faster


#: How long a title may be: a line typed in the body, and one the draft styles as a heading, which may be longer
#: (``13. Use and contribute to open standards, common components and patterns``, 69 characters after its
#: number, was read as a paragraph: QA pass 11, A6).
TITLE_LENGTH = 60
STYLED_TITLE_LENGTH = 120


#: A web template's code (<%= current_page.data.title %>, {{ page.title }}): never a title.
TEMPLATE_CODE = re.compile(r"<%|%>|\{\{|\{%")


def is_sentence(text: str, *, longest: int = TITLE_LENGTH) -> bool:
    """Whether ``text`` reads as running text rather than a title: it ends as a sentence or a lead-in does, or
    it is longer than a title (``longest`` characters)."""
    stripped = text.rstrip()
    return stripped.endswith(_SENTENCE_END) or len(stripped) > longest


def is_placeholder(text: str) -> bool:
    """Template prompts such as ``点击此处添加标准名称``."""
    return _PLACEHOLDER.match(text.strip()) is not None


# Traditional forms an OCR layer gives the element names (參考文獻).
_TRADITIONAL = str.maketrans("參獻錄錄", "参献录录")


def element_name(text: str) -> str | None:
    """The unnumbered element a heading names (``目次``, ``前言`` …), or None."""
    key = compact(text)
    if len(key) > 20:  # (lower() and the table keep the length: a long line is none, without folding it)
        return None
    key = key.lower().translate(_TRADITIONAL)
    if _TOC_GARBLED.fullmatch(key):
        return TOC  # 目>  次: a mark an OCR saw between the spaced characters (GB/T 39274's scan, round 198)
    return _ELEMENTS.get(key) if len(key) <= 20 else None


_TOC_GARBLED = re.compile(r"目[^\w\u3400-\u9fff]{1,2}[次录]")


@dataclass(frozen=True)
class ClauseHead:
    """A clause number at the start of a paragraph and what follows it."""

    number: str
    rest: str

    @property
    def parts(self) -> tuple[str, ...]:
        """``("A", "1", "2")`` for ``A.1.2``."""
        return tuple(self.number.split("."))


# A number a PDF's text layer spaced out (5 . 1 体系结构, 6 . 1 . 1 远程监控消息格式: GM/T 0053's pdftotext copy,
# round 194, whose subclauses were read as chapter 5's title ". 1 体系结构").
_SPACED_DOTS = re.compile(r"^\d{1,2}(?:[ \u3000]\.[ \u3000]\d{1,3})+(?=[ \u3000])")
_SPACED_ANNEX_NUMBER = re.compile(r"^([A-Z])\.[ \u3000](?=\d)")
_SPACED_AFTER_DOTS = re.compile(r"\d{1,2}(?:\.[ \u3000]?\d{1,3})+")
# A dot a PDF's font left unmapped, a private-use character between two digits of a number (４\ue010１ 污水排放要求,
# ４ \ue010 １ \ue010 １: the environment ministry's 2005-2008 standards as their publisher set them, round 264).
_PRIVATE_DOT = re.compile(r"[ \u3000]?[\ue000-\uf8ff][ \u3000]?")
_PRIVATE_DOTTED = re.compile(r"(?:[0-9０-９]{1,2}|[A-ZＡ-Ｚ])(?:[ \u3000]?[\ue000-\uf8ff][ \u3000]?[0-9０-９]{1,3})+")


def clause_head(text: str) -> ClauseHead | None:
    """``4.1　标题`` → ClauseHead("4.1", "标题"); a letter needs a dot (``A.1``); a PDF's
    ``A. 2.3 道岔`` is ``A.2.3``."""
    text = text.strip()
    if (lead := _PRIVATE_DOTTED.match(text)) is not None:
        text = _PRIVATE_DOT.sub(".", lead.group(0)) + text[lead.end():]
    if "Ａ" <= text[:1] <= "Ｚ" and text[1:2] in ("．", "."):  # Ａ．１ (a full-width annex letter)
        text = text[0].translate(WIDE_LETTERS) + text[1:]
    if text[:1].isupper() and text[1:3] in (". ", ".\u3000"):
        text = _SPACED_ANNEX_NUMBER.sub(r"\1.", text)
    if _HAS_WIDE_DIGIT.search(text):
        text = text.translate(WIDE_DIGITS)
    if text[1:4] in (" . ", "\u3000.\u3000") or text[2:5] == " . ":
        text = _SPACED_DOTS.sub(lambda m: re.sub(r"[ \u3000]", "", m.group(0)), text)
    if ". " in text[:4] and _SPACED_AFTER_DOTS.fullmatch(text):
        text = text.replace(" ", "")
    match = _CLAUSE.match(text)
    if match is None:
        return None
    number, rest = match.group("num"), match.group("rest").strip()
    if number[0].isalpha() and "." not in number:
        return None
    if rest and rest[0].isascii() and rest[0].isalnum() and not text[len(number)].isspace() \
            and not (_RUN_IN_ACRONYM.match(rest) and ("." in number or not _UNIT_RUN_IN.match(rest))):
        return None  # "3D", "5G": no separator before Latin text means it is not a number
    return ClauseHead(number=number, rest=rest)


# A clause's title opening with an acronym, run into its number by a PDF's text (6.4.27ATP自诊断…,
# 6.6.11CI间通信通用报文, 6.4.35AT0自诊断): capitals, then Chinese; or a technical name with two capitals
# in its first letters (5IPSecVPN网关产品要求: GM/T 0023's scan, round 194, whose chapters 5-7 were lost), not a
# word (Java程序).
#: A technical name with two capitals in its first letters (IPSec, IPv6, SSLVPN), not a word (Java).
TECHNICAL_NAME = r"[A-Z][a-z]{0,3}[A-Z][A-Za-z0-9]*"
_RUN_IN_ACRONYM = re.compile(r"(?:[A-Z]{2,}[A-Z0-9]*|" + TECHNICAL_NAME + r")(?:[/-][A-Za-z0-9]+)*(?=[\u4e00-\u9fff])")
# (a chapter's too, 5CI-CI通信接口报文规范, where the capitals are no unit of a quantity: 4GB内存 is no chapter 4)
_UNIT_RUN_IN = re.compile(r"(?:[KMGTP]B|[KMG]HZ|KW|MW|KV|KVA|MPA|DB)(?![A-Z])")


# A clause number printed with a trailing dot (GB/T 1.1 prints none): a list's label "5.1." on a
# heading, and the same typed into the text ("1. 范围" of a Markdown transcription, "5.1.服务要求",
# an annex's "A.1.2. 数据共享应用场景" beside its "A.1.1 开发测试": bench/real round 159).
_NUMBER = r"(?:\d{1,2}(?:\.\d{1,3}){0,7}|[A-Z](?:\.\d{1,3}){1,7})"
DOTTED_LABEL = re.compile(rf"^({_NUMBER})\.(\s*)$")
_TYPED_DOTTED = re.compile(rf"^({_NUMBER})\.(?=[\s\u3000]*[^\d\s.\u3000])")


def dotted_clause_head(text: str) -> ClauseHead | None:
    """``5.1. 服务要求`` → ClauseHead("5.1", "服务要求"): a number GB/T 1.1 prints without the dot.

    Whether it is a clause at all (and not the item ``1.`` of a typed list) the caller decides,
    as it does for an unstyled ``5 服务要求``.
    """
    match = _TYPED_DOTTED.match(text.strip())
    if match is None:
        return None
    return clause_head(f"{match.group(1)} {text.strip()[match.end():].lstrip()}")


#: A chapter typed as a list item's number with 、 (1、范围 in JT/T 808—2011's 报批稿, beside its 2 规范性引用文件).
_COMMA_CHAPTER = re.compile(r"^(\d{1,2})、[\s\u3000]*(?=\S)")


def comma_chapter_head(text: str) -> ClauseHead | None:
    """``1、范围`` → ClauseHead("1", "范围"). Whether it is a chapter (1、 numbers a list as often) the caller decides:
    it reads one only where the title is a chapter GB/T 1.1 fixes (范围, 规范性引用文件 …)."""
    match = _COMMA_CHAPTER.match(text.strip())
    if match is None:
        return None
    return clause_head(f"{match.group(1)} {text.strip()[match.end():]}")


@dataclass(frozen=True)
class AnnexHead:
    """An annex heading: letter, normative status (None when not stated here) and title."""

    letter: str
    normative: bool | None
    title: str


def annex_head(text: str) -> AnnexHead | None:
    """``附 录 A（规范性）标题`` (also 2009's ``（规范性附录）`` and ``Annex A (normative)``)."""
    text = text.strip()
    if text[:1] == "附" and (wide := re.search("[Ａ-Ｚ]", text[:6])):  # 附录 Ａ（资料性附录）
        text = text[:wide.start()] + text[wide.start()].translate(WIDE_LETTERS) + text[wide.start() + 1:]
    match = _ANNEX.match(text)
    if match is None:
        return None
    status = match.group("status")
    return AnnexHead(
        letter=match.group("letter"),
        normative=None if status is None else status.lower() in ("规范性", "normative"),
        title=match.group("title").strip(),
    )


def annex_status(text: str) -> bool | None:
    """``（规范性）`` → True, ``（资料性附录）`` → False, anything else None."""
    match = _STATUS.match(compact(text))
    return None if match is None else match.group(1).lower() in ("规范性", "normative")


# (the title may follow the status with no space: (规范性附录)循环冗余校验(CRC)算法, GB/T 29871's copy)
_STATUS_TITLED = re.compile(r"^[（(][\s\u3000]*(规范性|资料性|normative|informative)[\s\u3000]*(?:附录)?[）)]"
                            r"[\s\u3000]*(?P<title>[^\s\u3000].{0,59})$", re.I)


def annex_status_titled(text: str) -> tuple[bool, str] | None:
    """``（资料性附录）  XML 模式文件说明`` (a PDF put the title on the status line) → (False, title)."""
    match = _STATUS_TITLED.match(text.strip())
    if match is None or is_sentence(match.group("title")):
        return None
    return match.group(1).lower() in ("规范性", "normative"), match.group("title").strip()


def caption(text: str) -> tuple[str, str, str, bool] | None:
    """``表A.1　标题`` → ("table", "A.1", "标题", continued); a number set full-width (表 １, 表 Ａ．１) narrowed."""
    text = text.strip()
    if text[:1] in ("表", "图") and (wide := _WIDE_CAPTION_NUMBER.match(text)) is not None:
        text = wide.group(0).translate(WIDE_ALNUM) + text[wide.end():]
    match = _CAPTION.match(text)
    if match is None:
        return None
    kind = "table" if match.group("kind") in ("表", "Table") else "figure"
    title = match.group("title").strip()
    referring = _REFERRING.match(title) and not match.group("dot")  # 图2. 中间数据……: a caption, not 图2中……
    if len(title) > 60 or title.endswith(("。", "；", "：", ":", "，", ",")) or "。" in title or referring:
        # 图4表明了……：a sentence that refers to the figure, not its caption; and one a PDF's line broke after its
        # first sentence (图C.1举例说明了……模型。该模型标识了……列表操, GB/T 16264.4's scan, round 197)
        return None
    continued = match.group("cont") is not None
    tail = _CONTINUED_TAIL.search(title)
    if tail is not None:  # 表1 GAL 信息包格式定义（续）: the continuation mark after the title
        title, continued = title[:tail.start()].rstrip(), True
    return kind, match.group("num"), title, continued


def note(text: str) -> tuple[int | None, str] | None:
    """``注2：文字`` → (2, "文字")."""
    match = _NOTE.match(text.strip())
    if match is None:
        return None
    return (int(match.group("n")) if match.group("n") else None), match.group("text").strip()


def example(text: str) -> tuple[int | None, str] | None:
    """``示例：文字`` → (None, "文字")."""
    match = _EXAMPLE.match(text.strip())
    if match is None:
        return None
    return (int(match.group("n")) if match.group("n") else None), match.group("text").strip()


def list_marker(text: str) -> tuple[str, str] | None:
    """A typed list marker: ``——文字`` → ("dash", "文字"), ``a) 文字`` → ("letter", "文字")."""
    text = text.strip()
    for pattern, style in _TYPED_MARKERS:
        match = pattern.match(text)
        if match:
            return style, match.group("text").strip()
    return None


_REFERENCE_BULLET = re.compile(r"^[-*·•●▪\uf0b7][\s\u3000]+")
# An ISO-style citation label before the entry (``[ISO/IEC 27001] Information technology—…``, as
# GB/T 18336.1—2015 keeps from its source): the designation in brackets, then the title.
_BRACKETED_DESIGNATION = re.compile(r"^[\[［【]\s*((?:ISO|IEC|GB|[A-Z]{2,4}/[TZ])[^\]］】]{1,40}?)\s*[\]］】][\s\u3000]*")


def split_reference(text: str) -> tuple[str, str] | None:
    """``GB/T 15624　服务标准化工作指南`` → (designation, title); None when no designation. A typed
    bullet before it (``- GB/T 16262.1 …``, ``• ISO 9001 …``) is no part of the entry."""
    text = _REFERENCE_BULLET.sub("", text.strip()).rstrip("；;。")
    labelled = _BRACKETED_DESIGNATION.match(text)
    if labelled is not None and re.search(r"\d", labelled.group(1)):
        return labelled.group(1).strip(), text[labelled.end():].strip()
    parts = re.split(r"\u3000+|\s{2,}", text, maxsplit=1)
    if len(parts) == 2 and re.match(r"^[A-Z][A-Za-z]*", parts[0]) and len(parts[0]) <= 40 and parts[0].isascii():
        return parts[0].strip(), parts[1].strip()
    match = _DESIGNATION.match(text) or _RFC.match(text)
    if match:
        return match.group("d").strip(), match.group("t").strip()
    return None


# An RFC's number is digits alone, so its title may follow it unspaced in any script (RFC2250MPEG1/2视频流的RTP负载格式,
# RFC4566SDP：会话描述协议: GA/T 669.4's scan).
_RFC = re.compile(r"^(?P<d>(?:IETF[\s\u3000]*)?RFC[\s\u3000]*\d{3,5})(?![\d.])[\s\u3000,，]*(?P<t>\S.*)$")


def join_wrapped(text: str, more: str) -> str:
    """``text`` and ``more``, the next line it was wrapped onto, as one line: a word hyphenated at the line's end
    whole again (``Privacyimpactas-`` / ``sessment``), Chinese run on, other words a space apart."""
    if text.endswith("-") and text[-2:-1].isascii() and text[-2:-1].isalpha() and more[:1].islower():
        return text[:-1] + more
    if has_cjk(text[-1:]) or has_cjk(more[:1]) or more[:1] in "）)〕】」，。；、":
        return text + more
    return f"{text} {more}"


def split_references(text: str) -> list[tuple[str, str]]:
    """The entries of one normative-references line: two run together by a PDF extraction
    (``GB/Z 28828—2012 信息安全技术 ……指南 GB/T 35273—2020 信息安全技术 个人信息安全规范``)
    are two; a designation after a Chinese title starts the next, with or without a space and a
    year (``……基本要求GB/T 41479信息安全技术……``)."""
    entries = [split_reference(part) for part in _NEXT_DESIGNATION.split(text)]
    if len(entries) > 1 and all(entries):
        return [e for e in entries if e is not None]
    whole = split_reference(text)
    return [whole] if whole is not None else []


# A national or sector designation after a Chinese title starts the next entry, dated or not. An ISO or IEC
# one starts it only when dated or followed by its English title: undated before Chinese words it is part of the
# title (``GB/T 32890 继电保护 IEC 61850 工程应用模型``, ``ISO 646 信息技术 信息交换用 ISO7 位编码字符集``).
_NEXT_DESIGNATION = re.compile(
    r"(?<=[\u4e00-\u9fff）)])\s*(?="
    r"(?:(?:GB/[TZ]|GB|[A-Z]{2,4}/[TZ])\s*[0-9][0-9.]*"
    r"(?:\s*[—–－-]\s*(?:19|20)[0-9]{2})?(?:\s|(?![的中之和与及或等])[\u4e00-\u9fff]))"
    r"|(?:(?:ISO(?:/IEC)?|IEC)\s*[0-9][0-9.]*(?:[-–][0-9]+)*"
    r"(?:\s*[:：—–－-]\s*(?:19|20)[0-9]{2}|\s+[A-Z][a-z])))")


def bibliography_entry(text: str) -> tuple[int | None, str]:
    """``[3]　GB/T 1.1—2020 …`` (or ``3. GB/T 1.1—2020 …``) → (3, "GB/T 1.1—2020 …")."""
    match = _BIBLIO.match(text.strip())
    if match is None:
        return None, text.strip()
    return int(match.group("n") or match.group("m") or match.group("k")), match.group("text").strip()


def split_term(text: str) -> tuple[str, str]:
    """``服务　service`` → ("服务", "service"); the English part may be absent."""
    text = text.strip()
    parts = re.split(r"\u3000+|\s{2,}", text, maxsplit=1)
    if len(parts) == 2 and parts[1][:1].isascii():
        return parts[0].strip(), parts[1].strip()
    match = _TERM_SPLIT.match(text)
    if match:
        return match.group("zh").strip(), match.group("en").strip()
    match = _TERM_RUN_ON.match(text)
    if match and _ENGLISH_WORD.search(match.group("en")):
        return match.group("zh").strip(), match.group("en").strip()
    return text, ""


def source_of(text: str) -> str | None:
    """``[来源：GB/T 20000.1—2014，3.1]`` → the source inside the brackets."""
    match = _SOURCE.match(text.strip())
    return None if match is None else match.group("s")
