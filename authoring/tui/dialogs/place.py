"""Write a provision for a guide item and choose where in the author's outline it goes (a suggestion first)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label, OptionList, TextArea
from textual.widgets.option_list import Option

from authoring.document import place_label
from authoring.i18n import tr
from authoring.tui.dialogs.form import FormDialog
from authoring.tui.widgets.editor import Editor
from authoring.tui.widgets.error_line import ErrorLine
from authoring.tui.widgets.prose import Prose


@dataclass(frozen=True)
class Placed:
    """The provision's paragraphs and the clause id they go to."""

    clause: str
    texts: tuple[str, ...]


class PlaceDialog(FormDialog[Placed | None]):
    """Dismisses with :class:`Placed`, or ``None``.

    Args:
        item_label: the item, as the question names it.
        clauses: ``(id, number, title, depth)`` of the outline, in order.
        suggested: the suggested clause id (marked ★ and highlighted); reason: why, in words.
        text: the provision to start from (what the author already wrote for the item).
    """

    def __init__(self, item_label: str, clauses: list[tuple[str, str, str, int]], suggested: str | None,
                 reason: str, text: str = "") -> None:
        super().__init__()
        self.item_label, self.clauses, self.suggested, self.reason, self.text = (
            item_label, clauses, suggested, reason, text)

    def compose(self) -> ComposeResult:
        options = [Option(f"{'★' if cid == self.suggested else ' '} {'  ' * depth}{place_label(number)} {title}".rstrip(), id=cid)
                   for cid, number, title, depth in self.clauses]
        with Vertical(classes="dialog wide tall", id="place"):
            yield Prose(tr(f"为 {self.item_label} 写条文（一行一段）：", f"A provision for {self.item_label} (one paragraph a line):"),
                        classes="question")
            yield Editor(self.text, id="place-text", soft_wrap=True, show_line_numbers=False)
            yield Label(tr("放在大纲的哪一条下？", "Where in the outline does it go?"), classes="section")
            yield Prose(tr(f"★ 建议：{self.reason}", f"★ suggested: {self.reason}") if self.suggested else "",
                        id="place-reason", classes="note")
            yield OptionList(*options, id="place-clauses")
            yield ErrorLine(id="place-error")
            with Horizontal(classes="buttons"):
                yield Button(tr("放入大纲", "Put it in"), variant="primary", id="ok")
                yield Button(tr("取消", "Cancel"), id="cancel")

    def on_mount(self) -> None:
        options = self.query_one("#place-clauses", OptionList)
        ids = [c[0] for c in self.clauses]
        options.highlighted = ids.index(self.suggested) if self.suggested in ids else (0 if ids else None)
        self.call_after_refresh(options.scroll_to_highlight, top=True)
        area = self.query_one("#place-text", TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self._finish()

    def _finish(self) -> None:
        texts = tuple(t.strip() for t in self.query_one("#place-text", TextArea).text.splitlines() if t.strip())
        options = self.query_one("#place-clauses", OptionList)
        error = self.query_one("#place-error", Label)
        if not texts:
            error.update(tr("请先写出条文", "write the provision first"))
            self.query_one("#place-text", TextArea).focus()
            return
        if options.highlighted is None:
            error.update(tr("请选择位置", "choose a place"))
            return
        self.dismiss(Placed(options.get_option_at_index(options.highlighted).id, texts))
