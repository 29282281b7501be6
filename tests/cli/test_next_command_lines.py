"""The command a line tells the user to run next can be copied and run as it stands: a path with
spaces or brackets (``起草组 草案 (第2稿)/``) is quoted (QA pass 6: import's last line was not)."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from authoring.cli.main import main
from tests.docx import reader_builders as rb


@pytest.fixture(autouse=True)
def _language_restored():
    from authoring.i18n import get_lang, set_lang

    before = get_lang()
    yield
    set_lang(before)


def _next_line(out: str, lead: str) -> list[str]:
    line = next(line for line in out.splitlines() if line.startswith(lead))
    return shlex.split(line[len(lead):])


@pytest.mark.parametrize("lang, lead", [("zh", "下一步："), ("en", "next: ")])
def test_imports_next_line_quotes_a_project_path_with_spaces(tmp_path: Path, capsys, lang: str, lead: str) -> None:
    folder = tmp_path / "起草组 草案 (第2稿)"
    folder.mkdir()
    draft = rb.typed_shape(folder / "草案 第2稿.docx")
    project = folder / "项目 文件.yaml"
    assert main(["import", str(draft), "-o", str(project), "--lang", lang]) == 0
    words = _next_line(capsys.readouterr().out, lead)
    assert words[:3] == ["stdauthor", "build", str(project)]
    assert words[3] == "-o" and len(words) == 5


def test_news_next_line_quotes_a_project_path_with_spaces(tmp_path: Path, capsys) -> None:
    project = tmp_path / "我的 项目.yaml"
    assert main(["new", "-o", str(project), "--lang", "en"]) == 0
    words = _next_line(capsys.readouterr().out, "next: edit it, then run ")
    assert words[:3] == ["stdauthor", "build", str(project)]


def test_a_plain_path_is_left_unquoted(tmp_path: Path, capsys) -> None:
    draft = rb.typed_shape(tmp_path / "draft.docx")
    project = tmp_path / "p.yaml"
    assert main(["import", str(draft), "-o", str(project), "--lang", "en"]) == 0
    assert f"next: stdauthor build {project} -o draft.docx" in capsys.readouterr().out
