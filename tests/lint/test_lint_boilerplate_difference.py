"""A set sentence written slightly differently: the finding says where it differs, and a terms lead-in naming the
documents whose terms apply is offered the set sentence that names them too (QA pass 14, A7: the author had to
compare two 80-character sentences by eye, and the suggested 下列术语和定义适用于本文件。 dropped two cited documents)."""

from __future__ import annotations

from lint_docs import NORMATIVE_LEAD_IN, clause_of, conformant_guide, of_rule, terms_lead_in_findings

from authoring.lint import run_lint
from authoring.lint.boilerplate import difference


def test_a_lead_in_naming_documents_is_offered_the_sentence_that_names_them() -> None:
    found = terms_lead_in_findings("GM/T 0005-2012和GM/T 0008-2012确立的术语和定义适用于本文件。")
    assert len(found) == 1
    message = found[0].message
    # the chapter defines terms of its own (3.1, 3.2): both the named documents' and its own apply
    assert "例如：GM/T 0005—2012和GM/T 0008—2012界定的以及下列术语和定义适用于本文件。" in message
    assert "“0008-2012确立的术语和”应为“0008—2012界定的以及下列术语和”" in message


def test_a_lead_in_naming_no_document_keeps_the_plain_suggestion() -> None:
    found = terms_lead_in_findings("下列术语及定义适用于本文件。")
    assert len(found) == 1
    assert "例如：下列术语和定义适用于本文件。（差异：“列术语及定义适”应为“列术语和定义适”）" in found[0].message


def test_the_normative_lead_in_finding_says_which_words_differ() -> None:
    doc = conformant_guide()
    clause_of(doc, "2").blocks[0].text = NORMATIVE_LEAD_IN.replace("仅该日期对应的版本", "仅所注日期对应的版本")
    found = of_rule(run_lint(doc), "boilerplate.normative-lead-in")
    assert len(found) == 1
    assert found[0].message.endswith("（差异：“件，仅所注日期对”应为“件，仅该日期对”）"), found[0].message


def test_no_difference_is_listed_for_a_sentence_of_another_kind() -> None:
    assert difference("本文件由某某协会提出并归口。", "下列术语和定义适用于本文件。") == ("", "")
    assert difference("甲乙丙丁戊己庚辛壬癸", "甲乙丙丁戊己庚辛壬癸") == ("", "")


def test_a_difference_is_shown_with_whole_numbers() -> None:
    """The context around a difference was cut inside a year (“009的规则编写”, QA pass 15, A9): a number or a Latin
    word at its ends is shown whole."""
    zh, en = difference("本标准按照GB/T 1.1-2009给出的规则起草。", "本标准按照GB/T 1.1—2009给出的规则起草。")
    assert zh == "（差异：“1.1-2009”应为“1.1—2009”）" and "'1.1-2009' should read '1.1—2009'" in en
    # nor is a document's code cut (“本文件依据GB/”, QA pass 16, A7)
    zh, _ = difference("本文件依据GB/T 1.1—2020的规则起草。", "本文件按照GB/T 1.1—2020的规则起草。")
    assert zh == "（差异：“本文件依据GB/T”应为“本文件按照GB/T”）"


def test_a_hyphen_in_a_set_sentences_document_number_is_reported_once() -> None:
    """GB/T 1.1-2020 in the 前言's drafting sentence was reported by the number rule and again as a foreword that
    differs from the set sentence (QA pass 16): the number rule alone tells it."""
    doc = conformant_guide()
    foreword = next(p for p in doc.foreword.blocks if "GB/T 1.1—2020" in p.text)
    foreword.text = foreword.text.replace("GB/T 1.1—2020", "GB/T 1.1-2020")
    findings = run_lint(doc)
    assert of_rule(findings, "boilerplate.foreword") == []
    [number] = of_rule(findings, "reference.standard-number")
    assert "“GB/T 1.1-2020”应写作“GB/T 1.1—2020”" in number.message
