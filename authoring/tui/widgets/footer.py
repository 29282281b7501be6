"""The studio's footer: compact (one space between keys) on a terminal under 100 columns, and never a
key cut in half: the keys that do not fit before the palette's key are left out (F1 lists them all)."""

from __future__ import annotations

from textual import events
from textual.geometry import Size
from textual.widgets import Footer

#: Below this many columns the footer's keys sit closer, so Quit, Help and the palette fit 80.
COMPACT_BELOW = 100


class StudioFooter(Footer):
    """A Footer that turns compact on a narrow terminal (and back when it widens), and shows only the
    keys that fit whole (Textual's own footer cuts the last one: ``^b 正文`` for ``^b 正文大纲``).

    The keys are measured by their content, not their laid-out places: a footer rebuilt under a
    dialog (its screen is not laid out again while the dialog is up) is fitted all the same."""

    def on_mount(self) -> None:
        self.compact = self.app.size.width < COMPACT_BELOW

    def on_resize(self, event: events.Resize) -> None:
        self.compact = self.app.size.width < COMPACT_BELOW
        self._fit()
        self.call_after_refresh(self._fit)  # once the keys have taken the compact style

    async def recompose(self) -> None:
        await super().recompose()
        self._fit()

    def _fit(self) -> None:
        width = self.size.width or self.app.size.width
        room = Size(width, 1)
        keys = list(self.query("FooterKey"))  # by the type's name: Textual does not export FooterKey
        limit = width
        for key in keys:
            if key.has_class("-command-palette") and key.display:
                limit -= key.get_content_width(room, room) + key.styles.gutter.width + key.styles.margin.width
        x, cut = 0, False
        for key in keys:
            if key.has_class("-command-palette"):
                continue
            margin = key.styles.margin
            right = x + margin.left + key.get_content_width(room, room)
            cut = cut or right > limit
            key.display = not cut
            x = right + margin.right
