"""A Word draft (.docx, or a Word 97 .doc) from the browser into the drafts folder: size-limited,
then read like the CLI reads it.

The bytes are streamed to a hidden temporary file in the drafts folder, counting as they come
(a file over the limit is cut off and removed). Then :mod:`authoring.web.validate` reads it in
a child process with a time limit: the same refusals as ``stdauthor check`` (not a Word file,
zip bomb, entities, broken XML), each one line naming the uploaded file. Only a draft that
reads is given its final name, never replacing a file already there.

A Word 97 .doc is converted to .docx by LibreOffice while it is read, here, outside the studio's
jail; the .docx is kept in the drafts folder's hidden store (:mod:`authoring.web.converted`),
where the served studio, which may not start LibreOffice, reads it when the .doc is checked.
"""

from __future__ import annotations

import asyncio
import errno
import hashlib
import logging
import os
import secrets
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from authoring.docx.legacy import DRAFT_SUFFIXES
from authoring.errors import os_reason
from authoring.i18n import get_lang, tr
from authoring.web import converted
from authoring.web.folders import safe_upload_name, shown_name, unused_name, windows_device

DEFAULT_LIMIT = 20 * 1024 * 1024
READ_TIMEOUT = 60.0
STOP_GRACE = 5.0  # seconds a reading child has to stop its LibreOffice before it is killed
CHUNK = 64 * 1024
log = logging.getLogger("stdauthor.serve")
#: What may be uploaded: a .doc (or a .wps WPS saved as Word 97) is kept as it is and read through LibreOffice,
#: like ``check`` does.
UPLOAD_SUFFIXES = DRAFT_SUFFIXES


@dataclass
class Outcome:
    """What became of one upload: ``status`` is the HTTP status, ``message`` one line."""

    ok: bool
    status: int
    message: str
    name: str = ""
    title: str = ""

    def json(self) -> dict:
        return {"ok": self.ok, "message": self.message, "name": self.name, "title": self.title}


def too_big(limit: int) -> Outcome:
    mb = limit / (1024 * 1024)
    return Outcome(False, 413, tr(f"文件超过 {mb:g} MB 的上限", f"the file is over the {mb:g} MB limit"))


async def _stop(proc: asyncio.subprocess.Process, grace: float = STOP_GRACE) -> None:
    """Stop a reading child: SIGTERM first, so that it stops the LibreOffice it may have started
    (LibreOffice runs in a session of its own, which SIGKILL of the child would leave running),
    then SIGKILL if it has not ended within ``grace`` seconds."""
    if proc.returncode is not None:
        return
    try:
        proc.terminate()
        await asyncio.wait_for(proc.wait(), grace)
    except (asyncio.TimeoutError, ProcessLookupError):
        try:
            proc.kill()
        except ProcessLookupError:
            pass
        await proc.wait()


async def validate(path: Path, shown: str, *, timeout: float = READ_TIMEOUT,
                   keep: Path | None = None) -> tuple[bool, str]:
    """Read ``path`` in a child process; (True, title) or (False, one line naming ``shown``).

    With ``keep``, a .doc's converted .docx is also saved there."""
    extra = ["--keep", str(keep)] if keep is not None else []
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "authoring.web.validate", "--lang", get_lang(), *extra, str(path),
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    try:
        out, err = await asyncio.wait_for(proc.communicate(), timeout)
    except asyncio.TimeoutError:
        await _stop(proc)
        return False, tr(f"{shown}: 读取超过 {timeout:g} 秒，已放弃", f"{shown}: reading took over {timeout:g} s and was stopped")
    except asyncio.CancelledError:  # the server is stopping
        await asyncio.shield(_stop(proc))
        raise
    if proc.returncode == 0:
        return True, out.decode("utf-8", "replace").strip()
    lines = [line for line in err.decode("utf-8", "replace").splitlines() if line.strip()]
    line = lines[-1] if lines else tr("无法读取", "cannot be read")
    line = line.replace(str(path), shown)
    if not line.startswith(shown):
        line = f"{shown}: {line}"
    return False, line


async def receive(reader, drafts: Path, *, limit: int = DEFAULT_LIMIT, timeout: float = READ_TIMEOUT) -> Outcome:
    """Take the ``file`` field of a multipart upload (an aiohttp ``MultipartReader``) into ``drafts``."""
    part = await reader.next()
    while part is not None and getattr(part, "name", None) != "file":
        await part.release()
        part = await reader.next()
    if part is None:
        return Outcome(False, 400, tr("没有收到文件", "no file was sent"))
    # Browsers send the name raw or with a few characters %-escaped (aiohttp's client escapes all).
    raw = unquote(part.filename or "")
    shown = shown_name(raw)  # a refusal names the file the user sent, not the name it would have been kept as
    raw = raw.rstrip(" .")  # draft.docx. is draft.docx, as Windows names it
    suffix = next((s for s in UPLOAD_SUFFIXES if raw.lower().endswith(s)), ".docx")
    name = safe_upload_name(raw, suffix)
    if not raw.lower().endswith(UPLOAD_SUFFIXES):
        await part.release()
        return Outcome(False, 415, tr(f"{shown}: 只接受 Word 草案（.docx、.doc 或 .wps）",
                                      f"{shown}: only Word drafts (.docx, .doc or .wps) are accepted"))
    tmp = drafts / f".upload-{secrets.token_hex(6)}{suffix}"
    size, sha = 0, hashlib.sha256()
    store = converted.store(drafts)
    docx = store / f".{tmp.stem}.docx" if suffix == ".doc" else None
    try:
        with open(tmp, "xb") as handle:
            while chunk := await part.read_chunk(CHUNK):
                size += len(chunk)
                if size > limit:
                    raise _TooBig
                handle.write(chunk)
                sha.update(chunk)
        if docx is not None:
            store.mkdir(exist_ok=True)
        ok, said = await validate(tmp, shown, timeout=timeout, keep=docx)
        if not ok:
            return Outcome(False, 422, said, name=name)
        if docx is not None and docx.is_file():  # for the studio, which may not run LibreOffice
            converted.keep(docx, store, sha.hexdigest())
        while True:  # a hard link never replaces a file that appeared meanwhile
            target = unused_name(drafts, name)
            try:
                os.link(tmp, target)
                break
            except FileExistsError:
                continue
    except _TooBig:
        return too_big(limit)
    except OSError as exc:
        zh, en = os_reason(exc)
        if exc.errno == errno.ENAMETOOLONG:  # a folder on a file system with shorter names: the sender can fix it
            return Outcome(False, 400, tr(f"{shown}: 文件名过长，无法保存；请改短后再上传",
                                          f"{shown}: the file name is too long to be kept; shorten it and upload again"))
        return Outcome(False, 500, tr(f"{shown}: 无法保存（{zh}）", f"{shown}: cannot be saved ({en})"))
    finally:
        for leftover in (tmp, docx):
            if leftover is not None:
                try:
                    os.unlink(leftover)
                except OSError:
                    pass
    message = tr(f"已上传：{target.name}", f"uploaded: {target.name}")
    if windows_device(shown):
        device = shown.partition(".")[0].rstrip(" ")
        message += tr(f"（Windows 不能以 {device} 作文件名，已在前面加“_”）",
                      f" (Windows cannot use {device} as a file name, so _ was put in front)")
    return Outcome(True, 200, message, name=target.name, title=said)


async def convert_present(folders: list[Path], drafts: Path, *, first: Path | None = None,
                          timeout: float = READ_TIMEOUT) -> int:
    """Convert the .doc files already in ``folders`` (not their subfolders), ``first`` first, into
    the store of ``drafts`` when it has no copy yet; how many were converted. A .doc that cannot
    be read is left as it is: checking it in the studio says what to do."""
    candidates: list[Path] = [first] if first is not None and first.suffix.lower() == ".doc" else []
    for folder in folders:
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            continue
        candidates += [Path(folder) / n for n in names if n.lower().endswith(".doc") and not n.startswith((".", "~$"))]
    store, done, seen, present = converted.store(drafts), 0, set(), set()
    listed = time.time()
    for path in candidates:
        try:
            if not path.is_file():
                continue
            key = await asyncio.to_thread(converted.digest, path)
            present.add(key)
            if key in seen or converted.stored(store, key).is_file():
                continue
            seen.add(key)
            store.mkdir(exist_ok=True)
            docx = store / f".present-{secrets.token_hex(6)}.docx"
            try:
                ok, said = await validate(path, path.name, timeout=timeout, keep=docx)
                if ok and docx.is_file():
                    converted.keep(docx, store, key)
                    done += 1
                else:
                    log.warning("stdauthor serve: %s", said)
            finally:
                try:
                    os.unlink(docx)
                except OSError:
                    pass
        except OSError as exc:
            log.warning("stdauthor serve: %s: %s", path, exc.strerror or exc)
    converted.prune(store, present, before=listed)
    return done


class _TooBig(Exception):
    pass
