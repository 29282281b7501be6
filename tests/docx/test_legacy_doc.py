"""Word 97-2003 ``.doc`` drafts are saved as .docx by LibreOffice and then read and checked.

The .doc files are made here from our own .docx by LibreOffice (``--convert-to doc``): no
third-party file is kept. Skipped without LibreOffice, except under CI, which installs it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import reader_builders as rb
from docx import Document

from authoring.docx import legacy
from authoring.docx.read import read_docx
from authoring.errors import InputError
from tests.conftest import soffice_or_skip

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def as_doc(tmp_path: Path):
    soffice = soffice_or_skip()

    def convert(docx: Path) -> Path:
        out = tmp_path / "doc"
        out.mkdir(exist_ok=True)
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
                        "--convert-to", "doc:MS Word 97", "--outdir", str(out), str(docx)],
                       check=True, capture_output=True, timeout=180)
        doc = out / (docx.stem + ".doc")
        assert doc.read_bytes()[:8] == legacy.OLE_MAGIC
        return doc

    return convert


def test_a_doc_draft_is_read_like_its_docx(tmp_path: Path, as_doc) -> None:  # noqa: ANN001
    docx = rb.typed_shape(tmp_path / "draft.docx")
    doc = as_doc(docx)
    assert legacy.ole_kind(doc) == "doc"
    original, converted = read_docx(docx), read_docx(doc)
    assert converted.metadata.converted_from == "doc" and original.metadata.converted_from == ""
    assert [c.number for c in converted.iter_clauses()] == [c.number for c in original.iter_clauses()]
    assert [c.title for c in converted.iter_clauses()] == [c.title for c in original.iter_clauses()]
    assert converted.metadata.title_zh == original.metadata.title_zh
    assert list(tmp_path.glob("**/draft.docx")) == [docx]  # the converted copy is gone


def test_a_template_styled_draft_keeps_its_clauses_through_doc(tmp_path: Path, as_doc) -> None:  # noqa: ANN001
    """Saved as .doc by LibreOffice, our template's heading styles come back as "body text"
    (outline level 9); their names still make them the chapter and subclause headings."""
    from authoring.checklist import load_packs
    from authoring.docx.write import write_docx
    from authoring.project import compose, load_project

    loaded = load_project(ROOT / "examples" / "elderly-care.yaml")
    docx = tmp_path / "draft.docx"
    write_docx(compose(loaded.project, load_packs().get(loaded.project.checklist)), docx, force=True)
    original, converted = read_docx(docx), read_docx(as_doc(docx))
    numbers = [c.number for c in original.iter_clauses()]
    assert len(numbers) > 20 and "7.3" in numbers
    assert [c.number for c in converted.iter_clauses()] == numbers
    assert [c.title for c in converted.iter_clauses()] == [c.title for c in original.iter_clauses()]


def test_check_a_doc_from_the_command_line(tmp_path: Path, as_doc) -> None:  # noqa: ANN001
    doc = as_doc(rb.typed_shape(tmp_path / "draft.docx"))
    before = doc.read_bytes()
    copy = tmp_path / "annotated.docx"
    run = subprocess.run([sys.executable, "-m", "authoring", "check", str(doc), "--format", "json",
                          "--annotate", str(copy)], capture_output=True, text=True, timeout=300, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.returncode in (0, 1), run.stderr
    assert run.stderr.strip() == ""
    report = json.loads(run.stdout)
    assert report["file"] == str(doc)
    assert report["document"]["clauses"] > 0 and report["document"]["rules"] != "none"
    assert [n["code"] for n in report["document"]["notices"]][0] == "converted-from-doc"
    assert doc.read_bytes() == before  # the .doc is never written
    assert len(Document(str(copy)).part._comments_part.element) > 0


def test_a_doc_without_libreoffice_says_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = tmp_path / "old.doc"
    doc.write_bytes(legacy.OLE_MAGIC + b"\0" * 504 + "WordDocument".encode("utf-16-le") + b"\0" * 64)
    monkeypatch.setattr(legacy, "_soffice", lambda: None)
    with pytest.raises(InputError) as info:
        read_docx(doc)
    message = str(info.value)
    assert str(doc) in message and "\n" not in message
    assert ".docx" in message and "LibreOffice" in message


def test_a_conversion_that_hangs_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "soffice"
    marker = tmp_path / "still-running"
    fake.write_text(f"#!/bin/sh\nsleep 30\ntouch {marker}\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setattr(legacy, "_soffice", lambda: str(fake))
    doc = tmp_path / "old.doc"
    doc.write_bytes(legacy.OLE_MAGIC + b"\0" * 504 + "WordDocument".encode("utf-16-le"))
    folder = tmp_path / "work"
    folder.mkdir()
    began = time.monotonic()
    with pytest.raises(InputError) as info:
        legacy.convert_doc(doc, folder, timeout=1)
    assert time.monotonic() - began < 10
    assert "超时" in str(info.value) and str(doc) in str(info.value)


def test_a_broken_doc_gets_one_line(tmp_path: Path, as_doc) -> None:  # noqa: ANN001
    doc = tmp_path / "broken.doc"
    doc.write_bytes(legacy.OLE_MAGIC + b"\0" * 504 + "WordDocument".encode("utf-16-le") + b"\xff" * 4096)
    with pytest.raises(InputError) as info:
        read_docx(doc)
    assert str(doc) in str(info.value) and "\n" not in str(info.value)
    assert "LibreOffice" in str(info.value) and "Warning" not in str(info.value)


def test_annotate_a_doc_as_the_studio_does(tmp_path: Path, as_doc) -> None:  # noqa: ANN001
    from authoring.check import check_document
    from authoring.checklist import load_packs
    from authoring.report import annotate_copy

    doc = as_doc(rb.typed_shape(tmp_path / "draft.docx"))
    result = check_document(read_docx(doc), load_packs()["excellence-guide"], file=str(doc))
    assert result.document.notices()[0][0] == "converted-from-doc"
    copy = tmp_path / "draft.annotated.docx"
    added = annotate_copy(doc, copy, result)
    assert added > 0 and len(Document(str(copy)).part._comments_part.element) == added


def test_a_folder_given_to_check_includes_its_doc_drafts(tmp_path: Path) -> None:
    from authoring.cli.check_cmd import expand_inputs

    for name in ("a.docx", "b.doc", "c.txt", "~$lock.doc", "sub/d.DOC"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    files, missing = expand_inputs([str(tmp_path)])
    assert [p.relative_to(tmp_path).as_posix() for p in files] == ["a.docx", "b.doc", "sub/d.DOC"]
    assert missing == []


def test_import_a_doc_draft_as_a_project(tmp_path: Path, as_doc) -> None:  # noqa: ANN001
    doc = as_doc(rb.typed_shape(tmp_path / "draft.docx"))
    target = tmp_path / "draft.yaml"
    run = subprocess.run([sys.executable, "-m", "authoring", "import", str(doc), "-o", str(target)],
                         capture_output=True, text=True, timeout=300, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.returncode == 0, run.stderr
    from authoring.project import load_project

    project = load_project(target).project
    assert project.metadata.title_zh == read_docx(tmp_path / "draft.docx").metadata.title_zh
    assert [c.title for c in project.body.clauses][:3] == [c.title for c in read_docx(doc).clauses][:3]


def _cfb_word97(path: Path, *, encrypted: bool) -> Path:
    """A minimal OLE compound file holding a ``WordDocument`` stream whose FIB says ``encrypted`` or not. Its
    directory takes two sectors, the stream's entry in the second (as Word's files have it: QA pass 8's
    password-protected .doc put it in the directory's second sector), so the directory's chain is followed."""
    ss = 512
    free, end, fat_mark = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD

    def entry(name: str, kind: int, start: int, size: int) -> bytes:
        raw = (name + "\0").encode("utf-16-le")
        out = bytearray(128)
        out[:len(raw)] = raw
        out[0x40:0x42] = len(raw).to_bytes(2, "little")
        out[0x42] = kind
        out[0x44:0x50] = (free).to_bytes(4, "little") * 3
        out[0x74:0x78] = start.to_bytes(4, "little")
        out[0x78:0x7C] = size.to_bytes(4, "little")
        return bytes(out)

    # sectors: 0 FAT, 1-2 directory, 3-10 WordDocument (4,096 bytes)
    fat = [fat_mark, 2, end] + list(range(4, 11)) + [end]
    fat += [free] * (ss // 4 - len(fat))
    header = bytearray(ss)
    header[:8] = legacy.OLE_MAGIC
    header[0x18:0x1A] = (0x3E).to_bytes(2, "little")
    header[0x1A:0x1C] = (3).to_bytes(2, "little")
    header[0x1C:0x1E] = (0xFFFE).to_bytes(2, "little")
    header[0x1E:0x20] = (9).to_bytes(2, "little")
    header[0x20:0x22] = (6).to_bytes(2, "little")
    header[0x2C:0x30] = (1).to_bytes(4, "little")  # one FAT sector
    header[0x30:0x34] = (1).to_bytes(4, "little")  # the directory starts at sector 1
    header[0x38:0x3C] = (4096).to_bytes(4, "little")
    header[0x3C:0x40] = end.to_bytes(4, "little")
    header[0x44:0x48] = end.to_bytes(4, "little")
    header[0x4C:0x50] = (0).to_bytes(4, "little")  # the FAT is sector 0
    header[0x50:ss] = b"\xff" * (ss - 0x50)
    directory = (entry("Root Entry", 5, end, 0) + entry("CompObj", 2, end, 0) + entry("1Table", 2, end, 0)
                 + entry("Data", 2, end, 0) + entry("WordDocument", 2, 3, 4096) + bytes(128 * 3))
    fib = bytearray(4096)
    fib[:2] = b"\xec\xa5"
    fib[10:12] = (0x0100 if encrypted else 0).to_bytes(2, "little")
    data = bytes(header) + b"".join(x.to_bytes(4, "little") for x in fat) + directory + bytes(fib)
    path.write_bytes(data)
    return path


def test_a_password_protected_doc_is_told_as_such(tmp_path: Path) -> None:
    # QA pass 8: a Word 97 file with a password was sent to LibreOffice as a legacy .doc and reported in
    # LibreOffice's English ("source file could not be loaded") inside a Chinese line
    locked = _cfb_word97(tmp_path / "加密.docx", encrypted=True)
    assert legacy.ole_kind(locked) == "encrypted"
    assert legacy.ole_kind(_cfb_word97(tmp_path / "open.doc", encrypted=False)) == "doc"
    with pytest.raises(InputError) as caught:
        read_docx(locked)
    assert "密码" in caught.value.message() and "LibreOffice" not in caught.value.message()
