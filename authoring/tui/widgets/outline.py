"""The outline of the guide's items (chapters 4–7) with a status mark and coverage per item and chapter."""

from __future__ import annotations

from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from authoring.checklist import Checklist, Item
from authoring.i18n import get_lang
from authoring.results import CoverageReport

MARKS = {"addressed": "✓", "not-applicable": "–", "todo": "○"}


def _percent(score: float | None) -> str:
    return "" if score is None else f" {round(score * 100):d}%"


class Outline(Tree[str]):
    """A tree of chapters and items; each node's data is the item or chapter id (chapters prefixed ``ch:``)."""

    def __init__(self, checklist: Checklist, **kwargs) -> None:
        super().__init__("guide", **kwargs)
        self.checklist = checklist
        self.show_root = False
        self.guide_depth = 2
        self._by_id: dict[str, TreeNode[str]] = {}
        self._statuses: dict[str, str] = {}
        self._coverage: CoverageReport | None = None
        for chapter in checklist.chapters:
            node = self.root.add("", data=f"ch:{chapter.id}", expand=True)
            self._by_id[f"ch:{chapter.id}"] = node
            for item in chapter.items:
                self._add_item(node, item)

    def _add_item(self, parent: TreeNode[str], item: Item) -> None:
        if item.children:
            node = parent.add("", data=item.id, expand=True)
            for child in item.children:
                self._add_item(node, child)
        else:
            node = parent.add_leaf("", data=item.id)
        self._by_id[item.id] = node

    def node_of(self, item_id: str) -> TreeNode[str] | None:
        """The node of an item id (or ``ch:<id>`` for a chapter)."""
        return self._by_id.get(item_id)

    def update_marks(self, statuses: dict[str, str], coverage: CoverageReport | None = None) -> None:
        """Relabel every node from the item statuses and, when given, a coverage report."""
        self._statuses = statuses
        if coverage is not None:
            self._coverage = coverage
        self.relabel()

    def relabel(self) -> None:
        """Rewrite the labels (statuses, coverage, titles in the current language)."""
        lang = get_lang()
        scores = {
            i.id: i.score for i in (self._coverage.items if self._coverage else ())
            if i.status != "not-applicable"
        }
        chapters = self._coverage.chapter_scores() if self._coverage else {}
        for chapter in self.checklist.chapters:
            node = self._by_id[f"ch:{chapter.id}"]
            node.set_label(f"{chapter.id} {chapter.title(lang)}{_percent(chapters.get(chapter.id))}")
        for item in self.checklist.items():
            mark = MARKS.get(self._statuses.get(item.id, "todo"), "○")
            self._by_id[item.id].set_label(f"{mark} {item.id} {item.title(lang)}{_percent(scores.get(item.id))}")
