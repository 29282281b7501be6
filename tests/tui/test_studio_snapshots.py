"""Snapshots of the start screen, the author screen and the dashboard at a fixed size.

The analysis is replaced by a fixed result, so the pictures change when the studio does,
not when the coverage scoring or the lint rules are tuned.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from authoring.check import CheckResult, ChecklistInfo, DocumentSummary
from authoring.document import StandardDocument
from authoring.results import CoverageReport, Finding, ItemCoverage
from authoring.tui.app import StudioApp
from authoring.tui.session import Session

SIZE = (100, 32)
SCORES = {"4.3": ("covered", 1.0), "5.2": ("partial", 0.5), "5.6": ("missing", 0.0), "5.6.1": ("missing", 0.0),
          "6.4": ("not-applicable", 0.0), "7.1": ("covered", 0.8)}


@pytest.fixture(autouse=True)
def fixed_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    def check(self: Session) -> tuple[StandardDocument, CheckResult]:
        items = [
            ItemCoverage(id=item.id, title=item.title_zh, status=SCORES[item.id][0], score=SCORES[item.id][1],
                         chapter=self.checklist.chapter_of(item.id).id)
            for item in self.checklist.items()
        ]
        result = CheckResult(
            file="p.yaml",
            document=DocumentSummary(title="养老机构卓越服务指南", number="GB/T XXXXX—XXXX", function="指南",
                                     clauses=9, characters=900),
            checklist=ChecklistInfo.of(self.checklist),
            coverage=CoverageReport(checklist_id=self.checklist.id, score=0.46, items=items),
            findings=[Finding(rule="wording.placeholder", severity="info", location="前言",
                              message="占位符“××”尚未替换。")],
        )
        return StandardDocument(), result

    monkeypatch.setattr(Session, "check", check)


async def _settle(pilot, *groups: str) -> None:
    """Wait for the workers of ``groups`` to finish, and hold text cursors still. A worker a key
    press starts may begin a few message cycles later on a loaded machine: keep looking for a while
    until one has been waited for, so the snapshot is never taken before it has run."""
    waited = False
    for _ in range(20):
        await pilot.pause()
        running = [w for w in pilot.app.workers if w.group in groups and not w.is_finished]
        for worker in running:
            await worker.wait()
        waited = waited or bool(running)
        if waited and not running:
            break
    # A text field's cursor blinks: hold it shown, or a slow run catches it off.
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()


def test_start_screen(snap_compare, checklist) -> None:
    assert snap_compare(StudioApp(None, checklist=checklist), terminal_size=SIZE)


def _fill(project_path: Path) -> None:
    """Some decisions, so the outline shows every mark."""
    from authoring.project import load_project

    pf = load_project(project_path)
    pf.set_provisions("5.2", ["宜明确员工职责，赋予员工权力。"])
    pf.toggle_method("5.2", "5.2.b")
    pf.set_status("5.2", "addressed")
    pf.set_status("6.4", "not-applicable", "本标准不涉及服务协议")
    pf.save()


def test_author_screen(snap_compare, project_path: Path, checklist) -> None:
    _fill(project_path)

    async def before(pilot) -> None:
        await _settle(pilot, "coverage")
        pilot.app.screen.select_item("5.2")
        await _settle(pilot)

    assert snap_compare(StudioApp(project_path, checklist=checklist), terminal_size=SIZE, run_before=before)


def test_dashboard(snap_compare, project_path: Path, checklist) -> None:
    _fill(project_path)

    async def before(pilot) -> None:
        await _settle(pilot, "coverage")
        await pilot.press("f4")
        await _settle(pilot, "dashboard")

    assert snap_compare(StudioApp(project_path, checklist=checklist), terminal_size=SIZE, run_before=before)


NARROW = (80, 24)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_author_screen_80x24(snap_compare, project_path: Path, checklist, lang: str) -> None:
    """The author screen on an 80×24 terminal, in Chinese and in English (issue 9 item 16)."""
    from authoring.i18n import set_lang

    _fill(project_path)
    set_lang(lang)

    async def before(pilot) -> None:
        await _settle(pilot, "coverage")
        pilot.app.screen.select_item("5.2")
        await _settle(pilot)

    assert snap_compare(StudioApp(project_path, checklist=checklist, lang=lang), terminal_size=NARROW,
                        run_before=before)


def test_help_over_the_author_screen_80x24_en(snap_compare, project_path: Path, checklist) -> None:
    """A dialog over the author screen: the footer beneath, rebuilt while the dialog is up, shows no key cut in
    half (it showed ``f6 E`` when its keys were fitted by their laid-out places)."""
    from authoring.i18n import set_lang

    _fill(project_path)
    set_lang("en")

    async def before(pilot) -> None:
        await _settle(pilot, "coverage")
        pilot.app.screen.select_item("5.2")
        await _settle(pilot)
        await pilot.press("f1")
        await _settle(pilot)

    assert snap_compare(StudioApp(project_path, checklist=checklist, lang="en"), terminal_size=NARROW,
                        run_before=before)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_new_project_80x24(snap_compare, checklist, lang: str) -> None:
    from authoring.i18n import set_lang

    set_lang(lang)

    async def before(pilot) -> None:
        await pilot.press("n")
        await _settle(pilot, "coverage")  # the new project's first coverage runs in a thread

    assert snap_compare(StudioApp(None, checklist=checklist, lang=lang), terminal_size=NARROW, run_before=before)


@pytest.mark.parametrize("size", [NARROW, (120, 36)], ids=["80x24", "120x36"])
def test_outline_screen(snap_compare, studio_env: Path, checklist, size: tuple[int, int]) -> None:
    """The outline screen of a version 2 project: the committee's chapters, the linked items, a clause's text."""
    from tests.tui.test_studio_outline import _own_project

    path = _own_project(studio_env, checklist)

    async def before(pilot) -> None:
        from authoring.tui.screens.outline import ClauseTree

        await _settle(pilot, "coverage")
        await pilot.press("ctrl+b")
        await _settle(pilot)
        pilot.app.screen.query_one(ClauseTree).select_id("c4-1")
        await _settle(pilot)

    assert snap_compare(StudioApp(path, checklist=checklist), terminal_size=size, run_before=before)
