"""A Select whose open menu names its Esc key in the studio's language."""

from __future__ import annotations

from textual.widgets import Select
from textual.widgets._select import SelectOverlay

from authoring.tui.labels import localise_bindings


class StudioSelect(Select):  # type: ignore[type-arg]
    """Textual's Select; the footer showed an open menu's Esc as "Dismiss menu" in Chinese too."""

    def on_mount(self) -> None:
        for overlay in self.query(SelectOverlay):
            localise_bindings(overlay)
