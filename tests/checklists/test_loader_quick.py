"""The quick (safe-loader) path of the checklist loader gives what the round-trip loader gives."""

from __future__ import annotations

from pathlib import Path

import pytest

import authoring.checklist as checklist_module
from authoring.checklist import load_checklist, load_packs
from authoring.errors import InputError
from authoring.yamlio import MAX_ALIASES, load_yaml

PACK = """\
id: quick-pack
title_zh: 快速清单
source: test
chapters:
  - id: "1"
    title_zh: 第一章
    items:
      - id: "1.1"
        title_zh: 条目一
        cues: &cues {zh: [投诉处理, 回访]}
      - id: "1.2"
        title_zh: 条目二
        cues: *cues
"""


def _round_trip_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checklist_module, "quick_load", lambda path: None)


def test_bundled_packs_load_the_same_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    quick = load_packs()
    _round_trip_only(monkeypatch)
    assert load_packs() == quick


def test_aliases_within_the_limit_load_the_same_either_way(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "pack.yaml"
    path.write_text(PACK, encoding="utf-8")
    quick = load_checklist(path)
    assert quick.item("1.2").cues.zh == ("投诉处理", "回访")
    _round_trip_only(monkeypatch)
    assert load_checklist(path) == quick


def _line_of(words: str) -> int:
    return next(n for n, line in enumerate(PACK.splitlines(), 1) if words in line)


def _error(path: Path) -> InputError:
    with pytest.raises(InputError) as caught:
        load_checklist(path)
    return caught.value


def test_alias_bomb_is_refused_with_the_round_trip_loaders_line(tmp_path: Path) -> None:
    refs = ", ".join(["*cues"] * (MAX_ALIASES + 1))
    path = tmp_path / "bomb.yaml"
    path.write_text(PACK + f"extra: [{refs}]\n", encoding="utf-8")
    error = _error(path)
    assert "aliases" in error.en
    with pytest.raises(InputError) as direct:
        load_yaml(path)
    assert (error.en, error.line) == (direct.value.en, direct.value.line)


def test_control_character_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "ctrl.yaml"
    path.write_text(PACK.replace("条目二", "条目\x0c二"), encoding="utf-8")
    error = _error(path)
    assert "U+000C" in error.en
    assert error.line == _line_of("条目二")


def test_validation_error_keeps_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(PACK.replace('      - id: "1.2"', "      - id: 1.2"), encoding="utf-8")
    error = _error(path)
    assert "1.2" in error.en
    assert error.line == _line_of('- id: "1.2"')
