"""Word 97–2003 ``.doc`` drafts: told apart from encrypted packages, and saved as .docx by LibreOffice.

Committees keep older drafts as ``.doc``. Both a ``.doc`` and a password-protected ``.docx``
are OLE compound files; the stream names in the file's directory tell them apart
(``WordDocument`` against ``EncryptedPackage``). A ``.doc`` is converted the way a secretary
would do it by hand, by LibreOffice Writer in headless mode, into a temporary folder; the
reader then reads the converted copy. Without LibreOffice the error says what to do.

Example:
    >>> with readable_docx("old-draft.doc") as path:  # doctest: +SKIP
    ...     doc = read_docx(path)
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

from authoring.errors import InputError

__all__ = ["ole_kind", "convert_doc", "readable_docx", "CONVERT_TIMEOUT", "DRAFT_SUFFIXES"]

#: The files a draft is read from: a Word .docx, or a Word 97 .doc through LibreOffice.
DRAFT_SUFFIXES = (".docx", ".doc", ".wps")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: Seconds LibreOffice may take to save one .doc as .docx.
CONVERT_TIMEOUT = 120.0
#: The directory of an OLE file is read up to this many bytes (a .doc's is near its start or end).
_SCAN_LIMIT = 200 * 1024 * 1024
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


def ole_kind(path: str | Path) -> Literal["doc", "encrypted", "other"] | None:
    """What an OLE compound file at ``path`` holds; None when it is not one (or cannot be read)."""
    try:
        with Path(path).open("rb") as handle:
            if handle.read(8) != OLE_MAGIC:
                return None
            data = handle.read(_SCAN_LIMIT)
    except OSError:
        return None
    if _ENCRYPTED_STREAM in data:
        return "encrypted"
    if _WORD_STREAM in data:
        return "encrypted" if _doc_encrypted(OLE_MAGIC + data) else "doc"
    return "other"


def _doc_encrypted(data: bytes) -> bool:
    """Whether a Word 97 .doc (the OLE file's bytes ``data``) is password-protected: the ``fEncrypted`` flag
    of the FIB at the start of its ``WordDocument`` stream, found through the file's directory (at most
    :data:`_DIRECTORY_SECTORS` sectors of it). Anything unexpected reads as not encrypted (LibreOffice then
    says what it can)."""
    try:
        sector = 1 << int.from_bytes(data[0x1E:0x20], "little")
        if sector not in (512, 4096):
            return False
        per_fat = sector // 4
        difat = [int.from_bytes(data[0x4C + 4 * k:0x50 + 4 * k], "little") for k in range(109)]

        def following(current: int) -> int:
            fat = difat[current // per_fat]
            at = (fat + 1) * sector + (current % per_fat) * 4
            return int.from_bytes(data[at:at + 4], "little")

        current = int.from_bytes(data[0x30:0x34], "little")
        for _ in range(_DIRECTORY_SECTORS):
            if current >= 0xFFFFFFFA:
                return False
            base = (current + 1) * sector
            for at in range(base, base + sector, 128):
                entry = data[at:at + 128]
                length = int.from_bytes(entry[0x40:0x42], "little")
                if length and entry[:length - 2] == _WORD_STREAM and entry[0x42] == 2:
                    begin = (int.from_bytes(entry[0x74:0x78], "little") + 1) * sector
                    fib = data[begin:begin + 12]
                    return len(fib) == 12 and fib[:2] == b"\xec\xa5" and bool(
                        int.from_bytes(fib[10:12], "little") & 0x0100)
            current = following(current)
    except (IndexError, ValueError):
        return False
    return False


#: How many sectors of an OLE file's directory are looked through for the WordDocument stream.
_DIRECTORY_SECTORS = 64


def _soffice() -> str | None:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return None


def convert_doc(path: str | Path, folder: str | Path, *, timeout: float = CONVERT_TIMEOUT) -> Path:
    """Save the ``.doc`` at ``path`` as a .docx in ``folder`` with LibreOffice; the new file's path.

    InputError naming ``path`` when LibreOffice is missing, fails or takes longer than ``timeout``.
    """
    path, folder = Path(path), Path(folder)
    soffice = _soffice()
    if soffice is None:
        raise InputError(
            "这是旧版 Word 97-2003 .doc 文件：请在 Word 或 WPS 中另存为 .docx，或安装 LibreOffice 后再试（将自动转换）",
            "this is a legacy Word 97-2003 .doc file: save it as .docx in Word or WPS, or install LibreOffice "
            "and try again (it is then converted automatically)",
            path=path,
        )
    source = folder / "draft.doc"  # a plain name: LibreOffice names its output after its input
    shutil.copyfile(path, source)
    profile = folder / "profile"
    command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
               "--writer", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(folder), str(source)]
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, start_new_session=True)
    try:
        _, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(process)
        raise InputError(
            f"旧版 .doc 转换为 .docx 超时（LibreOffice 超过 {timeout:g} 秒）",
            f"converting the legacy .doc to .docx timed out (LibreOffice took over {timeout:g} s)",
            path=path,
        ) from None
    except BaseException:
        _kill_group(process)
        raise
    out = folder / "draft.docx"
    if process.returncode != 0 or not out.is_file() or out.stat().st_size == 0:
        lines = (err or b"").decode(errors="replace").splitlines()
        detail = " ".join(" ".join(line for line in lines if not line.startswith("Warning:")).split())[:200]
        raise InputError(
            "LibreOffice 无法打开这个旧版 .doc 文件（已损坏或受密码保护？）：请在 Word 或 WPS 中另存为不加密的 .docx"
            + (f"（LibreOffice：{detail}）" if detail else ""),
            "LibreOffice could not open this legacy .doc file (damaged or password-protected?): save it as an "
            f"unencrypted .docx in Word or WPS{(' (LibreOffice: ' + detail + ')') if detail else ''}",
            path=path,
        )
    return out


def _kill_group(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except OSError:
        pass
    process.wait()


@contextmanager
def readable_docx(path: str | Path) -> Iterator[Path]:
    """``path`` itself, or for a ``.doc`` a converted .docx copy that lives as long as the block. A path that is no
    regular file (a FIFO would block the first read for ever) is one line naming it (QA pass 13, A5)."""
    from authoring.docx.read._safe import draft_kind

    if draft_kind(path) != "doc":
        yield Path(path)
        return
    with tempfile.TemporaryDirectory(prefix="stdauthor-doc-") as folder:
        yield convert_doc(path, folder)
