"""``stdauthor comments``: reviewed copies → 意见汇总处理表 (rows, clause numbers, counts, updates, bad input)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from authoring.cli.main import main
from authoring.paperwork.review import is_generic, read_copy, unit_from_filename
from authoring.paperwork.table import decision_of, read_table
from tests.conftest import pdf_pages_text, soffice_or_skip, soffice_path
from tests.paperwork import builders as B
from tests.paperwork.conftest import CLEAN, FIRST, SECOND

# The rows the two reviewers' copies give, in document order of the clauses, then reviewer
# (the order the copies are given: 华东 first), as (标准章条编号, 提出单位, words of 意见内容). 张三's comments
# are listed under the unit his copy's file name names (QA pass 11, B1).
EXPECTED = [
    ("前言", "康宁颐养中心", "提出单位的表述请与民政部核实。（原文：“本文件由中华人民共和国民政部提出。”）"),
    ("1", "华东养老服务研究院", "范围宜补充不适用的机构类型。"),
    ("4.1", "康宁颐养中心", "原文“每年至少组织一次”，建议修改为“每半年至少组织一次”。"),
    ("5.2", "华东养老服务研究院", "建议明确“规定额度”的具体数值。"),
    ("5.2", "康宁颐养中心", "10个工作日偏长，建议改为5个工作日。"),
    ("表1", "华东养老服务研究院", "建议将培训时间提高到32 h。（原文：“护理员年度在岗培训时间”）"),
    ("5.5.3", "康宁颐养中心", "建议在“养老机构应在24 h内响应”后增加“（节假日除外）”。"),
    ("5.6", "康宁颐养中心", "建议删除“，并评估其效果”。"),
    ("6.1", "华东养老服务研究院", "原文“验证其可行性和安全性”，建议修改为“评估其可行性、安全性和适老性”。"),
]


def _run(args: list[str], capsys) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def _rows(path: Path) -> list[tuple[str, str, str]]:
    return [(r.location, r.unit, r.content) for r in read_table(path).rows]


def _matches(rows: list[tuple[str, str, str]], expected=EXPECTED) -> None:
    assert len(rows) == len(expected), rows
    for (loc, unit, content), (e_loc, e_unit, e_words) in zip(rows, expected):
        assert (loc, unit) == (e_loc, e_unit), (loc, unit, content)
        assert e_words in content, content


def test_rows_clause_numbers_and_reviewers_in_document_order(copies: Path, capsys) -> None:
    out = copies / "意见汇总处理表.docx"
    code, stdout, stderr = _run(["comments", str(copies / FIRST), str(copies / SECOND), str(copies / CLEAN),
                                 "-o", str(out), "--sent", "5"], capsys)
    assert code == 0, stderr
    _matches(_rows(out))
    table = read_table(out)
    assert table.title == "养老机构卓越服务规范"
    assert table.designation == "GB/T XXXXX—XXXX"
    assert all(r.decision == "" for r in table.rows)
    assert "9 条意见" in stdout
    # The clean copy is a reply without comments, said in one line.
    assert f"{CLEAN}: 未发现批注或修订" in stderr


def test_reviewer_order_follows_the_order_copies_are_given(copies: Path, capsys) -> None:
    out = copies / "t.csv"
    code, _, _ = _run(["comments", str(copies / SECOND), str(copies / FIRST), "-o", str(out)], capsys)
    assert code == 0
    rows = _rows(out)
    in_52 = [unit for loc, unit, _ in rows if loc == "5.2"]
    assert in_52 == ["康宁颐养中心", "华东养老服务研究院"]
    assert [loc for loc, _, _ in rows] == ["前言", "1", "4.1", "5.2", "5.2", "表1", "5.5.3", "5.6", "6.1"]


def test_foot_counts_copies_sent_replies_and_replies_with_comments(copies: Path, capsys) -> None:
    out = copies / "意见汇总处理表.docx"
    code, stdout, _ = _run(["comments", str(copies), "-o", str(out), "--sent", "5"], capsys)
    assert code == 0
    counts = read_table(out).counts
    assert (counts.sent, counts.replies, counts.with_comments, counts.no_reply) == (5, 3, 2, 2)
    foot = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "①发送《征求意见稿》的单位数：5个" in foot
    assert "②收到《征求意见稿》后，回函的单位数：3个" in foot
    assert "③收到《征求意见稿》后，回函并有建议或意见的单位数：2个" in foot
    assert "④没有回函的单位数：2个" in foot
    assert "回函 3 份，其中有意见 2 份" in stdout
    # The head names the standard.
    head = docx.Document(str(out)).paragraphs[1].text
    assert "标准名称：《养老机构卓越服务规范》" in head and "GB/T XXXXX—XXXX" in head


def test_a_folder_run_twice_leaves_the_table_itself_out(copies: Path, capsys) -> None:
    out = copies / "意见汇总处理表.docx"
    code, _, _ = _run(["comments", str(copies), "-o", str(out)], capsys)
    assert code == 0
    code, stdout, stderr = _run(["comments", str(copies), str(copies / FIRST), "-o", str(out)], capsys)
    assert code == 0, stderr
    assert "新增 0 条" in stdout and "意见汇总处理表" not in stderr
    assert len(read_table(out).rows) == len(EXPECTED)
    assert read_table(out).counts.replies == 3


def test_an_earlier_table_in_the_folder_is_named_and_left_out(copies: Path, capsys) -> None:
    # Last round's table, kept beside the copies under another name, is not a copy of another draft.
    old = copies / "意见汇总处理表-第一轮.docx"
    code, _, _ = _run(["comments", str(copies / FIRST), "-o", str(old)], capsys)
    assert code == 0
    out = copies / "意见汇总处理表.docx"
    code, stdout, stderr = _run(["comments", str(copies), "-o", str(out)], capsys)
    assert code == 0, stderr
    assert f"{old.name}: 是意见汇总处理表，不是审阅稿，已跳过" in stderr
    assert "不是同一草案" not in stderr
    _matches(_rows(out))
    assert read_table(out).counts.replies == 3
    assert "未读入 0 个文件" in stdout


def test_table_columns_are_the_customary_ones(copies: Path, capsys) -> None:
    out = copies / "t.docx"
    _run(["comments", str(copies / FIRST), "-o", str(out)], capsys)
    table = docx.Document(str(out)).tables[0]
    assert [c.text for c in table.rows[0].cells] == ["序号", "标准章条编号", "意见内容", "提出单位", "处理意见", "备注"]
    # 序号 prints 1, 2, 3 …; the row key is hidden text, not printed.
    first = table.rows[1].cells[0]
    assert first.paragraphs[0].runs[0].text == "1"
    assert any(r.font.hidden for r in first.paragraphs[0].runs[1:])


def test_units_file_names_the_units(copies: Path, tmp_path: Path, capsys) -> None:
    units = tmp_path / "units.yaml"
    units.write_text(f"张三: 华东养老服务研究院\n{SECOND}: 康宁颐养中心（护理部）\n", encoding="utf-8")
    out = copies / "t.csv"
    code, _, _ = _run(["comments", str(copies / FIRST), str(copies / SECOND), "-o", str(out),
                       "--units", str(units)], capsys)
    assert code == 0
    assert {unit for _, unit, _ in _rows(out)} == {"华东养老服务研究院", "康宁颐养中心（护理部）"}


def test_units_file_must_be_a_mapping(copies: Path, tmp_path: Path, capsys) -> None:
    units = tmp_path / "units.yaml"
    units.write_text("- 张三\n- 李四\n", encoding="utf-8")
    code, _, stderr = _run(["comments", str(copies / FIRST), "-o", str(copies / "t.csv"), "--units", str(units)],
                           capsys)
    assert code == 2
    assert stderr.count("\n") == 1 and "units.yaml" in stderr and "Traceback" not in stderr


def test_second_run_keeps_decisions_and_adds_only_new_comments(copies: Path, capsys) -> None:
    out = copies / "意见汇总处理表.docx"
    _run(["comments", str(copies / FIRST), str(copies / SECOND), "-o", str(out), "--sent", "5"], capsys)
    # The committee decides three comments and tidies the wording of one.
    edited = docx.Document(str(out))
    table = edited.tables[0]
    table.rows[3].cells[4].text = "部分采纳，改为“每年至少两次”"
    table.rows[4].cells[4].text = "采纳"
    table.rows[4].cells[5].text = "见5.2"
    table.rows[6].cells[4].text = "未采纳。指标依据调研确定。"
    table.rows[6].cells[2].paragraphs[0].runs[0].text = "建议将培训时间提高到32 h（已整理）。"
    edited.save(str(out))
    # A third reviewer's copy arrives; everything is run again.
    late = copies / "中和标准化咨询有限公司.docx"
    d = B.open_docx(late)
    B.comment(d, "服务对象入住前，养老机构应与服务对象", "协议应约定退住条件。", "李四")
    d.save(late)
    code, stdout, _ = _run(["comments", str(copies / FIRST), str(copies / SECOND), str(late), "-o", str(out)],
                           capsys)
    assert code == 0
    assert "新增 1 条" in stdout
    rows = read_table(out).rows
    assert len(rows) == len(EXPECTED) + 1
    by_content = {r.content: r for r in rows}
    assert by_content["原文“每年至少组织一次”，建议修改为“每半年至少组织一次”。"].decision == "部分采纳，改为“每年至少两次”"
    assert by_content["建议将培训时间提高到32 h（已整理）。"].decision == "未采纳。指标依据调研确定。"
    decided = [r for r in rows if r.location == "5.2" and r.decision == "采纳"]
    assert len(decided) == 1 and decided[0].remark == "见5.2"
    new = [r for r in rows if r.unit == "中和标准化咨询有限公司"]  # 李四's comment in the company's copy
    assert len(new) == 1 and new[0].location == "6.4" and new[0].decision == ""
    assert rows[-1].location == "6.4"  # in document order, after 6.1
    assert read_table(out).counts.sent == 5  # kept from the table's foot
    backup = copies / "意见汇总处理表.bak.docx"
    assert backup.exists() and len(read_table(backup).rows) == len(EXPECTED)


def test_update_from_an_edited_excel_table_into_csv(copies: Path, capsys) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    first = copies / "t.xlsx"
    code, _, _ = _run(["comments", str(copies / FIRST), "-o", str(first)], capsys)
    assert code == 0
    book = openpyxl.load_workbook(first)
    sheet = book.active
    header = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "序号")
    assert sheet.column_dimensions["G"].hidden
    sheet.cell(header + 1, 5).value = "采纳"
    book.save(first)
    again = copies / "t2.csv"
    code, stdout, _ = _run(["comments", str(copies / FIRST), str(copies / SECOND), "-o", str(again),
                            "--update", str(first), "--format", "csv"], capsys)
    assert code == 0
    rows = read_table(again).rows
    assert len(rows) == len(EXPECTED)
    assert [r.decision for r in rows if r.unit == "华东养老服务研究院"][0] == "采纳"
    assert "新增 5 条" in stdout
    # The csv opens in Excel as Chinese: UTF-8 with a byte order mark.
    assert again.read_bytes().startswith(b"\xef\xbb\xbf")


def test_bad_inputs_get_one_line_each_and_the_rest_go_in(copies: Path, tmp_path: Path, capsys) -> None:
    text = copies / "意见.txt"
    text.write_text("同意。", encoding="utf-8")
    fake = copies / "假的.docx"
    fake.write_bytes(b"%PDF-1.4 not a word file")
    other_project = tmp_path / "other.yaml"
    source = B.bundled_example().read_text(encoding="utf-8")
    other_project.write_text(source.replace("title_zh: 养老机构卓越服务规范", "title_zh: 社区居家养老服务规范"),
                             encoding="utf-8")
    other = B.build_draft(copies / "其他草案.docx", other_project)
    out = copies / "t.docx"
    code, stdout, stderr = _run(["comments", str(copies / FIRST), str(text), str(fake), str(other),
                                 str(copies / SECOND), str(copies / CLEAN), "-o", str(out)], capsys)
    assert code == 2
    lines = [line for line in stderr.strip().splitlines() if not line.startswith("提出单位")]  # how 张三's unit is named
    assert len(lines) == 4, stderr
    assert lines[0].startswith(f"{text}: 不是 .docx 或 .doc 文件")
    assert lines[1].startswith(f"{fake}: ") and "PDF" in lines[1]
    assert lines[2].startswith(f"{other}: 不是同一草案的审阅稿") and "社区居家养老服务规范" in lines[2]
    assert lines[3].startswith(f"{copies / CLEAN}: 未发现批注或修订")
    assert "Traceback" not in stderr
    _matches(_rows(out))
    assert read_table(out).counts.replies == 3
    assert "未读入 3 个文件" in stdout


def test_nothing_usable_is_one_line_and_no_table(tmp_path: Path, capsys) -> None:
    text = tmp_path / "a.txt"
    text.write_text("x", encoding="utf-8")
    code, _, stderr = _run(["comments", str(text), "-o", str(tmp_path / "t.docx")], capsys)
    assert code == 2
    assert "没有可用的审阅稿" in stderr and not (tmp_path / "t.docx").exists()


def test_an_earlier_table_with_only_a_broken_copy_is_left_as_it_was(copies: Path, capsys) -> None:
    """Rewriting the table from no copy would count no reply at its foot: nothing is written."""
    out = copies / "t.docx"
    code, _, _ = _run(["comments", str(copies / FIRST), str(copies / SECOND), "-o", str(out)], capsys)
    assert code == 0
    before = out.read_bytes()
    broken = copies / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    code, _, stderr = _run(["comments", str(broken), "-o", str(out)], capsys)
    assert code == 2
    lines = stderr.strip().splitlines()
    assert lines[0].startswith(f"{broken}: ") and "已跳过" in lines[0]
    assert "没有可用的审阅稿，意见汇总处理表未改动" in lines[-1] and "Traceback" not in stderr
    assert out.read_bytes() == before and read_table(out).counts.replies == 2
    assert not (copies / "t.bak.docx").exists()


def test_never_overwrites_an_input_or_a_foreign_file(copies: Path, draft: Path, capsys) -> None:
    before = (copies / FIRST).read_bytes()
    code, _, stderr = _run(["comments", str(copies / FIRST), "-o", str(copies / FIRST)], capsys)
    assert code == 2 and "不会覆盖输入" in stderr
    assert (copies / FIRST).read_bytes() == before
    foreign = copies / "别的文件.docx"
    shutil.copyfile(draft, foreign)
    code, _, stderr = _run(["comments", str(copies / FIRST), "-o", str(foreign)], capsys)
    assert code == 2 and "不是意见汇总处理表" in stderr
    assert foreign.read_bytes() == draft.read_bytes()


def test_word_reply_is_folded_into_the_comment_it_answers(copies: Path, capsys) -> None:
    copy = copies / FIRST
    B.word_reply(copy, "张三", "王五", "同意张三的意见。")
    remarks = read_copy(copy).remarks
    texts = [r.text for r in remarks if r.kind == "comment"]
    assert len(texts) == 3
    assert any("范围宜补充" in t and "〔王五：同意张三的意见。〕" in t for t in texts)


def test_a_comment_range_starting_between_paragraphs_belongs_to_the_next(copies: Path) -> None:
    """Word may put ``w:commentRangeStart`` at body level when a comment spans paragraphs."""
    copy = copies / "span.docx"
    d = B.open_docx(copies / CLEAN)
    first = B.paragraph_with(d, "授权一线护理员")
    last = B.paragraph_with(d, "员工提出的改进建议")
    d.add_comment([first.runs[0], last.runs[-1]], text="两段合并为一段。", author="赵六")
    start = first._p.find(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}commentRangeStart")
    first._p.remove(start)
    first._p.addprevious(start)
    d.save(copy)
    remarks = read_copy(copy).remarks
    assert [(r.location, r.author) for r in remarks] == [("5.2", "赵六")]
    assert "授权一线护理员" in remarks[0].text


def test_comments_the_draft_was_sent_with_are_not_the_reviewers(copies: Path, tmp_path: Path, capsys) -> None:
    sent = tmp_path / "sent.docx"
    d = B.open_docx(copies / CLEAN)
    B.comment(d, "授权一线护理员", "【编写提示】请核对额度。", "起草组")
    d.save(sent)
    d = B.open_docx(sent)
    B.comment(d, "员工提出的改进建议应在10个工作日内得到答复", "建议缩短时限。", "李四")
    d.save(copies / "reviewed-from-sent.docx")
    out = tmp_path / "t.csv"
    code, _, _ = _run(["comments", str(copies / "reviewed-from-sent.docx"), "-o", str(out), "--draft", str(sent)],
                      capsys)
    assert code == 0
    assert [(loc, unit) for loc, unit, _ in _rows(out)] == [("5.2", "李四")]



def test_the_draft_among_the_inputs_is_no_reply(copies: Path, draft: Path, tmp_path: Path, capsys) -> None:
    """``comments *.docx --draft draft.docx`` in the folder holding the draft: the draft itself was read
    as a reply without comments (回函 4 份 for 3 returned copies). It is left out in one line instead,
    however its path is spelt, and the counts are the copies'."""
    shutil.copyfile(draft, copies / "draft.docx")
    out = tmp_path / "意见汇总处理表.docx"
    spelt = copies / ".." / copies.name / "draft.docx"  # the same file by another path
    code, stdout, stderr = _run(["comments", str(copies), "-o", str(out), "--sent", "5", "--draft", str(spelt)],
                                capsys)
    assert code == 0, stderr
    assert "回函 3 份，其中有意见 2 份；未读入 0 个文件" in stdout
    counts = read_table(out).counts
    assert (counts.replies, counts.with_comments, counts.no_reply) == (3, 2, 2)
    assert "②收到《征求意见稿》后，回函的单位数：3个" in "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    notes = [line for line in stderr.splitlines() if "draft.docx" in line]
    assert len(notes) == 1 and "是发出的草案本身（--draft），不是回函，已略去" in notes[0], stderr
    assert "计为无意见的回函" not in notes[0]
    _matches(_rows(out))

    from authoring.i18n import set_lang

    out.unlink()
    try:
        code, stdout, stderr = _run(["--lang", "en", "comments", str(copies), "-o", str(out), "--draft",
                                     str(copies / "draft.docx")], capsys)
    finally:
        set_lang("zh")
    assert code == 0, stderr
    assert "3 replies, 2 with comments" in stdout
    assert "draft.docx: the draft as sent (--draft) itself, not a returned copy; left out" in stderr


def test_a_checks_comments_are_not_a_reviewers(copies: Path, tmp_path: Path, capsys) -> None:
    """A copy annotated by ``stdauthor check --annotate`` and sent round: its 131 tool comments became 131 rows
    of opinions from 'stdauthor'. They are left out, and said so; the reviewer's own comment is a row."""
    d = B.open_docx(copies / CLEAN)
    B.comment(d, "授权一线护理员", "[错误] 注中不应使用“应”。\nwording.requirement-in-informative", "stdauthor")
    B.comment(d, "员工提出的改进建议应在10个工作日内得到答复", "建议缩短时限。", "李四")
    d.save(copies / "annotated-and-reviewed.docx")
    out = tmp_path / "t.csv"
    code, _, err = _run(["comments", str(copies / "annotated-and-reviewed.docx"), "-o", str(out)], capsys)
    assert code == 0
    assert [(loc, unit) for loc, unit, _ in _rows(out)] == [("5.2", "李四")]
    assert "已略去 stdauthor 检查留下的批注 1 条" in err

def test_whole_paragraphs_inserted_or_deleted(copies: Path) -> None:
    copy = copies / "paragraphs.docx"
    d = B.open_docx(copies / CLEAN)
    B.insert_paragraph(d, "尊老、爱老、助老", "养老机构应每季度开展一次服务文化主题活动。", "赵六")
    B.delete_paragraph(d, "养老机构应保存评价记录不少于3年", "赵六")
    d.save(copy)
    remarks = read_copy(copy).remarks
    assert [(r.location, r.text) for r in remarks] == [
        ("5.3", "建议增加“养老机构应每季度开展一次服务文化主题活动。”"),
        ("7.3", "建议删除“养老机构应保存评价记录不少于3年，并比较历次评价结果，分析服务质量的变化趋势。”"),
    ]


@pytest.mark.libreoffice
def test_comments_saved_by_libreoffice_are_read(copies: Path, tmp_path: Path, capsys) -> None:
    soffice = soffice_path()
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    first = B.libreoffice_copy(copies / FIRST, tmp_path / "lo1", soffice, tmp_path / "profile")
    second = B.libreoffice_copy(copies / SECOND, tmp_path / "lo2", soffice, tmp_path / "profile")
    assert b"w:commentRangeStart" in _part(first, "word/document.xml")
    out = tmp_path / "t.csv"
    code, _, _ = _run(["comments", str(first), str(second), "-o", str(out)], capsys)
    assert code == 0
    _matches(_rows(out))


@pytest.mark.libreoffice
def test_copies_returned_as_word_97_doc_are_read(copies: Path, tmp_path: Path, capsys) -> None:
    """Reviewers who save as Word 97 return .doc copies; their comments and changes are read the same."""
    soffice = soffice_or_skip()
    folder = tmp_path / "returned"
    folder.mkdir()
    for name in (FIRST, SECOND):
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                        "--convert-to", "doc:MS Word 97", "--outdir", str(folder), str(copies / name)],
                       check=True, capture_output=True, timeout=180)
    docs = sorted(folder.glob("*.doc"))
    assert len(docs) == 2 and all(p.read_bytes()[:4] == b"\xd0\xcf\x11\xe0" for p in docs)
    out = tmp_path / "t.csv"
    # Given one by one (in the order the docx test uses), and as a folder.
    code, _, stderr = _run(["comments", str(folder / (Path(FIRST).stem + ".doc")),
                            str(folder / (Path(SECOND).stem + ".doc")), "-o", str(out)], capsys)
    assert code == 0, stderr
    _matches(_rows(out))
    out2 = tmp_path / "t2.csv"
    code, stdout, stderr = _run(["comments", str(folder), "-o", str(out2)], capsys)
    assert code == 0, stderr
    assert "9 条意见" in stdout


def _part(path: Path, name: str) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


@pytest.mark.libreoffice
def test_table_renders_in_libreoffice(copies: Path, tmp_path: Path, capsys) -> None:
    soffice = soffice_path()
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    out = copies / "意见汇总处理表.docx"
    _run(["comments", str(copies / FIRST), str(copies / SECOND), "-o", str(out), "--sent", "5"], capsys)
    pdf_dir = tmp_path / "pdf"
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(pdf_dir), str(out)],
                   check=True, capture_output=True, timeout=180)
    text = "".join("".join(page.split()) for page in pdf_pages_text(pdf_dir / f"{out.stem}.pdf"))
    for words in ("意见汇总处理表", "标准名称：《养老机构卓越服务规范》", "标准章条编号", "意见内容", "提出单位",
                  "处理意见", "康宁颐养中心", "5.5.3", "表1", "建议修改为", "建议删除",
                  "回函并有建议或意见的单位数：2个"):
        assert words in text, words
    assert "#k:" not in text  # row keys are hidden text


def test_decisions_are_read_from_the_committee_words() -> None:
    assert [decision_of(t) for t in ("采纳", "部分采纳，改为……", "未采纳。理由……", "不采纳", "", "待定")] == [
        "adopted", "partial", "rejected", "rejected", "pending", "pending"]


def test_generic_authors_and_units_from_file_names() -> None:
    assert all(is_generic(a) for a in ("", "Administrator", "python-docx", "Microsoft Office 用户", "Windows 用户",
                                      "DESKTOP-PC", "WPS_1693"))
    assert not any(is_generic(a) for a in ("张三", "华东养老服务研究院", "Li Hua"))
    assert unit_from_filename(Path("康宁颐养中心-意见.docx")) == "康宁颐养中心"
    assert unit_from_filename(Path("养老机构卓越服务规范（征求意见稿）_华东养老服务研究院反馈.docx"),
                              "养老机构卓越服务规范") == "华东养老服务研究院"
    assert unit_from_filename(Path("意见.docx")) == "意见"


def test_brackets_in_a_units_file_name_are_kept() -> None:
    """QA pass 6: 审阅稿 李四（北京）.docx gave the unit 李四北京."""
    assert unit_from_filename(Path("审阅稿 李四（北京）.docx")) == "李四（北京）"
    assert unit_from_filename(Path("审阅稿 李四 (北京).docx")) == "李四（北京）"
    assert unit_from_filename(Path("某某研究院（北京分院）-意见.docx")) == "某某研究院（北京分院）"
    # brackets holding only the stage, a noise word or a number are no part of the name
    assert unit_from_filename(Path("养老机构卓越服务规范（征求意见稿）-康宁颐养中心.docx"), "养老机构卓越服务规范") == "康宁颐养中心"
    assert unit_from_filename(Path("李四（修改）(2).docx")) == "李四"
    assert unit_from_filename(Path("【意见】张三（北京.docx")) == "张三北京"  # a stray bracket only separates


def test_the_table_names_a_unit_with_brackets_as_its_file_does(copies: Path, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "返回"
    folder.mkdir()
    shutil.copyfile(copies / SECOND, folder / "审阅稿 李四（北京）.docx")  # comments by Administrator
    out = tmp_path / "表.docx"
    code, _, stderr = _run(["comments", str(folder), "-o", str(out)], capsys)
    assert code == 0, stderr
    assert {r.unit for r in read_table(out).rows} == {"李四（北京）"}


def test_a_reviewers_copy_saved_as_strict_open_xml_gives_the_same_rows(copies: Path) -> None:
    """Word offers "Strict Open XML Document" in Save As; such a copy's comments and revisions were not
    found (its namespaces differ), and it was counted as a reply without comments."""
    from tests.docx.reader_builders import strict_copy

    for name in (FIRST, SECOND):
        strict = strict_copy(copies / name, copies / f"strict-{name}")
        want = [(r.kind, r.location, r.author, r.text) for r in read_copy(copies / name).remarks]
        assert len(want) >= 3
        assert [(r.kind, r.location, r.author, r.text) for r in read_copy(strict).remarks] == want


@pytest.mark.parametrize("before", [
    "7.5.5 监测预警",  # a typed heading's number is no punctuation
    "组织机构应按照附录B.1 给出的要求进行监测预警",
    "……共计1,000 人次，并开展监测预警",
    "总则部分中关于数据合作的第12.5 监测预警",  # never the end of a number cut short
])
def test_an_insertion_is_placed_by_whole_words(before: str) -> None:
    """QA: an insertion after the heading 7.5.5 监测预警 read 建议在“5 监测预警”后增加“与处置”, like clause 5."""
    from authoring.paperwork.review import _describe

    said = _describe("", "与处置", before, "")
    quoted = re.fullmatch(r"建议在“(.+)”后增加“与处置”", said).group(1)
    assert before.endswith(quoted) and quoted.endswith("监测预警"), said
    cut = before[:-len(quoted)]
    assert not (cut and cut[-1] in "0123456789.,，" and quoted[0] in "0123456789.,"), said
    assert not re.match(r"\d[\s\u3000]", quoted) or before.startswith(quoted), said


def test_a_reply_given_twice_is_listed_once(copies: Path, capsys) -> None:
    """QA: a reviewer's copy given as .docx and again (saved as .doc, or forwarded twice) counted as one reply,
    but every comment was listed twice (keys …-2)."""
    shutil.copyfile(copies / FIRST, copies / "华东养老服务研究院-转发.docx")
    out = copies / "意见汇总处理表.docx"
    code, _, stderr = _run(["comments", str(copies / FIRST), str(copies / SECOND), str(copies / "华东养老服务研究院-转发.docx"),
                            "-o", str(out)], capsys)
    assert code == 0, stderr
    _matches(_rows(out))
    assert "华东养老服务研究院-转发.docx: 4 条意见与“华东养老服务研究院.docx”中的相同" in stderr, stderr


def test_a_comment_without_words_is_listed_not_dropped(copies: Path) -> None:
    """QA: a reviewer's comment with a blank body (a bare highlight) was left out without a word."""
    copy = copies / "空批注.docx"
    d = B.open_docx(copies / CLEAN)
    B.comment(d, "授权一线护理员", "", "赵六")
    B.comment(d, "员工提出的改进建议", "建议缩短答复时间。", "赵六")
    d.save(copy)
    remarks = read_copy(copy).remarks
    assert [(r.location, r.text.split("（原文")[0]) for r in remarks] == [("5.2", "（批注无文字）"), ("5.2", "建议缩短答复时间。")]
    assert "授权一线护理员" in remarks[0].text


@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
def test_a_row_the_committee_deleted_stays_deleted(copies: Path, capsys, suffix: str) -> None:
    """QA: a row deleted from the table (a duplicate merged by hand) came back on the next run as 新增 1 条."""
    out = copies / f"意见汇总处理表{suffix}"
    assert _run(["comments", str(copies / FIRST), str(copies / SECOND), "-o", str(out)], capsys)[0] == 0
    if suffix == ".docx":
        document = docx.Document(str(out))
        table = next(t for t in document.tables if "意见内容" in t.rows[0].cells[2].text)
        gone = table.rows[3].cells[2].text
        table._tbl.remove(table.rows[3]._tr)
        table.rows[1].cells[4].paragraphs[0].add_run("采纳")
        document.save(str(out))
    else:
        import openpyxl

        book = openpyxl.load_workbook(out)
        sheet = book.worksheets[0]
        header = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 3).value == "意见内容")
        gone = sheet.cell(header + 3, 3).value
        sheet.delete_rows(header + 3)
        sheet.cell(header + 1, 5).value = "采纳"
        book.save(out)
    code, stdout, stderr = _run(["comments", str(copies / FIRST), str(copies / SECOND), "-o", str(out)], capsys)
    assert code == 0, stderr
    rows = read_table(out).rows
    assert len(rows) == len(EXPECTED) - 1 and gone not in [r.content for r in rows]
    assert rows[0].decision == "采纳"
    assert "新增 0 条" in stdout and "1 条意见曾列入本表、已被删去，本次未再加入" in stderr, (stdout, stderr)
    # a comment that is new to the table still comes in
    d = B.open_docx(copies / FIRST)
    B.comment(d, "员工提出的改进建议", "新的意见。", "张三")
    d.save(copies / FIRST)
    code, stdout, _ = _run(["comments", str(copies / FIRST), str(copies / SECOND), "-o", str(out)], capsys)
    assert code == 0 and "新增 1 条" in stdout and len(read_table(out).rows) == len(EXPECTED)


def test_an_update_from_fewer_copies_keeps_the_foot(copies: Path, capsys) -> None:
    """QA: a run given only one copy rewrote the foot to 回函 1个 above rows from three reviewers."""
    out = copies / "意见汇总处理表.docx"
    assert _run(["comments", str(copies / FIRST), str(copies / SECOND), str(copies / CLEAN), "-o", str(out),
                 "--sent", "5"], capsys)[0] == 0
    code, _, stderr = _run(["comments", str(copies / FIRST), "-o", str(out)], capsys)
    assert code == 0, stderr
    counts = read_table(out).counts
    assert (counts.sent, counts.replies, counts.with_comments) == (5, 3, 2)
    assert "少于原表记录的3份" in stderr and "表尾保留原表的回函计数" in stderr, stderr
    assert len(read_table(out).rows) == len(EXPECTED)
