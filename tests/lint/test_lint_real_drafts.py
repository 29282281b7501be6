"""False alarms met on real third-party drafts (bench/real, tune half), rebuilt as small drafts."""

from __future__ import annotations


def test_a_pointer_repeated_under_each_device_class_is_no_repeated_block() -> None:
    from authoring.document import Clause, Paragraph, StandardDocument
    from authoring.lint import run_lint

    pointer = "应急响应的服务实施及相关要求参见《信息技术服务 运行维护 第3部分：应急响应规范》。"
    doc = StandardDocument(clauses=[
        Clause(number="6", title="服务内容", children=[
            Clause(number="6.1", title="固定计算终端", blocks=[Paragraph(text=pointer)]),
            Clause(number="6.2", title="移动计算终端", blocks=[Paragraph(text=pointer)]),
        ]),
    ])
    assert not [f for f in run_lint(doc) if f.rule == "content.repeated-block"]


def _own_series_placeholders(number: str, own: str, other: str) -> list:
    """The placeholder findings of a draft whose number is still to come, naming its own series
    (``own``) beside a real placeholder (``other``)."""
    from authoring.document import Clause, Kind, Metadata, Paragraph, StandardDocument
    from authoring.lint import run_lint

    meta = Metadata(kind=Kind.INDUSTRY, code="SJ", number=number, year="XXXX", title_zh="运行维护服务规范")
    doc = StandardDocument(metadata=meta, clauses=[Clause(number="1", title="范围", blocks=[
        Paragraph(text=own), Paragraph(text=other)])])
    return [f for f in run_lint(doc) if f.rule == "wording.placeholder"]


def test_a_draft_names_its_own_series_without_a_placeholder_finding() -> None:
    found = _own_series_placeholders("XXXXX.5", "SJ/T XXXXX的本部分规定了桌面及外围设备运行维护服务的要求。",
                                     "本部分的起草单位：××公司。")
    assert len(found) == 1 and "××" in found[0].message
    # bench/real zw07 (an SJ/T 征求意见稿): ``SJ/T xxxx的本部分`` in lower case, in its 引言 and 范围.
    found = _own_series_placeholders("XXXX", "SJ/T xxxx的本部分描述了非结构化数据的主要类型。", "数据的保存期限为xxxx年。")
    assert [f.excerpt for f in found] == ["数据的保存期限为xxxx年。"]


def test_an_english_term_inside_an_english_name_is_no_synonym() -> None:
    from authoring.document import Clause, Paragraph, StandardDocument, TermEntry
    from authoring.lint import run_lint

    doc = StandardDocument(clauses=[
        Clause(number="3", title="术语和定义", blocks=[TermEntry(number="3.1", term_zh="知识", term_en="knowledge",
                                                             definition="通过学习获得的认识。")]),
        Clause(number="5", title="要求", blocks=[
            Paragraph(text="示例中采用 gkadm(General Knowledge Application Data Model) 作为前缀。"),
            Paragraph(text="应提供knowledge 检索。"),
        ]),
    ])
    found = [f for f in run_lint(doc) if f.rule == "terms.synonym"]
    assert [f.excerpt for f in found] == ["应提供knowledge 检索。"]


def test_a_part_naming_its_own_series_needs_no_bibliography() -> None:
    from authoring.document import Clause, Kind, Metadata, Paragraph, StandardDocument
    from authoring.lint import run_lint

    meta = Metadata(kind=Kind.GROUP, code="CAMET", number="04011.6", year="2018", legacy_2009=True,
                    rules="GB/T 1.1—2009")
    doc = StandardDocument(metadata=meta, clauses=[Clause(number="1", title="范围", blocks=[
        Paragraph(text="T/CAMET 04011 的本部分规定了列车自动监控系统的接口。")])])
    assert not [f for f in run_lint(doc) if f.rule == "structure.missing-element" and f.location == "参考文献"]
    doc.clauses[0].blocks.append(Paragraph(text="通信协议见 GB/T 12345。"))
    assert [f for f in run_lint(doc) if f.rule == "structure.missing-element" and f.location == "参考文献"]


def test_list_items_of_several_sentences_may_end_in_full_stops() -> None:
    from authoring.document import Clause, ListBlock, ListItem, Paragraph, StandardDocument
    from authoring.lint import run_lint

    def doc_with(items: list[str]) -> StandardDocument:
        return StandardDocument(clauses=[Clause(number="5", title="要求", blocks=[
            Paragraph(text="通信中断的处理如下："),
            ListBlock(style="letter", items=[ListItem(text=t) for t in items])])])

    passages = ["发送方应重发。接收方收到后不进行处理。", "ATS 可丢弃此信息。", "应记录日志。"]
    assert not [f for f in run_lint(doc_with(passages)) if f.rule == "wording.list-punctuation"]
    sentences = ["发送方应重发。", "ATS 可丢弃此信息。", "应记录日志。"]
    assert [f for f in run_lint(doc_with(sentences)) if f.rule == "wording.list-punctuation"]


def test_an_annex_of_another_standard_is_not_dangling() -> None:
    from authoring.document import Clause, Paragraph, StandardDocument
    from authoring.lint import run_lint

    doc = StandardDocument(clauses=[Clause(number="5", title="要求", blocks=[
        Paragraph(text="类型取值遵循 GB/T 38376—2019 的附录 B。"), Paragraph(text="示例见附录C。")])])
    found = [f.message for f in run_lint(doc) if f.rule == "reference.dangling-object"]
    assert len(found) == 1 and "附录C" in found[0] and "附录B" not in found[0]


def test_a_caption_line_with_its_table_flattened_is_not_dangling() -> None:
    """A PDF flattened into lines keeps 表1's caption as a line of text and its cells as more
    lines; the reference to it resolves, while a table named nowhere is still reported."""
    from authoring.document import Clause, Paragraph, StandardDocument
    from authoring.lint import run_lint

    doc = StandardDocument(clauses=[Clause(number="5", title="数据结构", blocks=[
        Paragraph(text="数据结构如表1。"),
        Paragraph(text="表 1  标志性地物子库数据结构"),
        Paragraph(text="编号 数据层名 类型 要素类中文名称"),
        Paragraph(text="属性要求见表2，填写方法见附录 B。"),
        Paragraph(text="附录 B 标志性地物基本属性"),
    ])])
    found = [f.message for f in run_lint(doc) if f.rule == "reference.dangling-object"]
    assert len(found) == 1 and "表2" in found[0] and "表1" not in found[0] and "附录B" not in found[0]


def test_spacing_and_code_are_not_another_name_for_a_term() -> None:
    """A JR/T text (bench/real l02) writes DID 文档 with a space and names its JSON fields issuer,
    proof, holder; those are not synonyms of 颁发者, 证明, 持有者. Prose using them still is."""
    from authoring.document import Clause, Paragraph, StandardDocument, TermEntry
    from authoring.lint import run_lint

    terms = Clause(number="3", title="术语和定义", blocks=[
        TermEntry(number="3.1", term_zh="DID文档", definition="描述标识符的数据集合。"),
        TermEntry(number="3.2", term_zh="元数据", definition="描述数据的数据。"),
        TermEntry(number="3.3", term_zh="颁发者", term_en="issuer", definition="签发凭证的实体。"),
        TermEntry(number="3.4", term_zh="持有者", term_en="holder", definition="持有凭证的实体。"),
    ])
    code = ["DID 文档中的属性", "issuer", '"issuer":"did:rem:shanghai:SH000001F",',
            "VP中的holder属性应同VC中凭证主题的id属性相同。", "其中verificationMethod中的DID前缀应同holder中的相同。"]
    doc = StandardDocument(clauses=[terms, Clause(number="5", title="属性", blocks=[Paragraph(text=t) for t in code])])
    assert not [f.excerpt for f in run_lint(doc) if f.rule == "terms.synonym"]
    prose = ["凭证由 issuer 签发后交给用户。", "解析元数 据的属性见5.4。"]
    doc = StandardDocument(clauses=[terms, Clause(number="5", title="属性", blocks=[Paragraph(text=t) for t in prose])])
    assert len([f for f in run_lint(doc) if f.rule == "terms.synonym"]) == 2


def test_an_encoding_named_in_an_xml_declaration_is_no_citation() -> None:
    from authoring.document import Clause, Paragraph, StandardDocument
    from authoring.lint import run_lint

    doc = StandardDocument(clauses=[
        Clause(number="2", title="规范性引用文件", blocks=[Paragraph(text="本文件没有规范性引用文件。")]),
        Clause(number="5", title="模式", blocks=[Paragraph(text='<?xml version=1.0 encoding="GB 2312"?>'),
                                                Paragraph(text="字符集应符合 GB 18030 的规定。")])])
    messages = " ".join(f.message for f in run_lint(doc))
    assert "18030" in messages and "2312" not in messages


def test_a_markup_examples_text_refers_to_the_document_it_shows() -> None:
    """GB/T 37967 (bench/real l04) shows another standard tagged in XML; the element text between
    its tag lines (结果记入表A.1) names that standard's tables, not its own. The same sentence in
    the document's own prose is still a dangling reference."""
    from authoring.document import Annex, Clause, Paragraph, StandardDocument
    from authoring.lint import run_lint

    sample = ["<tech_paragraph>", "<tech_paraid>3.3</tech_paraid>", "<tech_ptbody>",
              "调查木本寄主，结果记入表A.1。", "</tech_ptbody>", "<!-- [DATA]", "以上结果记入表 A.8。", "-->"]
    annex = Annex(letter="A", title="标注实例",
                  blocks=[Paragraph(text="以下是对 GB/T 15799 结构化标注实例。")] + [Paragraph(text=t) for t in sample])
    own = Clause(number="5", title="要求", blocks=[Paragraph(text="标注实例见附录A。")])
    doc = StandardDocument(clauses=[own], annexes=[annex])
    assert not [f for f in run_lint(doc) if f.rule == "reference.dangling-object"]
    own.blocks.append(Paragraph(text="结果记入表A.1。"))
    found = [f for f in run_lint(doc) if f.rule == "reference.dangling-object"]
    assert len(found) == 1 and found[0].location == "5"


def test_a_clause_heading_left_as_a_line_is_no_dangling_target() -> None:
    """JR/T 0325 (bench/real l02) as OCR'd: the headings of chapter 9 stayed lines of text
    (9.1 DID 的创建) under 8.2, so 见9.1 looked dangling; a number no line opens still is."""
    from authoring.document import Clause, Paragraph, StandardDocument
    from authoring.lint import run_lint

    doc = StandardDocument(clauses=[Clause(number="8", title="DID 操作", blocks=[
        Paragraph(text="9.1 DID 的创建"), Paragraph(text="DID 由持有者创建。"),
        Paragraph(text="9.2 DID 的更新"), Paragraph(text="具体创建流程见9.1，验证按9.5的规定。"),
        Paragraph(text="9.1.1 时间为 3 s，见 8.2 的要求。")])])
    found = [f.message for f in run_lint(doc) if f.rule == "reference.dangling-clause"]
    assert len(found) == 2 and "9.5" in found[0] and "8.2" in found[1]


def test_a_draft_cites_a_standard_revised_alongside_by_its_number_to_come() -> None:
    """GB/T 19771's 征求意见稿 (bench/real m01) cites GB/T 19714-XXXX, under revision at the same
    time: its year is not known yet. A published standard's XXXX, and ×× in a name, still are."""
    from authoring.document import Clause, Metadata, Paragraph, StandardDocument
    from authoring.lint import run_lint

    def placeholders(stage: str) -> list[str]:
        doc = StandardDocument(metadata=Metadata(stage=stage), clauses=[
            Clause(number="2", title="规范性引用文件", blocks=[
                Paragraph(text="GB.T 19714-XXXX 网络安全技术 公钥基础设施 证书管理协议")]),
            Clause(number="6", title="要求", blocks=[
                Paragraph(text="消息格式应符合GB/T 19714-XXXX第6章的要求。"),
                Paragraph(text="证书由××机构签发。")])])
        return [f.location for f in run_lint(doc) if f.rule == "wording.placeholder"]

    assert placeholders("征求意见稿") == ["6"]
    assert placeholders("发布稿") == ["2", "6", "6"]


def test_what_a_function_must_have_described_with_suo_is_no_modal() -> None:
    """所必须具备的基本功能 (m01, 5.1 概述) describes; 该签名必须用…签名 and 即必须填写的信息 require."""
    from authoring.document import Clause, Paragraph, StandardDocument
    from authoring.lint import run_lint

    texts = ["本文件描述这些组件为了实现基本功能所必须具备的基本功能集合。", "该签名必须用未过期的签名证书签署。",
             "“M”为必选项，即必须填写的信息。"]
    doc = StandardDocument(clauses=[Clause(number="5", title="要求", children=[
        Clause(number=f"5.{n}", title="条", blocks=[Paragraph(text=t)]) for n, t in enumerate(texts, 1)])])
    assert [f.location for f in run_lint(doc) if f.rule == "wording.modal-form"] == ["5.2", "5.3"]


def test_an_enterprise_standards_number_is_a_document_number() -> None:
    """Q/CUP 045.1 (bench/real m02) is cited like any standard: listed and not cited, it is
    reported; its year joined by a hyphen is reported as for GB/T."""
    from authoring.document import Clause, Paragraph, Reference, StandardDocument
    from authoring.lint import run_lint

    doc = StandardDocument(clauses=[
        Clause(number="2", title="规范性引用文件", blocks=[
            Paragraph(text="下列文件对于本文件的应用是必不可少的。"),
            Reference(designation="Q/CUP 045.1", title="借记/贷记应用规范"),
            Reference(designation="Q/CUP 045.2", title="借记贷记应用卡片规范")]),
        Clause(number="5", title="要求", blocks=[Paragraph(text="报文应符合Q/CUP 045.2-2014的规定。")])])
    found = {(f.rule, f.excerpt[:11]) for f in run_lint(doc) if f.rule.startswith("reference.")}
    assert ("reference.uncited-normative", "Q/CUP 045.1") in found
    assert not any(r == "reference.uncited-normative" and e.startswith("Q/CUP 045.2") for r, e in found)
    assert any(r == "reference.standard-number" for r, _ in found)
