"""Focus lands where the author types next: the new-project title, the first field of F3, Ctrl+S everywhere."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from authoring.project import load_project
from authoring.tui.app import StudioApp
from authoring.tui.dialogs.new_project import NewProjectDialog
from authoring.tui.screens.author import AuthorScreen
from authoring.tui.screens.metadata import MetadataScreen
from authoring.tui.screens.start import StartScreen
from tests.tui.conftest import type_text


async def test_the_new_project_dialog_takes_the_first_keys(studio_env: Path, checklist) -> None:
    app = StudioApp(None, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NewProjectDialog)
        await type_text(pilot, "物业服务卓越服务指南")
        assert app.screen.query_one("#title", Input).value == "物业服务卓越服务指南"


async def test_f3_opens_on_the_first_field_and_ctrl_s_saves_there(project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, MetadataScreen)
        assert isinstance(app.focused, Input) and app.focused.id == "meta-title_zh", app.focused
        await pilot.press("end")
        await type_text(pilot, "（试行）")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not app.session.dirty, "Ctrl+S saves from the F3 screen"
        assert isinstance(app.screen, MetadataScreen)
    assert load_project(project_path).project.metadata.title_zh == "养老机构卓越服务指南（试行）"


async def test_each_tab_of_f3_puts_the_cursor_in_its_first_field(project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("f3")
        await pilot.pause()
        first = {"scope": "scope", "references": "ref-designation", "terms": "term-zh", "metadata": "meta-title_zh"}
        tabs = app.screen.query_one("#meta-tabs")
        for tab, field in first.items():
            # The screen focuses the field after the next refresh (the pane must be shown first);
            # on a loaded machine that can take a few seconds, and the previous tab's activation
            # may still be in the queue and take the tab back once: then it is chosen again.
            for _ in range(500):
                if tabs.active != f"tab-{tab}":
                    tabs.active = f"tab-{tab}"
                await pilot.pause(0.02)
                if tabs.active == f"tab-{tab}" and app.focused is not None and app.focused.id == field:
                    break
            assert app.focused is not None and app.focused.id == field, (tab, app.focused)
        app.session = None


async def test_the_new_project_dialog_shows_its_heading_and_the_title_label(studio_env: Path, checklist) -> None:
    """Focusing the title must not scroll the heading and the title's label out of sight (120×32 and 80×24)."""
    from tests.tui.conftest import fully_shown

    for size in ((120, 32), (80, 24)):
        app = StudioApp(None, checklist=checklist, autosave_delay=60)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await pilot.press("n")
            await pilot.pause()
            labels = list(app.screen.query("Label"))
            for label in labels[:2]:  # 新建项目, 标准名称（中文，必填）
                assert fully_shown(label, str(label.content)), (size, str(label.content))
            assert app.focused.id == "title"


async def test_enter_on_a_recent_file_opens_it_the_first_time(project_path: Path, checklist) -> None:
    """After closing a project (F10), one Enter opens it again: the recent files have the focus (QA pass 12, A5);
    Tab goes round the buttons and back to them."""
    from authoring.tui.config import add_recent

    add_recent(project_path)
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("f10")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert app.focused.id == "recent"
        await pilot.press("tab", "tab", "tab", "tab")
        assert app.focused.id == "recent"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen) and app.session.path.resolve() == project_path.resolve()
        app.session = None


async def test_escape_in_the_guide_views_fields_goes_back_to_the_items(project_path: Path, checklist) -> None:
    """QA pass 12, B11: Escape did nothing in the provisions editor; only Ctrl+O, labelled 大纲 like Ctrl+B's
    正文大纲, went back to the item tree. Escape does it as on the other screens, and the two keys' labels differ."""
    from textual.widgets import DataTable

    from authoring.tui.widgets.outline import Outline

    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        author = app.screen
        author.select_item("5.2")
        await pilot.pause()
        for field in ("#provisions", "#methods", "#ind-name"):
            author.query_one(field).focus()
            await pilot.pause()
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.focused, Outline), (field, app.focused)
            assert isinstance(app.screen, AuthorScreen) and author.current == "5.2"

        await pilot.press("f1")
        await pilot.pause()
        table = app.screen.query_one("#keys", DataTable)
        rows = {str(table.get_row_at(k)[0]): str(table.get_row_at(k)[1]) for k in range(table.row_count)}
        assert rows["^o"] == rows["esc"] != rows["^b"], rows
        assert "大纲" not in rows["^o"]
        app.session = None
