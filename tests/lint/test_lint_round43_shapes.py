"""False alarms found on round 43's unseen drafts (bench/real zs07, a 2026 GA/T draft), each rebuilt
as a small made-up draft of the same shape beside a case the rule must still report."""

from __future__ import annotations

from lint_docs import add_paragraph, conformant_guide, of_rule

from authoring.document import FunctionType
from authoring.lint import run_lint


def test_a_law_quoted_after_its_title_keeps_its_own_modal_verbs() -> None:
    """zs07 引言: 《中华人民共和国数据安全法》“第二十七条……应当在网络安全等级保护制度的基础上……” quotes the
    law's words, which the draft cannot reword to 应; the draft's own 应当 is still reported. (A 规范: in a guide
    the draft's own 应当 is the requirement-in-guide rule's.)"""
    doc = conformant_guide()
    doc.metadata.function = FunctionType.SPECIFICATION
    add_paragraph(doc, "5.1", "《中华人民共和国数据安全法》“第二十七条……开展数据处理活动，应当在网络安全等级保护制度的基础上，"
                              "履行上述数据安全保护义务”。《网络数据安全管理条例》第九条规定：“网络数据处理者应当依照法律……”")
    assert not of_rule(run_lint(doc), "wording.modal-form")
    add_paragraph(doc, "5.2", "机构应当建立“数据分类”制度。")  # a quotation, but not of another document
    add_paragraph(doc, "6", "依据《数据安全法》，机构应当履行数据安全保护义务。")  # cites, does not quote
    assert [f.location for f in of_rule(run_lint(doc), "wording.modal-form")] == ["5.2", "6"]


def test_a_law_quoted_in_a_guide_is_no_requirement_of_the_guide() -> None:
    """The same quotation in a 指南 is the law's 应, not a requirement the guide sets."""
    doc = conformant_guide()
    add_paragraph(doc, "5.1", "《中华人民共和国数据安全法》第二十七条规定：“开展数据处理活动应加强风险监测。”")
    assert not of_rule(run_lint(doc), "wording.requirement-in-guide")
    add_paragraph(doc, "5.2", "开展数据处理活动应加强风险监测。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.requirement-in-guide")] == ["5.2"]


def test_must_for_an_external_legal_constraint_is_not_a_misused_shall() -> None:
    """zs07 引言: 数据和数据处理活动的安全必须遵循网络安全等级保护制度要求 states what the law imposes, the one
    use GB/T 1.1—2020 leaves 必须; 必须 standing for 应 is still reported, in the body and in the 引言."""
    doc = conformant_guide()
    add_paragraph(doc, "5.1", "数据处理活动必须遵守国家有关法律法规。")
    doc.introduction.blocks[0].text = "数据和数据处理活动的安全必须遵循网络安全等级保护制度要求。"
    fired = run_lint(doc)
    assert not of_rule(fired, "wording.modal-form")
    assert not of_rule(fired, "wording.requirement-in-informative")
    add_paragraph(doc, "5.2", "机构必须遵守本机构的管理制度。")  # the organisation's own rules: a requirement
    add_paragraph(doc, "6", "机构必须建立投诉处理制度。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.modal-form")] == ["5.2", "6"]
    doc.introduction.blocks[0].text = "养老机构必须定期评估服务质量。"
    assert of_rule(run_lint(doc), "wording.requirement-in-informative")


def test_the_terms_lead_in_of_the_other_edition_is_corrected_with_the_drafts_own_documents() -> None:
    """zt09 chapter 3 (round 44): a 2020 draft writing …界定的以及下列术语和定义适用于本标准。 is told the
    2020 sentence with its own documents filled in, not a template's {{ documents }}."""
    from lint_docs import clause_of

    doc = conformant_guide()
    clause_of(doc, "3").blocks[0].text = "GB/T 15624—2011和GB/T 19000—2016界定的以及下列术语和定义适用于本标准。"
    fired = of_rule(run_lint(doc), "boilerplate.terms-lead-in")
    assert len(fired) == 1 and "{{" not in fired[0].message
    assert "应为：GB/T 15624—2011和GB/T 19000—2016界定的以及下列术语和定义适用于本文件。" in fired[0].message


def test_a_code_written_with_a_division_slash_is_read_as_its_code(tmp_path) -> None:
    """zw09, zv08 (rounds 46-47): a download site names the file GB∕T 37932-2019 (U+2215), and a
    converter put that name above the cover. The cover was read as an industry standard coded T,
    and the standard's own number on its back page as a citation asking for a 参考文献."""
    import docx as python_docx

    from authoring.docx.read import read_docx
    from authoring.lint.patterns import designations

    assert [d.key for d in designations("见GB∕T 37932—2019和GB／T 1.1")] == ["GB/T37932", "GB/T1.1"]
    document = python_docx.Document()
    for line in ('title: "GB∕T 37932-2019 信息安全技术 数据交易服务安全要求"', "中华人民共和国国家标准",
                 "GB/T 37932—2019", "信息安全技术 数据交易服务安全要求", "前言",
                 "本标准按照GB/T 1.1—2009给出的规则起草。", "1 范围", "本标准规定了数据交易服务的安全要求。",
                 "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义", "本文件没有需要界定的术语和定义。",
                 "4 要求", "数据交易服务机构应审核数据来源。", "GB/T 37932—2019 中国标准出版社出版发行"):
        document.add_paragraph(line)
    document.save(tmp_path / "d.docx")
    doc = read_docx(tmp_path / "d.docx")
    assert doc.metadata.prefix() == "GB/T" and doc.metadata.number == "37932"
    assert not [f for f in of_rule(run_lint(doc), "structure.missing-element") if f.location == "参考文献"]


def test_would_otherwise_have_is_no_requirement_in_a_definition() -> None:
    """zw08 3.11: 将本应由自身负责处理的信息技术服务委托给外部 describes, it does not require; 文本应
    and 基本应 still read as requirements."""
    from lint_docs import clause_of
    from authoring.document import Note

    doc = conformant_guide()
    clause_of(doc, "5.1").blocks.append(Note(text="注：外包指组织将本应由自身负责处理的服务委托给外部。"))
    assert not of_rule(run_lint(doc), "wording.requirement-in-informative")
    clause_of(doc, "5.2").blocks.append(Note(text="注：服务记录的文本应保存三年。"))
    assert [f.location for f in of_rule(run_lint(doc), "wording.requirement-in-informative")] == ["5.2"]


def test_possibility_and_a_described_duty_are_no_modal_provisions() -> None:
    """zx07 3.20 注: 也可能 is possibility, not the permission 也可; zx08 5.5 (a 指南): 个人应当知道的已公开
    信息 names a kind of information. 也可采用 and 应当提供 are still reported."""
    from lint_docs import clause_of
    from authoring.document import Note

    doc = conformant_guide()
    clause_of(doc, "5.1").blocks.append(Note(text="注：同一服务对象也可能有多个联系人。"))
    add_paragraph(doc, "5.2", "示例：个人应当知道的已公开信息不属于敏感信息。")
    fired = run_lint(doc)
    assert not of_rule(fired, "wording.requirement-in-informative")
    assert not of_rule(fired, "wording.requirement-in-guide")
    clause_of(doc, "5.1").blocks.append(Note(text="注：也可采用电话回访。"))
    add_paragraph(doc, "6", "机构应当提供投诉渠道。")
    fired = run_lint(doc)
    assert [f.location for f in of_rule(fired, "wording.requirement-in-informative")] == ["5.1"]
    assert [f.location for f in of_rule(fired, "wording.requirement-in-guide")] == ["6"]


def test_a_table_number_spaced_from_its_name_is_no_clause_reference() -> None:
    """bench/real zzc07 (GB/T 33136, a PDF's text): 应按照表 A.1 给出的评价要素权重计算 names a table
    whose number the text spaces from 表; it was reported as a reference to a missing clause A.1. A
    missing clause named the same way is still reported."""
    doc = conformant_guide()
    add_paragraph(doc, "5.1", "能力项成熟度宜按照表 A.1 给出的评价要素权重计算，见图 B.2 所示的流程。")
    assert not of_rule(run_lint(doc), "reference.dangling-clause")
    add_paragraph(doc, "5.2", "成熟度宜按照 A.1 给出的权重计算。")
    assert [f.location for f in of_rule(run_lint(doc), "reference.dangling-clause")] == ["5.2"]
