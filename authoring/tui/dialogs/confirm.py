"""Yes/no questions, and the three-way question asked when quitting with unsaved changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button

from authoring.i18n import tr
from authoring.tui.labels import key
from authoring.tui.widgets.prose import Prose


class ConfirmDialog(ModalScreen[bool]):
    """Ask one question; dismisses with True (yes) or False (no / Escape).

    Args:
        default: the button focused at first (Enter presses it): ``"yes"``, or ``"no"`` for a
            question whose yes loses something (replacing a file).
    """

    BINDINGS = [key("dialog.cancel", "cancel", "escape")]

    def __init__(self, question: str, *, yes: str, no: str, default: str = "yes") -> None:
        super().__init__()
        self.question, self.yes, self.no, self.default = question, yes, no, default

    def compose(self) -> ComposeResult:
        safe = self.default == "no"
        with Vertical(classes="dialog"):
            yield Prose(self.question, classes="question")
            with Horizontal(classes="buttons"):
                yield Button(self.yes, variant="warning" if safe else "primary", id="yes")
                yield Button(self.no, variant="primary" if safe else "default", id="no")

    def on_mount(self) -> None:
        self.query_one(f"#{'no' if self.default == 'no' else 'yes'}", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_cancel(self) -> None:
        self.dismiss(False)


def replace_dialog(path: Path, kept_as: Callable[[Path], Path] | None = None) -> ConfirmDialog:
    """"NAME exists. Replace it?" with Cancel the default, naming the copy that will be kept (where ``kept_as``
    puts it: :func:`authoring.tui.backup.backup_name` unless given), and saying so when it replaces one there."""
    from authoring.tui.backup import backup_name

    kept = (kept_as or backup_name)(path)
    zh, en = ("（替换那里已有的同名副本）", " (replacing the copy of that name there)") if kept.exists() else ("", "")
    return ConfirmDialog(
        # The copy's name on a line of its own: a file name is not broken where a sentence is.
        tr(f"{path.name} 已存在，覆盖吗？\n旧文件将另存为 {kept.name}{zh}",
           f"{path.name} exists. Replace it?\nThe old file will be kept as {kept.name}{en}"),
        yes=tr("覆盖", "Replace"), no=tr("取消", "Cancel"), default="no",
    )


def ask_replace(app: Any, path: Path, then: Callable[[Path | None], Any], *,
                kept_as: Callable[[Path], Path] | None = None) -> None:
    """Ask before replacing ``path``; on yes keep a copy of it (where ``kept_as`` says, see :func:`replace_dialog`),
    then call ``then(backup)``.

    Cancel (the default) and Escape write nothing. When the copy cannot be made the file is not
    replaced: the reason is shown and ``then`` is not called.
    """
    from authoring.errors import StdAuthorError
    from authoring.tui.backup import backup_name, keep_backup

    def answered(ok: bool | None) -> None:
        if not ok:
            return
        try:
            backup = keep_backup(path, kept_as or backup_name)
        except (StdAuthorError, OSError) as exc:
            message = exc.message() if isinstance(exc, StdAuthorError) else str(exc)
            app.notify(tr(f"未能保留旧文件的副本，未覆盖：{message}", f"could not keep a copy of the old file; "
                          f"not replaced: {message}"), severity="error", timeout=10)
            return
        then(backup)

    app.push_screen(replace_dialog(path, kept_as), answered)


def ask_target(app: Any, dialog: Any, then: Callable[[Path, Path | None, bool], Any], *,
               replace: bool = True, kept_as: Callable[[Path], Path] | None = None) -> None:
    """Push the path ``dialog``, then call ``then(path, backup, existed)``: an existing file is
    replaced only when the author says so (:func:`ask_replace`: Cancel first, a copy kept as
    ``backup``, named by ``kept_as``). Without ``replace`` an existing file is passed on as it is (the
    caller updates it)."""

    def chosen(path: Path | None) -> None:
        if path is None:
            return
        if path.exists() and replace:
            ask_replace(app, path, lambda backup: then(path, backup, True), kept_as=kept_as)
        else:
            then(path, None, path.exists())

    app.push_screen(dialog, chosen)


def kept_note(backup: Path | None) -> str:
    """One sentence saying where the replaced file was kept (empty when nothing was replaced)."""
    if backup is None:
        return ""
    return tr(f"原文件已另存为 {backup.name}。", f"The old file was kept as {backup.name}.")


class ChoiceDialog(ModalScreen[str | None]):
    """One question, several answers: dismisses with the chosen answer's id, or ``None`` (Escape).

    Args:
        question: the question.
        choices: (id, label) pairs, the first one the default (focused, Enter picks it).
    """

    BINDINGS = [key("dialog.cancel", "cancel", "escape")]

    def __init__(self, question: str, choices: list[tuple[str, str]]) -> None:
        super().__init__()
        self.question, self.choices = question, choices

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Prose(self.question, classes="question")
            with Horizontal(classes="buttons"):
                for k, (choice, text) in enumerate(self.choices):
                    yield Button(text, id=choice, variant="primary" if k == 0 else "default")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class QuitDialog(ModalScreen[str | None]):
    """Unsaved changes: dismisses with ``"save"``, ``"discard"`` or ``None`` (stay).

    Args:
        closing: the author is closing the project (back to the start screen), not quitting.
        unfinished: (item id, what was typed) of indicators typed but not added, which no save keeps;
            they are named so the author can go back and finish them.
        dirty: the project has unsaved changes (else the dialog is only about ``unfinished``).
    """

    BINDINGS = [key("dialog.cancel", "cancel", "escape")]

    def __init__(self, *, closing: bool = False, unfinished: list[tuple[str, str]] | None = None,
                 dirty: bool = True) -> None:
        super().__init__()
        self.closing, self.unfinished, self.dirty = closing, list(unfinished or []), dirty

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            if self.closing:
                question = tr("项目有未保存的修改。关闭前保存吗？", "The project has unsaved changes. Save before closing?")
                save, discard = tr("保存并关闭", "Save and close"), tr("不保存关闭", "Close without saving")
                anyway = tr("仍然关闭", "Close anyway")
            else:
                question = tr("项目有未保存的修改。退出前保存吗？", "The project has unsaved changes. Save before quitting?")
                save, discard = tr("保存并退出", "Save and quit"), tr("不保存退出", "Quit without saving")
                anyway = tr("仍然退出", "Quit anyway")
            if self.dirty:
                yield Prose(question, classes="question", id="quit-question")
            if self.unfinished:
                listed = tr("；", "; ").join(f"{item_id} {typed}" for item_id, typed in self.unfinished)
                yield Prose(tr(f"以下指标只填了一部分（需要名称和数值），未添加，不会保存：{listed}。取消可返回补全。",
                               f"These indicators are half typed (a name and a value are needed), not added, and will "
                               f"not be saved: {listed}. Cancel to go back and finish them."),
                            classes="question", id="quit-unfinished")
            with Horizontal(classes="buttons"):
                if self.dirty:
                    yield Button(save, variant="primary", id="save")
                    yield Button(discard, variant="error", id="discard")
                else:
                    yield Button(anyway, variant="error", id="discard")
                yield Button(tr("取消", "Cancel"), id="cancel")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None if event.button.id == "cancel" else event.button.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
