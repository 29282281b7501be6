"""F5 in the studio says what ``stdauthor build`` says of a draft's pictures: a picture file that is missing is printed
as a placeholder, and the dialog after the export names it (it said nothing, and the committee found 【图片缺失】 in
Word)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from authoring.tui.app import StudioApp
from tests.tui.conftest import screen_text

PROJECT = """\
version: 2
metadata:
  title_zh: 社区养老服务规范
checklist: excellence-guide
body:
  clauses:
    - id: c1
      number: "4"
      title: 服务流程
      blocks:
        - 服务流程见图1。
        - type: figure
          number: "1"
          title: 服务流程示意图
          picture: {file: 社区养老.assets/flow.png, width: 60}
"""


async def test_a_missing_picture_is_named_after_the_export(studio_env: Path, checklist) -> None:
    from authoring.tui.dialogs.exported import ExportedDialog

    path = studio_env / "社区养老.yaml"
    path.write_text(PROJECT, encoding="utf-8")
    app = StudioApp(path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("f5")
        await pilot.pause()
        await pilot.press("tab", "enter")  # the draft has errors (no 范围 …): export anyway
        await pilot.pause()
        out = Path(app.screen.query_one("#path", Input).value)
        await pilot.press("enter")
        await pilot.pause()
        for worker in [w for w in app.workers if w.group == "export"]:
            await worker.wait()
        await pilot.pause()
        assert out.is_file()
        assert isinstance(app.screen, ExportedDialog)
        shown = screen_text(app)
        assert "图1" in shown and "文件不存在" in shown and "【图片缺失】" in shown, shown
        app.session = None
