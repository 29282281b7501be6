"""Reopening: with no file the studio opens the author's last project; New project from anywhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from authoring.project import load_project
from authoring.tui.app import StudioApp
from authoring.tui.config import add_recent, last_project
from authoring.tui.dialogs.confirm import QuitDialog
from authoring.tui.dialogs.new_project import NewProjectDialog
from authoring.tui.dialogs.path import PathDialog
from authoring.tui.screens.author import AuthorScreen
from authoring.tui.screens.start import StartScreen
from tests.tui.conftest import type_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list:
    """tui.py's main with the studio replaced by a recorder; the bundled example at a known place."""
    import sys

    import authoring._paths
    import authoring.tui

    example = tmp_path / "example.yaml"
    example.write_text("x", encoding="utf-8")
    monkeypatch.setattr(authoring._paths, "working_example", lambda: example)
    calls: list = []
    monkeypatch.setattr(authoring.tui, "run", lambda path=None, lang=None: calls.append(path) or 0)
    monkeypatch.syspath_prepend(str(ROOT))
    sys.modules.pop("tui", None)
    import tui

    calls.append(example)  # calls[0]: where the example is; calls[1]: what was opened
    return [tui.main, calls]


def test_no_argument_reopens_the_last_project(launched, project_path: Path, studio_env: Path) -> None:
    main, calls = launched
    draft = studio_env / "draft.docx"
    draft.write_bytes(b"")
    add_recent(studio_env / "gone.yaml")  # moved away since
    add_recent(project_path)
    add_recent(draft)  # a checked draft is no project
    assert last_project() == project_path.resolve()
    assert main([]) == 0
    assert Path(calls[1]) == project_path.resolve()


def test_no_argument_and_no_project_yet_opens_the_example(launched, studio_env: Path) -> None:
    main, calls = launched
    assert last_project() is None
    main([])
    assert Path(calls[1]) == calls[0]


async def test_new_project_from_the_author_screen_palette(project_path: Path, checklist, studio_env: Path) -> None:
    """Ctrl+P, 新建项目: asks about unsaved changes, closes this project, then makes the new one."""
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60, edit_delay=0.01)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        app.screen.select_item("4.3")
        await pilot.press("ctrl+o", "tab", "tab")
        await type_text(pilot, "宜明确服务对象。")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await type_text(pilot, "新建项目")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuitDialog), "unsaved changes: asked first"
        await pilot.press("enter")  # save and close
        await pilot.pause()
        assert isinstance(app.screen, NewProjectDialog)
        await type_text(pilot, "物业服务卓越服务指南")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PathDialog)
        new = studio_env / "物业.yaml"
        app.screen.query_one("#path", Input).value = str(new)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen) and app.session.path == new
        assert [type(s) for s in app.screen_stack[1:]] == [StartScreen, AuthorScreen], "the old project was closed"
        app.session = None
    assert load_project(project_path).project.entry("4.3").provisions == ["宜明确服务对象。"]
    assert load_project(new).project.metadata.title_zh == "物业服务卓越服务指南"


async def _edit_and_save(project: Path, checklist, text: str) -> None:
    """One studio session: type ``text`` as the provisions of 5.2, save with Ctrl+S, quit."""
    from textual.widgets import TextArea

    app = StudioApp(project, checklist=checklist, autosave_delay=60, edit_delay=0.01)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        app.screen.select_item("5.2")
        await pilot.pause()
        area = app.screen.query_one("#provisions", TextArea)
        area.focus()
        area.insert(text)
        for _ in range(50):  # the edit goes in after edit_delay; a loaded machine takes longer
            await pilot.pause(app.edit_delay + 0.05)
            if any(text in line for line in app.session.item_text("5.2")):
                break
        assert app.session.dirty
        await pilot.press("ctrl+s")
        for _ in range(50):
            await pilot.pause()
            if not app.session.dirty:
                break
        assert not app.session.dirty
        app.session = None


async def test_the_first_backup_survives_later_sessions(studio_env: Path, checklist) -> None:
    """README: Ctrl+S keeps "the first NAME.yaml.bak": the file as it was before the studio first changed
    it. A second session (and a second save in it) leaves that backup alone; it overwrote it."""
    from authoring.project import new_project

    project = studio_env / "s.yaml"
    new_project("养老机构卓越服务指南", checklist=checklist).save(project)
    original = project.read_bytes()
    backup = studio_env / "s.yaml.bak"
    assert not backup.exists()

    await _edit_and_save(project, checklist, "宜明确员工职责。")
    first = project.read_bytes()
    assert first != original and backup.read_bytes() == original

    await _edit_and_save(project, checklist, "宜提供激励员工投入度的环境。")
    assert project.read_bytes() not in (original, first)
    assert backup.read_bytes() == original, "the second session kept the first backup"
    assert "宜提供激励员工投入度的环境。" in project.read_text("utf-8")
