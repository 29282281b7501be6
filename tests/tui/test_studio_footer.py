"""The footer never shows a key cut in half (``^b 正文`` for ``^b 正文大纲``, a lone ``^``): the keys that do
not fit before the palette's key are left out, whatever the width, and come back when it widens."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widget import Widget

from authoring.tui.app import StudioApp


def _keys(where) -> tuple[list[Widget], Widget]:  # noqa: ANN001 - the app (its screen) or a screen
    keys = list(getattr(where, "screen", where).query("FooterKey"))
    palette = next(k for k in keys if k.has_class("-command-palette"))
    return [k for k in keys if k is not palette], palette


@pytest.mark.parametrize(("size", "lang"), [((80, 24), "en"), ((100, 30), "zh"), ((105, 30), "zh"), ((110, 30), "en")])
async def test_every_key_shown_is_whole(project_path: Path, checklist, size: tuple[int, int], lang: str) -> None:
    app = StudioApp(project_path, checklist=checklist, lang=lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.pause()
        keys, palette = _keys(app)
        shown = [k for k in keys if k.display]
        assert shown and all(k.region.right <= palette.region.x for k in shown), \
            [(k.key, k.region) for k in shown if k.region.right > palette.region.x]
        assert any(not k.display for k in keys), "the author screen has more keys than fit here"


async def test_keys_left_out_come_back_when_the_terminal_widens(project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        narrow = sum(k.display for k in _keys(app)[0])
        await pilot.resize_terminal(200, 30)
        await pilot.pause()
        await pilot.pause()
        keys, palette = _keys(app)
        assert all(k.display for k in keys) and sum(k.display for k in keys) > narrow
        assert all(k.region.right <= palette.region.x for k in keys)


async def test_a_rebuilt_footer_is_fitted_at_once(project_path: Path, checklist) -> None:
    """The footer is rebuilt whenever the keys change (a dialog opening above it, the focus moving); it is
    fitted in the same step, never shown whole for a frame: under a dialog its screen is not painted again,
    and a terminal kept showing ``f6 E`` there."""
    app = StudioApp(project_path, checklist=checklist, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        author = app.screen
        footer = author.query_one("StudioFooter")
        at_once: list[list[bool]] = []

        async def rebuild() -> None:  # run by the footer itself, as Textual rebuilds it
            await footer.recompose()
            at_once.append([k.display for k in _keys(author)[0]])

        await pilot.press("f1")
        footer.call_later(rebuild)
        await pilot.pause()
        await pilot.pause()
        assert at_once and not all(at_once[0]), "some keys are left out at 80 columns, from the first moment"
        assert at_once[0] == [k.display for k in _keys(author)[0]]
