"""A false alarm found on round 101's standards (bench/real m01, a GB/T 19771 draft), rebuilt as a small
made-up draft of the same shape, beside the finding the rule must still make."""

from __future__ import annotations

from lint_docs import of_rule, typed_docx

from authoring.check import check_file
from authoring.checklist import load_packs


def test_a_listed_number_misprinted_with_a_full_stop_still_lists_its_document(tmp_path) -> None:  # noqa: ANN001
    """m01's 规范性引用文件 prints ``GB.T 19714-XXXX 网络安全技术 公钥基础设施 证书管理协议``: the document
    cited in 6.2.1 as GB/T 19714 is listed, under a misprinted code (judged FALSE as unlisted). The
    misprint itself is reported, as ``GB//T`` is; a document listed nowhere still is (here as an
    informative reference with no 参考文献)."""
    lines = ["养老机构证书服务规范", "前言", "本文件按照GB/T 1.1—2020的规定起草。", "1 范围",
             "本文件规定了养老机构证书服务的要求。", "2 规范性引用文件",
             "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；"
             "不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。",
             "GB.T 19714 网络安全技术 公钥基础设施 证书管理协议",
             "3 术语和定义", "本文件没有需要界定的术语和定义。",
             "4 要求", "证书申请的消息格式应符合GB/T 19714的规定。"]
    result = check_file(typed_docx(tmp_path / "draft.docx", lines), load_packs()["excellence-guide"])
    assert of_rule(result.findings, "reference.unlisted-document") == []
    misprint = of_rule(result.findings, "reference.standard-number")
    assert [f.location for f in misprint] == ["2"] and "GB/T" in misprint[0].message
    lines[-1] = "证书申请的消息格式应符合GB/T 19714和GB/T 20518的规定。"
    result = check_file(typed_docx(tmp_path / "draft2.docx", lines), load_packs()["excellence-guide"])
    about = [f.message for f in result.findings if f.rule != "reference.standard-number"]
    assert any("20518" in m for m in about) and not any("19714" in m for m in about), about
