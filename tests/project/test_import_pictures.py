"""import → build keeps a committee's pictures (QA pass 11, A2).

A draft's figure (a picture over its caption) and a table held as an embedded Excel sheet (shown by its picture)
came through ``import`` as a caption alone and a table of no rows, and ``build`` printed the captions over empty
space, without a word. Now the pictures go into ``NAME.assets/`` beside the project, the figure block refers to
its file, ``build`` writes it back at the size it had, and both commands say what stands in for an embedded object
or could not be carried. A picture missing at build is one line and a visible placeholder.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import struct
import subprocess
import zipfile
import zlib
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.shared import Cm
from ruamel.yaml import YAML

from authoring._paths import template_path
from authoring.cli.main import main
from authoring.document import Clause, Figure, Metadata, Paragraph, Picture, StandardDocument, Table
from authoring.docx.read import read_docx
from authoring.docx.write import write_docx
from authoring.project import load_project
from authoring.project.outline_edit import clause_lines, set_clause_lines
from tests.conftest import pdf_pages_text

_EXCEL = "Excel.Sheet.12"


@pytest.fixture(autouse=True)
def _language_restored():
    """``--lang en`` sets the process's language: give the next test the one it had."""
    from authoring.i18n import get_lang, set_lang

    before = get_lang()
    yield
    set_lang(before)


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A PNG of one colour, ``width`` × ``height`` pixels."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


FLOW = png(120, 90, (200, 40, 40))
SHEET = png(200, 75, (40, 40, 200))


def _ole(rel_image: str, rel_package: str) -> str:
    return ('<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r>'
            '<w:object w:dxaOrig="4000" w:dyaOrig="1500"><v:shape id="_x0000_i1025" type="#_x0000_t75" '
            f'style="width:200pt;height:75pt" o:ole=""><v:imagedata r:id="{rel_image}" o:title=""/></v:shape>'
            f'<o:OLEObject Type="Embed" ProgID="{_EXCEL}" ShapeID="_x0000_i1025" DrawAspect="Content" '
            f'ObjectID="_1234567890" r:id="{rel_package}"/></w:object></w:r></w:p>')


def committee_draft(folder: Path) -> Path:
    """A GB/T draft as a committee sends it: 图1 a picture 6 cm wide over its caption, 表1 an embedded Excel sheet
    under its caption (its picture shown, as Word keeps one), an equation object within a line of text and a
    picture in a table's cell (neither of which a project holds)."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    base = folder / "base.docx"
    write_docx(StandardDocument(
        metadata=Metadata(title_zh="社区居家养老上门服务规范"),
        clauses=[Clause(number="1", title="范围", blocks=[Paragraph(text="本文件规定了社区居家养老上门服务的要求。")]),
                 Clause(number="2", title="规范性引用文件", blocks=[Paragraph(text="本文件没有规范性引用文件。")]),
                 Clause(number="3", title="术语和定义", blocks=[Paragraph(text="本文件没有需要界定的术语和定义。")]),
                 Clause(number="4", title="服务流程", blocks=[
                     Paragraph(text="服务流程见图1。"), Paragraph(text="收费标准见表1。"),
                     Paragraph(text="费用按公式计算。"), Table(number="2", title="服务项目", rows=[["项目", "标识"], ["助餐", ""]])])],
    ), base)
    document = Document(base)
    paragraphs = {p.text: p for p in document.paragraphs}
    picture = document.add_paragraph()
    picture.add_run().add_picture(io.BytesIO(FLOW), width=Cm(6))
    caption = document.add_paragraph("图1　服务流程示意图")
    paragraphs["服务流程见图1。"]._p.addnext(picture._p)
    picture._p.addnext(caption._p)
    sheet = Part(PackURI("/word/embeddings/Microsoft_Excel_Worksheet1.xlsx"),
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b"PK\x05\x06" + b"\0" * 18,
                 document.part.package)
    rel_package = document.part.relate_to(sheet, "http://schemas.openxmlformats.org/officeDocument/2006/"
                                                 "relationships/package")
    rel_image, _ = document.part.get_or_add_image(io.BytesIO(SHEET))
    title = document.add_paragraph("表1　收费标准")
    paragraphs["收费标准见表1。"]._p.addnext(title._p)
    title._p.addnext(parse_xml(_ole(rel_image, rel_package)))
    # an equation object in a line of text, and a picture in the cell 标识
    formula = paragraphs["费用按公式计算。"]
    formula._p.append(parse_xml(_ole(rel_image, rel_package))[0])
    document.tables[0].cell(1, 1).paragraphs[0].add_run().add_picture(io.BytesIO(FLOW), width=Cm(1))
    out = folder / "draft.docx"
    document.save(out)
    return out


def _yaml(path: Path) -> dict:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def _blocks(data: dict, kind: str) -> list[dict]:
    out: list[dict] = []

    def walk(clauses: list) -> None:
        for clause in clauses:
            out.extend(b for b in clause.get("blocks", []) if isinstance(b, dict) and b.get("type") == kind)
            walk(clause.get("children", []))

    walk(data["body"]["clauses"])
    return out


def _media(docx: Path) -> list[bytes]:
    with zipfile.ZipFile(docx) as archive:
        return [archive.read(n) for n in sorted(archive.namelist()) if n.startswith("word/media/")]


def test_import_keeps_the_pictures_beside_the_project_and_build_writes_them_back(tmp_path: Path, capsys) -> None:
    draft = committee_draft(tmp_path)
    project = tmp_path / "社区养老.yaml"
    assert main(["import", str(draft), "-o", str(project)]) == 0
    said = capsys.readouterr().out
    assert "图片：2 幅，存放在 社区养老.assets/" in said
    assert "表1 是嵌入的 Excel 对象：生成的草案中以其图片代替，无法编辑" in said
    assert "另有 2 处图片、图形或嵌入对象未能导入" in said and "4、表2" in said
    data = _yaml(project)
    [figure] = _blocks(data, "figure")
    assert figure["number"] == "1" and figure["title"] == "服务流程示意图"
    assert figure["picture"]["file"].startswith("社区养老.assets/") and figure["picture"]["width"] == 60.0
    assert (tmp_path / figure["picture"]["file"]).read_bytes() == FLOW
    sheet = next(t for t in _blocks(data, "table") if t["number"] == "1")
    assert sheet["rows"] == [] and sheet["picture"]["embedded"] == _EXCEL
    assert (tmp_path / sheet["picture"]["file"]).read_bytes() == SHEET

    built = tmp_path / "built.docx"
    assert main(["build", str(project), "-o", str(built)]) == 0
    said = capsys.readouterr().out
    assert "表1 是嵌入的 Excel 对象：生成的草案中以其图片代替，无法编辑" in said
    assert sorted(_media(built)) == sorted([FLOW, SHEET])
    inline = read_docx(built)
    pictured = {b.label: b.picture for _, b in inline.iter_blocks() if isinstance(b, (Figure, Table)) and b.picture}
    assert pictured["图1"].width == 60.0 and pictured["图1"].height == 45.0  # the extent the draft gave it
    assert pictured["表1"].embedded == _EXCEL


def test_import_build_import_gives_the_same_project(tmp_path: Path, capsys) -> None:
    draft = committee_draft(tmp_path)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / "p.yaml", tmp_path / "b" / "p.yaml"
    assert main(["import", str(draft), "-o", str(first)]) == 0
    assert main(["build", str(first), "-o", str(tmp_path / "built.docx")]) == 0
    assert main(["import", str(tmp_path / "built.docx"), "-o", str(second)]) == 0
    capsys.readouterr()
    assert second.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")
    assert sorted(p.name for p in (tmp_path / "b" / "p.assets").iterdir()) == \
        sorted(p.name for p in (tmp_path / "a" / "p.assets").iterdir())


def test_a_picture_missing_at_build_is_one_line_and_a_placeholder(tmp_path: Path, capsys) -> None:
    draft = committee_draft(tmp_path)
    project = tmp_path / "p.yaml"
    assert main(["import", str(draft), "-o", str(project)]) == 0
    [figure] = _blocks(_yaml(project), "figure")
    (tmp_path / figure["picture"]["file"]).unlink()
    sheet = next(t for t in _blocks(_yaml(project), "table") if t["number"] == "1")
    (tmp_path / sheet["picture"]["file"]).write_text("不是图片", encoding="utf-8")
    capsys.readouterr()
    built = tmp_path / "built.docx"
    assert main(["build", str(project), "-o", str(built)]) == 0
    out, err = capsys.readouterr()
    missing = [line for line in out.splitlines() if "【图片缺失】" in line]
    assert missing == [
        f"图1 的图片文件不存在：{tmp_path / figure['picture']['file']}；草案中该处印作【图片缺失】",
        f"表1 的图片文件不是 Word 能显示的图片（PNG、JPEG、GIF、BMP、TIFF、EMF、WMF）：{tmp_path / sheet['picture']['file']}"
        "；草案中该处印作【图片缺失】"]
    assert "嵌入的 Excel" not in out and "Traceback" not in out + err
    text = [p.text for p in Document(built).paragraphs]
    assert f"【图片缺失：{Path(figure['picture']['file']).name}】" in text
    assert _media(built) == []


def test_the_lines_read_in_english_with_lang_en(tmp_path: Path, capsys) -> None:
    draft = committee_draft(tmp_path)
    project = tmp_path / "p.yaml"
    assert main(["--lang", "en", "import", str(draft), "-o", str(project)]) == 0
    said = capsys.readouterr().out
    assert "pictures: 2, kept in p.assets/" in said
    assert "表1 is an embedded Excel object: the draft built shows its picture instead" in said
    assert "2 more pictures, drawings or embedded objects could not be imported" in said
    assert main(["--lang", "en", "build", str(project), "-o", str(tmp_path / "b.docx")]) == 0
    assert "表1 is an embedded Excel object" in capsys.readouterr().out


def test_the_reference_survives_the_studios_edits_and_a_save_elsewhere(tmp_path: Path, capsys) -> None:
    draft = committee_draft(tmp_path)
    project = tmp_path / "p.yaml"
    assert main(["import", str(draft), "-o", str(project)]) == 0
    capsys.readouterr()
    pf = load_project(project)
    clause = next(c for c in pf.project.body.clauses if c.number == "4")
    lines = pf.edit_outline(clause_lines, clause.id)
    pf.edit_outline(set_clause_lines, clause.id, ["流程有变。", *lines])  # typed before the figure
    pf.save()
    [figure] = _blocks(_yaml(project), "figure")
    assert figure["picture"]["file"].startswith("p.assets/")
    other = tmp_path / "elsewhere" / "q.yaml"
    other.parent.mkdir()
    pf.save(other)  # the studio's 另存为 into another folder: the pictures go along
    [moved] = _blocks(_yaml(other), "figure")
    assert moved["picture"]["file"] == "q.assets/" + Path(figure["picture"]["file"]).name
    assert (other.parent / moved["picture"]["file"]).read_bytes() == FLOW
    shutil.rmtree(tmp_path / "p.assets")
    built = tmp_path / "built.docx"
    assert main(["build", str(other), "-o", str(built)]) == 0  # from another folder than the project's
    assert "【图片缺失】" not in capsys.readouterr().out
    assert sorted(_media(built)) == sorted([FLOW, SHEET])


def test_the_writer_sizes_a_picture_it_has_no_size_for_and_keeps_it_in_the_type_area(tmp_path: Path) -> None:
    wide = tmp_path / "wide.png"
    wide.write_bytes(png(2000, 500, (0, 0, 0)))  # 705.6 mm at 72 dpi
    emf = tmp_path / "chart.emf"
    # an EMF header whose frame is 80 × 40 mm (in hundredths of a millimetre)
    emf.write_bytes(struct.pack("<II4i4i", 1, 108, 0, 0, 100, 50, 0, 0, 8000, 4000) + b" EMF" + b"\0" * 64)
    doc = StandardDocument(has_cover=False, has_toc=False, clauses=[Clause(number="1", title="范围", blocks=[
        Figure(number="1", title="宽图", picture=Picture(file=str(wide))),
        Figure(number="2", title="图表", picture=Picture(file=str(emf))),
        Figure(number="3", title="只给宽度", picture=Picture(file=str(emf), width=40.0))])])
    out = tmp_path / "out.docx"
    assert write_docx(doc, out) == []
    sizes = [(b.picture.width, b.picture.height) for _, b in read_docx(out).iter_blocks() if isinstance(b, Figure)]
    assert sizes == [(165.0, 41.2), (80.0, 40.0), (40.0, 20.0)]
    with zipfile.ZipFile(out) as archive:
        types = archive.read("[Content_Types].xml").decode()
    assert 'Extension="emf" ContentType="image/x-emf"' in types


def test_rendered_the_figure_shows_its_picture(tmp_path: Path, capsys, render_pdf) -> None:
    draft = committee_draft(tmp_path)
    project = tmp_path / "p.yaml"
    assert main(["import", str(draft), "-o", str(project)]) == 0
    built = tmp_path / "built.docx"
    assert main(["build", str(project), "-o", str(built)]) == 0
    capsys.readouterr()
    pdf = render_pdf(built)
    page = next(k for k, text in enumerate(pdf_pages_text(pdf), start=1) if "服务流程示意图" in text)
    listed = subprocess.run(["pdfimages", "-list", "-f", str(page), "-l", str(page), str(pdf)],
                            capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    sizes = sorted((int(line.split()[3]), int(line.split()[4])) for line in listed)
    assert sizes == [(120, 90), (200, 75)]  # 图1's picture and 表1's, on the page of their captions


def test_the_schema_and_the_loader_take_the_pictures_import_writes(tmp_path: Path, capsys) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    project = tmp_path / "p.yaml"
    assert main(["import", str(committee_draft(tmp_path)), "-o", str(project)]) == 0
    capsys.readouterr()
    schema = json.loads(template_path("project-v2.schema.json").read_text(encoding="utf-8"))
    data = _yaml(project)
    jsonschema.validate(data, schema)
    _blocks(data, "figure")[0]["picture"]["size"] = 3
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)
    text = project.read_text(encoding="utf-8").replace("width: 60.0", "width: -60.0")
    project.write_text(text, encoding="utf-8")
    assert main(["build", str(project), "-o", str(tmp_path / "b.docx")]) == 2  # one line naming the file and line
    assert "p.yaml" in capsys.readouterr().err


@pytest.mark.parametrize("file", ["/etc/hosts", "../secret.png", "p.assets/../../secret.png", "C:\\Users\\me\\a.png",
                                  "..\\secret.png", "p.assets/a\x1b[31m.png", '"p.assets/a\\x1b[31m.png"', '"a\\0b.png"'])
def test_a_project_s_picture_never_points_outside_its_folder(tmp_path: Path, capsys, file: str) -> None:
    """A project someone sends is read by build and by the browser studio, whose folders the committee downloads
    from: a picture path out of the project's folder would put any picture the machine holds into the draft, and a
    save elsewhere copied whatever file it named (/dev/zero read whole) into NAME.assets. Refused on reading, with the
    file and line."""
    draft = committee_draft(tmp_path)
    project = tmp_path / "p.yaml"
    assert main(["import", str(draft), "-o", str(project)]) == 0
    text = project.read_text(encoding="utf-8")
    [figure] = _blocks(_yaml(project), "figure")
    project.write_text(text.replace(figure["picture"]["file"], file.replace("\\", "\\\\") if '"' in text else file),
                       encoding="utf-8")
    capsys.readouterr()
    assert main(["build", str(project), "-o", str(tmp_path / "b.docx")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"stdauthor: {project}:") and "\n" not in err and "\x1b" not in err, err
    assert "图片路径应在项目文件所在的文件夹内" in err or "控制字符" in err
    assert not (tmp_path / "b.docx").exists()


def test_a_save_elsewhere_copies_only_pictures(tmp_path: Path, capsys) -> None:
    """What a save into another folder takes along is read only when it is a regular file Word shows as a
    picture, at most 20 MB: a FIFO named as a picture is left alone (it would hang the save)."""
    draft = committee_draft(tmp_path)
    project = tmp_path / "p.yaml"
    assert main(["import", str(draft), "-o", str(project)]) == 0
    [figure] = _blocks(_yaml(project), "figure")
    picture = tmp_path / figure["picture"]["file"]
    picture.unlink()
    os.mkfifo(picture)
    pf = load_project(project)
    other = tmp_path / "elsewhere" / "q.yaml"
    other.parent.mkdir()
    pf.save(other)
    assert [p.name for p in (other.parent / "q.assets").iterdir()] == [
        Path(t["picture"]["file"]).name for t in _blocks(_yaml(project), "table") if t.get("picture")]


def test_a_text_read_without_the_gbt_skeleton_says_its_pictures_were_not_carried(tmp_path: Path, capsys) -> None:
    document = Document()
    for text in ("Complaints policy", "We answer every complaint within ten working days.",
                 "Our process is shown below."):
        document.add_paragraph(text)
    document.add_paragraph().add_run().add_picture(io.BytesIO(FLOW), width=Cm(6))
    document.add_paragraph("We record each complaint and what was done about it.")
    draft = tmp_path / "policy.docx"
    document.save(draft)
    assert main(["--lang", "en", "import", str(draft), "-o", str(tmp_path / "p.yaml")]) == 0
    said = capsys.readouterr().out
    assert ("1 more picture, drawing or embedded object could not be imported (in a table's cell, within a line of "
            "text, or drawn with shapes): 正文; the draft built leaves it out") in said
