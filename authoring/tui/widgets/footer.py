"""The studio's footer: compact (one space between keys) on a terminal under 100 columns."""

from __future__ import annotations

from textual import events
from textual.widgets import Footer

#: Below this many columns the footer's keys sit closer, so Quit, Help and the palette fit 80.
COMPACT_BELOW = 100


class StudioFooter(Footer):
    """A Footer that turns compact on a narrow terminal (and back when it widens)."""

    def on_mount(self) -> None:
        self.compact = self.app.size.width < COMPACT_BELOW

    def on_resize(self, event: events.Resize) -> None:
        self.compact = self.app.size.width < COMPACT_BELOW
