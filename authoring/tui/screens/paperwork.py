"""The committee's paperwork from the author screen: the 编制说明 and the 意见汇总处理表.

Each asks where (the studio's path dialog), runs in a worker with the status bar's progress,
and ends with the written path shown whole (:class:`~authoring.tui.dialogs.exported.ExportedDialog`).
The 编制说明 is written from the project as it stands in the studio (unsaved edits too); the
table from reviewers' returned copies (a folder of them, or one), updating an existing table
(its 处理意见 kept, the table as it was kept as ``NAME.bak.EXT``, ``NAME-2.bak.EXT`` … never over an earlier
copy) as ``stdauthor comments`` does.
A table can be opened for a look (:class:`~authoring.tui.screens.resolution.ResolutionTableScreen`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual import work
from textual.widgets import ProgressBar

from authoring.i18n import tr
from authoring.tui.failures import describe

TABLE_SUFFIXES = (".docx", ".xlsx", ".csv")


def _count_prompts(data: bytes) -> int:
    from authoring.cli.explain_cmd import _count_prompts as count

    return count(data)


def _newest_table(folder: Path) -> Path | None:
    """The newest 意见汇总处理表 in ``folder`` or a folder inside it (its ``.bak`` copies aside)."""
    found = [p for pattern in ("意见汇总处理表*", "*/意见汇总处理表*") for p in folder.glob(pattern)
             if p.suffix.lower() in TABLE_SUFFIXES and not p.stem.endswith(".bak") and p.is_file()]
    return max(found, key=lambda p: p.stat().st_mtime, default=None)


class PaperworkActions:
    """Mixed into the author screen (which has ``session``, ``#progress`` and ``flush_pending``)."""

    session: Any
    last_table: Path | None = None

    # -- the 编制说明 ------------------------------------------------------------------

    def action_explain(self) -> None:
        """Ask where, then write the 编制说明 of the project as it stands."""
        from authoring.tui.dialogs.path import PathDialog

        self.flush_pending()
        start = self.session.path.with_name(f"{self.session.path.stem}-编制说明.docx")
        self._ask_target(PathDialog(tr("编制说明保存到", "Save the explanatory memorandum (编制说明) to"), (".docx",),
                                    start=start, must_exist=False), self._write_explain)

    def _ask_target(self, dialog: Any, then: Any, *, replace: bool = True) -> None:
        """Push the path dialog, then call ``then(path, backup)`` (see ``confirm.ask_target``)."""
        from authoring.tui.dialogs.confirm import ask_target

        ask_target(self.app, dialog, lambda path, backup, _: then(path, backup), replace=replace)

    def _start_progress(self, steps: int) -> None:
        bar = self.query_one("#progress", ProgressBar)
        bar.update(total=steps, progress=0)
        bar.display = True

    def _step(self) -> None:
        self.app.call_from_thread(self.query_one("#progress", ProgressBar).advance, 1)

    def _write_explain(self, path: Path, backup: Path | None = None) -> None:
        self._start_progress(3)
        self._explain_worker(path, backup)

    @work(thread=True, exclusive=True, group="paperwork")
    def _explain_worker(self, path: Path, backup: Path | None = None) -> None:
        try:
            from authoring.atomic import atomic_write_bytes
            from authoring.paperwork.explain import explain_docx, from_loaded

            source = from_loaded(self.session.project, self.session.checklist, self.app.library)
            self._step()
            data = explain_docx(source)
            self._step()
            atomic_write_bytes(path, data)
            self._step()
        except Exception as exc:  # noqa: BLE001 - shown, never raised into the UI
            self.app.call_from_thread(self._paperwork_failed, describe(exc))
            return
        items = source.items
        taken = sum(1 for r in items if r.taken_up)
        na = sum(1 for r in items if r.status == "not-applicable")
        prompts = _count_prompts(data)
        note = tr(
            f"卓越服务要素 {len(items)} 个条目：融入 {taken} 个，不适用 {na} 个。"
            f"待起草组填写 {prompts} 处（文中“【请填写：……】”）。",
            f"Excellence items: {len(items)}, taken up {taken}, not applicable {na}. "
            f"{prompts} places are left for the committee (marked 【请填写：…】).",
        )
        if backup is not None:
            from authoring.tui.dialogs.confirm import kept_note

            note = f"{kept_note(backup)}{tr('', ' ')}{note}"
        self.app.call_from_thread(self._paperwork_done, path, tr("编制说明已生成：", "The memorandum was written to:"), note)

    # -- the 意见汇总处理表 -------------------------------------------------------------

    def action_comments(self) -> None:
        """Ask for the reviewed copies and where the table goes, then compile (or update) it."""
        from authoring.cli.comments_cmd import COPY_SUFFIXES
        from authoring.tui.dialogs.path import PathDialog

        self.flush_pending()
        folder = self.session.path.parent
        ask_copies = PathDialog(
            tr("审阅稿：选一个 .docx 或 .doc，或选含审阅稿的文件夹", "Reviewed copies: a .docx or .doc, or a folder of them"),
            COPY_SUFFIXES,
            start=folder, must_exist=True, folders=True,
        )

        def copies_chosen(copies: Path | None) -> None:
            if copies is None:
                return
            start = (copies if copies.is_dir() else copies.parent) / "意见汇总处理表.docx"
            ask_table = PathDialog(
                tr("意见汇总处理表保存到（已有的表会更新，处理意见保留）",
                   "Save the comment resolution table to (an existing table is updated, decisions kept)"),
                TABLE_SUFFIXES, start=start, must_exist=False,
            )
            self._ask_target(ask_table, lambda target, _: self._write_comments(copies, target), replace=False)

        self.app.push_screen(ask_copies, copies_chosen)

    def _write_comments(self, copies: Path, target: Path) -> None:
        self._start_progress(3)
        self._comments_worker(copies, target)

    @work(thread=True, exclusive=True, group="paperwork")
    def _comments_worker(self, copies: Path, target: Path) -> None:
        from authoring.atomic import atomic_write_bytes
        from authoring.cli.comments_cmd import _expand
        from authoring.errors import InputError, OutputError
        from authoring.paperwork.resolution import build, collect
        from authoring.paperwork.table import format_of, read_table, table_bytes, table_lock
        from authoring.tui.backup import keep_backup

        try:
            # one writer at a time, as the comments command: a run there meanwhile would lose these rows or its own
            with table_lock(target):
                previous = None
                if target.exists():
                    try:
                        previous = read_table(target)
                    except InputError:
                        raise OutputError("文件已存在且不是意见汇总处理表，未覆盖；请换一个文件名",
                                          "the file exists and is not a resolution table; not overwritten: choose "
                                          "another name", path=target) from None
                paths = _expand([str(copies)], [target])
                collection = collect(paths)
                self._step()
                collection.require_copies(updating=previous is not None, path=copies)
                table, added = build(collection, previous=previous)
                self._step()
                data = table_bytes(table, format_of(target))
                # the table it updates kept as the first free NAME.bak.EXT, never over a copy kept before
                backup = keep_backup(target) if previous is not None else None
                atomic_write_bytes(target, data)
                self._step()
        except Exception as exc:  # noqa: BLE001 - shown, never raised into the UI
            self.app.call_from_thread(self._paperwork_failed, describe(exc))
            return
        counts = table.counts
        lines = [tr(f"{len(table.rows)} 条意见（新增 {added} 条）；回函 {counts.replies} 份，其中有意见 {counts.with_comments} 份。",
                    f"{len(table.rows)} comments ({added} new); {counts.replies} replies, "
                    f"{counts.with_comments} with comments.")]
        lines += [notice.message() for notice in collection.notices]
        lines.append(tr("Ctrl+G 查看此表。", "Ctrl+G shows the table."))
        if backup is not None:
            from authoring.tui.dialogs.confirm import kept_note

            lines.append(kept_note(backup))
        heading = (tr("意见汇总处理表已更新：", "The resolution table was updated:") if previous is not None
                   else tr("意见汇总处理表已生成：", "The resolution table was written to:"))
        self.last_table = target
        self.app.call_from_thread(self._paperwork_done, target, heading, "\n".join(lines))

    # -- a look at a table -------------------------------------------------------------

    def action_view_comments(self) -> None:
        """Ask which table (the one made last, else the newest beside the project), then show its rows."""
        from authoring.tui.dialogs.path import PathDialog

        start = self.last_table or _newest_table(self.session.path.parent) or self.session.path.parent
        dialog = PathDialog(tr("查看意见汇总处理表", "Open a comment resolution table"), TABLE_SUFFIXES,
                            start=start, must_exist=True)
        self.app.push_screen(dialog, lambda path: path and self.show_table(path))

    def show_table(self, path: Path) -> None:
        """Read the table at ``path`` and show it (a file that is no table gets one line)."""
        from authoring.errors import StdAuthorError
        from authoring.paperwork.table import read_table
        from authoring.tui.screens.resolution import ResolutionTableScreen

        try:
            table = read_table(path)
        except StdAuthorError as exc:
            self.notify(exc.message(), severity="error", timeout=10)
            return
        except Exception as exc:  # noqa: BLE001 - shown, never raised into the UI
            self.notify(describe(exc), severity="error", timeout=10)
            return
        self.last_table = path
        self.app.push_screen(ResolutionTableScreen(table, path))

    # -- endings -----------------------------------------------------------------------

    def _paperwork_failed(self, message: str) -> None:
        self.query_one("#progress", ProgressBar).display = False
        self.notify(message, severity="error", timeout=10)

    def _paperwork_done(self, path: Path, heading: str, note: str) -> None:
        from authoring.tui.dialogs.exported import ExportedDialog

        self.query_one("#progress", ProgressBar).display = False
        self.app.push_screen(ExportedDialog(path, heading, note))
