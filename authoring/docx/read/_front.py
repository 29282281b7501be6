"""Metadata from the front matter: the cover's designation, titles, stage and dates, and the
前言's boilerplate about proposer, committee, drafting units and drafters."""

from __future__ import annotations

import re
from collections.abc import Sequence

from authoring.document import STAGES, FunctionType, Kind, Metadata
from authoring.docx.read._patterns import compact, has_cjk, is_placeholder
from authoring.text import SLASH_LOOKALIKES, WIDE_ALNUM, split_names

__all__ = ["parse_cover", "parse_foreword", "function_from_title", "function_from_scope", "looks_like_cover", "is_legacy_2009",
           "is_iso_draft", "Continued"]

_DESIGNATION = re.compile(
    # (a group's or an enterprise's code as short as the number lets it be: T/JSATL12—2017 is T/JSATL 12, not T/JSATL1 2)
    r"(?P<prefix>GB[ \u3000]?/[ \u3000]?[TZ]|GB|DB\d{2,6}(?:[ \u3000]?/[ \u3000]?T)?|[TQ]/[A-Z][A-Z0-9]{1,9}?"
    r"|[A-Z]{1,4}(?:[ \u3000]?/[ \u3000]?[TZ])?)"
    # a draft's unfilled number may be bracketed: YD/T [×××××]—[××××]
    r"[\s\u3000]*\[?(?P<number>[\dX×*]+(?:\.[\dX×*]+)?)\]?[\s\u3000]*[—–\-－]{1,2}[\s\u3000]*\[?(?P<year>[\dX×*]{4})\]?"
)
#: What a Markdown converter puts above a cover (---, title: "…", source: "…", processed: …): no cover line.
_FRONT_MATTER = re.compile(r"^(?:-{3,}$|[a-z_]+:\s)")
_ICS = re.compile(r"ICS[\s\u3000]*(?P<v>[\dX][\dX.\s;；]*[\dX])")
_CCS = re.compile(r"CCS[\s\u3000]*(?P<v>[A-Z] ?[\dX]{1,2}(?:[\s;；]+[A-Z] ?[\dX]{1,2})*)")
_STAGE = re.compile(r"[（(](?P<s>" + "|".join(STAGES) + r")[）)]")
#: A cover's date: 2026-03-01 (XXXX-XX-XX not set yet).
_DAY = r"[\dX]{4}[\s\u3000]*-[\s\u3000]*[\dX]{2}[\s\u3000]*-[\s\u3000]*[\dX]{2}"
#: The issue and implementation dates as a cover prints them (2026-03-01发布), or with their label first
#: (发布日期：2026-03-01, 实施时间: 2026年6月1日: QA pass 11, A8). A date in words is read after its label only:
#: before 发布 it is a sentence's more often than a cover's (国务院1995年7月10日发布的《……》).
_DATE = re.compile(rf"(?P<d>{_DAY})[\s\u3000]*(?P<k>发布|实施)"
                   rf"|(?P<k2>发布|实施)[\s\u3000]*(?:日期|时间)[\s\u3000]*[：:]?[\s\u3000]*"
                   rf"(?P<d2>{_DAY}|\d{{4}}[\s\u3000]*年[\s\u3000]*\d{{1,2}}[\s\u3000]*月[\s\u3000]*\d{{1,2}}[\s\u3000]*日)")
_CHINESE_DAY = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_DRAFT_DATE = re.compile(r"本(?:草案|稿)完成(?:时间|日期)[：:\s\u3000]*(?P<d>[^）)：:\s\u3000][^）)]*)")
_FILING = re.compile(r"备案号[：:][\s\u3000]*(?P<v>\S+)")
_ADOPTION = re.compile(r"^[（(](?P<a>[^（）()]*?(?:IDT|MOD|NEQ)[^（）()]*)[）)]$")
# A draft's plain cover: its title, （草案） or the stage, a month (2025 年 7 月).
_DRAFT_MARK = re.compile(r"[（(][\s\u3000]*(?:草案|征求意见稿|送审稿|报批稿|(?:工作组)?讨论稿)[\s\u3000]*[）)]")
_BANNER = re.compile(r"(中华人民共和国.*标准|标准化指导性技术文件|地方标准|团体标准|企业标准|行业标准)$")


def cover_banner(text: str) -> bool:
    """Whether ``text`` is a cover's banner (中华人民共和国国家标准, 中 华人 民 共 和 国 行业 标准 as an OCR spaced it)."""
    flat = compact(text)
    return len(flat) <= 30 and _BANNER.search(flat) is not None


#: The stages of an ISO/IEC document before publication, as its reference names them (ISO/CD 12345).
_ISO_DRAFT_STAGES = "CD|DIS|FDIS|WD|NP|PWI|AWI"
#: An ISO/IEC document's cover: its reference (ISO/CD 12345, ISO/IEC DIS 2382, ISO XXXXX) or its committee.
_ISO_COVER = re.compile(rf"^(?:ISO(?:/IEC)?(?:[/ ](?:{_ISO_DRAFT_STAGES}|TS|TR|PAS))*[\s\u3000]+[\dX]|ISO/TC\b)")
#: An ISO/IEC draft's reference (ISO/CD 12345, ISO/IEC DIS 2382): a draft, not the published standard.
_ISO_DRAFT = re.compile(rf"^ISO(?:/IEC)?(?:[/ ](?:TS|TR|PAS))?[/ ](?:{_ISO_DRAFT_STAGES})\b")


def is_iso_draft(text: str) -> bool:
    """Whether a cover line is an ISO/IEC draft's reference (ISO/CD XXXXX)."""
    return _ISO_DRAFT.match(text.strip()) is not None


class Continued(str):
    """A cover line that goes on from the one above in the same paragraph, after a manual line break (Shift+Enter):
    how a cover sets a long title on lines of its own, one or more of its elements a line (see
    :func:`authoring.docx.write._cover.cover_title_lines`)."""

    __slots__ = ()


def looks_like_cover(lines: list[str]) -> bool:
    """Whether the text before the 目次/前言 is a cover (number, banner, dates or ICS; an ISO reference)."""
    text = "\n".join(lines)
    return bool(_DESIGNATION.search(text) or _ICS.search(text) or _DATE.search(text) or _DRAFT_MARK.search(text)
                or any(_BANNER.search(compact(line)) or _ISO_COVER.match(line.strip()) for line in lines))


def parse_cover(lines: list[tuple[str, int | None]], meta: Metadata, texts: Sequence[str] = ()) -> None:
    """Fill ``meta`` from cover lines given as ``(text, font size)``, in order (a line :class:`Continued` from the one
    above after a manual line break); the draft's ``texts``, where its title may stand whole (the first body page
    prints it so), tell which space stood where the cover broke the title."""
    wholes = texts
    texts = [t.strip() for t, _ in lines if t.strip() and not is_placeholder(t) and not _FRONT_MATTER.match(t.strip())]
    banner_at = -1
    english_at = -1
    designation_found = False
    dates_at = len(texts)
    issued_at = -2
    for i, text in enumerate(texts):
        flat = compact(text)
        if cover_banner(text):
            banner_at = i if banner_at < 0 else banner_at
            continue
        if not designation_found and not _replaces_line(text) and "备案号" not in flat:
            match = _DESIGNATION.search(text.translate(SLASH_LOOKALIKES))
            if match and not _ICS.search(text) and not _split_placeholder(match):
                _set_designation(meta, match)
                designation_found = True
                continue
        if _replaces_line(text):
            meta.replaces = [m.group(0).strip() for m in _DESIGNATION.finditer(text.translate(WIDE_ALNUM))]
            continue
        for pattern, attr in ((_ICS, "ics"), (_CCS, "ccs")):
            match = pattern.search(text)
            if match:
                setattr(meta, attr, match.group("v").strip())
        for match in _DATE.finditer(text):
            value = re.sub(r"[\s\u3000]", "", match.group("d") or match.group("d2"))
            value = _CHINESE_DAY.sub(lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", value)
            value = "" if set(value) <= set("X-") else value  # XXXX-XX-XX: not set yet
            if (match.group("k") or match.group("k2")) == "发布":
                meta.issue_date = value
            else:
                meta.implement_date = value
        stage = _STAGE.search(flat)
        if stage:
            meta.stage = stage.group("s")  # type: ignore[assignment]
        for pattern, attr in ((_DRAFT_DATE, "draft_date"), (_FILING, "filing_number")):
            match = pattern.search(text)
            if match:
                value = match.group(match.lastgroup or "").strip()
                if attr == "draft_date" and not value.strip("×xX \u3000年月日-—./"):
                    value = ""  # ××××年××月××日: the writer's blank, not set yet
                setattr(meta, attr, value)
        adoption = _ADOPTION.match(text)
        if adoption:
            meta.adoption = adoption.group("a").strip()
        if english_at < 0 and _is_english_title(text):
            english_at = i
            meta.title_en = text
        if _DATE.search(text):
            dates_at = i
        elif flat.endswith("发布"):
            # The issuers may stand on several lines between the dates and the word 发布.
            names = "\n".join(texts[dates_at + 1:i] + [text[: text.rstrip().rfind("发布")]])
            meta.issuers = [s.strip() for s in re.split(r"[\t\n\u3000]+|\s{2,}", names) if s.strip()]
            issued_at = i
        elif issued_at == i - 1 and meta.issuers and _ISSUER.fullmatch(flat):
            # A copy of a two-issuer cover prints 国家市场监督管理总局 / 发布 / 国家标准化管理委员会: the
            # second issuer after the word (the 发布 beside both names, centred between them).
            meta.issuers.append(flat)
            issued_at = i
    if not designation_found and banner_at >= 0:
        _kind_from_banner(meta, compact(texts[banner_at]))
    continued = {t.strip() for t, _ in lines if isinstance(t, Continued)}
    meta.title_zh = _chinese_title(texts, lines, banner_at, english_at, continued, wholes) or meta.title_zh


def _kind_from_banner(meta: Metadata, banner: str) -> None:
    """The kind a cover's banner names (中华人民共和国通信行业标准), where no designation was read."""
    kinds = (("国家标准", Kind.GBT), ("标准化指导性技术文件", Kind.GBZ), ("行业标准", Kind.INDUSTRY),
             ("地方标准", Kind.LOCAL), ("团体标准", Kind.GROUP), ("企业标准", Kind.ENTERPRISE))
    for word, kind in kinds:
        if word in banner:
            meta.kind, meta.kind_source = kind, "banner"
            return


#: An issuing body's name, as a cover prints it (国家标准化管理委员会, 中华人民共和国工业和信息化部, ××省市场监督管理局).
_ISSUER = re.compile(r"[\u4e00-\u9fff（）()]{2,30}(?:委员会|总局|局|部|厅|委|协会|学会|联合会|联盟|研究院|中心)")


def _split_placeholder(match: re.Match[str]) -> bool:
    """A run of placeholders read as prefix and number (XXXX—XXXX as XXX + X): no designation.
    A placeholder prefix with its /T (XX/T XXXX—XXXX) is one."""
    prefix = match.group("prefix")
    return "/" not in prefix and set(prefix) <= {"X", "×"}


def _set_designation(meta: Metadata, match: re.Match[str]) -> None:
    prefix = re.sub(r"[ \u3000]", "", match.group("prefix"))  # a copy's YD /T: YD/T
    meta.kind_source = "designation"
    meta.number = match.group("number")
    meta.year = match.group("year")
    if prefix in ("GB", "GB/T", "GB/Z"):
        meta.kind = Kind(prefix)
        meta.mandatory = prefix == "GB"
    elif prefix.startswith("T/"):
        meta.kind, meta.code = Kind.GROUP, prefix[2:]
    elif prefix.startswith("Q/"):
        meta.kind, meta.code = Kind.ENTERPRISE, prefix[2:]
        meta.mandatory = False
    elif prefix.startswith("DB"):
        meta.kind, meta.code = Kind.LOCAL, prefix.removesuffix("/T")
        meta.mandatory = not prefix.endswith("/T")
    else:
        meta.kind, meta.code = Kind.INDUSTRY, prefix.split("/")[0]
        meta.mandatory = not prefix.endswith(("/T", "/Z"))


def _is_english_title(text: str) -> bool:
    letters = sum(ch.isascii() and ch.isalpha() for ch in text)
    lower = sum(ch.isascii() and ch.islower() for ch in text)
    return (len(text) >= 8 and lower >= 3 and letters >= 0.6 * len(compact(text))
            and not text.upper().startswith(("ICS", "CCS")) and not _DATE.search(text)
            and _ADDRESS.search(text) is None and _COVER_FIELD.match(text) is None)


# A cover's labelled field (Date: 202X-XX-XX, Secretariat: XXX, Document type: …): no title.
_COVER_FIELD = re.compile(r"^[A-Za-z][A-Za-z ]{1,24}:\s")


# A web or mail address on a cover (a download site's stamp on a converted PDF): no English title.
def _replaces_line(text: str) -> bool:
    """Whether a cover line names the documents this one replaces: 代替 GB 8978—1996, and 部分代替 ＧＢ８９７８—１９９６ (GB
    18466—2005's cover, round 264, whose title was read as 部分代替 ＧＢ８９７８—１９９６ 医疗机构水污染物排放标准)."""
    return compact(text).startswith(("代替", "部分代替"))


_ADDRESS = re.compile(r"://|www\.|@[\w-]+\.|\.(?:com|cn|org|net)\b", re.I)



def _chinese_title(texts: list[str], lines: list[tuple[str, int | None]], banner_at: int, english_at: int,
                   continued: set[str], wholes: Sequence[str]) -> str:
    def candidate(text: str) -> bool:
        flat = compact(text)
        return (has_cjk(text) and not _BANNER.search(flat) and not _STAGE.search(flat)
                and not _DATE.search(text) and not flat.endswith("发布") and not _replaces_line(text)
                and not _DESIGNATION.search(text) and ("：" not in text or _PART.search(flat))
                and "点击此处" not in text and not text.upper().startswith(("ICS", "CCS"))
                # a sentence is no title: a draft's cover asks 在提交反馈意见时，请将您知道的相关专利……一并附上。
                and not flat.endswith(("。", "；")))

    if english_at > 0:
        block: list[str] = []
        for text in reversed(texts[max(banner_at + 1, 0):english_at]):
            if not candidate(text):
                break
            block.insert(0, text)
        if block:
            # lines filled to the width of a converted cover: a break there mostly wraps a word
            return _joined_title(block, between="", continued=continued, wholes=wholes)
    # The title stands above the dates; below them are the issuers (国家市场监督管理总局 / …… 发布),
    # which a cover whose title is still ×× would otherwise give as its title.
    dated = next((index for index, (text, _) in enumerate(lines) if _DATE.search(text)), len(lines))
    sized = [(size or 0, index, text.strip()) for index, (text, size) in enumerate(lines)
             if index < dated and text.strip() and candidate(text.strip()) and not is_placeholder(text)]
    if not sized:
        return ""
    if banner_at >= 0 and not any(size for size, _, _ in sized):
        # No sizes to tell (a typed or converted cover): the title stands below the banner
        # (中华人民共和国国家标准), not among the lines above it (a download site's stamp).
        banner = texts[banner_at]
        top = next((index for index, (text, _) in enumerate(lines) if text.strip() == banner), -1)
        sized = [entry for entry in sized if entry[1] > top] or sized
    best = max(sized, key=lambda entry: (entry[0], -entry[1]))
    # A title set on several lines (``信息技术服务 运行维护`` / ``第5部分：桌面及外围设备规范``):
    # the neighbouring candidate lines of the same size, or a part line, belong to it.
    at = sized.index(best)
    parts = [best[2]]
    for step in (-1, 1):
        k = at + step
        while 0 <= k < len(sized):
            size, index, text = sized[k]
            near = abs(index - sized[k - step][1]) == 1
            same = size == best[0] and size > 0
            broken = _PART_END.search(compact(parts[-1] if step > 0 else text))  # ``…第4部分：`` / the rest
            if not near or not (same or broken or _PART.match(compact(text))
                                or _PART.match(compact(parts[-1 if step > 0 else 0]))):
                break
            if step < 0:
                parts.insert(0, text)
            else:
                parts.append(text)
            k += step
    # lines set apart in the title's size: an element each
    return _joined_title(parts, between=" ", continued=continued, wholes=wholes)


def _joined_title(lines: list[str], *, between: str, continued: set[str] | frozenset[str] = frozenset(),
                  wholes: Sequence[str] = ()) -> str:
    """A title set on several lines, as one line. GB/T 1.1 separates a title's elements by a space, so a
    line that begins its complementary element (``第3部分：实施指南``) follows a space; the line after
    ``……第4部分：`` goes on with the element's words; a line :class:`Continued` after a manual line break (a cover
    that breaks its title between elements: 社区居家养老服务 / 第2部分：助餐服务规范) follows the space the title has
    there where the draft prints it whole (one of ``wholes``: the first body page's title), the full-width one
    where it does not; lines of their own follow that space too, or else ``between``: nothing where a break only
    wraps a word, a space where each line is an element of its own."""
    whole = _whole(lines, wholes) if len(lines) > 1 else ""
    out = lines[0]
    for line in lines[1:]:
        gap = _gap_in(whole, out, line)
        if out.endswith(("：", ":")):
            out += line
        elif line in continued:
            out += ("\u3000" if gap is None else gap) + line
        elif gap:
            out += gap + line
        elif _PART.match(compact(line)):
            out += " " + line
        else:
            out += between + line
    return out


def _whole(lines: list[str], texts: Sequence[str]) -> str:
    """The first of ``texts`` that is ``lines`` on one line, spaces aside (a title the body prints whole); empty for
    none."""
    target = compact("".join(lines))
    return next((text for text in texts if len(target) <= len(text) <= 2 * len(target) and "\n" not in text
                 and compact(text) == target), "")


def _gap_in(whole: str, before: str, after: str) -> str | None:
    """The spaces ``whole`` (a title printed on one line) has between the words of ``before`` and those of ``after``,
    the lines it was broken into (empty for none); ``None`` when ``whole`` is not that title."""
    done = compact(before)
    if not whole or not compact(whole).startswith(done + compact(after)):
        return None
    at = seen = 0
    while seen < len(done):
        seen += not whole[at].isspace()
        at += 1
    end = at
    while end < len(whole) and whole[end].isspace():
        end += 1
    return whole[at:end]


#: A part number: ``.match`` at the start of a line, ``.search`` anywhere in it (``信息技术安全评估准则 第5部分：
#: 预定义的安全要求包``: its colon is the title's).
_PART = re.compile(r"第[\d一二三四五六七八九十]+部分[：:]")
#: A title line broken after its part number (``公共技术服务接入操作程序 第4部分：`` / ``技术中台……手册``).
_PART_END = re.compile(r"第[\d一二三四五六七八九十]+部分[：:]$")


_PROPOSER = re.compile(r"本(?:文件|标准)由(?P<v>[^。]+?)提出(?P<both>并归口)?")
_COMMITTEE = re.compile(r"本(?:文件|标准)由(?P<v>[^。]+?)归口")
_UNITS = re.compile(r"本(?:文件|标准)(?:主要)?起草单位[：:](?P<v>[^。]*)")
_DRAFTERS = re.compile(r"本(?:文件|标准)主要起草人[：:](?P<v>[^。]*)")


def parse_foreword(texts: list[str], meta: Metadata) -> None:
    """Fill proposer, committee, drafting units and drafters from the 前言's sentences."""
    for text in texts:
        for sentence in re.split(r"(?<=。)", text):
            proposer = _PROPOSER.search(sentence)
            if proposer:
                meta.proposer = proposer.group("v").strip()
                if proposer.group("both"):
                    meta.committee = meta.proposer
                continue
            committee = _COMMITTEE.search(sentence)
            if committee:
                meta.committee = committee.group("v").strip()
            units = _UNITS.search(sentence)
            if units:
                meta.drafting_units = split_names(units.group("v"))
            drafters = _DRAFTERS.search(sentence)
            if drafters:
                meta.drafters = split_names(drafters.group("v"))


_GUIDE_ENDINGS = ("指南", "指引", "导则", "guide", "guidelines", "guidance")
_CODE_ENDINGS = ("规程", "codeofpractice")
_SPEC_ENDINGS = ("规范", "要求", "规定", "标准", "specification", "requirements")


def function_from_title(title: str, *, regulation: bool = False) -> FunctionType | None:
    """规范/规程/指南 from the last words of the title (``…技术要求`` is a 规范).

    ``……服务标准`` names no function (a local standard's title often ends so): None, and the
    scope decides. So does a title ending in anything else (``……评价``, ``……术语``), and, in a
    ``regulation`` (a text written as 第X条), one ending in 规定: like 条例 or 办法, 若干规定 names its
    legal form, not a standard's function (8 of the 27 regulations of rounds 128–131 of bench/real
    were called 规范).
    """
    flat = compact(title).lower().rstrip("。.")
    flat = re.sub(r"[（(][^（）()]*[）)]$", "", flat)  # …规范（征求意见稿）
    if flat.endswith("服务标准") or flat.endswith("标准") and not flat.endswith(("规范标准", "要求标准")):
        return None
    if regulation and flat.endswith("规定"):
        return None
    if flat.endswith(_GUIDE_ENDINGS) or "指南" in flat[-6:]:
        return FunctionType.GUIDE
    if flat.endswith(_CODE_ENDINGS):
        return FunctionType.CODE_OF_PRACTICE
    if flat.endswith(_SPEC_ENDINGS):
        return FunctionType.SPECIFICATION
    # A part's own title names what the part is about; the series' name before 第N部分 names the function (……接口规范
    # 第2部分：CBTC系统车地连续通信协议, ……数据要素指南 第1部分：全球唯一产品识别码).
    part = _PART.search(flat)
    if part is not None and part.start() > 0:
        return function_from_title(flat[:part.start()], regulation=regulation)
    return None


# In English the text itself must give the guidance (This document provides guidance on …): a support page's
# "our staff provide guidance on technical issues" describes its service, not what the text is (QA pass 19, A7).
_SCOPE_GUIDE = re.compile(r"(?:给出|提供)了[^。]{0,80}?(?:指导|建议|指南|指引)"
                          r"|(?:this|the)(?:document|guide|guidance|standard|policy|code|page|note|handbook|manual"
                          r"|part|specification)(?:provides|gives)(?:guidance|guidelines)")
_SCOPE_CODE = re.compile(r"(?:规定|确立)了[^。]{0,80}?(?:程序|流程|步骤)")
_SCOPE_SPEC = re.compile(r"规定了[^。]{0,120}?要求|specifies[^.]{0,120}?requirements")


def function_from_scope(text: str) -> FunctionType | None:
    """The function the 范围's wording declares: 规定了……要求 (规范), 规定了……程序 (规程),
    给出了……指导、建议 (指南); None when it says neither (描述了……, or no scope)."""
    flat = compact(text).lower()
    spec = _SCOPE_SPEC.search(flat)
    guide = _SCOPE_GUIDE.search(flat)
    code = _SCOPE_CODE.search(flat)
    found = [(m.start(), f) for m, f in ((spec, FunctionType.SPECIFICATION), (guide, FunctionType.GUIDE),
                                         (code, FunctionType.CODE_OF_PRACTICE)) if m is not None]
    if not found:
        return None
    if spec is not None and code is not None and spec.start() == code.start():
        return FunctionType.SPECIFICATION  # 规定了……流程和要求: requirements make it a 规范
    return min(found, key=lambda pair: pair[0])[1]


def is_legacy_2009(texts: list[str]) -> bool:
    """A 2009-era draft names itself 本标准 or, a part, 本部分 (GB/T 1.1—2020 has 本文件 for both: GB 5768.7—2018's scan,
    round 207, whose 前言 line naming GB/T 1.1—2009 an OCR lost), or cites GB/T 1.1—2009."""
    # _LEGACY needs GB/T or 附录 in the text: looked for first, the regex runs on the few lines that hold one.
    return any(
        "本标准" in t or "本部分" in t or (("GB/T" in t or "附录" in t) and _LEGACY.search(t)) for t in texts
    )


_LEGACY = re.compile(r"GB/T[\s\u3000]*1\.1[\s\u3000]*[—–\-一]+[\s\u3000]*2009|[（(](?:规范性|资料性)附录[）)]")
