"""Running text (notices, guidance, questions) broken into lines the way Chinese is set.

Textual breaks a line at spaces only and folds anything longer wherever the width runs out, so a
Chinese sentence (which has no spaces) was cut inside an item number or a designation:
"（4" at the end of one line and ".2、5.5）" on the next. ``Prose`` breaks it with
:func:`authoring.text.wrap_cjk` at the width it is laid out at, and shows the text as it is (no
markup: a clause may well contain square brackets).
"""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual.content import Content
from textual.geometry import Size
from textual.widgets import Static

from authoring.text import wrap_cjk


class Prose(Static):
    """A Static for running text, wrapped at its width as Chinese is set."""

    def __init__(self, text: str | Text = "", **kwargs: Any) -> None:
        super().__init__("", markup=False, **kwargs)
        self._text = ""
        self.update(text)

    @property
    def content(self) -> str:  # type: ignore[override] - the text, as a Static gives its content
        return self._text

    @content.setter
    def content(self, content: Any) -> None:
        self.update(content)

    def update(self, content: Any = "", *, layout: bool = True) -> None:
        self._text = content.plain if isinstance(content, (Text, Content)) else str(content)
        super().update("", layout=layout)

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return max((cell_len(line) for line in self._text.split("\n")), default=0)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        if not self._text:
            return super().get_content_height(container, viewport, width)
        return len(wrap_cjk(self._text, width))

    def render(self) -> Content:
        return Content("\n".join(wrap_cjk(self._text, self.content_size.width)))
