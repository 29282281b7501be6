"""PhraseMatcher finds exactly what a plain scan finds: every occurrence of every phrase,
overlapping and nested ones included, in text order (by start, the shorter phrase first), and
English phrases only as whole words (an ending such as ``s`` or ``ed`` may follow)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from authoring.coverage.matcher import PhraseMatcher, _is_ascii_word, _word_bounded, normalise


def plain_scan(phrases: list[str], text: str) -> list[tuple[str, int, int]]:
    unique = sorted({p for p in phrases if p})
    out = []
    for start in range(len(text)):
        for phrase in sorted((p for p in unique if text.startswith(p, start)), key=len):
            end = start + len(phrase)
            if _is_ascii_word(phrase) and not _word_bounded(text, start, end):
                continue
            out.append((phrase, start, end))
    return out


# Few letters, so phrases overlap, nest and share prefixes often; a character outside the
# Basic Multilingual Plane, so positions are counted in Python characters.
ALPHABET = "投诉处理服务ab s\U00020000"
phrase = st.text(alphabet=ALPHABET, min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(st.lists(phrase, max_size=12), st.text(alphabet=ALPHABET, max_size=40))
def test_the_same_as_a_plain_scan(phrases: list[str], text: str) -> None:
    assert PhraseMatcher(phrases).find(text) == plain_scan(phrases, text)


def test_whole_english_words_and_endings() -> None:
    matcher = PhraseMatcher(["nps", "complaint", "投诉"])
    text = normalise("SNPS and NPS; complaints, complainter 投诉")
    assert matcher.find(text) == [("nps", 9, 12), ("complaint", 13, 22), ("投诉", 35, 37)]
    assert PhraseMatcher([]).find("投诉") == []
    assert PhraseMatcher(["", "投诉"]).find("投诉投诉") == [("投诉", 0, 2), ("投诉", 2, 4)]


def test_an_english_word_inside_a_code_identifier_is_no_word() -> None:
    """GM/T draft zh05 (bench/real round 99) prints its API as ``int SFF_Free(IN int nAttrID, …)``: the
    free there is a function's name, not a service offered free (6.2 called partial against the label)."""
    matcher = PhraseMatcher(["free", "encrypt"])
    assert matcher.find(normalise("原型：int SFF_Free(IN int nAttrID); SFF_Encrypt_Init")) == []
    assert [p for p, _, _ in matcher.find(normalise("free of charge, we encrypt (free)"))] == ["free", "encrypt", "free"]
