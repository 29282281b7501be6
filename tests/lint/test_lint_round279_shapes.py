"""False alarms judged blind on round 279's notice-and-consent draft (bench/real zzzzzzzzzzs03, 信息安全技术 个人信息告知同意指南,
征求意见稿), rebuilt as a small made-up draft of the same shape beside a case the rule must still report."""

from __future__ import annotations

from lint_docs import read_typed, told_at


def _draft(notes: list[str]) -> list[str]:
    return ["信息安全技术 个人信息告知同意指南", "前言", "本标准按照GB/T 1.1—2009给出的规则起草。", "1 范围",
            "本标准给出了个人信息告知同意的指导。", "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义",
            "本文件没有需要界定的术语和定义。", "4 告知", "4.1 个人信息控制者宜以易于理解的方式告知个人信息主体。",
            "4.2 个人信息控制者宜在收集前征得同意。", "附录A", "（资料性附录）", "未成年人个人信息的告知同意",
            "A.1 告知的内容", "告知的内容宜包括收集使用规则。", "A.2 同意的方式", "宜通过短信征得监护人同意。", *notes]


def test_a_sample_message_s_slots_and_words_are_the_sample_s(tmp_path) -> None:  # noqa: ANN001
    """注1：短信内容可参照：尊敬的家长您好！这里是xxxx，……应向该未成年人的监护人告知……: xxxx (the sender's name the operator
    fills in) was reported as a placeholder left (judged FALSE three times) and 应 in the message as a requirement in a
    note (FALSE twice). A note that requires by itself, and a placeholder outside a sample, are still reported."""
    sample = ["注1：短信内容可参照：尊敬的家长您好！这里是xxxx，根据国家有关未成年人个人信息保护的要求，收集使用不满14周岁的未成年人的"
              "个人信息前，应向该未成年人的监护人告知个人信息使用规则，并征得其明示同意。"]
    doc = read_typed(tmp_path / "a.docx", _draft(sample))
    assert told_at(doc, "wording.placeholder") == []
    assert told_at(doc, "wording.requirement-in-informative") == []
    own = ["注1：若涉及未成年人的个人信息，可参照附录B。个人信息控制者应向监护人告知使用规则，由xxxx负责审核。"]
    doc = read_typed(tmp_path / "b.docx", _draft(own))
    assert told_at(doc, "wording.placeholder") == ["A.2"]
    assert told_at(doc, "wording.requirement-in-informative") == ["A.2"]


def test_a_data_element_s_description_is_no_provision(tmp_path) -> None:  # noqa: ANN001
    """JR/T 0065—2019 6.3.72 (round 280): 中文名称：提前终止应付金额 / 标识符：1234 / 说明：提前终止申请中付款方应当支付的金额。 — 应当
    in what the element is was reported as a non-standard modal (judged FALSE). 应当 in a provision is still reported."""
    lines = ["银行间市场基础数据元", "前言", "本标准按照GB/T 1.1—2009给出的规则起草。", "1 范围", "本标准规定了银行间市场基础数据元。",
             "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义", "本文件没有需要界定的术语和定义。", "4 数据元",
             "4.1 提前终止应付金额", "中文名称：提前终止应付金额", "英文名称：Early Termination Amount", "标识符：1234",
             "说明：提前终止申请中付款方应当支付的金额。", "4.2 数据元的维护", "维护机构应当每年更新数据元目录。"]
    assert told_at(read_typed(tmp_path / "a.docx", lines), "wording.modal-form") == ["4.2"]
