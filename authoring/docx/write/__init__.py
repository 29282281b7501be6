"""StandardDocument → ``.docx`` in GB/T 1.1—2020 layout.

What the file holds, in order:

- **封面** (own section, no header or footer): ICS/CCS (备案号), code, banner, number,
  代替, rule, titles, adoption mark, stage and draft date, patent solicitation, and a frame
  at the foot with the dates and the issuers.
- **目次** (front section, page numbers I, II …): a ``TOC \\o "1-2" \\h \\z \\u`` field
  pre-filled with its entries; settings.xml asks Word to update fields on open.
- **前言**, **引言** (each on a new page, same section).
- **Body** (new section on a recto, an odd page, page numbers from 1): the title, then chapters whose numbers come
  from a multilevel list linked to the heading styles (``标准文件_章标题`` …
  ``标准文件_五级条标题``). A clause whose number that list would not produce (numbers
  that are not a contiguous 1, 2, 3 … sequence) keeps its number typed, with numbering
  switched off on that paragraph, so the printed number is always the document's.
- **附录** (each on a new page): one ``标准文件_附录标识`` paragraph whose list number prints
  ``附录A``, followed by line breaks, ``（资料性）`` and the title; annex clauses ``A.1`` …
  come from the same list.
- **参考文献** (new page) and the end line.

Every text passes through :func:`authoring.text.clean_text` and an XML-validity filter.
The writer adds no wording beyond the cover, the 目次, element titles and the end line;
:func:`boilerplate` gives the standard sentences to whoever composes the document.

Example:
    >>> from authoring.document import StandardDocument, Metadata, Clause, Paragraph
    >>> doc = StandardDocument(metadata=Metadata(title_zh="养老机构服务指南"),
    ...     clauses=[Clause(number="1", title="范围", blocks=[Paragraph(text="本文件给出了……")])])
    >>> docx_bytes(doc)[:2]
    b'PK'
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION_START
from docx.oxml.ns import qn
from docx.section import Section
from lxml.etree import _Element

from authoring.atomic import atomic_write_bytes
from authoring.decisions import Decisions
from authoring.docx.write import _styles as S
from authoring.docx._decisions import add_decisions_part
from authoring.docx.write._blocks import Emitter, with_dashed_cells
from authoring.docx.write._cover import emit_cover, with_code_placeholder
from authoring.docx.write._layout import (
    configure_settings, new_section_break, page_numbers, page_setup, running_heads,
)
from authoring.docx.write._numbering import ClauseCounter, Numbering
from authoring.docx.write._templates import render_boilerplate
from authoring.docx.write._pages import estimate_pages, roman
from authoring.docx.write._toc import TocEntry, toc_paragraphs
from authoring.docx.write._xml import el, paragraph, run, safe_text
from authoring.document import StandardDocument
from authoring.errors import OutputError
from authoring.records import replace

__all__ = ["write_docx", "docx_bytes", "boilerplate"]


def boilerplate(key: str, *, legacy: bool = False, **fields: Any) -> str:
    """A standard sentence from ``templates/boilerplate.yaml``, fields filled in.

    Args:
        key: ``foreword_basis``, ``patent``, ``proposer``, ``committee``,
            ``proposer_committee``, ``drafting_units``, ``drafters``, ``normative_lead_in``,
            ``normative_none``, ``terms_own``, ``terms_other``, ``terms_both``, ``terms_none``,
            ``patent_solicitation``, ``first_edition`` … (see the file).
        legacy: the GB/T 1.1—2009 wording.
        fields: values for the ``{{ … }}`` fields; lists are joined with 、, and a field
            left out prints as ×× (a draft's placeholder).

    >>> boilerplate("proposer_committee", proposer="全国服务标准化技术委员会")
    '本文件由全国服务标准化技术委员会提出并归口。'
    """
    return render_boilerplate(key, legacy=legacy, **fields)


def write_docx(doc: StandardDocument, path: str | Path, *, force: bool = False,
               decisions: Decisions | None = None) -> list[tuple[str, str]]:
    """Write ``doc`` to ``path`` atomically; an existing file is replaced only when ``force``.

    ``decisions`` (a project's item decisions and links) are stored in the file as a custom
    XML part that Word and LibreOffice keep (see :mod:`authoring.docx._decisions`). Returns what
    there is to say of its pictures, ``(zh, en)`` lines (see :mod:`._pictures`): a picture file missing
    (printed as a placeholder), an embedded object shown by its picture.

    Raises:
        OutputError: ``path`` exists (without ``force``), is a folder, or its folder is missing.
    """
    target = Path(path)
    if target.is_dir():
        raise OutputError("目标是一个文件夹", "the output path is a folder", path=target)
    if target.exists() and not force:
        raise OutputError(
            "文件已存在，未覆盖（使用 --force 覆盖）",
            "file exists, not overwritten (use --force to replace it)",
            path=target,
        )
    data, notes = _docx(doc, decisions)
    atomic_write_bytes(target, data)
    return notes


def docx_bytes(doc: StandardDocument, *, decisions: Decisions | None = None) -> bytes:
    """The ``.docx`` file for ``doc``, as bytes (with ``decisions`` stored in it, if given)."""
    return _docx(doc, decisions)[0]


def _docx(doc: StandardDocument, decisions: Decisions | None) -> tuple[bytes, list[tuple[str, str]]]:
    document = Document()
    notes = _build(document, doc)
    if decisions is not None:
        add_decisions_part(document, decisions)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue(), notes


def _build(document: DocxDocument, doc: StandardDocument) -> list[tuple[str, str]]:
    if doc.has_cover:
        doc = replace(doc, metadata=with_code_placeholder(doc.metadata))
    doc = with_dashed_cells(doc)
    meta = doc.metadata
    S.install_styles(document.styles.element)
    numbering = Numbering(document.part.numbering_part.element, meta.marks)
    configure_settings(document.settings.element)
    page_setup(document.sections[0])
    _core_properties(document, doc)

    body = document.element.body
    emit = Emitter(body, numbering, legacy=meta.legacy_2009, structure=meta.structure,
                   headings=meta.marks.get("heading", ()), part=document.part)
    front_breaks: list[_Element] = []
    if doc.has_cover:
        emit_cover(emit.add, meta)
        emit.add(paragraph(None))
        _close_section(emit, document, None)

    toc_title: _Element | None = None
    first_front = len(list(body))
    if doc.has_toc:
        toc_title = emit.add(paragraph(S.TOC_TITLE, run("目次")))
    if doc.foreword is not None:
        emit.front_section("前言", doc.foreword)
    if doc.introduction is not None:
        emit.front_section("引言", doc.introduction)
    if toc_title is not None and emit.last() is toc_title:
        # Nothing after the 目次's title: an empty paragraph ends the section, so the entries inserted after the
        # title at the end stand on the 目次's page, not after the break on the body's first page.
        emit.add(paragraph(None))
    if len(list(body)) > first_front:
        _no_break_before(body[first_front - 1])
        front_breaks.append(_close_section(emit, document, "upperRoman"))

    title = safe_text(doc.body_title or meta.title_zh).strip()
    if title:
        emit.add(paragraph(S.BODY_TITLE, run(title)))
    emit.clauses(doc.clauses)
    annex_counter = ClauseCounter(annex=True)
    for annex in doc.annexes:
        emit.annex(annex, annex_counter)
    if doc.bibliography is not None:
        emit.bibliography(doc.bibliography)
    emit.end_line()
    page_numbers(body.sectPr, "decimal")
    if len(document.sections) > 1:
        # Spec §1.3: the first body page is a recto: a blank page goes before it where the front matter ends on
        # one. LibreOffice did so already, from the page numbers (odd on the right, and both sections restart at
        # 1); the section break says so itself, to Word and to a committee that numbers its pages on. A body
        # alone (no cover, no 目次) starts on page 1 anyway.
        Section(body.sectPr, document.part).start_type = WD_SECTION_START.ODD_PAGE

    # A draft built as it was, with no GB cover (an imported policy, a regulation), has no standard's number to
    # head its pages with: a placeholder GB/T XXXXX—XXXX there would be one more thing to delete by hand.
    designation = safe_text(meta.designation()) if doc.has_cover or meta.number else ""
    for sect_pr in [*front_breaks, body.sectPr]:
        running_heads(Section(sect_pr, document.part), designation)
    if toc_title is not None:
        _insert_toc(body, toc_title, emit.toc)
    return emit.pictures.notes.lines()


def _insert_toc(body: _Element, title: _Element, entries: list[TocEntry]) -> None:
    """Insert the 目次 field after its title; page numbers are estimated with it in place."""
    draft = toc_paragraphs(entries, {})
    for p in reversed(draft):
        title.addnext(p)
    estimate = estimate_pages(body, {e.bookmark for e in entries})
    pages = {
        e.bookmark: roman(estimate[e.bookmark]) if e.front else str(estimate[e.bookmark])
        for e in entries if e.bookmark in estimate
    }
    for p in draft:
        body.remove(p)
    for p in reversed(toc_paragraphs(entries, pages)):
        title.addnext(p)


def _close_section(emit: Emitter, document: DocxDocument, page_format: str | None) -> _Element:
    """End the section at the last paragraph emitted; return its ``w:sectPr``."""
    sect_pr = new_section_break(document)
    if page_format is not None:
        page_numbers(sect_pr, page_format)
    last = emit.last()
    if last is None or last.tag != qn("w:p"):
        last = emit.add(paragraph(None))
    ppr = last.find(qn("w:pPr"))
    if ppr is None:
        ppr = el("w:pPr")
        last.insert(0, ppr)
    ppr.append(sect_pr)
    return sect_pr


def _no_break_before(p: _Element) -> None:
    """The first paragraph of a section already starts a page: no page break before it."""
    if p.tag != qn("w:p"):
        return
    ppr = p.find(qn("w:pPr"))
    if ppr is None or ppr.find(qn("w:pStyle")) is None:
        return
    if ppr.find(qn("w:pStyle")).get(qn("w:val")) == S.FRONT_TITLE:
        ppr.find(qn("w:pStyle")).addnext(el("w:pageBreakBefore", {"val": 0}))


def _core_properties(document: DocxDocument, doc: StandardDocument) -> None:
    props = document.core_properties
    # python-docx refuses core properties over 255 characters: the body keeps the whole title.
    props.title = safe_text(doc.metadata.title_zh)[:255]
    props.subject = safe_text(doc.metadata.designation())[:255]
    props.author = ""
    props.comments = ""
    props.last_modified_by = ""
    props.language = "zh-CN"
