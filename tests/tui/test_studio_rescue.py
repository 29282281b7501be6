"""A save the studio refuses never loses the author's work: it goes to a rescue copy, and one message says
where and what to do next (QA pass 6: after 文件在打开后被其他程序修改过 or a folder that cannot be written,
不保存退出 was the only way out and the work was gone)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from textual.widgets import TextArea

from authoring.errors import OutputOSError
from authoring.project import load_project
from authoring.tui.app import StudioApp
from authoring.tui.dialogs.confirm import QuitDialog
from authoring.tui.screens.author import AuthorScreen
from authoring.tui.session import Session


def _rescued(folder: Path, stem: str) -> list[Path]:
    return sorted(folder.glob(f"{stem}.未保存的修改-*.yaml"))


def _errors(app) -> list[str]:
    """The refused-save messages on screen (a dialog, QA pass 9 finding B1) and error toasts."""
    from authoring.tui.dialogs.save_failed import SaveFailedDialog

    shown = [screen.message for screen in app.screen_stack if isinstance(screen, SaveFailedDialog)]
    return shown + [n.message for n in app._notifications if n.severity == "error"]


async def _write(pilot, item_id: str, text: str) -> AuthorScreen:
    """Type ``text`` as the provisions of ``item_id`` and let it reach the project."""
    await pilot.pause()
    author = pilot.app.screen
    assert isinstance(author, AuthorScreen)
    author.select_item(item_id)
    await pilot.pause()
    author.query_one("#provisions", TextArea).insert(text)
    await pilot.pause()
    author.flush_pending()
    return author


async def test_a_save_refused_for_a_file_changed_on_disk_keeps_the_work_in_a_rescue_copy(
        project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(110, 34)) as pilot:
        await _write(pilot, "4.3", "养老机构应明确服务对象的范围。")
        # Another program (another tab, an editor) changes the file meanwhile.
        theirs = project_path.read_text(encoding="utf-8").replace("养老机构卓越服务指南", "养老机构卓越服务指南（外部修改）")
        project_path.write_text(theirs, encoding="utf-8")

        await pilot.press("ctrl+s")
        await pilot.pause()
        assert project_path.read_text(encoding="utf-8") == theirs, "the other program's changes are never overwritten"
        [copy] = _rescued(project_path.parent, project_path.stem)
        assert load_project(copy).project.entry("4.3").provisions == ["养老机构应明确服务对象的范围。"]
        [message] = _errors(app)
        assert "保存失败" in message and str(copy) in message and "比较" in message, message

        await pilot.press("ctrl+s")  # again: the same work, the same copy
        await pilot.pause()
        assert _rescued(project_path.parent, project_path.stem) == [copy]

        assert len(_errors(app)) == 1, "Ctrl+S again: one message, not two"
        await pilot.press("escape")  # read: the dialog closes
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)

        # 保存并退出 is refused too; 不保存退出 then leaves, and the rescue copy stays.
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitDialog)
        await pilot.click("#save")
        await pilot.pause()
        assert app.is_running and str(copy) in _errors(app)[0]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.click("#discard")
        await pilot.pause()
    assert project_path.read_text(encoding="utf-8") == theirs
    assert _rescued(project_path.parent, project_path.stem) == [copy]
    assert load_project(copy).project.entry("4.3").provisions == ["养老机构应明确服务对象的范围。"]


async def test_a_folder_that_cannot_be_written_rescues_the_work_under_the_data_dir_in_english(
        project_path: Path, checklist, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import authoring.atomic
    import authoring.project.file
    import authoring.tui.session

    data = tmp_path / "data"
    monkeypatch.setenv("STDAUTHOR_DATA_DIR", str(data))
    folder = project_path.parent.resolve()
    real = authoring.atomic.atomic_write_bytes

    def read_only_folder(path, payload) -> None:  # the project's folder refuses every write (chattr +i)
        if Path(path).absolute().parent.resolve() == folder:
            raise OutputOSError("没有写入权限", "permission denied", path=path,
                                cause=PermissionError(errno.EPERM, "Operation not permitted"))
        real(path, payload)

    monkeypatch.setattr(authoring.project.file, "atomic_write_bytes", read_only_folder)
    monkeypatch.setattr(authoring.tui.session, "atomic_write_bytes", read_only_folder)
    before = project_path.read_bytes()
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60, lang="en")  # studio_env resets the language
    async with app.run_test(size=(110, 34)) as pilot:
        await _write(pilot, "7.1", "宜制定评价方法。")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert project_path.read_bytes() == before
        assert not _rescued(project_path.parent, project_path.stem)
        [copy] = _rescued(data / "rescued", project_path.stem)
        assert load_project(copy).project.entry("7.1").provisions == ["宜制定评价方法。"]
        [message] = _errors(app)
        assert message.startswith("save failed:") and str(copy) in message and "Open that copy" in message, message
        app.session.discard_autosave()
        app.session = None


def test_a_rescue_copy_never_replaces_a_file(project_path: Path, checklist) -> None:
    from datetime import datetime

    session = Session.open(project_path, lambda _: checklist)
    session.set_provisions("4.3", ["养老机构应明确服务对象。"])
    now = datetime(2026, 12, 4, 5, 56, 3)
    taken = project_path.with_name(f"{project_path.stem}.未保存的修改-20261204-055603.yaml")
    taken.write_text("someone's file", encoding="utf-8")
    copy = session.rescue(now)
    assert copy == project_path.with_name(f"{project_path.stem}.未保存的修改-20261204-055603-2.yaml")
    assert taken.read_text(encoding="utf-8") == "someone's file"
    assert load_project(copy).project.entry("4.3").provisions == ["养老机构应明确服务对象。"]


async def test_the_refused_save_message_is_drawn_whole_over_the_indicator_form(project_path: Path, checklist) -> None:
    """QA pass 9, finding B1: the 保存失败 toast lay over the indicator form's fields, and every Chinese character
    straddling a field's edge beneath it was drawn as two spaces (文件在打开后被其  程序修改过, 未  存). The message
    that says where the rescue copy is must be drawn whole, at 120×36 and at 80×24."""
    import re

    from textual.widgets._toast import Toast

    def drawn(app) -> str:
        """The text the terminal shows where the message is (toasts, dialogs), as composited on screen."""
        strips = app.screen._compositor.render_strips()
        rows = []
        for widget in [*app.screen.query(Toast), *app.screen.query(".dialog")]:
            region = widget.region
            rows += [strips[y].crop(region.x, region.right).text for y in range(region.y, region.bottom)]
        return re.sub(r"[\s\u2500-\u259f]", "", "".join(rows))

    for size in ((120, 36), (80, 24)):
        app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
        async with app.run_test(size=size, notifications=True) as pilot:
            await _write(pilot, "4.3", "养老机构应明确服务对象的范围。")
            original = project_path.read_text(encoding="utf-8")
            project_path.write_text(original.replace("养老机构卓越服务指南", "养老机构卓越服务指南（外部修改）"),
                                    encoding="utf-8")
            await pilot.press("ctrl+s")
            for _ in range(5):
                await pilot.pause(0.05)
            shown = drawn(app)
            for words in ("文件在打开后被其他程序修改过，为免覆盖他人的修改，未保存", "你的修改已另存为",
                          "磁盘上的养老服务指南.yaml未改动", "把需要的修改复制到磁盘上的文件中"):
                assert words in shown, (size, words, shown)
            [copy] = _rescued(project_path.parent, project_path.stem)
            assert copy.name in shown, "where the work went, whole"
            copy.unlink()
            project_path.write_text(original, encoding="utf-8")
            app.session.discard_autosave()
            app.session = None
