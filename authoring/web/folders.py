"""The folders a browser may reach, and nothing else: listing, download look-up, upload names.

A served studio is given two folders: the project's folder and a drafts folder (uploads land
there). The browser names a file by folder key (``project`` or ``drafts``) and file name; a
name is only ever looked up among the files actually listed there, so no path, ``..`` or
symbolic link can lead outside.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from authoring.i18n import tr

#: What may be downloaded: drafts, skeletons, annotated copies, reports, paperwork, projects.
DOWNLOADABLE = (".docx", ".doc", ".yaml", ".yml", ".md", ".html", ".json", ".xlsx", ".csv", ".txt", ".pdf")
MAX_NAME = 120
#: The longest upload name kept, in UTF-8 bytes: file systems allow 255 bytes (85 Chinese characters), less the
#: `` (9999)`` :func:`unused_name` may add to keep it unique.
MAX_NAME_BYTES = 255 - len(" (9999)")
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
#: The names Windows keeps for devices: a file called so, with any extension (``con.docx``), cannot be made there.
#: Microsoft's list ("Naming Files, Paths, and Namespaces") has COM0 and LPT0 too, which Python's ``ntpath`` leaves out.
WINDOWS_DEVICES = frozenset({"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
                            | {f"{port}{n}" for port in ("COM", "LPT") for n in "0123456789¹²³"})


def inside(path: Path, folder: Path) -> bool:
    """True when ``path`` (symbolic links followed) is ``folder`` or lies under it."""
    try:
        real, root = os.path.realpath(path), os.path.realpath(folder)
    except (OSError, ValueError):
        return False
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


@dataclass(frozen=True)
class Entry:
    """A file the browser may download."""

    folder: str
    name: str
    size: int
    mtime: float


@dataclass(frozen=True)
class Folders:
    """``project``: the project's folder (None when a draft alone is served); ``drafts``: uploads."""

    project: Path | None
    drafts: Path

    def keyed(self) -> dict[str, Path]:
        """Folder key to folder; the project's folder is left out when it is the drafts folder."""
        out: dict[str, Path] = {}
        if self.project is not None and os.path.realpath(self.project) != os.path.realpath(self.drafts):
            out["project"] = self.project
        out["drafts"] = self.drafts
        return out

    def roots(self) -> list[Path]:
        """Every folder the studio processes may read and write."""
        return list(self.keyed().values())

    def listing(self) -> list[Entry]:
        """The downloadable files of each folder (not its subfolders), newest first per folder."""
        entries: list[Entry] = []
        for key, folder in self.keyed().items():
            found: list[Entry] = []
            try:
                scan = list(os.scandir(folder))
            except OSError:
                continue
            for item in scan:
                if not listable(item.name):
                    continue
                try:
                    if not item.is_file() or not inside(Path(item.path), folder):
                        continue
                    stat = item.stat()
                except OSError:
                    continue
                found.append(Entry(key, item.name, stat.st_size, stat.st_mtime))
            entries.extend(sorted(found, key=lambda e: (-e.mtime, e.name)))
        return entries

    def find(self, key: str, name: str) -> Path | None:
        """The file ``name`` listed in folder ``key``, or None (never a path built from the request)."""
        folder = self.keyed().get(key)
        if folder is None:
            return None
        for entry in self.listing():
            if entry.folder == key and entry.name == name:
                return folder / entry.name
        return None


def listable(name: str) -> bool:
    """Whether a file called ``name`` may be listed for download: not hidden, of a kind in :data:`DOWNLOADABLE`."""
    return not name.startswith(".") and name.lower().endswith(DOWNLOADABLE)


def safe_upload_name(raw: str | None, suffix: str = ".docx") -> str:
    """A file name for an upload: the last component of ``raw``, unsafe characters replaced,
    hidden dots and surrounding spaces dropped, a Windows device's name prefixed with ``_``
    (:func:`portable_name`), at most :data:`MAX_NAME` characters and :data:`MAX_NAME_BYTES` bytes
    (a longer one is cut, ending in …), ending in ``suffix``. Never empty, never a path."""
    name = unicodedata.normalize("NFC", raw or "")
    name = re.split(r"[\\/]", name)[-1]
    name = _UNSAFE.sub("_", name).strip()
    stem = name[: -len(suffix)] if name.lower().endswith(suffix) else name
    stem = portable_name(stem.strip(" .") or "upload")
    return _fit(stem, suffix) + suffix


def _fit(stem: str, suffix: str) -> str:
    """``stem``, or as much of it as fits with ``suffix`` (and a … that says it was cut)."""
    def fits(text: str) -> bool:
        return len(text) + len(suffix) <= MAX_NAME and len((text + suffix).encode("utf-8")) <= MAX_NAME_BYTES

    if fits(stem):
        return stem
    cut = stem
    while cut and not fits(cut + "…"):
        cut = cut[:-1]
    return (cut.rstrip(" .") or "upload") + "…"


def windows_device(name: str) -> bool:
    """Whether Windows takes the file name ``name`` for a device: what stands before its first dot, spaces
    after it dropped, is one of :data:`WINDOWS_DEVICES` in any case (``CON``, ``nul.tar.docx``, ``Aux .md``;
    the rule of Python 3.13's ``ntpath.isreserved``, with Microsoft's list of names)."""
    return name.partition(".")[0].rstrip(" ").upper() in WINDOWS_DEVICES


def portable_name(name: str) -> str:
    """``name``, or ``_name`` when Windows would take it for a device (``CON.docx`` is kept and offered for
    download as ``_CON.docx``)."""
    return f"_{name}" if windows_device(name) else name


def shown_name(raw: str | None, *, limit: int = 80) -> str:
    """The name of an uploaded file as its sender gave it, for a message: the last component of
    ``raw``, control characters replaced, at most ``limit`` characters (the rest as …). Never the
    name it would be stored under (``notes.txt``, not ``notes.txt.docx``)."""
    name = unicodedata.normalize("NFC", raw or "")
    name = re.split(r"[\\/]", name)[-1]
    name = re.sub(r"[\x00-\x1f\x7f]", "_", name).strip()
    if len(name) > limit:
        name = name[: limit - 1] + "…"
    return name or tr("（没有文件名）", "(no file name)")


def unused_name(folder: Path, name: str) -> Path:
    """``folder/name``, or ``folder/stem (2).docx`` (``.doc``) and so on when that is taken."""
    target = folder / name
    stem, suffix = os.path.splitext(name)
    n = 2
    while target.exists() or target.is_symlink():
        target = folder / f"{stem} ({n}){suffix}"
        n += 1
    return target
