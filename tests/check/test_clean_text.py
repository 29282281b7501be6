"""clean_text: its fast path cleans exactly what the character-by-character rule would."""

from __future__ import annotations

import sys
import unicodedata

from authoring.text import CONTROL_CHARS, ODD_SPACES, clean_text

_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def _reference(text: str) -> str:
    """The rule spelled out one character at a time."""
    text = CONTROL_CHARS.sub("", text)
    text = "".join(ch for ch in text if ch not in _ZERO_WIDTH)
    return "".join(" " if unicodedata.category(ch) == "Zs" and ch not in " \u3000" else ch for ch in text)


def test_odd_spaces_are_every_zs_but_the_plain_and_ideographic_space() -> None:
    zs = {chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Zs"}
    assert set(ODD_SPACES) == zs - {" ", "\u3000"}


def test_every_low_code_point_is_cleaned_like_the_reference() -> None:
    for code in range(0x3100):
        text = f"服务{chr(code)}质量"
        assert clean_text(text) == _reference(text), hex(code)


def test_mixed_text() -> None:
    text = "\ufeff5.1\u00a0\u3000服务\x0c质量\u2003要求\u200b\t说明\r\n\x85\u00ad"
    assert clean_text(text) == _reference(text)
    assert clean_text("纯文本，没有要清理的。") == "纯文本，没有要清理的。"
