"""User-facing errors: one clear line naming the file (and line where there is one)."""

from __future__ import annotations

from pathlib import Path

from authoring.i18n import tr


class StdAuthorError(Exception):
    """An error caused by the user's input, printed as one line without a traceback.

    Args:
        zh: the message in Chinese.
        en: the same message in English.
        path: the file the problem is in, if any.
        line: the 1-based line in that file, if known.
    """

    def __init__(self, zh: str, en: str, *, path: str | Path | None = None, line: int | None = None):
        self.zh = zh
        self.en = en
        self.path = str(path) if path is not None else None
        self.line = line
        super().__init__(self.message())

    def message(self) -> str:
        """The one-line message in the current language, prefixed with ``file:line:``."""
        text = " ".join(tr(self.zh, self.en).splitlines())
        if self.path is None:
            return text
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {text}"

    def __str__(self) -> str:
        return self.message()


class InputError(StdAuthorError):
    """An input file could not be read or is not what it claims to be (CLI exit code 2)."""


class OutputError(StdAuthorError):
    """An output could not be written without harming an existing file."""


class OutputOSError(OutputError, OSError):
    """An OS error (permission, name too long, disk full) while writing an output, as one line.

    It is an :class:`OutputError` for the command line and still an ``OSError`` (with
    ``errno``, ``strerror`` and ``filename``) for code that catches those.
    """

    def __new__(cls, *args: object, **kwargs: object) -> "OutputOSError":
        return OSError.__new__(cls)

    def __init__(self, zh: str, en: str, *, path: str | Path, cause: OSError):
        super().__init__(zh, en, path=path)
        self.errno = cause.errno
        self.strerror = cause.strerror
        self.filename = str(path)

    def __str__(self) -> str:
        return self.message()


#: An OS error's reason in Chinese, by errno: the system's own words (strerror) are English.
_REASONS_ZH = {
    "ENOENT": "文件或文件夹不存在",
    "EACCES": "没有权限",
    "EPERM": "不允许的操作",
    "EROFS": "只读的文件系统",
    "ENOSPC": "磁盘空间不足",
    "EDQUOT": "超出磁盘配额",
    "EISDIR": "这是一个文件夹",
    "ENOTDIR": "路径中有一项不是文件夹",
    "ENAMETOOLONG": "文件名过长",
    "EEXIST": "文件已存在",
    "EBUSY": "文件正被占用",
    "ETXTBSY": "文件正被占用",
    "EMFILE": "打开的文件过多",
    "EIO": "读写设备出错",
    "ELOOP": "符号链接循环",
    "EINVAL": "参数无效",
    "EXDEV": "不能跨文件系统移动",
}


def os_reason(exc: OSError) -> tuple[str, str]:
    """The reason of an OS error as ``(zh, en)``: Chinese by its errno, the system's words in English."""
    import errno

    en = exc.strerror or type(exc).__name__
    if any("\u4e00" <= ch <= "\u9fff" for ch in en):
        return en, en  # our own reason, already in the reader's language (the served studio's jail)
    name = errno.errorcode.get(exc.errno or 0, "")
    return _REASONS_ZH.get(name, en), en


class InvalidValue(ValueError):
    """A value a validator refuses, its reason in both languages: the project file's error line shows the reason
    in the user's language (pydantic keeps the exception, and :mod:`authoring.yamlio` reads it from there)."""

    def __init__(self, zh: str, en: str):
        self.zh = zh
        self.en = en
        super().__init__(en)
