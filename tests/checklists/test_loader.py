"""The checklist loader: validation, user packs, crosswalks and file:line errors."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from authoring.checklist import ENV_VAR, load_checklist, load_packs
from authoring.errors import InputError

PACK = """\
id: demo-pack
title_zh: 演示清单
title_en: Demo pack
source: test
chapters:
  - id: "1"
    title_zh: 第一章
    items:
      - id: "1.1"
        title_zh: 条目一
        methods:
          - id: "1.1.a"
            letter: a
            text_zh: 方法甲
        children:
          - id: "1.1.1"
            title_zh: 子条目
      - id: "1.2"
        title_zh: 条目二
        cues: {zh: [投诉处理, 满意度调查], en: [complaint handling]}
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_valid_pack_walks_items_and_methods(tmp_path: Path) -> None:
    pack = load_checklist(write(tmp_path, "demo.yaml", PACK))
    assert [i.id for i in pack.items()] == ["1.1", "1.1.1", "1.2"]
    assert [(i.id, m.id) for i, m in pack.methods()] == [("1.1", "1.1.a")]
    assert pack.item("1.2").cues.all() == ("投诉处理", "满意度调查", "complaint handling")
    assert pack.chapter_of("1.1.1").id == "1"
    with pytest.raises(KeyError):
        pack.item("9.9")


@pytest.mark.parametrize(
    ("mutation", "line", "words"),
    [
        (lambda t: t.replace("        title_zh: 条目二\n", "        title_zh: 条目二\n        colour: red\n"), 20, "colour"),
        (lambda t: t.replace('id: "1.2"', 'id: "1.1"'), None, "duplicate id 1.1"),
        (lambda t: t.replace('id: "1.1.a"', 'id: "1.1.b"'), None, "1.1.b"),
        (lambda t: t.replace('      - id: "1.2"\n', '      - id: 1.2\n'), 18, "1.2"),
        (lambda t: t.replace("title_zh: 演示清单\n", "title_zh: 演示清单\ntitle_zh: 又一个\n"), 3, "title_zh"),
        (lambda t: t.replace("chapters:\n", "chapters: [\n"), None, "YAML"),
        (lambda t: t.replace("en: [complaint handling]}\n", "en: [complaint handling]}\n"
                             "        patterns: {zh: ['[0-9]+(小时']}\n"), None, "not a regular expression"),
        (lambda t: t.replace("en: [complaint handling]}\n", "en: [complaint handling]}\n"
                             "        patterns: {zh: ['[0-9]*']}\n"), None, "matches an empty text"),
        (lambda t: t.replace("en: [complaint handling]}\n", "en: [complaint handling]}\n"
                             "        patterns: {zh: ['(?P<n>[0-9]+)小时']}\n"), None, "names a group"),
        (lambda t: t.replace("en: [complaint handling]}\n", "en: [complaint handling]}\n"
                             "        patterns: {zh: ['(?:[0-9]+)+小时']}\n"), None, "repeats a group"),
        (lambda t: t.replace("en: [complaint handling]}\n", "en: [complaint handling]}\n"
                             "        spread: {zh: ['[0-9]*']}\n"), None, "matches an empty text"),
        (lambda t: t.replace("en: [complaint handling]}\n", "en: [complaint handling]}\n"
                             "        covered_from_places: 0\n"), None, "covered_from_places"),
    ],
    ids=["unknown-field", "duplicate-id", "method-id-mismatch", "unquoted-id", "duplicate-key", "broken-yaml",
         "broken-pattern", "empty-pattern", "named-group-pattern", "nested-repeat-pattern", "empty-spread-pattern",
         "no-places"],
)
def test_bad_pack_gets_one_clear_error_with_file_and_line(tmp_path, mutation, line, words) -> None:
    path = write(tmp_path, "bad.yaml", mutation(PACK))
    with pytest.raises(InputError) as caught:
        load_checklist(path)
    message = caught.value.message()
    assert str(path) in message
    assert words in caught.value.en
    assert "\n" not in message
    if line is not None:
        assert caught.value.line == line, message


def test_user_pack_folder_and_environment_variable(tmp_path: Path, monkeypatch) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    write(first, "demo.yaml", PACK)
    write(second, "other.yaml", PACK.replace("demo-pack", "other-pack"))
    monkeypatch.setenv(ENV_VAR, str(second))
    library = load_packs([first])
    assert {"demo-pack", "other-pack"} <= set(library.packs)
    assert library.files["demo-pack"].endswith("demo.yaml")


def test_duplicate_pack_ids_in_one_folder_are_refused(tmp_path: Path) -> None:
    write(tmp_path, "one.yaml", PACK)
    write(tmp_path, "two.yaml", PACK)
    with pytest.raises(InputError, match="demo-pack"):
        load_packs([tmp_path])


def test_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        load_packs([tmp_path / "nowhere"])
    assert "nowhere" in caught.value.message()


def test_a_single_pack_file_may_stand_for_a_folder(tmp_path: Path) -> None:
    path = write(tmp_path, "demo.yaml", PACK)
    assert load_packs([path]).files["demo-pack"] == str(path)
    other = write(tmp_path, "notes.txt", "not a pack")
    with pytest.raises(InputError) as caught:
        load_packs([other])
    assert "notes.txt" in caught.value.message() and "YAML" in caught.value.en
    broken = write(tmp_path, "broken.yaml", PACK.replace("chapters:\n", "chapters: [\n"))
    with pytest.raises(InputError) as caught:
        load_packs([broken])
    assert "broken.yaml" in caught.value.message()


def test_crosswalk_links_and_dangling_ids(tmp_path: Path) -> None:
    write(tmp_path, "demo.yaml", PACK)
    write(tmp_path, "other.yaml", PACK.replace("demo-pack", "other-pack"))
    walk = 'crosswalks:\n  - source: demo-pack\n    target: other-pack\n    links:\n      "1.1": ["1.2"]\n'
    write(tmp_path, "crosswalk.yaml", walk)
    library = load_packs([tmp_path])
    assert library.related("demo-pack", "1.1") == {"other-pack": ("1.2",)}
    write(tmp_path, "crosswalk.yaml", walk.replace('["1.2"]', '["9.9"]'))
    with pytest.raises(InputError) as caught:
        load_packs([tmp_path])
    assert caught.value.line == 5 and "9.9" in caught.value.en
    write(tmp_path, "crosswalk.yaml", walk.replace("target: other-pack", "target: ghost"))
    with pytest.raises(InputError, match="ghost"):
        load_packs([tmp_path])


def test_unknown_pack_lists_the_known_ones(tmp_path: Path) -> None:
    write(tmp_path, "demo.yaml", PACK)
    library = load_packs([tmp_path])
    with pytest.raises(InputError) as caught:
        library.get("nope")
    assert "demo-pack" in caught.value.en


def test_bundled_packs_load_and_are_consistent() -> None:
    library = load_packs()
    for pack in library.packs.values():
        ids = [i.id for i in pack.items()]
        assert len(ids) == len(set(ids)), pack.id
    assert {"excellence-guide", "iso-11367", "caf-5.2"} <= set(library.packs)
