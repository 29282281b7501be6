"""The author screen with the real guide: the outline opens at its first row, and the guide's text reads
in the language of the UI (QA round: tree scrolled by one at 80×24, "——" in the English UI)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.geometry import Region

from authoring.checklist import load_checklist
from authoring.i18n import set_lang
from authoring.tui.app import StudioApp
from authoring.tui.widgets.outline import Outline
from tests.tui.conftest import screen_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def guide():
    """The guide's full checklist: taller than an 80×24 outline, so the outline scrolls."""
    return load_checklist(ROOT / "checklists" / "excellence-guide.yaml")


@pytest.fixture
def example(studio_env: Path) -> Path:
    """A copy of the bundled example project."""
    path = studio_env / "s.yaml"
    shutil.copy(ROOT / "examples" / "elderly-care.yaml", path)
    return path


#: The left partial blocks a horizontal scrollbar's thumb ends in (the vertical one uses lower blocks).
THUMB_ENDS = "▉▊▋▌▍▎▏"


@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=["80x24", "120x36"])
async def test_the_outline_opens_at_its_first_row(example: Path, guide, size: tuple[int, int]) -> None:
    """The first item is selected on opening; the outline is not scrolled to put it on top (which hid the
    chapter above it, "▼ 4 … 总则", on a terminal too short for the whole outline)."""
    app = StudioApp(example, checklist=guide, autosave_delay=60)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.pause()
        outline = app.screen.query_one(Outline)
        assert outline.max_scroll_y > 0 or size != (80, 24), "the outline is taller than its pane at 80×24"
        assert outline.cursor_node is not None and outline.cursor_node.data == "4.1"
        assert outline.scroll_offset.y == 0
        rows = screen_text(app).splitlines()
        assert rows[1].startswith("▼ 4 ") and "总则" in rows[1]
        assert rows[2].startswith("├ ") and "4.1" in rows[2]
        app.session = None


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=["80x24", "120x36"])
async def test_no_stray_glyph_under_the_outline(example: Path, guide, size: tuple[int, int], lang: str) -> None:
    """Labels too long for the outline (English ones, at any size) are cut at its edge: no horizontal
    scrollbar takes its last row, where the thumb's end showed as a stray ▎/▌ at the bottom left."""
    set_lang(lang)
    app = StudioApp(example, checklist=guide, lang=lang, autosave_delay=60)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.pause()
        outline = app.screen.query_one(Outline)
        assert not outline.show_horizontal_scrollbar
        drawn = [strip.text for strip in outline.render_lines(Region(0, 0, *outline.outer_size))]
        assert not any(set(line) & set(THUMB_ENDS) for line in drawn), "\n".join(drawn)
        # The last row is a row of the outline (at 80×24 the outline fills its pane).
        if size == (80, 24):
            assert drawn[-1].lstrip().startswith(("├", "└", "│", "▼"))
        app.session = None


async def test_the_outline_still_scrolls_to_an_item_chosen_later(example: Path, guide) -> None:
    app = StudioApp(example, checklist=guide, autosave_delay=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.select_item("7.5")
        await pilot.pause()
        outline = app.screen.query_one(Outline)
        assert outline.scroll_offset.y == outline.max_scroll_y > 0
        assert "7.5" in screen_text(app).splitlines()[outline.region.bottom - 1]
        app.session = None


@pytest.mark.parametrize(("lang", "point", "foreign"), [
    ("en", "– Define employees' responsibilities", "—"),
    ("zh", "——明确员工职责", "– "),
])
async def test_guide_points_take_the_dash_of_the_language(example: Path, guide, lang: str, point: str,
                                                          foreign: str) -> None:
    """The guide's points are listed with the Chinese "——" in Chinese, and with "– " in English."""
    set_lang(lang)
    app = StudioApp(example, checklist=guide, lang=lang, autosave_delay=60)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        app.screen.select_item("5.2")
        await pilot.pause()
        shown = str(app.screen.query_one("#item-guide").render())
        assert point in shown and foreign not in shown, shown
        app.session = None


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
async def test_a_toast_never_straddles_the_outlines_edge(project_path: Path, checklist, size) -> None:
    """QA pass 12, A3: at 80 columns a toast lay over the outline's right edge, and a redraw of the outline
    blanked its first wide characters (已保存 read 存; Textual#6357). It stays right of the outline."""
    from textual.widgets._toast import Toast

    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.pause()
        [toast] = app.screen.query(Toast)
        outline = app.screen.query_one(Outline).region
        assert toast.region.x >= outline.right, (toast.region, outline)
        assert "已保存" in str(toast.render())
        app.session = None
