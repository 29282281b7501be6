"""numbering.list-marker: in a list whose items carry no typed mark (Word numbers them), an item whose text starts
like a mark is text, not an inconsistent marker (GB/T 35273—2020, C.3: ``c) a）所要求的交互界面……``, where ``a）`` refers
to item a)); a list whose items are typed still has its odd marker reported."""

from __future__ import annotations

from authoring.document import Clause, ListBlock, ListItem, StandardDocument
from authoring.lint import run_lint


def _markers(texts: tuple[str, ...]) -> list[str]:
    doc = StandardDocument(clauses=[Clause(number="C.3", title="交互界面", blocks=[ListBlock(items=[
        ListItem(text=text) for text in texts])])])
    return [f.message for f in run_lint(doc) if f.rule == "numbering.list-marker"]


def test_a_reference_at_the_start_of_a_word_numbered_item_is_no_marker() -> None:
    assert _markers(("应向个人信息主体提供交互界面；", "交互界面应便于操作；",
                     "a）所要求的交互界面应在产品中易于找到。")) == []


def test_a_typed_list_with_an_odd_marker_is_still_reported() -> None:
    messages = _markers(("a) 第一项；", "b) 第二项；", "c） 第三项；", "d) 第四项。"))
    assert len(messages) == 1 and "c）" in messages[0]
