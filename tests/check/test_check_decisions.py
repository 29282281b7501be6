"""Decisions travel inside the built draft: check reports a not-applicable item as such, with its reason."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from authoring._paths import bundled_example
from authoring.check import check_file
from authoring.checklist import load_packs
from authoring.cli.main import main
from authoring.decisions import Decisions, ItemDecision
from authoring.document import Clause, Metadata, Paragraph, StandardDocument
from authoring.docx._decisions import NAMESPACE, read_decisions
from authoring.docx.write import docx_bytes, write_docx
from authoring.records import replace
from authoring.report.text import render_text

DOC = StandardDocument(metadata=Metadata(title_zh="养老机构服务规范"), clauses=[
    Clause(number="1", title="范围", blocks=[Paragraph(text="本文件规定了养老机构服务的要求。")]),
])
DECISIONS = Decisions(
    checklist="excellence-guide",
    items={"4.1": ItemDecision(status="not-applicable", reason="行业现状在编制说明中说明。"),
           "5.2": ItemDecision(status="addressed", methods=["5.2.a"], links=["c1"]),
           "9.9": ItemDecision(status="not-applicable", reason="an item the pack does not have")},
    clauses={"c1": "1"},
)


@pytest.fixture
def pack():
    return load_packs()["excellence-guide"]


def test_the_part_is_read_back(tmp_path: Path) -> None:
    path = tmp_path / "d.docx"
    write_docx(DOC, path, decisions=DECISIONS)
    assert read_decisions(path) == DECISIONS
    plain = tmp_path / "plain.docx"
    write_docx(DOC, plain)
    assert read_decisions(plain) is None
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    assert any(n.startswith("customXml/itemProps") for n in names)


def test_check_honours_the_stored_decisions(tmp_path: Path, pack) -> None:
    path = tmp_path / "d.docx"
    write_docx(DOC, path, decisions=DECISIONS)
    result = check_file(path, pack)
    item = next(i for i in result.coverage.items if i.id == "4.1")
    assert item.status == "not-applicable" and item.reason == "行业现状在编制说明中说明。"
    assert "4.1 " in render_text(result) and "行业现状在编制说明中说明。" in render_text(result)
    plain = tmp_path / "plain.docx"
    write_docx(DOC, plain)
    assert next(i for i in check_file(plain, pack).coverage.items if i.id == "4.1").status == "missing"


def test_decisions_for_another_checklist_are_not_applied(tmp_path: Path, pack) -> None:
    path = tmp_path / "d.docx"
    write_docx(DOC, path, decisions=replace(DECISIONS, checklist="iso-11367"))
    assert next(i for i in check_file(path, pack).coverage.items if i.id == "4.1").status == "missing"


def test_a_broken_or_foreign_part_counts_as_absent(tmp_path: Path) -> None:
    good = docx_bytes(DOC, decisions=DECISIONS)
    for payload in (b"<decisions xmlns='" + NAMESPACE.encode() + b"'><item id='1' status='maybe'/></decisions>",
                    b"<decisions xmlns='" + NAMESPACE.encode() + b"'><unclosed>",
                    b"<!DOCTYPE x [<!ENTITY a 'b'>]><decisions xmlns='" + NAMESPACE.encode() + b"'/>"):
        path = tmp_path / "broken.docx"
        with zipfile.ZipFile(path, "w") as out, zipfile.ZipFile(__import__("io").BytesIO(good)) as src:
            for info in src.infolist():
                data = src.read(info.filename)
                if NAMESPACE.encode() in data and info.filename.startswith("customXml/item"):
                    data = payload
                out.writestr(info, data)
        assert read_decisions(path) is None


def test_the_bundled_example_builds_with_its_reasons_and_checks_so(tmp_path: Path, capsys) -> None:
    out = tmp_path / "draft.docx"
    assert main(["build", str(bundled_example()), "-o", str(out)]) == 0
    capsys.readouterr()
    main(["check", str(out), "--format", "json", "--jobs", "1", "--timeout", "0"])
    report = json.loads(capsys.readouterr().out)
    items = {i["id"]: i for i in report["coverage"]["items"]}
    assert items["4.1"]["status"] == "not-applicable" and items["4.1"]["reason"]
    assert items["7.5"]["status"] == "not-applicable"
