"""The outline of the guide's items (chapters 4–7) with a status mark and coverage per item and chapter.

A percentage shows only on items the draft holds: an item still to do or not applicable has
no text of its own to measure, so it never reads "○ 100 %" or "– 100 %" (even while the
coverage of an earlier state is still on screen). Ticked methods are intent, not text of the
standard: they show apart, as "方法 2/5" (not under 100 columns, where the title needs the room).
The percentage comes before the title, so a label cut by a narrow outline never loses it.
"""

from __future__ import annotations

from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from authoring.checklist import Checklist, Item
from authoring.i18n import get_lang, tr
from authoring.results import CoverageReport

MARKS = {"addressed": "✓", "not-applicable": "–", "todo": "○"}
# A parent still to do itself, whose sub-items are written: in the draft through them.
THROUGH_CHILDREN = "◐"


#: Below this many columns (the app's -narrow breakpoint) the labels leave out the methods count.
NARROW_BELOW = 100


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
        self._in_draft: set[str] = set()
        self._methods: dict[str, tuple[int, int]] = {}
        self._labelled_narrow = False
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

    def move_cursor(self, node: TreeNode[str] | None, animate: bool = False) -> None:
        """Move the cursor to ``node``; before the outline is laid out, scroll to it only once it is.

        Textual scrolls a tree of no height yet so that the cursor's line is its top row: the
        first item selected on mount (line 1) left the outline scrolled by one, its first
        chapter hidden, on a terminal too short for the whole outline (80×24)."""
        if node is None or self.size.height > 0:
            super().move_cursor(node, animate=animate)
            return
        self.cursor_line = node._line
        self.call_after_refresh(self._scroll_to_cursor)

    def _scroll_to_cursor(self) -> None:
        if self.cursor_node is not None:
            self.scroll_to_node(self.cursor_node, animate=False)

    def node_of(self, item_id: str) -> TreeNode[str] | None:
        """The node of an item id (or ``ch:<id>`` for a chapter)."""
        return self._by_id.get(item_id)

    def update_marks(
        self, statuses: dict[str, str], coverage: CoverageReport | None = None, *,
        in_draft: set[str] | None = None, methods: dict[str, tuple[int, int]] | None = None,
    ) -> None:
        """Relabel every node from the item statuses and, when given, a coverage report.

        Args:
            statuses: each item's status.
            coverage: the latest coverage report (the previous one is kept when ``None``).
            in_draft: the items the draft holds (addressed, or through addressed sub-items);
                only these show a percentage. Defaults to the addressed items.
            methods: per item, (ticked, offered) implementation methods.
        """
        self._statuses = statuses
        if coverage is not None:
            self._coverage = coverage
        self._in_draft = in_draft if in_draft is not None else {k for k, v in statuses.items() if v == "addressed"}
        if methods is not None:
            self._methods = methods
        self.relabel()

    @property
    def _narrow(self) -> bool:
        """True on a terminal under 100 columns (the screen's -narrow class)."""
        try:
            return self.app.size.width < NARROW_BELOW
        except Exception:  # noqa: BLE001 - not running yet: as wide
            return False

    def on_resize(self) -> None:
        if self._narrow != self._labelled_narrow:
            self.relabel()

    def relabel(self) -> None:
        """Rewrite the labels (statuses, coverage, titles in the current language)."""
        lang = get_lang()
        self._labelled_narrow = self._narrow
        scores = {
            i.id: i.score for i in (self._coverage.items if self._coverage else ())
            if i.status != "not-applicable"
        }
        chapters = self._coverage.chapter_scores() if self._coverage else {}
        def written(item_id: str) -> bool:  # in the draft, and not declared not applicable
            return item_id in self._in_draft and self._statuses.get(item_id, "todo") != "not-applicable"

        # A chapter none of whose items is written shows no percentage, as an item still to do shows
        # none (QA pass 5: 6 25% 服务内容设计 while every item of it was ○, from words written elsewhere).
        with_text = {self.checklist.chapter_of(i.id).id for i in self.checklist.items() if written(i.id)}
        for chapter in self.checklist.chapters:
            node = self._by_id[f"ch:{chapter.id}"]
            # The percentage goes before the title: on a narrow terminal the end of a label is cut.
            percent = _percent(chapters.get(chapter.id)) if chapter.id in with_text else ""
            node.set_label(f"{chapter.id}{percent} {chapter.title(lang)}")
        for item in self.checklist.items():
            status = self._statuses.get(item.id, "todo")
            shown = written(item.id)
            mark = THROUGH_CHILDREN if shown and status == "todo" else MARKS.get(status, "○")
            percent = _percent(scores.get(item.id)) if shown else ""
            ticked, offered = self._methods.get(item.id, (0, 0))
            methods = tr(f" · 方法 {ticked}/{offered}", f" · methods {ticked}/{offered}") if ticked else ""
            if self._narrow:
                methods = ""  # on 80 columns the title needs the room; the item panel counts them
            self._by_id[item.id].set_label(f"{mark} {item.id}{percent} {item.title(lang)}{methods}")
