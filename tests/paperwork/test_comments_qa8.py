"""QA pass 8 on ``comments``: a copy found in a folder is an input, a table of another standard is
not merged, the foot's reply counts after an update, and the head the secretary filled in."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from authoring.paperwork.table import read_table
from tests.paperwork import builders as B
from tests.paperwork.conftest import CLEAN, FIRST, SECOND, run_zh as _run


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


def _counts(path: Path) -> tuple[int, int]:
    counts = read_table(path).counts
    return counts.replies, counts.with_comments


@pytest.mark.parametrize("suffix", [".docx", ".xlsx", ".csv"])
def test_an_update_adds_the_new_units_to_the_replies(copies: Path, tmp_path: Path, capsys, suffix: str) -> None:
    """QA 8.3 case 1: a table of 2 replies (1 without comments) updated with one new unit's copy said
    回函 2 份，其中有意见 2 份: the new reply was not added and the reply without comments disappeared.
    A .csv remembers no units; its counts and its rows still give 3 and 2."""
    out = copies / f"表{suffix}"
    assert _run(["comments", str(copies / FIRST), str(copies / CLEAN), "-o", str(out)], capsys)[0] == 0
    assert _counts(out) == (2, 1)
    new = tmp_path / "新单位" / "民政厅养老处.docx"  # comments by "Administrator": the unit is the file's
    new.parent.mkdir()
    new.write_bytes((copies / SECOND).read_bytes())
    code, stdout, stderr = _run(["comments", str(new), "-o", str(out)], capsys)
    assert code == 0, stderr
    assert _counts(out) == (3, 2), stdout
    assert "回函 3 份，其中有意见 2 份" in stdout
    assert "按单位合计为3份" in stderr  # the note says the foot holds more than this run read
    # Given everything again (the reply without comments too), nothing is counted twice.
    code, stdout, stderr = _run(["comments", str(copies / FIRST), str(copies / CLEAN), str(new), "-o", str(out)],
                                capsys)
    assert code == 0, stderr
    assert _counts(out) == (3, 2) and "回函 3 份，其中有意见 2 份" in stdout
    assert f"{CLEAN}: 未发现批注或修订，计为无意见的回函" in stderr


def test_a_units_second_reply_is_not_a_second_unit(copies: Path, capsys) -> None:
    """QA 8.3 case 2: the foot said 5 replies, 5 with comments, right after 'counted as a reply without comments'."""
    out = copies / "表.docx"
    assert _run(["comments", str(copies), "-o", str(out)], capsys)[0] == 0
    assert _counts(out) == (3, 2)
    # 华东 sends a second reply with one more comment: still three units, two with comments.
    d = docx.Document(str(copies / FIRST))
    B.comment(d, "员工提出的改进建议", "第二次回函的意见。", "张三")
    second = copies.parent / "华东养老服务研究院-第二次.docx"
    d.save(str(second))
    code, stdout, stderr = _run(["comments", str(copies), str(second), "-o", str(out), "--lang", "en"], capsys)
    assert code == 0, stderr
    assert _counts(out) == (3, 2) and "3 replies, 2 with comments" in stdout
    assert "counted as a reply without comments" in stderr
    # The unit that replied without comments replies again with one: it moves to ③, ② stays.
    d = docx.Document(str(copies / CLEAN))
    B.comment(d, "员工提出的改进建议", "补充意见。", "Administrator")
    again = copies.parent / CLEAN
    d.save(str(again))
    code, stdout, stderr = _run(["comments", str(again), "-o", str(out)], capsys)
    assert code == 0, stderr
    assert _counts(out) == (3, 3)
    foot = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "回函的单位数：3个" in foot and "回函并有建议或意见的单位数：3个" in foot


def test_a_row_added_by_hand_is_a_reply_with_comments(copies: Path, capsys) -> None:
    """QA 8.3 (u2): with a row the secretary added, the reply without comments was still lost."""
    out = copies / "表.docx"
    assert _run(["comments", str(copies), "-o", str(out), "--sent", "12"], capsys)[0] == 0
    d = docx.Document(str(out))
    table = d.tables[0]
    row = table.add_row()
    for cell, text in zip(row.cells, ["10", "8.1", "来函意见：建议增加投诉处理时限。", "民政厅养老处", "", ""]):
        cell.text = text
    d.save(str(out))
    code, stdout, stderr = _run(["comments", str(copies), "-o", str(out)], capsys)
    assert code == 0, stderr
    counts = read_table(out).counts
    assert (counts.sent, counts.replies, counts.with_comments, counts.no_reply) == (12, 4, 3, 8)


@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
def test_the_head_the_secretary_filled_in_survives_an_update(copies: Path, capsys, suffix: str) -> None:
    """QA 8.4: 承办人 and 电话 typed into the head were reset to 【请填写】 by every update."""
    out = copies / f"表{suffix}"
    assert _run(["comments", str(copies / FIRST), "-o", str(out)], capsys)[0] == 0
    if suffix == ".docx":
        d = docx.Document(str(out))
        line = next(p for p in d.paragraphs if "承办人" in p.text)
        text = line.text.replace("承办人：【请填写】", "承办人：王秘书").replace("电话：【请填写】", "电话：0531-8888 1234")
        for run in line.runs[1:]:
            run._r.getparent().remove(run._r)
        line.runs[0].text = text
        d.save(str(out))
    else:
        import openpyxl

        book = openpyxl.load_workbook(out)
        cell = book.worksheets[0]["A3"]
        cell.value = cell.value.replace("承办人：【请填写】", "承办人：王秘书").replace("电话：【请填写】", "电话：0531-8888 1234")
        book.save(out)
    code, _, stderr = _run(["comments", str(copies / FIRST), str(copies / SECOND), "-o", str(out)], capsys)
    assert code == 0, stderr
    table = read_table(out)
    assert (table.handler, table.phone) == ("王秘书", "0531-8888 1234")
    if suffix == ".docx":
        head = "\n".join(p.text for p in docx.Document(str(out)).paragraphs[:3])
    else:
        import openpyxl

        head = str(openpyxl.load_workbook(out).worksheets[0]["A3"].value)
    assert "承办人：王秘书" in head and "电话：0531-8888 1234" in head and "【请填写】" not in head
