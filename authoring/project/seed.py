"""The first outline of a new version 2 project: the guide's typical arrangement, a blank one, or the committee's chapters.

Every seed starts with the three chapters GB/T 1.1—2020 puts first (1 范围, 2 规范性引用文件,
3 术语和定义) with the sentences a draft without references or terms carries. Then:

- ``guide``: the guide's typical arrangement (its Annex A), one chapter per checklist chapter
  (4 总则, 5 服务提供, 6 服务内容设计, 7 评价) and in it one titled clause per item, empty,
  for the author to fill or delete. No item links to them yet: an item is addressed once
  the author writes its provision somewhere and links it.
- ``blank``: nothing more.
- ``chapters``: one empty chapter per title the committee gives (基本要求, 服务内容 …).

Example:
    >>> from authoring.document import Metadata
    >>> body = seed_outline(Metadata(title_zh="养老机构服务规范"), None, "chapters", chapters=["基本要求", "服务流程"])
    >>> [(c.id, c.number, c.title) for c in body.clauses][3:]
    [('c4', '4', '基本要求'), ('c5', '5', '服务流程')]
"""

from __future__ import annotations

from typing import Literal

from authoring.checklist import Checklist, Item
from authoring.document import Clause, Metadata
from authoring.project.model import Body, ItemEntry, Project
from authoring.project.outline import assign_ids

__all__ = ["Seed", "SEEDS", "seed_outline", "own_chapters", "FIXED_CHAPTERS"]

Seed = Literal["guide", "blank", "chapters"]
SEEDS: tuple[str, ...] = ("guide", "blank", "chapters")


#: The chapters every seed starts with (GB/T 1.1—2020: always chapters 1 to 3).
FIXED_CHAPTERS = ("范围", "规范性引用文件", "术语和定义")


def own_chapters(titles: list[str]) -> tuple[list[str], list[str]]:
    """``(kept, left out)`` of the committee's chapter titles: the outline has 1 范围, 2 规范性引用文件 and
    3 术语和定义 already, so a title among them, or one given twice, is left out (listed once).

    >>> own_chapters(["范围", "规范性引用文件", "术语和定义", "基本要求", "基本要求", "服务流程"])
    (['基本要求', '服务流程'], ['范围', '规范性引用文件', '术语和定义', '基本要求'])
    """
    kept: list[str] = []
    left: list[str] = []
    for title in (t.strip() for t in titles):
        if not title:
            continue
        key = "".join(title.split())
        if key in FIXED_CHAPTERS or key in ("".join(k.split()) for k in kept):
            if title not in left:
                left.append(title)
            continue
        kept.append(title)
    return kept, left


def seed_outline(meta: Metadata, checklist: Checklist | None, seed: Seed = "guide", *,
                 chapters: list[str] | None = None) -> Body:
    """The outline a new project starts from (see the module doc); every clause numbered and with its id."""
    from authoring.project.compose import FIRST_CHAPTER, _Composer

    if seed not in SEEDS:
        raise ValueError(f"unknown seed {seed!r}")
    titles, _ = own_chapters(chapters or [])
    # The composer writes chapters 1 to 3 as a draft without references and terms has them; with
    # every item addressed, its 范围 names the guide's chapters (the guide seed's, or the committee's).
    items = {item.id: ItemEntry(status="addressed") for item in checklist.items()} if checklist else {}
    project = Project(metadata=meta, checklist=checklist.id if checklist else "excellence-guide", items=items)
    composer = _Composer(project, checklist) if checklist else _Composer(project, _EMPTY)
    if seed == "chapters":
        composer.chapter_titles = lambda: titles  # type: ignore[method-assign]
    elif seed == "blank":
        composer.chapter_titles = lambda: []  # type: ignore[method-assign]
    clauses = [composer.scope(), composer.normative(), composer.terms()]
    if not composer.chapter_titles():
        # No parts to name: 本文件规定了养老机构服务的要求。
        for block in clauses[0].blocks:
            block.text = block.text.replace("的等方面的", "的")
    if seed == "guide" and checklist is not None:
        names = composer_names(checklist)
        for k, chapter in enumerate(checklist.chapters):
            number = str(FIRST_CHAPTER + k)
            clauses.append(Clause(number=number, title=names.get(chapter.id, chapter.title_zh),
                                  children=_item_clauses(chapter.items, number)))
    elif seed == "chapters":
        clauses += [Clause(number=str(FIRST_CHAPTER + k), title=t) for k, t in enumerate(titles)]
    body = Body(clauses=clauses)
    assign_ids(body)
    return body


def composer_names(checklist: Checklist) -> dict[str, str]:
    """The chapter titles a service standard gives the checklist's chapters (5 服务提供, not the guide's wording)."""
    from authoring.project.compose import _texts

    return dict(_texts()["chapter_titles"].get(checklist.id, {}))


def _item_clauses(items: list[Item], prefix: str) -> list[Clause]:
    return [Clause(number=f"{prefix}.{k}", title=item.title_zh, children=_item_clauses(item.children, f"{prefix}.{k}"))
            for k, item in enumerate(items, start=1)]


_EMPTY = Checklist(id="excellence-guide", title_zh="—", source="—", chapters=())
