"""A skeleton we write is clean apart from the placeholders it is meant to hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from authoring.check import check_file
from authoring.checklist import load_packs
from authoring.document import FunctionType
from authoring.docx.read import read_docx
from authoring.docx.write import write_docx
from authoring.project import skeleton


@pytest.mark.parametrize("function", [FunctionType.SPECIFICATION, FunctionType.GUIDE])
def test_skeleton_draft_has_only_placeholder_findings(tmp_path: Path, function: FunctionType) -> None:
    guide = load_packs()["excellence-guide"]
    path = tmp_path / "skeleton.docx"
    write_docx(skeleton("物业服务" + function.value, guide, function=function), path)
    result = check_file(path, guide)
    rules = {f.rule for f in result.findings}
    assert rules == {"wording.placeholder"}, [(f.rule, f.location, f.message) for f in result.findings]
    normative = read_docx(path).find_clause("2")
    assert any(b.type == "reference" for b in normative.blocks), "the placeholder reference reads as a reference"
    prompts = [f for f in result.findings if f.severity == "warning"]
    assert len(prompts) >= len([i for i in guide.items() if not i.children])
