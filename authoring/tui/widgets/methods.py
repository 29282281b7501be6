"""The methods of an item: ticked and unticked told apart without colour, long ones shown whole.

Textual's SelectionList draws the same ▐X▌ for a ticked and an unticked box (only the colour
differs), and cuts a long prompt with "…". Here a ticked method reads ``[x]`` and an unticked one
``[ ]`` (coloured as before), and a long method wraps onto further lines under its text, its
letter (``a)``) beside the box.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip
from textual.widgets import OptionList, SelectionList
from textual.widgets.option_list import OptionDoesNotExist

TICKED, UNTICKED = "[x]", "[ ]"


class MethodList(SelectionList[str]):
    """A SelectionList with ``[x]``/``[ ]`` boxes and wrapped prompts."""

    DEFAULT_CSS = """
    MethodList {
        text-wrap: wrap;
        text-overflow: fold;
    }
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        #: The letter of each method (``a``), drawn in the gutter: a wrapper breaking at the space
        #: of "a) 管理层……" left a lone "a)" on the first line of a long method.
        self.letters: dict[str, str] = {}

    def _on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        # A highlight posted for the previous item's methods may arrive after the list was
        # emptied for an item without methods (arrowing fast through the outline): SelectionList
        # would look the option up and crash the studio. A stale highlight is dropped.
        if event.option_index >= self.option_count:
            event.stop()
            event.prevent_default()  # Textual calls each class's handler; SelectionList's is skipped

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_index >= self.option_count:
            event.stop()
            event.prevent_default()

    def _gutter(self) -> int:
        return len(TICKED) + 1 + max((len(v) + 2 for v in self.letters.values()), default=0)

    def _get_left_gutter_width(self) -> int:
        return self._gutter()

    def get_content_height(self, container, viewport, width: int) -> int:
        # OptionList measures its prompts across the whole width; they are drawn beside the gutter.
        return super().get_content_height(container, viewport, width - self._gutter())

    def render_line(self, y: int) -> Strip:
        line = OptionList.render_line(self, y)  # the prompt's line, wrapped; the box is drawn here
        try:
            index, offset = self._lines[self.scroll_offset.y + y]
            selection = self.get_option_at_index(index)
        except (IndexError, OptionDoesNotExist):
            return line
        component = "selection-list--button"
        if selection.value in self._selected:
            component += "-selected"
        if self.highlighted == index:
            component += "-highlighted"
        underlying = next(iter(line)).style or self.rich_style
        button = self.get_component_rich_style(component)
        # The box's characters in its colour, on the line's background (no block of colour needed).
        box_style = Style(color=button.color, bgcolor=underlying.bgcolor, bold=True, meta={"option": index})
        pad = self._gutter() - len(TICKED) - 1
        if offset == 0:
            box = TICKED if selection.value in self._selected else UNTICKED
            letter = f"{self.letters[selection.value]}) " if selection.value in self.letters else ""
        else:
            box, letter = " " * len(TICKED), ""  # a continuation line of a long method
        return Strip([Segment(box, box_style), Segment(" ", underlying), Segment(letter.ljust(pad), underlying), *line])
