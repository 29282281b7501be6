"""Mark an item not applicable: a reason is required, an empty one is refused."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label

from authoring.i18n import tr
from authoring.tui.dialogs.form import FormDialog
from authoring.tui.widgets.editor import Field
from authoring.tui.widgets.error_line import ErrorLine
from authoring.tui.widgets.prose import Prose


class NotApplicableDialog(FormDialog[str | None]):
    """Dismisses with the reason, or ``None`` when cancelled."""

    def __init__(self, item_label: str) -> None:
        super().__init__()
        self.item_label = item_label

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Prose(tr(f"将 {self.item_label} 标为不适用", f"Mark {self.item_label} not applicable"), classes="question")
            yield Label(tr("理由（必填）", "Reason (required)"))
            yield Field(id="reason")
            yield ErrorLine(id="reason-error")
            with Horizontal(classes="buttons"):
                yield Button(tr("确定", "OK"), variant="primary", id="ok")
                yield Button(tr("取消", "Cancel"), id="cancel")

    def _finish(self) -> None:
        reason = self.query_one("#reason", Input).value.strip()
        if not reason:
            self.query_one("#reason-error", Label).update(
                tr("必须说明不适用的理由", "a reason is required to mark an item not applicable"))
            self.query_one("#reason", Input).focus()
            return
        self.dismiss(reason)
