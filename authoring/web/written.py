"""Which files each browser tab's studio wrote, so the toolbar offers a tab the file its own studio wrote.

The page names itself with a random tab id, in its terminal's websocket address (``/ws/TAB``) and in
its files poll (``/files?tab=TAB``). The server starts that tab's studio with ``--record FOLDER/TAB.json``
(:func:`record_path`); the studio's audit hook (:mod:`authoring.web.jail`) tells :class:`Recorder` of
every file it writes, and the recorder keeps when it last wrote each file the files list can show.
A tab is offered the files no other tab wrote after it, backups aside (:func:`offered`).
"""

from __future__ import annotations

import json
import os
import re
import threading
import time
from collections.abc import Iterable
from pathlib import Path

from authoring.atomic import atomic_write_text
from authoring.web.folders import listable

#: A tab id as the page makes it: 16 random bytes in hex.
TAB_RE = re.compile(r"^[0-9a-f]{32}$")


def record_path(folder: Path, tab: str | None) -> Path | None:
    """Where tab ``tab``'s studio records what it writes, or None for a missing or malformed id."""
    return folder / f"{tab}.json" if tab and TAB_RE.match(tab) else None


def is_backup(name: str) -> bool:
    """``NAME.bak.EXT`` or ``NAME-2.bak.EXT``: the old file the studio keeps when it replaces one
    (:mod:`authoring.tui.backup`), which no one asked for."""
    return os.path.splitext(name)[0].lower().endswith(".bak")


class Recorder:
    """Called by the studio's audit hook with each file being written (absolute, links resolved): those
    the files list can show (directly in one of ``roots``) are recorded in ``record`` with the time."""

    def __init__(self, record: Path, roots: Iterable[str | Path]) -> None:
        self.record = Path(record)
        self.roots = {os.path.realpath(r) for r in roots}
        self.written: dict[str, float] = {}
        self.lock = threading.Lock()

    def __call__(self, path: str) -> None:
        folder, name = os.path.split(path)
        if folder not in self.roots or not listable(name):
            return
        try:
            with self.lock:
                self.written[path] = time.time()
                atomic_write_text(self.record, json.dumps(self.written, ensure_ascii=False))
        except Exception:  # noqa: BLE001 - a courtesy to the toolbar: the studio's own write goes on
            pass


def offered(folder: Path, tab: str | None) -> set[str]:
    """The files (real paths) tab ``tab``'s studio was the last of the tabs recorded in ``folder`` to
    write, its backups aside."""
    mine = record_path(folder, tab)
    if mine is None:
        return set()
    last: dict[str, tuple[float, Path]] = {}
    for record in folder.glob("*.json"):
        try:
            written = json.loads(record.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(written, dict):
            continue
        for path, when in written.items():
            if isinstance(when, (int, float)) and (path not in last or when > last[path][0]):
                last[path] = (when, record)
    return {path for path, (_, record) in last.items() if record == mine and not is_backup(os.path.basename(path))}
