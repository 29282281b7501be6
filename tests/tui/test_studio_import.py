"""The studio opens a committee's Word draft as a project: it asks where to save the project, keeps the
draft's outline, and an item is linked to a clause of the author's own; save, build and check follow."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList

from authoring.check import check_file
from authoring.cli.main import main
from authoring.docx.read import read_docx
from authoring.docx.write import write_docx
from authoring.project import load_project
from authoring.records import to_data
from authoring.tui.app import StudioApp
from authoring.tui.dialogs.link import LinkDialog
from authoring.tui.dialogs.path import PathDialog
from authoring.tui.screens.author import AuthorScreen
from authoring.tui.screens.start import StartScreen
from tests.docx import reader_builders as rb


async def test_open_a_draft_as_a_project_and_link_an_item(studio_env: Path, checklist) -> None:
    draft = studio_env / "养老服务.docx"
    write_docx(read_docx(rb.typed_shape(studio_env / "typed.docx")), draft)
    original = draft.read_bytes()
    app = StudioApp(None, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(110, 34)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, PathDialog)
        app.screen.query_one("#path", Input).value = str(draft)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PathDialog)  # where to save the project
        assert app.screen.query_one("#path", Input).value == str(studio_env / "养老服务.yaml")
        await pilot.press("enter")
        await pilot.pause()
        author = app.screen
        assert isinstance(author, AuthorScreen)
        project = studio_env / "养老服务.yaml"
        assert load_project(project).version == 2 and draft.read_bytes() == original

        author.select_item("5.2")
        await pilot.pause()
        await pilot.press("ctrl+l")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, LinkDialog)
        options = dialog.query_one("#link-clauses", OptionList)
        target = next(k for k in range(options.option_count) if options.get_option_at_index(k).id == "c4-1")
        options.highlighted = target
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        entry = app.session.entry("5.2")
        assert entry.accepted_links() == ["c4-1"] and entry.status == "addressed"
        await pilot.press("ctrl+s")
        await pilot.pause()

    saved = load_project(project).project
    assert saved.items["5.2"].accepted_links() == ["c4-1"] and saved.items["5.2"].status == "addressed"
    built = studio_env / "built.docx"
    assert main(["build", str(project), "-o", str(built), "--checklists", str(_pack_dir(studio_env, checklist))]) == 0
    assert [c.number for c in read_docx(built).iter_clauses()] == [c.number for c in read_docx(draft).iter_clauses()]
    result = check_file(built, checklist)
    assert result.document.clauses == sum(1 for _ in read_docx(draft).iter_clauses())


async def test_a_version_1_project_has_no_clauses_to_link(project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(110, 34)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)


def _pack_dir(folder: Path, checklist) -> Path:
    """The test's small checklist as a pack file, so ``build`` finds the same items."""
    import json

    out = folder / "packs"
    out.mkdir(exist_ok=True)
    (out / "excellence-guide.yaml").write_text(
        json.dumps(to_data(checklist, exclude_defaults=True), ensure_ascii=False), encoding="utf-8")
    return out


async def test_a_regulation_opened_as_a_project_says_gbt_rules_do_not_apply(studio_env: Path) -> None:
    """An outline kept in 第一章…第一条 from its import is not a GB/T 1.1 draft: the status line says the rules
    were not applied (as ``stdauthor check`` says of the built draft), never "0 errors"."""
    from textual.widgets import Static

    draft = rb.plain_docx(studio_env / "办法.docx", [
        "某市社区养老服务管理办法", "第一章　总则", "第一条　为了规范社区养老服务，保障老年人合法权益，制定本办法。",
        "第二章　服务要求", "第二条　服务机构应当建立员工培训制度。", "第三条　服务机构应当在24小时内响应投诉。"])
    project = studio_env / "办法.yaml"
    assert main(["import", str(draft), "-o", str(project)]) == 0
    from authoring.checklist import load_packs

    app = StudioApp(project, checklist=load_packs()["excellence-guide"], autosave_delay=60)  # the one it was imported with
    async with app.run_test(size=(110, 34)) as pilot:
        for _ in range(100):
            if isinstance(app.screen, AuthorScreen) and app.screen.last_check is not None:
                break
            await pilot.pause(0.05)
        author = app.screen
        assert isinstance(author, AuthorScreen) and author.last_check is not None
        status = str(author.query_one("#status", Static).content)
        assert "未按 GB/T 1.1 检查" in status and "错" not in status, status
        # the dashboard says so too, and the function no import could tell can be chosen in the metadata (F3)
        await pilot.press("f4")
        for _ in range(100):
            if getattr(app.screen, "result", None) is not None:
                break
            await pilot.pause(0.05)
        from textual.widgets import Label

        assert "未按 GB/T 1.1 检查" in str(app.screen.query_one("#dash-findings-label", Label).content)
        await pilot.press("escape")
        await pilot.pause()
        assert app.session.project.metadata.function.value == "unknown"
        await pilot.press("f3")
        await pilot.pause()
        from authoring.tui.screens.metadata import MetadataScreen

        assert isinstance(app.screen, MetadataScreen), "F3 opened (it crashed on the unknown function)"
        app.screen.query_one("#meta-function").value = "规范"
        await pilot.pause()
        assert app.session.project.metadata.function.value == "规范"
        app.session.discard_autosave()
        app.session = None


async def _imported_message(draft: Path, checklist) -> str:  # noqa: ANN001
    """Open the studio, import ``draft`` where the dialog proposes the project, and return what the import said."""
    app = StudioApp(None, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(110, 34)) as pilot:
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        app.screen.query_one("#path", Input).value = str(draft)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")  # the project where the dialog proposes it
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        [said] = [n.message for n in app._notifications if n.message.startswith("已导入")]
        app.session = None
    return said


async def test_importing_a_working_copy_says_its_pending_changes(studio_env: Path, checklist) -> None:
    """A working copy's pending tracked changes become the project's text and its comments stay behind:
    import on the command line says so (QA pass 11, A1); the studio's import said only how many clauses."""
    from tests.paperwork import builders as B

    draft = B.build_draft(studio_env / "工作稿.docx")
    d = B.open_docx(draft)
    B.track(d, "在24 h内响应", "", "（节假日除外）", "张三")
    B.comment(d, "护理员年度在岗培训时间", "建议将培训时间提高到32 h。", "李四")
    d.save(draft)
    said = await _imported_message(draft, checklist)
    assert "草案含 1 处未接受的修订和 1 条批注：修订按接受处理，批注未导入。" in said, said


async def test_importing_a_draft_whose_stored_decisions_cannot_be_read_says_so(studio_env: Path, checklist) -> None:
    """QA pass 13, A12: import on the command line says when a draft's stored decisions could not be read (items start
    undecided); the studio's import said nothing of it."""
    from tests.paperwork.builders import draft_with_decisions

    draft = draft_with_decisions(studio_env, lambda d: d.replace(b"urn:stdauthor:decisions:1", b"urn:stdauthor:decisions:99"))
    said = await _imported_message(draft, checklist)
    assert "草案中保存的决定" in said and "更新版本" in said, said
