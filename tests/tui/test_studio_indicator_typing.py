"""Typing an indicator row is an edit like any other (QA pass 9, finding A4).

A name, a value and a unit typed in the 量化指标 row were kept only in the form until Enter, +, Ctrl+S or leaving
the item: no autosave ~2 s after the last keystroke, no （未保存） mark, so a hard kill lost the row. Now the row
goes into the project as it is typed (once it has a name and a value), and Enter or + only clears the form.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Input, Static

from authoring.tui.app import StudioApp
from authoring.tui.session import Session
from tests.tui.conftest import type_text


async def _until(pilot, condition, limit: float = 5.0) -> None:
    waited = 0.0
    while not condition() and waited < limit:
        await pilot.pause(0.05)
        waited += 0.05


def _rows(session: Session, item_id: str) -> list[tuple[str, str, str]]:
    return [(i.name, i.value, i.unit) for i in session.entry(item_id).indicators]


async def test_a_typed_indicator_row_is_autosaved_and_marks_the_project_unsaved(project_path: Path, checklist) -> None:
    sidecar = Session.sidecar_of(project_path)
    original = project_path.read_bytes()
    app = StudioApp(project_path, checklist=checklist, autosave_delay=0.2, edit_delay=0.01)
    async with app.run_test(size=(110, 34)) as pilot:
        await pilot.pause()
        author = app.screen
        author.select_item("5.2")
        await pilot.pause()
        author.query_one("#ind-name", Input).focus()
        await type_text(pilot, "投诉响应时间")
        await pilot.press("tab")
        await type_text(pilot, "≤2")
        await pilot.press("tab")
        await type_text(pilot, "h")
        await _until(pilot, sidecar.is_file)
        assert sidecar.is_file(), "autosaved after the last keystroke, as every edit is"
        assert "投诉响应时间" in sidecar.read_text(encoding="utf-8")
        assert project_path.read_bytes() == original, "the autosave never touches the project file"
        assert app.session.dirty and "（未保存）" in str(author.query_one("#status", Static).content)
        assert _rows(app.session, "5.2") == [("投诉响应时间", "≤2", "h")]
        assert author.query_one("#ind-unit", Input).value == "h", "the form keeps the row while it is typed"

        await pilot.press("enter")  # done with the row: the form empties, the row stays once
        await pilot.pause()
        assert _rows(app.session, "5.2") == [("投诉响应时间", "≤2", "h")]
        assert author.query_one("#ind-name", Input).value == ""
        assert author.query_one("#indicators", DataTable).row_count == 1

        await pilot.press("ctrl+z")  # the row typed is one step
        await pilot.pause()
        assert _rows(app.session, "5.2") == []
        assert author.query_one("#indicators", DataTable).row_count == 0
        app.session.discard_autosave()
        app.session = None


async def test_a_row_typed_then_emptied_leaves_nothing(project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60, edit_delay=0.01)
    async with app.run_test(size=(110, 34)) as pilot:
        await pilot.pause()
        author = app.screen
        author.select_item("5.2")
        await pilot.pause()
        name, value = author.query_one("#ind-name", Input), author.query_one("#ind-value", Input)
        name.value, value.value = "满意度", "≥90"
        await _until(pilot, lambda: bool(app.session.entry("5.2").indicators))
        assert _rows(app.session, "5.2") == [("满意度", "≥90", "")]
        value.value = "≥95"
        await pilot.pause(0.05)
        assert _rows(app.session, "5.2") == [("满意度", "≥95", "")], "the same row, changed, not a second one"
        await pilot.press("f2")  # relabelled in English, the row stays the one being typed
        await pilot.pause()
        author.query_one("#ind-unit", Input).value = "%"
        await pilot.pause(0.05)
        assert _rows(app.session, "5.2") == [("满意度", "≥95", "%")]
        await pilot.press("f2")
        await pilot.pause()
        author.query_one("#ind-unit", Input).value = ""
        value.value = ""
        await _until(pilot, lambda: not app.session.entry("5.2").indicators)
        assert _rows(app.session, "5.2") == [] and not app.session.dirty, "no value: not an indicator (yet)"
        assert name.value == "满意度", "what is typed stays in the form"
        app.session = None
