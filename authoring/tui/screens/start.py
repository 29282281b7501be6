"""The start screen: new project, open a project, check a draft, recent files."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Button, Header, Label, ListItem, ListView, Static

from authoring.docx.legacy import DRAFT_SUFFIXES
from authoring.i18n import tr
from authoring.tui.commands import StartCommands
from authoring.tui.config import load_recent
from authoring.tui.labels import key, localise_bindings
from authoring.tui.widgets.footer import StudioFooter
from authoring.tui.widgets.prose import Prose


class StartScreen(Screen[None]):
    """What the studio shows first."""

    COMMANDS = {StartCommands}
    BINDINGS = [
        key("start.new", "new_project", "n"),
        key("start.open", "open_project", "o"),
        key("start.check", "check_draft", "c"),
    ]

    def __init__(self) -> None:
        super().__init__()
        localise_bindings(self)

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="start"):
            yield Prose("", id="start-intro")
            with Horizontal(classes="buttons"):
                yield Button("", id="new", variant="primary")
                yield Button("", id="open")
                yield Button("", id="check")
            yield Label("", id="recent-label", classes="heading")
            yield ListView(id="recent")
        yield StudioFooter()

    def on_mount(self) -> None:
        self.relabel()
        # Enter opens the latest file when there is one (the key table's Enter 最近文件); else it makes a new project.
        self.query_one("#recent" if load_recent() else "#new").focus()

    def on_screen_resume(self) -> None:
        self._fill_recent()

    def relabel(self) -> None:
        """Set every label in the current language."""
        self.query_one("#start-intro", Static).update(tr(
            "按照《服务标准编写融入卓越服务的指南》逐条编写服务标准，检查已有草案，生成符合 GB/T 1.1—2020 的 Word 草案。",
            "Write a service standard item by item along the guide to integrating excellent service, "
            "check existing drafts, and emit Word drafts laid out per GB/T 1.1-2020.",
        ))
        self.query_one("#new", Button).label = tr("新建项目 (n)", "New project (n)")
        self.query_one("#open", Button).label = tr("打开项目 (o)", "Open project (o)")
        self.query_one("#check", Button).label = tr("检查草案 (c)", "Check a draft (c)")
        self.query_one("#recent-label", Label).update(tr("最近的文件", "Recent files"))
        self._fill_recent()

    def _fill_recent(self) -> None:
        view = self.query_one("#recent", ListView)
        recent = load_recent()
        items = [ListItem(Label(entry), name=entry) for entry in recent] or [
            ListItem(Label(tr("（还没有）", "(none yet)")), name="")]

        async def refill() -> None:
            # The old rows gone first: the first new row is the one highlighted, so Enter visibly opens it (set
            # while the old rows were still there, the highlight went with them and none showed).
            # The list may have left the screen by the time this runs (a project opened straight away, on a busy
            # machine): nothing to fill then, where mounting into it raised MountError and closed the studio.
            if not view.is_attached:
                return
            await view.clear()
            if not view.is_attached:
                return
            await view.extend(items)
            view.index = 0 if recent else None

        self.call_later(refill)

    def on_list_view_selected(self, event: ListView.Selected) -> None:
        if event.item.name:
            self.app.open_path(Path(event.item.name))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        # The action itself: run_action is a coroutine, and called here it never ran (Enter, Space and a click
        # did nothing; QA pass 12, A5).
        {"new": self.action_new_project, "open": self.action_open_project, "check": self.action_check_draft}[
            event.button.id]()

    def action_new_project(self) -> None:
        self.app.action_new_project()

    def action_open_project(self) -> None:
        from authoring.tui.dialogs.path import PathDialog

        dialog = PathDialog(tr("打开项目文件，或把 Word 草案导入为项目", "Open a project file, or a Word draft as a project"),
                            (".yaml", ".yml", *DRAFT_SUFFIXES), start=Path.cwd(), must_exist=True)
        self.app.push_screen(dialog, lambda path: path and self._open(path))

    def _open(self, path: Path) -> None:
        if path.suffix.lower() in DRAFT_SUFFIXES:
            self.app.import_draft(path)
        else:
            self.app.open_path(path)

    def action_check_draft(self) -> None:
        from authoring.tui.screens.check import CheckScreen

        self.app.push_screen(CheckScreen(None))
