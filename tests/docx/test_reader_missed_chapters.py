"""Unstyled chapters the reader missed, each losing every later chapter (a chapter must count on from the last read):
shapes of real copies with no heading styles (bench/real zzzzzzzj02, T/CAMET 04011.2—2018; n01, GB/T 29871—2013;
zzzzzzzf02, GB/T 36068—2018), found by hand and by a scan of the built drafts, rebuilt as small made-up drafts."""

from __future__ import annotations

from pathlib import Path

from reader_builders import plain_docx

from authoring.docx.read import read_docx

_TOC = ["目  次", "前言 …… II", "1 范围 …… 1", "2 规范性引用文件 …… 1", "3 术语和缩略语 …… 2", "4 接口描述 …… 5",
        "5 报文规范 …… 5", "5.1 接口连接方式 …… 5", "6 测试方法 …… 9"]
_BODY = ["前言", "本文件按照GB/T 1.1—2009给出的规则起草。", "城市轨道交通 CBTC互联互通接口规范", "1 范围",
         "本部分规定了车地通信协议。", "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和缩略语", "3.1 缩略语",
         "ZC: 区域控制器 (Zone Controller)", "VOBC: 车载控制器 (Vehicle On-Board Controller)"]
_AFTER = ["本规范对通用性的互联互通接口数据进行定义，可根据工程项目具体情况进行扩展。", "5 报文规范", "5.1 接口连接方式",
          "VOBC 与 ZC 之间采用冗余网络进行通信。", "6 测试方法", "接口应逐项测试。"]


def test_a_chapter_the_contents_list_is_read_whatever_line_follows_it(tmp_path: Path) -> None:
    """``4 接口描述`` followed by ``轨道`` (a page's running head the conversion left) was no chapter — a chapter
    title must be followed by text or its first subclause — and so 5, 6 … (each must count on from the last) fell
    under 3.1 with everything else: 1,526 characters of 40,749 read for coverage. The 目次 lists ``4 接口描述``: a
    chapter. Without a 目次 the line is still no chapter, but the next, followed by its first subclause, is: one
    heading missed no longer loses the rest of the draft. A numbered line two on from the last chapter with no
    subclause after it (a table row spilled into lines) is still no chapter."""
    doc = read_docx(plain_docx(tmp_path / "a.docx", [*_TOC, *_BODY, "4 接口描述", "轨道", *_AFTER]))
    assert [c.number for c in doc.clauses] == ["1", "2", "3", "4", "5", "6"]
    assert doc.find_clause("5.1") is not None
    doc = read_docx(plain_docx(tmp_path / "b.docx", [*_BODY, "4 接口描述", "轨道", *_AFTER]))
    assert [c.number for c in doc.clauses] == ["1", "2", "3", "5", "6"]
    assert doc.find_clause("5.1") is not None
    doc = read_docx(plain_docx(tmp_path / "c.docx", [*_BODY, "4 接口描述", "轨道", "本规范对接口数据进行定义。",
                                                 "5 端点坐标", "双精度型", "3"]))
    assert [c.number for c in doc.clauses] == ["1", "2", "3"]


def test_a_chapter_whose_title_has_a_dash_is_read_when_the_contents_list_it(tmp_path: Path) -> None:
    """GB/T 36068: ``6 记录头标和数据字段——详细说明`` (a dash in the title) was no chapter title, so chapter 6 and
    everything after fell under 5. The 目次 lists it: a chapter. A dashed line the 目次 does not list is still no
    chapter."""
    toc = ["目  次", "1 范围 …… 1", "2 规范性引用文件 …… 1", "3 术语和定义 …… 2", "4 格式结构 …… 2",
           "5 记录头标和数据字段——详细说明 …… 9"]
    body = ["1 范围", "本标准规定了馆藏格式。", "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义",
            "本文件没有需要界定的术语和定义。", "4 格式结构", "4.1 记录结构", "记录由记录头标和数据字段组成。"]
    tail = ["5 记录头标和数据字段——详细说明", "5.1 记录头标", "记录头标出现在每条记录的开头。"]
    doc = read_docx(plain_docx(tmp_path / "a.docx", [*toc, *body, *tail]))
    assert [c.number for c in doc.clauses] == ["1", "2", "3", "4", "5"]
    assert doc.find_clause("5.1") is not None
    doc = read_docx(plain_docx(tmp_path / "b.docx", [*body, "5 端点——坐标", "双精度型", "3"]))
    assert [c.number for c in doc.clauses] == ["1", "2", "3", "4"]


def test_a_chapter_followed_by_a_subclause_whose_dot_an_ocr_dropped_is_read(tmp_path: Path) -> None:
    """GB/T 29871: ``4 通讯协议`` followed by ``41 传输模式`` (4.1, its dot dropped by the OCR) was no chapter (what
    follows a chapter title must be text or its first subclause), so chapters 4 and 5 fell under 3. A chapter whose
    next line is a numbered row (5 端点 / 50 …) is still no chapter."""
    body = ["1 范围", "本标准规定了数据接口。", "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义",
            "本文件没有需要界定的术语和定义。"]
    doc = read_docx(plain_docx(tmp_path / "a.docx", [*body, "4 通讯协议", "41 传输模式", "仪表应采用主从应答方式通信。",
                                                 "5 仪表类型", "51 仪表类型", "仪表分为电能表和水表。"]))
    assert [c.number for c in doc.clauses] == ["1", "2", "3", "4", "5"]
    doc = read_docx(plain_docx(tmp_path / "b.docx", [*body, "4 端点坐标", "40 双精度型", "3"]))
    assert [c.number for c in doc.clauses] == ["1", "2", "3"]


def test_a_chapter_number_run_into_an_acronym_is_a_chapter(tmp_path: Path) -> None:
    """T/CAMET 04011.5 (zzzzzzd01): ``5CI-CI通信接口报文规范`` (the OCR dropped the space) was no heading, so chapter 5
    and its 27 subclauses fell under 4. A number run into a unit (4GB内存, 5G网络) is still no chapter."""
    body = ["1 范围", "本部分规定了CI间接口。", "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和缩略语",
            "本文件没有需要界定的术语。", "4 总则", "CI间通信应采用冗余网络。"]
    doc = read_docx(plain_docx(tmp_path / "a.docx", [*body, "5CI-CI通信接口报文规范", "5.1 接口连接方式",
                                                 "CI与CI之间采用冗余网络进行通信。"]))
    assert [c.number for c in doc.clauses] == ["1", "2", "3", "4", "5"]
    assert doc.clauses[4].title == "CI-CI通信接口报文规范" and doc.find_clause("5.1") is not None
    doc = read_docx(plain_docx(tmp_path / "b.docx", [*body, "5GB内存的设备", "5.1 接口连接方式", "设备应冗余。"]))
    assert [c.number for c in doc.clauses] == ["1", "2", "3", "4"]


def test_a_chapter_title_whose_number_an_ocr_dropped_is_read_above_its_first_subclause(tmp_path: Path) -> None:
    """GM/T 0038—2014's scan read by OCR (round 193): ``检测内容`` with its ``7`` lost, then ``7.1场地`` — chapter 7,
    two thirds of the text, fell under 6 as paragraphs and every clause of it pointed to 6. A title-like line
    straight above the titled first subclause of the next chapter is that chapter. A sentence there, or a title
    above a subclause of some other chapter, is still text."""
    head = ["检测规范", "1 范围", "本标准规定了密钥管理系统的检测要求。", "2 规范性引用文件", "本文件没有规范性引用文件。",
            "3 术语和定义", "本文件没有需要界定的术语和定义。", "4 检测对象", "检测对象为密钥管理系统。", "5 测试大纲",
            "应编制测试大纲。", "6 检测环境", "产品检测环境为模拟环境。"]
    tail = ["7.1场地", "工程建设应符合要求。", "7.2 网络", "应通过防火墙连接。", "8 检测方法", "逐项检测。"]
    doc = read_docx(plain_docx(tmp_path / "a.docx", [*head, "检测内容", *tail]))
    assert [(c.number, c.title) for c in doc.clauses][-3:] == [("6", "检测环境"), ("7", "检测内容"), ("8", "检测方法")]
    assert doc.find_clause("7.2").title == "网络" and not doc.find_clause("7").run_in
    doc = read_docx(plain_docx(tmp_path / "b.docx", [*head, "检测内容如下。", *tail]))
    assert [c.number for c in doc.clauses][-1] == "6" and doc.find_clause("7.2") is None
    doc = read_docx(plain_docx(tmp_path / "c.docx", [*head, "检测内容", "9.1 场地", "工程建设应符合要求。"]))
    assert [c.number for c in doc.clauses][-1] == "6" and doc.find_clause("9.1") is None


def test_a_chapter_run_into_a_technical_name_and_spaced_out_numbers_are_read(tmp_path: Path) -> None:
    """Two copies of round 194: GM/T 0023's scan prints ``5IPSecVPN网关产品要求`` (a number run into a name with small
    letters among its capitals: not read, so chapters 5-7 were lost under 4.2), and GM/T 0053's text layer spaces its
    numbers out (``5 . 1 体系结构`` was read as chapter 5 titled ". 1 体系结构"). A word run into a number (3Java程序)
    and a quantity (4GB内存) are still no chapter."""
    head = ["网关产品规范", "1 范围", "本标准规定了网关产品的要求。", "2 规范性引用文件", "本文件没有规范性引用文件。",
            "3 术语和定义", "本文件没有需要界定的术语和定义。", "4 密码算法", "4.1 算法", "应使用SM4算法。"]
    doc = read_docx(plain_docx(tmp_path / "a.docx", [*head, "5IPSecVPN网关产品要求", "5.1产品功能要求",
                                                 "应支持隧道模式。", "6 产品检测", "逐项检测。"]))
    assert [(c.number, c.title) for c in doc.clauses][-2:] == [("5", "IPSecVPN网关产品要求"), ("6", "产品检测")]
    assert doc.find_clause("5.1").title == "产品功能要求"
    doc = read_docx(plain_docx(tmp_path / "b.docx", [*head, "5 . 1 体系结构", "5 体系结构", "5 . 1 管理体系",
                                                 "体系由三层组成。", "5 . 2 对设备的基本要求", "设备应支持远程监控。"]))
    assert [(c.number, c.title) for c in doc.find_clause("5").children] == [("5.1", "管理体系"), ("5.2", "对设备的基本要求")]
    doc = read_docx(plain_docx(tmp_path / "c.docx", [*head, "5Java程序", "程序应签名。", "5GB内存", "内存应加密。"]))
    assert [c.number for c in doc.clauses][-1] == "4"


def test_a_fixed_chapter_whose_number_a_two_column_reference_list_took_is_read(tmp_path: Path) -> None:
    """GB 7258—2017's text layer (round 247) set chapter 2's references in two columns, designations then titles, and
    chapter 3's number stood among the designations: 术语和定义 came alone after the titles, and everything after it
    (66,000 characters) fell under chapter 2, four clauses read, 351 characters for coverage. Its 目次 lists the
    chapters' titles apart from their numbers. A chapter GB/T 1.1 fixes, listed there as the next one, is that
    chapter; a line of another title standing so is not."""
    toc = ["目 次", "前言 ……… III", "1", "范围 ……… 1", "2", "规范性引用文件 ……… 1", "3", "术语和定义 ……… 2", "4",
           "整车 ……… 9"]
    body = ["前言", "本标准按照GB/T 1.1—2009给出的规则起草。", "机动车运行安全技术条件", "1", "范围",
            "本标准规定了机动车的整车及主要总成等有关运行安全的基本技术要求。", "2", "规范性引用文件",
            "下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅注日期的版本适用于本文件。",
            "GB 811", "GB 1589", "3", "摩托车乘员头盔", "汽车、挂车及汽车列车外廓尺寸、轴荷及质量限值"]
    after = ["下列术语和定义适用于本文件。", "3.1", "机动车 power-driven vehicle", "由动力装置驱动或牵引，上道路行驶的轮式车辆。",
             "4", "整车", "4.1", "整车标志", "4.1.1 机动车在车身前部外表面的易见部位上应至少装置一个商标或厂标。",
             "4.1.2 机动车应具有唯一的车辆识别代号。"]
    doc = read_docx(plain_docx(tmp_path / "a.docx", [*toc, *body, "术语和定义", *after]))
    assert [(c.number, c.title) for c in doc.clauses] == [
        ("1", "范围"), ("2", "规范性引用文件"), ("3", "术语和定义"), ("4", "整车")]
    unlisted = read_docx(plain_docx(tmp_path / "b.docx", [*toc, *body, "车辆分类", *after]))
    assert "车辆分类" not in [c.title for c in unlisted.clauses]


def test_a_chapter_1_titled_shiyong_fanwei_is_the_scope(tmp_path: Path) -> None:
    """HJ 589—2021 (round 249), as the ecological-environment standards title their scope: 1 适用范围, unstyled, in a
    draft whose 前言 comes first. It was read as the 前言's last paragraphs (the draft then had no scope and its 2
    规范性引用文件 was "chapter 2 where chapter 1 is due", judged FALSE blind)."""
    lines = ["前言", "为贯彻《中华人民共和国环境保护法》，制定本标准。", "本标准由生态环境部解释。", "突发环境事件应急监测技术规范",
             "1 适用范围", "本标准规定了突发环境事件应急监测的技术要求。", "2 规范性引用文件", "本标准引用了下列文件或其中的条款。",
             "HJ 1155 辐射事故应急监测技术规范", "3 术语和定义", "下列术语和定义适用于本标准。", "4 工作原则",
             "应急监测应及时、准确。"]
    doc = read_docx(plain_docx(tmp_path / "hj.docx", lines))
    assert [(c.number, c.title) for c in doc.clauses][:2] == [("1", "适用范围"), ("2", "规范性引用文件")]
    assert "本标准规定了突发环境事件应急监测的技术要求。" not in [b.text for b in doc.foreword.blocks]


def test_a_chapter_whose_number_the_text_layer_set_after_its_title_is_read(tmp_path: Path) -> None:
    """GB 26132—2010's text layer (round 258) sets some chapters' numbers on the line after their titles (术语和定义 / 3
    / 下列术语和定义适用于本标准。, 污染物排放控制要求 / 4 / 水污染物排放控制要求 / 4.1 / 4.1.1): chapters 3-6 all fell
    under 2 as its text, and coverage read nothing. A title the 目次 lists, with the next chapter's number alone on the
    next line, is that chapter, its number line no text; a subclause's title set just before its number alone is its
    title, not its chapter's hanging text. The same title with no number after it, or a number that does not count on,
    is not a chapter."""
    toc = ["目  次", "前言 …… iii", "1 适用范围 …… 1", "2 规范性引用文件 …… 1", "3 术语和定义 …… 2",
           "4 污染物排放控制要求 …… 3", "5 实施与监督 …… 8"]
    head = ["前言", "本标准为首次发布。", "1 适用范围", "本标准规定了硫酸工业企业的排放限值。", "2 规范性引用文件",
            "本标准内容引用了下列文件或其中的条款。", "GB/T 6920—1986 水质 pH 值的测定 玻璃电极法"]
    tail = ["下列术语和定义适用于本标准。", "3.1", "现有企业 existing facility", "本标准实施之日前已建成投产的企业。",
            "污染物排放控制要求", "4", "水污染物排放控制要求", "4.1", "4.1.1",
            "现有企业执行表 1 规定的水污染物排放限值。", "5 实施与监督", "本标准由环境保护行政主管部门负责监督实施。"]
    doc = read_docx(plain_docx(tmp_path / "a.docx", [*toc, *head, "术语和定义", "3", *tail]))
    assert [(c.number, c.title) for c in doc.clauses] == [
        ("1", "适用范围"), ("2", "规范性引用文件"), ("3", "术语和定义"), ("4", "污染物排放控制要求"), ("5", "实施与监督")]
    four = doc.find_clause("4")
    assert four is not None and four.blocks == [] and [c.title for c in four.children] == ["水污染物排放控制要求"]
    assert all(getattr(b, "text", "") != "3" for b in doc.find_clause("3").blocks)
    doc = read_docx(plain_docx(tmp_path / "b.docx", [*toc, *head, "术语和定义", "", *tail]))
    assert [c.number for c in doc.clauses] == ["1", "2"]


def test_dotted_chapters_opening_with_the_customary_scope_title_are_read(tmp_path: Path) -> None:
    """DB44/ 1837—2016 (round 261) numbers its chapters 1. 适用范围, 2. 规范性引用文件 …: dotted chapters were read only
    as a run that opens with 1. 范围, so the whole standard was read as no GB/T 1.1 draft (31 outline places, no rules
    applied). 1. 适用范围 opens such a run too; a dotted 1. that names another title is still a list's item."""
    body = ["集装箱制造业挥发性有机物排放标准", "前 言", "本标准按照GB/T 1.1—2009给出的规则起草。", "1. 适用范围",
            "本标准规定了集装箱制造涂装生产线的排放限值。", "2. 规范性引用文件", "本标准内容引用了下列文件或其中的条款。",
            "GB 16297 大气污染物综合排放标准", "3. 术语和定义", "下列术语和定义适用于本标准。", "4. 排放控制要求",
            "企业应按表 1 控制排放。"]
    doc = read_docx(plain_docx(tmp_path / "a.docx", body))
    assert doc.metadata.structure == "gbt" and [c.number for c in doc.clauses] == ["1", "2", "3", "4"]
    listed = [*body[:3], "1. 工作目标", "完成清理。", "2. 工作要求", "按时完成。"]
    assert read_docx(plain_docx(tmp_path / "b.docx", listed)).metadata.structure != "gbt"


def test_numbers_set_in_full_width_digits_with_a_private_use_dot_are_read(tmp_path: Path) -> None:
    """GB 21902—2008 and GB 18466—2005 as their publisher's PDFs give them: full-width digits, the dot of every
    subclause number a private-use character a font left unmapped (``４ \\ue010 １ 水污染物排放控制要求``,
    ``４\\ue010１ 污水排放要求``) and annexes lettered full-width (``附录 Ａ（资料性附录）``). Each ``４ … １`` was read as
    another chapter 4, so none was, and everything after chapter 3 fell under it: coverage read nothing. A private-use
    character between a number and its text, or inside the text, is no dot."""
    body = ["１ 范围", "本标准规定了排放限值。", "２ 规范性引用文件", "本标准内容引用了下列文件。", "３ 术语和定义",
            "下列术语和定义适用于本标准。", "３ \ue010 １ 合成革", "指以人工合成方式制成的材料。",
            "４ 污染物排放控制要求", "４ \ue010 １ 水污染物排放控制要求",
            "４ \ue010 １ \ue010 １ 自 ２００９ 年 １ 月 １ 日起，现有企业执行表 １ 规定的限值。",
            "４\ue010２ 大气污染物排放控制要求", "４\ue010２\ue010１ 企业应按规定监测。", "５ 污染物监测要求",
            "５ \ue010１ 采样点应设在排放口。", "附录 Ａ（资料性附录） 废气收集要求", "Ａ\ue010１ 总则", "废气应收集处理。"]
    doc = read_docx(plain_docx(tmp_path / "a.docx", body))
    assert [c.number for c in doc.clauses] == ["1", "2", "3", "4", "5"]
    assert doc.find_clause("4.1.1") is not None and doc.find_clause("4.2.1") is not None
    assert doc.find_clause("5.1") is not None
    assert [a.letter for a in doc.annexes] == ["A"] and doc.find_clause("A.1") is not None
    doc = read_docx(plain_docx(tmp_path / "b.docx", ["１ 范围", "本标准规定了排放限值。", "２ \ue010 总则",
                                                     "２ 规范性引用文件", "本标准内容引用了下列文件。"]))
    assert [c.number for c in doc.clauses] == ["1", "2"]


_SHAANXI = ["车联网平台数据共享技术规范", "1 范围", "本标准规定了车联网平台数据共享服务的技术要求。", "2 规范性引用文件",
            "下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅所注日期的版本适用于本文件。", "GB/T35273-2017 信息安全技术 个人信息安全管理规范"]
_SHAANXI_AFTER = ["下列术语和定义适用于本文件", "3.1 车联网服务 service of internet of vehicle", "依托信息通信技术提供的综合信息服务。",
                  "4 概述", "本标准规定车联网平台数据共享的要求。", "5 车联网数据类型", "5.1 概述", "车联网数据分为四类。",
                  "5.2 属性类数据", "车辆的属性数据。", "6 安全要求", "6.1 总体要求", "平台应建立数据安全管理制度。"]


def test_chapter_3_titled_terms_space_definitions_and_two_missed_chapters_lose_nothing(tmp_path: Path) -> None:
    """3 术语 定义 over a lead-in without its full stop was no chapter, and 4 概述 (followed by text) and 5 (two past the
    last chapter read) with it: a Shaanxi local standard's chapters 3-7 all fell under chapter 2, and coverage read
    nothing (round 275). 术语 定义 is the terms chapter; where two chapters were missed, the next followed straight by
    its titled first subclause is one."""
    doc = read_docx(plain_docx(tmp_path / "a.docx", [*_SHAANXI, "3 术语 定义", *_SHAANXI_AFTER]))
    assert [c.number for c in doc.clauses] == ["1", "2", "3", "4", "5", "6"]
    assert len(list(doc.terms())) == 1
    doc = read_docx(plain_docx(tmp_path / "b.docx", [*_SHAANXI, "3 名词解释", *_SHAANXI_AFTER]))
    assert [c.number for c in doc.clauses] == ["1", "2", "5", "6"]
    table = read_docx(plain_docx(tmp_path / "c.docx", [*_SHAANXI, "5 端点北坐标 双精度型", "8", "5.1 坐标", "数值"]))
    assert [c.number for c in table.clauses] == ["1", "2"]


_ARCHIVES = ["电子档案单套管理一般要求", "1 范围", "本文件规定了电子档案单套管理的总体原则和要求。", "2 规范性引用文件",
             "本文件没有规范性引用文件。", "3 术语和定义", "本文件没有需要界定的术语和定义。", "4 总体原则和要求", "4.",
             "1 整体系统原则", "电子档案单套管理应统筹规划。", "4.", "2 来源可靠原则", "电子文件应来源可靠。", "5 前置性条件",
             "开展电子档案单套管理，应首先满足以下前置性条件。", "6 制度建设要求", "6.", "1 应建立相应的管理制度。", "6.",
             "2 管理制度名称宜参照附录 A 的表 A.", "1 制定。", "7 系统建设要求", "7.", "1 办公自动化系统", "7.", "1.",
             "1 应具备电子文件流转功能。", "7.", "1.", "2 应具备归档功能。"]


def test_numbers_a_text_layer_broke_after_their_dots_are_joined(tmp_path: Path) -> None:
    """4. / 1 整体系统原则 and 7. / 1. / 1 应具备……: a PDF's text layer broke every subclause number after a dot (DA/T 92—2022
    and its four neighbours, round 276, and five earlier standards, GB 17761—2018 among them, 8 → 121 clauses), so they
    were read as chapters with no subclauses, and 4. / 5 安全管理原则 as a chapter 5. Joined, the numbers are the
    clauses. A reference broken the same way (表 A. / 1 制定) where no clause A.1 can stand is left as text."""
    doc = read_docx(plain_docx(tmp_path / "a.docx", _ARCHIVES))
    assert [c.number for c in doc.iter_clauses()] == ["1", "2", "3", "4", "4.1", "4.2", "5", "6", "6.1", "6.2", "7", "7.1",
                                                      "7.1.1", "7.1.2"]
    assert doc.find_clause("4.1").title == "整体系统原则"
    assert "1 制定。" in " ".join(b.text for b in doc.find_clause("6.2").blocks)


def test_a_reference_a_text_layer_broke_after_its_dots_is_no_clause(tmp_path: Path) -> None:
    """7 电子会计凭证组卷及排列要求 / ……应符合 DA/T94—2022 中 8. / 4. / 2 和 8. / 4. / 3 的规定。 (DA/T 95—2022's text layer, round
    276): the reference's pieces were joined into a clause 4.2 titled 和 8., and chapter 7, whose only line ends on the cut
    reference, was lost. The line before a broken number that ends on a number's first part is a reference cut, and a
    chapter whose text so ends is a chapter."""
    lines = [*_ARCHIVES[:-9], "7 组卷要求", "电子档案的组卷应符合 DA/T94—2022 中 8.", "4.", "2 和 8.", "4.", "3 的规定。",
             "8 系统建设要求", "8.", "1 办公自动化系统", "8.", "1.", "1 应具备电子文件流转功能。"]
    doc = read_docx(plain_docx(tmp_path / "a.docx", lines))
    assert [c.number for c in doc.iter_clauses()][-6:] == ["6.1", "6.2", "7", "8", "8.1", "8.1.1"]
    assert doc.find_clause("7").title == "组卷要求"
