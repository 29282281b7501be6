"""False alarms found on round 199's unseen standards (bench/real zzzzzzzq: technical standards of xueqing/GB-Doc read
from their PDFs by OCR), each rebuilt as a small made-up draft of the same shape beside a case the rule must still
report."""

from __future__ import annotations

from pathlib import Path

from lint_docs import read_typed, told_at

from authoring.lint import run_lint

HEAD = ["城市监控报警联网系统 技术标准 第4部分：视音频编、解码技术要求", "前言",
        "本部分按照GB/T 1.1—2009给出的规则起草。"]
BODY = [
    "1 范围",
    "本部分规定了城市监控报警联网系统中视音频编、解码的技术要求。",
    "2 规范性引用文件",
    "下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅注日期的版本适用于本文件。",
    "GB/T 25724—2010 安全防范监控数字视音频编解码技术要求",
    "3 术语和定义",
    "GB/T 25724—2010界定的术语和定义适用于本文件。",
    "4 编码要求",
    "4.1 视频编码",
    "视频编码应符合GB/T 25724—2010的规定。",
    "4.2 音频编码",
    "音频编码应符合GB/T 25724—2010的规定。",
]


_read, _told = read_typed, told_at


def test_an_annex_title_that_opens_with_another_letters_number_is_its_title(tmp_path: Path) -> None:
    """GA/T 669.4's annexes: 附录A / （规范性附录） / H.264基本档次的码流语法 — the title reads like a clause H.264, so it
    was taken for the annex's first paragraph and told a hanging paragraph (2 judged FALSE, annexes A and B). A title
    is read now; a paragraph before the annex's first subclause is still told."""
    annex = ["附录A", "（规范性附录）", "H.264基本档次的码流语法", "A.1 档次", "码流的档次标识等于66。", "A.2 约束",
             "码流不包括数据分割。"]
    doc = _read(tmp_path / "a.docx", [*HEAD, *BODY, *annex])
    assert [(a.letter, a.title) for a in doc.annexes] == [("A", "H.264基本档次的码流语法")]
    assert _told(doc, "structure.hanging-paragraph") == []
    doc = _read(tmp_path / "b.docx", [*HEAD, *BODY, *annex[:3], "本附录给出码流语法。", *annex[3:]])
    assert _told(doc, "structure.hanging-paragraph") == ["附录A"]


def test_the_patent_notice_of_its_time_is_no_requirement(tmp_path: Path) -> None:
    """GA/T 669.4—2008's 前言: "请注意，本部分的基本内容有可能涉及专利，本部分的发布机构不应承担识别这些专利的责任。" — the set
    patent notice before GB/T 1.1—2009 (after ISO's "shall not be held responsible") was told a requirement in the
    foreword (judged FALSE). A requirement of the text's own in the foreword is still told."""
    notice = "请注意，本部分的基本内容有可能涉及专利，本部分的发布机构不应承担识别这些专利的责任。"
    doc = _read(tmp_path / "c.docx", [*HEAD, notice, *BODY])
    assert _told(doc, "wording.requirement-in-informative") == []
    doc = _read(tmp_path / "d.docx", [*HEAD, notice, "GB/T 10114—2003应与本部分配套使用。", *BODY])
    assert _told(doc, "wording.requirement-in-informative") == ["前言"]


def test_a_bibliography_entry_whose_title_runs_on_from_its_number_lists_it(tmp_path: Path) -> None:
    """GA/T 669.4's 参考文献 read by OCR: "[6]RFC2250MPEG1/2视频流的RTP负载格式" and "[1]ISO/IEC14496-5：2001信息技术……"
    (title run on from the number, a full-width colon before the year) were read as entries without a number, so the
    text's "参照RFC2250" was "listed nowhere" (judged FALSE). A document the 参考文献 does not hold is still told."""
    biblio = ["参考文献", "[1]ISO/IEC14496-5：2001信息技术视听对象编码第5部分：参考软件", "[2]RFC2250MPEG1/2视频流的RTP负载格式"]
    text = [*HEAD, *BODY, "4.3 封装", "PS包的RTP封装格式参照RFC2250，参考软件见ISO/IEC 14496-5。", *biblio]
    doc = _read(tmp_path / "e.docx", text)
    assert [(r.designation, r.title) for r in doc.bibliography] == [
        ("ISO/IEC14496-5：2001", "信息技术视听对象编码第5部分：参考软件"), ("RFC2250", "MPEG1/2视频流的RTP负载格式")]
    assert _told(doc, "reference.unlisted-document") == []
    doc = _read(tmp_path / "f.docx", [*text[:-3], "PS包的RTP封装格式参照RFC3551。", *biblio])
    assert _told(doc, "reference.unlisted-document") == ["4.3"]


def test_an_overview_numbered_zero_is_a_subclause(tmp_path: Path) -> None:
    """GB/T 15843.2 (after ISO/IEC 9798-2) opens chapters 5 and 6 with "5.0 概述": it was read as a paragraph before 5.1
    and told a hanging paragraph (2 judged FALSE). It is read as a subclause now, and its number is told as what is
    wrong with it: subclauses are numbered from 1."""
    chapter = ["5 机制", "5.0 概述", "以下机制中规定的所有文本字段同样适用于本章。", "5.1 单向鉴别", "由B鉴别A。", "5.2 相互鉴别",
               "A和B相互鉴别。"]
    doc = _read(tmp_path / "g.docx", [*HEAD, *BODY, *chapter])
    five = next(c for c in doc.clauses if c.number == "5")
    assert [(c.number, c.title) for c in five.children] == [("5.0", "概述"), ("5.1", "单向鉴别"), ("5.2", "相互鉴别")]
    assert _told(doc, "structure.hanging-paragraph") == []
    told = [f for f in run_lint(doc) if f.rule == "numbering.clause-sequence"]
    assert [f.location for f in told] == ["5.0"] and "从 0 起" in told[0].message
    # a number 0 after the first subclause is still out of order
    doc = _read(tmp_path / "h.docx", [*HEAD, *BODY, *chapter[:1], *chapter[3:5], *chapter[1:3]])
    assert "5.0" not in [c.number for c in next(c for c in doc.clauses if c.number == "5").children]


def test_the_edition_replaced_and_the_document_adopted_named_in_the_introduction_are_no_citations(
        tmp_path: Path) -> None:
    """GB/T 19582.1's 引言: "GB/T 19582—2008是对GB/Z 19582—2004……的修订" names the edition it replaces under its old
    code, and GB/T 15843.2's 引言 "本部分等同采用国际标准ISO/IEC 9798-2：1999" the document it adopts: both were "listed
    nowhere" (3 judged FALSE). Another document the 引言 names is still told."""
    intro = ["引言", "GB/T 19582—2008是对GB/Z 19582—2004《基于Modbus协议的工业自动化网络规范》的修订。",
             "本部分等同采用国际标准ISO/IEC 9798-2：1999。"]
    head = ["GB/T 19582.1—2008", "基于Modbus协议的工业自动化网络规范 第1部分：Modbus应用协议", "前言", "本部分按照GB/T 1.1—2009给出的规则起草。",
            "本部分等同采用ISO/IEC 9798-2：1999《信息技术 安全技术 实体鉴别》。", "本部分代替GB/Z 19582.1—2004。"]
    biblio = ["参考文献", "[1] IEC 61158 工业通信网络 现场总线规范"]
    doc = _read(tmp_path / "i.docx", [*head, *intro, *BODY, *biblio])
    assert doc.metadata.number == "19582.1"
    assert _told(doc, "reference.unlisted-document") == []
    doc = _read(tmp_path / "j.docx", [*head, *intro, "修订的依据是GB/Z 20541—2006。", *BODY, *biblio])
    assert _told(doc, "reference.unlisted-document") == ["引言"]


def test_a_note_that_something_is_not_forbidden_states_no_requirement(tmp_path: Path) -> None:
    """GB/T 16262.2 13.2's note: "……则列集合不是有限的。这不被禁止。" says the rules allow it; it was told a requirement
    in a note (judged FALSE). A note that forbids is still told."""
    doc = _read(tmp_path / "k.docx", [*HEAD, *BODY, "注：如果类别是自引用的，则列集合不是有限的。这不被禁止。"])
    assert _told(doc, "wording.requirement-in-informative") == []
    assert [f.rule for f in run_lint(doc) if "禁止" in f.message] == []  # nor told to become 不应
    doc = _read(tmp_path / "l.docx", [*HEAD, *BODY, "注：类别禁止直接自引用。"])
    assert _told(doc, "wording.requirement-in-informative") == ["4.2"]


def test_a_run_of_x_an_example_makes_an_identifier_is_its_name(tmp_path: Path) -> None:
    """GB/T 16262.2 附录B: "如果定义ASN.1类型叫做XXX-PDU……" then "{XXX-PDU IDENTIFIED BY {XXX 5}}": the example's name
    was told a placeholder left unfilled (3 judged FALSE). A run of × the text fills in nowhere is still told, and so is
    a date pattern's X (XXXX-XX-XX) elsewhere."""
    example = ["4.3 抽象语法", "如果定义ASN.1类型叫做XXX-PDU，那么可通过下列记法规定其抽象语法：",
               "XXX-Abstract-Syntax ABSTRACT-SYNTAX ::= {XXX-PDU IDENTIFIED BY {XXX 5}}"]
    doc = _read(tmp_path / "m.docx", [*HEAD, *BODY, *example])
    assert _told(doc, "wording.placeholder") == []
    doc = _read(tmp_path / "n.docx", [*HEAD, *BODY, *example, "4.4 标识", "对象标识符分配给×××机构。"])
    assert _told(doc, "wording.placeholder") == ["4.4"]
