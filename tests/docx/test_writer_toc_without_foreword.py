"""A 目次 with no 前言 or 引言 after it keeps its entries on its own page.

The front section used to be closed at the 目次's title, the last paragraph emitted before the body; the entries,
inserted after the title once the body was written, then stood after the section break, on the body's first page
(an imported draft with a 目次 and no 前言 would be built so)."""

from __future__ import annotations

from docx import Document
from docx.oxml.ns import qn

from authoring.document import Clause, Metadata, Paragraph, StandardDocument
from authoring.docx.write import write_docx


def test_the_toc_entries_stand_before_the_section_break_that_ends_the_toc_page(tmp_path) -> None:
    doc = StandardDocument(
        metadata=Metadata(title_zh="社区助餐服务规范"), has_cover=False, has_toc=True,
        clauses=[Clause(number="1", title="范围", blocks=[Paragraph(text="本文件规定了社区助餐服务的要求。")]),
                 Clause(number="2", title="服务要求", blocks=[Paragraph(text="应保证餐食安全。")])])
    out = tmp_path / "toc.docx"
    write_docx(doc, out)
    body = Document(str(out)).element.body
    paragraphs = list(body.iterchildren(qn("w:p")))
    texts = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in paragraphs]
    breaks = [i for i, p in enumerate(paragraphs) if p.find(qn("w:pPr")) is not None
              and p.find(qn("w:pPr")).find(qn("w:sectPr")) is not None]
    assert breaks, "the 目次 ends its own section"
    first_break = breaks[0]
    title = texts.index("目次")
    entries = [i for i, t in enumerate(texts) if t.startswith(("1　范围", "2　服务要求", "1 范围", "2 服务要求"))
               and i > title and i < texts.index("社区助餐服务规范", title)]
    assert entries, texts
    assert all(title < i <= first_break for i in entries), (title, entries, first_break)
    assert texts.index("社区助餐服务规范", title) > first_break
