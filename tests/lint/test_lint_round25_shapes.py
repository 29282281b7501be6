"""False alarms found on round 25's unseen standards (bench/real za04 GB/T 38379—2019), rebuilt as
a small made-up draft of the same shape beside a case the rule must still report."""

from __future__ import annotations

from lint_docs import clause_of, conformant_guide, of_rule, terms_lead_in_findings

from authoring.lint import run_lint


def test_terms_all_taken_from_another_document_and_repeated() -> None:
    """za04 chapter 3: every entry is GB/T 38377's, so its lead-in names that document alone and
    says the terms are repeated below — with 一些 rather than ……中的某些."""
    assert terms_lead_in_findings("GB/T 15624—2011界定的术语和定义适用于本文件。为了便于使用，以下重复列出了一些术语和定义。") == []
    assert terms_lead_in_findings("GB/T 15624—2011界定的术语和定义适用于本文件。为了便于使用，以下重复列出了GB/T 15624—2011中的某些术语和定义。") == []
    # Without the repeat sentence the entries contradict a lead-in that defines nothing here.
    fired = terms_lead_in_findings("GB/T 15624—2011界定的术语和定义适用于本文件。")
    assert [f.severity for f in fired] == ["error"] and "列有术语条目" in fired[0].message


def test_a_missing_lead_in_above_unnumbered_entries_is_given_the_defining_sentence() -> None:
    """bench/real zze07 (numbering lost in an extraction): chapter 3 went straight into
    ``技术中台  technical middle platform`` and its definition, read as paragraphs; the message
    offered 本文件没有需要界定的术语和定义。 as the example, the wrong variant."""
    from authoring.document import Paragraph

    doc = conformant_guide()
    terms = clause_of(doc, "3")
    terms.blocks = [Paragraph(text="技术中台  technical middle platform"),
                    Paragraph(text="将本行公共的、通用的关键基础技术资源集中建设和维护，以平台形式提供技术服务。")]
    terms.children = []
    fired = of_rule(run_lint(doc), "boilerplate.terms-lead-in")
    assert len(fired) == 1 and "下列术语和定义适用于本文件" in fired[0].message
    terms.blocks = [Paragraph(text="本文件无需要界定的术语和定义。")]
    fired = of_rule(run_lint(doc), "boilerplate.terms-lead-in")
    assert len(fired) == 1 and "本文件没有需要界定的术语和定义" in fired[0].message
