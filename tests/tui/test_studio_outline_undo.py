"""Undo and redo on the outline screen (Ctrl+B) while a clause is being written (QA pass 12, A1 and A2).

A1: undoing an added clause left its empty fields on the right while the tree's cursor had gone to another
clause; what was typed there went into the clause no longer in the project, and was lost.
A2: Ctrl+Z in the clause's text editor took back the editor's own typing, then nothing: the screen's undo was
off while a text field had the cursor. The README: in a text editor Ctrl+Z takes back its own typing first,
then the studio's steps before it.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, TextArea

from authoring.tui.screens.outline import ClauseTree
from tests.tui.conftest import type_text
from tests.tui.test_studio_outline import _outline, _own_project


async def _add_clause_after_4_1(app, pilot, screen) -> str:
    """On 4.1: ``a``, type a title, Tab, type a line of text; back to the tree. The new clause's id."""
    screen.query_one(ClauseTree).select_id("c4-1")
    await pilot.pause()
    screen.query_one(ClauseTree).focus()
    await pilot.press("a")
    await pilot.pause()
    new = screen.current
    assert new != "c4-1" and isinstance(screen.focused, Input)
    await type_text(pilot, "服务安全")
    await pilot.pause(app.edit_delay + 0.2)
    await pilot.press("tab")
    assert isinstance(screen.focused, TextArea)
    await type_text(pilot, "养老机构应保障安全")
    await pilot.pause(app.edit_delay + 0.2)
    assert app.session.clause_title(new) == "4.2 服务安全"
    return new


async def test_after_undoing_an_added_clause_the_pane_shows_the_clause_under_the_cursor(
        studio_env: Path, checklist) -> None:
    path = _own_project(studio_env, checklist)
    async with _outline(path, checklist, size=(80, 24)) as (app, pilot, screen):
        new = await _add_clause_after_4_1(app, pilot, screen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(screen.focused, ClauseTree)
        await pilot.press("ctrl+z", "ctrl+z", "ctrl+z")  # the text, the title, then the added clause
        await pilot.pause()
        await pilot.pause()
        assert new not in {c[0] for c in app.session.clauses()}
        tree = screen.query_one(ClauseTree)
        under = tree.cursor_node.data
        assert under in {c[0] for c in app.session.clauses()} | {"introduction"}
        title = screen.query_one("#clause-title", Input)
        assert screen.current == under, (screen.current, under)
        assert title.value == screen._node(under).title and not title.disabled
        assert screen.query_one("#clause-text", TextArea).text == "\n".join(app.session.clause_text(under))

        # Typing there goes into that clause.
        await pilot.press("enter")
        await pilot.pause()
        assert screen.focused is title
        await pilot.press("end")
        await type_text(pilot, "甲")
        await pilot.pause(app.edit_delay + 0.2)
        assert screen._node(under).title.endswith("甲"), screen._node(under).title



async def test_a_clause_gone_from_under_the_pane_takes_no_typing(studio_env: Path, checklist) -> None:
    """Should the clause shown go by another way than the screen's own undo, the pane shows it no more on
    its next showing (F2 here) and takes no typing for it."""
    path = _own_project(studio_env, checklist)
    async with _outline(path, checklist, size=(80, 24)) as (app, pilot, screen):
        new = await _add_clause_after_4_1(app, pilot, screen)
        for _ in range(3):
            app.session.undo()
        assert new not in {c[0] for c in app.session.clauses()}
        screen.relabel()
        await pilot.pause()
        title, area = screen.query_one("#clause-title", Input), screen.query_one("#clause-text", TextArea)
        assert title.disabled and area.disabled and title.value == "" and area.text == ""
        before = app.session.pf.dumps()
        await type_text(pilot, "甲")
        await pilot.pause(app.edit_delay + 0.2)
        assert app.session.pf.dumps() == before and "甲" not in title.value + area.text


async def test_ctrl_z_in_the_text_editor_goes_on_from_its_typing_to_the_studios_steps(
        studio_env: Path, checklist) -> None:
    path = _own_project(studio_env, checklist)
    async with _outline(path, checklist, size=(80, 24)) as (app, pilot, screen):
        new = await _add_clause_after_4_1(app, pilot, screen)
        area = screen.query_one("#clause-text", TextArea)
        assert screen.focused is area

        await pilot.press("ctrl+z")  # the editor's own typing
        await pilot.pause(app.edit_delay + 0.2)
        assert area.text == "" and app.session.clause_text(new) == []
        assert app.session.clause_title(new) == "4.2 服务安全"
        await pilot.press("ctrl+z")  # the title typed before
        await pilot.pause()
        assert app.session.clause_title(new) == "4.2"
        assert screen.query_one("#clause-title", Input).value == ""
        assert screen.focused is area, "the cursor stays in the editor"
        await pilot.press("ctrl+z")  # the added clause
        await pilot.pause()
        assert new not in {c[0] for c in app.session.clauses()}
        assert screen.current == "c4-1" and area.text == "\n".join(app.session.clause_text("c4-1"))
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert new in {c[0] for c in app.session.clauses()}, "Ctrl+Y in the editor redoes the studio's step"


async def test_ctrl_z_in_the_title_field_takes_back_the_studios_steps(studio_env: Path, checklist) -> None:
    path = _own_project(studio_env, checklist)
    async with _outline(path, checklist, size=(120, 36)) as (app, pilot, screen):
        new = await _add_clause_after_4_1(app, pilot, screen)
        await pilot.press("shift+tab")
        title = screen.query_one("#clause-title", Input)
        assert screen.focused is title
        await pilot.press("ctrl+z")  # the text typed in the editor
        await pilot.pause()
        assert app.session.clause_text(new) == [] and app.session.clause_title(new) == "4.2 服务安全"
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert app.session.clause_title(new) == "4.2" and title.value == ""


async def test_the_editors_own_undo_never_jumps_ahead_of_a_later_step(studio_env: Path, checklist) -> None:
    """Text typed, then the title: back in the editor, Ctrl+Z takes back the title first (the newest step),
    and never the text before it, which then came back on the next Ctrl+Z."""
    path = _own_project(studio_env, checklist)
    async with _outline(path, checklist, size=(80, 24)) as (app, pilot, screen):
        new = await _add_clause_after_4_1(app, pilot, screen)
        await pilot.press("shift+tab")
        await type_text(pilot, "管理")
        await pilot.pause(app.edit_delay + 0.2)
        assert app.session.clause_title(new) == "4.2 服务安全管理"
        await pilot.press("tab")
        assert isinstance(screen.focused, TextArea)
        await pilot.press("ctrl+z")
        await pilot.pause(app.edit_delay + 0.2)
        assert app.session.clause_title(new) == "4.2 服务安全", "the title typed last goes first"
        assert app.session.clause_text(new) == ["养老机构应保障安全"]
        await pilot.press("ctrl+z")
        await pilot.pause(app.edit_delay + 0.2)
        assert app.session.clause_text(new) == []
        await pilot.press("ctrl+z")
        await pilot.pause(app.edit_delay + 0.2)
        assert app.session.clause_title(new) == "4.2" and app.session.clause_text(new) == []


async def test_a_key_with_nothing_to_do_rings_the_bell_and_the_studio_goes_on(studio_env: Path, checklist) -> None:
    """n (normative/informative) on a clause that is no annex, Alt+↑ on a first clause, indent and outdent where
    there is nowhere to go: each called ``Screen.bell``, which Textual screens do not have, and the studio closed
    with a traceback (seen by hand at 120×36, session 40: typing " typed-en" with the tree focused)."""
    async with _outline(_own_project(studio_env, checklist), checklist) as (app, pilot, screen):
        tree = screen.query_one(ClauseTree)
        tree.select_id("c4")
        await pilot.pause()
        tree.focus()
        for key in ("n", "alt+up", "shift+tab", "tab"):
            await pilot.press(key)
            await pilot.pause()
            assert app.is_running and app.screen is screen, key
