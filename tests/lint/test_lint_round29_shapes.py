"""False alarms found on round 29's unseen standards (bench/real ze04 GB/T 35630—2017, ze05 GB/T
35631—2017), each rebuilt as a small made-up draft of the same shape beside a case the rule must
still report."""

from __future__ import annotations

from lint_docs import add_paragraph, conformant_guide, of_rule

from authoring.document import Note, Paragraph
from authoring.lint import run_lint


def _informative(doc) -> list[str]:
    return [f.location for f in of_rule(run_lint(doc), "wording.requirement-in-informative")]


def test_a_drafters_surname_is_no_modal_verb() -> None:
    """ze05 前言: 本标准主要起草人：李霖、应申、朱海红 — 应 is a surname there; a requirement in the
    foreword still is one."""
    doc = conformant_guide()
    doc.foreword.blocks[-1] = Paragraph(text="本文件主要起草人：李霖、应申、朱海红。")
    assert _informative(doc) == []
    doc.foreword.blocks.append(Paragraph(text="使用本文件的机构应建立服务档案。"))
    assert _informative(doc) == ["前言"]


def test_a_pair_of_nouns_with_prohibition_is_no_modal_verb() -> None:
    """ze04 7.2 注3: 重要交通规制信息指高、中级别道路上的交通禁止、限制信息 — two nouns; a note that
    prohibits still is reported."""
    doc = conformant_guide()
    clause = doc.clauses[4].children[0]
    clause.blocks.append(Note(text="注：重要规制信息指服务场所的禁止、限制信息。"))
    assert _informative(doc) == []
    clause.blocks.append(Note(text="注：禁止在服务场所吸烟。"))
    assert _informative(doc) == ["5.1"]


def test_a_note_saying_what_an_example_record_states_sets_nothing() -> None:
    """Round 188 (GB/T 36068 5.15, judged FALSE): 注：本例表示该文献未经……授权禁止复制 says what the example record
    states; a note that prohibits on its own account still is reported."""
    doc = conformant_guide()
    clause = doc.clauses[4].children[0]
    clause.blocks.append(Note(text="注：本例表示该文献未经著作权人授权禁止复制。"))
    clause.blocks.append(Note(text="注：示例2为一条服务记录。示例2表示该服务必须预约。"))
    assert _informative(doc) == []
    clause.blocks.append(Note(text="注：本例之外的文献禁止复制。"))
    assert _informative(doc) == ["5.1"]
