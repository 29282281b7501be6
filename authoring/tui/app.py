"""The studio application: owns the checklist, the open project session, language and quitting."""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.timer import Timer
from textual.widgets import Button

from authoring.checklist import Checklist, Library, load_packs
from authoring.docx.legacy import DRAFT_SUFFIXES
from authoring.errors import OutputError, StdAuthorError
from authoring.i18n import count_en, get_lang, set_lang, tr
from authoring.tui.config import add_recent
from authoring.tui.labels import key, localise_bindings
from authoring.tui.session import Session

DEFAULT_PACK = "excellence-guide"
# Signals that end the studio from outside (a closed terminal, a shutdown, kill): each one
# flushes the autosave and exits the app, so the terminal is given back.
EXIT_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))
AUTOSAVE_DELAY = 2.0
EDIT_DELAY = 0.3


class StudioApp(App[int]):
    """Walks an author through the guide: write a project, check drafts, export Word."""

    CSS_PATH = "app.tcss"
    TITLE = "stdauthor"
    # Screens narrower than 100 columns (80×24 terminals) get the class -narrow, shorter than
    # 30 rows -short: app.tcss gives the outline more room, the checker's file tree less, and
    # the new-project form compact rows.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]
    BINDINGS = [
        key("app.help", "help", "f1"),
        Binding("question_mark", "help", show=False, id="app.help-alt"),
        key("app.lang", "toggle_lang", "f2"),
        key("app.quit", "quit", "ctrl+q", priority=True),
        key("app.palette", "command_palette", "ctrl+p", show=False, priority=True),
        # Saving works from every screen and dialog of an open project: a priority key, so
        # neither a dialog nor a text field keeps it from the app.
        key("app.save", "save_project", "ctrl+s", priority=True),
        # Space presses the focused button, as Enter does (Textual's buttons take Enter only); Left and Right
        # move along a row of buttons (a dialog's 恢复 / 忽略 / 删除…). Priority keys, so they reach a dialog's
        # buttons too; on anything but a button they go on as they came (check_action), to the widget's own use.
        Binding("space", "press_button", show=False, priority=True, id="button.press"),
        Binding("left", "next_button(-1)", show=False, priority=True, id="button.left"),
        Binding("right", "next_button(1)", show=False, priority=True, id="button.right"),
    ]

    def __init__(
        self,
        path: Path | None = None,
        *,
        lang: str | None = None,
        checklist: Checklist | None = None,
        autosave_delay: float = AUTOSAVE_DELAY,
        edit_delay: float = EDIT_DELAY,
    ) -> None:
        if lang:
            set_lang(lang)
        super().__init__()
        localise_bindings(self)
        self.start_path = path
        self.autosave_delay = autosave_delay
        self.edit_delay = edit_delay
        self._checklist = checklist
        self._library: Library | None = None
        self.session: Session | None = None
        self._autosave_timer: Timer | None = None
        self._previous_handlers: dict[int, Any] = {}
        # Every session this studio opened: leaving lets go of their autosaves (kept for recovery).
        self._sessions: list[Session] = []

    @property
    def checklist(self) -> Checklist:
        """The guide's checklist pack (drafts are checked against it), loaded on first use."""
        if self._checklist is None:
            self._checklist = self.pack(DEFAULT_PACK)
        return self._checklist

    @property
    def library(self) -> Library:
        """Every installed checklist pack and crosswalk, loaded on first use."""
        if self._library is None:
            self._library = load_packs()
        return self._library

    def pack(self, pack_id: str) -> Checklist:
        """The checklist pack ``pack_id`` (the one given to the app, when it was given one)."""
        if self._checklist is not None and self._checklist.id == pack_id:
            return self._checklist
        if self._library is None:
            self._library = load_packs()
        return self._library.get(pack_id)

    def on_mount(self) -> None:
        from authoring.tui.screens.start import StartScreen

        self._install_signal_handlers()
        self.sub_title = tr("服务标准编写工作台", "service standard studio")
        self.push_screen(StartScreen())
        if self.start_path is not None:
            self.open_path(self.start_path)

    # -- opening ---------------------------------------------------------------------

    def open_path(self, path: Path) -> None:
        """Open a project (``.yaml``) in the author screen, or a draft (``.docx``) as a project.

        A draft is imported: the studio asks where to save the project; Escape there opens the
        draft in the checker instead, to check it without making a project.
        """
        if path.suffix.lower() in DRAFT_SUFFIXES:
            self.import_draft(path, check_instead=True)
            return
        orphans = Session.recoverable(path)
        if orphans:
            # Only autosaves no running studio owns: another tab's or terminal's live autosave is never
            # offered (nor removed); several left behind are all offered, each with when and whose.
            from authoring.tui.dialogs.recovery import RecoveryDialog

            self.push_screen(RecoveryDialog(orphans), lambda answer: self._recovery_answered(path, answer))
            return
        self._open_project(path, recover=False)

    def _recovery_answered(self, path: Path, answer: Any) -> None:
        """恢复: open from the autosave chosen; 删除…: ask again, remove it, then ask about the rest;
        忽略: open the file as it is (the autosaves stay, offered again next time)."""
        if not answer:
            self._open_project(path, recover=False)
            return
        verb, orphan = answer
        if verb == "recover":
            self._open_project(path, recover=orphan)
            return
        from authoring.tui.autosave import discard
        from authoring.tui.dialogs.confirm import ConfirmDialog

        def confirmed(ok: bool | None) -> None:
            if ok:
                try:
                    gone = discard(orphan)
                except OSError as exc:
                    self.notify(tr(f"无法删除 {orphan.sidecar.name}：{exc}", f"cannot delete {orphan.sidecar.name}: {exc}"),
                                severity="error", timeout=8, markup=False)
                else:
                    if not gone:
                        self.notify(tr("这份自动保存已被另一个会话恢复，未删除", "another session has recovered that autosave; "
                                       "not deleted"), severity="warning", timeout=8)
            self.open_path(path)

        zh, en = orphan.describe()
        self.push_screen(ConfirmDialog(
            tr(f"删除自动保存 {orphan.sidecar.name}（{zh}）？其中未保存的修改将无法找回。",
               f"Delete the autosave {orphan.sidecar.name} ({en})? The unsaved changes in it cannot be recovered."),
            yes=tr("删除", "Delete"), no=tr("取消", "Cancel"), default="no"), confirmed)

    def import_draft(self, draft: Path, *, check_instead: bool = False) -> None:
        """Open a Word draft as a project: read it, ask where to save the project, save, open it.

        The draft is read first: a damaged one (truncated, not a Word file …) is said on one line
        before any question, and never goes into the recent files. With ``check_instead`` (a draft
        opened as a file) cancelling the question opens the draft in the checker.
        """
        from authoring.project.importer import import_draft
        from authoring.tui.dialogs.path import PathDialog

        try:
            project, summary = import_draft(draft, self.checklist)
        except (StdAuthorError, OSError) as exc:
            text = exc.message() if isinstance(exc, StdAuthorError) else f"{draft}: {exc}"
            self.notify(text, severity="error", timeout=8, markup=False)
            return
        if check_instead:  # opened as a file (command line, recent files): the draft is a recent file itself
            add_recent(draft)
        title = tr(f"把 {draft.name} 导入为项目：项目文件保存到", f"Import {draft.name}: save the project as")
        if check_instead:
            title += tr("（Esc：不导入，只检查草案）", " (Esc: only check the draft)")

        def chosen(target: Path | None) -> None:
            if target:
                self._import_to(draft, target, project, summary)
            elif check_instead:
                from authoring.tui.screens.check import CheckScreen

                self.push_screen(CheckScreen(draft))

        self.push_screen(PathDialog(title, (".yaml", ".yml"), start=draft.with_suffix(".yaml"), must_exist=False),
                         chosen)

    def _import_to(self, draft: Path, target: Path, project: Any, summary: Any) -> None:
        """Save the project read from ``draft`` at ``target`` (never over a file) and open it."""
        try:
            if target.exists():
                raise OutputError("文件已存在，未覆盖；请换一个文件名", "file exists; not overwritten: choose another name",
                                  path=target)
            project.save(target)
        except StdAuthorError as exc:
            self.notify(exc.message(), severity="error", timeout=8)
            return
        lines = [tr(f"已导入 {draft.name}：{summary.clauses} 个章条，提出 {summary.proposed} 个链接（待确认）",
                    f"imported {draft.name}: {count_en(summary.clauses, 'clause')}, "
                    f"{count_en(summary.proposed, 'link')} proposed (to accept)")]
        if summary.decisions_unread:  # what import says: the committee's stored decisions were not read
            lines.append(tr(*summary.decisions_unread))
        if summary.tracked_changes or summary.comments:
            # what import says on the command line: a reviewer's pending change is now the project's text
            from authoring.docx.read import PendingReview

            lines.append(tr(*PendingReview(summary.tracked_changes, summary.comments).notice("未导入", "not imported")))
        lines.extend(tr(*line) for line in summary.picture_lines(target))
        self.notify("\n".join(lines), severity="warning" if len(lines) > 1 else "information",
                    timeout=8 if len(lines) == 1 else 15, markup=False)
        self._open_project(target, recover=False)

    def _open_project(self, path: Path, *, recover: Any) -> None:
        try:
            session = Session.open(path, self.pack, recover=recover)
        except StdAuthorError as exc:
            self.notify(exc.message(), severity="error", timeout=8)
            return
        self.start_session(session)

    #: Where this studio runs, written beside its autosave for whoever finds it (see :mod:`authoring.tui.autosave`).
    SESSION_VIA = "terminal"

    def start_session(self, session: Session) -> None:
        """Make ``session`` the open project and show the author screen."""
        from authoring.tui.screens.author import AuthorScreen

        session.via = self.SESSION_VIA
        self._sessions.append(session)
        self.session = session
        add_recent(session.path)
        self.push_screen(AuthorScreen(session))

    def action_new_project(self) -> None:
        """New project, from any screen: the open project is closed first (asking about unsaved changes)."""
        if self.session is None:
            self._new_project_form()
            return
        self.flush_pending()
        self.close_project(then=self._new_project_form)

    def close_project(self, then: Any = None) -> None:
        """Close the open project (asking first when it has unsaved changes), then call ``then``."""
        from authoring.tui.dialogs.confirm import QuitDialog

        def close() -> None:
            from authoring.tui.screens.author import AuthorScreen

            if self.session is not None:
                self.session.release()
            self.session = None
            while any(isinstance(screen, AuthorScreen) for screen in self.screen_stack):
                self.pop_screen()
            if then is not None:
                then()

        unfinished = self.half_typed()
        dirty = self.session is not None and self.session.dirty
        if not dirty and not unfinished:
            if self.session is not None:
                self.session.autosave()  # clean: drops a sidecar of edits since undone
            close()
            return

        def decide(choice: str | None) -> None:
            if choice == "save":
                self.save_session(then=close)
            elif choice == "discard":
                self._leave_unsaved(dirty)
                close()

        self.push_screen(QuitDialog(closing=True, unfinished=unfinished, dirty=dirty), decide)

    def _new_project_form(self) -> None:
        from authoring.tui.dialogs.new_project import NewProjectDialog
        from authoring.tui.dialogs.path import PathDialog

        def chosen_place(form: Any, path: Path | None) -> None:
            if path is None:
                return
            if path.exists():
                self.notify(tr("文件已存在，请换一个名字", "that file exists; choose another name"), severity="error")
                return
            try:
                session = form.create(path, self.checklist)
            except StdAuthorError as exc:
                self.notify(exc.message(), severity="error", timeout=8)
                return
            self.start_session(session)

        def filled(form: Any) -> None:
            if form is None:
                return
            dialog = PathDialog(
                tr("项目保存到哪里？", "Where should the project be saved?"), (".yaml", ".yml"),
                start=Path.cwd() / form.file_name(), must_exist=False,
            )
            self.push_screen(dialog, lambda path: chosen_place(form, path))

        self.push_screen(NewProjectDialog(), filled)

    # -- actions ---------------------------------------------------------------------

    def action_help(self) -> None:
        from authoring.tui.dialogs.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_command_palette(self) -> None:
        """The command palette, its prompt in the studio's language."""
        from textual.command import CommandPalette

        from authoring.tui.commands import StudioPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            palette = StudioPalette(placeholder=tr("搜索命令…", "Search for commands…"), id="--command-palette")
            localise_bindings(palette)
            self.push_screen(palette)

    def get_system_commands(self, screen: Any) -> Any:
        """Textual's palette commands worth having, in the studio's language.

        Quit and Keys are left out (Ctrl+Q and F1 do more: quitting asks about unsaved
        changes, F1 lists the studio's keys), and so is Screenshot (it writes a file wherever
        the studio was started).
        """
        yield SystemCommand(tr("切换配色", "Theme"), tr("更换界面配色", "Change the colour theme"), self.action_change_theme)
        if screen.maximized is not None:
            yield SystemCommand(tr("恢复原大小", "Minimize"), tr("把放大的区域恢复原大小", "Restore the widget to its size"),
                                screen.action_minimize)
        elif screen.focused is not None and screen.focused.allow_maximize:
            yield SystemCommand(tr("最大化当前区域", "Maximize"), tr("把有光标的区域放大到整个窗口", "Maximize the focused widget"),
                                screen.action_maximize)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "save_project":
            return self.session is not None  # no project open: no Ctrl+S in the footer
        if action in ("press_button", "next_button"):
            return isinstance(self.focused, Button)  # else the key goes on as it came
        return True

    def action_press_button(self) -> None:
        self.focused.press()

    def action_next_button(self, step: int) -> None:
        """Focus the button before (-1) or after (1) the focused one in its row; at either end it stays."""
        row = [b for b in self.focused.parent.query_children(Button) if b.focusable]
        k = row.index(self.focused) + step
        if 0 <= k < len(row):
            row[k].focus()

    def action_save_project(self) -> None:
        """Save the open project from whichever screen is showing (typing still waiting included)."""
        if self.session is None:
            return
        self.flush_pending()
        self.save_session()

    def action_toggle_lang(self) -> None:
        """Switch Chinese/English and relabel every screen on the stack."""
        set_lang("en" if get_lang() == "zh" else "zh")
        from authoring.tui.config import save_setting

        save_setting("lang", get_lang())  # remembered for the next run
        self.sub_title = tr("服务标准编写工作台", "service standard studio")
        localise_bindings(self)
        from textual.widgets._select import SelectOverlay

        for screen in self.screen_stack:
            localise_bindings(screen)
            for overlay in screen.query(SelectOverlay):
                localise_bindings(overlay)
            relabel = getattr(screen, "relabel", None)
            if relabel is not None:
                relabel()
        self.screen.refresh_bindings()

    async def action_quit(self) -> None:
        """Quit, asking first when the project has changes not saved to its file."""
        from authoring.tui.dialogs.confirm import QuitDialog

        if isinstance(self.screen, QuitDialog):
            return
        self.flush_pending()
        unfinished = self.half_typed()
        dirty = self.session is not None and self.session.dirty
        if not dirty and not unfinished:
            if self.session is not None:
                self.session.autosave()  # clean: drops a sidecar of edits since undone
            self.exit(0)
            return

        def decide(choice: str | None) -> None:
            if choice == "save":
                self.save_session(then=lambda: self.exit(0))
            elif choice == "discard":
                self._leave_unsaved(dirty)
                self.exit(0)

        self.push_screen(QuitDialog(unfinished=unfinished, dirty=dirty), decide)

    def _leave_unsaved(self, dirty: bool) -> None:
        """Leaving without saving: unsaved edits' autosave goes; a clean project (asked only about a half-typed
        indicator) drops a sidecar of edits since undone, as leaving it clean always does."""
        if dirty:
            self.session.discard_autosave()
        else:
            self.session.autosave()

    def half_typed(self) -> list[tuple[str, str]]:
        """Indicators typed but not added (no name or no value) in the open project's editor."""
        from authoring.tui.widgets.item_panel import ItemPanel

        found: list[tuple[str, str]] = []
        for screen in self.screen_stack:
            for panel in screen.query(ItemPanel):
                found.extend(panel.half_typed())
        return found

    def flush_pending(self, *, autosave: bool = False) -> None:
        """Apply typing still waiting for its short delay, on every screen that has some. For the
        ``autosave`` only that (``flush_typing``): a row being typed is not finished under the author."""
        for screen in self.screen_stack:
            flush = getattr(screen, "flush_pending", None)
            if autosave:
                flush = getattr(screen, "flush_typing", flush)
            if flush is not None:
                flush()

    def save_session(self, then: Callable[[], Any] | None = None) -> bool:
        """Save the open project to its file, then call ``then`` (quitting, closing); False when it is not
        saved now (a message, or a question, says why).

        A refused save (the file changed on disk since it was opened, a folder or file that cannot
        be written) never loses the author's work: it goes to a rescue copy (:meth:`Session.rescue`),
        and one dialog says why, where the copy is and what to do next (a dialog, not a toast: see
        :mod:`authoring.tui.dialogs.save_failed`). A project file gone since it was opened (deleted or
        moved) is not quietly written again: the author is asked first (:meth:`_ask_file_gone`), and
        ``then`` runs once the project is saved after that.
        """
        if self.session is None:
            saved = True
        elif not self.session.path.exists():
            self._ask_file_gone(then)
            return False
        else:
            saved = self._save()
        if saved and then is not None:
            then()
        return saved

    def _save(self, path: Path | None = None, *, force: bool = False) -> bool:
        """Save the open project (to ``path``, another file the project goes on in, when given: replacing one
        there with ``force``); False when it was refused (see :meth:`save_session`)."""
        try:
            self.session.save(path, force=force)
        except (StdAuthorError, OSError) as exc:
            from authoring.tui.dialogs.save_failed import SaveFailedDialog

            if isinstance(self.screen, SaveFailedDialog):  # Ctrl+S again: one dialog, saying it as it is now
                self.pop_screen()
            self.push_screen(SaveFailedDialog(*self._refused_save(exc)))
            return False
        self.notify(tr(f"已保存 {self.session.path}", f"saved {self.session.path}"), timeout=3)
        for screen in self.screen_stack:  # no （未保存） any more, and the file's name as it is now
            refresh = getattr(screen, "refresh_status", None)
            if refresh is not None:
                refresh()
        return True

    def _ask_file_gone(self, then: Callable[[], Any] | None) -> None:
        """The project file is gone (deleted or moved since it was opened): save it there again, elsewhere (the
        project goes on in the file chosen), or not; ``then`` runs once it is saved (QA pass 9, finding B12)."""
        from authoring.tui.backup import project_backup_name
        from authoring.tui.dialogs.confirm import ask_target
        from authoring.tui.dialogs.path import PathDialog
        from authoring.tui.dialogs.save_failed import FileGoneDialog

        if isinstance(self.screen, FileGoneDialog):  # Ctrl+S again: the question stands
            return

        def saved_to(path: Path | None, replace: bool = False) -> None:
            if self._save(path, force=replace):
                if path is not None:
                    add_recent(path)
                if then is not None:
                    then()

        def answered(choice: str | None) -> None:
            if choice == "again":
                saved_to(None)
            elif choice == "elsewhere":  # a file there (where the project was moved to, say) is replaced if the
                # author says so, kept as NAME.yaml.bak as every save of a project file keeps the file it replaces
                ask_target(self, PathDialog(tr("项目另存为", "Save the project as"), (".yaml", ".yml"),
                                            start=self.session.path.absolute(), must_exist=False),
                           lambda path, backup, existed: saved_to(path, existed), kept_as=project_backup_name)

        self.push_screen(FileGoneDialog(self.session.path.absolute()), answered)

    def _refused_save(self, exc: Exception) -> tuple[str, Path | None, str]:
        """The message of a refused save, once its rescue copy is written (or could not be): the reason,
        the copy (``None`` when none could be written), and what to do next."""
        text = exc.message() if isinstance(exc, StdAuthorError) else str(exc)
        name = self.session.path.name
        reason = tr(f"保存失败：{text}", f"save failed: {text}")
        try:
            copy = self.session.rescue()
        except (StdAuthorError, OSError) as failure:
            why = failure.message() if isinstance(failure, StdAuthorError) else str(failure)
            return reason, None, tr(f"也无法另存副本：{why}\n修改仍只在工作室中：请不要退出，先让文件夹可以写入，再按 Ctrl+S。",
                                    f"No copy could be written either: {why}\nYour changes are only in the studio: do "
                                    "not quit; make the folder writable, then press Ctrl+S.")
        if isinstance(exc, OSError) or not self.session.path.is_file():  # cannot be written (or is gone)
            return reason, copy, tr("可在工作室中打开这份副本继续编辑，或在文件夹可以写入后再按 Ctrl+S。",
                                    "Open that copy in the studio to go on, or press Ctrl+S again once the folder "
                                    "can be written.")
        return reason, copy, tr(f"磁盘上的{name}未改动。请把两者比较，把需要的修改复制到磁盘上的文件中，或在工作室中打开这份副本继续编辑。",
                                f"{name} on disk is as the other program left it. Compare the two and copy what you "
                                "need into the file on disk, or open the copy in the studio to go on.")

    # -- signals ---------------------------------------------------------------------

    def _install_signal_handlers(self) -> None:
        loop = asyncio.get_running_loop()
        for signum in EXIT_SIGNALS:
            try:
                previous = signal.getsignal(signum)
                loop.add_signal_handler(signum, self.on_exit_signal, signum)
            except (NotImplementedError, RuntimeError, ValueError):  # no signals here (Windows, a thread)
                continue
            self._previous_handlers[signum] = previous

    def _remove_signal_handlers(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        for signum, previous in self._previous_handlers.items():
            if loop is not None:
                loop.remove_signal_handler(signum)
            signal.signal(signum, previous if previous is not None else signal.SIG_DFL)
        self._previous_handlers.clear()

    def on_unmount(self) -> None:
        self._remove_signal_handlers()
        for session in self._sessions:  # an autosave left behind is an orphan now, offered next time
            session.release()

    def on_exit_signal(self, signum: int) -> None:
        """SIGTERM or SIGHUP: put what was typed in the autosave (never the project file), then exit.

        Exiting through the app (not dying on the signal) leaves the alternate screen and gives
        the terminal back; the next start offers to recover the autosave.
        """
        try:
            self.autosave_now()
        finally:
            self.exit(128 + signum, return_code=128 + signum)

    # -- autosave --------------------------------------------------------------------

    def schedule_autosave(self) -> None:
        """Autosave ``autosave_delay`` seconds after the last edit (each edit restarts the wait)."""
        if self._autosave_timer is not None:
            self._autosave_timer.stop()
        self._autosave_timer = self.set_timer(self.autosave_delay, self.autosave_now)

    def autosave_now(self) -> None:
        """Write unsaved changes to the autosave sidecar now."""
        if self._autosave_timer is not None:
            self._autosave_timer.stop()
            self._autosave_timer = None
        if self.session is None:
            return
        self.flush_pending(autosave=True)
        try:
            self.session.autosave()
        except (StdAuthorError, OSError) as exc:
            text = exc.message() if isinstance(exc, StdAuthorError) else str(exc)
            self.notify(tr(f"自动保存失败：{text}", f"autosave failed: {text}"), severity="warning")
