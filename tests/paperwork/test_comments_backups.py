"""``stdauthor comments`` keeps what it replaces as ``build`` does: ``NAME.bak.EXT`` first, ``NAME-2.bak.EXT`` …
after, never over an earlier copy; and those copies lying among the reviewed copies are not read as copies."""

from __future__ import annotations

import shutil
from pathlib import Path

from authoring.paperwork.table import read_table
from tests.paperwork.conftest import FIRST, SECOND, run_zh as _run


def test_force_over_a_file_that_is_no_table_keeps_it(copies: Path, draft: Path, capsys) -> None:
    foreign = copies / "别的文件.docx"
    shutil.copyfile(draft, foreign)
    code, stdout, stderr = _run(["comments", str(copies / FIRST), "-o", str(foreign), "--force"], capsys)
    assert code == 0, stderr
    assert stdout.splitlines()[0].endswith("条意见；原文件已另存为 别的文件.bak.docx）")
    assert (copies / "别的文件.bak.docx").read_bytes() == draft.read_bytes()
    assert read_table(foreign).rows


def test_each_update_keeps_the_table_as_it_was_under_a_new_name(copies: Path, capsys) -> None:
    out = copies / "表.docx"
    assert _run(["comments", str(copies / FIRST), "-o", str(out)], capsys)[0] == 0
    first = out.read_bytes()
    code, stdout, _ = _run(["comments", str(copies / FIRST), str(copies / SECOND), "-o", str(out)], capsys)
    assert code == 0 and "原表已另存为 表.bak.docx" in stdout
    second = out.read_bytes()
    code, stdout, _ = _run(["comments", str(copies / FIRST), str(copies / SECOND), "-o", str(out), "--lang", "en"],
                           capsys)
    assert code == 0 and "the table as it was is kept as 表-2.bak.docx" in stdout
    assert (copies / "表.bak.docx").read_bytes() == first
    assert (copies / "表-2.bak.docx").read_bytes() == second


def test_the_tables_copies_in_the_folder_are_not_reviewed_copies(copies: Path, tmp_path: Path, capsys) -> None:
    out = copies / "表.docx"
    assert _run(["comments", str(copies), "-o", str(out)], capsys)[0] == 0
    assert _run(["comments", str(copies), "-o", str(out)], capsys)[0] == 0
    assert _run(["comments", str(copies), "-o", str(out)], capsys)[0] == 0
    assert (copies / "表.bak.docx").is_file() and (copies / "表-2.bak.docx").is_file()
    from authoring.cli.comments_cmd import _expand

    read = {p.name for p in _expand([str(copies)], [out])}
    assert read and not any(".bak" in name or name == "表.docx" for name in read)
    code, _, stderr = _run(["comments", str(copies), "-o", str(out)], capsys)
    assert code == 0 and "已跳过" not in stderr
