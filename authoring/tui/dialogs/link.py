"""Link a checklist item to a clause of the author's own outline (a version 2 project)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, OptionList
from textual.widgets.option_list import Option

from authoring.document import place_label
from authoring.i18n import tr
from authoring.tui.dialogs.form import FormDialog
from authoring.tui.widgets.prose import Prose


class LinkDialog(FormDialog[str | None]):
    """Dismisses with the chosen clause id, or ``None``.

    Args:
        item_label: the item, as the question names it.
        clauses: ``(id, number, title, depth)`` of the outline, in order.
        linked: ids the item links to now (marked ✓); proposed: ids proposed by the import (marked ?).
    """

    def __init__(self, item_label: str, clauses: list[tuple[str, str, str, int]], linked: set[str],
                 proposed: set[str]) -> None:
        super().__init__()
        self.item_label, self.clauses, self.linked, self.proposed = item_label, clauses, linked, proposed

    def compose(self) -> ComposeResult:
        options = []
        for clause_id, number, title, depth in self.clauses:
            mark = "✓" if clause_id in self.linked else "?" if clause_id in self.proposed else " "
            text = f"{mark} {'  ' * depth}{place_label(number)} {title}".rstrip()
            options.append(Option(text, id=clause_id))
        # Up to eight rows fit any screen from 80x24; a longer list scrolls inside a dialog of fixed height.
        with Vertical(classes="dialog wide tall" if len(self.clauses) > 8 else "dialog wide"):
            yield Prose(tr(f"{self.item_label} 由哪一条落实？（Enter 链接或取消链接；? 为导入时提出的链接）",
                           f"Which clause addresses {self.item_label}? (Enter links or unlinks; ? marks a link the "
                           "import proposed)"), classes="question")
            yield OptionList(*options, id="link-clauses")
            with Horizontal(classes="buttons"):
                yield Button(tr("确定", "OK"), variant="primary", id="ok")
                yield Button(tr("取消", "Cancel"), id="cancel")

    def on_mount(self) -> None:
        options = self.query_one("#link-clauses", OptionList)
        first = next((k for k, c in enumerate(self.clauses) if c[0] in self.proposed | self.linked), 0)
        options.highlighted = first if self.clauses else None
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def _finish(self) -> None:
        options = self.query_one("#link-clauses", OptionList)
        if options.highlighted is None:
            self.dismiss(None)
            return
        self.dismiss(options.get_option_at_index(options.highlighted).id)
