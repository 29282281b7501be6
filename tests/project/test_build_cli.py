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
