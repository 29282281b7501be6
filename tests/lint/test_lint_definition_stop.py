"""terms.definition-form (QA pass 10, B8): under GB/T 1.1—2020 a definition ends with 。. Small
made-up drafts: one finding for the chapter, at the first such entry, naming them all; a source read
into the definition is no part of it; a draft of the 2009 edition's time is not told."""

from __future__ import annotations

import pytest

from lint_docs import clause_of, conformant_guide, of_rule
from authoring.document import RULES_2000, RULES_2009, StandardDocument, TermEntry
from authoring.i18n import set_lang
from authoring.lint import run_lint


@pytest.fixture(autouse=True)
def _chinese() -> None:
    set_lang("zh")
    yield
    set_lang("zh")


def _definition(doc: StandardDocument) -> list:
    return of_rule(run_lint(doc), "terms.definition-form")


def _term(number: str, definition: str) -> TermEntry:
    return TermEntry(number=number, term_zh=f"评估{number}", definition=definition)


def test_definitions_without_the_final_full_stop_are_reported_once() -> None:
    doc = conformant_guide()
    assert not _definition(doc)
    entries = clause_of(doc, "3").blocks
    entries[1].definition = "服务提供组织为弥补服务失误、恢复顾客信任而采取的行动"
    entries.append(_term("3.3", "服务提供组织对老年人能力的评估结果；"))
    entries.append(_term("3.4", "养老机构为老年人提供的服务的集合。"))
    found = _definition(doc)
    assert [(f.location, f.anchor, f.severity) for f in found] == [("3.1", entries[1].anchor, "warning")]
    assert "3.1、3.3" in found[0].message and "共 2 条" in found[0].message and "“。”" in found[0].message


def test_a_definition_starting_with_zhi_and_without_its_full_stop_is_told_both() -> None:
    doc = conformant_guide()
    clause_of(doc, "3").blocks[1].definition = "指服务提供组织为弥补服务失误而采取的行动"
    messages = [f.message for f in _definition(doc)]
    assert len(messages) == 2 and any("“指”" in m for m in messages) and any("“。”" in m for m in messages)


def test_a_definition_with_its_source_read_into_it_ends_before_the_source() -> None:
    doc = conformant_guide()
    clause_of(doc, "3").blocks[1].definition = "服务提供组织为弥补服务失误而采取的行动。\n[GB/T 15624—2011，3.2]"
    assert not _definition(doc)
    clause_of(doc, "3").blocks[1].definition = "服务提供组织为弥补服务失误而采取的行动\n[GB/T 15624—2011，3.2]"
    assert [f.location for f in _definition(doc)] == ["3.1"]
    # the source run on at the end of the definition's own line (fiftieth session: judged FALSE on real drafts)
    for source in ("[来源：GB/T 45577—2025，3.2]", "【《关键信息基础设施安全保护条例》，第二条】", " [GA/T AAAAAA-AAAAA定义3.5]"):
        clause_of(doc, "3").blocks[1].definition = "服务提供组织为弥补服务失误而采取的行动。" + source
        assert not _definition(doc), source
        clause_of(doc, "3").blocks[1].definition = "服务提供组织为弥补服务失误而采取的行动" + source
        assert [f.location for f in _definition(doc)] == ["3.1"], source


@pytest.mark.parametrize("rules", [RULES_2009, RULES_2000])
def test_a_draft_of_the_2009_editions_time_may_end_its_definitions_without_a_full_stop(rules: str) -> None:
    doc = conformant_guide()
    clause_of(doc, "3").blocks[1].definition = "服务提供组织为弥补服务失误而采取的行动"
    doc.metadata.rules = rules
    assert not _definition(doc)
    doc.metadata.year = "2024"  # a draft of 2024 is held to GB/T 1.1—2020, whatever edition it names
    assert [f.location for f in _definition(doc)] == ["3.1"]


def test_the_message_reads_in_english() -> None:
    doc = conformant_guide()
    clause_of(doc, "3").blocks[1].definition = "服务提供组织为弥补服务失误而采取的行动"
    set_lang("en")
    message = _definition(doc)[0].message
    assert "'。'" in message and "3.1" in message
