"""A committee's working copy with reviewers' tracked changes and comments (QA pass 11, A1).

The reader reads Word's final view: pending insertions as accepted, deletions as made, comments not at all.
``check``, ``import`` and ``explain`` each say so once, with how many there were: one change is a run of
revisions by one author (a replacement, ``w:del`` then ``w:ins``, is one), a move is one, a reply to a comment
is part of the comment, and a revision of formatting only is none.
"""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pytest
from docx.oxml.ns import qn

from authoring.cli.main import main
from authoring.docx.read import read_docx, read_draft
from tests.paperwork import builders as B


@pytest.fixture(autouse=True)
def _language_restored():
    from authoring.i18n import get_lang, set_lang

    before = get_lang()
    yield
    set_lang(before)


def _move(document, fragment: str, to_fragment: str, author: str) -> None:
    """The runs of the paragraph holding ``fragment`` moved, tracked, to the end of the one holding ``to_fragment``."""
    source = B.paragraph_with(document, fragment)._p
    target = B.paragraph_with(document, to_fragment)._p
    runs = source.findall(qn("w:r"))
    away, here = B._mark("moveFrom", author), B._mark("moveTo", author)
    for r in runs:
        moved = copy.deepcopy(r)
        here.append(moved)
        for t in r.iter(qn("w:t")):
            t.tag = qn("w:delText")
        source.remove(r)
        away.append(r)
    source.append(away)
    target.append(here)


def _formatting_only(document, fragment: str, author: str) -> None:
    """A run of the paragraph holding ``fragment`` made bold, tracked (w:rPrChange): no text changes."""
    run = B.paragraph_with(document, fragment)._p.find(qn("w:r"))
    rpr = run.find(qn("w:rPr"))
    if rpr is None:
        rpr = run.makeelement(qn("w:rPr"), {})
        run.insert(0, rpr)
    rpr.append(rpr.makeelement(qn("w:b"), {}))
    change = B._mark("rPrChange", author)
    change.append(change.makeelement(qn("w:rPr"), {}))
    rpr.append(change)


@pytest.fixture(scope="module")
def working_copy(tmp_path_factory) -> Path:
    """The example draft as a committee's working copy: 3 changes by 张三 (a replacement, an insertion, a
    deletion), a move by 李四, a change of formatting only, and 2 comments, one of them answered."""
    folder = tmp_path_factory.mktemp("working")
    path = B.build_draft(folder / "工作稿.docx")
    d = B.open_docx(path)
    B.track(d, "每年至少组织一次愿景", "每年至少组织一次", "每半年至少组织一次", "张三")
    B.track(d, "在24 h内响应", "", "（节假日除外）", "张三")
    B.track(d, "并评估其效果", "，并评估其效果", "", "张三")
    _move(d, "授权一线护理员", "员工提出的改进建议应在10个工作日内得到答复", "李四")
    _formatting_only(d, "本文件规定了养老机构提供卓越服务", "王五")
    B.comment(d, "本文件由中华人民共和国民政部提出", "提出单位的表述请与民政部核实。", "张三")
    B.comment(d, "护理员年度在岗培训时间", "建议将培训时间提高到32 h。", "李四")
    d.save(path)
    B.word_reply(path, "张三", "王五", "同意。")
    return path


@pytest.fixture(scope="module")
def clean_copy(tmp_path_factory) -> Path:
    return B.build_draft(tmp_path_factory.mktemp("clean") / "草案.docx")


def test_reader_counts_changes_and_comments(working_copy: Path, clean_copy: Path) -> None:
    doc, review = read_draft(working_copy)
    assert (review.changes, review.comments) == (4, 2)
    assert not read_draft(clean_copy)[1]
    # the text is still read as Word's final view, the changes accepted
    text = " ".join(b.text for _, b in doc.iter_blocks() if hasattr(b, "text"))
    assert "每半年至少组织一次" in text and "，并评估其效果" not in text
    assert read_docx(working_copy).clauses == doc.clauses


def test_a_replacement_is_one_change_and_two_authors_two(tmp_path: Path, clean_copy: Path) -> None:
    path = shutil.copyfile(clean_copy, tmp_path / "a.docx")
    d = B.open_docx(path)
    B.track(d, "每年至少组织一次愿景", "每年至少组织一次", "每半年至少组织一次", "张三")
    d.save(path)
    assert read_draft(path)[1].changes == 1
    d = B.open_docx(path)
    B.track(d, "在24 h内响应", "", "（节假日除外）", "李四")
    d.save(path)
    assert read_draft(path)[1].changes == 2


def _run(args: list[str], capsys) -> tuple[int, str, str]:
    code = main([*args, "--lang", "zh"] if "--lang" not in args else args)
    out = capsys.readouterr()
    return code, out.out, out.err


SAID_ZH = "草案含 4 处未接受的修订和 2 条批注：修订按接受处理，批注"


def test_check_says_it_once_in_every_format(working_copy: Path, clean_copy: Path, tmp_path: Path, capsys) -> None:
    code, out, _ = _run(["check", str(working_copy)], capsys)
    assert out.count(SAID_ZH + "未检查。") == 1
    _run(["check", str(working_copy), "--format", "json", "-o", str(tmp_path / "r.json")], capsys)
    notices = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["document"]["notices"]
    assert [n["message"] for n in notices if n["code"] == "review-marks"] == [SAID_ZH + "未检查。"]
    for fmt in ("md", "html"):
        _run(["check", str(working_copy), "--format", fmt, "-o", str(tmp_path / f"r.{fmt}")], capsys)
        assert (tmp_path / f"r.{fmt}").read_text(encoding="utf-8").count(SAID_ZH) == 1, fmt
    _, out, _ = _run(["check", str(working_copy), "--lang", "en"], capsys)
    assert ("The draft holds 4 tracked changes not yet accepted or rejected and 2 comments: the changes were read "
            "as accepted, the comments were not checked.") in out
    _run(["check", str(clean_copy), "--format", "json", "-o", str(tmp_path / "c.json")], capsys)
    clean = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))["document"]["notices"]
    assert "review-marks" not in [n["code"] for n in clean]


def test_import_and_explain_say_it(working_copy: Path, clean_copy: Path, tmp_path: Path, capsys) -> None:
    code, out, err = _run(["import", str(working_copy), "-o", str(tmp_path / "p.yaml")], capsys)
    assert code == 0, err
    assert out.count(SAID_ZH + "未导入。") == 1
    code, out, err = _run(["explain", str(working_copy), "-o", str(tmp_path / "说明.docx")], capsys)
    assert code == 0, err
    assert out.count(SAID_ZH + "未读取。") == 1
    # the memorandum itself carries it as a prompt to check and delete, as it does the other cautions
    from docx import Document

    memo = "\n".join(p.text for p in Document(str(tmp_path / "说明.docx")).paragraphs)
    assert "起草组核对上表后删去本段。" + SAID_ZH in memo, memo[-600:]
    code, out, _ = _run(["import", str(clean_copy), "-o", str(tmp_path / "q.yaml"), "--lang", "en"], capsys)
    assert "tracked change" not in out and "comment" not in out
    code, out, _ = _run(["import", str(working_copy), "-o", str(tmp_path / "r.yaml"), "--lang", "en"], capsys)
    assert "the changes were read as accepted, the comments were not imported." in out
