"""The ./dev launcher reads the files it is given from where the command was typed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

DEV = Path(__file__).resolve().parents[2] / "dev"


@pytest.mark.skipif(shutil.which("bash") is None, reason="./dev is a bash script")
def test_a_relative_path_is_read_from_the_callers_folder(tmp_path: Path) -> None:
    (tmp_path / "草案.docx").write_text("not a zip", encoding="utf-8")
    done = subprocess.run([str(DEV), "check", "草案.docx"], cwd=tmp_path, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 2
    assert "草案.docx" in done.stderr and "不存在" not in done.stderr, done.stderr
    assert "zip" in done.stderr, done.stderr
