"""Choose a guide item to link to a clause of the author's outline (the outline screen's Ctrl+L)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, OptionList
from textual.widgets.option_list import Option

from authoring.checklist import Checklist
from authoring.i18n import get_lang, tr
from authoring.tui.dialogs.form import FormDialog
from authoring.tui.widgets.prose import Prose


class ItemDialog(FormDialog[str | None]):
    """Dismisses with the chosen item id, or ``None``.

    Args:
        clause_label: the clause, as the question names it.
        checklist: the guide's items, listed in order.
        linked: items linked to the clause now (marked ✓); proposed: items the import proposed (marked ?).
    """

    def __init__(self, clause_label: str, checklist: Checklist, linked: set[str], proposed: set[str]) -> None:
        super().__init__()
        self.clause_label, self.checklist, self.linked, self.proposed = clause_label, checklist, linked, proposed

    def compose(self) -> ComposeResult:
        lang = get_lang()
        options = []
        for item in self.checklist.items():
            mark = "✓" if item.id in self.linked else "?" if item.id in self.proposed else " "
            options.append(Option(f"{mark} {item.id} {item.title(lang)}", id=item.id))
        # The guide's 23 items do not fit 80x24: the list scrolls inside a dialog of fixed height.
        with Vertical(classes="dialog wide tall"):
            yield Prose(tr(f"{self.clause_label} 落实哪一条目？（Enter 链接或取消链接）",
                           f"Which guide item does {self.clause_label} address? (Enter links or unlinks)"),
                        classes="question")
            yield OptionList(*options, id="items")
            with Horizontal(classes="buttons"):
                yield Button(tr("确定", "OK"), variant="primary", id="ok")
                yield Button(tr("取消", "Cancel"), id="cancel")

    def on_mount(self) -> None:
        options = self.query_one("#items", OptionList)
        ids = [item.id for item in self.checklist.items()]
        options.highlighted = next((k for k, i in enumerate(ids) if i in self.linked | self.proposed), 0)
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def _finish(self) -> None:
        options = self.query_one("#items", OptionList)
        self.dismiss(None if options.highlighted is None else options.get_option_at_index(options.highlighted).id)
