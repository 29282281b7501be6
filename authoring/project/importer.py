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

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from authoring.checklist import Checklist
from authoring.decisions import Decisions
from authoring.document import Annex, StandardDocument
from authoring.project.model import DEFAULT_CHECKLIST, Body, ItemEntry, Link, Project
from authoring.project.outline import assign_ids, location_ids, project_data, walk_outline
from authoring.records import replace

__all__ = ["import_draft", "ImportSummary", "project_of_draft", "MAX_PROPOSED"]

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


def import_draft(path: str | Path, library: Any, *, checklist: str | None = None) -> tuple[Any, ImportSummary]:
    """Read the draft at ``path`` and return an unsaved :class:`ProjectFile` (version 2) and a summary.

    ``library`` is a :class:`authoring.checklist.Library` (the checklist is then the one stored in a
    built draft, else ``checklist``, else the guide) or the :class:`Checklist` to use.
    """
    from authoring.docx._decisions import read_decisions
    from authoring.docx.read import read_docx
    from authoring.project.file import project_from_data

    doc = read_docx(path)
    stored = read_decisions(path)
    if isinstance(library, Checklist):
        pack = library
    else:
        pack_id = checklist or (stored.checklist if stored is not None and stored.checklist in library else None)
        pack = library.get(pack_id or DEFAULT_CHECKLIST)
    project, summary = project_of_draft(doc, pack, stored)
    return project_from_data(project_data(project)), summary


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
