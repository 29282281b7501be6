"""False alarms found on round 200's unseen standards (bench/real zzzzzzzr: technical standards of xueqing/GB-Doc read
from their PDFs by OCR), each rebuilt as a small made-up draft of the same shape beside a case the rule must still
report."""

from __future__ import annotations

from pathlib import Path

from lint_docs import read_typed, told_at

from authoring.lint import run_lint

COVER = ["GB/T 16262.4—2006", "信息技术 抽象语法记法一（ASN.1） 第4部分：ASN.1规范的参数化"]
FOREWORD = ["前言", "本部分按照GB/T 1.1—2009给出的规则起草。"]
BODY = [
    "1 范围",
    "本部分定义了ASN.1规范的参数化记法。",
    "2 规范性引用文件",
    "下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅注日期的版本适用于本文件。",
    "GB/T 16262.1—2006 信息技术 抽象语法记法一（ASN.1） 第1部分：基本记法规范",
    "3 术语和定义",
    "GB/T 16262.1—2006界定的术语和定义适用于本文件。",
    "4 记法",
    "4.1 赋值",
    "参数化赋值按GB/T 16262.1—2006的规定书写。",
    "4.2 引用",
    "参数化引用名按GB/T 16262.1—2006的规定书写。",
]


_read = read_typed


def _told(doc, rule: str) -> list[str]:  # noqa: ANN001
    return told_at(doc, rule, hints=False)


def test_a_toc_heading_a_scan_left_half_of_still_heads_the_toc(tmp_path: Path) -> None:
    """GB/T 16262.4's scan: the 目次 heading read "次" alone, so its entries (前言, 引言, 1范围 …, 附录B（资料性附录）记法
    综述) were taken for the text's own: the real 前言 read as nothing and annex B, which the 前言 names (本部分的附录A和
    附录B是资料性附录, as the 2000 and 2009 editions have it), "never referred to" (judged FALSE). Under GB/T 1.1—2020 an
    annex named only in the 前言 is still told; a line "次" that lists no 前言 after it is no 目次."""
    toc = ["次", "前言", "1范围", "2规范性引用文件", "3术语和定义", "4记法", "附录A（资料性附录）记法综述"]
    foreword = [*FOREWORD, "本部分的附录A是资料性附录。"]
    annex = ["附录A", "（资料性附录）", "记法综述", "A.1 赋值", "赋值的记法汇总如下。", "A.2 引用", "引用的记法汇总如下。"]
    doc = _read(tmp_path / "a.docx", [*COVER, *toc, *foreword, *BODY, *annex])
    assert doc.has_toc and [getattr(b, "text", "") for b in doc.foreword.blocks][-1] == "本部分的附录A是资料性附录。"
    assert [a.letter for a in doc.annexes] == ["A"] and [c.number for c in doc.clauses] == ["1", "2", "3", "4"]
    assert _told(doc, "reference.unreferenced-annex") == []
    now = [*COVER, *toc, "前言", "本文件按照GB/T 1.1—2020的规定起草。", "本文件的附录A是资料性附录。", *BODY, *annex]
    assert _told(_read(tmp_path / "b.docx", now), "reference.unreferenced-annex") == ["附录A"]
    doc = _read(tmp_path / "c.docx", [*COVER, *foreword, *BODY, "4.3 计数", "次", "计数单位为次。"])
    assert not doc.has_toc


def test_a_chapter_the_toc_lists_is_read_after_one_whose_number_ran_into_its_title(tmp_path: Path) -> None:
    """GB/T 16262.4's scan: "7ASN.1词项" ran its number into a Latin title and was not read, so "8参数化赋值", two on from
    chapter 6, was not a chapter either, and chapters 7-10 fell under 6.2.6 as paragraphs. The 目次 lists 8参数化赋值 as
    printed: it is a chapter. Without a 目次 such a line stays a paragraph."""
    toc = ["目  次", "前言", "1范围", "2规范性引用文件", "3术语和定义", "4记法", "5ASN.1词项", "6参数化赋值"]
    body = ["5ASN.1词项", "本部分使用GB/T 16262.1—2006的第11章规定的词项。", "6参数化赋值",
            "6.1与每一赋值语句有对应的参数化赋值语句。", "6.2参数化赋值语句的引用名不应重复。"]
    doc = _read(tmp_path / "d.docx", [*COVER, *toc, *FOREWORD, *BODY, *body])
    assert [c.number for c in doc.clauses] == ["1", "2", "3", "4", "6"]
    doc = _read(tmp_path / "e.docx", [*COVER, *FOREWORD, *BODY, *body])
    assert [c.number for c in doc.clauses] == ["1", "2", "3", "4"]


def test_what_another_document_requires_or_a_sentence_supposes_is_no_requirement(tmp_path: Path) -> None:
    """GB/T 16262.4: a note "GB/T 16262.1要求在一个模块中所赋予的所有引用名，不管是否参数化，必须是明确的" reports another
    standard's requirement; A.1's worked example "进一步假设发送者必须作出……选择" supposes; GB/T 16264.5's note "第5版之
    前的规范规定了……应当被设置" reports an earlier edition, and "……正常操作是必须的" says what is necessary (4 judged FALSE).
    This text's own 必须 in a note, and after a supposition a comma closes, is still told."""
    notes = ["4.3 明确性", "引用名在模块中不得重复。",
             "注1：GB/T 16262.1要求在一个模块中所赋予的所有引用名，不管是否参数化，必须是明确的。",
             "注2：第5版之前的规范规定了A-RELEASE服务的结果参数应当被设置为affirmative。",
             "注3：如果此类型对于较早版本的正常操作是必须的，则建议将扩展标记为关键。",
             "附录A", "（资料性附录）", "示例", "A.1 鉴别符", "进一步假设发送者必须作出对某些字段是否加鉴别符的选择。",
             "A.2 选择", "选择按4.1进行。"]
    doc = _read(tmp_path / "f.docx", [*COVER, *FOREWORD, *BODY, *notes])
    assert _told(doc, "wording.requirement-in-informative") == [] and _told(doc, "wording.modal-form") == []
    own = [*notes[:2], "注1：引用名必须是明确的。", *notes[5:9], "假设系统故障，发送者必须重新发送。", *notes[10:]]
    doc = _read(tmp_path / "g.docx", [*COVER, *FOREWORD, *BODY, *own])
    assert _told(doc, "wording.requirement-in-informative") == ["4.3"] and _told(doc, "wording.modal-form") == ["A.1"]


def test_characters_named_as_forbidden_are_no_prohibition(tmp_path: Path) -> None:
    """GB/T 17969.1's note "被禁止的字符是GB 13000中的专用字符。" names the characters the rule excludes (judged FALSE);
    a note that forbids is still told."""
    doc = _read(tmp_path / "h.docx", [*COVER, *FOREWORD, *BODY, "注：被禁止的字符是GB 13000中的专用字符。"])
    assert _told(doc, "wording.requirement-in-informative") == []
    doc = _read(tmp_path / "i.docx", [*COVER, *FOREWORD, *BODY, "注：标识符禁止使用专用字符。"])
    assert _told(doc, "wording.requirement-in-informative") == ["4.2"]


def test_a_reference_to_a_list_item_past_z_keeps_its_half_width_bracket(tmp_path: Path) -> None:
    """GB/T 16264.5 13.2.2: "其一致性在13.2.1的dd)中进行了声明" cites list item dd) (after z) come aa), bb) …); its
    bracket was told half-width punctuation in Chinese text (judged FALSE). A bracket closing a Chinese aside is still told."""
    doc = _read(tmp_path / "j.docx", [*COVER, *FOREWORD, *BODY, "4.3 一致性", "证书扩展的一致性在4.2的dd)中进行了声明。"])
    assert _told(doc, "wording.ascii-punctuation") == []
    doc = _read(tmp_path / "k.docx", [*COVER, *FOREWORD, *BODY, "4.3 一致性", "证书扩展的一致性（见4.2)已声明。"])
    assert _told(doc, "wording.ascii-punctuation") == ["4.3"]


def test_reference_entries_a_scan_garbled_keep_their_numbers(tmp_path: Path) -> None:
    """GB/T 16264.5's chapter 2: "……紧缩编码规则（PER）规范（1SO/" / "IEC 8825-2:2002,IDT)" — a scan's 1 for I left the
    adoption's bracket open past what was recognised, so the next line was an entry "listed but never cited"; and
    GB/T 17969.1's 参考文献 "[6］ISO/IEC8825（所有部分）信息技术ASN.1编码规则" had no number read, so ISO/IEC 8825 cited in
    the text was "listed nowhere" (2 judged FALSE)."""
    refs = ["GB/T 16263.2—2006 信息技术 ASN.1编码规则 第2部分：紧缩编码规则（PER）规范（1SO/", "IEC 8825-2:2002,IDT)"]
    body = ["4.3 编码", "编码按GB/T 16263.2—2006进行，参见ISO/IEC 8825。"]
    biblio = ["参考文献", "[1] ISO/IEC8825（所有部分）信息技术ASN.1编码规则"]
    doc = _read(tmp_path / "l.docx", [*COVER, *FOREWORD, *BODY[:5], *refs, *BODY[5:], *body, *biblio])
    normref = next(c for c in doc.clauses if c.number == "2")
    assert [b.designation for b in normref.blocks if type(b).__name__ == "Reference"][1:] == ["GB/T 16263.2—2006"]
    assert [r.designation for r in doc.bibliography] == ["ISO/IEC8825（所有部分）"]
    assert _told(doc, "reference.uncited-normative") == [] and _told(doc, "reference.unlisted-document") == []


def test_left_to_be_defined_is_no_placeholder(tmp_path: Path) -> None:
    """GB/T 16262.4's 引言: "应用设计者需编写某些方面留待定义的规范" — 待定 inside 留待定义 (left to be defined) was told
    a placeholder left unfilled (judged FALSE). 待定 standing for a value not yet given is still told."""
    doc = _read(tmp_path / "m.docx", [*COVER, *FOREWORD, *BODY, "4.3 参数", "应用设计者需编写某些方面留待定义的规范。"])
    assert _told(doc, "wording.placeholder") == []
    doc = _read(tmp_path / "n.docx", [*COVER, *FOREWORD, *BODY, "4.3 参数", "参数的取值范围：待定。"])
    assert _told(doc, "wording.placeholder") == ["4.3"]
