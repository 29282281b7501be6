"""Clauses read from texts without GB/T 1.1 numbers are written as the text printed them: a heading
printed without a number (the reader names it by its title) gets no number, and the 正文 unit of a
text without structure gets no heading."""

from __future__ import annotations

import io

from docx import Document

from authoring.document import BODY_UNIT, Clause, Metadata, Paragraph, StandardDocument
from authoring.docx.read._plain import BODY_LOCATION
from authoring.docx.write import docx_bytes


def _texts(doc: StandardDocument) -> list[str]:
    return [p.text for p in Document(io.BytesIO(docx_bytes(doc))).paragraphs if p.text.strip()]


def test_the_body_unit_and_unnumbered_headings_print_as_read() -> None:
    doc = StandardDocument(metadata=Metadata(title_zh="Policy on Service"), has_cover=False, has_toc=False, clauses=[
        Clause(number=BODY_UNIT, blocks=[Paragraph(text="The policy serves clients.")]),
        Clause(number="Supporting tools", title="Supporting tools", blocks=[Paragraph(text="Tools help.")]),
        Clause(number="第一条", blocks=[Paragraph(text="为了规范服务，制定本条例。")]),
    ])
    texts = _texts(doc)
    assert "The policy serves clients." in texts and not any(t.startswith(BODY_UNIT) for t in texts)
    assert "Supporting tools" in texts and "Supporting tools\u3000Supporting tools" not in texts
    assert "第一条\u3000为了规范服务，制定本条例。" in texts


def test_the_writer_and_the_reader_name_the_body_unit_alike() -> None:
    assert BODY_LOCATION == BODY_UNIT


def _headings(data: bytes) -> list[tuple[str, bool]]:
    """Each heading paragraph's text, and whether Word numbers it from the heading style's clause list (the
    paragraph does not switch numbering off)."""
    from docx.oxml.ns import qn

    out = []
    for p in Document(io.BytesIO(data)).paragraphs:
        if not p.style.name.startswith("标准文件_") or "标题" not in p.style.name or not p.text.strip():
            continue
        ids = [n.get(qn("w:val")) for n in p._p.iter(qn("w:numId"))]
        out.append((p.text, "0" not in ids))
    return out


def test_a_texts_own_numbers_and_headings_print_as_the_draft_had_them() -> None:
    """QA pass 7: a policy's ``1. Policy Statement`` (an outline read without the GB/T 1.1 skeleton) is printed with
    its own number, typed, not from Word's clause list (which prints ``1　Policy Statement``, read back as a GB/T
    clause, and which a converter may not show); a heading named by the reader is printed whole, once."""
    long = "Feedback and contact information"
    sub = "What the organisation needs to do about it"
    doc = StandardDocument(metadata=Metadata(title_en="Complaints", structure="outline"), has_cover=False,
                           has_toc=False, body_title="Complaints", clauses=[
        Clause(number="Complaints Policy", title="Complaints Policy"),
        Clause(number="1", title="Policy Statement", blocks=[Paragraph(text="We handle complaints fairly.")],
               children=[Clause(number="1 › " + sub, title=sub), Clause(number="1.1", title="Principles")]),
        Clause(number="2", title="Scope"),
        Clause(number=long, title=long),
        Clause(number="3", title="处理流程"),
    ])
    assert _headings(docx_bytes(doc)) == [
        ("Complaints Policy", False), ("1. Policy Statement", False), (sub, False), ("1.1. Principles", False),
        ("2. Scope", False), (long, False), ("3.\u3000处理流程", False)]


def test_gbt_clauses_are_still_numbered_by_word() -> None:
    doc = StandardDocument(metadata=Metadata(title_zh="服务规范"), has_cover=False, has_toc=False, clauses=[
        Clause(number="1", title="范围"), Clause(number="2", title="规范性引用文件")])
    assert _headings(docx_bytes(doc))[-2:] == [("范围", True), ("规范性引用文件", True)]
