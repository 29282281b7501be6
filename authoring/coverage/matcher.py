"""Find many cue phrases at once in normalised text, overlapping matches included.

Cues and text are compared after the same normalisation (NFKC, so full-width letters and
digits meet their half-width forms; case folded; all whitespace dropped), so ``满意度 测评``
in a draft meets the cue ``满意度测评``. All phrases go into one Aho-Corasick automaton
(``pyahocorasick``, in C): one pass over the text finds every occurrence of every phrase,
overlapping and nested ones included, and building it for a few thousand cues takes a
millisecond or two (a trie-shaped regular expression took some 50 ms to compile).

Example:
    >>> m = PhraseMatcher(["投诉", "投诉处理", "处理"])
    >>> sorted((p, s) for p, s, _ in m.find(normalise("投诉 处理")))
    [('处理', 2), ('投诉', 0), ('投诉处理', 0)]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import ahocorasick


class _NormTable(dict[int, str]):
    """``str.translate`` table filled on demand: a char's NFKC, case-folded, no whitespace."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        out = "" if ch.isspace() else unicodedata.normalize("NFKC", ch).casefold()
        out = "".join(c for c in out if not c.isspace())
        self[code] = out
        return out


_TABLE = _NormTable()
_GAP = "\x1f"  # stands for whitespace between two Latin letters or digits, which stays a space
_TABLE[ord(_GAP)] = " "
# Whitespace between Latin letters or digits: English words stay apart (``staff training``
# must not become ``stafftraining``, where no cue could find a word boundary).
_ASCII_GAP = re.compile(r"(?<=[A-Za-z0-9])\s+(?=[A-Za-z0-9])")


def normalise(text: str) -> str:
    """The form cues and text are compared in."""
    if _ASCII_GAP.search(text) is not None:
        text = _ASCII_GAP.sub(_GAP, text)
    return text.translate(_TABLE)


def _widths(text: str) -> list[int]:
    """How many characters of ``normalise(text)`` each character of ``text`` becomes."""
    widths = [len(_TABLE[ord(ch)]) for ch in text]
    for gap in _ASCII_GAP.finditer(text):
        widths[gap.start()] = 1
        for index in range(gap.start() + 1, gap.end()):
            widths[index] = 0
    return widths


def original_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Map a ``[start, end)`` span of ``normalise(text)`` back onto ``text``."""
    pos = 0
    o_start = o_end = len(text)
    found_start = False
    for index, width in enumerate(_widths(text)):
        if not found_start and pos + width > start:
            o_start, found_start = index, True
        pos += width
        if found_start and pos >= end:
            o_end = index + 1
            break
    return o_start, o_end


def _is_ascii_word(phrase: str) -> bool:
    return phrase.isascii() and any(c.isalnum() for c in phrase)


class PhraseMatcher:
    """All occurrences of a fixed set of (already normalised) phrases in a text.

    ASCII phrases (``KPI``, ``NPS``) match only as whole words, so ``nps`` does not match
    inside ``snps``; a plural or past ending may follow (``complaints`` for ``complaint``).
    """

    def __init__(self, phrases: Iterable[str]):
        unique = sorted({p for p in phrases if p})
        self._phrases = frozenset(unique)
        self._ascii_words = frozenset(p for p in unique if _is_ascii_word(p))
        self._automaton: ahocorasick.Automaton | None = None
        if unique:
            automaton = ahocorasick.Automaton()
            for phrase in unique:
                # What a match ending at ``end`` needs: where it starts, the phrase, and
                # whether it must stand as a whole English word.
                automaton.add_word(phrase, (len(phrase) - 1, phrase, phrase in self._ascii_words))
            automaton.make_automaton()
            self._automaton = automaton

    def find(self, text: str) -> list[tuple[str, int, int]]:
        """``(phrase, start, end)`` for every occurrence in normalised ``text``, in text order:
        by start, and at one start the shorter phrase first."""
        if self._automaton is None:
            return []
        found = [(last - back, last + 1, phrase, whole)
                 for last, (back, phrase, whole) in self._automaton.iter(text)]
        if not found:
            return []
        found.sort()  # (start, end) is unique per occurrence: the phrase never decides
        return [(phrase, start, end) for start, end, phrase, whole in found
                if not whole or _word_bounded(text, start, end)]


# Endings an English cue may take and still be the same word (complaint → complaints,
# train → trained, survey → surveying); checked only after the cue itself has matched.
_ENDINGS = ("s", "es", "ed", "d", "ing", "ly")


def _in_word(char: str) -> bool:
    """Whether ``char`` continues an English word or a code identifier (SFF_Free: no word free)."""
    return char.isascii() and (char.isalnum() or char == "_")


def _word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    if _in_word(before):
        return False
    after = text[end] if end < len(text) else " "
    if not _in_word(after):
        return True
    for ending in _ENDINGS:
        if text.startswith(ending, end):
            tail = text[end + len(ending)] if end + len(ending) < len(text) else " "
            if not _in_word(tail):
                return True
    return False
