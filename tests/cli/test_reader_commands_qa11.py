"""What ``import``, ``explain`` and ``check`` do with drafts QA pass 11 brought: one with no text to read
(A3), a Word 97 file named ``.wps`` (B7) and an English text without a GB/T cover (B11)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from authoring.cli.main import main


@pytest.fixture(autouse=True)
def _language_restored():
    from authoring.i18n import get_lang, set_lang

    before = get_lang()
    yield
    set_lang(before)


def _run(args: list[str], capsys) -> tuple[int, str, str]:
    code = main([*args, "--lang", "zh"] if "--lang" not in args else args)
    out = capsys.readouterr()
    return code, out.out, out.err


def _scanned(path: Path) -> Path:
    """A draft of pages scanned as pictures: a layout table and no text at all."""
    document = Document()
    document.add_table(rows=2, cols=2)
    document.save(str(path))
    return path


# -- A3: nothing to read --------------------------------------------------------------------------------


def test_import_and_explain_refuse_a_draft_with_no_text_as_check_does(tmp_path: Path, capsys) -> None:
    draft = _scanned(tmp_path / "扫描稿.docx")
    code, _, check_err = _run(["check", str(draft)], capsys)
    assert code == 2
    line = next(x for x in check_err.splitlines() if "未读到任何文字" in x)
    assert line == f"stdauthor: {draft}: 未读到任何文字，无法检查（扫描的图片页或空文件？）"
    for command, target in (("import", tmp_path / "p.yaml"), ("explain", tmp_path / "编制说明.docx")):
        code, out, err = _run([command, str(draft), "-o", str(target)], capsys)
        assert (code, err.strip(), out) == (2, line, ""), command
        assert not target.exists(), command
        # a file the committee already has there is left as it was, --force or not
        target.write_bytes(b"committee's own")
        assert _run([command, str(draft), "-o", str(target), "--force"], capsys)[0] == 2
        assert target.read_bytes() == b"committee's own"
        assert not list(tmp_path.glob("*.bak*")), command
        target.unlink()
    code, _, err = _run(["import", str(draft), "-o", str(tmp_path / "p.yaml"), "--lang", "en"], capsys)
    assert err.strip() == (f"stdauthor: {draft}: no text could be read, so it was not checked (pages scanned as "
                           "pictures, or an empty file?)")


# -- B7: a .wps --------------------------------------------------------------------------------------


def test_import_and_explain_take_a_word_97_file_named_wps_as_check_does(tmp_path: Path, capsys) -> None:
    """WPS 文字 saves Word 97 files as .wps: ``check`` converted and checked one, ``import`` and ``explain``
    refused it as no Word file."""
    import shutil
    import subprocess

    from tests.conftest import soffice_or_skip
    from tests.docx import reader_builders as rb

    soffice = soffice_or_skip()
    docx = rb.typed_shape(tmp_path / "draft.docx")
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless", "--convert-to",
                    "doc:MS Word 97", "--outdir", str(tmp_path / "doc"), str(docx)], check=True, capture_output=True,
                   timeout=180)
    wps = Path(shutil.copyfile(tmp_path / "doc" / "draft.doc", tmp_path / "征求意见稿.wps"))
    code, out, err = _run(["check", str(wps)], capsys)
    assert code in (0, 1) and "Word 97-2003 格式的 .wps 文件" in out, out  # not called a .doc
    # a folder check takes it too (it skipped every .wps), and comments takes one as a reviewed copy
    folder = tmp_path / "稿件"
    folder.mkdir()
    shutil.copyfile(wps, folder / "征求意见稿.wps")
    code, out, err = _run(["check", str(folder)], capsys)
    assert code in (0, 1) and "征求意见稿.wps" in out, (out, err)
    from authoring.cli.comments_cmd import COPY_SUFFIXES

    assert ".wps" in COPY_SUFFIXES
    code, out, err = _run(["import", str(wps), "-o", str(tmp_path / "p.yaml")], capsys)
    assert code == 0, err
    assert "大纲：5 章" in out
    code, out, err = _run(["explain", str(wps), "-o", str(tmp_path / "说明.docx")], capsys)
    assert code == 0, err
    assert (tmp_path / "说明.docx").is_file()


def test_a_wps_file_of_another_format_is_refused_naming_wps(tmp_path: Path, capsys) -> None:
    from authoring.docx.legacy import OLE_MAGIC

    other = tmp_path / "旧稿.wps"
    other.write_bytes(OLE_MAGIC + b"\0" * 1024)  # a compound file with no WordDocument stream
    for command in ("import", "explain"):
        target = tmp_path / ("p.yaml" if command == "import" else "说明.docx")
        code, out, err = _run([command, str(other), "-o", str(target)], capsys)
        assert (code, out) == (2, ""), command
        assert err.strip() == (f"stdauthor: {other}: 这个 .wps 文件不是 Word 97-2003 格式，无法读取：请在 WPS 中另存为 "
                               ".docx"), command
        assert not target.exists()
    code, _, err = _run(["import", str(tmp_path / "草案.pdf"), "-o", str(tmp_path / "p.yaml")], capsys)
    assert code == 2 and "草案应为 Word 文件（.docx、.doc 或 .wps）" in err


# -- B11: what import says of an English text -------------------------------------------------------


def test_import_of_a_text_without_the_gbt_skeleton_says_it_is_built_as_it_is(tmp_path: Path, capsys) -> None:
    """The UK Service Standard was told 暂按国家标准（GB/T） and the kinds to choose, and was built (rightly) as it
    was, with no GB cover: import now says what build does."""
    from tests.docx.reader_builders import pandoc_styles, para, typed_shape, write_package

    body = "".join([para("Service Standard", "Title")] + [
        para(f"{n}. {title}", "Heading2") + para("Service teams should understand what users need.", "BodyText")
        for n, title in ((1, "Understand users and their needs"), (2, "Solve a whole problem for users"),
                         (3, "Provide a joined up experience across all channels"))])
    english = write_package(tmp_path / "standard.docx", body, pandoc_styles())
    code, out, err = _run(["import", str(english), "-o", str(tmp_path / "en.yaml")], capsys)
    assert code == 0, err
    assert "暂按国家标准" not in out and "kind:" not in out
    assert ("结构：草案没有 GB/T 1.1 的结构（前言、范围、编号的章条），生成时照原样写出其标题和正文，不加封面、目次和前言，"
            "不需要选择标准类别") in out
    assert _run(["build", str(tmp_path / "en.yaml"), "-o", str(tmp_path / "en.docx")], capsys)[0] == 0
    built = "\n".join(p.text for p in Document(str(tmp_path / "en.docx")).paragraphs)
    assert "目" not in built and "前言" not in built and "标准" not in built
    _, out, _ = _run(["import", str(english), "-o", str(tmp_path / "en2.yaml"), "--lang", "en"], capsys)
    assert "a national standard (GB/T) for now" not in out and "no kind of standard to choose" in out
    # a GB/T draft with no cover is still told the kind it is built as
    _, out, _ = _run(["import", str(typed_shape(tmp_path / "typed.docx")), "-o", str(tmp_path / "t.yaml")], capsys)
    assert "暂按国家标准（GB/T）" in out and "结构：" not in out
