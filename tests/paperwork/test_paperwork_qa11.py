"""QA pass 11: the committee paperwork (编制说明, 意见汇总处理表) and what a folder check counts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from authoring.paperwork.explain import from_project
from tests.project.test_project_v2 import V2


def _project(tmp_path: Path, text: str = V2) -> Path:
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    return path


# -- A4: the methods are cited in the methods annex's table, never another annex's ----------------------------

def test_the_methods_are_cited_in_the_methods_annex_not_the_committees_own_table(tmp_path: Path) -> None:
    """The project's own 附录A holds 表A.1 (a 服务记录); the ticked methods go to the generated 附录B's 表B.1."""
    source = from_project(_project(tmp_path))
    methods = next(a for a in source.doc.annexes if a.title == "卓越服务实施方法")
    rows = {r.item_id: r for r in source.items}
    assert rows["5.2"].methods
    assert rows["5.2"].places[-1] == f"表{methods.letter}.1" != "表A.1"
    assert not any("表A.1" in r.places for r in source.items)


def test_a_methods_annex_without_a_table_cites_no_table(tmp_path: Path) -> None:
    """The outline holds its own 附录A with 表A.1 and a hand-written 附录B 卓越服务实施方法 in prose (composing
    leaves that annex as it is): the rows cite no table, not the committee's 表A.1."""
    text = V2 + "    - id: annex-methods\n      title: 卓越服务实施方法\n      blocks:\n        - 实施方法由起草组另行约定。\n"
    rows = {r.item_id: r for r in from_project(_project(tmp_path, text)).items}
    assert rows["5.2"].methods and not [p for p in rows["5.2"].places if p.startswith("表")]


# -- A11: the words an insertion is placed by start (or end) at a punctuation mark, not mid-word ---------------------

_SIGNED = "服务人员应按服务计划准时上门，服务结束后请服务对象或其家属签字确认。"
_LATE = "迟到超过15 min的，应提前告知服务对象。"


def _reviewed(draft: Path, target: Path, paragraph: str, new: str) -> Path:
    """The example draft with one paragraph reworded as ``paragraph`` and ``new`` inserted after it, tracked, by 张三."""
    from tests.paperwork import builders as B

    d = B.open_docx(draft)
    para = B.paragraph_with(d, "员工提出的改进建议应在10个工作日内得到答复")
    for run in para.runs[1:]:
        run._r.getparent().remove(run._r)
    para.runs[0].text = paragraph
    B.track(d, paragraph, "", new, "张三")
    d.save(str(target))
    return target


def _changes(copy: Path) -> list[str]:
    from authoring.paperwork.review import read_copy

    return [r.text for r in read_copy(copy).remarks if r.kind == "change"]


def test_an_insertion_after_a_long_clause_quotes_the_clause_from_its_start(draft: Path, tmp_path: Path) -> None:
    copy = _reviewed(draft, tmp_path / "华东养老服务研究院.docx", _SIGNED, _LATE)
    assert _changes(copy) == [f"建议在“服务结束后请服务对象或其家属签字确认。”后增加“{_LATE}”"]


def test_a_clause_longer_than_a_quote_is_cut_with_an_ellipsis(draft: Path, tmp_path: Path) -> None:
    """No punctuation mark within a quote's length: the context says that it is cut (……) rather than start
    mid-word as if it were whole."""
    long = "服务人员应在每次上门服务结束后请服务对象或其家属在服务记录单上签字确认并由服务机构按月归档保存备查。"
    copy = _reviewed(draft, tmp_path / "华东养老服务研究院.docx", long, _LATE)
    [text] = _changes(copy)
    quoted = text.split("“")[1].split("”")[0]
    assert quoted.startswith("……") and long.endswith(quoted[2:]) and len(quoted) <= 42, text


def test_a_sentence_short_enough_is_quoted_whole_as_before(draft: Path, tmp_path: Path) -> None:
    from authoring.paperwork.review import read_copy

    text = "服务前应核实身份，结束后签字。"
    copy = _reviewed(draft, tmp_path / "华东养老服务研究院.docx", text, _LATE)
    [remark] = [r for r in read_copy(copy).remarks if r.kind == "change"]
    assert remark.text == f"建议在“{text}”后增加“{_LATE}”" and remark.key_text == ""


@pytest.mark.parametrize(("after", "quoted"), [
    ("服务结束后请服务对象或其家属签字确认，并归档。", "服务结束后请服务对象或其家属签字确认"),
    ("服务结束后请服务对象或其家属签字确认", "服务结束后请服务对象或其家属签字确认"),
    ("服务人员应在每次上门服务结束后请服务对象或其家属在服务记录单上签字确认并由服务机构按月归档保存备查。",
     "服务人员应在每次上门服务结束后请……"),
    ("服务前，应核实身份。", "服务前，应核实身份"),  # a mark among the first four characters is passed as before
])
def test_an_insertion_before_words_quotes_them_to_a_punctuation_mark(after: str, quoted: str) -> None:
    from authoring.paperwork.review import _describe

    assert _describe("", "迟到的", "", after) == f"建议在“{quoted}”前增加“迟到的”"


def test_a_table_listing_the_row_with_its_old_context_knows_it_still(draft: Path, tmp_path: Path, capsys) -> None:
    """A table written before QA pass 11 quoted 束后请……确认。 and keyed the row by that wording; the row the
    committee deleted from it stays deleted (the key is made of the old wording, as bb399b1 kept the old 。)."""
    from authoring.paperwork.review import read_copy, remark_key
    from authoring.paperwork.table import ResolutionTable, read_table, table_bytes
    from tests.paperwork.conftest import run_zh

    copy = _reviewed(draft, tmp_path / "华东养老服务研究院.docx", _SIGNED, _LATE)
    location = read_copy(copy).remarks[0].location
    old_key = remark_key("张三", copy, location, f"建议在“束后请服务对象或其家属签字确认。”后增加“{_LATE}”。")
    out = tmp_path / "表.docx"
    out.write_bytes(table_bytes(ResolutionTable(title="养老机构卓越服务规范", listed=[old_key]), "docx"))
    code, _, stderr = run_zh(["comments", str(copy), "-o", str(out)], capsys)
    assert code == 0, stderr
    assert read_table(out).rows == [] and "已被删去，本次未再加入" in stderr


# -- B1: 提出单位 of a person's comments in a copy whose file name names a unit -----------------------------------------

def _commented(draft: Path, target: Path, author: str, text: str = "建议明确“规定额度”的具体数值。") -> Path:
    from tests.paperwork import builders as B

    d = B.open_docx(draft)
    B.comment(d, "授权一线护理员", text, author)
    d.save(str(target))
    return target


def test_a_persons_comments_in_a_units_copy_are_the_units(draft: Path, tmp_path: Path, capsys) -> None:
    """张三's comments in r2-华东养老服务研究院.docx are 华东养老服务研究院's (the foot counts units), said in one line."""
    from authoring.paperwork.table import read_table
    from tests.paperwork.conftest import run_zh

    copy = _commented(draft, tmp_path / "r2-华东养老服务研究院.docx", "张三")
    out = tmp_path / "表.docx"
    code, _, stderr = run_zh(["comments", str(copy), "-o", str(out)], capsys)
    assert code == 0, stderr
    table = read_table(out)
    assert [r.unit for r in table.rows] == ["华东养老服务研究院"] and table.counts.replies == 1
    said = [line for line in stderr.splitlines() if "提出单位" in line]
    assert len(said) == 1 and "华东养老服务研究院" in said[0] and "张三" in said[0] and "--units" in said[0], stderr


def test_a_persons_comments_under_their_own_name_say_how_to_give_the_unit(draft: Path, tmp_path: Path,
                                                                          capsys) -> None:
    from authoring.paperwork.table import read_table
    from tests.paperwork.conftest import run_zh

    copy = _commented(draft, tmp_path / "r5-专家意见.docx", "张三")
    out = tmp_path / "表.docx"
    code, _, stderr = run_zh(["comments", str(copy), "-o", str(out)], capsys)
    assert code == 0 and [r.unit for r in read_table(out).rows] == ["张三"]
    said = [line for line in stderr.splitlines() if "提出单位" in line]
    assert len(said) == 1 and "提出单位按批注作者填写" in said[0] and "张三" in said[0] and "--units" in said[0], stderr
    code, _, stderr = run_zh(["comments", str(copy), "-o", str(tmp_path / "t.csv"), "--lang", "en"], capsys)
    said = [line for line in stderr.splitlines() if "--units" in line]
    assert code == 0 and len(said) == 1 and "author" in said[0] and not re.search(r"[\u4e00-\u9fff]{4}", said[0])


def test_a_table_that_lists_the_person_as_a_unit_keeps_them(draft: Path, tmp_path: Path, capsys) -> None:
    """A table written when 提出单位 was the author (张三) is updated with the same copy: no second unit in the foot,
    the row stays 张三's, no row added."""
    from authoring.paperwork.table import read_table
    from tests.paperwork.conftest import run_zh

    copy = _commented(draft, tmp_path / "r2-华东养老服务研究院.docx", "张三")
    units = tmp_path / "units.yaml"
    units.write_text("张三: 张三\n", encoding="utf-8")  # what the table said before: the author
    out = tmp_path / "表.docx"
    assert run_zh(["comments", str(copy), "-o", str(out), "--units", str(units)], capsys)[0] == 0
    late = _commented(draft, tmp_path / "r3-浦东新区民政局.docx", "李四", "建议补充投诉的答复时限。")
    code, stdout, stderr = run_zh(["comments", str(copy), str(late), "-o", str(out)], capsys)
    assert code == 0, stderr
    table = read_table(out)
    assert [r.unit for r in table.rows] == ["张三", "浦东新区民政局"] and "新增 1 条" in stdout
    assert table.counts.replies == 2 and table.counts.with_comments == 2


def test_what_looks_like_a_unit() -> None:
    from authoring.paperwork.review import looks_like_unit

    units = ["华东养老服务研究院", "浦东新区民政局", "上海市第一社会福利院", "中和标准化咨询有限公司", "康宁颐养中心",
             "上海市养老服务行业协会", "复旦大学", "某某研究院（分院）", "Shanghai ABC Co., Ltd."]
    people = ["张三", "欧阳明", "王科", "Li Hua", "专家意见", "养老机构卓越服务规范（征求意见稿）"]
    assert [u for u in units if not looks_like_unit(u)] == [] and [p for p in people if looks_like_unit(p)] == []


# -- B10: the 编制说明's layout, rendered by LibreOffice ---------------------------------------------------------------

@pytest.fixture(scope="module")
def rendered_memorandum(tmp_path_factory) -> list[str]:
    """The pages' text of the 编制说明 of a project that leaves 21 items 待定 (a long list of item numbers)."""
    import subprocess

    from authoring.paperwork.explain import explain_docx
    from tests.conftest import pdf_pages_text, soffice_or_skip

    soffice = soffice_or_skip()
    folder = tmp_path_factory.mktemp("memo")
    memo = folder / "编制说明.docx"
    memo.write_bytes(explain_docx(from_project(_project(folder))))
    subprocess.run([soffice, f"-env:UserInstallation=file://{folder / 'profile'}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder), str(memo)], check=True, capture_output=True, timeout=180)
    return [page.replace("\u200b", "") for page in pdf_pages_text(folder / "编制说明.pdf")]


def test_a_long_list_of_items_wraps_after_its_commas(rendered_memorandum: list[str]) -> None:
    """（4.1、4.2、…、7.4） broke with （ alone at a line's end and 、 starting the next line."""
    lines = [line.strip() for page in rendered_memorandum for line in page.splitlines() if line.strip()]
    start = next(k for k, line in enumerate(lines) if "共列出" in line)
    paragraph = lines[start:start + 6]
    assert not [line for line in paragraph if line.endswith("（") or line.startswith(("、", "）"))], paragraph
    assert "待定21个（4.2、" in "".join("".join(paragraph).split()), paragraph


def test_the_excellence_table_starts_on_the_page_of_its_heading(rendered_memorandum: list[str]) -> None:
    """The landscape table started a page of its own, leaving the page with its heading and lead-in nearly empty."""
    [page] = [p for p in rendered_memorandum if "卓越服务要素的融入情况" in p and "（三）" in p]
    assert "表1 卓越服务要素的融入情况" in " ".join(page.split()) and "《指南》条目" in page
