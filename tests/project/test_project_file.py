"""ProjectFile: round trip, comments through edits, atomic save, backup, encodings, scaffolding."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from authoring._paths import bundled_example
from authoring.errors import InputError, OutputError
from authoring.project import Indicator, load_project, new_project


def _write(tmp_path: Path, text: str, name: str = "p.yaml", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _scaffold(tmp_path: Path, checklist) -> Path:
    path = tmp_path / "project.yaml"
    new_project("养老机构卓越服务规范", kind="GB/T", function="规范", stage="征求意见稿",
                checklist=checklist, version=1).save(path)
    return path


def _comment_precedes_each_item(text: str, ids: list[str]) -> None:
    """Every item key sits right below the comment naming it (method comments in between)."""
    lines = text.splitlines()
    for item_id in ids:
        key = next(i for i, line in enumerate(lines) if line.strip() == f'"{item_id}":')
        above = key - 1
        while lines[above].lstrip().startswith(f"#   {item_id}."):
            above -= 1
        assert lines[above].strip().startswith(f"# {item_id} "), (item_id, lines[above])


def test_new_project_lists_every_item_as_todo_under_its_title(tmp_path, checklist):
    path = _scaffold(tmp_path, checklist)
    project = load_project(path).project
    ids = [item.id for item in checklist.items()]
    assert list(project.items) == ids
    assert {e.status for e in project.items.values()} == {"todo"}
    text = path.read_text("utf-8")
    _comment_precedes_each_item(text, ids)
    for item in checklist.items():
        assert f"# {item.id} {item.title_zh}" in text
        for method in item.methods:
            assert method.id in text
    assert project.metadata.title_zh == "养老机构卓越服务规范"
    assert project.metadata.function.value == "规范"


def test_new_project_title_with_yaml_syntax_is_quoted(checklist):
    title = '服务规范: "试行" # 第1版'
    assert new_project(title, checklist=checklist).project.metadata.title_zh == title


def test_unchanged_save_is_byte_identical(tmp_path, checklist):
    source = bundled_example().read_bytes()
    path = tmp_path / "example.yaml"
    path.write_bytes(source)
    loaded = load_project(path)
    assert not loaded.dirty
    loaded.save()
    assert path.read_bytes() == source
    assert not (tmp_path / "example.yaml.bak").exists()
    # What ruamel would write for our own files is the file itself.
    assert loaded.dumps().encode() == source
    other = tmp_path / "copy.yaml"
    loaded.save(other)
    assert other.read_bytes() == source


def test_edits_keep_comments_and_key_order(tmp_path, checklist):
    path = _scaffold(tmp_path, checklist)
    before = path.read_text("utf-8")
    pf = load_project(path)
    pf.set_status("5.2", "addressed")
    pf.set_provisions("5.2", ["应明确员工职责。", "应赋予员工权力。"])
    pf.toggle_method("5.2", "5.2.b")
    pf.set_indicators("5.2", [Indicator(name="培训时间", value="≥24", unit="h"), {"name": "满意度", "value": 90}])
    pf.set_status("4.4", "not-applicable", reason="由编制说明说明")
    pf.set_provisions("7.2", ["应评价顾客愉悦。"])  # the last item: its tail is the file's tail
    pf.set_metadata(proposer="中华人民共和国民政部", drafters=["张明", "李华"], function="指南")
    assert pf.dirty
    pf.save()
    after = path.read_text("utf-8")
    ids = [item.id for item in checklist.items()]
    _comment_precedes_each_item(after, ids)
    assert [l for l in before.splitlines() if l.lstrip().startswith("#")] == \
        [l for l in after.splitlines() if l.lstrip().startswith("#")]
    reread = load_project(path).project
    assert list(reread.items) == ids
    assert reread.items["5.2"].provisions == ["应明确员工职责。", "应赋予员工权力。"]
    assert reread.items["5.2"].methods == ["5.2.b"]
    assert [(i.name, i.value) for i in reread.items["5.2"].indicators] == [("培训时间", "≥24"), ("满意度", "90")]
    assert reread.items["4.4"].reason == "由编制说明说明"
    assert reread.items["7.2"].provisions == ["应评价顾客愉悦。"]
    assert reread.metadata.drafters == ["张明", "李华"]
    assert reread.metadata.function.value == "指南"
    meta_keys = [line.split(":")[0].strip() for line in after.split("checklist:")[0].splitlines()
                 if re.match(r"^  \w+:", line)]
    assert meta_keys[:5] == ["kind", "code", "number", "year", "title_zh"]
    # The first save over the file kept what was there.
    assert (tmp_path / "project.yaml.bak").read_text("utf-8") == before


def test_toggle_method_twice_restores_the_choice(checklist):
    pf = new_project("t", checklist=checklist)
    assert pf.toggle_method("5.1", "5.1.a") is True
    assert pf.toggle_method("5.1", "5.1.c") is True
    assert pf.project.items["5.1"].methods == ["5.1.a", "5.1.c"]
    assert pf.toggle_method("5.1", "5.1.a") is False
    assert pf.project.items["5.1"].methods == ["5.1.c"]


def test_invalid_edit_is_undone(checklist):
    pf = new_project("t", checklist=checklist)
    with pytest.raises(InputError):
        pf.set_status("4.1", "not-applicable")  # no reason
    assert pf.project.items["4.1"].status == "todo"
    assert pf.data["items"]["4.1"]["status"] == "todo"
    with pytest.raises(InputError):
        pf.set_metadata(stage="第三稿")
    assert pf.project.metadata.stage == "征求意见稿"
    with pytest.raises(InputError):
        pf.set_metadata(colour="red")


def test_edit_an_item_the_file_does_not_list(tmp_path):
    path = _write(tmp_path, "metadata:\n  title_zh: 服务规范\n")
    pf = load_project(path)
    pf.set_status("5.2", "addressed")
    pf.save()
    text = path.read_text("utf-8")
    assert '"5.2":' in text  # quoted, so it stays a string
    assert load_project(path).project.items["5.2"].status == "addressed"


def test_failed_save_leaves_the_old_file(tmp_path, checklist, monkeypatch):
    path = _scaffold(tmp_path, checklist)
    before = path.read_bytes()
    pf = load_project(path)
    pf.set_status("4.1", "addressed")
    import authoring.atomic as atomic

    real = atomic.os.replace

    def replace(src, dst):
        if Path(dst) == path:
            raise OSError(28, "No space left on device")
        real(src, dst)

    monkeypatch.setattr(atomic.os, "replace", replace)
    with pytest.raises(OSError):
        pf.save()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["project.yaml", "project.yaml.bak"]


def test_save_refuses_when_the_file_changed_on_disk(tmp_path, checklist):
    path = _scaffold(tmp_path, checklist)
    pf = load_project(path)
    pf.set_status("4.1", "addressed")
    path.write_text(path.read_text("utf-8") + "# edited by hand\n", "utf-8")
    with pytest.raises(OutputError):
        pf.save()
    assert path.read_text("utf-8").endswith("# edited by hand\n")
    pf.save(force=True)
    assert load_project(path).project.items["4.1"].status == "addressed"


def test_save_as_refuses_an_existing_file(tmp_path, checklist):
    other = _write(tmp_path, "keep me\n", name="other.yaml")
    pf = new_project("t", checklist=checklist)
    with pytest.raises(OutputError):
        pf.save(other)
    assert other.read_text("utf-8") == "keep me\n"
    with pytest.raises(OutputError):
        pf.save()  # never saved: no path


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig"])
def test_encoding_is_kept(tmp_path, encoding):
    text = "# 项目\nmetadata:\n  title_zh: 养老机构服务规范  # 名称\nitems:\n  \"4.1\":\n    status: todo\n"
    path = _write(tmp_path, text, encoding=encoding)
    pf = load_project(path)
    assert pf.project.metadata.title_zh == "养老机构服务规范"
    pf.set_provisions("4.1", ["应符合要求，响应时间≤15 min。"])
    pf.save()
    raw = path.read_bytes()
    assert raw.decode(encoding).startswith("# 项目\n")
    assert "# 名称" in raw.decode(encoding)
    if encoding == "gb18030":
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
    else:
        assert raw.startswith(b"\xef\xbb\xbf")
    assert load_project(path).project.items["4.1"].provisions == ["应符合要求，响应时间≤15 min。"]


def test_empty_values_mean_empty_lists(tmp_path):
    path = _write(tmp_path, "metadata:\nitems:\n  \"4.1\":\n    status: addressed\n    provisions:\n    methods:\nlint:\n")
    project = load_project(path).project
    assert project.items["4.1"].provisions == []
    assert project.metadata.title_zh == ""


def test_set_field_writes_models_as_mappings(tmp_path, checklist):
    from authoring.project import RefEntry, Term

    path = _scaffold(tmp_path, checklist)
    pf = load_project(path)
    pf.set_field("terms", [Term(zh="卓越服务", en="excellent service", definition="……")])
    pf.set_field("normative_references", [RefEntry(designation="GB 38600", title="养老机构服务安全基本规范")])
    pf.set_field("scope", ["本文件规定了……"])
    pf.save()
    project = load_project(path).project
    assert project.terms[0].en == "excellent service"
    assert project.normative_references[0].designation == "GB 38600"
    assert project.scope == ["本文件规定了……"]
    _comment_precedes_each_item(path.read_text("utf-8"), [i.id for i in checklist.items()])
    with pytest.raises(InputError):
        pf.set_field("items", {})
    with pytest.raises(InputError):
        pf.set_field("terms", [{"en": "no chinese term"}])
    assert pf.project.terms[0].zh == "卓越服务"


def test_crlf_line_ends_are_kept(tmp_path):
    path = _write(tmp_path, "# 项目\r\nmetadata:\r\n  title_zh: 服务规范\r\n")
    pf = load_project(path)
    pf.set_metadata(title_zh="养老服务规范")
    pf.save()
    raw = path.read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n") == 3
    assert load_project(path).project.metadata.title_zh == "养老服务规范"
