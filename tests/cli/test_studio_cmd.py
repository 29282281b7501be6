"""``stdauthor studio`` without a file reopens the last project, like ``python tui.py``."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pytest

import authoring.tui as tui
from authoring._paths import bundled_example
from authoring.cli.studio_cmd import run_studio
from authoring.tui.config import add_recent


def test_studio_without_a_file_reopens_the_last_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STDAUTHOR_CONFIG_DIR", str(tmp_path / "config"))
    opened: list[Path | None] = []
    monkeypatch.setattr(tui, "run", lambda path, lang="zh": opened.append(path) or 0)
    project = tmp_path / "mine.yaml"
    shutil.copyfile(bundled_example(), project)
    add_recent(tmp_path / "someone-else.docx")
    add_recent(project)
    assert run_studio(argparse.Namespace(file=None)) == 0
    assert opened == [project]


@pytest.mark.parametrize("argv", [["--lang", "en", "studio"], ["studio", "--lang", "en"]])
def test_an_explicit_lang_reaches_the_studio_wherever_it_stands(argv, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from authoring.cli.main import main

    monkeypatch.setenv("STDAUTHOR_CONFIG_DIR", str(tmp_path / "config"))
    project = tmp_path / "mine.yaml"
    shutil.copyfile(bundled_example(), project)
    langs: list[str | None] = []
    monkeypatch.setattr(tui, "run", lambda path, lang=None: langs.append(lang) or 0)
    from authoring.i18n import set_lang

    try:
        assert main([*argv, str(project)]) == 0
    finally:
        set_lang("zh")
    assert langs == ["en"]


def _truncated_docx(folder: Path) -> Path:
    """A Word draft cut off in the middle (a copy that stopped downloading)."""
    from authoring.docx.read import read_docx
    from authoring.docx.write import write_docx
    from tests.docx import reader_builders as rb

    whole = folder / "whole.docx"
    write_docx(read_docx(rb.typed_shape(folder / "typed.docx")), whole)
    broken = folder / "broken.docx"
    broken.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    return broken


def test_a_damaged_draft_is_one_line_before_the_studio_starts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture) -> None:
    """QA pass 6: ``stdauthor studio trunc.docx`` asked where to save the project first, and then put the
    damaged draft among the recent files."""
    from authoring.cli.main import main
    from authoring.tui.config import load_recent

    monkeypatch.setenv("STDAUTHOR_CONFIG_DIR", str(tmp_path / "config"))
    started: list[Path | None] = []
    monkeypatch.setattr(tui, "run", lambda path, lang=None: started.append(path) or 0)
    broken = _truncated_docx(tmp_path)
    capsys.readouterr()
    assert main(["studio", str(broken)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "broken.docx" in err and "文件已截断或损坏" in err, err
    assert started == [] and load_recent() == []
