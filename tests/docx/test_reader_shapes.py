"""The three shapes of a Word draft read into the same clause tree (typed numbers, style-linked
numbering, pandoc output, LibreOffice re-save)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import reader_builders as rb

from authoring.document import StandardDocument
from authoring.docx.read import read_docx
from tests.conftest import soffice_path


def tree(clauses) -> list:
    return [(c.number, c.title, tree(c.children)) for c in clauses]


def summary(doc: StandardDocument) -> dict:
    """What must agree between shapes: the clause tree, terms, annexes, references, lists."""
    return {
        "tree": tree(doc.clauses),
        "annexes": [(a.letter, a.normative, a.title, tree(a.children)) for a in doc.annexes],
        "terms": [(t.number, t.term_zh, t.term_en, t.definition) for t in doc.terms()],
        "refs": [(b.designation, b.title) for _, b in doc.iter_blocks() if b.type == "reference"],
        "lists": [(b.style, [i.text for i in b.items]) for _, b in doc.iter_blocks() if b.type == "list"],
        "untitled": [b.text for b in doc.find_clause("4.2.1").blocks] if doc.find_clause("4.2.1") else None,
        "body_title": doc.body_title,
        "foreword": doc.foreword is not None,
        "committee": doc.metadata.committee,
    }


@pytest.fixture(scope="module")
def typed(tmp_path_factory) -> Path:
    return rb.typed_shape(tmp_path_factory.mktemp("typed") / "typed.docx")


def test_typed_numbers_with_chinese_word_style_ids(typed: Path) -> None:
    doc = read_docx(typed)
    assert tree(doc.clauses) == rb.EXPECTED_TREE
    got = summary(doc)
    assert got["terms"] == [("3.1", *rb.TERM)]
    assert got["refs"] == [rb.REFERENCE]
    assert got["lists"] == [("dash", rb.DASHES)]
    assert got["untitled"] == [rb.UNTITLED]
    assert got["annexes"] == [("A", False, rb.ANNEX_TITLE, [("A.1", rb.ANNEX_CLAUSE, [])])]
    assert got["body_title"] == rb.BODY_TITLE
    assert got["committee"] == "全国服务标准化技术委员会（SAC/TC 264）"


def test_style_linked_numbering_gives_the_same_tree(typed: Path, tmp_path: Path) -> None:
    template = read_docx(rb.template_shape(tmp_path / "template.docx"))
    assert summary(template) == summary(read_docx(typed))


def test_template_content_type_is_read(tmp_path: Path, typed: Path) -> None:
    dotx = read_docx(rb.template_shape(tmp_path / "template.dotx", main=rb.DOTX_MAIN))
    assert tree(dotx.clauses) == rb.EXPECTED_TREE


def test_pandoc_output_gives_the_same_tree(typed: Path, tmp_path: Path) -> None:
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        pytest.skip("pandoc is not installed")
    source = tmp_path / "draft.md"
    source.write_text(rb.markdown_shape(), encoding="utf-8")
    out = tmp_path / "pandoc.docx"
    subprocess.run([pandoc, str(source), "-o", str(out)], check=True, capture_output=True, timeout=60)
    assert summary(read_docx(out)) == summary(read_docx(typed))


def test_libreoffice_resave_gives_the_same_tree(typed: Path, tmp_path: Path) -> None:
    soffice = soffice_path()
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    outdir = tmp_path / "lo"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to",
         "docx:MS Word 2007 XML", "--outdir", str(outdir), str(typed)],
        check=True, capture_output=True, timeout=180,
    )
    converted = outdir / typed.name
    assert converted.exists()
    assert summary(read_docx(converted)) == summary(read_docx(typed))
