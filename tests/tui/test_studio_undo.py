"""Ctrl+Z and Ctrl+Y on the author (guide) screen take back and redo the studio's own steps (QA pass 9, finding A3).

An item marked not applicable with Ctrl+N, or linked with Ctrl+L, stayed so on Ctrl+Z there; only the outline
screen (Ctrl+B) took it back. The README: every change, here or elsewhere in the studio, is one undo step.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList, SelectionList, TextArea

from authoring.tui.app import StudioApp
from authoring.tui.dialogs.link import LinkDialog
from authoring.tui.dialogs.not_applicable import NotApplicableDialog
from authoring.tui.screens.author import AuthorScreen
from authoring.tui.widgets.outline import Outline
from tests.tui.test_studio_outline import _own_project


def _messages(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_ctrl_z_on_the_guide_takes_back_a_not_applicable_mark(project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(110, 34)) as pilot:
        await pilot.pause()
        author = app.screen
        assert isinstance(author, AuthorScreen)
        author.select_item("6.4")
        author.query_one(Outline).focus()
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, NotApplicableDialog)
        app.screen.query_one("#reason", Input).value = "本标准不涉及服务协议"
        await pilot.press("enter")
        await pilot.pause()
        assert app.session.entry("6.4").status == "not-applicable"
        assert str(author.query_one(Outline).node_of("6.4").label).startswith("–")

        await pilot.press("ctrl+z")
        await pilot.pause()
        assert app.session.entry("6.4").status == "todo", "Ctrl+Z where the mark was made takes it back"
        assert not str(author.query_one(Outline).node_of("6.4").label).startswith("–")
        assert any("已撤销" in m and "6.4 标为不适用" in m for m in _messages(app)), _messages(app)
        assert not app.session.dirty, "back as saved"

        await pilot.press("ctrl+y")
        await pilot.pause()
        assert app.session.entry("6.4").status == "not-applicable"
        assert "不适用" in str(author.query_one("#na-status").content), "the editor shows the item as it is now"
        app.session = None


async def test_ctrl_z_on_the_guide_takes_back_a_link(studio_env: Path, checklist) -> None:
    path = _own_project(studio_env, checklist)
    app = StudioApp(path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(110, 34)) as pilot:
        await pilot.pause()
        author = app.screen
        author.select_item("5.2")
        author.query_one(Outline).focus()
        await pilot.pause()
        await pilot.press("ctrl+l")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, LinkDialog)
        options = dialog.query_one("#link-clauses", OptionList)
        options.highlighted = next(k for k in range(options.option_count)
                                   if "入住评估" in str(options.get_option_at_index(k).prompt))
        await pilot.press("enter")
        await pilot.pause()
        assert app.session.entry("5.2").accepted_links()
        where = str(author.query_one("#item-where").content)
        assert "落实于" in where

        await pilot.press("ctrl+z")
        await pilot.pause()
        assert app.session.entry("5.2").accepted_links() == []
        assert "尚未落实" in str(author.query_one("#item-where").content), "the item shows it unlinked"
        app.session = None


async def test_ctrl_z_in_the_editor_takes_back_its_typing_first_then_the_studios_steps(
        project_path: Path, checklist) -> None:
    """In the provisions editor Ctrl+Z undoes its own typing; with none left, the studio's last step."""
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60, edit_delay=0.01)
    async with app.run_test(size=(110, 34)) as pilot:
        await pilot.pause()
        author = app.screen
        author.select_item("5.2")
        await pilot.pause()
        methods = author.query_one("#methods", SelectionList)
        methods.focus()
        await pilot.press("space")
        await pilot.pause()
        assert app.session.entry("5.2").methods == ["5.2.a"]
        area = author.query_one("#provisions", TextArea)
        area.focus()
        await pilot.press("x")
        await pilot.pause(0.05)
        assert app.session.entry("5.2").provisions == ["x"]

        await pilot.press("ctrl+z")
        await pilot.pause(0.05)
        assert area.text == "" and app.session.entry("5.2").methods == ["5.2.a"], "the editor's own typing first"
        await pilot.press("ctrl+z")
        await pilot.pause(0.05)
        assert app.session.entry("5.2").methods == [], "then the method ticked before"
        assert app.focused is author.query_one("#provisions", TextArea)
        app.session = None


async def test_the_guides_undo_is_listed_in_help(project_path: Path, checklist) -> None:
    from textual.widgets import DataTable

    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(110, 34)) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        table = app.screen.query_one("#keys", DataTable)
        actions = [str(table.get_row_at(k)[1]) for k in range(table.row_count)]
        assert "撤销" in actions and "重做" in actions, actions
        app.session = None


async def test_the_provisions_editors_own_undo_never_jumps_ahead_of_a_later_step(
        project_path: Path, checklist) -> None:
    """Typing, then a method ticked: back in the editor, Ctrl+Z takes back the method first (the newest step),
    then the typing; the editor's own undo went first, and the next Ctrl+Z brought the typing back (QA pass 12, A2)."""
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60, edit_delay=0.01)
    async with app.run_test(size=(110, 34)) as pilot:
        await pilot.pause()
        author = app.screen
        author.select_item("5.2")
        await pilot.pause()
        area = author.query_one("#provisions", TextArea)
        area.focus()
        await pilot.press("x")
        await pilot.pause(0.05)
        assert app.session.entry("5.2").provisions == ["x"]
        author.query_one("#methods", SelectionList).focus()
        await pilot.press("space")
        await pilot.pause()
        assert app.session.entry("5.2").methods == ["5.2.a"]
        area.focus()
        await pilot.pause()

        await pilot.press("ctrl+z")
        await pilot.pause(0.05)
        assert app.session.entry("5.2").methods == [] and app.session.entry("5.2").provisions == ["x"]
        await pilot.press("ctrl+z")
        await pilot.pause(0.05)
        assert app.session.entry("5.2").provisions == [] and area.text == ""
        await pilot.press("ctrl+z")
        await pilot.pause(0.05)
        assert app.session.entry("5.2").provisions == [] and not app.session.dirty
        app.session = None


async def test_the_scope_editors_own_undo_never_jumps_ahead_of_a_later_step(project_path: Path, checklist) -> None:
    """F3: the scope typed, then the title changed: back in the scope, Ctrl+Z takes back the title first."""
    from tests.tui.test_studio_editing import _f3_tab, _focus

    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(110, 34)) as pilot:
        screen = await _f3_tab(pilot, "scope")
        await _focus(pilot, screen, "#scope")
        await pilot.press("x")
        await pilot.pause()
        assert app.session.section("scope") == ["x"]
        screen.query_one("#meta-tabs").active = "tab-metadata"
        await pilot.pause()
        await _focus(pilot, screen, "#meta-title_zh")
        await pilot.press("end", "y")
        await pilot.pause()
        title = app.session.project.metadata.title_zh
        assert title.endswith("y")
        screen.query_one("#meta-tabs").active = "tab-scope"
        await pilot.pause()
        await _focus(pilot, screen, "#scope")

        await pilot.press("ctrl+z")
        await pilot.pause()
        assert app.session.project.metadata.title_zh == title[:-1] and app.session.section("scope") == ["x"]
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert app.session.section("scope") == [] and screen.query_one("#scope", TextArea).text == ""
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert app.session.section("scope") == [] and not app.session.dirty
        app.session = None
