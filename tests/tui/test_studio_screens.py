"""The studio's screens at 80×24, the help screen, the command palette and the recent-files list."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import DataTable, Footer, ListView

from authoring.tui.app import StudioApp
from authoring.tui.config import RECENT_FILE, add_recent, config_dir, load_recent
from authoring.tui.dialogs.help import HelpScreen
from authoring.tui.screens.author import AuthorScreen
from authoring.tui.screens.check import CheckScreen
from authoring.tui.screens.dashboard import DashboardScreen
from authoring.tui.screens.metadata import MetadataScreen


def _visible(screen, selector: str) -> bool:
    widget = screen.query_one(selector)
    region = widget.region
    return widget.display and region.width > 0 and region.height > 0 and screen.region.contains_region(region)


async def test_narrow_terminal_shows_the_key_widgets(project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AuthorScreen)
        for selector in ("#outline", "#item", "#item-head", "#status", "Footer"):
            assert _visible(screen, selector), selector
        assert screen.query_one("#outline").region.width >= 26
        await pilot.press("f4")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        for selector in ("#dash-bars", "#dash-missing", "#dash-findings"):
            assert _visible(app.screen, selector), selector
        await pilot.press("escape")
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, MetadataScreen)
        assert _visible(app.screen, "#meta-title_zh")
        await pilot.press("escape")
        await pilot.press("f7")
        await pilot.pause()
        assert isinstance(app.screen, CheckScreen)
        for selector in ("#check-path", "#run", "#coverage-table"):
            assert _visible(app.screen, selector), selector


async def test_help_lists_the_keys_of_the_screen_below(project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one("#keys", DataTable)
        actions = {str(table.get_row(key)[1]) for key in table.rows}
        assert {"保存", "元数据", "覆盖情况", "生成 Word", "不适用", "帮助", "退出"} <= actions
        assert ".autosave" in str(app.screen.query_one("#saving-note").content)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)


def test_every_key_has_an_id_and_both_labels() -> None:
    from authoring.tui.dialogs.confirm import ConfirmDialog, QuitDialog
    from authoring.tui.dialogs.new_project import NewProjectDialog
    from authoring.tui.dialogs.not_applicable import NotApplicableDialog
    from authoring.tui.dialogs.path import PathDialog
    from authoring.tui.labels import LABELS
    from authoring.tui.screens.start import StartScreen

    owners = (StudioApp, StartScreen, AuthorScreen, MetadataScreen, DashboardScreen, CheckScreen, HelpScreen,
              ConfirmDialog, QuitDialog, NewProjectDialog, NotApplicableDialog, PathDialog)
    ids = [b.id for owner in owners for b in owner.BINDINGS]
    assert all(ids), "every binding needs an id (users remap keys by id)"
    shown = [b for owner in owners for b in owner.BINDINGS if b.show and b.description]
    assert all(b.id in LABELS for b in shown), [b.id for b in shown if b.id not in LABELS]


async def test_command_palette_offers_screen_actions(project_path: Path, checklist) -> None:
    from authoring.tui.commands import AuthorCommands

    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        provider = AuthorCommands(app.screen)
        names = [str(hit.text) async for hit in provider.discover()]
        assert "生成 Word" in names and "覆盖情况" in names
        assert any("6.4" in name and "协议" in name for name in names)
        hits = [hit async for hit in provider.search("6.4")]
        assert hits
        hits[0].command()
        await pilot.pause()
        assert app.screen.current == "6.4"


def test_recent_files_are_kept_newest_first(studio_env: Path) -> None:
    a, b = studio_env / "a.yaml", studio_env / "b.yaml"
    add_recent(a)
    add_recent(b)
    add_recent(a)
    assert load_recent() == [str(a.resolve()), str(b.resolve())]
    (config_dir() / RECENT_FILE).write_text("{not json", encoding="utf-8")
    assert load_recent() == []
    assert json.loads(json.dumps(add_recent(b))) == [str(b.resolve())]


async def test_start_screen_lists_recent_files(studio_env: Path, project_path: Path, checklist) -> None:
    add_recent(project_path)
    app = StudioApp(None, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        view = app.screen.query_one("#recent", ListView)
        assert [item.name for item in view.children] == [str(project_path.resolve())]
        view.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        assert app.session.path.resolve() == project_path.resolve()


async def test_metadata_palette_switches_tabs(project_path: Path, checklist) -> None:
    from authoring.tui.commands import MetadataCommands

    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("f3")
        await pilot.pause()
        hits = [hit async for hit in MetadataCommands(app.screen).search("术语")]
        assert hits
        hits[0].command()
        await pilot.pause()
        assert app.screen.query_one("#meta-tabs").active == "tab-terms"


async def test_a_failing_analysis_is_shown_not_raised(project_path: Path, checklist, monkeypatch) -> None:
    from authoring.tui.session import Session

    def broken(self):
        raise RuntimeError("analyser bug")

    monkeypatch.setattr(Session, "check", broken)
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("f4")
        await pilot.pause()
        for worker in [w for w in app.workers if w.group == "dashboard"]:
            await worker.wait()
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen) and app.is_running
        assert "analyser bug" in str(app.screen.query_one("#dash-score").content)


async def test_tab_walks_from_the_outline_into_the_fields(project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        app.screen.select_item("5.2")
        await pilot.press("ctrl+o")
        assert app.focused.id == "outline"
        await pilot.press("tab")
        assert app.focused.id == "methods"
        await pilot.press("tab", "tab")
        assert app.focused.id == "provisions"


LONG_METHOD = ("管理层通过授权和职责来鼓励员工，使一线员工在规定的额度和情形内能够当场解决顾客的问题，"
               "并在事后向主管报告处理的经过和结果，以便总结经验、改进服务。")
LONG_POINT = "明确员工职责，赋予员工在服务现场处理顾客投诉和特殊需要的权力，并为其提供必要的资源、信息、培训和支持；"


async def test_methods_readable_without_colour_and_in_full(studio_env: Path) -> None:
    """Issue 9 item 14: [x]/[ ] boxes, a long method wrapped whole, no lone "——" bullet."""
    from authoring.checklist import parse_checklist
    from authoring.project import new_project
    from authoring.records import to_data
    from tests.tui.conftest import fully_shown, screen_text, small_checklist

    data = to_data(small_checklist(), mode="python")
    item = data["chapters"][1]["items"][0]
    item["methods"][0]["text_zh"] = LONG_METHOD
    item["points_zh"] = [LONG_POINT, *item["points_zh"][1:]]
    checklist = parse_checklist(data)
    path = studio_env / "p.yaml"
    pf = new_project("养老机构卓越服务指南", kind="GB/T", function="指南", stage="征求意见稿", checklist=checklist, version=1)
    pf.toggle_method("5.2", "5.2.b")
    pf.save(path)
    app = StudioApp(path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        app.screen.select_item("5.2")
        await pilot.pause()
        text = screen_text(app)
        lines = [line.split("│")[-1].strip() for line in text.splitlines()]
        flat = text.replace(" ", "")  # the screenshot's text drops some spaces
        assert "[]a)管理层" in flat and "[x]b)建立团队建设文化" in flat, text
        assert fully_shown(app.screen.query_one("#methods"), LONG_METHOD), "the long method is on screen whole"
        assert fully_shown(app.screen.query_one("#item-guide"), LONG_POINT)
        assert not any(line.rstrip().endswith(("——", "a)")) for line in lines), "no lone dash or letter"
        methods = app.screen.query_one("#methods")
        methods.focus()
        methods.highlighted = 0
        await pilot.press("space")  # tick a) by key
        await pilot.pause()
        assert "[x]a)管理层" in screen_text(app).replace(" ", "")
        assert sorted(app.session.entry("5.2").methods) == ["5.2.a", "5.2.b"]
        app.session = None


async def test_80x24_labels_footer_new_project_and_check_screen(studio_env: Path) -> None:
    """Issue 9 item 16: at 80×24 the outline's labels and percentages are whole, the footer keeps Ctrl+Q
    and F1, the new-project buttons show without scrolling, and the checker's file tree is narrow."""
    from authoring.checklist import parse_checklist
    from authoring.project import new_project
    from authoring.records import to_data
    from authoring.tui.dialogs.new_project import NewProjectDialog
    from tests.tui.conftest import screen_text, small_checklist

    data = to_data(small_checklist(), mode="python")
    sub = data["chapters"][1]["items"][1]["children"][0]
    sub["title_zh"] = "保持服务适应性和更新"  # among the guide's longest, at the deepest level
    checklist = parse_checklist(data)
    path = studio_env / "p.yaml"
    pf = new_project("养老机构卓越服务指南", kind="GB/T", function="指南", stage="征求意见稿", checklist=checklist, version=1)
    pf.set_provisions("5.6.1", ["宜充分了解顾客当前和未来的需要，保持服务适应性。"])
    pf.set_status("5.6.1", "addressed")
    pf.set_provisions("5.2", ["宜明确员工职责，赋予员工权力。"])
    pf.set_status("5.2", "addressed")
    pf.toggle_method("5.2", "5.2.a")
    pf.save(path)
    app = StudioApp(path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(80, 24)) as pilot:
        outline = await _outline_after_coverage(app, pilot)
        text = screen_text(app)
        labels = [str(outline.node_of(i).label) for i in ("5.2", "5.6.1", "ch:5")]
        assert "%" in labels[0] and "%" in labels[1], labels
        for label in labels:
            assert label.replace(" ", "") in text.replace(" ", ""), (label, text)
        footer = text.splitlines()[-1]
        assert "^q" in footer and "退出" in footer and "f1" in footer and "帮助" in footer, footer

        await pilot.press("f7")
        await pilot.pause()
        assert app.screen.query_one("#check-tree").region.width <= 80 // 5
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("f9")  # new project from the author screen
        await pilot.pause()
        if not isinstance(app.screen, NewProjectDialog):  # unsaved changes: the studio asks first
            await pilot.press("escape")
            await pilot.pause()
        assert isinstance(app.screen, NewProjectDialog), app.screen
        form = app.screen.query_one("#new-project")
        for selector in ("#title", "#stage", "#organisations", "#ok", "#cancel"):
            widget = app.screen.query_one(selector)
            assert form.region.contains_region(widget.region) and widget.region.height >= 1, selector
        assert form.scroll_y == 0
        app.session = None


async def test_every_chinese_outline_label_fits_80_columns(studio_env: Path) -> None:
    """Issue 9 item 16: at 80×24 no Chinese item label of the real guide is cut, even with a
    100 % score shown (the longest is 5.6.1 理解顾客需要、期望和愿望, two levels deep)."""
    from rich.cells import cell_len

    from authoring.checklist import load_packs
    from authoring.project import new_project

    guide = load_packs()["excellence-guide"]
    path = studio_env / "guide.yaml"
    new_project("养老机构卓越服务规范", kind="GB/T", function="规范", checklist=guide, version=1).save(path)
    app = StudioApp(path, checklist=guide, autosave_delay=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        outline = app.screen.query_one("#outline")
        room = outline.scrollable_content_region.width
        for item in guide.items():
            node, depth = outline.node_of(item.id), 0
            while node.parent is not None and node.parent.parent is not None:  # below a chapter
                node, depth = node.parent, depth + 1
            widest = f"✓ {item.id} 100% {item.title('zh')}"
            # each level below a chapter is indented by the guide; an item with children has ▼ too
            need = depth * outline.guide_depth + (2 if item.children else 0) + cell_len(widest)
            assert need <= room, (item.id, need, room)


async def test_a_chapter_with_nothing_written_shows_no_percentage(studio_env: Path, checklist) -> None:
    """QA pass 5: with only 4.1 written the tree said 6 25% 服务内容设计 and 7 7% 评价 while every item
    of them was ○ (words of 4.1 reach them). A chapter none of whose items is written shows none, as an
    item still to do shows none; a chapter with a written item keeps its figure."""
    from authoring.project import new_project

    path = studio_env / "p.yaml"
    pf = new_project("养老机构卓越服务规范", kind="GB/T", function="规范", stage="征求意见稿", checklist=checklist, version=1)
    pf.set_provisions("4.3", ["应识别老年人的需求，在服务前与其签订服务协议，并定期评价服务。"])
    pf.set_status("4.3", "addressed")
    pf.save(path)
    app = StudioApp(path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(120, 36)) as pilot:
        outline = await _outline_after_coverage(app, pilot)
        labels = {c: str(outline.node_of(f"ch:{c}").label) for c in ("4", "6", "7")}
        assert "%" in labels["4"], labels
        assert "%" not in labels["6"] and "%" not in labels["7"], labels
        app.session = None


async def _outline_after_coverage(app: StudioApp, pilot):  # noqa: ANN202
    """The author screen's tree once the first coverage has been computed."""
    await pilot.pause()
    for worker in [w for w in app.workers if w.group == "coverage"]:
        await worker.wait()
    await pilot.pause()
    return app.screen.query_one("#outline")
