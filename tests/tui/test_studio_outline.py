"""The author's own outline in the studio (version 2): a draft opened from the command line, an item
linked to a clause, a provision written under a clause of the author's own, save, build, check; the
outline screen's edits and their undo; where each item is addressed."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from textual.widgets import Button, Input, OptionList, Static, TextArea

from authoring.check import check_file
from authoring.cli.main import main
from authoring.docx.read import read_docx
from authoring.docx.write import write_docx
from authoring.project import load_project, new_project
from authoring.project.outline import body_data
from authoring.tui.app import StudioApp
from authoring.tui.dialogs.confirm import ConfirmDialog
from authoring.tui.dialogs.link import LinkDialog
from authoring.tui.dialogs.path import PathDialog
from authoring.tui.dialogs.place import PlaceDialog
from authoring.tui.screens.author import AuthorScreen
from authoring.tui.screens.outline import ClauseTree, OutlineScreen
from authoring.tui.session import Session
from tests.docx import reader_builders as rb
from tests.tui.test_studio_import import _pack_dir


def _own_project(folder: Path, checklist) -> Path:
    """A version 2 project with the committee's own chapters, some text, and 4.3 linked."""
    path = folder / "养老机构服务规范.yaml"
    pf = new_project("养老机构服务规范", checklist=checklist, seed="chapters", chapters=["基本要求", "服务流程", "评价与改进"])
    pf.save(path)
    session = Session.open(path, lambda _: checklist)
    first = session.add_clause("c4", "child", title="服务对象")
    session.set_clause_text(first, ["养老机构应明确服务对象的范围和需求。"])
    session.toggle_link("4.3", first)
    session.add_clause("c5", "child", title="入住评估")
    session.save()
    return path



@contextlib.asynccontextmanager
async def _outline(path: Path, checklist, size: tuple[int, int] = (110, 34)):
    """The studio on ``path`` with the outline screen open: ``(app, pilot, screen)``."""
    app = StudioApp(path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+b")
        await pilot.pause()
        yield app, pilot, app.screen

async def test_a_draft_from_the_command_line_becomes_a_project_built_and_checked(studio_env: Path, checklist) -> None:
    draft = studio_env / "养老服务.docx"
    write_docx(read_docx(rb.typed_shape(studio_env / "typed.docx")), draft)
    app = StudioApp(draft, checklist=checklist, autosave_delay=60)  # stdauthor studio 养老服务.docx
    async with app.run_test(size=(110, 34)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PathDialog)  # where to save the project
        await pilot.press("enter")
        await pilot.pause()
        author = app.screen
        assert isinstance(author, AuthorScreen) and app.session.project.version == 2
        project = studio_env / "养老服务.yaml"

        author.select_item("5.2")
        await pilot.pause()
        await pilot.press("ctrl+l")
        await pilot.pause()
        options = app.screen.query_one("#link-clauses", OptionList)
        assert isinstance(app.screen, LinkDialog)
        options.highlighted = next(k for k in range(options.option_count) if options.get_option_at_index(k).id == "c4-1")
        await pilot.press("enter")
        await pilot.pause()
        assert app.session.entry("5.2").accepted_links() == ["c4-1"]

        # 6.4 is missing: write its provision under 4.2 服务流程, a clause of the draft's own.
        author.select_item("6.4")
        await pilot.pause()
        where = author.query_one("#item-where", Static)
        assert "尚未落实" in str(where.content)
        await pilot.press("ctrl+f")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, PlaceDialog) and dialog.suggested
        dialog.query_one("#place-text", TextArea).text = "服务开始前，机构宜与老年人签订服务协议，明确服务内容。"
        clauses = dialog.query_one("#place-clauses", OptionList)
        clauses.focus()
        clauses.highlighted = next(k for k in range(clauses.option_count) if clauses.get_option_at_index(k).id == "c4-2")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        entry = app.session.entry("6.4")
        # 4.2 has a subclause already: the provision gets one of its own, 4.2.2, titled as the item.
        [target] = entry.accepted_links()
        assert entry.status == "addressed" and app.session.clause_title(target) == "4.2.2 协议"
        assert "落实于：4.2.2 协议" in str(where.content)
        await pilot.press("ctrl+s")
        await pilot.pause()

    saved = load_project(project).project
    assert saved.items["6.4"].accepted_links() == [target]
    built = studio_env / "built.docx"
    assert main(["build", str(project), "-o", str(built), "--checklists", str(_pack_dir(studio_env, checklist))]) == 0
    clause = read_docx(built).find_clause("4.2.2")
    assert clause is not None and clause.title == "协议"
    result = check_file(built, checklist)
    item = next(i for i in result.coverage.items if i.id == "6.4")
    assert item.status != "missing" and "4.2.2" in {e.location for e in item.evidence}


async def test_outline_edits_renumber_keep_links_and_undo(studio_env: Path, checklist) -> None:
    path = _own_project(studio_env, checklist)
    app = StudioApp(path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(110, 34)) as pilot:
        await pilot.pause()
        before = body_data(app.session.project.body)
        await pilot.press("ctrl+b")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, OutlineScreen)
        tree = screen.query_one(ClauseTree)
        tree.select_id("c4-1")
        await pilot.pause()
        assert screen.current == "c4-1"
        assert "4.3" in str(screen.query_one("#clause-items", Static).content)

        await pilot.press("a")  # a clause after 4.1; its title field takes the typing
        await pilot.pause()
        new = screen.current
        assert new != "c4-1" and isinstance(screen.focused, Input)
        screen.query_one("#clause-title", Input).value = "服务环境"
        await pilot.pause(app.edit_delay + 0.2)
        await pilot.press("tab")
        screen.query_one("#clause-text", TextArea).text = "养老机构应保持服务场所整洁、安静。"
        await pilot.pause(app.edit_delay + 0.2)
        await pilot.press("escape")  # back to the tree
        assert isinstance(screen.focused, ClauseTree)
        assert app.session.clause_title(new) == "4.2 服务环境"
        assert app.session.clause_text(new) == ["养老机构应保持服务场所整洁、安静。"]

        await pilot.press("alt+up")  # 4.2 → 4.1; the linked clause follows as 4.2, its link intact
        await pilot.pause()
        assert app.session.clause_title(new) == "4.1 服务环境" and app.session.clause_title("c4-1") == "4.2 服务对象"
        await pilot.press("alt+down", "alt+right")  # back down, then under 4.1
        await pilot.pause()
        assert app.session.clause_title(new) == "4.1.1 服务环境"
        await pilot.press("alt+left")
        await pilot.pause()
        assert app.session.clause_title(new) == "4.2 服务环境"

        tree.select_id("c4-1")
        await pilot.pause()
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)  # asks first, naming the linked item
        await pilot.press("enter")
        await pilot.pause()
        assert "c4-1" not in {c[0] for c in app.session.clauses()}
        assert app.session.entry("4.3").links == [] and app.session.entry("4.3").status == "todo"

        # Every edit is one step: delete, outdent, indent, down, up, text, title, add.
        for _ in range(8):
            await pilot.press("ctrl+z")
            await pilot.pause()
        assert body_data(app.session.project.body) == before
        assert app.session.entry("4.3").accepted_links() == ["c4-1"]
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert body_data(app.session.project.body) == before  # nothing more from this session
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert app.session.clause_title(new) == "4.2"  # the added clause is back, untitled as it was
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)


async def test_typing_in_the_outline_reaches_the_autosave(studio_env: Path, checklist) -> None:
    path = _own_project(studio_env, checklist)
    app = StudioApp(path, checklist=checklist, autosave_delay=60, edit_delay=30)
    async with app.run_test(size=(110, 34)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+b")
        await pilot.pause()
        screen = app.screen
        screen.query_one(ClauseTree).select_id("c5-1")
        await pilot.pause()
        area = screen.query_one("#clause-text", TextArea)
        area.focus()
        area.insert("服务对象入住前，养老机构应完成入住评估。")
        await pilot.pause()
        app.autosave_now()  # what is still waiting for its delay goes too
        sidecar = Session.sidecar_of(path)
        assert "服务对象入住前，养老机构应完成入住评估。" in sidecar.read_text(encoding="utf-8")


async def test_saving_on_the_outline_screen_clears_its_unsaved_mark(studio_env: Path, checklist) -> None:
    """QA pass 6: after Ctrl+S on the outline screen its status line still said （未保存） until the guide view."""
    path = _own_project(studio_env, checklist)
    async with _outline(path, checklist) as (app, pilot, screen):
        assert isinstance(screen, OutlineScreen)
        await pilot.press("a")  # a new clause: an edit
        await pilot.pause()
        status = screen.query_one("#outline-status", Static)
        assert "（未保存）" in str(status.content)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not app.session.dirty
        assert "（未保存）" not in str(status.content) and path.name in str(status.content), str(status.content)


async def test_a_title_reached_by_tab_is_typed_at_its_end(studio_env: Path, checklist) -> None:
    """The title field serves every clause; after a short title (范围) a longer one (规范性引用文件)
    came with the cursor inside it, and typed text split the title."""
    path = _own_project(studio_env, checklist)
    async with _outline(path, checklist) as (app, pilot, screen):
        tree = screen.query_one(ClauseTree)
        for clause in ("c1", "c2"):
            tree.select_id(clause)
            await pilot.pause()
            title = screen.query_one("#clause-title", Input)
            before = title.value
            tree.focus()
            await pilot.pause()
            while app.focused is not title:
                await pilot.press("tab")
                await pilot.pause()
            await pilot.press("X")
            await pilot.pause()
            assert title.value == before + "X", title.value
            await pilot.press("backspace")
            await pilot.pause()


async def test_each_item_says_where_it_is_addressed(studio_env: Path, checklist) -> None:
    path = _own_project(studio_env, checklist)
    app = StudioApp(path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(110, 34)) as pilot:
        await pilot.pause()
        author = app.screen
        author.select_item("4.3")
        await pilot.pause()
        where = str(author.query_one("#item-where", Static).content)
        assert "落实于：4.1 服务对象" in where
        assert author.query_one("#provisions", TextArea).text == "养老机构应明确服务对象的范围和需求。"
        author.select_item("7.1")
        await pilot.pause()
        assert "尚未落实" in str(author.query_one("#item-where", Static).content)


async def test_annexes_are_added_retitled_made_normative_moved_and_deleted_with_undo(studio_env: Path, checklist) -> None:
    path = _own_project(studio_env, checklist)
    async with _outline(path, checklist) as (app, pilot, screen):
        screen.query_one(ClauseTree).focus()
        await pilot.press("x")  # an informative annex at the end; its title takes the typing
        await pilot.pause()
        first = screen.current
        assert isinstance(screen.focused, Input)
        screen.query_one("#clause-title", Input).value = "服务质量评价表"
        await pilot.pause(app.edit_delay + 0.2)
        await pilot.press("escape")
        await pilot.press("x")
        await pilot.pause()
        second = screen.current
        screen.query_one("#clause-title", Input).value = "服务流程图"
        await pilot.pause(app.edit_delay + 0.2)
        await pilot.press("escape")
        annexes = lambda: [(a.letter, a.title, a.normative) for a in app.session.project.body.annexes]  # noqa: E731
        assert annexes() == [("A", "服务质量评价表", False), ("B", "服务流程图", False)]
        await pilot.press("n")  # 附录B becomes normative
        await pilot.pause()
        await pilot.press("alt+up")  # and comes first: the letters follow the places
        await pilot.pause()
        assert annexes() == [("A", "服务流程图", True), ("B", "服务质量评价表", False)]
        assert screen.current == second
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("enter")
        await pilot.pause()
        assert annexes() == [("A", "服务质量评价表", False)]
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert annexes() == [("A", "服务流程图", True), ("B", "服务质量评价表", False)]
        await pilot.press("ctrl+s")
        await pilot.pause()
    doc = load_project(path)
    assert [a["id"] for a in doc.data["body"]["annexes"]] == [second, first]


async def test_list_items_typed_in_the_outline_editor_become_a_list_of_the_draft(studio_env: Path, checklist) -> None:
    from authoring.project import compose

    path = _own_project(studio_env, checklist)
    async with _outline(path, checklist) as (app, pilot, screen):
        screen.query_one(ClauseTree).select_id("c4-1")
        await pilot.pause()
        area = screen.query_one("#clause-text", TextArea)
        area.focus()
        area.text = "养老机构应符合下列要求：\na) 明确服务对象的范围；\nb) 建立服务对象档案：\n  ——健康状况；\n  ——服务需求。\n注：档案宜电子化。"
        await pilot.pause(app.edit_delay + 0.2)
        await pilot.press("escape")
        await pilot.press("ctrl+s")
        await pilot.pause()
    doc = compose(load_project(path).project, checklist)
    clause = next(c for top in doc.clauses for c in top.walk() if c.id == "c4-1")
    kinds = [b.type for b in clause.blocks]
    assert kinds == ["paragraph", "list", "note"], kinds
    lst = clause.blocks[1]
    assert lst.style == "letter" and [i.text for i in lst.items] == ["明确服务对象的范围；", "建立服务对象档案："]
    assert [i.text for i in lst.items[1].children.items] == ["健康状况；", "服务需求。"]


async def test_text_typed_in_front_of_a_reference_line_keeps_the_reference(studio_env: Path, checklist) -> None:
    """QA pass 5: typing at the start of the 〔GB/T …〕 line of chapter 2 wrote the typed text alone
    at the first pause: the reference was gone from the saved file while the screen still showed it."""
    from authoring.project.model import RefEntry

    path = _own_project(studio_env, checklist)
    session = Session.open(path, lambda _: checklist)
    session.set_section("normative_references", [RefEntry(designation="GB/T 43153", title="居家养老上门服务基本规范")])
    session.save()
    marker = "〔GB/T 43153 居家养老上门服务基本规范〕"
    async with _outline(path, checklist) as (app, pilot, screen):
        screen.query_one(ClauseTree).select_id("c2")
        await pilot.pause()
        area = screen.query_one("#clause-text", TextArea)
        area.focus()
        row = area.text.splitlines().index(marker)
        area.move_cursor((row, 0))
        area.insert("注")  # a pause after the first character: the text is written
        await pilot.pause(app.edit_delay + 0.2)
        area.insert("：本章所列文件均为现行有效版本。")
        await pilot.pause(app.edit_delay + 0.2)
        await pilot.press("enter")
        await pilot.pause(app.edit_delay + 0.2)
        assert area.text.splitlines()[row:] == ["注：本章所列文件均为现行有效版本。", marker]
        assert app.session.clause_text("c2") == area.text.splitlines(), "the screen and the file agree"
        await pilot.press("escape", "ctrl+s")
        await pilot.pause()
    blocks = load_project(path).data["body"]["clauses"][1]["blocks"]
    assert [b if isinstance(b, str) else b["type"] for b in blocks][1:] == ["note", "reference"]
    assert blocks[2]["designation"] == "GB/T 43153"


async def test_the_help_of_the_outline_screen_says_how_text_is_written(studio_env: Path, checklist) -> None:
    path = _own_project(studio_env, checklist)
    async with _outline(path, checklist, (80, 24)) as (app, pilot, _screen):
        await pilot.press("f1")
        await pilot.pause()
        note = str(app.screen.query_one("#screen-note", Static).content)
        assert "〔表1" in note and "——" in note


async def test_the_introduction_is_written_in_the_outline(studio_env: Path, checklist) -> None:
    """The 引言 heads the outline: its text is edited like a clause's, it has no title, number or
    place to move, and the built draft carries it."""
    from authoring.project import compose

    path = _own_project(studio_env, checklist)
    async with _outline(path, checklist) as (app, pilot, screen):
        tree = screen.query_one(ClauseTree)
        tree.select_id("introduction")
        await pilot.pause()
        assert screen.current == "introduction" and screen.query_one("#clause-title", Input).disabled
        tree.focus()
        await pilot.press("delete", "alt+down")  # nothing to delete or move
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmDialog)
        area = screen.query_one("#clause-text", TextArea)
        area.focus()
        area.text = "随着人口老龄化加快，老年人对养老服务的需求日益多样化。"
        await pilot.pause(app.edit_delay + 0.2)
        await pilot.press("escape")
        await pilot.press("a")  # a clause after the 引言 is the first chapter
        await pilot.pause()
        assert app.session.clause_title(screen.current) == "1"  # new, untitled, numbered first
        await pilot.press("escape", "ctrl+z")  # back in the tree, the new clause is taken back
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
    doc = compose(load_project(path).project, checklist)
    assert doc.introduction is not None
    assert [b.text for b in doc.introduction.blocks] == ["随着人口老龄化加快，老年人对养老服务的需求日益多样化。"]
    assert doc.clauses[0].title == "范围"


def _buttons_on_screen(dialog, size: tuple[int, int]) -> None:  # noqa: ANN001
    width, height = size
    for button in dialog.query(Button):
        region = button.region
        assert region.height > 0 and region.bottom <= height and region.right <= width, (button.id, region)


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
async def test_the_link_dialog_of_a_long_outline_keeps_its_buttons_on_screen(studio_env: Path, checklist,
                                                                            size: tuple[int, int]) -> None:
    # A real draft's outline has dozens of clauses: the list scrolls, and 确定 / 取消 stay reachable.
    path = studio_env / "长大纲.yaml"
    pf = new_project("养老机构服务规范", checklist=checklist, seed="chapters", chapters=["基本要求", "服务流程", "评价与改进"])
    pf.save(path)
    session = Session.open(path, lambda _: checklist)
    for n in range(40):
        session.add_clause("c5", "child", title=f"服务环节{n + 1}")
    session.save()
    app = StudioApp(path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        author = app.screen
        assert isinstance(author, AuthorScreen)
        author.select_item("5.2")
        await pilot.pause()
        await pilot.press("ctrl+l")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, LinkDialog)
        options = dialog.query_one(OptionList)
        assert options.option_count > 40
        _buttons_on_screen(dialog, size)
        assert options.region.height < options.option_count  # it scrolls rather than pushing the buttons off
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
async def test_the_guide_item_dialog_keeps_its_buttons_on_screen(studio_env: Path, size: tuple[int, int]) -> None:
    # The outline screen's Ctrl+L lists all 23 items of the guide: the list scrolls, 确定 / 取消 stay reachable.
    from authoring.checklist import load_packs
    from authoring.tui.dialogs.items import ItemDialog

    guide = load_packs()["excellence-guide"]
    path = _own_project(studio_env, guide)
    async with _outline(path, guide, size) as (app, pilot, screen):
        screen.query_one(ClauseTree).select_id("c4-1")
        await pilot.pause()
        await pilot.press("ctrl+l")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ItemDialog)
        options = dialog.query_one(OptionList)
        assert options.option_count == len(list(guide.items())) > 20
        _buttons_on_screen(dialog, size)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, OutlineScreen)
