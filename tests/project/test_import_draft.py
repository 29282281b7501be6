"""stdauthor import: a committee's own draft becomes a version 2 project that builds back the same draft.

The draft comes in the shapes committees send: typed numbers, numbers from style-linked
numbering written by our own writer or by the official template's styles, pandoc output and a
LibreOffice re-save. For each,
import → build → read gives the same clause tree and the same text in every clause, table,
note, term entry and annex.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from authoring.checklist import load_packs
from authoring.cli.main import main
from authoring.document import StandardDocument, block_text
from authoring.docx.read import read_docx
from authoring.docx.write import write_docx
from authoring.project import load_project
from authoring.project.importer import project_of_draft
from tests.conftest import soffice_path
from tests.docx import reader_builders as rb


@pytest.fixture(autouse=True)
def _language_restored():
    """``--lang en`` sets the process's language: give the next test the one it had."""
    from authoring.i18n import get_lang, set_lang

    before = get_lang()
    yield
    set_lang(before)


def tree(clauses) -> list:
    return [(c.number, c.title, tree(c.children)) for c in clauses]


def content(doc: StandardDocument) -> dict:
    """What an import and a build must keep: the outline and the text at every place."""
    return {
        "tree": tree(doc.clauses),
        "annexes": [(a.letter, a.normative, a.title, tree(a.children)) for a in doc.annexes],
        "blocks": [(loc, b.type, block_text(b)) for loc, b in doc.iter_blocks()],
        "title": doc.metadata.title_zh or doc.body_title,
    }


def _typed(folder: Path) -> Path:
    return rb.typed_shape(folder / "typed.docx")


def _style_numbered(folder: Path) -> Path:
    out = folder / "style-numbered.docx"
    write_docx(read_docx(_typed(folder)), out)
    return out


def _pandoc(folder: Path) -> Path:
    exe = shutil.which("pandoc")
    if exe is None:
        pytest.skip("pandoc is not installed")
    source = folder / "draft.md"
    source.write_text(rb.markdown_shape(), encoding="utf-8")
    out = folder / "pandoc.docx"
    subprocess.run([exe, str(source), "-o", str(out)], check=True, capture_output=True, timeout=60)
    return out


def _libreoffice(folder: Path) -> Path:
    return _resave(_typed(folder), folder)


def _resave(source: Path, folder: Path) -> Path:
    soffice = soffice_path()
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    outdir = folder / "lo"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{folder / 'profile'}", "--headless", "--convert-to",
         "docx:MS Word 2007 XML", "--outdir", str(outdir), str(source)],
        check=True, capture_output=True, timeout=180,
    )
    out = outdir / source.name
    assert out.exists()
    return out


def _official_template(folder: Path) -> Path:
    return rb.template_shape(folder / "template.docx")


SHAPES = {"typed": _typed, "style-numbered": _style_numbered, "pandoc": _pandoc, "libreoffice": _libreoffice,
          "official-template": _official_template}


def _run(*args: str) -> int:
    return main([*args, "--lang", "en"])


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_import_then_build_gives_back_the_draft(shape: str, tmp_path: Path) -> None:
    draft = SHAPES[shape](tmp_path)
    project, built = tmp_path / "project.yaml", tmp_path / "built.docx"
    assert _run("import", str(draft), "-o", str(project)) == 0
    assert load_project(project).version == 2
    assert _run("build", str(project), "-o", str(built)) == 0
    original, again = content(read_docx(draft)), content(read_docx(built))
    assert again["tree"] == original["tree"] == rb.EXPECTED_TREE
    assert again["annexes"] == original["annexes"]
    assert again["blocks"] == original["blocks"]
    assert again["title"] == original["title"]


def test_the_project_keeps_the_outline_and_proposes_links(tmp_path: Path) -> None:
    draft = tmp_path / "draft.docx"
    write_docx(read_docx(_typed(tmp_path)), draft)
    project = tmp_path / "p.yaml"
    assert _run("import", str(draft), "-o", str(project)) == 0
    data = YAML(typ="safe").load(project.read_text(encoding="utf-8"))
    assert data["version"] == 2 and data["checklist"] == "excellence-guide"
    chapters = data["body"]["clauses"]
    assert [c["id"] for c in chapters] == ["c1", "c2", "c3", "c4", "c5"]
    assert chapters[3]["children"][0] == {"id": "c4-1", "number": "4.1", "title": "总则", "blocks": [
        rb.GENERAL, {"type": "list", "items": rb.DASHES}]}
    assert chapters[2]["blocks"][1]["type"] == "term"
    assert data["body"]["annexes"][0]["id"] == "annex-A"
    proposed = [(item_id, link) for item_id, entry in data["items"].items() for link in entry.get("links", [])]
    assert proposed, "the draft speaks of evaluation and service processes: some item must be proposed"
    def ids_under(clauses: list[dict]) -> set[str]:
        return {c["id"] for c in clauses} | {i for c in clauses for i in ids_under(c.get("children", []))}

    ids = ids_under(chapters)  # a proposal may point at any level (c4-2-1: where most of an item's cues meet)
    for item_id, link in proposed:
        assert link["proposed"] is True and link["clause"] in ids and link["evidence"]
        assert data["items"][item_id]["status"] == "todo"


def test_proposals_point_at_the_clauses_holding_the_evidence(tmp_path: Path) -> None:
    from authoring.document import Clause, Metadata, Paragraph

    doc = StandardDocument(metadata=Metadata(title_zh="养老机构服务规范"), clauses=[
        Clause(number="1", title="范围", blocks=[Paragraph(text="本文件规定了养老机构服务的要求。")]),
        Clause(number="5", title="服务评价与改进", children=[Clause(number="5.1", title="投诉处理", blocks=[
            Paragraph(text="养老机构应建立投诉处理机制，接到投诉后应在24小时内回访，并对服务失误进行补救。")])]),
    ])
    project, summary = project_of_draft(doc, load_packs()["excellence-guide"])
    linked = {k.clause for entry in project.items.values() for k in entry.links}
    assert "c5-1" in linked and summary.proposed >= 1
    assert all(k.proposed for entry in project.items.values() for k in entry.links)


def test_a_built_draft_gives_its_decisions_back(tmp_path: Path) -> None:
    project = tmp_path / "p.yaml"
    project.write_text(V2_DECIDED, encoding="utf-8")
    built, again = tmp_path / "built.docx", tmp_path / "again.yaml"
    assert _run("build", str(project), "-o", str(built)) == 0
    assert _run("import", str(built), "-o", str(again)) == 0
    before, after = load_project(project).project, load_project(again).project
    for item_id in ("4.1", "5.2", "7.1"):
        assert after.items[item_id].status == before.items[item_id].status
        assert after.items[item_id].reason == before.items[item_id].reason
        assert after.items[item_id].methods == before.items[item_id].methods
        assert after.items[item_id].accepted_links() == before.items[item_id].accepted_links()
    assert [c.id for c in after.body.clauses] == [c.id for c in before.body.clauses]
    assert after.body.foreword is None  # the 前言 written from the metadata stays so


@pytest.mark.libreoffice
def test_decisions_survive_a_libreoffice_resave(tmp_path: Path) -> None:
    project = tmp_path / "p.yaml"
    project.write_text(V2_DECIDED, encoding="utf-8")
    built = tmp_path / "built.docx"
    assert _run("build", str(project), "-o", str(built)) == 0
    resaved = _resave(built, tmp_path)
    again = tmp_path / "again.yaml"
    assert _run("import", str(resaved), "-o", str(again)) == 0
    after = load_project(again).project
    assert after.items["4.1"].status == "not-applicable" and after.items["4.1"].reason == "行业现状在编制说明中说明。"
    assert after.items["5.2"].accepted_links() == ["c-staff"]


V2_DECIDED = """\
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
  "7.1":
    status: addressed
    links: [c-eval]
body:
  clauses:
    - id: c-scope
      title: 范围
      blocks: [本文件规定了养老机构服务的要求。]
    - id: c-basic
      title: 基本要求
      children:
        - id: c-staff
          title: 人员
          blocks: [养老机构应对员工充分授权，使其能当场解决服务对象的问题。]
    - id: c-eval
      title: 评价与改进
      blocks: [养老机构应每年开展一次服务质量评价，采用满意度调查和神秘顾客等方法。]
"""


# -- the command's refusals ----------------------------------------------------------------------

def test_import_never_overwrites(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = _typed(tmp_path)
    out = tmp_path / "p.yaml"
    out.write_text("keep: me\n", encoding="utf-8")
    assert _run("import", str(draft), "-o", str(out)) == 2
    assert "exists" in capsys.readouterr().err and out.read_text(encoding="utf-8") == "keep: me\n"
    assert _run("import", str(draft), "-o", str(out), "--force") == 0
    assert load_project(out).version == 2 and (tmp_path / "p.yaml.bak").read_text(encoding="utf-8") == "keep: me\n"
    assert f"kept as {tmp_path / 'p.yaml.bak'}" in capsys.readouterr().out  # and says where


def test_import_refuses_bad_arguments_on_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = _typed(tmp_path)
    original = draft.read_bytes()
    assert _run("import", str(draft), "-o", str(tmp_path / "p.txt")) == 2
    assert _run("import", str(tmp_path / "nothing.docx"), "-o", str(tmp_path / "p.yaml")) == 2
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    assert _run("import", str(bad), "-o", str(tmp_path / "q.yaml")) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and all(line.startswith("stdauthor: ") for line in err)
    assert not (tmp_path / "p.yaml").exists() and not (tmp_path / "q.yaml").exists()
    assert draft.read_bytes() == original


def test_import_says_when_the_cover_names_no_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A draft without a designation or banner is a GB/T project by default: import says so, so that the committee
    of an industry or local standard sets its kind before the built cover calls it 中华人民共和国国家标准."""
    bare = rb.plain_docx(tmp_path / "规范.docx", [
        "家政服务规范", "前言", "本文件按照GB/T 1.1—2020的规定起草。", "1 范围", "本文件规定了家政服务的要求。",
        "2 规范性引用文件", "本文件没有规范性引用文件。", "3 术语和定义", "本文件没有需要界定的术语和定义。",
        "4 基本要求", "4.1 服务机构应建立服务制度。"])
    assert main(["--lang", "zh", "import", str(bare), "-o", str(tmp_path / "a.yaml")]) == 0
    assert "标准类别：封面未写明" in capsys.readouterr().out
    # a regulation is built as it is, with no cover to name a kind on (QA pass 11, B11)
    regulation = rb.plain_docx(tmp_path / "条例.docx", ["某市家政服务条例", "第一条　为了规范家政服务，制定本条例。"])
    assert main(["--lang", "zh", "import", str(regulation), "-o", str(tmp_path / "r.yaml")]) == 0
    said = capsys.readouterr().out
    assert "标准类别：封面未写明" not in said and "不需要选择标准类别" in said
    draft = rb.plain_docx(tmp_path / "yd.docx", [
        "YD", "中华人民共和国通信行业标准", "YD/T [×××××]—[××××]", "数据合作安全管理指南", "（报批稿）", "前言",
        "本文件按照GB/T 1.1—2020的规定起草。", "1 范围", "本文件给出了数据合作安全管理的指导。"])
    assert main(["--lang", "zh", "import", str(draft), "-o", str(tmp_path / "b.yaml")]) == 0
    assert "标准类别" not in capsys.readouterr().out
    meta = load_project(tmp_path / "b.yaml").project.metadata
    assert (meta.kind.value, meta.code) == ("industry", "YD")
