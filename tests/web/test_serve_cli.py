"""``stdauthor serve`` on the command line: refusals come before anything is bound."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from authoring.cli.main import main


def _serve(*args: str, env_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "STDAUTHOR_DATA_DIR": str(env_dir), "STDAUTHOR_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "authoring", "serve", *args], capture_output=True, text=True,
                          timeout=60, env=env)


def test_a_non_loopback_bind_without_token_is_refused(tmp_path: Path) -> None:
    done = _serve("--host", "0.0.0.0", "--port", "0", env_dir=tmp_path)
    assert done.returncode == 2
    line = done.stderr.strip()
    assert "\n" not in line and line.startswith("stdauthor: ")
    assert "refusing to serve on 0.0.0.0 without a token" in line and "--token auto" in line
    assert "http://" not in done.stdout, "nothing was served"


@pytest.mark.parametrize("host", ["192.168.1.10", "::", "studio.example"])
def test_other_addresses_are_refused_in_chinese_too(host: str, tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("STDAUTHOR_DATA_DIR", str(tmp_path))
    assert main(["--lang", "zh", "serve", "--host", host]) == 2
    err = capsys.readouterr().err
    assert f"拒绝在 {host} 上无口令地提供服务" in err and "--token auto" in err


@pytest.mark.parametrize(("args", "words"), [
    (["--host", "0.0.0.0", "--token", "short"], "token must be"),
    (["missing.yaml"], "file not found"),
    (["--port", "70000"], "port 70000"),
    (["--upload-limit", "0"], "--upload-limit"),
])
def test_bad_arguments_are_one_line(args: list[str], words: str, tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("STDAUTHOR_DATA_DIR", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    assert main(["--lang", "en", "serve", *args]) == 2
    err = capsys.readouterr().err.strip()
    assert words in err and "\n" not in err


def test_serve_imports_nothing_heavy_until_it_runs() -> None:
    code = ("import sys, authoring.cli.serve_cmd\n"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual_serve', 'aiohttp', 'fontTools', 'textual'))\n"
            "print(','.join(bad))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_what_is_served_for_each_kind_of_file(tmp_path: Path, monkeypatch) -> None:
    import argparse
    import shlex

    from authoring.cli.serve_cmd import plan
    from authoring.web.folders import Folders
    from authoring.web.server import session_command

    monkeypatch.setenv("STDAUTHOR_DATA_DIR", str(tmp_path / "data"))
    project = tmp_path / "p" / "标准.yaml"
    project.parent.mkdir()
    project.write_text("x", encoding="utf-8")
    draft = tmp_path / "d" / "草案.docx"
    draft.parent.mkdir()
    draft.write_bytes(b"x")

    def args(file=None, drafts=None):
        return argparse.Namespace(file=file, drafts=drafts)

    assert plan(args(str(project))) == (project, project.parent, project.parent / "drafts")
    assert (project.parent / "drafts").is_dir()
    assert plan(args(str(draft))) == (draft, None, draft.parent)
    assert plan(args(str(project), str(tmp_path / "in"))) == (project, project.parent, tmp_path / "in")
    example, folder, drafts = plan(args())
    assert example.parent == tmp_path / "data" == folder and example.is_file()

    command = session_command(Folders(None, draft.parent), tmp_path / "state", lang="zh", file=draft)
    words = shlex.split(command)
    assert words[words.index("--cwd") + 1] == str(draft.parent) and words[-1] == str(draft)
    roots = [words[i + 1] for i, w in enumerate(words) if w == "--root"]
    assert roots == [str(draft.parent), str(tmp_path / "state")]
    assert f"STDAUTHOR_CONFIG_DIR={tmp_path / 'state'}" in words
