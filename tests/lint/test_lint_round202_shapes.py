"""False alarms and misreadings found on round 202's unseen standards (bench/real zzzzzzzt: technical standards of
xueqing/GB-Doc), each rebuilt as a small made-up draft of the same shape beside a case that must stay as it was."""

from __future__ import annotations

from pathlib import Path

from authoring.lint import run_lint
from lint_docs import read_typed, told_at

HEAD = ["GB/T 19582.3—2008", "基于Modbus协议的工业自动化网络规范 第3部分：Modbus协议在TCP/IP上的实现指南", "目  次",
        "前言", "1 范围", "2 客户机/服务器模型", "3 规范性引用文件", "4 缩略语", "5 背景概要", "5.1 协议描述",
        "6 功能描述", "前言", "GB/T 19582分为三个部分。"]
BODY = ["1 范围", "本部分给出了Modbus协议在TCP/IP上的实现指南。", "2 客户机/服务器模型", "Modbus消息服务提供客户机/服务器通信。",
        "3 规范性引用文件", "下列文件中的条款通过本部分的引用而成为本部分的条款。", "GB/T 19582.1—2008 Modbus应用协议"]


def _numbers(doc) -> list[str]:  # noqa: ANN001
    return [c.number for c in doc.clauses]


def test_a_chapter_title_the_toc_lists_is_read_though_its_number_is_lost(tmp_path: Path) -> None:
    """GB/T 19582.3's scan: "背景概要" above 5.1, its 5 lost (and 4 缩略语 read as "A 缩略语") — chapters 4-7 fell under 3,
    the normative references, and coverage read 576 of 25,883 characters. A title the draft's own 目次 lists as the next
    chapter or the one after it, its first titled subclause straight after it, is that chapter; so is one whose number
    an OCR read as a letter."""
    chapters = ["A 缩略语", "ADU(Application Data Unit)  应用数据单元", "背景概要", "5.1 协议描述",
                "Modbus协议定义了一个简单的协议数据单元。", "6 功能描述", "本章描述Modbus组件结构模型。"]
    doc = read_typed(tmp_path / "a.docx", [*HEAD, *BODY, *chapters])
    assert _numbers(doc) == ["1", "2", "3", "5", "6"]
    assert doc.clauses[3].title == "背景概要"
    chapters = ["3.1 术语", "A 缩略语", "4.1 应用数据单元", "ADU(Application Data Unit)  应用数据单元", "5 背景概要"]
    doc = read_typed(tmp_path / "b.docx", [*HEAD, *BODY, *chapters])
    assert _numbers(doc) == ["1", "2", "3", "4", "5"]


def test_a_listed_title_out_of_its_place_stays_text(tmp_path: Path) -> None:
    """The same words where the 目次 does not put the next chapter (背景概要 after chapter 6; 缩略语 as a line under 5.1), or
    with no subclause of it after them (a table's head cell that repeats chapter 5's title), are no heading."""
    chapters = ["4 缩略语", "ADU  应用数据单元", "5 背景概要", "5.1 协议描述", "缩略语", "Modbus协议定义了一个简单的协议数据单元。",
                "6 功能描述", "背景概要", "本章描述Modbus组件结构模型。"]
    doc = read_typed(tmp_path / "c.docx", [*HEAD, *BODY, *chapters])
    assert _numbers(doc) == ["1", "2", "3", "4", "5", "6"]
    doc = read_typed(tmp_path / "d.docx", [*HEAD, *BODY, "4 缩略语", "表1 缩略语表", "背景概要", "ADU  应用数据单元"])
    assert _numbers(doc) == ["1", "2", "3", "4"]


SPEC = ["GB/T 28181—2016", "公共安全视频监控联网系统信息传输、交换、控制技术要求", "前言", "本标准按照GB/T 1.1—2009给出的规则起草。",
        "本标准代替GB/T 28181—2011，与GB/T 28181—2011相比，主要技术变化如下：", "1 范围",
        "本标准规定了公共安全视频监控联网系统的信息传输、交换、控制技术要求。", "2 规范性引用文件",
        "下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅注日期的版本适用于本文件。",
        "GA/T 647—2006 视频安防监控系统前端设备控制协议V1.0", "3 术语和定义", "本标准没有需要界定的术语和定义。", "4 要求"]


def test_a_spaced_out_compound_is_no_modal(tmp_path: Path) -> None:
    """GB/T 28181's 前言 as pdftotext gave it, a character at a time: 查 询 参 数、应 答 参 数 — 应答 (a response), not 应
    (judged FALSE). A spaced-out 应 before a verb is still the modal."""
    change = "——增加了设 备 目 录 查 询 部 分 查 询 参 数、应 答 参 数 及 处 理 要 求；"
    body = ["设备应符合GA/T 647—2006的规定。"]
    doc = read_typed(tmp_path / "a.docx", [*SPEC[:5], change, *SPEC[5:], *body])
    assert told_at(doc, "wording.requirement-in-informative") == []
    doc = read_typed(tmp_path / "b.docx", [*SPEC[:5], "——设 备 应 记 录 日 志；", *SPEC[5:], *body])
    assert told_at(doc, "wording.requirement-in-informative") == ["前言"]


def test_a_byte_tables_open_values_and_a_markup_samples_value_are_no_placeholders(tmp_path: Path) -> None:
    """GB/T 28181's annex A command tables as pdftotext left them, a cell a line (1 / 20H / ×× / ×× / 0H~FH): ×× is "any
    value" (judged FALSE, here and in GB/T 28181—2011 as one line); and <Name>XXX</Name> in a message example is the
    example's value. An ×× in running text is still a placeholder."""
    rows = ["表1 PTZ指令", "1", "20H", "××", "××", "0H~FH", "2  10H  ××  0H~FH", "3", "08H", "00H~FFH", "××", "×",
            "云台以字节6给出的速度值向左方向运动", "4", "42H", "00H~FFH", "××", "0H",
            "设备应符合GA/T 647—2006的规定。", "<Item>", "<Name>XXX</Name>", "</Item>"]
    doc = read_typed(tmp_path / "a.docx", [*SPEC, *rows])
    assert told_at(doc, "wording.placeholder") == []
    doc = read_typed(tmp_path / "b.docx", [*SPEC, *rows, "设备应由××负责管理。"])
    assert [f.excerpt for f in run_lint(doc) if f.rule == "wording.placeholder"] == ["设备应由××负责管理。"]


def test_what_a_when_clause_names_and_what_logic_would_give_are_no_requirements(tmp_path: Path) -> None:
    """GB/T 7408: 当必须或希望表示……时，它用以标识…… (a case, not a requirement) and a note's 该表示法在逻辑上应是[--DDD]
    (what the form would be in logic); GB/T 19714's note 交叉证书的签发可以是相互的（但并非必须这样做）(optional). All
    judged FALSE. 必须 as a requirement, and a note's 应, are still reported."""
    body = ["当必须或希望表示诸如该日时间之类的表达式时，它用以标识当地时间表示法的开始。", "设备应符合GA/T 647—2006的规定。",
            "注1：该表示法在逻辑上应是[--DDD]，但是第一个连字符是多余的，因而省略。",
            "注2：交叉证书的签发可以是相互的（但并非必须这样做）。"]
    doc = read_typed(tmp_path / "a.docx", [*SPEC, *body])
    assert [f.excerpt for f in run_lint(doc) if f.rule == "wording.modal-form"] == [body[3][3:]]  # (并非必须: 不必)
    assert told_at(doc, "wording.requirement-in-informative") == []
    doc = read_typed(tmp_path / "b.docx", [*SPEC, *body[:3], "设备必须记录日志。", "注：设备应保存日志。"])
    assert [f.excerpt for f in run_lint(doc) if f.rule == "wording.modal-form"] == ["设备必须记录日志。"]
    assert len(told_at(doc, "wording.requirement-in-informative")) == 1


def test_a_document_cited_in_a_markup_comment_is_cited(tmp_path: Path) -> None:
    """GA/T 669.5's annex A cites GA/T 647 only in an XML sample's comment (<!-- 控制码应符合GA/T647--2006中3.2的表1中的规定
    -->: judged FALSE as "never cited"). Named by the sample's elements alone, it is still uncited."""
    sample = ["<Control>", "<!--  球机/云台控制命令（可选，控制码应符合GA/T647--2006中3.2的表1中的规定）-->", "<PTZCmd>A50F01</PTZCmd>",
              "</Control>"]
    doc = read_typed(tmp_path / "a.docx", [*SPEC, "设备控制命令如下：", *sample])
    assert told_at(doc, "reference.uncited-normative") == []
    doc = read_typed(tmp_path / "b.docx", [*SPEC, "设备控制命令如下：", sample[0], "<Std>GA/T 647—2006</Std>", *sample[2:]])
    assert told_at(doc, "reference.uncited-normative") == ["2"]


def test_a_message_flows_arrows_are_no_list_items(tmp_path: Path) -> None:
    """GB/T 19714 7.2.8 draws a message flow with dashes (----req --->, ---- resp --->>, <--- rep ----): no list items
    with odd markers (judged FALSE). The same lines as text with dashes for marks are still reported."""
    lead = ["4.1 消息流", "过程如下：", "a）EE产生请求；", "b）RA验证请求；",
            "c）让EE在CertReqMessages和CertRepMessage之间参与挑战一响应协议（参照下文）。完整的协议如下所示", "（注意req不一定要封装）：",
            "EE  RA  CA"]
    flow = ["----req --->", "<--- chall ---", "---- resp --->>", "--- req--->", "<--- rep ----", "---- conf --->"]
    doc = read_typed(tmp_path / "a.docx", [*SPEC, "设备应符合GA/T 647—2006的规定。", *lead, *flow])
    assert told_at(doc, "numbering.list-marker") == []
    marks = ["----req 请求", "<--- chall ---", "---- resp 响应", "--- req 请求", "<--- rep ----", "---- conf 确认"]
    doc = read_typed(tmp_path / "b.docx", [*SPEC, "设备应符合GA/T 647—2006的规定。", *lead, *marks])
    assert told_at(doc, "numbering.list-marker") == ["4.1"]


def test_an_xml_comments_delimiters_are_no_chinese_punctuation(tmp_path: Path) -> None:
    """GB/T 28181—2011's and GA/T 669.5's message examples as scans read them: （!--   命令类型：设备控制（必选）--) and
    <！--  查询请求的应答信息--） — the ! and the brackets are the comment's (judged FALSE). A half-width mark in the
    comment's Chinese is still reported."""
    sample = ["设备控制命令如下：", "（!--   命令类型：设备控制（必选）--)", "<CmdType>DeviceControl</CmdType>",
              "<！--  查询请求的应答信息，如下面5种应答--）", "<!  图片路径--)"]
    doc = read_typed(tmp_path / "a.docx", [*SPEC, "设备应符合GA/T 647—2006的规定。", *sample])
    assert told_at(doc, "wording.ascii-punctuation") == []
    doc = read_typed(tmp_path / "b.docx", [*SPEC, "设备应符合GA/T 647—2006的规定。", *sample,
                                            "（!--  执行结果标志(必选),取值见表1--)"])
    assert len(told_at(doc, "wording.ascii-punctuation")) == 1


def test_a_name_format_beside_a_date_template_is_no_placeholder(tmp_path: Path) -> None:
    """JT/T 1078 names its files YYYYMMDD - HHMMSS - NXX. XXXXXX - EXXX. XXXXXX (a date, a time, a latitude and a
    longitude): X stands for a digit of the format (judged FALSE). An X-run in prose is still a placeholder."""
    body = ["设备应符合GA/T 647—2006的规定。", "文件名格式：YYYYMMDD - HHMMSS - NXX. XXXXXX - EXXX. XXXXXX"]
    doc = read_typed(tmp_path / "a.docx", [*SPEC, *body])
    assert told_at(doc, "wording.placeholder") == []
    doc = read_typed(tmp_path / "b.docx", [*SPEC, *body, "本标准由XXX负责解释。"])
    assert [f.excerpt for f in run_lint(doc) if f.rule == "wording.placeholder"] == ["本标准由XXX负责解释。"]


def test_a_table_named_in_chapter_2_by_a_misread_copy_is_named(tmp_path: Path) -> None:
    """JT/T 1078's text layer scattered its chapter numbers, so its body's 见表 1 and 见附录 A fell under chapter 2 and
    every table was "never referred to" (8 judged FALSE). A table nobody names is still reported."""
    body = ["音视频参数设置，描述见表 1。", "表1 音视频参数", "参数ID  描述", "0x0075  音视频参数设置",
            "表2 通道参数", "参数ID  描述", "0x0076  通道列表"]
    doc = read_typed(tmp_path / "a.docx", [*SPEC[:9], *body])
    assert "表1" not in told_at(doc, "reference.unreferenced-table")
    assert "表2" in told_at(doc, "reference.unreferenced-table")
