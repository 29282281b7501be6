"""A project file deleted or moved while the studio has it open is not quietly written again by Ctrl+S: the
studio says the file is gone and asks: save it there again, save it elsewhere, or cancel (QA pass 9, finding
B12: Ctrl+S recreated it where the committee had just moved it away)."""

from __future__ import annotations

from pathlib import Path

import pytest

from textual.widgets import Input, TextArea

from authoring.i18n import set_lang
from authoring.project import load_project
from authoring.tui.app import StudioApp
from authoring.tui.dialogs.confirm import QuitDialog
from authoring.tui.dialogs.path import PathDialog
from authoring.tui.dialogs.save_failed import FileGoneDialog
from authoring.tui.screens.author import AuthorScreen
from tests.tui.conftest import screen_text

TYPED = "养老机构应明确服务对象的范围。"


async def _typed_then_deleted(pilot, path: Path) -> None:
    """Type a provision for 4.3, let it reach the project, then delete the project file behind the studio's back."""
    await pilot.pause()
    author = pilot.app.screen
    assert isinstance(author, AuthorScreen)
    author.select_item("4.3")
    await pilot.pause()
    author.query_one("#provisions", TextArea).insert(TYPED)
    await pilot.pause()
    author.flush_pending()
    path.unlink()


async def test_ctrl_s_on_a_deleted_file_asks_before_writing_it_again(project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await _typed_then_deleted(pilot, project_path)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, FileGoneDialog)
        assert not project_path.exists(), "nothing is written before the author answers"
        shown = "".join(screen_text(app).split())
        assert "项目文件已不在原处" in shown and project_path.name in shown, shown
        await pilot.press("ctrl+s")  # again, from the dialog: still one question
        await pilot.pause()
        assert sum(isinstance(s, FileGoneDialog) for s in app.screen_stack) == 1
        await pilot.press("enter")  # 在原处重新保存, the first answer
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        assert load_project(project_path).project.entry("4.3").provisions == [TYPED]
        assert not app.session.dirty


async def test_cancel_writes_nothing_and_keeps_the_work(project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(120, 36)) as pilot:
        await _typed_then_deleted(pilot, project_path)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        assert not project_path.exists() and app.session.dirty
        app.session.discard_autosave()
        app.session = None


async def test_the_project_is_saved_elsewhere_and_goes_on_there(project_path: Path, checklist) -> None:
    moved = project_path.parent / "新位置" / "项目.yaml"
    moved.parent.mkdir()
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(120, 36)) as pilot:
        await _typed_then_deleted(pilot, project_path)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.click("#elsewhere")
        await pilot.pause()
        assert isinstance(app.screen, PathDialog)
        app.screen.query_one("#path", Input).value = str(moved)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        assert not project_path.exists(), "never written where it was gone from"
        assert load_project(moved).project.entry("4.3").provisions == [TYPED]
        assert app.session.path == moved and not app.session.dirty
        assert "项目.yaml" in str(app.screen.query_one("#status").content)
        # From now on Ctrl+S saves there, without a question.
        app.session.set_provisions("7.1", ["宜制定评价方法。"])
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        assert load_project(moved).project.entry("7.1").provisions == ["宜制定评价方法。"]


async def test_save_and_quit_asks_too_and_quits_once_saved(project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await _typed_then_deleted(pilot, project_path)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitDialog)
        await pilot.click("#save")
        await pilot.pause()
        assert isinstance(app.screen, FileGoneDialog) and app.is_running
        assert "The project file is gone" in " ".join(screen_text(app).split())
        await pilot.click("#again")
        await pilot.pause()
    assert app.return_code == 0
    assert load_project(project_path).project.entry("4.3").provisions == [TYPED]
    set_lang("zh")


@pytest.mark.parametrize("saved_before", [False, True])
async def test_saving_where_the_file_was_moved_to_asks_before_replacing_it(project_path: Path, checklist,
                                                                           saved_before: bool) -> None:
    """The committee moved the file: saving it there replaces the moved copy only once the author says so,
    and keeps that copy once, as NAME.yaml.bak, as every save of a project file keeps the file it replaces
    (QA pass 12, B6: the folder held NAME.bak.yaml and NAME.yaml.bak, the same bytes twice); a session that
    saved before keeps it too (the project file's own save keeps no copy then)."""
    from authoring.tui.dialogs.confirm import ConfirmDialog

    moved = project_path.parent / "归档" / project_path.name
    moved.parent.mkdir()
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(80, 24)) as pilot:
        if saved_before:
            await pilot.pause()
            app.session.set_provisions("7.1", ["宜制定评价方法。"])
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert not app.session.dirty
        await _typed_then_deleted(pilot, project_path)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.click("#elsewhere")
        await pilot.pause()
        app.screen.query_one("#path", Input).value = str(moved)
        moved.write_text("the moved file\n", encoding="utf-8")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog), "an existing file is replaced only when the author says so"
        assert f"{moved.name}.bak" in str(app.screen.query_one(".question").content)
        await pilot.click("#yes")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        assert load_project(moved).project.entry("4.3").provisions == [TYPED]
        assert sorted(p.name for p in moved.parent.iterdir()) == [moved.name, f"{moved.name}.bak"]
        assert moved.with_name(f"{moved.name}.bak").read_text(encoding="utf-8") == "the moved file\n"
        assert app.session.path == moved and not project_path.exists()
