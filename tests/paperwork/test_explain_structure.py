"""``stdauthor explain``: the structure summary of 二（二） (本文件共N章…, one line a chapter) for drafts of each
shape: a regulation written as 第一章…第一条… (a text with articles), a headed English text, a GB/T draft."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from authoring.document import BODY_UNIT, Clause, Paragraph
from authoring.paperwork.explain import _chapter_line, explain_docx, from_draft, texts
from tests.docx.reader_builders import plain_docx


def _contents(draft: Path) -> list[str]:
    """The lines of 主要内容 in the memorandum of ``draft``: its lead sentence, then one line a unit."""
    document = docx.Document(io.BytesIO(explain_docx(from_draft(draft))))
    lines = [p.text for p in document.paragraphs]
    start = lines.index(texts()["sections"]["principles_content"]) + 1
    end = next(k for k in range(start, len(lines)) if lines[k].startswith("【请填写"))
    return lines[start:end]


#: A local regulation as a PDF pasted into Word gives it: its title, its adoption notes, 第一章's heading lost
#: (its articles come first, outside any chapter), then two chapters with their articles.
REGULATION = [
    "某市市民服务热线条例",
    "2019年5月20日 某市第十六届人民代表大会常务委员会第九次会议通过",
    "2019年7月30日某省第十三届人民代表大会常务委员会第十二次会议批准",
    "第一条 为了加强市民服务热线建设和管理，提高为民服务水平，推进依法行政，维护自然人、法人和其他组织的合法权益，"
    "根据有关法律法规，结合本市实际，制定本条例。",
    "第二条 本条例所称市民服务热线，是指市人民政府设立的受理热线事项的公共服务平台。",
    "第三条 市人民政府领导全市市民服务热线工作。",
    "第二章 职责分工",
    "第四条 市民服务热线工作机构负责热线事项的受理、转办和督办。",
    "第五条 承办单位应当按照规定办理热线事项。",
    "第三章 附　则",
    "第六条 本条例自2020年1月1日起施行。",
]


def test_a_regulation_is_summed_up_by_its_chapters_and_articles(tmp_path: Path) -> None:
    """QA (the Jinan 12345 hotline regulation): 本文件共16章 for 6 chapters and 51 articles (each article outside
    a chapter counted as one), every such article listed as ——第一条“”：… and the adoption note listed as the
    first content. Now the chapters and articles are counted as what they are, an article has no quotes, and
    an adoption note is left out."""
    lines = _contents(plain_docx(tmp_path / "条例.docx", REGULATION))
    assert lines[0] == "本文件共2章6条，主要内容如下：", lines
    assert lines[1].startswith("——第一条：为了加强市民服务热线建设和管理，"), lines
    assert lines[1].endswith("……") and len(lines[1]) < 80, lines[1]
    assert "——第三条：市人民政府领导全市市民服务热线工作。" in lines
    assert "——第二章“职责分工”：包括第四条至第五条，共2条。" in lines
    assert "——第三章“附　则”：包括第六条，共1条。" in lines, lines
    assert len(lines) == 6, lines  # the lead, 第一条 to 第三条, two chapters
    assert not [line for line in lines if "“”" in line or "会议通过" in line or "批准" in line], lines


def test_a_regulation_keeps_what_it_says_before_its_first_chapter(tmp_path: Path) -> None:
    """Words before 第一章 that are more than an adoption note (a preamble) are content, and said as such."""
    draft = plain_docx(tmp_path / "条例.docx", [
        "某市养老服务条例",
        "（2020年3月26日某市第十三届人民代表大会常务委员会第十八次会议通过　根据2021年9月29日某市第十三届人民代表大会"
        "常务委员会第三十次会议《关于修改〈某市养老服务条例〉的决定》修正）",
        "为了积极应对人口老龄化，本市人民代表大会常务委员会依照有关法律，制定本条例。",
        "第一章 总则", "第一条 本条例适用于本市行政区域内的养老服务。", "第二条 养老服务应当坚持政府主导。",
        "第二章 附则", "第三条 本条例自公布之日起施行。",
    ])
    lines = _contents(draft)
    assert lines[0] == "本文件共2章3条，主要内容如下：", lines
    assert lines[1] == "——正文开头（第一章前）：为了积极应对人口老龄化，本市人民代表大会常务委员会依照有关法律，制定本条例。", lines
    assert lines[2:] == ["——第一章“总则”：包括第一条至第二条，共2条。", "——第二章“附则”：包括第三条，共1条。"], lines


def test_a_regulation_without_chapters_counts_its_articles(tmp_path: Path) -> None:
    """Articles and no chapter: 本文件共3条 (not 3章), each article by its opening words; a date alone is left out."""
    draft = plain_docx(tmp_path / "办法.docx", [
        "某市家政服务管理办法",
        "2021年6月1日",
        "第一条 为了规范家政服务，制定本办法。", "第二条 本办法适用于本市的家政服务活动。",
        "第三条 家政服务机构应当遵守下列规定：", "（一）与消费者签订服务合同；", "（二）如实提供服务信息。",
    ])
    lines = _contents(draft)
    assert lines == ["本文件共3条，主要内容如下：", "——第一条：为了规范家政服务，制定本办法。",
                     "——第二条：本办法适用于本市的家政服务活动。",
                     "——第三条：家政服务机构应当遵守下列规定：（一）与消费者签订服务合同；（二）如实提供服务信息。"], lines


def test_a_heading_is_not_repeated_as_its_own_title(tmp_path: Path) -> None:
    """QA (an English complaints policy): ——Complaints Policy“Complaints Policy”：… A unit named by its heading
    alone (an outline's heading without a number) is named once; a unit without a title has no empty quotes."""
    document = docx.Document()
    document.add_heading("Complaints", 0)
    document.add_heading("Complaints Policy", 2)
    document.add_paragraph("Together Assessments Version 1.0 – August 2025")
    for number, title, text in [(1, "Policy Statement", "We are committed to a fair and timely complaints process."),
                                (2, "Scope", "A complaint is any expression of dissatisfaction about our service."),
                                (3, "Review", "This policy will be reviewed annually.")]:
        document.add_heading(f"{number}. {title}", 3)
        document.add_paragraph(text)
    path = tmp_path / "policy.docx"
    document.save(str(path))
    lines = _contents(path)
    assert "——Complaints Policy：Together Assessments Version 1.0 – August 2025" in lines, lines
    assert "——第2章“Scope”：A complaint is any expression of dissatisfaction about our service." in lines, lines
    assert not [line for line in lines if "“Complaints Policy”" in line or "“”" in line], lines

    say = texts()["texts"]
    untitled = Clause(number="一", title="", blocks=[Paragraph(text="服务机构应当公开服务内容。")])
    assert _chapter_line(untitled, say) == "——一：服务机构应当公开服务内容。"
    gbt = Clause(number="4", title="基本要求", blocks=[Paragraph(text="服务机构应当公开服务内容。")])
    assert _chapter_line(gbt, say) == "——第4章“基本要求”：服务机构应当公开服务内容。"  # as before
    lead = Clause(number=BODY_UNIT, blocks=[Paragraph(text="Together Assessments")])
    assert _chapter_line(lead, say) == "——正文开头（第一章前）：Together Assessments"  # as before


def test_a_composed_text_with_articles_is_told_by_its_numbers() -> None:
    """A project kept from an imported regulation composes chapters numbered 第一章 (its metadata may still say
    gbt): counted as chapters and articles all the same; a chapter without a title has no empty quotes."""
    from authoring.document import StandardDocument
    from authoring.paperwork.explain import _articles_contents, _with_articles

    def article(number: str, text: str) -> Clause:
        return Clause(number=number, blocks=[Paragraph(text=text)])

    doc = StandardDocument(clauses=[
        Clause(number="第一章", title="总则", children=[article("第一条", "为了规范服务，制定本规定。"),
                                                      article("第二条", "本规定适用于本市。")]),
        Clause(number="第二章", title="", children=[article("第三条", "本规定自公布之日起施行。")]),
    ])
    assert _with_articles(doc)
    assert _articles_contents(doc, "，附录1个") == [
        "本文件共2章3条，附录1个，主要内容如下：", "——第一章“总则”：包括第一条至第二条，共2条。", "——第二章：包括第三条，共1条。"]
    assert not _with_articles(StandardDocument(clauses=[Clause(number="1", title="范围")]))


@pytest.mark.parametrize(("line", "note"), [
    ("2018年6月28日 某市第十六届人民代表大会常务委员会第十六次会议通过", True),
    ("（2019年11月30日某总局令第20号公布　2022年3月24日《某总局关于修改和废止有关规章的决定》修改）", True),
    ("2010年7月23日 某市第三届人民代表大会常务委员会第十八次会议《关于修改部分地方性法规的决定》第一次修正  根据", True),
    ("1985年6月13日 某省第六届人民代表大会常务委员会第三次会议通过《某省实行九年制义务教育条例》", True),
    ("2017年1月1日 施行", True),
    ("二〇二一年六月一日", True),
    ("为了积极应对人口老龄化，本市自2020年1月1日起施行本条例。", False),
    ("总　则", False),
])
def test_what_an_adoption_note_is(line: str, note: bool) -> None:
    from authoring.paperwork.explain import _adoption_note

    assert _adoption_note(line) is note
