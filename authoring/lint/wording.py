"""Wording rules: modal verbs where they belong and in their standard form; no placeholders.

The word lists live in ``templates/lint_words.yaml``. 应 counts as the modal verb unless it
is part of a word such as 应用, 响应 or 适应; 宜 likewise (not 适宜, 事宜); 可 counts only in
unambiguous permission forms (可以, 也可, 可采用 …), because 可 also makes adjectives (可靠,
可衡量) that state rather than permit.

A modal verb inside a descriptive noun phrase states no provision: 服务应满足的要求, 所应具备
的条件, 可采用的方法 (the modal, at most a two-character verb, then 的 and a noun; or 所
before the modal). Those are skipped by the rules that look for provisions. So is the
customary applicability sentence of a 范围 (……也可参照使用, 可供……参考, in a sentence with
适用于). The 引言 may motivate and suggest: only requirements are reported there.

Placeholders (××, XXXX, 点击此处 …) are warnings, with two exceptions decided here: in a draft
before the 报批稿, the 前言's 提出/归口/起草单位/起草人 sentences may still hold ×× or be
empty (those names are often settled late), and are reported as information only; and the
number of an unpublished draft and of its sibling parts (``GB/T XXXXX.1—XXXX``, ``ISO/CD
XXXXX``) is no placeholder: it is filled in when the document is published.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from authoring.document import (
    COVER, ELEMENT_DESCRIPTION, FOREWORD, INTRODUCTION, Block, FunctionType, Kind, ListBlock, ListItem, Note, Paragraph, Table,
    describes_data_element,
)
from authoring.i18n import tr
from authoring.lint import Hit, rule
from authoring.lint.context import (
    ANNEX, BIBLIO, BODY, FRONT, INTRO, NORMREF, SCOPE, SYMBOLS, LintContext, TextUnit, excerpt, template_data,
)
from authoring.lint.patterns import PAGE_HEAD_NUMBER, is_code_line, marker_of, scan, search_from_starts
from authoring.results import Severity
from authoring.text import first_character_class

_LATE_STAGES = ("报批稿", "发布稿")
_FOREWORD_NAMES = re.compile(r"(?:提出|归口|起草单位|起草人)")


@dataclass(frozen=True)
class _Modal:
    """A regex with groups ``skip`` and ``hit``, a character class every hit has a member of, and the class of
    the characters a match (skipped or hit) begins with (None when they cannot be told).

    Most text holds none of the first class's characters: one scan for them saves the full regex. In a text
    that holds one, the regex is tried only where a match can begin (:func:`scan`).
    """

    pattern: re.Pattern[str]
    needs: re.Pattern[str]
    starts: re.Pattern[str] | None


def _modal(pattern: str, hit_words: Iterable[str], key: str) -> _Modal:
    """``pattern`` whose hits are among ``hit_words``; each word is known by ``key`` if it has it."""
    needs = {key if key in word else word[-1] for word in hit_words}
    compiled = re.compile(pattern)
    return _Modal(compiled, re.compile("[" + "".join(map(re.escape, sorted(needs))) + "]"),
                  first_character_class(compiled))


@dataclass(frozen=True)
class _Words:
    shall: _Modal
    should: _Modal
    permission: _Modal
    nonstandard: _Modal
    suggestions: dict[str, tuple[str, str]]
    severities: dict[str, Severity]
    equivalents: frozenset[str]
    modals_2009: frozenset[str]
    permission_verbs: tuple[str, ...]
    bare: frozenset[str]
    placeholder: re.Pattern[str]
    negated_should: re.Pattern[str]


#: Parties whose name ends in 方, so that 方可 after them is no modal (服务提供方可以, 合作方可以 …).
_PARTIES = ("提供", "需", "供", "甲", "乙", "双", "各", "对", "买", "卖", "第三", "委托", "受托", "承接", "使用",
            "合作", "参与", "接收", "发送", "服务", "运营", "评估", "投资", "出资", "采购", "供应", "相关", "责任",
            "交易", "另一", "我", "他")
#: 应 as "at the request of" (应评估员的请求, 应被评估方请求): a party of up to three characters (被 aside)
#: and its 请求 or 邀请 follow. A verb or preposition right after 应 (应回复……, 应向委托方请求), or a longer
#: phrase before the party (应核对申请人的请求), leaves it the modal.
_AT_REQUEST = (r"应(?!答复|回复|处理|受理|响应|满足|拒绝|记录|接收|审核|核实|告知|通知|及时|在|于|对|向|按|根据|将|把)"
               r"(?=被?[\u4e00-\u9fff]{1,3}?(?:方|员|人|者|单位|机构|部门)的?(?:请求|邀请))")


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = template_data("lint_words.yaml")

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    def overlaps(forms: Iterable[str]) -> str:
        # 服务 before 必须: the word is skipped whole, so the form that follows it is read from its own start.
        tails = {w: [f[1:] for f in forms if f[0] == w[-1]] for w in map(str, data["modal_overlaps"])}
        return "|".join(f"{re.escape(w)}(?={alternation(t)})" for w, t in tails.items() if t) or "(?!)"

    shall_not = alternation(list(data["shall_compounds"]))
    should_not = alternation(list(data["should_compounds"]))
    nonstandard = {str(k): (str(v["standard"]), str(v["guide"])) for k, v in data["nonstandard_modals"].items()}
    severities = {str(k): v["severity"] for k, v in data["nonstandard_modals"].items() if "severity" in v}
    equivalents = frozenset(str(k) for k, v in data["nonstandard_modals"].items() if v.get("equivalent"))
    forms = [str(f) for f in data["permission_forms"]]
    return _Words(
        # A compound is matched first and skipped; a bare 应/宜 is the modal verb.
        # (不应|应, not 不?应: the same matches, with first characters that can be told)
        shall=_modal(rf"(?P<skip>{shall_not}|{_AT_REQUEST})|(?P<hit>不应|应)", ["应"], "应"),
        should=_modal(rf"(?P<skip>{should_not})|(?P<hit>不宜|宜)", ["宜"], "宜"),
        permission=_modal(
            # 服务提供方可以: the 方 ends a party's name, so 方可 is no modal there
            rf"(?P<skip>不可能|可能|(?:{alternation(_PARTIES)})方(?=可))"
            # 也可能, 均可能: possibility, not 也可/均可 (a permission)
            rf"|(?P<hit>(?:{alternation(forms)})(?!能)"
            rf"|可(?:{alternation(list(data['permission_verbs']))}))",
            [*forms, "可"], "可",
        ),
        nonstandard=_modal(
            rf"(?P<skip>{alternation(list(data['nonstandard_exceptions']))}|{overlaps(nonstandard)})"
            rf"|(?P<hit>{alternation(list(nonstandard))})",
            nonstandard, "应",
        ),
        suggestions=nonstandard,
        severities=severities,
        equivalents=equivalents,
        modals_2009=frozenset(str(w) for w in data["modals_2009"]),
        permission_verbs=tuple(str(w) for w in data["permission_verbs"]),
        # Modal words that carry no verb of their own (应, 可以 …): a verb follows them.
        bare=frozenset(["应", "不应", "宜", "不宜", *forms, *nonstandard]),
        placeholder=re.compile("|".join(f"(?:{p})" for p in data["placeholders"])),
        negated_should=re.compile(
            rf"(?<![适便事合相])宜不(?:{alternation([str(w) for w in data['negated_after_should']])})"
        ),
    )


def _hits(modal: _Modal, text: str) -> Iterator[re.Match[str]]:
    if modal.needs.search(text) is None:
        return
    for match in modal.pattern.finditer(text) if modal.starts is None else scan(modal.pattern, modal.starts, text):
        if match.group("hit"):
            yield match


def modal_words(text: str, *, recommendations: bool = True, permissions: bool = True) -> list[re.Match[str]]:
    """Requirement (应/不应 and non-standard forms), recommendation and permission words in ``text``."""
    words = _words()
    found = [*_hits(words.shall, text), *_hits(words.nonstandard, text)]
    if recommendations:
        found.extend(_hits(words.should, text))
    if permissions:
        found.extend(_hits(words.permission, text))
    # A modal verb has its verb after it: one with nothing after it ends a line a copy broke inside a word (……实现
    # Modbus应 / 用层, ……无法在应 / 答: GB/T 19582.2 and YD/T 1522.3 read from their PDFs, round 197).
    found = [m for m in found if not (m.group("hit") in words.bare and not text[m.end():].strip())
             and not _spaced_out_compound(text, m)]
    return sorted(found, key=lambda m: m.start())


#: Chinese set out a character at a time (增 加 应 答 参 数: a PDF's justified line, GB/T 28181's 前言 as pdftotext gave it).
_SPACED_OUT = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]")


def _spaced_out_compound(text: str, match: re.Match[str]) -> bool:
    """Whether a bare 应 or 宜 in spaced-out Chinese begins a compound once the spaces are dropped (应 答 → 应答)."""
    hit = match.group("hit")
    if hit not in ("应", "宜") or text[match.end():match.end() + 1] != " " \
            or _SPACED_OUT.search(text, max(0, match.start() - 4), match.end() + 4) is None:
        return False
    words = _words()
    joined = hit + text[match.end():match.end() + 12].replace(" ", "")
    compound = (words.shall if hit == "应" else words.should).pattern.match(joined)
    return compound is not None and compound.group("skip") is not None


# After a modal verb: a verb of one or two characters, then 的 and a noun (应满足的要求). 是/为
# would make it a predicate (应为红色的) and are left out.
_NOUN_PHRASE_AFTER_BARE = re.compile(r"(?![是为])[\u4e00-\u9fff]{1,2}的(?=[\u4e00-\u9fff])")
_NOUN_PHRASE_AFTER_VERB = re.compile(r"的(?=[\u4e00-\u9fff])")


#: How far before a modal the checks of what leads up to it look (a condition opened by 当, a rule
#: reported, 本应): a sentence's reach; a name list or an open quotation may reach further. Looking
#: back to the start of the text for every modal made a paragraph of 128,000 characters take 20 s
#: and one of 1.9 million hang (QA pass 5).
_NEAR, _FAR = 400, 2000


def _back(at: int, reach: int = _NEAR) -> int:
    """Where a look back from ``at`` starts."""
    return max(0, at - reach)


# 本应 ("would otherwise have"), not 基本应/根本应/文本应 (a requirement with an adverb or a subject); 逻辑上应是,
# 理论上应为 (what a thing would be in logic: GB/T 7408's notes, round 202).
_WOULD_HAVE = re.compile(r"(?<![基根文版资成样剧书课日范标账])本$|(?:逻辑|理论)上$")


def descriptive(text: str, match: re.Match[str]) -> bool:
    """Whether the modal ``match`` is part of a noun phrase (所应具备的条件, 应满足的要求) or states
    what would otherwise have been (本应由自身负责处理的)."""
    start, end = match.start("hit"), match.end("hit")
    if start and text[start - 1] == "所":
        return True
    if _WOULD_HAVE.search(text, _back(start), start):
        return True  # 本应由其负责处理的: what would otherwise have been, not a provision
    word = match.group("hit")
    if word.endswith("应") and text.startswith(("当", "该"), end):
        # 应当知道的信息, 应该具备的能力: the 应 of 应当/应该, read as the whole word
        word, end = word + text[end], end + 1
    after = _NOUN_PHRASE_AFTER_BARE if word in _words().bare else _NOUN_PHRASE_AFTER_VERB
    return after.match(text, end) is not None


# Another rule's words reported in the text: 除非管理要求不得包括……, 法律规定应当……, 按有关规定须……
# ... or what someone is made to do (要求用户必须提供……, 强制数据主体必须同意……): the object is named
# between, and the modal is the demand's, not this document's.
# ... or names what it requires (……强制性国家标准中规定的必须保留的个人信息: the GB 44495 draft,
# bench/real round 158).
_REPORTED = re.compile(r"(?:(?:要求|规定|规章|法规|法律|合同约定|协议约定)(?:中)?(?:的)?"
                       r"|(?:要求|强制|强迫|迫使)[^，,。；;：:、“”（）()的\s]{1,6})$")


# Another document, or an earlier edition, said to require or lay down what the sentence goes on to say (GB/T 16262.1
# 要求……，不管是否参数化，必须是明确的; 第5版之前的规范规定了……应当被设置: GB/T 16262.4 and 16264.5, round 200); not
# 本标准/本规范 (this document's own word).
_DOCUMENT_SAYS = re.compile(r"(?:[A-Z][A-Z/]*\s?\d[\d.]*(?:[—–-]\d{4})?|(?<!本)(?:规范|标准)|《[^》]{1,40}》)(?:中)?"
                            r"(?:要求|规定了)[^。；;！!？?]*$")


# Another's judgement, reported (具有较高历史价值，城市规划认为应按文物保护单位保护方法进行保护的建（构）筑物: a definition
# in HJ 554—2010 of what a plan judges, round 268, judged FALSE blind as a requirement in a definition).
_JUDGED = re.compile(r"(?P<who>[^\s，,。；;：:、“”（）()]{1,12}?)(?:认为|认定)$")


# A foreword's list of drafting units or drafters: names, where 应 is a surname (主要起草人：李霖、应申).
_NAME_LIST = re.compile(r"(?:起草单位|起草人员?)[^：:。]{0,4}[：:]")


def in_name_list(text: str, match: re.Match[str]) -> bool:
    """Whether the modal ``match`` stands in a list of names after 起草单位：/起草人："""
    found = _NAME_LIST.search(text, _back(match.start("hit"), _FAR), match.start("hit"))
    return found is not None and "。" not in text[found.end():match.start("hit")]


def _open_quote(text: str, at: int) -> int:
    """Where the quotation still open at ``at`` begins, or -1 when none is."""
    opened = max(text.rfind(q, _back(at, _FAR), at) for q in _OPENING_QUOTES)
    return opened if opened >= 0 and not any(q in text[opened:at] for q in _CLOSING_QUOTES) else -1


def quoted(text: str, match: re.Match[str]) -> bool:
    """Whether the modal ``match`` stands inside a quotation still open before it (示例：“某加密器……
    应该允许至少32个用户使用……”): an example quoting the words of what it shows, not a provision."""
    return _open_quote(text, match.start("hit")) >= 0


def quotation_ran_on(before: str, text: str, match: re.Match[str]) -> bool:
    """Whether the modal ``match`` stands in another document's words quoted from the paragraph ``before``, which a
    line end cut (《关于规范电子会计凭证报销入账归档的通知》中“四、单位以电子会计 / 凭证的纸质打印件……,必须同时保存……”要求: DA/T
    94—2022's text layer, round 276): no quote mark before it in its own paragraph, the closing one after it."""
    at = match.start("hit")
    if any(q in text[:at] for q in _OPENING_QUOTES + _CLOSING_QUOTES):
        return False
    if not any(q in text[at:] for q in _CLOSING_QUOTES):
        return False
    opened = _open_quote(before, len(before))
    return opened >= 0 and _QUOTED_FROM.search(before, _back(opened), opened) is not None


def reported(text: str, match: re.Match[str]) -> bool:
    """Whether the modal ``match`` reports what another rule requires (除非管理要求不得包括此类
    保证金), or stands in its words quoted after its title (《数据安全法》“第二十七条……应当……”):
    that rule's provision, not one of this document."""
    found = _REPORTED.search(text, _back(match.start("hit")), match.start("hit"))
    if found is not None and not text.endswith(("本文件", "本标准", "本部分"), 0, found.start()):
        return True
    if _DOCUMENT_SAYS.search(text, _back(match.start("hit"), 80), match.start("hit")) is not None:
        return True
    judged = _JUDGED.search(text, _back(match.start("hit"), 20), match.start("hit"))
    if judged is not None and not judged.group("who").startswith(("本文件", "本标准", "本部分")):
        return True
    opened = _open_quote(text, match.start("hit"))
    return opened >= 0 and _QUOTED_FROM.search(text, _back(opened), opened) is not None


# A 前言's item of the technical changes from the edition it replaces (——增加了……部件不应采用凿改……的要求（见4.1.5）;
# GB 7258—2017, round 247): it names a requirement of the body, in the body's words; the 前言 requires nothing.
_CHANGE_ITEM = re.compile(r"[—\-–\s]*(?:[a-z\d]{1,2}[)）]\s*)?(?:增加|修改|删除|更改|调整|补充|细化|明确|完善|提高|降低|取消|放宽|加严"
                          r"|修订|替换|合并)了")
_CHANGED_WHAT = re.compile(r"(?:要求|规定|条款|内容)")


def change_reported(text: str, match: re.Match[str]) -> bool:
    """Whether the modal ``match`` stands in a 前言's item that reports a change from the replaced edition (增加了……应
    ……的要求): the body's requirement, named, not the 前言's."""
    begin = max(text.rfind(ch, 0, match.start("hit")) for ch in _SENTENCE_END) + 1
    if _CHANGE_ITEM.match(text, begin) is None:
        return False
    ends = [at for ch in _SENTENCE_END if (at := text.find(ch, match.end("hit"))) >= 0]
    return _CHANGED_WHAT.search(text, match.end("hit"), min(ends, default=len(text))) is not None


def example_said(text: str, match: re.Match[str]) -> bool:
    """Whether the modal ``match`` stands in what a note says an example states (注：本例表示该文献未经……授权禁止复制,
    GB/T 36068 5.15, bench/real round 188): the example's content, reported, not this document's provision."""
    begin = max(text.rfind(ch, 0, match.start("hit")) for ch in _SENTENCE_END) + 1
    return _EXAMPLE_SAYS.match(text, begin, match.start("hit")) is not None


_EXAMPLE_SAYS = re.compile(r"(?:注\s*\d*\s*[：:])?\s*(?:本例|此例|该例|上例|示例\s*\d*)(?:中)?(?:表示|说明|意为)")


def conditional(text: str, match: re.Match[str]) -> bool:
    """Whether the modal ``match`` stands in a condition the sentence's own modal answers
    (不能及时征得同意而必须收集的，应告知……; 当投诉处理必须要使用原始数据时，可不……): it says what
    the case is, not what to do."""
    ends = _CONDITION_END.match(text, match.end("hit"))
    if ends is None and match.group("hit") == "必须" and (when := _BARE_WHEN.match(text, match.end("hit"))) is not None \
            and _MAIN_MODAL.search(text[when.end():text.find("。", when.end()) % (len(text) + 1)]) is None:
        # 排气筒高度必须低于15 m 时，其排放速率标准值按……执行 (DB44/ 814—2010 4.5.1, round 258): the case the clause
        # after it provides for, named with no 当 (one a modal answers is left to the 当 it may follow, below)
        return True
    if ends is None and _CONDITION_OPEN.search(text, _back(match.start("hit")), match.start("hit")):
        # 当必须或希望表示……时，它用以……: a case a 当……时 clause names, whatever the sentence goes on to say
        # (GB/T 7408 5.1.2, round 202)
        return _WHEN_END.match(text, match.end("hit")) is not None
    return ends is not None and _MAIN_MODAL.search(text, ends.end()) is not None


def concession(text: str, match: re.Match[str]) -> bool:
    """Whether 可以 follows 尽管, 虽然 or 即使 (失效……尽管可以运行，但不能输出正确的结果): what a thing is able
    to do, conceded, not a permission (GB/T 44862 note, bench/real round 158); 尽管可以采用…… still permits."""
    return (match.group("hit") == "可以" and text.endswith(("尽管", "虽然", "虽", "即使"), 0, match.start("hit"))
            and not text.startswith(_words().permission_verbs, match.end("hit")))


def not_required(text: str, match: re.Match[str]) -> bool:
    """Whether ``match`` is 必须 said not to be needed (但并非必须这样做: GB/T 19714 5.4's note, round 202): a note
    that something is optional states no requirement (the modal-form rule still asks for 不必)."""
    return match.group("hit") == "必须" and text.endswith(("并非", "并不是", "不是", "未必", "不一定"), 0,
                                                         match.start("hit"))


def unforbidden(text: str, match: re.Match[str]) -> bool:
    """Whether ``match`` is 禁止 said not to apply (这不被禁止, 并不禁止: GB/T 16262.2 13.2's note), a statement that
    something is allowed by the rules, or names what is forbidden (被禁止的字符是……: GB/T 17969.1's note): no prohibition."""
    if match.group("hit") != "禁止":
        return False
    return text.endswith(("不被", "未被", "并不", "不"), 0, match.start("hit")) or (
        text.endswith("被", 0, match.start("hit")) and text.startswith("的", match.end("hit")))  # 被禁止的字符: a name


def supposed(text: str, match: re.Match[str]) -> bool:
    """Whether the modal ``match`` stands in what a sentence supposes (进一步假设发送者必须作出……选择: GB/T 16262.4 A.1's
    worked example): 假设 or 假定 earlier in the same clause. ``假设系统故障，人员必须……`` still requires: the comma
    ends the supposition."""
    return _SUPPOSED.search(text, _back(match.start("hit"), 40), match.start("hit")) is not None


_SUPPOSED = re.compile(r"(?:假设|假定)[^，,；;。！!？?：:]*$")


def patent_disclaimer(text: str, match: re.Match[str]) -> bool:
    """Whether ``match`` is the 不应 of the patent notice drafted before GB/T 1.1—2009 (本部分的发布机构不应承担识别这些
    专利的责任, GA/T 669.4—2008's 前言, after ISO's "shall not be held responsible"): the set sentence of its time,
    no requirement of the text's own."""
    return match.group("hit") == "不应" and _PATENT_DISCLAIMER.match(text, match.end("hit")) is not None


_PATENT_DISCLAIMER = re.compile(r"承担(?:识别|鉴别)[^，,。；;]{0,8}专利")


def hypothesis(text: str, match: re.Match[str]) -> bool:
    """Whether the modal ``match`` stands in a hypothesis the sentence answers with 则 (如果必须由开发者
    执行相似的过程，则在……中注明为“生成”): it names the case; the requirement, if any, is the answer's."""
    return (_CONDITION_OPEN.search(text, _back(match.start("hit")), match.start("hit")) is not None
            and _THEN.match(text, match.end("hit")) is not None)


_CONDITION_END = re.compile(r"[^，,。；;：:]{0,20}?的[，,]")
_THEN = re.compile(r"[^，,。；;：:]{0,40}?[，,]\s*(?:则|那么)")
# A clause opened by 当/如果/若/一旦, or 如 (如受结构限制排气管口必须偏向右侧时: GB 7258—2017 12.15.7, round 247; not 如下,
# 如何, 如实 …), and closed by 时 (or ……的话) before the sentence goes on.
_CONDITION_OPEN = re.compile(r"(?:当|如果|若|一旦|如(?![下上此同何期实今]))[^，,。；;：:]*$")
_WHEN_END = re.compile(r"[^，,。；;：:]{0,40}?(?:时|的话)[，,]")
#: ……必须低于15 m 时， (not 准时, 按时, 及时 …: words of time, not a case).
_BARE_WHEN = re.compile(r"[^，,。；;：:]{0,24}?(?<![准按及同适随届暂临小定实当])时[，,]")


#: A modal inside the clause a definition's head noun is told by (从停顿到必须恢复的时间要求, 必须恢复到的时间点要求: RTO
#: and RPO in round 290's disaster-recovery guide, judged FALSE blind): its verb, perhaps 到, then 的 before the noun.
_DEFINED_BY_CLAUSE = re.compile(r"[\u4e00-\u9fff]{1,4}(?:到)?的[\u4e00-\u9fff]")


def necessity(text: str, match: re.Match[str]) -> bool:
    """Whether 必须 is a word for what is needed, not a modal: 运营必须的数据 (必需的, before a
    noun), 因工作必须才可知悉 (the need of the work) or 最小必须原则, 业务必须等原则 (the name of a
    principle, Q/CIB 4052.2—2024 8.6, YD/T 4562 表2)."""
    if match.group("hit") != "必须":
        return False
    return (_NEEDED_BEFORE.match(text, match.end("hit")) is not None
            or (text.endswith("是", 0, match.start("hit")) and text.startswith("的", match.end("hit")))  # 是必须的
            or _NEED_OF.search(text, _back(match.start("hit")), match.start("hit")) is not None
            or _PRINCIPLE.match(text, match.end("hit")) is not None)


# 必须的 before a noun, a Latin name too (所有必须的 SSOIS 配置项: GB/T 20271—2006 5.2.1.3, round 297, judged FALSE).
_NEEDED_BEFORE = re.compile(r"的(?=[ \u3000]?[\u4e00-\u9fffA-Za-z])")


# 最小必须原则, 业务必须等原则: 必须 in a principle's name.
_PRINCIPLE = re.compile(r"等?原则")


_NEED_OF = re.compile(r"(?:因|出于|基于)[\u4e00-\u9fff]{1,4}$")
_MAIN_MODAL = re.compile(r"不?应|不?宜|可以?|不必")


def external_constraint(text: str, match: re.Match[str]) -> bool:
    """Whether ``match`` is 必须 stating an external legal constraint (必须遵守国家有关法律法规,
    必须遵循网络安全等级保护制度要求), the one use GB/T 1.1—2020 leaves it (spec §4.1), rather
    than standing for 应."""
    return match.group("hit") == "必须" and _EXTERNAL.match(text, match.end("hit")) is not None


# 必须 + a verb of compliance + (within the clause) a law, a regulation, rules (规章制度) or a system
# set by the state (满足 too: ……服务提供者必须满足的法律、法规、规章和合同要求, GB/T 22081—2008 0.3, round 292, judged FALSE).
_EXTERNAL = re.compile(r"(?:遵守|遵循|符合|满足|执行|依照|依据|按照)[^，,。；;]{0,30}?"
                       r"(?:法律|法规|规章|条例|国家[^，,。；;]{0,12}?(?:规定|制度)|等级保护制度)")


_OPENING_QUOTES = "“「『"
_CLOSING_QUOTES = "”」』"
# What stands before a quotation of another document's words: its title, perhaps an article and a verb of saying.
# ... or its number with its year and the clause quoted (GB 17859-1999 的 4.5 中“……”, GB/T 22239—2019 第8章中“……”: GB/T
# 25070—2010 9.2, round 291, judged FALSE), where 中 says the words are found there.
_QUOTED_FROM = re.compile(
    r"(?:》(?:第[〇零一二三四五六七八九十百千\d]+条)?中?"
    r"|[A-Z]{1,4}(?:/[A-Z]{1,2})?[ \u3000]*\d+(?:\.\d+)*[ \u3000]*[—–\-－][ \u3000]*(?:19|20)\d{2}[ \u3000]*"
    r"(?:的[ \u3000]*)?(?:(?:[A-Z]\.)?\d+(?:\.\d+)*|第[〇零一二三四五六七八九十百千\d]+[章条节])?[ \u3000]*中)"
    r"(?:的)?(?:规定|明确|指出|要求|提出)?[：:，,]?\s*$")


_SENTENCE_END = "。；;！!？?"
_CLAUSE_END = re.compile(r"[，,。；;！!？?]")
_APPLICABILITY = re.compile(r"参照|参考|借鉴|用于")


def applicability(text: str, match: re.Match[str]) -> bool:
    """Whether a recommendation or permission word is the 范围's customary applicability
    phrase: 也可参照使用, 可供……参考, 也可用于 (in its clause), or any in a sentence with 适用于."""
    if match.group("hit").lstrip("不") in ("应",) or match.group("hit") in _words().suggestions:
        return False
    end = _CLAUSE_END.search(text, match.end())
    if _APPLICABILITY.search(text, match.start(), end.start() if end else len(text)):
        return True
    begin = max(text.rfind(ch, 0, match.start()) for ch in _SENTENCE_END) + 1
    stop = min((i for i in (text.find(ch, match.end()) for ch in _SENTENCE_END) if i >= 0), default=len(text))
    return "适用于" in text[begin:stop]


def named_case(text: str, match: re.Match[str]) -> bool:
    """Whether the modal ``match`` stands in a case the 范围 names (本文件不适用于……等应当删除个人
    信息的情形): its clause ends in 的情形 or the like, in a sentence that says what the document
    applies to. It describes the case; it sets no requirement (GB/T 面向数据流通的匿名化效果评估方法
    draft, bench/real round 85)."""
    end = _CLAUSE_END.search(text, match.end())
    if not _CASE_NOUN.search(text[match.end():end.start() if end else len(text)]):
        return False
    begin = max(text.rfind(ch, 0, match.start()) for ch in _SENTENCE_END) + 1
    return "适用于" in text[begin:match.start()]


_CASE_NOUN = re.compile(r"的(?:情形|情况|场景|场合|活动|行为)\s*$")


def contents_named(text: str, match: re.Match[str]) -> bool:
    """Whether the modal ``match`` stands in what the 范围 says the document holds (本文件明确了……组织
    机构宜遵循的安全管理原则, ……宜对外部机构提出的数据安全保障要求): the sentence opens with 本文件规定了
    (明确了, 给出了 …) and the modal's clause goes on to 的 and a noun, so it names a content of the
    document and sets nothing (YD/T 4952 draft, bench/real round 157)."""
    begin = max(text.rfind(ch, 0, match.start()) for ch in _SENTENCE_END) + 1
    if not _CONTENTS_OPEN.match(text, begin):
        return False
    end = _CLAUSE_END.search(text, match.end())
    return _OF_NOUN.search(text, match.end(), end.start() if end else len(text)) is not None


_CONTENTS_OPEN = re.compile(r"\s*本(?:文件|标准|部分)[^，,。；;]{0,6}?(?:规定|明确|给出|提出|描述|确立|界定|提供)了")
_OF_NOUN = re.compile(r"的[\u4e00-\u9fff]")


def relative_clause(text: str, match: re.Match[str]) -> bool:
    """Whether the modal ``match`` opens a relative clause of a definition, which is one noun phrase
    (……并可按需自助获取和管理资源的模式): its clause ends in 的 and a short head noun. 可 there says what
    the thing can do; it grants no permission. A definition that goes on to require (……的行动，应在
    24小时内完成) keeps its modal in a clause of its own, with no 的 after it."""
    end = _CLAUSE_END.search(text, match.end())
    return _HEAD_NOUN.search(text[match.end():end.start() if end else len(text)]) is not None


# The clause ends in 的 and a short head noun (……管理资源的模式): the definition's own noun, not
# an object phrase the modal governs (可以通过……来实现个人信息的流转脱敏控制).
_HEAD_NOUN = re.compile(r"的[\u4e00-\u9fff]{1,5}[\s\u3000]*$")


def object_modifier(text: str, match: re.Match[str]) -> bool:
    """Whether the modal ``match`` opens a modifier of the object of a verb of providing (增加可不借助工具单手轻松
    打开的保护盖, 配备可调节高度的护理床): the verb stands right before it and its phrase, up to the next mark,
    ends in 的 and a noun. The modal says what the thing can do; it grants no permission (the 车载事故紧急呼叫系统
    draft's 4.4.2.3 示例, bench/real round 247, judged FALSE blind). 也可采用其他的方法 has no such verb before it."""
    if not _PROVIDING_VERB.search(text, max(0, match.start("hit") - 2), match.start("hit")):
        return False
    end = _PHRASE_END.search(text, match.end())
    return _MODIFIED_NOUN.search(text[match.end():end.start() if end else len(text)]) is not None


_PROVIDING_VERB = re.compile(r"(?:增加|增设|设置|配置|配备|提供|采用|选用|安装|加装|设有|具有|具备|包括|包含|添加)$")
_PHRASE_END = re.compile(r"[，,。；;！!？?、]")
_MODIFIED_NOUN = re.compile(r"的[\u4e00-\u9fff]{1,6}[\s\u3000]*$")


_INFORMATIVE_KINDS = ("note", "example", "term-definition", "term-note", "term-example")
_EXAMPLE_KINDS = ("example", "term-example")
_CONTENT_KINDS = ("paragraph", "list-item", "table-cell", "title")


def _element_name(unit: TextUnit) -> tuple[str, str]:
    if unit.role == FRONT:
        return "前言", "the foreword"
    if unit.role == INTRO:
        return "引言", "the introduction"
    if unit.role == SCOPE:
        return "范围", "the scope"
    return {
        "note": ("注", "a note"), "example": ("示例", "an example"), "term-definition": ("定义", "a definition"),
        "term-note": ("注", "a note"), "term-example": ("示例", "an example"),
    }[unit.kind]


def _informative(ctx: LintContext, unit: TextUnit) -> bool:
    """Whether ``unit`` is informative text the requirement-in-informative rule reads (前言, 引言, 范围, a note,
    an example, a definition)."""
    informative = unit.role in (FRONT, INTRO, SCOPE) or unit.kind in _INFORMATIVE_KINDS
    return informative and unit.kind not in ("reference", "term-source", "term") and not ctx.model_text(unit)


def _informative_modals(ctx: LintContext, unit: TextUnit) -> list[re.Match[str]]:
    """The modal words of informative ``unit`` that state a requirement (or, under the 2020 edition, a recommendation
    or permission) it must not hold; empty for any other unit."""
    if not _informative(ctx, unit):
        return []
    # The 引言 may motivate with recommendations and permissions; it states no requirement.
    # Under GB/T 1.1—2009 no informative element (注, 示例, 前言, 范围) may hold a requirement;
    # recommendations and permissions are a rule of the 2020 edition.
    only_requirements = _only_requirements(ctx, unit)
    return [
        m for m in modal_words(unit.text, recommendations=not only_requirements, permissions=not only_requirements)
        if not descriptive(unit.text, m) and not reported(unit.text, m) and not in_name_list(unit.text, m)
        and not external_constraint(unit.text, m) and not hypothesis(unit.text, m) and not concession(unit.text, m)
        and not patent_disclaimer(unit.text, m) and not unforbidden(unit.text, m) and not supposed(unit.text, m)
        and not not_required(unit.text, m) and not (unit.kind in _EXAMPLE_KINDS and quoted(unit.text, m))
        and not (unit.kind in ("note", "term-note") and example_said(unit.text, m)) and not sample_given(unit.text, m)
        and not (unit.role == FRONT and change_reported(unit.text, m))
        and not (unit.role == SCOPE and (applicability(unit.text, m) or named_case(unit.text, m)
                                         or contents_named(unit.text, m)))
        and not (unit.kind == "term-definition" and relative_clause(unit.text, m))
        and not object_modifier(unit.text, m)
    ]


def _told_informative(ctx: LintContext) -> dict[int, list[re.Match[str]]]:
    """Per unit index, the modal words the requirement-in-informative rule reports there; shared through
    ``ctx.shared`` with the modal-form rule, which leaves them to it."""
    markup = ctx.in_markup
    return {index: found for index, unit in enumerate(ctx.units)
            if index not in markup and (found := _informative_modals(ctx, unit))}


def _only_requirements(ctx: LintContext, unit: TextUnit) -> bool:
    return ctx.legacy or (unit.role == INTRO and unit.kind not in _INFORMATIVE_KINDS)


_INFORMATIVE_RULE = "wording.requirement-in-informative"


@rule(_INFORMATIVE_RULE, "error", "GB/T 1.1—2020 (spec §2.1, §2.3, §4.1)",
      "资料性内容中出现要求、推荐或允许", "requirement, recommendation or permission in informative text",
      chinese=True)
def requirement_in_informative(ctx: LintContext) -> Iterator[Hit]:
    for index, found in ctx.shared(_told_informative).items():
        unit = ctx.units[index]
        if found:
            zh, en = _element_name(unit)
            words = "、".join(dict.fromkeys(m.group("hit") for m in found))
            if _only_requirements(ctx, unit):
                message = tr(f"{zh}中不应使用“{words}”等表示要求的词；改为陈述。",
                             f"'{words}' states a requirement, which {en} must not; use a statement.")
            else:
                message = tr(
                    f"{zh}中不应使用“{words}”等表示要求、推荐或允许的词；改为陈述。",
                    f"'{words}' states a requirement, recommendation or permission, which {en} must not; use a statement.",
                )
            yield Hit(unit.location, message, excerpt(unit.text, found[0].start(), found[0].end()), unit.anchor)


_GUIDE_RULE = "wording.requirement-in-guide"


def _shall_word(text: str, match: re.Match[str]) -> tuple[str, int]:
    """The requirement word ``match`` found, and where it ends: 应当 and 应该 whole (the 应 of them alone would be
    told to become 宜, making 宜当)."""
    word, end = match.group("hit"), match.end("hit")
    if word.endswith("应") and text.startswith(("当", "该"), end):
        return word + text[end], end + 1
    return word, end


def _told_in_guide(ctx: LintContext) -> dict[int, list[re.Match[str]]]:
    """Per unit index, the requirement words (应, 不应, 应当 …) a guide's text holds that the requirement-in-guide
    rule reports; shared with the modal-form rule, which leaves 应当 and 应该 there to it."""
    if ctx.doc.metadata.function != FunctionType.GUIDE:
        return {}
    shall = _words().shall
    told = {}
    for index, unit in enumerate(ctx.units):
        if unit.role not in (BODY, ANNEX, SYMBOLS) or unit.kind not in _CONTENT_KINDS:
            continue
        if shall.needs.search(unit.text) is None or ctx.model_text(unit):
            continue  # (no 应: _hits' own quick test, before the model text's)
        found = [m for m in _hits(shall, unit.text) if not descriptive(unit.text, m) and not reported(unit.text, m)]
        if found:
            told[index] = found
    return told


@rule(_GUIDE_RULE, "error", "GB/T 1.1—2020 4.2 (spec §4.2)",
      "指南中使用了“应/不应”", "requirement (应/不应) in a guide", chinese=True)
def requirement_in_guide(ctx: LintContext) -> Iterator[Hit]:
    for index, found in ctx.shared(_told_in_guide).items():
        unit = ctx.units[index]
        if found:
            word, _ = _shall_word(unit.text, found[0])
            better = "不宜" if word.startswith("不") else "宜"
            if ctx.legacy:
                # GB/T 1.1—2009 has no function types: a guide drafted under it is told of GB/T
                # 20001.7—2017's rule as a hint (blind judges of bench/real called 58 of 73 such
                # findings debatable, 13 true).
                message, severity = tr(
                    f"按 GB/T 20001.7—2017，指南给出推荐而非要求：“{word}”可改为“{better}”或改为陈述"
                    f"（本文件按 GB/T 1.1—2009 起草，该版无此规定，仅作提示）。",
                    f"Under GB/T 20001.7—2017 a guide recommends rather than requires: '{word}' could be "
                    f"'{better}' or a statement (this document follows GB/T 1.1—2009, which has no such rule; a hint).",
                ), "info"
            else:
                message, severity = tr(
                    f"指南给出推荐而非要求：“{word}”宜改为“{better}”或改为陈述。",
                    f"A guide recommends rather than requires: change '{word}' to '{better}' or to a statement.",
                ), None
            yield Hit(unit.location, message, excerpt(unit.text, found[0].start(), found[0].end()), unit.anchor, severity)


def _element_descriptions(ctx: LintContext) -> set[int]:
    """The indexes of the units that say what a data element is: the 说明 or 定义 of a clause that describes one (说明：提前
    终止申请中付款方应当支付的金额。: JR/T 0065—2019's 6.3.72, round 280), which holds no provision, as a definition holds
    none."""
    texts: dict[str, list[str]] = {}
    for unit in ctx.units:
        if unit.kind == "paragraph":
            texts.setdefault(unit.location, []).append(unit.text.strip())
    elements = {location for location, first in texts.items() if describes_data_element(first[:8])}
    return {index for index, unit in enumerate(ctx.units)
            if unit.location in elements and ELEMENT_DESCRIPTION.match(unit.text)} if elements else set()


@rule("wording.modal-form", "warning", "GB/T 1.1—2020 附录C (spec §4.1)",
      "能愿动词形式不规范", "non-standard modal verb", chinese=True)
def modal_form(ctx: LintContext) -> Iterator[Hit]:
    function = ctx.doc.metadata.function
    words = _words()
    admitted = words.modals_2009 if ctx.legacy else frozenset()
    needs = words.nonstandard.needs
    for index, unit in enumerate(ctx.units):
        if needs.search(unit.text) is None:
            continue  # no non-standard form can stand here (_hits' own quick test, before any other)
        if index in ctx.shared(_element_descriptions):
            continue
        if unit.role in (NORMREF, BIBLIO) or unit.kind in ("reference", "term-source") or ctx.model_text(unit) \
                or index in ctx.in_sample or index in ctx.sourced or index in ctx.in_markup:
            continue
        # 所必须具备的功能 describes what is needed; 即必须填写的信息 still sets a requirement.
        found = [m for m in _hits(words.nonstandard, unit.text)
                 if m.group("hit") not in admitted and unit.text[m.start("hit") - 1:m.start("hit")] != "所"
                 and not reported(unit.text, m) and not external_constraint(unit.text, m)
                 and not conditional(unit.text, m) and not necessity(unit.text, m) and not unforbidden(unit.text, m)
                 and not supposed(unit.text, m) and not hypothesis(unit.text, m) and not sample_given(unit.text, m)
                 and not (unit.kind == "term-definition" and _DEFINED_BY_CLAUSE.match(unit.text, m.end("hit")))]
        if found and index and ctx.units[index - 1].location == unit.location:
            before = ctx.units[index - 1].text
            found = [m for m in found if not quotation_ran_on(before, unit.text, m)]
        if found and _informative(ctx, unit) and (ctx.enabled is None or _INFORMATIVE_RULE in ctx.enabled):
            # A word the requirement-in-informative rule already reports (必须保密 in a definition: use a statement)
            # is not also told to become 应: two fixes pulling apart (QA pass 17, A6).
            told = [(m.start("hit"), m.end("hit")) for m in ctx.shared(_told_informative).get(index, ())]
            found = [m for m in found if not any(s < m.end("hit") and m.start("hit") < e for s, e in told)]
        if found and not ctx.legacy and index in ctx.shared(_told_in_guide) \
                and (ctx.enabled is None or _GUIDE_RULE in ctx.enabled):
            # 应当 in a guide is the requirement-in-guide rule's (“应当”宜改为“宜”), not a second finding here (a
            # 2009-era guide's is only a hint there, so this warning stays)
            told = [(m.start("hit"), _shall_word(unit.text, m)[1]) for m in ctx.shared(_told_in_guide)[index]]
            found = [m for m in found if not any(s < m.end("hit") and m.start("hit") < e for s, e in told)]
        # One finding per unit: the first form that is a warning, else the first (禁止: info).
        for match in sorted(found, key=lambda m: words.severities.get(m.group("hit")) is not None)[:1]:
            word = match.group("hit")
            standard, in_guide = words.suggestions[word]
            # GB/T 1.1—2009 has no function types: a 2009-era guide is told both forms, as an unknown function is.
            if function == FunctionType.UNKNOWN or (ctx.legacy and function == FunctionType.GUIDE):
                zh, en = f"“{standard}”（指南中为“{in_guide}”）", f"'{standard}' ('{in_guide}' in a guide)"
            else:
                better = in_guide if function == FunctionType.GUIDE else standard
                zh, en = f"“{better}”", f"'{better}'"
            if unit.kind in _INFORMATIVE_KINDS:
                # a modal inside a note's or a definition's noun phrase (从事……、务必持有护理证书的人员): 应 there
                # would be no better, the element states no requirement (QA pass 18, A3)
                element_zh, element_en = _element_name(unit)
                yield Hit(unit.location, tr(
                    f"“{word}”不是标准的能愿动词形式；{element_zh}中不宜使用能愿动词，宜改为陈述。",
                    f"'{word}' is not a standard modal form; {element_en} takes no modal verb: use a statement.",
                ), excerpt(unit.text, match.start(), match.end()), unit.anchor, words.severities.get(word))
                continue
            message = tr(
                f"“{word}”只是“{standard}”在不能使用“{standard}”的特殊情况下的等效表述，宜改为{zh}。",
                f"'{word}' is only an equivalent of '{standard}' for special cases where '{standard}' cannot be used; use {en}.",
            ) if word in words.equivalents else tr(
                f"“{word}”不是标准的能愿动词形式，宜改为{zh}。",
                f"'{word}' is not a standard modal form; use {en}.",
            )
            yield Hit(unit.location, message, excerpt(unit.text, match.start(), match.end()), unit.anchor,
                      words.severities.get(word))


@rule("wording.placeholder", "warning", "GB/T 1.1—2020 (spec §2.1, §3.4)",
      "遗留的占位符", "placeholder left in the text")
def placeholder(ctx: LintContext) -> Iterator[Hit]:
    early_draft = ctx.doc.metadata.stage not in _LATE_STAGES
    published = ctx.doc.metadata.stage == "发布稿"
    pattern = _words().placeholder
    starts = _placeholder_starts(pattern)
    meta = ctx.doc.metadata
    # An unpublished draft names its own series (SJ/T XXXXX的本部分, 图1 SJ/T XXXXX各部分之间的关系).
    own = meta.prefix() if meta.number and not meta.number.replace(".", "").isdigit() else None
    units = ctx.all_units
    # A published standard's informative annexes and examples name no one on purpose (×××信息系统
    # 承载着该公司的×××业务, GB/T 33132 附录A): anonymised, not left to fill in.
    informative = {annex.label for annex in ctx.doc.annexes if not annex.normative}
    code = _UNSET_CODE.fullmatch(meta.code) if meta.kind in _CODED_KINDS else None
    if code is not None:
        # The number's code is the body's own name (T/CNSS, DB31/T): unlike the sequence number a draft
        # awaits, it is known from the start, and build prints T/XXXX when it is left out.
        what = _CODED_KINDS[meta.kind]
        yield Hit(COVER, tr(f"封面编号中的{what[0]}尚未填写（{meta.prefix()}）。",
                            f"The {what[1]} in the cover's number has not been filled in ({meta.prefix()})."),
                  meta.prefix(), None)
    # A run of × the text says what it stands for (注：“××”是Q.850中定义的原因值, YD/T 1522.3's tables) is a notation
    # for a value, not a placeholder, wherever it stands.
    defined = {_x_run(m.group(1)) for unit in units if "×" in unit.text or "X" in unit.text or "x" in unit.text
               for told in (_DEFINED_RUN, _EXPLAINED_RUN) for m in told.finditer(unit.text)}
    # A run of X the text makes part of an identifier (XXX-PDU, then {XXX-PDU IDENTIFIED BY {XXX 5}}: GB/T 16262.2
    # 附录B) is the name its example gives, wherever it stands.
    named = {m.group(1) for unit in units if "X" in unit.text for m in _NAMED_RUN.finditer(unit.text)}
    # A number left unfilled on three lines or more is a page's running head a PDF's text layer left (GB □□□□—20□□ at
    # every page break of GB 31573—2015's copy, round 259): the layout's, not a slot in the text.
    heads = {text for text, count in Counter(" ".join(u.text.split()) for u in units
                                              if PAGE_HEAD_NUMBER.fullmatch(u.text)).items() if count >= 3}
    for index, unit in enumerate(units):
        if not unit.text or (heads and " ".join(unit.text.split()) in heads):
            continue
        match = pattern.search(unit.text) if starts is None else search_from_starts(pattern, starts, unit.text)
        if match is None and unit.role != FRONT:
            continue  # no placeholder, nor a 前言 line left blank: nothing to tell (the quickest test first)
        if published and (unit.kind in ("example", "term-example") or index in ctx.under_example_label
                          or any(o in informative for o in unit.owners)):
            continue
        if ctx.model_text(unit) and unit.kind != "title":
            continue  # a model agreement's XXXX服务 is a slot its user fills
        if match is not None and _FORMAT_PATTERN.search(unit.text):
            continue  # X stands for a character of a code or name format, not for missing text
        if match is not None and unit.role != FRONT and _form_field(units, index):
            continue  # a form's or a printout's field (速度状态：××): what its user writes, not what the draft lacks
        if match is not None and unit.kind == "table-cell" and (unit.anchor, unit.text.strip()) in ctx.shared(_byte_positions):
            continue
        if match is not None and unit.kind != "table-cell" and _spilled_byte_row(units, index):
            continue
        while match is not None and (_draft_number(unit, match, own) or (published is False and _pending(unit.text, match))
                                     or _in_code_string(unit.text, match.start()) or match.group(0) in named
                                     or _example_address(unit.text, match) or sample_given(unit.text, match)
                                     or _markup_value(unit.text, match) or _quoted_value(unit.text, match)
                                     or (published and _illustration(unit.text, match))
                                     or (defined and _x_run(match.group(0)) in defined)):
            match = pattern.search(unit.text, match.end())
        allowed = early_draft and unit.role == FRONT and _FOREWORD_NAMES.search(unit.text)
        if match is not None:
            yield Hit(unit.location, tr(
                f"占位符“{match.group(0)}”尚未替换。", f"Placeholder '{match.group(0)}' has not been filled in.",
            ), excerpt(unit.text, match.start(), match.end()), unit.anchor, "info" if allowed else None)
        elif unit.role == FRONT and _BLANK_NAMES.search(unit.text) and not _names_follow(units, index):
            yield Hit(unit.location, tr("前言中的起草单位或起草人尚未填写。",
                                        "The drafting organizations or drafters in the foreword are still blank."),
                      excerpt(unit.text), unit.anchor, "info" if early_draft else None)


#: What a value the text prescribes stands after: 著录为“□□□”, 记为“XX”.
_PRESCRIBED = re.compile(r"(?:为|作|成)\s*$")
#: An illustration's lead within a sentence: 如：XXX（XX 省生态环境厅厅长）.
_ILLUSTRATION_LEAD = re.compile(r"(?:如|例如|比如|譬如)[：:]")
#: What gives a sample for the reader to adapt, its words after the colon (注1：短信内容可参照：尊敬的用户您好！这里是xxxx，
#: ……应向……: round 279's notice-and-consent draft, 附录A).
_SAMPLE_LEAD = re.compile(r"(?:可参照|可参考|参照如下|参考如下|示例如下|模板如下|内容如下)[：:]")


def sample_given(text: str, match: re.Match[str]) -> bool:
    """Whether ``match`` stands in a sample the text gives for its reader to adapt (短信内容可参照：尊敬的家长您好！这里是
    xxxx，……应向……告知): the sample's own words, its slots and what it tells its addressee, not this document's."""
    return _SAMPLE_LEAD.search(text, 0, match.start()) is not None


def _quoted_value(text: str, match: re.Match[str]) -> bool:
    """A placeholder that stands alone in quotes after what it is to be recorded as (经考证仍无结果时，著录为“□□□”:
    HJ 9—2022 9.1.3.4, round 254): the value the text prescribes, not a slot left to fill."""
    before, after = text[:match.start()].rstrip(), text[match.end():].lstrip()
    return before.endswith(("“", '"', "‘")) and after.startswith(("”", '"', "’")) \
        and _PRESCRIBED.search(before[:-1]) is not None


def _illustration(text: str, match: re.Match[str]) -> bool:
    """A placeholder in the illustration a published standard's sentence gives (必要时在姓名后著录职务……，如：XXX（XX
    省生态环境厅厅长）: HJ 9—2022 9.1.3.3, round 254): a name left general on purpose."""
    begin = max(text.rfind(ch, 0, match.start()) for ch in "。；;！？\n") + 1
    return _ILLUSTRATION_LEAD.search(text, begin, match.start()) is not None


def _markup_value(text: str, match: re.Match[str]) -> bool:
    """An X-run standing as an element's content in a markup example (<Name>XXX</Name>, its line cut as XXX<): the
    example's value, as a string in a statement of code is."""
    return text[match.end():match.end() + 2].startswith("</") or (
        text[match.end():match.end() + 1] == "<" and text[max(0, match.start() - 1):match.start()] in (">", ""))


#: A run of × in quotes that the text defines: “××”是……, ‘XX’表示……, “××”为…….
_DEFINED_RUN = re.compile(r"[“\"‘'「]\s*([X×xＸ]{2,})\s*[”\"’'」]\s*(?:是|为|表示|指|代表)")


#: A run of × the text says, unquoted, how it is written (第二段 XXXXXX，用 6 位数字表示……: the segments of GB/T
#: 19056's file name DXXXXXX_XXXX_XXXXXXXX.VDR, round 240).
_EXPLAINED_RUN = re.compile(r"(?<![A-Za-z0-9])([X×xＸ]{2,})\s*[，,]?\s*用[^。；\n]{0,24}?表示")

#: A field's label of a form or a printout (机动车号牌分类：), and the label with its value left as a run of ×.
_FIELD_LABEL = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff\w（）()/ ]{0,15}[：:]\s*")
_FIELD_VALUE = re.compile(_FIELD_LABEL.pattern + r"[X×xＸ]{2,}\s*")
_RUN_ONLY = re.compile(r"\s*[X×Ｘ]{2,}\s*")


def _form_field(units: list[TextUnit], index: int) -> bool:
    """Whether ``units[index]`` is a field of a form or a printout shown with its value as a run of × (速度状态：××, or
    机动车驾驶证号码： on one line and ×××…× on the next: GB/T 19056's 示例1, a printout's layout, round 240)."""
    text = units[index].text
    if _FIELD_VALUE.fullmatch(text):
        return True
    return bool(_RUN_ONLY.fullmatch(text) and index > 0 and _FIELD_LABEL.fullmatch(units[index - 1].text))


#: A run of X joined by a hyphen to Latin letters other than X: part of an identifier (XXX-PDU, not XXXX-XX-XX).
_NAMED_RUN = re.compile(r"(?<![A-Za-z0-9-])(X{2,})-(?![Xx])[A-Za-z]")


def _x_run(text: str) -> str:
    """A run of ×, X or x as one form (××, ×x and XX alike, an OCR mixing them), other characters dropped."""
    return "×" * sum(ch in "X×xＸ" for ch in text)


@lru_cache(maxsize=4)
def _placeholder_starts(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """What a placeholder begins with: a paragraph with none of these characters holds none."""
    return first_character_class(pattern)


#: The kinds whose number carries a body's code, and what the code is called.
_CODED_KINDS = {Kind.GROUP: ("社会团体代号", "association code"), Kind.ENTERPRISE: ("企业代号", "enterprise code"),
                Kind.LOCAL: ("行政区划代码", "administrative division code"), Kind.INDUSTRY: ("行业代号", "industry code")}
#: A code left as the template's placeholder: XXXX, DBXX, ××.
_UNSET_CODE = re.compile(r"(?:DB)?[X×x]+", re.IGNORECASE)

#: A 前言 line that ends at the label: 本文件起草单位：
_BLANK_NAMES = re.compile(r"(?:起草单位|起草人)[：:][ \u3000]*[。.]?[ \u3000]*$")
#: What a 前言 line of names is not: another of the 前言's sentences or labels.
_NOT_NAMES = re.compile(r"^\s*(?:本(?:文件|标准|部分|指导性技术文件)|请注意|[^。]*[：:]\s*$)")


def _names_follow(units: list[TextUnit], index: int) -> bool:
    """Whether the 前言 line after a bare label (本标准起草单位：) holds the names: the label was
    typed on a line of its own, as a bold label above its list often is."""
    label = units[index]
    for unit in units[index + 1:index + 3]:
        if not unit.text.strip():
            continue
        return unit.role == FRONT and unit.location == label.location and not _NOT_NAMES.match(unit.text)
    return False


# Where X marks a position in a format rather than text to come: a code layout made of X groups
# only (x  xxxxxx  xxxxxxxx  xxxx, a figure of a numbering rule), a name assembled from parts
# with + (XXXX 年 XX 市 XX 县+项目名称+检测点数据), digit positions around a decimal point
# (纬度：××.××××××N, ±×××.×××; never after a document code: GB/T XXXXX.X is a number to come),
# a field whose whole value is positions (X 坐标：××××××××), a name in a quoted example
# (例如“××南500米”) or a quoted format (路径名格式为"/××××××") or value (允许值为“XXXX”: ISO 10383's
# code for no market), an unnamed place or body an example names (如××市10万人网约车驾驶员数据, JT/T
# 1522—2024 表1), and the same positions as an OCR
# layer typesets them in LaTeX ($ \pm\times\times\times $ .×××, or only the .××× left when a
# converter drops the LaTeX), how a value is written (页数用××P.表示), and a format of fields given after 格式
# (标签格式：××××××××-×××-×××××（生产日期-批次号-流水号）, GB/T 33560 7.5.5).
_FORMAT_PATTERN = re.compile(
    r"^\s*[xX]+(?:\s+[xX]+){2,}\s*$|[X×]{2,}[^。；]*[+＋][^。；]*\S|[+＋][^。；]*[X×]{2,}"
    r"|(?<![A-Za-z/]\s)(?<![A-Za-z/])[±]?[X×]{2,}\.[X×]{2,}"
    r"|[：:]\s*[±]?[X×]{4,}\s*[A-Z]?\s*[;；。]?\s*$"
    r"|(?:例如|比如|如|示例|格式为|格式是|形如|形式为|值为|取值为|填写为?|填报为?)[：:]?\s*[“\"「‘][^”\"」’]*[X×]{2,}"
    r"|(?:例如|比如|诸如|如)[：:]?\s*[X×]{2,}\s*(?:[省市县区州镇乡村]|公司|单位|机构|医院|学校|部门)"
    r"|\\times\s*\\times|(?<![\w×X])\.[X×]{3,}"
    r"|[用以][X×]{2,}[A-Za-z.．]*\s*表示"
    r"|格式[为是]?[：:]?\s*[X×]{2,}(?:\s*[-—－/]\s*[X×]{2,})+"
    # an identifier's template, a run of X joined by an underscore to a run of other capitals (形如XXX_YYY: a family's
    # short name, class code and family code, GB/T 18336.2's draft, round 289)
    r"|(?<![A-Za-z0-9])X{2,}_[A-WYZ]{2,}(?![A-Za-z])"
    # a date's or a time's template beside them (YYYYMMDD - HHMMSS - NXX.XXXXXX: JT/T 1078's file names, round 204)
    r"|(?<![A-Za-z])(?:YYYY-?MM-?DD|HH:?MM:?SS)(?![A-Za-z])")


# A cell of a protocol or data-format table that is all X among byte values (01 03 XX XXXX: an
# exception code and a CRC left open in a message example) stands for a value, not missing text.
# A cell of X in a table of other values (an indicator ×× still to be set) stays a placeholder.
_ALL_X = re.compile(r"[xX×]{2,8}")
_BYTE = re.compile(r"(?:0[xX])?[0-9A-Fa-f]{2}(?:[ ]?[0-9A-Fa-f]{2}){0,3}[Hh]?")


# A variable of a protocol's data-format table (NID_XUSER, Q_DIR, L_PACKET): where a table names
# its fields so, an all-X cell among them is a field of variable content (XXXXXX 由 NID_XUSER 确定的
# 信息包), not missing text.
_FIELD_NAME = re.compile(r"[A-Z][A-Z0-9]*_[A-Z0-9_]+")


#: A value a byte table leaves open (×, ××), and a half byte (0H, FH).
_OPEN_VALUE = re.compile(r"[xX×]{1,8}")
_NIBBLE = re.compile(r"[0-9A-F][Hh]")
#: A byte's range of values in a command table (0H~FH, 00H-FFH), or an OCR's O for its 0.
_BYTE_RANGE = re.compile(r"[0-9A-FO]{1,2}[Hh]\s*[~～\-－]\s*[0-9A-F]{1,2}[Hh]")


def _bytes_row(cells: list[str]) -> bool:
    """Cells of a row of a protocol's byte table: X-runs for the values left open (“any value”) among cells that are
    mostly bytes or byte ranges (1 / 20H / ×× / ×× / 0H~FH)."""
    open_cells = [c for c in cells if _OPEN_VALUE.fullmatch(c)]
    values = [c for c in cells if not _OPEN_VALUE.fullmatch(c) and not (c.isdigit() and len(c) == 1)]  # (row 1 aside)
    if not open_cells or not (len(values) >= 2 or (len(values) == 1 and len(open_cells) >= 2)):
        return False
    bytes_ = sum(bool(_BYTE.fullmatch(c) or _BYTE_RANGE.fullmatch(c) or _NIBBLE.fullmatch(c)) for c in values)
    return bytes_ >= 0.75 * len(values)


def _spilled_byte_row(units: list[TextUnit], index: int) -> bool:
    """A byte table's row that a PDF's text left as running text: on one line (2  10H  ××  0H~FH), or its cells on
    lines of their own around an X-run (GB/T 28181's annex A command tables, as pdftotext gave them)."""
    text = units[index].text.strip()
    if not _ALL_X.fullmatch(text):
        return _bytes_row(text.split())
    around = [u.text.strip() for u in units[max(0, index - 3):index + 4] if u.text.strip()]
    return _bytes_row([c for c in around if len(c) <= 8 and not _IDEOGRAPH.search(c)])


def _byte_positions(ctx: LintContext) -> set[tuple[int | None, str]]:
    """``(anchor, text)`` of the all-X cells of table rows whose other cells are mostly bytes, and
    of tables that name their fields as a protocol does."""
    found: set[tuple[int | None, str]] = set()
    for _, block in ctx.doc.iter_blocks():
        if not isinstance(block, Table):
            continue
        cells = [c.strip() for row in block.rows for c in row]
        if sum(bool(_FIELD_NAME.fullmatch(c)) for c in cells) >= 3:
            found.update((block.anchor, c) for c in cells if _ALL_X.fullmatch(c))
        for row in block.rows:
            cells = [c.strip() for c in row if c.strip()]
            if _bytes_row(cells):
                found.update((block.anchor, c) for c in cells if _ALL_X.fullmatch(c))
    return found


# A document number still to be assigned: a code, then X or × for the sequence number, maybe
# a part number and a year (GB/T XXXXX.1—XXXX, T/CAS ×××—202X, ISO/CD XXXXX, SJ/T xxxx).
_DRAFT_NUMBER = re.compile(
    r"(?<![A-Za-z/])(?:GB/[TZ]|GB|DB\d{2}(?:/T)?|T/[A-Z0-9]{2,10}|[A-Z]{2}(?:/[TZ])?"
    r"|ISO(?:/IEC)?(?:/(?:CD|DIS|FDIS|WD|NP|AWI|PWI|TS|TR|PAS|DTS|DTR))*|IEC(?:/(?:CD|TS|TR))*)"
    r"[ \u3000]*(?P<num>[Xx×]{3,}(?P<part>(?:\.(?:\d+|[Xx×]+))*))"
    r"(?:[ \u3000]*[—–\-－][ \u3000]*(?:[Xx×]{4}|20[\dXx×]{2}))?"
)
# The numbers of replaced editions are known: a placeholder there is still to be filled.
_REPLACES = re.compile("代替|替代|修订|废止")


def _draft_number(unit: TextUnit, match: re.Match[str], own_prefix: str | None = None) -> bool:
    """Whether a placeholder ``match`` is the number of this unpublished draft or of a sibling
    part: a part number (``.1``), the 前言 (本文件是GB/T XXXXX的第1部分), or the draft's own code
    (``own_prefix``, given when the draft's number is itself still to come), never where a
    replaced edition is named."""
    text = unit.text
    for number in _DRAFT_NUMBER.finditer(text) if ("X" in text or "x" in text or "×" in text) else ():
        if number.start() <= match.start() and match.end() <= number.end():
            own = own_prefix is not None and "".join(number.group(0).split()).startswith(
                "".join(own_prefix.split()))
            if not (number.group("part") or unit.role == FRONT or own):
                return False
            begin = max(text.rfind(ch, 0, number.start()) for ch in _SENTENCE_END) + 1
            return _REPLACES.search(text, begin, number.start()) is None
    return False


# Another document's number with its year to come (GB/T 19714-XXXX, GB.T as OCR reads the slash):
# a standard revised alongside this draft, cited by the number it will keep; its year is not
# known before it is published.
_PENDING_EDITION = re.compile(
    r"(?<![A-Za-z/])(?:[A-Z]{2,4}(?:[/.][TZ])?|T/[A-Z0-9]{2,10}|DB\d{2}(?:/T)?)[ \u3000]*\d+(?:\.\d+)*"
    r"[ \u3000]*[—–\-－][ \u3000]*(?P<year>[X×]{4}|20[X×]{2})")


def _pending(text: str, match: re.Match[str]) -> bool:
    """Whether a placeholder ``match`` is the year of a document still being drafted (in a draft)."""
    for number in _PENDING_EDITION.finditer(text):
        if number.start("year") <= match.start() and match.end() <= number.end("year"):
            return True
    return False


@rule("wording.negated-recommendation", "warning", "GB/T 1.1—2020 附录C (spec §4.1)",
      "推荐的否定形式应为“不宜”", "a negative recommendation is written 不宜", chinese=True)
def negated_recommendation(ctx: LintContext) -> Iterator[Hit]:
    pattern = _words().negated_should
    for unit in ctx.units:
        if unit.role in (NORMREF, BIBLIO) or "宜不" not in unit.text:
            continue
        match = pattern.search(unit.text)
        if match is not None:
            wrong = match.group(0)
            right = "不宜" + wrong[2:]
            yield Hit(unit.location, tr(
                f"“{wrong}”宜改为“{right}”：推荐的否定形式是“不宜”。",
                f"'{wrong}' should read '{right}': a negative recommendation is written 不宜.",
            ), excerpt(unit.text, match.start(), match.end()), unit.anchor)


# -- list punctuation ---------------------------------------------------------------------

_LEAD_IN_END = ("：", ":")


def _containers(ctx: LintContext) -> Iterator[tuple[str, list[Block]]]:
    """``(location, blocks)`` of every element and clause that holds blocks of its own."""
    doc = ctx.doc
    if doc.foreword is not None:
        yield FOREWORD, doc.foreword.blocks
    if doc.introduction is not None:
        yield INTRODUCTION, doc.introduction.blocks
        for clause in doc.introduction.children:
            for c in clause.walk():
                yield c.number, c.blocks
    for c in doc.iter_clauses():
        yield c.number, c.blocks
    for annex in doc.annexes:
        yield annex.label, annex.blocks


def _item_lists(ctx: LintContext) -> Iterator[tuple[str, str, list[tuple[str, int | None, bool]], bool]]:
    """``(location, lead-in, [(item text, anchor, has sub-items)], closes)`` for every list of the text:
    list blocks (and their sub-lists, led in by their item) and runs of paragraphs typed with markers
    (a) …, —— …; a 注 or a line of explanation between two typed items does not end the run). ``closes``:
    the list's last item is the last of the element's lists (no list item stands after it, and a sub-list
    only under the last item of a list that closes), so it ends the sentence its lead-in opened."""
    for location, blocks in _containers(ctx):
        blocks = _resumed_lists(blocks)
        listed = [isinstance(b, ListBlock) or (isinstance(b, Paragraph) and marker_of(b.text) is not None)
                  for b in blocks]
        later = [False] * (len(blocks) + 1)  # later[i]: a list item stands after blocks[i]
        for i in range(len(blocks) - 2, -1, -1):
            later[i] = later[i + 1] or listed[i + 1]
        lead = ""
        run: list[tuple[str, int | None, bool]] = []
        run_lead = ""
        for at, block in enumerate([*blocks, None]):
            if isinstance(block, Paragraph) and listed[at]:
                if run and _restarts(run, block.text):
                    # a) again after e): a list of its own (a figure's sub-captions a）互连孔布局 under the list
                    # above, a PDF's figure left as paragraphs): the list before it ended there
                    if len(run) > 1:
                        yield location, run_lead, run, True
                    run, run_lead = [], ""
                if not run:
                    run_lead = lead
                run.append((block.text, block.anchor, False))
                continue
            if run and isinstance(block, (Note, Paragraph)) and at + 1 < len(blocks) \
                    and isinstance(blocks[at + 1], Paragraph) and listed[at + 1]:
                continue  # a 注 or a line of explanation amid a list's typed items: the list goes on after it
            if len(run) > 1:
                yield location, run_lead, run, not later[at - 1]
            run = []
            if isinstance(block, ListBlock):
                for found in _list_block(location, lead, block):
                    yield (*found[:3], found[3] and not later[at])
            lead = block.text if isinstance(block, Paragraph) else ""


def _resumed_lists(blocks: list) -> list:
    """``blocks`` with each list that a line interrupts and that goes on after it (a) b) c) ……证书CER_T。 / 如验证通过，
    ……。 / d) ……) read as one list, the line joined to the item before it: a scan's item broken where the page's line
    ended, or an item's second paragraph. A list whose lettering starts again after the line is left as it is, and so
    is an item that is a title over its own paragraphs (a) 协议版本 / 本项描述了……, GB/T 38629's 7.4.2)."""
    if not any(isinstance(b, ListBlock) for b in blocks):
        return blocks
    out: list = []
    at = 0
    while at < len(blocks):
        block = blocks[at]
        while (isinstance(block, ListBlock) and block.items and at + 2 < len(blocks)
               and isinstance(blocks[at + 1], Paragraph)
               and isinstance(nxt := blocks[at + 2], ListBlock) and nxt.style == block.style
               and nxt.style in ("letter", "number") and nxt.start == block.start + len(block.items)
               and block.items[-1].children is None and not _item_title(block.items[-1].text)):
            last = block.items[-1]
            joined = ListItem(text=last.text + blocks[at + 1].text, anchor=last.anchor)
            block = ListBlock(style=block.style, start=block.start, items=[*block.items[:-1], joined, *nxt.items],
                              anchor=block.anchor)
            at += 2
        out.append(block)
        at += 1
    return out


def _item_title(text: str) -> bool:
    """Whether a list item is a title over paragraphs of its own (a) 协议版本 / 本项描述了……): a few words, no mark."""
    text = text.strip()
    return len(text) <= 15 and not re.search(r"[，。；：,;:！？]", text)


def _restarts(run: list[tuple[str, int | None, bool]], text: str) -> bool:
    """Whether ``text`` starts the sequence of ``run``'s own (outer) markers again: a) after e) (a sub-list's 1) after
    an outer item is no restart)."""
    marker, first = marker_of(text), marker_of(run[0][0])
    if marker is None or first is None or marker.ordinal != 1 or marker.family != first.family:
        return False
    return any((m := marker_of(t)) is not None and m.family == first.family and (m.ordinal or 0) > 1
               for t, _, _ in run)


def _list_block(location: str, lead: str, block: ListBlock,
                closes: bool = True) -> Iterator[tuple[str, str, list[tuple[str, int | None, bool]], bool]]:
    """The lists of ``block`` and its sub-lists; a sub-list closes the whole list only under its last item."""
    items = [(item.text, item.anchor if item.anchor is not None else block.anchor, item.children is not None)
             for item in block.items]
    yield location, lead, items, closes
    for at, item in enumerate(block.items):
        if item.children is not None:
            yield from _list_block(location, item.text, item.children, closes and at == len(block.items) - 1)


def _one_sentence_ending_in_full_stop(text: str) -> bool:
    body = text.rstrip()
    return body.endswith("。") and "。" not in body[:-1] and "：" not in body and ":" not in body


@rule("wording.list-punctuation", "warning", "GB/T 1.1—2020 (spec §2.10)",
      "列项各项之间的标点不正确", "list items end with the wrong punctuation", chinese=True)
def list_punctuation(ctx: LintContext) -> Iterator[Hit]:
    for location, lead, items, closes in _item_lists(ctx):
        if len(items) < 2 or not lead.rstrip().endswith(_LEAD_IN_END):
            continue
        # Items before the last that end in 。 although each is one sentence. An item with a
        # 。 inside, or headed by a short title and a colon (设计与运维脱节：……。), is a passage
        # of its own, which may end in 。.
        if any("。" in text.rstrip().rstrip("。") for text, _, _ in items):
            continue  # an item of several sentences makes every item a passage, ending in 。
        last, last_anchor, last_nested = items[-1]
        if closes and not last_nested and last.rstrip().endswith(("；", ";")):
            # The list ends here: its last item closes the sentence the lead-in opened (zj05's 8.1 ended
            # ……键盘、显示等；, QA pass 17). A sub-list's last item keeps its ；while the list above goes on.
            yield Hit(location, tr(
                "以冒号引出的列项，最后一项末尾宜用句号“。”，不用分号。",
                "The last item of a list led in by a colon ends with '。', not '；'.",
            ), excerpt(last), last_anchor)
        wrong = [(text, anchor) for text, anchor, nested in items[:-1]
                 if not nested and _one_sentence_ending_in_full_stop(text)]
        texts = [t for t, _, _ in items]
        outer = [t for t in texts if _OUTER_ITEM.match(t)]
        if any(_one_sentence_ending_in_full_stop(t) for t in outer[:-1]):
            # the list above ends its items in 。: a sub-list's last item before its next item is written as they are
            wrong = [(t, a) for t, a in wrong
                     if not (_SUB_ITEM.match(t) and _OUTER_ITEM.match(texts[texts.index(t) + 1]))]
        if not wrong:
            continue
        text, anchor = wrong[0]
        count = tr(f"（共 {len(wrong)} 项）", f" ({len(wrong)} items)") if len(wrong) > 1 else ""
        after = texts[texts.index(text) + 1]
        if _SUB_ITEM.match(text) and _OUTER_ITEM.match(after):
            # the last item of a sub-list (8) ……的。) before its list's next item (f)): the author sees a last item
            yield Hit(location, tr(
                f"此项是下一层列项的最后一项，上一层列项还未结束，末尾宜用分号“；”，不用句号{count}。",
                f"The last item of a sub-list ends with '；', not '。', while the list above it goes on{count}.",
            ), excerpt(text), anchor)
            continue
        yield Hit(location, tr(
            f"以冒号引出的列项，除最后一项外各项末尾宜用分号“；”，不用句号{count}。",
            f"Items of a list led in by a colon end with '；' (the last with '。'), not with '。'{count}.",
        ), excerpt(text), anchor)
    for location, text, anchor in _closing_sub_items(ctx):
        yield Hit(location, tr(
            "此项是下一层列项的最后一项，上一层列项还未结束，末尾宜用分号“；”，不用句号。",
            "The last item of a sub-list ends with '；', not '。', while the list above it goes on.",
        ), excerpt(text), anchor)


def _closing_sub_items(ctx: LintContext) -> Iterator[tuple[str, str, int | None]]:
    """``(location, text, anchor)`` of the last item of each sub-list of a Word list that ends in 。 while the list
    above it goes on (a) 制定计划，包括：1) 内容；2) 方法。 b) ……): the rule above reads each list alone, so such an item
    was never told (QA pass 16, A2). Lists of passages (an item with a 。 inside) are left alone, as above."""
    def passages(block: ListBlock) -> bool:
        return any("。" in item.text.rstrip().rstrip("。") for item in block.items)

    def walk(location: str, lead: str, block: ListBlock) -> Iterator[tuple[str, str, int | None]]:
        # (nor where the list's own items before its last end in 。: its sub-lists may end so too)
        led = lead.rstrip().endswith(_LEAD_IN_END) and not passages(block) and not any(
            _one_sentence_ending_in_full_stop(item.text) for item in block.items[:-1])
        for at, item in enumerate(block.items):
            sub = item.children
            if sub is None:
                continue
            last = sub.items[-1] if sub.items else None
            if (led and at < len(block.items) - 1 and last is not None and len(sub.items) > 1
                    and item.text.rstrip().endswith(_LEAD_IN_END) and not passages(sub)
                    and _one_sentence_ending_in_full_stop(last.text)):
                yield location, last.text, last.anchor if last.anchor is not None else block.anchor
            yield from walk(location, item.text, sub)

    for location, blocks in _containers(ctx):
        lead = ""
        for block in blocks:
            if isinstance(block, ListBlock):
                yield from walk(location, lead, block)
            lead = block.text if isinstance(block, Paragraph) else ""


#: An item marked as one of a sub-list (1), 2)) and one of the list above it (a), b)), a copy's bullet aside.
_SUB_ITEM = re.compile(r"^\s*(?:[-*•]\s*)?\d{1,2}[)）]")
_OUTER_ITEM = re.compile(r"^\s*(?:[-*•]\s*)?[a-zA-Z][)）]")


# -- half-width punctuation in Chinese text ------------------------------------------------

#: The half-width marks Chinese text writes full-width (GB/T 15834), with their full-width forms.
_FULL_WIDTH = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！"}
_HALF_WIDTH_MARK = re.compile(r"[,;:()?!]")
#: From this many places with half-width marks, a text that holds more of them than full-width ones
#: gets one finding for the whole text (GB/T 39335's PDF copy had 46, one a clause).
THROUGHOUT_PLACES = 5
#: Chinese on a mark's side: a Han character, Chinese punctuation or a full-width form, quotes “”‘’.
_CHINESE_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3001-\u303f\uff01-\uff5e“”‘’]")
#: A Han character: a line with none holds no Chinese text, whatever full-width mark an OCR or a slip of the keyboard
#: left in it (``void testTool(）{``, a Java listing's line: judged FALSE on the tune half).
_IDEOGRAPH = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
#: Where half-width marks are the text's own: a web or mail address, a run of ?? standing for
#: characters a conversion lost.
#: (An address's user name starts where no character of one stands before it: one try a run, not one a character.)
_NOT_PROSE = re.compile(r"(?:https?|ftp)://[!-~]+|www\.[!-~]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\?{2,}",
                        re.ASCII)
#: A list item's mark or a reference to one (a), 1), 5.1 b), past z) 13.2.1的dd)): a letter (or one doubled) or a
#: number of one or two digits standing alone before the ) (a space between them, 1 ), is a copy's), or a letter
#: written right after the number of the clause or figure whose list it cites (6.3a), 5.4d), 图A.2a)). Two dots before
#: it are an OCR's full stop (列车零速..4)保持制动已施加), not a decimal point.
_ITEM_MARK = re.compile(r"(?:(?:^|(?<=[^A-Za-z0-9.])|(?<=[^A-Za-z0-9.]\.\.))(?:(?P<twice>[a-z])(?P=twice)|[A-Za-z]|\d{1,2})"
                        r"|(?<![A-Za-z0-9.])(?:[A-Z]|\d{1,3})(?:\.\d{1,3})+[a-z]) ?$")
#: A formula set between dollar signs ($ F(V_{C},D_{i}) $): its marks are the formula's.
_FORMULA = re.compile(r"\$[^$\n]+\$")
#: A JSON sample's member ("attachment":"…(可选)",): the sample's signs, not the text's.
_JSON_MEMBER = re.compile(r'\s*"[^"\n]*"\s*:\s*(?:"|[\[{\d-]|true|false|null)')
#: A point, a vector or a pair of points: (0,0), (12.5, -3, 4), (397,301;869,302).
_POINT = re.compile(r"\(\s*-?\d+(?:\.\d+)?(?:\s*[,;]\s*-?\d+(?:\.\d+)?)+\s*\)")
#: A sub-label in brackets listed after an object's number: 表 A.14(a)、(b)、(c) — the labels of the parts of table
#: A.14, set as the number set them, not Chinese text in half-width brackets (a cloud-services standard of the tune
#: half, judged FALSE).
_SUB_LABEL = re.compile(r"\([A-Za-z0-9]{1,2}\)")
#: An English name of several words in brackets (证书认证机构 (Certificate Authority), a 缩略语 entry's expansion).
#: Where a text sets its English names so throughout, they are English text in English brackets, its convention
#: (GB/T 25060's clause 4, round 201: judged FALSE); where some stand in （…）, a half-width pair breaks it (an
#: abbreviation list's odd entries: judged TRUE on the tune half).
_ENGLISH_NAME = r"[A-Za-z][A-Za-z'’&./-]*(?: [A-Za-z&][A-Za-z'’&./-]*)+"
_ENGLISH_GLOSS = re.compile(rf"\({_ENGLISH_NAME}\)")
#: Such names after a Chinese name, in either width (a function's (IN HSFL hSfl) is none): the text's convention.
_GLOSS_AFTER_CHINESE = {"(": re.compile(rf"[\u3400-\u9fff]\s*\({_ENGLISH_NAME}\)"),
                        "（": re.compile(rf"[\u3400-\u9fff]\s*（{_ENGLISH_NAME}）")}
#: A statement of a modelling or programming language: an identifier called with named arguments
#: (annotation(localLabel="名称", …)) or a string first (gantt1(“甘特图1”;30;20)), or given a quoted or bracketed
#: value (pro11="×××", time=(“年”;2;22;34)).
_CODE_STATEMENT = re.compile(r"[A-Za-z_][\w.]*\s*(?:\(\s*[A-Za-z_]\w*\s*=|=\s*[\"“(])"
                             r"|(?<![\w.])(?=\w*[a-z])[A-Za-z_]\w{2,}\([\"“]")
#: A field of an ASN.1 definition (header SES_Header, / eseal SESeal, -- 电子印章 / cert OCTET STRING OPTIONAL, /
#: aliasedRDNs [1] INTEGER OPTIONAL,): a name in small letters, its tag, its type, and the comma that parts it from
#: the next field — the notation's, not the text's.
_ASN1_FIELD = re.compile(r"^\s*[a-z][\w-]*\s+(?:\[\d+\]\s*)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:\s*\([^()\n]*\))?\s*,")
#: A C comment closing a line of code (unsigned char *pDataOut,  /* 输出数据 */), as a scan sets it too (／输出数据*／,
#: its opening * lost), or opening after a declaration's ; or , and closing on a later line: the Chinese is the
#: comment's, the , ; ( ) before it the language's (GB/T 25056's annex C, round 201: 10 judged FALSE).
_C_COMMENT = re.compile(r"(?<=[;,{])\s*(?:/\*|／\*?)"
                        r"|(?:/\*|／\*?|/(?=\s*[\u3400-\u9fff]))(?=[^\n]*\*\s*[/／]\s*$)")
#: An XML comment's delimiters in a message example, as a scan sets them (<!-- 命令类型 -->, （!-- …--), <！--, 〈! --):
#: the markup's, not the text's marks (GB/T 28181—2011's and GA/T 669.5's annexes, round 202: judged FALSE).
_XML_COMMENT_MARK = re.compile(r"[<〈（(]\s*[!！](?:\s*-{1,2}|(?=\s))|-{2}\s*[>〉）)]")
#: A line of a protocol message set out as an example (SIP, HTTP), its values in Chinese words: a header field
#: (From: <sip:源设备编码@源域名>;tag=e40807c0, Content-Length: 消息实体的字节长度) or a request or status line
#: (MESSAGE sip:目的设备编码@目的域名 SIP/2.0, also run into its clause number: J.5.5ACKsip:……SIP/2.0). Its : ; ( )
#: are the protocol's, however a scan set them (GB/T 28181's annex J, round 198: 39 judged FALSE).
_MESSAGE_LINE = re.compile(
    r"\s*(?:(?:From|To|Via|Contact|CSeq|Call-I[Dd]|Con\w{3,5}-(?:Length|Iength|ILength|Type|Encoding|Disposition)|Max-Forwards"
    r"|Subject|Expires|Event|Subscription-State|Authorization|WWW-Authenticate|Proxy-Authorization|Route|Record-Route"
    r"|User-Agent|Allow|Supported|Require|Accept|Host|Cookie|Set-Cookie|Location|Server|Session-Expires|Reason"
    r"|Date|Connection|Cache-Control|Referer|Origin|Monitor-User-Identification)\s*[:：;；]"
    r"|.*(?<![A-Za-z0-9])(?:SIP/2\.0|HTTP/1\.[01]|RTSP/1\.0)(?![\w.]))")
#: What brackets hold when they belong to a formula: symbols listed with commas (点(x,y), 签名(M，TSP)), an expression
#: with an operator ((ulBits+7)/8), or nothing (SIG_A()): Latin symbols, no Chinese.
_FORMULA_LIST = re.compile(r"\s*[A-Za-z_][\w']{0,11}\s*(?:[,，]\s*[A-Za-z_0-9][\w']{0,11}\s*)+")
_FORMULA_EXPRESSION = re.compile(r"\s*[\w.']+(?:\s*[-+*/^×]\s*[\w.']+)+\s*")


#: A value with its tolerance, units and all (188mm±2mm, 23 ± 2): brackets around one group a quantity, as
#: mathematics writes them ((188mm±2mm)×(60mm±2mm), GB/T 19056's 4.1.2, round 240).
_TOLERANCE = re.compile(r"\s*[\d.]+\s*[A-Za-z%‰°℃μΩ]{0,3}\s*[±∓]\s*[\d.]+\s*[A-Za-z%‰°℃μΩ]{0,3}\s*")


#: A product or quotient of quantities named in words, a formula's bracket's content (∑ ( 二噁英毒性同类物浓度 × TEF):
#: GB 39707—2020 3.24, round 254): no sentence mark in it.
_WORD_PRODUCT = re.compile(r"[^，。；：、,;:!?！？]{1,30}?[×÷][^，。；：、,;:!?！？]{1,30}")


def _formula_brackets(content: str) -> bool:
    """Whether brackets holding ``content`` are a formula's (:data:`_FORMULA_LIST`, :data:`_FORMULA_EXPRESSION`,
    :data:`_TOLERANCE`)."""
    if len(content) > 40 or _IDEOGRAPH.search(content):
        return False  # (a formula's brackets hold a few symbols: longer content is read no further)
    return (not content.strip() or _FORMULA_LIST.fullmatch(content) is not None
            or _TOLERANCE.fullmatch(content) is not None
            or (_FORMULA_EXPRESSION.fullmatch(content) is not None and re.search(r"[A-Za-z]", content) is not None))


def _other_width_pair(line: str, at: int, step: int) -> str | None:
    """What a half-width bracket at ``at`` holds when its partner is a full-width one near it (签名（M，TSP), a scan's
    mixed widths): looking back (``step`` -1, for a ``)``) or on (1, for a ``(``) at most 40 characters; None when
    there is none, or another bracket stands between."""
    partner, other = ("（", "()）") if step < 0 else ("）", "()（")
    window = line[max(0, at - 40):at] if step < 0 else line[at + 1:at + 41]
    found = window.rfind(partner) if step < 0 else window.find(partner)
    if found < 0:
        return None
    content = window[found + 1:] if step < 0 else window[:found]
    return None if any(c in content for c in other) else content


#: A string in such a statement: "名称", “0,0,0”.
_STRING_LITERAL = re.compile(r'"[^"\n]*"|“[^“”\n]*”')


def code_strings(line: str) -> list[tuple[int, int]]:
    """The spans of the strings in ``line`` when it is a statement of code (:data:`_CODE_STATEMENT`) before any
    ``//`` comment: the language's values, not this text's words. Empty for a line of prose."""
    code = line.split("//", 1)[0]
    if _CODE_STATEMENT.search(code) is None:
        return []
    return [m.span() for m in _STRING_LITERAL.finditer(code)]


def _example_address(text: str, match: re.Match[str]) -> bool:
    """Whether the run ``match`` is a path's dummy segment in an address a listing's line gives ("Attachment":
    "https://www.didiyun.com/xxxxx/23232", a JSON example in a group standard's annex, round 275, judged FALSE blind):
    the example's illustration, not a slot the draft leaves to fill."""
    if not is_code_line(text):
        return False
    scheme = text.rfind("://", 0, match.start())
    return scheme >= 0 and not any(ch.isspace() or ch in "\"'" for ch in text[scheme:match.start()])


def _in_code_string(text: str, at: int) -> bool:
    """Whether ``text[at]`` stands in a string of a code statement (:func:`code_strings`) on its line."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    spans = code_strings(text[start:end if end >= 0 else len(text)])
    return any(a <= at - start < b for a, b in spans)


def _beside(line: str, at: int, step: int) -> str:
    """The first character from ``at`` in direction ``step`` that is no space ('' at the line's end)."""
    at += step
    while 0 <= at < len(line) and line[at] in " \t\u3000\u00a0":
        at += step
    return line[at] if 0 <= at < len(line) else ""


def _beside_chinese(line: str, at: int) -> bool:
    """Whether Chinese stands on either side of ``line[at]``, spaces aside."""
    return bool(_CHINESE_CHAR.match(_beside(line, at, -1)) or _CHINESE_CHAR.match(_beside(line, at, 1)))


#: A half-width mark alone in quotation marks is the mark named, not punctuation (GB/T 7714—2025 6.2: “:”用于其他题名信息,
#: “,”用于同一著作方式的责任者: the signs a bibliographic entry uses, round 244).
_QUOTED_MARK = re.compile(r"[“‘「『\"'][,;:()?!][”’」』\"']")
_QUOTED_MARK_HINT = re.compile(r"[“‘「『\"'][,;:()?!]")


def _half_width_marks(text: str, *, english_glosses: bool = False) -> list[int]:
    """Positions in ``text`` of the half-width , ; : ( ) ? ! that stand in Chinese text.

    A , ; : ? ! counts with Chinese on one side (规定,例如 / 订餐;机构 / 第2部分:居家): not between digits
    (3:1, 10:00, 1,2-二氯乙烷), in a document number (ISO/IEC 17025:2017), in English, an address or a
    run of ??. Brackets count as a pair, when Chinese stands inside (（含老年食堂、助餐点）) or before the
    opening one (温度(℃)), not around a formula's argument or English (f(t), systems (QMS)); a ) after a
    lone letter or number with no ( open is a list item's mark (a), 1), 5.1 b)), the standard's own.
    With ``english_glosses`` (the text's convention), a pair holding an English name of several words is English.
    """
    found: list[int] = []
    offset = 0
    for line in text.split("\n"):
        # (each kind of address or run holds one of these: a line with none is left as it is, unsearched)
        if (line.lstrip().startswith('"') and _JSON_MEMBER.match(line)) or not _IDEOGRAPH.search(line) \
                or _MESSAGE_LINE.match(line):
            offset += len(line) + 1
            continue
        masked = _NOT_PROSE.sub(lambda m: "x" * len(m.group(0)), line) \
            if "://" in line or "www." in line or "@" in line or "??" in line else line
        if "$" in masked:
            masked = _FORMULA.sub(lambda m: "x" * len(m.group(0)), masked)
        if "=" in masked or "(" in masked:
            for a, b in code_strings(masked):  # a statement's strings hold its values (localLabel="名称")
                masked = masked[:a] + "x" * (b - a) + masked[b:]
        if "," in masked and (field := _ASN1_FIELD.match(masked)) is not None:
            masked = "x" * field.end() + masked[field.end():]
        if _QUOTED_MARK_HINT.search(masked):
            masked = _QUOTED_MARK.sub(lambda m: "x" * len(m.group(0)), masked)  # “:”用于其他题名信息: the mark named
        if "!" in masked or "！" in masked:
            masked = _XML_COMMENT_MARK.sub(lambda m: "x" * len(m.group(0)), masked)
        if ("/" in masked or "／" in masked) and (comment := _C_COMMENT.search(masked)) is not None \
                and not _IDEOGRAPH.search(masked, 0, comment.start()):
            masked = "x" * comment.start() + masked[comment.start():]  # the code before a comment: no Chinese text
        # Each ( open: where it stands and how many marks came before it. Whether Chinese stands inside a
        # pair is told by the last stretch between two marks that held Chinese (each stretch read once).
        opened: list[tuple[int, int]] = []
        chinese_after = -1  # the count of marks before the last stretch with Chinese
        last = 0
        for seen, match in enumerate(_HALF_WIDTH_MARK.finditer(masked)):
            at, mark = match.start(), match.group(0)
            # (Chinese inside a pair is Han characters: Enk(Keyc，Ra) is a formula however its comma was typed)
            if _IDEOGRAPH.search(masked, last, at):
                chinese_after = seen
            last = at + 1
            if mark == "(":
                opened.append((at, seen))
                continue
            if mark == ")":
                if not opened:
                    if _ITEM_MARK.search(masked, max(0, at - 16), at) is None and _beside_chinese(masked, at):
                        content = _other_width_pair(masked, at, -1)
                        if content is None or not _formula_brackets(content):
                            found.append(offset + at)
                    continue
                start, before = opened.pop()
                if _POINT.fullmatch(masked, start, at + 1) or _formula_brackets(masked[start + 1:at]) \
                        or _WORD_PRODUCT.fullmatch(masked, start + 1, at):
                    continue  # 坐标(0,0), 点(x,y), (ulBits+7)/8: a formula's brackets, written as mathematics writes them
                if english_glosses and _ENGLISH_GLOSS.fullmatch(masked, start, at + 1):
                    continue  # (Certificate Authority): English words in English brackets
                if _SUB_LABEL.fullmatch(masked, start, at + 1) and _beside(masked, start, -1) in tuple("、，,和及或至～~-"):
                    continue  # 表 A.14(a)、(b): the next sub-label of a list that began after the number
                if _chemical_name(masked, start, at) or _note_mark(masked, start, at) \
                        or _quantity_of(masked, start, at):
                    continue
                if chinese_after > before or _CHINESE_CHAR.match(_beside(masked, start, -1)):
                    found.extend((offset + start, offset + at))
                continue
            if _beside_chinese(masked, at):
                found.append(offset + at)
        # A ( never closed: judged by what stands beside it, as the other marks are (a full-width ） closing a
        # formula's symbols aside; not an empty pair, 调用testTool(）方法: a call named in Chinese text).
        found.extend(offset + at for at, _ in opened if _beside_chinese(masked, at)
                     and not ((content := _other_width_pair(masked, at, 1)) and _formula_brackets(content)))
        offset += len(line) + 1
    return sorted(found)


#: A locant in a chemical name's brackets: 苯并(a)芘, 苯并(α)芘, 二苯并(a,h)蒽.
_LOCANT = re.compile(r"[a-zα-ω](?:[,，][a-zα-ω])*")


def _chemical_name(line: str, start: int, end: int) -> bool:
    """Whether the brackets at ``start`` and ``end`` are a chemical name's, which keeps its own signs (GB/T 1.1 sets
    none for them): a locant before the name goes on (苯并(a)芘), or a group set between hyphens (5-氯-2-(吡啶偶氮)-1，
    3-二氨基苯: GB 31573—2015 and GB 18598—2019's method titles, round 259, judged FALSE five times)."""
    after = line[end + 1:end + 2]
    if _LOCANT.fullmatch(line, start + 1, end) and "\u4e00" <= (after or " ") <= "\u9fff":
        return True
    return 0 < end - start - 1 <= 12 and line[start - 1:start] == "-" and after == "-"


#: A quantity's symbol written as mathematics writes it: a Greek letter or a mathematical italic (𝜑, φ, ρ), perhaps
#: primed, just before the brackets.
_QUANTITY_OF = re.compile(r"\s*[A-Za-z][A-Za-z0-9]{0,5}\s*")
_QUANTITY_SYMBOL = re.compile("[\u0391-\u03c9\U0001d400-\U0001d7ff][’'′]?\\s*$")


def _quantity_of(line: str, start: int, end: int) -> bool:
    """Whether the brackets at ``start`` and ``end`` name what a quantity's symbol is of (𝜑’(O2 )——实测的氧含量: the
    oxygen's volume fraction in a formula's key, DB44/ 765—2019, round 265, judged FALSE): a few Latin letters and
    digits after a Greek or mathematical letter."""
    return _QUANTITY_SYMBOL.search(line, max(0, start - 4), start) is not None \
        and _QUANTITY_OF.fullmatch(line, start + 1, end) is not None


def _note_mark(line: str, start: int, end: int) -> bool:
    """Whether ``(1)`` at the end of a short line, set against the word before it, marks a table's note (a head cell
    间接排放(1), （以锆计）(1): GB 31573—2015's tables, round 259, judged FALSE three times)."""
    return bool(re.fullmatch(r"\d{1,2}", line[start + 1:end])) and not line[end + 1:].strip() \
        and start > 0 and not line[start - 1].isspace() and len(line.strip()) <= 30


@rule("wording.ascii-punctuation", "warning", "GB/T 1.1—2020, GB/T 15834—2011",
      "中文文字中使用了半角标点", "half-width punctuation in Chinese text", chinese=True)
def ascii_punctuation(ctx: LintContext) -> Iterator[Hit]:
    """Half-width , ; : ( ) ? ! in Chinese text (see ``_half_width_marks``): one finding a place (a
    clause, a table, the title), at its first instance, with how many the place holds. A term's source
    is reference.source-format's; chapter 2's entries and the bibliography (GB/T 7714's signs are
    half-width) and a markup sample's lines are no running text."""
    meta = ctx.doc.metadata
    title = TextUnit(COVER, meta.title_zh or ctx.doc.body_title, None, "cover", "title")
    places: dict[str, tuple[TextUnit, int, int, list[str]]] = {}
    anchors: dict[str, list[int]] = {}  # the paragraphs of each place holding one (the annotated copy marks each)
    markup = ctx.in_markup
    units = [title, *(u for i, u in enumerate(ctx.units) if i not in markup)]
    running = [u for u in units if u.role != BIBLIO and u.kind not in ("reference", "term-source")]
    half_names, full_names = (sum(len(pattern.findall(u.text)) for u in running if mark in u.text)
                              for mark, pattern in _GLOSS_AFTER_CHINESE.items())
    english_glosses = half_names > 0 and full_names == 0  # (mixed widths break the text's own convention)
    for unit in running:
        if not _HALF_WIDTH_MARK.search(unit.text):
            continue
        marks = _half_width_marks(unit.text, english_glosses=english_glosses)
        if not marks:
            continue
        first, at, count, kinds = places.get(unit.location, (unit, marks[0], 0, []))
        kinds.extend(unit.text[m] for m in marks if unit.text[m] not in kinds)
        places[unit.location] = (first, at, count + len(marks), kinds)
        if unit.anchor is not None:
            anchors.setdefault(unit.location, []).append(unit.anchor)
    half = sum(count for _, _, count, _ in places.values())
    if len(places) >= THROUGHOUT_PLACES:
        # (counted in all the running text at once, a mark at a time)
        text = "\n".join(u.text for u in running)
        full = sum(text.count(mark) for mark in _FULL_WIDTH.values())
        if half > full:
            # The whole text is set in half-width marks (a copy converted from PDF or a web page):
            # one finding says so, rather than one for every clause.
            (location, (unit, at, _, _)), *_ = places.items()
            where = "、".join(list(places)[:5])
            yield Hit(location, tr(
                f"全文的中文文字普遍使用半角标点：{len(places)} 个位置共 {half} 处（如 {where}），全角标点仅 {full} 处；"
                "常见于由 PDF 或网页转换的文本，请统一改为全角“，；：（）？！”。",
                f"The Chinese text uses half-width punctuation throughout: {half} marks in {len(places)} places "
                f"(e.g. {', '.join(list(places)[:5])}) against {full} full-width ones, as in a copy converted from PDF or a "
                "web page; use the full-width forms throughout.",
            ), excerpt(unit.text, at, at + 1), unit.anchor)
            return
    for location, (unit, at, count, kinds) in places.items():
        kinds = sorted(kinds, key=list(_FULL_WIDTH).index)
        zh = "、".join(f"“{k}”应为“{_FULL_WIDTH[k]}”" for k in kinds)
        en = ", ".join(f"'{k}' should be '{_FULL_WIDTH[k]}'" for k in kinds)
        here_zh, here_en = (f"（此处共 {count} 处）", f" ({count} here)") if count > 1 else ("", "")
        yield Hit(location, tr(
            f"中文文字中使用了半角标点：{zh}{here_zh}。",
            f"Half-width punctuation in Chinese text: {en}{here_en}; use the full-width forms.",
        ), excerpt(unit.text, at, at + 1), unit.anchor, also=tuple(anchors.get(location, ())))
