"""bench/real_eval.py's evidence measure: is a place the tool shows one the readers cited?"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from real_eval import evidence_at_cited  # noqa: E402


@dataclass
class _Unit:
    location: str
    text: str = ""
    is_title: bool = False
    end: int = 0


UNITS = [_Unit("第一条", "为了……制定本条例。"), _Unit("第十二条", "服务机构应当……"), _Unit("5.2.1", "应建立……"),
         _Unit("6", "服务内容设计", is_title=True, end=7), _Unit("6.1", "a"), _Unit("6.2", "b"), _Unit("6.3", "c"),
         _Unit("7.1", "d")]


def test_the_same_article_counts_and_another_does_not() -> None:
    assert evidence_at_cited(["第一条", "第十二条"], UNITS, ["第十二条"])
    assert not evidence_at_cited(["第一条"], UNITS, ["第十二条"])


def test_a_subclause_of_a_cited_clause_counts() -> None:
    assert evidence_at_cited(["5.2.1"], UNITS, ["5.2"])
    assert not evidence_at_cited(["5.21"], UNITS, ["5.2"]), "5.21 is no subclause of 5.2"


def test_a_unit_under_a_cited_heading_counts() -> None:
    assert evidence_at_cited(["6.2"], UNITS, ["服务内容设计"])
    assert not evidence_at_cited(["7.1"], UNITS, ["服务内容设计"])


def test_nothing_cited_or_nothing_shown_is_no_hit() -> None:
    assert not evidence_at_cited(["第一条"], UNITS, [])
    assert not evidence_at_cited([], UNITS, ["第一条"])


def test_a_numbered_heading_cited_as_printed_counts_at_its_number() -> None:
    """Round 167: readers cite "6. Traveling Team Fees" and "763.03(e)"; the tool shows 6 and "763.03   Customer
    service". The number is the place; another number is not."""
    assert evidence_at_cited(["6"], UNITS, ["6. Traveling Team Fees"])
    assert evidence_at_cited(["6.2"], UNITS, ["6. Traveling Team Fees"])
    assert evidence_at_cited(["763.03   Customer service"], UNITS, ["763.03(e)", "763.04"])
    assert not evidence_at_cited(["7"], UNITS, ["6. Traveling Team Fees"])
    assert not evidence_at_cited(["763.031"], UNITS, ["763.03(e)"])


def test_an_item_cited_under_a_chinese_numbered_section_counts_at_the_section() -> None:
    """Round 211: readers cite "三、4" (item 4 of section 三), "二(一)" and "一、退换货总则"; the tool shows the section 三,
    二 or 一. Another section, or an article (第三条), is not it."""
    assert evidence_at_cited(["三"], UNITS, ["三、4", "六、2"])
    assert evidence_at_cited(["二"], UNITS, ["二(一)"])
    assert evidence_at_cited(["一"], UNITS, ["一、退换货总则"])
    assert not evidence_at_cited(["四"], UNITS, ["三、4"])
    assert not evidence_at_cited(["三"], UNITS, ["第三条"])


def test_a_heading_cited_with_plain_quotes_is_the_place_printed_with_curly_ones() -> None:
    """Round 215: the page prints It’s easy for customers to reach us; its reader typed It's."""
    assert evidence_at_cited(["It’s easy for customers to reach us"], UNITS, ["It's easy for customers to reach us"])
    assert not evidence_at_cited(["It’s hard"], UNITS, ["It's easy for customers to reach us"])


def test_an_item_cited_under_an_article_counts_at_the_article() -> None:
    """Round 216: readers cite "第五条(一)" and "第四条（十）"; the tool shows the article 第五条. Another article does not
    count, nor does a cited article count for a shown item of another (第五十条)."""
    assert evidence_at_cited(["第五条"], UNITS, ["第五条(一)", "第九条"])
    assert evidence_at_cited(["第四条"], UNITS, ["第四条（十）"])
    assert not evidence_at_cited(["第六条"], UNITS, ["第五条(一)"])
    assert not evidence_at_cited(["第五十条"], UNITS, ["第五条(一)"])
