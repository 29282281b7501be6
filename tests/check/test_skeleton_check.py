"""A skeleton we write is clean apart from the placeholders it is meant to hold, and its prompts are no coverage."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from authoring.check import check_file
from authoring.checklist import load_packs
from authoring.cli.main import main
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


# A draft begun from our skeleton still holds its writing prompts (【编写提示】请写明“…”的条款。参考：…): they are our
# words, not the draft's. Checked as it came, the skeleton read 75 % covered, items 'covered' by a heading and a
# prompt that names the item; the prompts are no evidence, and the report says how many are left.


def _skeleton(tmp_path: Path) -> Path:
    path = tmp_path / "框架.docx"
    assert main(["skeleton", "-o", str(path), "--title", "养老机构服务规范", "--function", "规范"]) == 0
    return path


def test_an_untouched_skeleton_covers_nothing_and_says_why(tmp_path: Path) -> None:
    result = check_file(_skeleton(tmp_path), load_packs()["excellence-guide"])
    assert result.coverage.score == 0
    assert all(item.status == "missing" and not item.evidence for item in result.coverage.items)
    notices = {code: zh for code, zh, _ in result.document.notices()}
    assert "writing-prompts" in notices and "little-read" not in notices
    prompts = sum(p.text.count("【编写提示】") for p in docx.Document(str(tmp_path / "框架.docx")).paragraphs)
    assert f"还有 {prompts} 处【编写提示】" in notices["writing-prompts"]


def test_a_provision_written_in_place_of_a_prompt_counts_and_the_rest_do_not(tmp_path: Path) -> None:
    path = _skeleton(tmp_path)
    document = docx.Document(str(path))
    prompt = next(p for p in document.paragraphs if p.text.startswith("【编写提示】请写明“员工敬业度”"))
    for run in prompt.runs[1:]:
        run.text = ""
    prompt.runs[0].text = "机构应建立员工培训制度，每年对员工进行服务技能培训和考核，考核结果与顾客满意度挂钩。"
    document.save(str(path))
    result = check_file(path, load_packs()["excellence-guide"])
    status = {item.id: item.status for item in result.coverage.items}
    assert status["5.4"] != "missing"
    assert status["4.1"] == status["5.2"] == status["7.5"] == "missing"
    assert all(not e.excerpt.startswith(("【编写提示】", "参考：")) for i in result.coverage.items for e in i.evidence)
