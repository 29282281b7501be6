"""A cover title our writer breaks between its elements reads back as it was (emit follow-up, T1).

Since 512ebcd the cover sets a long title on lines of its own, broken with manual line breaks between its elements
(社区居家养老服务 / 第2部分：助餐服务规范). The reader joined such lines with an ASCII space, or, above an English title,
with nothing: build → import turned 社区居家养老服务　第2部分… into 社区居家养老服务 第2部分… and lost a boundary of
信息技术　安全技术　信息安全管理体系　要求. A line after a manual break follows the space the first body page prints
there (where the title stands whole), the full-width one where that says nothing; a converted cover's lines of their
own are joined as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from authoring.cli.main import main

_EN_PART = "Community home-based elderly care services—Part 2: Meal assistance"
_EN_ISMS = "Information technology—Security techniques—Information security management systems—Requirements"


@pytest.mark.parametrize(("title", "english"), [
    ("社区居家养老服务\u3000第2部分：助餐服务规范", ""),
    ("社区居家养老服务\u3000第2部分：助餐服务规范", _EN_PART),
    ("信息技术\u3000安全技术\u3000信息安全管理体系\u3000要求", ""),
    ("信息技术\u3000安全技术\u3000信息安全管理体系\u3000要求", _EN_ISMS),
    ("社区居家养老服务 第2部分：助餐服务规范", _EN_PART),  # typed with a plain space: kept
])
def test_new_build_import_gives_the_title_back(tmp_path: Path, capsys, title: str, english: str) -> None:
    project, draft, back = tmp_path / "p.yaml", tmp_path / "p.docx", tmp_path / "back.yaml"
    assert main(["new", "-o", str(project), "--title", title, *(["--title-en", english] if english else [])]) == 0
    assert main(["build", str(project), "-o", str(draft)]) == 0
    assert main(["import", str(draft), "-o", str(back)]) == 0
    capsys.readouterr()
    metadata = YAML(typ="safe").load(back.read_text(encoding="utf-8"))["metadata"]
    assert metadata["title_zh"] == title
    assert metadata.get("title_en", "") == english


def _title(lines: list[tuple[str, int | None]], body_title: str = "") -> str:
    from authoring.document import Metadata
    from authoring.docx.read._front import parse_cover

    meta = Metadata()
    parse_cover(lines, meta, ["前言", body_title, "1　范围"] if body_title else [])
    return meta.title_zh


def test_a_line_after_a_manual_break_follows_the_space_the_body_title_has_there() -> None:
    from authoring.docx.read._front import Continued

    cover = [("中华人民共和国国家标准", 28), ("信息技术　安全技术", 52), (Continued("信息安全管理体系　要求"), 52),
             ("2026-01-01发布", None)]
    assert _title(cover) == "信息技术　安全技术　信息安全管理体系　要求"  # no body title: the full-width space
    assert _title(cover, "信息技术　安全技术 信息安全管理体系　要求") == "信息技术　安全技术 信息安全管理体系　要求"
    # a committee's Shift+Enter within an element: the body title has no space there
    wrapped = [("中华人民共和国国家标准", 28), ("公共服务平台数据交换", 52), (Continued("接口规范"), 52),
               ("2026-01-01发布", None)]
    assert _title(wrapped, "公共服务平台数据交换接口规范") == "公共服务平台数据交换接口规范"
    # a converted cover's lines of their own are joined as before
    assert _title([("中华人民共和国国家标准", 28), ("信息技术服务　运行维护", 52), ("第5部分：桌面及外围设备规范", 52),
                   ("2026-01-01发布", None)]) == "信息技术服务　运行维护 第5部分：桌面及外围设备规范"
