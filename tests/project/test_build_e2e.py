"""End to end: the bundled example and a skeleton through the Word writer and LibreOffice."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document

from authoring._paths import bundled_example
from authoring.checklist import load_packs
from authoring.cli.main import main
from authoring.project import compose, load_project, omitted_items
from tests.conftest import pdf_pages_text


@pytest.fixture(scope="module")
def pack():
    library = load_packs()
    if "excellence-guide" not in library:
        pytest.skip("the excellence-guide pack (checklists/excellence-guide.yaml) is not there yet")
    return library["excellence-guide"]


@pytest.fixture(scope="module")
def example(pack):
    project = load_project(bundled_example())
    project.check(pack)
    return project.project


@pytest.fixture(scope="module")
def draft(tmp_path_factory, pack) -> Path:
    target = tmp_path_factory.mktemp("build") / "草案.docx"
    assert main(["build", str(bundled_example()), "-o", str(target)]) == 0
    return target


def _docx_text(path: Path) -> str:
    document = Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_example_is_a_realistic_project(example, pack):
    statuses = [example.entry(i.id).status for i in pack.items()]
    assert example.version == 2
    assert statuses.count("addressed") > len(statuses) / 2
    assert 1 <= statuses.count("todo") <= 3
    assert 1 <= statuses.count("not-applicable") <= 3
    assert all(e.reason for e in example.items.values() if e.status == "not-applicable")
    assert all(e.accepted_links() for e in example.items.values() if e.status == "addressed")
    assert sum(len(e.methods) for e in example.items.values()) >= 5
    meta = example.metadata
    assert meta.ics and meta.ccs and meta.proposer and meta.committee and meta.drafting_units and meta.drafters
    doc = compose(example, pack)
    # The committee's own chapters, not the guide's: 基本要求, 服务内容, 服务流程, 评价与改进.
    assert [c.title for c in doc.clauses][3:] == ["基本要求", "服务内容", "服务流程", "评价与改进"]
    assert 2 <= len(_references(doc)) <= 4 and 3 <= len(doc.terms()) <= 5
    assert len([t for t in doc.tables() if not t.number.startswith("A")]) >= 3  # the quantified indicators


def _references(doc):
    """The normative references: chapter 2's reference blocks."""
    return [b for b in doc.find_clause("2").blocks if b.type == "reference"]


def test_example_cites_every_normative_reference(example, pack):
    doc = compose(example, pack)
    body = "\n".join(c.text() for c in doc.iter_clauses() if c.number.split(".")[0] not in ("1", "2", "3"))
    for ref in _references(doc):
        assert ref.designation in body, ref.designation


def test_build_writes_the_example(draft, example, pack, capsys):
    from authoring.document import Paragraph

    text = _docx_text(draft)
    for clause in compose(example, pack).iter_clauses():
        for block in clause.blocks:
            if isinstance(block, Paragraph):
                assert block.text.rstrip("。；：") in text, block.text
    for item_id in omitted_items(example, pack)["not-applicable"]:
        assert example.items[item_id].reason not in text
    assert "附录A" in text and "表A.1" in text and "卓越服务实施方法" in text
    assert example.metadata.title_zh in text
    assert "本文件由中华人民共和国民政部提出。" in text


def test_the_built_example_covers_the_guide(draft, pack):
    from authoring.check import check_file

    result = check_file(draft, pack)
    assert result.coverage.score >= 0.9
    assert {i.id for i in result.coverage.items if i.status == "not-applicable"} == {"4.1", "7.5"}
    assert result.counts()["error"] == 0


def test_build_reports_and_refuses_then_forces(draft, capsys):
    before = draft.read_bytes()
    assert main(["build", str(bundled_example()), "-o", str(draft)]) == 2
    assert draft.read_bytes() == before
    capsys.readouterr()
    assert main(["build", str(bundled_example()), "-o", str(draft), "--force"]) == 0
    out = capsys.readouterr().out
    assert str(draft) in out
    assert re.search(r"待决定.*5\.5", out)
    Document(str(draft))  # still a valid file after the replacement


def test_rendered_draft_shows_the_front_matter_and_scope(draft, render_pdf):
    pages = pdf_pages_text(render_pdf(draft))
    flat = [re.sub(r"\s+", "", page) for page in pages]
    toc = next(i for i, p in enumerate(flat) if "目次" in p)
    foreword = next(i for i, p in enumerate(flat) if p.count("前言") and "本文件按照GB/T1.1—2020" in p)
    scope = next(i for i, p in enumerate(flat) if "1范围" in p and "本文件规定了" in p)
    assert toc < foreword < scope
    assert any("附录A" in p and "卓越服务实施方法" in p for p in flat[scope:])


def test_skeleton_is_a_word_file_with_guidance(tmp_path, pack):
    target = tmp_path / "框架.docx"
    assert main(["skeleton", "-o", str(target), "--title", "居家养老上门服务指南"]) == 0
    text = _docx_text(target)
    assert "【编写提示】" in text and "居家养老上门服务指南" in text
    for item in pack.items():
        assert item.title_zh in text
    assert main(["skeleton", "-o", str(target), "--force", "--function", "规范"]) == 0



def test_an_unset_draft_date_is_a_visible_blank_the_checker_does_not_count(tmp_path, pack):
    from authoring.docx.read import read_docx
    from authoring.lint import run_lint
    from authoring.project.importer import project_of_draft

    target = tmp_path / "框架.docx"
    assert main(["skeleton", "-o", str(target)]) == 0
    assert "（本草案完成时间：××××年××月××日）" in _docx_text(target)
    doc = read_docx(target)
    findings = run_lint(doc)
    assert not [f for f in findings if "完成时间" in f.excerpt + f.message or "年××月" in f.excerpt]
    # what the skeleton reported before the blank was printed: its prompts, and the 前言's ×× names
    placeholders = [f for f in findings if f.rule == "wording.placeholder"]
    assert all("【编写提示】" in f.message or f.location == "前言" for f in placeholders)
    # the blank is no date: read back, and in a project imported from the draft, it is unset
    assert doc.metadata.draft_date == ""
    project, _ = project_of_draft(doc, pack)
    assert project.metadata.draft_date == ""


def test_the_example_cover_shows_the_draft_date_blank(draft):
    assert "（本草案完成时间：××××年××月××日）" in _docx_text(draft)
