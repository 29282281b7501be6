"""An uncaught exception anywhere in the command line: one line, exit 3, the traceback in a log."""

from __future__ import annotations

from pathlib import Path

import hostile_docs as hd
import pytest

from authoring.cli.crashlog import EXIT_INTERNAL, log_dir
from authoring.cli.main import main

EXAMPLE = hd.ROOT / "examples" / "elderly-care.yaml"
BREAK_BUILD = """
import authoring.cli.build_cmd as _b
def _broken(*a, **k):
    raise ZeroDivisionError("injected bug")
_b.write_docx = _broken
"""
BREAK_CHECK = """
import authoring.cli.check_cmd as _c
def _broken(*a, **k):
    raise KeyError("injected bug")
_c.expand_disabled = _broken
"""


@pytest.mark.parametrize(("prelude", "args", "kind"), [
    (BREAK_BUILD, ["build", str(EXAMPLE), "-o", "{tmp}/d.docx"], "ZeroDivisionError"),
    (BREAK_CHECK, ["check", "{draft}"], "KeyError"),
], ids=["build", "check"])
def test_bug_is_one_line_with_a_log(tmp_path: Path, prelude: str, args: list[str], kind: str) -> None:
    draft = hd.good(tmp_path / "good.docx")
    logs = tmp_path / "logs"
    argv = [a.format(tmp=tmp_path, draft=draft) for a in args]
    run = hd.run_cli(*argv, prelude=prelude, env={"STDAUTHOR_LOG_DIR": str(logs)})
    line = hd.one_line(run, kind, "injected bug", "请把日志附在问题报告中", str(logs))
    assert run.code == EXIT_INTERNAL == 3
    log = Path(line.rsplit("：", 1)[1])
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "injected bug" in text and argv[0] in text


def test_bug_in_english(tmp_path: Path) -> None:
    run = hd.run_cli("--lang", "en", "build", EXAMPLE, "-o", tmp_path / "d.docx", prelude=BREAK_BUILD,
                     env={"STDAUTHOR_LOG_DIR": str(tmp_path)})
    hd.one_line(run, "internal error (ZeroDivisionError: injected bug)", "please report it", str(tmp_path))
    assert run.code == 3


def test_unwritable_log_folder_still_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("STDAUTHOR_LOG_DIR", str(blocker / "logs"))  # a folder under a file: cannot exist
    monkeypatch.setattr("tempfile.tempdir", str(blocker))  # and the fallback in the temp folder fails too
    monkeypatch.setattr("authoring.cli.build_cmd.write_docx", lambda *a, **k: 1 / 0)
    code = main(["build", str(EXAMPLE), "-o", str(tmp_path / "d.docx")])
    err = capsys.readouterr().err
    assert code == 3 and len(err.strip().splitlines()) == 1 and "ZeroDivisionError" in err
    assert "日志无法写入" in err and "Traceback" not in err


def test_log_dir_follows_xdg_state_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("STDAUTHOR_LOG_DIR", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert log_dir() == tmp_path / "stdauthor" / "logs"


def test_os_error_naming_a_file_is_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["new", "-o", str(tmp_path / ("长" * 90 + ".yaml"))])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1 and "文件名过长" in err
