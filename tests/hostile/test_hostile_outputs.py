"""Items 4 and 10: outputs never replace inputs; OS errors on outputs are one line, exit 2.

Unwritable folders: as root a folder's mode does not stop writes, so ``/sys`` (where nobody
may create files) stands in for a read-only folder there.
"""

from __future__ import annotations

import os
from pathlib import Path

import hostile_docs as hd
import pytest

EXAMPLE = hd.ROOT / "examples" / "elderly-care.yaml"


@pytest.fixture
def unwritable(tmp_path: Path) -> Path:
    """A folder this process cannot create files in."""
    if os.geteuid() == 0:
        if not os.path.isdir("/sys"):
            pytest.skip("running as root without /sys")
        return Path("/sys")
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    return folder


def test_annotate_folder_never_replaces_an_input_even_with_force(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    hd.good(folder / "X.docx")
    precious = hd.good(folder / "Y.docx")
    before = precious.read_bytes()
    # Y.docx is an input and the annotated copy of another input named there would replace it
    run = hd.run_cli("check", folder / "X.docx", precious, "--annotate", folder, "--force", "--fail-on", "none")
    assert run.code == 0 and precious.read_bytes() == before  # its copy is Y.annotated.docx, not Y.docx
    named = hd.run_cli("check", precious, "--annotate", precious, "--force", "--fail-on", "none")
    hd.one_line(named, str(precious), "输入文件")
    assert named.code == 2 and precious.read_bytes() == before and named.stdout == ""  # refused before checking
    # a folder annotated into itself again: its annotated copies are stdauthor's own, no drafts to check
    # again, and the one replaced is kept (QA pass 7)
    again = hd.run_cli("check", folder, "--annotate", folder, "--force", "--fail-on", "none")
    assert again.code == 0, again.stderr
    assert sorted(p.name for p in folder.iterdir()) == [
        "X.annotated.bak.docx", "X.annotated.docx", "X.docx", "Y.annotated.bak.docx", "Y.annotated.docx", "Y.docx"]


def test_report_never_replaces_another_input(tmp_path: Path) -> None:
    draft = hd.good(tmp_path / "one.docx")
    notes = tmp_path / "one.txt"  # given as an input too: it is not a draft, but it is the user's
    notes.write_text("会议记录", encoding="utf-8")
    run = hd.run_cli("check", draft, notes, "-o", tmp_path, "--force")
    hd.one_line(run, str(notes), "输入文件")
    assert run.code == 2 and notes.read_text(encoding="utf-8") == "会议记录"


def test_numbered_names_do_not_collide(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    inputs = [hd.good(tmp_path / "a" / "x.docx"), hd.good(tmp_path / "b" / "x.docx"), hd.good(tmp_path / "x-2.docx")]
    out = tmp_path / "out"
    run = hd.run_cli("check", *inputs, "--annotate", out, "--fail-on", "none", "--format", "json")
    assert run.code == 0, run.stderr
    assert len(list(out.iterdir())) == 3


def test_check_report_into_unwritable_folder(unwritable: Path) -> None:
    target = unwritable / "report.txt"
    run = hd.run_cli("check", hd.good(Path(os.environ.get("TMPDIR", "/tmp")) / f"good-{os.getpid()}.docx"),
                     "-o", target)
    hd.one_line(run, str(target))
    assert run.code == 2


def test_check_annotate_into_unwritable_folder(tmp_path: Path, unwritable: Path) -> None:
    target = unwritable / "copy.docx"
    run = hd.run_cli("check", hd.good(tmp_path / "good.docx"), "--annotate", target, "--fail-on", "none")
    hd.one_line(run, str(target))
    assert run.code == 2
    assert "─" in run.stdout or run.stdout  # the report itself still printed


def test_build_into_unwritable_folder(unwritable: Path) -> None:
    target = unwritable / "draft.docx"
    run = hd.run_cli("build", EXAMPLE, "-o", target)
    hd.one_line(run, str(target))
    assert run.code == 2


LONG = "长" * 90  # 270 bytes in UTF-8: over the 255-byte limit of a file name


def test_build_with_a_name_too_long(tmp_path: Path) -> None:
    target = tmp_path / f"{LONG}.docx"
    run = hd.run_cli("build", EXAMPLE, "-o", target)
    hd.one_line(run, str(target), "文件名过长")
    assert run.code == 2


@pytest.mark.parametrize("option", ["-o", "--annotate"])
def test_check_output_with_a_name_too_long(tmp_path: Path, option: str) -> None:
    target = tmp_path / f"{LONG}.docx"
    run = hd.run_cli("check", hd.good(tmp_path / "good.docx"), option, target)
    hd.one_line(run, str(target), "文件名过长")
    assert run.code == 2


def test_derived_annotate_name_too_long(tmp_path: Path) -> None:
    # The input's own name fits; "<name>.annotated.docx" does not.
    source = hd.good(tmp_path / f"{'长' * 81}.docx")
    run = hd.run_cli("check", source, tmp_path / "missing.docx", "--annotate", tmp_path / "out")
    # that copy is left out with its line, and the draft is checked all the same (QA pass 13, A10)
    [line] = [m for m in hd.messages(run) if ".annotated.docx" in m]
    assert "文件名过长" in line and str(tmp_path / "out") in line
    assert any("missing.docx" in m and "文件不存在" in m for m in hd.messages(run))
    assert run.code == 2 and "Traceback" not in run.stderr


def test_input_with_a_name_too_long(tmp_path: Path) -> None:
    missing = tmp_path / f"{LONG}.docx"
    good = hd.good(tmp_path / "good.docx")
    run = hd.run_cli("check", missing, good, "--format", "json", "--fail-on", "none")
    hd.one_line(run, str(missing), "文件名过长")
    assert run.code == 2 and str(good) in run.stdout


def test_an_output_under_a_file_says_it_is_a_file(tmp_path: Path) -> None:
    """QA: ``-o 记录.txt/out.docx`` with 记录.txt a file said 目标文件夹不存在：记录.txt (it exists)."""
    (tmp_path / "记录.txt").write_text("keep", encoding="utf-8")
    target = tmp_path / "记录.txt" / "out.docx"
    run = hd.run_cli("build", EXAMPLE, "-o", target)
    hd.one_line(run, str(target), "是文件，不是文件夹")
    assert run.code == 2 and (tmp_path / "记录.txt").read_text(encoding="utf-8") == "keep"
    run = hd.run_cli("build", EXAMPLE, "-o", tmp_path / "没有" / "out.docx")
    hd.one_line(run, "目标文件夹不存在")
