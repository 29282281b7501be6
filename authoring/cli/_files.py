"""What the commands share about the files they write: the copy kept of a file they replace, and a
path written as one word of a command to copy.

A command that replaces an existing file (``build``, ``skeleton`` and ``explain`` with ``--force``,
``comments`` updating its table or replacing another file with ``--force``) first keeps the old file
beside it as ``NAME.bak.EXT`` (``NAME-2.bak.EXT`` … when that is taken, so no earlier copy is ever
replaced): the rule of the studio's export (:mod:`authoring.tui.backup`), which may replace what only
the committee has, such as the Word draft a project was imported from. Nothing heavy is imported at
the top (building the parser imports every command module).
"""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

from authoring.i18n import tr

__all__ = ["keep_replaced", "kept_note", "shell_word", "walk"]


def keep_replaced(target: Path) -> Path | None:
    """Copy ``target`` to its first free ``NAME.bak.EXT`` before a command replaces it; the copy's path,
    or ``None`` when there is no file to keep. A copy that cannot be written raises
    :class:`authoring.errors.OutputError` (one line), and the caller then replaces nothing."""
    from authoring.tui.backup import keep_backup  # the studio's rule; no Textual import

    return keep_backup(target)


def kept_note(backup: Path | None) -> str:
    """``（原文件已另存为 NAME.bak.EXT）`` to end a command's line; empty when nothing was replaced."""
    if backup is None:
        return ""
    return tr(f"（原文件已另存为 {backup.name}）", f" (the file it replaced is kept as {backup.name})")


def shell_word(path: str | Path) -> str:
    """``path`` as one word of a command to copy: quoted only where a shell would split or expand it."""
    path = str(path)
    return shlex.quote(path) if not path or re.search(r"[\s'\"$`\\!*?;&|<>(){}\[\]#~]", path) else path


def walk(folder: Path, unlisted: list[tuple[Path, OSError]] | None) -> list[Path]:
    """Everything under ``folder`` in ``sorted(folder.rglob("*"))``'s order (links to folders not followed), each
    folder that cannot be listed put in ``unlisted`` (``rglob`` passed over it without a word)."""
    def refused(exc: OSError) -> None:
        if unlisted is not None:
            unlisted.append((Path(exc.filename) if exc.filename else folder, exc))

    found: list[Path] = []
    for root, folders, files in os.walk(folder, onerror=refused):
        found.extend(Path(root, name) for name in (*folders, *files))
    return sorted(found)
