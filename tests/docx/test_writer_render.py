"""The Word writer's output rendered by LibreOffice and read by pandoc.

The clause numbers are not typed in the file, so seeing ``4.2.1`` in the rendered text
proves the multilevel list is linked right; the footers prove the section page numbering.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from authoring.docx.write import write_docx
from tests.conftest import pdf_pages_text, soffice_path
from tests.docx.test_writer_docx import sample_document

pytestmark = pytest.mark.libreoffice


@pytest.fixture(scope="module")
def draft(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("writer") / "draft.docx"
    write_docx(sample_document(), path)
    return path


@pytest.fixture(scope="module")
def pages(draft: Path, tmp_path_factory) -> list[str]:
    """Rendered once per module (a LibreOffice run costs seconds)."""
    soffice = soffice_path()
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    out = tmp_path_factory.mktemp("pdf")
    profile = tmp_path_factory.mktemp("lo-profile")
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), str(draft)],
        check=True, capture_output=True, timeout=180,
    )
    return pdf_pages_text(out / "draft.pdf")


def _footer(page: str) -> str:
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_cover_shows_banner_title_and_stage(pages):
    cover = _squash(pages[0])
    for text in ("中华人民共和国国家标准", "养老机构服务质量规范", "（征求意见稿）", "GB/TXXXXX—2026",
                 "国家市场监督管理总局", "XXXX-XX-XX发布"):
        assert text in cover
    assert cover.count("GB/TXXXXX—2026") == 1, "no running head on the cover"
    assert not re.fullmatch(r"[0-9IVX]+", _footer(pages[0])), "no page number on the cover"


def test_front_matter_pages_carry_roman_numbers_and_the_running_head(pages):
    toc = next(i for i, p in enumerate(pages) if "目次" in p)
    foreword = next(i for i, p in enumerate(pages) if "本文件按照GB/T1.1—2020" in _squash(p))
    assert _footer(pages[toc]) == "I"
    assert _footer(pages[foreword]) == "II"
    assert "GB/T XXXXX—2026" in pages[toc]


def test_body_starts_at_page_one_and_shows_numbers_word_generates(pages, draft):
    body = next(i for i, p in enumerate(pages) if "养老机构服务质量规范" in p and "范围" in p and "目次" not in p)
    assert re.search(r"^\s*1\s+范围", pages[body], re.M)
    assert _footer(pages[body]) == "1"
    text = "\n".join(pages[body:])
    for pattern in (r"^\s*4\s+基本要求", r"^\s*4\.1\s+人员", r"^\s*4\.2\.1\s+居室", r"^\s*5\.2\s+护理服务",
                    r"^\s*A\.2\s+保存", r"a\)\s*无障碍"):
        assert re.search(pattern, text, re.M), pattern
    typed = [p.text for p in docx.Document(str(draft)).paragraphs if not p.style.name.startswith("toc")]
    assert not [t for t in typed if re.match(r"(4\.2\.1|5\.2|A\.2)\b", t)], "numbers must not be typed"


def test_annex_starts_a_page_with_its_label_and_status(pages):
    annex = next(p for p in pages if "附录A" in _squash(p) and "培训记录示例" in p and "目次" not in p)
    lines = [line.strip() for line in annex.splitlines() if line.strip()]
    head = next(i for i, line in enumerate(lines) if _squash(line) == "附录A")
    assert lines[head + 1] == "（资料性）"
    assert lines[head + 2] == "培训记录示例"
    assert _footer(annex).isdigit()


def test_toc_page_lists_entries_with_page_numbers(pages):
    toc = next(p for p in pages if "目次" in p)
    assert re.search(r"前言\.{5,}\s*II", toc)
    assert re.search(r"1\s+范围\.{5,}\s*1\b", toc)
    assert re.search(r"参考文献\.{5,}\s*\d+", toc)


def test_pandoc_reads_the_draft(draft):
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        pytest.skip("pandoc is not installed")
    result = subprocess.run([pandoc, "-f", "docx", "-t", "plain", str(draft)],
                            capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    text = result.stdout.decode("utf-8")
    assert "养老机构服务质量规范" in text and "本文件规定了养老机构服务质量的要求。" in text
    markdown = subprocess.run([pandoc, "-f", "docx", "-t", "markdown", str(draft)],
                              capture_output=True, timeout=120).stdout.decode("utf-8")
    assert re.search(r"^# 范围", markdown, re.M) and re.search(r"^## 人员", markdown, re.M)


def test_dirty_text_renders(tmp_path):
    from authoring.document import Clause, Metadata, Paragraph, StandardDocument

    soffice = soffice_path()
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    doc = StandardDocument(metadata=Metadata(title_zh="服务\u200b规范\x0c"), clauses=[
        Clause(number="1", title="范\x00围", blocks=[Paragraph(text="本文件\x1b规定了\ufeff要求。")])])
    path = tmp_path / "dirty.docx"
    write_docx(doc, path)
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'p'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=180)
    text = _squash("".join(pdf_pages_text(tmp_path / "dirty.pdf")))
    assert "服务规范" in text and "1范围" in text and "本文件规定了要求。" in text
