"""False alarms found on round 26's unseen standards (bench/real zb06 JR/T 0294.3—2024), each
rebuilt as a small made-up draft of the same shape beside a case the rule must still report."""

from __future__ import annotations

from pathlib import Path

from lint_docs import add_paragraph, conformant_guide, of_rule, typed_docx, typed_skeleton

from authoring.docx.read import read_docx
from authoring.lint import run_lint


def test_another_rules_prohibition_reported_in_the_text_is_no_modal_of_this_one() -> None:
    """zb06 表34: 包括所有待结算的保证金（除非管理要求不得包括此类保证金） reports what a regulator's
    rule forbids; 机构不得收取额外费用 is this document's own prohibition."""
    doc = conformant_guide()
    add_paragraph(doc, "5.1", "初始保证金包括所有待结算的保证金（除非管理要求不得包括此类保证金）。")
    add_paragraph(doc, "5.1", "服务费用按合同约定不得高于公示价格。")
    assert not of_rule(run_lint(doc), "wording.modal-form")
    add_paragraph(doc, "5.2", "机构不得收取额外费用。")
    add_paragraph(doc, "6", "本文件要求不得使用未经检定的器具。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.modal-form")] == ["5.2", "6"]


def test_a_quoted_permitted_value_of_xs_is_no_placeholder() -> None:
    """zb06 表19: 则允许值为“XXXX” is ISO 10383's code for no market, not text still to be written."""
    doc = conformant_guide()
    add_paragraph(doc, "5.1", "当使用的交易工具未上市，则允许值为“XXXX”；已上市的，填写其市场识别码。")
    assert not of_rule(run_lint(doc), "wording.placeholder")
    add_paragraph(doc, "5.2", "投诉电话为XXXX，服务时间为工作日。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.placeholder")] == ["5.2"]



HEAD = [*typed_skeleton("金融市场交易报告数据要素指南", "本文件给出了数据要素。"),
        "4 数据要素", "4.1 与清算、交易、确认和结算相关的数据要素"]


def test_a_long_typed_title_right_above_its_first_subclause_is_a_title(tmp_path: Path) -> None:
    """zb06 5.3 (typed): an enumeration of 19 characters with no full stop, straight above 5.3.1,
    titles its clause; a sentence there is a hanging paragraph."""
    lines = [*HEAD, "4.1.1 清算机构", "清算机构的识别码。", "4.1.2 结算日期", "结算的日期。"]
    doc = read_docx(typed_docx(tmp_path / "a.docx", lines))
    assert doc.clauses[3].children[0].title == "与清算、交易、确认和结算相关的数据要素"
    assert not of_rule(run_lint(doc), "structure.hanging-paragraph")
    lines[-5] = "4.1 本条给出与清算、交易、确认和结算相关的数据要素。"
    fired = of_rule(run_lint(read_docx(typed_docx(tmp_path / "b.docx", lines))), "structure.hanging-paragraph")
    assert [f.location for f in fired] == ["4.1"]


def test_what_leads_up_to_a_modal_is_read_within_its_sentences_reach() -> None:
    """QA pass 5: every modal of a paragraph looked back to the paragraph's start for what leads up to
    it (a condition opened by 当, a rule reported), so a paragraph of 128,000 characters took 20 s to
    check and one of 1.9 million never finished. The look back now stops at a sentence's reach: a
    condition opened just before a modal still makes it the case named, not a requirement; a 当 600
    characters back, in a run of text no condition spans, does not."""
    doc = conformant_guide()
    add_paragraph(doc, "5.1", "当老年人必须外出就医时，宜由家属陪同。")
    run = "服务人员按时上门并做好记录" * 46  # 598 characters without a stop
    add_paragraph(doc, "5.2", "当" + run + "必须上报时，宜告知家属。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.modal-form")] == ["5.2"]
