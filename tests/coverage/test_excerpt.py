"""The sentence shown for a place: its own sentence, at most 120 characters, cut between words in English."""

from __future__ import annotations

from authoring.coverage.matcher import normalise
from authoring.coverage.scoring import EXCERPT_MAX, excerpt


def _around(text: str, word: str) -> str:
    at = normalise(text).index(normalise(word))
    return excerpt(text, at, at + len(normalise(word)))


def test_an_english_sentence_ends_at_its_full_stop() -> None:
    text = ("Welcome to the archive. We answer every complaint within five working days. Opening hours are "
            "listed below.")
    assert _around(text, "complaint") == "We answer every complaint within five working days."


def test_a_long_english_sentence_is_cut_between_words() -> None:
    """QA pass 15 (A9) saw …act if you have… and ot… cut inside words."""
    text = ("We will answer every complaint within five working days and tell you what we will do next, and we "
            "will act if you have given us enough information about the problem you found on the website")
    shown = _around(text, "complaint")
    assert len(shown) <= EXCERPT_MAX and "complaint" in shown
    kept = shown.strip("…").split()
    assert all(word in text.split() for word in kept), shown
    later = _around(text, "website")
    assert later.startswith("…") and later.strip("…").split()[0] in text.split(), later


def test_chinese_is_cut_by_its_own_marks_only() -> None:
    text = "服务机构应建立投诉处理制度。Mr. Wang 负责回访。"
    assert _around(text, "回访") == "Mr. Wang 负责回访。"
