"""Nothing the author made is lost: exports never propose a file they did not pick (such as the
committee's draft a project was imported from), every "replace it?" question has Cancel as its
default, a replaced file is kept as ``NAME.bak.EXT``, and the check screen never passes one draft's
results off as another's."""

from __future__ import annotations

import contextlib
from pathlib import Path

from textual.widgets import Button, DataTable, Input

from authoring.tui.app import StudioApp
from authoring.tui.dialogs.confirm import ChoiceDialog, ConfirmDialog
from authoring.tui.dialogs.exported import ExportedDialog
from authoring.tui.dialogs.path import PathDialog
from authoring.tui.screens.author import AuthorScreen
from authoring.tui.screens.check import CheckScreen
from tests.tui.test_studio_flows import _draft, _finish, _only_check


async def _import(pilot, draft: Path) -> None:
    """The studio was started on ``draft``: save the project where it proposes."""
    assert isinstance(pilot.app.screen, PathDialog)
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, AuthorScreen)


async def _export_path_dialog(pilot) -> PathDialog:
    """F5, past the question about findings if there is one: the dialog asking where the draft goes."""
    await pilot.press("f5")
    await pilot.pause()
    await _finish(pilot, "check")
    if isinstance(pilot.app.screen, ChoiceDialog):
        await pilot.press("tab", "enter")  # export anyway
        await pilot.pause()
    assert isinstance(pilot.app.screen, PathDialog)
    return pilot.app.screen


async def test_exporting_an_imported_draft_never_proposes_the_committees_draft(studio_env: Path, checklist) -> None:
    draft = studio_env / "终端计算机.docx"
    _draft(draft, checklist)
    original = draft.read_bytes()
    app = StudioApp(draft, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(110, 34)) as pilot:
        await pilot.pause()
        await _import(pilot, draft)
        dialog = await _export_path_dialog(pilot)
        proposed = Path(dialog.query_one("#path", Input).value)
        assert proposed == studio_env / "终端计算机-stdauthor.docx", proposed
        await pilot.press("enter")
        await pilot.pause()
        await _finish(pilot, "export")
        assert isinstance(app.screen, ExportedDialog)
        await pilot.press("escape")
        await pilot.pause()
        # The file picked last is the author's own: proposed again, asked about, kept when replaced.
        dialog = await _export_path_dialog(pilot)
        assert Path(dialog.query_one("#path", Input).value) == proposed
        await pilot.press("escape")
        await pilot.pause()
    assert draft.read_bytes() == original, "the committee's draft is untouched"
    assert proposed.is_file()


async def test_skeleton_export_proposes_a_name_not_taken(project_path: Path, checklist) -> None:
    taken = project_path.with_name(f"{project_path.stem}-skeleton.docx")
    taken.write_bytes(b"someone's file")
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, PathDialog)
        assert Path(app.screen.query_one("#path", Input).value).name == f"{project_path.stem}-skeleton-stdauthor.docx"
    assert taken.read_bytes() == b"someone's file"


async def test_replacing_a_draft_asks_with_cancel_first_and_keeps_the_old_file(studio_env: Path, checklist) -> None:
    draft = studio_env / "终端计算机.docx"
    _draft(draft, checklist)
    original = draft.read_bytes()
    backup = studio_env / "终端计算机.bak.docx"
    app = StudioApp(draft, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(110, 34)) as pilot:
        await pilot.pause()
        await _import(pilot, draft)
        # The author types the committee's draft on purpose: asked, and Enter keeps it.
        dialog = await _export_path_dialog(pilot)
        dialog.query_one("#path", Input).value = str(draft)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert app.screen.focused is app.screen.query_one("#no", Button), "Cancel is the default"
        assert str(app.screen.query_one(".question").content) == (
            "终端计算机.docx 已存在，覆盖吗？\n旧文件将另存为 终端计算机.bak.docx")
        await pilot.press("enter")
        await pilot.pause()
        await _finish(pilot, "export")
        assert isinstance(app.screen, AuthorScreen)
        assert draft.read_bytes() == original and not backup.exists(), "Enter wrote nothing"

        # Replace, chosen on purpose: the old draft is kept, and the message says where.
        dialog = await _export_path_dialog(pilot)
        dialog.query_one("#path", Input).value = str(draft)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("shift+tab", "enter")
        await pilot.pause()
        await _finish(pilot, "export")
        assert isinstance(app.screen, ExportedDialog)
        assert "原文件已另存为 终端计算机.bak.docx。" in str(app.screen.query_one(".note").content)
    assert backup.read_bytes() == original
    assert draft.read_bytes() != original


async def test_the_copy_of_a_replaced_file_never_replaces_an_earlier_copy(studio_env: Path) -> None:
    from authoring.tui.backup import keep_backup

    path = studio_env / "a.docx"
    path.write_bytes(b"one")
    assert keep_backup(path) == studio_env / "a.bak.docx"
    path.write_bytes(b"two")
    assert keep_backup(path) == studio_env / "a-2.bak.docx"
    assert (studio_env / "a.bak.docx").read_bytes() == b"one" and (studio_env / "a-2.bak.docx").read_bytes() == b"two"
    assert keep_backup(studio_env / "none.docx") is None


async def test_replace_question_in_english(studio_env: Path, checklist) -> None:
    from authoring.i18n import set_lang

    set_lang("en")
    draft = studio_env / "draft.docx"
    _draft(draft, checklist)
    (studio_env / "draft.report.md").write_text("mine", encoding="utf-8")
    app = StudioApp(draft, checklist=checklist)
    async with _checked(app, (100, 32)) as (pilot, _):
        await pilot.press("f5")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert str(app.screen.query_one(".question").content) == (
            "draft.report.md exists. Replace it?\nThe old file will be kept as draft.report.bak.md")
        assert app.screen.focused is app.screen.query_one("#no", Button)


async def test_check_screen_replaces_a_report_only_when_asked_and_keeps_the_old_one(studio_env: Path, checklist) -> None:
    draft = studio_env / "draft.docx"
    _draft(draft, checklist)
    report = studio_env / "draft.report.md"
    report.write_text("the author's notes", encoding="utf-8")
    app = StudioApp(draft, checklist=checklist)
    async with _checked(app, (100, 32)) as (pilot, _):
        await pilot.press("f5")
        await pilot.pause()
        assert Path(app.screen.query_one("#path", Input).value) == report
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("enter")  # the default: Cancel
        await pilot.pause()
        assert isinstance(app.screen, CheckScreen)
        assert report.read_text(encoding="utf-8") == "the author's notes"
        assert not (studio_env / "draft.report.bak.md").exists()
        await pilot.press("f5")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("shift+tab", "enter")  # Replace
        await pilot.pause()
    assert (studio_env / "draft.report.bak.md").read_text(encoding="utf-8") == "the author's notes"
    assert report.read_text(encoding="utf-8").startswith("#")


async def test_a_failed_check_clears_the_last_drafts_results(studio_env: Path, checklist) -> None:
    draft = studio_env / "draft.docx"
    _draft(draft, checklist)
    app = StudioApp(draft, checklist=checklist)
    async with _checked(app, (100, 32)) as (pilot, screen):
        assert screen.query_one("#coverage-table", DataTable).row_count > 0

        screen.query_one("#check-path", Input).value = "nosuch.docx"
        screen.action_run_check()
        await _finish(pilot, "check")
        assert "nosuch.docx" in str(screen.query_one("#check-summary").content)
        assert screen.result is None
        assert screen.query_one("#coverage-table", DataTable).row_count == 0
        assert screen.query_one("#findings-table", DataTable).row_count == 0
        assert str(screen.query_one("#evidence").content) == ""
        notices: list[str] = []
        real_notify = screen.notify
        screen.notify = lambda message, **kw: (notices.append(message), real_notify(message, **kw))  # type: ignore[method-assign]
        for key in ("f5", "f6", "f7", "f8"):
            await pilot.press(key)
            await pilot.pause()
            assert app.screen is screen, f"{key} asks for no file: there are no results to write"
        assert notices == ["请先检查一个草案"] * 4
    assert not list(studio_env.glob("nosuch*")), "nothing written under the failed draft's name"


async def test_exports_are_named_after_the_draft_the_results_are_about(studio_env: Path, checklist) -> None:
    """A check that was never finished (the path typed after it) does not rename the last results."""
    draft = studio_env / "draft.docx"
    _draft(draft, checklist)
    app = StudioApp(draft, checklist=checklist)
    async with _checked(app, (100, 32)) as (pilot, screen):
        screen.path = studio_env / "other.docx"  # as while the check of another draft runs
        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, PathDialog)
        assert Path(app.screen.query_one("#path", Input).value).name == "draft.report.html"


async def test_a_draft_typed_as_the_check_screens_tree_shows_it_is_found(studio_env: Path, checklist,
                                                                          monkeypatch) -> None:
    """As served: the project's folder holds drafts/, the studio works in drafts/, and the tree shows the project's
    folder. ``drafts/初稿.docx``, typed as the tree shows it, is that draft (it was "文件不存在")."""
    from authoring.project import new_project

    folder = studio_env / "项目"
    drafts = folder / "drafts"
    drafts.mkdir(parents=True)
    project = folder / "标准.yaml"
    new_project("养老机构服务规范", checklist=checklist, version=1).save(project)
    _draft(drafts / "初稿.docx", checklist)
    monkeypatch.chdir(drafts)
    app = StudioApp(project, checklist=checklist)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        await pilot.press("f7")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CheckScreen)
        for typed in ("drafts/初稿.docx", "初稿.docx"):
            screen.query_one("#check-path", Input).value = typed
            screen.action_run_check()
            await _finish(pilot, "check")
            assert screen.result is not None, (typed, str(screen.query_one("#check-summary").content))
            assert screen.checked.resolve() == (drafts / "初稿.docx").resolve()


@contextlib.asynccontextmanager
async def _checked(app: StudioApp, size: tuple[int, int]):
    """The studio on a draft given to it, only checked (Escape at the question where to save a project):
    its check screen once the check is done."""
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await _only_check(pilot)
        await _finish(pilot, "check")
        screen = app.screen
        assert isinstance(screen, CheckScreen) and screen.result is not None
        yield pilot, screen


async def test_a_draft_with_no_text_is_not_scored(studio_env: Path, checklist) -> None:
    """A draft of pages scanned as pictures is never scored: the studio says at once the line check, import
    and explain say of it (7c3d897, QA pass 11 A3), before any question, and no project is made of it."""
    from docx import Document

    draft = studio_env / "扫描稿.docx"
    document = Document()
    document.add_table(rows=2, cols=2)
    document.save(str(draft))
    app = StudioApp(draft, checklist=checklist)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert not isinstance(app.screen, (PathDialog, CheckScreen))
        [message] = [n.message for n in app._notifications if n.severity == "error"]
        assert "扫描稿.docx" in message and "未读到任何文字" in message and "0%" not in message
    assert not list(studio_env.glob("*.yaml"))


async def test_long_notices_leave_the_coverage_table_its_rows_at_80x24(studio_env: Path) -> None:
    """Seen by hand: at 80x24 the notices of a technical draft (no heading styles, not a service, likeness)
    filled the check screen and the coverage table showed no row."""
    from authoring.checklist import load_packs
    from tests.check.test_reliability_notices import gbt_draft

    draft = gbt_draft(studio_env / "服务器密码机检测规范.docx", "服务器密码机检测规范")
    app = StudioApp(draft, checklist=load_packs()["excellence-guide"], lang="en")  # English notices run longer
    async with _checked(app, (80, 24)) as (_, screen):
        summary = str(screen.query_one("#check-summary").content)
        assert summary.count("Note:") >= 2 and len(summary) > 600, summary
        table = screen.query_one("#coverage-table", DataTable)
        assert table.region.height >= 6
        # the verdict is on screen at 80 columns, before the long English title
        labels = [str(c.label) for c in table.columns.values()]
        assert labels[:2] == ["Item", "Status"]
