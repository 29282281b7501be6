"""``stdauthor explain``: the mends of QA pass 8 (findings 5, 6, 7, 8, 11 and 12), on small made-up drafts."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import pytest

from authoring.cli.main import main
from authoring.paperwork.explain import explain_docx, from_draft, from_project
from tests.paperwork.builders import bundled_example

RULES = "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。"


def _draft(path: Path, *, title: str = "社区助餐服务规范") -> Path:
    """A short service draft: a title, a 前言 naming GB/T 1.1 and four chapters; no drafters."""
    document = docx.Document()
    document.add_paragraph(title)
    document.add_heading("前言", 1)
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


def _regulation(path: Path) -> Path:
    """A short regulation (第一章…第一条…): no drafting rules of GB/T 1.1, and no drafters."""
    document = docx.Document()
    document.add_paragraph("某市社区助餐服务条例")
    document.add_heading("第一章　总则", 1)
    document.add_paragraph("第一条　为了规范社区助餐服务，了解老年人的需求和期望，制定本条例。")
    document.add_paragraph("第二条　本市行政区域内的社区助餐服务，适用本条例。")
    document.add_heading("第二章　服务", 1)
    document.add_paragraph("第三条　助餐点应当公开服务承诺，收集老年人的投诉并在三个工作日内答复。")
    document.add_paragraph("第四条　本条例自2026年1月1日起施行。")
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


# -- finding 8: drafting rules the draft does not name are a prompt, not the tool's remark -------------------------

def test_unnamed_drafting_rules_are_a_highlighted_prompt(tmp_path: Path) -> None:
    data = explain_docx(from_draft(_regulation(tmp_path / "条例.docx")))
    text = _text(data)
    assert "未能从草案中识别" not in text
    line = next(p for p in docx.Document(io.BytesIO(data)).paragraphs if "所依据的起草规则" in p.text)
    assert line.text.startswith("【请填写：所依据的起草规则") and line.text.endswith("】")
    assert all(r.font.highlight_color is not None for r in line.runs if r.text.strip())


def test_named_drafting_rules_are_stated(plain_text: str) -> None:
    assert RULES in plain_text and "【请填写：所依据的起草规则" not in plain_text


# -- finding 7: the memorandum's tables are numbered from 表1 in the order they stand -----------------------------

def _captions(data: bytes) -> list[str]:
    return [p.text for p in docx.Document(io.BytesIO(data)).paragraphs if p.text.startswith("表") and "　" in p.text]


def test_without_drafters_the_excellence_table_is_table_1(plain: Path) -> None:
    data = explain_docx(from_draft(plain))
    text = _text(data)
    assert _captions(data) == ["表1　卓越服务要素的融入情况", "表2　与 ISO 11367（GB/T 47747）原则和模型要素的对比"]
    assert "不适用的理由见表1。" in text and "对应情况见表2。" in text and "表3" not in text


def test_with_drafters_the_drafters_table_comes_first() -> None:
    data = explain_docx(from_project(bundled_example()))
    text = _text(data)
    assert [c.split("　")[0] for c in _captions(data)] == ["表1", "表2", "表3"]
    assert "工作见表1。" in text and "不适用的理由见表2。" in text and "对应情况见表3。" in text


# -- finding 11: no 其余条目均已融入 when the counts already add up to every item ----------------------------------

def _lead(source) -> str:
    """The excellence paragraph, without the zero-width spaces after 、 between numbers (QA pass 11, B10)."""
    return next(line for line in _text(explain_docx(source)).splitlines() if "共列出" in line).replace("\u200b", "")


def test_no_rest_is_spoken_of_when_every_item_is_counted() -> None:
    source = from_project(bundled_example())
    for row in source.items:
        if row.status in ("todo", "missing"):
            row.status = "addressed"
    lead = _lead(source)
    assert "其余" not in lead
    assert "；不适用2个。各条目的融入位置" in lead, lead


def test_open_items_are_named_and_no_rest_is_claimed() -> None:
    source = from_project(bundled_example())
    source.items[0].status = "missing"
    lead = _lead(source)
    assert "其余" not in lead
    assert "；未体现1个（4.1）。各条目" in lead and "；待定2个（5.5、7.4）" in lead, lead


# -- finding 6: a project of another standard beside a draft is refused ---------------------------------------------

def test_a_project_of_another_standard_is_refused_in_one_line(plain: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "编制说明.docx"
    code = main(["explain", str(plain), "--project", str(bundled_example()), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err
    assert str(plain) in err and str(bundled_example()) in err
    assert "《社区助餐服务规范》" in err and "《养老机构卓越服务规范》" in err and "未生成编制说明" in err
    assert not out.exists()


def test_a_project_of_the_same_standard_is_used_and_says_the_guide_was_used(tmp_path: Path, capsys) -> None:
    """Titles are compared as ``comments`` compares them: a stage word in brackets is no other standard."""
    draft = _draft(tmp_path / "草案.docx", title="养老机构卓越服务规范（征求意见稿）")
    out = tmp_path / "编制说明.docx"
    code = main(["explain", str(draft), "--project", str(bundled_example()), "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    text = _text(out.read_bytes())
    assert "起草中依据《服务标准编写融入卓越服务的指南》" in text


# -- finding 12: from a draft, the methods column carries no guide letter beside the draft's own lettering -----------

def _relettered(path: Path) -> Path:
    """A draft whose 服务文化 clause lists, as its own a) and b), methods the guide letters otherwise (b), c) …)."""
    document = docx.Document()
    document.add_paragraph("社区助餐服务规范")
    document.add_heading("前言", 1)
    document.add_paragraph(RULES)
    document.add_heading("社区助餐服务规范", 1)
    document.add_heading("1　范围", 1)
    document.add_paragraph("本文件规定了社区助餐点的服务文化和服务创新。本文件适用于社区助餐点。")
    document.add_heading("2　规范性引用文件", 1)
    document.add_paragraph("本文件没有规范性引用文件。")
    document.add_heading("3　术语和定义", 1)
    document.add_paragraph("本文件没有需要界定的术语和定义。")
    document.add_heading("4　服务文化", 1)
    document.add_paragraph("助餐点应建立以老年人为中心的服务文化，并采取下列措施：")
    document.add_paragraph("a) 将卓越服务文化记录在行为准则或服务声明中，并加以部署；")
    document.add_paragraph("b) 实现改进和发展活动，例如由合作伙伴参与。")
    document.add_heading("5　服务设计", 1)
    document.add_paragraph("a) 让客户参与服务设计过程、交付过程或两者，从而共同创造价值。")
    document.save(str(path))
    return path


def test_a_drafts_methods_carry_no_guide_letter(tmp_path: Path) -> None:
    source = from_draft(_relettered(tmp_path / "社区助餐服务规范.docx"))
    methods = [m for row in source.items for m in row.methods]
    assert methods, "the draft should match some of the guide's methods"
    assert not [m for m in methods if re.match(r"^[a-zA-Z]\)", m)], methods
    assert any(m == "——将卓越服务文化记录在行为准则或服务声明中，并加以部署" for m in methods), methods
    text = _text(explain_docx(source))
    assert "不标《指南》的字母编号" in text


def test_a_projects_methods_keep_the_guide_letters() -> None:
    rows = {r.item_id: r for r in from_project(bundled_example()).items}
    assert any(re.match(r"^[a-z]\) ", m) for row in rows.values() for m in row.methods)
