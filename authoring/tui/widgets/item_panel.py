"""The editor of one checklist item: the guide's text, methods, provisions, indicators, not-applicable."""

from __future__ import annotations

import time

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import Button, DataTable, Input, Label, OptionList, SelectionList, Static, TextArea
from textual.widgets.option_list import Option

from authoring.checklist import Item
from authoring.i18n import get_lang, tr
from authoring.project.model import Indicator, ItemEntry
from authoring.tui.session import text_lines
from authoring.tui.widgets.editor import Editor, Field
from authoring.tui.widgets.error_line import ErrorLine
from authoring.tui.widgets.methods import MethodList
from authoring.tui.widgets.prose import Prose


def guide_text(item: Item) -> str:
    """The guide's text and dash points of ``item`` in the current language."""
    lang = get_lang()
    text = item.text_en if lang == "en" and item.text_en else item.text_zh
    english = lang == "en" and bool(item.points_en)
    points = item.points_en if english else item.points_zh
    lines = [text] if text else []
    # English points take an English list dash; Chinese ones (also those shown in the English UI
    # for want of a rendering) the guide's "——", with no space after it: a wrapper breaks at
    # spaces first, and a long point then left a lone "——" on a line of its own.
    dash = "– " if english else "——"
    lines.extend(f"{dash}{p}" for p in points)
    return "\n".join(lines) or tr("（本条没有正文，见其下各条。）", "(no text of its own; see its sub-items)")


class ItemPanel(VerticalScroll):
    """Shows one item and posts :class:`ItemPanel.Edited` when the author changes something."""

    # Tab should go from the outline straight to the first field, not to the scroll area.
    can_focus = False

    class Edited(Message):
        """The author changed ``field`` of item ``item_id`` to ``value``; edits with the same ``key``
        one after another (typing one indicator row) are one undo step."""

        def __init__(self, item_id: str, field: str, value: object, key: str | None = None) -> None:
            super().__init__()
            self.item_id, self.field, self.value, self.key = item_id, field, value, key

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.item: Item | None = None
        self._indicators: list[Indicator] = []
        # Last known value per field: loading an item fires change events too, and those
        # must not count as edits.
        self._known: dict[str, object] = {}
        # Provisions and the indicator row being typed are applied a moment after the last keystroke,
        # not on each one: an edit re-validates the whole project. One waiting edit per field.
        self._pending: dict[str, ItemPanel.Edited] = {}
        self._pending_timer = None
        # The indicator row typed in the small form goes into the project as it is typed, once it has a
        # name and a value (an edit like any other: autosaved, marked unsaved); its place among the
        # indicators, and a number that makes its typing one undo step. Enter or + only empties the form.
        self._live: int | None = None
        self._rows = 0
        # An indicator half typed in the small form (a name without a value, say) stays with its
        # item when the author moves to another one, and comes back with it; never added to
        # another item by mistake, and named when the studio is closed.
        self._forms: dict[str, tuple[str, str, str]] = {}
        self._sent_at = -1e9  # when a key typed on a list last went on to the editor (see on_key)

    def compose(self) -> ComposeResult:
        yield Static("", id="item-head", classes="heading")
        yield Prose("", id="item-guide")
        yield Prose("", id="na-status", classes="na")
        yield Prose("", id="item-where")
        yield Label("", id="methods-label", classes="section")
        yield MethodList(id="methods")
        yield Label("", id="provisions-label", classes="section")
        yield OptionList(id="starts")
        yield Editor(id="provisions", soft_wrap=True, show_line_numbers=False)
        yield Prose("", id="provisions-note", classes="note")
        yield Label("", id="indicators-label", classes="section")
        yield DataTable(id="indicators", cursor_type="row")
        with Horizontal(id="indicator-form"):
            yield Field(id="ind-name")
            yield Field(id="ind-value")
            yield Field(id="ind-unit")
            yield Button("+", id="ind-add")
            yield Button("−", id="ind-remove")
        yield ErrorLine(id="indicator-error")
        yield Button("", id="na-button")

    def relabel(self) -> None:
        """Static labels in the current language."""
        self._label_methods()
        self.query_one("#provisions-label", Label).update(tr(
            "条款（一行一条；在上方选句首插入）", "Provisions (one per line; pick a sentence start above to insert)"))
        self.query_one("#indicators-label", Label).update(tr("量化指标", "Quantified indicators"))
        self.query_one("#ind-name", Input).placeholder = tr("指标名称", "indicator")
        self.query_one("#ind-value", Input).placeholder = tr("数值，如 ≤15", "value, e.g. ≤15")
        self.query_one("#ind-unit", Input).placeholder = tr("单位", "unit")
        table = self.query_one("#indicators", DataTable)
        table.clear(columns=True)
        table.add_columns(tr("指标", "Indicator"), tr("数值", "Value"), tr("单位", "Unit"))
        self._fill_indicators()

    def _label_methods(self) -> None:
        """The methods heading with how many are ticked: intent for Annex A, not counted as coverage."""
        label = tr("实施方法（附录A，空格勾选）", "Implementation methods (Annex A, space ticks)")
        if self.item is not None and self.item.methods:
            ticked = len(self.query_one("#methods", SelectionList).selected)
            label += tr(f"已选{ticked}/{len(self.item.methods)}，不计入覆盖度",
                        f" {ticked}/{len(self.item.methods)} ticked, not counted as coverage")
        self.query_one("#methods-label", Label).update(label)

    def show(self, item: Item, entry: ItemEntry, status: str, starts: list[str], *,
             where: str | None = None, provisions_label: str | None = None,
             kept: list[str] | None = None, provisions_note: str = "") -> None:
        """Load ``item`` and the committee's ``entry`` into the widgets (without posting edits).

        ``where`` (version 2) says where in the outline the item is addressed, or that it is
        missing; ``provisions_label`` then says what the provisions editor edits, ``kept`` are its
        lines the keyboard leaves alone (a table's 〔表1 …〕), and ``provisions_note`` says why.
        """
        self._known = {
            "methods": sorted(entry.methods), "provisions": text_lines("\n".join(entry.provisions).splitlines()),
            "indicators": list(entry.indicators),
        }
        # Shown again (a language switch): a row being typed stays the row being typed.
        live = self._live if self.item is not None and self.item.id == item.id else None
        self._keep_form()
        self.item = item
        self._live = None
        for field, text in zip(self._FORM, self._forms.pop(item.id, ("", "", ""))):
            self.query_one(field, Input).value = text
        lang = get_lang()
        self.query_one("#item-head", Static).update(f"{item.id} {item.title(lang)}")
        self.query_one("#item-guide", Static).update(guide_text(item))
        self.query_one("#item-where", Static).update(where or "")
        self.query_one("#item-where", Static).display = bool(where)
        if provisions_label:
            self.query_one("#provisions-label", Label).update(provisions_label)
        methods = self.query_one("#methods", SelectionList)
        methods.clear_options()
        methods.letters = {method.id: method.letter for method in item.methods}
        for method in item.methods:
            text = method.text_en if lang == "en" and method.text_en else method.text_zh
            methods.add_option((text, method.id, method.id in entry.methods))
        methods.display = bool(item.methods)
        if item.methods:
            methods.highlighted = 0
        self.query_one("#methods-label", Label).display = bool(item.methods)
        self._label_methods()
        options = self.query_one("#starts", OptionList)
        options.clear_options()
        options.add_options([Option(s) for s in starts])
        if starts:
            options.highlighted = 0  # Enter picks a start at once, no arrow key needed first
        area = self.query_one("#provisions", Editor)
        area.kept_lines = tuple(kept or ())
        area.load_text("\n".join(entry.provisions))
        note = self.query_one("#provisions-note", Prose)
        note.update(provisions_note)
        note.display = bool(provisions_note)
        self._indicators = list(entry.indicators)
        if live is not None and live < len(self._indicators):
            self._live = live
        self._fill_indicators()
        self.query_one("#indicator-error", Label).update("")
        self.show_status(status, entry.reason)

    def show_status(self, status: str, reason: str) -> None:
        """The not-applicable line and the button that toggles it."""
        na = status == "not-applicable"
        label = self.query_one("#na-status", Prose)
        label.update(tr(
            f"不适用：{reason}（已写的内容不进入草案，仍保留在项目文件中；取消“不适用”即恢复）",
            f"Not applicable: {reason} (what was written is left out of the draft, kept in the project file; "
            "clear the mark to bring it back)",
        ) if na else "")
        label.display = na
        self.query_one("#na-button", Button).label = (
            tr("取消“不适用” (Ctrl+N)", "Clear not applicable (Ctrl+N)") if na
            else tr("标为不适用… (Ctrl+N)", "Mark not applicable… (Ctrl+N)")
        )

    def _fill_indicators(self) -> None:
        table = self.query_one("#indicators", DataTable)
        table.clear()
        for ind in self._indicators:
            table.add_row(ind.name, ind.value, ind.unit)

    def _post(self, field: str, value: object) -> None:
        if self.item is None or self._known.get(field) == value:
            return
        self._known[field] = value
        self.post_message(self.Edited(self.item.id, field, value))

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged) -> None:
        event.stop()
        self._label_methods()
        self._post("methods", sorted(event.selection_list.selected))

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        value = text_lines(event.text_area.text.splitlines())
        if self.item is None or self._known.get("provisions") == value:
            return
        self._known["provisions"] = value
        self._wait(self.Edited(self.item.id, "provisions", value))

    def _wait(self, edit: "ItemPanel.Edited") -> None:
        """Apply ``edit`` after the short typing delay (a later edit of the same field replaces it)."""
        self._pending[edit.field] = edit
        if self._pending_timer is not None:
            self._pending_timer.stop()
        self._pending_timer = self.set_timer(self.app.edit_delay, self._post_pending)

    def _post_pending(self) -> None:
        for pending in self.take_pending():
            self.post_message(pending)

    def take_pending(self) -> "list[ItemPanel.Edited]":
        """The typing not yet applied (provisions, the indicator row), and forget it."""
        if self._pending_timer is not None:
            self._pending_timer.stop()
            self._pending_timer = None
        pending, self._pending = list(self._pending.values()), {}
        return pending

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.insert_start(str(event.option.prompt))

    def insert_start(self, start: str) -> None:
        """Begin a provision with ``start`` and put the cursor where the author goes on.

        A whole sentence (ending in 。) becomes a provision of its own line and the cursor moves
        to a fresh line below it, so what the author types next never runs on after the full
        stop. A stub (宜建立……) is written without its ellipsis, the cursor right after it, for
        the author to complete. Either way it goes on the cursor's line when that is empty, else
        on a new line after it.
        """
        area = self.query_one("#provisions", TextArea)
        row = area.cursor_location[0]
        document = area.document
        line = document.get_line(row) if row < document.line_count else ""
        if line.strip():
            area.move_cursor((row, len(line)))
            area.insert("\n")
            row += 1
        else:
            area.move_cursor((row, 0))
            if line:
                area.delete((row, 0), (row, len(line)))
        stub = start.endswith(("……", "…", "..."))
        text = start.rstrip("….") if stub else start
        area.insert(text)
        if not stub:
            below = row + 1
            if below < document.line_count and not document.get_line(below).strip():
                area.move_cursor((below, 0))
            else:
                area.insert("\n")
        area.focus()

    #: Keys arriving this soon after one sent on to the editor belong to the same typing (an input method
    #: delivers a whole phrase at once, before the focus has moved): a space among them is text, not a tick.
    TYPING_BURST = 0.5

    def on_key(self, event: events.Key) -> None:
        """Text typed while a list has the focus (the methods, the sentence starts) goes to the
        provisions editor, where the author meant it: a list takes no text, and the keys were lost.
        It starts a provision of its own on a new line at the end, never inside one already written."""
        focused = self.screen.focused
        if not (event.is_printable and event.character):
            return
        if not isinstance(focused, (MethodList, OptionList)) or focused.parent is not self:
            return
        now = time.monotonic()
        going_on = now - self._sent_at < self.TYPING_BURST
        if event.character == " " and not going_on:
            return  # space ticks a method
        event.stop()
        event.prevent_default()
        area = self.query_one("#provisions", TextArea)
        document = area.document
        last = document.line_count - 1
        end = (last, len(document.get_line(last)))
        if not (going_on and area.cursor_location == end):
            area.move_cursor(end)
            if document.get_line(last).strip():
                area.insert("\n")
        area.insert(event.character)
        self._sent_at = now
        area.focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ind-add":
            event.stop()
            self.add_indicator()
        elif event.button.id == "ind-remove":
            event.stop()
            self.remove_indicator()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id in ("ind-name", "ind-value", "ind-unit"):
            event.stop()
            self.add_indicator()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id in ("ind-name", "ind-value", "ind-unit"):
            event.stop()
            self._row_typed()

    def _row_key(self) -> str:
        return f"indicator-row:{self.item.id if self.item else ''}:{self._rows}"

    def _row_typed(self) -> None:
        """The form changed: the row being typed goes into the indicators (or out of them, when its name or
        value is emptied), applied after the typing delay like the provisions. Read from the form as it is
        now, so a change event arriving after the form was emptied changes nothing."""
        if self.item is None:
            return
        if self._indicator_typed():
            name, value, unit = (text.strip() for text in self._form())
            row = Indicator(name=name, value=value, unit=unit)
            if self._live is None:
                self._rows += 1
                self._indicators.append(row)
                self._live = len(self._indicators) - 1
            elif self._indicators[self._live] == row:
                return
            else:
                self._indicators[self._live] = row
        elif self._live is not None:
            del self._indicators[self._live]
            self._live = None
        else:
            return
        self._fill_indicators()
        value = list(self._indicators)
        if self._known.get("indicators") == value:
            self._pending.pop("indicators", None)
            return
        self._known["indicators"] = value
        self._wait(self.Edited(self.item.id, "indicators", value, key=self._row_key()))

    def add_indicator(self) -> None:
        """Add the indicator typed in the small form (a name and a value are required)."""
        edited = self.take_indicator()
        self.query_one("#indicator-error", Label).update(
            "" if edited is not None else tr("指标需要名称和数值", "an indicator needs a name and a value"))
        if edited is not None:
            self.post_message(edited)

    _FORM = ("#ind-name", "#ind-value", "#ind-unit")

    def _form(self) -> tuple[str, str, str]:
        name, value, unit = (self.query_one(field, Input).value for field in self._FORM)
        return name, value, unit

    def _keep_form(self) -> None:
        """Put the form's half-typed indicator aside with the item it was typed for."""
        if self.item is None:
            return
        if any(text.strip() for text in self._form()):
            self._forms[self.item.id] = self._form()
        else:
            self._forms.pop(self.item.id, None)

    def half_typed(self) -> list[tuple[str, str]]:
        """(item id, what was typed) of every indicator typed but not added, because it has no name or
        no value; in the form for the item shown, or put aside with another item."""
        self._keep_form()
        return [(item_id, " ".join(text.strip() for text in form if text.strip()))
                for item_id, form in self._forms.items()]

    def _indicator_typed(self) -> bool:
        return all(self.query_one(field, Input).value.strip() for field in self._FORM[:2])

    def take_indicator(self) -> "ItemPanel.Edited | None":
        """Finish the indicator row typed in the small form (Enter, +, saving, leaving the item, quitting):
        the form empties, and the row (in the indicators since it had a name and a value) is the edit to
        apply, if it still waits. A row whose change events have not arrived yet is added now. ``None``
        when the form holds no row with a name and a value (a half-typed one stays in the form)."""
        if self.item is None:
            return None
        if self._live is None and not self._indicator_typed():
            return None
        if self._live is None:
            self._row_typed()  # typed, its change events still on their way: in the indicators now
        self._live = None
        pending = self._pending.pop("indicators", None)
        for field in self._FORM:
            self.query_one(field, Input).value = ""
        return pending or self.Edited(self.item.id, "indicators", list(self._indicators), key=self._row_key())

    def remove_indicator(self) -> None:
        """Remove the indicator under the table's cursor."""
        table = self.query_one("#indicators", DataTable)
        if not self._indicators or table.cursor_row is None or table.cursor_row >= len(self._indicators):
            return
        gone = table.cursor_row
        del self._indicators[gone]
        if self._live is not None:
            if gone == self._live:  # the row being typed: the form goes with it
                self._live = None
                for field in self._FORM:
                    self.query_one(field, Input).value = ""
            elif gone < self._live:
                self._live -= 1
        self._pending.pop("indicators", None)
        self._fill_indicators()
        self._post("indicators", list(self._indicators))
