"""End-to-end studio flows: a new project to a Word draft, and checking a draft."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Input, SelectionList, TextArea

from authoring.project import load_project
from authoring.tui.app import StudioApp
from authoring.tui.config import load_recent
from authoring.tui.dialogs.new_project import NewProjectDialog
from authoring.tui.dialogs.path import PathDialog
from authoring.tui.screens.author import AuthorScreen
from authoring.tui.screens.check import CheckScreen
from authoring.tui.screens.start import StartScreen


async def _finish(pilot, group: str) -> None:
    """Wait for the studio's workers of ``group`` (a DirectoryTree's loader never finishes)."""
    for worker in [w for w in pilot.app.workers if w.group == group]:
        await worker.wait()
    await pilot.pause()


async def _exported(pilot, out: Path):
    """Confirm the export's path dialog, wait for the export and return the dialog that says where it went."""
    from authoring.tui.dialogs.exported import ExportedDialog

    await pilot.press("enter")
    await pilot.pause()
    await _finish(pilot, "export")
    assert out.is_file()
    dialog = pilot.app.screen
    assert isinstance(dialog, ExportedDialog)
    return dialog


async def _export_by_key(project_path: Path, checklist, key: str) -> Path:  # noqa: ANN001
    """Open the project, press ``key`` (F5 draft, F6 skeleton), accept the proposed path and wait for the
    file; the file written."""
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press(key)
        await pilot.pause()
        out = Path(app.screen.query_one("#path", Input).value)
        await _exported(pilot, out)
    return out


def _docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(parts)


async def test_new_project_to_word_draft(studio_env: Path, checklist) -> None:
    app = StudioApp(None, checklist=checklist, autosave_delay=0.05)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NewProjectDialog)
        app.screen.query_one("#title", Input).value = "社区助餐服务指南"
        orgs = app.screen.query_one("#organisations", Input)
        orgs.value = "某某养老服务中心、某某协会"
        orgs.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PathDialog)
        project = studio_env / "助餐.yaml"
        app.screen.query_one("#path", Input).value = str(project)
        await pilot.press("enter")
        await pilot.pause()
        author = app.screen
        assert isinstance(author, AuthorScreen)
        assert project.is_file()

        author.select_item("5.2")
        await pilot.pause()
        methods = author.query_one("#methods", SelectionList)
        methods.focus()
        await pilot.press("space", "down", "space")
        area = author.query_one("#provisions", TextArea)
        area.focus()
        area.insert("宜明确助餐员工的职责和权限。")
        await pilot.press("enter")
        area.insert("宜每月收集老年人对餐食的反馈。")
        await pilot.pause(app.edit_delay + 0.2)
        assert app.session.entry("5.2").methods == ["5.2.a", "5.2.b"]
        assert app.session.entry("5.2").status == "addressed"

        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, PathDialog)
        out = studio_env / "助餐.docx"
        app.screen.query_one("#path", Input).value = str(out)
        await pilot.press("enter")
        await pilot.pause()
        await _finish(pilot, "export")
        await pilot.press("ctrl+s")
        await pilot.pause()

    assert out.is_file()
    text = _docx_text(out)
    assert "社区助餐服务指南" in text
    assert "宜明确助餐员工的职责和权限。" in text
    assert "宜每月收集老年人对餐食的反馈。" in text
    saved = load_project(project).project
    assert saved.version == 2 and saved.metadata.drafting_units == ["某某养老服务中心", "某某协会"]
    # A new project's outline follows the guide's arrangement: what is typed for 5.2 is the text
    # of its clause (员工赋权和参与), and the item links to it.
    entry = saved.entry("5.2")
    clause = next(c for c in saved.body.clauses[4].children if c.title == "员工赋权和参与")
    assert entry.accepted_links() == [clause.id] and entry.methods == ["5.2.a", "5.2.b"] and not entry.provisions
    assert [b.text for b in clause.blocks] == ["宜明确助餐员工的职责和权限。", "宜每月收集老年人对餐食的反馈。"]
    assert str(project.resolve()) in load_recent()


def _draft(path: Path, checklist) -> None:
    from authoring.docx.write import write_docx
    from authoring.project import compose, new_project

    pf = new_project("养老机构服务规范", kind="GB/T", function="规范", checklist=checklist, version=1)
    pf.set_provisions("5.2", ["应明确员工职责，对员工赋权，鼓励员工参与服务改进。"])
    pf.set_status("5.2", "addressed")
    write_docx(compose(pf.project, checklist), path)


async def _only_check(pilot) -> None:
    """A draft given to the studio opens as a project: Escape at the question where to save it only checks it."""
    assert isinstance(pilot.app.screen, PathDialog)
    await pilot.press("escape")
    await pilot.pause()


async def test_check_a_draft_fills_the_tables(studio_env: Path, checklist) -> None:
    draft = studio_env / "draft.docx"
    _draft(draft, checklist)
    app = StudioApp(draft, checklist=checklist)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PathDialog)  # a draft opens as a project; Escape only checks it
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CheckScreen)
        await _finish(pilot, "check")
        coverage = app.screen.query_one("#coverage-table", DataTable)
        assert coverage.row_count == len(list(checklist.items()))
        assert app.screen.result is not None
        assert app.screen.query_one("#findings-table", DataTable).row_count == len(app.screen.result.findings)
        status_of = {row.value: coverage.get_row(row)[1] for row in coverage.rows}
        assert status_of["5.2"] != status_of["6.4"], "the addressed item and an absent one differ"

        await pilot.press("f7")
        await pilot.pause()
        report = studio_env / "draft.report.json"
        assert isinstance(app.screen, PathDialog)
        app.screen.query_one("#path", Input).value = str(report)
        await pilot.press("enter")
        await pilot.pause()
    import json

    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["schema"] == "stdauthor.check/1"
    assert {i["id"] for i in data["coverage"]["items"]} == {i.id for i in checklist.items()}


async def test_an_unreadable_file_is_said_before_any_question(studio_env: Path, checklist) -> None:
    """A file that is no Word draft is said on one line at once, before the question where to save a
    project for it (QA pass 6: the question came first, and the file joined the recent files)."""
    from authoring.tui.config import load_recent

    bad = studio_env / "not-a-draft.docx"
    bad.write_bytes(b"%PDF-1.4 this is not a Word file")
    app = StudioApp(bad, checklist=checklist)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert not isinstance(app.screen, PathDialog)
        [message] = [n.message for n in app._notifications if n.severity == "error"]
        assert "not-a-draft.docx" in message and "\n" not in message and app.is_running
    assert bad not in [Path(p) for p in load_recent()]


async def test_dashboard_jumps_to_what_a_row_concerns(project_path: Path, checklist) -> None:
    from textual.widgets import OptionList

    from authoring.tui.screens.dashboard import DashboardScreen
    from authoring.tui.screens.metadata import MetadataScreen

    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("f4")
        await _finish(pilot, "dashboard")
        dash = app.screen
        assert isinstance(dash, DashboardScreen)
        missing = dash.query_one("#dash-missing", OptionList)
        assert missing.option_count >= len(dash.result.coverage.missing()) > 0
        missing.focus()
        missing.highlighted = 2
        target = missing.get_option_at_index(2).id
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen) and app.screen.current == target

        await pilot.press("f4")
        await _finish(pilot, "dashboard")
        findings = app.screen.query_one("#dash-findings", DataTable)
        front = [i for i, f in enumerate(app.screen.result.findings) if f.location == "前言"]
        assert front, "a fresh project still has placeholders in its 前言"
        findings.focus()
        findings.move_cursor(row=front[0])
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MetadataScreen)


async def test_dashboard_lists_items_still_to_write_whose_words_stand_elsewhere(project_path: Path, checklist) -> None:
    from textual.widgets import OptionList

    from authoring.tui.screens.dashboard import DashboardScreen

    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        # Written under 4.3 only, but in 7.1's words too: 7.1 is addressed by the draft, not written.
        app.session.set_provisions("4.3", ["养老机构应明确服务对象和顾客需求，并每年开展一次评价。"])
        await pilot.press("f4")
        await _finish(pilot, "dashboard")
        dash = app.screen
        assert isinstance(dash, DashboardScreen)
        assert "7.1" not in {i.id for i in dash.result.coverage.missing()}
        missing = dash.query_one("#dash-missing", OptionList)
        shown = {missing.get_option_at_index(k).id: str(missing.get_option_at_index(k).prompt)
                 for k in range(missing.option_count)}
        assert "待写" in shown["7.1"] and "4.3" not in shown
        assert "待写" not in shown["6.4"]  # missing from the draft altogether


async def test_check_writes_an_annotated_copy(studio_env: Path, checklist) -> None:
    draft = studio_env / "draft.docx"
    _draft(draft, checklist)
    before = draft.read_bytes()
    app = StudioApp(draft, checklist=checklist)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await _only_check(pilot)
        await _finish(pilot, "check")
        await pilot.press("f8")
        await pilot.pause()
        assert isinstance(app.screen, PathDialog)
        assert app.screen.query_one("#path", Input).value == str(studio_env / "draft.annotated.docx")
        await pilot.press("enter")
        await pilot.pause()
    annotated = studio_env / "draft.annotated.docx"
    assert annotated.is_file() and draft.read_bytes() == before
    import docx

    assert len(docx.Document(str(annotated)).comments) >= 1


async def test_skeleton_export_holds_every_item(project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, PathDialog)
        out = Path(app.screen.query_one("#path", Input).value)
        assert out.name == "养老服务指南-skeleton.docx"
        await pilot.press("enter")
        await pilot.pause()
        await _finish(pilot, "export")
    text = _docx_text(out)
    assert all(item.title_zh in text for item in checklist.items())


async def test_export_with_errors_offers_to_look_first(project_path: Path, checklist, monkeypatch) -> None:
    """F5 on a draft with errors says how many and offers the findings before writing anything."""
    import authoring.lint
    from authoring.results import Finding
    from authoring.tui.dialogs.confirm import ChoiceDialog
    from authoring.tui.screens.dashboard import DashboardScreen

    real_lint = authoring.lint.run_lint

    def lint_with_an_error(doc, **kwargs):  # the rules change; the studio's answer to an error must not
        error = Finding(rule="test.error", severity="error", location="5.1", message="一个错误。")
        return [*real_lint(doc, **kwargs), error]

    monkeypatch.setattr(authoring.lint, "run_lint", lint_with_an_error)
    pf = load_project(project_path)
    pf.set_provisions("5.2", ["宜明确员工职责。"])
    pf.set_status("5.2", "addressed")
    pf.save()
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog), "errors are announced before the draft is written"
        question = str(app.screen.query_one(".question").content)
        assert "1个错误" in question
        await pilot.press("enter")  # the first choice: look first
        await _finish(pilot, "dashboard")
        assert isinstance(app.screen, DashboardScreen)
        assert app.screen.query_one("#dash-findings", DataTable).row_count >= 1
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        await pilot.press("f5")
        await pilot.pause()
        await pilot.press("tab", "enter")  # export anyway
        await pilot.pause()
        assert isinstance(app.screen, PathDialog)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("f5")
        await pilot.pause()
        await pilot.press("escape")  # neither
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        assert not list(project_path.parent.glob("*.docx"))


async def test_export_without_errors_goes_straight_to_the_file_name(project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, PathDialog)


async def test_the_export_message_shows_the_whole_path_to_copy(project_path: Path, checklist, monkeypatch) -> None:
    """At 80×24 the written path is shown whole (CJK and all), can be selected, and copied with one key."""
    from tests.tui.conftest import fully_shown

    copied: list[str] = []
    monkeypatch.setattr(StudioApp, "copy_to_clipboard", lambda self, text: copied.append(text))
    folder = project_path.parent / "养老机构卓越服务指南（征求意见稿）工作组讨论材料" / "第二次会议"
    folder.mkdir(parents=True)
    out = folder / "养老机构卓越服务指南征求意见稿.docx"
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f6")  # the skeleton: no findings question on the way
        await pilot.pause()
        app.screen.query_one("#path", Input).value = str(out)
        dialog = await _exported(pilot, out)
        shown = dialog.query_one("#exported-path")
        assert fully_shown(shown, str(out)), "the whole path is on screen"
        await pilot.press("c")
        assert copied == [str(out)]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        app.session = None


async def test_skeleton_export_uses_the_projects_metadata_and_leaves_out_not_applicable(
        project_path: Path, checklist) -> None:
    """F6: the cover and 前言 say what the metadata says, and an item marked not applicable is left out."""
    pf = load_project(project_path)
    pf.set_metadata(number="45678", year="2027", draft_date="2026-11-30", proposer="中华人民共和国民政部")
    pf.set_status("6.4", "not-applicable", "本服务不签订协议。")
    pf.save()
    text = _docx_text(await _export_by_key(project_path, checklist, "f6"))
    assert "GB/T 45678—2027" in text and "XXXXX" not in text
    assert "本草案完成时间：2026-11-30" in text
    assert "中华人民共和国民政部提出" in text and "××提出" not in text
    assert checklist.item("6.4").title_zh not in text
    assert checklist.item("7.1").title_zh in text


async def test_the_draft_exported_from_the_studio_carries_the_committees_decisions(
        project_path: Path, checklist, monkeypatch) -> None:
    """QA pass 5: F5 wrote the draft without the decisions ``stdauthor build`` stores, so a check of it
    called the not-applicable item covered and an import of it lost every decision. It carries them now."""
    from authoring.check import check_file
    from authoring.docx._decisions import read_decisions

    monkeypatch.setattr("authoring.lint.run_lint", lambda doc, **kwargs: [])  # straight to the file name
    pf = load_project(project_path)
    pf.set_status("6.4", "not-applicable", "本服务不签订协议。")
    pf.save()
    out = await _export_by_key(project_path, checklist, "f5")
    decisions = read_decisions(out)
    assert decisions is not None and decisions.items["6.4"].status == "not-applicable"
    assert decisions.items["6.4"].reason == "本服务不签订协议。"
    agreement = next(i for i in check_file(str(out), checklist).coverage.items if i.id == "6.4")
    assert agreement.status == "not-applicable" and agreement.reason == "本服务不签订协议。"


def _lint_with_a_finding_at(monkeypatch, location: str) -> None:
    import authoring.lint
    from authoring.results import Finding

    real_lint = authoring.lint.run_lint

    def lint(doc, **kwargs):
        return [*real_lint(doc, **kwargs), Finding(rule="test.warning", severity="warning", location=location,
                                                  message="一个警告。")]

    monkeypatch.setattr(authoring.lint, "run_lint", lint)


async def _finding_row(pilot, location: str) -> list:
    from authoring.tui.screens.dashboard import DashboardScreen

    await pilot.press("f4")
    await _finish(pilot, "dashboard")
    dash = pilot.app.screen
    assert isinstance(dash, DashboardScreen)
    table = dash.query_one("#dash-findings", DataTable)
    labels = [str(c.label) for c in table.columns.values()]
    assert labels[1:3] == ["草案条款", "指南条目"]
    index = next(i for i, f in enumerate(dash.result.findings) if f.rule == "test.warning")
    table.focus()
    table.move_cursor(row=index)
    await pilot.pause()
    return [str(cell) for cell in table.get_row_at(index)]


async def test_f4_shows_the_drafts_clause_and_the_guides_item(project_path: Path, checklist, monkeypatch) -> None:
    """Issue 9 item 12: the draft numbers 5.2's clause 4.1; F4 shows both numbers."""
    _lint_with_a_finding_at(monkeypatch, "4.1")
    pf = load_project(project_path)
    pf.set_provisions("5.2", ["宜明确员工职责。"])
    pf.set_status("5.2", "addressed")
    pf.save()
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        row = await _finding_row(pilot, "4.1")
        assert row[1:3] == ["4.1", "5.2"]
        await pilot.press("enter")  # the row's item
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen) and app.screen.current == "5.2"


async def test_f4_shows_the_guides_items_linked_to_a_clause_of_the_authors_outline(
        studio_env: Path, checklist, monkeypatch) -> None:
    from authoring.docx.read import read_docx
    from authoring.docx.write import write_docx
    from authoring.project.importer import import_draft
    from tests.docx import reader_builders as rb

    _lint_with_a_finding_at(monkeypatch, "4.1")
    draft = studio_env / "养老服务.docx"
    write_docx(read_docx(rb.typed_shape(studio_env / "typed.docx")), draft)
    project = studio_env / "养老服务.yaml"
    pf, _ = import_draft(draft, checklist)
    pf.save(project)
    pf = load_project(project)
    pf.toggle_link("5.2", "c4-1")
    pf.save()
    app = StudioApp(project, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        row = await _finding_row(pilot, "4.1")
        assert row[1:3] == ["4.1", "5.2"]


async def test_reports_of_someone_elses_draft_default_to_the_working_folder(studio_env: Path, checklist, tmp_path: Path) -> None:
    shared_folder = tmp_path / "shared-drafts"
    shared_folder.mkdir()
    draft = shared_folder / "draft.docx"
    _draft(draft, checklist)
    app = StudioApp(draft, checklist=checklist)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await _only_check(pilot)
        await _finish(pilot, "check")
        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, PathDialog)
        start = Path(app.screen.query_one("#path", Input).value)
        assert start.parent == studio_env and start.name == "draft.report.md"


async def test_check_screen_says_what_the_report_formats_say_before_the_figures(studio_env: Path, checklist) -> None:
    """A draft with no GB/T 1.1 skeleton: the check screen's summary carries the notice the
    text, JSON and Markdown reports give, not a bare percentage."""
    from tests.docx.reader_builders import plain_docx

    plain = plain_docx(studio_env / "rules.docx",
                       ("养老机构服务管理办法", "机构应建立员工培训制度。", "对投诉在24小时内响应。", "机构应建立服务创新激励机制。"))
    app = StudioApp(plain, checklist=checklist)
    async with app.run_test(size=(100, 32)) as pilot:
        await _checked(pilot)
        summary = str(app.screen.query_one("#check-summary").content)
        assert "未发现 GB/T 1.1 结构" in summary and "覆盖度" in summary


async def _checked(pilot) -> None:  # noqa: ANN001
    """Run the studio's check alone and wait for its result."""
    await pilot.pause()
    await _only_check(pilot)
    await _finish(pilot, "check")
    assert pilot.app.screen.result is not None


async def test_check_screen_scores_nothing_where_coverage_read_no_provision(studio_env: Path, checklist) -> None:
    """A draft whose chapters after 2 could not be read (round 197's YD/T 1522.4 from its PDF's text layer): the
    check screen gives no percentage and judges no item, as the reports do, and says why."""
    from tests.docx.reader_builders import plain_docx

    draft = plain_docx(studio_env / "converted.docx", (
        "会话初始协议（SIP）技术要求", "1 范围", "本部分规定了软交换网络支持的SIP消息的格式和内容。", "2", "规范性引用文件",
        "下列文件中的条款通过本部分的引用而成为本部分的条款。", "YD/T 1522.1—2006 会话初始协议（SIP）技术要求 第1部分：基本的会话初始协议",
        *["软交换设备应支持INVITE、ACK、BYE和CANCEL请求，并在收到请求后及时给出响应。"] * 30))
    app = StudioApp(draft, checklist=checklist)
    async with app.run_test(size=(100, 32)) as pilot:
        await _checked(pilot)
        summary = str(app.screen.query_one("#check-summary").content)
        assert "覆盖分析没有读到条文" in summary and "覆盖度" not in summary
        table = app.screen.query_one("#coverage-table")
        assert {str(table.get_row_at(i)[1]) for i in range(table.row_count)} == {"未判断"}
        app.screen._show_evidence("4.1")
        await pilot.pause()
        assert "覆盖分析没有读到条文" in str(app.screen.query_one("#evidence").content)


async def test_check_screen_says_which_items_are_partial_by_likeness(studio_env: Path) -> None:
    """A regulation in its own words: items no cue reaches but a clause reads like are listed above
    the figures, and their evidence says no cue matched."""
    import docx

    plain = studio_env / "regulation.docx"
    document = docx.Document()
    for line in ("某市失业保险条例",
                 "第一条 为了保障失业人员失业期间的基本生活，促进其再就业，根据有关法律、行政法规，结合本市实际，制定本条例。",
                 "第二条 县级以上人民政府应当将失业保险工作纳入国民经济和社会发展规划，保障失业人员基本生活。",
                 "第三条 任何单位和个人不得挪用失业保险基金。",
                 # the public's 参与决策 is no staff involvement (5.2): a cue, doubted
                 "第四条 对涉及公众利益调整、需要公众广泛知晓或者需要公众参与决策的失业保险政策，经办机构应当主动公开。"):
        document.add_paragraph(line)
    document.save(str(plain))
    from authoring.checklist import load_packs

    app = StudioApp(plain, checklist=load_packs()["excellence-guide"])  # the guide its likeness model is for
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await _only_check(pilot)
        await _finish(pilot, "check")
        result = app.screen.result
        similar = [i.id for i in result.coverage.items if any(e.basis == "similar" for e in i.evidence)]
        assert similar
        summary = str(app.screen.query_one("#check-summary").content)
        assert "与其他标准中读者为该条标出的原文相近，判为部分覆盖" in summary and similar[0] in summary
        app.screen._show_evidence(similar[0])
        await pilot.pause()
        assert "未命中关键词" in str(app.screen.query_one("#evidence").content)
        doubted = [i.id for i in result.coverage.items if any(e.basis == "unlike" for e in i.evidence)]
        assert "5.2" in doubted and f"判为缺失（{'、'.join(doubted)}）" in summary
        assert f"{len(similar)}条未命中关键词" in summary, "no space to wrap at between a figure and its unit"
        app.screen._show_evidence("5.2")
        await pilot.pause()
        shown = str(app.screen.query_one("#evidence").content)
        assert "第四条" in shown and "命中关键词，但表述与该条不相近，判为缺失" in shown


async def test_check_screen_says_why_a_partial_item_scores_more_than_a_covered_one(studio_env: Path) -> None:
    """The scores stand beside the statuses in the check screen's table: where a partial item scores
    more than a covered one, the summary says each item has its own bar, naming the pair."""
    import re

    from authoring.checklist import load_packs
    from tests.docx.reader_builders import plain_docx
    from tests.report.test_report_score_note import NOTE, REGULATION

    app = StudioApp(plain_docx(studio_env / "regulation.docx", REGULATION), checklist=load_packs()["excellence-guide"])
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await _only_check(pilot)
        await _finish(pilot, "check")
        summary = re.sub(r"\s+", "", str(app.screen.query_one("#check-summary").content))
        found = NOTE.search(summary)
        assert "状态按各条目自己的判据判定" in summary and found
        by_id = {i.id: i for i in app.screen.result.coverage.items}
        assert by_id[found.group(1)].status == "partial" and by_id[found.group(3)].status == "covered"


async def test_check_screen_names_an_untitled_draft_without_a_gap(studio_env: Path) -> None:
    """A draft whose title was not found is named （无标题） in the summary, and a missing number
    leaves no double space before the first ·."""
    from authoring.checklist import load_packs
    from tests.docx.reader_builders import plain_docx
    from tests.report.test_report_score_note import REGULATION

    untitled = plain_docx(studio_env / "untitled.docx", REGULATION[1:])  # the articles without their title
    app = StudioApp(untitled, checklist=load_packs()["excellence-guide"])
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await _only_check(pilot)
        await _finish(pilot, "check")
        assert not app.screen.result.document.title
        summary = str(app.screen.query_one("#check-summary").content)
        assert summary.startswith("（无标题） · 覆盖度"), summary[:40]


async def test_a_project_opened_by_a_relative_name_exports_to_a_path_shown_whole(
        project_path: Path, checklist, monkeypatch) -> None:
    """``studio s.yaml`` in its folder: the save dialog and the message after the export name the folder
    too (they said ``s-skeleton.docx``, nothing of where it went), as does the copied path."""
    from tests.tui.conftest import fully_shown

    copied: list[str] = []
    monkeypatch.setattr(StudioApp, "copy_to_clipboard", lambda self, text: copied.append(text))
    monkeypatch.chdir(project_path.parent)
    out = project_path.parent.resolve() / f"{project_path.stem}-skeleton.docx"
    app = StudioApp(Path(project_path.name), checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, PathDialog)
        assert Path(app.screen.query_one("#path", Input).value) == out
        dialog = await _exported(pilot, out)
        assert fully_shown(dialog.query_one("#exported-path"), str(out)), "the absolute path is on screen"
        await pilot.press("c")
        assert copied == [str(out)]
        app.session = None


def test_the_exported_dialog_shows_a_relative_path_whole(studio_env: Path) -> None:
    """Whatever path it is given, the dialog names the file absolutely."""
    from authoring.tui.dialogs.exported import ExportedDialog

    assert ExportedDialog(Path("s.docx"), "x").path == studio_env.resolve() / "s.docx"
