"""The studio's footer: compact (one space between keys) on a terminal under 100 columns, and never a
key cut in half: the keys that do not fit before the palette's key are left out (F1 lists them all)."""

from __future__ import annotations

from textual import events
from textual.widget import Widget
from textual.widgets import Footer

#: Below this many columns the footer's keys sit closer, so Quit, Help and the palette fit 80.
COMPACT_BELOW = 100


class StudioFooter(Footer):
    """A Footer that turns compact on a narrow terminal (and back when it widens), and shows only the
    keys that fit whole (Textual's own footer cuts the last one: ``^b 正文`` for ``^b 正文大纲``)."""

    def on_mount(self) -> None:
        self.compact = self.app.size.width < COMPACT_BELOW

    def on_resize(self, event: events.Resize) -> None:
        self.compact = self.app.size.width < COMPACT_BELOW
        self._refit()

    async def recompose(self) -> None:
        await super().recompose()
        self._refit()

    def _refit(self) -> None:
        """Show every key, then, once laid out, leave out those that run past the palette's key."""
        for key in self._keys():
            key.display = True
        self.call_after_refresh(self._fit)

    def _keys(self) -> list[Widget]:
        # by the type's name: Textual does not export FooterKey
        return [key for key in self.query("FooterKey") if not key.has_class("-command-palette")]

    def _fit(self) -> None:
        palettes = [key for key in self.query("FooterKey") if key.has_class("-command-palette") and key.display]
        limit = palettes[0].region.x if palettes else self.region.right
        cut = False
        for key in self._keys():
            cut = cut or key.region.right > limit
            key.display = not cut
