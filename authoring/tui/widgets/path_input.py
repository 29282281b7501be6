"""Path completion for inputs: suggests the first entry of the typed folder that fits."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from textual.suggester import Suggester

MAX_LISTED = 500


class PathSuggester(Suggester):
    """Complete the last path component from the folder's entries (folders end with ``/``).

    Args:
        suffixes: file endings to offer (``.docx``); folders are always offered.
        shown: the folder a relative path is also completed from when the working folder has no such
            folder (the folder a file tree beside the input shows).
    """

    def __init__(self, suffixes: tuple[str, ...], shown: Callable[[], Path] | None = None) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.suffixes = suffixes
        self.shown = shown

    async def get_suggestion(self, value: str) -> str | None:
        if not value:
            return None
        typed = Path(os.path.expanduser(value))
        folder, stem = (typed, "") if value.endswith(os.sep) else (typed.parent, typed.name)
        if not folder.is_absolute() and not folder.is_dir() and self.shown is not None:
            folder = self.shown() / folder
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)[:MAX_LISTED]
        except OSError:
            return None
        for entry in entries:
            if not entry.name.startswith(stem) or entry.name.startswith("."):
                continue
            if entry.is_dir():
                return value + entry.name[len(stem):] + os.sep
            if entry.name.lower().endswith(self.suffixes):
                return value + entry.name[len(stem):]
        return None
