"""The report and check modules stay headless: no rich, no textual."""

from __future__ import annotations

import subprocess
import sys


def test_report_modules_import_neither_rich_nor_textual() -> None:
    code = (
        "import sys, authoring.check, authoring.report, authoring.report.view;"
        "bad = [m for m in ('rich', 'textual') if m in sys.modules];"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
