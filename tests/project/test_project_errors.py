"""Bad project files: each gives one clean InputError naming the file and the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from authoring.errors import InputError
from authoring.project import load_project

GOOD_HEAD = "metadata:\n  title_zh: 养老机构服务规范\nchecklist: excellence-guide\n"

# (name, file bytes, expected line, a word the message must contain)
CASES = [
    # An unclosed flow mapping is noticed where the file ends.
    ("malformed", (GOOD_HEAD + "items:\n  \"4.1\": {status: todo\n").encode(), 6, "YAML"),
    ("tab-indent", (GOOD_HEAD + "items:\n\t\"4.1\":\n").encode(), 5, "YAML"),
    ("control-char", (GOOD_HEAD + "scope:\n  - 本文件规定了\x0c服务要求。\n").encode(), 5, "U+000C"),
    ("unknown-field", (GOOD_HEAD + "scopes:\n  - x\n").encode(), 4, "scopes"),
    ("unknown-item-field", (GOOD_HEAD + "items:\n  \"4.1\":\n    status: todo\n    provision: []\n").encode(),
     7, "provision"),
    ("duplicate-key", (GOOD_HEAD + "items:\n  \"4.1\": {status: todo}\n  \"4.1\": {status: addressed}\n").encode(),
     6, "4.1"),
    ("bad-status", (GOOD_HEAD + "items:\n  \"4.1\":\n    status: done\n").encode(), 6, "done"),
    ("na-without-reason", (GOOD_HEAD + "items:\n  \"4.1\":\n    status: not-applicable\n").encode(), 6, "reason"),
    ("unquoted-id", (GOOD_HEAD + "items:\n  4.1:\n    status: todo\n").encode(), 5, "4.1"),
    ("bad-stage", "metadata:\n  title_zh: x\n  stage: 第三稿\n".encode(), 3, "stage"),
    # pydantic's reason in Chinese, not "Input should be '规范', '规程'…"
    ("bad-function", "metadata:\n  title_zh: x\n  function: 标准\n".encode(), 3, "应为以下之一：'规范'、'规程'、'指南'"),
    ("list-as-text", "metadata:\n  title_zh: x\n  drafters: 张三\n".encode(), 3, "应为列表"),
    ("top-level-list", "- a\n- b\n".encode(), 1, "YAML"),
    ("empty", b"", 1, ""),
    ("not-utf8-nor-gbk", GOOD_HEAD.encode() + b"scope:\n  - \xff\xfe\xfd\n", 5, "UTF-8"),
    ("alias-bomb", ("a: &a [x, x]\n" + "".join(f"b{i}: [*a, *a]\n" for i in range(60))).encode(), None, "100"),
]


@pytest.mark.parametrize("name,raw,line,word", CASES, ids=[c[0] for c in CASES])
def test_bad_project_file(tmp_path: Path, name: str, raw: bytes, line: int | None, word: str):
    path = tmp_path / f"{name}.yaml"
    path.write_bytes(raw)
    with pytest.raises(InputError) as caught:
        load_project(path)
    message = caught.value.message()
    assert "\n" not in message
    assert caught.value.path == str(path)
    if line is not None:
        assert caught.value.line == line, message
        assert message.startswith(f"{path}:{line}: ")
    else:
        assert caught.value.line is not None
    assert word in message
    assert path.read_bytes() == raw  # never touched


def test_missing_file_and_folder(tmp_path: Path):
    with pytest.raises(InputError, match="不存在|not found"):
        load_project(tmp_path / "nope.yaml")
    with pytest.raises(InputError):
        load_project(tmp_path)


def test_gbk_file_is_read(tmp_path: Path):
    path = tmp_path / "gbk.yaml"
    path.write_bytes((GOOD_HEAD + "scope:\n  - 本文件规定了养老服务的要求。\n").encode("gbk"))
    pf = load_project(path)
    assert pf.project.scope == ["本文件规定了养老服务的要求。"]
    assert pf.encoding == "gb18030"


@pytest.mark.parametrize("body,line,word", [
    ("items:\n  \"9.9\":\n    status: addressed\n", 5, "9.9"),
    ("items:\n  \"5.2\":\n    status: addressed\n    methods:\n      - 5.2.a\n      - 5.1.a\n", 9, "5.1.a"),
    ("items:\n  \"4.1\":\n    methods: [4.1.a]\n", 6, "4.1.a"),
])
def test_ids_the_checklist_does_not_know(tmp_path: Path, checklist, body: str, line: int, word: str):
    path = tmp_path / "p.yaml"
    path.write_text(GOOD_HEAD + body, "utf-8")
    pf = load_project(path)
    with pytest.raises(InputError) as caught:
        pf.check(checklist)
    assert caught.value.line == line
    assert word in caught.value.message()


def test_other_checklist_is_reported(tmp_path: Path, checklist):
    path = tmp_path / "p.yaml"
    path.write_text("checklist: other-pack\n", "utf-8")
    with pytest.raises(InputError) as caught:
        load_project(path).check(checklist)
    assert caught.value.line == 1
    assert "other-pack" in caught.value.message()


def test_a_later_format_is_told_to_upgrade(tmp_path: Path):
    """QA pass 13, B5: version 99 was told 应为以下之一：1、2, as if mistyped; it is a file saved by a newer stdauthor."""
    path = tmp_path / "p.yaml"
    path.write_text("checklist: excellence-guide\nversion: 99\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_project(path)
    assert caught.value.line == 2 and "请升级 stdauthor" in caught.value.message()
    path.write_text("version: 0\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_project(path)
    assert "升级" not in caught.value.message()
