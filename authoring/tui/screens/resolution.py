"""A look at a 意见汇总处理表: its head, every row, and the foot's counts, read-only."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from authoring.i18n import get_lang, tr
from authoring.paperwork.table import ResolutionTable, foot_lines, tally
from authoring.tui.commands import BindingCommands
from authoring.tui.labels import key, localise_bindings
from authoring.tui.widgets.footer import StudioFooter


class ResolutionCommands(BindingCommands):
    """The table's screen: its keys."""


class ResolutionTableScreen(Screen[None]):
    """The rows of a resolution table (序号, 标准章条编号, 意见内容, 提出单位, 处理意见, 备注); Escape goes back.

    Nothing here changes the table: the committee fills in 处理意见 in Word or a spreadsheet.
    """

    COMMANDS = {ResolutionCommands}
    BINDINGS = [key("table.back", "back", "escape")]

    def __init__(self, table: ResolutionTable, path: Path) -> None:
        super().__init__()
        self.table, self.path = table, path
        localise_bindings(self)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="table-head", classes="heading")
        yield DataTable(id="table-rows", cursor_type="row", zebra_stripes=True)
        yield Static("", id="table-foot")
        yield StudioFooter()

    def on_mount(self) -> None:
        self.relabel()
        self.query_one("#table-rows", DataTable).focus()

    def relabel(self) -> None:
        """Head, columns and foot in the current language (the table's own words stay as written)."""
        table = self.table
        name = f"《{table.title}》" if table.title else tr("（未写标准名称）", "(no standard named)")
        head = tr(f"意见汇总处理表 {name} {table.designation} {table.stage}",
                  f"Comment resolution table {name} {table.designation} {table.stage}")
        self.query_one("#table-head", Static).update(f"{head.strip()}\n{self.path}")
        rows = self.query_one("#table-rows", DataTable)
        rows.clear(columns=True)
        # Fixed widths, so a long comment wraps inside its cell rather than pushing 提出单位 and
        # 处理意见 off the screen; the comment takes what the other columns leave.
        fixed = {"no": 4, "where": 12, "unit": 14, "decision": 12, "remark": 8}
        spare = self.app.size.width - sum(fixed.values()) - 2 * (len(fixed) + 1) - 3
        widths = {**fixed, "content": max(20, spare)}
        for key_, zh, en in (("no", "序号", "No."), ("where", "标准章条编号", "Clause"),
                             ("content", "意见内容", "Comment"), ("unit", "提出单位", "From"),
                             ("decision", "处理意见", "Decision"), ("remark", "备注", "Remark")):
            rows.add_column(tr(zh, en), key=key_, width=widths[key_])
        for number, row in enumerate(table.rows, 1):
            rows.add_row(str(number), row.location, row.content, row.unit, row.decision or "—", row.remark,
                         key=str(number), height=None)
        by = tally(table.rows)
        english = (f"{len(table.rows)} comments: {by['adopted']} adopted, {by['partial']} partly adopted, "
                   f"{by['rejected']} not adopted, {by['pending']} not yet decided")
        # The foot is the table's own (Chinese) text; in English a summary line comes first.
        self.query_one("#table-foot", Static).update("\n".join([*([english] if get_lang() == "en" else []), *foot_lines(table)]))

    def on_resize(self) -> None:
        self.relabel()

    def action_back(self) -> None:
        self.dismiss(None)
