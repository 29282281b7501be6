"""``stdauthor explain``: the mends of QA pass 8 (findings 5, 6, 7, 8, 11 and 12), on small made-up drafts."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from authoring.cli.main import main
from authoring.paperwork.explain import explain_docx, from_draft, from_project
from tests.paperwork.builders import bundled_example

RULES = "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。"


def _draft(path: Path, *, title: str = "社区助餐服务规范", rules: bool = True) -> Path:
    """A short service draft: a title, a 前言 (naming GB/T 1.1 or not) and four chapters; no drafters."""
    document = docx.Document()
    document.add_paragraph(title)
    document.add_heading("前言", 1)
    if rules:
        document.add_paragraph(RULES)
    document.add_paragraph("本文件由某市民政局提出并归口。")
    document.add_heading(title, 1)
    document.add_heading("1　范围", 1)
    document.add_paragraph("本文件规定了社区助餐点的服务提供要求。本文件适用于社区助餐点。")
    document.add_heading("2　规范性引用文件", 1)
    document.add_paragraph("本文件没有规范性引用文件。")
    document.add_heading("3　术语和定义", 1)
    document.add_paragraph("本文件没有需要界定的术语和定义。")
    document.add_heading("4　服务要求", 1)
    document.add_paragraph("助餐点应了解老年人的需求和期望，并据此改进服务。")
    document.add_paragraph("助餐点应公开服务承诺，收集老年人的投诉并在3个工作日内答复。")
    document.save(str(path))
    return path


def _text(data: bytes) -> str:
    return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


@pytest.fixture(scope="module")
def plain(tmp_path_factory) -> Path:
    return _draft(tmp_path_factory.mktemp("qa8") / "社区助餐服务规范.docx")


@pytest.fixture(scope="module")
def plain_text(plain: Path) -> str:
    return _text(explain_docx(from_draft(plain)))


# -- finding 5: a bare draft was checked against the guide, not (as far as the tool knows) drafted with it --------

def test_a_drafts_memorandum_says_the_draft_was_checked_not_drafted_with_the_guide(plain_text: str) -> None:
    assert "起草中依据" not in plain_text and "逐条纳入本文件" not in plain_text
    assert "对照《服务标准编写融入卓越服务的指南》逐条检查了本文件，融入情况见本说明二（三）。" in plain_text


def test_a_projects_memorandum_keeps_saying_the_committee_drafted_with_the_guide() -> None:
    text = _text(explain_docx(from_project(bundled_example())))
    assert "起草中依据《服务标准编写融入卓越服务的指南》，把卓越服务的考虑因素逐条纳入本文件" in text
