"""Import → build on real drafts: how much of each draft's body comes back as LibreOffice renders it.

For every text of bench/real (made into .docx by ``bench/real/make_docx.py``, in the shape its name
gives it: pandoc, LibreOffice, typed or style-numbered), the draft is imported as a version 2 project
(``stdauthor import``'s code), the project is written to YAML and read again, built
(``stdauthor build``'s code), and both the draft and the built file are rendered to text by
LibreOffice (``soffice --convert-to txt``). The figure is the share of the draft's body lines
(from its first clause on) that the built draft's rendering holds in the same order. Lines are
compared with whitespace removed, full- and half-width forms alike (NFKC: ``注1:`` and ``注1：``)
and without a leading list marker (the writer prints GB/T 1.1's ``a)`` and ``——`` where a draft
may have ``a）`` or ``•``). The goal (issue 12) is at least 95 % on every draft.

The texts are not in git (see bench/real/README.md): without them the script says so and stops.

Usage: ``.venv/bin/python bench/import_roundtrip.py [--text STEM] [--show N] [--keep DIR]``
"""

from __future__ import annotations

import argparse
import difflib
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
REAL = BENCH / "real"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(REAL))

GOAL = 0.95
_SPACE = re.compile(r"\s+")
# A list item's marker is the writer's (GB/T 1.1: a), 1), ——, ·), not the draft's (a）, •, ◦, ▪):
# lines are compared without it.
_MARKER = re.compile(r"^(?:[•◦▪▫●○■□·\-–—*]+|[a-zA-Z][)）.]|[（(]?\d{1,2}[)）]|[（(][a-zA-Z][)）])")


def _norm(line: str) -> str:
    """A rendered line as compared: full and half width alike (NFKC), no whitespace, no list marker,
    a clause number without a trailing dot (``1.`` and ``1`` number the same clause)."""
    text = unicodedata.normalize("NFKC", line.replace("\ufeff", ""))
    return _NUMBER_DOT.sub(r"\1", _MARKER.sub("", _SPACE.sub("", text), count=1), count=1)


_NUMBER_DOT = re.compile(r"^(\d+(?:\.\d+)*)\.(?=\D)")
_CAPTION = re.compile(r"^(?:表|Table)([A-Z]?\.?\d+)(?!\d)")
_CONTINUED = re.compile(r"[(（](?:续|continued)[)）]$")
_PAGE_NUMBER = re.compile(r"\d{1,3}|[IVXivx]{1,6}|[\u2160-\u217f]{1,3}")


def furniture(lines: list[str]) -> set[int]:
    """The places of the draft's lines that are page furniture, not body text:

    - a continued table's repeated caption (表1 GAL信息包格式定义(续)) and the header cells repeated
      under it (字段 / 长度 / 说明): the built draft holds the table once, with one header;
    - a running head: a document number standing alone on a line three times or more, with the
      line printed next to it each time (GB/T28827 / 运维服务能力成熟度), and a page number beside it
      (``7``, ``III``), which the reader leaves out of the draft as it does the head.
    Table cells that repeat elsewhere (是, 否, 字符型) stay text."""
    from authoring.lint.patterns import DESIGNATION

    counts: dict[str, int] = {}
    for line in lines:
        counts[line] = counts.get(line, 0) + 1
    heads = {line for line, n in counts.items() if n >= 3 and DESIGNATION.fullmatch(line)}
    beside: dict[str, int] = {}
    for k, line in enumerate(lines):
        if line in heads:
            for j in (k - 1, k + 1):
                if 0 <= j < len(lines) and lines[j] not in heads:
                    beside[lines[j]] = beside.get(lines[j], 0) + 1
    partners = {line for line, n in beside.items() if n >= 3 and n >= counts[line] - 1 and len(line) <= 30}
    out = {k for k, line in enumerate(lines) if line in heads or line in partners}
    pages = {j for k, line in enumerate(lines) if line in heads for j in (k - 1, k + 1)
             if 0 <= j < len(lines) and _PAGE_NUMBER.fullmatch(lines[j])}
    if len(pages) >= 3:  # page numbers run on from page to page; one number by a head is a table's cell
        out |= pages
    first_header: dict[str, list[str]] = {}  # a table's number → the lines right under its caption
    for k, line in enumerate(lines):
        caption = _CAPTION.match(line)
        if caption is None:
            continue
        number = caption.group(1)
        if not _CONTINUED.search(line):
            first_header.setdefault(number, lines[k + 1:k + 9])
            continue
        out.add(k)
        header = first_header.get(number, [])
        j = k + 1
        while j < len(lines) and lines[j] in header:
            out.add(j)
            j += 1
    return out


def render(files: list[Path], outdir: Path) -> dict[Path, list[str]]:
    """Each file as LibreOffice renders it to plain text: its non-empty lines, whitespace removed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed to render the drafts")
    outdir.mkdir(parents=True, exist_ok=True)

    def convert(batch: list[Path]) -> None:
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{outdir / 'profile'}", "--headless",
             "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(outdir), *map(str, batch)],
            check=True, capture_output=True, timeout=900,
        )

    # In batches, and a file a batch left without text (LibreOffice now and then stops converting
    # part-way through a long batch and still exits 0) once more on its own.
    for k in range(0, len(files), 100):
        convert(files[k:k + 100])
    for path in files:
        if not (outdir / f"{path.stem}.txt").exists():
            convert([path])
    out = {}
    for path in files:
        text = (outdir / f"{path.stem}.txt").read_text(encoding="utf-8", errors="replace")
        out[path] = [n for n in (_norm(line) for line in text.splitlines()) if n]
    return out


def body_start(doc) -> str:
    """The normalised first line of the body as a reader sees it: the first clause's heading or text."""
    from authoring.document import block_text

    for clause in doc.clauses:
        head = _norm(f"{clause.number}{clause.title}") if clause.title else ""
        if head and clause.number not in ("正文",):
            return head
        for block in clause.blocks:
            text = _norm(block_text(block).splitlines()[0]) if block_text(block) else ""
            if text:
                return text
        if head:
            return head
    return ""


def body_lines(lines: list[str], start: str) -> list[str]:
    """The lines from the body's start on (the whole text when it cannot be found)."""
    if start:
        for k, line in enumerate(lines):
            if line == start or (len(start) >= 4 and line.startswith(start)):
                return lines[k:]
    return lines


def matched(original: list[str], built: list[str]) -> tuple[int, list[str]]:
    """How many of ``original``'s lines ``built`` holds in order, and the ones it lacks.

    Lines are matched whole first; a line left over still counts when the built text between the
    neighbouring matches holds it, in order: a sentence the draft broke over two lines (…设备及其配 /
    件;) is one line once the reader has joined it."""
    matcher = difflib.SequenceMatcher(None, original, built, autojunk=False)
    blocks = matcher.get_matching_blocks()
    covered = set()
    for b in blocks:
        covered.update(range(b.a, b.a + b.size))
    previous = (0, 0)  # end of the last matching block in original and in built
    for b in blocks:
        gap = "".join(built[previous[1]:b.b])
        at = 0
        for k in range(previous[0], b.a):
            found = gap.find(original[k], at) if original[k] else -1
            if found >= 0:
                covered.add(k)
                at = found + len(original[k])
        previous = (b.a + b.size, b.b + b.size)
    return len(covered), [line for k, line in enumerate(original) if k not in covered]


def roundtrip(draft: Path, work: Path) -> Path:
    """Import ``draft``, save and reload the project, build it; returns the built .docx."""
    from authoring.checklist import load_packs
    from authoring.docx.write import write_docx
    from authoring.project import compose, load_project
    from authoring.project.importer import import_draft
    from authoring.project.outline import decisions_of

    library = load_packs()
    project, _ = import_draft(draft, library)
    yaml_path = work / f"{draft.stem}.yaml"
    project.save(yaml_path, force=True)
    loaded = load_project(yaml_path)
    pack = library.get(loaded.project.checklist)
    loaded.check(pack)
    built = work / "built" / f"{draft.stem}.docx"
    built.parent.mkdir(exist_ok=True)
    write_docx(compose(loaded.project, pack), built, force=True, decisions=decisions_of(loaded.project))
    return built


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--text", action="append", default=[], metavar="STEM", help="only this text (repeatable)")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print up to N missing lines per draft")
    parser.add_argument("--keep", metavar="DIR", help="keep projects, built drafts and renderings here")
    args = parser.parse_args()

    texts_dir = REAL / "texts"
    if not texts_dir.is_dir() or not any(p.is_file() for p in texts_dir.iterdir()):
        print("bench/real/texts is absent (not in git; see bench/real/README.md): nothing to measure")
        return 0
    from make_docx import build, texts

    from authoring.docx.read import read_docx

    sources = [p for p in texts() if not args.text or p.stem in args.text]
    drafts = [build(p) for p in sources]
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="import-roundtrip-"))
    work.mkdir(parents=True, exist_ok=True)
    built = {d: roundtrip(d, work) for d in drafts}
    originals = render(drafts, work / "txt-draft")
    again = render(list(built.values()), work / "txt-built")
    rows = []
    for draft in drafts:
        body = body_lines(originals[draft], body_start(read_docx(draft)))
        skip = furniture(body)
        body = [line for k, line in enumerate(body) if k not in skip]
        hit, missing = matched(body, again[built[draft]])
        share = hit / len(body) if body else 1.0
        rows.append((draft.name, len(body), hit, share, missing))
    width = max(len(r[0]) for r in rows)
    print(f"{'draft':<{width}}  {'lines':>6}  {'match':>6}  share")
    for name, total, hit, share, missing in rows:
        mark = "" if share >= GOAL else "  < goal"
        print(f"{name:<{width}}  {total:>6}  {hit:>6}  {share:6.1%}{mark}")
        for line in missing[:args.show]:
            print(f"    missing: {line[:100]}")
    lines = sum(r[1] for r in rows)
    hits = sum(r[2] for r in rows)
    low = [r for r in rows if r[3] < GOAL]
    print(f"all: {hits}/{lines} lines ({hits / lines:.1%}); lowest {min(r[3] for r in rows):.1%}; "
          f"{len(rows) - len(low)} of {len(rows)} drafts at the goal of {GOAL:.0%}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
