"""A refused save: why, where the author's work went (the rescue copy's path, whole), and what next.

This was a toast. A toast is drawn over whatever lies beneath it, and Textual cuts every screen
row at the edges of the widgets there: a Chinese character (two cells) straddling such an edge
came out as two spaces, so over the indicator form the one message that says where the rescue
copy is lost characters (文件在打开后被其  程序修改过, 未  存; QA pass 9, finding B1). A dialog is a
screen of its own, drawn whole, and it stays until the author has read it.

Before a save, :class:`FileGoneDialog` asks what to do with a project whose file is gone.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Static

from authoring.i18n import tr
from authoring.tui.dialogs.confirm import ChoiceDialog
from authoring.tui.dialogs.exported import PathDialog
from authoring.tui.labels import key
from authoring.tui.widgets.prose import Prose


class SaveFailedDialog(PathDialog):
    """Says why a save was refused and where the work was kept; ``c`` copies the path, Enter or Escape closes.

    Args:
        reason: 保存失败：… (the first line).
        copy: the rescue copy, or ``None`` when none could be written.
        advice: what to do next (the lines after the path).
    """

    BINDINGS = [
        key("dialog.close", "close", "escape"),
        Binding("c", "copy_path", show=False, id="dialog.copy-rescue-path"),
    ]

    def __init__(self, reason: str, copy: Path | None, advice: str) -> None:
        super().__init__()
        self.reason, self.copy, self.advice = reason, copy, advice
        self.copied = copy

    @property
    def message(self) -> str:
        """The whole message, one part a line (as the toast said it)."""
        kept = [tr("你的修改已另存为：", "Your changes were kept in:"), str(self.copy)] if self.copy is not None else []
        return "\n".join([self.reason, *kept, self.advice])

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="save-failed"):
            yield Prose(self.reason, classes="question error", id="save-failed-reason")
            if self.copy is not None:
                yield Prose(tr("你的修改已另存为：", "Your changes were kept in:"))
                yield Static(Content(str(self.copy)), id="exported-path")
            yield Prose(self.advice, classes="note", id="save-failed-advice")
            with Horizontal(classes="buttons"):
                yield Button(tr("确定", "OK"), variant="primary", id="ok")
                if self.copy is not None:
                    yield Button(tr("复制路径 (c)", "Copy path (c)"), id="copy")


class FileGoneDialog(ChoiceDialog):
    """The project file is no longer where the studio opened it (deleted or moved meanwhile): Ctrl+S does not
    quietly write it again there (QA pass 9, finding B12). Says so, with the path whole, and dismisses with
    ``"again"`` (save it there again), ``"elsewhere"`` (choose another place), ``"cancel"`` or ``None`` (Escape)."""

    def __init__(self, path: Path) -> None:
        super().__init__(tr("项目文件已不在原处：", "The project file is gone:"), [
            ("again", tr("在原处重新保存", "Save it there again")),
            ("elsewhere", tr("另存为…", "Save elsewhere…")),
            ("cancel", tr("取消", "Cancel")),
        ])
        self.path = path

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide", id="file-gone"):
            yield Prose(self.question, classes="question error")
            yield Static(Content(str(self.path)), id="exported-path")
            yield Prose(tr("它在工作室打开之后被删除或移走了；项目仍在工作室中。可以在原处重新保存，"
                           "或者另存到别处（例如文件移到的新位置），之后在那里继续。",
                           "It was deleted or moved after the studio opened it; the project is still in the studio. "
                           "Save it there again, or save it elsewhere (where the file went, say) and go on there."),
                        classes="note")
            with Horizontal(classes="buttons"):
                for k, (choice, text) in enumerate(self.choices):
                    yield Button(text, id=choice, variant="primary" if k == 0 else "default")
