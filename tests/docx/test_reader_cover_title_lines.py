"""A cover's title set on several lines above its English title is joined as GB/T 1.1 writes a title:
its elements apart by a space (``…评估指引 第3部分：实施指南``), a word the line end only wrapped
joined again without one (QA pass 6: a group standard's cover gave ``…评估指引第3 部分：实施指南``)."""

from __future__ import annotations

from pathlib import Path

from authoring.document import Metadata
from authoring.docx.read import read_docx
from authoring.docx.read._front import parse_cover
from tests.docx import reader_builders as rb

ENGLISH = "Guidelines for compliance assessment of personal information handling—Part 3: Implementation guidance"


def _title(lines: list[str]) -> str:
    meta = Metadata()
    parse_cover([(line, None) for line in lines], meta)
    return meta.title_zh


def test_a_part_line_under_the_main_title_follows_a_space() -> None:
    head = ["ICS 35.030", "团体标准", "T/XYZ 001.3—2021"]
    assert _title([*head, "个人信息处理合规评估指引", "第3 部分：实施指南", ENGLISH, "2021-06-01发布"]) == \
        "个人信息处理合规评估指引 第3 部分：实施指南"
    assert _title([*head, "个人信息处理合规评估指引", "第三部分：实施指南", ENGLISH]) == \
        "个人信息处理合规评估指引 第三部分：实施指南"


def test_a_wrapped_title_is_joined_without_a_space() -> None:
    head = ["ICS 35.030", "团体标准", "T/XYZ 002—2021"]
    assert _title([*head, "个人信息处理活动合规性评估的", "实施指南", ENGLISH]) == "个人信息处理活动合规性评估的实施指南"
    # broken after its part number, the element goes on on the next line
    assert _title([*head, "个人信息处理合规评估指引 第3部分：", "实施指南", ENGLISH]) == "个人信息处理合规评估指引 第3部分：实施指南"


def test_the_draft_read_keeps_the_space(tmp_path: Path) -> None:
    body = "".join([
        rb.para("ICS 35.030"), rb.para("团体标准"), rb.para("T/XYZ 001.3—2021"),
        rb.para("个人信息处理合规评估指引"), rb.para("第3 部分：实施指南"), rb.para(ENGLISH),
        rb.para("2021-06-01发布　　2021-07-01实施"), rb.para("某某协会　　发布"),
        rb.para("前　言", "1"), rb.para("本文件按照GB/T 1.1—2020的规定起草。"),
        rb.para("个人信息处理合规评估指引 第3 部分：实施指南", center=True, bold=True),
        rb.para("1　范围", "1"), rb.para("本文件给出了个人信息处理合规评估的实施指导。"),
    ])
    draft = rb.write_package(tmp_path / "d.docx", body, rb.style("1", "heading 1", outline=0, bold=True))
    assert read_docx(draft).metadata.title_zh == "个人信息处理合规评估指引 第3 部分：实施指南"
