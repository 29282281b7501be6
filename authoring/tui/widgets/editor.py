"""The studio's text fields: a multi-line editor whose keys never hide the studio's own, and a
one-line field that never selects its text on its own.

Textual's TextArea binds F6 (select the line) and F7 (select all). In the studio those keys
export a skeleton and open the checker; worse, the selection they make is silent, so the
next keystroke replaced every provision of the item. This editor drops every binding on a
function key and every binding that selects text without Shift: selecting stays possible
with Shift and the arrows (the author asks for it), and the studio's keys reach the screen.
"""

from __future__ import annotations

import re

from textual import events
from textual.binding import Binding
from textual.widgets import Input, TextArea

_FUNCTION_KEY = re.compile(r"^f\d+$")


def _kept(key: str, binding: Binding) -> bool:
    if _FUNCTION_KEY.match(key):
        return False
    return not binding.action.startswith("select") or "shift" in key


def _editor_bindings() -> list[Binding]:
    """TextArea's bindings (with those it inherits) less function keys and silent selections."""
    return [
        binding
        for key, items in TextArea._merge_bindings().key_to_bindings.items()
        for binding in items
        if _kept(key, binding)
    ]


class Editor(TextArea, inherit_bindings=False):
    """A TextArea without F-key or silent-selection bindings (see the module doc).

    Ctrl+Home and Ctrl+End go to the start and the end of the text, as in other editors. Lines
    equal to one of ``kept_lines`` are read-only: a key that would change, join or delete one (or
    paste another) does nothing but ring the bell; lines may still be added before and after them.
    """

    BINDINGS = [
        *_editor_bindings(),
        Binding("ctrl+home", "cursor_text_start", "Start of the text", show=False),
        Binding("ctrl+end", "cursor_text_end", "End of the text", show=False),
    ]

    #: Lines the keyboard leaves as they are (see the class doc).
    kept_lines: tuple[str, ...] = ()

    def _keeps_lines(self, insert: str, start: tuple[int, int], end: tuple[int, int]) -> bool:
        """True when replacing ``start``–``end`` with ``insert`` leaves every kept line as it is."""
        if not self.kept_lines:
            return True
        (top, left), (bottom, right) = sorted((start, end))
        lines = self.document.lines
        after = [*lines[:top], *(lines[top][:left] + insert + lines[bottom][right:]).split("\n"), *lines[bottom + 1:]]
        return all(lines.count(kept) == after.count(kept) for kept in set(self.kept_lines))

    def _replace_via_keyboard(self, insert: str, start: tuple[int, int], end: tuple[int, int]):  # noqa: ANN202
        if not self._keeps_lines(insert, start, end):
            self.app.bell()
            return None
        return super()._replace_via_keyboard(insert, start, end)

    def _delete_via_keyboard(self, start: tuple[int, int], end: tuple[int, int]):  # noqa: ANN202
        if not self._keeps_lines("", start, end):
            self.app.bell()
            return None
        return super()._delete_via_keyboard(start, end)

    def forget_typing(self) -> None:
        """A studio step other than this editor's typing came after it (a title typed, a method ticked …): from
        now on Ctrl+Z here goes to that step first. The editor forgets its own undo history, so its typing
        before never jumps ahead of a later step; the studio's undo still takes that typing back, in its turn."""
        self.history.clear()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Ctrl+Z and Ctrl+Y take back the editor's own typing; with none left they go on to the
        # screen, whose undo takes back the studio's steps (a link, a not-applicable mark …).
        if action == "undo":
            return bool(self.history.undo_stack)
        if action == "redo":
            return bool(self.history.redo_stack)
        return super().check_action(action, parameters)

    def action_cursor_text_start(self) -> None:
        self.move_cursor((0, 0))

    def action_cursor_text_end(self) -> None:
        last = self.document.line_count - 1
        self.move_cursor((last, len(self.document.get_line(last))))


class Field(Input):
    """A one-line field that keeps its text when it gets the focus.

    Textual's Input selects all of its text on focus, so the first key typed after arriving
    by Tab, F3 or a click replaced the whole field (a standard's title, a reference). Here
    the cursor goes to the end instead; selecting stays with Shift and the arrows.
    """

    def __init__(self, *args, select_on_focus: bool = False, **kwargs) -> None:
        super().__init__(*args, select_on_focus=select_on_focus, **kwargs)

    def _on_focus(self, event: events.Focus) -> None:
        # Input leaves the cursor where it was: in a field reused for another clause's title that
        # is inside the new text (at 2 of 规范性引用文件 after 范围), so typing split the title.
        if not event.from_app_focus:
            self.cursor_position = len(self.value)
        super()._on_focus(event)
