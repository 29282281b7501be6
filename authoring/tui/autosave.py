"""Autosave sidecars: every open studio writes its own, and recovery offers only those no studio owns.

One studio on a project writes ``.NAME.yaml.autosave`` beside it, as it always did. Another studio
open on the same project at the same time (a second browser tab of ``stdauthor serve``, a second
terminal) writes ``.NAME.yaml.2.autosave`` (``.3.`` …), so no studio's autosave ever replaces
another's.

A studio that writes a sidecar holds an exclusive lock on ``SIDECAR.lock`` while it runs. The lock
file also says whose the sidecar is (a browser tab or a terminal, who and where, when it opened) and
which project file it was based on (its SHA-256). The operating system drops the lock when the
process ends, however it ends (a closed tab, a kill, a crash), so a sidecar whose lock nobody holds
is *orphaned*: it is what :func:`orphans` offers for recovery. A sidecar whose lock is held belongs
to a studio still running: it is never offered, adopted or removed by another.

A sidecar without a lock file (written by an older stdauthor) is orphaned as well.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
import re
import socket
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from authoring.atomic import try_lock as _try_lock
from authoring.atomic import unlock as _unlock

SUFFIX = ".autosave"
LOCK_SUFFIX = ".lock"
#: How many sidecars one project may have at once (one per studio open on it).
MAX_SLOTS = 99

#: Where a studio runs, for the recovery question: (zh, en).
VIA = {
    "terminal": ("终端中的工作室", "a studio in a terminal"),
    "browser": ("浏览器标签页", "a browser tab"),
}


def sidecar_of(path: Path, slot: int = 1) -> Path:
    """The sidecar of ``path`` in ``slot``: ``.NAME.yaml.autosave`` (slot 1), ``.NAME.yaml.2.autosave`` …"""
    middle = "" if slot == 1 else f".{slot}"
    return path.with_name(f".{path.name}{middle}{SUFFIX}")


def lock_of(sidecar: Path) -> Path:
    """The lock (and owner) file of a sidecar: ``SIDECAR.lock``."""
    return sidecar.with_name(sidecar.name + LOCK_SUFFIX)


def digest(data: bytes | None) -> str:
    """The SHA-256 of a project file's bytes (``""`` for none)."""
    return hashlib.sha256(data).hexdigest() if data is not None else ""


def file_digest(path: Path) -> str:
    """The SHA-256 of the file at ``path`` (``""`` when it cannot be read)."""
    try:
        return digest(path.read_bytes())
    except OSError:
        return ""


def _slots(path: Path) -> list[tuple[int, Path]]:
    """Every sidecar of ``path`` on disk, by slot."""
    pattern = re.compile(rf"^\.{re.escape(path.name)}(?:\.(\d+))?{re.escape(SUFFIX)}$")
    found: list[tuple[int, Path]] = []
    try:
        entries = list(os.scandir(path.parent if str(path.parent) else "."))
    except OSError:
        return []
    for entry in entries:
        match = pattern.match(entry.name)
        if match is None:
            continue
        slot = int(match.group(1) or 1)
        if 1 <= slot <= MAX_SLOTS:
            found.append((slot, path.with_name(entry.name)))
    return sorted(found)


def is_live(sidecar: Path) -> bool:
    """True when a running studio holds the lock of ``sidecar`` (it is that studio's, not an orphan)."""
    lock = lock_of(sidecar)
    try:
        handle = open(lock, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        return False
    except OSError:
        return True  # cannot tell: leave it alone
    try:
        if _try_lock(handle, shared=True):
            _unlock(handle)
            return False
        return True
    finally:
        handle.close()


def _owner(sidecar: Path) -> dict[str, Any]:
    """What the lock file says of the studio that wrote ``sidecar`` (empty for an older stdauthor's)."""
    try:
        data = json.loads(lock_of(sidecar).read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


@dataclass
class Orphan:
    """An autosave no running studio owns: offered for recovery."""

    project: Path
    sidecar: Path
    saved_at: datetime
    owner: dict[str, Any] = field(default_factory=dict)
    #: The project file changed after this autosave's studio opened it (another studio saved it):
    #: the autosave is not based on the file as it is now.
    stale: bool = False

    @property
    def changes(self) -> tuple[str, str]:
        """What the autosave changes against the project file as it is (zh, en): the items by number, then
        the other parts (正文大纲, 元数据 …); empty when it cannot be told. Two autosaves of one minute,
        both a closed tab's, are told apart by it."""
        if not hasattr(self, "_changes"):
            self._changes = _changes(self.project, self.sidecar)
        return self._changes

    @property
    def base(self) -> str:
        """The SHA-256 of the project file the autosave's studio started from (``""`` when unknown)."""
        return str(self.owner.get("base") or "")

    def describe(self, *, stale: bool = True) -> tuple[str, str]:
        """When and whose, in a few words (zh, en): ``2024年12月4日15:07，来自已结束的浏览器标签页``;
        with ``stale``, whether the project file was saved after it."""
        # No space in the Chinese: a wrapper breaks lines at spaces first.
        when_zh = f"{self.saved_at.year}年{self.saved_at.month}月{self.saved_at.day}日{self.saved_at:%H:%M}"
        when = f"{self.saved_at:%Y-%m-%d %H:%M}"
        via = VIA.get(str(self.owner.get("via", "")))
        if via is None:
            zh, en = f"{when_zh}，来自上次未正常结束的工作室", f"{when}, from a studio that did not end normally"
        else:
            zh, en = f"{when_zh}，来自已结束的{via[0]}", f"{when}, from {via[1]} that has ended"
            who = str(self.owner.get("user") or "")
            host = str(self.owner.get("host") or "")
            if self.owner.get("via") == "terminal" and who:
                zh, en = f"{zh}（{who}@{host}）" if host else f"{zh}（{who}）", f"{en} ({who}@{host})" if host else f"{en} ({who})"
        changed_zh, changed_en = self.changes
        if changed_zh:
            zh += f"；改动：{changed_zh}"
            en += f"; changes {changed_en}"
        if self.stale and stale:
            zh += "；此后项目文件已被保存过"
            en += "; the project file was saved after it"
        return zh, en


_PARTS = {"metadata": ("元数据", "the metadata"), "body": ("正文大纲", "the outline"), "scope": ("范围", "the scope"),
          "terms": ("术语", "the terms"), "normative_references": ("规范性引用文件", "the references"),
          "introduction": ("引言", "the introduction"), "chapters": ("章", "the chapters"),
          "annexes": ("附录", "the annexes"), "bibliography": ("参考文献", "the bibliography")}


def _changes(project: Path, sidecar: Path, *, shown: int = 4) -> tuple[str, str]:
    """What ``sidecar`` changes against ``project`` (see :attr:`Orphan.changes`)."""
    from authoring.project import load_project

    try:
        mine = load_project(sidecar).project
        theirs = load_project(project).project if project.exists() else None
    except Exception:  # noqa: BLE001 - a damaged file: recovery says so when it is chosen
        return "", ""
    if theirs is None:
        return "", ""

    def number(item_id: str) -> tuple:
        return tuple(int(p) if p.isdigit() else p for p in item_id.split("."))

    items = sorted((k for k in set(mine.items) | set(theirs.items) if mine.items.get(k) != theirs.items.get(k)),
                   key=number)
    parts = [_PARTS[k] for k in _PARTS if getattr(mine, k, None) != getattr(theirs, k, None)]
    zh = "、".join(items[:shown]) + (f"等{len(items)}项" if len(items) > shown else "")
    en = ", ".join(items[:shown]) + (f" and {len(items) - shown} more" if len(items) > shown else "")
    zh = "、".join(x for x in (zh, *(p[0] for p in parts)) if x)
    en = ", ".join(x for x in (en, *(p[1] for p in parts)) if x)
    return zh, en


def orphans(path: Path) -> list[Orphan]:
    """The autosaves of the project at ``path`` that no running studio owns, oldest first."""
    try:
        current = path.read_bytes()
    except OSError:
        current = None
    now = digest(current) if current is not None else ""
    try:
        file_time = path.stat().st_mtime if current is not None else None
    except OSError:
        file_time = None
    found: list[Orphan] = []
    for _, sidecar in _slots(path):
        if is_live(sidecar):
            continue
        try:
            saved = sidecar.stat().st_mtime
        except OSError:
            continue
        owner = _owner(sidecar)
        base = str(owner.get("base") or "")
        if base:
            stale = current is not None and base != now
        else:  # an older stdauthor's sidecar: only its time tells
            stale = file_time is not None and saved < file_time
        found.append(Orphan(path, sidecar, datetime.fromtimestamp(saved), owner, stale))
    return sorted(found, key=lambda o: o.saved_at)


class Claim:
    """A studio's hold on one sidecar: the lock on its lock file, kept open until :meth:`release`."""

    def __init__(self, sidecar: Path, handle: BinaryIO) -> None:
        self.sidecar = sidecar
        self._handle: BinaryIO | None = handle

    @property
    def held(self) -> bool:
        return self._handle is not None

    @classmethod
    def take(cls, sidecar: Path, owner: dict[str, Any], *, existing: bool = False) -> "Claim | None":
        """Lock ``sidecar`` for this studio and write ``owner`` in its lock file; ``None`` when another
        running studio holds it, or (unless ``existing``: adopting an orphan) a sidecar is there already.

        Raises ``OSError`` when the lock file cannot be made (a folder that cannot be written).
        """
        lock = lock_of(sidecar)
        for _ in range(3):
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
            handle = os.fdopen(fd, "r+b")
            if not _try_lock(handle):
                handle.close()
                return None
            try:  # the file locked is still the one named (not removed and made again meanwhile)
                same = os.path.samestat(os.fstat(handle.fileno()), os.stat(lock))
            except OSError:
                same = False
            if not same:
                _unlock(handle)
                handle.close()
                continue
            if not existing and sidecar.exists():  # an orphan (or an older stdauthor's): not ours to replace
                _unlock(handle)
                handle.close()
                return None
            claim = cls(sidecar, handle)
            claim.describe(owner)
            return claim
        return None

    def describe(self, owner: dict[str, Any]) -> None:
        """Write who owns the sidecar into the lock file (kept locked)."""
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            self._handle.seek(0)
            self._handle.truncate()
            self._handle.write(json.dumps(owner, ensure_ascii=False).encode("utf-8"))
            self._handle.flush()

    def release(self, *, remove: bool = False) -> None:
        """Let go of the sidecar; with ``remove`` the sidecar and its lock file are deleted first
        (after a save, or leaving without saving)."""
        handle, self._handle = self._handle, None
        if handle is None:
            return
        if remove:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.sidecar)
            with contextlib.suppress(OSError):
                os.unlink(lock_of(self.sidecar))
        _unlock(handle)
        with contextlib.suppress(OSError):
            handle.close()


def take_free_slot(path: Path, owner: dict[str, Any]) -> Claim:
    """Claim the first slot of ``path`` that is free: no sidecar there (neither a running studio's nor
    an orphan) and nobody holding its lock. Raises ``OSError`` when none can be had."""
    for slot in range(1, MAX_SLOTS + 1):
        sidecar = sidecar_of(path, slot)
        if sidecar.exists():
            continue
        claim = Claim.take(sidecar, owner)
        if claim is not None:
            return claim
    raise OSError(f"no free autosave slot beside {path}")


def owner_record(via: str, base: str, opened: datetime) -> dict[str, Any]:
    """What a lock file says of the studio holding it."""
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name to be had (no password entry, no variables)
        user = ""
    try:
        host = socket.gethostname()
    except OSError:
        host = ""
    return {"via": via, "user": user, "host": host, "pid": os.getpid(), "opened": opened.isoformat(timespec="seconds"),
            "base": base}


def discard(orphan: Orphan) -> bool:
    """Delete an orphaned autosave (the author asked to); False when a studio took it meanwhile."""
    claim = Claim.take(orphan.sidecar, {}, existing=True)
    if claim is None:
        return False
    claim.release(remove=True)
    return True
