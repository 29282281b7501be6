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
