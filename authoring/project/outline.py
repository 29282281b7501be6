"""The author's own outline (project version 2): ids, numbers, YAML form, draft and migration.

A version 2 project's ``body`` is a StandardDocument body. Each clause and annex has an ``id``
that links from checklist items point at; ids are made once (from the clause's number when it
is made: ``c5-2``, ``cA-1``, ``第十二条``, ``annex-B``) and never change with renumbering, so a
link survives moving the clause. A clause without a ``number`` is numbered by its place.

Example:
    >>> from authoring.document import Clause, Paragraph
    >>> body = Body(clauses=[Clause(number="1", title="范围", blocks=[Paragraph(text="本文件规定了……")])])
    >>> assign_ids(body)
    >>> body_data(body)["clauses"][0]
    {'id': 'c1', 'number': '1', 'title': '范围', 'blocks': ['本文件规定了……']}
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from authoring.checklist import Checklist
from authoring.decisions import Decisions, ItemDecision
from authoring.document import BODY_UNIT, Annex, Block, Clause, ListBlock, Paragraph, StandardDocument, Structure
from authoring.project.model import Body, ItemEntry, Link, Project
from authoring.records import to_data

__all__ = [
    "assign_ids", "new_id", "numbered", "body_data", "project_data", "document_of", "decisions_of",
    "migrate", "clause_ids", "location_ids", "walk_outline",
]

_GBT_NUMBER = re.compile(r"^[0-9A-Z]+(?:\.[0-9]+)*$")

#: An id made from a heading is at most this long (the heading itself is the clause's number, whole).
ID_LENGTH = 30


# -- ids ---------------------------------------------------------------------------------------

def walk_outline(body: Body) -> Iterator[Clause | Annex]:
    """Every clause (body, annexes, 引言) and annex of ``body``, in reading order."""
    if body.introduction is not None:
        for clause in body.introduction.children:
            yield from clause.walk()
    for clause in body.clauses:
        yield from clause.walk()
    for annex in body.annexes:
        yield annex
        for clause in annex.children:
            yield from clause.walk()


def new_id(number: str, taken: set[str], *, parent: str = "", annex: bool = False) -> str:
    """A fresh id for a clause numbered ``number`` (``c5-2``) or an annex (``annex-A``); a clause named by
    its heading (a draft's unnumbered ``Feedback and contact information``) takes the first
    :data:`ID_LENGTH` characters of it."""
    number = "".join(number.split())[:ID_LENGTH]
    if annex:
        base = f"annex-{number}" if number else "annex"
    elif _GBT_NUMBER.match(number):
        base = "c" + number.replace(".", "-")
    elif number:
        base = f"{parent}-{number}" if parent and number in taken else number
    else:
        base = "c"
    candidate, k = base, 1
    while candidate in taken or candidate == "c":
        k += 1
        candidate = f"{base}-{k}" if base != "c" else f"c{k - 1}"
    taken.add(candidate)
    return candidate


def assign_ids(body: Body) -> None:
    """Give every clause and annex without an id one (in place); existing ids are kept."""
    taken = {node.id for node in walk_outline(body) if node.id}

    def clauses(items: list[Clause], parent: str) -> None:
        for clause in items:
            if not clause.id:
                clause.id = new_id(clause.number, taken, parent=parent)
            clauses(clause.children, clause.id)

    if body.introduction is not None:
        clauses(body.introduction.children, "")
    clauses(body.clauses, "")
    for annex in body.annexes:
        if not annex.id:
            annex.id = new_id(annex.letter, taken, annex=True)
        clauses(annex.children, annex.id)


def clause_ids(body: Body) -> dict[str, Clause | Annex]:
    """``{id: clause or annex}`` for every node that has an id."""
    return {node.id: node for node in walk_outline(body) if node.id}


# -- numbers -----------------------------------------------------------------------------------

def numbered(body: Body) -> Body:
    """A copy of ``body`` in which every clause and annex without a number has the one of its place."""
    body = body.model_copy(deep=True)
    _number(body.clauses, "")
    for k, annex in enumerate(body.annexes):
        if not annex.letter.strip():
            annex.letter = chr(ord("A") + k) if k < 26 else "Z"
        _number(annex.children, annex.letter)
    return body


def _number(clauses: list[Clause], prefix: str) -> None:
    for k, clause in enumerate(clauses, start=1):
        if not clause.number.strip():
            clause.number = f"{prefix}.{k}" if prefix else str(k)
        _number(clause.children, clause.number)


# -- the YAML form -----------------------------------------------------------------------------

def _block_data(block: Block) -> Any:
    if isinstance(block, Paragraph):
        return block.text
    data = to_data(block, exclude_defaults=True)
    data = {"type": block.type, **data}
    if isinstance(block, ListBlock):
        data["items"] = _items_data(block)
    return data


def _items_data(block: ListBlock) -> list[Any]:
    out: list[Any] = []
    for item in block.items:
        if item.children is None:
            out.append(item.text)
        else:
            out.append({"text": item.text, "children": {
                **({"style": item.children.style} if item.children.style != "dash" else {}),
                **({"start": item.children.start} if item.children.start != 1 else {}),
                "items": _items_data(item.children)}})
    return out


def _clause_data(clause: Clause) -> dict[str, Any]:
    data: dict[str, Any] = {"id": clause.id, "number": clause.number}
    if clause.title:
        data["title"] = clause.title
    if clause.blocks:
        data["blocks"] = [_block_data(b) for b in clause.blocks]
    if clause.children:
        data["children"] = [_clause_data(c) for c in clause.children]
    return data


def _section_data(section: Any) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if section.blocks:
        data["blocks"] = [_block_data(b) for b in section.blocks]
    if section.children:
        data["children"] = [_clause_data(c) for c in section.children]
    return data


def body_data(body: Body) -> dict[str, Any]:
    """``body`` as plain data for YAML: ids first, a paragraph as its text, defaults left out."""
    data: dict[str, Any] = {}
    if body.foreword is not None:
        data["foreword"] = _section_data(body.foreword)
    if body.introduction is not None:
        data["introduction"] = _section_data(body.introduction)
    data["clauses"] = [_clause_data(c) for c in body.clauses]
    if body.annexes:
        data["annexes"] = []
        for annex in body.annexes:
            node: dict[str, Any] = {"id": annex.id, "letter": annex.letter}
            if annex.title:
                node["title"] = annex.title
            if annex.normative:
                node["normative"] = True
            node.update(_section_data(annex))
            data["annexes"].append(node)
    if body.bibliography is not None:
        data["bibliography"] = [_block_data(r) for r in body.bibliography]
    return data


def _entry_data(entry: ItemEntry) -> dict[str, Any]:
    data: dict[str, Any] = {"status": entry.status}
    if entry.reason:
        data["reason"] = entry.reason
    if entry.methods:
        data["methods"] = list(entry.methods)
    if entry.links:
        data["links"] = [
            link.clause if not link.proposed and not link.evidence
            else link.model_dump(mode="json", exclude_defaults=True)
            for link in entry.links
        ]
    if entry.provisions:
        data["provisions"] = list(entry.provisions)
    if entry.indicators:
        data["indicators"] = [i.model_dump(mode="json", exclude_defaults=True) for i in entry.indicators]
    return data


def project_data(project: Project) -> dict[str, Any]:
    """A version 2 project as plain data, in the order of the file format."""
    data: dict[str, Any] = {"version": 2}
    # ``structure`` is kept when it is not gbt: a draft imported without the GB/T 1.1 skeleton (see document_of)
    data["metadata"] = to_data(project.metadata, exclude_defaults=True, exclude={"rules", "language"})
    data["checklist"] = project.checklist
    if project.introduction:
        data["introduction"] = list(project.introduction)
    if project.lint.disabled:
        data["lint"] = {"disabled": list(project.lint.disabled)}
    data["items"] = {item_id: _entry_data(entry) for item_id, entry in project.items.items()}
    data["body"] = body_data(project.body or Body())
    return data


# -- the draft ---------------------------------------------------------------------------------

_NUMERALS = "一二三四五六七八九十百零〇两"
_ARTICLE_NUMBER = re.compile(rf"第[{_NUMERALS}\d]{{1,6}}[编章节条]")


def outline_structure(clauses: list[Clause]) -> Structure:
    """How an outline's chapters are numbered, named as the reader names a draft's structure: an outline
    imported from regulations or institutional rules keeps its 第一章…第一条 (``articles``), one from a
    text headed 一、（一） (or whose numbers were lost, its chapters named by their headings) ``outline``,
    one from a text with no structure its one body unit (``none``); any chapter numbered 1, 2 … makes
    GB/T 1.1 clauses (``gbt``). The built draft is read back the same way, so the GB/T 1.1 rules apply to the
    project exactly where ``stdauthor check`` applies them."""
    numbers = [c.number for c in clauses if c.number and c.number != BODY_UNIT]
    if not numbers:
        return "none" if clauses else "gbt"
    if any(n.isdigit() for n in numbers):
        return "gbt"  # GB/T chapters, perhaps with a slip of numbering that the rules are there to point out
    if all(_ARTICLE_NUMBER.fullmatch(n) for n in numbers):
        return "articles"
    # 一、二、 or no numbers at all: chapters named by their headings (a draft whose numbering was lost)
    return "outline"


def document_of(project: Project) -> StandardDocument:
    """The draft of a version 2 project: the metadata's cover and 前言 (for an outline of GB/T shape), then the
    author's outline."""
    import dataclasses

    from authoring.project.compose import generated_foreword, paragraphs_section

    body = numbered(project.body or Body())
    meta = project.metadata
    # A GB/T draft whose numbering was lost (chapters named by their headings) is still one: its first chapter
    # is the 范围, it has a 前言 of its own, or its metadata holds cover data.
    gbt_marks = (body.foreword is not None or any(c.title.strip() == "范围" for c in body.clauses[:2])
                 or any((meta.number, meta.ics, meta.ccs, meta.issuers, meta.proposer, meta.committee)))
    structure = outline_structure(body.clauses)
    if structure == "gbt" and meta.structure != "gbt" and body.clauses and not gbt_marks:
        # Chapters numbered 1, 2 … of a draft that import read without the GB/T 1.1 skeleton (metadata.structure
        # kept): a policy's own 1. Policy Statement … 10. Review, not GB/T 1.1 clauses (QA pass 7).
        structure = "outline"
    if structure != meta.structure:
        meta = dataclasses.replace(meta, structure=structure)
    # An outline of 第一章…第一条, of 一、（一）, of one unit or of a draft's own headings (a regulation, an
    # institution's rules, a policy) is printed as the draft was: its title and its text, with no GB/T cover,
    # 目次 or a 前言 saying it was drafted under GB/T 1.1 (QA passes 6 and 7).
    gbt_shaped = structure == "gbt" or gbt_marks
    if gbt_shaped and meta.marks:
        # The list marks the draft printed are kept for it as it was; a GB/T draft prints GB/T 1.1's a) 1) ——.
        meta = dataclasses.replace(meta, marks={})
    foreword = body.foreword if body.foreword is not None else (generated_foreword(meta) if gbt_shaped else None)
    introduction = body.introduction if body.introduction is not None else paragraphs_section(project.introduction)
    return StandardDocument(
        metadata=meta, foreword=foreword, introduction=introduction,
        # with no cover, an English text's only title is its English one
        body_title=meta.title_zh or ("" if gbt_shaped else meta.title_en),
        clauses=body.clauses, annexes=body.annexes, bibliography=body.bibliography,
        has_cover=gbt_shaped, has_toc=gbt_shaped,
    )


def decisions_of(project: Project) -> Decisions:
    """What travels inside the built draft: every item's decision and accepted links, and the
    number each clause id has in this draft."""
    body = numbered(project.body or Body())
    clauses = {
        node.id: (node.label if isinstance(node, Annex) else node.number)
        for node in walk_outline(body) if node.id
    }
    items = {
        item_id: ItemDecision(status=entry.status, reason=entry.reason, methods=list(entry.methods),
                              links=[k for k in entry.accepted_links() if k in clauses])
        for item_id, entry in project.items.items()
    }
    return Decisions(checklist=project.checklist, items=items, clauses=clauses)


def location_ids(doc: StandardDocument, body: Body) -> dict[str, str]:
    """Where coverage evidence points (``5.2``, ``表3``, ``3.1``, ``附录A``) → the clause id it is in.

    ``doc`` and ``body`` hold the same clauses (``body`` carries the ids).
    """
    out: dict[str, str] = {}

    def clauses(items: list[Clause]) -> None:
        for clause in items:
            if clause.id:
                out.setdefault(clause.number, clause.id)
                for block in clause.blocks:
                    for location in _block_locations(block):
                        out.setdefault(location, clause.id)
            clauses(clause.children)

    clauses(body.clauses)
    for annex in body.annexes:
        if annex.id:
            out.setdefault(annex.label, annex.id)
            for block in annex.blocks:
                for location in _block_locations(block):
                    out.setdefault(location, annex.id)
        clauses(annex.children)
    return out


def _block_locations(block: Block) -> list[str]:
    label = getattr(block, "label", None)
    if block.type in ("table", "figure") and getattr(block, "number", None):
        return [label]
    if block.type == "term":
        return [block.number]
    return []


# -- from version 1 ----------------------------------------------------------------------------

def migrate(project: Project, checklist: Checklist) -> Project:
    """A version 1 project as version 2: its composed draft becomes the outline, each included
    item links to the clause it became, and decisions and methods stay as they were.

    Provisions and indicators of items left out of the draft (to do, not applicable) stay with
    the item, set aside, so no text the author wrote is lost.
    """
    from authoring.project.compose import compose_v1

    if project.version == 2:
        return project
    doc, numbers = compose_v1(project, checklist)
    body = Body(clauses=doc.clauses, annexes=doc.annexes, bibliography=doc.bibliography)
    assign_ids(body)
    by_number = {node.number: node.id for node in walk_outline(body) if isinstance(node, Clause)}
    items: dict[str, ItemEntry] = {}
    for item_id, entry in project.items.items():
        target = by_number.get(numbers.get(item_id, ""))
        kept = {"status": entry.status, "reason": entry.reason, "methods": list(entry.methods)}
        if target is None:
            kept.update(provisions=list(entry.provisions), indicators=list(entry.indicators))
        else:
            kept["links"] = [Link(clause=target)]
        items[item_id] = ItemEntry.model_validate(kept)
    return Project(
        version=2, metadata=project.metadata, checklist=project.checklist, introduction=list(project.introduction),
        items=items, lint=project.lint, body=body,
    )
