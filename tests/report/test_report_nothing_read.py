"""A draft from which no text could be read (pages scanned as pictures, an empty file, a package the reader
finds nothing in) is said to be unread in every report format, never scored: no "0%", no "23 missing items"
beside the note that coverage cannot be computed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from docx import Document

from authoring.check import check_file
from authoring.checklist import load_packs
from authoring.cli.main import main
from authoring.report import annotate_copy, render_html, render_markdown, render_text

UNREAD_ZH = "未读到文字：各条目未逐项判断"

pytestmark = pytest.mark.usefixtures("chinese")


def _unread_draft(path: Path) -> Path:
    document = Document()
    document.add_table(rows=2, cols=2)  # a page of empty cells, as a scanned draft's layout table may be
    document.save(str(path))
    return path


def _confident_zero(rendered: str) -> list[str]:
    return re.findall(r"(?<![\d.])0 ?%|缺失条目（\d+）|\| 0% \|", rendered)


def _scores_nothing(result, draft: Path, tmp_path: Path, said: str, code: str) -> None:  # noqa: ANN001
    """Every report format, the JSON and the annotated copy's summary say ``said`` (notice ``code``) and give no
    figure: no 0 %, no item listed as missing."""
    for rendered in (render_text(result), render_markdown(result), render_html(result)):
        assert said in rendered
        assert _confident_zero(rendered) == [], _confident_zero(rendered)
        assert "4.1 行业现状与特点" not in rendered, "no item is listed as missing"
    data = json.loads(json.dumps(result.to_json()))
    assert data["coverage"]["score"] is None
    assert code in {n["code"] for n in data["document"]["notices"]}
    copy = tmp_path / "批注.docx"
    annotate_copy(draft, copy, result)
    summary = next(c.text for c in Document(str(copy)).comments if "总覆盖率" in c.text)
    assert "总覆盖率 无法计算" in summary and "缺失条目" not in summary


def test_every_format_says_nothing_was_read_and_scores_nothing(tmp_path: Path, capsys) -> None:
    draft = _unread_draft(tmp_path / "扫描稿.docx")
    result = check_file(draft, load_packs()["excellence-guide"])
    assert result.document.characters == 0
    _scores_nothing(result, draft, tmp_path, UNREAD_ZH, "nothing-read")

    capsys.readouterr()
    assert main(["check", str(draft)]) == 2, "a draft with nothing read never passes (QA pass 7)"
    out, err = capsys.readouterr()
    assert UNREAD_ZH in out and _confident_zero(out) == [], out
    assert err.count("\n") == 1 and "扫描稿.docx" in err and "未读到任何文字" in err
    main(["check", str(tmp_path)])  # a folder: the summary table gives no figure for it
    out = capsys.readouterr().out
    assert "未读到文字" in out and _confident_zero(out) == [], out


def test_a_draft_with_text_keeps_its_figures(tmp_path: Path) -> None:
    from tests.docx.reader_builders import plain_docx

    draft = plain_docx(tmp_path / "制度.docx", ["某养老机构服务管理制度", "第一条　机构应建立员工培训制度。"])
    result = check_file(draft, load_packs()["excellence-guide"])
    text = render_text(result)
    assert UNREAD_ZH not in text and "缺失条目（" in text and "%" in text
    assert isinstance(result.to_json()["coverage"]["score"], float)


def _provisions_unread_draft(path: Path) -> Path:
    """A draft whose chapters after 2 could not be read (a PDF's text layer put their numbers far from their titles,
    YD/T 1522.4's copy in round 197): every line falls under 规范性引用文件, which coverage leaves out."""
    document = Document()
    for line in ["会话初始协议（SIP）技术要求", "1 范围", "本部分规定了软交换网络支持的SIP消息的格式和内容。", "2",
                 "规范性引用文件", "下列文件中的条款通过本部分的引用而成为本部分的条款。",
                 "YD/T 1522.1—2006 会话初始协议（SIP）技术要求 第1部分：基本的会话初始协议",
                 *["软交换设备应支持INVITE、ACK、BYE和CANCEL请求，并在收到请求后及时给出响应。"] * 30]:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def test_a_draft_whose_provisions_coverage_could_not_read_scores_nothing(tmp_path: Path, capsys) -> None:
    """Coverage read none of the text (all of it under chapter 2): every format says so instead of a 0 %, as for a
    draft with no text; the findings are still given, and the exit code is theirs."""
    draft = _provisions_unread_draft(tmp_path / "转换稿.docx")
    result = check_file(draft, load_packs()["excellence-guide"])
    assert result.document.characters > 1000 and result.document.coverage_characters == 0
    _scores_nothing(result, draft, tmp_path, "覆盖分析没有读到条文", "coverage-unread")
    capsys.readouterr()
    main(["check", str(tmp_path / "转换稿.docx")])
    out = capsys.readouterr().out
    assert "覆盖率: 无法计算" in out and _confident_zero(out) == [], out
    main(["check", str(tmp_path)])
    out = capsys.readouterr().out
    assert "未读到条文" in out and _confident_zero(out) == [], out
