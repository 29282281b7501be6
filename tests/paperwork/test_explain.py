"""``stdauthor explain``: the 编制说明 from a project or a checked draft."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest

from tests.paperwork.builders import bundled_example
from authoring.checklist import load_packs
from authoring.cli.main import main
from authoring.paperwork.explain import explain_docx, from_project, texts
from authoring.paperwork.table import ResolutionTable, Row
from authoring.project import load_project
from tests.conftest import pdf_pages_text, soffice_path

HEADS = list(texts()["sections"].values())
TOP_HEADS = [h for h in HEADS if not h.startswith("（")]


def _table(document, first_header: str):
    return next(t for t in document.tables if t.rows[0].cells[0].text == first_header)


@pytest.fixture(scope="module")
def example_docx(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("explain") / "编制说明.docx"
    path.write_bytes(explain_docx(from_project(bundled_example())))
    return path


def test_sections_in_the_customary_order(example_docx: Path) -> None:
    document = docx.Document(str(example_docx))
    heads = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert heads == HEADS
    assert TOP_HEADS[:2] == ["一、工作简况", "二、编制原则和主要内容及其确定依据"]
    assert "六、重大分歧意见的处理经过和依据" in TOP_HEADS and "七、涉及专利的有关说明" in TOP_HEADS
    assert TOP_HEADS[-1] == "九、其他应予说明的事项"
    title = document.paragraphs[0].text
    assert title == "国家标准《养老机构卓越服务规范》\n（征求意见稿）编制说明"


def test_prefilled_from_the_project_and_prompts_for_the_rest(example_docx: Path) -> None:
    document = docx.Document(str(example_docx))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "本文件由中华人民共和国民政部提出，由全国社会福利服务标准化技术委员会（SAC/TC 315）归口。" in text
    assert "本文件起草单位：华东养老服务研究院、康宁颐养中心、中和标准化咨询有限公司。" in text
    assert "——第5章“服务提供”：包括领导和管理、员工赋权和参与" in text
    assert "——第3章“术语和定义”：界定了卓越服务、服务对象、服务接触点、照护计划4个术语。" in text
    assert "——附录A（资料性）“卓越服务实施方法”" in text
    assert "GB/T 29353《养老机构基本规范》" in text
    drafters = _table(document, "序号")
    assert [r.cells[1].text for r in drafters.rows[1:]] == ["张明", "李华", "王芳", "陈静", "刘洋"]
    # What only the committee knows is a prompt, never invented: plan number, process, patents …
    for what in ("项目计划下达的文件", "各阶段的时间和主要工作", "本文件是否涉及专利", "过渡期和实施日期",
                 "是否存在重大分歧意见", "试验验证"):
        assert re.search(f"【请填写：[^】]*{what}", text), what
    # Every prompt is highlighted.
    xml = zipfile.ZipFile(example_docx).read("word/document.xml").decode("utf-8")
    prompts = xml.count("【请填写")
    assert prompts >= 12
    assert xml.count('<w:highlight w:val="yellow"/>') >= prompts


def test_excellence_table_lists_all_23_items_with_the_reasons(example_docx: Path) -> None:
    document = docx.Document(str(example_docx))
    table = _table(document, "《指南》条目")
    rows = [[c.text for c in r.cells] for r in table.rows[1:]]
    guide = load_packs()["excellence-guide"]
    ids = [i.id for i in guide.items()]
    assert len(ids) == 23
    assert [r[0].strip("\u3000").split(" ")[0] for r in rows] == ids
    by_id = {r[0].strip("\u3000").split(" ")[0]: r for r in rows}
    project = load_project(bundled_example()).project
    for item_id in ("4.1", "7.5"):
        assert by_id[item_id][1] == "不适用"
        assert by_id[item_id][5] == project.items[item_id].reason
    for item_id in ("5.5", "7.4"):
        assert by_id[item_id][1] == "待定" and by_id[item_id][5].startswith("【请填写")
    # 5.4 is clause 5.4 of the draft with its indicator table, its provision and the methods chosen.
    assert by_id["5.4"][1] == "已融入"
    assert by_id["5.4"][2].split("\n") == ["5.4", "表1", "表A.1"]
    assert by_id["5.4"][3].startswith("养老机构在招聘时应考察应聘者的服务态度")
    assert by_id["5.4"][4].startswith("a) ") and "\nh) " in by_id["5.4"][4]
    # Guide numbers and draft numbers differ once 4.1 is left out: 4.2 is the draft's 4.1.
    assert by_id["4.2"][2] == "4.1"
    assert by_id["5.6.1"][2].split("\n") == ["5.5.2", "表2"]
    # a zero-width space follows each 、 between numbers: where LibreOffice may break the line (QA pass 11, B10)
    text = "\n".join(p.text for p in document.paragraphs).replace("\u200b", "")
    assert "共列出23个条目。本文件融入19个；不适用2个；待定2个（5.5、7.4）" in text


def test_iso_11367_table_from_the_crosswalk(example_docx: Path) -> None:
    document = docx.Document(str(example_docx))
    table = _table(document, "ISO 11367 要素")
    rows = [[c.text for c in r.cells] for r in table.rows[1:]]
    iso = load_packs()["iso-11367"]
    assert [r[0].split(" ")[0] for r in rows] == [i.id for i in iso.items()]
    by_id = {r[0].split(" ")[0]: r for r in rows}
    # 7.1.1 is taken up through guide items 4.2 and 5.1: the draft's 4.1 and 5.1.
    assert by_id["7.1.1"][1].split("\n") == ["4.2", "5.1"] and by_id["7.1.1"][2].split("\n") == ["4.1", "5.1"]
    assert by_id["5.2.1"][3] == "相关条目不适用"  # only 7.5, not applicable
    assert by_id["5.1.6"][3] == "未体现"  # only 5.5, still todo
    assert by_id["5.1.3"][3] == "对照表中没有对应的条目"
    # Principles and model elements with sub-elements are group rows across the table.
    group = table.rows[1 + [r[0] for r in rows].index("7.1 " + iso.item("7.1").title_zh)]
    assert len({id(c._tc) for c in group.cells}) == 1


def test_layout_a4_songti_body_heiti_heads(example_docx: Path) -> None:
    with zipfile.ZipFile(example_docx) as archive:
        document = archive.read("word/document.xml").decode("utf-8")
        styles = archive.read("word/styles.xml").decode("utf-8")
    size = re.search(r'<w:pgSz w:w="(\d+)" w:h="(\d+)"', document)
    assert size and (int(size.group(1)), int(size.group(2))) == (11906, 16838)

    def east_asia(style_id: str) -> str:
        block = re.search(rf'<w:style [^>]*w:styleId="{style_id}".*?</w:style>', styles, re.S).group(0)
        return re.search(r'w:eastAsia="([^"]+)"', block).group(1)

    assert east_asia("Normal") == "宋体"
    assert east_asia("TableText") == "宋体"
    assert east_asia("Title") == "黑体"
    assert east_asia("Heading1") == "黑体" and east_asia("Heading2") == "黑体"
    assert "asciiTheme" not in re.search(r'w:styleId="Heading1".*?</w:style>', styles, re.S).group(0)


def test_comments_table_gives_the_decision_counts(tmp_path: Path) -> None:
    source = from_project(bundled_example())
    decisions = ["采纳", "采纳", "部分采纳，见5.2", "未采纳。理由……", ""]
    source.comments = ResolutionTable(
        title="养老机构卓越服务规范",
        rows=[Row(location="5.2", content=f"意见{k}", unit="甲", decision=d) for k, d in enumerate(decisions)])
    source.comments.counts.sent, source.comments.counts.replies, source.comments.counts.with_comments = 8, 5, 3
    document = docx.Document(__import__("io").BytesIO(explain_docx(source)))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "共收到意见5条，其中采纳2条，部分采纳1条，未采纳1条，尚待处理1条" in text
    assert "共发送征求意见稿8份，收到回函5份，其中有建议或意见的3份，共提出意见5条" in text


def _memo_text(source) -> str:
    document = docx.Document(__import__("io").BytesIO(explain_docx(source)))
    return "\n".join(p.text for p in document.paragraphs)


@pytest.mark.parametrize("table_stage", ["报批稿", ""])
def test_the_comment_round_is_named_by_the_stage_the_comments_came_from(table_stage: str) -> None:
    """QA pass 6: a 报批稿's memo said 征求意见阶段 …《征求意见汇总处理表》 of a table whose foot said
    发送《报批稿》; a table that names no stage (a .csv without its head) is of the memo's draft."""
    source = from_project(bundled_example())
    source.metadata.stage = "报批稿"
    source.comments = ResolutionTable(title="养老机构卓越服务规范", stage=table_stage,
                                      rows=[Row(location="5.2", content="意见", unit="甲", decision="采纳")])
    source.comments.counts.sent, source.comments.counts.replies, source.comments.counts.with_comments = 6, 4, 1
    text = _memo_text(source)
    assert "报批阶段，共发送报批稿6份，收到回函4份，其中有建议或意见的1份，共提出意见1条。" in text
    assert "报批阶段共收到意见1条，其中采纳1条" in text and "各条意见的处理情况见《意见汇总处理表》。" in text
    assert "征求意见阶段" not in text and "征求意见汇总处理表" not in text


def test_a_later_drafts_memo_tells_the_earlier_round_its_table_records() -> None:
    source = from_project(bundled_example())
    source.metadata.stage = "送审稿"
    source.comments = ResolutionTable(title="养老机构卓越服务规范", stage="征求意见稿",
                                      rows=[Row(location="5.2", content="意见", unit="甲", decision="")])
    text = _memo_text(source)
    assert "本文件目前为送审稿。" in text
    assert "征求意见阶段，共发送征求意见稿" in text and "征求意见阶段共收到意见1条" in text


def _run(args: list[str], capsys) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_from_the_project_with_the_comment_table(tmp_path: Path, capsys) -> None:
    table = tmp_path / "意见汇总处理表.csv"
    table.write_text("序号,标准章条编号,意见内容,提出单位,处理意见,备注\n1,5.2,意见,甲,采纳,\n2,5.3,意见,乙,未采纳,\n",
                     encoding="utf-8")
    out = tmp_path / "编制说明.docx"
    code, stdout, stderr = _run(["explain", str(bundled_example()), "-o", str(out), "--comments", str(table)],
                                capsys)
    assert code == 0, stderr
    assert "已生成编制说明" in stdout and "23 个条目" in stdout and "不适用 2 个" in stdout
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "共收到意见2条，其中采纳1条，部分采纳0条，未采纳1条" in text


def test_cli_from_a_checked_draft_uses_coverage_and_the_project_reasons(draft: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "编制说明.docx"
    code, _, stderr = _run(["explain", str(draft), "-o", str(out), "--project", str(bundled_example())], capsys)
    assert code == 0, stderr
    document = docx.Document(str(out))
    rows = {r.cells[0].text.strip("\u3000").split(" ")[0]: [c.text for c in r.cells]
            for r in _table(document, "《指南》条目").rows[1:]}
    assert len(rows) == 23
    assert rows["4.1"][1] == "不适用" and rows["4.1"][5].startswith("行业现状在编制说明中说明")
    assert rows["5.2"][1] in ("已融入", "部分融入") and "5.2" in rows["5.2"][2].split("\n")
    text = "\n".join(p.text for p in document.paragraphs)
    assert "由 stdauthor 按《指南》各条目的提示词在草案中查找得出" in text
    assert "国家标准《养老机构卓越服务规范》" in text


def test_cli_refuses_bad_input_and_outputs_in_one_line(draft: Path, tmp_path: Path, capsys) -> None:
    cases = [
        (["explain", str(tmp_path / "missing.yaml"), "-o", str(tmp_path / "a.docx")], "文件不存在"),
        (["explain", str(draft), "-o", str(tmp_path / "a.pdf")], ".docx 结尾"),
        (["explain", str(draft), "-o", str(draft)], "不会覆盖输入"),
    ]
    existing = tmp_path / "exists.docx"
    existing.write_bytes(b"keep")
    cases.append((["explain", str(draft), "-o", str(existing)], "文件已存在"))
    notes = tmp_path / "notes.txt"
    notes.write_text("x", encoding="utf-8")
    cases.append((["explain", str(notes), "-o", str(tmp_path / "b.docx")], "项目文件（.yaml）或 Word 草案"))
    for args, words in cases:
        code, _, stderr = _run(args, capsys)
        assert code == 2 and words in stderr and stderr.count("\n") == 1, (args, stderr)
    assert existing.read_bytes() == b"keep"


@pytest.mark.libreoffice
def test_renders_in_libreoffice_with_every_section_head(example_docx: Path, tmp_path: Path) -> None:
    soffice = soffice_path()
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(example_docx)],
                   check=True, capture_output=True, timeout=180)
    pages = pdf_pages_text(tmp_path / f"{example_docx.stem}.pdf")
    assert len(pages) >= 5
    text = "".join("".join(page.split()) for page in pages)
    for head in HEADS + ["表2卓越服务要素的融入情况", "表3与ISO11367（GB/T47747）原则和模型要素的对比"]:
        assert "".join(head.split()) in text, head
    for words in ("不适用", "已融入", "【请填写：项目计划下达的文件"):
        assert words in text, words


def test_a_version_2_project_places_each_item_where_it_links() -> None:
    from authoring._paths import bundled_example as bundled

    rows = {r.item_id: r for r in from_project(bundled()).items}
    assert rows["5.2"].places[0] == "4.5.2" and rows["5.2"].excerpt.startswith("养老机构应明确各岗位的职责和权限")
    assert rows["5.8"].places[:2] == ["7.1", "表3"]
    assert rows["4.1"].status == "not-applicable" and not rows["5.5"].places


# -- a draft's memorandum agrees with ``stdauthor check`` of the same draft --------------------------------

def _small_gbt_draft(path: Path) -> Path:
    """A short GB/T draft whose 6.3 no cue reaches: only the heading rule of the check (a 流程 chapter over
    four steps) makes it covered; its 缩略语 chapter and two others open with lead-in sentences."""
    document = docx.Document()

    def head(text: str, level: int = 1) -> None:
        document.add_heading(text, level)

    def para(text: str) -> None:
        document.add_paragraph(text)

    head("前言")
    para("本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。")
    head("1　范围")
    para("本文件规定了社区助餐点的服务提供要求。本文件适用于社区助餐点。")
    head("2　规范性引用文件")
    para("本文件没有规范性引用文件。")
    head("3　术语和定义")
    para("本文件没有需要界定的术语和定义。")
    head("4　缩略语")
    for line in ("下列缩略语适用于本文件：", "APP：移动应用程序（Application）", "QR：二维码（Quick Response Code）"):
        para(line)
    head("5　助餐流程")
    for number, title, text in (("5.1", "预订", "助餐点应提前一日接受老年人的订餐登记。"),
                                ("5.2", "配餐", "助餐点应按登记的份数配餐，并留样48 h。"),
                                ("5.3", "送餐", "助餐点应在11:00前将餐食送达。"),
                                ("5.4", "回收", "助餐点应在餐后回收餐具并清洗消毒。")):
        head(f"{number}　{title}", 2)
        para(text)
    head("6　卫生要求")
    for line in ("助餐点应符合下列要求：", "a）餐具每餐消毒；", "b）从业人员持健康证明上岗。"):
        para(line)
    head("7　记录")
    para("助餐点应保存下列记录：")
    document.save(str(path))
    return path


@pytest.fixture(scope="module")
def small_draft(tmp_path_factory) -> Path:
    return _small_gbt_draft(tmp_path_factory.mktemp("small") / "社区助餐服务规范.docx")


def test_a_drafts_memorandum_counts_what_check_counts(small_draft: Path, tmp_path: Path, capsys) -> None:
    """QA: ``check`` of a draft said 5 covered, 10 partial, 8 missing; ``explain`` of the same draft said
    4, 9 and 10 (it analysed with the likeness and the heading rules off). Both now make the one call."""
    import json

    from authoring.check import check_file
    from authoring.paperwork.evidence import STATUS_ZH

    # The draft is one the two readings tell apart: 6.3 is covered by the check's heading rule only.
    pack = load_packs()["excellence-guide"]
    cues_only = {i.id: i.status for i in check_file(small_draft, pack, likeness=False).coverage.items}
    assert cues_only["6.3"] == "missing"

    assert main(["check", str(small_draft), "--format", "json"]) in (0, 1)
    checked = {i["id"]: i["status"] for i in json.loads(capsys.readouterr().out)["coverage"]["items"]}
    assert checked["6.3"] == "covered" and checked != cues_only

    out = tmp_path / "编制说明.docx"
    code, stdout, stderr = _run(["explain", str(small_draft), "-o", str(out)], capsys)
    assert code == 0, stderr
    document = docx.Document(str(out))
    rows = {r.cells[0].text.strip("\u3000").split(" ")[0]: [c.text for c in r.cells]
            for r in _table(document, "《指南》条目").rows[1:]}
    assert {k: r[1] for k, r in rows.items()} == {k: STATUS_ZH[v] for k, v in checked.items()}

    def count(*statuses: str) -> int:
        return sum(1 for v in checked.values() if v in statuses)

    missing = "、".join(k for k, v in checked.items() if v == "missing")
    partial = f"，部分融入{count('partial')}个" if count("partial") else ""
    text = "\n".join(p.text for p in document.paragraphs).replace("\u200b", "")  # see test_excellence_table…
    assert f"共列出{len(checked)}个条目。本文件融入{count('covered')}个{partial}；不适用0个；" \
           f"未体现{count('missing')}个（{missing}）。" in text
    assert f"融入 {count('covered')} 个，部分融入 {count('partial')} 个" in stdout  # as the memorandum counts


def test_a_chapter_is_not_summed_up_by_its_lead_in(small_draft: Path, tmp_path: Path, capsys) -> None:
    """QA: "——第4章“缩略语”：下列缩略语适用于本文件：". A lead-in (one ending in a colon, or a set one of
    GB/T 1.1) is no summary: the abbreviations are counted, the next real sentence is used, or the title alone."""
    out = tmp_path / "编制说明.docx"
    code, _, stderr = _run(["explain", str(small_draft), "-o", str(out)], capsys)
    assert code == 0, stderr
    lines = [p.text for p in docx.Document(str(out)).paragraphs if p.text.startswith("——第")]
    assert "——第4章“缩略语”：列出了APP、QR共2个缩略语。" in lines
    assert "——第6章“卫生要求”：餐具每餐消毒……" in lines
    assert "——第7章“记录”。" in lines
    assert "——第3章“术语和定义”：本文件没有需要界定的术语和定义。" in lines
    summaries = [line.partition("”：")[2] for line in lines]
    assert not [s for s in summaries if s.endswith(("：", ":")) or "适用于本文件" in s], lines


def test_set_lead_ins_are_skipped_sentence_by_sentence() -> None:
    from authoring.document import Clause, Paragraph
    from authoring.paperwork.explain import _chapter_summary

    def summary(title: str, *texts: str) -> str:
        return _chapter_summary(Clause(number="4", title=title, blocks=[Paragraph(text=t) for t in texts]))

    assert summary("缩略语", "下列缩略语适用于本文件。") == ""
    assert summary("符号", "下列符号适用于本文件：", "v：速度，单位为米每秒（m/s）。") == "v：速度，单位为米每秒（m/s）。"
    assert summary("术语和定义", "GB/T 20000.1界定的以及下列术语和定义适用于本文件。") == ""
    assert summary("总则", "服务应以老年人为中心。应符合下列要求：") == "服务应以老年人为中心。"
    assert summary("要求", "") == "（无正文）"


def test_what_a_likeness_alone_decided_is_marked_in_the_table(small_draft: Path) -> None:
    """The check's likeness may make an item partial with no cue found (basis "similar"), or missing though
    cues matched (basis "unlike"): the memorandum, now made of the same coverage, says so in the row."""
    import dataclasses
    import io

    from authoring.check import check_file
    from authoring.paperwork.evidence import rows_from_coverage
    from authoring.paperwork.explain import from_draft
    from authoring.results import Evidence

    pack = load_packs()["excellence-guide"]
    coverage = check_file(small_draft, pack).coverage
    decided = {"4.4": ("partial", "similar"), "5.2": ("missing", "unlike")}
    items = [dataclasses.replace(i, status=decided[i.id][0],
                                 evidence=[Evidence(location="5", excerpt="……", basis=decided[i.id][1])])
             if i.id in decided else i for i in coverage.items]
    rows = rows_from_coverage(dataclasses.replace(coverage, items=items), pack)
    by_id = {r.item_id: r for r in rows}
    assert (by_id["4.4"].basis, by_id["5.2"].basis, by_id["6.3"].basis) == ("similar", "unlike", "")

    source = from_draft(small_draft)
    source.items = rows
    document = docx.Document(io.BytesIO(explain_docx(source)))
    table = {r.cells[0].text.strip("\u3000").split(" ")[0]: [c.text for c in r.cells]
             for r in _table(document, "《指南》条目").rows[1:]}
    say = texts()["texts"]
    assert table["4.4"][5] == say["excellence_similar"]
    assert table["5.2"][5].startswith(say["excellence_unlike"]) and "【请填写" in table["5.2"][5]
    assert table["6.3"][5] == "—"


@pytest.mark.parametrize(("title", "cautioned"), [("服务器密码机检测规范", True), ("社区助餐服务规范", False)])
def test_a_drafts_memorandum_carries_checks_caution(tmp_path: Path, capsys, title: str, cautioned: bool) -> None:
    """QA: check warns that a technical standard's coverage is less sure (not-service); the 编制说明 of the same
    draft, which goes to the review meeting, said nothing of it. It now carries the caution as a highlighted
    prompt to be read and deleted."""
    from tests.check.test_reliability_notices import gbt_draft

    draft = gbt_draft(tmp_path / "d.docx", title)
    out = tmp_path / "编制说明.docx"
    code, _, stderr = _run(["explain", str(draft), "-o", str(out)], capsys)
    assert code == 0, stderr
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    caution = re.search(r"【请填写：起草组核对上表后删去本段。标题未提及服务[^】]*】", text)
    assert bool(caution) is cautioned, text[-600:]


@pytest.mark.parametrize(("cover", "title"), [
    (["YD", "中华人民共和国通信行业标准", "YD/T [×××××]—[××××]", "数据合作安全管理指南", "（报批稿）"],
     "行业标准《数据合作安全管理指南》"),
    ([], "《某市家政服务条例》"),
])
def test_a_drafts_memorandum_names_the_kind_its_cover_names(tmp_path: Path, capsys, cover: list[str],
                                                             title: str) -> None:
    """QA: a YD/T draft's 编制说明 was titled 国家标准《…》 (its bracketed number unread), and so was a
    regulation's, whose text names no kind at all: the default kind is no claim to make."""
    from tests.docx.reader_builders import plain_docx

    lines = cover or ["某市家政服务条例"]
    lines += ["第一条　为了规范家政服务，保障家政服务人员和消费者的合法权益，制定本条例。"] if not cover else [
        "前言", "本文件按照GB/T 1.1—2020的规定起草。", "1 范围", "本文件给出了数据合作安全管理的指导。"]
    draft = plain_docx(tmp_path / "d.docx", lines)
    out = tmp_path / "编制说明.docx"
    code, _, stderr = _run(["explain", str(draft), "-o", str(out)], capsys)
    assert code == 0, stderr
    first = docx.Document(str(out)).paragraphs[0].text
    assert first.startswith(title) and "国家标准" not in first, first


def test_the_console_counts_what_the_memorandum_counts_and_names_unconfirmed_links(tmp_path: Path, capsys) -> None:
    """QA: the console said 融入 13 where the memorandum said 融入0个，部分融入13个; and a memorandum made from a
    freshly imported project had every item 待定 with no word why (the import's proposed links are unconfirmed)."""
    from tests.docx.reader_builders import typed_shape

    draft = typed_shape(tmp_path / "草案.docx")
    code, stdout, stderr = _run(["explain", str(draft), "-o", str(tmp_path / "a.docx")], capsys)
    assert code == 0, stderr
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "a.docx")).paragraphs)
    full, partial = re.search(r"融入 (\d+) 个，部分融入 (\d+) 个", stdout).groups()
    said = re.search(r"融入(\d+)个(?:，部分融入(\d+)个)?", text)
    assert (full, partial) == (said.group(1), said.group(2) or "0"), (stdout, said.group(0))

    project = tmp_path / "项目.yaml"
    assert main(["import", str(draft), "-o", str(project)]) == 0
    capsys.readouterr()
    code, stdout, stderr = _run(["explain", str(project), "-o", str(tmp_path / "b.docx")], capsys)
    assert code == 0, stderr
    assert "尚未确认" in stdout and "proposed: true" in stdout, stdout


def test_chapters_of_an_industry_draft_are_summed_up_as_they_stand(tmp_path: Path, capsys) -> None:
    """QA (a YD/T 报批稿): 4 缩略语 given as a table read （无正文）; a sibling draft's reference YD/T AAAA-202X was no
    reference (列出了1项); laws the 参考文献 gives in their own 《》 came out as 《《…》》."""
    from tests.docx import reader_builders as rb

    h = rb.style("1", "heading 1", outline=0)
    body = "".join(rb.para(t) for t in ["YD", "中华人民共和国通信行业标准", "YD/T [×××××]—[××××]", "数据合作安全管理指南",
                                        "（报批稿）"])
    body += rb.para("前　言", "1") + rb.para("本文件按照GB/T 1.1—2020的规定起草。")
    body += rb.para("1　范围", "1") + rb.para("本文件给出了数据合作安全管理的指导。")
    body += rb.para("2　规范性引用文件", "1") + rb.para("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。")
    body += rb.para("YD/T 3802—2020　电信网和互联网数据安全通用要求") + rb.para("YD/T AAAA-202X　电信网和互联网数据生命周期日志留存指南")
    body += rb.para("3　术语和定义", "1") + rb.para("本文件没有需要界定的术语和定义。")
    body += rb.para("4　缩略语", "1") + rb.table([["下列缩略语适用于本文件。", "", ""], ["CISA", "国际信息系统审计师", "Certified"],
                                               ["PDPF", "隐私和数据保护基础", "Privacy"]])
    body += rb.para("5　基本原则", "1") + rb.para("组织机构宜遵循合法合规原则。")
    body += rb.para("参　考　文　献", "1") + rb.para("[1]　《中华人民共和国网络安全法》") + rb.para("[2]　《中华人民共和国数据安全法》")
    draft = rb.write_package(tmp_path / "草案.docx", body, h)
    out = tmp_path / "编制说明.docx"
    code, _, stderr = _run(["explain", str(draft), "-o", str(out)], capsys)
    assert code == 0, stderr
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "第2章“规范性引用文件”：列出了2项规范性引用文件。" in text, text
    assert "第4章“缩略语”：列出了CISA、PDPF共2个缩略语。" in text, text
    assert "《中华人民共和国网络安全法》" in text and "《《" not in text


def test_iso_table_lists_places_in_clause_order_and_keeps_group_rows_with_the_next(example_docx: Path) -> None:
    """QA: the 本文件条款 cells read 7.1.4 … 8.1 5.1, and a group row stood alone at the foot of a page."""
    from authoring.paperwork.evidence import place_order

    assert sorted(["8.1", "附录B", "5.1", "7.1.4", "前言", "7.1.10", "7.1.2", "附录A.2"], key=place_order) == [
        "前言", "5.1", "7.1.2", "7.1.4", "7.1.10", "8.1", "附录A.2", "附录B"]
    document = docx.Document(str(example_docx))
    table = _table(document, "ISO 11367 要素")
    checked = 0
    for row in table.rows[1:]:
        cells = {id(c._tc): c for c in row.cells}
        if len(cells) == 1:  # a group heading: one merged cell
            assert all(p.paragraph_format.keep_with_next for p in row.cells[0].paragraphs)
            continue
        places = [p for p in row.cells[2].text.split("\n") if p and p != "—"]
        assert places == sorted(places, key=place_order), places
        checked += len(places) > 1
    assert checked > 0
