"""A read-only look at the composed draft, as Markdown (what ``stdauthor preview`` prints)."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Header, MarkdownViewer, Static

from authoring.i18n import tr
from authoring.markdown import document_to_markdown
from authoring.tui.commands import BindingCommands
from authoring.tui.failures import describe
from authoring.tui.labels import key, localise_bindings
from authoring.tui.session import Session
from authoring.tui.widgets.footer import StudioFooter


class PreviewCommands(BindingCommands):
    """The preview: its keys."""


class PreviewScreen(Screen[None]):
    """The draft as the project composes it now (unsaved edits too); Escape goes back, nothing is editable."""

    COMMANDS = {PreviewCommands}
    BINDINGS = [key("preview.back", "back", "escape"), key("preview.contents", "toggle_contents", "ctrl+o")]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.markdown = ""
        localise_bindings(self)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(tr("正在生成预览…", "composing the preview…"), id="preview-status", classes="heading")
        yield MarkdownViewer("", id="preview", show_table_of_contents=False, open_links=False)
        yield StudioFooter()

    def on_mount(self) -> None:
        self._compose_draft()

    @work(thread=True, exclusive=True, group="preview")
    def _compose_draft(self) -> None:
        try:
            text = document_to_markdown(self.session.compose())
        except Exception as exc:  # noqa: BLE001 - shown, never raised into the UI
            self.app.call_from_thread(self._show_status, describe(exc))
            return
        self.app.call_from_thread(self._show, text)

    def _show_status(self, message: str) -> None:
        self.query_one("#preview-status", Static).update(message)

    async def _show(self, text: str) -> None:
        self.markdown = text
        viewer = self.query_one("#preview", MarkdownViewer)
        await viewer.document.update(text)
        self._show_status(tr("草案预览（只读；Esc 返回，Ctrl+O 目录）",
                             "Draft preview (read-only; Esc goes back, Ctrl+O contents)"))
        viewer.focus()

    def action_toggle_contents(self) -> None:
        viewer = self.query_one("#preview", MarkdownViewer)
        viewer.show_table_of_contents = not viewer.show_table_of_contents

    def action_back(self) -> None:
        self.dismiss(None)
