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
