"""A list a draft prints as one, though its pieces come from different numbering (QA pass 6).

A converter or an author mixing typed markers (``a）``) with Word's numbering, or one Word list per
item, gave the reader one list block per piece, and a built draft then printed ``a) a) b) a)`` where
the draft had ``a) … f)``. A list resumed after a note printed ``a)`` again where the draft had ``b)``.
"""

from __future__ import annotations

from pathlib import Path

import reader_builders as rb
from ruamel.yaml import YAML

from authoring.document import ListBlock, Note
from authoring.docx.read import read_docx
from authoring.docx.write import write_docx
from authoring.project.outline_edit import clause_lines, set_clause_lines

H = rb.style("1", "heading 1", outline=0) + rb.style("2", "heading 2", outline=1)
LETTERS = rb.abstract(4, rb.level(0, "lowerLetter", "%1)"))
NUMBERS = rb.abstract(7, rb.level(0, "decimal", "%1)"))


def _read(tmp_path: Path, body: str, numbering: str = "", name: str = "d.docx"):
    return read_docx(rb.write_package(tmp_path / name, rb.para("1　范围", "1") + body, H, numbering))


def _lists(blocks) -> list[ListBlock]:
    return [b for b in blocks if isinstance(b, ListBlock)]


def test_typed_and_word_numbered_pieces_are_one_list(tmp_path: Path) -> None:
    # a）typed, b) c) Word's (starting at 2), d）typed, e) f) Word's again (another list, from 5)
    numbering = LETTERS + rb.num(5, 4, {0: 2}) + rb.num(6, 4, {0: 5})
    body = (rb.para("网关的规则配置主要包括：") + rb.para("a）应支持运算操作符；") + rb.para("应支持优先级设置；", num=(5, 0))
            + rb.para("应支持自定义操作符；", num=(5, 0)) + rb.para("d）应支持主流数据类型；")
            + rb.para("宜支持敏感性分析；", num=(6, 0)) + rb.para("宜支持复杂函数。", num=(6, 0)))
    doc = _read(tmp_path, body, numbering)
    lists = _lists(doc.clauses[0].blocks)
    assert len(lists) == 1
    assert [i.text for i in lists[0].items] == ["应支持运算操作符；", "应支持优先级设置；", "应支持自定义操作符；",
                                                "应支持主流数据类型；", "宜支持敏感性分析；", "宜支持复杂函数。"]
    assert lists[0].style == "letter" and lists[0].start == 1


def test_a_numbered_run_after_a_letter_item_is_its_sub_list(tmp_path: Path) -> None:
    # a) 基本项。 then Word's 1) 2) from another list at the same level, then a typed b)
    numbering = LETTERS + NUMBERS + rb.num(5, 4) + rb.num(8, 7)
    body = (rb.para("该指标包括以下内容。") + rb.para("基本项。", num=(5, 0)) + rb.para("检测。", num=(8, 0))
            + rb.para("监测预警。", num=(8, 0)) + rb.para("b) 扩展项。"))
    doc = _read(tmp_path, body, numbering)
    lists = _lists(doc.clauses[0].blocks)
    assert len(lists) == 1 and [i.text for i in lists[0].items] == ["基本项。", "扩展项。"]
    sub = lists[0].items[0].children
    assert sub is not None and sub.style == "number" and [i.text for i in sub.items] == ["检测。", "监测预警。"]


def test_two_lists_each_from_a_stay_two(tmp_path: Path) -> None:
    body = (rb.para("服务内容包括：") + rb.para("a）助餐；") + rb.para("b）助浴。")
            + rb.para("服务方式包括：") + rb.para("a）上门；") + rb.para("b）集中。"))
    lists = _lists(_read(tmp_path, body).clauses[0].blocks)
    assert [(b.start, len(b.items)) for b in lists] == [(1, 2), (1, 2)]


def test_a_list_resumed_after_a_note_keeps_its_letters_through_build_and_the_outline(tmp_path: Path) -> None:
    body = (rb.para("该指标包括以下内容。") + rb.para("a）基本项；") + rb.para("注：失效模式是指失效的整个过程。")
            + rb.para("b）扩展项。"))
    doc = _read(tmp_path, body)
    blocks = doc.clauses[0].blocks
    assert [type(b).__name__ for b in blocks[1:]] == ["ListBlock", "Note", "ListBlock"]
    assert isinstance(blocks[2], Note) and (blocks[1].start, blocks[3].start) == (1, 2)
    # written to Word and read again: Word prints b), so the list still starts at 2
    write_docx(doc, tmp_path / "built.docx")
    again = _lists(read_docx(tmp_path / "built.docx").clauses[0].blocks)
    assert [(b.start, [i.text for i in b.items]) for b in again] == [(1, ["基本项；"]), (2, ["扩展项。"])]
    # the studio's outline editor shows b) and keeps it when the lines come back
    body_data = {"clauses": [{"id": "c1", "number": "1", "title": "范围", "blocks": [
        "该指标包括以下内容。", {"type": "list", "style": "letter", "items": ["基本项；"]},
        {"type": "note", "text": "失效模式是指失效的整个过程。"},
        {"type": "list", "style": "letter", "start": 2, "items": ["扩展项。"]}]}]}
    lines = clause_lines(body_data, "c1")
    assert lines[-1] == "b) 扩展项。"
    set_clause_lines(body_data, "c1", [*lines[:-1], "c) 扩展项。"])
    resumed = body_data["clauses"][0]["blocks"][-1]
    assert resumed["start"] == 3 and list(resumed["items"]) == ["扩展项。"]
    YAML().dump(body_data, (tmp_path / "o.yaml").open("w", encoding="utf-8"))  # round-trips as YAML
