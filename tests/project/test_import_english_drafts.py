"""English drafts without the GB/T 1.1 skeleton survive import → build (QA pass 7, finding 3).

A pandoc-made complaints policy (``### 1. Policy Statement``) was built with a Chinese national-standard cover, a 目次
and a generated 前言, its numbered list's first item ``1. Acknowledgement within 3 working days.`` became a chapter,
and check of the built draft applied the ISO rules. An accessibility statement's unnumbered headings longer than 30
characters were stored with the heading cut to 30 characters as their number and printed
``Feedback and contact informati　Feedback and contact information``, and the built draft lost half its clauses.
The drafts here are small made-up ones of the same shapes (pandoc's styles and numbering).
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from authoring.check import check_file
from authoring.checklist import load_packs
from authoring.cli.main import main
from authoring.document import ListBlock, block_text
from authoring.docx.read import read_docx
from authoring.i18n import set_lang
from authoring.project import load_project
from authoring.project.compose import compose
from tests.docx.reader_builders import abstract, level, num, pandoc_styles, para, write_package

# pandoc's style ids and a numbering part like the one it writes: 1. 2. 3. lists and • / – bullets.
_STYLES = pandoc_styles()
_NUMBERING = "".join([
    abstract(1, level(0, "decimal", "%1.") + level(1, "decimal", "%2.")),
    abstract(2, level(0, "bullet", "•") + level(1, "bullet", "–")),
    num(1, 1), num(2, 2), num(3, 2),
])

ACKNOWLEDGE = "Acknowledgement within 3 working days."
INVESTIGATE = "Investigation by the complaints lead (or the clinical supervisor if the complaint is about the lead)."
RESPOND = "Written response issued within 28 calendar days, including:"


def _policy(path: Path) -> Path:
    """A complaints policy as pandoc makes it from ``### 1. Policy Statement`` … with a numbered list."""
    body = "".join([
        para("Complaints", "Title"),
        para("Complaints Policy", "Heading2"),
        para("Together Assessments Version 1.0 – August 2025", "FirstParagraph"),
        para("1. Policy Statement", "Heading3"),
        para("We are committed to providing high-quality, person-centred services to every client and carer. "
             "This policy sets out how complaints are raised and handled.", "FirstParagraph"),
        para("2. Scope", "Heading3"),
        para("A complaint is any expression of dissatisfaction about our service, whether justified or not.",
             "FirstParagraph"),
        para("3. Procedure", "Heading3"),
        para("Stage 2 – Formal Complaint", "FirstParagraph"),
        para(ACKNOWLEDGE, "Compact", num=(1, 0)),
        para(INVESTIGATE, "Compact", num=(1, 0)),
        para(RESPOND, "Compact", num=(1, 0)),
        para("Findings and conclusions", "Compact", num=(2, 1)),
        para("Any remedial actions taken", "Compact", num=(2, 1)),
        para("4. Learning from Complaints", "Heading3"),
        para("We record the nature, outcome and actions taken for each complaint, review trends annually and use "
             "the findings to improve our service.", "FirstParagraph"),
    ])
    return write_package(path, body, _STYLES, _NUMBERING)


FEEDBACK = "Feedback and contact information"
TECHNICAL = "Technical information about this website’s accessibility"
PREPARATION = "Preparation of this accessibility statement"


def _statement(path: Path) -> Path:
    """An accessibility statement whose headings carry no numbers, three of them over 30 characters."""
    body = "".join([
        para("Accessibility statement for example.org", "Title"),
        para("This website is run by Example on behalf of the Example Foundation. We want as many people as "
             "possible to be able to use it.", "FirstParagraph"),
        para(FEEDBACK, "Heading2"),
        para("If you need information on this website in a different format, contact us:", "FirstParagraph"),
        para("Email helpdesk@example.org", "Compact", num=(3, 0)),
        para("You cannot use the search function with JavaScript disabled.", "Compact", num=(3, 0)),
        para("However, with JavaScript the HTML output is accessible.", "Compact", num=(3, 1)),
        para(TECHNICAL, "Heading2"),
        para("Example is committed to making its website accessible.", "FirstParagraph"),
        para("Compliance status", "Heading3"),
        para("This website is partially compliant with the WCAG 2.2 AA standard.", "FirstParagraph"),
        para(PREPARATION, "Heading2"),
        para("This statement was prepared on 28 May 2020 and last reviewed on 6 September 2024.", "FirstParagraph"),
    ])
    return write_package(path, body, _STYLES, _NUMBERING)


@pytest.fixture(autouse=True)
def _language_restored():
    from authoring.i18n import get_lang

    before = get_lang()
    yield
    set_lang(before)


def _round_trip(tmp_path: Path, draft: Path, capsys) -> tuple[Path, Path, str]:
    project = tmp_path / f"{draft.stem}.yaml"
    built = tmp_path / f"{draft.stem}.built.docx"
    assert main(["import", str(draft), "-o", str(project)]) == 0
    capsys.readouterr()
    set_lang("en")
    assert main(["build", str(project), "-o", str(built)]) == 0
    return project, built, capsys.readouterr().out


def _outline(path: Path) -> list[tuple[str, str, list[str]]]:
    """Every clause's number, title and blocks (a list as its style and items) as the reader reads ``path``."""
    def shown(block) -> str:
        if isinstance(block, ListBlock):
            items = [f"{i.text}{' / ' + ' | '.join(c.text for c in i.children.items) if i.children else ''}"
                     for i in block.items]
            return f"{block.style} list from {block.start}: " + " ; ".join(items)
        return block_text(block)

    return [(c.number, c.title, [shown(b) for b in c.blocks]) for c in read_docx(path).iter_clauses()]


def _paragraphs(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def _verdicts(path: Path) -> tuple[str, str, int, int, dict[str, str]]:
    """What ``stdauthor check`` says of the draft: structure, rules, clauses, findings and every item's status."""
    result = check_file(path, load_packs()["excellence-guide"])
    document = result.document
    return (document.structure, document.rules, document.clauses, len(result.findings),
            {i.id: i.status for i in result.coverage.items})


def test_a_policy_numbered_1_2_3_builds_as_it_was_with_no_gb_cover(tmp_path: Path, capsys) -> None:
    draft = _policy(tmp_path / "policy.docx")
    project, built, out = _round_trip(tmp_path, draft, capsys)
    assert load_project(project).project.metadata.structure == "outline", "import keeps how the draft was read"
    doc = compose(load_project(project).project, load_packs()["excellence-guide"])
    assert (doc.has_cover, doc.has_toc, doc.foreword) == (False, False, None)
    text = "\n".join(_paragraphs(built))
    for gb in ("中华人民共和国国家标准", "GB/T XXXXX", "目次", "前言", "GB/T 1.1—2020"):
        assert gb not in text, gb
    assert "GB/T 1.1 check: not applied" in out and "error" not in out
    # nor a placeholder standard number heading its pages (the studio's F5 export printed GB/T XXXXX—XXXX there)
    heads = [p.text for s in docx.Document(str(built)).sections for h in (s.header, s.even_page_header)
             for p in h.paragraphs]
    assert not any("XXXX" in h for h in heads), heads
    # the headings keep their own numbers, printed (not Word numbering a converter may not show)
    assert {"Complaints", "Complaints Policy", "1. Policy Statement", "2. Scope", "3. Procedure",
            "4. Learning from Complaints"} <= set(_paragraphs(built))


def test_a_numbered_list_stays_a_list_and_the_round_trip_reads_the_same(tmp_path: Path, capsys) -> None:
    draft = _policy(tmp_path / "policy.docx")
    read = _outline(draft)
    assert [(n, t) for n, t, _ in read] == [("Complaints Policy", "Complaints Policy"), ("1", "Policy Statement"),
                                           ("2", "Scope"), ("3", "Procedure"), ("4", "Learning from Complaints")]
    procedure = read[3][2]
    assert procedure[1] == (f"number list from 1: {ACKNOWLEDGE} ; {INVESTIGATE} ; "
                            f"{RESPOND} / Findings and conclusions | Any remedial actions taken")
    _, built, _ = _round_trip(tmp_path, draft, capsys)
    assert _outline(built) == read
    assert _verdicts(built) == _verdicts(draft)
    assert _verdicts(built)[:2] == ("outline", "none")


def test_unnumbered_headings_are_never_cut_at_30_characters(tmp_path: Path, capsys) -> None:
    draft = _statement(tmp_path / "statement.docx")
    project, built, _ = _round_trip(tmp_path, draft, capsys)
    clauses = [(c.number, c.title) for c in load_project(project).project.body.clauses
               for c in c.walk()]
    assert clauses[1:] == [(FEEDBACK, FEEDBACK), (TECHNICAL, TECHNICAL), ("Compliance status", "Compliance status"),
                           (PREPARATION, PREPARATION)]
    paragraphs = _paragraphs(built)
    assert {FEEDBACK, TECHNICAL, "Compliance status", PREPARATION} <= set(paragraphs)
    assert not [p for p in paragraphs if "informati\u3000" in p or "about th\u3000" in p]
    assert "中华人民共和国国家标准" not in paragraphs
    assert _outline(built) == _outline(draft)
    assert _verdicts(built) == _verdicts(draft)
    assert _verdicts(draft)[:3] == ("outline", "none", 5)  # the text before the first heading, and four headings


def test_a_numbered_english_project_with_a_gbt_mark_keeps_its_cover(tmp_path: Path, capsys) -> None:
    """metadata.structure is how the draft was read; a 范围 first, a 前言 or cover data still make a GB/T draft."""
    draft = _policy(tmp_path / "policy.docx")
    project, _, _ = _round_trip(tmp_path, draft, capsys)
    pack = load_packs()["excellence-guide"]
    loaded = load_project(project)
    loaded.set_metadata(number="12345")
    doc = compose(loaded.project, pack)
    assert doc.has_cover and doc.metadata.structure == "gbt"


def test_the_schema_accepts_the_structure_import_writes(tmp_path: Path, capsys) -> None:
    import json

    from ruamel.yaml import YAML

    from authoring._paths import template_path

    jsonschema = pytest.importorskip("jsonschema")
    project, _, _ = _round_trip(tmp_path, _policy(tmp_path / "policy.docx"), capsys)
    data = YAML(typ="safe").load(project.read_text(encoding="utf-8"))
    assert data["metadata"]["structure"] == "outline"
    jsonschema.validate(data, json.loads(template_path("project-v2.schema.json").read_text(encoding="utf-8")))
