"""The 编制说明 (explanatory memorandum) that travels with a draft.

:func:`from_project` and :func:`from_draft` gather what the tool knows: the metadata, units and
drafters, each chapter's contents, the excellence table (every guide item) and the ISO 11367
table; :func:`explain_docx` writes the customary sections as Word. What only the committee
knows (the plan number, the working process, the basis of each requirement, patents …) is a
highlighted 【请填写：…】 prompt, never invented text. The section heads and prompts live in
``templates/paperwork/explain.yaml``.

Example:
    >>> source = from_project("examples/elderly-care.yaml")          # doctest: +SKIP
    >>> open("编制说明.docx", "wb").write(explain_docx(source))       # doctest: +SKIP
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from authoring._paths import template_path
from authoring.checklist import Checklist, Library, load_packs
from authoring.document import (
    BODY_UNIT, Annex, Clause, Figure, FunctionType, ListBlock, Metadata, Paragraph, Reference, StandardDocument, Table,
    TermEntry, block_text,
)
from authoring.paperwork import _word as W
from authoring.paperwork.evidence import (
    STATUS_ZH, ElementRow, ItemRow, clip, element_rows, rows_from_coverage, rows_from_project,
)
from authoring.paperwork.marker import MEMORANDUM
from authoring.paperwork.table import ResolutionTable, tally
from authoring.project import compose, load_project
from authoring.project.model import Project
from authoring.records import replace
from authoring.yamlio import load_yaml

__all__ = ["ExplainSource", "from_project", "from_loaded", "from_draft", "attach_comments", "explain_docx", "texts"]

_RULE_TITLES = {
    "GB/T 1.1—2020": "GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》",
    "GB/T 1.1—2009": "GB/T 1.1—2009《标准化工作导则　第1部分：标准的结构和编写》",
    "ISO/IEC Directives Part 2": "ISO/IEC 导则　第2部分《ISO 和 IEC 文件的结构和起草原则与规则》",
}


@lru_cache(maxsize=1)
def texts() -> dict[str, Any]:
    """The section heads, prompts and sentences of ``templates/paperwork/explain.yaml``."""
    data, _ = load_yaml(template_path("paperwork/explain.yaml"))
    return data


@dataclass
class ExplainSource:
    """Everything the 编制说明 is written from."""

    metadata: Metadata
    doc: StandardDocument
    checklist: Checklist
    items: list[ItemRow]
    elements: list[ElementRow]
    from_draft: bool = False
    comments: ResolutionTable | None = None
    #: What ``check`` tells a reader before trusting the coverage of this draft (a technical standard,
    #: an English text, a text that hardly speaks of a service), in Chinese: said under the table too.
    cautions: tuple[str, ...] = ()
    #: Items of a project whose only links are ones an import proposed and nobody confirmed: 待定 in the table.
    unconfirmed: tuple[str, ...] = ()
    #: True when a project says the committee drafted with the guide (a project's memorandum, or a draft's
    #: with its project beside it); a bare draft was only checked against the guide, which is all it may say.
    guide_used: bool = True


def from_project(path: str | Path, extra_dirs: list[str] | None = None) -> ExplainSource:
    """The memorandum's source for a project file (composed as ``build`` would)."""
    project_file = load_project(path)
    library = load_packs(extra_dirs)
    checklist = library.get(project_file.project.checklist)
    project_file.check(checklist)
    return from_loaded(project_file.project, checklist, library)


def from_loaded(project: Project, checklist: Checklist, library: Library | None = None) -> ExplainSource:
    """The memorandum's source for a project already in memory (the studio's, unsaved edits and all).

    ``library`` supplies the ISO pack and crosswalk of the comparison table (the installed packs
    when not given).
    """
    library = library if library is not None else load_packs()
    doc = compose(project, checklist)
    items = rows_from_project(project, checklist, doc)
    todo = {r.item_id for r in items if r.status == "todo"}
    unconfirmed = tuple(item_id for item_id, entry in project.items.items()
                        if item_id in todo and entry.links and not entry.accepted_links())
    return ExplainSource(metadata=doc.metadata, doc=doc, checklist=checklist, items=items,
                         elements=element_rows(library, checklist.id, items), unconfirmed=unconfirmed)


def from_draft(path: str | Path, *, checklist_id: str = "excellence-guide", extra_dirs: list[str] | None = None,
               project_path: str | Path | None = None, function: FunctionType | None = None) -> ExplainSource:
    """The memorandum's source for a Word draft, from its coverage (:func:`authoring.check.check_file`).

    A project given beside the draft supplies the not-applicable reasons and any metadata the
    draft does not show (drafting units, drafters, proposer …). A Word 97 ``.doc`` is read, as ``check``
    reads it, through one .docx LibreOffice saves of it (:func:`authoring.docx.legacy.readable_docx`;
    a password-protected or damaged one is an InputError naming it).
    """
    from authoring.docx.legacy import readable_docx

    with readable_docx(path) as readable:
        source = _from_readable_draft(path, Path(readable), checklist_id=checklist_id, extra_dirs=extra_dirs,
                                      project_path=project_path, function=function)
    if Path(readable) != Path(path):
        source.doc.metadata.converted_from = "doc"
    return source


def _from_readable_draft(path: str | Path, readable: Path, *, checklist_id: str, extra_dirs: list[str] | None,
                         project_path: str | Path | None, function: FunctionType | None) -> ExplainSource:
    """:func:`from_draft` of the draft at ``path``, read from ``readable`` (itself, or a .doc's converted copy)."""
    from authoring.check import check_file
    from authoring.docx.read import read_docx

    library = load_packs(extra_dirs)
    project: Project | None = None
    if project_path is not None:
        project_file = load_project(project_path)
        project = project_file.project
        checklist_id = project.checklist
    checklist = library.get(checklist_id)
    if project_path is not None:
        project_file.check(checklist)
    # The very call ``stdauthor check`` makes on the same file (its defaults: likeness and the GB/T
    # heading and 引言 rules on), so the memorandum's table and counts agree with the check's report;
    # what a likeness alone decided is marked for the committee to confirm (rows_from_coverage).
    doc = read_docx(readable, function=function)
    if project is not None:
        _same_standard(path, doc, project_path, project.metadata)
    result = check_file(readable, checklist, function=function)
    reasons = {k: v.reason for k, v in project.items.items() if v.status == "not-applicable"} if project else {}
    items = rows_from_coverage(result.coverage, checklist, reasons)
    metadata = _merged_metadata(doc.metadata, project.metadata if project else None)
    if not metadata.title_zh:
        metadata = replace(metadata, title_zh=doc.body_title)
    cautions = tuple(zh for code, zh, _ in result.document.notices() if code in CAUTIONS)
    return ExplainSource(metadata=metadata, doc=doc, checklist=checklist, items=items,
                         elements=element_rows(library, checklist.id, items), from_draft=True, cautions=cautions,
                         guide_used=project is not None)


def attach_comments(source: ExplainSource, path: str | Path) -> None:
    """Count the resolution table at ``path`` in the memorandum of ``source``: refused (one line naming the table
    and both titles) when its 标准名称 names another standard, compared as ``comments`` compares a table with its
    copies (:func:`authoring.paperwork.resolution.another_standard`)."""
    from authoring.errors import InputError
    from authoring.paperwork.resolution import another_standard
    from authoring.paperwork.table import read_table

    table = read_table(path)
    ours = (source.metadata.title_zh or source.doc.body_title).strip()
    theirs = another_standard(table, ours)
    if theirs:
        raise InputError(
            f"是另一标准的意见汇总处理表（标准名称为《{theirs}》，编制说明的标准为《{ours}》），未生成编制说明",
            f"a resolution table of another standard (titled {theirs}; the memorandum is for {ours}); "
            "no memorandum written", path=path)
    source.comments = table


def _same_standard(path: str | Path, doc: StandardDocument, project_path: str | Path, project: Metadata) -> None:
    """Refuse a project of another standard beside a draft (its drafters and reasons would be merged into the
    draft's memorandum), as ``comments`` refuses a copy of another draft: the titles are compared the same
    way (spacing, brackets and stage words ignored). Titles either side does not give are not compared."""
    from authoring.errors import InputError
    from authoring.paperwork.review import same_title

    for drafted, planned in ((doc.metadata.title_zh or doc.body_title, project.title_zh),
                             (doc.metadata.title_en, project.title_en)):
        drafted, planned = drafted.strip(), planned.strip()
        if drafted and planned:
            if not same_title(drafted, planned):
                raise InputError(
                    f"与项目文件 {project_path} 不是同一标准（草案标题为《{drafted}》，项目标题为《{planned}》），"
                    "未生成编制说明",
                    f"not the same standard as the project file {project_path} (the draft is titled {drafted}, "
                    f"the project {planned}); no memorandum written", path=path)
            return


#: The notices of ``check`` that speak to how far the table can be trusted (see ``DocumentSummary.notices``).
CAUTIONS = ("not-service", "english", "little-service", "little-service-broad", "review-marks")


def _merged_metadata(read: Metadata, project: Metadata | None) -> Metadata:
    """The draft's metadata, its blanks filled from the project's."""
    if project is None:
        return read
    update: dict[str, Any] = {}
    for name in ("title_zh", "title_en", "proposer", "committee", "drafting_units", "drafters", "adoption",
                 "replaces", "draft_date"):
        if not getattr(read, name) and getattr(project, name):
            update[name] = getattr(project, name)
    if not read.kind_source:  # the draft's cover names no kind: the project's
        update.update(kind=project.kind, code=project.code, mandatory=project.mandatory, kind_source="project")
    return replace(read, **update)


# -- chapter summaries -----------------------------------------------------------------------------


#: A set lead-in of GB/T 1.1 (下列术语和定义适用于本文件。… 界定的以及下列术语和定义适用于本文件。下列缩略语适用于
#: 本文件。下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。): it says what follows, never what a
#: chapter holds.
_SET_LEAD_IN = re.compile(r"(?:(?:下列|以下)[^。；;：:]{0,30}适用于本(?:文件|标准|部分|附录)[。.．]?"
                          r"|^下列文件中的内容通过文中的规范性引用.*)$")
#: A sentence: up to and with its full stop (a clause number's dot is no full stop).
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]*")
#: An entry of a 缩略语 chapter: the abbreviation (with a capital letter), then ：, : or a space and its meaning.
_ABBREVIATION = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9&/+.\-]*)\s*(?:[：:]|[\t\u3000 ])\s*\S")


_ABBREVIATION_CELL = re.compile(r"^[A-Za-z0-9][A-Za-z0-9&/+.\-]*$")


def _lead_in(sentence: str) -> bool:
    """True for a sentence that only leads in to what follows: it ends in a colon, or is a set lead-in."""
    sentence = sentence.strip()
    return sentence.endswith(("：", ":")) or bool(_SET_LEAD_IN.search(sentence))


def _said(line: str) -> str:
    """``line`` without its lead-in sentences (empty when it is nothing but lead-ins)."""
    return "".join(s for s in _SENTENCE.findall(line) if s.strip() and not _lead_in(s)).strip()


def _lines(blocks: list) -> list[str]:
    return [line.strip() for block in blocks if isinstance(block, (Paragraph, ListBlock))
            for line in block_text(block).splitlines() if line.strip()]


def _first_text(blocks: list) -> str:
    """The first line of running text, lead-in sentences left out (a chapter is not summed up by
    下列缩略语适用于本文件： or 应符合下列要求：)."""
    for line in _lines(blocks):
        said = _said(line)
        if said:
            # a list item after its lead-in (餐具每餐消毒；): more follows
            return said[:-1] + "……" if said.endswith(("；", ";", "，", ",", "、")) else said
    return ""


def _abbreviations(clause: Clause) -> list[str]:
    """The abbreviations a 缩略语 chapter lists, one entry a line (``BIOS：基本输入输出系统``) or a table's row
    (``CISA | 国际信息系统审计师 | …``)."""
    found: list[str] = []
    for inner in clause.walk():
        rows = [row for b in inner.blocks if isinstance(b, Table) for row in b.rows if len(row) > 1]
        for row in rows:
            name = row[0].strip()
            if _ABBREVIATION_CELL.match(name) and re.search("[A-Z]", name) and row[1].strip() and name not in found:
                found.append(name)
        for line in _lines(inner.blocks):
            match = _ABBREVIATION.match(line)
            if match and re.search("[A-Z]", match.group(1)) and not _lead_in(line) and match.group(1) not in found:
                found.append(match.group(1))
    return found


def _names(names: list[str], limit: int = 8) -> str:
    return "、".join(names[:limit]) + ("等" if len(names) > limit else "")


def _chapter_summary(clause: Clause) -> str:
    """One line on what a chapter holds, from its own words (never a judgement); empty when its only
    words are lead-ins (the line is then the chapter's title alone)."""
    title = clause.title
    if "规范性引用文件" in title:
        refs = [b for b in clause.blocks if isinstance(b, Reference)]
        if not refs:
            return "无规范性引用文件。"
        return f"列出了{len(refs)}项规范性引用文件。"
    if "术语" in title:
        terms = [b for b in clause.blocks if isinstance(b, TermEntry)]
        for child in clause.walk():
            terms += [b for b in child.blocks if isinstance(b, TermEntry) and b not in terms]
        if not terms:
            text = _first_text(clause.blocks)
            if text:
                return clip(text, 80)
            return "" if _lines(clause.blocks) else "无需界定的术语。"
        return f"界定了{_names([t.term_zh for t in terms])}{len(terms)}个术语。"
    if "缩略语" in title:
        abbreviations = _abbreviations(clause)
        if abbreviations:
            return f"列出了{_names(abbreviations)}共{len(abbreviations)}个缩略语。"
    if clause.children:
        names = [c.title for c in clause.children if c.title]
        if names:
            shown = "、".join(names[:10]) + ("等" if len(names) > 10 else "")
            extras = _extras(clause)
            return f"包括{shown}{len(clause.children)}条{extras}。"
    text = _first_text(clause.blocks)
    if not text and clause.children:
        # untitled articles or subclauses (第一条…第八条 of a regulation's chapter): their span, not "no text"
        first, last = clause.children[0].number, clause.children[-1].number
        span = first if len(clause.children) == 1 else f"{first}至{last}"
        return f"包括{span}，共{len(clause.children)}条{_extras(clause)}。"
    if text:
        return clip(text, 80)
    if _lines(clause.blocks):
        return ""
    tables = [b for b in clause.blocks if isinstance(b, Table)]
    if tables:  # a chapter that is a table (an unnumbered one of abbreviations or symbols) has a body
        return f"以{_theirs(tables[0])}给出{tables[0].title}。" if tables[0].number else "以表格形式给出。"
    return "（无正文）"


def _chapter_line(clause: Clause, say: dict[str, str]) -> str:
    """A chapter's line in 主要内容: ``第4章“…”`` for a GB/T chapter, the outline's own number for a chapter kept
    from an imported regulation (第一章), and the text before its first chapter by what it is. A chapter with
    no title, or one named by its heading alone (an English outline's ``Complaints Policy``, whose number is
    its title), is named once, without quotes."""
    summary = _chapter_summary(clause)
    if clause.number == BODY_UNIT:
        # nothing but a lead-in before the first chapter: that lead-in, as it reads
        return say["chapter_before"].format(summary=summary or clip(_lines(clause.blocks)[0], 80))
    title = clause.title.strip()
    if not title or title == clause.number.strip():
        return _unit_line(f"第{clause.number}章" if clause.number.isdigit() else clause.number.strip(), "", summary)
    bare = "" if summary else "_bare"  # only lead-ins: the chapter's title alone
    if clause.number.isdigit():
        return say[f"chapter{bare}"].format(number=clause.number, title=clause.title, summary=summary)
    return say[f"chapter_own{bare}"].format(number=clause.number, title=clause.title, summary=summary)


def _unit_line(name: str, title: str, summary: str) -> str:
    """``——第二章“职责分工”：…``; a unit without a title (an article, a heading that is its own name) has no
    quotes, and one without a summary ends at its name."""
    head = f"——{name}“{title}”" if title else f"——{name}"
    return f"{head}：{summary}" if summary else f"{head}。"


# -- texts with articles (第一章…第一条…) ---------------------------------------------------------------


#: A unit of a text with articles, by its number: 第二编, 第三章, 第一节, 第十二条.
_ARTICLE_UNIT = re.compile(r"第[\s\u3000]*[一二三四五六七八九十百零〇两\d]{1,6}[\s\u3000]*(?P<kind>[编章节条])")
#: A date of an adoption note: 2018年6月28日, 二〇一八年六月二十八日 (the day may be left out).
_NOTE_DATE = r"(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?"
#: A line of a regulation's adoption note: its dates and what was done on them (2018年6月28日 …会议通过,
#: 根据…《关于修改…的决定》修正, 自2020年1月1日起施行), in brackets or not, perhaps with the 根据 of the next
#: amendment carried over; or a date alone.
_ADOPTION_LINE = re.compile(
    rf"^(?:[^。]*?{_NOTE_DATE}[^。]*?(?:通过|批准|修正|修订|修改|公布|施行|颁布|发布|备案)(?:《[^》]*》)?(?:\s*根据)?"
    rf"|{_NOTE_DATE})[。.]?$")
#: How long an article's opening words may run in its line.
_ARTICLE_CHARS = 60


def _unit_kind(clause: Clause) -> str:
    """编, 章, 节 or 条 for a unit of a text with articles (by its number); empty for anything else."""
    match = _ARTICLE_UNIT.fullmatch(clause.number.strip())
    return match.group("kind") if match else ""


def _with_articles(doc: StandardDocument) -> bool:
    """True for a text with articles: read as one (第一章…第一条…), or composed of units numbered so."""
    units = [c for c in doc.clauses if c.number != BODY_UNIT]
    if not units:
        return False
    return doc.metadata.structure == "articles" or all(_unit_kind(c) for c in units)


def _adoption_note(line: str) -> bool:
    """True for a line before a regulation's first chapter or article that only says when the text was
    adopted, approved, amended or comes into force: no content of the text."""
    return bool(_ADOPTION_LINE.match(line.strip("（）()\u3000 ").strip()))


def _articles_summary(clause: Clause) -> str:
    """What a chapter (编, 节) of a text with articles holds: its sections, and the span and count of its
    articles (包括第十一条至第十三条，共3条); a chapter without articles as any other."""
    articles = [c for c in clause.walk() if c is not clause and _unit_kind(c) == "条"]
    if not articles:
        return _chapter_summary(clause)
    first, last = articles[0].number.strip(), articles[-1].number.strip()
    span = first if len(articles) == 1 else f"{first}至{last}"
    sections = [c for c in clause.children if _unit_kind(c) == "节"]
    parts = f"分{len(sections)}节，" if sections else ""
    return f"{parts}包括{span}，共{len(articles)}条{_extras(clause)}。"


def _article_opening(clause: Clause) -> str:
    """An article's own opening words, clipped (an article has no title to name it by): its first paragraph,
    and the items that paragraph leads in to when it ends in a colon (应当遵守下列规定：（一）…；（二）…)."""
    lines = _lines([b for inner in clause.walk() for b in inner.blocks])
    if not lines:
        return ""
    opening = lines[0]
    for line in lines[1:]:
        if not opening.endswith(("：", ":", "；", ";")) or len(opening) >= _ARTICLE_CHARS:
            break
        opening += line
    return clip(opening, _ARTICLE_CHARS)


def _articles_contents(doc: StandardDocument, annexes: str) -> list[str]:
    """主要内容 of a text with articles: how many chapters and articles it has, then one line a chapter (by its
    own heading) and one for each article outside any chapter (by its opening words); text before the first
    chapter or article only when it is more than an adoption note."""
    counts = {kind: sum(1 for top in doc.clauses for c in top.walk() if _unit_kind(c) == kind) for kind in "编章条"}
    size = "".join(f"{counts[kind]}{kind}" for kind in "编章条" if counts[kind])
    lines = [f"本文件共{size}{annexes}，主要内容如下："]
    units = [c for c in doc.clauses if c.number != BODY_UNIT]
    for clause in doc.clauses:
        if clause.number == BODY_UNIT:
            if not clause.blocks and not clause.children:
                continue
            kept = [line for line in _lines(clause.blocks) if not _adoption_note(line)]
            if kept:
                said = next((_said(line) for line in kept if _said(line)), kept[0])
                summary = clip(said, 80)
            elif _lines(clause.blocks) and all(isinstance(b, (Paragraph, ListBlock)) for b in clause.blocks):
                continue  # only an adoption note
            else:
                summary = _chapter_summary(clause)  # a table before the first article …
            before = units[0].number.strip() if units else "第一条"
            lines.append(_unit_line(f"正文开头（{before}前）", "", summary))
        elif _unit_kind(clause) == "条":
            lines.append(_unit_line(clause.number.strip(), clause.title.strip(), _article_opening(clause)))
        else:
            lines.append(_unit_line(clause.number.strip(), clause.title.strip(), _articles_summary(clause)))
    return lines


#: How the memorandum names the standard's own tables (本文件表1): its own 表1, 表2 … stand beside them.
THIS_DOCUMENT = "本文件"


def _theirs(table: Table) -> str:
    """A table of the standard as the memorandum names it: ``本文件表1``, never a bare 表1 that could be its own."""
    return f"{THIS_DOCUMENT}{table.label}"


def _extras(clause: Clause) -> str:
    tables, figures = [], []
    for inner in clause.walk():
        tables += [b.label for b in inner.blocks if isinstance(b, Table) and b.number]
        figures += [b.label for b in inner.blocks if isinstance(b, Figure) and b.number]
    parts = []
    if tables:
        parts.append(f"，给出了{THIS_DOCUMENT}{'、'.join(tables)}")
    if figures:
        parts.append(f"，给出了{'、'.join(figures)}")
    return "".join(parts)


def _annex_summary(annex: Annex) -> str:
    tables = [b for b in annex.blocks if isinstance(b, Table)]
    for child in annex.children:
        for inner in child.walk():
            tables += [b for b in inner.blocks if isinstance(b, Table)]
    if annex.children:
        names = "、".join(c.title for c in annex.children if c.title)
        if names:
            return f"包括{names}。"
    if tables and tables[0].number:
        return f"以{_theirs(tables[0])}给出{tables[0].title or '有关内容'}。"
    text = _first_text(annex.blocks)
    if text:
        return clip(text, 80)
    return "" if _lines(annex.blocks) else "（无正文）"


# -- the document -----------------------------------------------------------------------------------


def _kind_word(meta: Metadata, *, from_draft: bool = False) -> str:
    """国家标准, 行业标准 …; nothing for a draft whose cover names no kind (a regulation, an English text,
    a draft without its cover), which would otherwise be called a 国家标准 by the default."""
    if from_draft and not meta.kind_source:
        return ""
    return texts()["kind_words"].get(meta.kind.value, "标准")


def _title(meta: Metadata, doc: StandardDocument) -> str:
    return meta.title_zh or doc.body_title or W.prompt_text("标准名称")


def _guide_name(checklist: Checklist) -> str:
    name = checklist.title_zh.strip() or checklist.source
    return name if name.startswith("《") else f"《{name}》"


def _list_cn(values: list[str]) -> str:
    return "、".join(v.strip() for v in values if v.strip())


def explain_docx(source: ExplainSource) -> bytes:
    """The 编制说明 as ``.docx`` bytes."""
    t = texts()
    sec, ask, say = t["sections"], t["prompts"], t["texts"]
    meta, doc = source.metadata, source.doc
    title = _title(meta, doc)
    stage = meta.stage
    document = W.new_document(MEMORANDUM)
    W.para(document, t["title"].format(kind_word=_kind_word(meta, from_draft=source.from_draft), title=title, stage=stage),
           style="Title", centred=True)

    # 一、工作简况
    W.heading(document, sec["work"])
    W.heading(document, sec["work_source"], 2)
    if meta.proposer.strip() or meta.committee.strip():
        W.para(document, say["source_proposer"].format(
            proposer=meta.proposer.strip() or W.prompt_text("提出单位"),
            committee=meta.committee.strip() or W.prompt_text("归口单位")))
    W.para(document, W.prompt_text(ask["plan"]))
    W.para(document, W.prompt_text(ask["need"]))
    W.heading(document, sec["work_units"], 2)
    units = _list_cn(meta.drafting_units)
    W.para(document, say["units"].format(units=units or W.prompt_text("起草单位")))
    W.para(document, W.prompt_text(ask["units_roles"]))
    W.heading(document, sec["work_drafters"], 2)
    drafters = [d.strip() for d in meta.drafters if d.strip()]
    if drafters:
        W.para(document, say["drafters_lead"].format(table=1))
        W.para(document, say["drafters_table_title"].format(table=1), centred=True, east_asia=W.HEI, size=10.5)
        W.table(document, ["序号", "姓名", "工作单位", "所做的工作"],
                [[str(k), name, W.prompt_text(ask["drafter_unit"]), W.prompt_text(ask["drafter_work"])]
                 for k, name in enumerate(drafters, start=1)],
                [1.2, 2.4, 5.2, 7.2], centred_columns=(0, 1))
    else:
        W.para(document, W.prompt_text("主要起草人及其所做的工作"))
    W.heading(document, sec["work_process"], 2)
    W.para(document, say["stage_now"].format(stage=stage))
    comments = source.comments
    # The round the comments came from is the stage of the draft the reviewers were sent, as the table's
    # head and foot name it (发送《报批稿》的单位数); a table that does not say is taken to be of this draft.
    round_stage = (comments.stage.strip() if comments is not None else "") or stage or "征求意见稿"
    phase = _phase(round_stage)
    if comments is not None:
        counts = comments.counts
        W.para(document, say["comments_round"].format(
            phase=phase, stage=round_stage,
            sent=counts.sent if counts.sent is not None else W.prompt_text(""),
            replies=counts.replies, with_comments=counts.with_comments, total=len(comments.rows)))
    W.para(document, W.prompt_text(ask["process"]))

    # 二、编制原则和主要内容及其确定依据
    W.heading(document, sec["principles"])
    W.heading(document, sec["principles_rules"], 2)
    rules = _RULE_TITLES.get(meta.rules)
    # rules the draft does not name are the committee's to say, as a prompt (never the tool's own remark)
    W.para(document, say["rules"].format(rules=rules) if rules else W.prompt_text(ask["rules"]))
    guide = _guide_name(source.checklist)
    W.para(document, say["guide" if source.guide_used else "guide_checked"].format(guide=guide))
    W.para(document, W.prompt_text(ask["principles"]))
    W.heading(document, sec["principles_content"], 2)
    annex_part = f"，附录{len(doc.annexes)}个" if doc.annexes else ""
    if _with_articles(doc):
        for line in _articles_contents(doc, annex_part):
            W.para(document, line)
    else:
        chapters = sum(1 for clause in doc.clauses if clause.number != BODY_UNIT)
        W.para(document, say["contents_lead"].format(chapters=chapters, annexes=annex_part))
        for clause in doc.clauses:
            W.para(document, _chapter_line(clause, say))
    for annex in doc.annexes:
        summary = _annex_summary(annex)
        W.para(document, say["annex" if summary else "annex_bare"].format(
            letter=annex.letter, status=annex.status, title=annex.title, summary=summary))
    W.para(document, W.prompt_text(ask["basis"]))
    # The memorandum's tables are numbered from 表1 in the order they stand: the drafters table only when
    # there are drafters, then the excellence table, then the ISO table.
    excellence_table = 2 if drafters else 1
    _excellence(document, source, sec["excellence"], guide, excellence_table)

    # 三、试验验证
    W.heading(document, sec["verification"])
    W.para(document, W.prompt_text(ask["verification"]))

    # 四、与国际标准的对比情况
    W.heading(document, sec["international"])
    if meta.adoption.strip():
        W.para(document, say["adoption"].format(adoption=meta.adoption.strip()))
    else:
        W.para(document, W.prompt_text(ask["adoption"]))
    if source.elements:
        _elements(document, source, excellence_table + 1)

    # 五、与有关法律、行政法规和标准的关系
    W.heading(document, sec["laws"])
    normative = [b for c in doc.clauses if "规范性引用文件" in c.title for b in c.blocks if isinstance(b, Reference)]
    if normative:
        W.para(document, say["references_normative"].format(refs=_refs(normative)))
    elif any("规范性引用文件" in c.title for c in doc.clauses):
        W.para(document, say["references_none"])
    if doc.bibliography:
        W.para(document, say["references_bibliography"].format(refs=_refs(doc.bibliography)))
    W.para(document, W.prompt_text(ask["laws"]))

    # 六、重大分歧意见的处理经过和依据
    W.heading(document, sec["disputes"])
    if comments is not None:
        counts_by = tally(comments.rows)
        pending = f"，尚待处理{counts_by['pending']}条" if counts_by["pending"] else ""
        W.para(document, say["disputes_counts"].format(phase=phase, total=len(comments.rows), adopted=counts_by["adopted"],
                                                       partial=counts_by["partial"], rejected=counts_by["rejected"],
                                                       pending=pending))
    W.para(document, W.prompt_text(ask["disputes"]))

    # 七、涉及专利的有关说明
    W.heading(document, sec["patents"])
    W.para(document, W.prompt_text(ask["patents"]))

    # 八、实施标准的要求和措施建议
    W.heading(document, sec["implementation"])
    W.para(document, W.prompt_text(ask["implementation"]))

    # 九、其他应予说明的事项
    W.heading(document, sec["other"])
    if meta.replaces:
        W.para(document, say["replaces"].format(replaces="、".join(meta.replaces)))
    W.para(document, W.prompt_text(ask["other"]))

    W.para(document, "")
    W.para(document, say["signature"].format(title=title), right=True)
    W.para(document, meta.draft_date.strip() or W.prompt_text(ask["date"]), right=True)
    return W.save_bytes(document)


def _phase(stage: str) -> str:
    """The phase a stage's draft goes out in: 征求意见稿 → 征求意见, 送审稿 → 送审, 报批稿 → 报批."""
    return stage.removesuffix("稿") or stage


def _refs(refs: list[Reference]) -> str:
    out = []
    for ref in refs:
        name, title = ref.designation.strip(), ref.title.strip()
        if title:
            # a title the draft gives in its own 《》 (a law in the 参考文献) is not wrapped again
            title = title if title.startswith("《") else f"《{title}》"
            name = f"{name}{title}"
        out.append(name)
    return "；".join(out)


def _excellence(document, source: ExplainSource, heading: str, guide: str, table: int) -> None:
    t = texts()
    say, ask = t["texts"], t["prompts"]
    items = source.items
    addressed = sum(1 for r in items if r.status in ("addressed", "covered"))
    partial = sum(1 for r in items if r.status == "partial")
    na = sum(1 for r in items if r.status == "not-applicable")
    todo = sum(1 for r in items if r.status == "todo")
    missing = sum(1 for r in items if r.status == "missing")
    # Six columns do not fit a portrait page's 16 cm (a row of methods wrapped to a dozen lines): the table,
    # its caption and notes stand on landscape pages of their own, as the comment table does; the heading
    # and the paragraph leading to it go with it (on a portrait page of their own, they left it nearly empty).
    W.new_section(document, landscape=True)
    W.heading(document, heading, 2)
    open_parts = []
    if todo:
        open_parts.append(f"待定{todo}个（{'、'.join(r.item_id for r in items if r.status == 'todo')}）")
    if missing:
        open_parts.append(f"未体现{missing}个（{'、'.join(r.item_id for r in items if r.status == 'missing')}）")
    W.para(document, say["excellence_lead"].format(
        guide=guide, total=len(items), addressed=addressed,
        partial=f"，部分融入{partial}个" if partial else "", na=na,
        # every item is counted once: what is neither taken up nor not applicable is named as open, and
        # nothing is said of "the rest" (融入 + 部分融入 + 不适用 + open add up to the total)
        open="".join(f"；{part}" for part in open_parts), table=table))
    W.para(document, say["excellence_table_title"].format(table=table), centred=True, east_asia=W.HEI, size=10.5)
    rows = []
    for r in items:
        indent = "\u3000" * r.depth
        if r.status == "not-applicable":
            note = r.reason or W.prompt_text("不适用的理由")
        elif r.status in ("todo", "missing"):
            note = W.prompt_text(ask["not_addressed"])
        else:
            note = ""
        if r.basis in ("similar", "unlike"):
            # As the check report says it: the learned likeness decided this row, not a cue alone.
            note = say[f"excellence_{r.basis}"] + (f"\n{note}" if note else "")
        rows.append([
            f"{indent}{r.item_id} {r.title}",
            STATUS_ZH.get(r.status, r.status),
            "\n".join(r.places) if r.places else "—",
            r.excerpt or "—",
            "\n".join(r.methods) if r.methods else "—",
            note or "—",
        ])
    W.table(document, ["《指南》条目", "融入情况", "本文件条款", "条款摘录", "采用的实施方法", "不适用的理由或说明"],
            rows, _EXCELLENCE_WIDTHS, centred_columns=(1,))
    W.para(document, say["excellence_note_draft"] if source.from_draft else say["excellence_note"],
           indent=False, size=10.5)
    for caution in source.cautions:
        # a highlighted prompt: counted among what is left, so it is not sent to the meeting unread
        W.para(document, W.prompt_text(f"起草组核对上表后删去本段。{caution}"), indent=False, size=10.5)
    W.new_section(document, landscape=False)


#: The excellence table's columns (cm) on a landscape A4 page: the excerpt and the methods get the room.
_EXCELLENCE_WIDTHS = (3.4, 1.9, 2.4, 7.0, 5.6, 4.4)


def _elements(document, source: ExplainSource, table: int) -> None:
    say = texts()["texts"]
    W.para(document, say["international_iso"].format(table=table))
    W.para(document, say["international_table_title"].format(table=table), centred=True, east_asia=W.HEI, size=10.5)
    rows: list[list[str]] = []
    groups: list[int] = []
    for row in source.elements:
        if row.group:
            groups.append(len(rows))
            rows.append([f"{row.element_id} {row.title}", "", "", ""])
            continue
        # one guide item a line: a narrow column broke "5.6.1" after its first dot when joined by 、
        rows.append([f"{row.element_id} {row.title}", "\n".join(row.items) or "—",
                     "\n".join(row.places) or "—", row.note or "—"])
    W.table(document, ["ISO 11367 要素", "对应的《指南》条目", "本文件条款", "说明"], rows,
            [6.0, 3.2, 2.4, 4.4], group_rows=groups)
    W.para(document, say["international_note"], indent=False, size=10.5)

