"""Text hygiene shared by every layer: what a paste from a PDF leaves behind."""

from __future__ import annotations

import re

# C0/C1 controls other than tab and newlines.
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f"
CONTROL_CHARS = re.compile(f"[{_CONTROLS}]")
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Unicode category Zs except the plain space and the ideographic space (U+3000), which
# GB/T 1.1 uses between a number and a title; a test checks this against unicodedata.
ODD_SPACES = "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f"
# Most text has none of these: one regex search decides, and only dirty text is translated.
_DIRTY = re.compile(f"[{_CONTROLS}{_ZERO_WIDTH}{ODD_SPACES}]")
_TABLE: dict[int, str | None] = {
    **{code: None for code in range(0xA0) if CONTROL_CHARS.match(chr(code))},
    **dict.fromkeys(map(ord, _ZERO_WIDTH), None),
    **dict.fromkeys(map(ord, ODD_SPACES), " "),
}


#: Slashes a download site or a full-width input puts in a document code (GB∕T, GB／T): read as
#: ``/`` where a code is looked for, one character for one, so that positions stay where they are.
SLASH_LOOKALIKES = str.maketrans("\u2215\uff0f", "//")


def clean_text(text: str) -> str:
    """Drop control characters and zero-width marks, and turn odd spaces into plain ones.

    The ideographic space (U+3000) is kept: GB/T 1.1 uses it between a number and a title.

    >>> clean_text("服务\\x0c质量\\u00a0要求\\u200b")
    '服务质量 要求'
    """
    return text.translate(_TABLE) if _DIRTY.search(text) else text


def normalise_space(text: str) -> str:
    """Collapse runs of spaces (not the ideographic space) and strip the ends."""
    return re.sub(r"[ \t]+", " ", clean_text(text)).strip()


# A figure standing alone between Chinese words, with a plain space on either side (每千字 0.88 次,
# 1 条): where a terminal wraps at spaces, the line would break there and leave the figure's unit
# alone on the next line. A designation's number (GB/T 1.1 结构) keeps its space.
_CJK_FIGURE = re.compile(r"(?:(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]) ?|^)(\d+(?:\.\d+)?%?) (?=[\u4e00-\u9fff])")


def tight_cjk(text: str) -> str:
    """``text`` with a figure standing between Chinese words joined to them, for a terminal that
    wraps at spaces.

    >>> tight_cjk("本文件很少提及服务（每千字 0.88 次）：1 条未命中，GB/T 1.1 结构")
    '本文件很少提及服务（每千字0.88次）：1条未命中，GB/T 1.1 结构'
    >>> tight_cjk("2 条未命中")
    '2条未命中'
    """
    return _CJK_FIGURE.sub(r"\1", text)
