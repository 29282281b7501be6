"""Each studio open on a project autosaves to a sidecar of its own (QA pass 9, finding A1).

Two browser tabs of ``stdauthor serve`` (or two terminals) on one project shared ``.NAME.yaml.autosave``: the
second tab's autosave replaced the first's unsaved typing for good, and a tab opened while another was editing
was offered that tab's live autosave, which 忽略 then lost. Now each studio writes its own sidecar, holds it
while it runs, and recovery offers only the autosaves no running studio owns, all of them, with when and whose.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from textual.widgets import Button, OptionList

from authoring.project import load_project
from authoring.tui.app import StudioApp
from authoring.tui.dialogs.confirm import ConfirmDialog
from authoring.tui.dialogs.recovery import RecoveryDialog
from authoring.tui.screens.author import AuthorScreen
from authoring.tui.session import Session

ROOT = Path(__file__).resolve().parents[2]


def _open(path: Path, checklist) -> Session:
    return Session.open(path, lambda _: checklist)


def _typed(session: Session, item_id: str, text: str) -> Path:
    """Edit like typing in the item's provisions, then autosave; the sidecar written."""
    session.set_provisions(item_id, [text])
    sidecar = session.autosave()
    assert sidecar is not None
    return sidecar


def test_two_studios_on_one_project_autosave_to_sidecars_of_their_own(project_path: Path, checklist) -> None:
    a, b = _open(project_path, checklist), _open(project_path, checklist)
    a_file = _typed(a, "5.2", "戊会话未保存的条文。")
    b_file = _typed(b, "5.2", "己会话未保存的条文。")
    assert a_file == Session.sidecar_of(project_path), "one studio alone keeps the sidecar it always had"
    assert b_file != a_file
    assert "戊会话未保存的条文。" in a_file.read_text(encoding="utf-8"), "the other tab's autosave never replaces it"
    assert "己会话未保存的条文。" in b_file.read_text(encoding="utf-8")
    assert Session.recoverable(project_path) == [], "nothing of a running studio is offered"

    a.release()  # tab A closed with its typing unsaved
    [left] = Session.recoverable(project_path)
    assert left.sidecar == a_file
    b.release()
    assert {o.sidecar for o in Session.recoverable(project_path)} == {a_file, b_file}
    assert project_path.read_text(encoding="utf-8").count("会话未保存的条文") == 0, "never the project file"


def test_saving_removes_only_the_studios_own_autosave(project_path: Path, checklist) -> None:
    a, b = _open(project_path, checklist), _open(project_path, checklist)
    a_file = _typed(a, "5.2", "戊会话未保存的条文。")
    b_file = _typed(b, "6.4", "己会话未保存的条文。")
    b.save()
    assert not b_file.exists() and a_file.is_file(), "B's save leaves A's autosave alone"
    a.discard_autosave()  # A quits without saving: only its own goes
    assert not a_file.exists()
    b.release()


async def test_a_studio_opened_beside_a_running_one_is_not_offered_its_autosave(project_path: Path, checklist) -> None:
    other = _open(project_path, checklist)
    live = _typed(other, "5.2", "戊会话未保存的条文。")
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen), "another running studio's autosave is not a recovery"
        app.session.set_provisions("6.4", ["己会话未保存的条文。"])
        mine = app.session.autosave()
        assert mine != live and live.is_file()
        app.session.discard_autosave()
        assert live.is_file(), "quitting without saving removes only the studio's own autosave"
        app.session = None
    assert "戊会话未保存的条文。" in live.read_text(encoding="utf-8")
    other.release()


async def test_every_autosave_left_behind_is_offered_with_when_and_whose(project_path: Path, checklist) -> None:
    """Tabs A and B both closed with unsaved typing: both are offered; A's is recovered and saved; B's, offered
    again, says the file was saved since, and its save goes to a rescue copy, never over A's."""
    a, b = _open(project_path, checklist), _open(project_path, checklist)
    a.via = "browser"
    a_file = _typed(a, "5.2", "戊会话未保存的条文。")
    b_file = _typed(b, "6.4", "己会话未保存的条文。")
    a.release()
    b.release()
    os.utime(b_file, (time.time() + 60, time.time() + 60))  # B autosaved last

    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, RecoveryDialog)
        options = dialog.query_one("#autosaves", OptionList)
        rows = [str(options.get_option_at_index(k).prompt) for k in range(options.option_count)]
        assert len(rows) == 2
        assert "浏览器标签页" in rows[0] and "终端" in rows[1], rows
        assert "改动：5.2" in rows[0] and "改动：6.4" in rows[1], "what each one changes tells them apart"
        assert all(f"{time.localtime().tm_year}年" in row for row in rows), "when it was autosaved"
        options.highlighted = 0  # A's
        await pilot.click("#yes")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        assert app.session.entry("5.2").provisions == ["戊会话未保存的条文。"]
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not a_file.exists() and b_file.is_file(), "saving removes the autosave recovered, not the other"
    assert load_project(project_path).project.entry("5.2").provisions == ["戊会话未保存的条文。"]

    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, RecoveryDialog) and len(dialog.orphans) == 1
        assert "已被保存过" in dialog.question and dialog.question.endswith("是否恢复？"), dialog.question
        await pilot.click("#yes")
        await pilot.pause()
        assert app.session.entry("6.4").provisions == ["己会话未保存的条文。"]
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.session.dirty, "B's edits were based on the file before A's save: not saved over it"
        app.session.discard_autosave()
        app.session = None
    saved = load_project(project_path).project
    assert saved.entry("5.2").provisions == ["戊会话未保存的条文。"], "A's saved work stays"
    [copy] = sorted(project_path.parent.glob(f"{project_path.stem}.未保存的修改-*.yaml"))
    assert load_project(copy).project.entry("6.4").provisions == ["己会话未保存的条文。"]


async def test_ignore_keeps_the_autosave_and_delete_asks_first(project_path: Path, checklist) -> None:
    left = _open(project_path, checklist)
    sidecar = _typed(left, "5.2", "戊会话未保存的条文。")
    left.release()

    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RecoveryDialog)
        await pilot.click("#no")  # 忽略
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen) and sidecar.is_file()
        app.session.set_provisions("6.4", ["己会话的条文。"])
        mine = app.session.autosave()
        assert mine != sidecar and "戊会话未保存的条文。" in sidecar.read_text(encoding="utf-8"), \
            "typing after 忽略 never replaces the autosave ignored"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert sidecar.is_file(), "nor does saving remove it"
        app.session = None

    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RecoveryDialog)
        await pilot.click("#delete")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog) and not isinstance(app.screen, RecoveryDialog)
        assert app.screen.query_one("#no", Button).has_focus, "Cancel first: deleting loses the typing"
        await pilot.click("#yes")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        assert not sidecar.exists()
        app.session = None


def test_an_autosave_is_its_studios_until_the_process_ends(project_path: Path, checklist, tmp_path: Path) -> None:
    """Another process (a tab's studio) holds its autosave while it runs; killed, the autosave is offered."""
    code = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from tests.tui.conftest import small_checklist
        from authoring.tui.session import Session
        checklist = small_checklist()
        s = Session.open(__import__("pathlib").Path({str(project_path)!r}), lambda _: checklist)
        s.via = "browser"
        s.set_provisions("5.2", ["戊会话未保存的条文。"])
        print(s.autosave(), flush=True)
        time.sleep(60)
    """)
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "STDAUTHOR_CONFIG_DIR": str(tmp_path / "child-config")})
    try:
        written = Path(child.stdout.readline().strip())
        assert written.is_file()
        assert not Session.has_recovery(project_path), "a running studio's autosave is not offered"
        mine = _open(project_path, checklist)
        other = _typed(mine, "6.4", "己会话未保存的条文。")
        assert other != written and "戊会话" in written.read_text(encoding="utf-8")
        mine.discard_autosave()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        child.stdout.close()
    [orphan] = Session.recoverable(project_path)
    assert orphan.sidecar == written
    assert "浏览器标签页" in orphan.describe()[0]
    recovered = Session.open(project_path, lambda _: checklist, recover=orphan)
    assert recovered.entry("5.2").provisions == ["戊会话未保存的条文。"]
    recovered.save()
    assert not written.exists() and not Session.has_recovery(project_path)


async def test_a_recovery_taken_by_another_studio_first_is_said(project_path: Path, checklist) -> None:
    left = _open(project_path, checklist)
    _typed(left, "5.2", "戊会话未保存的条文。")
    left.release()
    [orphan] = Session.recoverable(project_path)
    first = Session.open(project_path, lambda _: checklist, recover=orphan)
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen), "recovered by a running studio: its own now, not offered"
        app.session = None
    assert first.entry("5.2").provisions == ["戊会话未保存的条文。"]
    first.release()


async def test_the_question_about_several_autosaves_fits_at_80_columns(project_path: Path, checklist) -> None:
    """The longest question (two autosaves, the file saved since) ends on screen with its list and buttons."""
    from authoring.i18n import set_lang
    from authoring.tui.widgets.prose import Prose
    from tests.tui.conftest import fully_shown

    for item_id in ("5.2", "6.4"):
        left = _open(project_path, checklist)
        left.via = "browser"
        _typed(left, item_id, "未保存的条文。")
        left.release()
    project_path.write_text(project_path.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # saved since
    for lang in ("zh", "en"):
        set_lang(lang)
        app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, RecoveryDialog)
            question = dialog.query_one(".question", Prose)
            assert fully_shown(question, str(question.content)), lang
            for button in dialog.query(Button):
                assert fully_shown(button, str(button.label)), (lang, str(button.label))
            assert dialog.query_one("#autosaves", OptionList).option_count == 2
            app.session = None
