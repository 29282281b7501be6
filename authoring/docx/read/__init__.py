"""Read a Word draft (``.docx``, ``.docm``, ``.dotx``; a Word 97 ``.doc`` through LibreOffice) into a StandardDocument.

The file is opened defensively (see :mod:`authoring.docx.read._safe`), its body flattened into
paragraphs and tables with the numbers Word would print, and the structure of a GB/T 1.1
document rebuilt from that. Every block, clause and list item carries ``anchor``: the index of
its first paragraph in :func:`paragraphs_in_order`, so reports can point back into the file.

Example:
    >>> doc = read_docx("draft.docx")  # doctest: +SKIP
    >>> [c.number for c in doc.clauses][:3]  # doctest: +SKIP
    ['1', '2', '3']
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lxml import etree

from authoring.document import FunctionType, StandardDocument
from authoring.docx.legacy import readable_docx
from authoring.docx.read._blocks import body_of, flatten
from authoring.docx.read._numbering import Numbering
from authoring.docx.read._review import PendingReview, pending_review
from authoring.docx.read._safe import COMMENTS, COMMENTS_EXTENDED, Package, draft_kind, open_package, optional_part
from authoring.docx.read._structure import build_document
from authoring.docx.read._styles import StyleSheet, w
from authoring.errors import InputError

__all__ = ["read_docx", "read_draft", "PendingReview", "nothing_read", "paragraphs_in_order"]


def read_docx(path: str | Path, *, function: FunctionType | None = None) -> StandardDocument:
    """The StandardDocument a Word file holds; InputError naming the file if it cannot be read.

    ``function`` overrides the function type otherwise told from the title or the scope. A
    Word 97 ``.doc`` is first saved as .docx by LibreOffice (:mod:`authoring.docx.legacy`), and
    the document's ``metadata.converted_from`` says so.
    """
    return _read(path, function, review=False)[0]


def read_draft(path: str | Path, *, function: FunctionType | None = None) -> tuple[StandardDocument, PendingReview]:
    """:func:`read_docx`, and the tracked changes (read as accepted) and comments (not read) the draft holds:
    what a command reading a committee's working copy says it did with them."""
    return _read(path, function, review=True)


def _read(path: str | Path, function: FunctionType | None, *, review: bool) -> tuple[StandardDocument, PendingReview]:
    if draft_kind(path) == "doc":
        with readable_docx(path) as converted:
            doc, marks = _read(converted, function, review=review)
        doc.metadata.converted_from = "doc"
        return doc, marks
    package = open_package(path)
    styles = StyleSheet(package.styles)
    numbering = Numbering(package.numbering, styles)
    try:
        items = flatten(package.document, styles, numbering, package.targets)
    except RecursionError:
        raise InputError("文档嵌套过深，无法读取", "the document is nested too deeply to read", path=path) from None
    return build_document(items, function=function), (_review(package) if review else PendingReview())


def _review(package: Package) -> PendingReview:
    commented = next(package.document.iter(w("commentReference"), w("commentRangeStart")), None) is not None
    return pending_review(package.document, optional_part(package, COMMENTS) if commented else None,
                          optional_part(package, COMMENTS_EXTENDED) if commented else None)


def nothing_read(path: str | Path) -> InputError:
    """What a command says of a draft with no text to read (pages scanned as pictures, an empty file: its
    ``character_count()`` is 0), the line ``check`` prints for it; ``import`` and ``explain`` refuse such a draft
    with it, before they write anything (QA pass 11, A3)."""
    return InputError("未读到任何文字，无法检查（扫描的图片页或空文件？）",
                      "no text could be read, so it was not checked (pages scanned as pictures, or an empty file?)",
                      path=path)


def paragraphs_in_order(document: Any) -> list[etree._Element]:
    """Every ``w:p`` of the body in order, table cells included: what anchors index into.

    ``document`` is a python-docx ``Document`` (or its ``w:document`` / ``w:body`` element);
    the list is ``list(document.element.body.iter(qn("w:p")))``.
    """
    element = getattr(document, "element", document)
    body = element if element.tag == w("body") else body_of(element)
    return list(body.iter(w("p")))
