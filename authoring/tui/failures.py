"""One line to show when background work fails, whatever failed."""

from __future__ import annotations

from authoring.errors import StdAuthorError
from authoring.i18n import tr


def describe(exc: Exception) -> str:
    """The user's message for an input problem, or a short internal-error line for a bug.

    Workers catch every exception and show this line: a bug in an analyser must not take
    the studio (and the author's unsaved typing) down with it.
    """
    if isinstance(exc, StdAuthorError):
        return exc.message()
    return tr(f"内部错误：{type(exc).__name__}: {exc}", f"internal error: {type(exc).__name__}: {exc}")
