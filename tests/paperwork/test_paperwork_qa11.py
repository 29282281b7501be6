"""QA pass 11: the committee paperwork (编制说明, 意见汇总处理表) and what a folder check counts."""

from __future__ import annotations

from pathlib import Path

from authoring.paperwork.explain import from_project
from tests.project.test_project_v2 import V2


def _project(tmp_path: Path, text: str = V2) -> Path:
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    return path


# -- A4: the methods are cited in the methods annex's table, never another annex's ----------------------------

def test_the_methods_are_cited_in_the_methods_annex_not_the_committees_own_table(tmp_path: Path) -> None:
    """The project's own 附录A holds 表A.1 (a 服务记录); the ticked methods go to the generated 附录B's 表B.1."""
    source = from_project(_project(tmp_path))
    methods = next(a for a in source.doc.annexes if a.title == "卓越服务实施方法")
    rows = {r.item_id: r for r in source.items}
    assert rows["5.2"].methods
    assert rows["5.2"].places[-1] == f"表{methods.letter}.1" != "表A.1"
    assert not any("表A.1" in r.places for r in source.items)


def test_a_methods_annex_without_a_table_cites_no_table(tmp_path: Path) -> None:
    """The outline holds its own 附录A with 表A.1 and a hand-written 附录B 卓越服务实施方法 in prose (composing
    leaves that annex as it is): the rows cite no table, not the committee's 表A.1."""
    text = V2 + "    - id: annex-methods\n      title: 卓越服务实施方法\n      blocks:\n        - 实施方法由起草组另行约定。\n"
    rows = {r.item_id: r for r in from_project(_project(tmp_path, text)).items}
    assert rows["5.2"].methods and not [p for p in rows["5.2"].places if p.startswith("表")]
