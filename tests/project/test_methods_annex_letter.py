"""The letter of the generated methods annex (QA pass 11, A5): never one the committee's text already cites."""

from __future__ import annotations

from pathlib import Path

import pytest

from authoring.checklist import load_packs
from authoring.lint import run_lint
from authoring.project import compose, load_project
from authoring.project.compose import methods_annex
from tests.project.test_project_v2 import V2

_PROCESS = "          blocks: [服务前应核实老人的身体状况。]\n"


@pytest.fixture
def pack():
    return load_packs()["excellence-guide"]


def _composed(tmp_path: Path, pack, process: str):
    path = tmp_path / "p.yaml"
    path.write_text(V2.replace(_PROCESS, f"          blocks: [{process}]\n"), encoding="utf-8")
    return compose(load_project(path).project, pack)


def test_a_letter_the_text_cites_for_an_annex_not_written_is_left_to_the_committee(tmp_path: Path, pack) -> None:
    """The outline has only 附录A and its 2.2 says 见附录B (an annex still to write): the methods annex is 附录C,
    the clause the ticked item links to points there, and the dangling 附录B is still reported."""
    doc = _composed(tmp_path, pack, "服务前应核实老人的身体状况，具体方法见附录B。")
    annex = methods_annex(doc)
    assert annex is not None and annex.letter not in ("A", "B")
    assert [a.letter for a in doc.annexes] == ["A", annex.letter]
    assert any(b.label == f"表{annex.letter}.1" for b in annex.blocks if hasattr(b, "label"))
    pointer = doc.find_clause("2.1").blocks[-1].text
    assert f"附录{annex.letter}" in pointer and "附录B" not in pointer
    dangling = [f for f in run_lint(doc) if f.rule == "reference.dangling-object"]
    assert [f.location for f in dangling] == ["2.2"] and "附录B" in dangling[0].message


@pytest.mark.parametrize("process", ["服务前应核实老人的身体状况。",
                                     "服务前应按GB/T 38376—2019的附录B核实老人的身体状况。"])
def test_otherwise_the_methods_annex_takes_the_next_letter(tmp_path: Path, pack, process: str) -> None:
    """No citation, or another document's 附录B only: the methods annex follows the committee's as 附录B."""
    assert methods_annex(_composed(tmp_path, pack, process)).letter == "B"
