"""Studio behaviour on a project: not-applicable needs a reason, autosave, recovery, quitting, language."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import Input, Label, OptionList, SelectionList, TextArea

from authoring.project import load_project
from authoring.tui.app import StudioApp
from authoring.tui.dialogs.confirm import ConfirmDialog, QuitDialog
from authoring.tui.dialogs.not_applicable import NotApplicableDialog
from authoring.tui.screens.author import AuthorScreen
from authoring.tui.session import Session
from authoring.tui.widgets.item_panel import ItemPanel
from authoring.tui.widgets.methods import MethodList
from authoring.tui.widgets.prose import Prose


async def _until(pilot, condition, limit: float = 5.0) -> None:
    """Let the app run until ``condition()`` holds (timers fire on their own schedule)."""
    waited = 0.0
    while not condition() and waited < limit:
        await pilot.pause(0.05)
        waited += 0.05


async def _open(pilot) -> AuthorScreen:
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, AuthorScreen)
    return screen


async def _type(pilot, item_id: str, text: str) -> TextArea:
    """Select ``item_id`` and type ``text`` into its provisions; the editor."""
    author = await _open(pilot)
    author.select_item(item_id)
    await pilot.pause()
    area = author.query_one("#provisions", TextArea)
    area.focus()
    area.insert(text)
    return area


async def test_not_applicable_needs_a_reason(project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        author = await _open(pilot)
        author.select_item("6.4")
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, NotApplicableDialog)
        await pilot.press("enter")  # empty reason
        await pilot.pause()
        assert isinstance(app.screen, NotApplicableDialog), "an empty reason must be refused"
        assert str(app.screen.query_one("#reason-error", Label).content)
        app.screen.query_one("#reason", Input).value = "本标准不涉及服务协议"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        assert app.session.entry("6.4").status == "not-applicable"
        assert str(author.query_one("#outline").node_of("6.4").label).startswith("–")
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = load_project(project_path).project.entry("6.4")
    assert (saved.status, saved.reason) == ("not-applicable", "本标准不涉及服务协议")


async def test_autosave_writes_the_sidecar_and_recovery_restores_it(project_path: Path, checklist) -> None:
    sidecar = Session.sidecar_of(project_path)
    original = project_path.read_bytes()
    app = StudioApp(project_path, checklist=checklist, autosave_delay=0.05)
    async with app.run_test(size=(100, 32)) as pilot:
        await _type(pilot, "5.2", "宜明确员工职责。")
        assert not sidecar.exists()
        await _until(pilot, sidecar.is_file)  # edit delay (0.3 s), then the autosave delay
        assert sidecar.is_file(), "autosave should have written the sidecar"
        assert project_path.read_bytes() == original, "autosave must not touch the project file"
        # Simulate a crash: stop without saving and without the quit dialog.
        app.session = None
        app.exit()
    assert "宜明确员工职责。" in sidecar.read_text(encoding="utf-8")
    assert Session.has_recovery(project_path)

    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.click("#yes")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        assert app.session.entry("5.2").provisions == ["宜明确员工职责。"]
        assert app.session.dirty
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert not sidecar.exists(), "saving removes the autosave"
    assert load_project(project_path).project.entry("5.2").provisions == ["宜明确员工职责。"]


async def test_leaving_an_item_autosaves_at_once(project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        author = await _open(pilot)
        author.select_item("5.2")
        await pilot.pause()
        methods = author.query_one("#methods", SelectionList)
        methods.focus()
        await pilot.press("space")
        await pilot.pause()
        assert app.session.entry("5.2").methods == ["5.2.a"]
        assert not Session.sidecar_of(project_path).exists()
        author.select_item("6.4")
        await pilot.pause()
        assert Session.sidecar_of(project_path).exists()
        app.session.discard_autosave()
        app.session = None


async def test_quit_with_unsaved_changes_asks(project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        author = await _open(pilot)
        author.select_item("7.1")
        await pilot.pause()
        author.query_one("#provisions", TextArea).insert("宜制定评价方法。")
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitDialog)
        await pilot.click("#cancel")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen) and app.is_running
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.click("#save")
        await pilot.pause()
    assert load_project(project_path).project.entry("7.1").provisions == ["宜制定评价方法。"]


async def test_quit_without_changes_does_not_ask(project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await _open(pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running


async def test_language_toggle_relabels(project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        author = await _open(pilot)
        author.select_item("5.2")
        await pilot.pause()
        label = author.query_one("#provisions-label", Label)
        before = str(label.content)
        head_before = str(author.query_one("#item-head").content)
        await pilot.press("f2")
        await pilot.pause()
        assert str(label.content) != before and "Provisions" in str(label.content)
        assert "Employee empowerment" in str(author.query_one("#item-head").content) != head_before
        descriptions = {b.description for items in author._bindings.key_to_bindings.values() for b in items}
        assert "Save" in descriptions
        await pilot.press("f2")
        await pilot.pause()
        assert str(label.content) == before


async def test_metadata_is_validated_as_typed(project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await _open(pilot)
        await pilot.press("f3")
        await pilot.pause()
        ics = app.screen.query_one("#meta-ics", Input)
        ics.value = "03.08"
        await pilot.pause()
        assert str(app.screen.query_one("#err-ics", Label).content), "a bad ICS code shows an error"
        assert app.session.project.metadata.ics == ""
        ics.value = "03.080.30"
        await pilot.pause()
        assert str(app.screen.query_one("#err-ics", Label).content) == ""
        assert app.session.project.metadata.ics == "03.080.30"
        title = app.screen.query_one("#meta-title_zh", Input)
        title.value = ""
        await pilot.pause()
        assert str(app.screen.query_one("#err-title_zh", Label).content)
        assert app.session.project.metadata.title_zh == "养老机构卓越服务指南"

        screen = app.screen
        screen.query_one("#meta-tabs").active = "tab-references"
        await pilot.pause()
        designation = screen.query_one("#ref-designation", Input)
        designation.value = "15624"
        designation.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert str(screen.query_one("#err-ref", Label).content)
        assert app.session.project.normative_references == []
        designation.value = "GB/T 15624"
        screen.query_one("#ref-title", Input).value = "服务标准化工作指南"
        await pilot.press("enter")
        await pilot.pause()
        assert [(r.designation, r.title) for r in app.session.project.normative_references] == [
            ("GB/T 15624", "服务标准化工作指南")]

        screen.query_one("#meta-tabs").active = "tab-terms"
        await pilot.pause()
        screen.query_one("#term-zh", Input).value = "卓越服务"
        screen.query_one("#term-en", Input).value = "excellent service"
        screen.query_one("#term-definition", Input).value = "创造卓越顾客体验的服务。"
        await _focus(pilot, screen, "#term-definition")
        await pilot.press("enter")
        await pilot.pause()
        assert [(t.zh, t.en) for t in app.session.project.terms] == [("卓越服务", "excellent service")]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        app.session = None


async def test_indicators_and_sentence_starts(project_path: Path, checklist) -> None:
    from textual.widgets import DataTable, OptionList

    app = StudioApp(project_path, checklist=checklist, autosave_delay=60, edit_delay=0.01)
    async with app.run_test(size=(100, 32)) as pilot:
        author = await _open(pilot)
        author.select_item("5.2")
        await pilot.pause()
        starts = author.query_one("#starts", OptionList)
        first = str(starts.get_option_at_index(0).prompt)
        assert first.startswith("宜"), "a 指南 suggests 宜"
        starts.focus()
        starts.highlighted = 0
        await pilot.press("enter")
        await _until(pilot, lambda: app.session.entry("5.2").provisions)
        assert app.session.entry("5.2").provisions == [first]

        author.query_one("#ind-name", Input).value = "响应时间"
        author.query_one("#ind-value", Input).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert str(author.query_one("#indicator-error", Label).content), "a value is required"
        assert app.session.entry("5.2").indicators == []
        author.query_one("#ind-value", Input).value = "≤15"
        author.query_one("#ind-unit", Input).value = "min"
        await pilot.press("enter")
        author.query_one("#ind-name", Input).value = "满意度"
        author.query_one("#ind-value", Input).value = "≥90"
        author.query_one("#ind-unit", Input).value = "%"
        await pilot.press("enter")
        await pilot.pause()
        assert [(i.name, i.value, i.unit) for i in app.session.entry("5.2").indicators] == [
            ("响应时间", "≤15", "min"), ("满意度", "≥90", "%")]
        table = author.query_one("#indicators", DataTable)
        assert table.row_count == 2
        table.move_cursor(row=0)
        await pilot.click("#ind-remove")
        await pilot.pause()
        assert [i.name for i in app.session.entry("5.2").indicators] == ["满意度"]
        app.session = None


async def test_a_specification_suggests_shall(studio_env: Path, checklist) -> None:
    from textual.widgets import OptionList

    from authoring.project import new_project

    path = studio_env / "规范.yaml"
    new_project("养老机构服务规范", kind="GB/T", function="规范", checklist=checklist, version=1).save(path)
    app = StudioApp(path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        author = await _open(pilot)
        author.select_item("5.2")
        await pilot.pause()
        starts = author.query_one("#starts", OptionList)
        prompts = [str(starts.get_option_at_index(i).prompt) for i in range(starts.option_count)]
        assert prompts and all(p.startswith("应") for p in prompts)


async def test_closing_the_project_returns_to_start(project_path: Path, checklist) -> None:
    from authoring.tui.screens.start import StartScreen

    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        author = await _open(pilot)
        author.select_item("4.3")
        await pilot.pause()
        author.query_one("#provisions", TextArea).insert("宜明确服务对象。")
        await pilot.press("f10")
        await pilot.pause()
        assert isinstance(app.screen, QuitDialog)
        await pilot.click("#discard")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen) and app.session is None
        assert not Session.sidecar_of(project_path).exists()
    assert load_project(project_path).project.entry("4.3").provisions == []


async def test_not_applicable_asks_first_and_keeps_the_work(project_path: Path, checklist) -> None:
    """Marking an item with written work not applicable asks first; un-marking brings the work back."""
    from authoring.project import compose
    from tests.tui.conftest import fully_shown, type_text

    pf = load_project(project_path)
    pf.set_provisions("5.2", ["宜明确员工职责。"])
    pf.toggle_method("5.2", "5.2.b")
    pf.set_indicators("5.2", [{"name": "培训时长", "value": "≥40", "unit": "h"}])
    pf.set_status("5.2", "addressed")
    pf.save()
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60, edit_delay=0.01)
    async with app.run_test(size=(100, 32)) as pilot:
        author = await _open(pilot)
        author.select_item("5.2")
        await pilot.press("ctrl+o", "tab", "tab", "tab", "end")
        await type_text(pilot, "x")  # typed just before Ctrl+N: still counted as written
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog), "work is set aside only after asking"
        question = str(app.screen.query_one(".question", Prose).content)
        assert "已写有1条条款、1个实施方法、1项指标。" in question
        assert "保留" in question
        assert fully_shown(app.screen.query_one(".question"), question), "the whole question is on screen"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen) and app.session.entry("5.2").status == "addressed"

        await pilot.press("ctrl+n")
        await pilot.pause()
        await pilot.press("enter")  # yes
        await pilot.pause()
        assert isinstance(app.screen, NotApplicableDialog)
        await type_text(pilot, "不涉及")
        await pilot.press("enter")
        await pilot.pause()
        entry = app.session.entry("5.2")
        assert (entry.status, entry.provisions, entry.methods) == ("not-applicable", ["宜明确员工职责。x"], ["5.2.b"])
        assert [i.name for i in entry.indicators] == ["培训时长"]
        assert "员工赋权和参与" not in [c.title for ch in compose(app.session.project, checklist).clauses for c in ch.children]
        assert "保留" in str(author.query_one("#na-status", Prose).content)
        note = author.query_one("#na-status", Prose)
        assert fully_shown(note, str(note.content)), "the whole not-applicable note is on screen"
        from textual.geometry import Region

        for width in range(80, 101, 2):  # wherever the line breaks, it breaks as Chinese is set
            await pilot.resize_terminal(width, 32)
            await pilot.pause()
            rows = [strip.text.strip() for strip in note.render_lines(Region(0, 0, *note.outer_size))]
            assert len([row for row in rows if row]) > 1, "the note takes several rows"
            assert not [row for row in rows[1:] if row[:1] in "，。；、）"], f"a row starts with punctuation: {rows}"
        await pilot.resize_terminal(100, 32)
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        kept = load_project(project_path).project.entry("5.2")
        assert (kept.status, kept.provisions, kept.methods) == ("not-applicable", ["宜明确员工职责。x"], ["5.2.b"])

        await pilot.press("ctrl+n")  # un-mark: nothing to ask, the work is back
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        entry = app.session.entry("5.2")
        assert (entry.status, entry.provisions, entry.methods) == ("addressed", ["宜明确员工职责。x"], ["5.2.b"])
        assert author.query_one("#provisions", TextArea).text == "宜明确员工职责。x"
        assert "员工赋权和参与" in [c.title for ch in compose(app.session.project, checklist).clauses for c in ch.children]
        app.session = None


async def test_sentence_starts_begin_a_provision_and_enter_works_at_once(project_path: Path, checklist) -> None:
    """Enter picks a start without an arrow key first; a whole sentence is a provision, a stub is completed."""
    from textual.widgets import OptionList

    from tests.tui.conftest import type_text

    app = StudioApp(project_path, checklist=checklist, autosave_delay=60, edit_delay=0.01)
    async with app.run_test(size=(100, 32)) as pilot:
        author = await _open(pilot)
        author.select_item("5.2")
        await pilot.press("ctrl+o", "tab", "tab")
        starts = app.focused
        assert isinstance(starts, OptionList) and starts.id == "starts"
        sentence = str(starts.get_option_at_index(0).prompt)
        assert sentence.endswith("。")
        await pilot.press("enter")  # no arrow key pressed before
        await pilot.pause()
        area = author.query_one("#provisions", TextArea)
        assert app.focused is area
        assert area.text.startswith(sentence), "Enter inserted the highlighted start"
        await type_text(pilot, "x")
        assert area.text.splitlines() == [sentence, "x"], "the author's text starts a new provision"

        await pilot.press("shift+tab")
        assert app.focused is starts
        stubs = [i for i in range(starts.option_count) if str(starts.get_option_at_index(i).prompt).endswith("……")]
        for _ in range(stubs[0] - (starts.highlighted or 0)):
            await pilot.press("down")
        stub = str(starts.get_option_at_index(stubs[0]).prompt)
        await pilot.press("enter")
        await pilot.pause()
        await type_text(pilot, "服务制度。")
        assert area.text.splitlines() == [sentence, "x", stub.rstrip("…") + "服务制度。"], "a stub is completed in place"

        await pilot.press("enter")
        await type_text(pilot, "y")
        assert area.text.splitlines()[-1] == "y", "Enter in the editor starts a new line"
        await _until(pilot, lambda: app.session.entry("5.2").provisions == [sentence, "x", stub.rstrip("…") + "服务制度。", "y"])
        assert app.session.entry("5.2").provisions[-1] == "y"
        app.session = None


async def test_the_recovery_question_is_shown_whole(project_path: Path, checklist) -> None:
    """At 120 and at 80 columns, in both languages, the question ends on screen (是否恢复？)."""
    from authoring.i18n import set_lang
    from tests.tui.conftest import fully_shown

    sidecar = Session.sidecar_of(project_path)
    for lang, size in (("zh", (120, 32)), ("zh", (80, 24)), ("en", (80, 24))):
        set_lang(lang)
        sidecar.write_bytes(project_path.read_bytes())
        app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, ConfirmDialog)
            question = app.screen.query_one(".question", Prose)
            assert str(question.content).endswith(("是否恢复？", "Recover them?"))
            assert fully_shown(question, str(question.content)), (lang, size)
            app.session = None


def _front_matter(project_path: Path, references: list[dict], terms: list[dict]) -> None:
    """Give the project file these references and terms (chapters 2 and 3)."""
    pf = load_project(project_path)
    pf.set_field("normative_references", references)
    pf.set_field("terms", terms)
    pf.save()


async def _f3_tab(pilot, tab: str):
    """Open F3 on ``tab`` (references, terms …); the screen."""
    await pilot.pause()
    await pilot.press("f3")
    await pilot.pause()
    screen = pilot.app.screen
    screen.query_one("#meta-tabs").active = f"tab-{tab}"
    await pilot.pause()
    return screen


async def test_terms_and_references_are_edited_in_place(project_path: Path, checklist) -> None:
    """Issue 9 item 6: Enter on a row puts it in the fields; Enter there changes that row; terms have 来源."""
    from textual.widgets import DataTable, Input, Label

    from authoring.project import load_project
    from authoring.project.model import RefEntry, Term
    from tests.tui.conftest import type_text

    _front_matter(project_path, [{"designation": "GB/T 15624", "title": "服务标准化工作指南"},
                                 {"designation": "GB/T 24620", "title": "服务标准制定导则"}],
                  [{"zh": "卓越服务", "definition": "旧定义。", "notes": ["注一。"]}, {"zh": "顾客", "definition": "接受服务的人。"}])
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _f3_tab(pilot, "references")
        refs = screen.query_one("#refs", DataTable)
        refs.focus()
        await pilot.press("down", "enter")  # the second reference
        await pilot.pause()
        title = screen.query_one("#ref-title", Input)
        assert screen.query_one("#ref-designation", Input).value == "GB/T 24620"
        assert title.value == "服务标准制定导则"
        assert "第 2 行" in str(screen.query_one("#hint-ref", Label).content)
        title.focus()
        await pilot.press("end", *["backspace"] * 2)
        await type_text(pilot, "通则")
        await pilot.press("enter")
        await pilot.pause()
        assert app.session.project.normative_references == [
            RefEntry(designation="GB/T 15624", title="服务标准化工作指南"),
            RefEntry(designation="GB/T 24620", title="服务标准制定通则")], "changed in place, nothing added"
        assert screen.query_one("#ref-designation", Input).value == ""

        screen.query_one("#meta-tabs").active = "tab-terms"
        terms = screen.query_one("#terms", DataTable)
        for _ in range(50):  # the tab is shown, and its table can take focus, only after a refresh (slow on a busy machine)
            await pilot.pause()
            terms.focus()
            await pilot.pause()
            if terms.has_focus and terms.row_count == 2:
                break
        assert terms.has_focus
        await pilot.press("enter")  # the first term
        await pilot.pause()
        assert screen.query_one("#term-definition", Input).value == "旧定义。"
        screen.query_one("#term-definition", Input).value = "创造卓越顾客体验的服务。"
        source = screen.query_one("#term-source", Input)
        source.focus()
        await type_text(pilot, "GB/T 47747—2026，3.1")
        await pilot.press("enter")
        await pilot.pause()
        assert app.session.project.terms == [
            Term(zh="卓越服务", definition="创造卓越顾客体验的服务。", notes=["注一。"], source="GB/T 47747—2026，3.1"),
            Term(zh="顾客", definition="接受服务的人。")]
        assert "GB/T 47747—2026，3.1" in [str(c) for c in terms.get_row_at(0)]
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert load_project(project_path).project.terms[0].source == "GB/T 47747—2026，3.1"


async def test_moving_on_fast_from_an_item_with_methods_to_one_without_does_not_crash(project_path: Path, checklist) -> None:
    # In tmux, arrowing fast through the outline and pressing Tab ended the studio with a traceback:
    # the highlight of the previous item's first method arrived after the list had been emptied.
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        author = await _open(pilot)
        without = next(i.id for i in checklist.items() if not i.methods)
        for _ in range(3):
            author.select_item("5.2")
            author.select_item(without)  # no await between: the highlight is still queued
        await pilot.pause()
        await pilot.press("tab")
        await pilot.pause()
        assert app.is_running and app._exception is None


async def _focus(pilot, screen, selector: str) -> None:
    """Focus ``selector`` and wait until it has the focus: keys typed before it lands go to the
    previous field."""
    screen.query_one(selector).focus()
    await _until(pilot, lambda: screen.focused is screen.query_one(selector))


async def test_scope_references_and_terms_of_a_version_2_project_go_into_its_outline(studio_env: Path, checklist) -> None:
    """F3's scope, references and terms tabs edit chapters 1–3 of a version 2 outline, and
    nothing typed there is refused or lost."""
    from textual.widgets import Input

    from authoring.project import load_project, new_project
    from authoring.project.outline_edit import front_values
    from tests.tui.conftest import type_text

    path = studio_env / "v2.yaml"
    new_project("养老机构服务规范", kind="GB/T", function="规范", checklist=checklist).save(path)
    assert load_project(path).version == 2
    app = StudioApp(path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("f3")
        await pilot.pause()
        screen = app.screen
        screen.query_one("#meta-tabs").active = "tab-scope"
        await pilot.pause()
        # the tab puts the cursor in its first field after a refresh: wait for it, or it lands mid-typing
        await _until(pilot, lambda: screen.focused is screen.query_one("#scope"))
        await _focus(pilot, screen, "#scope")
        screen.query_one("#scope").clear()
        await pilot.pause()
        await type_text(pilot, "本文件规定了养老机构的服务要求。")
        await pilot.pause()
        screen.query_one("#meta-tabs").active = "tab-references"
        await pilot.pause()
        # the tab puts the cursor in its first field after a refresh: wait for it, or it lands mid-typing
        await _until(pilot, lambda: screen.focused is screen.query_one("#ref-designation"))
        await _focus(pilot, screen, "#ref-designation")
        await type_text(pilot, "GB/T 35796")
        await _focus(pilot, screen, "#ref-title")
        await type_text(pilot, "养老机构服务质量基本规范")
        await pilot.press("enter")
        await pilot.pause()
        screen.query_one("#meta-tabs").active = "tab-terms"
        await pilot.pause()
        # the tab puts the cursor in its first field after a refresh: wait for it, or it lands mid-typing
        await _until(pilot, lambda: screen.focused is screen.query_one("#term-zh"))
        await _focus(pilot, screen, "#term-zh")
        await type_text(pilot, "卓越服务")
        await _focus(pilot, screen, "#term-definition")
        await type_text(pilot, "超越顾客期望的服务。")
        await pilot.press("enter")
        await pilot.pause()
        assert not [n for n in app._notifications if n.severity == "error"], list(app._notifications)
        await pilot.press("ctrl+s")
        await pilot.pause()
    pf = load_project(path)
    body = pf.data["body"]
    assert front_values(body, "scope") == ["本文件规定了养老机构的服务要求。"]
    assert front_values(body, "normative_references") == [{"designation": "GB/T 35796", "title": "养老机构服务质量基本规范"}]
    assert [t["zh"] for t in front_values(body, "terms")] == ["卓越服务"]
    from authoring.project.compose import compose

    doc = compose(pf.project, checklist)
    refs = [b for c in doc.clauses for b in c.blocks if b.type == "reference"]
    terms = [b for c in doc.clauses for b in c.blocks if b.type == "term"]
    assert [r.designation for r in refs] == ["GB/T 35796"] and [t.term_zh for t in terms] == ["卓越服务"]


async def test_typing_undone_leaves_nothing_to_save_and_no_recovery(project_path: Path, checklist) -> None:
    sidecar = Session.sidecar_of(project_path)
    original = project_path.read_bytes()
    app = StudioApp(project_path, checklist=checklist, autosave_delay=0.05)
    async with app.run_test(size=(100, 32)) as pilot:
        area = await _type(pilot, "5.2", "宜明确员工职责。")
        await _until(pilot, sidecar.is_file)
        assert app.session.dirty and sidecar.is_file()
        await pilot.press("ctrl+z")  # the editor's own undo: the item as it was saved
        await _until(pilot, lambda: not sidecar.exists())
        assert area.text == "" and not app.session.dirty
        assert not sidecar.exists(), "the autosave of edits taken back must go"
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running, "nothing to save: quitting must not ask"
    assert project_path.read_bytes() == original
    assert not Session.has_recovery(project_path)


async def test_a_recovery_file_the_author_ignored_is_kept_while_nothing_changes(project_path: Path, checklist) -> None:
    sidecar = Session.sidecar_of(project_path)
    sidecar.write_text(project_path.read_text(encoding="utf-8").replace("provisions: []", "provisions: [宜建立制度。]", 1),
                       encoding="utf-8")
    app = StudioApp(project_path, checklist=checklist, autosave_delay=0.05)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.click("#no")
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen) and not app.session.dirty
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running
    assert sidecar.is_file(), "a recovery file this session did not write is not its to remove"


async def test_an_indicator_typed_in_full_is_kept_on_save_and_on_leaving_the_item(project_path: Path, checklist) -> None:
    """A name and a value typed in the indicator form, then Ctrl+S (or another item chosen) without Enter or +:
    the indicator is added, not dropped with the form; one without a value stays in the form, unsaved."""
    from authoring.project import load_project

    app = StudioApp(project_path, checklist=checklist, autosave_delay=60, edit_delay=0.01)
    async with app.run_test(size=(100, 32)) as pilot:
        author = await _open(pilot)
        author.select_item("5.2")
        await pilot.pause()
        author.query_one("#ind-name", Input).value = "响应时间"
        author.query_one("#ind-value", Input).value = "≤15"
        author.query_one("#ind-unit", Input).value = "min"
        await pilot.press("ctrl+s")
        await pilot.pause()
        saved = load_project(project_path).project
        assert [(i.name, i.value, i.unit) for i in saved.entry("5.2").indicators] == [("响应时间", "≤15", "min")]
        assert author.query_one("#ind-name", Input).value == ""
        author.query_one("#ind-name", Input).value = "满意度"
        author.query_one("#ind-value", Input).value = "≥90"
        author.select_item("6.4")
        await pilot.pause()
        assert author.current == "6.4"
        assert [i.name for i in app.session.entry("5.2").indicators] == ["响应时间", "满意度"]
        author.query_one("#ind-name", Input).value = "回访率"  # no value: not an indicator yet
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.session.entry("6.4").indicators == []
        app.session = None


async def test_a_half_typed_indicator_stays_with_its_item_and_is_named_on_quit(project_path: Path, checklist) -> None:
    """A name typed without a value stays with its item when the author moves on (it does not follow to
    the next item, where Enter would add it there), comes back with the item, and quitting names it and
    offers to go back; finished, it is saved."""
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60, edit_delay=0.01)
    async with app.run_test(size=(100, 32)) as pilot:
        author = await _open(pilot)
        author.select_item("6.4")
        await pilot.pause()
        author.query_one("#ind-name", Input).value = "回访率"  # no value: not an indicator yet
        author.select_item("5.2")
        await pilot.pause()
        assert author.current == "5.2"
        assert author.query_one("#ind-name", Input).value == "", "the other item's form is not shown here"
        author.select_item("6.4")
        await pilot.pause()
        assert author.query_one("#ind-name", Input).value == "回访率", "it came back with its item"
        author.select_item("5.2")
        await pilot.pause()
        assert not app.session.dirty
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitDialog), "nothing unsaved, but a half-typed indicator: asked first"
        assert "6.4 回访率" in str(app.screen.query_one("#quit-unfinished", Prose).content)
        await pilot.click("#cancel")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, AuthorScreen)
        author.select_item("6.4")
        await pilot.pause()
        author.query_one("#ind-value", Input).value = "≥95"
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, QuitDialog)
        assert not app.screen.query("#quit-unfinished"), "finished: nothing half typed any more"
        await pilot.click("#save")
        await pilot.pause()
    assert [(i.name, i.value) for i in load_project(project_path).project.entry("6.4").indicators] == [("回访率", "≥95")]


async def _on_the_methods_of_5_2(pilot):  # noqa: ANN001, ANN202
    """The author screen with item 5.2 shown and its methods list focused: (author, panel, methods)."""
    author = await _open(pilot)
    author.select_item("5.2")
    await pilot.pause()
    methods = author.query_one("#methods", MethodList)
    methods.focus()
    await pilot.pause()
    return author, author.query_one(ItemPanel), methods


async def test_text_typed_on_a_list_goes_to_the_provisions_editor(project_path: Path, checklist) -> None:
    """The methods list and the sentence starts sit between the outline and the editor on Tab; letters
    typed there (a new author starting to write) land in the provisions editor, not nowhere, as a provision
    of their own on a new line at the end. Space still ticks a method."""
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60, edit_delay=0.01)
    async with app.run_test(size=(100, 32)) as pilot:
        author, panel, methods = await _on_the_methods_of_5_2(pilot)
        area = author.query_one("#provisions", TextArea)
        area.load_text("应建立员工授权制度。")
        area.move_cursor((0, 0))
        await pilot.press("space")
        await pilot.pause()
        assert len(methods.selected) == 1, "space ticks the method under the cursor"
        await pilot.press("宜", "x")
        await pilot.pause()
        assert app.focused is area
        assert area.text == "应建立员工授权制度。\n宜x", "a new provision at the end, not inside the first"
        panel._sent_at = -1e9  # a pause: the next text typed on a list is a provision of its own again
        author.query_one("#starts", OptionList).focus()
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app.focused is area and area.text == "应建立员工授权制度。\n宜x\ny"
        await pilot.pause(0.05)
        assert app.session.entry("5.2").provisions == ["应建立员工授权制度。", "宜x", "y"]
        app.session.discard_autosave()
        app.session = None


async def test_a_phrase_arriving_at_once_on_a_list_keeps_its_spaces(project_path: Path, checklist) -> None:
    """An input method (or a fast typist) delivers a whole phrase before the focus has left the list: every key
    of it goes to the editor, spaces too, in order; none ticks a method (tried by hand: 'Staff may decide…'
    became 'Staffmaydecide…' with three methods ticked)."""
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60, edit_delay=0.01)
    async with app.run_test(size=(100, 32)) as pilot:
        author, panel, methods = await _on_the_methods_of_5_2(pilot)
        ticked = list(methods.selected)
        for ch in "Staff may decide":
            assert app.focused is methods  # the focus has not moved yet: the keys all reach the list
            panel.on_key(events.Key("space" if ch == " " else ch, ch))
        await pilot.pause()
        assert author.query_one("#provisions", TextArea).text == "Staff may decide"
        assert list(methods.selected) == ticked
        app.session.discard_autosave()
        app.session = None

async def test_the_indicator_form_is_readable_at_80_columns(project_path: Path, checklist) -> None:
    """At 80×24 the name field showed two Chinese characters and the value field none of ≥95: the name takes
    twice the room (its width rule was outweighed) and the small fields lose their padding."""
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(80, 24)) as pilot:
        author = await _open(pilot)
        author.select_item("5.2")
        await pilot.pause()
        name, value = author.query_one("#ind-name", Input), author.query_one("#ind-value", Input)
        assert name.content_region.width >= 10, "five Chinese characters (客户满意率) fit"
        assert value.content_region.width >= 4, "≥95 fits"
        assert name.content_region.width >= 2 * value.content_region.width - 1
        app.session = None


async def test_a_removed_term_or_reference_comes_back_with_ctrl_z(project_path: Path, checklist) -> None:
    """QA pass 5: on F3's 术语 tab a term row vanished (Enter on the − button) and Ctrl+Z did nothing."""
    from textual.widgets import Button, DataTable, Input

    _front_matter(project_path, [{"designation": "GB/T 15624", "title": "服务标准化工作指南"}],
                  [{"zh": "卓越服务", "definition": "创造卓越顾客体验的服务。"}, {"zh": "顾客", "definition": "接受服务的人。"}])
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _f3_tab(pilot, "terms")
        screen.query_one("#term-zh", Input).value = "服务提供者"
        screen.query_one("#term-add", Button).press()
        await pilot.pause()
        terms = screen.query_one("#terms", DataTable)
        terms.focus()
        await pilot.press("down")  # 顾客
        screen.query_one("#term-remove", Button).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert [t.zh for t in app.session.project.terms] == ["卓越服务", "服务提供者"]
        # a title typed after the removal is its own step: the first Ctrl+Z takes it back, the second the removal
        screen.query_one("#meta-tabs").active = "tab-metadata"
        await pilot.pause()
        title = screen.query_one("#meta-title_zh", Input)
        before = title.value
        title.value = before + "（修订）"
        await pilot.pause()
        assert app.session.project.metadata.title_zh == before + "（修订）"
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert app.session.project.metadata.title_zh == before and title.value == before
        await pilot.press("ctrl+z")
        await pilot.pause()
        # the removal alone is taken back, not the term added just before it
        assert [t.zh for t in app.session.project.terms] == ["卓越服务", "顾客", "服务提供者"]
        assert [str(terms.get_row_at(r)[0]) for r in range(terms.row_count)] == ["卓越服务", "顾客", "服务提供者"]
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert [t.zh for t in app.session.project.terms] == ["卓越服务", "服务提供者"]
        # a reference removed and brought back
        screen.query_one("#meta-tabs").active = "tab-references"
        await pilot.pause()
        screen.query_one("#refs", DataTable).focus()
        screen.query_one("#ref-remove", Button).press()
        await pilot.pause()
        assert app.session.project.normative_references == []
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert [r.designation for r in app.session.project.normative_references] == ["GB/T 15624"]
        assert screen.query_one("#refs", DataTable).row_count == 1
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = load_project(project_path).project
    assert [t.zh for t in saved.terms] == ["卓越服务", "服务提供者"] and [r.designation for r in saved.normative_references] == ["GB/T 15624"]
