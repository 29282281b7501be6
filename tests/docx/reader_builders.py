"""Build Word packages by code for the reader tests: raw WordprocessingML in a minimal zip.

Three shapes of one small standard are built here (typed numbers with Chinese-Word style ids,
style-linked numbering like the official template, and Markdown for pandoc); the tests check
that all of them read into the same clause tree.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="{main}"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>"""
_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
_DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>"""
DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
DOTX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"


def document_xml(body: str) -> str:
    """A ``w:document`` around ``body`` (WordprocessingML without the namespace declaration)."""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W_NS}"><w:body>{body}<w:sectPr/></w:body></w:document>')


def styles_xml(styles: str) -> str:
    """A ``w:styles`` part holding ``styles`` plus a default Normal style."""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W_NS}">'
            '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>'
            f"{styles}</w:styles>")


def numbering_xml(content: str) -> str:
    """A ``w:numbering`` part holding ``content``."""
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{W_NS}">{content}</w:numbering>'


def write_package(path: Path, body: str, styles: str = "", numbering: str = "", *, main: str = DOCX_MAIN,
                  document: str | None = None) -> Path:
    """Write a minimal Word package to ``path`` and return it."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES.format(main=main))
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("word/_rels/document.xml.rels", _DOC_RELS)
        archive.writestr("word/document.xml", document if document is not None else document_xml(body))
        archive.writestr("word/styles.xml", styles_xml(styles))
        archive.writestr("word/numbering.xml", numbering_xml(numbering))
    return path


def run(text: str, *, bold: bool = False, font: str | None = None) -> str:
    """A ``w:r`` with ``text`` (spaces kept)."""
    props = ("<w:b/>" if bold else "") + (f'<w:rFonts w:eastAsia="{font}"/>' if font else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(text: str = "", style: str | None = None, *, bold: bool = False, runs: str | None = None,
         num: tuple[int, int] | None = None, center: bool = False) -> str:
    """A ``w:p`` with a style id, optional ``(numId, ilvl)`` and one run (or raw ``runs``)."""
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if center:
        ppr += '<w:jc w:val="center"/>'
    body = runs if runs is not None else (run(text, bold=bold) if text else "")
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{body}</w:p>"


def table(rows: list[list[str]]) -> str:
    """A ``w:tbl`` of one-paragraph cells."""
    trs = "".join("<w:tr>" + "".join(f"<w:tc>{para(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows)
    return f"<w:tbl>{trs}</w:tbl>"


def style(style_id: str, name: str, *, based_on: str | None = None, outline: int | None = None,
          num: tuple[int | None, int | None] | None = None, bold: bool = False) -> str:
    """A paragraph ``w:style``; ``num`` is ``(numId, ilvl)`` with either part optional."""
    ppr = ""
    if num:
        inner = (f'<w:ilvl w:val="{num[1]}"/>' if num[1] is not None else "") + (
            f'<w:numId w:val="{num[0]}"/>' if num[0] is not None else "")
        ppr += f"<w:numPr>{inner}</w:numPr>"
    if outline is not None:
        ppr += f'<w:outlineLvl w:val="{outline}"/>'
    return (f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/>'
            + (f'<w:basedOn w:val="{based_on}"/>' if based_on else "")
            + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "")
            + ("<w:rPr><w:b/></w:rPr>" if bold else "") + "</w:style>")


def level(ilvl: int, fmt: str, text: str, *, start: int = 1, style: str | None = None, suff: str | None = None,
          restart: int | None = None) -> str:
    """A ``w:lvl`` of an abstract numbering definition."""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            + (f'<w:lvlRestart w:val="{restart}"/>' if restart is not None else "")
            + (f'<w:pStyle w:val="{style}"/>' if style else "")
            + (f'<w:suff w:val="{suff}"/>' if suff else "")
            + f'<w:lvlText w:val="{escape(text)}"/></w:lvl>')


def abstract(abstract_id: int, levels: str) -> str:
    """A ``w:abstractNum``."""
    return f'<w:abstractNum w:abstractNumId="{abstract_id}">{levels}</w:abstractNum>'


def num(num_id: int, abstract_id: int, overrides: dict[int, int] | None = None) -> str:
    """A ``w:num`` with optional ``{ilvl: startOverride}``."""
    extra = "".join(f'<w:lvlOverride w:ilvl="{k}"><w:startOverride w:val="{v}"/></w:lvlOverride>'
                    for k, v in (overrides or {}).items())
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{extra}</w:num>'


# -- the one small standard, in three shapes ----------------------------------------------------

FOREWORD = "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。"
PROPOSER = "本文件由全国服务标准化技术委员会（SAC/TC 264）提出并归口。"
BODY_TITLE = "养老机构服务指南"
SCOPE = "本文件给出了养老机构服务的指导。"
REFS_LEAD = "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。"
REFERENCE = ("GB/T 15624", "服务标准化工作指南")
TERMS_LEAD = "下列术语和定义适用于本文件。"
TERM = ("养老服务", "elderly care service", "为老年人提供的生活照料、康复护理等服务。")
GENERAL = "机构宜建立服务体系。"
DASHES = ["服务规范；", "服务流程。"]
UNTITLED = "机构宜记录服务过程。"
EVALUATION = "机构宜定期评价服务质量。"
ANNEX_TITLE = "服务记录示例"
ANNEX_CLAUSE = "说明"

#: The clause tree every shape must read into: (number, title, children).
EXPECTED_TREE = [
    ("1", "范围", []),
    ("2", "规范性引用文件", []),
    ("3", "术语和定义", []),
    ("4", "服务提供", [("4.1", "总则", []), ("4.2", "服务流程", [("4.2.1", "", [])])]),
    ("5", "评价与改进", []),
]


def typed_shape(path: Path) -> Path:
    """Shape (a): numbers typed into the text, heading styles with Chinese-Word ids ``1``, ``2``."""
    styles = (style("1", "heading 1", outline=0, bold=True) + style("2", "标题 2", outline=1, bold=True)
              + style("3", "heading 3", outline=2, bold=True))
    body = "".join([
        para("前　言", "1"), para(FOREWORD), para(PROPOSER),
        para(BODY_TITLE, center=True, bold=True),
        para("1　范围", "1"), para(SCOPE),
        para("2　规范性引用文件", "1"), para(REFS_LEAD), para(f"{REFERENCE[0]}　{REFERENCE[1]}"),
        para("3　术语和定义", "1"), para(TERMS_LEAD),
        para("3.1", "2"), para(f"{TERM[0]}　{TERM[1]}", bold=True), para(TERM[2]),
        para("4　服务提供", "1"), para("4.1　总则", "2"), para(GENERAL),
        para(f"——{DASHES[0]}"), para(f"——{DASHES[1]}"),
        para("4.2　服务流程", "2"), para(f"4.2.1　{UNTITLED}"),
        para("5　评价与改进", "1"), para(EVALUATION),
        para(f"附录A（资料性）　{ANNEX_TITLE}", "1"), para(f"A.1　{ANNEX_CLAUSE}", "2"), para("本附录给出示例。"),
    ])
    return write_package(path, body, styles)


def template_shape(path: Path, *, main: str = DOCX_MAIN) -> Path:
    """Shape (b): bare titles, numbers produced by numbering linked to template-named styles."""
    styles = "".join([
        style("a6", "标准文件_前言、引言标题", outline=0),
        style("b0", "标准文件_正文标准名称"),
        style("affc", "标准文件_章标题", outline=0, num=(1, 1)),
        style("affd", "标准文件_一级条标题", based_on="affc", outline=1, num=(None, 2)),
        style("affe", "标准文件_二级条标题", based_on="affd", outline=2, num=(1, 3)),
        style("b1", "标准文件_一级无标题", based_on="affd", outline=9),
        style("b2", "标准文件_二级无标题", based_on="affe", outline=9),
        style("b3", "标准文件_术语条一", based_on="b1"),
        style("af1", "标准文件_破折号列项", num=(3, None)),
        style("aff3", "标准文件_附录标识", outline=0, num=(2, None)),
        style("aff4", "标准文件_附录一级条标题", outline=1, num=(2, 1)),
        style("b4", "标准文件_附录标题"),
    ])
    numbering = "".join([
        abstract(31, level(0, "none", "%1", style="affb", suff="nothing")
                 + level(1, "decimal", "%1%2\u3000", style="affc", suff="nothing")
                 + level(2, "decimal", "%1%2.%3\u3000", style="affd", suff="nothing")
                 + level(3, "decimal", "%1%2.%3.%4\u3000", style="affe", suff="nothing")),
        abstract(27, level(0, "upperLetter", "附录%1", style="aff3", suff="nothing", restart=0)
                 + level(1, "decimal", "%1.%2\u3000", style="aff4", suff="nothing")),
        abstract(9, level(0, "none", "——", style="af1", suff="nothing")),
        num(1, 31), num(2, 27), num(3, 9),
    ])
    body = "".join([
        para("前言", "a6"), para(FOREWORD), para(PROPOSER),
        para(BODY_TITLE, "b0"),
        para("范围", "affc"), para(SCOPE),
        para("规范性引用文件", "affc"), para(REFS_LEAD), para(f"{REFERENCE[0]}　{REFERENCE[1]}"),
        para("术语和定义", "affc"), para(TERMS_LEAD),
        para("", "b3"), para(f"{TERM[0]}　{TERM[1]}", bold=True), para(TERM[2]),
        para("服务提供", "affc"), para("总则", "affd"), para(GENERAL),
        para(DASHES[0], "af1"), para(DASHES[1], "af1"),
        para("服务流程", "affd"), para(UNTITLED, "b2"),
        para("评价与改进", "affc"), para(EVALUATION),
        para("", "aff3"), para("（资料性）", center=True), para(ANNEX_TITLE, "b4", bold=True),
        para(ANNEX_CLAUSE, "aff4"), para("本附录给出示例。"),
    ])
    return write_package(path, body, styles, numbering, main=main)


def markdown_shape() -> str:
    """Shape (c): Markdown for pandoc (Heading N styles, Body Text, First Paragraph)."""
    return "\n\n".join([
        "# 前言", FOREWORD, PROPOSER, f"**{BODY_TITLE}**",
        "# 1 范围", SCOPE,
        "# 2 规范性引用文件", REFS_LEAD, f"{REFERENCE[0]}\u3000{REFERENCE[1]}",
        "# 3 术语和定义", TERMS_LEAD,
        "## 3.1", f"**{TERM[0]}**\u3000{TERM[1]}", TERM[2],
        "# 4 服务提供", "## 4.1 总则", GENERAL, f"——{DASHES[0]}", f"——{DASHES[1]}",
        "## 4.2 服务流程", f"4.2.1\u3000{UNTITLED}",
        "# 5 评价与改进", EVALUATION,
        f"# 附录A（资料性）\u3000{ANNEX_TITLE}", f"## A.1 {ANNEX_CLAUSE}", "本附录给出示例。",
    ]) + "\n"


def plain_docx(path: Path, lines: Iterable[str]) -> Path:
    """A python-docx document of plain paragraphs, as a PDF pasted into Word (or a Markdown copy
    converted to it) looks."""
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


_TRANSITIONAL_TO_STRICT = [
    (b"http://schemas.openxmlformats.org/wordprocessingml/2006/main", b"http://purl.oclc.org/ooxml/wordprocessingml/main"),
    (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
     b"http://purl.oclc.org/ooxml/officeDocument/relationships"),
    (b"http://schemas.openxmlformats.org/officeDocument/2006/math", b"http://purl.oclc.org/ooxml/officeDocument/math"),
    (b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
     b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties"),
    (b"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
     b"http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes"),
    (b"http://schemas.openxmlformats.org/drawingml/2006/main", b"http://purl.oclc.org/ooxml/drawingml/main"),
    (b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
     b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing"),
    (b"http://schemas.openxmlformats.org/drawingml/2006/picture", b"http://purl.oclc.org/ooxml/drawingml/picture"),
]


def strict_copy(source: Path, target: Path) -> Path:
    """``source`` saved as Word's "Strict Open XML Document" would be: the ISO/IEC 29500 Strict
    namespaces and relationship types (purl.oclc.org) and ``w:conformance="strict"``."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.endswith((".xml", ".rels")):
                for transitional, strict in _TRANSITIONAL_TO_STRICT:
                    data = data.replace(transitional, strict)
                if info.filename == "word/document.xml":
                    data = data.replace(b"<w:document ", b'<w:document w:conformance="strict" ', 1)
            out.writestr(info.filename, data)
    return target


def pandoc_styles() -> str:
    """The paragraph styles pandoc writes for a Markdown draft (its style ids: Title, Heading 2/3, First Paragraph,
    Body Text, Compact)."""
    return "".join([
        style("Title", "Title", bold=True),
        style("Heading2", "Heading 2", outline=1, bold=True),
        style("Heading3", "Heading 3", outline=2, bold=True),
        style("FirstParagraph", "First Paragraph"),
        style("BodyText", "Body Text"),
        style("Compact", "Compact"),
    ])
