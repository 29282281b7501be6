"""The recovery question: autosaves no running studio owns, each with when and whose, to recover one.

Several studios may have left autosaves of one project (two browser tabs closed with typing in
each): every one is listed. 恢复 opens the project from the one chosen, 忽略 opens the file as it
is and keeps them all for next time, 删除 removes the one chosen after asking again.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, OptionList
from textual.widgets.option_list import Option

from authoring.i18n import tr
from authoring.tui.autosave import Orphan
from authoring.tui.dialogs.confirm import ConfirmDialog
from authoring.tui.widgets.prose import Prose


def recovery_question(orphans: list[Orphan]) -> str:
    """The question, ending in 是否恢复？ / Recover …?"""
    # No space in the Chinese sentences: the wrapper would break the line there first.
    if len(orphans) == 1:
        orphan = orphans[0]
        zh, en = orphan.describe(stale=False)  # the question says it once, below
        text = tr(f"发现未保存的自动保存内容（{orphan.sidecar.name}：{zh}）。",
                  f"Found {orphan.sidecar.name} ({en}): autosaved changes that were never saved.")
    else:
        text = tr(f"发现{len(orphans)}份未保存的自动保存内容，各来自一个已结束的会话。选择一份恢复；其余的下次打开时仍会提示。",
                  f"Found {len(orphans)} autosaves that were never saved, each left by a session that has ended. "
                  "Choose one to recover; the others are offered again next time.")
    if any(o.stale for o in orphans):
        text += tr("项目文件在自动保存之后已被保存过：恢复后按Ctrl+S不会覆盖它，而是另存为副本，请与项目文件比较。",
                   " The project file was saved after it: recovered, Ctrl+S does not overwrite the file but "
                   "writes a copy to compare with it.")
    return text + tr("是否恢复？", " Recover them?" if len(orphans) == 1 else " Recover one?")


class RecoveryDialog(ConfirmDialog):
    """Offer the orphaned autosaves of a project. Dismisses with ``("recover", orphan)``,
    ``("delete", orphan)`` or ``None`` (忽略, Escape: open the file as it is, keep the autosaves)."""

    def __init__(self, orphans: list[Orphan]) -> None:
        super().__init__(recovery_question(orphans), yes=tr("恢复", "Recover"), no=tr("忽略", "Ignore"))
        self.orphans = list(orphans)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Prose(self.question, classes="question")
            if len(self.orphans) > 1:
                yield OptionList(*(Option(tr(*o.describe()), id=str(k)) for k, o in enumerate(self.orphans)),
                                 id="autosaves")
            with Horizontal(classes="buttons"):
                yield Button(self.yes, variant="primary", id="yes")
                yield Button(self.no, id="no")
                yield Button(tr("删除…", "Delete…"), variant="error", id="delete")

    def on_mount(self) -> None:
        if len(self.orphans) > 1:
            options = self.query_one("#autosaves", OptionList)
            options.highlighted = len(self.orphans) - 1  # the latest
        self.query_one("#yes", Button).focus()

    def chosen(self) -> Orphan:
        """The autosave the buttons act on: the one highlighted, or the only one."""
        if len(self.orphans) > 1:
            index = self.query_one("#autosaves", OptionList).highlighted
            if index is not None:
                return self.orphans[index]
        return self.orphans[-1]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(("recover", self.orphans[event.option_index]))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        # The answer is this handler's alone: Textual would go on to ConfirmDialog's, whose second dismiss
        # closed the screen under the dialog too (the start screen: F10 then left a blank screen).
        event.stop()
        event.prevent_default()
        if event.button.id == "yes":
            self.dismiss(("recover", self.chosen()))
        elif event.button.id == "delete":
            self.dismiss(("delete", self.chosen()))
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)
