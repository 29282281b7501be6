"""The cache of validated checklist packs: used when sound, rebuilt when not, never changes an error."""

from __future__ import annotations

import hashlib
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

import authoring.yamlio as yamlio
from authoring.checklist import load_checklist, load_packs
from authoring.errors import InputError

ROOT = Path(__file__).resolve().parents[2]

PACK = """\
id: user-pack
title_zh: 用户清单
source: test
chapters:
  - id: "1"
    title_zh: 第一章
    items:
      - id: "1.1"
        title_zh: 条目一
        cues: {zh: [投诉处理, 回访]}
"""


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("STDAUTHOR_CACHE_DIR", str(folder))
    monkeypatch.delenv("STDAUTHOR_NO_CACHE", raising=False)
    return folder / "packs"


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the files the YAML parser really reads (a cache hit reads none)."""
    calls: list[int] = []
    real = yamlio._quick_parse

    def counting(text: str):  # noqa: ANN202
        calls.append(1)
        return real(text)

    monkeypatch.setattr(yamlio, "_quick_parse", counting)
    return calls


def _entries(cache: Path) -> list[Path]:
    return sorted(cache.glob("*.marshal"))


def test_second_load_comes_from_the_cache(cache: Path, parses: list[int]) -> None:
    first = load_packs()
    assert len(parses) >= 4 and len(_entries(cache)) == len(parses)
    parses.clear()
    assert load_packs() == first
    assert parses == []


def test_a_changed_file_is_parsed_again(cache: Path, parses: list[int], tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    folder.mkdir()
    path = folder / "user.yaml"
    path.write_text(PACK, encoding="utf-8")
    assert load_checklist(path).item("1.1").title_zh == "条目一"
    path.write_text(PACK.replace("条目一", "条目甲"), encoding="utf-8")
    parses.clear()
    assert load_checklist(path).item("1.1").title_zh == "条目甲"
    assert parses == [1]


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped-byte", "empty", "other-version",
                                    "foreign-entry", "not-data"])
def test_an_unsound_entry_is_rebuilt_not_trusted(cache: Path, parses: list[int], damage: str) -> None:
    first = load_packs()
    entries = _entries(cache)
    originals = [entry.read_bytes() for entry in entries]
    for index, entry in enumerate(entries):
        blob = originals[index]
        if damage == "garbage":
            entry.write_bytes(b"\x00\xffnot a cache entry" * 10)
        elif damage == "truncated":
            entry.write_bytes(blob[: len(blob) // 2])
        elif damage == "flipped-byte":
            entry.write_bytes(blob[:-5] + bytes([blob[-5] ^ 0x55]) + blob[-4:])
        elif damage == "empty":
            entry.write_bytes(b"")
        elif damage == "other-version":
            entry.write_bytes(blob.replace(yamlio.CACHE_FORMAT, b"stdauthor-yaml-cache/0", 1))
        elif damage == "foreign-entry":
            # a sound entry, but of another file: its key does not match the name it is found under
            entry.write_bytes(originals[(index + 1) % len(entries)])
        else:
            # digest right, but the body is a code object rather than parsed YAML
            body = marshal.dumps(compile("1", "x", "eval"))
            key = bytes.fromhex(entry.stem)
            entry.write_bytes(yamlio._MAGIC + key + hashlib.sha256(body).digest() + body)
    parses.clear()
    assert load_packs() == first
    assert len(parses) == len(entries)  # every damaged entry was parsed again...
    parses.clear()
    assert load_packs() == first
    assert parses == []  # ...and written back sound


def _rewrite(entry: Path, data: object) -> None:
    """A sound entry (header, key and digest right) holding ``data``."""
    body = marshal.dumps(data)
    entry.write_bytes(yamlio._MAGIC + bytes.fromhex(entry.stem) + hashlib.sha256(body).digest() + body)


def _pack_entry(cache: Path) -> Path:
    return next(e for e in _entries(cache) if marshal.loads(e.read_bytes()[len(yamlio._MAGIC) + 64:]).get("id")
                == "excellence-guide")


@pytest.mark.parametrize("change", ["unknown-field", "wrong-type", "bad-id", "duplicate-id", "score-range",
                                    "missing-field", "not-a-pack"])
def test_an_entry_is_checked_again_not_trusted(cache: Path, parses: list[int], change: str) -> None:
    """A sound entry whose data no pack validates to (written by other code, or by hand) is
    validated anew, not rebuilt into a pack as it is."""
    first = load_packs()
    entry = _pack_entry(cache)
    data = marshal.loads(entry.read_bytes()[len(yamlio._MAGIC) + 64:])
    item = data["chapters"][0]["items"][0]
    if change == "unknown-field":
        item["colour"] = "red"
    elif change == "wrong-type":
        item["title_zh"] = 5
    elif change == "bad-id":
        data["id"] = "Not An Id"
    elif change == "duplicate-id":
        data["chapters"][0]["items"].append(dict(item))
    elif change == "score-range":
        item["covered_from"] = 7.0
    elif change == "missing-field":
        del data["source"]
    else:
        data = ["excellence-guide"]
    _rewrite(entry, data)
    parses.clear()
    assert load_packs() == first
    assert parses == [1]
    parses.clear()
    assert load_packs() == first
    assert parses == []


def test_a_warm_load_imports_no_pydantic(tmp_path: Path) -> None:
    code = ("import sys\nfrom authoring.checklist import load_packs\nload_packs()\n"
            "print('pydantic' in sys.modules)")
    env = {**os.environ, "STDAUTHOR_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("STDAUTHOR_NO_CACHE", None)
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT,
                           check=True).stdout.split() for _ in range(2)]
    assert runs == [["True"], ["False"]]  # validated on the first run, from the cache on the second


def test_another_python_or_loader_does_not_share_entries(cache: Path, parses: list[int],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    load_packs()
    monkeypatch.setattr(yamlio, "_fingerprint", lambda: b"another python, another ruamel.yaml")
    parses.clear()
    load_packs()
    assert parses  # nothing written under the old fingerprint was used


def _error(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        load_packs([path.parent])
    return caught.value.message()


@pytest.mark.parametrize(("good", "bad"), [
    ('        title_zh: 条目一\n', '        title_zh: 条目一\n        colour: red\n'),  # unknown field
    ('  - id: "1"\n', '  - id: 1\n'),  # a number where text is needed
    ('source: test\n', ''),  # a missing field
    ('        title_zh: 条目一\n', '        title_zh: 条目一\n      - id: "1.1"\n        title_zh: 重复\n'),
    ('        cues: {zh: [投诉处理, 回访]}\n', '        cues: {zh: [投诉处理, 回访\n'),  # not YAML
], ids=["unknown-field", "number", "missing", "duplicate-id", "broken-yaml"])
def test_a_user_packs_error_is_the_same_with_and_without_cache(
        cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, good: str, bad: str) -> None:
    folder = tmp_path / "packs"
    folder.mkdir()
    path = folder / "user.yaml"
    assert good in PACK
    path.write_text(PACK.replace(good, bad, 1), encoding="utf-8")
    monkeypatch.setenv("STDAUTHOR_NO_CACHE", "1")
    uncached = _error(path)
    monkeypatch.delenv("STDAUTHOR_NO_CACHE")
    cold = _error(path)
    warm = _error(path)
    assert uncached == cold == warm
    assert f"{path}:" in uncached  # file and line


def test_no_cache_writes_nothing(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STDAUTHOR_NO_CACHE", "1")
    load_packs()
    assert not cache.exists()


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("STDAUTHOR_CACHE_DIR", str(blocker / "cache"))  # a folder under a file
    monkeypatch.delenv("STDAUTHOR_NO_CACHE", raising=False)
    assert "excellence-guide" in load_packs()


def test_cache_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from authoring._paths import cache_dir

    monkeypatch.delenv("STDAUTHOR_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "stdauthor"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache_dir() == Path.home() / ".cache" / "stdauthor"
