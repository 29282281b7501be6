"""A text whose Chinese an OCR set apart word by word (服 务 规 范: the page texts of a library, rounds 205-206) is read
as the text itself, and says so; a draft whose only spaces between Chinese characters are a heading's (前  言) or a slip
is read as it is written."""

from __future__ import annotations

from pathlib import Path

from lint_docs import read_typed, typed_docx

from authoring.check import check_file
from authoring.checklist import load_packs
from authoring.lint import run_lint

#: A GB/T 1.1—2009 standard as such an OCR gave it: every word apart, 一 for the dash of the drafting basis.
SPACED = ["GB 5768.5 一 2017", "道路 交通 标志 和 标 线 第 5 部 分 :限制 速度", "前 言",
          "本 部 分 按照 GB/T 1.1 一 2009 给 出 的 规则 起 草 。", "1 范围",
          "GB 5768 的 本 部 分 规定 了 道路 上 限制 速度 标志 和 标 线 的 一 般 要 求 和 使 用 。", "2 规范 性 引用 文件",
          "下 列 文件 对 于 本 文件 的 应 用 是 必 不 可 少 的 。 凡 是 注 日 期 的 引用 文件 , 仅 注 日 期 的 版 本 适用 于 本 文 件 。",
          "GB 5768.3 道路 交通 标志 和 标 线 第 3 部 分 :道路 交通 标 线", "3 术语 和 定义",
          "下 列 术 语 和 定 义 适 用 于 本 文 件 。", "4 一 般 规定",
          "4.1 限制 速度 的 设置 应 进行 交通 工程 论证 , 并 经 公安 机关 交通 管理 部门 认可 。",
          "4.2 设置 的 路 面 限 速 标 记 应 符合 GB 5768.3 的 要 求 。",
          "4.3 限制 速度 标志 应 设置 在 限 速 路段 的 起 点 , 并 在 路段 内 适当 位置 重复 设置 。",
          "4.4 限制 速度 值 应 根据 道路 设计 速度 、 运行 速度 、 交通 事故 情况 和 道路 环境 等 因素 综合 确定 。",
          "4.5 道路 条件 或 交通 状况 发生 变化 时 , 应 对 限制 速度 值 重新 进行 论证 , 必要 时 予以 调整 。",
          "4.6 学校 、 医院 、 居民区 等 行人 较多 的 路段 , 宜 设置 较 低 的 限制 速度 值 , 并 设置 相应 的 警告 标志 。"]


def test_a_text_set_apart_word_by_word_is_read_without_the_spaces(tmp_path: Path) -> None:
    doc = read_typed(tmp_path / "a.docx", SPACED)
    assert doc.metadata.spaced_out
    assert [(c.number, c.title) for c in doc.clauses][:4] == [("1", "范围"), ("2", "规范性引用文件"),
                                                               ("3", "术语和定义"), ("4", "一般规定")]
    assert doc.metadata.rules == "GB/T 1.1—2009"  # (GB/T 1.1 一 2009: an OCR's 一 for the dash)
    assert "限制速度的设置应进行交通工程论证" in doc.plain_text()
    # the standard cited in 4.2 is the one chapter 2 lists: no finding says it is unlisted
    assert not [f for f in run_lint(doc) if f.rule == "reference.unlisted-document"]


def test_the_report_says_the_spaces_were_taken_out(tmp_path: Path) -> None:
    result = check_file(typed_docx(tmp_path / "a.docx", SPACED), load_packs()["excellence-guide"])
    assert "spaced-out" in {code for code, _, _ in result.document.notices()}


def test_a_draft_with_a_spaced_heading_is_read_as_written(tmp_path: Path) -> None:
    """A draft's own 前  言 and one stray space (平 整度) stay: the rules that report such a slip still see it."""
    lines = ["T/XX 1—2024", "养老机构服务规范", "前  言", "本文件按照GB/T 1.1—2020《标准化工作导则  第1部分：标准化文件的结构和"
             "起草规则》的规定起草。", "1 范围", "本文件规定了养老机构服务的基本要求、服务内容和服务评价。", "2 规范性引用文件",
             "本文件没有规范性引用文件。", "3 术语和定义", "本文件没有需要界定的术语和定义。", "4 基本要求",
             "4.1 机构应建立员工培训制度，新员工上岗前应接受岗前 培训。", "4.2 机构应对投诉在24小时内响应。"]
    doc = read_typed(tmp_path / "a.docx", lines)
    assert not doc.metadata.spaced_out
    assert "岗前 培训" in doc.plain_text()


def test_a_chapter_title_set_out_a_character_at_a_time_has_its_role(tmp_path: Path) -> None:
    """规 范 性 引 用 文 件 in a draft not otherwise spaced is chapter 2 all the same: what it lists is listed."""
    lines = ["T/XX 1—2024", "养老机构服务规范", "前言", "本文件按照GB/T 1.1—2020的规定起草。", "1 范围",
             "本文件规定了养老机构服务的基本要求。", "2 规 范 性 引 用 文 件", "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。",
             "GB/T 35796 养老机构服务质量基本规范", "3 术语和定义", "本文件没有需要界定的术语和定义。", "4 基本要求",
             "4.1 机构的服务质量应符合GB/T 35796的要求。"]
    doc = read_typed(tmp_path / "a.docx", lines)
    assert not doc.metadata.spaced_out
    assert not [f for f in run_lint(doc) if f.rule == "reference.unlisted-document"]


def test_a_part_that_names_itself_this_part_is_a_2009_era_draft(tmp_path: Path) -> None:
    """GB 5768.7—2018's scan lost its 前言 line naming GB/T 1.1—2009; its 本部分 tells the edition all the same (GB/T
    1.1—2020 says 本文件), so 不得 and the 2009 lead-in are not reported against the 2020 rules. A draft that declares
    GB/T 1.1—2020 stays a 2020 draft whatever it calls itself."""
    body = ["1 范围", "本部分规定了非机动车和行人交通标志的设置。", "2 规范性引用文件", "下列文件对于本文件的应用是必不可少的。",
            "GB 5768.2 道路交通标志和标线 第2部分：道路交通标志", "3 术语和定义", "本部分没有需要界定的术语和定义。",
            "4 一般规定", "4.1 标志不得遮挡信号灯。"]
    doc = read_typed(tmp_path / "a.docx", ["道路交通标志和标线 第7部分：非机动车和行人", "前言", "GB 5768分为八个部分。", *body])
    assert doc.metadata.rules == "GB/T 1.1—2009"
    doc = read_typed(tmp_path / "b.docx", ["道路交通标志和标线 第7部分：非机动车和行人", "前言",
                                            "本文件按照GB/T 1.1—2020的规定起草。", *body])
    assert doc.metadata.rules == "GB/T 1.1—2020"
