"""Items 5-9 and 11: hostile project files and builds, each one line naming the file and line.

BOM then bytes that are not UTF-8, a title over 255 characters, 27 annexes, aliases that stay
under the count limit but expand enormously, absurd nesting, characters YAML refuses and an
unknown checklist. Each runs the real command line under memory and time limits.
"""

from __future__ import annotations

import time
from pathlib import Path

import hostile_docs as hd
import pytest

from authoring.errors import InputError
from authoring.project import load_project
from authoring.yamlio import MAX_ALIAS_NODES, MAX_ALIASES, MAX_DEPTH, quick_load

HEAD = "metadata:\n  title_zh: 养老机构服务规范\nchecklist: excellence-guide\n"


def _project(tmp_path: Path, text: str | bytes, name: str = "project.yaml") -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def _refused(tmp_path: Path, path: Path, line: int | None, *words: str) -> str:
    out = tmp_path / "draft.docx"
    run = hd.run_cli("build", path, "-o", out, timeout=60)
    message = hd.one_line(run, str(path) if line is None else f"{path}:{line}:", *words)
    assert run.code == 2
    assert not out.exists()
    assert run.seconds < 20
    return message


def test_bom_then_invalid_utf8(tmp_path: Path) -> None:
    path = _project(tmp_path, b"\xef\xbb\xbf" + HEAD.encode() + b"scope:\n  - \xff\xfe bad\n")
    _refused(tmp_path, path, 5, "UTF-8")


def test_alias_expansion_under_the_count_limit(tmp_path: Path) -> None:
    # 99 aliases (under the limit of 100) that would expand to about 480,000 provisions.
    lines = [HEAD, "chapters:\n", "  - title: 附加\n", "    provisions: &p0 [服务提供应及时。, 服务提供应及时。]\n",
             "x:\n"]
    lines += [f"  - &p{i} [*p{i - 1}, *p{i - 1}]\n" for i in range(1, 50)]
    lines += ["  - *p49\n"]
    text = "".join(lines)
    assert text.count("*") < MAX_ALIASES and len(text) < 8000
    message = _refused(tmp_path, _project(tmp_path, text), None, str(MAX_ALIAS_NODES))
    assert ".yaml:" in message


def test_alias_expansion_in_a_checklist_pack(tmp_path: Path) -> None:
    pack = tmp_path / "packs" / "bomb.yaml"
    pack.parent.mkdir()
    pack.write_text("id: bomb\nx:\n  - &a0 [a, b]\n" + "".join(f"  - &a{i} [*a{i-1}, *a{i-1}]\n" for i in range(1, 40)),
                    encoding="utf-8")
    assert quick_load(pack) is None  # any alias: the bounded loader reads it
    run = hd.run_cli("checklists", "--checklists", pack.parent, timeout=60)
    hd.one_line(run, str(pack), str(MAX_ALIAS_NODES))
    assert run.code == 2


@pytest.mark.parametrize("shape", ["flow-one-line", "flow-lines", "block"])
def test_absurd_nesting_is_refused_before_parsing(tmp_path: Path, shape: str) -> None:
    depth = 5000
    if shape == "flow-one-line":
        body = "x: " + "[" * depth + "]" * depth + "\n"
    elif shape == "flow-lines":
        body = "x:\n" + "".join(" " + "[\n" for _ in range(depth)) + "]" * depth + "\n"
    else:
        body = "x:\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(300))
    path = _project(tmp_path, HEAD + body)
    began = time.monotonic()
    with pytest.raises(InputError) as caught:
        load_project(path)
    assert time.monotonic() - began < 3
    assert caught.value.line is not None and str(MAX_DEPTH) in caught.value.message()
    _refused(tmp_path, path, caught.value.line, "嵌套过深")


@pytest.mark.parametrize("char", ["\ufffe", "\x85\x0b"])
def test_invalid_character_names_the_line(tmp_path: Path, char: str) -> None:
    path = _project(tmp_path, HEAD + f"scope:\n  - 本文件{char}规定。\n")
    _refused(tmp_path, path, 5)


def test_unknown_checklist_names_file_and_line(tmp_path: Path) -> None:
    path = _project(tmp_path, "metadata:\n  title_zh: x\n\nchecklist: no-such-pack\n")
    _refused(tmp_path, path, 4, "no-such-pack")


def test_too_many_annexes_refused_before_writing(tmp_path: Path) -> None:
    annexes = "annexes:\n" + "".join(f"  - title: 附录{i}\n    paragraphs: [示例{i}。]\n" for i in range(27))
    path = _project(tmp_path, HEAD + annexes)
    # annex 27 is the 27th entry: its line is 4 + 26 * 2 + 1
    _refused(tmp_path, path, 57, "A 至 Z")


def test_twenty_six_annexes_build(tmp_path: Path) -> None:
    annexes = "annexes:\n" + "".join(f"  - title: 附录{i}\n    paragraphs: [示例{i}。]\n" for i in range(26))
    out = tmp_path / "draft.docx"
    run = hd.run_cli("build", _project(tmp_path, HEAD + annexes), "-o", out)
    assert run.code == 0 and out.exists(), run.stderr


def test_title_over_255_characters_builds(tmp_path: Path) -> None:
    title = "养老机构服务规范" * 40
    path = _project(tmp_path, HEAD.replace("养老机构服务规范", title))
    out = tmp_path / "draft.docx"
    run = hd.run_cli("build", path, "-o", out)
    assert run.code == 0 and out.exists(), run.stderr
    assert "Traceback" not in run.stderr
    from docx import Document

    assert Document(str(out)).core_properties.title == title[:255]


def test_file_too_large(tmp_path: Path) -> None:
    path = _project(tmp_path, HEAD + "# " + "x" * (9 * 1024 * 1024) + "\n")
    _refused(tmp_path, path, None, "过大")


@pytest.mark.parametrize(("text", "line", "said"), [
    ("metadata: {title_zh: 养老机构服务规范\n", 2, "此处应为“,”或“}”，却是文件末尾"),
    ("metadata:\n\ttitle_zh: 养老机构服务规范\n", 2, "制表符"),
    ("metadata: title_zh: 养老机构服务规范\n", 1, "冒号后缺空格或缩进不对"),
])
def test_a_yaml_mistake_is_said_in_chinese(tmp_path: Path, text: str, line: int, said: str) -> None:
    """The parser's own words are English: the Chinese message says what is wrong, and keeps them."""
    _refused(tmp_path, _project(tmp_path, text), line, "YAML 格式错误", said)


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc, where no file can be made")
def test_an_os_error_is_said_in_chinese(tmp_path: Path) -> None:
    """An OS error's reason (strerror) is English: a Chinese message says it in Chinese."""
    draft = tmp_path / "d.docx"
    hd.run_cli("skeleton", "-o", draft, timeout=60)
    run = hd.run_cli("check", draft, "--format", "md", "-o", "/proc/stdauthor-report.md", timeout=60)
    message = hd.one_line(run, "无法写入：文件或文件夹不存在")
    assert "No such file" not in message
