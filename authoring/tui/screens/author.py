"""The author screen: the guide's outline on the left, the selected item's editor on the right."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual import events, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Button, Header, ProgressBar, Static, Tree

from authoring.errors import StdAuthorError
from authoring.i18n import count_en, get_lang, tr
from authoring.report.view import rules_applied
from authoring.tui.commands import AuthorCommands
from authoring.tui.failures import describe
from authoring.tui.labels import front_keys, key, localise_bindings
from authoring.tui.screens.paperwork import PaperworkActions
from authoring.tui.session import Session
from authoring.tui.widgets.editor import Editor
from authoring.tui.widgets.footer import StudioFooter
from authoring.tui.widgets.item_panel import ItemPanel
from authoring.tui.widgets.outline import Outline


def written_work(provisions: list, methods: list, indicators: list) -> tuple[str, str] | None:
    """What an item holds, in words (Chinese, English), or ``None`` when it holds nothing."""
    zh, en = [], []
    for count, unit_zh, unit_en in ((len(provisions), "条条款", "provision"), (len(methods), "个实施方法", "method"),
                                    (len(indicators), "项指标", "indicator")):
        if count:
            zh.append(f"{count}{unit_zh}")
            en.append(f"{count} {unit_en}{'' if count == 1 else 's'}")
    if not zh:
        return None
    return "、".join(zh), ", ".join(en)


class AuthorScreen(PaperworkActions, Screen[None]):
    """Write the project item by item."""

    COMMANDS = {AuthorCommands}
    BINDINGS = [
        *front_keys(),
        # The app's Ctrl+S does the saving (from every screen and dialog); listed here so it leads the footer.
        key("author.save", "app.save_project", "ctrl+s"),
        key("author.meta", "metadata", "f3"),
        key("author.dashboard", "dashboard", "f4"),
        key("author.export", "export('draft')", "f5"),
        key("author.skeleton", "export('skeleton')", "f6"),
        key("author.check", "check_draft", "f7", show=False),
        key("author.preview", "preview", "ctrl+r", show=False),
        key("author.explain", "explain", "f8", show=False),
        key("author.comments", "comments", "ctrl+t", show=False),
        key("author.view_comments", "view_comments", "ctrl+g", show=False),
        key("author.na", "not_applicable", "ctrl+n"),
        key("author.link", "link_clause", "ctrl+l"),
        key("author.body", "body_outline", "ctrl+b"),
        key("author.place", "place", "ctrl+f"),
        # The studio's undo, here as on every screen that edits (a provisions editor takes back its own
        # typing first: see Editor.check_action).
        key("author.undo", "undo", "ctrl+z", show=False),
        key("author.redo", "redo", "ctrl+y", show=False),
        # Back to the guide's items from any field, Escape as on the other screens (QA pass 12, B11).
        key("author.outline", "focus_outline", "ctrl+o,escape", show=False),
        key("author.close", "close_project", "f10", show=False),
        key("author.new", "app.new_project", "f9", show=False),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.current: str | None = None
        self.last_check: Any = None
        self._check_timer = None
        # Where this session last exported the draft and the skeleton (``what`` → the file picked).
        self.exported: dict[str, Path] = {}
        # Edits so far, and how many of them the coverage on screen has seen.
        self.edit_count = 0
        self.checked_edits = -1
        localise_bindings(self)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="author-main"):
            yield Outline(self.session.checklist, id="outline")
            yield ItemPanel(id="item")
        with Horizontal(id="statusbar"):
            yield Static("", id="status")
            yield ProgressBar(id="progress", show_eta=False)
        yield StudioFooter()

    def on_mount(self) -> None:
        self.query_one("#progress", ProgressBar).display = False
        self.query_one(ItemPanel).relabel()
        self.update_marks()
        first = next(iter(self.session.checklist.items()), None)
        if first is not None:
            self.select_item(first.id)
        self.query_one(Outline).focus()
        self.refresh_status()
        self.refresh_coverage()

    def relabel(self) -> None:
        """Relabel everything in the current language."""
        self.query_one(Outline).relabel()
        self.query_one(ItemPanel).relabel()
        if self.current:
            self._show(self.current)
        self.refresh_status()

    # -- navigation ------------------------------------------------------------------

    def select_item(self, item_id: str) -> None:
        """Show ``item_id`` in the editor and move the outline's cursor to it."""
        outline = self.query_one(Outline)
        node = outline.node_of(item_id)
        if node is None:
            return
        outline.move_cursor(node)
        self._leave_item()
        self.current = item_id
        self._show(item_id)

    def _show(self, item_id: str) -> None:
        self.flush_typing()  # shown again: what waits is in the project first, so nothing typed is shown twice
        item = self.session.checklist.item(item_id)
        entry = self.session.entry(item_id)
        panel = self.query_one(ItemPanel)
        if self.session.project.version != 2:
            panel.show(item, entry, entry.status, self.session.suggest_starts(item))
            return
        # Version 2: the provisions are the whole text of the item's clause in the outline, as the outline
        # screen shows it (its list items and notes too: what a new provision is written next to).
        home = self.session.home(item_id) or self.session._own_clause(item_id)
        shown = entry.model_copy(update={"provisions": self.session.item_text(item_id)})
        kept: list[str] = []
        if home is not None:
            name = self.session.clause_title(home)
            label = tr(f"条文（即大纲中的 {name}，全文；一行一段，a) 或 —— 起列项，注：起注）",
                       f"Provisions (the whole of {name} in the outline; a paragraph a line, a) or —— a list item, "
                       "注： a note)")
            kept = self.session.kept_lines(home)
            others = [self.session.clause_title(k) for k in entry.accepted_links() if k != home]
            if others:
                # QA pass 12, B2: the editor holds one clause; the others the item is addressed in are named, and
                # where they are edited
                label += tr(f"\n另落实于 {'、'.join(others)}：在正文大纲（Ctrl+B）中编辑",
                            f"\nAlso addressed in {', '.join(others)}: edited on the outline screen (Ctrl+B)")
        else:
            label = tr("条文（尚未放入大纲：写好后按 Ctrl+F 选择位置）",
                       "Provisions (not in the outline yet: Ctrl+F chooses where they go)")
        note = tr(f"{'、'.join(kept)}：表或图在此只读，其内容在 YAML 或 Word 中编辑，在正文大纲（Ctrl+B）中移动或删除。",
                  f"{', '.join(kept)}: a table or figure, read-only here; its content is edited in the YAML or in "
                  "Word, and it is moved or deleted on the outline screen (Ctrl+B).") if kept else ""
        panel.show(item, shown, entry.status, self.session.suggest_starts(item), where=self.where_text(item_id),
                   provisions_label=label, kept=kept, provisions_note=note)

    def where_text(self, item_id: str) -> str:
        """Where the item is addressed in the outline, or that it is missing (version 2)."""
        entry = self.session.entry(item_id)
        if entry.status == "not-applicable":
            return ""
        accepted = [self.session.clause_title(k) for k in entry.accepted_links()]
        proposed = [self.session.clause_title(k.clause) for k in entry.links if k.proposed]
        parts = []
        if accepted:
            parts.append(tr(f"落实于：{'；'.join(accepted)}", f"Addressed in: {'; '.join(accepted)}"))
        if proposed:
            parts.append(tr(f"导入时提出（Ctrl+L 确认）：{'；'.join(proposed)}",
                            f"Proposed by the import (Ctrl+L accepts): {'; '.join(proposed)}"))
        if not accepted:
            parts.insert(0, tr("尚未落实：Ctrl+F 写一条条文并选择放在大纲何处，或 Ctrl+L 链接已有条款。",
                               "Missing: Ctrl+F writes a provision and chooses where it goes, or Ctrl+L links a clause."))
        return "\n".join(parts)

    def flush_pending(self) -> None:
        """Apply typing that is still waiting for its short delay, and finish the indicator row typed in
        the form (saving, leaving the item, quitting: the form empties, the row stays in the project)."""
        panel = self.query_one(ItemPanel)
        for pending in (*panel.take_pending(), panel.take_indicator()):
            if pending is not None:
                self.on_item_panel_edited(pending)

    def flush_typing(self) -> None:
        """Apply typing still waiting for its short delay, and nothing more (the autosave: an indicator
        row being typed goes into the project but stays in the form, for its unit to be typed)."""
        for pending in self.query_one(ItemPanel).take_pending():
            self.on_item_panel_edited(pending)

    def _leave_item(self) -> None:
        # Leaving an item saves what was typed there at once (no need to wait for the timer).
        self.flush_pending()
        if self.current is not None and self.session.dirty:
            self.app.autosave_now()

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted) -> None:
        data = event.node.data
        if data and not data.startswith("ch:") and data != self.current:
            self._leave_item()
            self.current = data
            self._show(data)

    def action_focus_outline(self) -> None:
        self.query_one(Outline).focus()

    def on_resize(self, event: events.Resize) -> None:
        """A terminal resized mid-edit keeps the field being typed in in sight: the item panel kept its
        scroll offset, and the provisions editor ended up below its bottom edge (QA pass 9, finding B4)."""
        focused = self.focused
        if focused is not None and focused is not self.query_one(Outline):
            # After the new size is laid out (and the -narrow/-short classes it brings restyle the panes).
            self.call_after_refresh(self.call_after_refresh, focused.scroll_visible, animate=False)

    # -- editing ---------------------------------------------------------------------

    def on_item_panel_edited(self, event: ItemPanel.Edited) -> None:
        setters = {
            "methods": self.session.set_methods,
            "provisions": self.session.set_provisions,
            "indicators": self.session.set_indicators,
        }
        try:
            if event.field == "indicators":
                self.session.set_indicators(event.item_id, event.value, key=event.key)
            else:
                setters[event.field](event.item_id, event.value)
        except StdAuthorError as exc:
            self.notify(exc.message(), severity="error")
            return
        if event.field != "provisions":  # a step after the editor's typing: Ctrl+Z there takes it back first
            self.query_one("#provisions", Editor).forget_typing()
        self.edited()

    def edited(self, *, now: bool = False) -> None:
        """After any change: marks, status line, autosave and coverage refresh are due.

        Typing waits for a pause (``autosave_delay``) before coverage is measured again; a change
        made at once (``now``: a provision placed with Ctrl+F, a link, a not-applicable mark) is
        measured at once, so the outline never shows the item's coverage from before it (QA pass 6:
        ``✓ 5.2 0%`` after Ctrl+F).
        """
        self.edit_count += 1
        self.update_marks()
        self.refresh_status()
        self.app.schedule_autosave()
        if now:
            self._measure_now()
        else:
            self._stop_check_timer()
            self._check_timer = self.set_timer(self.app.autosave_delay, self.refresh_coverage)

    def _stop_check_timer(self) -> None:
        if self._check_timer is not None:
            self._check_timer.stop()
            self._check_timer = None

    def _measure_now(self) -> None:
        """Measure coverage at once, instead of after typing's pause."""
        self._stop_check_timer()
        self.refresh_coverage()

    def action_undo(self) -> None:
        """Take back the studio's last step (Ctrl+N, Ctrl+L, Ctrl+F, a method, typing, an outline edit …)."""
        self._history(self.session.undo, tr("已撤销", "undone"), tr("没有可撤销的修改", "nothing to undo"))

    def action_redo(self) -> None:
        self._history(self.session.redo, tr("已重做", "redone"), tr("没有可重做的修改", "nothing to redo"))

    def _history(self, verb: Any, word: str, none: str) -> None:
        self.flush_pending()  # typing still waiting is a step of its own, taken back first
        label = verb()
        if label is None:
            self.notify(none)
            return
        if self.current:
            self._show(self.current)
        self.edited(now=True)
        self.notify(f"{word}：{tr(*label)}")

    def action_not_applicable(self) -> None:
        """Mark the current item not applicable (asking first when it holds work, then the reason), or clear the mark.

        The item's provisions, methods and indicators stay in the project file while it is not
        applicable (the draft leaves them out); clearing the mark brings them back.
        """
        if self.current is None:
            return
        item_id = self.current
        self.flush_pending()  # what was typed a moment ago counts as written
        entry = self.session.entry(item_id)
        if entry.status == "not-applicable":
            self.session.clear_not_applicable(item_id)
            self._show(item_id)
            self.edited(now=True)
            return
        work = written_work(entry.provisions, entry.methods, entry.indicators)
        if not work:
            self._ask_reason(item_id)
            return
        from authoring.tui.dialogs.confirm import ConfirmDialog

        item = self.session.checklist.item(item_id)
        # No space in the Chinese sentence: the wrapper breaks lines at spaces first.
        question = tr(
            f"“{item.title_zh}”（{item_id}）已写有{work[0]}。标为不适用后，这些内容不进入草案，但仍保留在项目文件中，"
            "取消“不适用”即可恢复。继续吗？",
            f"{item_id} {item.title('en')} holds {work[1]}. Marked not applicable, they are left out of the draft but kept "
            "in the project file; clearing the mark brings them back. Continue?",
        )
        self.app.push_screen(
            ConfirmDialog(question, yes=tr("标为不适用", "Mark not applicable"), no=tr("取消", "Cancel")),
            lambda ok: ok and self._ask_reason(item_id),
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("link_clause", "body_outline", "place"):
            return self.session.project.version == 2  # only an outline of the author's own has clauses
        return True

    def action_link_clause(self) -> None:
        """Link the current item to a clause of the author's outline (version 2), or unlink it."""
        if self.current is None or self.session.project.version != 2:
            return
        from authoring.tui.dialogs.link import LinkDialog

        item_id = self.current
        self.flush_pending()
        entry = self.session.entry(item_id)
        linked = set(entry.accepted_links())
        proposed = {k.clause for k in entry.links if k.proposed}
        clauses = self.session.clauses()
        names = {c[0]: f"{c[1]} {c[2]}".strip() for c in clauses}

        def done(clause_id: str | None) -> None:
            if not clause_id:
                return
            try:
                now = self.session.toggle_link(item_id, clause_id)
            except StdAuthorError as exc:
                self.notify(exc.message(), severity="error")
                return
            where = names.get(clause_id, clause_id)
            self.notify(tr(f"{item_id} 已链接到 {where}", f"{item_id} now links to {where}") if now
                        else tr(f"{item_id} 不再链接 {where}", f"{item_id} no longer links to {where}"))
            if self.current == item_id:
                self._show(item_id)
            self.edited(now=True)

        self.app.push_screen(LinkDialog(item_id, clauses, linked, proposed), done)

    def action_body_outline(self) -> None:
        """The outline screen: the author's own chapters and clauses, edited in place (version 2)."""
        if self.session.project.version != 2:
            return
        from authoring.tui.screens.outline import OutlineScreen

        self._leave_item()
        start = self.session.home(self.current) if self.current else None
        self.app.push_screen(OutlineScreen(self.session, self, start=start), self._back_from_outline)

    def _back_from_outline(self, _: None) -> None:
        if self.current:
            self._show(self.current)
        self.update_marks()
        if self.checked_edits != self.edit_count:  # edited there: measured now, not after a pause
            self._measure_now()

    def action_place(self) -> None:
        """Write a provision for the current item and choose where in the outline it goes (a suggestion first)."""
        if self.current is None or self.session.project.version != 2:
            return
        from authoring.tui.dialogs.place import PlaceDialog

        item_id = self.current
        self.flush_pending()
        evidence = (self.session.evidence_places(self.last_check.coverage).get(item_id)
                    if self.last_check is not None else None)
        suggestion = self.session.suggest_place(item_id, evidence)
        reason = tr(suggestion.zh, suggestion.en) if suggestion is not None else ""
        home = self.session.home(item_id)
        text = "" if home else "\n".join(self.session.entry(item_id).provisions)
        item = self.session.checklist.item(item_id)

        def done(placed: Any) -> None:
            if placed is None:
                return
            try:
                target = self.session.place(item_id, placed.clause, list(placed.texts))
            except StdAuthorError as exc:
                self.notify(exc.message(), severity="error")
                return
            where = self.session.clause_title(target)
            self.notify(tr(f"已写入 {where}，{item_id} 链接到该条", f"written in {where}; {item_id} links to it"))
            if self.current == item_id:
                self._show(item_id)
            self.edited(now=True)

        self.app.push_screen(PlaceDialog(f"{item_id} {item.title(get_lang())}", self.session.clauses(),
                                         suggestion.clause if suggestion else None, reason, text), done)

    def _ask_reason(self, item_id: str) -> None:
        from authoring.tui.dialogs.not_applicable import NotApplicableDialog

        def done(reason: str | None) -> None:
            if reason is None:
                return
            try:
                self.session.mark_not_applicable(item_id, reason)
            except StdAuthorError as exc:
                self.notify(exc.message(), severity="error")
                return
            if self.current == item_id:
                self._show(item_id)
            self.edited(now=True)

        self.app.push_screen(NotApplicableDialog(item_id), done)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "na-button":
            self.action_not_applicable()

    def action_close_project(self) -> None:
        """Back to the start screen, asking first when there are unsaved changes."""
        self.flush_pending()
        self.app.close_project()

    # -- other screens ---------------------------------------------------------------

    def action_metadata(self) -> None:
        from authoring.tui.screens.metadata import MetadataScreen

        self._leave_item()
        self.app.push_screen(MetadataScreen(self.session), self._back_from_metadata)

    def action_dashboard(self) -> None:
        from authoring.tui.screens.dashboard import DashboardScreen

        self._leave_item()
        self.app.push_screen(DashboardScreen(self.session), self._jump)

    def action_preview(self) -> None:
        from authoring.tui.screens.preview import PreviewScreen

        self._leave_item()
        self.app.push_screen(PreviewScreen(self.session))

    def _back_from_metadata(self, _: None) -> None:
        # The function type may have changed, and with it the suggested sentence starts.
        if self.current:
            self._show(self.current)
        self.edited()

    def _jump(self, target: str | None) -> None:
        if not target:
            return
        if target.startswith("meta:"):
            from authoring.tui.screens.metadata import MetadataScreen

            self.app.push_screen(MetadataScreen(self.session, tab=target[5:]), self._back_from_metadata)
        else:
            self.select_item(target)

    def action_check_draft(self) -> None:
        from authoring.tui.screens.check import CheckScreen

        self.app.push_screen(CheckScreen(None))

    # -- status and coverage ---------------------------------------------------------

    def update_marks(self, coverage: Any = None) -> None:
        """The outline's marks, percentages (items in the draft only) and ticked methods, as they stand."""
        self.query_one(Outline).update_marks(
            self.session.statuses(), coverage, in_draft=self.session.in_draft(), methods=self.session.method_counts())

    def refresh_status(self) -> None:
        """The status line: file, unsaved mark, overall coverage."""
        parts = [self.session.describe()]
        if self.last_check is not None:
            score = round(self.last_check.coverage.score * 100)
            parts.append(tr(f"覆盖度 {score}%", f"coverage {score}%"))
            counts = self.last_check.counts()
            document = self.last_check.document
            if not rules_applied(document.structure, document.rules):
                # an outline kept in 第×章／第×条 from its import: no GB/T 1.1 rule applies, never "0 errors"
                parts.append(tr("未按 GB/T 1.1 检查", "GB/T 1.1 rules not applied"))
            else:
                parts.append(tr(f"问题 {counts['error']} 错 / {counts['warning']} 警",
                                f"findings {count_en(counts['error'], 'error')} / {count_en(counts['warning'], 'warning')}"))
        self.query_one("#status", Static).update(" · ".join(parts))

    @work(thread=True, exclusive=True, group="coverage")
    def refresh_coverage(self) -> None:
        """Compose the project and measure coverage and lint, off the UI thread."""
        seen = self.edit_count
        try:
            _, result = self.session.check()
        except Exception as exc:  # noqa: BLE001 - shown, never raised into the UI (see failures.describe)
            self.app.call_from_thread(self.notify, describe(exc), severity="warning", timeout=8)
            return
        self.app.call_from_thread(self._apply_check, result, seen)

    def _apply_check(self, result: Any, seen: int = 0) -> None:
        if seen < self.checked_edits:
            return  # measured before the coverage on screen: a worker that finished late
        self.last_check = result
        self.checked_edits = seen
        self.update_marks(result.coverage)
        self.refresh_status()

    # -- export ----------------------------------------------------------------------

    def action_export(self, what: str) -> None:
        """Ask where, then build the Word draft (or a skeleton) in a worker.

        A draft with errors is announced first (how many errors and warnings), with the
        choice to look at the findings before writing anything.
        """
        self.flush_pending()
        if what == "draft":
            counts = self._finding_counts()
            if counts and counts["error"]:
                self._offer_findings(counts)
                return
        self._ask_export_path(what)

    def _finding_counts(self) -> dict[str, int] | None:
        """Findings per severity on the draft as it stands (checked now when the last check is stale)."""
        if self.last_check is not None and self.checked_edits == self.edit_count:
            return self.last_check.counts()
        try:
            _, result = self.session.check()
        except Exception:  # noqa: BLE001 - the export itself reports what is wrong
            return None
        self._apply_check(result, self.edit_count)
        return result.counts()

    def _offer_findings(self, counts: dict[str, int]) -> None:
        from authoring.tui.dialogs.confirm import ChoiceDialog

        errors, warnings = counts["error"], counts["warning"]
        question = tr(
            f"草案有{errors}个错误、{warnings}个警告。生成 Word 前先查看吗？",
            f"The draft has {errors} error{'s' if errors != 1 else ''} and {warnings} warning"
            f"{'s' if warnings != 1 else ''}. Look at them before exporting?",
        )
        choices = [("look", tr("先查看问题 (F4)", "Look first (F4)")), ("export", tr("仍然生成", "Export anyway")),
                   ("cancel", tr("取消", "Cancel"))]

        def chosen(choice: str | None) -> None:
            if choice == "look":
                self.action_dashboard()
            elif choice == "export":
                self._ask_export_path("draft")

        self.app.push_screen(ChoiceDialog(question, choices), chosen)

    def _ask_export_path(self, what: str) -> None:
        from authoring.tui.backup import free_name
        from authoring.tui.dialogs.confirm import ask_target
        from authoring.tui.dialogs.path import PathDialog

        suffix = "" if what == "draft" else "-skeleton"
        # Absolute, so the dialog says which folder (a project opened as ``s.yaml`` has none).
        # Never a file the author did not pick: a project imported from ``s.docx`` is saved as
        # ``s.yaml``, and ``s.docx`` beside it is the committee's own draft. The file picked for
        # the last export of this session is proposed again (it is the author's own).
        folder = self.session.path.absolute().parent
        start = self.exported.get(what) or free_name(folder, f"{self.session.path.stem}{suffix}", ".docx")
        title = tr("Word 草案保存到", "Save the Word draft to") if what == "draft" else tr("框架稿保存到", "Save the skeleton to")

        ask_target(self.app, PathDialog(title, (".docx",), start=start, must_exist=False),
                   lambda path, backup, existed: self.export_to(path, what, force=existed, backup=backup))

    def export_to(self, path: Path, what: str, *, force: bool, backup: Path | None = None) -> None:
        """Build the draft (``what`` = ``draft``) or skeleton at ``path`` with progress.

        ``backup``: where the file ``path`` replaces was kept (said in the message afterwards).
        """
        bar = self.query_one("#progress", ProgressBar)
        bar.update(total=3, progress=0)
        bar.display = True
        self._export(path, what, force, backup)

    @work(thread=True, exclusive=True, group="export")
    def _export(self, path: Path, what: str, force: bool, backup: Path | None = None) -> None:
        bar = self.query_one("#progress", ProgressBar)

        def step() -> None:
            self.app.call_from_thread(bar.advance, 1)

        try:
            from authoring.docx.write import write_docx

            step()
            doc = self.session.compose() if what == "draft" else self._skeleton()
            step()
            pictures = write_docx(doc, path, force=force, decisions=self.session.decisions() if what == "draft" else None)
            step()
        except Exception as exc:  # noqa: BLE001 - shown, never raised into the UI
            message = describe(exc)
            if backup is not None:
                message += tr(f"（原文件的副本：{backup.name}）", f" (a copy of the old file: {backup.name})")
            self.app.call_from_thread(self._export_done, None, message, what)
            return
        self.app.call_from_thread(self._export_done, path, None, what, backup, pictures)

    def _skeleton(self) -> Any:
        from authoring.project import skeleton

        meta = self.session.project.metadata
        return skeleton(meta.title_zh, self.session.checklist, metadata=meta,
                        not_applicable=self.session.not_applicable())

    def _export_done(self, path: Path | None, error: str | None, what: str = "draft",
                     backup: Path | None = None, pictures: list[tuple[str, str]] | None = None) -> None:
        """``pictures``: what the writer says of the draft's pictures (a file missing, printed as a placeholder; an
        embedded object shown by its picture), as ``stdauthor build`` prints it."""
        from authoring.tui.dialogs.confirm import kept_note
        from authoring.tui.dialogs.exported import ExportedDialog

        self.query_one("#progress", ProgressBar).display = False
        if error or path is None:
            self.notify(error or "", severity="error", timeout=10)
            return
        heading = (tr("Word 草案已生成：", "The Word draft was written to:") if what == "draft"
                   else tr("框架稿已生成：", "The skeleton was written to:"))
        note = ""
        if what == "draft" and self.last_check is not None:
            counts = self.last_check.counts()
            zh = "、".join(f"{n}个{word}" for n, word in ((counts["error"], "错误"), (counts["warning"], "警告")) if n)
            en = " and ".join(f"{n} {word}{'' if n == 1 else 's'}"
                              for n, word in ((counts["error"], "error"), (counts["warning"], "warning")) if n)
            if zh:
                note = tr(f"草案有{zh}（F4 查看）。", f"The draft has {en} (F4 to look).")
        self.exported[what] = path
        note = tr("", " ").join(x for x in (kept_note(backup), note) if x)
        if pictures:
            note = "\n".join(x for x in (note, *(tr(*line) for line in pictures)) if x)
        self.app.push_screen(ExportedDialog(path, heading, note))
