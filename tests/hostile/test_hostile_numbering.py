"""Item 1: list start values are bounded the way Word bounds them, and any number formats fast."""

from __future__ import annotations

import time
from pathlib import Path

import hostile_docs as hd
from authoring.markdown import document_to_markdown
import pytest

from authoring.docx.read._numbering import MAX_VALUE, format_number
from authoring.docx.read import read_docx


@pytest.mark.parametrize("fmt", ["upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "decimal",
                                 "chineseCounting", "decimalZero", "decimalFullWidth", "ideographTraditional",
                                 "decimalEnclosedCircle", "none", "bullet"])
@pytest.mark.parametrize("number", [-10**12, -1, 0, 1, 27, 3999, 4000, 32767, 10**9, 10**18])
def test_any_number_formats_short_and_fast(fmt: str, number: int) -> None:
    began = time.monotonic()
    text = format_number(number, fmt)
    assert time.monotonic() - began < 0.01
    assert len(text) <= 40


def test_in_range_numbers_keep_their_format() -> None:
    assert format_number(28, "upperLetter") == "BB"
    assert format_number(3999, "upperRoman") == "MMMCMXCIX"
    assert format_number(4000, "upperRoman") == "4000"  # no Roman numeral: decimal
    assert format_number(781, "lowerLetter") == "781"


@pytest.mark.parametrize("fmt", ["upperRoman", "upperLetter"])
def test_huge_start_is_capped_in_the_reader(tmp_path: Path, fmt: str) -> None:
    path = hd.huge_start(tmp_path / "list.docx", fmt=fmt)
    began = time.monotonic()
    doc = read_docx(path)
    assert time.monotonic() - began < 5
    text = document_to_markdown(doc)
    line = next(line for line in text.splitlines() if "服务记录" in line)
    assert len(line) < 40, line  # the label is short: capped, then printed in decimal if need be
    if fmt == "upperRoman":
        assert line.startswith(str(MAX_VALUE)), line


@pytest.mark.parametrize("value", ["99999999999999999999999999", "-5", "²", "１", "9" * 5000, "", "x"])
def test_odd_start_and_level_values_are_read(tmp_path: Path, value: str) -> None:
    numbering = hd.numbering_xml().replace('w:start w:val="1"', f'w:start w:val="{value}"')
    body = hd.BODY.replace('<w:ilvl w:val="0"/>', f'<w:ilvl w:val="{value}"/>', 1)
    read_docx(hd.write(tmp_path / "odd.docx", numbering=numbering, body=body))


@pytest.mark.parametrize("fmt", ["upperRoman", "upperLetter"])
def test_cli_on_huge_start_is_bounded(tmp_path: Path, fmt: str) -> None:
    path = hd.huge_start(tmp_path / f"{fmt}.docx", fmt=fmt)
    run = hd.run_cli("check", path, "--fail-on", "none", timeout=60)
    assert run.code == 0, run.stderr
    assert run.err_lines == []
    assert run.seconds < 30
    assert "Traceback" not in run.stderr
