"""An item addressed in two clauses: the item editor holds the first; the label names the others and where they are
edited (QA pass 12, B2: an item linked to 4.5.1 and 4.5.3, and only 落实于 named 4.5.3)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Label

from authoring.i18n import set_lang
from authoring.tui.app import StudioApp

PROJECT = """\
version: 2
metadata:
  title_zh: 养老机构服务规范
checklist: excellence-guide
items:
  "5.2":
    status: addressed
    links: [c1, c2]
  "7.1":
    status: addressed
    links: [c1]
body:
  clauses:
    - {id: c1, number: "4.1", title: 招聘和培训, blocks: [机构应按岗位要求招聘员工并开展岗前培训。]}
    - {id: c2, number: "4.2", title: 激励, blocks: [机构应建立员工激励制度。]}
"""


async def _label(path: Path, checklist, item: str) -> str:  # noqa: ANN001
    app = StudioApp(path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.pause()
        app.screen.select_item(item)
        await pilot.pause()
        text = str(app.screen.query_one("#provisions-label", Label).content)
        app.session = None
    return text


async def test_the_other_clauses_are_named_with_where_they_are_edited(studio_env: Path, checklist) -> None:
    path = studio_env / "p.yaml"
    path.write_text(PROJECT, encoding="utf-8")
    label = await _label(path, checklist, "5.2")
    assert "4.1 招聘和培训" in label and "另落实于 4.2 激励" in label and "Ctrl+B" in label, label
    single = await _label(path, checklist, "7.1")
    assert "另落实于" not in single and "4.1 招聘和培训" in single, single
    set_lang("en")
    try:
        label = await _label(path, checklist, "5.2")
    finally:
        set_lang("zh")
    assert "Also addressed in 4.2 激励" in label, label
