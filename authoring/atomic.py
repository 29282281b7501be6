"""Atomic file writes: a reader never sees half a file, and a failed save leaves the old one."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path
from typing import BinaryIO

from authoring.errors import OutputError, OutputOSError, os_reason

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
try:  # Windows
    import msvcrt
except ImportError:
    msvcrt = None  # type: ignore[assignment]


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and ``os.replace``.

    The temporary file is flushed to disk before the rename, so a crash leaves either the old
    file or the new one, never a truncated mix. An OS error (no permission, a name too long,
    a full disk) is raised as :class:`OutputOSError`: one line naming ``path``, and still an
    ``OSError``.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        is_folder = folder.is_dir()
    except OSError as exc:
        raise _output_error(target, exc) from None
    if not is_folder:
        # a parent that exists as a file (记录.txt/out.docx) is no missing folder
        blocking = next((p for p in (folder, *folder.parents) if p.exists()), None)
        if blocking is not None and not blocking.is_dir():
            raise OutputError(f"“{blocking}”是文件，不是文件夹", f"{blocking} is a file, not a folder", path=target)
        raise OutputError(
            f"目标文件夹不存在：{folder}", f"output folder does not exist: {folder}", path=target
        )
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        _discard(tmp)
        raise _output_error(target, exc) from None
    except BaseException:
        _discard(tmp)
        raise


def _discard(tmp: str | None) -> None:
    if tmp is not None and os.path.exists(tmp):
        try:
            os.unlink(tmp)
        except OSError:
            pass


def _output_error(target: Path, exc: OSError) -> OutputOSError:
    """One line naming ``target`` for an OS error while writing it (permission, name, space)."""
    reason_zh, reason = os_reason(exc)
    if exc.errno == errno.ENAMETOOLONG:
        zh, en = "文件名过长，无法写入", "the file name is too long to write"
    elif exc.errno in (errno.EACCES, errno.EPERM):
        zh, en = "没有写入权限，无法写入", "no permission to write here"  # the system's words would say it again
    elif exc.errno == errno.EROFS:
        zh, en = f"没有写入权限，无法写入（{reason_zh}）", f"no permission to write here ({reason})"
    elif exc.errno in (errno.ENOSPC, errno.EDQUOT):
        zh, en = "磁盘空间不足，无法写入", f"no space left to write ({reason})"
    else:
        zh, en = f"无法写入：{reason_zh}", f"cannot write: {reason}"
    return OutputOSError(zh, en, path=target, cause=exc)


def atomic_write_text(path: str | Path, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` atomically in ``encoding``."""
    atomic_write_bytes(path, text.encode(encoding))


# -- advisory locks: a studio holds its project's, `comments` its table's ------------------------------------

def try_lock(handle: BinaryIO, *, shared: bool = False) -> bool:
    """Take the lock on ``handle`` without waiting; False when another open file holds it."""
    try:
        if fcntl is not None:
            fcntl.flock(handle.fileno(), (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        elif msvcrt is not None:  # pragma: no cover - Windows: a lock on the first byte
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        return True
    except (BlockingIOError, PermissionError):
        return False
    except OSError:
        return False


def unlock(handle: BinaryIO) -> None:
    """Release the lock :func:`try_lock` took; a handle already closed is no error."""
    with contextlib.suppress(OSError, ValueError):
        if fcntl is not None:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        elif msvcrt is not None:  # pragma: no cover - Windows
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
