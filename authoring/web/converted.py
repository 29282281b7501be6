"""Word 97 ``.doc`` drafts in a served studio: LibreOffice runs in the server, never in the studio.

A served studio process is confined (:mod:`authoring.web.jail`): it may not start programs, and
LibreOffice, native code reading a stranger's file, is exactly what the jail keeps out. So the
server converts instead, outside the jail, in the child process that already reads every upload
(:mod:`authoring.web.validate`, with its time limit and memory cap): the .docx LibreOffice saved
is kept in a hidden folder of the drafts folder (:data:`STORE`), named by the SHA-256 of the
.doc's bytes. It survives the server (the next ``serve`` on the same drafts folder finds it), a
renamed copy finds it, and a .doc changed since finds nothing stale. ``.doc`` files already in
the folders when the server starts are converted in the background the same way, and copies of
.doc files no longer there are removed then (:func:`prune`).

In the studio, :func:`install` (before the jail closes) replaces the LibreOffice step of
:mod:`authoring.docx.legacy` with a look-up in that folder, and gives the studio a temporary
folder inside the folders it may write. A .doc the server has not converted is one line telling
the author what to do, never a refusal of the jail.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from authoring.errors import InputError

#: The hidden folder of the drafts folder that holds the converted copies.
STORE = ".stdauthor-doc"
_BLOCK = 1024 * 1024


def store(drafts: Path) -> Path:
    """Where the converted copies of ``drafts`` are kept."""
    return Path(drafts) / STORE


def digest(path: str | Path) -> str:
    """The SHA-256 of the file's bytes, in hex."""
    h = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(_BLOCK):
            h.update(block)
    return h.hexdigest()


def stored(folder: Path, key: str) -> Path:
    """The converted copy of the .doc whose SHA-256 is ``key``."""
    return Path(folder) / f"{key}.docx"


def keep(converted: Path, folder: Path, key: str) -> Path:
    """Move ``converted`` (a file in ``folder``) to its place in the store, atomically."""
    target = stored(folder, key)
    os.replace(converted, target)
    return target


def prune(folder: Path, present: set[str], *, before: float) -> int:
    """Remove the copies in ``folder`` of .doc files no longer there (their SHA-256 not in
    ``present``), and half-made copies, when older than ``before`` (a time.time()): a copy made since
    is an upload's that the listing did not see. How many were removed."""
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        name = entry.name
        stale = name.startswith(".") or (name.endswith(".docx") and name[:-5] not in present)
        try:
            if stale and entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < before:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


def lookup(folder: Path) -> Callable[..., Path]:
    """A stand-in for :func:`authoring.docx.legacy.convert_doc` that copies the server's conversion."""

    def convert_doc(path: str | Path, out: str | Path, *, timeout: float = 0.0) -> Path:
        try:
            found = stored(folder, digest(path))
            if not found.is_file():
                found = None
        except OSError:
            found = None
        if found is None:
            raise InputError(
                "旧版 Word 97-2003 .doc 文件尚未由服务器转换：请用页面上的「上传草案」上传它（上传时自动转换），"
                "或在 Word、WPS 中另存为 .docx",
                "this legacy Word 97-2003 .doc has not been converted by the server: upload it with "
                "\"Upload a draft\" on the page (it is converted then), or save it as .docx in Word or WPS",
                path=path,
            )
        target = Path(out) / "draft.docx"
        try:
            shutil.copyfile(found, target)
        except OSError as exc:
            from authoring.errors import os_reason

            zh, en = os_reason(exc)
            raise InputError(f"无法读取服务器转换的 .docx（{zh}）", f"cannot read the .docx the server converted ({en})",
                             path=path) from None
        return target

    return convert_doc


def install(folder: Path, temp: Path | None) -> None:
    """In a studio process, before :func:`authoring.web.jail.confine`: .doc files are read through
    the store ``folder``, and temporary files go to ``temp`` (a folder the studio may write)."""
    import tempfile

    from authoring.docx import legacy

    if temp is not None:
        temp.mkdir(parents=True, exist_ok=True)
        tempfile.tempdir = str(temp)
    legacy.convert_doc = lookup(folder)  # readable_docx looks it up at each call
