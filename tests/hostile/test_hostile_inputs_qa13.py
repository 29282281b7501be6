"""QA pass 13: files that are not plain files, and YAML numbers no one could mean.

An integer of thousands of digits in any YAML stdauthor reads, a FIFO, a folder or a symlink loop given where a
draft or a project is expected, a folder that cannot be listed, an annotated copy whose name is too long, and a
draft whose stored decisions cannot be read: each is one line naming the file, exit 2 (or a line and the rest of
the work done), never a traceback, an "internal error" or a read that never returns.
"""

from __future__ import annotations

import sys
from pathlib import Path

import hostile_docs as hd
import pytest

from authoring.errors import InputError
from authoring.yamlio import load_yaml

HEAD = "metadata:\n  title_zh: 养老机构服务规范\nchecklist: excellence-guide\n"
#: More digits than Python turns into an int from a string (its default limit is 4,300).
HUGE = "9" * ((sys.get_int_max_str_digits() or 4300) + 700)


# -- A4: an integer of thousands of digits -----------------------------------------------------------

@pytest.mark.parametrize(("text", "line"), [
    (HEAD + f"year: {HUGE}\n", 4),
    (f"id: y\ntitle_zh: {HUGE}\n", 2),
    (f"张三: -{HUGE[:10]}_{HUGE}\n", 1),
    (f"? {HUGE}\n: x\n", 1),
    (f"a: !!int \"{HUGE}\"\n", 1),
], ids=["project", "pack", "signed-with-underscores", "a-key", "tagged"])
def test_a_huge_integer_is_one_line_naming_file_and_line(tmp_path: Path, text: str, line: int) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_yaml(path)
    assert caught.value.line == line
    assert "数值过长" in caught.value.zh and "too long" in caught.value.en


def test_an_impossible_date_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("a: 1\nb: 2020-13-45\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_yaml(path)
    assert caught.value.line == 2 and "2020-13-45" in caught.value.zh


def test_a_huge_integer_in_each_yaml_the_cli_reads(tmp_path: Path) -> None:
    project = tmp_path / "p.yaml"
    project.write_text(HEAD + f"year: {HUGE}\n", encoding="utf-8")
    packs = tmp_path / "ck"
    packs.mkdir()
    (packs / "pack.yaml").write_text(f"id: y\ntitle_zh: {HUGE}\n", encoding="utf-8")
    units = tmp_path / "units.yaml"
    units.write_text(f"张三: {HUGE}\n", encoding="utf-8")
    draft = tmp_path / "d.docx"
    assert hd.run_cli("skeleton", "-o", draft, timeout=60).code == 0
    for args, where in [
        (("build", project, "-o", tmp_path / "o.docx"), f"{project}:4:"),
        (("explain", project, "-o", tmp_path / "e.docx"), f"{project}:4:"),
        (("check", draft, "--checklists", packs), f"{packs / 'pack.yaml'}:2:"),
        (("comments", draft, "-o", tmp_path / "c.docx", "--units", units), f"{units}:1:"),
    ]:
        run = hd.run_cli(*args, timeout=60)
        hd.one_line(run, where, "数值过长")
        assert run.code == 2, (args, run.stderr)
    run = hd.run_cli("build", project, "-o", tmp_path / "o.docx", "--lang", "en", timeout=60)
    hd.one_line(run, f"{project}:4:", "too long")
