"""``stdauthor check`` end to end: reports, exit codes 0/1/2, batches, folders, options."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document

from authoring.cli.main import main
from authoring.i18n import get_lang, set_lang

DRAFT_LINES = [
    ("title", "养老机构服务指南"),
    ("h1", "前　言"),
    ("p", "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。"),
    ("p", "本文件由××××提出。"),
    ("h1", "1　范围"),
    ("p", "本文件给出了养老机构服务提供的指导。"),
    ("p", "本文件适用于养老机构。"),
    ("h1", "2　规范性引用文件"),
    ("p", "本文件没有规范性引用文件。"),
    ("h1", "3　术语和定义"),
    ("p", "本文件没有需要界定的术语和定义。"),
    ("h1", "4　服务提供"),
    ("h2", "4.1　员工赋权和参与"),
    ("p", "机构应授权一线员工及时处理顾客投诉，鼓励员工参与服务改进，并建立员工培训制度。"),
    ("h2", "4.3　顾客需求"),
    ("p", "宜定期开展顾客满意度调查，识别顾客需求和期望，XXXX。"),
]


def write_draft(path: Path, title: str = "养老机构服务指南") -> Path:
    """A small draft with typed clause numbers, a gap in numbering, a placeholder and 应 in a guide."""
    doc = Document()
    for kind, text in DRAFT_LINES:
        if kind == "title":
            doc.add_paragraph(title)
        elif kind == "p":
            doc.add_paragraph(text)
        else:
            doc.add_heading(text, level=int(kind[1]))
    doc.save(path)
    return path


@pytest.fixture(scope="module")
def _library():
    from authoring.checklist import load_packs

    return load_packs()


@pytest.fixture(autouse=True)
def _packs_loaded_once(monkeypatch: pytest.MonkeyPatch, _library) -> None:  # noqa: ANN001
    """Parsing every pack costs ~0.4 s; the packs are frozen, so one load serves every run."""
    monkeypatch.setattr("authoring.cli.check_cmd.load_packs", lambda extra=None: _library)


@pytest.fixture(autouse=True)
def _keep_language():
    before = get_lang()
    yield
    set_lang(before)


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    return write_draft(tmp_path / "draft.docx")


def run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    code = main(["check", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def findings_of(capsys: pytest.CaptureFixture, draft: Path, *extra: str) -> list[dict]:
    code, out, _ = run(capsys, str(draft), "--format", "json", "--fail-on", "none", *extra)
    assert code == 0
    return json.loads(out)["findings"]


def test_json_report_of_one_draft(capsys, draft: Path) -> None:
    code, out, err = run(capsys, str(draft), "--format", "json", "--fail-on", "none")
    assert code == 0, err
    data = json.loads(out)
    assert data["schema"] == "stdauthor.check/1"
    assert data["file"] == str(draft)
    assert data["checklist"]["id"] == "excellence-guide"
    assert data["document"]["clauses"] >= 5
    assert data["coverage"]["items"]
    assert any(i["status"] != "missing" for i in data["coverage"]["items"])  # 4.1 addresses 员工赋权


def test_fail_on_sets_exit_code_1(capsys, draft: Path) -> None:
    findings = findings_of(capsys, draft)
    assert findings, "the draft has a placeholder, 应 in a guide and a numbering gap"
    rank = {"info": 0, "warning": 1, "error": 2}
    worst = max(findings, key=lambda f: rank[f["severity"]])["severity"]
    assert run(capsys, str(draft), "--fail-on", worst)[0] == 1
    assert run(capsys, str(draft), "--fail-on", "info")[0] == 1
    assert run(capsys, str(draft), "--fail-on", "none")[0] == 0
    above = [s for s, r in rank.items() if r > rank[worst]]
    for severity in above:
        assert run(capsys, str(draft), "--fail-on", severity)[0] == 0


def test_disable_removes_the_rule(capsys, draft: Path) -> None:
    findings = findings_of(capsys, draft)
    rule = findings[0]["rule"]
    after = findings_of(capsys, draft, "--disable", rule)
    assert rule not in {f["rule"] for f in after}
    family = rule.split(".")[0]
    after_family = findings_of(capsys, draft, "--disable", family)
    assert not [f for f in after_family if f["rule"].startswith(family + ".")]
    # Every rule that fired switched off: nothing is left to fail on.
    rules = sorted({f["rule"] for f in findings})
    args = [x for r in rules for x in ("--disable", r)]
    assert run(capsys, str(draft), "--fail-on", "info", "--format", "json", *args)[0] == 0


def test_unknown_rule_is_a_usage_error(capsys, draft: Path) -> None:
    code, _, err = run(capsys, str(draft), "--disable", "no.such-rule")
    assert code == 2 and "no.such-rule" in err and "Traceback" not in err


def test_bad_input_among_good_ones(capsys, tmp_path: Path, draft: Path) -> None:
    bad = tmp_path / "renamed.docx"
    bad.write_bytes(b"%PDF-1.4 not a word file")
    missing = tmp_path / "missing.docx"
    code, out, err = run(capsys, str(draft), str(bad), str(missing), "--format", "json", "--jobs", "2")
    assert code == 2
    data = json.loads(out)
    assert [d["file"] for d in data] == [str(draft)]
    lines = [l for l in err.splitlines() if l.startswith("stdauthor:")]
    assert len(lines) == 2
    assert any(str(bad) in l for l in lines) and any(str(missing) in l for l in lines)
    assert "Traceback" not in err


def test_folder_input_recursive_in_order(capsys, tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    (folder / "sub").mkdir(parents=True)
    write_draft(folder / "b.docx", "乙")
    write_draft(folder / "sub" / "a.docx", "甲")
    write_draft(folder / "a.docx", "丙")
    (folder / "~$b.docx").write_bytes(b"lock file")
    (folder / "notes.txt").write_text("x")
    # stdauthor's own copies beside the drafts are no drafts of the committee's (QA pass 7): not checked again
    for own in ("b.annotated.docx", "a.bak.docx", "a-2.bak.docx"):
        write_draft(folder / own, "副本")
    code, out, err = run(capsys, str(folder), "--format", "json", "--fail-on", "none", "--jobs", "3")
    assert code == 0, err
    data = json.loads(out)
    assert [Path(d["file"]).relative_to(folder).as_posix() for d in data] == ["a.docx", "b.docx", "sub/a.docx"]
    assert "检查汇总" in err  # the summary table goes to stderr when stdout holds the JSON
    code, out, err = run(capsys, str(folder / "a.bak.docx"), "--format", "json", "--fail-on", "none")
    assert code == 0 and json.loads(out)["file"].endswith("a.bak.docx"), "named on the command line, it is checked"


def test_several_drafts_write_one_report_each(capsys, tmp_path: Path) -> None:
    one = write_draft(tmp_path / "one.docx")
    (tmp_path / "x").mkdir()
    two = write_draft(tmp_path / "x" / "one.docx")
    out_dir = tmp_path / "reports"
    code, out, err = run(capsys, str(one), str(two), "--format", "html", "-o", str(out_dir), "--fail-on", "none")
    assert code == 0, err
    assert sorted(p.name for p in out_dir.iterdir()) == ["one-2.html", "one.html"]
    assert "<svg" in (out_dir / "one.html").read_text(encoding="utf-8")
    assert "检查汇总" in out
    # A second run refuses to replace the reports, then replaces them with --force.
    assert run(capsys, str(one), str(two), "--format", "html", "-o", str(out_dir))[0] == 2
    assert run(capsys, str(one), str(two), "--format", "html", "-o", str(out_dir), "--force",
               "--fail-on", "none")[0] == 0


def test_text_report_and_markdown_file(capsys, tmp_path: Path, draft: Path) -> None:
    code, out, _ = run(capsys, str(draft), "--fail-on", "none")
    assert code == 0 and "各章覆盖率" in out and "覆盖率" in out
    target = tmp_path / "report.md"
    assert run(capsys, str(draft), "--format", "md", "-o", str(target), "--fail-on", "none")[0] == 0
    assert target.read_text(encoding="utf-8").startswith("# 检查报告")


def test_annotate_one_and_several(capsys, tmp_path: Path, draft: Path) -> None:
    before = draft.read_bytes()
    copy = tmp_path / "annotated.docx"
    assert run(capsys, str(draft), "--annotate", str(copy), "--fail-on", "none")[0] == 0
    assert draft.read_bytes() == before
    assert any("stdauthor" in c.text or "覆盖率" in c.text for c in Document(str(copy)).comments)
    assert run(capsys, str(draft), "--annotate", str(draft), "--fail-on", "none")[0] == 2
    assert draft.read_bytes() == before
    other = write_draft(tmp_path / "other.docx")
    folder = tmp_path / "annotated"
    assert run(capsys, str(draft), str(other), "--annotate", str(folder), "--fail-on", "none")[0] == 0
    assert sorted(p.name for p in folder.iterdir()) == ["draft.annotated.docx", "other.annotated.docx"]


def test_forced_annotation_keeps_the_copy_it_replaces(capsys, tmp_path: Path, draft: Path) -> None:
    copy = tmp_path / "review.docx"
    assert run(capsys, str(draft), "--annotate", str(copy), "--fail-on", "none")[0] == 0
    worked_on = Document(str(copy))
    worked_on.add_paragraph("秘书处在批注副本中写下的答复")  # a reviewer wrote in the copy
    worked_on.save(str(copy))
    written = copy.read_bytes()
    report = tmp_path / "report.json"
    code, _, err = run(capsys, str(draft), "--annotate", str(copy), "-o", str(report), "--format", "json",
                       "--force", "--fail-on", "none")
    assert code == 0
    kept = tmp_path / "review.bak.docx"
    assert kept.read_bytes() == written and copy.read_bytes() != written
    assert "review.bak.docx" in err
    # reports are made again by every run: replaced as they are, no copies pile up beside them
    code, _, err = run(capsys, str(draft), "-o", str(report), "--format", "json", "--force", "--fail-on", "none")
    assert code == 0 and sorted(p.name for p in tmp_path.iterdir() if ".bak" in p.name) == ["review.bak.docx"]


def test_english_switches_messages(capsys, tmp_path: Path, draft: Path) -> None:
    missing = tmp_path / "missing.docx"
    code, out, err = run(capsys, "--lang", "en", str(draft), str(missing), "--fail-on", "none")
    assert code == 2
    assert "Coverage by chapter" in out and "Check summary" in out
    assert "file not found" in err and "文件不存在" not in err


MINI_PACK = """\
id: mini
title_zh: 迷你清单
source: 测试
version: "7"
chapters:
  - id: "1"
    title_zh: 员工
    items:
      - id: "1.1"
        title_zh: 员工授权
        cues: {zh: [授权一线员工]}
"""


def test_user_checklist_folder(capsys, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, draft: Path) -> None:
    monkeypatch.undo()  # load the packs for real, with the user folder
    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "mini.yaml").write_text(MINI_PACK, encoding="utf-8")
    code, out, err = run(capsys, str(draft), "--checklists", str(packs), "--checklist", "mini",
                         "--format", "json", "--fail-on", "none")
    assert code == 0, err
    data = json.loads(out)
    assert data["checklist"] == {"id": "mini", "version": "7"}
    assert [i["id"] for i in data["coverage"]["items"]] == ["1.1"]
    code, _, err = run(capsys, str(draft), "--checklist", "no-such-pack")
    assert code == 2 and "no-such-pack" in err


def test_a_crash_on_one_draft_spares_the_others(capsys, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import authoring.cli.check_cmd as check_cmd

    good = write_draft(tmp_path / "good.docx")
    cursed = write_draft(tmp_path / "cursed.docx")
    real = check_cmd.check_file

    def flaky(path, checklist, **options):  # noqa: ANN001, ANN003, ANN202
        if Path(path).name == "cursed.docx":
            raise RuntimeError("boom")
        return real(path, checklist, **options)

    monkeypatch.setattr(check_cmd, "check_file", flaky)
    code, out, err = run(capsys, str(cursed), str(good), "--format", "json", "--jobs", "1", "--fail-on", "none")
    assert code == 3  # a bug: the internal-error code, the crash on one line naming its log
    assert [d["file"] for d in json.loads(out)] == [str(good)]
    assert "RuntimeError: boom" in err and str(cursed) in err and "Traceback" not in err


def test_findings_are_whole_lines_in_a_file_and_wrapped_in_a_terminal(capsys, draft: Path) -> None:
    import io

    from rich.cells import cell_len
    from rich.console import Console

    from authoring.check import check_file
    from authoring.checklist import load_packs
    from authoring.cli.check_view import print_text_report

    code, out, _ = run(capsys, str(draft), "--fail-on", "none")
    findings = [line for line in out.splitlines() if line.startswith("  [")]
    assert findings, out
    # Into a pipe or a file: one finding a line, ending with its rule, however long.
    assert all(line.rstrip().split()[-1].count(".") == 1 for line in findings)
    assert any(cell_len(line) > 80 for line in findings)  # columns: a Chinese character takes two
    # In a terminal the console wraps them to its width.
    screen = io.StringIO()
    print_text_report(check_file(str(draft), load_packs().get("excellence-guide")),
                      Console(file=screen, force_terminal=True, width=60, highlight=False))
    shown = screen.getvalue()
    assert "\x1b[" in shown
    assert len(shown.splitlines()) > len(out.splitlines())


def test_one_draft_says_where_its_report_and_annotated_copy_went(capsys, tmp_path: Path, draft: Path) -> None:
    """QA pass 15 (B10): ``-o`` and ``--annotate`` wrote their files without a word. For one draft the lines name them
    where standard output carries no report of its own (or the terminal report); a JSON report printed to standard
    output is left alone, for a pipe."""
    report, copy = tmp_path / "报告.md", tmp_path / "批注.docx"
    code, out, err = run(capsys, str(draft), "--format", "md", "-o", str(report), "--annotate", str(copy),
                         "--fail-on", "none")
    assert code == 0 and err == ""
    assert out.splitlines() == [f"报告已写入：{report}", f"批注副本已写入：{copy}"]
    assert report.is_file() and copy.is_file()
    code, out, _ = run(capsys, str(draft), "--annotate", str(tmp_path / "b.docx"), "--fail-on", "none")
    assert out.rstrip().splitlines()[-1] == f"批注副本已写入：{tmp_path / 'b.docx'}"
    code, out, err = run(capsys, str(draft), "--format", "json", "--annotate", str(tmp_path / "c.docx"),
                         "--fail-on", "none")
    assert json.loads(out)["file"] == str(draft) and err == ""


def test_a_replaced_annotated_copy_is_named_as_every_file_line_is(capsys, tmp_path: Path, draft: Path) -> None:
    """``stdauthor: PATH: …`` as every other line naming a file (QA pass 16: ``PATH：原批注副本…`` with a full-width colon)."""
    copy = tmp_path / "批注.docx"
    run(capsys, str(draft), "--annotate", str(copy), "--fail-on", "none")
    _, _, err = run(capsys, str(draft), "--annotate", str(copy), "--force", "--fail-on", "none")
    assert f"stdauthor: {copy}: 原批注副本已另存为 批注.bak.docx" in err.splitlines()


def test_json_names_a_text_read_as_one_unit_in_the_report_s_language(capsys, tmp_path: Path) -> None:
    """A text with no headings is one unit, stored as 正文: the JSON keeps that as its stable ``location`` and
    names it for the reader in ``place`` (body text under --lang en), as the terminal report does."""
    page = tmp_path / "page.docx"
    doc = Document()
    doc.add_paragraph("We are committed to answering every customer within two working days.")
    doc.add_paragraph("If you are unhappy with our service, you can make a complaint by email.")
    doc.save(page)
    places = {}
    for lang in ("zh", "en"):
        code, out, _ = run(capsys, "--lang", lang, str(page), "--format", "json", "--fail-on", "none")
        assert code == 0
        evidence = [e for i in json.loads(out)["coverage"]["items"] for e in i["evidence"]]
        assert evidence and {e["location"] for e in evidence} == {"正文"}
        places[lang] = {e["place"] for e in evidence}
    assert places == {"zh": {"正文"}, "en": {"body text"}}
