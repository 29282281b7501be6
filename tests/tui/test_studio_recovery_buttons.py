"""The recovery question's buttons answer once: 恢复, 忽略 and 删除… each closed the dialog and then, the
confirm dialog it is built on answering too, the screen under it, the start screen: F10 (close the project)
afterwards left a blank screen with no key but Ctrl+Q (found while checking QA pass 9's B12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from authoring.tui.app import StudioApp
from authoring.tui.dialogs.confirm import ConfirmDialog
from authoring.tui.dialogs.recovery import RecoveryDialog
from authoring.tui.screens.author import AuthorScreen
from authoring.tui.screens.start import StartScreen
from authoring.tui.session import Session


def _orphan(path: Path, checklist) -> None:
    """An autosave a studio left behind (it ended without saving)."""
    session = Session.open(path, lambda _: checklist)
    session.set_provisions("7.1", ["宜制定评价方法。"])
    session.autosave()
    session.release()


@pytest.mark.parametrize("button", ["#yes", "#no"])
async def test_the_start_screen_is_still_there_after_the_answer(project_path: Path, checklist, button: str) -> None:
    _orphan(project_path, checklist)
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RecoveryDialog)
        await pilot.click(button)
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        assert isinstance(app.screen_stack[-2], StartScreen), [type(s).__name__ for s in app.screen_stack]
        if app.session.dirty:  # recovered: leave the autosave as it was for the next test run
            app.session.release()
        app.session = None


async def test_delete_asks_over_the_start_screen(project_path: Path, checklist) -> None:
    _orphan(project_path, checklist)
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.click("#delete")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog) and not isinstance(app.screen, RecoveryDialog)
        assert isinstance(app.screen_stack[-2], StartScreen), [type(s).__name__ for s in app.screen_stack]
        await pilot.click("#no")  # keep it: the project opens as it is
        await pilot.pause()
        await pilot.click("#no")  # asked again about the autosave kept: 忽略
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        await pilot.press("f10")  # close the project: back to the start screen
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
