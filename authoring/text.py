"""Text hygiene shared by every layer: what a paste from a PDF leaves behind."""

from __future__ import annotations

import re
import unicodedata

# C0/C1 controls other than tab and newlines.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def clean_text(text: str) -> str:
    """Drop control characters and zero-width marks, and turn odd spaces into plain ones.

    The ideographic space (U+3000) is kept: GB/T 1.1 uses it between a number and a title.

    >>> clean_text("服务\\x0c质量\\u00a0要求\\u200b")
    '服务质量 要求'
    """
    text = CONTROL_CHARS.sub("", text).translate(_ZERO_WIDTH)
    return "".join(
        " " if unicodedata.category(ch) == "Zs" and ch not in " \u3000" else ch for ch in text
    )


def normalise_space(text: str) -> str:
    """Collapse runs of spaces (not the ideographic space) and strip the ends."""
    return re.sub(r"[ \t]+", " ", clean_text(text)).strip()
