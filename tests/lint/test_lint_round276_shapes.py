"""False alarms judged blind on round 276's archives standards (bench/real zzzzzzzzzzp: PDFs whose text layers break
lines, and numbers after their dots), rebuilt as small made-up drafts of the same shape beside a case the rule must
still report."""

from __future__ import annotations

from lint_docs import read_typed, told_at

_LEAD_IN = ("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；"
            "不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。")


def _draft(foreword: list[str], body: list[str]) -> list[str]:
    return ["电子档案管理规范", "前言", *foreword, "1 范围", "本文件规定了电子档案的管理要求。", "2 规范性引用文件", _LEAD_IN,
            "GB/T 18894 电子文件归档与电子档案管理规范", "3 术语和定义", "本文件没有需要界定的术语和定义。", *body]


_BIBLIOGRAPHY = ["参考文献", "[1] DA/T 46—2009 文书类电子文件元数据方案"]
_BODY = ["4 管理要求", "4.1 电子档案应按GB/T 18894的要求归档。", "4.2 电子档案应定期备份。"]


def test_a_number_a_line_end_cut_after_its_dot_is_no_unlisted_document(tmp_path) -> None:  # noqa: ANN001
    """本标准按照 GB/T1. / 1—2009 给出的规则起草。 (GB/T 18894—2016's 前言, two lines): the cut GB/T1 was reported as a
    document listed nowhere (judged FALSE). A document named whole in the 前言 and listed nowhere is still reported."""
    cut = read_typed(tmp_path / "a.docx", _draft(["本标准按照 GB/T1.", "1—2009 给出的规则起草。"], [*_BODY, *_BIBLIOGRAPHY]))
    assert told_at(cut, "reference.unlisted-document") == []
    named = read_typed(tmp_path / "b.docx", _draft(["本文件按照GB/T 1.1—2020的规定起草。", "本文件与GB/T 29194—2012配合使用。"],
                                                  [*_BODY, *_BIBLIOGRAPHY]))
    assert told_at(named, "reference.unlisted-document") == ["前言"]


def test_a_modal_in_a_quotation_a_line_end_opened_before_is_the_quoted_document_s(tmp_path) -> None:  # noqa: ANN001
    """为落实……《关于规范电子会计凭证报销入账归档的通知》中“四、单位以电子会计 / 凭证的纸质打印件作为报销入账归档依据的，必须同时保存……”要求，
    (DA/T 94—2022 16.1, its lines as paragraphs): 必须 inside the notice's words was reported as a non-standard modal
    (judged FALSE twice). 必须 in the standard's own sentence after a closed quotation is still reported."""
    quoted = ["4 管理要求", "4.1 为落实财政部、国家档案局《关于规范电子会计凭证报销入账归档的通知》中“四、单位以电子会计",
              "凭证的纸质打印件作为报销入账归档依据的，必须同时保存打印该纸质件的电子会计凭证”要求，未实施系统的",
              "单位应按以下方法保存。", "4.2 电子档案应定期备份。"]
    assert told_at(read_typed(tmp_path / "a.docx", _draft(["本文件按照GB/T 1.1—2020的规定起草。"], quoted)),
                   "wording.modal-form") == []
    own = ["4 管理要求", "4.1 为落实财政部、国家档案局《关于规范电子会计凭证报销入账归档的通知》中“四、”的要求，未实施系统的单位",
           "必须同时保存电子会计凭证，并按以下方法保存。", "4.2 电子档案应定期备份。"]
    assert told_at(read_typed(tmp_path / "b.docx", _draft(["本文件按照GB/T 1.1—2020的规定起草。"], own)),
                   "wording.modal-form") == ["4.1"]


def test_a_long_title_over_a_subclause_whose_number_a_line_end_broke_is_no_hanging_paragraph(tmp_path) -> None:  # noqa: ANN001
    """8. / 6 电子财务会计报告及其他电子会计资料的组件、组卷及排列 / 8. / 6. / 1 电子财务会计报告按类型结合周期组件。 (DA/T 94—2022,
    its numbers broken after their dots): the long title of 8.6 was read as its text, a hanging paragraph (judged
    FALSE). Text that ends its sentence over a subclause is still one."""
    body = ["4 整理", "4.", "1 整理时间", "电子会计资料收集完成后应及时整理。", "4.", "2 电子财务会计报告及其他电子会计资料的组件、组卷及排列",
            "4.", "2.", "1 电子财务会计报告按类型结合周期组件。", "4.", "2.", "2 不同类型的报告不应组成一件。"]
    doc = read_typed(tmp_path / "a.docx", _draft(["本文件按照GB/T 1.1—2020的规定起草。"], body))
    assert [(c.number, c.title) for c in doc.clauses[3].children] == [
        ("4.1", "整理时间"), ("4.2", "电子财务会计报告及其他电子会计资料的组件、组卷及排列")]
    assert told_at(doc, "structure.hanging-paragraph") == []
    text = [*body[:5], "2 电子财务会计报告及其他电子会计资料应按下列要求组件。", *body[6:]]
    assert told_at(read_typed(tmp_path / "b.docx", _draft(["本文件按照GB/T 1.1—2020的规定起草。"], text)),
                   "structure.hanging-paragraph") == ["4.2"]
