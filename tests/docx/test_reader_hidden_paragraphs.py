"""A paragraph whose mark is hidden prints nothing, its number included (round 32's zh07: an
empty hidden paragraph on the annex list after 附录B was read as a third annex)."""

from __future__ import annotations

from pathlib import Path

import reader_builders as rb

from authoring.docx.read import read_docx

_HIDDEN = '<w:p><w:pPr><w:pStyle w:val="aff3"/><w:rPr><w:vanish/></w:rPr></w:pPr></w:p>'


def _annexed(path: Path, extra: str) -> Path:
    rb.template_shape(path)
    import zipfile

    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["word/document.xml"].decode("utf-8").replace("<w:sectPr/>", extra + "<w:sectPr/>")
    parts["word/document.xml"] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_an_empty_hidden_paragraph_on_the_annex_list_is_no_annex(tmp_path: Path) -> None:
    plain = read_docx(_annexed(tmp_path / "plain.docx", ""))
    hidden = read_docx(_annexed(tmp_path / "hidden.docx", _HIDDEN))
    assert [a.label for a in plain.annexes] == ["附录A"]
    assert [a.label for a in hidden.annexes] == ["附录A"]
    assert [c.number for a in hidden.annexes for c in a.children] == [c.number for a in plain.annexes for c in a.children]


def test_an_empty_paragraph_that_is_not_hidden_still_opens_an_annex(tmp_path: Path) -> None:
    shown = read_docx(_annexed(tmp_path / "shown.docx", rb.para("", "aff3") + rb.para("另一个附录", "b4")))
    assert [a.label for a in shown.annexes] == ["附录A", "附录B"]
