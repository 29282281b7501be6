"""A list of names typed into the studio (起草单位 in the new-project dialog, the metadata screen's lists)
is cut as the reader cuts a 前言's: ``Shanghai ABC Technology Co., Ltd.`` is one unit, not ``… Co.`` and
``Ltd.`` (a92a560 mended the reader; the studio split at every comma)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from authoring.project import load_project
from authoring.tui.app import StudioApp
from authoring.tui.dialogs.new_project import NewProjectDialog
from authoring.tui.dialogs.path import PathDialog
from authoring.tui.screens.metadata import split_list


def test_the_metadata_screen_keeps_a_legal_form_with_its_name() -> None:
    assert split_list("Shanghai ABC Technology Co., Ltd.、某某协会, XYZ, Inc.；某中心") == [
        "Shanghai ABC Technology Co., Ltd.", "某某协会", "XYZ, Inc.", "某中心"]


async def test_the_new_project_dialog_keeps_a_legal_form_with_its_name(studio_env: Path, checklist) -> None:
    app = StudioApp(None, checklist=checklist, autosave_delay=0.05)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NewProjectDialog)
        app.screen.query_one("#title", Input).value = "社区助餐服务指南"
        orgs = app.screen.query_one("#organisations", Input)
        orgs.value = "Shanghai ABC Technology Co., Ltd.、某某协会"
        orgs.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PathDialog)
        project = studio_env / "助餐.yaml"
        app.screen.query_one("#path", Input).value = str(project)
        await pilot.press("enter")
        await pilot.pause()
    assert load_project(project).project.metadata.drafting_units == ["Shanghai ABC Technology Co., Ltd.", "某某协会"]
