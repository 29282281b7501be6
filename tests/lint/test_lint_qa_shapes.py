"""Shapes a QA reader met trying the checker as a committee would: a clause with a title and nothing under it
is reported (a new project's seeded outline, built and checked, had 30 such headings and no finding said so), one
finding per chapter; a formula repeated by design under each test is no repeated text."""

from __future__ import annotations

from pathlib import Path

from lint_docs import of_rule, typed_docx

from authoring.check import check_file
from authoring.checklist import load_packs
from authoring.cli.main import main


def test_a_seeded_outline_built_before_its_provisions_is_reported_chapter_by_chapter(tmp_path: Path) -> None:
    project, draft = tmp_path / "p.yaml", tmp_path / "p.docx"
    assert main(["new", "-o", str(project)]) == 0
    assert main(["build", str(project), "-o", str(draft)]) in (0, 1)
    found = of_rule(check_file(draft, load_packs()["excellence-guide"]).findings, "structure.empty-clause")
    assert found and all(f.severity == "warning" for f in found)
    chapters = [f.location.split(".")[0] for f in found]
    assert len(chapters) == len(set(chapters)), "one finding per chapter"
    assert any("5.1" in f.message and "5.2" in f.message for f in found), [f.message for f in found]


def test_clauses_with_text_or_subclauses_are_not_empty(tmp_path: Path) -> None:
    lines = ["养老机构服务规范", "前言", "本文件按照GB/T 1.1—2020的规定起草。", "1 范围", "本文件规定了养老机构服务的要求。",
             "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义", "本文件没有需要界定的术语和定义。",
             "4 基本要求", "4.1 人员", "4.1.1 机构应配备专职护理员。", "4.2 设施", "机构应设置无障碍通道。",
             "4.3 环境", "5 服务评价", "机构应每年开展一次满意度调查。"]
    found = of_rule(check_file(typed_docx(tmp_path / "d.docx", lines), load_packs()["excellence-guide"]).findings,
                    "structure.empty-clause")
    assert [f.location for f in found] == ["4.3"], [(f.location, f.message) for f in found]
    assert "4.3" in found[0].message and "4.1" not in found[0].message and "4.2" not in found[0].message
    # the structure of a draft without heading styles is inferred: the finding is a hint
    assert found[0].severity == "info"


def test_a_formula_under_each_test_is_no_repeat_but_a_copied_sentence_is(tmp_path: Path) -> None:
    """A test-method standard (bench/real zzzzzzb01, GB/T 29240) ends each of its tests with the same verdict
    sentence: 15 'repeats' a QA reader called noise. A sentence copied once is still reported."""
    verdict = "实际测试结果与上述预期结果一致则判定为符合，其他情况判定为不符合。"
    copied = "机构应建立投诉处理制度，在24小时内响应并回访老人及家属。"
    lines = ["养老机构服务规范", "前言", "本文件按照GB/T 1.1—2020的规定起草。", "1 范围", "本文件规定了养老机构服务的要求。",
             "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义", "本文件没有需要界定的术语和定义。",
             "4 测试方法", "4.1 检查护理记录是否完整。", verdict, "4.2 检查消毒记录是否完整。", verdict,
             "4.3 检查培训记录是否完整。", verdict, "5 投诉", "5.1 " + copied, "5.2 " + copied]
    found = of_rule(check_file(typed_docx(tmp_path / "d.docx", lines), load_packs()["excellence-guide"]).findings,
                    "content.repeated-block")
    assert [f.location for f in found] == ["5.2"], [(f.location, f.excerpt) for f in found]


def test_the_wrong_dash_of_a_document_number_is_named_in_words(tmp_path: Path) -> None:
    """In a monospaced font "-" and "—" look alike: “GB/T 31167-2014”应写作“GB/T 31167—2014” read as a contradiction
    in the served studio. The message names the character it finds."""
    lines = ["养老机构服务规范", "前言", "本文件按照GB/T 1.1—2020的规定起草。", "1 范围", "本文件规定了养老机构服务的要求。",
             "2 规范性引用文件", "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。",
             "GB/T 31167-2014 信息安全技术 云计算服务安全指南", "GB/T 20000.1–2014 标准化工作指南",
             "3 术语和定义", "本文件没有需要界定的术语和定义。", "4 要求", "4.1 应符合GB/T 31167和GB/T 20000.1的规定。"]
    found = {f.excerpt: f.message for f in of_rule(
        check_file(typed_docx(tmp_path / "d.docx", lines), load_packs()["excellence-guide"]).findings,
        "reference.standard-number")}
    messages = " ".join(found.values())
    assert "“-”（连字符）应为一字线“—”" in messages and "“–”（短横线）应为一字线“—”" in messages, found
