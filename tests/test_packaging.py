"""An installed wheel finds its checklists and templates without the checkout beside it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_carries_the_data_folders(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(wheels), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    wheel = next(wheels.glob("stdauthor-*.whl"))
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True, capture_output=True, timeout=300,
    )
    code = (
        "import authoring, authoring._paths as p\n"
        "from authoring.checklist import load_packs\n"
        "assert '_data' in str(p.data_dir('checklists')), p.data_dir('checklists')\n"
        "assert p.template_path('boilerplate.yaml').is_file()\n"
        "assert p.bundled_example().is_file()\n"
        "from authoring.coverage import signal as s\n"
        "assert all(load('excellence-guide') for load in (s.load_model, s.load_covered, s.load_doubt))\n"
        "assert s.load_model('excellence-guide', 'en').features == 'words'\n"
        "print(sorted(load_packs().packs))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(target)
    out = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r})\n" + code],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert "excellence-guide" in out.stdout
