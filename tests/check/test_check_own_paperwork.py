"""A folder check leaves out stdauthor's own paperwork (QA pass 11, B8): the 编制说明 and the 意见汇总处理表 it wrote
lie beside the draft in a secretariat's folder and are no drafts (the memorandum quotes the guide and scored above
the draft)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document

from authoring.i18n import get_lang, set_lang
from tests.check.test_check_cli import run, write_draft


@pytest.fixture(autouse=True)
def _keep_language():
    before = get_lang()
    yield
    set_lang(before)


def _memorandum(path: Path) -> Path:
    from authoring.paperwork.explain import explain_docx, from_project
    from tests.paperwork.builders import bundled_example

    path.write_bytes(explain_docx(from_project(bundled_example())))
    return path


def _table(path: Path) -> Path:
    from authoring.paperwork.table import ResolutionTable, Row, table_bytes

    table = ResolutionTable(title="养老机构服务指南", rows=[Row(location="4", content="建议补充答复时限。", unit="某市民政局")])
    path.write_bytes(table_bytes(table, "docx"))
    return path


def _older_memorandum(path: Path) -> Path:
    """A 编制说明 as stdauthor wrote them before QA pass 11 (its author stdauthor, no other mark), edited in Word."""
    document = Document()
    document.core_properties.author = "stdauthor"
    document.add_paragraph("《养老机构服务指南》\n（征求意见稿）编制说明")
    document.add_paragraph("一、工作简况")
    document.save(str(path))
    return path


def test_a_folder_check_leaves_out_the_paperwork_stdauthor_wrote(capsys, tmp_path: Path) -> None:
    folder = tmp_path / "征求 意见稿 (第二版)"
    folder.mkdir()
    write_draft(folder / "养老机构服务指南.docx")
    memo = _memorandum(folder / "编制 说明.docx")
    table = _table(folder / "意见汇总处理表.docx")
    older = _older_memorandum(folder / "说明-旧.docx")
    committee = write_draft(folder / "编制说明附件-草案.docx")  # named like paperwork, written by the committee
    code, out, err = run(capsys, str(folder), "--format", "json", "--fail-on", "none")
    assert code == 0, err
    assert sorted(Path(d["file"]).name for d in json.loads(out)) == ["养老机构服务指南.docx", "编制说明附件-草案.docx"]
    said = [line for line in err.splitlines() if "已略过" in line]
    assert len(said) == 3, err
    assert any(str(memo) in line and "编制说明" in line for line in said)
    assert any(str(table) in line and "意见汇总处理表" in line for line in said)
    assert any(str(older) in line for line in said) and not any(str(committee) in line for line in said)
    # named on the command line, it is checked
    code, out, err = run(capsys, str(memo), "--format", "json", "--fail-on", "none")
    assert code == 0 and json.loads(out)["file"] == str(memo)


def test_in_english_the_line_says_why(capsys, tmp_path: Path) -> None:
    write_draft(tmp_path / "draft.docx")
    _memorandum(tmp_path / "memo.docx")
    code, out, err = run(capsys, str(tmp_path), "--format", "json", "--fail-on", "none", "--lang", "en")
    said = [line for line in err.splitlines() if "memo.docx" in line]
    assert code == 0 and len(said) == 1 and "left out" in said[0] and "not a draft" in said[0], err


def test_a_folder_of_paperwork_alone_holds_no_draft(capsys, tmp_path: Path) -> None:
    _memorandum(tmp_path / "编制说明.docx")
    _table(tmp_path / "意见汇总处理表.docx")
    code, out, err = run(capsys, str(tmp_path), "--format", "json")
    lines = [line for line in err.splitlines() if line.startswith("stdauthor:")]
    assert code == 2 and len(lines) == 3 and "文件夹中没有草案" in lines[-1] and "Traceback" not in err, err
