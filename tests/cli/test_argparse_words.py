"""argparse's own words follow the interface language: a Chinese command line's mistakes are said
in Chinese (a QA reader saw "参数错误: argument --function: …"), an English one's in English."""

from __future__ import annotations

import pytest

from authoring.cli.main import main
from authoring.i18n import get_lang, set_lang


@pytest.fixture(autouse=True)
def _language_restored():
    before = get_lang()
    yield
    set_lang(before)


@pytest.mark.parametrize(("args", "said"), [
    (["new", "--function", "规则", "-o", "p.yaml"], "参数 --function："),
    (["check", "x.docx", "--jobs", "abc"], "参数 --jobs：无效的 int 值"),
    (["check"], "缺少必需的参数"),
    (["check", "x.docx", "--bogus"], "无法识别的参数"),
])
def test_a_command_line_mistake_is_said_in_chinese(capsys, args: list[str], said: str) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--lang", "zh", *args])
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert stop.value.code == 2
    assert said in err and "argument" not in err and "invalid" not in err, err


def test_in_english_it_stays_english(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "en", "check", "x.docx", "--jobs", "abc"])
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert "argument --jobs: invalid int value: 'abc'" in err, err


def test_english_counts_take_the_right_number() -> None:
    from authoring.i18n import count_en

    assert [count_en(n, "reply", "replies") for n in (0, 1, 2)] == ["0 replies", "1 reply", "2 replies"]
    assert count_en(1, "annex", "annexes") == "1 annex" and count_en(3, "warning") == "3 warnings"


@pytest.mark.parametrize("command", ["check", "build", "import", "explain", "comments", "new", "skeleton", "serve",
                                     "studio", "preview", "checklist"])
def test_english_help_has_no_chinese_placeholder(capsys, command: str) -> None:
    """QA: ``--lang en comments --help`` showed ``-o 意见汇总处理表.docx``."""
    import re

    with pytest.raises(SystemExit):
        main(["--lang", "en", command, "--help"])
    usage = capsys.readouterr().out.split("\n\n")[0]
    # the values a choice takes ({规范,规程,指南}, the stages) are typed as they are: only placeholders count
    assert not re.search(r"[\u4e00-\u9fff]", re.sub(r"\{[^}]*\}", "", usage)), usage
