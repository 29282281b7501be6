"""QA pass 8, the findings left after the first round: ``explain --comments`` of another standard (2),
``explain`` of a Word 97 .doc (10), units named by numbered file names (17), deletions that ended in
。”。 (18), the excellence table on a landscape page (16) and 本文件表N (15), and the excerpt a draft's
excellence row quotes (13), each on small made-up drafts and copies."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from authoring.paperwork.table import ResolutionTable, Row, table_bytes
from tests.paperwork.conftest import run_zh
from tests.paperwork.test_explain_qa8 import _draft


def _table(path: Path, title: str) -> Path:
    """A small 意见汇总处理表 of the standard ``title``: one comment, adopted."""
    table = ResolutionTable(title=title, rows=[Row(location="4", content="建议补充投诉的答复时限。", unit="某市民政局",
                                                   decision="采纳")])
    path.write_bytes(table_bytes(table, path.suffix.lstrip(".")))
    return path


# -- finding 2 (explain): a resolution table of another standard is refused ----------------------------------------

@pytest.mark.parametrize("suffix", [".docx", ".csv"])
def test_explain_refuses_the_table_of_another_standard(tmp_path: Path, capsys, suffix: str) -> None:
    draft = _draft(tmp_path / "社区助餐服务规范.docx")
    table = _table(tmp_path / f"条例意见汇总处理表{suffix}", "山东省养老服务条例")
    out = tmp_path / "编制说明.docx"
    code, stdout, stderr = run_zh(["explain", str(draft), "--comments", str(table), "-o", str(out)], capsys)
    assert code == 2 and stdout == ""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    assert str(table) in lines[0] and "《山东省养老服务条例》" in lines[0] and "《社区助餐服务规范》" in lines[0]
    assert "另一标准" in lines[0] and "未生成编制说明" in lines[0]
    assert not out.exists()


def test_explain_refuses_the_table_of_another_standard_in_english(tmp_path: Path, capsys) -> None:
    draft = _draft(tmp_path / "社区助餐服务规范.docx")
    table = _table(tmp_path / "表.docx", "山东省养老服务条例")
    out = tmp_path / "memo.docx"
    code, _, stderr = run_zh(["explain", str(draft), "--comments", str(table), "-o", str(out), "--lang", "en"], capsys)
    assert code == 2 and "another standard" in stderr and "山东省养老服务条例" in stderr and not out.exists()


def test_explain_refuses_the_table_of_another_standard_beside_a_project(tmp_path: Path, capsys) -> None:
    from tests.paperwork.builders import bundled_example

    table = _table(tmp_path / "表.docx", "社区助餐服务规范")
    out = tmp_path / "编制说明.docx"
    out.write_bytes(b"kept")
    code, _, stderr = run_zh(["explain", str(bundled_example()), "--comments", str(table), "-o", str(out), "--force"],
                             capsys)
    assert code == 2 and "《社区助餐服务规范》" in stderr and "《养老机构卓越服务规范》" in stderr
    assert out.read_bytes() == b"kept" and not (tmp_path / "编制说明.bak.docx").exists()


def test_explain_counts_the_table_of_the_same_standard_at_another_stage(tmp_path: Path, capsys) -> None:
    draft = _draft(tmp_path / "社区助餐服务规范.docx")
    table = _table(tmp_path / "表.docx", "社区助餐服务规范（征求意见稿）")
    out = tmp_path / "编制说明.docx"
    code, _, stderr = run_zh(["explain", str(draft), "--comments", str(table), "-o", str(out)], capsys)
    assert code == 0, stderr
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "共收到意见1条，其中采纳1条" in text


def test_explain_counts_a_table_whose_title_is_not_filled_in(tmp_path: Path, capsys) -> None:
    draft = _draft(tmp_path / "社区助餐服务规范.docx")
    table = _table(tmp_path / "表.docx", "")
    out = tmp_path / "编制说明.docx"
    code, _, stderr = run_zh(["explain", str(draft), "--comments", str(table), "-o", str(out)], capsys)
    assert code == 0, stderr


# -- finding 10: explain reads a Word 97 .doc as check and comments do ----------------------------------------------

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.mark.libreoffice
def test_explain_reads_a_word_97_doc_draft(tmp_path: Path, capsys) -> None:
    import subprocess

    from tests.conftest import soffice_or_skip

    soffice = soffice_or_skip()
    source = _draft(tmp_path / "社区助餐服务规范.docx")
    folder = tmp_path / "doc"
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                    "--convert-to", "doc:MS Word 97", "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, timeout=180)
    doc = folder / "社区助餐服务规范.doc"
    assert doc.read_bytes()[:8] == OLE
    before = doc.read_bytes()
    out = tmp_path / "编制说明.docx"
    code, stdout, stderr = run_zh(["explain", str(doc), "-o", str(out)], capsys)
    assert code == 0, stderr
    assert "已生成编制说明" in stdout and doc.read_bytes() == before
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "《社区助餐服务规范》" in text and "——第4章“服务要求”" in text
    assert sorted(p.name for p in folder.iterdir()) == ["社区助餐服务规范.doc"]  # no converted copy left behind


def test_explain_tells_a_password_protected_doc(tmp_path: Path, capsys) -> None:
    doc = tmp_path / "加密.doc"
    doc.write_bytes(OLE + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 64)
    out = tmp_path / "编制说明.docx"
    code, stdout, stderr = run_zh(["explain", str(doc), "-o", str(out)], capsys)
    assert code == 2 and stdout == "" and not out.exists()
    assert len(stderr.strip().splitlines()) == 1 and str(doc) in stderr and "密码" in stderr, stderr
    assert "输入应为" not in stderr and "LibreOffice" not in stderr


@pytest.mark.libreoffice
def test_explain_tells_a_damaged_doc(tmp_path: Path, capsys) -> None:
    from tests.conftest import soffice_or_skip

    soffice_or_skip()
    doc = tmp_path / "损坏.doc"
    doc.write_bytes(OLE + b"\0" * 504 + "WordDocument".encode("utf-16-le") + b"\xff" * 4096)
    out = tmp_path / "编制说明.docx"
    code, stdout, stderr = run_zh(["explain", str(doc), "-o", str(out)], capsys)
    assert code == 2 and stdout == "" and not out.exists()
    assert len(stderr.strip().splitlines()) == 1 and str(doc) in stderr and "已损坏或受密码保护" in stderr, stderr
    assert "Traceback" not in stderr


# -- finding 17: a leading sequence token of a file name is no part of the unit's name -------------------------------

@pytest.mark.parametrize(("name", "unit"), [
    ("r2-康宁颐养中心.docx", "康宁颐养中心"),
    ("rev5-赵六.docx", "赵六"),
    ("附件2 反馈意见 民政厅 2024.5.10.docx", "民政厅"),
    ("附件3：华东养老服务研究院.docx", "华东养老服务研究院"),
    ("02_民政厅.docx", "民政厅"),
    ("(3)民政厅.docx", "民政厅"),
    ("（三）民政厅养老处.docx", "民政厅养老处"),
    ("一、民政厅.docx", "民政厅"),
    ("12. 某某研究院（北京分院）-意见.docx", "某某研究院（北京分院）"),
    ("【附件1】r2-康宁颐养中心.docx", "康宁颐养中心"),
])
def test_a_leading_sequence_token_is_no_part_of_the_unit(name: str, unit: str) -> None:
    from authoring.paperwork.review import unit_from_filename

    assert unit_from_filename(Path(name)) == unit


@pytest.mark.parametrize(("name", "unit"), [
    ("3M中国有限公司.docx", "3M中国有限公司"),  # a number that belongs to the name: no separator follows it
    ("三亚市民政局.docx", "三亚市民政局"),
    ("十三五规划办-意见.docx", "十三五规划办"),
    ("r2-养老机构卓越服务规范.docx", "r2"),  # nothing but the token is left: it is kept rather than nothing
])
def test_a_name_that_only_starts_like_a_number_is_kept(name: str, unit: str) -> None:
    from authoring.paperwork.review import unit_from_filename

    assert unit_from_filename(Path(name), "养老机构卓越服务规范") == unit


def test_a_numbered_copy_gives_its_unit_to_the_table(copies: Path, tmp_path: Path, capsys) -> None:
    """QA 8.17: ``r2-康宁颐养中心.docx`` (comments by Administrator) was filed under 提出单位 r2康宁颐养中心."""
    from authoring.paperwork.table import read_table
    from tests.paperwork.conftest import SECOND

    numbered = tmp_path / "r2-康宁颐养中心.docx"
    numbered.write_bytes((copies / SECOND).read_bytes())
    out = tmp_path / "表.csv"
    code, _, stderr = run_zh(["comments", str(numbered), "-o", str(out)], capsys)
    assert code == 0, stderr
    assert {row.unit for row in read_table(out).rows} == {"康宁颐养中心"}


# -- finding 18: a quoted sentence's own full stop is not followed by another ----------------------------------------

@pytest.mark.parametrize(("old", "new", "expected"), [
    ("员工提出的改进建议应在10个工作日内得到答复。", "",
     "建议删除“员工提出的改进建议应在10个工作日内得到答复。”"),
    ("员工提出的改进建议应在10个工作日内得到答复。", "员工提出的改进建议应在5个工作日内得到答复！",
     "原文“员工提出的改进建议应在10个工作日内得到答复。”，建议修改为“员工提出的改进建议应在5个工作日内得到答复！”"),
    ("10个工作日", "", "建议删除“10个工作日”。"),  # no sentence mark inside the quotes: the row ends in 。 as before
])
def test_a_deleted_sentence_ends_in_one_full_stop(draft: Path, tmp_path: Path, old: str, new: str,
                                                  expected: str) -> None:
    from authoring.paperwork.review import read_copy
    from tests.paperwork import builders as B

    d = B.open_docx(draft)
    B.track(d, "员工提出的改进建议应在10个工作日内得到答复", old, new, "张三")
    copy = tmp_path / "华东养老服务研究院.docx"
    d.save(str(copy))
    texts = [r.text for r in read_copy(copy).remarks if r.kind == "change"]
    assert texts == [expected], texts


def test_an_insertion_of_a_sentence_ends_in_one_full_stop(draft: Path, tmp_path: Path) -> None:
    from authoring.paperwork.review import read_copy
    from tests.paperwork import builders as B

    d = B.open_docx(draft)
    B.track(d, "员工提出的改进建议应在10个工作日内得到答复。", "", "答复应留有记录。", "张三")
    copy = tmp_path / "华东养老服务研究院.docx"
    d.save(str(copy))
    texts = [r.text for r in read_copy(copy).remarks if r.kind == "change"]
    assert len(texts) == 1 and texts[0].endswith("增加“答复应留有记录。”") and "”。" not in texts[0], texts


def test_a_deletion_listed_before_the_mend_and_deleted_by_the_committee_stays_deleted(draft: Path, tmp_path: Path,
                                                                                       capsys) -> None:
    """A table written before the mend listed the row as 建议删除“…答复。”。; its key still names the row."""
    from authoring.paperwork.review import read_copy, remark_key
    from authoring.paperwork.table import read_table
    from tests.paperwork import builders as B

    d = B.open_docx(draft)
    sentence = "员工提出的改进建议应在10个工作日内得到答复。"
    B.track(d, sentence, sentence, "", "张三")
    copy = tmp_path / "华东养老服务研究院.docx"
    d.save(str(copy))
    location = read_copy(copy).remarks[0].location
    old_key = remark_key("张三", copy, location, f"建议删除“{sentence}”。")
    out = tmp_path / "表.docx"
    out.write_bytes(table_bytes(ResolutionTable(title="养老机构卓越服务规范", listed=[old_key]), "docx"))
    code, stdout, stderr = run_zh(["comments", str(copy), "-o", str(out)], capsys)
    assert code == 0, stderr
    assert read_table(out).rows == [] and "已被删去，本次未再加入" in stderr


# -- finding 16: the excellence table stands on a landscape page ----------------------------------------------------

def _sections_of(data: bytes) -> tuple[object, list[tuple[str, int]]]:
    """The memorandum, and each table's header and caption paragraphs with the index of the section they stand in."""
    from docx.oxml.ns import qn

    document = docx.Document(io.BytesIO(data))
    placed: list[tuple[str, int]] = []
    section = 0
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:tbl"):
            first = child.find(qn("w:tr"))
            placed.append(("".join(t.text or "" for t in first.iter(qn("w:t"))), section))
        elif child.tag == qn("w:p"):
            text = "".join(t.text or "" for t in child.iter(qn("w:t")))
            if text.startswith("表") and "　" in text:
                placed.append((text, section))
            if child.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
                section += 1
    return document, placed


@pytest.mark.parametrize("kind", ["project", "draft"])
def test_the_excellence_table_stands_in_a_landscape_section(tmp_path: Path, kind: str) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    from authoring.paperwork.explain import explain_docx, from_draft, from_project
    from tests.paperwork.builders import bundled_example

    source = from_project(bundled_example()) if kind == "project" else from_draft(_draft(tmp_path / "草案.docx"))
    document, placed = _sections_of(explain_docx(source))
    sections = document.sections
    where = {name: at for name, at in placed}
    caption = next(name for name in where if name.endswith("卓越服务要素的融入情况"))
    header = next(name for name in where if name.startswith("《指南》条目"))
    landscape = sections[where[header]]
    assert where[caption] == where[header]
    assert landscape.orientation == WD_ORIENT.LANDSCAPE
    assert abs(landscape.page_width - Cm(29.7)) < Cm(0.01) and abs(landscape.page_height - Cm(21.0)) < Cm(0.01)
    # every other table, and the pages before and after, stay portrait A4
    others = [at for name, at in where.items() if at != where[header]]
    assert others and all(sections[at].orientation == WD_ORIENT.PORTRAIT for at in others)
    assert sections[0].orientation == WD_ORIENT.PORTRAIT and sections[-1].orientation == WD_ORIENT.PORTRAIT
    assert abs(sections[-1].page_width - Cm(21.0)) < Cm(0.01)
    # the table is as wide as the landscape page's text, not the portrait page's 16 cm
    from docx.oxml.ns import qn

    table = next(t for t in document.tables if t.rows[0].cells[0].text == "《指南》条目")
    grid = sum(int(col.get(qn("w:w"))) for col in table._tbl.tblGrid.iterchildren(qn("w:gridCol")))
    text_width = landscape.page_width - landscape.left_margin - landscape.right_margin
    assert Cm(22) < grid * 635 <= text_width  # twips to EMU
    assert [c.text for c in table.rows[0].cells] == ["《指南》条目", "融入情况", "本文件条款", "条款摘录", "采用的实施方法",
                                                     "不适用的理由或说明"]
    # the page number travels into every section
    assert all(s.footer.is_linked_to_previous for s in sections[1:])


# -- finding 15: the standard's tables are 本文件表N beside the memorandum's own 表1 … ----------------------------------

def test_the_standards_tables_are_named_as_this_documents() -> None:
    from authoring.paperwork.explain import explain_docx, from_project
    from tests.paperwork.builders import bundled_example

    text = "\n".join(p.text for p in docx.Document(io.BytesIO(explain_docx(from_project(bundled_example())))).paragraphs)
    assert "7条，给出了本文件表1、表2、表3。" in text
    assert "以本文件表A.1给出卓越服务实施方法。" in text
    assert "给出了表" not in text and "以表" not in text
    # the memorandum's own tables keep their bare numbers
    assert "工作见表1。" in text and "表1　主要起草人及其所做的工作" in text


def test_a_chapter_that_is_a_table_names_it_as_this_documents() -> None:
    from authoring.document import Clause, Table
    from authoring.paperwork.explain import _chapter_summary

    clause = Clause(number="5", title="服务项目", blocks=[Table(number="1", title="服务项目及其内容",
                                                                rows=[["项目", "内容"], ["助餐", "每日三餐"]])])
    assert _chapter_summary(clause) == "以本文件表1给出服务项目及其内容。"


# -- finding 13: from a draft, the excerpt is a requirement of the body before an annex or a table ----------------------

def _coverage(*evidence: tuple[str, str]):
    from authoring.checklist import load_packs
    from authoring.results import CoverageReport, Evidence, ItemCoverage

    checklist = load_packs().get("excellence-guide")
    found = ItemCoverage(id="5.3", title="服务文化", status="covered", score=1.0,
                         evidence=[Evidence(location=where, excerpt=text) for where, text in evidence])
    return CoverageReport(checklist_id=checklist.id, score=1.0, items=[found]), checklist


def _excerpt_of(*evidence: tuple[str, str]) -> str:
    from authoring.paperwork.evidence import rows_from_coverage

    coverage, checklist = _coverage(*evidence)
    return next(r for r in rows_from_coverage(coverage, checklist) if r.item_id == "5.3").excerpt


ANNEX_A = "服务文化（见4.6） …… a) 将卓越服务文化记录在行为准则或服务声明中，并加以部署"
BODY = "养老机构应将“尊老、爱老、助老”的服务理念写入员工行为准则，并通过培训、晨会和案例分享加以落实。"


def test_a_body_requirement_is_quoted_before_the_annex_that_restates_the_guide() -> None:
    from authoring.paperwork.evidence import clip

    assert _excerpt_of(("表A.1", ANNEX_A), ("4.6", BODY)) == clip(BODY)
    assert _excerpt_of(("附录A", ANNEX_A), ("A.2", "服务文化的实施方法见表A.1中的有关条目，由养老机构自行选用。"),
                       ("4.6", BODY)).startswith("养老机构应将")


def test_a_body_requirement_is_quoted_before_table_cells_and_titles() -> None:
    cells = "入住评估完成率 …… 紧急呼叫响应时间"
    assert _excerpt_of(("表2", cells), ("4.3", "服务项目、服务流程和服务质量要求应明确、具体并可量化。")) \
        == "服务项目、服务流程和服务质量要求应明确、具体并可量化。"


def test_among_body_sentences_a_requirement_comes_first_and_order_decides_the_rest() -> None:
    scope = "本文件规定了养老机构提供卓越服务的基本要求、服务文化和评价与改进。"
    assert _excerpt_of(("1", scope), ("4.6", BODY), ("4.5", "养老机构应定期开展服务文化主题活动，每季度至少一次。")) \
        .startswith("养老机构应将")


def test_without_a_body_sentence_the_annex_or_table_is_still_quoted() -> None:
    from authoring.paperwork.evidence import clip

    assert _excerpt_of(("表A.1", ANNEX_A), ("5.3", "服务文化")) == clip(ANNEX_A)  # prose before a heading, as before
    assert _excerpt_of(("5.3", "服务文化")) == "服务文化"  # a heading alone, as before


def test_a_drafts_excellence_rows_quote_its_body(draft: Path) -> None:
    """QA 8.13: the example's 5.3, 5.6, 5.7, 5.8 and 6.2 quoted its Annex A (the guide's own wording) and
    4.4 its 表2's cells, though each has a requirement of the body among its places."""
    import re

    from authoring.paperwork.explain import from_draft

    rows = {r.item_id: r for r in from_draft(draft).items}
    for item_id in ("4.4", "5.3", "5.6", "5.7", "5.8", "6.2"):
        row = rows[item_id]
        assert any(re.match(r"^\d", place) for place in row.places), (item_id, row.places)
        assert "（见" not in row.excerpt and not re.match(r"^[a-z]\) ", row.excerpt), (item_id, row.excerpt)
        assert "应" in row.excerpt, (item_id, row.excerpt)
    assert rows["4.4"].excerpt != "入住评估完成率 …… 紧急呼叫响应时间"
