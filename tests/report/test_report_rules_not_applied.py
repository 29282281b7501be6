"""A text read without the GB/T 1.1 skeleton (an institution's rules, a regulation) gets no finding, because no GB/T 1.1
rule was applied to it: every report format says so where it gives the findings' count, never a confident
"错误 0，警告 0"; a GB/T draft still gets its counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from authoring.check import check_file
from authoring.checklist import load_packs
from authoring.cli.main import main
from authoring.report import annotate_copy, render_html, render_markdown, render_text
from tests.docx.reader_builders import plain_docx

RULES = ["某养老机构服务管理制度", "第一条　机构应建立员工培训制度，新员工上岗前接受岗前培训。",
         "第二条　机构应对投诉在24小时内响应，并回访老人及家属。", "第三条　机构应建立服务创新激励机制。"]
NOT_APPLIED = "未按 GB/T 1.1 检查编写规则"


pytestmark = pytest.mark.usefixtures("chinese")


def test_every_format_says_the_rules_were_not_applied(tmp_path: Path, capsys) -> None:
    draft = plain_docx(tmp_path / "制度.docx", RULES)
    result = check_file(draft, load_packs()["excellence-guide"])
    assert result.findings == [] and result.document.structure == "articles"
    for rendered in (render_text(result), render_markdown(result), render_html(result)):
        assert NOT_APPLIED in rendered
        assert "错误 0" not in rendered
        assert "未发现问题" not in rendered, "the findings section does not call the unchecked draft clean"
    copy = tmp_path / "批注.docx"
    annotate_copy(draft, copy, result)
    summary = next(c.text for c in Document(str(copy)).comments if "总覆盖率" in c.text)
    assert NOT_APPLIED in summary and "错误 0" not in summary
    capsys.readouterr()
    assert main(["check", str(draft)]) == 0
    assert f"问题：{NOT_APPLIED}" in capsys.readouterr().out


def test_a_gbt_draft_still_gets_its_counts(tmp_path: Path) -> None:
    lines = ["前言", "本文件按照GB/T 1.1—2020给出的规则起草。", "1 范围", "本文件规定了养老机构提供服务的要求。",
             "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义", "本文件没有需要界定的术语和定义。",
             "4 基本要求", "机构应建立服务质量管理制度。"]
    result = check_file(plain_docx(tmp_path / "d.docx", lines), load_packs()["excellence-guide"])
    assert result.document.structure == "gbt"
    text = render_text(result)
    assert NOT_APPLIED not in text and "问题：错误 " in text
