"""Find many cue phrases at once in normalised text, overlapping matches included.

Cues and text are compared after the same normalisation (NFKC, so full-width letters and
digits meet their half-width forms; case folded; all whitespace dropped), so ``满意度 测评``
in a draft meets the cue ``满意度测评``. All phrases are compiled into one trie-shaped regular
expression scanned with a lookahead, which reports the longest phrase starting at each
position; the shorter phrases that are prefixes of it are added from a precomputed table.
The regex engine tries the alternatives of a node one by one, so the hundreds of first
characters are split into a small tree of character-class lookaheads: each position costs a
few class tests instead of a test per first character.

Example:
    >>> m = PhraseMatcher(["投诉", "投诉处理", "处理"])
    >>> sorted((p, s) for p, s, _ in m.find(normalise("投诉 处理")))
    [('处理', 2), ('投诉', 0), ('投诉处理', 0)]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable


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


def _trie_pattern(phrases: Iterable[str]) -> str:
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?" if len(branches) > 1 or len(body) > 1 else body + "?"
        return body

    return build(trie)


# Dispatch on the first character: at most this many first characters in one plain trie,
# else split them into this many groups, each behind a character-class lookahead.
_LEAF_FIRST_CHARS = 40
_FAN_OUT = 4


def _char_class(chars: list[str]) -> str:
    return "[" + "".join(re.escape(ch) for ch in chars) + "]"


def _dispatch_pattern(phrases: list[str]) -> str:
    """The trie of ``phrases`` with its first level split by character-class lookaheads."""
    by_first: dict[str, list[str]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], []).append(phrase)

    def build(firsts: list[str]) -> str:
        if len(firsts) <= _LEAF_FIRST_CHARS:
            return _trie_pattern(p for ch in firsts for p in by_first[ch])
        size = -(-len(firsts) // _FAN_OUT)
        groups = [firsts[i:i + size] for i in range(0, len(firsts), size)]
        return "|".join(f"(?={_char_class(group)})(?:{build(group)})" for group in groups)

    firsts = sorted(by_first)
    return f"(?={_char_class(firsts)})(?=({build(firsts)}))"


class PhraseMatcher:
    """All occurrences of a fixed set of (already normalised) phrases in a text.

    ASCII phrases (``KPI``, ``NPS``) match only as whole words, so ``nps`` does not match
    inside ``snps``; a plural or past ending may follow (``complaints`` for ``complaint``).
    """

    def __init__(self, phrases: Iterable[str]):
        unique = sorted({p for p in phrases if p})
        self._phrases = frozenset(unique)
        self._regex = re.compile(_dispatch_pattern(unique)) if unique else None
        # For each phrase, the phrases that are prefixes of it (itself included).
        self._prefixes: dict[str, tuple[str, ...]] = {
            p: tuple(p[:i] for i in range(1, len(p) + 1) if p[:i] in self._phrases) for p in unique
        }
        self._ascii_words = frozenset(p for p in unique if _is_ascii_word(p))

    def find(self, text: str) -> list[tuple[str, int, int]]:
        """``(phrase, start, end)`` for every occurrence in normalised ``text``, in text order."""
        out: list[tuple[str, int, int]] = []
        if self._regex is None:
            return out
        prefixes, ascii_words = self._prefixes, self._ascii_words
        for match in self._regex.finditer(text):
            longest = match.group(1)
            if not longest:
                continue
            start = match.start()
            for phrase in prefixes[longest]:
                end = start + len(phrase)
                if phrase in ascii_words and not _word_bounded(text, start, end):
                    continue
                out.append((phrase, start, end))
        return out


# Endings an English cue may take and still be the same word (complaint → complaints,
# train → trained, survey → surveying); checked only after the cue itself has matched.
_ENDINGS = ("s", "es", "ed", "d", "ing", "ly")


def _word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    if before.isascii() and before.isalnum():
        return False
    after = text[end] if end < len(text) else " "
    if not (after.isascii() and after.isalnum()):
        return True
    for ending in _ENDINGS:
        if text.startswith(ending, end):
            tail = text[end + len(ending)] if end + len(ending) < len(text) else " "
            if not (tail.isascii() and tail.isalnum()):
                return True
    return False
