"""Internal errors: a one-line message with a hint to report it, the traceback in a log file.

A bug in stdauthor must never print a bare traceback or exit 1 (which means "findings"): the
command line prints one line naming the log and exits with :data:`EXIT_INTERNAL`. The log goes
to ``$STDAUTHOR_LOG_DIR``, else ``$XDG_STATE_HOME/stdauthor/logs``, else
``~/.local/state/stdauthor/logs`` (``%LOCALAPPDATA%\\stdauthor\\logs`` on Windows); when none
of these can be written, to the temporary folder.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

from authoring import __version__
from authoring.i18n import tr

#: Exit code of a run that hit a bug in stdauthor (0 passed, 1 findings, 2 bad input or output).
EXIT_INTERNAL = 3

ISSUES_HINT_ZH = "这是 stdauthor 的缺陷，请把日志附在问题报告中"
ISSUES_HINT_EN = "this is a bug in stdauthor; please report it with the log"


def log_dir() -> Path:
    """The folder crash logs go to (not created here)."""
    explicit = os.environ.get("STDAUTHOR_LOG_DIR", "").strip()
    if explicit:
        return Path(explicit)
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "stdauthor" / "logs"
    xdg = os.environ.get("XDG_STATE_HOME", "").strip()
    return (Path(xdg) if xdg else Path.home() / ".local" / "state") / "stdauthor" / "logs"


def format_exception(exc: BaseException) -> str:
    """The full traceback of ``exc`` as text."""
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def write_log(details: str, argv: Sequence[str] | None = None, *, context: str = "") -> Path | None:
    """Write ``details`` (a traceback) with the version and command line to a new log file.

    Returns the log's path, or None when no folder could take it.
    """
    stamp = time.strftime("%Y%m%d-%H%M%S")
    header = [
        f"stdauthor {__version__} internal error, {time.strftime('%Y-%m-%d %H:%M:%S %z')}",
        f"python {platform.python_version()} on {platform.platform()}",
        f"command: stdauthor {' '.join(sys.argv[1:] if argv is None else argv)}",
    ]
    if context:
        header.append(f"context: {context}")
    text = "\n".join(header) + "\n\n" + details
    if not text.endswith("\n"):
        text += "\n"
    for folder in (log_dir(), Path(tempfile.gettempdir()) / "stdauthor-logs"):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=f"crash-{stamp}-", suffix=".log", dir=folder)
            with os.fdopen(fd, "w", encoding="utf-8", errors="replace") as handle:
                handle.write(text)
            return Path(name)
        except OSError:
            continue
    return None


def summary(exc_type: str, exc_text: str) -> str:
    """``Type: first line of the message`` kept short."""
    first = exc_text.strip().splitlines()[0] if exc_text.strip() else ""
    if len(first) > 160:
        first = first[:157] + "..."
    return f"{exc_type}: {first}" if first else exc_type


def internal_message(what: str, log: Path | None) -> str:
    """The one-line message of an internal error ``what`` (``Type: text``) whose details are in ``log``."""
    if log is None:
        return tr(f"内部错误（{what}）；{ISSUES_HINT_ZH}（日志无法写入）",
                  f"internal error ({what}); {ISSUES_HINT_EN} (the log could not be written)")
    return tr(f"内部错误（{what}）；{ISSUES_HINT_ZH}：{log}", f"internal error ({what}); {ISSUES_HINT_EN}: {log}")


def report_exception(exc: BaseException, argv: Sequence[str] | None = None, *, context: str = "") -> str:
    """Log ``exc`` with its traceback and return the one-line message naming the log."""
    log = write_log(format_exception(exc), argv, context=context)
    return internal_message(summary(type(exc).__name__, str(exc)), log)
