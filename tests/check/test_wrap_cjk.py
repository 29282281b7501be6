"""wrap_cjk: lines that fit, broken the way Chinese is set, on the checklist's own Chinese."""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len

from authoring.checklist import load_packs
from authoring.text import wrap_cjk

CLOSING = "，。、；：！？）》」』】〕〉”’…—·"
OPENING = "（《「『【〔〈“‘"
LATIN_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9./%_-]*[A-Za-z0-9%]")


def _paragraphs() -> list[str]:
    """Every item and method of the bundled excellence guide under its number, as the studio shows
    them: real Chinese with item numbers (5.6.1) and designations (GB/T 1.1) in it."""
    pack = load_packs()["excellence-guide"]
    texts: list[str] = []
    for item in pack.items():
        texts += [f"{item.id} {item.title_zh}：{item.text_zh}", *item.points_zh]
        texts += [f"{item.id}（{method.letter}）{method.text_zh}" for method in item.methods]
    # The likeness notice lists item numbers one after another, as the check screen shows it.
    ids = [item.id for item in pack.items()]
    texts.append(f"注意：{len(ids)}条未命中关键词，按与已标注文本相近的表述判为部分覆盖（{'、'.join(ids)}），请人工核对。")
    texts.append("注意：7条未命中关键词，按与已标注文本相近的表述判为部分覆盖（4.2、5.5、5.6.1、5.6.2、5.8、7.1、7.5），请人工核对。")
    texts.append("注意：未发现 GB/T 1.1 结构（前言、范围、编号的章条）：已分析全文（按“第×章／第×条”等单元定位）。")
    return [t for t in texts if len(t) > 20]


def test_the_corpus_is_real_chinese() -> None:
    paragraphs = _paragraphs()
    assert len(paragraphs) > 50
    assert sum(bool(LATIN_RUN.search(p)) for p in paragraphs) > 20


@pytest.mark.parametrize("width", [8, 13, 20, 31, 46, 78])
def test_lines_fit_and_break_only_where_chinese_may(width: int) -> None:
    for paragraph in _paragraphs():
        lines = wrap_cjk(paragraph, width)
        assert "".join("".join(lines).split()) == "".join(paragraph.split()), "nothing lost or added"
        for line in lines:
            assert cell_len(line) <= width, (width, line)
        for before, after in zip(lines, lines[1:]):
            assert after[:1] not in CLOSING, f"a line starts with closing punctuation: {before!r} / {after!r}"
            assert before[-1:] not in OPENING, f"a line ends with opening punctuation: {before!r} / {after!r}"
        for run in LATIN_RUN.findall(paragraph):
            if cell_len(run) <= width // 2:
                assert any(run in line for line in lines), f"{run!r} was split at width {width}: {lines}"


def test_spaces_are_kept_inside_a_line_and_dropped_at_a_break() -> None:
    assert wrap_cjk("未发现 GB/T 1.1 结构", 40) == ["未发现 GB/T 1.1 结构"]
    lines = wrap_cjk("未发现 GB/T 1.1 结构", 12)
    assert all(line == line.strip() for line in lines)


def test_a_run_longer_than_the_line_is_folded() -> None:
    name = "zzzzzi01-national-intermediary-ipo-services-provisions.libreoffice.docx"
    lines = wrap_cjk(f"把 {name} 导入为项目", 30)
    assert all(cell_len(line) <= 30 for line in lines)
    assert name in "".join(lines)


def test_no_width_leaves_the_text_as_it_is() -> None:
    assert wrap_cjk("一行\n两行", 0) == ["一行", "两行"]
