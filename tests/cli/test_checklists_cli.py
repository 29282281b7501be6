"""``stdauthor checklists`` / ``checklist show``: formats, languages and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from authoring import __version__
from authoring.checklist import load_packs
from authoring.cli.main import main
from authoring.i18n import set_lang


@pytest.fixture(autouse=True)
def chinese_by_default():
    set_lang("zh")
    yield
    set_lang("zh")


def test_list_as_json_names_every_bundled_pack(capsys) -> None:
    assert main(["checklists", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    library = load_packs()
    assert {r["id"] for r in rows} == set(library.packs)
    for row in rows:
        assert row["items"] == sum(1 for _ in library[row["id"]].items())


def test_show_json_holds_every_item_and_method(capsys) -> None:
    assert main(["checklist", "show", "excellence-guide", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    seen_items, seen_methods = set(), set()

    def visit(item):
        seen_items.add(item["id"])
        seen_methods.update(m["id"] for m in item["methods"])
        for child in item["children"]:
            visit(child)

    for chapter in data["chapters"]:
        for item in chapter["items"]:
            visit(item)
    pack = load_packs()["excellence-guide"]
    assert seen_items == {i.id for i in pack.items()}
    assert seen_methods == {m.id for _, m in pack.methods()}
    assert {"4.1", "5.6.1", "5.6.2", "7.5"} <= seen_items


def test_show_text_and_markdown_in_both_languages(capsys) -> None:
    pack = load_packs()["excellence-guide"]
    item = pack.item("5.2")
    assert main(["checklist", "show", "excellence-guide"]) == 0
    text = capsys.readouterr().out
    assert f"5.2 {item.title_zh}" in text
    assert f"{item.methods[0].letter}) {item.methods[0].text_zh}" in text
    assert main(["--lang", "en", "checklist", "show", "excellence-guide", "--format", "md"]) == 0
    md = capsys.readouterr().out
    assert f"5.2 {item.title_en}" in md and "Implementation methods" in md


def test_bad_input_exits_2_with_one_line(capsys, tmp_path) -> None:
    assert main(["checklist", "show", "no-such-pack"]) == 2
    err = capsys.readouterr().err.strip()
    assert "no-such-pack" in err and "\n" not in err
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\nchapters: [\n", encoding="utf-8")
    assert main(["checklists", "--checklists", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert str(bad) in err and "Traceback" not in err


def test_unknown_option_exits_2(capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["checklists", "--bogus"])
    assert caught.value.code == 2


def test_version_and_module_entry_point() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "authoring", "--version"], capture_output=True, text=True, check=True
    ).stdout
    assert __version__ in out
    helped = subprocess.run(
        [sys.executable, "-m", "authoring", "--lang", "en", "checklist", "show", "--help"],
        capture_output=True, text=True, check=True,
    ).stdout
    assert "Print every item" in helped


def test_the_top_level_help_is_chinese_first_with_english_available(capsys) -> None:
    """Every line of ``stdauthor --help`` a committee secretary reads is in Chinese, --version's too
    (argparse's own text for it is English); ``--lang en`` gives the English."""
    with pytest.raises(SystemExit):
        main(["--help"])
    chinese = capsys.readouterr().out
    assert "显示版本号并退出" in chinese and "show" not in chinese
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    assert "show the version number and exit" in capsys.readouterr().out
