"""The guide view's provisions editor edits the clause an item is written in, and shows all of it: its
paragraphs, its list items with their marks, its notes, and a line standing for each table, which stays
read-only there (QA pass 9, finding B2: 5.1 → 4.4 管理 showed the lead-in and hid the list under it)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import TextArea

from authoring.checklist import load_packs
from authoring.project import load_project
from authoring.project.outline import clause_ids
from authoring.tui.app import StudioApp
from authoring.tui.session import Session
from tests.tui.conftest import type_text

ROOT = Path(__file__).resolve().parents[2]
LEAD_IN = "养老机构负责人应以卓越服务为中心开展管理："
LIST = ["——制定卓越服务目标，并分解为部门、班组和岗位可操作的工作目标；",
        "——向合作伙伴和分包商（如膳食配送、医疗服务机构）传达卓越服务目标，确保其正确理解和执行；",
        "——定期听取服务对象及其家属的反馈，持续改进服务。"]
NOTE = "注：负责人可委托分管副院长听取反馈。"
TABLE = "〔表2 入住评估和紧急呼叫指标〕"


@pytest.fixture
def guide():
    return load_packs()["excellence-guide"]


@pytest.fixture
def example(studio_env: Path, guide) -> Path:
    """The bundled example, its 4.4 管理 (where 5.1 is written) ending in a note of its own (a note block)."""
    path = studio_env / "s.yaml"
    shutil.copy(ROOT / "examples" / "elderly-care.yaml", path)
    session = Session.open(path, lambda _: guide)
    session.set_clause_text("c4-4", [LEAD_IN, *LIST, NOTE])
    session.save()
    return path


def _blocks(path: Path, clause_id: str) -> list:
    return list(clause_ids(load_project(path).project.body)[clause_id].blocks)


@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=["80x24", "120x36"])
async def test_the_provisions_editor_shows_the_whole_clause(example: Path, guide, size: tuple[int, int]) -> None:
    app = StudioApp(example, checklist=guide, autosave_delay=60)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        author = app.screen
        author.select_item("5.1")
        await pilot.pause()
        assert author.query_one("#provisions", TextArea).text.splitlines() == [LEAD_IN, *LIST, NOTE]
        assert not app.session.dirty, "showing the clause is no edit"
        author.select_item("5.6.1")  # 6.2 入住评估: three paragraphs and table 2
        await pilot.pause()
        lines = author.query_one("#provisions", TextArea).text.splitlines()
        assert len(lines) == 4 and lines[-1] == TABLE
        note = str(author.query_one("#provisions-note").content)
        assert TABLE in note and "只读" in note
        author.select_item("5.2")  # a clause of paragraphs only says nothing of tables
        await pilot.pause()
        assert not author.query_one("#provisions-note").display
        app.session = None


async def test_a_provision_typed_after_the_list_stays_after_it(example: Path, guide) -> None:
    """The new line is written where the author sees it, after the list and the note (it went in after the
    lead-in, above the list the author could not see); the list and the note stay as they were."""
    added = "养老机构负责人应每季度召开一次服务质量分析会。"
    app = StudioApp(example, checklist=guide, autosave_delay=60)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        author = app.screen
        author.select_item("5.1")
        await pilot.pause()
        area = author.query_one("#provisions", TextArea)
        area.focus()
        await pilot.press("ctrl+end", "enter")
        await type_text(pilot, added)
        await pilot.pause(app.edit_delay + 0.2)
        await pilot.press("ctrl+s")
        await pilot.pause()
    blocks = _blocks(example, "c4-4")
    assert [b.type for b in blocks] == ["paragraph", "list", "note", "paragraph"]
    assert [b.text for b in blocks[1].items] == [line.removeprefix("——") for line in LIST]
    assert blocks[2].text == NOTE.removeprefix("注：") and blocks[3].text == added


async def test_a_list_item_edited_in_the_guide_view_stays_a_list_item(example: Path, guide) -> None:
    app = StudioApp(example, checklist=guide, autosave_delay=60)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        author = app.screen
        author.select_item("5.1")
        await pilot.pause()
        area = author.query_one("#provisions", TextArea)
        area.focus()
        area.move_cursor((3, len(LIST[2])))
        await type_text(pilot, "每月一次")
        await pilot.pause(app.edit_delay + 0.2)
        await pilot.press("ctrl+s")
        await pilot.pause()
    blocks = _blocks(example, "c4-4")
    assert [b.type for b in blocks] == ["paragraph", "list", "note"]
    assert blocks[1].items[2].text == LIST[2].removeprefix("——") + "每月一次"


async def test_the_line_of_a_table_is_read_only_in_the_guide_view(example: Path, guide) -> None:
    """Backspace, Delete or typing on 〔表2 …〕 change nothing (the table is moved or deleted on the outline
    screen); typing on the lines around it works, and the table stays in the file."""
    app = StudioApp(example, checklist=guide, autosave_delay=60)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        author = app.screen
        author.select_item("5.6.1")
        await pilot.pause()
        area = author.query_one("#provisions", TextArea)
        before = area.text
        area.focus()
        await pilot.press("ctrl+end", "backspace", "backspace", "home", "x", "delete")
        area.move_cursor((2, len(area.document.get_line(2))))
        await pilot.press("delete", "delete")  # would join the table's line to the paragraph above
        assert area.text == before
        await pilot.press("ctrl+end", "enter")
        await type_text(pilot, "评估结果应告知服务对象或其监护人。")
        await pilot.pause(app.edit_delay + 0.2)
        assert area.text.splitlines()[3] == TABLE
        await pilot.press("ctrl+s")
        await pilot.pause()
    blocks = _blocks(example, "c6-2")
    assert [b.type for b in blocks] == ["paragraph", "paragraph", "paragraph", "table", "paragraph"]
    assert blocks[3].number == "2" and blocks[4].text == "评估结果应告知服务对象或其监护人。"
