"""Turn the real third-party texts of bench/real/texts into the .docx files the checker reads.

A text found as a .docx is used as it is. A text found as Markdown or plain text is made into
Word the ways committees' files are made (recorded as ``docx_shape`` in the evaluation):

- ``pandoc``: ``pandoc -f markdown -t docx`` (Markdown headings become Heading styles);
- ``libreoffice``: the text, markup stripped, as a plain HTML page opened by LibreOffice and
  saved as .docx (every line a paragraph, tables as tables, no styles: a PDF converted to Word);
- ``typed``: the same paragraphs and tables written with python-docx, no styles;
- ``style-numbered`` (standards only): the typed text read and written again by stdauthor's
  own writer, so its numbers come from Word numbering linked to the template's heading styles.

A text found as a Word 97 ``.doc`` (an older committee's draft) is saved as .docx by LibreOffice,
as its committee would do before checking it (``from-doc``).

Which one a text gets is fixed by its name (see :func:`shape_of`). Built files go to ``bench/real/build/``
(not kept in git) and are rebuilt when the source is newer.

Usage: ``.venv/bin/python bench/real/make_docx.py [--force]``
"""

from __future__ import annotations

import argparse
import hashlib
import html
import re
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
BUILD = HERE / "build"
SHAPES = ("pandoc", "libreoffice", "typed", "style-numbered")

# A web page's comment (<!-- Google Tag Manager -->): no Chinese in it. One that holds Chinese is a standard's own XML
# example (<!-- 球机/云台控制命令（可选，控制码应符合GA/T 647—2006……）-->, GA/T 669.5's annex A), kept; and a comment a
# scan left unclosed (……）--)) no longer swallows the text up to the next -->.
_HTML_COMMENT = re.compile(r"<!--[^\u3400-\u9fff]*?-->", re.S)
_MD_PREFIX = re.compile(r"^\s{0,3}(?:#{1,6}\s*|>\s?)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|(?<!\w)\*(?!\s)|`)")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_HTML_TABLE = re.compile(r"<table\b.*?</table>", re.S | re.I)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")  # real tags only: “<）” is text
# What a browser never shows (a page's scripts and styles, its doctype), and the ends of the blocks it shows each on a line
# of its own: a page saved minified, all on one line (round 167's FJCM page), keeps its paragraphs apart.
_UNSHOWN = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>|<!doctype[^>]*>", re.S | re.I)
_BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|div|section|header|footer|nav|ul|ol|title|article|aside|main|dt|dd"
                        r"|blockquote|figcaption)\s*>|<br\s*/?>", re.I)

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
    if path.suffix.lower() == ".doc":
        return "from-doc"
    digest = int(hashlib.sha1(path.stem.encode()).hexdigest(), 16)
    headed = path.suffix.lower() in (".md", ".markdown") and len(re.findall(
        r"^#{1,4}\s", path.read_text(encoding="utf-8", errors="replace"), re.M)) >= 3
    shapes = ["pandoc"] if headed else []
    shapes += ["libreoffice", "typed"]
    if path.name[0] in "ac":
        shapes.append("style-numbered")
    return shapes[digest % len(shapes)]



Block = tuple[str, object]  # ("p", text) or ("table", rows)


class _Cells(HTMLParser):
    """The rows of an HTML table, cell texts only (colspan cells repeated as Word would merge)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:  # noqa: ANN001
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.cell = []
        elif tag == "br" and self.cell is not None:
            self.cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None:
            if not self.rows:
                self.rows.append([])
            self.rows[-1].append(html.unescape("".join(self.cell)).strip())
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def _clean(line: str) -> str:
    line = _TAG.sub("", line.replace("\u200b", ""))
    line = _MD_PREFIX.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    return html.unescape(_MD_EMPHASIS.sub("", line)).strip()


def blocks(source: str) -> list[Block]:
    """The text's paragraphs and tables, Markdown and HTML markup taken off: pipe tables and
    HTML tables become tables, as a PDF converted to Word keeps them."""
    source = _HTML_COMMENT.sub("", source.replace("\r\n", "\n"))
    source = _BLOCK_END.sub(lambda m: m.group(0) + "\n", _UNSHOWN.sub("", source))
    tables: list[list[list[str]]] = []

    def keep(match: re.Match[str]) -> str:
        parser = _Cells()
        parser.feed(match.group(0))
        tables.append([r for r in parser.rows if r])
        return f"\n\x00{len(tables) - 1}\n"

    source = _HTML_TABLE.sub(keep, source)
    out: list[Block] = []
    pipe: list[list[str]] = []
    for raw in source.split("\n"):
        line = raw.strip()
        if line.startswith("|") and line.count("|") >= 2:
            if not _TABLE_RULE.match(line):
                pipe.append([_clean(cell) for cell in line.strip("|").split("|")])
            continue
        if _TABLE_RULE.match(line) and pipe:
            continue
        if pipe:
            out.append(("table", pipe))
            pipe = []
        if line.startswith("\x00"):
            rows = tables[int(line[1:])]
            if rows:
                out.append(("table", rows))
            continue
        text = _clean(line)
        if text:
            out.append(("p", text))
    if pipe:
        out.append(("table", pipe))
    return out


def plain_lines(source: str) -> list[str]:
    """The text's lines with markup taken off (a table's rows as tab-separated lines)."""
    lines: list[str] = []
    for kind, value in blocks(source):
        if kind == "p":
            lines.append(str(value))
        else:
            lines.extend("\t".join(row) for row in value)  # type: ignore[union-attr]
    return lines


def _typed(items: list[Block], out: Path) -> None:
    import docx

    document = docx.Document()
    for kind, value in items:
        if kind == "p":
            document.add_paragraph(str(value))
            continue
        rows = value  # type: ignore[assignment]
        width = max(len(r) for r in rows)
        table = document.add_table(rows=len(rows), cols=width)
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    document.save(str(out))


def _html(items: list[Block]) -> str:
    parts = ["<html><head><meta charset='utf-8'></head><body>"]
    for kind, value in items:
        if kind == "p":
            parts.append(f"<p>{html.escape(str(value))}</p>")
        else:
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                           for row in value)  # type: ignore[union-attr]
            parts.append(f"<table border='1'>{rows}</table>")
    return "\n".join(parts + ["</body></html>"])


def _style_numbered(items: list[Block], out: Path) -> None:
    """The typed text read by our reader and written again by our writer: headings in the
    official template's styles, clause and annex numbers from Word numbering linked to them
    (the text holds no typed number), as drafts made with the official template are."""
    sys.path.insert(0, str(HERE.parent.parent))
    from authoring.docx.read import read_docx
    from authoring.docx.write import write_docx

    with tempfile.TemporaryDirectory() as tmp:
        typed = Path(tmp) / "typed.docx"
        _typed(items, typed)
        write_docx(read_docx(typed), out, force=True)


def _pipe_tables(source: str) -> str:
    """HTML tables (which pandoc's docx writer would drop) as pipe tables; HTML wrappers off."""
    def pipe(match: re.Match[str]) -> str:
        parser = _Cells()
        parser.feed(match.group(0))
        rows = [[c.replace("|", "/").replace("\n", " ") for c in r] for r in parser.rows if r]
        if not rows:
            return ""
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
        lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        return "\n\n" + "\n".join(lines) + "\n\n"

    return _TAG.sub("", _HTML_TABLE.sub(pipe, _HTML_COMMENT.sub("", source)))


# An image a saved web page links by a site path (![logo](/assets/x.png)): the file is not there,
# and pandoc stops at it (a missing relative image it replaces by its description itself). Its alt
# text stands in, as pandoc does for the others.
_LOCAL_IMAGE = re.compile(r"!\[([^\]]*)\]\(/[^)]*\)")


def _pandoc(src: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        md = Path(tmp) / "source.md"
        source = _LOCAL_IMAGE.sub(r"\1", src.read_text(encoding="utf-8", errors="replace"))
        md.write_text(_pipe_tables(source), encoding="utf-8")
        subprocess.run(["pandoc", "-f", "markdown-yaml_metadata_block", "-t", "docx", "-o", str(out), str(md)],
                       check=True, capture_output=True, timeout=120)


def _soffice_docx(src: Path, out: Path) -> None:
    """``src`` opened by LibreOffice Writer and saved as .docx at ``out``."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--writer",
             "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, str(src)],
            check=True, capture_output=True, timeout=300,
        )
        shutil.move(str(Path(tmp) / (src.stem + ".docx")), out)


def _libreoffice(items: list[Block], out: Path) -> None:
    """The text as a plain HTML page (paragraphs and tables) opened by LibreOffice Writer and
    saved as .docx: no styles, real tables."""
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / (out.stem + ".html")
        page.write_text(_html(items), encoding="utf-8")
        _soffice_docx(page, out)


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
    if shape == "from-doc":
        _soffice_docx(path, out)
        return out
    items = blocks(path.read_text(encoding="utf-8", errors="replace"))
    if shape == "pandoc" and path.suffix.lower() in (".md", ".markdown"):
        _pandoc(path, out)
    elif shape == "style-numbered":
        _style_numbered(items, out)
    elif shape == "libreoffice":
        _libreoffice(items, out)
    else:
        _typed(items, out)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--force", action="store_true", help="rebuild every file")
    args = parser.parse_args()
    failed = []
    for path in texts():
        try:
            out = build(path, force=args.force)
        except (subprocess.SubprocessError, OSError) as exc:  # one text does not stop the others
            detail = getattr(exc, "stderr", b"") or b""
            print(f"FAILED       {path.name}: {exc} {detail.decode(errors='replace').strip()}", file=sys.stderr)
            failed.append(path.name)
            continue
        print(f"{shape_of(path):12} {out.relative_to(HERE)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
