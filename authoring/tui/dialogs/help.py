"""The help screen: the keys of the screen underneath and of the app, and how saving works."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from authoring.i18n import tr
from authoring.tui.labels import LABELS, key
from authoring.tui.widgets.prose import Prose


def saving_note() -> str:
    """How autosave and recovery work, for the help screen."""
    return tr(
        "保存：Ctrl+S 保存到项目文件（原子写入，注释和顺序保留）。自动保存：停止输入约 2 秒后、"
        "以及离开一个条目时，修改写入项目旁的隐藏文件 .项目名.yaml.autosave（同一项目同时在另一个标签页或终端中打开时，"
        "各写各的：.项目名.yaml.2.autosave …，互不覆盖）；项目文件本身只在保存时改写。"
        "若程序崩溃、被终止或标签页被关闭，下次打开该项目时会列出所有已结束会话留下的自动保存内容（何时、来自何处），"
        "可选择恢复；仍在运行的会话的自动保存不会列出。退出时若有未保存修改会询问。",
        "Saving: Ctrl+S saves to the project file (atomic; comments and order kept). Autosave: about 2 s "
        "after you stop typing, and when you leave an item, changes go to the hidden file "
        ".NAME.yaml.autosave beside the project (a studio open on the same project at the same time, in another "
        "tab or terminal, writes its own: .NAME.yaml.2.autosave …, so none overwrites another); the project file "
        "itself changes only when you save. After a crash, a kill or a closed tab, opening the project again lists "
        "every autosave left by a session that has ended (when, and from where) to recover; a running session's "
        "autosave is never offered. "
        "Quitting with unsaved changes asks first.",
    )


class HelpScreen(ModalScreen[None]):
    """Keys of the current screen and the app; Escape or F1 closes."""

    BINDINGS = [key("help.close", "close", "escape"), Binding("f1", "close", show=False, id="help.close-f1")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog wide", id="help"):
            yield Static(tr("按键", "Keys"), classes="heading")
            yield DataTable(id="keys", cursor_type="row", zebra_stripes=True)
            stack = [s for s in self.app.screen_stack if s is not self]
            note = getattr(stack[-1], "help_note", None) if stack else None
            if callable(note):  # what the screen underneath wants said besides its keys
                yield Prose(note(), id="screen-note")
            yield Prose(saving_note(), id="saving-note")
            yield Static(tr("Ctrl+P 打开命令面板；鼠标也可点击操作。", "Ctrl+P opens the command palette; the mouse works too."))

    def on_mount(self) -> None:
        table = self.query_one("#keys", DataTable)
        table.add_columns(tr("按键", "Key"), tr("作用", "Action"))
        below = self.app.screen_stack[-2] if len(self.app.screen_stack) > 1 else None
        seen: set[str] = set()
        for node in (below, self.app):
            if node is None:
                continue
            for binding in _shown(node):
                display = self.app.get_key_display(binding)
                if display + binding.description in seen:
                    continue
                seen.add(display + binding.description)
                table.add_row(display, binding.description)

    def action_close(self) -> None:
        self.dismiss(None)


def _shown(node) -> list[Binding]:
    out: list[Binding] = []
    for items in node._bindings.key_to_bindings.values():
        out.extend(b for b in items if b.id in LABELS)
    return out
