"""Turn the real third-party texts of bench/real/texts into the .docx files the checker reads.

A text found as a .docx is used as it is. A text found as Markdown or plain text is made into
Word the ways committees' files are made (recorded as ``docx_shape`` in the evaluation):

- ``pandoc``: ``pandoc -f markdown -t docx`` (Markdown headings become Heading styles);
- ``libreoffice``: the text, markup stripped, opened by LibreOffice and saved as .docx
  (every line a paragraph, no styles: what a PDF pasted into Word looks like);
- ``typed``: the same stripped lines written with python-docx as plain paragraphs;
- ``style-numbered`` (standards only): the typed text read and written again by stdauthor's
  own writer, so its numbers come from Word numbering linked to the template's heading styles.

Which one a text gets is fixed by its name (see :func:`shape_of`). Built files go to ``bench/real/build/``
(not kept in git) and are rebuilt when the source is newer.

Usage: ``.venv/bin/python bench/real/make_docx.py [--force]``
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
BUILD = HERE / "build"
SHAPES = ("pandoc", "libreoffice", "typed", "style-numbered")

_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_MD_PREFIX = re.compile(r"^\s{0,3}(?:#{1,6}\s*|>\s?)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|(?<!\w)\*(?!\s)|`)")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def texts() -> list[Path]:
    """The corpus's source texts, sorted by name."""
    return sorted(p for p in TEXTS.iterdir() if p.is_file() and not p.name.startswith("."))


def shape_of(path: Path) -> str:
    """How ``path`` becomes Word: ``as-is`` for a .docx; pandoc only for Markdown that has
    headings (pandoc joins the hard-wrapped lines of PDF-extracted text into run-on paragraphs,
    which no committee's file looks like); ``style-numbered`` only for the standards (groups
    ``a`` and ``c``); otherwise LibreOffice or typed. The choice hangs on the name alone, so
    adding texts to the corpus never changes another text's shape."""
    if path.suffix.lower() == ".docx":
        return "as-is"
    digest = int(hashlib.sha1(path.stem.encode()).hexdigest(), 16)
    headed = path.suffix.lower() in (".md", ".markdown") and len(re.findall(
        r"^#{1,4}\s", path.read_text(encoding="utf-8", errors="replace"), re.M)) >= 3
    shapes = ["pandoc"] if headed else []
    shapes += ["libreoffice", "typed"]
    if path.name[0] in "ac":
        shapes.append("style-numbered")
    return shapes[digest % len(shapes)]


def plain_lines(source: str) -> list[str]:
    """The text's lines with Markdown markup taken off (tables as tab-separated cells)."""
    source = _HTML_COMMENT.sub("", source.replace("\r\n", "\n"))
    lines = []
    for raw in source.split("\n"):
        line = raw.replace("\u200b", "")
        if _TABLE_RULE.match(line):
            continue
        if line.strip().startswith("|"):
            line = "\t".join(cell.strip() for cell in line.strip().strip("|").split("|"))
        line = _MD_PREFIX.sub("", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPHASIS.sub("", line)
        if line.strip():
            lines.append(line.strip())
    return lines


def _typed(lines: list[str], out: Path) -> None:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(out))


def _style_numbered(lines: list[str], out: Path) -> None:
    """The typed text read by our reader and written again by our writer: headings in the
    official template's styles, clause and annex numbers from Word numbering linked to them
    (the text holds no typed number), as drafts made with the official template are."""
    sys.path.insert(0, str(HERE.parent.parent))
    from authoring.docx.reader import read_docx
    from authoring.docx.writer import write_docx

    with tempfile.TemporaryDirectory() as tmp:
        typed = Path(tmp) / "typed.docx"
        _typed(lines, typed)
        write_docx(read_docx(typed), out, force=True)


def _pandoc(src: Path, out: Path) -> None:
    subprocess.run(["pandoc", "-f", "markdown-yaml_metadata_block", "-t", "docx", "-o", str(out), str(src)],
                   check=True, capture_output=True, timeout=120)


def _libreoffice(lines: list[str], out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        txt = Path(tmp) / (out.stem + ".txt")
        txt.write_text("\n".join(lines) + "\n", encoding="utf-8")
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
             "--infilter=Text (encoded):UTF8,LF,,,", "--convert-to", "docx:MS Word 2007 XML",
             "--outdir", tmp, str(txt)],
            check=True, capture_output=True, timeout=300,
        )
        shutil.move(str(Path(tmp) / (txt.stem + ".docx")), out)


def build(path: Path, *, force: bool = False) -> Path:
    """The .docx for ``path`` (built when missing or older than the source)."""
    BUILD.mkdir(exist_ok=True)
    shape = shape_of(path)
    out = BUILD / f"{path.stem}.{shape}.docx"
    if out.exists() and not force and out.stat().st_mtime >= path.stat().st_mtime:
        return out
    if shape == "as-is":
        shutil.copyfile(path, out)
        return out
    source = path.read_text(encoding="utf-8", errors="replace")
    if shape == "pandoc" and path.suffix.lower() in (".md", ".markdown"):
        _pandoc(path, out)
    elif shape == "style-numbered":
        _style_numbered(plain_lines(source), out)
    elif shape == "libreoffice":
        _libreoffice(plain_lines(source), out)
    else:
        _typed(plain_lines(source), out)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--force", action="store_true", help="rebuild every file")
    args = parser.parse_args()
    for path in texts():
        out = build(path, force=args.force)
        print(f"{shape_of(path):12} {out.relative_to(HERE)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
