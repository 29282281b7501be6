"""The coverage dashboard of the open project: chapter bars, what is missing, score, lint findings."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Header, Label, OptionList, Static
from textual.widgets.option_list import Option

from authoring.i18n import count_en, get_lang, tr
from authoring.report.view import rules_applied
from authoring.tui.commands import DashboardCommands
from authoring.tui.failures import describe
from authoring.tui.labels import key, localise_bindings
from authoring.tui.screens.check import severity_text
from authoring.tui.session import Session
from authoring.tui.widgets.footer import StudioFooter
from authoring.tui.widgets.prose import Prose

BAR_WIDTH = 24
# Where findings on front matter and chapters 1–3 are fixed: a tab of the metadata screen.
FRONT_TABS = {"封面": "metadata", "前言": "metadata", "引言": "metadata", "目次": "metadata",
              "1": "scope", "2": "references", "3": "terms", "参考文献": "references"}


def bar(score: float) -> Text:
    """A text bar of ``score`` (0–1) with its percentage."""
    filled = round(max(0.0, min(1.0, score)) * BAR_WIDTH)
    out = Text("█" * filled, style="green")
    out.append("░" * (BAR_WIDTH - filled), style="dim")
    out.append(f" {round(score * 100):3d}%")
    return out


def jump_target(location: str, session: Session, doc: Any) -> str | None:
    """The item (or ``meta:<tab>``) a finding at ``location`` concerns, where that can be told."""
    items = session.items_at(doc, location)
    if items:
        return items[0]
    head = location.split(".")[0]
    tab = FRONT_TABS.get(location) or FRONT_TABS.get(head)
    return f"meta:{tab}" if tab else None


class DashboardScreen(Screen[str | None]):
    """Dismisses with an item id (or ``meta:<tab>``) to jump to, or ``None``."""

    COMMANDS = {DashboardCommands}
    BINDINGS = [key("dash.back", "back", "escape"), key("dash.refresh", "refresh", "ctrl+r")]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.result: Any = None
        self.doc: Any = None
        localise_bindings(self)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="dash-top"):
            with VerticalScroll(id="dash-chapters"):
                yield Prose("", id="dash-score", classes="heading")
                yield Static("", id="dash-bars")
            with Vertical(id="dash-missing-box"):
                yield Label("", id="dash-missing-label", classes="section")
                yield OptionList(id="dash-missing")
        yield Label("", id="dash-findings-label", classes="section")
        yield DataTable(id="dash-findings", cursor_type="row", zebra_stripes=True)
        yield StudioFooter()

    def on_mount(self) -> None:
        self.relabel()
        self.action_refresh()

    def relabel(self) -> None:
        """Labels and table headers in the current language."""
        self.query_one("#dash-missing-label", Label).update(tr("缺失或待写的条目（回车转到）", "Missing or unwritten items (Enter to go)"))
        self.query_one("#dash-findings-label", Label).update(tr("组稿的问题（回车转到）", "Findings on the composed draft (Enter to go)"))
        self._fill()

    def action_back(self) -> None:
        self.dismiss(None)

    def action_refresh(self) -> None:
        self.query_one("#dash-score", Static).update(tr("正在分析…", "analysing…"))
        self._analyse()

    @work(thread=True, exclusive=True, group="dashboard")
    def _analyse(self) -> None:
        try:
            doc, result = self.session.check()
        except Exception as exc:  # noqa: BLE001 - shown, never raised into the UI
            self.app.call_from_thread(self._failed, describe(exc))
            return
        self.app.call_from_thread(self._done, doc, result)

    def _failed(self, message: str) -> None:
        self.query_one("#dash-score", Static).update(message)

    def _done(self, doc: Any, result: Any) -> None:
        self.doc, self.result = doc, result
        self._fill()

    def _fill(self) -> None:
        table = self.query_one("#dash-findings", DataTable)
        table.clear(columns=True)
        table.add_columns(tr("级别", "Severity"), tr("草案条款", "Draft clause"), tr("指南条目", "Guide item"),
                          tr("规则", "Rule"), tr("说明", "Message"))
        result = self.result
        if result is None:
            return
        lang = get_lang()
        self.query_one("#dash-score", Static).update(self._heading(result.coverage))
        scores = result.coverage.chapter_scores()
        counted = [i for i in result.coverage.items if i.status != "not-applicable"]
        written = self.session.in_draft()
        lines = Text()
        for chapter in self.session.checklist.chapters:
            lines.append(f"{chapter.id} {chapter.title(lang)}\n", style="bold")
            if chapter.id in scores:
                lines.append_text(bar(scores[chapter.id]))
                ids = [i.id for i in counted if i.chapter == chapter.id]
                done = sum(1 for i in ids if i in written)
                lines.append(tr(f"  已落实 {done}/{len(ids)}", f"  {done}/{len(ids)} addressed"), style="dim")
            else:
                lines.append(tr("– 全部不适用", "– all not applicable"), style="dim")
            lines.append("\n")
        self.query_one("#dash-bars", Static).update(lines)
        missing = self.query_one("#dash-missing", OptionList)
        missing.clear_options()
        gaps = [i for i in result.coverage.missing()]
        options = [Option(Text(f"○ {i.id} {result.item_title(i.id, i.title, lang)}"), id=i.id) for i in gaps]
        # Items the author has not written yet, though the draft's words touch them elsewhere.
        listed = {i.id for i in gaps}
        statuses = self.session.statuses()
        for item in self.session.checklist.items():
            if statuses.get(item.id) == "todo" and item.id not in listed and not item.children:
                line = Text(f"○ {item.id} {item.title(lang)}")
                line.append(tr("  待写（正文别处已有相关文字）", "  to write (touched elsewhere)"),
                            style="dim")
                options.append(Option(line, id=item.id))
        missing.add_options(options)
        if not rules_applied(result.document.structure, result.document.rules):
            # an outline kept in 第×章／第×条 (or 一、（一）) from its import: an empty table would read as "no problem"
            self.query_one("#dash-findings-label", Label).update(tr(
                "组稿的问题：未按 GB/T 1.1 检查编写规则（大纲不是 GB/T 1.1 的编号章条，如导入的第×章／第×条）",
                "Findings on the composed draft: GB/T 1.1 rules not applied (the outline is not GB/T 1.1 numbered "
                "clauses, e.g. imported 第×章 / 第×条)"))
        for index, finding in enumerate(result.findings):
            # The draft numbers its own clauses (4.1); the outline uses the guide's (5.2): both are shown.
            guide = "、".join(self.session.items_at(self.doc, finding.location)) if self.doc is not None else ""
            table.add_row(severity_text(finding.severity), finding.location, guide or "—", finding.rule,
                          finding.message, key=str(index))

    def _heading(self, coverage: Any) -> str:
        """The overall figure and what it counts, then the items addressed and the links still proposed: the
        figure is the body's text against the guide (an imported draft's own words count before any link is
        accepted), while the outline marks ✓ and gives a percentage only to the items addressed (QA pass 9,
        finding B8: 总体覆盖度 60%（只计作者写的条款） above an outline of ○ and no percentage)."""
        score = round(coverage.score * 100)
        counted = sum(1 for i in coverage.items if i.status != "not-applicable")
        addressed = len(self.session.in_draft())
        outline = self.session.project.version == 2
        proposed = sum(1 for item in self.session.checklist.items()
                       for link in self.session.entry(item.id).links if link.proposed) if outline else 0
        heading = tr(f"总体覆盖度 {score}%（正文的文字对照指南的 {counted} 个条目）",
                     f"Overall coverage {score}% (the body's text against {counted} guide items)")
        heading += tr(f"\n已落实 {addressed} 个条目（✓" + ("，已链接到条款" if outline else "") + "，大纲中标百分比）",
                      f"\n{count_en(addressed, 'item')} addressed (✓" + (", linked to a clause" if outline else "")
                      + ", with a percentage in the outline)")
        if proposed:
            heading += tr(f"；待确认的链接 {proposed} 个（导入时提出，Ctrl+L）",
                          f"; {count_en(proposed, 'link')} proposed by the import (Ctrl+L)")
        ticked = sum(t for t, _ in self.session.method_counts().values())
        if ticked:
            heading += tr(f"\n已选实施方法 {ticked} 个（意向，不计入覆盖度）", f"\n{ticked} methods ticked (intent, not coverage)")
        return heading

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.dismiss(event.option.id)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        finding = self.result.findings[int(event.row_key.value)]
        target = jump_target(finding.location, self.session, self.doc)
        if target is None:
            self.notify(tr(f"无法定位 {finding.location} 对应的条目", f"cannot tell which item {finding.location} belongs to"),
                        severity="warning")
            return
        self.dismiss(target)
