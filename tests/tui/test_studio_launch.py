"""Launching the studio: ``stdauthor studio`` and ``tui.py`` check their argument before starting Textual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_studio_command_is_registered_without_importing_textual() -> None:
    code = (
        "import sys\n"
        "from authoring.cli.main import build_parser\n"
        "build_parser()\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] == 'textual')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == ""


def test_studio_refuses_a_missing_file(tmp_path: Path) -> None:
    from authoring.cli.main import main

    assert main(["studio", str(tmp_path / "nope.yaml")]) == 2


def test_launcher_refuses_a_missing_file(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "tui.py"), "--lang", "en", str(tmp_path / "nope.yaml")],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert out.returncode == 2
    assert "file not found" in out.stderr and "Traceback" not in out.stderr


async def test_lang_option_starts_in_english(project_path: Path, checklist) -> None:
    from authoring.tui.app import StudioApp

    app = StudioApp(project_path, lang="en", checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        labels = {b.description for items in app.screen._bindings.key_to_bindings.values() for b in items}
        assert "Export Word" in labels
        assert "General" in str(app.screen.query_one("#outline").node_of("ch:4").label)


async def test_the_language_chosen_with_f2_is_remembered(project_path: Path, checklist, monkeypatch) -> None:
    import authoring.tui as tui
    import authoring.tui.app as app_module
    from authoring.tui.app import StudioApp
    from authoring.tui.config import load_setting

    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("f2")
        await pilot.pause()
    assert load_setting("lang") == "en"

    started: list[str | None] = []

    class Fake:
        return_code = 0

        def __init__(self, path=None, lang=None):  # noqa: ANN001
            started.append(lang)

        def run(self) -> None:
            pass

    monkeypatch.setattr(app_module, "StudioApp", Fake)
    tui.run(project_path)
    tui.run(project_path, lang="zh")  # an explicit --lang wins
    assert started == ["en", "zh"]


def test_launcher_is_the_studio_command_with_its_chinese_help() -> None:
    """``python tui.py --help`` tells what ``stdauthor studio --help`` tells, Chinese first (it was
    argparse's English alone), and English with --lang en."""
    out = subprocess.run([sys.executable, str(ROOT / "tui.py"), "--help"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0 and "打开编写工作室" in out.stdout and "show this help" not in out.stdout
    out = subprocess.run([sys.executable, str(ROOT / "tui.py"), "--lang", "en", "--help"],
                         capture_output=True, text=True, cwd=ROOT)
    assert "Open the authoring studio" in out.stdout


async def test_the_provision_dialog_names_the_item_in_the_studio_s_language(studio_env: Path, checklist) -> None:
    """Ctrl+F on an item asks for its provision naming the item: in English in an English studio (it gave the
    Chinese title there)."""
    from authoring.project import new_project
    from authoring.tui.app import StudioApp
    from authoring.tui.dialogs.place import PlaceDialog

    project_path = studio_env / "outline.yaml"
    new_project("养老机构卓越服务规范", kind="GB/T", function="规范", stage="征求意见稿", checklist=checklist,
                version=2).save(project_path)
    for lang in ("en", "zh"):
        app = StudioApp(project_path, lang=lang, checklist=checklist, autosave_delay=60)
        async with app.run_test(size=(110, 34)) as pilot:
            await pilot.pause()
            await pilot.press("ctrl+f")
            await pilot.pause()
            assert isinstance(app.screen, PlaceDialog)
            item = checklist.item(app.screen.item_label.split()[0])
            assert app.screen.item_label == f"{item.id} {item.title(lang)}"
            assert (item.title_en in app.screen.item_label) == (lang == "en")


async def test_a_damaged_draft_is_said_before_any_question_and_is_no_recent_file(studio_env: Path, checklist) -> None:
    """QA pass 6: the studio asked where to save the project of a truncated draft, said only then that it was
    damaged, and listed it among 最近的文件; the start screen's 打开项目 of such a draft says it at once too."""
    from textual.widgets import ListView

    from authoring.tui.app import StudioApp
    from authoring.tui.config import load_recent
    from authoring.tui.dialogs.path import PathDialog
    from authoring.tui.screens.start import StartScreen
    from tests.cli.test_studio_cmd import _truncated_docx

    broken = _truncated_docx(studio_env)
    app = StudioApp(broken, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(110, 34)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StartScreen), "no question about where to save a project it cannot make"
        [message] = [n.message for n in app._notifications if n.severity == "error"]
        assert message.startswith(str(broken)) and "文件已截断或损坏" in message and "\n" not in message
        assert load_recent() == []
        app.screen._open(broken)  # 打开项目 (o) on the start screen, the same draft
        await pilot.pause()
        assert isinstance(app.screen, StartScreen) and not isinstance(app.screen, PathDialog)
        assert len([n for n in app._notifications if n.severity == "error"]) == 2
        recent = app.screen.query_one("#recent", ListView)
        assert str(broken) not in {item.name for item in recent.children}
    assert load_recent() == []
