"""Atomic file writes: a reader never sees half a file, and a failed save leaves the old one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from authoring.errors import OutputError


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and ``os.replace``.

    The temporary file is flushed to disk before the rename, so a crash leaves either the old
    file or the new one, never a truncated mix.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(
            f"目标文件夹不存在：{folder}", f"output folder does not exist: {folder}", path=target
        )
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def atomic_write_text(path: str | Path, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` atomically in ``encoding``."""
    atomic_write_bytes(path, text.encode(encoding))
