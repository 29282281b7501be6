"""False alarms found on rounds 157 and 158's standards (bench/real zzzzzza01-07 and zzzzzzb01-10, telecom,
data-security and vehicle drafts under GB/T 1.1—2020, judged blind), each rebuilt as a small made-up draft of
the same shape, beside the finding the rule must still make."""

from __future__ import annotations

from lint_docs import of_rule, typed_docx

from authoring.check import check_file
from authoring.checklist import load_packs


def _check(tmp_path, name: str, lines: list[str]):  # noqa: ANN001, ANN202
    return check_file(typed_docx(tmp_path / name, lines), load_packs()["excellence-guide"])


def _spec(body: list[str]) -> list[str]:
    return ["养老机构服务规范", "前言", "本文件按照GB/T 1.1—2020的规定起草。", "1 范围",
            "本文件规定了养老机构服务的要求。", "2 规范性引用文件", "本文件没有规范性引用文件。",
            "3 术语和定义", "本文件没有需要界定的术语和定义。", "4 要求", *body]


def test_a_word_ending_in_wu_before_bi_is_no_wubi(tmp_path) -> None:  # noqa: ANN001
    """zzzzzza03 (YD/T 4562) 8.2.1 ……符合工作职责所业务必需的: 业务 + 必需, which holds no modal, was
    reported as the non-standard 务必 (judged FALSE). Read as 服务 / 必须, a service standard's 服务必须
    is reported as 必须, the form it really is; 务必 on its own still is."""
    result = _check(tmp_path, "a.docx", _spec([
        "4.1 运维人员的操作应符合工作职责所业务必需的范围。",
        "4.2 服务必须在约定时间内完成。",
        "4.3 机构务必建立投诉处理制度。",
    ]))
    found = {f.location: f.message for f in of_rule(result.findings, "wording.modal-form")}
    assert "4.1" not in found, found
    assert "“必须”" in found.get("4.2", "") and "务必" not in found["4.2"], found
    assert "“务必”" in found.get("4.3", ""), found


def _guide(scope: str, terms: list[str], body: list[str]) -> list[str]:
    return ["数据合作安全管理指南", "前言", "本文件按照GB/T 1.1—2020的规定起草。", "1 范围", scope,
            "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义", *terms, "4 指南", *body]


def test_a_party_named_in_fang_before_keyi_is_read_as_keyi(tmp_path) -> None:  # noqa: ANN001
    """zzzzzza02 (YD/T 4952) 3.1 ……数据合作过程中，合作方可以接触到本单位所控数据: 合作方 + 可以 was reported
    as the permission 方可 (judged FALSE: there is no 方可). It is read as 可以, the word it is; a real
    方可 after a condition is still reported as 方可."""
    definition = "与合作方开展的涉及本单位所控数据的合作。数据合作过程中，合作方可以接触到本单位所控数据。"
    result = _check(tmp_path, "b.docx", _guide("本文件给出了数据合作安全管理的指导。",
                                               ["3.1", "数据合作", definition], ["4.1 组织机构宜建立数据合作管理制度。"]))
    messages = [f.message for f in of_rule(result.findings, "wording.requirement-in-informative")]
    assert not any("方可" in m for m in messages), messages
    definition = "与合作方开展的涉及本单位所控数据的合作，经审批后方可开展。"
    result = _check(tmp_path, "c.docx", _guide("本文件给出了数据合作安全管理的指导。",
                                               ["3.1", "数据合作", definition], ["4.1 组织机构宜建立数据合作管理制度。"]))
    messages = [f.message for f in of_rule(result.findings, "wording.requirement-in-informative")]
    assert any("方可" in m for m in messages), messages


def test_ying_at_a_partys_request_is_no_requirement(tmp_path) -> None:  # noqa: ANN001
    """zzzzzza06 (T/CLAST 001.3, a 指南) 7.4.3 应评估员的请求 and 10.4 应被评估方请求: 应 there means "at the
    request of" and was reported as a requirement in a guide (judged FALSE twice). The modal 应 of the
    same guide, and 应 before a verb and a party's request (应答复委托方的请求 aside, which 应答 hides),
    are still reported."""
    body = ["4.1 应评估员的请求，被评估方宜提供相关文件。",
            "4.2 应被评估方请求，评估组宜说明评估方法。",
            "4.3 评估组应核对申请人的请求。",
            "4.4 评估组应在收到请求后五日内答复。"]
    result = _check(tmp_path, "d.docx", _guide("本文件给出了法律合规性评估的实施指导。",
                                               ["本文件没有需要界定的术语和定义。"], body))
    located = {f.location for f in of_rule(result.findings, "wording.requirement-in-guide")}
    assert located == {"4.3", "4.4"}, located


def test_a_scope_naming_what_the_guide_recommends_sets_nothing(tmp_path) -> None:  # noqa: ANN001
    """zzzzzza02 (YD/T 4952) 1 范围 本文件明确了……组织机构宜遵循的安全管理原则……以及组织机构宜对外部机构提出
    的数据安全保障要求与监督管理办法: the 宜 name the contents of the document (judged FALSE). A 宜 in a
    sentence of its own in the 范围 is still reported."""
    scope = ("本文件明确了在数据合作过程中组织机构宜遵循的安全管理原则和采取的安全管理措施，"
             "以及组织机构宜对外部机构提出的数据安全保障要求与监督管理办法。")
    body = ["4.1 组织机构宜建立数据合作管理制度。"]
    terms = ["本文件没有需要界定的术语和定义。"]
    result = _check(tmp_path, "e.docx", _guide(scope, terms, body))
    assert [f for f in of_rule(result.findings, "wording.requirement-in-informative") if f.location == "1"] == []
    result = _check(tmp_path, "f.docx", _guide(scope + "组织机构宜定期评估合作方。", terms, body))
    assert [f.location for f in of_rule(result.findings, "wording.requirement-in-informative")] == ["1"]


def test_a_modal_in_what_a_law_requires_is_the_laws(tmp_path) -> None:  # noqa: ANN001
    """zzzzzzb08 (the GB 44495 draft) 7.4.6 ……不应包括法律、行政法规、强制性国家标准中规定的必须保留的个人信息:
    必须 names what those rules require (judged FALSE as a non-standard modal of the draft). The draft's
    own 必须 is still reported."""
    result = _check(tmp_path, "g.docx", _spec([
        "4.1 删除功能可删除的信息不应包括法律、行政法规中规定的必须保留的个人信息。",
        "4.2 本文件规定的服务人员必须持证上岗。",
    ]))
    assert [f.location for f in of_rule(result.findings, "wording.modal-form")] == ["4.2"]


def test_keyi_conceded_in_a_note_is_ability(tmp_path) -> None:  # noqa: ANN001
    """zzzzzzb09 (GB/T 44862) 3.3 注 ……失效是指……，尽管可以运行，但不能输出正确的结果: 可以 says what a failed
    system can still do (judged FALSE as a permission in a note). 尽管可以采用…… still permits, and is
    reported."""
    def draft(note: str) -> list[str]:
        return _guide("本文件给出了网络弹性评价的指导。",
                      ["3.1", "失效", "系统或组件失去其规定功能的状态。", f"注：{note}"],
                      ["4.1 组织机构宜定期评价网络弹性。"])
    result = _check(tmp_path, "h.docx", draft("失效的系统尽管可以运行，但不能输出正确的结果。"))
    assert of_rule(result.findings, "wording.requirement-in-informative") == []
    result = _check(tmp_path, "i.docx", draft("尽管可以采用其他方法评价，但宜优先采用本文件的方法。"))
    assert [f.location for f in of_rule(result.findings, "wording.requirement-in-informative")] == ["3.1"]
