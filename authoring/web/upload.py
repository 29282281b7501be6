"""A Word draft (.docx, or a Word 97 .doc) from the browser into the drafts folder: size-limited,
then read like the CLI reads it.

The bytes are streamed to a hidden temporary file in the drafts folder, counting as they come
(a file over the limit is cut off and removed). Then :mod:`authoring.web.validate` reads it in
a child process with a time limit: the same refusals as ``stdauthor check`` (not a Word file,
zip bomb, entities, broken XML), each one line naming the uploaded file. Only a draft that
reads is given its final name, never replacing a file already there.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from authoring.docx.legacy import DRAFT_SUFFIXES
from authoring.i18n import get_lang, tr
from authoring.web.folders import safe_upload_name, unused_name

DEFAULT_LIMIT = 20 * 1024 * 1024
READ_TIMEOUT = 60.0
CHUNK = 64 * 1024
#: What may be uploaded: a .doc is kept as it is and read through LibreOffice, like ``check`` does.
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


async def validate(path: Path, shown: str, *, timeout: float = READ_TIMEOUT) -> tuple[bool, str]:
    """Read ``path`` in a child process; (True, title) or (False, one line naming ``shown``)."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "authoring.web.validate", "--lang", get_lang(), str(path),
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    try:
        out, err = await asyncio.wait_for(proc.communicate(), timeout)
    except asyncio.TimeoutError:
        proc.kill()
        await proc.wait()
        return False, tr(f"{shown}: 读取超过 {timeout:g} 秒，已放弃", f"{shown}: reading took over {timeout:g} s and was stopped")
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
    suffix = next((s for s in UPLOAD_SUFFIXES if raw.lower().endswith(s)), ".docx")
    name = safe_upload_name(raw, suffix)
    if not raw.lower().endswith(UPLOAD_SUFFIXES):
        await part.release()
        return Outcome(False, 415, tr(f"{name}: 只接受 Word 草案（.docx 或 .doc）",
                                      f"{name}: only Word drafts (.docx or .doc) are accepted"))
    tmp = drafts / f".upload-{secrets.token_hex(6)}{suffix}"
    size = 0
    try:
        with open(tmp, "xb") as handle:
            while chunk := await part.read_chunk(CHUNK):
                size += len(chunk)
                if size > limit:
                    raise _TooBig
                handle.write(chunk)
        ok, said = await validate(tmp, name, timeout=timeout)
        if not ok:
            return Outcome(False, 422, said, name=name)
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
        return Outcome(False, 500, tr(f"{name}: 无法保存（{exc.strerror or exc}）", f"{name}: cannot be saved ({exc.strerror or exc})"))
    finally:
        try:
            os.unlink(tmp)
        except OSError:
            pass
    return Outcome(True, 200, tr(f"已上传：{target.name}", f"uploaded: {target.name}"), name=target.name, title=said)


class _TooBig(Exception):
    pass
