"""The import round-trip bench compares rendered lines fairly: whitespace, character width and the
list marker do not count, the order of the lines does."""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _module():
    spec = importlib.util.spec_from_file_location("import_roundtrip", BENCH / "import_roundtrip.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_lines_are_compared_as_text() -> None:
    rt = _module()
    assert rt._norm("a）独立性：独立于 特定领域；") == rt._norm("a) 独立性:独立于特定领域;")
    assert rt._norm("注1:点图元") == rt._norm("注1：点图元")
    assert rt._norm("    • Digital Talent") == rt._norm("· Digital Talent")
    assert rt._norm("1　范围") == "1范围"


def test_the_share_counts_lines_in_order() -> None:
    rt = _module()
    hit, missing = rt.matched(["1范围", "本文件规定", "2规范性引用文件"], ["封面", "1范围", "2规范性引用文件"])
    assert hit == 2 and missing == ["本文件规定"]
    assert rt.body_lines(["目次", "1范围", "正文"], "1范围") == ["1范围", "正文"]
    assert rt.body_lines(["x", "y"], "nowhere") == ["x", "y"]
