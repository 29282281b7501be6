"""The line under a form field where what is wrong with it is said."""

from __future__ import annotations

from typing import Any

from textual.widgets import Label


class ErrorLine(Label):
    """A form's error line: red words on a red band while it says something, nothing at all while
    it is empty (Textual's ``Label.error`` paints its band even under an empty label, which reads
    as an error before anything was typed)."""

    DEFAULT_CSS = """
    ErrorLine.error { width: 100%; color: $text-error; background: transparent; }
    ErrorLine.error.-shown { background: $error-muted; }
    """

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's own name
        super().__init__("", id=id, classes="error")

    def update(self, content: Any = "", *args: Any, **kwargs: Any) -> None:
        super().update(content, *args, **kwargs)
        self.set_class(bool(str(content).strip()), "-shown")
