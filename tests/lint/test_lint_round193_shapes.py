"""False alarms found on round 193's unseen standards (bench/real zzzzzzzk: GM/T cryptography standards read from
their scans by OCR), each rebuilt as a small made-up draft of the same shape beside a case the rule must still
report."""

from __future__ import annotations

from pathlib import Path

from lint_docs import typed_docx

from authoring.docx.read import read_docx
from authoring.lint import run_lint

LINES = [
    "前言",
    "本标准按照GB/T 1.1—2009给出的规则起草。",
    "服务器密码机技术规范",
    "1 范围",
    "本标准规定了服务器密码机的功能要求和检测要求。",
    "2 规范性引用文件",
    "下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅注日期的版本适用于本文件。",
    "GB/T 32905 信息安全技术 SM3密码杂凑算法",
    "3 术语和定义",
    "下列术语和定义适用于本文件。",
    "3.1",
    "密码杂凑算法cryptographichashalgorithm",
    "又称杂凑算法、密码散列算法或哈希算法。该算法将一个任意长的比特串映射到一个固定长的比特串。",
    "3.2",
    "SM3算法SM3algorithm",
    "一种密码杂凑算法，其输出为256比特。",
    "4 功能要求",
    "4.1 密码运算",
    "服务器密码机应支持SM3密码杂凑算法。",
    "4.2 密钥管理",
    "服务器密码机应按照批准的密码杂凑算法计算密钥校验值。",
]


def _read(path: Path, lines: list[str]):
    return read_docx(typed_docx(path, lines))


def test_a_term_run_into_its_english_is_read_as_the_term_and_its_english(tmp_path: Path) -> None:
    """GM/T 0030's scan: "密码杂凑算法cryptographichashalgorithm" (the OCR dropped the space) was taken whole for the
    term's name, so every 密码杂凑算法 of the text held the name its definition declares (又称杂凑算法) and was told
    to use the term (7 judged FALSE over three texts). A bare 杂凑算法 is still told."""
    doc = _read(tmp_path / "a.docx", LINES)
    terms = {t.number: (t.term_zh, t.term_en) for t in doc.terms()}
    assert terms == {"3.1": ("密码杂凑算法", "cryptographichashalgorithm"), "3.2": ("SM3算法", "SM3algorithm")}
    assert [f for f in run_lint(doc) if f.rule == "terms.synonym"] == []
    doc = _read(tmp_path / "b.docx", [*LINES, "4.3 数据完整性", "服务器密码机应使用杂凑算法校验存储的数据。"])
    assert [f.location for f in run_lint(doc) if f.rule == "terms.synonym"] == ["4.3"]


def test_a_name_the_definition_declares_across_a_broken_line_is_read_whole(tmp_path: Path) -> None:
    """GM/T 0037's scan (round 195): "……又称为注册" / "系统。" — the definition's line broken where the page's line
    ended, so the declared name was read as 注册, and every 已经注册的用户 and 注册服务器 was told to use the term (7
    judged FALSE). The name is 注册系统: the verb is left alone, the short name is still told."""
    lines = [*LINES[:9], "3.1", "证书注册系统registrationauthority；RA",
             "证书认证系统的一个组成部分，主要功能是对证书注册流程进行全过程管理，又称为注册", "系统。", *LINES[16:],
             "4.3 用户服务", "应能为已经注册的用户重新签发证书。"]
    doc = _read(tmp_path / "c.docx", lines)
    assert [f for f in run_lint(doc) if f.rule == "terms.synonym"] == []
    doc = _read(tmp_path / "d.docx", [*lines, "4.4 数据备份", "应能实现对注册系统的数据备份。"])
    assert [f.location for f in run_lint(doc) if f.rule == "terms.synonym"] == ["4.4"]


def test_hex_digits_of_a_test_vector_are_no_local_standard(tmp_path: Path) -> None:
    """GB/T 32918.3's annex A (round 196): test vectors in hexadecimal (3D51D33114A453A05791DB635B45F8,
    019D236D DB305009 AD52C51B) were read as local standards DB63 5 and DB30 5009, "cited but not listed" (3 judged
    FALSE). A local standard has its slash (DB11/T 1234—2020), and a code never runs on from a digit; a real one is
    still reported."""
    vectors = ["附录A", "（资料性附录）", "数字签名与验证示例", "A.1 一般要求", "计算tB=（dB+x2·rB）modn：3D51D33114A453A05791DB635B45F8",
               "04  019D236D  DB305009  AD52C51B  B932709B", "参考文献",
               "[1] GB/T 32918.1—2016 信息安全技术 SM2椭圆曲线公钥密码算法 第1部分：总则"]
    doc = _read(tmp_path / "e.docx", [*LINES, *vectors])
    assert [f for f in run_lint(doc) if f.rule == "reference.unlisted-document"] == []
    doc = _read(tmp_path / "f.docx", [*LINES, "4.3 机房", "机房应符合DB11/T 1234—2020的要求。", *vectors])
    assert [f.location for f in run_lint(doc) if f.rule == "reference.unlisted-document"] == ["4.3"]


def test_the_adopted_document_named_again_in_the_deviations_sentence_is_no_citation(tmp_path: Path) -> None:
    """GB/T 36624's 前言 (round 196): after the adoption statement, "本标准与ISO/IEC 19772:2009的技术性差异及其原因如下："
    names the modified international standard again; it was reported "cited but listed nowhere" (judged FALSE). A
    document the 前言 cites for something else is still reported."""
    foreword = ["前言", "本标准按照GB/T 1.1—2009给出的规则起草。",
                "本标准使用重新起草法修改采用ISO/IEC 19772:2009《信息技术 安全技术 可鉴别的加密》。",
                "本标准与ISO/IEC 19772:2009的技术性差异及其原因如下：",
                "——删除了密钥封装机制，以适应我国国情。"]
    bibliography = ["参考文献", "[1] GB/T 32905—2016 信息安全技术 SM3密码杂凑算法"]
    doc = _read(tmp_path / "g.docx", [*foreword, *LINES[2:], *bibliography])
    assert [f for f in run_lint(doc) if f.rule == "reference.unlisted-document"] == []
    doc = _read(tmp_path / "h.docx", [*foreword, "本标准的密钥管理参见ISO/IEC 11770-2:2018。", *LINES[2:],
                                      *bibliography])
    assert [f.location for f in run_lint(doc) if f.rule == "reference.unlisted-document"] == ["前言"]


def test_a_format_of_fields_given_after_its_name_is_no_placeholder(tmp_path: Path) -> None:
    """GB/T 33560's 7.5.5 (round 196): "标签格式：××××××××-×××-×××××（生产日期-批次号-流水号）" shows how many characters
    each field takes; it was reported as a placeholder left unfilled (judged FALSE). An unfilled name is still one."""
    doc = _read(tmp_path / "i.docx", [*LINES, "4.3 标签", "标签格式：××××××××-×××-×××××（生产日期-批次号-流水号）。"])
    assert [f for f in run_lint(doc) if f.rule == "wording.placeholder"] == []
    doc = _read(tmp_path / "j.docx", [*LINES, "4.3 标签", "标签应标明×××公司的名称。"])
    assert [f.location for f in run_lint(doc) if f.rule == "wording.placeholder"] == ["4.3"]


def test_a_typed_item_broken_over_two_lines_is_read_whole(tmp_path: Path) -> None:
    """GM/T 0035.4's scan (round 194): the steps a)–f) after "描述如下：" include items of two sentences, but the OCR
    broke them where the page's line ended (c) ……证书CER_T。 / 如验证通过，……), so the second sentence stood as a line
    of its own, the items looked like one sentence each, and "items end in ；" was reported (5 judged FALSE over three
    texts). A list of one-sentence items ending in 。 is still told."""
    steps = ["4.3 鉴别过程", "鉴别过程描述如下：", "a) 读写器向电子标签发送鉴别请求命令。", "b) 电子标签返回随机数。",
             "c) 读写器验证电子标签证书CER_T。", "如验证通过，读写器计算会话密钥。", "d) 读写器发送确认。"]
    doc = _read(tmp_path / "k.docx", [*LINES, *steps])
    assert [f for f in run_lint(doc) if f.rule == "wording.list-punctuation"] == []
    doc = _read(tmp_path / "l.docx", [*LINES, *steps[:5], *steps[6:]])
    assert [f.location for f in run_lint(doc) if f.rule == "wording.list-punctuation"] == ["4.3"]


def test_a_document_an_informative_annex_uses_is_cited_informatively(tmp_path: Path) -> None:
    """GB/T 32918.2's annex A (round 196, 资料性附录, worked examples): "本附录中，消息采用GB/T 1988给出的编码。" was told
    "applied as a requirement but not in the normative references" (judged FALSE: an informative annex requires
    nothing; the copy's 参考文献 heading, spaced over four lines by the text layer, was not found). The same sentence in
    a normative annex is still told."""
    def annex(kind: str) -> list[str]:
        return ["附录A", kind, "数字签名与验证示例", "A.1 一般要求", "本附录中，消息采用GB/T 1988给出的编码。"]
    doc = _read(tmp_path / "m.docx", [*LINES, *annex("（资料性附录）")])
    assert [f for f in run_lint(doc) if f.rule == "reference.unlisted-document"] == []
    doc = _read(tmp_path / "n.docx", [*LINES, *annex("（规范性附录）")])
    assert [f.location for f in run_lint(doc) if f.rule == "reference.unlisted-document"] == ["A.1"]


def test_items_titling_paragraphs_of_their_own_are_no_list_of_sentences(tmp_path: Path) -> None:
    """GB/T 38629's 7.4.2 (a text layer, round 195's tune text): "a) 协议版本" over "本项描述了……。", "b) 响应类型" over
    its paragraphs: the items are titles, and reading the paragraph into the item before it (as a scan's broken item is
    read) made a list of one-sentence items told to end in ；."""
    lines = [*LINES, "4.3 响应结构", "响应包含以下信息：", "a) 协议版本", "本项描述了响应语法的版本号，当前版本为1。",
             "b) 响应类型", "本项描述了不同业务的响应类型值，", "0~999为保留值。", "c) 响应包", "响应包的结构见表2。"]
    doc = _read(tmp_path / "o.docx", lines)
    assert [f for f in run_lint(doc) if f.rule == "wording.list-punctuation"] == []
