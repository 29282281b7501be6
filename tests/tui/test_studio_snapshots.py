"""Snapshots of the start screen, the author screen and the dashboard at a fixed size."""

from __future__ import annotations

from pathlib import Path

from authoring.tui.app import StudioApp

SIZE = (100, 32)


async def _settle(pilot, *groups: str) -> None:
    await pilot.pause()
    for worker in [w for w in pilot.app.workers if w.group in groups]:
        await worker.wait()
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
