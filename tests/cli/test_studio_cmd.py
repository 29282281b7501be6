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
