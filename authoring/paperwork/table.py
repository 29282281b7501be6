"""The 意见汇总处理表 (comment resolution table): its model, Word/Excel/CSV forms, and reading it back.

The table has the customary columns 序号, 标准章条编号, 意见内容, 提出单位, 处理意见, 备注; the
head names the standard, the foot carries the usual counts (units the draft was sent to, replies,
replies with comments, no reply). Each row also carries a short key that identifies the comment
it came from (hidden text in Word, a hidden column in Excel, a last column in CSV), so a second
run recognises the rows already there even after the committee tidied their wording.

:func:`read_table` reads a table written here (and edited by hand) in any of the three forms.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as _dt
import io
import os
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from authoring.atomic import try_lock, unlock
from authoring.docx.write._xml import safe_text
from authoring.errors import InputError, OutputError
from authoring.paperwork.marker import RESOLUTION_TABLE

__all__ = [
    "Row", "Counts", "ResolutionTable", "FORMATS", "COLUMNS", "tally", "decision_of", "table_bytes",
    "read_table", "format_of",
]

FORMATS = ("docx", "xlsx", "csv")
COLUMNS = ("序号", "标准章条编号", "意见内容", "提出单位", "处理意见", "备注")
KEY_COLUMN = "标识"
_KEY_PREFIX = "#k:"
_LISTED_PREFIX = "#listed:"
_REPLIED_PREFIX = "#replied:"
_LISTED_SHEET = "stdauthor"
Decision = Literal["adopted", "partial", "rejected", "pending"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Row(_Model):
    """One comment: where, what, by whom, and the committee's decision."""

    location: str
    content: str
    unit: str
    decision: str = ""
    remark: str = ""
    key: str = ""


class Counts(_Model):
    """The foot: units the draft was sent to (when known), replies, and replies with comments."""

    sent: int | None = None
    replies: int = 0
    with_comments: int = 0

    @property
    def no_reply(self) -> int | None:
        """Units that did not reply, when the number sent is known."""
        return None if self.sent is None else max(self.sent - self.replies, 0)


class ResolutionTable(_Model):
    """The whole table: the standard it is for, the rows in order, and the counts."""

    title: str = ""
    designation: str = ""
    stage: str = "征求意见稿"
    lead_unit: str = ""
    #: 承办人 and 电话 as the secretary typed them in the head (kept by an update).
    handler: str = ""
    phone: str = ""
    rows: list[Row] = []
    counts: Counts = Counts()
    #: Keys of every comment the table has listed, rows since deleted by the committee included (kept
    #: hidden in a .docx and .xlsx, not in a .csv), so that an update does not bring a deleted row back.
    listed: list[str] = []
    #: The units that replied (a key per unit, see ``resolution``) -> whether their reply had comments; kept
    #: hidden like ``listed`` (not in a .csv), so that an update counts a unit's second reply once.
    replied: dict[str, bool] = {}


def decision_of(text: str) -> Decision:
    """What a 处理意见 says: 采纳, 部分采纳, 未采纳 (不采纳), or nothing yet."""
    text = re.sub(r"\s", "", text)
    if not text:
        return "pending"
    if text.startswith(("部分采纳", "部分采用")):
        return "partial"
    if text.startswith(("未采纳", "不采纳", "不予采纳", "未采用", "不采用")):
        return "rejected"
    if text.startswith(("采纳", "采用", "已采纳", "接受")):
        return "adopted"
    return "pending"


def tally(rows: list[Row]) -> dict[str, int]:
    """Rows per decision: ``adopted``, ``partial``, ``rejected`` and ``pending``."""
    out = {"adopted": 0, "partial": 0, "rejected": 0, "pending": 0}
    for row in rows:
        out[decision_of(row.decision)] += 1
    return out


def format_of(path: str | Path, given: str | None = None) -> str:
    """The table format: ``given``, else told from the file name (``.docx``, ``.xlsx``, ``.csv``)."""
    if given:
        return given
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    raise OutputError("无法从文件名判断表格格式（.docx、.xlsx 或 .csv），请用 --format 指定",
                      "cannot tell the table format from the file name (.docx, .xlsx or .csv); use --format",
                      path=path)


# -- head and foot texts ---------------------------------------------------------------------------


def _standard_line(table: ResolutionTable) -> str:
    name = f"《{table.title}》" if table.title else "【请填写：标准名称】"
    parts = [f"标准名称：{name}"]
    if table.designation:
        parts.append(f"标准编号：{table.designation}")
    if table.stage:
        parts.append(f"阶段：{table.stage}")
    return "\u3000\u3000".join(parts)


def _unit_line(table: ResolutionTable, today: str) -> str:
    unit = table.lead_unit or "【请填写】"
    return "\u3000\u3000".join([f"负责起草单位：{unit}", f"承办人：{table.handler or '【请填写】'}",
                                 f"电话：{table.phone or '【请填写】'}", f"填表日期：{today}"])


def foot_lines(table: ResolutionTable) -> list[str]:
    """The customary 说明 of the foot, then the decisions so far."""
    counts = table.counts
    stage = table.stage or "征求意见稿"
    sent = str(counts.sent) if counts.sent is not None else "【请填写】"
    missing = str(counts.no_reply) if counts.no_reply is not None else "【请填写】"
    by = tally(table.rows)
    return [
        f"说明：①发送《{stage}》的单位数：{sent}个；",
        f"②收到《{stage}》后，回函的单位数：{counts.replies}个；",
        f"③收到《{stage}》后，回函并有建议或意见的单位数：{counts.with_comments}个；",
        f"④没有回函的单位数：{missing}个。",
        f"处理意见：共{len(table.rows)}条，采纳{by['adopted']}条，部分采纳{by['partial']}条，"
        f"未采纳{by['rejected']}条，待处理{by['pending']}条。",
    ]


_SENT = re.compile(r"发送《[^》]*》的单位数[:：]\s*(\d+)")
_REPLIES = re.compile(r"(?<!没有)回函的单位数[:：]\s*(\d+)")
_WITH = re.compile(r"回函并有建议或意见的单位数[:：]\s*(\d+)")
_TITLE = re.compile(r"标准名称[:：]\s*《([^》]+)》")
_DESIGNATION = re.compile(r"标准编号[:：]\s*([^\u3000\t]+)")
_STAGE = re.compile(r"阶段[:：]\s*([^\u3000\s]+)")
_LEAD = re.compile(r"负责起草单位[:：]\s*([^\u3000\t]+)")
#: A head field up to the next label (the secretary may have typed plain spaces between them).
_NEXT = r"(?=\s*(?:负责起草单位|承办人|电话|联系电话|填表日期)[:：]|[\u3000\t]|$)"
_HANDLER = re.compile(r"承办人[:：]\s*(.+?)" + _NEXT)
_PHONE = re.compile(r"(?<!联系)电话[:：]\s*(.+?)" + _NEXT + r"|联系电话[:：]\s*(.+?)" + _NEXT)


def _parse_head_foot(lines: list[str], table: ResolutionTable) -> None:
    for line in lines:
        for pattern, name in ((_TITLE, "title"), (_DESIGNATION, "designation"), (_STAGE, "stage"),
                              (_LEAD, "lead_unit"), (_HANDLER, "handler"), (_PHONE, "phone")):
            found = pattern.search(line)
            value = next((g for g in found.groups() if g), "") if found else ""
            if value and not getattr(table, name) and "【" not in value:
                setattr(table, name, value.strip("\u3000 "))
        if (found := _SENT.search(line)) is not None:
            table.counts.sent = int(found.group(1))
        if (found := _WITH.search(line)) is not None:
            table.counts.with_comments = int(found.group(1))
        if (found := _REPLIES.search(line)) is not None:
            table.counts.replies = int(found.group(1))


# -- writing ----------------------------------------------------------------------------------------


def table_bytes(table: ResolutionTable, fmt: str, *, today: str | None = None) -> bytes:
    """The table in ``fmt`` (``docx``, ``xlsx`` or ``csv``)."""
    today = today or _dt.date.today().strftime("%Y年%m月%d日").replace("年0", "年").replace("月0", "月")
    if fmt == "docx":
        return _docx(table, today)
    if fmt == "xlsx":
        return _xlsx(table, today)
    if fmt == "csv":
        return _csv(table)
    raise OutputError(f"未知的格式 {fmt}", f"unknown format {fmt}")


_WIDTHS = [1.3, 2.8, 10.1, 3.5, 5.0, 3.0]


def _docx(table: ResolutionTable, today: str) -> bytes:
    from docx.shared import Pt

    from authoring.paperwork import _word as W

    document = W.new_document(RESOLUTION_TABLE, landscape=True, margins_cm=2.0)
    W.para(document, "意见汇总处理表", style="Title", centred=True)
    W.para(document, _standard_line(table), indent=False, size=10.5)
    W.para(document, _unit_line(table, today), indent=False, size=10.5)
    rows = [[str(k), r.location, r.content, r.unit, r.decision, r.remark] for k, r in enumerate(table.rows, start=1)]
    tbl = W.table(document, list(COLUMNS), rows, _WIDTHS, centred_columns=(0, 1))
    for row, data in zip(tbl.rows[1:], table.rows):
        if data.key:
            W.hidden_run(row.cells[0].paragraphs[0], f"{_KEY_PREFIX}{data.key}")
    lines = foot_lines(table)
    foot = W.para(document, "".join(lines[:4]), style="表格文字", indent=False)
    if table.replied:
        W.hidden_run(foot, _REPLIED_PREFIX + _replied_text(table.replied))
    foot.paragraph_format.space_before = Pt(6)
    last = W.para(document, lines[4], style="表格文字", indent=False)
    if table.listed:
        W.hidden_run(last, _LISTED_PREFIX + " ".join(table.listed))
    return W.save_bytes(document)


def _xlsx(table: ResolutionTable, today: str) -> bytes:
    try:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Border, Font, Side
    except ImportError:  # pragma: no cover - openpyxl is a declared dependency
        raise OutputError("写 .xlsx 需要 openpyxl（pip install openpyxl）",
                          "writing .xlsx needs openpyxl (pip install openpyxl)") from None
    book = Workbook()
    sheet = book.active
    sheet.title = "意见汇总处理表"
    song = Font(name="宋体", size=10.5)
    hei = Font(name="黑体", size=10.5)
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    centre = Alignment(wrap_text=True, vertical="center", horizontal="center")
    columns = len(COLUMNS)
    # Rows are counted here: openpyxl's ``sheet.max_row`` scans every cell, once per row it was asked for.
    last = 0

    def line(text: str, font: Font) -> None:
        nonlocal last
        last += 1
        sheet.cell(last, 1, text).font = font
        sheet.merge_cells(start_row=last, start_column=1, end_row=last, end_column=columns)

    line("意见汇总处理表", Font(name="黑体", size=16))
    sheet.cell(1, 1).alignment = centre
    for text in (_standard_line(table), _unit_line(table, today)):
        line(text, song)
    last += 1
    header_row = last
    for col, name in enumerate([*COLUMNS, KEY_COLUMN], start=1):
        cell = sheet.cell(header_row, col, name)
        cell.font, cell.alignment, cell.border = hei, centre, box
    for k, row in enumerate(table.rows, start=1):
        last += 1
        values = [row.location, row.content, row.unit, row.decision, row.remark, row.key]
        for col, value in enumerate([k, *(safe_text(v) for v in values)], start=1):
            cell = sheet.cell(last, col, value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # a comment that starts with = is text, not a formula
            if col > columns:
                continue
            cell.font, cell.border = song, box
            cell.alignment = centre if col in (1, 2) else wrap
    for text in foot_lines(table):
        line(text, song)
    for letter, width in zip("ABCDEFG", [6, 12, 60, 20, 28, 16, 12]):
        sheet.column_dimensions[letter].width = width
    sheet.column_dimensions["G"].hidden = True
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.freeze_panes = sheet.cell(header_row + 1, 1)
    if table.listed or table.replied:
        listed = book.create_sheet(_LISTED_SHEET)
        listed.sheet_state = "hidden"
        for key in table.listed:
            listed.append([key])
        # The units that replied, in column B (column A holds the listed keys).
        for at, entry in enumerate(_replied_text(table.replied).split(), start=1):
            listed.cell(at, 2, entry)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


#: What makes Excel or WPS read a CSV cell as a formula (DDE included: =cmd|' /C calc'!A0), per OWASP.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _inert(text: str) -> str:
    """``text`` for a CSV cell: an apostrophe before one a spreadsheet would take for a formula (OWASP's
    CSV injection advice), and before one that already starts with an apostrophe and such a character, so
    that :func:`_as_written` gives back exactly the text written."""
    if text.startswith(_FORMULA_STARTS) or (text.startswith("'") and text[1:].startswith((*_FORMULA_STARTS, "'"))):
        return "'" + text
    return text


def _as_written(text: str) -> str:
    """The text :func:`_inert` was given."""
    return text[1:] if text.startswith("'") and text[1:].startswith((*_FORMULA_STARTS, "'")) else text


def _csv(table: ResolutionTable) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([*COLUMNS, KEY_COLUMN])
    for k, row in enumerate(table.rows, start=1):
        values = [row.location, row.content, row.unit, row.decision, row.remark, row.key]
        writer.writerow([k, *(_inert(v) for v in values)])
    writer.writerow([])
    writer.writerow([_inert(_standard_line(table))])
    for line in foot_lines(table):
        writer.writerow([_inert(line)])
    # With a BOM, Excel opens the UTF-8 text as Chinese rather than mojibake.
    return out.getvalue().encode("utf-8-sig")


def _replied_text(replied: dict[str, bool]) -> str:
    """``+unit`` (a reply with comments) or ``-unit`` (without), space-separated; unit keys hold no space."""
    return " ".join(("+" if commented else "-") + key for key, commented in sorted(replied.items()))


def _replied_of(entries: list[str]) -> dict[str, bool]:
    out: dict[str, bool] = {}
    for entry in entries:
        if len(entry) > 1 and entry[0] in "+-":
            out[entry[1:]] = out.get(entry[1:], False) or entry[0] == "+"
    return out


# -- reading ----------------------------------------------------------------------------------------

_HEADER_NAMES = {
    "number": ("序号",),
    "location": ("标准章条编号", "章条编号", "章条号", "章节号", "条款号", "条款"),
    "content": ("意见内容", "意见", "修改意见"),
    "unit": ("提出单位", "提出单位或专家", "提出单位（专家）", "提出人", "单位"),
    "decision": ("处理意见", "处理结果", "采纳情况"),
    "remark": ("备注", "处理说明", "理由"),
    "key": (KEY_COLUMN,),
}


def _columns(header: list[str]) -> dict[str, int] | None:
    """Field -> column index, when ``header`` is a resolution table's header row."""
    cleaned = [re.sub(r"\s", "", h) for h in header]
    out: dict[str, int] = {}
    for name, choices in _HEADER_NAMES.items():
        for index, text in enumerate(cleaned):
            if text in choices and index not in out.values():
                out[name] = index
                break
    if {"number", "content", "decision"} <= out.keys():
        return out
    return None


def _row_of(cells: list[str], cols: dict[str, int], key: str = "") -> Row | None:
    def get(name: str) -> str:
        index = cols.get(name)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    if not re.fullmatch(r"\d+", get("number")):
        return None
    return Row(location=get("location"), content=get("content"), unit=get("unit"), decision=get("decision"),
               remark=get("remark"), key=key or get("key"))


def read_table(path: str | Path) -> ResolutionTable:
    """The resolution table at ``path`` (``.docx``, ``.xlsx`` or ``.csv``); InputError if it is not one."""
    path = Path(path)
    if not path.is_file():
        raise InputError("文件不存在", "file not found", path=path)
    suffix = path.suffix.lower()
    if suffix in (".docx", ".docm"):
        table = _read_docx(path)
    elif suffix in (".xlsx", ".xlsm"):
        table = _read_xlsx(path)
    elif suffix == ".csv":
        table = _read_csv(path)
    else:
        raise InputError("意见汇总处理表应为 .docx、.xlsx 或 .csv 文件",
                         "a resolution table must be a .docx, .xlsx or .csv file", path=path)
    if table is None:
        raise InputError("文件中没有意见汇总处理表（找不到含“序号”“意见内容”“处理意见”的表头）",
                         "no resolution table in the file (no header with 序号, 意见内容 and 处理意见)", path=path)
    return table


def holds_table(path: str | Path) -> bool:
    """Whether the Word file at ``path`` holds a resolution table (a header with 序号, 意见内容 and
    处理意见), so that it is a committee's table rather than a reviewer's copy of the draft."""
    path = Path(path)
    if path.suffix.lower() not in (".docx", ".docm"):
        return False
    try:
        return _read_docx(path) is not None
    except InputError:
        return False


def _read_docx(path: Path) -> ResolutionTable | None:
    from authoring.docx.read._safe import open_package

    from authoring.paperwork._xml import W_NS, cell_texts, paragraph_text

    package = open_package(path)
    body = package.document.find(f"{{{W_NS}}}body")
    if body is None:
        return None
    from authoring.paperwork._xml import _paragraphs_hidden

    found: ResolutionTable | None = None
    before: list[str] = []
    after: list[str] = []
    listed: list[str] = []
    replied: dict[str, bool] = {}
    for child in body:
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            visible, hidden = _paragraphs_hidden(child)
            (after if found is not None else before).append(visible)
            if found is not None and hidden.startswith(_LISTED_PREFIX):
                listed = hidden[len(_LISTED_PREFIX):].split()
            if found is not None and hidden.startswith(_REPLIED_PREFIX):
                replied = _replied_of(hidden[len(_REPLIED_PREFIX):].split())
        elif tag == "tbl" and found is None:
            grid = cell_texts(child)
            if not grid:
                continue
            cols = _columns([text for text, _ in grid[0]])
            if cols is None:
                continue
            found = ResolutionTable(title="", stage="")
            for cells in grid[1:]:
                keys = [hidden for _, hidden in cells if hidden.startswith(_KEY_PREFIX)]
                key = keys[0][len(_KEY_PREFIX):] if keys else ""
                row = _row_of([text for text, _ in cells], cols, key)
                if row is not None:
                    found.rows.append(row)
    if found is not None:
        _parse_head_foot(before + after, found)
        found.listed = listed
        found.replied = replied
    return found


def _read_xlsx(path: Path) -> ResolutionTable | None:
    try:
        from openpyxl import load_workbook
    except ImportError:  # pragma: no cover
        raise InputError("读 .xlsx 需要 openpyxl（pip install openpyxl）",
                         "reading .xlsx needs openpyxl (pip install openpyxl)", path=path) from None
    import zipfile

    from authoring.docx.read._safe import LIMITS, _check_directory

    if not zipfile.is_zipfile(path):
        raise InputError("不是 .xlsx 文件（不是 zip 包）", "not an .xlsx file (not a zip package)", path=path)
    # A zip bomb is refused from the zip's directory, as a draft is, before openpyxl inflates anything
    # (zipfile never inflates a member past the size the directory declares).
    try:
        with zipfile.ZipFile(path) as archive:
            _check_directory(archive, path, LIMITS)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise InputError(f"无法读取 Excel 文件：{exc}", f"cannot read the Excel file: {exc}", path=path) from None
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a broken workbook
        raise InputError(f"无法读取 Excel 文件：{exc}", f"cannot read the Excel file: {exc}", path=path) from None
    try:
        listed = []
        replied: dict[str, bool] = {}
        if _LISTED_SHEET in book.sheetnames:
            rows = _sheet_rows(book[_LISTED_SHEET], 2)
            listed = [row[0] for row in rows if row[0]]
            replied = _replied_of([row[1] for row in rows if len(row) > 1 and row[1]])
        for sheet in book.worksheets:
            if sheet.title == _LISTED_SHEET:
                continue
            table = _from_grid(_sheet_rows(sheet, _MAX_COLUMNS))
            if table is not None:
                table.listed = listed
                table.replied = replied
                return table
    finally:
        book.close()
    return None


#: Columns of a sheet read for the table (it has seven; a cell far to the right is no part of it).
_MAX_COLUMNS = 64


def _sheet_rows(sheet, columns: int) -> list[list[str]]:  # noqa: ANN001 - an openpyxl read-only worksheet
    """The texts of the rows of ``sheet`` that hold a value, in its first ``columns`` columns.

    The extent the sheet declares (or that its farthest cell gives: one at XFD1048576) is not
    trusted: only the rows the file holds are read, empty ones dropped, so memory follows the file's
    size rather than 1,048,576 × 16,384 cells."""
    sheet.reset_dimensions()
    out: list[list[str]] = []
    for values in sheet.iter_rows(max_col=columns, values_only=True):
        cells = ["" if v is None else str(v) for v in values]
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            out.append(cells)
    return out


def _read_csv(path: Path) -> ResolutionTable | None:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise InputError("无法识别 CSV 文件的编码", "cannot tell the CSV file's encoding", path=path)
    return _from_grid([[_as_written(cell) for cell in row] for row in _csv_rows(text, path)])


#: The longest CSV cell read, in characters (Python's csv stops at 131,072, which a long comment may pass).
_CSV_CELL_LIMIT = 1024 * 1024


def _csv_rows(text: str, path: Path) -> list[list[str]]:
    """The rows of the CSV ``text``; InputError naming the line for a cell over :data:`_CSV_CELL_LIMIT` and for
    a quote never closed (it would swallow the rows after it into one cell)."""
    before = csv.field_size_limit(_CSV_CELL_LIMIT)
    try:
        rows: list[list[str]] = []
        reader = csv.reader(io.StringIO(text), strict=True)
        start = 1
        try:
            for row in reader:
                rows.append(row)
                start = reader.line_num + 1
            return rows
        except csv.Error as exc:
            if "field limit" in str(exc):
                raise InputError(f"CSV 文件第 {start} 行有一格超过 {_CSV_CELL_LIMIT:,} 个字符，不像意见汇总处理表",
                                 f"a cell on line {start} of the CSV file is over {_CSV_CELL_LIMIT:,} characters; "
                                 "not a resolution table", path=path) from None
            if reader.line_num > start or "end of data" in str(exc):
                raise InputError(f"CSV 文件第 {start} 行的引号没有闭合（其后各行会被并入同一格），请检查该行",
                                 f"a quote on line {start} of the CSV file is never closed (the lines after it would "
                                 "be read as one cell); check that line", path=path) from None
        # A quote closed before its cell ends (a hand-typed "甲"方): read leniently, as Excel does.
        return list(csv.reader(io.StringIO(text)))
    finally:
        csv.field_size_limit(before)


def _from_grid(grid: list[list[str]]) -> ResolutionTable | None:
    """A table from rows of cell texts (Excel, CSV): head lines, header row, rows, foot lines."""
    for start, header in enumerate(grid):
        cols = _columns(header)
        if cols is None:
            continue
        table = ResolutionTable(title="", stage="")
        lines = [" ".join(c for c in row if c) for row in grid[:start]]
        for cells in grid[start + 1:]:
            row = _row_of(cells, cols)
            if row is not None:
                table.rows.append(row)
            elif any(c.strip() for c in cells):
                lines.append(" ".join(c for c in cells if c))
        _parse_head_foot(lines, table)
        return table
    return None


# -- one writer at a time ---------------------------------------------------------------------------------

#: How long a run waits, in seconds, for another run writing the same table before it refuses.
LOCK_WAIT = 60.0


def lock_of(target: Path) -> Path:
    """The lock file of the table at ``target``: ``.NAME.EXT.lock`` beside it."""
    return target.with_name(f".{target.name}.lock")


@contextlib.contextmanager
def table_lock(target: Path, *, on_wait: Callable[[], None] | None = None, wait: float = LOCK_WAIT) -> Iterator[None]:
    """Hold the exclusive lock of the table at ``target`` (:func:`lock_of`) while it is read, built and written.

    Two runs on one table at once each read the table as it was and the last write won: the other runs'
    rows were lost while each said it had added them (QA pass 13, A11). A second run now waits (one line
    says so) and then reads what the first wrote; after :data:`LOCK_WAIT` seconds it refuses in one line.
    The lock file is removed when the table is written; a folder where it cannot be made is left to the
    write itself to report. ``on_wait`` is called once when another run holds the lock (the command says so)."""
    lock = lock_of(target)
    deadline = time.monotonic() + wait
    told = False
    while True:
        try:
            handle = open(lock, "a+b")  # noqa: SIM115 - closed below
        except OSError:
            yield
            return
        if try_lock(handle):
            try:  # the run before may have removed the file after it was opened here: lock the one on disk
                if os.fstat(handle.fileno()).st_ino == os.stat(lock).st_ino:
                    break
            except OSError:
                pass
            unlock(handle)
        handle.close()
        if time.monotonic() > deadline:
            raise OutputError(f"另一个 stdauthor（comments 命令或工作台）正在写入这张表，等待 {wait:.0f} 秒后仍未结束，未写入；请稍后再试",
                              f"another stdauthor (the comments command or the studio) is writing this table and has not finished after "
                              f"{wait:.0f} s; nothing written, try again later", path=target)
        if not told and on_wait is not None:
            on_wait()
        told = True
        time.sleep(0.1)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            lock.unlink()
        unlock(handle)
        handle.close()
