"""The folders a browser reaches: names listed there, nothing built from the request."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from authoring.web.folders import Folders, inside, portable_name, safe_upload_name, unused_name


@pytest.mark.parametrize(("raw", "expected"), [
    ("养老机构服务规范.docx", "养老机构服务规范.docx"),
    ("../../etc/passwd.docx", "passwd.docx"),
    ("C:\\Users\\王\\Desktop\\草案.docx", "草案.docx"),
    (".hidden.docx", "hidden.docx"),
    ("a<b>c:d|e?.docx", "a_b_c_d_e_.docx"),
    ("line\nbreak\x00.docx", "line_break_.docx"),
    ("", "upload.docx"),
    (None, "upload.docx"),
    ("...docx", "upload.docx"),
    ("  .docx", "upload.docx"),
    ("draft.DOCX", "draft.docx"),
])
def test_upload_names(raw, expected: str) -> None:
    assert safe_upload_name(raw) == expected


def test_upload_names_are_bounded() -> None:
    name = safe_upload_name("长" * 500 + ".docx")
    assert len(name) <= 120 and name.endswith(".docx")


def test_upload_names_fit_a_file_system_in_bytes_with_room_for_a_number() -> None:
    """Names are limited in bytes (255 on ext4), not characters: 86 Chinese characters are already too many."""
    for raw, suffix in (("长" * 200 + ".docx", ".docx"), ("长" * 90 + ".doc", ".doc"), ("𠀀" * 100 + ".docx", ".docx")):
        name = safe_upload_name(raw, suffix)
        assert name.endswith(suffix) and name.startswith("长" if "长" in raw else "𠀀"), name
        assert len(f"{name[: -len(suffix)]} (999){suffix}".encode("utf-8")) <= 255, name
    assert safe_upload_name("短名.docx") == "短名.docx", "a name that fits is kept whole"


@pytest.mark.parametrize(("raw", "suffix", "expected"), [
    ("CON.docx", ".docx", "_CON.docx"),
    ("con.docx", ".docx", "_con.docx"),
    ("Nul.tar.docx", ".docx", "_Nul.tar.docx"),
    ("AUX .docx", ".docx", "_AUX.docx"),
    ("PRN. .docx", ".docx", "_PRN.docx"),
    ("prn.DOCX", ".docx", "_prn.docx"),
    ("COM1.docx", ".docx", "_COM1.docx"),
    ("com9.doc", ".doc", "_com9.doc"),
    ("LPT5.doc", ".doc", "_LPT5.doc"),
    ("COM¹.docx", ".docx", "_COM¹.docx"),
    ("CONOUT$.docx", ".docx", "_CONOUT$.docx"),
    ("C:\\Users\\王\\lpt1.docx", ".docx", "_lpt1.docx"),
    ("CONTROL.docx", ".docx", "CONTROL.docx"),
    ("COM10.docx", ".docx", "COM10.docx"),
    ("COM0.docx", ".docx", "_COM0.docx"),
    ("lpt0.tar.doc", ".doc", "_lpt0.tar.doc"),
    ("LPT0 .docx", ".docx", "_LPT0.docx"),
    ("LPT³.docx", ".docx", "_LPT³.docx"),
    ("COM00.docx", ".docx", "COM00.docx"),
    ("COM.docx", ".docx", "COM.docx"),
    ("草案CON.docx", ".docx", "草案CON.docx"),
])
def test_a_windows_device_name_is_kept_with_an_underscore(raw: str, suffix: str, expected: str) -> None:
    """QA pass 9, finding B9: ``CON.docx`` was kept and offered for download as a name Windows cannot create
    (CON, PRN, AUX, NUL, COM0–9, LPT0–9, COM¹²³, LPT¹²³ in any case, with any extension, spaces before the dot;
    QA pass 12, B10: COM0 and LPT0, which Microsoft lists too, were kept as they were)."""
    assert safe_upload_name(raw, suffix) == expected


def test_a_download_name_windows_takes_for_a_device_is_offered_with_an_underscore() -> None:
    for name, offered in (("CON.md", "_CON.md"), ("aux.report.md", "_aux.report.md"), ("nul", "_nul"),
                          ("Com3 .yaml", "_Com3 .yaml"), ("LPT0.md", "_LPT0.md"), ("草案.report.md", "草案.report.md"), ("CONSOLE.md", "CONSOLE.md")):
        assert portable_name(name) == offered, name


def test_unused_name_never_replaces(tmp_path: Path) -> None:
    (tmp_path / "草案.docx").write_bytes(b"x")
    (tmp_path / "草案 (2).docx").write_bytes(b"x")
    assert unused_name(tmp_path, "草案.docx").name == "草案 (3).docx"
    assert unused_name(tmp_path, "新.docx").name == "新.docx"


def _tree(tmp_path: Path) -> Folders:
    project, drafts, outside = tmp_path / "project", tmp_path / "project" / "drafts", tmp_path / "outside"
    for folder in (project, drafts, outside):
        folder.mkdir(parents=True, exist_ok=True)
    (project / "标准.yaml").write_text("x", encoding="utf-8")
    (project / "标准.docx").write_bytes(b"x")
    (project / ".标准.yaml.autosave").write_text("x", encoding="utf-8")
    (project / "notes.exe").write_bytes(b"x")
    (drafts / "草案.docx").write_bytes(b"x")
    (drafts / "草案.report.md").write_text("x", encoding="utf-8")
    (outside / "secret.md").write_text("secret", encoding="utf-8")
    os.symlink(outside / "secret.md", drafts / "link.md")
    return Folders(project=project, drafts=drafts)


def test_listing_shows_only_downloadable_files_of_the_two_folders(tmp_path: Path) -> None:
    folders = _tree(tmp_path)
    listed = {(e.folder, e.name) for e in folders.listing()}
    assert listed == {("project", "标准.yaml"), ("project", "标准.docx"),
                      ("drafts", "草案.docx"), ("drafts", "草案.report.md")}


def test_find_refuses_paths_links_and_other_folders(tmp_path: Path) -> None:
    folders = _tree(tmp_path)
    assert folders.find("drafts", "草案.report.md") == folders.drafts / "草案.report.md"
    for key, name in [("drafts", "../标准.yaml"), ("drafts", "link.md"), ("drafts", "../../outside/secret.md"),
                      ("outside", "secret.md"), ("project", "drafts/草案.docx"), ("project", ".标准.yaml.autosave"),
                      ("drafts", "/etc/passwd"), ("project", "notes.exe")]:
        assert folders.find(key, name) is None, (key, name)


def test_a_draft_served_alone_has_one_folder(tmp_path: Path) -> None:
    folders = Folders(project=None, drafts=tmp_path)
    assert list(folders.keyed()) == ["drafts"] and folders.roots() == [tmp_path]
    assert list(Folders(project=tmp_path, drafts=tmp_path).keyed()) == ["drafts"]


def test_inside(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    assert inside(tmp_path / "a" / "x", tmp_path)
    assert not inside(tmp_path.parent, tmp_path)
    assert not inside(Path(str(tmp_path) + "-other"), tmp_path)
