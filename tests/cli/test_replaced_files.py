"""A command that replaces a file with ``--force`` keeps the old one first as ``NAME.bak.EXT``
(``NAME-2.bak.EXT`` … when taken), as the studio's export does; replacing the committee's own Word
draft the project was imported from is said so (QA pass 6: ``build -o 原稿.docx --force`` left no copy)."""

from __future__ import annotations

from pathlib import Path

import pytest

from authoring.cli.main import main as _main
from tests.docx import reader_builders as rb


def main(argv: list[str]) -> int:
    """The entry point in Chinese unless ``--lang`` says otherwise (the language is process-wide)."""
    return _main(argv if "--lang" in argv else [*argv, "--lang", "zh"])


@pytest.fixture(autouse=True)
def _language_restored():
    from authoring.i18n import get_lang, set_lang

    before = get_lang()
    yield
    set_lang(before)


@pytest.fixture
def imported(tmp_path: Path) -> tuple[Path, Path]:
    """The committee's own draft and the project imported from it."""
    draft = rb.typed_shape(tmp_path / "起草组原稿.docx")
    project = tmp_path / "项目.yaml"
    assert main(["import", str(draft), "-o", str(project)]) == 0
    return draft, project


def test_build_over_the_draft_the_project_came_from_keeps_it_and_says_so(imported, capsys) -> None:
    draft, project = imported
    original = draft.read_bytes()
    capsys.readouterr()
    assert main(["build", str(project), "-o", str(draft)]) == 2  # no --force: refused, as before
    assert draft.read_bytes() == original
    capsys.readouterr()
    assert main(["build", str(project), "-o", str(draft), "--force"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    backup = draft.with_name("起草组原稿.bak.docx")
    assert backup.read_bytes() == original and draft.read_bytes() != original
    assert first == (f"已生成草案：{draft}（它原是起草组自己的 Word 草案，本项目多半由它导入；"
                     f"原稿已另存为 {backup.name}）")


def test_the_same_in_english(imported, capsys) -> None:
    draft, project = imported
    capsys.readouterr()
    assert main(["build", str(project), "-o", str(draft), "--force", "--lang", "en"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(f"draft written: {draft} (it was the committee's own Word draft")
    assert first.endswith("the original is kept as 起草组原稿.bak.docx)")


def test_rebuilding_over_a_built_draft_keeps_each_earlier_copy(imported, tmp_path: Path, capsys) -> None:
    _, project = imported
    built = tmp_path / "built.docx"
    assert main(["build", str(project), "-o", str(built)]) == 0
    assert not list(tmp_path.glob("built*.bak.docx"))  # nothing replaced, nothing kept
    first = built.read_bytes()
    capsys.readouterr()
    assert main(["build", str(project), "-o", str(built), "--force"]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    assert line == f"已生成草案：{built}（原文件已另存为 built.bak.docx）"  # a built draft is no committee's draft
    second = built.read_bytes()
    assert main(["build", str(project), "-o", str(built), "--force", "--lang", "en"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"draft written: {built} (the file it replaced is kept as built-2.bak.docx)"
    assert (tmp_path / "built.bak.docx").read_bytes() == first  # never replaced by a later copy
    assert (tmp_path / "built-2.bak.docx").read_bytes() == second


def test_build_over_another_word_file_keeps_it_without_calling_it_the_draft(imported, tmp_path: Path, capsys) -> None:
    _, project = imported
    other = rb.write_package(tmp_path / "会议纪要.docx", rb.para("起草组第二次会议纪要"))
    before = other.read_bytes()
    capsys.readouterr()
    assert main(["build", str(project), "-o", str(other), "--force"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"已生成草案：{other}（原文件已另存为 会议纪要.bak.docx）"
    assert (tmp_path / "会议纪要.bak.docx").read_bytes() == before


def test_skeleton_and_explain_keep_the_file_they_replace(imported, tmp_path: Path, capsys) -> None:
    _, project = imported
    skeleton = tmp_path / "框架.docx"
    assert main(["skeleton", "-o", str(skeleton)]) == 0
    before = skeleton.read_bytes()
    assert main(["skeleton", "-o", str(skeleton), "--force"]) == 0
    assert f"已生成标准框架：{skeleton}（原文件已另存为 框架.bak.docx）" in capsys.readouterr().out
    assert (tmp_path / "框架.bak.docx").read_bytes() == before

    memo = tmp_path / "编制说明.docx"
    assert main(["explain", str(project), "-o", str(memo)]) == 0
    before = memo.read_bytes()
    capsys.readouterr()
    assert main(["explain", str(project), "-o", str(memo), "--force", "--lang", "en"]) == 0
    assert "(the file it replaced is kept as 编制说明.bak.docx)" in capsys.readouterr().out.splitlines()[0]
    assert (tmp_path / "编制说明.bak.docx").read_bytes() == before
