"""Every dialog of the author screen fits an 80×24 terminal, in Chinese and in English: its buttons are drawn
inside it and on the screen (QA pass 9, finding B4: F5's "Word 草案保存到" had 确定/取消 below its bottom edge;
only Enter and Escape worked). A terminal resized mid-edit keeps the provisions editor in sight."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, TextArea

from authoring.checklist import load_packs
from authoring.i18n import set_lang
from authoring.tui.app import StudioApp
from authoring.tui.screens.author import AuthorScreen

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def guide():
    return load_packs()["excellence-guide"]


@pytest.fixture
def example(studio_env: Path) -> Path:
    path = studio_env / "s.yaml"
    shutil.copy(ROOT / "examples" / "elderly-care.yaml", path)
    return path


def _inside(widget) -> bool:  # noqa: ANN001
    """True when ``widget`` is drawn whole: inside the content (within border and padding) of every
    container around it, and on the screen."""
    region = widget.region
    if region.height <= 0 or region.width <= 0:
        return False
    return all(node.content_region.contains_region(region) for node in widget.ancestors
               if hasattr(node, "content_region") and node is not widget.app)


#: (key pressed on the author screen, the item selected first, whether the project is edited first)
DIALOGS = {
    "F5 export": ("f5", "5.1", False),
    "F6 skeleton": ("f6", "5.1", False),
    "F8 memorandum": ("f8", "5.1", False),
    "Ctrl+T comments": ("ctrl+t", "5.1", False),
    "Ctrl+G comment table": ("ctrl+g", "5.1", False),
    "F9 new project": ("f9", "5.1", False),
    "F10 close, unsaved": ("f10", "5.1", True),
    "Ctrl+Q quit, unsaved": ("ctrl+q", "5.1", True),
    "Ctrl+N reason": ("ctrl+n", "5.5", False),
    "Ctrl+N question": ("ctrl+n", "5.1", False),
    "Ctrl+L link": ("ctrl+l", "5.5", False),
    "Ctrl+F place": ("ctrl+f", "5.5", False),
    "F1 help": ("f1", "5.1", False),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("name", list(DIALOGS))
async def test_each_dialog_fits_80x24(example: Path, guide, name: str, lang: str) -> None:
    key, item, edit = DIALOGS[name]
    set_lang(lang)
    app = StudioApp(example, checklist=guide, lang=lang, autosave_delay=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        author = app.screen
        assert isinstance(author, AuthorScreen)
        author.select_item(item)
        if edit:
            app.session.set_provisions("5.5", ["养老机构应关注外部运营环境的变化。"])
        await pilot.pause()
        await pilot.press(key)
        await pilot.pause()
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ModalScreen), (name, dialog)
        box = dialog.query_one(".dialog")
        assert _inside(box) and box.region.bottom <= 24, (name, box.region)
        buttons = list(dialog.query(Button))
        assert buttons or isinstance(box, VerticalScroll), name
        for button in buttons:
            assert _inside(button), (name, button.id, button.region, box.region)
        app.session = None


async def test_the_check_screens_report_dialog_fits_80x24(example: Path, guide) -> None:
    """F7's checker asks where a report goes with the same path dialog."""
    draft = example.with_suffix(".docx")
    shutil.copy(ROOT / "examples" / "elderly-care.yaml", example.parent / "x.yaml")
    from authoring.cli.main import main

    assert main(["build", str(example.parent / "x.yaml"), "-o", str(draft)]) == 0
    app = StudioApp(draft, checklist=guide, autosave_delay=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("escape")  # not imported: checked
        for _ in range(40):
            await pilot.pause(0.1)
            if not app.workers:
                break
        await pilot.press("f5")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ModalScreen)
        for button in dialog.query(Button):
            assert _inside(button), (button.id, button.region)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_open_dialog_of_the_start_screen_fits_80x24(studio_env: Path, guide, lang: str) -> None:
    set_lang(lang)
    app = StudioApp(None, checklist=guide, lang=lang, autosave_delay=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ModalScreen)
        for button in dialog.query(Button):
            assert _inside(button), (button.id, button.region)


async def test_a_resize_mid_edit_keeps_the_provisions_editor_in_sight(example: Path, guide) -> None:
    app = StudioApp(example, checklist=guide, autosave_delay=60)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        author = app.screen
        author.select_item("5.6.1")
        await pilot.pause()
        area = author.query_one("#provisions", TextArea)
        area.focus()
        await pilot.press("ctrl+end")
        await pilot.pause()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        panel = author.query_one("#item", VerticalScroll)
        assert app.screen.focused is area
        visible = panel.region.intersection(area.region)
        assert visible.height >= min(area.region.height, 3), (panel.region, area.region)
        assert panel.region.y <= area.cursor_screen_offset.y < panel.region.bottom, "the cursor is in sight"
        app.session = None
