"""Prose: the studio's running text is broken the way Chinese is set, at the width it is laid out
at, and drawn whole (Textual alone cut "（4.2、5.5）" into "（4" / ".2、5.5）")."""

from __future__ import annotations

import re

import pytest
from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.geometry import Region

from authoring.tui.widgets.prose import Prose

IDS = ["4.2", "5.5", "5.6.1", "5.6.2", "5.8", "7.1", "7.5"]
NOTICE = f"注意：{len(IDS)}条未命中关键词，按与已标注文本相近的表述判为部分覆盖（{'、'.join(IDS)}），请人工核对。"


class _Panel(App[None]):
    CSS = "Vertical { width: 1fr; } #narrow { width: 23; border: round $panel; } #wide { width: 41; }"

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Prose(NOTICE, id="narrow")
            yield Prose(NOTICE, id="wide")
            yield Prose("[b]一个方括号[/b] 照原样显示", id="brackets")


def _rows(widget) -> list[str]:
    """The rows the widget draws, its border left out."""
    strips = widget.render_lines(Region(0, 0, *widget.outer_size))
    rows = [re.sub(r"[\u2500-\u257f]", "", strip.text).strip() for strip in strips]
    return [row for row in rows if row]


@pytest.mark.parametrize("width", [40, 80])
async def test_a_notice_is_wrapped_whole_without_cutting_an_item_number(width: int) -> None:
    app = _Panel()
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.pause()
        for name in ("narrow", "wide"):
            prose = app.query_one(f"#{name}", Prose)
            rows = _rows(prose)
            assert len(rows) > 1, "the notice takes several rows"
            assert "".join("".join(rows).split()) == "".join(NOTICE.split()), f"{name}: all of it is drawn"
            for item_id in IDS:
                assert any(item_id in row for row in rows), f"{name}: {item_id} cut across rows: {rows}"
            for row in rows[1:]:
                assert row[:1] not in "、，。）", f"{name}: a row starts with punctuation: {rows}"


async def test_text_is_shown_as_written_not_as_markup() -> None:
    app = _Panel()
    async with app.run_test(size=(60, 24)) as pilot:
        await pilot.pause()
        rows = _rows(app.query_one("#brackets", Prose))
        assert rows[0].startswith("[b]一个方括号[/b]")


async def test_update_rewraps_and_content_gives_the_text() -> None:
    app = _Panel()
    async with app.run_test(size=(60, 24)) as pilot:
        prose = app.query_one("#narrow", Prose)
        prose.update("短")
        await pilot.pause()
        assert prose.content == "短" and prose.size.height == 1
        prose.update(NOTICE)
        await pilot.pause()
        assert prose.size.height == len(_rows(prose)) > 1
