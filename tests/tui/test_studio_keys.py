"""The studio's own keys work from every widget, and no editor key silently selects the author's text."""

from __future__ import annotations

from pathlib import Path

from textual.widget import Widget
from textual.widgets import TextArea

from authoring.project import load_project
from authoring.tui.app import StudioApp
from authoring.tui.dialogs.path import PathDialog
from authoring.tui.screens.check import CheckScreen
from authoring.tui.screens.metadata import MetadataScreen
from authoring.tui.widgets.editor import Editor

PROVISIONS = ["宜明确员工职责，赋予员工权力。", "宜提供激励员工投入度的环境。"]


def _write(project_path: Path) -> None:
    pf = load_project(project_path)
    pf.set_provisions("5.2", PROVISIONS)
    pf.set_status("5.2", "addressed")
    pf.save()


async def _into_provisions(pilot) -> TextArea:
    """From the outline to the provisions editor by keys: Ctrl+O, then Tab past methods and starts."""
    pilot.app.screen.select_item("5.2")
    await pilot.press("ctrl+o", "tab", "tab", "tab")
    area = pilot.app.focused
    assert isinstance(area, TextArea) and area.id == "provisions"
    return area


async def test_f6_f7_in_the_editor_never_select_the_provisions(project_path: Path, checklist) -> None:
    """The repro of the data loss: End, F7, a key, Ctrl+S must not replace every provision."""
    _write(project_path)
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60, edit_delay=0.01)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        area = await _into_provisions(pilot)
        await pilot.press("end", "f7")
        await pilot.pause()
        assert isinstance(app.screen, CheckScreen), "F7 opens the checker from inside the editor"
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is area and area.selected_text == ""
        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, PathDialog), "F6 exports the skeleton from inside the editor"
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is area and area.selected_text == ""
        await pilot.press("x", "ctrl+s")
        await pilot.pause()
    saved = load_project(project_path).project.entry("5.2").provisions
    assert saved == [PROVISIONS[0] + "x", PROVISIONS[1]]


async def test_the_footer_shows_the_studio_keys_while_the_editor_has_focus(project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(120, 32)) as pilot:
        await pilot.pause()
        await _into_provisions(pilot)
        active = app.screen.active_bindings
        for key, action in (("f1", "help"), ("f3", "metadata"), ("f5", "export('draft')"),
                            ("f6", "export('skeleton')"), ("f7", "check_draft"), ("ctrl+s", "save_project")):
            assert active[key].binding.action.removeprefix("app.") == action, key
        footer_keys = {b.key for _, b, enabled, _ in app.screen.active_bindings.values() if b.show}
        assert {"f1", "f3", "f4", "f5", "f6", "ctrl+s"} <= footer_keys
        app.session = None


def _shadowing(screen, widgets: list[Widget]) -> list[tuple[str, str, str]]:
    """(widget, key, action) for every widget binding that hides one of the screen's or the app's keys."""
    studio = {
        key for node in (screen, screen.app) for key, items in node._bindings.key_to_bindings.items()
        # the studio's own keys carry ids; Textual's (Ctrl+C) do not; the button keys (Space, ←, →) act on a
        # focused button only, and go on to any other widget's own use of them
        if any(b.id and not b.id.startswith("button.") for b in items)
    }
    studio.discard("escape")  # an open dropdown closes on Escape before the screen goes back: wanted
    studio.discard("question_mark")  # typed as text in the fields, help stays on F1
    out = []
    for widget in widgets:
        for node in widget.ancestors_with_self:
            if node is screen:
                break
            for key, items in node._bindings.key_to_bindings.items():
                if key in studio:
                    # The provisions editor's Ctrl+Z and Ctrl+Y undo its own typing and, with none left,
                    # pass the key on to the screen's undo (Editor.check_action): they hide nothing.
                    out.extend((type(node).__name__, key, b.action) for b in items
                               if not (isinstance(node, Editor) and b.action in ("undo", "redo")))
    return out


def _silent_selections(widgets: list[Widget]) -> list[tuple[str, str, str]]:
    """Bindings that select text without shift (the author did not ask to select anything)."""
    out = []
    for widget in widgets:
        if not isinstance(widget, TextArea):
            continue
        for key, items in widget._bindings.key_to_bindings.items():
            for b in items:
                if b.action.startswith("select") and "shift" not in key:
                    out.append((type(widget).__name__, key, b.action))
    return out


async def test_no_widget_hides_a_studio_key(project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(120, 32)) as pilot:
        await pilot.pause()
        screens = [app.screen]
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, MetadataScreen)
        for tab in ("metadata", "scope", "references", "terms"):
            app.screen.query_one("#meta-tabs").active = f"tab-{tab}"
            await pilot.pause()
        screens.append(app.screen)
        await pilot.press("escape", "f7")
        await pilot.pause()
        assert isinstance(app.screen, CheckScreen)
        screens.append(app.screen)
        for screen in screens:
            widgets = [w for w in screen.query("*") if w.focusable or w.can_focus]
            assert not _shadowing(screen, widgets), type(screen).__name__
            assert not _silent_selections(widgets), type(screen).__name__
        app.session = None


async def test_coming_into_a_field_never_selects_its_text(project_path: Path, checklist) -> None:
    """F3 lands in the title: a key typed at once adds to the title, it does not replace it."""
    from textual.widgets import Input

    from tests.tui.conftest import type_text

    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(120, 32)) as pilot:
        await pilot.pause()
        await pilot.press("f3")
        await pilot.pause()
        title = app.focused
        assert isinstance(title, Input) and title.id == "meta-title_zh"
        await type_text(pilot, "（试行）")
        assert title.value.startswith("养老机构卓越服务指南"), title.value
        for screen in app.screen_stack:
            for field in screen.query(Input):
                assert not field.select_on_focus, field
        app.session = None


async def test_ctrl_end_and_ctrl_home_go_to_the_ends_of_the_provisions(project_path: Path, checklist) -> None:
    from tests.tui.conftest import type_text

    _write(project_path)
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60, edit_delay=0.01)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        area = await _into_provisions(pilot)
        await pilot.press("ctrl+end", "enter")
        await type_text(pilot, "宜定期评估。")
        assert area.text.splitlines() == [*PROVISIONS, "宜定期评估。"]
        await pilot.press("ctrl+home")
        assert area.cursor_location == (0, 0) and area.selected_text == ""
        app.session = None
