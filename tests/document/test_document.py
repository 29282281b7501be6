"""The StandardDocument model: walking, locations, designations and Markdown."""

from __future__ import annotations

import copy as copying
import json
import pickle

import pytest

from authoring._schema import validate_record
from authoring.markdown import document_to_markdown
from authoring.document import (
    Annex, Clause, Kind, ListBlock, ListItem, Metadata, Note, Paragraph, Reference, Section,
    StandardDocument, Table, TermEntry, element_order, list_marker,
)
from authoring.records import to_data


def sample() -> StandardDocument:
    return StandardDocument(
        metadata=Metadata(title_zh="物业服务指南", number="12345", year="2026"),
        foreword=Section(blocks=[Paragraph(text="本文件按照GB/T 1.1—2020的规定起草。")]),
        clauses=[
            Clause(number="1", title="范围", blocks=[Paragraph(text="本文件给出了物业服务的指导。")]),
            Clause(number="3", title="术语和定义", blocks=[
                Paragraph(text="下列术语和定义适用于本文件。"),
                TermEntry(number="3.1", term_zh="业主", term_en="owner", definition="房屋的所有权人。"),
            ]),
            Clause(number="5", title="服务提供", children=[
                Clause(number="5.1", title="投诉处理", blocks=[
                    ListBlock(style="letter", items=[
                        ListItem(text="受理投诉；"),
                        ListItem(text="回访。", children=ListBlock(style="number", items=[ListItem(text="电话回访")])),
                    ]),
                    Note(text="见表1。"),
                    Table(number="1", title="时限", rows=[["事项", "时限"], ["投诉", "24 h"]]),
                ]),
                Clause(number="5.2", title=""),
            ]),
        ],
        annexes=[Annex(letter="A", title="方法", children=[
            Clause(number="A.1", title="表", blocks=[Table(number="A.1", rows=[["a"]])]),
        ])],
        bibliography=[Reference(designation="GB/T 24620", title="服务标准制定导则", serial=1)],
    )


def test_locations_are_named_the_way_a_committee_does() -> None:
    locations = [loc for loc, _ in sample().iter_blocks()]
    assert locations == ["前言", "1", "3", "3.1", "5.1", "5.1", "表1", "表A.1", "参考文献"]


def test_clauses_walk_depth_first_including_annexes() -> None:
    doc = sample()
    assert [c.number for c in doc.iter_clauses()] == ["1", "3", "5", "5.1", "5.2", "A.1"]
    assert doc.find_clause("5.2").title == ""
    assert doc.find_clause("A.1").depth == 1
    assert doc.find_clause("5.1").depth == 2
    assert doc.chapter("术语").number == "3"


def test_designation_uses_the_em_dash_for_every_kind() -> None:
    assert Metadata(number="1.1", year="2020").designation() == "GB/T 1.1—2020"
    assert Metadata(kind=Kind.INDUSTRY, code="SL", number="123", year="2024").designation() == "SL/T 123—2024"
    assert Metadata(kind=Kind.LOCAL, code="DB11", number="9", year="2025").designation() == "DB11/T 9—2025"
    assert Metadata(kind=Kind.GROUP, code="CAS", number="290", year="2017").designation() == "T/CAS 290—2017"
    assert Metadata(kind=Kind.GB, number="15082", year="2026").designation() == "GB 15082—2026"
    assert Metadata().designation() == "GB/T XXXXX—XXXX"


def test_list_markers() -> None:
    assert [list_marker("letter", i) for i in (0, 1, 25, 26)] == ["a)", "b)", "z)", "aa)"]
    assert list_marker("number", 2) == "3)"
    assert list_marker("dash", 5) == "——"


def test_element_order_and_text() -> None:
    doc = sample()
    assert element_order(doc)[:3] == ["封面", "目次", "前言"]
    assert element_order(doc)[-2:] == ["附录A", "参考文献"]
    assert "电话回访" in doc.plain_text()
    assert doc.character_count() > 40


def test_markdown_rendering_escapes_and_keeps_structure() -> None:
    doc = sample()
    doc.clauses[0].blocks.append(Paragraph(text="<b>*强调*</b>"))
    md = document_to_markdown(doc)
    assert "## 1 范围" in md and "### 5.1 投诉处理" in md
    assert "- a) 受理投诉；" in md and "  - 1) 电话回访" in md
    assert "| 投诉 | 24 h |" in md
    assert "\\<b\\>\\*强调\\*\\</b\\>" in md
    assert "## 附录A（资料性）方法" in md
    assert "[1]\u3000GB/T 24620\u3000服务标准制定导则" in md


def test_json_round_trip_ignores_file_anchors() -> None:
    doc = sample()
    copy = validate_record(StandardDocument, json.loads(json.dumps(to_data(doc), ensure_ascii=False)))
    assert copy == doc
    copy.clauses[0].blocks[0].anchor = 17
    assert copy.content_equal(doc)
    copy.clauses[0].blocks[0].text = "改了"
    assert not copy.content_equal(doc)


def test_the_json_form_keeps_field_order_and_leaves_out_anchors_and_ids() -> None:
    doc = sample()
    doc.clauses[0].id = "c1"
    doc.clauses[0].blocks[0].anchor = 3
    data = to_data(doc)
    assert list(data) == ["metadata", "has_cover", "has_toc", "foreword", "introduction", "body_title", "clauses",
                          "annexes", "bibliography"]
    assert data["clauses"][0] == {"number": "1", "title": "范围", "blocks": [
        {"type": "paragraph", "text": "本文件给出了物业服务的指导。"}], "children": []}
    assert data["metadata"]["kind"] == "GB/T" and "function_source" not in data["metadata"]
    assert to_data(Metadata(title_zh="x", kind=Kind.GB), exclude_defaults=True) == {"kind": "GB", "title_zh": "x"}


def test_equality_copies_and_pickles_like_values() -> None:
    doc = sample()
    assert doc == sample() and doc.content_equal(sample())
    other = sample()
    other.clauses[0].blocks[0].anchor = 5  # anchors count for equality, not for content
    assert other != doc and other.content_equal(doc)
    assert pickle.loads(pickle.dumps(doc)) == doc
    deep = copying.deepcopy(doc)
    assert deep == doc and deep.clauses[0] is not doc.clauses[0]
    assert Metadata().replaces is not Metadata().replaces  # no shared mutable defaults
    with pytest.raises(TypeError):
        Paragraph(text="x", colour="red")  # an unknown field is refused
