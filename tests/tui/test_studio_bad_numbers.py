"""QA pass 13, A3: the studio opened on a project holding an integer of thousands of digits showed Textual's crash
screen (ruamel's ValueError from Python's int-string limit, 1,926 lines) and exit 1; it is one toast, as for any
other bad project, on the start screen."""

from __future__ import annotations

import sys
from pathlib import Path


async def test_a_project_with_a_huge_integer_is_one_toast(project_path: Path, checklist) -> None:
    from authoring.tui.app import StudioApp
    from authoring.tui.screens.start import StartScreen

    digits = (sys.get_int_max_str_digits() or 4300) + 700
    text = project_path.read_text(encoding="utf-8").splitlines()
    text.insert(1, f"year: {'9' * digits}")
    project_path.write_text("\n".join(text) + "\n", encoding="utf-8")
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(110, 34)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        [message] = [n.message for n in app._notifications if n.severity == "error"]
        assert message.startswith(f"{project_path}:2:") and "数值过长" in message and "\n" not in message
