"""QA pass 8 on ``comments``: a copy found in a folder is an input, a table of another standard is
not merged, the foot's reply counts after an update, and the head the secretary filled in."""

from __future__ import annotations

from pathlib import Path

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
