"""The outline screen (version 2): the author's own chapters, clauses and annexes as a tree, edited in place.

Left, the outline; each clause shows the guide items linked to it (``← 5.2 6.1``, a proposed
link with ``?``). Right, the selected clause: its title and its paragraphs (one a line), its
its text as lines (paragraphs, list items, notes; tables stand as 〔表1 …〕), and the items it addresses. Keys add a clause
after the selected one or under it, delete (asking first), move, indent and outdent; numbers
follow the places, ids stay, so links survive. Every edit is one undo step (Ctrl+Z; Ctrl+Y
redoes), and goes through the session's autosave like the rest of the studio.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Input, Label, Static, TextArea, Tree
from textual.widgets.tree import TreeNode

from authoring.document import place_label
from authoring.errors import StdAuthorError
from authoring.i18n import count_en, get_lang, tr
from authoring.tui.labels import front_keys, key, localise_bindings
from authoring.tui.session import Session, clause_name
from authoring.tui.widgets.editor import Editor, Field
from authoring.tui.widgets.footer import StudioFooter
from authoring.tui.widgets.prose import Prose

#: Actions that change the outline's shape: not while the cursor is in a text field. Undo and redo work there too:
#: the text editor takes back its own typing first (Editor.check_action), then the studio's steps.
_SHAPE_ACTIONS = {"add_child", "delete", "move", "indent", "outdent", "toggle_normative", "link_item"}
_TREE_ACTIONS = {"add_sibling", "add_child", "add_annex", "toggle_normative", "delete", "move", "indent", "outdent"}


def block_name(block: Any) -> str:
    """A block that is no paragraph, named in a few words (表1 响应时限, 列项（3项）, 注)."""
    kind = block.type
    if kind == "table":
        return tr(f"表{block.number} {block.title}".strip(), f"table {block.number} {block.title}".strip())
    if kind == "list":
        return tr(f"列项（{len(block.items)}项）", f"list ({count_en(len(block.items), 'item')})")
    if kind == "term":
        return tr(f"术语 {block.number} {block.term_zh}", f"term {block.number} {block.term_zh}")
    if kind == "reference":
        return tr(f"引用文件 {block.designation}", f"reference {block.designation}")
    names = {"note": ("注", "note"), "example": ("示例", "example"), "figure": ("图", "figure")}
    zh, en = names.get(kind, (kind, kind))
    return tr(zh, en)


class ClauseTree(Tree[str]):
    """The outline; each node's data is a clause or annex id. A label too long for the tree is cut with …
    before the items linked to its clause (``← 5.2 6.1``), which stay in sight."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__("body", **kwargs)
        self.show_root = False
        self.guide_depth = 2
        self.by_id: dict[str, TreeNode[str]] = {}
        self._links: dict[str, str] = {}  # per id: the end of its label that names the items linked there

    def fill(self, session: Session, select: str | None = None) -> None:
        """Rebuild the tree from the project as it stands; the cursor goes to ``select`` (or stays on its id).

        Rebuilding moves the cursor on its own, through line 0; those moves are no choice of the
        author's and post nothing. The cursor lands once the new lines are laid out.
        """
        keep = select or (self.cursor_node.data if self.cursor_node is not None else None)
        with self.prevent(Tree.NodeHighlighted):
            self._rebuild(session)
        if keep in self.by_id:
            self.call_after_refresh(self.select_id, keep)

    def _rebuild(self, session: Session) -> None:
        links = session.links_to()
        self.clear()
        self.by_id = {}
        self._links = {}
        body = session.project.body
        if body is None:
            return
        from authoring.project.outline import numbered

        body = numbered(body)

        def label(number: str, title: str, node_id: str) -> str:
            marks = " ".join(f"{item}{'?' if proposed else ''}" for item, proposed in links.get(node_id, []))
            self._links[node_id] = f"  ← {marks}" if marks else ""
            return f"{place_label(number)} {title}".strip() + self._links[node_id]

        def add(parent: TreeNode[str], clauses: list) -> None:
            for clause in clauses:
                text = label(clause.number, clause_name(clause) or tr("（无标题）", "(untitled)"), clause.id)
                if clause.children:
                    node = parent.add(text, data=clause.id, expand=True)
                    add(node, clause.children)
                else:
                    node = parent.add_leaf(text, data=clause.id)
                self.by_id[clause.id] = node

        from authoring.project.outline_edit import INTRODUCTION_ID

        self.by_id[INTRODUCTION_ID] = self.root.add_leaf(tr("引言", "Introduction"), data=INTRODUCTION_ID)
        add(self.root, body.clauses)
        for annex in body.annexes:
            kind = tr("规范性" if annex.normative else "资料性", "normative" if annex.normative else "informative")
            node = self.root.add(label(annex.label, f"（{kind}）{annex.title}", annex.id), data=annex.id, expand=True)
            self.by_id[annex.id] = node
            add(node, annex.children)

    def select_id(self, node_id: str) -> None:
        node = self.by_id.get(node_id)
        if node is not None:
            self.move_cursor(node)

    def render_label(self, node: TreeNode[str], base_style: Style, style: Style) -> Text:
        label = super().render_label(node, base_style, style)
        depth, parent = 0, node.parent
        while parent is not None and parent is not self.root:
            depth, parent = depth + 1, parent.parent
        room = self.scrollable_content_region.width - depth * self.guide_depth
        if room <= 0 or label.cell_len <= room:
            return label
        links = len(self._links.get(node.data or "", ""))
        head, tail = label[:len(label) - links], label[len(label) - links:]
        head.truncate(max(room - tail.cell_len, 4), overflow="ellipsis")
        if head.plain.endswith(" …"):  # a wide character that did not fit leaves a cell: no gap before …
            head = Text.assemble(head[:-2], head[-1:])
        return Text.assemble(head, tail)


class OutlineScreen(Screen[None]):
    """Edit the outline of a version 2 project (see the module doc)."""

    BINDINGS = [
        *front_keys(),
        key("outline.back", "back", "escape"),
        key("outline.add", "add_sibling", "a,insert"),
        key("outline.child", "add_child", "c"),
        key("outline.delete", "delete", "delete"),
        key("outline.annex", "add_annex", "x", show=False),
        key("outline.normative", "toggle_normative", "n", show=False),
        key("outline.up", "move(-1)", "alt+up"),
        key("outline.down", "move(1)", "alt+down"),
        key("outline.indent", "indent", "alt+right"),
        key("outline.outdent", "outdent", "alt+left"),
        key("outline.undo", "undo", "ctrl+z"),
        key("outline.redo", "redo", "ctrl+y", show=False),
        key("outline.link", "link_item", "ctrl+l", show=False),
    ]

    def __init__(self, session: Session, author: Any = None, *, start: str | None = None) -> None:
        super().__init__()
        self.session = session
        self.author = author
        self.current: str | None = None
        self._start = start
        self._pending: tuple[str, str, Any] | None = None
        self._timer = None
        self._message = ""  # the status line's last message
        localise_bindings(self)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="outline-main"):
            yield ClauseTree(id="clauses")
            with VerticalScroll(id="clause-panel"):
                yield Static("", id="clause-head", classes="heading")
                yield Static("", id="clause-items")
                yield Label("", id="clause-title-label", classes="section")
                yield Field(id="clause-title")
                yield Label("", id="clause-text-label", classes="section")
                yield Editor(id="clause-text", soft_wrap=True, show_line_numbers=False)
                yield Prose("", id="clause-other", classes="note")
        yield Static("", id="outline-status")
        yield StudioFooter()

    def on_mount(self) -> None:
        self.sub_title = tr("正文大纲", "outline")
        tree = self.query_one(ClauseTree)
        self.relabel()
        start = self._start if self._start in tree.by_id else next(iter(tree.by_id), None)
        tree.focus()
        if start is not None:
            tree.fill(self.session, start)
            self._show(start)

    def relabel(self) -> None:
        """Static labels in the current language."""
        self.query_one("#clause-title-label", Label).update(tr("条标题", "Title"))
        # In full in F1's help and the README: two spaces more make a sub-item; 注：/示例： a note or
        # an example; deleting a 〔表…〕 line deletes that table.
        self.query_one("#clause-text-label", Label).update(tr(
            "条文（一行一段；a) 或 —— 起列项；〔表…〕即该表）",
            "Text (a paragraph a line; a) or —— a list item; 〔表…〕 is that table)"))
        self.query_one(ClauseTree).fill(self.session)
        if self.current:
            self._show(self.current)
        self._status()

    # -- showing -------------------------------------------------------------------------

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted) -> None:
        event.stop()
        node_id = event.node.data
        if node_id and node_id != self.current:
            self.flush_pending()
            self._show(node_id)

    def on_tree_node_selected(self, event: Tree.NodeSelected) -> None:
        event.stop()
        if event.node.data:
            self.query_one("#clause-title", Input).focus()

    def _node(self, node_id: str) -> Any:
        from authoring.project.outline import clause_ids, numbered
        from authoring.project.outline_edit import INTRODUCTION_ID

        body = numbered(self.session.project.body)
        if node_id == INTRODUCTION_ID:  # the 引言: text only, no number, title or place to move
            section = body.introduction
            return SimpleNamespace(number=tr("引言", "Introduction"), title="", children=[],
                                   blocks=list(section.blocks) if section is not None else [])
        return clause_ids(body).get(node_id)

    def help_note(self) -> str:
        """How a clause's text is written, for the help screen."""
        return tr(
            "条文的写法：一行一段；以 a)、1) 或 —— 开头的行是列项，再缩进两格是下级列项；“注：”“示例：”开头的行是注和示例；"
            "〔表1 …〕这样的行代表一个表或图，留在哪里表就在哪里，删去该行即删除该表（Ctrl+Z 可撤销），表的内容在 YAML 或 Word 中编辑。",
            "Writing a clause's text: a paragraph a line; a line starting a), 1) or —— is a list item, two spaces more a "
            "sub-item; lines starting 注： or 示例： are notes and examples; a line like 〔表1 …〕 stands for a table or figure, "
            "which stays where the line is and goes when the line is deleted (Ctrl+Z undoes); its content is edited in the YAML or Word.",
        )

    def _show(self, node_id: str) -> None:
        """Show the clause ``node_id`` on the right. One no longer in the project (taken back, deleted) leaves
        the fields empty and shut: typing there would go nowhere."""
        node = self._node(node_id)
        title, area = self.query_one("#clause-title", Input), self.query_one("#clause-text", TextArea)
        area.disabled = node is None
        if node is None:
            self.current = None
            title.disabled = True
            with title.prevent(Input.Changed), area.prevent(TextArea.Changed):
                title.value = ""
                area.load_text("")
            for part in ("#clause-head", "#clause-items", "#clause-other"):
                self.query_one(part, Static).update("")
            return
        self.current = node_id
        is_annex = hasattr(node, "letter")
        number = node.label if is_annex else node.number
        self.query_one("#clause-head", Static).update(f"{place_label(number)} {node.title}".strip() + f"  [{node_id}]")
        # Loading a clause is no edit: the change messages it would post never leave.
        title.disabled = node_id == "introduction"  # the 引言 has no title of its own
        with title.prevent(Input.Changed), area.prevent(TextArea.Changed):
            title.value = node.title
            area.load_text("\n".join(self.session.clause_text(node_id)))
        others = [block_name(b) for b in node.blocks if b.type not in ("paragraph", "list", "note", "example")]
        self.query_one("#clause-other", Static).update(
            tr("表和图的内容在 YAML 或 Word 中编辑：", "Tables and figures are edited in the YAML or in Word: ")
            + "；".join(others) if others else "")
        self._show_items(node_id)

    def _show_items(self, node_id: str) -> None:
        linked = self.session.links_to().get(node_id, [])
        lang = get_lang()
        if linked:
            names = [f"{item} {self.session.checklist.item(item).title(lang)}" + (tr("（待确认）", " (proposed)") if p else "")
                     for item, p in linked]
            text = tr("落实的指南条目：", "Guide items it addresses: ") + tr("；", "; ").join(names)
        else:
            text = tr("没有指南条目链接到本条（Ctrl+L 链接）", "No guide item links here (Ctrl+L links one)")
        self.query_one("#clause-items", Static).update(text)

    def refresh_status(self) -> None:
        """The status line as the project stands now (after Ctrl+S: no （未保存） any more), its last message kept."""
        self._status(self._message)

    def _status(self, message: str = "") -> None:
        self._message = message
        parts = [self.session.describe()]
        if message:
            parts.append(message)
        parts.append(tr("Ctrl+Z 撤销", "Ctrl+Z undoes") if self.session.can_undo() else "")
        self.query_one("#outline-status", Static).update(" · ".join(p for p in parts if p))

    # -- typing --------------------------------------------------------------------------

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "clause-title" and self.current:
            event.stop()
            self._queue("title", event.value)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if event.text_area.id == "clause-text" and self.current:
            event.stop()
            self._queue("text", [line for line in event.text_area.text.splitlines() if line.strip()])

    def _queue(self, what: str, value: Any) -> None:
        if self._pending is not None and self._pending[:2] != (self.current, what):
            self.flush_pending()
        self._pending = (self.current or "", what, value)
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(self.app.edit_delay, self.flush_pending)

    def flush_pending(self) -> None:
        """Apply typing still waiting for its short delay."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        pending, self._pending = self._pending, None
        if pending is None:
            return
        node_id, what, value = pending
        try:
            if what == "title":
                if value.strip() == (self._node(node_id).title if self._node(node_id) else value.strip()):
                    return
                self.session.set_clause_title(node_id, value)
            else:
                if value == self.session.clause_text(node_id):
                    return
                self.session.set_clause_text(node_id, value)
        except StdAuthorError as exc:
            self.notify(exc.message(), severity="error")
            return
        self._changed(refill=what == "title", typed=what == "text")

    def _changed(self, *, refill: bool = True, select: str | None = None, message: str = "",
                 typed: bool = False) -> None:
        """After an edit (``typed``: the text editor's typing): the tree, the author screen's marks, autosave."""
        if not typed:  # a step after the editor's typing: Ctrl+Z there takes it back first
            self.query_one("#clause-text", Editor).forget_typing()
        tree = self.query_one(ClauseTree)
        if refill or select:
            tree.fill(self.session, select)
        if self.author is not None:
            self.author.edited()
        else:
            self.app.schedule_autosave()
        if self.current and self._node(self.current) is not None:
            self._show_items(self.current)
            self.query_one("#clause-head", Static).update(self._head(self.current))
        self._status(message)

    def _head(self, node_id: str) -> str:
        node = self._node(node_id)
        number = node.label if hasattr(node, "letter") else node.number
        return f"{place_label(number)} {node.title}".strip() + f"  [{node_id}]"

    # -- shape ---------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in _TREE_ACTIONS and isinstance(self.focused, (Input, TextArea)):
            return False  # typing: the keys are the field's
        if action in _SHAPE_ACTIONS and self.current == "introduction":
            return False  # the 引言 has text only: no place to move, no sibling, no link
        return True

    def _do(self, verb: Any, *args: Any, select: str | None = None, message: str = "") -> Any:
        self.flush_pending()
        try:
            result = verb(*args)
        except StdAuthorError as exc:
            self.notify(exc.message(), severity="error")
            return None
        self._changed(select=select, message=message)
        if select:
            self._show(select)
        return result

    def action_add_sibling(self) -> None:
        """A new clause after the selected one (its title field gets the cursor)."""
        self._add("sibling")

    def action_add_child(self) -> None:
        """A new last subclause of the selected clause."""
        self._add("child")

    def _add(self, where: str) -> None:
        self.flush_pending()
        try:
            new = self.session.add_clause(self.current, where)
        except StdAuthorError as exc:
            self.notify(exc.message(), severity="error")
            return
        self._added(new)

    def _added(self, new: str) -> None:
        """After a clause or annex was added: say so, show it, and put the cursor in its title."""
        self._changed(select=new, message=tr(f"已新增 {self.session.clause_title(new)}",
                                             f"added {self.session.clause_title(new)}"))
        self._show(new)
        self.query_one("#clause-title", Input).focus()

    def action_add_annex(self) -> None:
        """A new informative annex after the selected annex (or as the last one); its title gets the cursor."""
        self.flush_pending()
        anchor = self.current if self.current and hasattr(self._node(self.current), "letter") else None
        try:
            new = self.session.add_annex(anchor)
        except StdAuthorError as exc:
            self.notify(exc.message(), severity="error")
            return
        self._added(new)

    def action_toggle_normative(self) -> None:
        """Switch the selected annex between normative (规范性) and informative (资料性)."""
        if not self.current or not hasattr(self._node(self.current), "letter"):
            self.app.bell()
            return
        normative = self._do(self.session.toggle_normative, self.current, select=self.current)
        if normative is not None:
            self.notify(tr("已改为规范性附录" if normative else "已改为资料性附录",
                           "now a normative annex" if normative else "now an informative annex"))

    def action_delete(self) -> None:
        """Delete the selected clause (or annex) and its subclauses, asking first."""
        if not self.current:
            return
        from authoring.tui.dialogs.confirm import ConfirmDialog

        node_id = self.current
        from authoring.project import outline_edit

        gone = outline_edit.subtree_ids(self.session.pf.data["body"], node_id)
        items = sorted({item for k in gone for item, _ in self.session.links_to().get(k, [])})
        name = self.session.clause_title(node_id)
        sub = len(gone) - 1
        zh = f"删除 {name}" + (f"及其{sub}个下级条" if sub else "") + "？"
        en = f"Delete {name}" + (f" and its {sub} subclause{'s' if sub != 1 else ''}" if sub else "") + "?"
        if items:
            zh += f"链接到这里的条目（{'、'.join(items)}）将失去链接。"
            en += f" The items linked here ({', '.join(items)}) lose their links."
        zh += "可用 Ctrl+Z 撤销。"
        en += " Ctrl+Z undoes it."
        siblings = self._neighbour(node_id)

        def done(ok: bool | None) -> None:
            if ok:
                self.current = None
                self._do(self.session.delete_clause, node_id, select=siblings,
                         message=tr(f"已删除 {name}", f"deleted {name}"))

        self.app.push_screen(ConfirmDialog(tr(zh, en), yes=tr("删除", "Delete"), no=tr("取消", "Cancel")), done)

    def _neighbour(self, node_id: str) -> str | None:
        """The clause the cursor goes to when ``node_id`` goes: the one before it, else its parent."""
        node = self.query_one(ClauseTree).by_id.get(node_id)
        if node is None:
            return None
        siblings = list(node.parent.children) if node.parent else []
        k = siblings.index(node)
        if k > 0:
            return siblings[k - 1].data
        if k + 1 < len(siblings):
            return siblings[k + 1].data
        return node.parent.data if node.parent is not None else None

    def action_move(self, step: int) -> None:
        if self.current and not self._do(self.session.move_clause, self.current, step, select=self.current):
            self.app.bell()

    def action_indent(self) -> None:
        if self.current and not self._do(self.session.indent_clause, self.current, select=self.current):
            self.app.bell()

    def action_outdent(self) -> None:
        if self.current and not self._do(self.session.outdent_clause, self.current, select=self.current):
            self.app.bell()

    def action_undo(self) -> None:
        self._history(self.session.undo, tr("已撤销", "undone"))

    def action_redo(self) -> None:
        self._history(self.session.redo, tr("已重做", "redone"))

    def _history(self, verb: Any, word: str) -> None:
        """Undo or redo; the tree's cursor and the pane then show one clause, the one shown before when it is
        still there, else the one the cursor goes to when it goes (an added clause taken back: QA pass 12, A1)."""
        self.flush_pending()
        fallback = self._neighbour(self.current) if self.current else None
        label = verb()
        if label is None:
            self.notify(tr("没有可撤销的修改", "nothing to undo") if verb == self.session.undo
                        else tr("没有可重做的修改", "nothing to redo"))
            return
        from authoring.project.outline_edit import INTRODUCTION_ID

        shown = next((k for k in (self.current, fallback) if k and self._node(k) is not None), INTRODUCTION_ID)
        self._changed(select=shown, message=f"{word}：{tr(*label)}")
        self._show(shown)

    def action_link_item(self) -> None:
        """Link a guide item to the selected clause, or unlink it."""
        if not self.current:
            return
        from authoring.tui.dialogs.items import ItemDialog

        clause_id = self.current
        linked = {item for item, proposed in self.session.links_to().get(clause_id, []) if not proposed}
        proposed = {item for item, p in self.session.links_to().get(clause_id, []) if p}

        def done(item_id: str | None) -> None:
            if item_id:
                now = self._do(self.session.toggle_link, item_id, clause_id)
                where = self.session.clause_title(clause_id)
                self.notify(tr(f"{item_id} 已链接到 {where}", f"{item_id} now links to {where}") if now
                            else tr(f"{item_id} 不再链接 {where}", f"{item_id} no longer links to {where}"))

        self.app.push_screen(ItemDialog(self.session.clause_title(clause_id), self.session.checklist, linked,
                                        proposed), done)

    def action_back(self) -> None:
        """From a field back to the tree; from the tree back to the guide view."""
        self.flush_pending()
        if isinstance(self.focused, (Input, TextArea)):
            self.query_one(ClauseTree).focus()
            return
        self.dismiss(None)
