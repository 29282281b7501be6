"""A list whose items start with a typed ``a)`` / ``1)`` imports and builds as the lettered list it is.

QA pass 9, finding A2 (GB/T 35273—2020 made into Word by pandoc): its lists are Markdown bullets whose text starts
with a typed mark, ``- a) …`` with ``- 1) …`` below. Pandoc writes each such item as an empty bullet paragraph and
the ``a)`` item one level down (a bullet item holding a one-item ``a)`` list); the project stored every item as an
empty bullet with a one-item ``letter`` or ``number`` child, and the built draft printed a stray ``——`` or ``·`` line
before each item and numbered every item ``a)`` or ``1)``. The same list typed in Word over its List Bullet style
(``• a) …``) was built ``· a) …``, and a Word-numbered ``a)`` list whose text repeats the mark (``a) a) …``) twice
marked; an item whose text starts with another item's letter (``d) a）所要求的……``) refers to it and keeps it. The
drafts are small made-up ones of the same shapes.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from authoring.i18n import get_lang, set_lang
from tests.conftest import pdf_pages_text
from tests.test_roundtrip_lists import _pandoc, _printed, _round_trip, _tree, _verdicts


@pytest.fixture(autouse=True)
def _language_restored():
    before = get_lang()
    yield
    set_lang(before)


GB_HEAD = """\
# 养老机构服务指南

## 前言

本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。

## 1 范围

本文件给出了养老机构服务的指导。

## 2 规范性引用文件

本文件没有规范性引用文件。

## 3 术语和定义

本文件没有需要界定的术语和定义。

## 4 服务要求

机构应做到：

"""

# As GB/T 35273—2020's Markdown has them: bullets typed a) b) …, sub-items 1) 2) …, a note between two items.
TYPED_MD = GB_HEAD + """\
- a) 建立服务体系；
- b) 记录服务过程，包括：
  - 1) 入住评估；
  - 2) 日常照护。
- c) 公开服务项目。

> **注：** 服务项目宜每年更新。

- d) 保护老人隐私。
- e) a）所要求的体系文件应便于查阅。
"""

# The lettered list (with its 1) 2) under b)) and, after the note, its d) and e): as the draft reads; e)'s text starts
# with a reference to item a), no mark of its own.
LISTS = [("letter", 1, [("建立服务体系；", None),
                        ("记录服务过程，包括：", ("number", 1, [("入住评估；", None), ("日常照护。", None)])),
                        ("公开服务项目。", None)]),
         ("letter", 4, [("保护老人隐私。", None), ("a）所要求的体系文件应便于查阅。", None)])]
MARKS = {"建立服务体系；": "a)", "记录服务过程，包括：": "b)", "入住评估；": "1)", "日常照护。": "2)",
         "公开服务项目。": "c)", "保护老人隐私。": "d)", "a）所要求的体系文件应便于查阅。": "e)"}

ITEMS = [(0, "a) ", "建立服务体系；"), (0, "b) ", "记录服务过程，包括："), (1, "1) ", "入住评估；"),
         (1, "2) ", "日常照护。"), (0, "c) ", "公开服务项目。")]


def _skeleton() -> docx.Document:
    document = docx.Document()
    document.add_paragraph("养老机构服务指南", style="Title")
    for head, text in (("前言", "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。"),
                       ("1 范围", "本文件给出了养老机构服务的指导。"), ("2 规范性引用文件", "本文件没有规范性引用文件。"),
                       ("3 术语和定义", "本文件没有需要界定的术语和定义。"), ("4 服务要求", "机构应做到：")):
        document.add_paragraph(head, style="Heading 1")
        document.add_paragraph(text)
    return document


def _word_bullets(path: Path) -> Path:
    """The list typed over Word's List Bullet (sub-items List Bullet 2): ``• a) 建立服务体系；``."""
    document = _skeleton()
    for level, mark, text in ITEMS:
        document.add_paragraph(mark + text, style="List Bullet" if level == 0 else "List Bullet 2")
    document.save(str(path))
    return path


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _word_lettered(path: Path, *, then: tuple[str, ...] = ()) -> Path:
    """Word's own a) / 1) numbering, the text typed with its mark again: ``a) a) 建立服务体系；``; ``then``: items
    after them, typed without a mark."""
    document = _skeleton()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {_W} w:abstractNumId="90"><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/>'
        '<w:pPr><w:ind w:left="840" w:hanging="420"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2)"/>'
        '<w:pPr><w:ind w:left="1260" w:hanging="420"/></w:pPr></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {_W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for level, mark, text in [*ITEMS, *((0, "", text) for text in then)]:
        paragraph = document.add_paragraph(mark + text)
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {_W}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))
    document.save(str(path))
    return path


def _lists_of_4(path: Path) -> list[tuple]:
    return next(lists for number, _, lists in _tree(path) if number == "4")


def _verdicts_but_front(path: Path) -> tuple:
    """``stdauthor check``'s verdicts on ``path`` but for the cover, title and 目次 a GB/T build adds."""
    structure, rules, clauses, findings, items = _verdicts(path)
    return structure, rules, clauses, [f for f in findings if f != "structure.missing-element"], items


def _items_printed(path: Path) -> list[tuple[str, str]]:
    """Each list paragraph of ``path`` as (mark, text), empty ones included."""
    return [(p.label.strip(), p.text.strip()) for p in _printed(path)
            if p.num_id and p.label.strip() and not p.heading and p.outline is None]


def test_a_pandoc_draft_typed_a_and_1_is_read_imported_and_built_as_its_lettered_list(tmp_path: Path, capsys) -> None:
    draft = _pandoc(tmp_path, "typed", TYPED_MD)
    # pandoc's shape: an empty bullet paragraph over each a) and 1) item
    assert ("•", "") in _items_printed(draft) and ("a)", "建立服务体系；") in _items_printed(draft)
    assert _lists_of_4(draft) == LISTS
    project, built = _round_trip(tmp_path, draft, capsys)
    text = project.read_text(encoding="utf-8")
    assert "text: ''" not in text and "style: bullet" not in text
    printed = _items_printed(built)
    assert all(text for _, text in printed), printed  # no empty bullet left
    assert dict((t, m) for m, t in printed) == MARKS  # each item once, with its own mark
    assert _tree(built) == _tree(draft)
    assert _verdicts_but_front(built) == _verdicts_but_front(draft)


def test_a_policy_without_the_gbt_skeleton_typed_so_keeps_its_a_and_1(tmp_path: Path, capsys) -> None:
    draft = _pandoc(tmp_path, "policy", "# Complaints Policy\n\n### 1. Policy Statement\n\nWe serve every client.\n\n"
                                        "### 2. Procedure\n\nComplaints are handled so:\n\n"
                                        "- a) acknowledgement within 3 working days;\n- b) investigation, including:\n"
                                        "  - 1) interviews;\n  - 2) records.\n- c) a written response.\n\n"
                                        "### 3. Review\n\nThis policy is reviewed every year.\n")
    _, built = _round_trip(tmp_path, draft, capsys)
    assert _items_printed(built) == [("a)", "acknowledgement within 3 working days;"),
                                     ("b)", "investigation, including:"), ("1)", "interviews;"), ("2)", "records."),
                                     ("c)", "a written response.")]
    assert _tree(built) == _tree(draft)
    assert _verdicts(built) == _verdicts(draft)


@pytest.mark.parametrize("make", [_word_bullets, _word_lettered], ids=["list-bullet-typed", "word-a-typed-again"])
def test_a_word_list_whose_text_starts_with_a_typed_mark_prints_each_mark_once(tmp_path: Path, capsys, make) -> None:
    draft = make(tmp_path / "word.docx")
    assert _lists_of_4(draft) == LISTS[:1]
    _, built = _round_trip(tmp_path, draft, capsys)
    assert _items_printed(built) == [(MARKS[text], text) for _, _, text in ITEMS]
    assert _tree(built) == _tree(draft)
    assert _verdicts_but_front(built) == _verdicts_but_front(draft)


def test_a_word_numbered_item_whose_text_starts_with_another_item_s_mark_keeps_it(tmp_path: Path, capsys) -> None:
    """``d) a）所要求的……`` refers to item a): the a） is the text's, not the item's mark typed again."""
    draft = _word_lettered(tmp_path / "word.docx", then=("a）所要求的体系文件应便于查阅。",))
    assert _lists_of_4(draft)[0][2][-1] == ("a）所要求的体系文件应便于查阅。", None)
    _, built = _round_trip(tmp_path, draft, capsys)
    assert _items_printed(built)[-1] == ("d)", "a）所要求的体系文件应便于查阅。")
    assert _tree(built) == _tree(draft)


@pytest.mark.libreoffice
def test_libreoffice_prints_the_list_without_stray_bullets(tmp_path: Path, capsys, render_pdf) -> None:
    _, built = _round_trip(tmp_path, _pandoc(tmp_path, "typed", TYPED_MD), capsys)
    pages = pdf_pages_text(render_pdf(built))
    lines = [" ".join(line.split()) for page in pages for line in page.splitlines() if line.strip()]
    for printed in ("a) 建立服务体系；", "b) 记录服务过程，包括：", "1) 入住评估；", "2) 日常照护。", "c) 公开服务项目。",
                    "d) 保护老人隐私。", "e) a）所要求的体系文件应便于查阅。"):
        assert printed in lines, printed
    assert not [line for line in lines if line in ("·", "——", "•", "–")]
