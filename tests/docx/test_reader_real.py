"""Real drafts and the official templates from ../shared/fixtures (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import docx

from authoring.document import FunctionType, Kind
from authoring.docx.read import paragraphs_in_order, read_docx


def test_sl_draft_with_typed_numbers(shared_fixtures: Path) -> None:
    path = shared_fixtures / "sl-t-water-network-control-draft.docx"
    doc = read_docx(path)
    assert [(c.number, c.title) for c in doc.clauses[:4]] == [
        ("1", "范围"), ("2", "规范性引用文件"), ("3", "术语和定义"), ("4", "缩略语")]
    assert [c.number for c in doc.clauses] == [str(n) for n in range(1, 14)]
    meta = doc.metadata
    assert (meta.kind, meta.code, meta.number, meta.year) == (Kind.INDUSTRY, "SL", "XXXX", "202X")
    assert meta.stage == "征求意见稿" and meta.function == FunctionType.SPECIFICATION
    assert meta.title_en.startswith("Intelligent regulation")
    assert doc.has_cover and not doc.has_toc and doc.bibliography is None
    assert doc.foreword is not None and doc.introduction is not None
    terms = doc.terms()
    assert len(terms) == 35
    water = terms[0]
    assert (water.number, water.term_zh, water.term_en) == ("3.1.1", "水网", "water network")
    assert water.definition.startswith("由水源")
    assert [c.number for c in doc.find_clause("3").children] == ["3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]
    refs = [b for _, b in doc.iter_blocks() if b.type == "reference"]
    assert refs[0].designation == "GB/T 50095" and len(refs) == 16
    assert [(a.letter, a.normative) for a in doc.annexes] == [("A", False), ("B", False)]
    assert [t.label for t in doc.tables() if t.number][-2:] == ["表A.1", "表B.1"]
    texts = ["".join(t.text or "" for t in p.iter(docx.oxml.ns.qn("w:t")))
             for p in paragraphs_in_order(docx.Document(str(path)))]
    assert texts[doc.find_clause("8.2.1").anchor].startswith("8.2.1")
    assert texts[water.anchor].startswith("3.1.1")


def test_national_template_numbers_come_from_numbering(shared_fixtures: Path) -> None:
    doc = read_docx(shared_fixtures / "national-standard-template.dotx")
    assert [(c.number, c.title) for c in doc.clauses] == [("1", "范围"), ("2", "规范性引用文件"), ("3", "术语和定义")]
    assert doc.has_cover and doc.metadata.kind == Kind.GBT
    assert doc.metadata.title_zh == ""  # the template holds prompts, not a title


def test_industry_template_and_iso_draft_read(shared_fixtures: Path) -> None:
    industry = read_docx(shared_fixtures / "industry-standard-template.dotx")
    assert [c.number for c in industry.clauses] == ["1", "2", "3"]
    iso = read_docx(shared_fixtures / "iso-cd-water-network-control-draft.docx")
    assert iso.has_toc and [c.title for c in iso.clauses[:2]] == ["Scope", "Normative references"]
    assert [a.letter for a in iso.annexes] == ["A", "B"] and len(iso.bibliography or []) == 10
