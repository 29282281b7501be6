"""Chinese-first user messages with an English switch.

Every string a user reads is written as a pair: ``tr("中文", "English")``. The language is
chosen once per process (``--lang`` or ``STDAUTHOR_LANG``) and defaults to Chinese.
"""

from __future__ import annotations

import os
from typing import Literal

Lang = Literal["zh", "en"]

_current: Lang = "en" if os.environ.get("STDAUTHOR_LANG", "").lower().startswith("en") else "zh"


def set_lang(lang: str) -> None:
    """Switch the language of user messages (``zh`` or ``en``)."""
    global _current
    _current = "en" if lang.lower().startswith("en") else "zh"


def get_lang() -> Lang:
    """The language user messages are printed in."""
    return _current


def tr(zh: str, en: str) -> str:
    """Pick the Chinese or English form of a message for the current language."""
    return en if _current == "en" else zh


def count_en(count: int, noun: str, plural: str | None = None) -> str:
    """``1 error``, ``2 errors``, ``0 replies``: an English count with its noun in the right number."""
    return f"{count} {noun}" if count == 1 else f"{count} {plural or noun + 's'}"


def join_names(names: list[str], lang: Lang | None = None) -> str:
    """Names of places in one line: ``4.3、5.1`` (``4.3, 5.1``); when a name holds the separator itself (a heading
    ``1、旅行社义务``, an English ``Fees, Payments``) the names are set apart by ``；`` (``; ``) so that each still reads
    as one. In the current language unless ``lang`` is given."""
    if (lang or _current) == "en":
        return ("; " if any("," in n for n in names) else ", ").join(names)
    return ("；" if any("、" in n for n in names) else "、").join(names)
