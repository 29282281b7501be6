"""A project built before its title was filled in: the cover carries the ×× placeholder and the first
body page no title. Reading it back, the issuers below the dates (国家市场监督管理总局) are no title, and
the missing title is reported as the missing required element it is, in build and in check."""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml import YAML

from authoring._paths import bundled_example
from authoring.check import check_file
from authoring.checklist import load_packs
from authoring.cli.main import main
from authoring.docx.read import read_docx


def _untitled_project(tmp_path: Path) -> Path:
    yaml = YAML()
    data = yaml.load(bundled_example().read_text(encoding="utf-8"))
    data["metadata"]["title_zh"] = ""
    project = tmp_path / "untitled.yaml"
    with project.open("w", encoding="utf-8") as out:
        yaml.dump(data, out)
    return project


def test_an_untitled_draft_is_read_without_a_title_and_told_so(tmp_path: Path, capsys) -> None:
    draft = tmp_path / "untitled.docx"
    assert main(["build", str(_untitled_project(tmp_path)), "-o", str(draft)]) in (0, 1)
    built = capsys.readouterr().out
    assert "规范性检查：错误 " in built and "错误 0" not in built  # build gives the counts, check the findings
    meta = read_docx(draft).metadata
    assert meta.title_zh == "" and "国家市场监督管理总局" in meta.issuers
    result = check_file(draft, load_packs()["excellence-guide"])
    missing = [f for f in result.findings if f.rule == "structure.missing-element" and "文件名称" in f.message]
    assert len(missing) == 1 and missing[0].location == "封面" and missing[0].severity == "error"
    assert "国家市场监督管理总局" not in result.document.title


def test_a_titled_draft_keeps_its_title_and_no_such_finding(tmp_path: Path, capsys) -> None:
    draft = tmp_path / "titled.docx"
    assert main(["build", str(bundled_example()), "-o", str(draft)]) in (0, 1)
    capsys.readouterr()
    result = check_file(draft, load_packs()["excellence-guide"])
    assert result.document.title == "养老机构卓越服务规范"
    assert not any("文件名称" in f.message for f in result.findings)
