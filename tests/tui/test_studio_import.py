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
        options = dialog.query_one("#clauses", OptionList)
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
