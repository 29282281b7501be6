"""The authoring studio: a Textual terminal app over the headless layers (the only place textual is used)."""

from __future__ import annotations

from pathlib import Path


def run(path: str | Path | None = None, *, lang: str | None = None) -> int:
    """Start the studio on ``path`` (a project ``.yaml`` or a draft ``.docx``), or the start screen."""
    from authoring.tui.app import StudioApp
    from authoring.tui.config import load_setting

    if lang is None:  # the language chosen with F2 last time, unless --lang says otherwise
        remembered = load_setting("lang")
        lang = remembered if remembered in ("zh", "en") else None
    app = StudioApp(path=Path(path) if path else None, lang=lang)
    app.run()
    return int(app.return_code or 0)
