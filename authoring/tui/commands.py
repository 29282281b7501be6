"""Command palette providers: every labelled key of a screen, plus screen-specific commands."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider

from authoring.i18n import tr
from authoring.tui.labels import LABELS


class StudioPalette(CommandPalette):
    """Textual's command palette, saying that a search found nothing in the studio's language.

    Textual writes "No matches found" itself, half a second after a search without a hit; this is
    its own countdown (``CommandPalette._start_no_matches_countdown``) with the words translated.
    """

    def _start_no_matches_countdown(self, search_value: str) -> None:
        from rich.align import Align
        from rich.text import Text
        from textual.widgets.option_list import Option

        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(Option(
                    Align.center(Text(tr("没有匹配的命令", "No matches found"), style="not bold")),
                    disabled=True, id=self._NO_MATCHES))
                self._list_visible = True
            else:  # discovering (nothing typed): nothing to say
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)


class BindingCommands(Provider):
    """Offers each of the studio's own keys on the screen the palette was opened on (and of the app).

    Only keys labelled in both languages (:data:`authoring.tui.labels.LABELS`) are offered:
    Textual's own (Focus Next, Copy selected text) are English only, and work by their keys.
    """

    def _commands(self) -> Iterator[tuple[str, Callable[[], object]]]:
        seen: set[str] = set()
        for node in (self.screen, self.app):
            for items in node._bindings.key_to_bindings.values():
                for binding in items:
                    # A key the screen also has (保存) is offered once; one the node turns off, not at all.
                    if binding.id not in LABELS or binding.action == "command_palette" or binding.description in seen:
                        continue
                    if not node.check_action(binding.action, ()):
                        continue
                    seen.add(binding.description)
                    yield binding.description, partial(node.run_action, binding.action)
        yield from self.extra_commands()

    def extra_commands(self) -> Iterator[tuple[str, Callable[[], object]]]:
        """Screen-specific commands beyond its keys (none by default)."""
        return iter(())

    async def discover(self) -> Hits:
        for name, run in self._commands():
            yield DiscoveryHit(name, run)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, run in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), run)


class CheckCommands(BindingCommands):
    """Check screen: its keys (run, the report formats, the annotated copy)."""


class StartCommands(BindingCommands):
    """Start screen: its keys and the recent files."""

    def extra_commands(self) -> Iterator[tuple[str, Callable[[], object]]]:
        from pathlib import Path

        from authoring.tui.config import load_recent

        for entry in load_recent():
            yield tr(f"打开最近文件 {entry}", f"Open recent {entry}"), partial(self.app.open_path, Path(entry))


class AuthorCommands(BindingCommands):
    """Author screen: its keys and a jump to every item of the guide."""

    def extra_commands(self) -> Iterator[tuple[str, Callable[[], object]]]:
        select = getattr(self.screen, "select_item", None)
        if select is None:
            return
        for item in self.screen.session.checklist.items():
            yield tr(f"转到 {item.id} {item.title_zh}", f"Go to {item.id} {item.title('en')}"), partial(select, item.id)


class MetadataCommands(BindingCommands):
    """Metadata screen: its keys and a jump to each tab."""

    def extra_commands(self) -> Iterator[tuple[str, Callable[[], object]]]:
        from authoring.tui.screens.metadata import TAB_TITLES

        tabs = self.screen.query_one("#meta-tabs")
        for tab, (zh, en) in TAB_TITLES.items():
            yield tr(f"转到“{zh}”", f"Go to {en}"), partial(setattr, tabs, "active", f"tab-{tab}")


class DashboardCommands(BindingCommands):
    """Dashboard: its keys and a jump to each missing item."""

    def extra_commands(self) -> Iterator[tuple[str, Callable[[], object]]]:
        result = getattr(self.screen, "result", None)
        if result is None:
            return
        for item in result.coverage.missing():
            yield tr(f"转到缺失条目 {item.id} {item.title}", f"Go to missing item {item.id}"), partial(self.screen.dismiss, item.id)
