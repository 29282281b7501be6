"""QA pass 8 on ``comments``: a copy found in a folder is an input, a table of another standard is
not merged, the foot's reply counts after an update, and the head the secretary filled in."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from authoring.cli.main import main
from authoring.paperwork.table import read_table
from tests.paperwork.conftest import CLEAN, FIRST, SECOND


def _run(args: list[str], capsys) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("force", [False, True])
def test_a_copy_in_an_input_folder_is_never_the_output(copies: Path, capsys, force: bool) -> None:
    """QA 8.1: ``comments rev -o rev/r1.docx --force`` replaced a unit's returned copy with the table."""
    target = copies / FIRST
    before = target.read_bytes()
    code, stdout, stderr = _run(["comments", str(copies), "-o", str(target), *(["--force"] if force else [])], capsys)
    assert code == 2
    assert "输出路径与输入文件相同，不会覆盖输入" in stderr, stderr
    assert "--force" not in stderr and stdout == ""
    assert target.read_bytes() == before
    assert sorted(p.name for p in copies.iterdir()) == sorted([FIRST, SECOND, CLEAN])


def test_a_table_in_an_input_folder_is_still_updated(copies: Path, capsys) -> None:
    out = copies / "意见汇总处理表.docx"
    assert _run(["comments", str(copies), "-o", str(out)], capsys)[0] == 0
    code, stdout, stderr = _run(["comments", str(copies), "-o", str(out)], capsys)
    assert code == 0, stderr
    assert "已更新意见汇总处理表" in stdout


def _retitle(table: Path, title: str) -> None:
    """The table's head made to name another standard, as a table of another draft would."""
    d = docx.Document(str(table))
    for p in d.paragraphs[:3]:
        for r in p.runs:
            r.text = r.text.replace("养老机构卓越服务规范", title)
    d.save(str(table))


def test_a_table_of_another_standard_is_not_merged(copies: Path, capsys) -> None:
    """QA 8.2: copies of one standard were merged into the table of another, which was retitled."""
    out = copies / "表.docx"
    assert _run(["comments", str(copies / FIRST), "-o", str(out)], capsys)[0] == 0
    _retitle(out, "山东省养老服务条例")
    assert read_table(out).title == "山东省养老服务条例"
    before = out.read_bytes()
    code, stdout, stderr = _run(["comments", str(copies / SECOND), "-o", str(out)], capsys)
    assert code == 2 and stdout == ""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert str(out) in lines[0] and "《山东省养老服务条例》" in lines[0] and "《养老机构卓越服务规范》" in lines[0]
    assert "另一标准" in lines[0]
    assert out.read_bytes() == before and not (copies / "表.bak.docx").exists()
    # The same with --update naming the table: nothing written anywhere.
    other = copies / "新表.docx"
    code, _, stderr = _run(["comments", str(copies / SECOND), "--update", str(out), "-o", str(other)], capsys)
    assert code == 2 and "另一标准" in stderr and not other.exists()


def test_a_table_of_the_same_standard_at_another_stage_is_updated(copies: Path, capsys) -> None:
    out = copies / "表.docx"
    assert _run(["comments", str(copies / FIRST), "-o", str(out)], capsys)[0] == 0
    _retitle(out, "养老机构卓越服务规范（征求意见稿）")
    code, stdout, stderr = _run(["comments", str(copies / SECOND), "-o", str(out)], capsys)
    assert code == 0, stderr
    assert "已更新意见汇总处理表" in stdout
