"""The committee's paperwork from the author screen (issue 13 item 3): the 编制说明 and the 意见汇总处理表."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandList, CommandPalette
from textual.widgets import DataTable, Input

from authoring.markdown import document_to_markdown
from authoring.project import load_project
from authoring.tui.app import StudioApp
from authoring.tui.dialogs.exported import ExportedDialog
from authoring.tui.dialogs.path import PathDialog
from authoring.tui.screens.author import AuthorScreen
from tests.tui.conftest import screen_text, type_text


async def _finish(pilot, group: str) -> None:
    for worker in [w for w in pilot.app.workers if w.group == group]:
        await worker.wait()
    await pilot.pause()


def _docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(parts)


async def _palette(pilot, words: str) -> None:
    """Open the palette, type ``words`` and run the first command offered."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    await type_text(pilot, words)
    for _ in range(40):
        await pilot.pause(0.05)
        if isinstance(pilot.app.screen, CommandPalette) and pilot.app.screen.query_one(CommandList).option_count:
            break
    await pilot.press("enter")
    await pilot.pause()


async def test_f8_writes_the_memorandum_of_the_project_as_it_stands(project_path: Path, checklist) -> None:
    pf = load_project(project_path)
    pf.set_status("6.4", "not-applicable", "本服务不签订协议。")
    pf.save()
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("f8")
        await pilot.pause()
        assert isinstance(app.screen, PathDialog)
        out = Path(app.screen.query_one("#path", Input).value)
        assert out.name == "养老服务指南-编制说明.docx"
        await pilot.press("enter")
        await _finish(pilot, "paperwork")
        assert isinstance(app.screen, ExportedDialog)
        assert str(app.screen.query_one("#exported-path").render()) == str(out)
        assert "融入" in str(app.screen.query_one(".note").content)
        await pilot.press("escape")
        await pilot.pause()
        # From the palette too; the file exists, so the studio asks before replacing it.
        await _palette(pilot, "编制说明")
        assert isinstance(app.screen, PathDialog)
        await pilot.press("enter")
        await pilot.pause()
        assert "覆盖" in str(app.screen.query_one(".question").content)
        before = out.read_bytes()
        await pilot.press("shift+tab", "enter")  # Replace (Cancel is the default)
        await _finish(pilot, "paperwork")
        assert isinstance(app.screen, ExportedDialog)
        assert "原文件已另存为 养老服务指南-编制说明.bak.docx。" in str(app.screen.query_one(".note").content)
        assert out.with_name("养老服务指南-编制说明.bak.docx").read_bytes() == before
    text = _docx_text(out)
    assert "编制说明" in text and "卓越服务要素" in text
    assert all(item.title_zh in text for item in checklist.items())
    assert "本服务不签订协议。" in text


def _reviewed_copy(project_path: Path, checklist, folder: Path) -> Path:
    """The project's draft, returned by 华东养老服务研究院 with one comment on 5.2's provision."""
    import docx

    from authoring.docx.write import write_docx
    from authoring.project import compose
    from tests.paperwork import builders as B

    pf = load_project(project_path)
    folder.mkdir()
    draft = folder / "草案.docx"
    write_docx(compose(pf.project, checklist), draft, force=True)
    document = docx.Document(str(draft))
    B.comment(document, "宜明确员工职责", "建议写明职责由谁确定。", "张三")
    copy = folder / "华东养老服务研究院.docx"
    document.save(str(copy))
    draft.unlink()
    return copy


def _returned_copies(project_path: Path, checklist) -> Path:  # noqa: ANN001
    """The project with 5.2 written (宜明确员工职责。), and a folder holding a reviewer's copy commenting on it."""
    pf = load_project(project_path)
    pf.set_provisions("5.2", ["宜明确员工职责。"])
    pf.set_status("5.2", "addressed")
    pf.save()
    folder = project_path.parent / "返回意见"
    _reviewed_copy(project_path, checklist, folder)
    return folder


async def test_ctrl_t_compiles_the_comment_table_and_ctrl_g_shows_it(project_path: Path, checklist) -> None:
    from authoring.paperwork.table import read_table
    from authoring.tui.screens.resolution import ResolutionTableScreen

    folder = _returned_copies(project_path, checklist)
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert isinstance(app.screen, PathDialog), "first the reviewed copies"
        app.screen.query_one("#path", Input).value = str(folder)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PathDialog), "then where the table goes"
        out = Path(app.screen.query_one("#path", Input).value)
        assert out == folder / "意见汇总处理表.docx"
        await pilot.press("enter")
        await _finish(pilot, "paperwork")
        assert isinstance(app.screen, ExportedDialog)
        assert "1 条意见" in str(app.screen.query_one(".note").content)
        await pilot.press("escape")
        await pilot.pause()
        table = read_table(out)
        assert [(r.location, r.unit) for r in table.rows] == [("4.1", "华东养老服务研究院")]  # 5.2 is the draft's 4.1; 张三 is the unit's
        assert "建议写明职责由谁确定。" in table.rows[0].content

        await pilot.press("ctrl+g")
        await pilot.pause()
        assert isinstance(app.screen, PathDialog)
        assert Path(app.screen.query_one("#path", Input).value) == out, "the table just made"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ResolutionTableScreen)
        rows = app.screen.query_one("#table-rows", DataTable)
        assert rows.row_count == 1
        assert rows.get_row_at(0)[1:4] == ["4.1", table.rows[0].content, "华东养老服务研究院"]
        assert "回函的单位数：1个" in str(app.screen.query_one("#table-foot").render())
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)

        # A second run keeps the table's rows (and the committee's decisions) and adds nothing new; the table it
        # replaces is kept beside it, never over a copy kept before (QA pass 12, B6: one rule, NAME-2.bak.EXT …).
        earlier = folder / "意见汇总处理表.bak.docx"
        earlier.write_bytes(b"an earlier copy")
        replaced = out.read_bytes()
        await _palette(pilot, "生成意见汇总")
        assert isinstance(app.screen, PathDialog)
        app.screen.query_one("#path", Input).value = str(folder)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")
        await _finish(pilot, "paperwork")
        assert isinstance(app.screen, ExportedDialog)
        assert "新增 0 条" in str(app.screen.query_one(".note").content)
        assert "原文件已另存为 意见汇总处理表-2.bak.docx。" in str(app.screen.query_one(".note").content)
    assert len(read_table(out).rows) == 1
    assert earlier.read_bytes() == b"an earlier copy"
    assert (folder / "意见汇总处理表-2.bak.docx").read_bytes() == replaced


async def test_ctrl_t_takes_a_copy_returned_as_word_97_doc(project_path: Path, checklist, tmp_path: Path) -> None:
    import subprocess

    from authoring.paperwork.table import read_table
    from tests.conftest import soffice_or_skip

    soffice = soffice_or_skip()
    pf = load_project(project_path)
    pf.set_provisions("5.2", ["宜明确员工职责。"])
    pf.set_status("5.2", "addressed")
    pf.save()
    folder = project_path.parent / "返回意见"
    copy = _reviewed_copy(project_path, checklist, folder)
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless", "--convert-to",
                    "doc:MS Word 97", "--outdir", str(folder), str(copy)], check=True, capture_output=True, timeout=180)
    copy.unlink()
    doc = folder / "华东养老服务研究院.doc"
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+t")
        await pilot.pause()
        app.screen.query_one("#path", Input).value = str(doc)  # the one .doc, not the folder
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PathDialog), "the .doc was taken; now where the table goes"
        out = Path(app.screen.query_one("#path", Input).value)
        await pilot.press("enter")
        await _finish(pilot, "paperwork")
        assert isinstance(app.screen, ExportedDialog)
    table = read_table(out)
    assert [(r.location, r.unit) for r in table.rows] == [("4.1", "华东养老服务研究院")]
    assert "建议写明职责由谁确定。" in table.rows[0].content


async def test_ctrl_r_previews_the_composed_draft_read_only(project_path: Path, checklist) -> None:
    """Issue 9 item 9: the draft as Markdown, unsaved edits included, from a key and from the palette."""
    from textual.widgets import Markdown

    from authoring.tui.screens.preview import PreviewScreen

    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        app.session.set_provisions("5.2", ["宜明确员工职责。"])  # not saved
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, PreviewScreen)
        await _finish(pilot, "preview")
        screen = app.screen
        assert screen.markdown == document_to_markdown(app.session.compose())
        assert "宜明确员工职责。" in screen.markdown
        assert "1 范围" in screen_text(app), "the draft is drawn on screen"
        assert screen.query_one(Markdown).children, "as rendered Markdown blocks"
        await pilot.press("x")  # nothing to type into
        assert screen.markdown == document_to_markdown(app.session.compose())
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        await _palette(pilot, "预览草案")
        assert isinstance(app.screen, PreviewScreen)
        app.session = None


async def test_ctrl_g_in_a_new_session_offers_the_newest_table_beside_the_project(project_path: Path, checklist) -> None:
    from authoring.paperwork.table import ResolutionTable, Row, table_bytes
    from authoring.tui.screens.resolution import ResolutionTableScreen

    folder = project_path.parent / "返回意见"
    folder.mkdir()
    long = "建议将培训时间提高到32 h，并写明培训内容、考核方式和记录保存期限，" * 3
    out = folder / "意见汇总处理表.docx"
    out.write_bytes(table_bytes(ResolutionTable(title="养老机构卓越服务指南", rows=[
        Row(location="5.2", content=long, unit="华东养老服务研究院", decision="采纳")]), "docx"))
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert Path(app.screen.query_one("#path", Input).value) == out
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ResolutionTableScreen)
        rows = screen.query_one("#table-rows", DataTable)
        assert rows.get_row_at(0)[3:5] == ["华东养老服务研究院", "采纳"]
        text = screen_text(app)
        assert any("华东养老服务" in line and "采纳" in line for line in text.splitlines()), \
            "a long comment wraps in its cell; the unit and the decision stay on screen beside it"


async def test_ctrl_t_waits_while_a_comments_run_writes_the_same_table(project_path: Path, checklist) -> None:
    """The studio takes the table's lock as the comments command does: while a run there holds it, the studio writes
    nothing (each would have read the table as it was, and the last write would have lost the other's rows)."""
    import fcntl

    from authoring.paperwork.table import lock_of

    folder = _returned_copies(project_path, checklist)
    out = folder / "意见汇总处理表.docx"
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        with open(lock_of(out), "a+b") as held:
            fcntl.flock(held.fileno(), fcntl.LOCK_EX)
            await pilot.press("ctrl+t")
            await pilot.pause()
            app.screen.query_one("#path", Input).value = str(folder)
            await pilot.press("enter")
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause(0.8)
            assert not out.exists(), "written while another run held the table"
            fcntl.flock(held.fileno(), fcntl.LOCK_UN)
        await _finish(pilot, "paperwork")
        assert isinstance(app.screen, ExportedDialog)
    assert out.is_file() and not lock_of(out).exists()
