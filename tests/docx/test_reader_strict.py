"""A draft saved as Word's "Strict Open XML Document" (ISO/IEC 29500 Strict) is read, checked and
annotated like the same draft in the usual (Transitional) form; it was read as an empty text."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import reader_builders as rb

from authoring.check import check_file
from authoring.checklist import load_packs
from authoring.docx.read import read_docx
from authoring.report.annotate import annotate_copy
from tests.paperwork.builders import build_draft


def _part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


def _texts(doc) -> list[tuple[str, str, str]]:
    return [(c.number, c.title, " ".join(b.text for b in c.blocks if hasattr(b, "text"))) for c in doc.iter_clauses()]


def test_a_strict_draft_reads_and_checks_as_its_transitional_self(tmp_path: Path, render_pdf) -> None:
    original = build_draft(tmp_path / "草案.docx")
    strict = rb.strict_copy(original, tmp_path / "草案-strict.docx")
    assert b"purl.oclc.org/ooxml/wordprocessingml/main" in _part(strict, "word/document.xml")
    plain, read = read_docx(original), read_docx(strict)
    assert len(_texts(plain)) > 20
    assert _texts(read) == _texts(plain)
    assert read.metadata.title_zh == plain.metadata.title_zh

    guide = load_packs()["excellence-guide"]
    want, got = check_file(original, guide), check_file(strict, guide)
    assert [(i.id, i.status) for i in got.coverage.items] == [(i.id, i.status) for i in want.coverage.items]
    assert [(f.rule, f.location) for f in got.findings] == [(f.rule, f.location) for f in want.findings]

    copy = tmp_path / "批注.docx"
    added = annotate_copy(strict, copy, got)
    assert added == annotate_copy(original, tmp_path / "批注-原.docx", want) > 0
    reopened = docx.Document(str(copy))
    assert len(reopened.comments) == added
    assert b"purl.oclc.org" not in _part(copy, "word/document.xml")  # written in the usual form
    assert b"conformance" not in _part(copy, "word/document.xml")
    pdf = render_pdf(copy)  # LibreOffice opens it
    assert pdf.stat().st_size > 0
