"""Round trip: a StandardDocument with every block kind, written by the writer and read back,
holds the same content (``content_equal``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from authoring.document import (
    Annex, Clause, Example, Figure, FunctionType, ListBlock, ListItem, Metadata, Note, Paragraph, Reference,
    Section, StandardDocument, Table, TermEntry,
)
from authoring.docx.read import read_docx
from authoring.records import to_data

writer = pytest.importorskip("authoring.docx.write")


def full_document(*, intro_clauses: bool = False) -> StandardDocument:
    """Every block kind, nested lists, untitled clauses, both annex kinds, a bibliography.

    The 前言 carries the boilerplate sentences because the reader takes proposer, committee,
    drafting units and drafters from the text the file prints.
    """
    return StandardDocument(
        metadata=Metadata(
            title_zh="养老机构服务指南", title_en="Guidelines for elderly care services", number="47747",
            year="2026", ics="03.080", ccs="A 12", stage="送审稿", issue_date="2026-05-25",
            implement_date="2026-12-01", issuers=["国家市场监督管理总局", "国家标准化管理委员会"],
            proposer="中国标准化研究院", committee="全国服务标准化技术委员会（SAC/TC 264）",
            drafting_units=["甲单位", "乙单位"], drafters=["张三", "李四"], function=FunctionType.GUIDE,
        ),
        foreword=Section(blocks=[
            Paragraph(text="本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。"),
            Paragraph(text="本文件由中国标准化研究院提出。"),
            Paragraph(text="本文件由全国服务标准化技术委员会（SAC/TC 264）归口。"),
            Paragraph(text="本文件起草单位：甲单位、乙单位。"),
            Paragraph(text="本文件主要起草人：张三、李四。"),
        ]),
        introduction=Section(
            blocks=[Paragraph(text="服务质量日益重要。")],
            children=[Clause(number="0.1", title="背景", blocks=[Paragraph(text="背景说明。")])] if intro_clauses else [],
        ),
        body_title="养老机构服务指南",
        clauses=[
            Clause(number="1", title="范围", blocks=[Paragraph(text="本文件给出了养老机构服务的指导。")]),
            Clause(number="2", title="规范性引用文件", blocks=[
                Paragraph(text="下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。"),
                Reference(designation="GB/T 15624", title="服务标准化工作指南"),
                Reference(designation="GB/T 19001—2016", title="质量管理体系　要求"),
            ]),
            Clause(number="3", title="术语和定义", blocks=[
                Paragraph(text="下列术语和定义适用于本文件。"),
                TermEntry(number="3.1", term_zh="养老服务", term_en="elderly care service",
                          definition="为老年人提供的服务。", notes=["包括居家服务。", "包括机构服务。"],
                          examples=["日间照料。"], source="GB/T 35796—2017，3.1"),
                TermEntry(number="3.2", term_zh="照护", definition="生活照料。"),
            ]),
            Clause(number="4", title="服务提供", children=[
                Clause(number="4.1", title="总则", blocks=[
                    Paragraph(text="机构宜："),
                    ListBlock(style="letter", items=[
                        ListItem(text="建立制度；", children=ListBlock(style="number", items=[
                            ListItem(text="岗位职责；"), ListItem(text="工作流程；")])),
                        ListItem(text="培训员工。"),
                    ]),
                    ListBlock(style="dash", items=[
                        ListItem(text="甲；", children=ListBlock(style="bullet", items=[ListItem(text="子项")])),
                        ListItem(text="乙。"),
                    ]),
                    Note(text="培训每年一次。"),
                    Example(text="岗前培训。"),
                ]),
                Clause(number="4.2", title="", blocks=[Paragraph(text="机构宜记录服务过程。"), Paragraph(text="第二段。")]),
                Clause(number="4.3", title="记录", blocks=[
                    Note(text="注一。", number=1), Note(text="注二。", number=2),
                    Table(number="1", title="服务时限", rows=[["事项", "时限"], ["投诉", "24 h"], ["回访", "多行\n说明"]],
                          notes=["时限为工作日。"]),
                    Figure(number="1", title="服务流程"),
                ]),
            ]),
        ],
        annexes=[
            Annex(letter="A", title="实施方法", normative=True, blocks=[Paragraph(text="本附录给出方法。")],
                  children=[Clause(number="A.1", title="方法", blocks=[
                      Table(number="A.1", title="方法一览", rows=[["阶段", "方法"], ["入住", "评估"]])])]),
            Annex(letter="B", title="示例", normative=False,
                  children=[Clause(number="B.1", title="", blocks=[Paragraph(text="示例说明。")])]),
        ],
        bibliography=[Reference(designation="GB/T 24620", title="服务标准制定导则", serial=1),
                      Reference(designation="", title="服务管理手册", serial=2)],
    )


def differences(a: object, b: object, path: str = "") -> list[str]:
    """Where two model dumps differ, for a readable failure."""
    if type(a) is not type(b):
        return [f"{path}: {a!r} != {b!r}"]
    if isinstance(a, dict):
        return [d for k in sorted(set(a) | set(b)) for d in differences(a.get(k), b.get(k), f"{path}.{k}")]
    if isinstance(a, list):
        if len(a) != len(b):
            return [f"{path}: {len(a)} items != {len(b)} items: {a!r} != {b!r}"]
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in differences(x, y, f"{path}[{i}]")]
    return [] if a == b else [f"{path}: {a!r} != {b!r}"]


def round_trip(doc: StandardDocument, tmp_path: Path) -> StandardDocument:
    path = tmp_path / "round.docx"
    writer.write_docx(doc, path)
    return read_docx(path)


def test_every_block_kind_survives_a_round_trip(tmp_path: Path) -> None:
    doc = full_document()
    back = round_trip(doc, tmp_path)
    assert differences(to_data(doc), to_data(back)) == []
    assert back.content_equal(doc)


def test_anchors_point_at_the_written_paragraphs(tmp_path: Path) -> None:
    import docx

    from authoring.docx.read import paragraphs_in_order

    back = round_trip(full_document(), tmp_path)
    paragraphs = paragraphs_in_order(docx.Document(str(tmp_path / "round.docx")))
    text = ["".join(t.text or "" for t in p.iter(docx.oxml.ns.qn("w:t"))) for p in paragraphs]
    assert "总则" in text[back.find_clause("4.1").anchor]
    assert text[back.terms()[0].anchor].endswith("3.1") or text[back.terms()[0].anchor] == ""
    table = back.tables()[0]
    assert "服务时限" in text[table.anchor]


def test_introduction_subclauses_survive_a_round_trip(tmp_path: Path) -> None:
    doc = full_document(intro_clauses=True)
    back = round_trip(doc, tmp_path)
    assert differences(to_data(doc), to_data(back)) == []
