"""What the author wrote, and nothing the composer adds: the text live coverage is measured on.

:func:`authored` arranges the project's own text as :func:`~authoring.project.compose`
arranges the draft (one clause per included item, numbered and titled as in the draft, a
parent's own provisions in its 通则 sub-clause), so the coverage of this text and the
coverage of the built ``.docx`` agree on what the author wrote. Left out is everything the
composer writes itself: the 前言, 范围 and 术语 boilerplate, chapter headings, the sentences
that point to the methods annex and to indicator tables, the Annex A table of ticked methods,
and placeholders. Ticked methods are the author's intent, not text of the standard: the
studio shows them apart from coverage (:func:`method_counts`).

An item's clause keeps its title: the analysis counts a heading only when the author's text
under it speaks of the same item, so a title never credits an item on its own.
"""

from __future__ import annotations

from authoring.checklist import Checklist, Item
from authoring.document import Annex, Block, Paragraph, StandardDocument, Table
from authoring.errors import InputError
from authoring.project.compose import FIRST_CHAPTER, _Composer
from authoring.project.model import ItemEntry, Project, problems
from authoring.records import replace

__all__ = ["authored", "method_counts"]


class _AuthoredOnly(_Composer):
    """The composer, less every piece of text it writes itself."""

    def document(self) -> StandardDocument:
        chapters = self.checklist_chapters(FIRST_CHAPTER)
        # Chapter headings are the composer's words: the clauses stay, numbered as in the draft, untitled.
        clauses = [replace(chapter, title="") for chapter in chapters]
        clauses += self.extra_chapters(FIRST_CHAPTER + len(chapters))
        return StandardDocument(
            metadata=self.meta,
            introduction=self.introduction(),
            body_title=self.meta.title_zh,
            clauses=clauses,
            annexes=self.own_annexes(),
        )

    def item_blocks(self, item: Item, entry: ItemEntry, number: str, *, has_children: bool) -> list[Block]:
        blocks = self.provision_blocks(entry.provisions)
        if entry.indicators:
            # The table's rows are the author's; its title and lead-in sentence are ours.
            blocks += [replace(b, title="") for b in self.indicator_blocks(item.title_zh, entry)
                       if isinstance(b, Table)]
        if item.methods and set(entry.methods) & {m.id for m in item.methods}:
            self.method_rows.append([])  # only so the author's annexes are lettered as in the draft
        return blocks

    def own_annexes(self) -> list[Annex]:
        first = 1 if self.method_rows else 0
        return [
            Annex(letter=chr(ord("A") + first + k), title=extra.title.strip(), normative=extra.normative,
                  blocks=[Paragraph(text=p.strip()) for p in extra.paragraphs if p.strip()])
            for k, extra in enumerate(self.project.annexes)
        ]


def authored(project: Project, checklist: Checklist) -> StandardDocument:
    """The author's own text of ``project`` (see the module doc), as a document for the analyses.

    In a version 2 project the whole outline is the author's; only a 前言 written from the
    metadata is not.
    """
    found = problems(project, checklist)
    if found:
        raise InputError(found[0].zh, found[0].en)
    if project.version == 2:
        from authoring.project.outline import document_of

        doc = document_of(project)
        if project.body is None or project.body.foreword is None:
            doc = replace(doc, foreword=None)
        return doc
    return _AuthoredOnly(project, checklist).document()


def method_counts(project: Project, checklist: Checklist) -> dict[str, tuple[int, int]]:
    """Per item that offers methods: (ticked, offered)."""
    out: dict[str, tuple[int, int]] = {}
    for item in checklist.items():
        if item.methods:
            ticked = set(project.entry(item.id).methods)
            out[item.id] = (sum(1 for m in item.methods if m.id in ticked), len(item.methods))
    return out
