"""After an export: where the file went, shown whole (absolute) and ready to copy.

A notification toast is narrow and short-lived, and long paths with Chinese folder names came
out cut or garbled in some terminals. This dialog folds the path over as many lines as it
needs (every character on screen, selectable with the mouse), and copies it with one key.
"""

from __future__ import annotations

import os
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.content import Content
from textual.widgets import Button, Static

from authoring.i18n import tr
from authoring.tui.labels import key
from authoring.tui.widgets.prose import Prose


class PathDialog(ModalScreen[None]):
    """A dialog that shows a file's whole path: OK has the focus, ``c`` (or its button) copies ``copied``, Enter or
    Escape closes. Subclasses compose the text and set ``copied`` (``None``: nothing to copy)."""

    copied: Path | None = None

    def on_mount(self) -> None:
        self.query_one("#ok", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "copy":
            self.action_copy_path()
        else:
            self.dismiss(None)

    def action_copy_path(self) -> None:
        if self.copied is not None:
            self.app.copy_to_clipboard(str(self.copied))
            self.notify(tr("路径已复制", "path copied"), timeout=3)

    def action_close(self) -> None:
        self.dismiss(None)


class ExportedDialog(PathDialog):
    """Says what was written where; ``c`` copies the path, Enter or Escape closes."""

    BINDINGS = [
        key("dialog.close", "close", "escape"),
        Binding("c", "copy_path", show=False, id="dialog.copy-path"),
    ]

    def __init__(self, path: Path, what: str, note: str = "") -> None:
        super().__init__()
        # Whole means absolute: a project opened as ``s.yaml`` exports to ``s.docx``, which says
        # nothing of the folder it went to (the working folder at export time).
        self.path, self.what, self.note = Path(os.path.abspath(path)), what, note
        self.copied = self.path

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Prose(self.what, classes="question")
            yield Static(Content(str(self.path)), id="exported-path")
            if self.note:
                yield Prose(self.note, classes="note")
            with Horizontal(classes="buttons"):
                yield Button(tr("确定", "OK"), variant="primary", id="ok")
                yield Button(tr("复制路径 (c)", "Copy path (c)"), id="copy")
