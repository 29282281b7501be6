"""A report says how far its coverage can be trusted where that was measured to be less: a GB/T draft
whose title names no service (third-party technical standards, bench/real rounds 157–159: exact 0.62)
and an English text (exact 0.59). A service standard's report carries no such notice."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from authoring.check import check_file
from authoring.checklist import load_packs

ROOT = Path(__file__).resolve().parents[2]


def gbt_draft(path: Path, title: str) -> Path:
    """A typed GB/T 1.1 draft (前言, the body's title, 范围, chapters) titled ``title``, as a PDF pasted into
    Word reads."""
    lines = [title, "前言", "本文件按照 GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。",
             title, "1 范围", f"本文件规定了{title}的要求。", "2 规范性引用文件", "本文件没有规范性引用文件。",
             "3 术语和定义", "本文件没有需要界定的术语和定义。", "4 基本要求",
             "4.1 应建立管理体系，明确职责和权限。", "4.2 应对人员进行培训，并定期考核。",
             "5 检测要求", "5.1 应记录检测结果，并对发现的问题持续改进。"]
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def codes(path: Path) -> set[str]:
    result = check_file(path, load_packs()["excellence-guide"])
    assert result.document.structure == "gbt", "the made-up draft must be read as a GB/T draft"
    assert result.document.title, "its title must be read"
    return {code for code, _, _ in result.document.notices()}


@pytest.mark.parametrize("title", ["信息技术 安全技术 实体鉴别机制", "服务器密码机检测规范", "太阳能资源年景评估技术规范"])
def test_a_gbt_draft_whose_title_names_no_service_is_told_its_coverage_is_less_sure(tmp_path: Path, title: str) -> None:
    assert "not-service" in codes(gbt_draft(tmp_path / "d.docx", title))


@pytest.mark.parametrize("title", ["养老机构服务规范", "住宅物业管理规范", "旅游景区游客中心设置要求", "政务大厅窗口工作规范"])
def test_a_service_standard_has_no_such_notice(tmp_path: Path, title: str) -> None:
    assert "not-service" not in codes(gbt_draft(tmp_path / "d.docx", title))


def test_an_english_text_is_told_its_coverage_is_less_sure_in_both_languages(tmp_path: Path) -> None:
    document = docx.Document()
    for line in ["Client Service Charter", "1.0 Purpose",
                 "This charter sets out the standards of service clients can expect from the authority.",
                 "2.0 Our obligations", "We will train our staff and measure client satisfaction every year."]:
        document.add_paragraph(line)
    document.save(str(tmp_path / "e.docx"))
    result = check_file(tmp_path / "e.docx", load_packs()["excellence-guide"])
    notice = {code: (zh, en) for code, zh, en in result.document.notices()}
    assert "not-service" not in notice
    zh, en = notice["english"]
    assert "七成" in zh and "seven item verdicts" in en


def test_the_notice_reaches_the_json_and_markdown_reports(tmp_path: Path) -> None:
    draft = gbt_draft(tmp_path / "d.docx", "网络安全技术 终端计算机通用安全技术规范")
    run = [sys.executable, "-m", "authoring", "check", str(draft), "--fail-on", "none"]
    data = json.loads(subprocess.run([*run, "--format", "json"], cwd=ROOT, capture_output=True, text=True,
                                     check=True).stdout)
    notices = {n["code"]: n for n in data["document"]["notices"]}
    assert "not-service" in notices
    markdown = subprocess.run([*run, "--format", "md"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert "标题未提及服务" in markdown
    english = subprocess.run([*run, "--format", "md", "--lang", "en"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout
    assert "The title names no service" in english and "标题未提及服务" not in english


def test_the_bundled_example_has_no_such_notice(tmp_path: Path) -> None:
    """The example is a service standard: built and checked, its report stays free of the notice."""
    out = tmp_path / "example.docx"
    example = next((ROOT / "examples").glob("*.yaml"))
    subprocess.run([sys.executable, "-m", "authoring", "build", str(example), "-o", str(out)], cwd=ROOT,
                   capture_output=True, check=True)
    assert "not-service" not in codes(out)
