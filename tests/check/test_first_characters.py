"""``first_characters``: the quick test that lets a rule skip a paragraph before a long alternation is searched.

It must never rule out a text that holds a match: checked against the placeholder patterns the lint ships and
against made-up patterns of every shape it reads, on texts built to match each branch."""

import re

import pytest

from authoring.lint.wording import _words
from authoring.text import first_characters


@pytest.mark.parametrize("pattern, starts", [
    (r"点击此处|单击此处", {"点", "单"}),
    (r"(?<![A-Z])X{3,}(?![a-z])", {"X"}),
    (r"【请填写[^】]*】", {"【"}),
    (r"(ab|[c-e])x", {"a", "c", "d", "e"}),
    (r"(?:TODO|TBD)+", {"T"}),
])
def test_the_characters_a_match_begins_with(pattern, starts):
    assert first_characters(re.compile(pattern)) == frozenset(starts)


@pytest.mark.parametrize("pattern", [r"a?b", r"^x", r".x", r"[^a]b", r"\wb", r"(?i)x", r"(?i:x)y", r"y|(?i:x)", r"a*b",
                                     r"[\u4e00-\u9fff]"])
def test_untold_when_a_match_may_begin_otherwise(pattern):
    # an optional first part, an anchor, any character, a negated set, a category, case folding, a wide range
    assert first_characters(re.compile(pattern)) is None


def test_a_text_without_them_holds_no_placeholder_and_one_with_them_may():
    pattern = _words().placeholder
    starts = first_characters(pattern)
    assert starts, "the shipped placeholders should be quick to rule out"
    for text in ("××单位", "见XXXX号", "xxxx", "○○○", "□□", "点击此处输入", "单击此处", "在此处键入文字", "TODO",
                 "待定", "待补充", "【编写提示】写明范围", "【请填写：技术差异】"):
        match = pattern.search(text)
        assert match is not None, text
        assert not starts.isdisjoint(text[match.start():match.start() + 1]), text
    assert pattern.search("服务机构应建立服务质量监测制度。") is None


def test_the_class_finds_exactly_those_characters_even_the_ones_a_class_treats_specially():
    from authoring.text import first_character_class

    found = first_character_class(re.compile(r"\]x|\^y|-z|\\v|点击"))
    for text in ("a]", "^", "a-b", "\\", "点"):
        assert found.search(text) is not None, text
    for text in ("xyz", "击", "[", "服务"):
        assert found.search(text) is None, text
    assert first_character_class(re.compile(r"a?b")) is None
