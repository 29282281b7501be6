"""Buttons answer the keys people press on them (QA pass 12, A5 and B4).

A5: on the start screen Enter and Space on a focused button (新建项目, 打开项目, 检查草案) did nothing — its
handler started the action without running it, so a click did nothing either; only the letters worked. The
README's key table says Enter opens a recent file.
B4: the arrow keys did not move between a dialog's buttons: in the recovery question Right Right Enter, meant
for 删除…, recovered the autosave (恢复, the default).
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button, ListView

from authoring.tui.app import StudioApp
from authoring.tui.config import add_recent
from authoring.tui.dialogs.confirm import ConfirmDialog, QuitDialog
from authoring.tui.dialogs.new_project import NewProjectDialog
from authoring.tui.dialogs.path import PathDialog
from authoring.tui.screens.author import AuthorScreen
from authoring.tui.screens.check import CheckScreen
from authoring.tui.screens.start import StartScreen
from tests.tui.test_studio_recovery_buttons import _orphan


async def test_enter_space_and_a_click_press_the_start_screens_buttons(studio_env: Path, checklist) -> None:
    app = StudioApp(None, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        start = app.screen
        assert isinstance(start, StartScreen)
        assert app.focused is start.query_one("#new", Button), "no recent file: the first button has the focus"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, NewProjectDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is start
        await pilot.press("tab")
        assert app.focused is start.query_one("#open", Button)
        await pilot.press("space")
        await pilot.pause()
        assert isinstance(app.screen, PathDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is start
        await pilot.click("#check")
        await pilot.pause()
        assert isinstance(app.screen, CheckScreen)


async def test_enter_on_the_start_screen_opens_the_latest_file(project_path: Path, checklist) -> None:
    add_recent(project_path)
    app = StudioApp(None, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        start = app.screen
        view = start.query_one("#recent", ListView)
        for _ in range(2):  # at first, and back from the project (F10)
            assert app.focused is view, "a recent file: the list has the focus"
            row = view.highlighted_child
            assert row is not None and row.has_class("-highlight") and row.name == str(project_path.resolve())
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, AuthorScreen) and app.session.path.resolve() == project_path.resolve()
            await pilot.press("f10")
            await pilot.pause()
            assert app.screen is start


async def test_right_right_enter_in_the_recovery_question_is_delete(project_path: Path, checklist) -> None:
    _orphan(project_path, checklist)
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = app.screen
        assert app.focused is dialog.query_one("#yes", Button)
        await pilot.press("right", "right")
        assert app.focused is dialog.query_one("#delete", Button)
        await pilot.press("right")  # the last button: the focus stays
        assert app.focused is dialog.query_one("#delete", Button)
        await pilot.press("left")
        assert app.focused is dialog.query_one("#no", Button)
        await pilot.press("right", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog) and app.screen is not dialog, "删除… asks first"
        assert app.focused is app.screen.query_one("#no", Button), "取消 first"
        await pilot.press("left")
        assert app.focused is app.screen.query_one("#yes", Button)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("escape")  # asked again about the autosave: 忽略
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen) and not app.session.dirty
        app.session = None


async def test_the_arrows_move_along_the_quit_questions_buttons(project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist, lang="en", autosave_delay=60)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        app.session.set_provisions("7.1", ["宜制定评价方法。"])
        await pilot.press("ctrl+q")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, QuitDialog)
        assert app.focused is dialog.query_one("#save", Button)
        await pilot.press("right", "right")
        assert app.focused is dialog.query_one("#cancel", Button)
        await pilot.press("space")  # 取消: stays
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        app.session.discard_autosave()
        app.session = None


async def test_the_recent_list_filled_after_it_left_the_screen_closes_nothing(studio_env: Path, project_path: Path,
                                                                              checklist) -> None:
    """The start screen fills its list of recent files a moment after it asks to. On a busy machine the list had left
    the screen by then (a project opened straight away) and mounting into it raised MountError, which closed the
    studio (seen in the full suite under load). The fill now finds nothing to fill."""
    add_recent(project_path)
    app = StudioApp(None, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        start = app.screen
        assert isinstance(start, StartScreen)
        # a list not (or no longer) in the screen's DOM, as the fill found it when it ran late
        view = ListView(id="recent")
        start.query_one = lambda *args, **kwargs: view  # type: ignore[method-assign]
        start._fill_recent()
        await pilot.pause()
        await pilot.pause()
        assert not view.is_attached
    assert app.return_code in (0, None)
