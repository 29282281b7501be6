"""The shared behaviour of small form dialogs: OK or Enter finishes, Cancel or Escape dismisses."""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen
from textual.widgets import Button, Input

from authoring.tui.labels import key

ResultT = TypeVar("ResultT")


class FormDialog(ModalScreen[ResultT]):
    """A modal form with an ``ok`` button; subclasses validate and dismiss in ``_finish``."""

    BINDINGS = [key("dialog.cancel", "cancel", "escape")]

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._finish()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ok":
            self._finish()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def _finish(self) -> None:
        raise NotImplementedError
