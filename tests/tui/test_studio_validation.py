"""Field checks of the metadata screen, and path completion of the file inputs."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from authoring.tui.validation import CHECKS, designation_error
from authoring.tui.widgets.path_input import PathSuggester


@pytest.mark.parametrize("value", ["GB/T 15624", "GB/T 24620—2009", "GB 2894-2008", "ISO 9001:2015", "DB11/T 1234—2020", "T/CAS 123—2020", "GB/T 1.1—2020"])
def test_good_designations(value: str) -> None:
    assert designation_error(value) == ""


@pytest.mark.parametrize("value", ["", "15624", "服务标准化工作指南", "GB/T"])
def test_bad_designations(value: str) -> None:
    assert designation_error(value) != ""


@pytest.mark.parametrize(("field", "good", "bad"), [
    ("ics", "03.080.30", "3.80"),
    ("ccs", "A 12", "12A"),
    ("year", "2026", "26"),
    ("number", "20000.1", "20000-1"),
    ("draft_date", "2026-05-01", "2026/05/01"),
    ("title_zh", "养老机构服务规范", ""),
])
def test_field_checks(field: str, good: str, bad: str) -> None:
    assert CHECKS[field].error(good) == ""
    assert CHECKS[field].error(bad) != ""


def test_path_completion_offers_folders_and_matching_files(tmp_path: Path) -> None:
    (tmp_path / "drafts").mkdir()
    (tmp_path / "draft-2026.docx").write_bytes(b"")
    (tmp_path / "draft-notes.txt").write_text("x")
    suggester = PathSuggester((".docx",))

    def suggest(value: str) -> str | None:
        return asyncio.run(suggester.get_suggestion(value))

    assert suggest(str(tmp_path / "draft-")) == str(tmp_path / "draft-2026.docx")
    assert suggest(str(tmp_path / "drafts")) == str(tmp_path / "drafts") + "/"
    assert suggest(str(tmp_path / "draft-n")) is None
    assert suggest(str(tmp_path / "missing" / "x")) is None


def test_a_relative_path_completes_from_the_folder_a_tree_shows(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    # Served, the studio works in drafts/ while its tree shows the project's folder above it.
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "初稿.docx").write_bytes(b"")
    monkeypatch.chdir(drafts)
    suggester = PathSuggester((".docx",), lambda: tmp_path)
    assert asyncio.run(suggester.get_suggestion("drafts/初")) == "drafts/初稿.docx"
    assert asyncio.run(suggester.get_suggestion("初")) == "初稿.docx"  # the working folder first
    assert asyncio.run(PathSuggester((".docx",)).get_suggestion("drafts/初")) is None


async def test_the_save_dialog_creates_a_new_folder_on_a_second_ok(tmp_path) -> None:  # noqa: ANN001
    from textual.app import App
    from textual.widgets import Input, Label

    from authoring.tui.dialogs.path import PathDialog

    chosen: list = []

    class Host(App):
        def on_mount(self) -> None:
            self.push_screen(PathDialog("保存到", (".docx",), start=tmp_path, must_exist=False), chosen.append)

    target = tmp_path / "新文件夹" / "草案.docx"
    app = Host()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.screen.query_one("#path", Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert not target.parent.exists() and chosen == []
        assert "不存在" in str(app.screen.query_one("#path-error", Label).render())
        await pilot.press("enter")
        await pilot.pause()
    assert target.parent.is_dir() and chosen == [target]


async def test_an_error_line_shows_no_red_band_until_it_has_something_to_say(tmp_path) -> None:  # noqa: ANN001
    """Textual paints ``Label.error``'s red band under an empty label too: a dialog opened a moment
    ago looked as if something had gone wrong (seen in the browser studio's save dialogs)."""
    from textual.app import App
    from textual.widgets import Input

    from authoring.tui.dialogs.path import PathDialog

    class Host(App):
        def on_mount(self) -> None:
            self.push_screen(PathDialog("保存到", (".docx",), start=tmp_path, must_exist=False))

    app = Host()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        line = app.screen.query_one("#path-error")
        assert line.styles.background.a == 0, "no band while the line is empty"
        app.screen.query_one("#path", Input).value = str(tmp_path / "草案.txt")
        await pilot.press("enter")
        await pilot.pause()
        assert "结尾" in str(line.render()) and line.styles.background.a > 0
