"""Project file version 2: the author's outline as the body, links by stable clause ids, v1 migrated."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from authoring._paths import bundled_example, template_path
from tests.project.conftest import V1_EXAMPLE
from authoring.checklist import load_packs
from authoring.document import Clause, ListBlock, Paragraph, Table
from authoring.errors import InputError
from authoring.project import compose, load_project
from authoring.project.file import project_from_data
from authoring.project.model import Body, Project, problems
from authoring.project.outline import (
    assign_ids, decisions_of, document_of, migrate, new_id, numbered, project_data,
)

V2 = """\
version: 2
metadata:
  title_zh: 养老机构服务规范
  function: 规范
checklist: excellence-guide
items:
  "4.1":
    status: not-applicable
    reason: 行业现状在编制说明中说明。
  "5.2":
    status: addressed
    methods: [5.2.a]
    links: [c-staff]
  "6.1":
    status: todo
    links:
      - clause: c-process
        proposed: true
        evidence: 服务前应核实
body:
  clauses:
    - id: c-scope
      title: 范围
      blocks:
        - 本文件规定了养老机构服务的要求。
    - id: c-basic
      title: 基本要求
      children:
        - id: c-staff
          title: 人员
          blocks:
            - 养老机构应对员工授权，使其能当场解决老人的问题。
            - type: list
              items:
                - 持证上岗；
                - 定期培训。
            - type: note
              text: 员工包括护理员。
        - id: c-process
          blocks: [服务前应核实老人的身体状况。]
  annexes:
    - id: annex-records
      title: 服务记录表
      blocks:
        - type: table
          number: A.1
          title: 服务记录
          rows: [[项目, 记录], [日期, "2026"]]
"""


@pytest.fixture
def pack():
    return load_packs()["excellence-guide"]


def _load(tmp_path: Path, text: str = V2):
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    return load_project(path)


def test_a_v2_file_reads_into_the_document_model(tmp_path: Path, pack) -> None:
    project = _load(tmp_path).project
    assert project.version == 2
    staff = project.body.clauses[1].children[0]
    assert staff.id == "c-staff" and isinstance(staff.blocks[0], Paragraph)
    assert isinstance(staff.blocks[1], ListBlock) and staff.blocks[1].items[1].text == "定期培训。"
    assert project.items["5.2"].accepted_links() == ["c-staff"]
    assert project.items["6.1"].links[0].proposed and project.items["6.1"].accepted_links() == []
    assert problems(project, pack) == []


def test_lines_typed_as_a_list_or_a_note_are_a_list_and_a_note(tmp_path: Path, pack) -> None:
    """QA pass 5: ``a) ……``, ``——……`` and ``注：……`` typed in the guide view's editor are kept as lines
    (plain strings), and were printed as body paragraphs; they are the list and the note they are
    typed as, a run of one marker one list, as the outline editor makes them."""
    from authoring.document import Note

    text = V2.replace('''            - 养老机构应对员工授权，使其能当场解决老人的问题。
''', '''            - 养老机构应识别下列需求：
            - a) 生活照料需求；
            - b) 医疗护理需求。
            - 养老机构应提供：
            - ——助餐服务；
            - ——助浴服务。
            - 注：服务偏好包括服务时段。
            - 1) 这一行另起一个列表。
''')
    staff = _load(tmp_path, text).project.body.clauses[1].children[0]
    kinds = [(b.type, getattr(b, "style", None)) for b in staff.blocks]
    assert kinds[:6] == [("paragraph", None), ("list", "letter"), ("paragraph", None), ("list", "dash"),
                         ("note", None), ("list", "number")]
    assert [i.text for i in staff.blocks[1].items] == ["生活照料需求；", "医疗护理需求。"]
    assert [i.text for i in staff.blocks[3].items] == ["助餐服务；", "助浴服务。"]
    assert isinstance(staff.blocks[4], Note) and staff.blocks[4].text == "服务偏好包括服务时段。"
    doc = compose(_load(tmp_path, text).project, pack)
    assert any(isinstance(b, Note) for c in doc.iter_clauses() for b in c.blocks)


def test_clauses_without_numbers_are_numbered_by_place(tmp_path: Path, pack) -> None:
    doc = compose(_load(tmp_path).project, pack)
    assert [c.number for c in doc.iter_clauses()] == ["1", "2", "2.1", "2.2"]
    assert doc.annexes[0].letter == "A" and isinstance(doc.annexes[0].blocks[0], Table)
    assert doc.foreword is not None and "起草" in doc.foreword.blocks[0].text  # written from the metadata
    assert doc.body_title == "养老机构服务规范"


def test_ids_and_numbers_travel_in_the_decisions(tmp_path: Path) -> None:
    decisions = decisions_of(_load(tmp_path).project)
    assert decisions.clauses["c-staff"] == "2.1" and decisions.clauses["annex-records"] == "附录A"
    assert decisions.not_applicable() == {"4.1": "行业现状在编制说明中说明。"}
    assert decisions.items["5.2"].links == ["c-staff"] and decisions.items["5.2"].methods == ["5.2.a"]
    assert decisions.items["6.1"].links == []  # a proposed link is not the committee's yet


def test_a_link_to_no_clause_names_its_line(tmp_path: Path, pack) -> None:
    project = _load(tmp_path, V2.replace("links: [c-staff]", "links: [c-nowhere]"))
    with pytest.raises(InputError) as err:
        project.check(pack)
    assert "c-nowhere" in str(err.value) and ":13:" in str(err.value)


def test_a_repeated_id_is_a_problem(tmp_path: Path, pack) -> None:
    project = _load(tmp_path, V2.replace("id: c-process", "id: c-staff"))
    with pytest.raises(InputError, match="c-staff"):
        project.check(pack)


@pytest.mark.parametrize("extra, word", [
    ("scope: [本文件规定了……]\n", "scope"),
    ("terms:\n  - zh: 养老\n", "terms"),
])
def test_version_1_parts_are_refused_in_version_2(tmp_path: Path, extra: str, word: str) -> None:
    with pytest.raises(InputError, match=word):
        _load(tmp_path, V2 + extra)


def test_body_needs_version_2(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="version"):
        _load(tmp_path, V2.replace("version: 2\n", ""))


def test_new_ids_are_readable_and_unique() -> None:
    taken: set[str] = set()
    assert new_id("5.2", taken) == "c5-2"
    assert new_id("5.2", taken) == "c5-2-2"
    assert new_id("A.1", taken) == "cA-1"
    assert new_id("第十二条", taken) == "第十二条"
    assert new_id("", taken) == "c1" and new_id("", taken) == "c2"
    assert new_id("B", taken, annex=True) == "annex-B"
    body = Body(clauses=[Clause(number="1", title="范围", children=[Clause(number="1.1", id="keep")])])
    assign_ids(body)
    assert [body.clauses[0].id, body.clauses[0].children[0].id] == ["c1", "keep"]


def test_numbers_given_are_kept_and_missing_ones_follow_their_parent() -> None:
    body = numbered(Body(clauses=[Clause(number="5", children=[Clause(number=""), Clause(number="")])]))
    assert [c.number for c in body.clauses[0].children] == ["5.1", "5.2"]


# -- version 1 ---------------------------------------------------------------------------------

def test_the_example_migrates_to_the_same_draft(pack) -> None:
    v1 = load_project(V1_EXAMPLE).project
    v2 = migrate(v1, pack)
    assert v2.version == 2 and document_of(v2).content_equal(compose(v1, pack))
    assert v2.items["4.1"].status == "not-applicable" and v2.items["4.1"].reason == v1.items["4.1"].reason
    assert v2.items["5.2"].methods == v1.items["5.2"].methods
    linked = {n.id: n for n in v2.body.clauses[4].walk()}
    assert v2.items["5.2"].accepted_links()[0] in linked
    assert linked[v2.items["5.2"].accepted_links()[0]].title == pack.item("5.2").title_zh
    # written data reads back into the same project
    again = Project.model_validate(project_data(v2))
    assert document_of(again).content_equal(document_of(v2))


def test_a_todo_item_keeps_its_set_aside_text(pack) -> None:
    v1 = Project.model_validate({"items": {"5.2": {"status": "todo", "provisions": ["应授权员工。"]}}})
    v2 = migrate(v1, pack)
    assert v2.items["5.2"].provisions == ["应授权员工。"] and not v2.items["5.2"].links


def test_migrating_in_memory_leaves_the_file_and_saving_keeps_a_v1_backup(tmp_path: Path, pack) -> None:
    path = tmp_path / "p.yaml"
    shutil.copy(V1_EXAMPLE, path)
    original = path.read_bytes()
    project = load_project(path)
    project.migrate(pack)
    assert project.version == 2 and project.dirty
    assert path.read_bytes() == original
    project.save()
    assert (tmp_path / "p.yaml.v1.bak").read_bytes() == original
    assert load_project(path).version == 2
    project.save()  # a second save keeps the v1 original as it was
    assert (tmp_path / "p.yaml.v1.bak").read_bytes() == original


# -- the schema --------------------------------------------------------------------------------

def _schema() -> dict:
    return json.loads(template_path("project-v2.schema.json").read_text(encoding="utf-8"))


def test_the_schema_accepts_what_we_write_and_what_people_write(tmp_path: Path, pack) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = _schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(YAML(typ="safe").load(V2), schema)
    migrated = project_from_data(project_data(migrate(load_project(V1_EXAMPLE).project, pack)))
    jsonschema.validate(YAML(typ="safe").load(migrated.dumps()), schema)
    # a list resumed after a note keeps its start (b)), at the top and in a sub-list
    resumed = YAML(typ="safe").load(V2)
    resumed["body"]["clauses"][0]["blocks"].append({"type": "list", "style": "letter", "start": 2, "items": [
        {"text": "扩展项：", "children": {"style": "number", "start": 3, "items": ["检测。"]}}]})
    jsonschema.validate(resumed, schema)


def test_the_schema_refuses_what_the_loader_refuses() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = _schema()
    data = YAML(typ="safe").load(V2)
    data["items"]["4.1"]["reason"] = " "
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)
    data = YAML(typ="safe").load(V2)
    data["body"]["clauses"][0]["blocks"].append({"type": "paragraf", "text": "x"})
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_linking_accepts_a_proposal_and_toggles(tmp_path: Path) -> None:
    project = _load(tmp_path)
    assert project.toggle_link("6.1", "c-process") is True  # the proposed link, accepted
    assert [(k.clause, k.proposed) for k in project.project.items["6.1"].links] == [("c-process", False)]
    assert project.toggle_link("6.1", "c-process") is False
    assert project.project.items["6.1"].links == []
    assert project.toggle_link("4.4", "c-scope") is True  # an item the file did not mention
    project.save()
    assert load_project(tmp_path / "p.yaml").project.items["4.4"].accepted_links() == ["c-scope"]


def test_the_bundled_example_is_version_2_and_checks_clean(pack) -> None:
    example = load_project(bundled_example())
    example.check(pack)
    assert example.version == 2
    linked = {k for e in example.project.items.values() for k in e.accepted_links()}
    assert {"c4-4", "c6-2", "c7-2"} <= linked


def test_a_version_1_project_links_nothing(tmp_path: Path) -> None:
    project = load_project(V1_EXAMPLE)
    with pytest.raises(InputError):
        project.toggle_link("5.2", "c1")


def test_ticked_methods_of_a_v2_project_go_into_an_informative_annex(tmp_path: Path, pack) -> None:
    """As in version 1, the Annex A methods an author ticks are listed in an informative annex,
    each row pointing at the clause its item links to; lint finds nothing against it."""
    from authoring.lint import run_lint
    from authoring.project import new_project

    pf = new_project("养老机构服务规范", kind="GB/T", function="规范", checklist=pack, seed="blank")
    from authoring.project.outline_edit import add_clause, set_paragraphs

    last = pf.data["body"]["clauses"][-1]["id"]
    chapter = pf.edit_outline(add_clause, last, "sibling", title="服务要求")
    pf.edit_outline(set_paragraphs, chapter, ["机构应建立员工授权制度，一线员工可在规定额度内处理投诉。"])
    pf.save(tmp_path / "p.yaml")
    pf = load_project(tmp_path / "p.yaml")
    pf.toggle_link("5.2", chapter)
    pf.toggle_method("5.2", "5.2.a")
    doc = compose(pf.project, pack)
    annex = doc.annexes[-1]
    assert (annex.title, annex.normative) == ("卓越服务实施方法", False)
    table = [b for b in annex.blocks if isinstance(b, Table)][0]
    assert table.rows[1][0].endswith("（见4）") and table.rows[1][1].startswith("a) ")
    assert doc.bibliography and any("服务标准编写融入卓越服务的指南" in r.text for r in doc.bibliography)
    assert not [f for f in run_lint(doc) if f.severity == "error"], [f for f in run_lint(doc) if f.severity == "error"]
    pf.toggle_method("5.2", "5.2.a")
    assert not [a for a in compose(pf.project, pack).annexes if a.title == "卓越服务实施方法"]
