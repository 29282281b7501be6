"""Live coverage counts only what the author wrote; ticked methods are intent, shown apart.

These go through the keys an author presses: ticking methods with Space, typing provisions,
marking an item not applicable. The analysis itself is the real one.
"""

from __future__ import annotations

import re
from pathlib import Path

from authoring.check import check_file
from authoring.project import compose, load_project
from authoring.tui.app import StudioApp
from authoring.tui.screens.author import AuthorScreen
from authoring.tui.session import Session
from tests.tui.conftest import type_text

# Speaks of 5.2 (赋权, 员工参与) and of 4.3 (顾客需求, 服务对象), written under 5.2 only.
TYPED = "宜了解顾客需求，明确服务对象，对员工赋权，鼓励员工参与。"


async def _until(pilot, condition, limit: float = 8.0) -> None:
    waited = 0.0
    while not condition() and waited < limit:
        await pilot.pause(0.05)
        waited += 0.05


def _label(app, item_id: str) -> str:
    return str(app.screen.query_one("#outline").node_of(item_id).label)


def _score(app, item_id: str) -> float | None:
    check = app.screen.last_check
    if check is None:
        return None
    return {i.id: i.score for i in check.coverage.items}[item_id]


async def _fresh_check(pilot) -> None:
    """Wait for the coverage run that has seen every edit so far."""
    screen = pilot.app.screen
    await _until(pilot, lambda: screen.checked_edits == screen.edit_count)
    assert screen.checked_edits == screen.edit_count, "the coverage never caught up with the edits"


def _no_full_but_open(app) -> None:
    """No todo (○) or not-applicable (–) item shows a percentage at all, let alone 100 %."""
    outline = app.screen.query_one("#outline")
    for item in app.session.checklist.items():
        label = str(outline.node_of(item.id).label)
        if label.startswith(("○", "–")):
            assert "%" not in label, label


async def test_ticked_methods_are_intent_not_coverage(project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist, autosave_delay=0.05)
    async with app.run_test(size=(120, 32)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, AuthorScreen)
        app.screen.select_item("5.2")
        await pilot.press("ctrl+o", "tab")
        assert app.focused.id == "methods"
        await pilot.press("space", "down", "space")
        await _fresh_check(pilot)
        assert app.session.entry("5.2").methods == ["5.2.a", "5.2.b"]
        assert _score(app, "5.2") == 0.0, "ticking methods writes no text of the standard"
        label = _label(app, "5.2")
        assert label.startswith("✓")
        assert "方法 2/2" in label, label
        assert not re.search(r"[1-9]\d*%", label), label
        _no_full_but_open(app)
        app.session = None


async def test_coverage_counts_only_typed_provisions(project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist, autosave_delay=0.05, edit_delay=0.01)
    async with app.run_test(size=(120, 32)) as pilot:
        await pilot.pause()
        app.screen.select_item("5.2")
        await pilot.press("ctrl+o", "tab", "tab", "tab")
        assert app.focused.id == "provisions"
        await type_text(pilot, TYPED)
        await _until(pilot, lambda: app.session.entry("5.2").provisions == [TYPED])
        await _fresh_check(pilot)
        assert _score(app, "5.2") > 0
        assert re.search(r"\d+%", _label(app, "5.2"))
        # 4.3 is spoken of in 5.2's text, but nothing was written for it: it stays "to do", without a percentage.
        assert _label(app, "4.3").startswith("○")
        _no_full_but_open(app)
        for other in ("6.4", "7.1", "5.6.1"):
            assert _score(app, other) == 0.0, other

        # Not applicable: the mark changes at once, and the old percentage goes with it.
        await pilot.press("ctrl+n")
        await pilot.pause()
        if app.screen.query("#yes"):  # asked first whether to set the written text aside
            await pilot.press("enter")
            await pilot.pause()
        await type_text(pilot, "不涉及")
        await pilot.press("enter")
        await pilot.pause()
        assert app.session.entry("5.2").status == "not-applicable"
        assert _label(app, "5.2").startswith("–")
        _no_full_but_open(app)
        app.session = None


def test_live_coverage_agrees_with_a_check_of_the_built_docx(project_path: Path, checklist) -> None:
    """For the author's provisions, the studio's coverage is what a check of the Word draft finds."""
    from authoring.docx.write import write_docx

    pf = load_project(project_path)
    written = {
        "4.3": ["宜在了解顾客需求的基础上确定服务对象。"],
        "5.2": ["宜对员工赋权。", "宜鼓励员工参与服务改进。"],
        "5.6.1": ["宜定期收集顾客反馈。"],
        "6.4": ["宜在开展服务之前与顾客签订服务协议。"],
    }
    for item_id, provisions in written.items():
        pf.set_provisions(item_id, provisions)
        pf.set_status(item_id, "addressed")
    pf.save()
    session = Session(load_project(project_path), checklist)
    _, live = session.check()
    draft = project_path.with_suffix(".docx")
    write_docx(compose(session.project, checklist), draft)
    built = {i.id: i for i in check_file(draft, checklist).coverage.items}
    for item in live.coverage.items:
        assert (item.status, item.score) == (built[item.id].status, built[item.id].score), item.id
    assert {i.id for i in live.coverage.items if i.score > 0} >= set(written)


def test_ticked_methods_are_credited_by_the_docx_check_but_not_live(project_path: Path, checklist) -> None:
    """The Annex A table quotes the ticked methods: a check of the draft finds them, the studio does not."""
    pf = load_project(project_path)
    pf.toggle_method("5.2", "5.2.a")
    pf.toggle_method("5.2", "5.2.b")
    pf.set_status("5.2", "addressed")
    session = Session(pf, checklist)
    _, live = session.check()
    assert {i.id: i.score for i in live.coverage.items}["5.2"] == 0.0
    assert session.method_counts()["5.2"] == (2, 2)


async def test_a_provision_placed_with_ctrl_f_is_measured_at_once(studio_env: Path, checklist) -> None:
    """QA pass 6: after Ctrl+F the tree said ✓ 5.2 0% (the coverage of before the provision) and the chapter's old
    percentage. Placing is no typing: its coverage is measured at once, not after typing's pause."""
    from textual.widgets import TextArea

    from authoring.project import new_project
    from authoring.tui.dialogs.place import PlaceDialog

    path = studio_env / "养老机构服务规范.yaml"
    new_project("养老机构服务规范", checklist=checklist, seed="chapters",
                chapters=["基本要求", "服务流程", "评价与改进"]).save(path)
    app = StudioApp(path, checklist=checklist, autosave_delay=60)  # typing's pause never ends in this test
    async with app.run_test(size=(110, 34)) as pilot:
        await pilot.pause()
        author = app.screen
        assert isinstance(author, AuthorScreen)
        await _fresh_check(pilot)
        before = author.last_check.coverage.chapter_scores()["5"]
        author.select_item("5.2")
        await pilot.pause()
        await pilot.press("ctrl+f")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, PlaceDialog)
        dialog.query_one("#place-text", TextArea).text = "养老机构应对员工赋权，鼓励员工参与服务改进。"
        await pilot.click("#ok")
        await pilot.pause()
        assert app.screen is author and app.session.entry("5.2").status == "addressed"
        await _fresh_check(pilot)
        score = _score(app, "5.2")
        assert score and f"5.2 {round(score * 100)}%" in _label(app, "5.2"), _label(app, "5.2")
        chapter = author.last_check.coverage.chapter_scores()["5"]
        assert chapter > before and f"5 {round(chapter * 100)}%" in str(author.query_one("#outline").node_of("ch:5").label)
        app.session.discard_autosave()
        app.session = None


async def test_a_coverage_measured_earlier_never_replaces_a_later_one(project_path: Path, checklist) -> None:
    """Two coverage runs may overlap (a thread worker cancelled by a newer one still finishes): the one that saw
    fewer edits, finishing last, is dropped instead of putting old percentages back on screen."""
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        author = app.screen
        await _fresh_check(pilot)
        _, old = app.session.check()
        app.session.set_provisions("5.2", [TYPED])
        author.edited()
        _, new = app.session.check()
        author._apply_check(new, author.edit_count)
        author._apply_check(old, author.edit_count - 1)  # the earlier run, finishing late
        assert author.last_check is new and _score(app, "5.2") > 0
        assert re.search(r"5\.2 \d+%", _label(app, "5.2")) and "5.2 0%" not in _label(app, "5.2")
        app.session.discard_autosave()
        app.session = None
