"""Turn a project into a StandardDocument: the guide's considerations as a service standard.

Chapters follow the guide's arrangement: 1 范围, 2 规范性引用文件, 3 术语和定义, then one
chapter per checklist chapter (4 总则, 5 服务提供, 6 服务内容设计, 7 评价), each item a clause
titled with the item's title. Items still ``todo`` or ``not-applicable`` are left out of
the draft and the numbers close up. Chosen implementation methods go to an informative
annex (附录A) holding one table, referred to from each clause that uses it.

Wording: provisions are the author's text, with one correction: a 指南 holds
recommendations, so a provision that *starts* with 应 becomes 宜 (应 inside a sentence is
left for lint to point out, since only the author knows which words are modal there). Text
this module writes itself (from ``templates/compose.yaml`` and the guide) never puts 应
into a 指南 or into an informative annex.
"""

from __future__ import annotations

import copy
import re
from functools import lru_cache
from typing import Any

from authoring._paths import template_path
from authoring.checklist import Checklist, Item
from authoring.document import (
    BIBLIOGRAPHY, FOREWORD, Annex, Block, Clause, FunctionType, ListBlock, ListItem, Metadata, Paragraph, Reference,
    Section, StandardDocument, Table, TermEntry, block_text,
)
from authoring.docx.write import boilerplate
from authoring.docx.write._cover import adopted_document, titled_document, with_code_placeholder
from authoring.errors import InputError
from authoring.lint.patterns import annex_mentions, foreign_annexes, part_of_title
from authoring.project.model import ItemEntry, Project, RefEntry, Term, problems
from authoring.records import replace
from authoring.yamlio import load_yaml

__all__ = [
    "compose", "compose_v1", "skeleton", "suggest_starts", "soften", "omitted_items", "FIRST_CHAPTER",
    "generated_foreword", "paragraphs_section", "methods_annex",
]

FIRST_CHAPTER = 4
_METHODS_ANNEX = "A"

# Words in which 应 is no modal verb: 回应, 供应, 应急, 应用 … A 应 inside one of them stays
# (积极回应 is never 积极回宜, 应急预案 never 宜急预案). Each word is a pattern: what may not
# stand before it (服务提供应 is 提供 + 应, not 供应; 管理应 is 管理 + 应, not 理应) and what
# may not follow it (应允许 is 应 + 允许, not 应允). A modal 应 before a verb that merely
# starts like such a word (应征求, 应收集, 应和, 应变更, 应考虑) is left to change.
YING_WORDS: tuple[str, ...] = (
    # 应 second
    "(?<![影声音反])响应", "相应", "(?<![核校比查面绝])对应", "(?<![合舒闲安])适应", "(?<!提)供应",
    "(?<![违相])反应", "回应", "(?<![解回作问报])答应", "(?<![情美敏观体手口反预灵快质乐任属])感应",
    "(?<![有成绩时功实高无失生等见奏收])效应", "(?<![招])呼应", "顺应", "(?<![按参对依遵关护执拍光日牌驾证])照应",
    "(?<![管处办护整清代料修治审受助经总心物地道合原伦推条打梳调协辨说事真文病医药法公义学纹数哲署董襄查评按自交])理应",
    # 应 first
    "应用", "应急", "应答(?!复)", "应邀(?!请)", "应聘(?![用请])", "应届(?!时)", "应试(?![行用验点])",
    "应变(?![更动])", "应酬(?![金劳])", "应激(?![发励])", "应允(?!许)", "应声(?![明称])", "应验(?![证收])",
    "应运(?![用行营输])", "应诊(?![断治疗])", "应召(?![开集])",
    # 应 first, only in these longer words
    "应知应会", "应收账款", "应收款", "应付账款", "应付款", "应纳税", "应征入伍", "应征者", "应运而生",
)
_YING_WORD = re.compile("|".join(f"(?:{w})" for w in YING_WORDS))
# 应对 means "cope with" unless the clause goes on to an action done *to* something
# (应对员工进行培训 = 宜对员工进行培训).
_DUI_ACTION = re.compile(r"[^，。；：,;:！？!?]*?(?:进行|开展|实施|加以|予以|给予|作出|做出|提供|采取)")
# After these, 应对 is always the verb: 积极应对, 及时应对, 做好应对.
_DUI_VERB_BEFORE = ("积极", "及时", "有效", "妥善", "快速", "迅速", "主动", "共同", "协同", "合理", "科学",
                    "灵活", "如何", "做好", "以便", "用于", "便于", "和", "与", "、", "来", "以")
_MODAL_YING = re.compile(r"(不)?应(?:当|该)?")
#: An ASCII comma between Chinese characters, as the guide prints a few (a hint shows it full-width).
_ASCII_COMMA = re.compile(r"(?<=[\u4e00-\u9fff]),(?=[\u4e00-\u9fff])")


def _ying_dui_is_word(text: str, at: int) -> bool:
    """Whether 应对 at ``at`` is the verb "to cope with" rather than modal 应 + 对."""
    if any(text[:at].endswith(w) for w in _DUI_VERB_BEFORE):
        return True
    return _DUI_ACTION.match(text, at + 2) is None


def _ying_in_word(text: str, at: int) -> bool:
    """Whether the 应 at ``at`` belongs to a word (and is no modal verb)."""
    for match in _YING_WORD.finditer(text, max(0, at - 3), at + 5):
        if match.start() <= at < match.end():
            return True
    if text.startswith("应对", at):
        return _ying_dui_is_word(text, at)
    return False


def _soften_match(match: re.Match[str]) -> str:
    text, ying = match.string, match.start() + (1 if match.group(1) else 0)
    if _ying_in_word(text, ying):
        return match.group(0)
    return "不宜" if match.group(1) else "宜"


_MODALS = ("应", "宜", "可", "不应", "不宜", "不必", "能", "不能", "必须")
#: Who acts, where a point of the guide names it (组织通过调整内部流程……): the modal goes after it. Put
#: before it, 应组织通过…… reads "shall organise", and 应组织应从…… doubled the modal.
_SUBJECT = re.compile(r"^(?:组织、伙伴、利害关系者的管理|组织领导团队|服务提供组织|服务组织|组织)(?![、的])")


@lru_cache(maxsize=1)
def _texts() -> dict[str, Any]:
    data, _ = load_yaml(template_path("compose.yaml"))
    return data


def _by_function(key: str, function: FunctionType) -> Any:
    """The wording ``key`` for ``function``. A project imported from a draft whose function could not be
    told (``unknown``: a regulation, a title without 规范/规程/指南) is worded as a 规范, whose 应 most service
    standards use, until the author sets the function (F3 in the studio); it crashed the studio on opening."""
    table = _texts()[key]
    return table.get(function.value, table[FunctionType.SPECIFICATION.value])


def soften(text: str) -> str:
    """Every modal 应 / 不应 in ``text`` as 宜 / 不宜 (for a 指南 or an informative annex).

    >>> soften("应建立应急预案，并应适应顾客需求。")
    '宜建立应急预案，并宜适应顾客需求。'
    """
    return _MODAL_YING.sub(_soften_match, text)


def _fit_provision(text: str, function: FunctionType) -> str:
    """The author's provision, with a leading 应 turned into 宜 in a 指南."""
    text = text.strip()
    if function == FunctionType.GUIDE:
        match = _MODAL_YING.match(text)
        return text if match is None else _soften_match(match) + text[match.end():]
    return text


def _own(text: str, function: FunctionType) -> str:
    """Text we write ourselves (templates, the guide's words) in the wording of ``function``."""
    return soften(text) if function == FunctionType.GUIDE else text


def suggest_starts(function: FunctionType | str, item: Item) -> list[str]:
    """Sentence starts for a provision of ``item``: the guide's points, then common verbs.

    A 指南 gets 宜…, a 规范 or 规程 应….
    """
    function = FunctionType(function)
    modal = _by_function("modal", function)
    out: list[str] = []
    for point in item.points_zh:
        core = point.strip().rstrip("；;。.，, ").lstrip("—- ")
        if not core:
            continue
        core = _own(core, function)
        subject = _SUBJECT.match(core)
        if subject:  # ……创新文化。它应鼓励创造: the pronoun of the guide's prose is the subject again in a provision
            core = core.replace("。它", f"。{subject.group(0)}")
        if core.startswith(_MODALS) or (subject and core[subject.end():].startswith(_MODALS)):
            out.append(f"{core}。")  # 组织应从顾客和员工的角度出发……
        elif subject:
            out.append(f"{subject.group(0)}{modal}{core[subject.end():]}。")  # 组织应通过调整内部流程……
        else:
            out.append(f"{modal}{core}。")
    out.extend(f"{modal}{verb}……" for verb in _texts()["starts"])
    return list(dict.fromkeys(out))


def _included(item: Item, project: Project) -> bool:
    """An item is in the draft when addressed, or when one of its sub-items is."""
    entry = project.entry(item.id)
    if entry.status == "not-applicable":
        return False
    return entry.status == "addressed" or any(_included(c, project) for c in item.children)


def omitted_items(project: Project, checklist: Checklist) -> dict[str, list[str]]:
    """Item ids left out of the draft, by status (``todo``, ``not-applicable``)."""
    out: dict[str, list[str]] = {"todo": [], "not-applicable": []}
    for item in checklist.items():
        status = project.entry(item.id).status
        if status != "addressed" and not _included(item, project):
            out[status].append(item.id)
    return out


#: What the 前言 prints where only the committee knows the words (a series' other parts, the changes from a
#: replaced edition): lint's wording.placeholder reports it until it is filled in.
FILL = "【请填写】"
FILL_WHAT = "【请填写：{}】"
#: A year at the end of a document's number (—2017, :2018).
_YEAR = re.compile(r"(?:—|–|-|:)[ \u3000]*(?P<year>(?:19|20)\d{2})$")


def _with_title(designation: str, title: str) -> str:
    return f"{designation}《{title or FILL}》"


def _and(names: list[str]) -> str:
    """A、B和C."""
    return names[0] if len(names) == 1 else "、".join(names[:-1]) + "和" + names[-1]


def series_designation(meta: Metadata) -> str:
    """The number of a part's series: the draft's number without its part (``GB/T 20000.1`` → ``GB/T 20000``)."""
    number = meta.number.strip()
    series = number.rsplit(".", 1)[0] if "." in number else number
    return f"{with_code_placeholder(meta).prefix()} {series or 'XXXXX'}"


def _part_blocks(meta: Metadata) -> list[Block]:
    """The statement of a part's series (GB/T 1.1—2020 §2.1 b): the series and the parts published, the
    other parts' names left to fill in; a title that names no part gets none."""
    part = part_of_title(meta.title_zh)
    if part is None:
        return []
    legacy = meta.legacy_2009
    values = {"series": series_designation(meta), "series_title": part.series, "number": part.number}
    names = [FILL] * (part.number - 1) + [part.own or FILL]
    items = [f"第{k}部分：{name}" for k, name in enumerate(names, start=1)]
    blocks: list[Block] = [Paragraph(text=boilerplate("part_series", legacy=legacy, **values)), _dash_list(items)]
    if legacy:
        blocks.append(Paragraph(text=boilerplate("part_self", legacy=legacy, **values)))
    return blocks


def _replaced(meta: Metadata) -> list[tuple[str, str]]:
    return [titled_document(r) for r in meta.replaces if r.strip()]


def _replaces_blocks(meta: Metadata) -> list[Block]:
    """What the 前言 says of the replaced editions (§2.1 c): which, and the main technical changes, to fill in."""
    replaced = _replaced(meta)
    if not replaced:
        return []
    titled = _and([_with_title(d, t) for d, t in replaced])
    numbers = _and([d for d, _ in replaced])
    lead = boilerplate("replaces_lead", legacy=meta.legacy_2009, titled=titled, replaced=numbers)
    return [Paragraph(text=lead), _dash_list([FILL_WHAT.format("技术变化及其所在章条，如“增加了……（见4.2）”")])]


def _adoption_blocks(meta: Metadata) -> list[Block]:
    """The relation to the adopted international document (§2.1 d), by its degree of correspondence."""
    if not meta.adoption.strip():
        return []
    designation, title, degree = adopted_document(meta.adoption)
    values = {"document": _with_title(designation, title), "designation": designation}
    legacy = meta.legacy_2009
    if degree == "IDT":
        return [Paragraph(text=boilerplate("adoption_idt", legacy=legacy, **values))]
    if degree == "MOD":
        return [Paragraph(text=boilerplate("adoption_mod", legacy=legacy, **values)),
                _dash_list([FILL_WHAT.format("技术差异及其原因")])]
    if degree == "NEQ":
        return [Paragraph(text=boilerplate("adoption_neq", legacy=legacy, **values))]
    return [Paragraph(text=boilerplate("adoption_other", legacy=legacy, document=values["document"],
                                       degree=FILL_WHAT.format("等同／修改／非等效")))]


def _history_blocks(meta: Metadata) -> list[Block]:
    """The edition history (§2.1 h), last in the 前言: 本文件为首次发布, or the replaced editions by year."""
    legacy = meta.legacy_2009
    replaced = _replaced(meta)
    if not replaced:
        return [Paragraph(text=boilerplate("first_edition", legacy=legacy))]
    editions = []
    for designation, _ in replaced:
        year = _YEAR.search(designation)
        editions.append((year.group("year") if year else FILL, designation))
    editions.sort(key=lambda e: e[0])
    items = [boilerplate("history_edition", legacy=legacy, year=y, designation=d) for y, d in editions]
    items.append(boilerplate("history_this", legacy=legacy, count=FILL))
    return [Paragraph(text=boilerplate("history_lead", legacy=legacy)), _dash_list(items)]


def generated_foreword(meta: Metadata) -> Section:
    """The 前言 written from the metadata, in the order of GB/T 1.1—2020 (spec §2.1): drafting basis; a part's
    series; the replaced editions and their changes; the adopted international document; patents; proposer and
    committee; drafting units and drafters; the edition history (本文件为首次发布 when nothing is replaced).
    What only the committee knows (the other parts' names, the changes) is left as 【请填写】."""
    legacy = meta.legacy_2009
    blocks: list[Block] = [Paragraph(text=boilerplate("foreword_basis", legacy=legacy))]
    blocks += _part_blocks(meta)
    blocks += _replaces_blocks(meta)
    blocks += _adoption_blocks(meta)
    texts = [boilerplate("patent", legacy=legacy)]
    # Blank fields print as the ×× placeholder, which lint points out on a draft.
    proposer, committee = meta.proposer.strip(), meta.committee.strip()
    if proposer and proposer == committee:
        texts.append(boilerplate("proposer_committee", legacy=legacy, proposer=proposer))
    else:
        texts.append(boilerplate("proposer", legacy=legacy, proposer=proposer))
        texts.append(boilerplate("committee", legacy=legacy, committee=committee))
    texts.append(boilerplate("drafting_units", legacy=legacy, units=meta.drafting_units))
    texts.append(boilerplate("drafters", legacy=legacy, drafters=meta.drafters))
    blocks += [Paragraph(text=t) for t in texts]
    blocks += _history_blocks(meta)
    return Section(blocks=blocks)


def paragraphs_section(texts: list[str]) -> Section | None:
    """An 引言 of plain paragraphs (the front matter's ``introduction:``), or None when empty."""
    paragraphs = [p.strip() for p in texts if p.strip()]
    return Section(blocks=[Paragraph(text=p) for p in paragraphs]) if paragraphs else None


def _without_suffix(title: str) -> str:
    """A title without the function word it ends in (规范, 指南 …)."""
    for suffix in _texts()["title_suffixes"]:
        if title.endswith(suffix) and len(title) > len(suffix):
            return title[: -len(suffix)]
    return title


class _Composer:
    """One composition: counters for tables, and the methods the annex will list."""

    def __init__(self, project: Project, checklist: Checklist):
        self.project = project
        self.checklist = checklist
        self.meta: Metadata = project.metadata
        self.function = self.meta.function
        self.table_count = 0
        self.method_rows: list[list[str]] = []
        self.annex_label = f"附录{_METHODS_ANNEX}"
        self.annex_table = f"表{_METHODS_ANNEX}.1"
        # Where each item went: its clause's number (what a migration to version 2 links).
        self.item_numbers: dict[str, str] = {}

    # -- the whole document -------------------------------------------------------------

    def document(self) -> StandardDocument:
        clauses = [self.scope(), self.normative(), self.terms()]
        clauses += self.checklist_chapters(FIRST_CHAPTER)
        clauses += self.extra_chapters(FIRST_CHAPTER + len(clauses) - 3)
        annexes = self.annexes()
        return StandardDocument(
            metadata=self.meta,
            foreword=self.foreword(),
            introduction=self.introduction(),
            body_title=self.meta.title_zh,
            clauses=clauses,
            annexes=annexes,
            bibliography=self.bibliography(),
        )

    # -- front matter ---------------------------------------------------------------------

    def foreword(self) -> Section:
        return generated_foreword(self.meta)

    def introduction(self) -> Section | None:
        return paragraphs_section(self.project.introduction)

    # -- chapters 1 to 3 --------------------------------------------------------------------

    def scope(self) -> Clause:
        paragraphs = [p.strip() for p in self.project.scope if p.strip()]
        if not paragraphs:
            values = {"subject": self.subject(), "parts": "、".join(self.chapter_titles())}
            paragraphs = [self.named(t.format(**values)) for t in _by_function("scope", self.function)]
        return Clause(number="1", title="范围", blocks=[Paragraph(text=p) for p in paragraphs])

    def named(self, text: str) -> str:
        """Our template text with the document naming itself as its edition does (本标准 in 2009)."""
        return text.replace("本文件", self.meta.self_name)

    def subject(self) -> str:
        """What the 范围 says the document is about: its title without the function word. A part speaks of its
        own subject (养老服务　第2部分：居家上门服务规范 → 居家上门服务), never of 第2部分 in mid-sentence; a part
        whose own element is generic (第1部分：总则) of its series'."""
        title = self.meta.title_zh.strip() or _texts()["unknown_title"]
        part = part_of_title(title)
        if part is not None:
            generic = _texts()["generic_parts"]
            title = part.series if not part.own or {part.own, _without_suffix(part.own)} & set(generic) else part.own
        return _without_suffix(title)

    def normative(self) -> Clause:
        refs = self.project.normative_references
        legacy = self.meta.legacy_2009
        if not refs:
            return Clause(number="2", title="规范性引用文件",
                          blocks=[Paragraph(text=boilerplate("normative_none", legacy=legacy))])
        blocks: list[Block] = [Paragraph(text=boilerplate("normative_lead_in", legacy=legacy))]
        blocks += [Reference(designation=r.designation.strip(), title=r.title.strip()) for r in refs]
        return Clause(number="2", title="规范性引用文件", blocks=blocks)

    def terms(self) -> Clause:
        own, others = self.project.terms, [d.strip() for d in self.project.terms_from if d.strip()]
        legacy = self.meta.legacy_2009
        if own and others:
            lead = boilerplate("terms_both", legacy=legacy, documents=others)
        elif others:
            lead = boilerplate("terms_other", legacy=legacy, documents=others)
        elif own:
            lead = boilerplate("terms_own", legacy=legacy)
        else:
            lead = boilerplate("terms_none", legacy=legacy)
        blocks: list[Block] = [Paragraph(text=lead)]
        blocks += [_term_entry(f"3.{i}", term) for i, term in enumerate(own, start=1)]
        return Clause(number="3", title="术语和定义", blocks=blocks)

    # -- the checklist's chapters -------------------------------------------------------------

    def chapter_titles(self) -> list[str]:
        names = _texts()["chapter_titles"].get(self.checklist.id, {})
        return [
            names.get(ch.id, ch.title_zh)
            for ch in self.checklist.chapters if any(_included(i, self.project) for i in ch.items)
        ]

    def checklist_chapters(self, first: int) -> list[Clause]:
        names = _texts()["chapter_titles"].get(self.checklist.id, {})
        out: list[Clause] = []
        for chapter in self.checklist.chapters:
            items = [i for i in chapter.items if _included(i, self.project)]
            if not items:
                continue
            number = str(first + len(out))
            children = [self.item_clause(item, f"{number}.{k}") for k, item in enumerate(items, start=1)]
            out.append(Clause(number=number, title=names.get(chapter.id, chapter.title_zh), children=children))
        return out

    def item_clause(self, item: Item, number: str) -> Clause:
        self.item_numbers[item.id] = number
        entry = self.project.entry(item.id)
        kids = [c for c in item.children if _included(c, self.project)]
        own = self.item_blocks(item, entry, number, has_children=bool(kids)) if entry.status == "addressed" else []
        children: list[Clause] = []
        if kids and own:
            children.append(Clause(number=f"{number}.1", title=_texts()["general_clause"], blocks=own))
            own = []
        start = len(children) + 1
        children += [self.item_clause(kid, f"{number}.{k}") for k, kid in enumerate(kids, start=start)]
        return Clause(number=number, title=item.title_zh, blocks=own, children=children)

    def item_blocks(self, item: Item, entry: ItemEntry, number: str, *, has_children: bool) -> list[Block]:
        blocks = self.provision_blocks(entry.provisions)
        title = item.title_zh or number
        if entry.indicators:
            blocks += self.indicator_blocks(title, entry)
        methods = [m for m in item.methods if m.id in set(entry.methods)]
        if methods:
            blocks.append(Paragraph(text=_own(_texts()["methods_pointer"].format(
                title=title, annex=self.annex_label, table=self.annex_table), self.function)))
            self.method_rows.append(_method_row(title, methods, number))
        if not blocks and not has_children:
            blocks.append(self.placeholder(item))
        return blocks

    def placeholder(self, item: Item) -> Paragraph:
        points = "；".join(p.strip().rstrip("；;。") for p in item.points_zh)
        guide = item.text_zh.strip()
        if guide.endswith(("：", ":")) and points:
            # the guide's lead-in ends in a colon before its points: a hint stopping there dangled
            guide = f"{guide[:-1]}：{points}。"
        guide = _ASCII_COMMA.sub("，", guide or points)
        text = _texts()["placeholder"].format(title=item.title_zh or item.id, guide=guide or item.title_zh)
        return Paragraph(text=_own(text, self.function))

    def provision_blocks(self, provisions: list[str]) -> list[Block]:
        """Paragraphs; a provision ending in ： takes the ones after it as a dash list."""
        texts = [_fit_provision(p, self.function) for p in provisions if p.strip()]
        blocks: list[Block] = []
        k = 0
        while k < len(texts):
            text = texts[k]
            blocks.append(Paragraph(text=text))
            k += 1
            if text.endswith(("：", ":")):
                run: list[str] = []
                while k < len(texts) and not texts[k].endswith(("：", ":")):
                    run.append(texts[k])
                    k += 1
                if run:
                    blocks.append(_dash_list(run))
        return blocks

    def indicator_blocks(self, title: str, entry: ItemEntry) -> list[Block]:
        self.table_count += 1
        number = str(self.table_count)
        texts = _texts()
        lead = _by_function("indicator_lead", self.function).format(title=title, table=f"表{number}")
        header = list(texts["indicator_header"])
        with_notes = any(i.note.strip() for i in entry.indicators)
        if with_notes:
            header.append(texts["indicator_note_header"])
        rows = [header]
        for ind in entry.indicators:
            row = [ind.name.strip(), ind.value.strip(), ind.unit.strip() or texts["indicator_no_unit"]]
            if with_notes:
                row.append(ind.note.strip())
            rows.append(row)
        table = Table(number=number, title=texts["indicator_title"].format(title=title), rows=rows)
        return [Paragraph(text=lead), table]

    # -- the author's extra chapters and annexes ----------------------------------------------

    def extra_chapters(self, first: int) -> list[Clause]:
        out: list[Clause] = []
        for k, chapter in enumerate(self.project.chapters):
            number = str(first + k)
            own = self.provision_blocks(chapter.provisions)
            children: list[Clause] = []
            if own and chapter.clauses:
                children.append(Clause(number=f"{number}.1", title=_texts()["general_clause"], blocks=own))
                own = []
            start = len(children) + 1
            children += [
                Clause(number=f"{number}.{j}", title=sub.title.strip(), blocks=self.provision_blocks(sub.provisions))
                for j, sub in enumerate(chapter.clauses, start=start)
            ]
            out.append(Clause(number=number, title=chapter.title.strip(), blocks=own, children=children))
        return out

    def annexes(self) -> list[Annex]:
        out: list[Annex] = []
        if self.method_rows:
            out.append(_methods_annex(_METHODS_ANNEX, self.method_rows, self.meta,
                                      guide_serial([_reference(r) for r in self.project.bibliography], self.checklist.source)))
        for extra in self.project.annexes:
            letter = chr(ord("A") + len(out))
            blocks: list[Block] = [Paragraph(text=p.strip()) for p in extra.paragraphs if p.strip()]
            out.append(Annex(letter=letter, title=extra.title.strip(), normative=extra.normative, blocks=blocks))
        return out

    def bibliography(self) -> list[Reference] | None:
        refs = [_reference(r) for r in self.project.bibliography]
        if self.method_rows:
            guide = _guide_reference(self.checklist.source)
            if all(r.text != guide.text for r in refs):
                refs.append(guide)
        if not refs:
            return None
        return [replace(r, serial=k) for k, r in enumerate(refs, start=1)]


def _method_row(title: str, methods: list[Any], number: str) -> list[str]:
    """A row of the methods table: the item (and the clause it is written in), its methods by the
    letters the guide's Annex A gives them (d) stays d), as the 编制说明 names it: QA pass 5)."""
    element = _texts()["methods_element"].format(title=title, number=number) if number else title
    return [element, "\n".join(f"{m.letter}) {soften(m.text_zh.strip())}" for m in methods)]


def guide_serial(refs: list[Reference], source: str) -> int:
    """The guide's serial in a draft's 参考文献 ``refs`` (where the composer lists it, last when not there yet)."""
    guide = _guide_reference(source)
    return next((k for k, r in enumerate(refs, start=1) if r.text == guide.text), len(refs) + 1)


def _methods_annex(letter: str, rows: list[list[str]], meta: Metadata, serial: int) -> Annex:
    """The informative annex listing the chosen Annex A methods, with its lead-in sentence, which cites
    the guide the methods come from by its serial in the 参考文献 (listed and never cited, it was the
    draft's own finding: QA pass 5); by serial, so the guide's words are no evidence of an item."""
    texts = _texts()
    table = Table(number=f"{letter}.1", title=texts["methods_table_title"], rows=[list(texts["methods_header"]), *rows])
    lead = texts["methods_annex_lead"].format(table=table.label, serial=serial).replace("本文件", meta.self_name)
    lead += texts["methods_letters"].format(serial=serial)
    return Annex(letter=letter, title=texts["methods_annex_title"], normative=False, blocks=[Paragraph(text=lead), table])


def methods_annex(doc: StandardDocument) -> Annex | None:
    """The annex listing the chosen Annex A methods (the one :func:`_methods_annex` writes, or one an outline
    holds by that title), by its title; None when the draft has none."""
    title = _texts()["methods_annex_title"]
    return next((a for a in doc.annexes if a.title.strip() == title), None)


def _dash_list(texts: list[str]) -> ListBlock:
    """A dash list; items end in ；, the last in 。 (GB/T 1.1—2020 punctuation of lists)."""
    cores = [t.rstrip("；;。.，, ") for t in texts]
    ends = ["；"] * (len(cores) - 1) + ["。"]
    return ListBlock(style="dash", items=[ListItem(text=c + e) for c, e in zip(cores, ends)])


def _term_entry(number: str, term: Term) -> TermEntry:
    return TermEntry(
        number=number, term_zh=term.zh.strip(), term_en=term.en.strip(), definition=term.definition.strip(),
        notes=[n.strip() for n in term.notes if n.strip()], source=term.source.strip(),
    )


def _reference(ref: RefEntry) -> Reference:
    return Reference(designation=ref.designation.strip(), title=ref.title.strip())


_DESIGNATION = re.compile(r"^((?:[A-Z]{1,4}\d*(?:/[A-Z]{1,4})?)\s*[\d.]+(?:[—–-]\d{4})?)\s+(.+)$")


def _guide_reference(source: str) -> Reference:
    """The checklist's source as a bibliography entry: designation and title, or a title alone."""
    source = " ".join(source.split())
    match = _DESIGNATION.match(source)
    if match:
        return Reference(designation=match.group(1), title=match.group(2))
    return Reference(designation="", title=source)


def compose(project: Project, checklist: Checklist) -> StandardDocument:
    """The draft standard for ``project``.

    A version 1 project is arranged as ``checklist`` orders its considerations; a version 2
    project is the author's own outline (:func:`authoring.project.outline.document_of`).
    """
    found = problems(project, checklist)
    if found:
        raise InputError(found[0].zh, found[0].en)
    if project.version == 2:
        from authoring.project.outline import document_of
        from authoring.project.pictures import resolved

        return _with_methods_annex(resolved(document_of(project), project.folder), project, checklist)
    return _Composer(project, checklist).document()


def _with_methods_annex(doc: StandardDocument, project: Project, checklist: Checklist) -> StandardDocument:
    """A version 2 draft with the ticked Annex A methods listed in an informative annex, as a
    version 1 draft has them: one row per item, pointing at the clause the item links to. An
    outline that already holds an annex of that title (written by hand) is left as it is."""
    from authoring.project.outline import walk_outline

    texts = _texts()
    if methods_annex(doc) is not None:
        return doc
    numbers = {node.id: (node.label if isinstance(node, Annex) else node.number)
               for node in walk_outline(project.body) if node.id} if project.body is not None else {}
    letter = _free_annex_letter(doc)
    doc = copy.deepcopy(doc)
    clauses = {c.id: c for top in doc.clauses for c in top.walk() if c.id}
    rows: list[list[str]] = []
    pointed = False
    for item in checklist.items():
        entry = project.entry(item.id)
        chosen = [m for m in item.methods if m.id in set(entry.methods)]
        if not chosen or entry.status == "not-applicable":
            continue
        link = next((c for c in entry.accepted_links() if c in numbers), "")
        rows.append(_method_row(item.title_zh, chosen, numbers[link] if link else ""))
        if link in clauses:  # the body points at the annex where the item is written, as in version 1
            pointer = texts["methods_pointer"].format(title=item.title_zh, annex=f"附录{letter}", table=f"表{letter}.1")
            target = clauses[link]
            while target.children:  # text above subclauses would hang: the last subclause says it
                target = target.children[-1]
            target.blocks.append(Paragraph(text=_own(pointer, project.metadata.function)))
            pointed = True
    if not rows:
        return doc
    refs = list(doc.bibliography or [])
    serial = guide_serial(refs, checklist.source)
    if serial > len(refs):
        refs.append(replace(_guide_reference(checklist.source), serial=serial))
    if not pointed and doc.clauses:  # no ticked item links anywhere: the last chapter points at it
        pointer = texts["methods_annex_lead"].format(table=f"附录{letter}的表{letter}.1", serial=serial)
        doc.clauses[-1].blocks.append(Paragraph(text=pointer))
    annex = _methods_annex(letter, rows, project.metadata, serial)
    return replace(doc, annexes=[*doc.annexes, annex], bibliography=refs)


def _free_annex_letter(doc: StandardDocument) -> str:
    """The letter after the outline's annexes that no annex has and the text does not cite (QA pass 11): a
    committee's 见附录B for an annex it has yet to write keeps meaning that annex, and check keeps saying it is
    missing, instead of the methods annex taking B and the reference silently pointing at it. Another
    document's 附录B (GB/T 38376—2019的附录B) and the 前言 (which may speak of an earlier edition's) do not count."""
    cited: set[str] = set()
    for where, block in doc.iter_blocks():
        if where not in (FOREWORD, BIBLIOGRAPHY):
            text = block_text(block)
            cited |= set(annex_mentions(text)) - foreign_annexes(text)
    taken = cited | {a.letter for a in doc.annexes}
    start = max((ord(a.letter) for a in doc.annexes if len(a.letter) == 1), default=ord("A") - 1) + 1
    return next((chr(c) for c in range(start, ord("Z") + 1) if chr(c) not in taken), chr(ord("A") + len(doc.annexes)))


def compose_v1(project: Project, checklist: Checklist) -> tuple[StandardDocument, dict[str, str]]:
    """A version 1 project's draft, and the number of the clause each included item became."""
    composer = _Composer(project, checklist)
    return composer.document(), composer.item_numbers


def skeleton(title_zh: str, checklist: Checklist, *, kind: str = "GB/T",
             function: FunctionType | str = FunctionType.GUIDE, stage: str = "工作组讨论稿",
             metadata: Metadata | None = None, not_applicable: dict[str, str] | None = None) -> StandardDocument:
    """The full GB/T 1.1 frame with every consideration as a clause holding a 【编写提示】 placeholder.

    ``metadata`` (a project's: designation, draft date, proposer, units …) replaces the bare
    frame's, which holds only the title, kind, function and stage given. Items in
    ``not_applicable`` (id → the committee's reason) are left out as a project leaves them out.
    """
    texts = _texts()
    if metadata is None:
        metadata = Metadata(title_zh=title_zh, kind=kind, function=FunctionType(function), stage=stage)
    not_applicable = not_applicable or {}
    items = {item.id: ItemEntry(status="not-applicable", reason=not_applicable[item.id] or "—")
             if item.id in not_applicable else ItemEntry(status="addressed") for item in checklist.items()}
    project = Project(
        metadata=metadata,
        checklist=checklist.id,
        scope=[texts["placeholder_scope"]],
        normative_references=[RefEntry(designation="GB/T ×××××", title=texts["placeholder_reference"])],
        terms=[Term(zh=texts["placeholder_term"], definition=texts["placeholder_definition"])],
        items=items,
    )
    doc = compose(project, checklist)
    return replace(doc, clauses=[_without_lone_subclause(c) for c in doc.clauses])


def _without_lone_subclause(clause: Clause) -> Clause:
    """``clause`` where a level holding one subclause alone (a checklist chapter of one item: caf-5.2's 5 过程 has
    only 5.2) holds its text and subclauses itself, renumbered (GB/T 1.1—2020: no lone subclause); the item's
    title stays named in its 【编写提示】."""
    children = [_without_lone_subclause(c) for c in clause.children]
    if len(children) != 1 or clause.blocks:
        return replace(clause, children=children)
    only = children[0]
    return replace(clause, blocks=list(only.blocks),
                   children=[_renumbered(c, only.number, clause.number) for c in only.children])


def _renumbered(clause: Clause, old: str, new: str) -> Clause:
    """``clause`` and its subclauses numbered under ``new`` where they were under ``old`` (4.1.2 → 4.2)."""
    number = new + clause.number[len(old):] if clause.number.startswith(old + ".") else clause.number
    return replace(clause, number=number, children=[_renumbered(c, old, new) for c in clause.children])
