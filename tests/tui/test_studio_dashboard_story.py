"""The dashboard's figures tell one story and say what each counts: the overall coverage is the body's text
against the guide's items (an imported draft's own words count before any link is accepted), and beside it
how many items are addressed (✓, linked to a clause: the ones the outline gives a percentage) and how many
links the import proposed (QA pass 9, finding B8: 总体覆盖度 60%（只计作者写的条款） while every item was ○)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from authoring.checklist import load_packs
from authoring.i18n import set_lang
from authoring.tui.app import StudioApp
from authoring.tui.screens.dashboard import DashboardScreen

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def guide():
    return load_packs()["excellence-guide"]


@pytest.fixture
def imported(studio_env: Path) -> Path:
    """The bundled example as an import leaves a draft: its text in the outline, every item still to do, a
    few links proposed and none accepted."""
    yaml = YAML()
    data = yaml.load((ROOT / "examples" / "elderly-care.yaml").read_text(encoding="utf-8"))
    data["items"] = {"4.2": {"status": "todo", "links": [{"clause": "c4-1", "proposed": True}]},
                     "4.3": {"status": "todo", "links": [{"clause": "c4-2", "proposed": True},
                                                         {"clause": "c6-2", "proposed": True}]}}
    path = studio_env / "imported.yaml"
    with path.open("w", encoding="utf-8") as out:
        yaml.dump(data, out)
    return path


async def _dashboard(app, pilot) -> DashboardScreen:
    await pilot.press("f4")
    await pilot.pause()
    for worker in [w for w in app.workers if w.group == "dashboard"]:
        await worker.wait()
    await pilot.pause()
    dash = app.screen
    assert isinstance(dash, DashboardScreen)
    return dash


def _text(dash: DashboardScreen, selector: str) -> str:
    return " ".join(str(dash.query_one(selector).content).split())


async def test_an_imported_draft_says_what_its_coverage_counts(imported: Path, guide) -> None:
    app = StudioApp(imported, checklist=guide, autosave_delay=60)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        dash = await _dashboard(app, pilot)
        score = round(dash.result.coverage.score * 100)
        assert score > 0, "the draft's own words touch the guide before any link is accepted"
        heading = _text(dash, "#dash-score")
        assert f"总体覆盖度 {score}%" in heading and "只计作者写的条款" not in heading, heading
        assert "正文的文字对照指南的 23 个条目" in heading, "what the figure counts"
        assert "已落实 0 个条目" in heading and "待确认的链接 3 个" in heading, heading
        bars = _text(dash, "#dash-bars")
        assert "已落实 0/4" in bars, bars  # chapter 4: the text's bar, and no item addressed yet
        await pilot.press("escape")
        await pilot.pause()
        app.session.toggle_link("4.2", "c4-1")  # Ctrl+L accepts the proposed link
        dash = await _dashboard(app, pilot)
        heading = _text(dash, "#dash-score")
        assert "已落实 1 个条目" in heading and "待确认的链接 2 个" in heading, heading
        assert "已落实 1/4" in _text(dash, "#dash-bars")
        app.session = None


async def test_the_story_in_english(imported: Path, guide) -> None:
    set_lang("en")
    app = StudioApp(imported, checklist=guide, lang="en", autosave_delay=60)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        dash = await _dashboard(app, pilot)
        heading = _text(dash, "#dash-score")
        assert re.search(r"Overall coverage \d+%", heading) and "the body's text" in heading, heading
        assert "0 items addressed" in heading and "3 links proposed" in heading, heading
        assert "0/4 addressed" in _text(dash, "#dash-bars")
        app.session = None


async def test_a_written_project_tells_the_same_story(studio_env: Path, guide) -> None:
    path = studio_env / "s.yaml"
    shutil.copy(ROOT / "examples" / "elderly-care.yaml", path)
    app = StudioApp(path, checklist=guide, autosave_delay=60)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        dash = await _dashboard(app, pilot)
        heading = _text(dash, "#dash-score")
        # 19 items ✓ in the outline: 23 but 4.1 and 7.5 (not applicable), 5.5 and 7.4 (to do).
        assert "对照指南的 21 个条目" in heading and "已落实 19 个条目" in heading and "待确认" not in heading, heading
        app.session = None
