"""How a built draft lays out its body: examples, notes, the 目次's page numbers, the preview (QA pass 10).

Each test builds a small made-up version 2 project through the real entry point and opens the draft with
python-docx; where the layout is the point, LibreOffice renders it and the PDF's words are placed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from authoring.cli.main import main

_PROJECT = """\
version: 2
metadata:
  kind: "GB/T"
  number: "45001.2"
  year: "2025"
  title_zh: "助餐服务规范"
  function: "规范"
checklist: "excellence-guide"
body:
  clauses:
    - id: c1
      number: '1'
      title: 范围
      blocks:
        - 本文件规定了助餐服务的要求。
    - id: c2
      number: '2'
      title: 规范性引用文件
      blocks:
        - 本文件没有规范性引用文件。
    - id: c3
      number: '3'
      title: 术语和定义
      blocks:
        - 下列术语和定义适用于本文件。
        - type: term
          number: "3.1"
          term_zh: 助餐点
          definition: 设在社区、为老年人提供集中用餐的场所。
          examples: [社区老年食堂、邻里中心餐厅。]
    - id: c4
      number: '4'
      title: 人员
      blocks:
        - 从业人员应接受培训。
        - {type: note, text: 培训可由街道（乡镇）统一组织。}
        - {type: note, text: 培训记录保存期限见第4章。}
        - {type: example, text: 某助餐点每日11:00—12:30供应午餐。}
    - id: c5
      number: '5'
      title: 服务
      blocks:
        - 服务应按时提供。
        - type: table
          number: "1"
          title: 服务时限
          header_rows: 1
          rows: [[项目, 时限], [午餐, 每日], [晚餐, 每日]]
          notes: [时限自订餐确认时起算。, 特殊膳食按医嘱执行。]
        - {type: note, text: 时限自订餐确认时起算。}
        - {type: example, text: 午餐11:00供应。}
        - {type: example, text: 晚餐17:00供应。}
"""


def _build(tmp_path: Path, text: str = _PROJECT, name: str = "p") -> Path:
    project = tmp_path / f"{name}.yaml"
    project.write_text(text, encoding="utf-8")
    draft = tmp_path / f"{name}.docx"
    assert main(["build", str(project), "-o", str(draft)]) == 0
    return draft


def _styled(draft: Path, style: str) -> list:
    return [p for p in Document(str(draft)).paragraphs if p.style.name == style]


Word = tuple[int, float, float, float, str]  # page, left, right, top, text


def _words(pdf: Path) -> list[Word]:
    """The words of ``pdf`` as (page, left, right, top, text), from ``pdftotext -bbox``."""
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.skip("pdftotext is not installed")
    out = subprocess.run([exe, "-bbox", str(pdf), "-"], check=True, capture_output=True, timeout=60).stdout
    return [(n, float(x0), float(x1), float(y), w)
            for n, page in enumerate(out.decode("utf-8").split("<page ")[1:])
            for x0, y, x1, w in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)</word>', page)]


def _line(words: list[Word], word: Word) -> list[Word]:
    """The words on the line of ``word``, left to right (pdftotext lists them in no such order)."""
    return sorted((w for w in words if w[0] == word[0] and abs(w[3] - word[3]) < 1), key=lambda w: w[1])


def _below(words: list[Word], word: Word) -> list[Word]:
    """The line after the line of ``word`` on its page."""
    after = [w for w in words if w[0] == word[0] and w[3] > word[3] + 1]
    return _line(words, min(after, key=lambda w: w[3])) if after else [(0, 0.0, 0.0, 0.0, "")]


# -- finding 1: 示例 ------------------------------------------------------------------------------------------


def test_an_example_is_its_label_alone_on_a_line_then_its_text_from_the_labels_indent(tmp_path):
    draft = _build(tmp_path)
    examples = _styled(draft, "标准文件_示例")
    assert [p.text for p in examples] == [
        "示例：\n\t社区老年食堂、邻里中心餐厅。", "示例：\n\t某助餐点每日11:00—12:30供应午餐。",
        "示例1：\n\t午餐11:00供应。", "示例2：\n\t晚餐17:00供应。",
    ]
    label = examples[0].runs[0]
    assert label.text == "示例：" and label.element.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"
    style = examples[0].style.paragraph_format
    assert [t.position for t in style.tab_stops] == [style.first_line_indent], "the text starts at the label's indent"


def test_a_justified_line_ending_in_a_line_break_is_not_spread_across_the_line(tmp_path):
    draft = _build(tmp_path)
    compat = Document(str(draft)).settings.element.find(qn("w:compat"))
    assert compat is not None and compat.find(qn("w:doNotExpandShiftReturn")) is not None
    assert compat.index(compat.find(qn("w:doNotExpandShiftReturn"))) < compat.index(compat.find(qn("w:useFELayout")))


@pytest.mark.libreoffice
def test_rendered_the_example_label_is_one_word_and_the_text_starts_below_it_at_its_indent(tmp_path, render_pdf):
    words = _words(render_pdf(_build(tmp_path)))
    margin = {n: min(w[1] for w in words if w[0] == n) for n in {w[0] for w in words}}  # odd and even pages differ
    for label, text in (("示例：", "社区老年食堂"), ("示例：", "某助餐点每日"), ("示例1：", "午餐"), ("示例2：", "晚餐")):
        line, below = next((_line(words, w), _below(words, w)) for w in words
                           if w[4][:1] == "示" and _below(words, w)[0][4].startswith(text))
        assert "".join(w[4] for w in line) == label, line
        assert line[-1][2] - line[0][1] < 9 * len(label) + 1, f"{label} spread across the line: {line}"
        indent = margin[line[0][0]] + 21  # two characters of 五号, as a paragraph's first line
        assert abs(line[0][1] - indent) < 0.5, "the label stands at the paragraphs' indent"
        assert abs(below[0][1] - indent) < 0.5, f"the text starts at the label's indent: {below}"


# -- finding 2: several notes in a clause ---------------------------------------------------------------------


def test_several_notes_in_a_clause_are_numbered_and_a_note_alone_is_not(tmp_path):
    draft = _build(tmp_path)
    assert [p.text for p in _styled(draft, "标准文件_注：")] == [
        "注1：培训可由街道（乡镇）统一组织。", "注2：培训记录保存期限见第4章。", "注：时限自订餐确认时起算。",
    ]


def test_notes_are_numbered_within_each_clause_by_their_place(tmp_path):
    # a number typed in the project is not kept: 注1, 注3 would skip 注2 (QA pass 11, B6)
    text = _PROJECT.replace("        - {type: note, text: 时限自订餐确认时起算。}\n",
                            "        - {type: note, text: 时限自订餐确认时起算。}\n"
                            "        - 服务应记录。\n"
                            "        - {type: note, text: 记录保存2年。, number: 3}\n")
    draft = _build(tmp_path, text)
    notes = [p.text for p in _styled(draft, "标准文件_注：")]
    assert notes[:2] == ["注1：培训可由街道（乡镇）统一组织。", "注2：培训记录保存期限见第4章。"]
    assert notes[2:] == ["注1：时限自订餐确认时起算。", "注2：记录保存2年。"]


# -- finding 8: the preview --------------------------------------------------------------------------------------


def _squash(text: str) -> str:
    return re.sub(r"[\s*#>|`\\-]", "", text)


def test_the_preview_says_what_the_draft_says(tmp_path, capsys):
    draft = _build(tmp_path)
    capsys.readouterr()
    assert main(["preview", str(tmp_path / "p.yaml")]) == 0
    preview = capsys.readouterr().out
    document = Document(str(draft))
    body = [p.text for p in document.paragraphs]
    body = body[body.index("助餐服务规范", body.index("前言")):]
    cells = [line for t in document.tables for row in t.rows for c in row.cells for line in c.text.split("\n")]
    missing = [t for t in body + cells if _squash(t) and _squash(t) not in _squash(preview)]
    assert missing == []
    lines = preview.splitlines()
    for label, text in (("示例：", "社区老年食堂、邻里中心餐厅。"), ("示例1：", "午餐11:00供应。")):
        at = next(i for i, line in enumerate(lines) if _squash(line) == label)
        assert lines[at].endswith("  ") and _squash(lines[at + 1]) == _squash(text), lines[at:at + 2]
    at = lines.index("注1：时限自订餐确认时起算。  ")
    assert lines[at + 1:at + 3] == ["注2：特殊膳食按医嘱执行。", ""], "two lines, as the draft prints them"
    assert "> 注1：培训可由街道（乡镇）统一组织。" in lines and "> 注：时限自订餐确认时起算。" in lines


# -- finding 5: the 目次's page numbers --------------------------------------------------------------------------

_ROW = "很长的服务内容说明"


def _long_table_project() -> str:
    """A draft of about ten pages whose chapter 5 holds an 80-row table (QA pass 10's h6), and a long paragraph."""
    rows = "".join(f'            - [项目{i}, "{_ROW * (i % 5 + 1)}", 每日, ""]\n' for i in range(80))
    text = "从业人员应按照岗位职责认真履行服务义务并做好记录，" * 40 + "确保服务质量。"
    return _PROJECT.split("    - id: c5\n")[0].replace(
        "        - 从业人员应接受培训。\n", f"        - 从业人员应接受培训。\n        - {text}\n") + f"""\
    - id: c5
      number: '5'
      title: 服务内容
      blocks:
        - 助餐服务的内容及时限应符合表1的规定。
        - type: table
          number: "1"
          title: 助餐服务内容及时限
          header_rows: 1
          rows:
            - [服务项目, 服务内容, "时限/频次", 备注]
{rows}          notes: [时限自老年人订餐确认时起算。, 特殊膳食按医嘱或营养师建议执行。]
    - id: c6
      number: '6'
      title: 服务流程
      children:
        - {{id: c6-1, number: '6.1', title: 订餐, blocks: ["老年人可通过电话或现场订餐，机构应在订餐后2 h内确认。"]}}
        - {{id: c6-2, number: '6.2', title: 配送, blocks: [送餐人员应按附录A的要求配送。]}}
    - id: c7
      number: '7'
      title: 评价与改进
      children:
        - {{id: c7-1, number: '7.1', title: 评价, blocks: [机构宜每季度开展1次满意度调查，调查方法见附录B。]}}
        - {{id: c7-2, number: '7.2', title: 记录, blocks: [培训、检查和评价记录应保存不少于2年。]}}
  annexes:
    - id: annex-A
      letter: A
      title: 送餐配送要求
      normative: true
      blocks: [送餐应符合下列要求。]
      children:
        - {{id: cA-1, number: A.1, title: 保温, blocks: [送达时菜品中心温度应不低于60 ℃。]}}
    - id: annex-B
      letter: B
      title: 满意度调查表示例
      normative: false
      blocks:
        - 表B.1给出了满意度调查表的示例。
        - type: table
          number: B.1
          title: 满意度调查表
          header_rows: 1
          rows: [[项目, 满意, 一般, 不满意], [菜品口味, "", "", ""], [送餐时效, "", "", ""]]
  bibliography:
    - {{type: reference, designation: GB/T 15624, title: 服务标准化工作指南, serial: 1}}
"""


def _toc(draft: Path) -> list[tuple[str, str]]:
    """The 目次's entries as written in the file: (text, page number)."""
    return [tuple(p.text.rsplit("\t", 1)) for p in Document(str(draft)).paragraphs
            if p.style.name in ("toc 1", "toc 2")]


def _landing_pages(pdf: Path, entries: list[tuple[str, str]]) -> list[str]:
    """The number printed at the foot of the page each 目次 entry's heading lands on in ``pdf``."""
    from tests.conftest import pdf_pages_text

    pages = pdf_pages_text(pdf)
    at = next(i for i, p in enumerate(pages) if re.search(r"^\s*目\s*次\s*$", p, re.M)) + 1
    out = []
    for text, _ in entries:
        if text.startswith("附录"):
            pattern = r"^\s*附\s*录\s*" + text[2] + r"\s*$"
        elif "\u3000" in text:
            number, title = text.split("\u3000", 1)
            pattern = r"^\s*" + re.escape(number) + r"\s+" + r"\s*".join(map(re.escape, title[:6]))
        else:
            pattern = r"^\s*" + r"\s*".join(text) + r"\s*$"
        at = next(i for i in range(at, len(pages)) if re.search(pattern, pages[i], re.M))
        out.append([line.strip() for line in pages[at].splitlines() if line.strip()][-1])
    return out


# Where LibreOffice puts the long-table draft's headings (pdftotext, page by page), the 目次 the writer fills in.
_LONG_TABLE_PAGES = ["II", "1", "1", "1", "1", "2", "6", "6", "6", "6", "6", "6", "7", "7", "8", "9"]


def test_the_tocs_page_numbers_count_a_long_tables_rows_as_they_are_set(tmp_path):
    entries = _toc(_build(tmp_path, _long_table_project()))
    assert [page for _, page in entries] == _LONG_TABLE_PAGES, entries


# Where LibreOffice puts a skeleton's headings: its body's first page, on a recto, holds 4.3 too (its header and footer
# are set lower there, see authoring.docx.write._pages).
_SKELETON_PAGES = ["II", *"1111111", *"2222222", *"33333", *"444444444"]


def _skeleton(tmp_path: Path) -> Path:
    draft = tmp_path / "sk.docx"
    assert main(["skeleton", "-o", str(draft), "--title", "助餐服务指南"]) == 0
    return draft


def test_the_tocs_page_numbers_count_the_room_of_the_first_body_page_on_a_recto(tmp_path):
    assert [page for _, page in _toc(_skeleton(tmp_path))] == _SKELETON_PAGES


@pytest.mark.libreoffice
@pytest.mark.parametrize("name", ["long-table", "bundled example", "skeleton"])
def test_rendered_the_tocs_page_numbers_are_the_pages_the_headings_land_on(tmp_path, render_pdf, name):
    if name == "long-table":
        draft = _build(tmp_path, _long_table_project())
    elif name == "skeleton":
        draft = _skeleton(tmp_path)
    else:
        draft = tmp_path / "example.docx"
        assert main(["build", str(Path(__file__).parents[1] / "examples" / "elderly-care.yaml"),
                     "-o", str(draft)]) == 0
    entries = _toc(draft)
    assert len(entries) > 10
    assert [page for _, page in entries] == _landing_pages(render_pdf(draft), entries)


# -- B10: the cover title breaks between its elements --------------------------------------------------------------


def _cover_title(draft: Path) -> str:
    return next(p.text for p in Document(str(draft)).paragraphs if p.style.name == "标准文件_封面标准名称")


@pytest.mark.parametrize(("title", "lines"), [
    # too long for a line of 一号: the part on a line of its own, not 助餐服 / 务规范
    ("社区居家养老服务　第2部分：助餐服务规范", ["社区居家养老服务", "第2部分：助餐服务规范"]),
    ("养老服务 第2部分：居家上门助餐服务规范", ["养老服务", "第2部分：居家上门助餐服务规范"]),
    # as many whole elements on a line as fit
    ("信息技术　安全技术　信息安全管理体系　要求", ["信息技术　安全技术", "信息安全管理体系　要求"]),
    # a title that fits stays on one line
    ("养老服务　第2部分：总则", ["养老服务　第2部分：总则"]),
    ("社区助餐服务规范", ["社区助餐服务规范"]),
    # an element longer than a line is on a line of its own, wrapped within only there
    ("养老服务　第2部分：居家上门养老服务机构服务质量评价与改进规范",
     ["养老服务", "第2部分：居家上门养老服务机构服务质量评价与改进规范"]),
])
def test_a_long_cover_title_breaks_between_its_elements(tmp_path, title: str, lines: list[str]) -> None:
    draft = _build(tmp_path, _PROJECT.replace('title_zh: "助餐服务规范"', f'title_zh: "{title}"'))
    assert _cover_title(draft).split("\n") == lines
    body_title = [p.text for p in Document(str(draft)).paragraphs if p.style.name == "标准文件_正文标准名称"]
    assert body_title == [title], "the body's title is the title as given"


@pytest.mark.libreoffice
def test_rendered_the_cover_title_breaks_at_the_part_not_within_a_word(tmp_path, render_pdf):
    title = "社区居家养老服务　第2部分：助餐服务规范"
    draft = _build(tmp_path, _PROJECT.replace('title_zh: "助餐服务规范"', f'title_zh: "{title}"'))
    words = [w for w in _words(render_pdf(draft)) if w[0] == 0]
    first = next(w for w in words if w[4].startswith("社区"))
    assert "".join(w[4] for w in _line(words, first)) == "社区居家养老服务"
    assert "".join(w[4] for w in _below(words, first)) == "第2部分：助餐服务规范"


def test_the_cover_title_read_back_keeps_its_elements_apart(tmp_path) -> None:
    from authoring.docx.read import read_docx

    title = "社区居家养老服务　第2部分：助餐服务规范"
    draft = _build(tmp_path, _PROJECT.replace('title_zh: "助餐服务规范"', f'title_zh: "{title}"'))
    read = read_docx(draft).metadata.title_zh
    assert re.sub(r"[ \u3000]", "\u3000", read) == title


# -- B11: the body starts on a recto -------------------------------------------------------------------------------


def test_the_body_section_starts_on_an_odd_page_and_its_numbers_restart_at_one(tmp_path):
    from docx.enum.section import WD_SECTION_START

    sections = Document(str(_build(tmp_path))).sections
    assert len(sections) == 3  # the cover, the 目次 and 前言, the body
    assert sections[-1].start_type == WD_SECTION_START.ODD_PAGE, "spec §1.3: the first body page is a recto"
    assert [s.start_type for s in sections[:-1]] == [WD_SECTION_START.NEW_PAGE] * 2
    numbers = [s._sectPr.find(qn("w:pgNumType")) for s in sections]
    assert numbers[0] is None
    assert [(n.get(qn("w:fmt")), n.get(qn("w:start"))) for n in numbers[1:]] == [("upperRoman", "1"), ("decimal", "1")]


def test_a_body_without_a_cover_or_a_toc_is_one_section_on_page_one(tmp_path):
    """LibreOffice sets the first page of a section on a recto with a header and a footer of its own heights:
    a draft of one section (an imported regulation without a cover) starts on page 1 anyway."""
    from docx.enum.section import WD_SECTION_START

    from authoring.document import Clause, Metadata, Paragraph, StandardDocument
    from authoring.docx.write import write_docx

    doc = StandardDocument(metadata=Metadata(title_zh="助餐服务管理办法"), has_cover=False, has_toc=False,
                           clauses=[Clause(number="1", title="范围", blocks=[Paragraph(text="本办法规定了助餐服务。")])])
    write_docx(doc, tmp_path / "one.docx")
    assert [s.start_type for s in Document(str(tmp_path / "one.docx")).sections] == [WD_SECTION_START.NEW_PAGE]


@pytest.mark.libreoffice
@pytest.mark.parametrize("front", ["目次, 前言", "目次, 前言, 引言"])
def test_rendered_the_body_starts_on_a_recto_page_numbered_one(tmp_path, front):
    """Printed with LibreOffice's blank pages kept, the body's page 1 is an odd sheet side, whether the front
    matter fills an even or an odd number of pages, and the 目次's numbers are still the pages the headings land on."""
    from tests.conftest import pdf_pages_text, soffice_or_skip

    text = _PROJECT
    if "引言" in front:
        text = text.replace("body:\n", "introduction: [本文件的引言。]\nbody:\n", 1)
    draft = _build(tmp_path, text)
    out = tmp_path / "pdf"
    subprocess.run([soffice_or_skip(), f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
                    "--convert-to", 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}',
                    "--outdir", str(out), str(draft)], check=True, capture_output=True, timeout=180)
    pages = pdf_pages_text(out / "p.pdf")
    feet = [([line.strip() for line in p.splitlines() if line.strip()] or [""])[-1] for p in pages]
    body = next(i for i, p in enumerate(pages)
                if re.search(r"^\s*1\s+范\s*围", p, re.M) and not re.search(r"目\s*次", p))
    assert feet[body] == "1" and body % 2 == 0, f"page 1 is sheet side {body + 1}: {feet}"
    assert feet[body - 1] in ("II", "III", ""), feet
    entries = _toc(draft)
    assert [page for _, page in entries] == _landing_pages(out / "p.pdf", entries)


# -- B9: table and figure captions numbered by SEQ fields; an empty cell's dash ----------------------------------------

_CAPTIONS = _PROJECT.replace("""        - {type: note, text: 时限自订餐确认时起算。}
        - {type: example, text: 午餐11:00供应。}
""", """        - {type: figure, number: "1", title: 助餐流程}
        - type: table
          number: "2"
          title: 服务记录
          header_rows: 1
          rows: [["", 午餐, 晚餐], [人数, "12", ""], [备注, " ", 节日加餐]]
        - {type: note, text: 时限自订餐确认时起算。}
        - {type: example, text: 午餐11:00供应。}
""") + """\
  annexes:
    - id: annex-A
      letter: A
      title: 满意度调查表
      normative: false
      blocks:
        - 表A.1给出了满意度调查表。
        - type: table
          number: A.1
          title: 满意度调查表
          header_rows: 1
          rows: [[项目, 满意, 一般, 不满意], [菜品口味, "", "", ""], [送餐时效, "", "", ""]]
        - {type: figure, number: A.1, title: 调查流程}
"""


def _fields(p) -> list[tuple[str, str]]:
    """(instruction, result) of the complex fields of paragraph ``p``."""
    out, instr, result, state = [], "", "", None
    for node in p._p.iter(qn("w:fldChar"), qn("w:instrText"), qn("w:t")):
        if node.tag == qn("w:fldChar"):
            state = node.get(qn("w:fldCharType"))
            if state == "begin":
                instr, result = "", ""
            elif state == "end":
                out.append((" ".join(instr.split()), result))
        elif node.tag == qn("w:instrText"):
            instr += node.text or ""
        elif state == "separate":
            result += node.text or ""
    return out


def test_table_and_figure_captions_are_numbered_by_seq_fields_with_their_numbers_shown(tmp_path):
    draft = _build(tmp_path, _CAPTIONS)
    tables = _styled(draft, "标准文件_表标题")
    figures = _styled(draft, "标准文件_图标题")
    assert [p.text for p in tables] == ["表1　服务时限", "表2　服务记录", "表A.1　满意度调查表"]
    assert [p.text for p in figures] == ["图1　助餐流程", "图A.1　调查流程"]
    assert [_fields(p) for p in tables] == [[("SEQ 表 \\* ARABIC", "1")], [("SEQ 表 \\* ARABIC", "2")],
                                            [("SEQ 表A \\* ARABIC", "1")]]
    assert [_fields(p) for p in figures] == [[("SEQ 图 \\* ARABIC", "1")], [("SEQ 图A \\* ARABIC", "1")]]


def test_a_caption_number_the_sequence_would_not_give_stays_typed(tmp_path):
    draft = _build(tmp_path, _CAPTIONS.replace('number: "2"\n          title: 服务记录', 'number: "5"\n          title: 服务记录'))
    tables = _styled(draft, "标准文件_表标题")
    assert [p.text for p in tables] == ["表1　服务时限", "表5　服务记录", "表A.1　满意度调查表"]
    assert [bool(_fields(p)) for p in tables] == [True, False, True]


def test_the_draft_read_back_has_its_tables_and_figures_numbered(tmp_path, capsys):
    from authoring.document import Figure, Table
    from authoring.docx.read import read_docx

    doc = read_docx(_build(tmp_path, _CAPTIONS))
    found = [(type(b).__name__, b.number, b.title) for _, b in doc.iter_blocks() if isinstance(b, (Table, Figure))]
    assert found == [("Table", "1", "服务时限"), ("Figure", "1", "助餐流程"), ("Table", "2", "服务记录"),
                     ("Table", "A.1", "满意度调查表"), ("Figure", "A.1", "调查流程")]
    capsys.readouterr()
    main(["check", str(tmp_path / "p.docx"), "--format", "json"])
    assert "numbering.table" not in capsys.readouterr().out and "numbering.figure" not in capsys.readouterr().out


def _cells(draft: Path) -> list[list[list[str]]]:
    return [[[c.text for c in row.cells] for row in t.rows] for t in Document(str(draft)).tables]


def test_an_empty_cell_of_a_column_of_values_gets_a_dash(tmp_path):
    tables = _cells(_build(tmp_path, _CAPTIONS))
    # spec §2.8: an empty cell gets a dash (一字线); the header's corner and a cell holding spaces alike
    assert tables[1] == [["", "午餐", "晚餐"], ["人数", "12", "—"], ["备注", "—", "节日加餐"]]
    # a column with no value in any row is one to fill in (a survey form), not values missing
    assert tables[2][1:] == [["菜品口味", "", "", ""], ["送餐时效", "", "", ""]]


def test_a_row_shorter_than_the_table_is_not_padded_with_dashes(tmp_path):
    text = _CAPTIONS.replace('[人数, "12", ""]', '[人数, "12"]')
    assert _cells(_build(tmp_path, text))[1][1] == ["人数", "12", ""]


@pytest.mark.libreoffice
def test_rendered_the_captions_show_their_numbers_and_the_dash(tmp_path, render_pdf):
    from tests.conftest import pdf_pages_text

    text = "\n".join(pdf_pages_text(render_pdf(_build(tmp_path, _CAPTIONS))))
    squashed = re.sub(r"\s+", "", text)
    for caption in ("表1服务时限", "表2服务记录", "表A.1满意度调查表", "图1助餐流程", "图A.1调查流程"):
        assert caption in squashed, caption
    assert re.search(r"人数\s+12\s+—", text), "the empty cell prints its dash"


def test_the_preview_prints_the_dash_the_draft_prints(tmp_path, capsys):
    (tmp_path / "p.yaml").write_text(_CAPTIONS, encoding="utf-8")
    capsys.readouterr()
    assert main(["preview", str(tmp_path / "p.yaml")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "| 人数 | 12 | — |" in lines and "| 备注 | — | 节日加餐 |" in lines
    assert "| 菜品口味 |  |  |  |" in lines
