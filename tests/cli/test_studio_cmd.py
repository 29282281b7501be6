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
