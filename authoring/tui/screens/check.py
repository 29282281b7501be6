"""Check a draft: pick a .docx, run the check in a worker, read coverage, evidence and findings, export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import (
    Button, DataTable, DirectoryTree, Header, Input, ProgressBar, Static, TabbedContent, TabPane,
)

from authoring.atomic import atomic_write_text
from authoring.docx.legacy import DRAFT_SUFFIXES
from authoring.errors import StdAuthorError
from authoring.i18n import get_lang, tr
from authoring.tui.commands import CheckCommands
from authoring.tui.failures import describe
from authoring.tui.labels import front_keys, key, localise_bindings
from authoring.tui.widgets.file_tree import FilteredTree
from authoring.tui.widgets.footer import StudioFooter
from authoring.tui.widgets.path_input import PathSuggester
from authoring.tui.widgets.editor import Field
from authoring.tui.widgets.prose import Prose

STATUS_ZH = {"covered": "已覆盖", "partial": "部分", "missing": "缺失", "not-applicable": "不适用"}
SEVERITY_ZH = {"error": "错误", "warning": "警告", "info": "提示"}
REPORT_FORMATS = {"md": ".md", "html": ".html", "json": ".json"}


def status_text(status: str) -> str:
    """A coverage status in the current language."""
    return tr(STATUS_ZH.get(status, status), status)


def severity_text(severity: str) -> str:
    """A finding severity in the current language."""
    return tr(SEVERITY_ZH.get(severity, severity), severity)


class CheckScreen(Screen[None]):
    """Check one Word draft against the guide and GB/T 1.1—2020."""

    COMMANDS = {CheckCommands}
    BINDINGS = [
        *front_keys(),
        key("check.back", "back", "escape"),
        key("check.run", "run_check", "ctrl+r"),
        key("check.export_md", "export_report('md')", "f5"),
        key("check.export_html", "export_report('html')", "f6"),
        key("check.export_json", "export_report('json')", "f7"),
        key("check.annotate", "annotate", "f8"),
    ]

    def __init__(self, path: Path | None) -> None:
        super().__init__()
        self.path = path
        self.result: Any = None
        # The draft ``result`` is about: ``path`` is the one typed last, which may have failed.
        self.checked: Path | None = None
        localise_bindings(self)

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="check-main"):
            yield FilteredTree(self._folder(), DRAFT_SUFFIXES, id="check-tree")
            with Vertical(id="check-right"):
                with Horizontal(id="check-bar"):
                    yield Field(str(self.path or ""), id="check-path", suggester=PathSuggester(DRAFT_SUFFIXES, self._shown))
                    yield Button("", id="run", variant="primary")
                yield ProgressBar(id="check-progress", show_eta=False)
                # The notices of a technical or English draft run to a dozen lines: at 80x24 they scroll
                # in their own box, and the tables below keep their rows.
                with VerticalScroll(id="check-summary-box"):
                    yield Prose("", id="check-summary")
                with TabbedContent(id="check-tabs"):
                    with TabPane("", id="tab-coverage"):
                        yield DataTable(id="coverage-table", cursor_type="row", zebra_stripes=True)
                    with TabPane("", id="tab-findings"):
                        yield DataTable(id="findings-table", cursor_type="row", zebra_stripes=True)
                    with TabPane("", id="tab-evidence"):
                        with VerticalScroll():
                            yield Prose("", id="evidence")
        yield StudioFooter()

    def _folder(self) -> Path:
        if self.path is not None and self.path.parent.is_dir():
            return self.path.parent
        session = getattr(self.app, "session", None)
        return session.path.parent if session is not None else Path.cwd()

    def on_mount(self) -> None:
        self.query_one("#check-progress", ProgressBar).display = False
        self.relabel()
        if self.path is not None:
            self.action_run_check()
        else:
            self.query_one("#check-path", Input).focus()

    def relabel(self) -> None:
        """Labels and table headers in the current language."""
        self.query_one("#run", Button).label = tr("检查 (Ctrl+R)", "Check (Ctrl+R)")
        self.query_one("#check-path", Input).placeholder = tr("草案 .docx 或 .doc 的路径（→ 补全）", "path of a draft .docx or .doc (→ completes)")
        tabs = self.query_one("#check-tabs", TabbedContent)
        tabs.get_tab("tab-coverage").label = tr("覆盖度", "Coverage")
        tabs.get_tab("tab-findings").label = tr("问题", "Findings")
        tabs.get_tab("tab-evidence").label = tr("证据", "Evidence")
        self._fill()

    # -- running ---------------------------------------------------------------------

    def on_directory_tree_file_selected(self, event: DirectoryTree.FileSelected) -> None:
        self.query_one("#check-path", Input).value = str(event.path)
        self.action_run_check()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "check-path":
            self.action_run_check()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "run":
            self.action_run_check()

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_run_check(self) -> None:
        """Check the draft named in the path input."""
        raw = self.query_one("#check-path", Input).value.strip()
        if not raw:
            self.notify(tr("请先选择一个 .docx 草案", "choose a .docx draft first"), severity="warning")
            return
        self.path = self._typed(raw)
        bar = self.query_one("#check-progress", ProgressBar)
        bar.update(total=3, progress=0)
        bar.display = True
        self.query_one("#check-summary", Static).update(tr(f"正在检查 {self.path.name} …", f"checking {self.path.name} …"))
        self._run(self.path)

    def _typed(self, raw: str) -> Path:
        """The draft a typed path names: from the working folder, or else as the tree on the left shows it.

        Served in a browser, the studio works in the drafts folder while the tree shows the project's
        folder above it, so ``drafts/初稿.docx`` is typed as the tree shows it.
        """
        path = Path(raw).expanduser()
        if path.is_absolute() or path.exists():
            return path
        shown = self._shown() / path
        return shown if shown.exists() else path

    def _shown(self) -> Path:
        """The folder the tree on the left shows."""
        return Path(self.query_one("#check-tree", FilteredTree).path)

    @work(thread=True, exclusive=True, group="check")
    def _run(self, path: Path) -> None:
        bar = self.query_one("#check-progress", ProgressBar)

        def step() -> None:
            self.app.call_from_thread(bar.advance, 1)

        try:
            from authoring.check import check_document
            from authoring.docx.read import read_docx

            step()
            doc = read_docx(path)
            step()
            result = check_document(doc, self.app.checklist, file=str(path))
            step()
        except Exception as exc:  # noqa: BLE001 - a stranger's draft must not crash the studio
            self.app.call_from_thread(self._failed, describe(exc), path)
            return
        self.app.call_from_thread(self._done, result, path)

    def _failed(self, message: str, path: Path | None = None) -> None:
        if path is not None and path != self.path:
            return  # an earlier check, overtaken by the one running now
        # The results of the draft checked before are not this one's: they go, so that nothing on
        # screen (and no report, annotated copy or export) passes them off as the failed draft's.
        self.result, self.checked = None, None
        self._fill()
        self.query_one("#check-progress", ProgressBar).display = False
        self.query_one("#check-summary", Static).update(message)
        self.notify(message, severity="error", timeout=8)

    def _done(self, result: Any, path: Path | None = None) -> None:
        if path is not None and path != self.path:
            return  # an earlier check, overtaken by the one running now
        self.result, self.checked = result, path if path is not None else self.path
        self.query_one("#check-progress", ProgressBar).display = False
        self._fill()
        self.query_one("#coverage-table", DataTable).focus()

    # -- showing ---------------------------------------------------------------------

    def _fill(self) -> None:
        cov = self.query_one("#coverage-table", DataTable)
        cov.clear(columns=True)
        # The verdict before the long title and the message before the rule's id: at 80 columns the last
        # column runs off the screen.
        cov.add_columns(tr("条目", "Item"), tr("状态", "Status"), tr("得分", "Score"), tr("标题", "Title"))
        found = self.query_one("#findings-table", DataTable)
        found.clear(columns=True)
        found.add_columns(tr("级别", "Severity"), tr("位置", "Where"), tr("说明", "Message"), tr("规则", "Rule"))
        result = self.result
        if result is None:
            self.query_one("#evidence", Static).update("")
            return
        lang = get_lang()
        read = result.document.coverage_judged
        for item in result.coverage.items:
            title = result.item_title(item.id, item.title, lang)
            if read:
                cov.add_row(item.id, status_text(item.status), f"{round(item.score * 100)}%", title, key=item.id)
            else:  # nothing read: no item was judged, never a confident "missing, 0 %"
                cov.add_row(item.id, tr("未判断", "not judged"), "–", title, key=item.id)
        for index, finding in enumerate(result.findings):
            found.add_row(severity_text(finding.severity), finding.location, finding.message, finding.rule, key=str(index))
        doc = result.document
        # What the reader must know before trusting the figures, as every report format says it.
        from authoring.report.view import findings_summary, likeness_notice, rules_applied, score_note
        from authoring.text import tight_cjk

        found_line = findings_summary(result.counts(), rules_applied(doc.structure, doc.rules))
        name = " ".join(x for x in (doc.title or tr("（无标题）", "(untitled)"), doc.number) if x)
        if read:
            summary = tr(
                f"{name} · 覆盖度 {round(result.coverage.score * 100)}% · "
                f"缺失 {len(result.coverage.missing())} 条 · {found_line}",
                f"{name} · coverage {round(result.coverage.score * 100)}% · "
                f"{len(result.coverage.missing())} missing · {found_line}",
            )
        else:
            from authoring.report.view import coverage_unread_message, unread_message

            summary = f"{name} · {unread_message() if not doc.characters else coverage_unread_message()}"

        notices = [tr(f"注意：{tight_cjk(zh)}", f"Note: {en}") for _, zh, en in doc.notices()]
        notices += [tr("注意：", "Note: ") + tr(tight_cjk(notice), notice) for notice in likeness_notice(result, option=False)]
        ranked = score_note(result)
        if ranked:
            notices.append(tr("注意：", "Note: ") + tr(tight_cjk(ranked), ranked))
        self.query_one("#check-summary", Static).update(Text("\n".join([tr(tight_cjk(summary), summary), *notices])))
        if result.coverage.items:
            self._show_evidence(result.coverage.items[0].id)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "coverage-table" and event.row_key.value:
            self._show_evidence(event.row_key.value)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.data_table.id == "coverage-table" and event.row_key.value:
            self._show_evidence(event.row_key.value)
            self.query_one("#check-tabs", TabbedContent).active = "tab-evidence"

    def _show_evidence(self, item_id: str) -> None:
        item = next((i for i in self.result.coverage.items if i.id == item_id), None)
        if item is None:
            return
        from authoring.document import place_label
        from authoring.report.view import evidence_note

        title = f"{item.id} {self.result.item_title(item.id, item.title, get_lang())}"
        if not self.result.document.coverage_judged:  # nothing read: no verdict to explain
            from authoring.report.view import coverage_unread_message, unread_message

            why = unread_message() if not self.result.document.characters else coverage_unread_message()
            self.query_one("#evidence", Static).update(Text(f"{title} — {tr('未判断', 'not judged')}\n{why}"))
            return
        lines = [f"{title} — {status_text(item.status)}"]
        for ev in item.evidence:
            cues = evidence_note(ev.basis) or "、".join(ev.cues)
            lines.append(f"[{place_label(ev.location)}] {ev.excerpt}" + (f"  ({cues})" if cues else ""))
        if not item.evidence:
            lines.append(tr("草案中没有找到论及此条的内容。", "Nothing in the draft addresses this item."))
        self.query_one("#evidence", Static).update(Text("\n".join(lines)))

    # -- exporting -------------------------------------------------------------------

    def _need_result(self) -> bool:
        if self.result is None or self.checked is None:
            self.notify(tr("请先检查一个草案", "check a draft first"), severity="warning")
            return False
        return True

    def action_export_report(self, fmt: str) -> None:
        """Save the report as Markdown, HTML or JSON."""
        if not self._need_result():
            return
        # In the author's working folder, not beside the draft (which may be someone else's).
        start = Path.cwd() / f"{self.checked.stem}.report{REPORT_FORMATS[fmt]}"
        self._ask_target(tr("报告保存到", "Save the report to"), start, (REPORT_FORMATS[fmt],),
                         lambda target, force, backup: self._write_report(fmt, target, backup))

    def _write_report(self, fmt: str, target: Path, backup: Path | None = None) -> None:
        from authoring.report import render_html, render_json, render_markdown
        from authoring.tui.dialogs.confirm import kept_note

        render = {"md": render_markdown, "html": render_html, "json": render_json}[fmt]
        try:
            atomic_write_text(target, render(self.result))
        except StdAuthorError as exc:
            self.notify(exc.message(), severity="error")
            return
        kept = kept_note(backup)
        self.notify(tr(f"报告已保存：{target}", f"report saved: {target}") + (tr("。", ". ") + kept if kept else ""),
                    timeout=10)

    def action_annotate(self) -> None:
        """Write a copy of the draft carrying the findings as Word comments."""
        if not self._need_result():
            return
        start = Path.cwd() / f"{self.checked.stem}.annotated.docx"
        self._ask_target(tr("批注副本保存到", "Save the annotated copy to"), start, (".docx",), self._write_annotated)

    def _write_annotated(self, target: Path, force: bool, backup: Path | None = None) -> None:
        from authoring.report import annotate_copy
        from authoring.tui.dialogs.confirm import kept_note

        try:
            added = annotate_copy(self.checked, target, self.result, force=force)
        except StdAuthorError as exc:
            self.notify(exc.message(), severity="error")
            return
        kept = kept_note(backup)
        self.notify(tr(f"已写入 {added} 条批注：{target}", f"{added} comments written: {target}")
                    + (tr("。", ". ") + kept if kept else ""), timeout=10)

    def _ask_target(self, title: str, start: Path, suffixes: tuple[str, ...], write) -> None:
        """Ask where, then ``write(path, force, backup)``: an existing file is replaced only when the
        author says so (Cancel is the default), and a copy of it is kept first (``backup``)."""
        from authoring.tui.dialogs.confirm import ask_target
        from authoring.tui.dialogs.path import PathDialog

        ask_target(self.app, PathDialog(title, suffixes, start=start, must_exist=False),
                   lambda path, backup, existed: write(path, existed, backup))
