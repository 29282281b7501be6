"""Keep a copy of a file the studio is about to replace: ``NAME.bak.EXT`` (numbered when taken); a project
file, ``NAME.yaml.bak``, as every save of a project file keeps the file it replaces.

Whatever the author confirms replacing (an exported draft, a report, an annotated copy) may be
something only they have, such as the committee's own draft; the old bytes are kept beside it.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from authoring.atomic import atomic_write_bytes

__all__ = ["backup_name", "free_name", "keep_backup", "project_backup_name"]


def backup_name(path: Path) -> Path:
    """The first free ``NAME.bak.EXT``, ``NAME-2.bak.EXT``, ``NAME-3.bak.EXT`` … beside ``path``.

    The stem always ends in ``.bak``, so lists that leave backups aside (``*.bak.*``) still do.
    """
    candidate = path.with_name(f"{path.stem}.bak{path.suffix}")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{number}.bak{path.suffix}")
        number += 1
    return candidate


def project_backup_name(path: Path) -> Path:
    """``NAME.yaml.bak``: where a save of a project file keeps the file it replaces (``ProjectFile.save``, the
    first save over its own file and ``import --force``), so a project file replaced in the studio is kept
    there too, once (QA pass 12, B6: the folder held ``NAME.bak.yaml`` and ``NAME.yaml.bak``, the same bytes)."""
    return path.with_name(f"{path.name}.bak")


def keep_backup(path: Path, name: Callable[[Path], Path] = backup_name) -> Path | None:
    """Copy ``path`` to ``name(path)`` (:func:`backup_name`, or :func:`project_backup_name`) before it is replaced;
    ``None`` when there is nothing to keep.

    Raises :class:`authoring.errors.OutputError` (one line) when the copy cannot be written.
    """
    if not path.is_file():
        return None
    target = name(path)
    atomic_write_bytes(target, path.read_bytes())
    try:
        shutil.copystat(path, target)  # the backup keeps the old file's dates
    except OSError:
        pass
    return target


def free_name(folder: Path, stem: str, suffix: str, *, avoid: tuple[Path, ...] = ()) -> Path:
    """``folder/STEM.EXT`` if no file is there, else ``STEM-stdauthor.EXT``, ``STEM-stdauthor-2.EXT`` …

    A name the studio proposes must never be a file the author did not pick (such as the
    committee's draft a project was imported from): the first candidate that does not exist and
    is not in ``avoid``.
    """
    avoided = {p.absolute() for p in avoid}
    candidates = [f"{stem}{suffix}", f"{stem}-stdauthor{suffix}"]
    number = 2
    while True:
        for name in candidates:
            candidate = folder / name
            if not candidate.exists() and candidate.absolute() not in avoided:
                return candidate
        candidates = [f"{stem}-stdauthor-{number}{suffix}"]
        number += 1
