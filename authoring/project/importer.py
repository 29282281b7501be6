"""A committee's own Word draft as a version 2 project: its structure kept, the guide woven in.

:func:`import_draft` reads the draft with the reader, keeps its outline as the project's
``body`` (clauses, paragraphs, lists, notes, examples, tables, term entries, references,
annexes, bibliography, and the 前言 and 引言 as written), and measures the checklist's
coverage on it. Each item the draft addresses gets links to the clauses where the evidence
is, marked ``proposed: true`` with the evidence, until the author accepts them.

A draft that stdauthor built carries the committee's decisions (see :mod:`authoring.decisions`):
importing it restores them, with the clause ids they link to, instead of proposing links.

Example:
    >>> project, summary = import_draft("draft.docx", load_packs())   # doctest: +SKIP
    >>> project.save("project.yaml")                                   # doctest: +SKIP
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from authoring.checklist import Checklist
from authoring.decisions import Decisions
from authoring.document import Annex, ListBlock, StandardDocument
from authoring.project.model import DEFAULT_CHECKLIST, Body, ItemEntry, Link, Project
from authoring.project.outline import assign_ids, location_ids, project_data, walk_outline
from authoring.records import replace

__all__ = ["import_draft", "ImportSummary", "project_of_draft", "draft_marks", "MAX_PROPOSED"]

#: At most this many clauses are proposed for one item (the strongest evidence first).
MAX_PROPOSED = 3


@dataclass
class ImportSummary:
    """What an import found: the outline's size and what it did with the items."""

    chapters: int = 0
    clauses: int = 0
    annexes: int = 0
    tables: int = 0
    terms: int = 0
    restored: bool = False
    proposed: int = 0
    addressed_items: list[str] = field(default_factory=list)
    #: Whether the cover told the kind of standard (its designation or banner); else GB/T by default.
    kind_read: bool = False
    #: The draft's tracked changes, imported as accepted, and its comments, not imported.
    tracked_changes: int = 0
    comments: int = 0
    #: The draft's pictures: those carried into the project, its embedded objects, what was not carried.
    pictures: Any = None
    #: Where the reader saw pictures it does not keep (see ``Metadata.pictures_left``).
    pictures_left: list[str] = field(default_factory=list)
    #: ``(zh, en)``: the line saying that the draft holds decisions that could not be read (from a newer
    #: stdauthor, damaged, with a DTD), so its items start undecided; None when there was nothing to read.
    decisions_unread: tuple[str, str] | None = None

    def picture_lines(self, project_file: Path | None = None) -> list[tuple[str, str]]:
        """What to say of the draft's pictures, ``(zh, en)`` lines (``project_file``: where the project is saved,
        whose NAME.assets folder keeps them)."""
        if self.pictures is None:
            return []
        return self.pictures.lines(project_file, self.pictures_left)


def import_draft(path: str | Path, library: Any, *, checklist: str | None = None) -> tuple[Any, ImportSummary]:
    """Read the draft at ``path`` and return an unsaved :class:`ProjectFile` (version 2) and a summary; InputError
    when no text could be read from it.

    ``library`` is a :class:`authoring.checklist.Library` (the checklist is then the one stored in a
    built draft, else ``checklist``, else the guide) or the :class:`Checklist` to use.
    """
    from authoring.docx._decisions import read_decisions
    from authoring.docx.read import nothing_read
    from authoring.project.file import project_from_data

    doc, marks, review, pictures = _read(path)
    if not doc.character_count():
        raise nothing_read(path)  # as ``check`` says it: an outline of 0 chapters is no project
    stored = read_decisions(path)
    if isinstance(library, Checklist):
        pack = library
    else:
        pack_id = checklist or (stored.checklist if stored is not None and stored.checklist in library else None)
        pack = library.get(pack_id or DEFAULT_CHECKLIST)
    project, summary = project_of_draft(doc, pack, stored)
    if stored is None:
        summary.decisions_unread = unread_decisions(path)
    summary.tracked_changes, summary.comments = review.changes, review.comments
    summary.pictures, summary.pictures_left = pictures, list(doc.metadata.pictures_left)
    if marks:
        project = project.model_copy(update={"metadata": replace(project.metadata, marks=marks)})
    out = project_from_data(project_data(project))
    out.assets = pictures.assets
    return out, summary


def unread_decisions(path: str | Path) -> tuple[str, str] | None:
    """For a draft :func:`authoring.docx._decisions.read_decisions` found no decisions in: ``(zh, en)``, the line
    saying it holds a decisions part all the same, which could not be read (a newer stdauthor's format, a damaged
    part, one with a DTD); None when it holds none. The import would otherwise drop the committee's decisions
    (not-applicable reasons, methods, accepted links) without a word (QA pass 13, A12)."""
    from authoring.docx._decisions import NAMESPACE, stored_parts

    family = NAMESPACE.rsplit(":", 1)[0].encode()  # urn:stdauthor:decisions, whatever its version
    for data in stored_parts(path):
        if family not in data:
            continue
        if NAMESPACE.encode() not in data:
            zh, en = "由更新版本的 stdauthor 写入", "written by a newer stdauthor"
        elif b"<!DOCTYPE" in data or b"<!ENTITY" in data:
            zh, en = "含有不允许的 DTD", "it holds a DTD, which is not allowed"
        else:
            zh, en = "已损坏", "damaged"
        return (f"草案中保存的决定和链接无法读取（{zh}），已忽略：各条目从未决定开始，不适用的理由等需重新填写",
                f"the decisions and links stored in the draft could not be read ({en}) and were ignored: "
                "the items start undecided, and not-applicable reasons and the like must be given again")
    return None


def _read(path: str | Path) -> tuple[StandardDocument, dict[str, list[str]], Any, Any]:
    """The draft as the reader reads it, for a draft without the GB/T 1.1 skeleton the marks it prints (see
    :func:`draft_marks`), the tracked changes and comments it holds, and its pictures taken out of it (see
    :func:`authoring.project.pictures.carry`); a Word 97 ``.doc`` is converted once for all four."""
    from authoring.docx.legacy import readable_docx
    from authoring.docx.read import read_draft
    from authoring.docx.read._safe import draft_kind
    from authoring.project.pictures import carry

    if draft_kind(path) == "doc":
        with readable_docx(path) as converted:
            doc, marks, review, pictures = _read(converted)
        doc.metadata.converted_from = "doc"
        return doc, marks, review, pictures
    doc, review = read_draft(path)
    pictures = carry(doc, path)
    return doc, (draft_marks(path, doc) if doc.metadata.structure != "gbt" else {}), review, pictures


def project_of_draft(doc: StandardDocument, pack: Checklist,
                     stored: Decisions | None = None) -> tuple[Project, ImportSummary]:
    """The version 2 project for a draft already read (``stored``: the decisions it carried)."""
    from authoring.coverage import analyse
    from authoring.project.compose import generated_foreword

    meta = _without_placeholders(doc.metadata)
    if not meta.title_zh.strip() and any("\u4e00" <= ch <= "\u9fff" for ch in doc.body_title):
        # a draft read by its headings (its numbering lost, 第一条…) names itself in its first line, not a cover
        meta = replace(meta, title_zh=doc.body_title.strip())
    foreword = doc.foreword
    if foreword is not None and not foreword.children and _texts(foreword.blocks) == _texts(
            generated_foreword(meta).blocks):
        foreword = None  # the 前言 the metadata writes: keep it written from the metadata
    body = Body(foreword=foreword, introduction=doc.introduction, clauses=doc.clauses, annexes=doc.annexes,
                bibliography=doc.bibliography)
    usable = stored if stored is not None and stored.checklist == pack.id else None
    if usable is not None:
        _restore_ids(body, usable)
    assign_ids(body)
    ids = {node.id for node in walk_outline(body)}
    known = pack.ids()
    items: dict[str, ItemEntry] = {}
    not_applicable: dict[str, str] = {}
    if usable is not None:
        for item_id, decision in usable.items.items():
            if item_id not in known:
                continue
            items[item_id] = ItemEntry(
                status=decision.status, reason=decision.reason,
                methods=[m for m in decision.methods if m in known],
                links=[Link(clause=k) for k in decision.links if k in ids],
            )
        not_applicable = {k: v.reason for k, v in items.items() if v.status == "not-applicable"}
    # Links proposed to the author rest on cues found in the clause, not on a likeness.
    report = analyse(doc, pack, not_applicable=not_applicable, likeness=False)
    where = location_ids(doc, body)
    summary = _summary(doc, usable is not None)
    for coverage in report.items:
        entry = items.get(coverage.id)
        if entry is not None and (entry.links or entry.status != "todo"):
            continue  # the committee decided this one: nothing to propose
        targets: dict[str, str] = {}
        for evidence in coverage.evidence:
            target = where.get(evidence.location)
            if target is not None and target not in targets:
                targets[target] = evidence.excerpt
        if coverage.status not in ("covered", "partial") or not targets:
            items.setdefault(coverage.id, ItemEntry())
            continue
        links = [Link(clause=k, proposed=True, evidence=v) for k, v in list(targets.items())[:MAX_PROPOSED]]
        items[coverage.id] = (entry or ItemEntry()).model_copy(update={"links": links})
        summary.proposed += len(links)
        summary.addressed_items.append(coverage.id)
    ordered = {item.id: items[item.id] for item in pack.items() if item.id in items}
    project = Project(version=2, metadata=meta, checklist=pack.id, items=ordered, body=body)
    return project, summary


def _blank(text: str) -> bool:
    return not text.strip("×xX＊* \u3000")


def _without_placeholders(meta: Any) -> Any:
    """The draft's metadata for a project: ×× placeholders are blank fields (the writer prints
    them as ×× again), and what the reader found out about the file is not kept, but for its
    structure: a draft read without the GB/T 1.1 skeleton (``outline``, ``articles``, ``none``) is
    built as it was, with no GB cover, 目次 or 前言, even where its chapters are numbered 1, 2 …
    (``1. Policy Statement`` … ``10. Review``: QA pass 7), which the outline alone cannot tell."""
    update: dict[str, Any] = {"rules": "GB/T 1.1—2020", "language": "zh"}
    for name in ("proposer", "committee"):
        if _blank(getattr(meta, name)):
            update[name] = ""
    for name in ("drafting_units", "drafters", "issuers"):
        update[name] = [v for v in getattr(meta, name) if not _blank(v)]
    if _blank(meta.filing_number.replace("—", "").replace("-", "")):
        update["filing_number"] = ""  # the cover's 备案号：×××××—××××, which build prints again
    return replace(meta, **update)


def _texts(blocks: list[Any]) -> list[str]:
    from authoring.document import block_text

    return [" ".join(block_text(b).split()) for b in blocks]


def _restore_ids(body: Body, decisions: Decisions) -> None:
    """Give clauses and annexes the ids the built draft recorded for their numbers."""
    by_number = {number: clause_id for clause_id, number in decisions.clauses.items()}
    for node in walk_outline(body):
        key = node.label if isinstance(node, Annex) else node.number
        if key in by_number and not node.id:
            node.id = by_number.pop(key)


def _summary(doc: StandardDocument, restored: bool) -> ImportSummary:
    clauses = list(doc.iter_clauses())
    return ImportSummary(
        chapters=len(doc.clauses), clauses=len(clauses), annexes=len(doc.annexes), tables=len(doc.tables()),
        terms=len(doc.terms()), restored=restored, kind_read=bool(doc.metadata.kind_source),
    )


# -- the marks a draft prints -------------------------------------------------------------------

#: The writer prints two levels of list; a deeper list is printed on the second.
_LIST_LEVELS = 2
#: Bullets Word prints in Symbol or Wingdings (a private-use code point), as the character they show.
_SYMBOL_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf06e": "■", "\uf071": "❑", "\uf076": "❖", "\uf0d8": "➢",
                   "\uf0fc": "✓"}
_ORDINALS = {"number": (re.compile(r"\d+"), re.compile(r"(?<![A-Za-z])(?:[ivxlcdm]+|[IVXLCDM]+)(?![A-Za-z])")),
             "letter": (re.compile(r"(?<![A-Za-z])[A-Za-z](?![A-Za-z])"),)}


def draft_marks(path: str | Path, doc: StandardDocument) -> dict[str, list[str]]:
    """The marks ``doc`` (read from the draft at ``path``) prints, for ``metadata.marks``: by list style, the
    mark its first items print on each level, the commonest where they differ (``{"number": ["1."],
    "bullet": ["•"], "dash": ["–"]}`` for a pandoc policy whose bullet sub-lists print ``–``), each written for
    a first item (``b)`` as ``a)``); as ``heading``, whether its headings' numbers have a dot after them
    (``["1"]`` for ``1 目的`` … ``4.1 服务要求``, ``["1."]`` for ``1. Policy Statement``). A draft without the
    GB/T 1.1 skeleton is built with them (QA pass 8: ``1.`` was built ``1)``, a ``–`` sub-list ``——``, and
    ``1 目的`` ``1.　目的``)."""
    from authoring.docx.read._blocks import Para, flatten
    from authoring.docx.read._numbering import Numbering
    from authoring.docx.read._patterns import list_marker
    from authoring.docx.read._safe import open_package
    from authoring.docx.read._styles import StyleSheet

    package = open_package(path)
    styles = StyleSheet(package.styles)
    paras = {p.anchor: p for p in flatten(package.document, styles, Numbering(package.numbering, styles))
             if isinstance(p, Para)}
    seen: dict[tuple[str, int], Counter[str]] = {}

    def note(block: ListBlock, level: int) -> None:
        p = paras.get(block.items[0].anchor) if block.items and block.items[0].anchor is not None else None
        if p is not None:
            if p.label.strip():
                printed = p.label.strip()
            else:  # a typed marker (1）, ——, •): the text before the item's
                typed = list_marker(p.printed)
                printed = p.printed[:len(p.printed) - len(typed[1])].strip() if typed is not None else ""
            mark = _first_mark(block.style, printed)
            if mark:
                seen.setdefault((block.style, min(level, _LIST_LEVELS - 1)), Counter())[mark] += 1
        for item in block.items:
            if item.children is not None:
                note(item.children, level + 1)

    for _, block in doc.iter_blocks():
        if isinstance(block, ListBlock):
            note(block, 0)
    marks: dict[str, list[str]] = {}
    for style in ("number", "letter", "bullet", "dash"):
        levels = [seen[(style, level)].most_common(1)[0][0] if (style, level) in seen else ""
                  for level in range(_LIST_LEVELS)]
        if not any(levels):
            continue
        # a level the draft has no list of prints as the one it has
        levels = [mark or next(m for m in levels if m) for mark in levels]
        while len(levels) > 1 and levels[-1] == levels[-2]:
            levels.pop()
        marks[style] = levels
    headings = _heading_marks(doc, paras)
    if headings:
        marks["heading"] = headings
    return marks


_HEADING_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}$")
#: What may follow a heading's number before its title: ``1. Policy Statement``, ``1 目的``.
_AFTER_NUMBER = re.compile(r"[.．]?")


def _heading_marks(doc: StandardDocument, paras: dict[int, Any]) -> list[str]:
    """How the draft printed its headings' numbers, one level a mark (``1``, ``1.1``; ``1.`` for ``1. 目的``),
    the commonest on each level; a level past the last prints as the last. Empty when no heading is numbered
    1, 2 … (a regulation's 第一条, an outline of 一、（一）)."""
    seen: dict[int, Counter[str]] = {}
    for clause in doc.iter_clauses():
        p = paras.get(clause.anchor) if clause.anchor is not None else None
        if p is None or not _HEADING_NUMBER.match(clause.number) or not p.printed.startswith(clause.number):
            continue
        after = _AFTER_NUMBER.match(p.printed, len(clause.number))
        level = clause.number.count(".")
        sample = ".".join(["1"] * (level + 1)) + (after.group() if after is not None else "")
        seen.setdefault(level, Counter())[sample] += 1
    if not seen:
        return []
    marks: list[str] = []
    for level in range(max(seen) + 1):
        if level in seen:
            marks.append(seen[level].most_common(1)[0][0])
        else:  # a level the draft skipped prints as the one above it (the first it has, above them all)
            above = marks[-1] if marks else seen[min(seen)].most_common(1)[0][0]
            marks.append(".".join(["1"] * (level + 1)) + _suffix(above))
    while len(marks) > 1 and _suffix(marks[-1]) == _suffix(marks[-2]):
        marks.pop()
    return marks


def _suffix(mark: str) -> str:
    """What a heading mark prints after the number: ``.`` for ``1.1.``, nothing for ``1.1``."""
    return mark[len(mark.rstrip(".．")):]


def _first_mark(style: str, printed: str) -> str:
    """``printed``, the mark of a list item of ``style``, as its list's first item prints it (``b)`` → ``a)``,
    ``（3）`` → ``（1）``, ``iii.`` → ``i.``); a Symbol bullet as the character it shows; empty for no mark."""
    if style in ("bullet", "dash"):
        return "".join(_SYMBOL_BULLETS.get(c, "•" if "\ue000" <= c <= "\uf8ff" else c) for c in printed)
    for pattern in _ORDINALS.get(style, ()):
        match = pattern.search(printed)
        if match is not None:
            token = match.group()
            first = "1" if token.isdigit() else ("a" if style == "letter" else "i")
            return printed[:match.start()] + (first.upper() if token.isupper() else first) + printed[match.end():]
    return ""
