"""The ./dev launcher reads the files it is given from where the command was typed."""

from __future__ import annotations

import os
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


@pytest.mark.skipif(shutil.which("bash") is None, reason="./dev is a bash script")
def test_an_installed_font_is_found_however_long_the_font_list(tmp_path: Path) -> None:
    """`fc-list | grep -q` under pipefail failed whenever grep stopped early and fc-list died of
    SIGPIPE: `serve` then ran apt-get on most starts though the font was there."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake_fc = bin_dir / "fc-list"
    # The match comes first and a long list follows, so a reader that stops at the match closes the pipe.
    fake_fc.write_text("#!/bin/sh\necho '/usr/share/fonts/NotoSansMonoCJK.ttc: Noto Sans Mono CJK SC:style=Regular'\n"
                       "i=0; while [ $i -lt 20000 ]; do echo \"/usr/share/fonts/other$i.ttf: Other $i\"; i=$((i+1)); done\n",
                       encoding="utf-8")
    fake_apt = bin_dir / "apt-get"
    fake_apt.write_text(f"#!/bin/sh\necho called >> {tmp_path / 'apt-called'}\n", encoding="utf-8")
    for tool in (fake_fc, fake_apt):
        tool.chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}
    for _ in range(5):
        done = subprocess.run([str(DEV), "serve", "--help"], capture_output=True, text=True, timeout=300, env=env)
        assert done.returncode == 0, done.stderr
        assert "fonts-noto-cjk" not in done.stderr, done.stderr
    assert not (tmp_path / "apt-called").exists()
