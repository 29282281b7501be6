"""The Markdown report: summary, chapters, missing items, evidence and findings; text made inert."""

from __future__ import annotations

from authoring.check import CheckResult
from authoring.report import render_markdown
from authoring.report.templating import md_escape


def test_markdown_sections_and_content(result: CheckResult) -> None:
    md = render_markdown(result)
    assert md.startswith("# 检查报告")
    for heading in ("## 各章覆盖率", "## 缺失条目", "## 条目与证据", "## 问题"):
        assert heading in md
    missing = md.split("## 缺失条目", 1)[1].split("##", 1)[0]
    assert "**5.4** 服务补救" in missing and "**6.2** 服务创新" in missing
    assert "5.2" not in missing
    assert "6.3：建立员工授权机制" in md and "5.2.a" in md
    for finding in result.findings:
        assert f"`{finding.rule}`" in md
    assert f"**{round(result.coverage.score * 100)}%**" in md


def test_markdown_tables_are_well_formed(result: CheckResult) -> None:
    for line in render_markdown(result).splitlines():
        if line.startswith("|"):
            assert line.endswith("|"), line


def test_markdown_escapes_draft_text(hostile_result: CheckResult) -> None:
    md = render_markdown(hostile_result)
    assert "<script>" not in md
    assert "&lt;script&gt;" in md
    # A pipe in draft text must not split a table cell.
    for line in md.splitlines():
        if "alert" in line and line.startswith("|"):
            assert "\\|" in line


def test_md_escape_flattens_lines() -> None:
    assert md_escape("甲\n乙|丙") == "甲 乙\\|丙"


def test_markdown_in_english(result: CheckResult, english) -> None:
    md = render_markdown(result)
    assert md.startswith("# Check report")
    assert "Service recovery" in md
    assert "6.3: 建立员工授权机制" in md and "：" not in md.split("\n", 1)[0]
    assert not any("）" in line or "（" in line for line in md.splitlines() if line.startswith("###")), \
        "English headings take English brackets"


def test_a_draft_read_as_one_unit_is_named_in_the_reports_language(english) -> None:
    from authoring.document import BODY_UNIT
    from authoring.report.view import place_label

    assert place_label(BODY_UNIT) == "body text" and place_label("4.2") == "4.2"


def test_each_notice_is_a_paragraph_of_its_own(result: CheckResult) -> None:
    """Quoted lines with nothing between them run together into one paragraph when rendered."""
    from authoring.records import replace

    doc = replace(result.document, numbers_from_toc=True, structure_inferred=True, function="unknown")
    md = render_markdown(replace(result, document=doc))
    notes = [i for i, line in enumerate(md.splitlines()) if line.startswith("> **注意")]
    assert len(notes) >= 2
    lines = md.splitlines()
    assert all(lines[i + 1] == ">" for i in notes[:-1])


def test_a_draft_without_a_number_says_so(result: CheckResult) -> None:
    """A regulation or an unnumbered draft shows （无） in the number row, not an empty cell."""
    from authoring.report import render_html

    result.document.number = ""
    assert "| 编号 | （无） |" in render_markdown(result)
    assert "<td>编号</td><td>（无）</td>" in render_html(result)
