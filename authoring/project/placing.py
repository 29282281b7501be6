"""Where in the author's outline a provision for a checklist item should go: a suggestion with its reason.

In order: the clause the item is addressed in already; a clause the import proposed for the item; a clause whose title is the item's (or
close to it); a clause where the coverage analysis found text about the item; the chapter the
guide's typical arrangement would use (by the chapter titles committees give it,
``templates/outline_hints.yaml``; for leadership and staff, a management or personnel chapter first); the last chapter.

Example:
    >>> similarity("评价与改进", "评价"), similarity("员工赋权和参与", "员工参与")
    (0.75, 0.444)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from authoring._paths import template_path
from authoring.checklist import Checklist
from authoring.document import BODY_UNIT, Annex, Clause
from authoring.project.model import Body, ItemEntry
from authoring.project.outline import numbered, walk_outline
from authoring.yamlio import load_yaml

__all__ = ["Suggestion", "suggest_place", "similarity"]

#: A title at least this similar to the item's names the place.
TITLE_MATCH = 0.5


@dataclass(frozen=True)
class Suggestion:
    """A clause id and why it is suggested (Chinese, English)."""

    clause: str
    zh: str
    en: str


def _grams(text: str) -> set[str]:
    text = "".join(ch for ch in text if ch.isalnum())
    return {text[k:k + 2] for k in range(len(text) - 1)} or ({text} if text else set())


def similarity(a: str, b: str) -> float:
    """How alike two titles are (0 to 1): the Dice coefficient of their character pairs, and at
    least 0.75 when one title holds the other whole (评价 in 评价与改进)."""
    ga, gb = _grams(a), _grams(b)
    if not ga or not gb:
        return 0.0
    dice = round(2 * len(ga & gb) / (len(ga) + len(gb)), 3)
    short, long = sorted((a.strip(), b.strip()), key=len)
    return max(dice, 0.75) if len(short) >= 2 and short in long else dice


def _best_chapter(body: Body, names: list[str]) -> str | None:
    """The first chapter whose title is at least :data:`TITLE_MATCH` like one of ``names``, the likest first."""
    ranked = sorted(((max(similarity(c.title, n) for n in names), k, c.id) for k, c in enumerate(body.clauses)
                     if c.title), key=lambda t: (-t[0], t[1]))
    return ranked[0][2] if ranked and ranked[0][0] >= TITLE_MATCH else None


@lru_cache(maxsize=1)
def _hints() -> dict[str, Any]:
    data, _ = load_yaml(template_path("outline_hints.yaml"))
    return data or {}


def suggest_place(body: Body, checklist: Checklist, item_id: str, entry: ItemEntry, *,
                  evidence: list[str] | None = None) -> Suggestion | None:
    """The suggested clause for a provision of ``item_id`` (see the module doc); ``None`` for an empty outline.

    ``evidence`` is the clause ids where the coverage analysis found the item's text, strongest first.
    """
    body = numbered(body)
    nodes = {n.id: n for n in walk_outline(body) if n.id}
    if not nodes:
        return None

    def name(node_id: str) -> str:
        node = nodes[node_id]
        number = node.label if isinstance(node, Annex) else node.number
        return f"{number} {node.title}".strip()

    def name_en(node_id: str) -> str:
        node = nodes[node_id]
        if not isinstance(node, Annex) and node.number == BODY_UNIT:
            return f"body text {node.title}".strip()  # the whole text of a draft read as one unit
        return name(node_id)

    for link in entry.links:
        if not link.proposed and isinstance(nodes.get(link.clause), Clause):
            return Suggestion(link.clause, f"该条目已落实于 {name(link.clause)}",
                              f"the item is addressed in {name_en(link.clause)} already")
    for link in entry.links:
        if link.proposed and link.clause in nodes:
            return Suggestion(link.clause, f"导入时覆盖分析提出的 {name(link.clause)}",
                              f"{name_en(link.clause)}, proposed by the import's coverage analysis")
    item = checklist.item(item_id)
    scored = sorted(((similarity(n.title, item.title_zh), k, n.id) for k, n in enumerate(nodes.values())
                     if isinstance(n, Clause) and n.title), key=lambda t: (-t[0], t[1]))
    if scored and scored[0][0] >= TITLE_MATCH:
        best = scored[0][2]
        return Suggestion(best, f"标题与条目相近：{name(best)}", f"its title is close to the item's: {name_en(best)}")
    for clause_id in evidence or []:
        if clause_id in nodes:
            return Suggestion(clause_id, f"覆盖分析在 {name(clause_id)} 找到相关文字",
                              f"the coverage analysis found related text in {name_en(clause_id)}")
    hints = _hints().get(checklist.id, {})
    own = hints.get(item_id, [])
    # leadership and staff: a management or personnel chapter, if the draft has one (the item's titles in
    # their order: 人员要求 before 基本要求 for staff)
    for title in own:
        best = _best_chapter(body, [title])
        if best is not None:
            return Suggestion(best, f"该条目通常写在管理或人员一类的章：{name(best)}",
                              f"the item usually goes in a chapter on management or staff: {name_en(best)}")
    chapter = next((ch for ch in checklist.chapters if any(i.id == item_id for i in _walk(ch.items))), None)
    if chapter is not None:
        best = _best_chapter(body, [chapter.title_zh, *hints.get(chapter.id, [])])
        if best is not None:
            return Suggestion(best, f"指南的典型结构把该条目放在“{chapter.title_zh}”一章：{name(best)}",
                              f"the guide's typical arrangement puts the item in its chapter '{chapter.title(_EN)}': "
                              f"{name_en(best)}")
    closing = [c for c in body.clauses if _closing(c)]
    if closing and len(closing) < len(body.clauses):
        # a regulation's 附则 or its last articles (施行日期, 解释): a provision goes before them
        last = [c for c in body.clauses if not _closing(c)][-1]
        if last.children:
            last = [c for c in last.children if not _closing(c)][-1] if any(not _closing(c) for c in last.children) else last
        return Suggestion(last.id, f"附则和施行、废止等结尾条款之前的最后一条：{name(last.id)}",
                          f"the last provision before the closing ones (commencement, repeal): {name_en(last.id)}")
    last = body.clauses[-1].id if body.clauses else next(iter(nodes))
    return Suggestion(last, f"最后一章：{name(last)}", f"the last chapter: {name_en(last)}")


#: What a regulation's closing provisions say: when it takes effect, what it repeals, who interprets it.
_CLOSING = re.compile(r"自\S{0,20}起施行|施行之日|同时废止|予以废止|负责解释|解释权|参照本(?:办法|条例|规定|细则)执行")


def _closing(clause: Clause) -> bool:
    """A regulation's closing chapter (附则) or article (施行, 废止, 解释), where nothing of the service goes."""
    if clause.title.strip().replace("\u3000", "").replace(" ", "") == "附则":
        return True
    if clause.children:
        return all(_closing(c) for c in clause.children)
    text = "".join(getattr(b, "text", "") or "" for b in clause.blocks)
    return bool(text) and len(text) <= 400 and bool(_CLOSING.search(text.split("。")[0]))


_EN = "en"


def _walk(items: Any) -> Any:
    for item in items:
        yield item
        yield from _walk(item.children)
