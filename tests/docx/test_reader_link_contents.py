"""A contents list made of links to the document's own headings is no text of the draft (QA pass 7).

An HTML page converted to Word keeps its table of contents as paragraphs that are nothing but links to
anchors in the page. Read as text, they were a complaints policy's evidence for 5.1 (Policy) and 6.3
(Procedures …… Stage 1).
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from authoring.document import ListBlock, Paragraph
from authoring.docx.read import read_docx


def _link(paragraph, text: str, anchor: str) -> None:  # noqa: ANN001
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), anchor)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def test_a_list_of_links_to_the_documents_own_places_is_not_read(tmp_path: Path) -> None:
    doc = Document()
    doc.add_heading("Complaints Policy", level=1)
    for text, anchor in (("Policy", "policy"), ("Procedures", "procedures"), ("Making a complaint", "making")):
        _link(doc.add_paragraph(style="List Bullet"), text, anchor)
    doc.add_heading("Policy", level=2)
    cross = doc.add_paragraph("We aim to resolve every complaint within 20 working days; see ")
    _link(cross, "Procedures", "procedures")
    doc.add_heading("Procedures", level=2)
    doc.add_paragraph("Stage 1: speak to the member of staff involved.")
    doc.add_heading("Making a complaint", level=2)
    doc.add_paragraph("Write to the manager, who acknowledges it within 5 working days.")
    path = tmp_path / "policy.docx"
    doc.save(str(path))
    read = read_docx(path)
    texts = [b.text for _, b in read.iter_blocks() if isinstance(b, Paragraph)]
    texts += [i.text for _, b in read.iter_blocks() if isinstance(b, ListBlock) for i in b.items]
    assert not any(t.strip() in ("Policy", "Procedures", "Making a complaint") for t in texts), texts
    # a link inside a sentence is part of that sentence, which stays
    assert any(t.startswith("We aim to resolve every complaint") and t.rstrip().endswith("Procedures") for t in texts)
    assert any(t.startswith("Stage 1") for t in texts)
