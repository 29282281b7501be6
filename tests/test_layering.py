"""Headless layers never import Textual (the studio is a thin layer on top)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import authoring

HEADLESS = sorted(
    m.name for m in pkgutil.walk_packages(authoring.__path__, "authoring.")
    if not m.name.startswith(("authoring.tui", "authoring.cli", "authoring.web.server", "authoring.web.session"))
    and m.name != "authoring.__main__"
)


def test_headless_modules_do_not_import_textual_or_rich() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {HEADLESS!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"headless modules pulled in: {out.stdout.strip()}"
    assert len(HEADLESS) >= 8
