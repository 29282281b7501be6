"""Where the studio keeps its own small state: the recent-files list (and from it, the last project).

The folder is ``$STDAUTHOR_CONFIG_DIR`` when set (tests point it at a temporary folder),
else ``$XDG_CONFIG_HOME/stdauthor``, else ``~/.config/stdauthor``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from authoring.atomic import atomic_write_text

ENV_VAR = "STDAUTHOR_CONFIG_DIR"
RECENT_FILE = "recent.json"
SETTINGS_FILE = "settings.json"
MAX_RECENT = 10


def config_dir() -> Path:
    """The studio's configuration folder (not created here)."""
    explicit = os.environ.get(ENV_VAR, "").strip()
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CONFIG_HOME", "").strip()
    base = Path(xdg) if xdg else Path.home() / ".config"
    return base / "stdauthor"


def load_recent() -> list[str]:
    """Recently opened files, newest first; a missing or damaged list reads as empty."""
    path = config_dir() / RECENT_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(data, list):
        return []
    return [str(p) for p in data if isinstance(p, str)][:MAX_RECENT]


def add_recent(path: str | Path) -> list[str]:
    """Put ``path`` first in the recent list and save it; returns the new list.

    Failing to write the list never stops the author's work, so write errors are ignored.
    """
    entry = str(Path(path).resolve())
    recent = [entry, *(p for p in load_recent() if p != entry)][:MAX_RECENT]
    folder = config_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write_text(folder / RECENT_FILE, json.dumps(recent, ensure_ascii=False, indent=2))
    except OSError:
        pass
    return recent


def last_project() -> Path | None:
    """The project (``.yaml``) opened most recently that is still there, or ``None``.

    The studio reopens it when started without a file; checked drafts (``.docx``) in the
    recent list are no projects and are passed over.
    """
    for entry in load_recent():
        path = Path(entry)
        if path.suffix.lower() in (".yaml", ".yml") and path.is_file():
            return path
    return None


def load_setting(name: str) -> str | None:
    """A remembered setting (the interface language ``lang``), or ``None``; a broken file is none."""
    try:
        data = json.loads((config_dir() / SETTINGS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = data.get(name) if isinstance(data, dict) else None
    return value if isinstance(value, str) else None


def save_setting(name: str, value: str) -> None:
    """Remember a setting for the next run; a folder that cannot be written is no error."""
    folder = config_dir()
    try:
        data = json.loads((folder / SETTINGS_FILE).read_text(encoding="utf-8"))
        data = data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        data = {}
    data[name] = value
    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write_text(folder / SETTINGS_FILE, json.dumps(data, ensure_ascii=False, indent=2))
    except OSError:
        pass
