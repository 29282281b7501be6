"""YAML hazards a user's file may hold: each gets one clear error with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from authoring.errors import InputError
from authoring.yamlio import MAX_ALIASES, MAX_ALIAS_NODES, load_yaml


def test_gbk_file_is_read_and_its_encoding_reported(tmp_path: Path) -> None:
    path = tmp_path / "gbk.yaml"
    path.write_bytes("标题: 养老机构服务规范\n".encode("gbk"))
    data, encoding = load_yaml(path)
    assert data["标题"] == "养老机构服务规范"
    assert encoding == "gb18030"


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes("\ufeffa: 1\n".encode("utf-8"))
    data, encoding = load_yaml(path)
    assert data["a"] == 1 and encoding == "utf-8-sig"


def test_control_character_from_a_pdf_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "pasted.yaml"
    path.write_text("a: 1\nb: 服务\x0c质量\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_yaml(path)
    assert caught.value.line == 2
    assert "U+000C" in caught.value.message()


def test_alias_bomb_is_refused_before_expansion(tmp_path: Path) -> None:
    lines = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    for i in range(1, 12):
        prev = chr(ord("a") + i - 1)
        cur = chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ", ".join([f"*{prev}"] * 10) + "]")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_yaml(path)
    # Either bound may trip first: the count of aliases or the size they expand to.
    message = caught.value.message()
    assert str(MAX_ALIASES) in message or str(MAX_ALIAS_NODES) in message


def test_binary_garbage_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "garbage.yaml"
    path.write_bytes(b"\xff\xfe\x00\x81\x82" * 50)
    with pytest.raises(InputError) as caught:
        load_yaml(path)
    assert str(path) in caught.value.message()


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found|不存在"):
        load_yaml(tmp_path / "none.yaml")
    with pytest.raises(InputError):
        load_yaml(tmp_path)
