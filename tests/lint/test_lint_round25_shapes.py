"""False alarms found on round 25's unseen standards (bench/real za04 GB/T 38379—2019), rebuilt as
a small made-up draft of the same shape beside a case the rule must still report."""

from __future__ import annotations

from lint_docs import clause_of, conformant_guide, of_rule

from authoring.lint import run_lint


def _terms_lead_in(text: str) -> list:
    doc = conformant_guide()
    clause_of(doc, "3").blocks[0].text = text
    return of_rule(run_lint(doc), "boilerplate.terms-lead-in")


def test_terms_all_taken_from_another_document_and_repeated() -> None:
    """za04 chapter 3: every entry is GB/T 38377's, so its lead-in names that document alone and
    says the terms are repeated below — with 一些 rather than ……中的某些."""
    assert _terms_lead_in("GB/T 15624—2011界定的术语和定义适用于本文件。为了便于使用，以下重复列出了一些术语和定义。") == []
    assert _terms_lead_in("GB/T 15624—2011界定的术语和定义适用于本文件。为了便于使用，以下重复列出了GB/T 15624—2011中的某些术语和定义。") == []
    # Without the repeat sentence the entries contradict a lead-in that defines nothing here.
    fired = _terms_lead_in("GB/T 15624—2011界定的术语和定义适用于本文件。")
    assert [f.severity for f in fired] == ["error"] and "列有术语条目" in fired[0].message
