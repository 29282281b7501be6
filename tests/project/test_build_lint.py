"""``stdauthor build`` reports the composed draft's findings and honours ``lint.disabled``."""

from __future__ import annotations

import re
from pathlib import Path

from authoring.cli.main import main
from authoring.i18n import set_lang
from authoring.project import load_project


def _project_with_a_nonstandard_modal(folder: Path, disabled: list[str]) -> Path:
    folder.mkdir()
    path = folder / "p.yaml"
    assert main(["new", "-o", str(path), "--title", "物业服务规范", "--function", "规范",
                 "--version", "1"]) == 0
    project = load_project(path)
    project.set_provisions("5.2", ["物业服务企业必须明确一线员工的处置权限。"])
    project.set_status("5.2", "addressed")
    project.set_field("lint", {"disabled": disabled})
    project.save()
    return path


def _warnings_after_build(path: Path, capsys) -> int:
    capsys.readouterr()
    assert main(["build", str(path), "-o", str(path.with_suffix(".docx"))]) == 0
    found = re.search(r"GB/T 1.1 check: (\d+) errors?, (\d+) warnings?", capsys.readouterr().out)
    assert found, "build prints the lint summary"
    return int(found.group(2))


def test_build_counts_findings_and_respects_disabled_rules(tmp_path: Path, capsys) -> None:
    set_lang("en")
    try:
        noisy = _warnings_after_build(_project_with_a_nonstandard_modal(tmp_path / "a", []), capsys)
        quiet = _warnings_after_build(
            _project_with_a_nonstandard_modal(tmp_path / "b", ["wording.modal-form"]), capsys)
    finally:
        set_lang("zh")
    assert noisy >= 1
    assert quiet == noisy - 1
