"""A fully conformant 指南 built in code, for the lint tests to break one rule at a time."""

from __future__ import annotations

from authoring.document import (
    Annex, Clause, Example, Figure, FunctionType, ListBlock, ListItem, Metadata, Note, Paragraph,
    Reference, Section, StandardDocument, Table, TermEntry,
)

BASIS = "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。"
PATENT = "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。"
NORMATIVE_LEAD_IN = (
    "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，"
    "仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。"
)


def conformant_guide() -> StandardDocument:
    """A realistic 指南 with exact boilerplate, cited references, referred annex/tables/figure.

    Every clause, block and list item gets a distinct anchor, so tests can check that a
    finding points at the block it is about.
    """
    doc = StandardDocument(
        metadata=Metadata(
            title_zh="养老机构服务质量提升指南", function=FunctionType.GUIDE, stage="征求意见稿",
            number="XXXXX", year="XXXX",
        ),
        foreword=Section(blocks=[
            Paragraph(text=BASIS),
            Paragraph(text=PATENT),
            Paragraph(text="本文件由全国服务标准化技术委员会提出并归口。"),
            Paragraph(text="本文件起草单位：某市养老服务指导中心、某大学。"),
            Paragraph(text="本文件主要起草人：张三、李四。"),
        ]),
        introduction=Section(blocks=[
            Paragraph(text="老年人对服务的期望不断提高。本文件帮助养老机构在日常服务中关注老年人的体验，"
                           "并相应调整服务安排。"),
        ]),
        clauses=[
            Clause(number="1", title="范围", blocks=[
                Paragraph(text="本文件给出了养老机构提升服务质量的总则、服务提供和服务评价的指导。"),
                Paragraph(text="本文件适用于各类养老机构的服务质量提升活动。"),
            ]),
            Clause(number="2", title="规范性引用文件", blocks=[
                Paragraph(text=NORMATIVE_LEAD_IN),
                Reference(designation="GB/T 15624", title="服务标准化工作指南"),
                Reference(designation="GB/T 35796—2017", title="养老机构服务质量基本规范"),
            ]),
            Clause(number="3", title="术语和定义", blocks=[
                Paragraph(text="下列术语和定义适用于本文件。"),
                TermEntry(number="3.1", term_zh="服务补救", term_en="service recovery",
                          definition="服务提供组织为弥补服务失误、恢复顾客信任而采取的行动。",
                          notes=["注：服务补救通常在投诉处理中进行。"],
                          source="GB/T 15624—2011，3.2，有修改"),
                TermEntry(number="3.2", term_zh="顾客体验", term_en="customer experience",
                          definition="顾客在接受服务的过程中形成的感受和评价。"),
            ]),
            Clause(number="4", title="总则", children=[
                Clause(number="4.1", title="以老年人为中心", blocks=[
                    Paragraph(text="服务宜以老年人的需求为中心，及时响应老年人及其家属的意见，适应其变化的需要。"),
                ]),
                Clause(number="4.2", title="符合基本规范", blocks=[
                    Paragraph(text="服务质量宜符合GB/T 35796—2017的规定，服务标准的编写宜参照GB/T 15624。"),
                ]),
            ]),
            Clause(number="5", title="服务提供", children=[
                Clause(number="5.1", title="投诉处理", blocks=[
                    Paragraph(text="养老机构宜建立投诉处理机制，包括："),
                    ListBlock(style="dash", items=[
                        ListItem(text="公布投诉渠道和处理时限；"),
                        ListItem(text="对每一件投诉进行登记和回访；"),
                        ListItem(text="将服务补救（3.1）的结果告知投诉人。"),
                    ]),
                    Note(text="注：投诉处理的记录是改进服务的重要依据。"),
                ]),
                Clause(number="5.2", title="满意度测评", blocks=[
                    Paragraph(text="满意度测评宜每季度开展一次，测评内容见表1，测评流程见图1。"),
                    Table(number="1", title="满意度测评内容", rows=[
                        ["项目", "内容"], ["生活照料", "饮食、清洁、起居"], ["医疗护理", "用药、康复、健康监测"],
                    ]),
                    Figure(number="1", title="满意度测评流程"),
                    Example(text="示例：某机构按月统计老年人对餐饮服务的评价。"),
                ]),
            ]),
            Clause(number="6", title="服务评价", blocks=[
                Paragraph(text="养老机构宜按附录A开展自我评价，评价结果宜用于改进5.1和5.2所述的服务。"),
                Paragraph(text="应急预案的演练情况也宜纳入评价，其方法见GB/T 19001。"),
            ]),
        ],
        annexes=[
            Annex(letter="A", title="自我评价要点", normative=False, blocks=[
                Paragraph(text="自我评价的要点见表A.1。"),
                Table(number="A.1", title="自我评价要点", rows=[
                    ["评价项目", "评价要点"], ["投诉处理", "投诉登记完整，回访及时"], ["满意度测评", "测评按季度开展"],
                ]),
            ]),
        ],
        bibliography=[Reference(designation="GB/T 19001—2016", title="质量管理体系　要求", serial=1)],
    )
    assign_anchors(doc)
    return doc


def assign_anchors(doc: StandardDocument) -> None:
    """Give every clause, annex, block and list item a distinct anchor, in reading order."""
    counter = iter(range(10_000))

    def blocks(items: list) -> None:
        for block in items:
            block.anchor = next(counter)
            if isinstance(block, ListBlock):
                list_items(block)

    def list_items(block: ListBlock) -> None:
        for item in block.items:
            item.anchor = next(counter)
            if item.children is not None:
                list_items(item.children)

    def clause(c: Clause) -> None:
        c.anchor = next(counter)
        blocks(c.blocks)
        for child in c.children:
            clause(child)

    for section in (doc.foreword, doc.introduction):
        if section is not None:
            blocks(section.blocks)
            for child in section.children:
                clause(child)
    for c in doc.clauses:
        clause(c)
    for annex in doc.annexes:
        annex.anchor = next(counter)
        blocks(annex.blocks)
        for child in annex.children:
            clause(child)
    blocks(doc.bibliography or [])


# -- small helpers the lint tests share ------------------------------------------------------


def of_rule(findings: list, rule: str) -> list:
    """The findings of ``rule``."""
    return [f for f in findings if f.rule == rule]


def clause_of(doc: StandardDocument, number: str) -> Clause:
    """The clause numbered ``number`` (it must exist)."""
    found = doc.find_clause(number)
    assert found is not None, number
    return found


def add_paragraph(doc: StandardDocument, number: str, text: str, anchor: int | None = None) -> Paragraph:
    """Append a paragraph to clause ``number`` and return it."""
    block = Paragraph(text=text, anchor=anchor)
    clause_of(doc, number).blocks.append(block)
    return block


def terms_lead_in_findings(text: str) -> list:
    """The terms lead-in rule's findings on the conformant guide with chapter 3's lead-in ``text``."""
    from authoring.lint import run_lint

    doc = conformant_guide()
    clause_of(doc, "3").blocks[0].text = text
    return of_rule(run_lint(doc), "boilerplate.terms-lead-in")


def typed_docx(path, lines: list[str]):  # noqa: ANN001, ANN201
    """A .docx of plain paragraphs, one a line, no styles: a draft typed, or a PDF pasted into Word."""
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def typed_skeleton(title: str, scope: str) -> list[str]:
    """The first lines of a typed draft: its title, a 前言, and chapters 1–3 with their set sentences."""
    return [title, "前言", "本文件按照GB/T 1.1—2020的规定起草。", "1 范围", scope,
            "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义", "本文件没有需要界定的术语和定义。"]



def read_typed(path, lines: list[str]) -> StandardDocument:  # noqa: ANN001
    """The document read back from :func:`typed_docx` of ``lines``."""
    from authoring.docx.read import read_docx

    return read_docx(typed_docx(path, lines))


def told_at(doc: StandardDocument, rule: str, *, hints: bool = True) -> list[str]:
    """Where ``rule`` reports on ``doc`` (without its hints, severity info, when ``hints`` is false)."""
    from authoring.lint import run_lint

    return [f.location for f in run_lint(doc) if f.rule == rule and (hints or f.severity != "info")]


def places_of(rule: str, *texts: str) -> list[str]:
    """Where ``rule`` reports on the guide with ``texts`` as clauses 5.1, 5.2 …: the places, in order."""
    from authoring.lint import run_lint

    doc = conformant_guide()
    for number, text in enumerate(texts, start=1):
        add_paragraph(doc, f"5.{number}", text)
    return [f.location for f in of_rule(run_lint(doc), rule)]
