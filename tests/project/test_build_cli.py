"""``stdauthor new / build / skeleton / preview`` through the real entry point."""

from __future__ import annotations

from pathlib import Path

import pytest

from authoring.cli.main import main
from authoring.project import load_project


def _new(tmp_path: Path, pack_dir: Path, *extra: str) -> Path:
    target = tmp_path / "p.yaml"
    assert main(["new", "-o", str(target), "--checklists", str(pack_dir), *extra]) == 0
    return target


def test_new_scaffolds_and_refuses_to_overwrite(tmp_path, pack_dir, capsys):
    target = _new(tmp_path, pack_dir, "--title", "居家养老上门服务指南", "--function", "guide", "--kind", "DB")
    out = capsys.readouterr().out
    assert str(target) in out
    project = load_project(target).project
    assert project.metadata.title_zh == "居家养老上门服务指南"
    assert project.metadata.function.value == "指南"
    assert project.metadata.kind.value == "DB"
    assert project.items and {e.status for e in project.items.values()} == {"todo"}
    before = target.read_bytes()
    assert main(["new", "-o", str(target), "--checklists", str(pack_dir)]) == 2
    assert "已存在" in capsys.readouterr().err
    assert target.read_bytes() == before


def test_new_losing_a_race_for_its_file_offers_no_force(tmp_path, pack_dir, capsys, monkeypatch):
    """Two `new -o same.yaml` at once: the one that finds the file made meanwhile was told to use --force, an option
    new does not have (QA pass 13, A14); the file the other made is kept."""
    from authoring.project.file import ProjectFile

    target = tmp_path / "same.yaml"
    save = ProjectFile.save

    def other_first(self, path=None, **kwargs):  # noqa: ANN001, ANN003, ANN202
        Path(path).write_text("version: 1\n", encoding="utf-8")  # the other run wins the race
        return save(self, path, **kwargs)

    monkeypatch.setattr(ProjectFile, "save", other_first)
    assert main(["new", "-o", str(target), "--title", "居家养老服务规范", "--checklists", str(pack_dir)]) == 2
    err = capsys.readouterr().err
    assert "文件已存在，未覆盖" in err and "--force" not in err
    assert target.read_text(encoding="utf-8") == "version: 1\n"


def test_new_writes_version_2_from_a_seed(tmp_path, pack_dir, capsys):
    guide = load_project(_new(tmp_path, pack_dir)).project
    assert guide.version == 2 and {e.status for e in guide.items.values()} == {"todo"}
    chapters = [(c.id, c.number, c.title) for c in guide.body.clauses]
    assert chapters[:4] == [("c1", "1", "范围"), ("c2", "2", "规范性引用文件"), ("c3", "3", "术语和定义"), ("c4", "4", "总则")]
    assert [c.title for c in guide.body.clauses[4].children][:2] == ["领导和管理", "员工赋权和参与"]
    own = tmp_path / "own.yaml"
    assert main(["new", "-o", str(own), "--checklists", str(pack_dir), "--chapters", "基本要求、服务内容、服务流程"]) == 0
    body = load_project(own).project.body
    assert [c.title for c in body.clauses][3:] == ["基本要求", "服务内容", "服务流程"]
    assert "基本要求、服务内容、服务流程" in body.clauses[0].blocks[0].text
    blank = tmp_path / "blank.yaml"
    assert main(["new", "-o", str(blank), "--checklists", str(pack_dir), "--seed", "blank"]) == 0
    assert [c.title for c in load_project(blank).project.body.clauses] == ["范围", "规范性引用文件", "术语和定义"]
    assert main(["new", "-o", str(tmp_path / "none.yaml"), "--checklists", str(pack_dir), "--seed", "chapters"]) == 2
    assert "--chapters" in capsys.readouterr().err
    built = tmp_path / "own.docx"
    assert main(["build", str(own), "-o", str(built), "--checklists", str(pack_dir)]) == 0


def test_new_rejects_unknown_values(tmp_path, pack_dir, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["new", "-o", str(tmp_path / "x.yaml"), "--function", "poem"])
    assert caught.value.code == 2
    assert main(["new", "-o", str(tmp_path / "x.yaml"), "--checklists", str(pack_dir),
                 "--checklist", "nope"]) == 2
    assert "nope" in capsys.readouterr().err
    assert not (tmp_path / "x.yaml").exists()


def _fill(project: Path) -> None:
    pf = load_project(project)
    pf.set_status("4.2", "addressed")
    pf.set_provisions("4.2", ["应将卓越服务写入机构战略。"])
    pf.set_status("5.2", "addressed")
    pf.set_provisions("5.2", ["应明确员工职责。"])
    pf.toggle_method("5.2", "5.2.b")
    pf.set_status("7.1", "not-applicable", reason="另有标准")
    pf.save()


def test_preview_prints_the_composed_draft(tmp_path, pack_dir, capsys):
    project = _new(tmp_path, pack_dir, "--version", "1")
    _fill(project)
    capsys.readouterr()
    assert main(["preview", str(project), "--checklists", str(pack_dir)]) == 0
    out = capsys.readouterr().out
    assert "## 1 范围" in out and "## 4 总则" in out
    assert "### 4.1 愿景、使命和战略" in out
    assert "应明确员工职责。" in out
    assert "附录A（资料性）" in out


def test_preview_and_build_reject_bad_projects(tmp_path, pack_dir, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("items:\n  \"4.1\":\n    status: addressed\n    methods: [9.9.z]\n", "utf-8")
    assert main(["preview", str(bad), "--checklists", str(pack_dir)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:4:" in err and "9.9.z" in err and len(err.strip().splitlines()) == 1
    assert main(["build", str(bad), "-o", str(tmp_path / "d.docx"), "--checklists", str(pack_dir)]) == 2
    assert not (tmp_path / "d.docx").exists()


def test_build_never_overwrites_the_project(tmp_path, pack_dir, capsys):
    project = _new(tmp_path, pack_dir)
    before = project.read_bytes()
    for args in ([], ["--force"]):
        assert main(["build", str(project), "-o", str(project), "--checklists", str(pack_dir), *args]) == 2
        assert "项目文件" in capsys.readouterr().err
    same = tmp_path / "sub" / ".." / "p.yaml"
    (tmp_path / "sub").mkdir()
    assert main(["build", str(project), "-o", str(same), "--force", "--checklists", str(pack_dir)]) == 2
    assert project.read_bytes() == before


def test_build_refuses_an_existing_output_without_force(tmp_path, pack_dir, capsys):
    project = _new(tmp_path, pack_dir)
    out = tmp_path / "draft.docx"
    out.write_bytes(b"someone's draft")
    assert main(["build", str(project), "-o", str(out), "--checklists", str(pack_dir)]) == 2
    assert "--force" in capsys.readouterr().err
    assert out.read_bytes() == b"someone's draft"
    assert main(["skeleton", "-o", str(out), "--checklists", str(pack_dir)]) == 2
    assert out.read_bytes() == b"someone's draft"
    assert main(["build", str(project), "-o", str(tmp_path / "draft.txt"), "--checklists", str(pack_dir)]) == 2
    assert not (tmp_path / "draft.txt").exists()


def test_an_output_that_is_a_folder_is_said_to_be_one(tmp_path, pack_dir, capsys):
    """QA pass 5: ``-o dir.docx`` naming a folder was told "file exists … use --force" (which then said
    it is a folder). Every command that writes one file says so at once."""
    project = _new(tmp_path, pack_dir)
    folder = tmp_path / "dir.docx"
    folder.mkdir()
    (tmp_path / "dir.yaml").mkdir()
    for args in (["build", str(project), "-o", str(folder)], ["skeleton", "-o", str(folder)],
                 ["explain", str(project), "-o", str(folder)], ["new", "-o", str(tmp_path / "dir.yaml")]):
        assert main([*args, "--checklists", str(pack_dir)]) == 2, args
        err = capsys.readouterr().err
        assert "目标是一个文件夹" in err and "--force" not in err, (args, err)
    assert not any(folder.iterdir())


def test_build_writes_a_draft_and_replaces_it_only_with_force(tmp_path, pack_dir, capsys):
    from docx import Document

    project = _new(tmp_path, pack_dir, "--version", "1")
    _fill(project)
    out = tmp_path / "draft.docx"
    capsys.readouterr()
    assert main(["build", str(project), "-o", str(out), "--checklists", str(pack_dir)]) == 0
    printed = capsys.readouterr().out
    assert str(out) in printed and "4.1" in printed and "7.1" in printed  # todo and not applicable listed
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "应将卓越服务写入机构战略。" in text and "应明确员工职责。" in text
    first = out.read_bytes()
    pf = load_project(project)
    pf.set_provisions("5.2", ["应明确员工职责和权限。"])
    pf.save()
    assert main(["build", str(project), "-o", str(out), "--checklists", str(pack_dir)]) == 2
    assert out.read_bytes() == first
    assert main(["build", str(project), "-o", str(out), "--force", "--checklists", str(pack_dir)]) == 0
    assert "应明确员工职责和权限。" in "\n".join(p.text for p in Document(str(out)).paragraphs)


@pytest.fixture
def _language_restored():
    """``--lang en`` sets the process's language: give the next test the one it had."""
    from authoring.i18n import get_lang, set_lang

    before = get_lang()
    yield
    set_lang(before)


@pytest.mark.parametrize(("title", "function", "scope"), [
    ("社区养老服务中心服务指南", "指南", "本文件提供了"),
    ("养老机构服务规程", "规程", "本文件规定了"),
    ("居家养老上门服务要求", "规范", "本文件规定了"),
])
def test_new_tells_the_function_from_the_title(tmp_path, pack_dir, capsys, title, function, scope):
    target = _new(tmp_path, pack_dir, "--title", title, "--seed", "chapters",
                  "--chapters", "基本要求、服务内容、服务流程、评价与改进")
    out = capsys.readouterr().out
    project = load_project(target).project
    assert project.metadata.function.value == function
    assert project.body.clauses[0].blocks[0].text.startswith(scope)
    said = [line for line in out.splitlines() if line.startswith("功能类型：")]
    assert len(said) == 1 and function in said[0] and "--function" in said[0]


def test_new_keeps_the_function_given_and_defaults_when_the_title_names_none(tmp_path, pack_dir, capsys,
                                                                              _language_restored):
    given = _new(tmp_path, pack_dir, "--title", "社区养老服务中心服务指南", "--function", "规范")
    assert load_project(given).project.metadata.function.value == "规范"
    assert "功能类型" not in capsys.readouterr().out
    plain = tmp_path / "plain.yaml"
    assert main(["--lang", "en", "new", "-o", str(plain), "--checklists", str(pack_dir), "--title", "养老服务评价"]) == 0
    assert load_project(plain).project.metadata.function.value == "规范"
    out = capsys.readouterr().out
    assert "function type: 规范" in out and "--function" in out


def test_skeleton_tells_the_function_from_the_title(tmp_path, pack_dir, capsys):
    from authoring.docx.read import read_docx

    out = tmp_path / "skel.docx"
    assert main(["skeleton", "-o", str(out), "--title", "养老机构服务规范", "--checklists", str(pack_dir)]) == 0
    assert "功能类型：规范" in capsys.readouterr().out
    assert read_docx(out).metadata.function.value == "规范"


def _project_with_warnings(tmp_path: Path, pack_dir: Path) -> Path:
    project = _new(tmp_path, pack_dir, "--version", "1", "--title", "物业服务规范")
    pf = load_project(project)
    pf.set_status("5.2", "addressed")
    pf.set_provisions("5.2", ["物业服务企业必须明确一线员工的处置权限。"])
    pf.save()
    return project


def test_build_hint_names_the_draft_it_wrote(tmp_path, pack_dir, capsys, _language_restored):
    project = _project_with_warnings(tmp_path, pack_dir)
    out = tmp_path / "proj3.docx"
    capsys.readouterr()
    assert main(["build", str(project), "-o", str(out), "--checklists", str(pack_dir)]) == 0
    printed = capsys.readouterr().out
    assert f"详情：stdauthor check {out}（" in printed and "草案.docx" not in printed
    spaced = tmp_path / "my draft.docx"
    assert main(["--lang", "en", "build", str(project), "-o", str(spaced), "--checklists", str(pack_dir)]) == 0
    printed = capsys.readouterr().out
    assert f"details: stdauthor check '{spaced}' (" in printed and "DRAFT.docx" not in printed


def test_build_counts_in_english_are_singular_for_one(tmp_path, pack_dir, capsys, _language_restored):
    import re

    from authoring.i18n import count_en as _count_en
    from authoring.i18n import set_lang
    from authoring.report.view import findings_summary

    assert [_count_en(n, "warning") for n in (0, 1, 2)] == ["0 warnings", "1 warning", "2 warnings"]
    set_lang("en")
    assert findings_summary({"error": 1, "warning": 1, "info": 0}, True) == "1 error, 1 warning, 0 info"
    assert findings_summary({"error": 3, "warning": 0, "info": 2}, True) == "3 errors, 0 warnings, 2 info"
    project = _project_with_warnings(tmp_path, pack_dir)
    capsys.readouterr()
    assert main(["--lang", "en", "build", str(project), "-o", str(tmp_path / "d.docx"),
                 "--checklists", str(pack_dir)]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("GB/T 1.1 check:"))
    for count, noun in re.findall(r"(\d+) (error|warning)s?\b", line):
        assert (line.count(f"{count} {noun}s") == 1) == (count != "1"), line


def test_build_and_preview_refuse_a_word_draft_on_one_line(tmp_path, pack_dir, capsys, _language_restored):
    project = _new(tmp_path, pack_dir)
    draft = tmp_path / "fake.docx"
    assert main(["build", str(project), "-o", str(draft), "--checklists", str(pack_dir)]) == 0
    text_named_docx = tmp_path / "notes.doc"
    text_named_docx.write_text("hello: [\n", "utf-8")
    zipped = tmp_path / "draft.zip"
    zipped.write_bytes(draft.read_bytes())
    for given in (draft, text_named_docx, zipped):
        capsys.readouterr()
        assert main(["build", str(given), "-o", str(tmp_path / "out.docx"), "--checklists", str(pack_dir)]) == 2
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and "YAML" not in err
        # a file not named as a Word draft is renamed first: import reads Word files by their name (QA pass 7)
        named = given if given is not zipped else given.with_suffix(".docx")
        assert "Word" in err and f"stdauthor import {named} -o {given.with_suffix('.yaml')}" in err
        assert (given is not zipped) or "改名为 draft.docx" in err
        assert not (tmp_path / "out.docx").exists()
    assert main(["--lang", "en", "preview", str(draft), "--checklists", str(pack_dir)]) == 2
    err = capsys.readouterr().err
    assert "Word draft, not a project file" in err and f"stdauthor import {draft} -o" in err


def test_build_names_the_bare_headings_items_not_applicable_leave(tmp_path, pack_dir, capsys):
    """QA pass 5: an item marked not applicable in an outline seeded from the guide kept its clause, printed
    as a bare heading, while build said its reason was "written into the draft" (it is kept in the file,
    not printed). Build says where the reason is, and names the heading left to delete."""
    from authoring.project import load_project as load

    project = _new(tmp_path, pack_dir)
    pf = load(project)
    pf.set_status("5.2", "not-applicable", "本服务不涉及员工授权。")
    pf.save()
    assert main(["build", str(project), "-o", str(tmp_path / "d.docx"), "--checklists", str(pack_dir)]) in (0, 1)
    out = capsys.readouterr().out
    assert "不适用（理由随草案文件保存，不打印）：5.2" in out
    assert "仍只有标题：5.2；" in out
