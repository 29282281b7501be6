"""import → build keeps how a draft without the GB/T 1.1 skeleton printed its list marks and its heading numbers.

QA on real drafts: an English policy's numbered list ``1. … 2. …`` was built with GB/T 1.1's ``1)``, its bullet
sub-list written with ``–`` (or ``•``) with GB/T 1.1's ``——`` (finding 1); a Chinese outline whose headings read
``1 目的``, ``2 适用范围`` was built ``1.　目的``, a dot added (finding 2). A draft built "as it was" (no GB cover, 目次
or 前言) keeps its own marks and its headings' numbers as typed; a GB/T draft, and a new project, keep GB/T 1.1's
``a)``, ``1)``, ``——``. The drafts are small made-up ones, made the way real ones are: pandoc from Markdown, and
python-docx with Word's own list numbering (List Number, List Bullet).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from authoring.check import check_file
from authoring.checklist import load_packs
from authoring.cli.main import main
from authoring.document import ListBlock
from authoring.docx.read import read_docx
from authoring.docx.read._blocks import Para, flatten
from authoring.docx.read._numbering import Numbering
from authoring.docx.read._safe import open_package
from authoring.docx.read._styles import StyleSheet
from authoring.i18n import get_lang, set_lang
from authoring.project import load_project
from tests.conftest import pdf_pages_text


@pytest.fixture(autouse=True)
def _language_restored():
    before = get_lang()
    yield
    set_lang(before)


POLICY_MD = """\
# Complaints Policy

Together Assessments Version 1.0 – August 2025

### 1. Policy Statement

We are committed to providing high-quality, person-centred services to every client and carer.

### 2. Procedure

Complaints are handled in stages.

1. Acknowledgement within 3 working days.
2. Investigation by the complaints lead.
3. Written response issued within 28 calendar days, including:
    - Findings and conclusions
    - Any remedial actions taken

### 3. Records

We keep:

- a register of complaints;
- the outcome of each complaint.

### 4. Review

This policy is reviewed every year.
"""

OUTLINE_MD = """\
# 某某养老院服务管理制度

## 1{dot} 目的

为规范本院服务管理，提高服务质量，制定本制度。

## 2{dot} 适用范围

本制度适用于本院各部门。

## 3{dot} 职责

院长负责本制度的组织实施。

1. 护理部负责日常照护；
2. 后勤部负责膳食和环境。

## 4{dot} 管理要求

### 4.1{dot} 服务要求

工作人员应做到：

- 尊重老人；
- 及时响应。
"""

# A GB/T draft (its 范围 first, a 规范性引用文件, a 前言): built with GB/T 1.1's list style, as before.
GB_MD = """\
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

机构宜做到：

1. 建立服务体系；
2. 记录服务过程。

机构宜关注：

- 老人的需求；
- 家属的意见。
"""


def _pandoc(folder: Path, name: str, markdown: str) -> Path:
    exe = shutil.which("pandoc")
    if exe is None:
        pytest.skip("pandoc is not installed")
    source = folder / f"{name}.md"
    source.write_text(markdown, encoding="utf-8")
    out = folder / f"{name}.docx"
    subprocess.run([exe, str(source), "-o", str(out)], check=True, capture_output=True, timeout=60)
    return out


def _word_numbered(path: Path, *, dot: str = "") -> Path:
    """An institution's rules typed in Word: headings ``1 目的`` (Heading 1), Word's own List Number (``1.``)
    and List Bullet (Symbol's bullet) lists, as python-docx's default template defines them."""
    document = docx.Document()
    document.add_paragraph("某某社区服务中心志愿者管理办法", style="Title")
    document.add_paragraph(f"1{dot} 目的", style="Heading 1")
    document.add_paragraph("为规范志愿者管理，制定本办法。")
    document.add_paragraph(f"2{dot} 适用范围", style="Heading 1")
    document.add_paragraph("本办法适用于本中心招募的志愿者。")
    document.add_paragraph(f"3{dot} 管理要求", style="Heading 1")
    document.add_paragraph("志愿者上岗前应：")
    document.add_paragraph("参加岗前培训；", style="List Number")
    document.add_paragraph("签订服务协议。", style="List Number")
    document.add_paragraph("服务中应注意：")
    document.add_paragraph("保护服务对象隐私；", style="List Bullet")
    document.add_paragraph("如实记录服务时长。", style="List Bullet")
    document.save(str(path))
    return path


def _round_trip(tmp_path: Path, draft: Path, capsys) -> tuple[Path, Path]:
    project = tmp_path / f"{draft.stem}.yaml"
    built = tmp_path / f"{draft.stem}.built.docx"
    assert main(["import", str(draft), "-o", str(project), "--lang", "en"]) == 0
    assert main(["build", str(project), "-o", str(built), "--lang", "en"]) == 0
    capsys.readouterr()
    return project, built


def _printed(path: Path) -> list[Para]:
    """Every paragraph of ``path`` with the label Word (or LibreOffice) prints before it."""
    package = open_package(path)
    styles = StyleSheet(package.styles)
    return [p for p in flatten(package.document, styles, Numbering(package.numbering, styles)) if isinstance(p, Para)]


def _marks(path: Path) -> dict[str, str]:
    """Each list item's text → the mark printed before it."""
    return {p.text.strip(): p.label.strip() for p in _printed(path) if p.num_id and p.label.strip()}


def _lines(path: Path) -> list[str]:
    return [p.printed for p in _printed(path) if p.printed]


def _tree(path: Path) -> list[tuple]:
    """Each clause's number and title, and its lists as style, start and items, as the reader reads ``path``."""
    def shown(block: ListBlock) -> tuple:
        return (block.style, block.start, [(i.text, shown(i.children) if i.children else None) for i in block.items])

    return [(c.number, c.title, [shown(b) for b in c.blocks if isinstance(b, ListBlock)])
            for c in read_docx(path).iter_clauses()]


def _verdicts(path: Path) -> tuple:
    """What ``stdauthor check`` says of the draft: structure, rules, clauses, findings and every item's status."""
    result = check_file(path, load_packs()["excellence-guide"])
    document = result.document
    return (document.structure, document.rules, document.clauses, sorted(f.rule for f in result.findings),
            {i.id: i.status for i in result.coverage.items})


# -- finding 1: list marks ------------------------------------------------------------------------------------------


def test_a_pandoc_policy_keeps_1_and_its_bullets_as_they_were(tmp_path: Path, capsys) -> None:
    draft = _pandoc(tmp_path, "policy", POLICY_MD)
    assert _marks(draft)["Acknowledgement within 3 working days."] == "1."
    _, built = _round_trip(tmp_path, draft, capsys)
    marks = _marks(built)
    assert [marks[t] for t in ("Acknowledgement within 3 working days.", "Investigation by the complaints lead.",
                               "Written response issued within 28 calendar days, including:")] == ["1.", "2.", "3."]
    assert marks["Findings and conclusions"] == marks["Any remedial actions taken"] == "–"
    assert marks["a register of complaints;"] == marks["the outcome of each complaint."] == "•"
    assert _tree(built) == _tree(draft)
    assert _verdicts(built) == _verdicts(draft)
    assert _verdicts(built)[:2] == ("outline", "none")


def test_word_list_numbering_keeps_its_marks_and_symbol_bullets_print_as_bullets(tmp_path: Path, capsys) -> None:
    draft = _word_numbered(tmp_path / "rules.docx")
    assert _marks(draft)["参加岗前培训；"] == "1."
    assert _marks(draft)["保护服务对象隐私；"] == "\uf0b7"  # Symbol's bullet, as Word's List Bullet prints it
    project, built = _round_trip(tmp_path, draft, capsys)
    marks = _marks(built)
    assert (marks["参加岗前培训；"], marks["签订服务协议。"]) == ("1.", "2.")
    assert marks["保护服务对象隐私；"] == marks["如实记录服务时长。"] == "•"  # in any font, not Symbol's private code
    assert _tree(built) == _tree(draft)
    assert _verdicts(built) == _verdicts(draft)
    # a second round (the built draft imported and built again) keeps them too
    again = tmp_path / "again"
    again.mkdir()
    _, twice = _round_trip(again, built, capsys)
    assert _marks(twice) == marks


RESUMED_MD = """\
# Service Output Types

### 1. Purpose

Departments refer to the types of service output below.

### 2. Output types

1. Funds; an amount of money

    - Services that acquire or dispense money

    Examples:

    - Fixed grant (non-repayable)
    - Variable grant

2. Resources; a unit of resource

    - Services that acquire or dispense resources

3. Rules, a binding statement of what may or must be done by those it applies to, set out in laws and policies.

### 3. Review

This list is reviewed every year.
"""


def test_a_numbered_list_resumed_after_its_sub_lists_stays_one_list(tmp_path: Path, capsys) -> None:
    """Pandoc's 1. Funds …, its sub-lists, then 2. Resources … are one Word list in the draft; built as two, the
    first (one short item, printed 1.) was a numbered heading to the reader (seen on a real policy, bench/real
    b10)."""
    draft = _pandoc(tmp_path, "resumed", RESUMED_MD)
    read = _tree(draft)
    assert [(n, t) for n, t, _ in read] == [("1", "Purpose"), ("2", "Output types"), ("3", "Review")]
    assert [(style, start) for style, start, _ in read[1][2]] == [("number", 1), ("bullet", 1), ("number", 2)]
    _, built = _round_trip(tmp_path, draft, capsys)
    assert _marks(built)["Resources; a unit of resource"] == "2."
    assert _tree(built) == read
    assert _verdicts(built) == _verdicts(draft)


def test_a_gbt_draft_and_a_new_project_keep_gbt_list_style(tmp_path: Path, capsys) -> None:
    draft = _pandoc(tmp_path, "standard", GB_MD)
    assert _marks(draft)["建立服务体系；"] == "1."
    project, built = _round_trip(tmp_path, draft, capsys)
    assert "marks" not in project.read_text(encoding="utf-8")
    marks = _marks(built)
    assert (marks["建立服务体系；"], marks["记录服务过程。"]) == ("1)", "2)")
    assert marks["老人的需求；"] == "·"
    assert {"中华人民共和国国家标准", "目次", "前言", "4　服务要求"} <= set(_lines(built))  # a GB/T draft, as before


def test_a_draft_imported_as_it_was_becomes_gbt_once_its_structure_line_is_gone(tmp_path: Path, capsys) -> None:
    """The marks are the draft's as it was: once the author makes it a GB/T draft, GB/T 1.1's marks are printed."""
    draft = _pandoc(tmp_path, "policy", POLICY_MD)
    project, _ = _round_trip(tmp_path, draft, capsys)
    loaded = load_project(project)
    loaded.set_metadata(number="12345")  # cover data: a GB/T draft
    loaded.save()
    built = tmp_path / "gbt.docx"
    assert main(["build", str(project), "-o", str(built), "--lang", "en"]) == 0
    marks = _marks(built)
    assert marks["Acknowledgement within 3 working days."] == "1)"
    assert marks["Findings and conclusions"] == "——"


def test_a_project_imported_before_marks_were_kept_builds_as_before(tmp_path: Path, capsys) -> None:
    """An older project file (structure kept, no marks) still loads and builds as it did: GB/T 1.1's list marks,
    headings with a dot."""
    project = tmp_path / "old.yaml"
    project.write_text("""\
version: 2
metadata:
  title_en: Complaints Policy
  structure: outline
checklist: excellence-guide
body:
  clauses:
    - id: c1
      number: '1'
      title: Procedure
      blocks:
        - type: list
          style: number
          items:
            - Acknowledgement within 3 working days.
            - Investigation by the complaints lead.
""", encoding="utf-8")
    built = tmp_path / "old.docx"
    assert main(["build", str(project), "-o", str(built), "--lang", "en"]) == 0
    assert _marks(built)["Acknowledgement within 3 working days."] == "1)"
    assert "1. Procedure" in _lines(built)


def test_the_schema_accepts_the_marks_import_writes(tmp_path: Path, capsys) -> None:
    import json

    from ruamel.yaml import YAML

    from authoring._paths import template_path

    jsonschema = pytest.importorskip("jsonschema")
    project, _ = _round_trip(tmp_path, _pandoc(tmp_path, "policy", POLICY_MD), capsys)
    data = YAML(typ="safe").load(project.read_text(encoding="utf-8"))
    assert data["metadata"]["marks"]["number"] == ["1."]
    jsonschema.validate(data, json.loads(template_path("project-v2.schema.json").read_text(encoding="utf-8")))


@pytest.mark.libreoffice
def test_libreoffice_prints_the_policy_s_own_marks(tmp_path: Path, capsys, render_pdf) -> None:
    _, built = _round_trip(tmp_path, _pandoc(tmp_path, "policy", POLICY_MD), capsys)
    text = " ".join("\n".join(pdf_pages_text(render_pdf(built))).split())
    for printed in ("1. Acknowledgement within 3 working days.", "2. Investigation by the complaints lead.",
                    "– Findings and conclusions", "• a register of complaints;", "1. Policy Statement"):
        assert printed in text, printed
    for gb in ("1) ", "——", "· "):
        assert gb not in text, gb


# -- finding 2: heading numbers ----------------------------------------------------------------------------------


@pytest.mark.parametrize("dot", ["", "."])
def test_an_outline_s_heading_numbers_keep_or_go_without_their_dot(tmp_path: Path, capsys, dot: str) -> None:
    draft = _pandoc(tmp_path, f"outline{dot and '-dot'}", OUTLINE_MD.format(dot=dot))
    _, built = _round_trip(tmp_path, draft, capsys)
    lines = _lines(built)
    for heading in ("1{}　目的", "2{}　适用范围", "3{}　职责", "4{}　管理要求", "4.1{}　服务要求"):
        assert heading.format(dot) in lines, (heading.format(dot), lines)
    assert _marks(built)["护理部负责日常照护；"] == "1."
    assert _marks(built)["尊重老人；"] == "•"
    assert _tree(built) == _tree(draft)
    assert _verdicts(built) == _verdicts(draft)
    assert _verdicts(built)[:2] == ("outline", "none")


@pytest.mark.parametrize("dot", ["", "."])
def test_word_headings_typed_1_purpose_keep_their_numbers_as_typed(tmp_path: Path, capsys, dot: str) -> None:
    draft = _word_numbered(tmp_path / f"rules{dot and '-dot'}.docx", dot=dot)
    _, built = _round_trip(tmp_path, draft, capsys)
    lines = _lines(built)
    assert [f"1{dot}　目的", f"2{dot}　适用范围", f"3{dot}　管理要求"] == [
        line for line in lines if line[:1].isdigit() and "　" in line], lines
    assert _tree(built) == _tree(draft)
    assert _verdicts(built) == _verdicts(draft)


def test_an_english_outline_numbered_without_dots_stays_so(tmp_path: Path, capsys) -> None:
    markdown = ("# Records Policy\n\n## 1 Purpose\n\nThis policy sets out how we keep records.\n\n## 2 Scope\n\n"
                "It applies to all staff.\n\n## 3 Procedure\n\nStaff should:\n\n1. file each record;\n"
                "2. keep it for seven years.\n")
    draft = _pandoc(tmp_path, "records", markdown)
    _, built = _round_trip(tmp_path, draft, capsys)
    lines = _lines(built)
    assert {"1 Purpose", "2 Scope", "3 Procedure"} <= set(lines), lines
    assert _tree(built) == _tree(draft)
    assert _verdicts(built) == _verdicts(draft)
    assert _verdicts(built)[:2] == ("outline", "none")


TWO_CHAPTER_MD = """\
# Complaints Policy

### 1. Procedure

We acknowledge every complaint within 3 working days and reply in full within 20 working days.

### 2. Review

This policy is reviewed every year by the board.
"""


def test_a_policy_of_two_numbered_chapters_reads_back_as_its_two_chapters(tmp_path: Path, capsys) -> None:
    # Built again from its project, the title is no heading (标准文件_正文标准名称): two styled, numbered chapter
    # headings must make the outline by themselves (they were read as one body unit, everything under 正文).
    draft = _pandoc(tmp_path, "two", TWO_CHAPTER_MD)
    _, built = _round_trip(tmp_path, draft, capsys)
    assert [(c.number, c.title) for c in read_docx(built).iter_clauses()] == [("1", "Procedure"), ("2", "Review")]
    assert _tree(built) == _tree(draft)
    assert _verdicts(built) == _verdicts(draft)
