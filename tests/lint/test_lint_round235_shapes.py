"""False alarms found on round 235's unseen standards (bench/real zzzzzzzzza: two JT/T positioning protocols of 2011, the
SL 651 hydrological protocol draft, the GB/T 28181—2022 报批稿), judged blind, each rebuilt as a small made-up draft of
the same shape beside a case that must stay as it was."""

from __future__ import annotations

from pathlib import Path

from lint_docs import read_typed, told_at

SPEC = ["GB/T 28181—2022", "公共安全视频监控联网系统信息传输、交换、控制技术要求", "前言", "本文件按照GB/T 1.1—2020的规定起草。",
        "1 范围", "本文件规定了公共安全视频监控联网系统的信息传输、交换、控制技术要求。", "2 规范性引用文件",
        "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。", "GA/T 380 全国公安机关机构代码编制规则", "3 术语和定义",
        "本文件没有需要界定的术语和定义。", "4 要求", "设备应按附录A的规定上报目录。"]


def _numbers(doc) -> list[str]:  # noqa: ANN001
    return [c.number for c in doc.clauses]


def test_a_fixed_chapter_typed_with_a_list_number_is_the_chapter(tmp_path: Path) -> None:
    """JT/T 808—2011's 报批稿 types its first chapter "1、范围" and the next "2 规范性引用文件": chapter 1 was not read, so
    chapters 2 and 3 were reported out of order (judged FALSE). A 1、 before another title is a list's item, as before."""
    head = ["JT/T 808—2011", "道路运输车辆卫星定位系统 终端通讯协议及数据格式", "前言", "本标准按照GB/T 1.1—2009给出的规则起草。"]
    rest = ["2 规范性引用文件", "下列文件对于本文件的应用是必不可少的。", "GB/T 2260 中华人民共和国行政区划代码", "3 术语和定义、缩略语",
            "下列术语和定义适用于本文件。", "4 协议基础", "4.1 通信方式", "终端与平台之间采用TCP或UDP通信。"]
    doc = read_typed(tmp_path / "a.docx", [*head, "1、范围", "本标准规定了终端与平台之间的通讯协议。", *rest])
    assert _numbers(doc) == ["1", "2", "3", "4"]
    assert told_at(doc, "structure.element-order") == []
    doc = read_typed(tmp_path / "b.docx", [*head, "1 范围", "本标准规定了终端与平台之间的通讯协议。", *rest[:-1],
                                            "1、终端上线；", "2、平台应答。"])
    assert _numbers(doc) == ["1", "2", "3", "4"]


def test_a_table_named_before_its_number_is_no_clause(tmp_path: Path) -> None:
    """SL 651's draft: 时间步长码取值范围应按表C.2的规定执行 names table C.2 of annex C, which has no clause C.2 (judged FALSE
    as a reference to a missing clause). A bare C.2 with no such clause is still reported."""
    annex = ["附录C", "（规范性附录）", "时间步长码", "表C.1 要素标识符", "标识符  含义", "表C.2 时间步长码取值范围", "D  日",
             "表C.3 时间步长码数据结构", "H  小时"]
    doc = read_typed(tmp_path / "a.docx", [*SPEC, "时间步长码取值范围应按表C.2的规定执行。", *annex])
    assert told_at(doc, "reference.dangling-clause") == []
    doc = read_typed(tmp_path / "b.docx", [*SPEC, "时间步长码取值范围应按C.2的规定执行。", *annex])
    assert told_at(doc, "reference.dangling-clause") == ["4"]


def test_a_markup_comment_cut_over_two_lines_cites_and_refers(tmp_path: Path) -> None:
    """GB/T 28181—2022's annexes cite GA/T 380 in an XML sample's comment cut over two lines (<!-- 组织机构代码应符 /
    合GA/T 380规定。-->) and refer to annex O in another (<!-- 采用附录O中的规定。-->): both judged FALSE as never cited,
    never referred to. Named by a sample's element alone, the document stays uncited and the annex unreferred."""
    annex_a = ["附录A", "（规范性）", "目录查询", "A.1 查询应答", "<Item>", "<!-- 组织机构代码应符", "合GA/T 380规定。-->",
               "<!-- 摄像机采集部位类型。采用附录O中的规定。-->", "<PositionType>1</PositionType>", "</Item>"]
    annex_o = ["附录O", "（规范性）", "摄像机采集部位类型代码", "O.1 代码", "1 社会治安"]
    doc = read_typed(tmp_path / "a.docx", [*SPEC, *annex_a, *annex_o])
    assert told_at(doc, "reference.uncited-normative") == []
    assert told_at(doc, "reference.unreferenced-annex") == []
    plain = ["附录A", "（规范性）", "目录查询", "A.1 查询应答", "<Item>", "<Std>GA/T 380</Std>", "<Annex>附录O</Annex>",
             "<PositionType>1</PositionType>", "</Item>"]
    doc = read_typed(tmp_path / "b.docx", [*SPEC, *plain, *annex_o])
    assert told_at(doc, "reference.uncited-normative") == ["2"]
    assert told_at(doc, "reference.unreferenced-annex") == ["附录O"]


def test_a_to_do_inside_an_identifier_is_no_placeholder(tmp_path: Path) -> None:
    """JT/T 809—2011 names its messages UP_WARN_MSG_URGE_TODO_ACK (报警督办, urge to-do), once with the PDF's spaces:
    no placeholder (judged FALSE twice). A TODO standing alone is one."""
    body = "上级平台向下级平台发送报警督办请求消息，子业务类型标识：DOWN_WARN_MSG_URGE_TODO_REQ。"
    spaced = "下级平台应答报警督办请求消息，子业务类型标识：UP_WARN_ MSG_ URGE_ TODO_ ACK。"
    doc = read_typed(tmp_path / "a.docx", [*SPEC, body, spaced, *["附录A", "（规范性）", "目录", "A.1 查询"]])
    assert told_at(doc, "wording.placeholder") == []
    doc = read_typed(tmp_path / "b.docx", [*SPEC, body, "报警督办的应答时限 TODO。", *["附录A", "（规范性）", "目录", "A.1 查询"]])
    assert told_at(doc, "wording.placeholder") == ["4"]
