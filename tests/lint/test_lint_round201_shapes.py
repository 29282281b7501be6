"""False alarms found on round 201's unseen standards (bench/real zzzzzzzs: technical standards of xueqing/GB-Doc),
each rebuilt as a small made-up draft of the same shape beside a case the rule must still report."""

from __future__ import annotations

from pathlib import Path

from lint_docs import read_typed, told_at

HEAD = ["YD/T ××××—××××", "会话初始协议（SIP）技术要求 第5部分：统一IMS网络的SIP协议", "目  次",
        "1 范围 ........ 1", "2 规范性引用文件 ........ 1", "4 概述 ........ 4", "前言", "本部分按照GB/T 1.1—2009给出的规则起草。"]
BODY = ["1 范围", "本部分规定了统一IMS网络中SIP协议的技术要求。", "2 规范性引用文件",
        "下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅注日期的版本适用于本文件。",
        "YD/T 1930 统一IMS组网总体技术要求"]


def test_a_chapter_number_set_apart_from_its_title_is_read_with_it(tmp_path: Path) -> None:
    """YD/T 1522.5's draft read from its text layer: "4" / (blank) / "概述" / (blank) / "4.1" … — the chapter's number and
    title on lines of their own, so chapters 3–7 fell under chapter 2 and every figure they cite was "never referred
    to" (53 judged FALSE). The number and the title the 目次 lists together are one heading; a bare number above another
    line stays a page number."""
    chapter = ["4", "", "概述", "", "4.1 统一IMS组网", "统一IMS的组网示意图如图1所示。", "图1 统一IMS组网示意图",
               "4.2 功能实体", "功能实体按YD/T 1930的规定。"]
    doc = read_typed(tmp_path / "a.docx", [*HEAD, *BODY, *chapter])
    assert [(c.number, c.title) for c in doc.clauses] == [("1", "范围"), ("2", "规范性引用文件"), ("4", "概述")]
    assert told_at(doc, "reference.unreferenced-figure") == []
    doc = read_typed(tmp_path / "b.docx", [*HEAD, *BODY, "4", "", "组网", "统一IMS的组网示意图如图1所示。"])
    assert [c.number for c in doc.clauses] == ["1", "2"]


def test_code_before_a_c_comment_is_no_chinese_text(tmp_path: Path) -> None:
    """GB/T 25056's annex C lists C structures whose fields carry Chinese comments, as its scan set them
    (ELEMENT publicExponent;  ／公钥的指数*/, unsigned char pDataOut,  ／输出数据*／): the ; and , are the language's
    (10 judged FALSE). Half-width marks in the comment's own Chinese, or in prose beside it, are still reported."""
    code = ["附录C", "（规范性附录）", "数据结构", "C.1 密钥结构", "typedef struct {",
            "ELEMENT publicExponent;  ／公钥的指数*/", "unsigned char * pDataIn,  /* 输入的数据 */",
            "unsigned long protectFlag;  ／密钥的保护标记，0表示不加密密钥，", "非0表示加密密钥*/", "} KEY;"]
    doc = read_typed(tmp_path / "a.docx", [*HEAD, *BODY, "3 要求", "密钥结构见附录C。", *code])
    assert told_at(doc, "wording.ascii-punctuation") == []
    doc = read_typed(tmp_path / "b.docx", [*HEAD, *BODY, "3 要求", "密钥结构见附录C。",
                                            *code[:5], "ELEMENT publicExponent;  /* 公钥的指数,见3.1 */", "} KEY;"])
    assert told_at(doc, "wording.ascii-punctuation") == ["C.1"]
    doc = read_typed(tmp_path / "c.docx", [*HEAD, *BODY, "3 要求", "密钥结构见附录C,其字段如下;",
                                            "ELEMENT publicExponent;  /* 公钥的指数 */"])
    assert told_at(doc, "wording.ascii-punctuation") == ["3"]


def test_an_english_name_in_english_brackets_is_no_chinese_text(tmp_path: Path) -> None:
    """GB/T 25060's 缩略语: "CA  证书认证机构  (Certificate Authority)" — English words in brackets set as English is,
    the text's convention (judged FALSE). Where most English names stand in （…）, the odd half-width pair breaks the
    text's own convention (judged TRUE on the tune half); a single word or acronym in half-width brackets after
    Chinese (服务质量(QoS)), or Chinese inside them, is still reported."""
    abbr = ["3 缩略语", "下列缩略语适用于本文件。", "CA  证书认证机构  (Certificate Authority)",
            "CRL  证书撤销列表  (Certificate Revocation List)"]
    doc = read_typed(tmp_path / "a.docx", [*HEAD, *BODY, *abbr])
    assert told_at(doc, "wording.ascii-punctuation") == []
    doc = read_typed(tmp_path / "b.docx", [*HEAD, *BODY, *abbr, "QoS  服务质量(QoS)"])
    assert told_at(doc, "wording.ascii-punctuation") == ["3"]
    doc = read_typed(tmp_path / "c.docx", [*HEAD, *BODY, *abbr, "PKI  公钥基础设施 (Public Key 基础设施)"])
    assert told_at(doc, "wording.ascii-punctuation") == ["3"]
    doc = read_typed(tmp_path / "d.docx", [*HEAD, *BODY, *abbr[:3], "CRL  证书撤销列表（Certificate Revocation List）",
                                            "PKI  公钥基础设施（Public Key Infrastructure）"])
    assert told_at(doc, "wording.ascii-punctuation") == ["3"]
