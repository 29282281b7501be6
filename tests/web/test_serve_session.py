"""A served studio session: a closed browser tab keeps the typing in the autosave."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest

from authoring._paths import bundled_example
from authoring.web.session import parse, served_app


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("STDAUTHOR_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "elderly-care.yaml"
    shutil.copyfile(bundled_example(), path)
    return path


def _run(project: Path, *, closed_by_browser: bool) -> None:
    from textual import messages

    from authoring.tui.session import Session

    async def main() -> None:
        app = served_app()(project, lang="zh", autosave_delay=60)
        async with app.run_test(size=(120, 36)) as pilot:
            for _ in range(200):  # opening the project loads the checklist packs first
                if app.session is not None:
                    break
                await pilot.pause(0.05)
            assert app.session is not None, (app.screen_stack, [n.message for n in app._notifications])
            app.session.set_provisions("4.2", ["应建立网页端试用制度。"])
            assert not Session.has_recovery(project)
            if closed_by_browser:
                app.post_message(messages.ExitApp())  # what textual-serve's "quit" does
            else:
                app.session.discard_autosave()
                app.exit(0)
            await pilot.pause()

    asyncio.run(main())


def test_a_closed_tab_leaves_the_typing_in_the_autosave(project: Path) -> None:
    from authoring.tui.session import Session

    before = project.read_bytes()
    _run(project, closed_by_browser=True)
    assert Session.has_recovery(project)
    assert "应建立网页端试用制度。" in Session.sidecar_of(project).read_text(encoding="utf-8")
    assert project.read_bytes() == before, "never the project file"
    [left] = Session.recoverable(project)
    assert "浏览器标签页" in left.describe()[0], "offered as a closed tab's typing (QA pass 9, finding A1)"


def test_the_studios_own_exit_is_left_alone(project: Path) -> None:
    from authoring.tui.session import Session

    _run(project, closed_by_browser=False)
    assert not Session.has_recovery(project), "a discarded autosave stays discarded"


def test_session_arguments() -> None:
    args = parse(["--root", "/a", "--root", "/b", "--cwd", "/b", "--lang", "en", "x.yaml"])
    assert args.root == ["/a", "/b"] and args.cwd == "/b" and args.file == "x.yaml"
