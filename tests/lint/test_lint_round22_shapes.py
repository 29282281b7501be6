"""False alarms found on round 22's GB/T 35639—2017 地址模型 (a data model whose classes are named
Address, AddressComponent …), rebuilt as a small made-up draft of the same shape."""

from __future__ import annotations

from lint_docs import add_paragraph, clause_of, conformant_guide, of_rule

from authoring.lint import run_lint


def _synonyms(doc) -> list[str]:
    return [f.location for f in of_rule(run_lint(doc), "terms.synonym") if "service recovery" in f.message.lower()]


def test_a_class_named_after_a_term_or_a_glossed_term_is_no_synonym() -> None:
    """3.1 服务补救 (service recovery): the model's classes ServiceRecovery and
    ServiceRecoveryRecord, the class glossed in Chinese, and the term glossed in English, name the
    term; the English words written in its place in a sentence do not."""
    doc = conformant_guide()
    for line in ("服务数据模型由 ServiceRecovery（服务补救类）、ServiceRecoveryRecord（补救记录类）组成。",
                 "Service Recovery 由一组补救措施组成，表1 定义了 ServiceRecovery 类的属性。",
                 "服务补救(service recovery)应在投诉受理后进行。"):
        add_paragraph(doc, "5.1", line)
    assert _synonyms(doc) == []
    add_paragraph(doc, "5.2", "机构应在24小时内完成 service recovery。")
    assert _synonyms(doc) == ["5.2"]
