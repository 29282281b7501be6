"""Small generated inputs for the hostile-input tests, and a bounded way to run the CLI on them.

Every input is built here in a few lines of code (no fixtures on disk): a small valid draft,
and variants of it with one part replaced or removed. :func:`run_cli` runs ``stdauthor`` in a
subprocess under ``resource`` limits (address space and CPU time) with a wall-clock timeout,
so a hang or a memory blow-up fails the test instead of the machine.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MEMORY_LIMIT = 1536 * 1024 * 1024  # 1.5 GB of address space per CLI run

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>"""


def para(text: str, style: str | None = None, num: tuple[int, int] | None = None) -> str:
    """A ``w:p`` with an optional style id and ``(numId, ilvl)``."""
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    props = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    run = f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>' if text else ""
    return f"<w:p>{props}{run}</w:p>"


def document_xml(body: str, *, root: str = "document") -> str:
    """The main part: ``w:document/w:body`` around ``body`` (or a bare ``w:body`` root)."""
    inner = f"{body}<w:sectPr/>"
    if root == "body":
        return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:body xmlns:w="{W_NS}">{inner}</w:body>'
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W_NS}"><w:body>{inner}</w:body></w:document>')


STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W_NS}">'
          '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/>'
          '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/>'
          '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style></w:styles>')


def numbering_xml(start: int = 1, fmt: str = "decimal", text: str = "%1") -> str:
    """One list (numId 1) whose level 0 starts at ``start`` in ``fmt``."""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{W_NS}">'
            f'<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{escape(text)}"/></w:lvl></w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


BODY = "".join([
    para("前　言", "1"),
    para("本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。"),
    para("养老机构服务指南"),
    para("1　范围", "1"), para("本文件给出了养老机构服务的指导。"),
    para("2　规范性引用文件", "1"), para("本文件没有规范性引用文件。"),
    para("3　术语和定义", "1"), para("本文件没有需要界定的术语和定义。"),
    para("4　服务提供", "1"), para("4.1　总则", "2"), para("机构宜建立服务体系。"),
    para("服务记录", num=(1, 0)), para("服务评价", num=(1, 0)),
])


def parts(*, body: str = BODY, root: str = "document", numbering: str | None = None) -> dict[str, str | bytes]:
    """The parts of a small valid draft (name → content), ready to be mutated."""
    return {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "word/_rels/document.xml.rels": DOC_RELS,
        "word/document.xml": document_xml(body, root=root),
        "word/styles.xml": STYLES,
        "word/numbering.xml": numbering if numbering is not None else numbering_xml(),
    }


def write(path: Path, members: dict[str, str | bytes] | None = None, **kwargs) -> Path:  # noqa: ANN003
    """Write a package of ``members`` (default: :func:`parts` with ``kwargs``) to ``path``."""
    members = parts(**kwargs) if members is None else members
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return path


def good(path: Path) -> Path:
    """A small valid draft."""
    return write(path)


def huge_start(path: Path, fmt: str = "upperRoman", start: int = 1_000_000_000) -> Path:
    """Item 1: a list level starting near 10⁹ (hung ``_roman``; ``upperLetter`` ran out of memory)."""
    return write(path, numbering=numbering_xml(start=start, fmt=fmt))


def body_root(path: Path) -> Path:
    """Item 2: the main part's root is ``w:body``; the reader accepts it, python-docx does not."""
    return write(path, root="body")


def no_styles(path: Path) -> Path:
    """Item 11: a draft without ``word/styles.xml``."""
    members = parts()
    del members["word/styles.xml"]
    return write(path, members)


def bogus_comments(path: Path) -> Path:
    """A comments part whose root is not ``w:comments``: the reader ignores it, python-docx fails on it."""
    members = parts()
    members["word/_rels/document.xml.rels"] = DOC_RELS.replace("</Relationships>", (
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'comments" Target="comments.xml"/></Relationships>'))
    members["[Content_Types].xml"] = CONTENT_TYPES.replace("</Types>", (
        '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.comments+xml"/></Types>'))
    members["word/comments.xml"] = f'<?xml version="1.0"?><w:body xmlns:w="{W_NS}"/>'
    return write(path, members)


def unreadable(path: Path) -> Path:
    """Not a zip at all."""
    path.write_bytes(b"this is not a docx\n")
    return path


@dataclass
class Run:
    """What a bounded CLI run produced."""

    code: int
    stdout: str
    stderr: str
    seconds: float

    @property
    def err_lines(self) -> list[str]:
        """Non-empty stderr lines."""
        return [line for line in self.stderr.splitlines() if line.strip()]


def _limits(memory: int, cpu: int):  # noqa: ANN202 - a preexec_fn
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    return apply


def run_cli(*args: str | Path, timeout: float = 60, memory: int = MEMORY_LIMIT, cwd: Path | None = None,
            env: dict[str, str] | None = None, prelude: str = "") -> Run:
    """Run ``stdauthor ARGS`` in a subprocess under memory/CPU limits; fail on a timeout.

    ``prelude`` is Python run before the command line (to inject a fault into the tool).
    """
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "COLUMNS": "200",
                "PYTHONDONTWRITEBYTECODE": "1", **(env or {})}
    code = f"import sys\n{prelude}\nfrom authoring.cli.main import main\nsys.exit(main(sys.argv[1:]))\n"
    began = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        capture_output=True, text=True, timeout=timeout, cwd=cwd or ROOT, env=full_env,
        preexec_fn=_limits(memory, int(timeout) + 5),
    )
    return Run(proc.returncode, proc.stdout, proc.stderr, time.monotonic() - began)


#: Faults injected by the name of the draft: ``hang*`` sleeps, ``crash*`` raises, ``die*`` is
#: killed, ``hog*`` asks for more memory than the limit allows.
FAULTS = """
import os, signal, time
from pathlib import Path
import authoring.cli.check_cmd as _check_cmd
_real_check_file = _check_cmd.check_file
def _faulty(path, checklist, **options):
    name = Path(path).name
    if name.startswith("hang"):
        time.sleep(600)
    if name.startswith("crash"):
        raise RuntimeError("injected crash")
    if name.startswith("die"):
        os.kill(os.getpid(), signal.SIGKILL)
    if name.startswith("hog"):
        hog = bytearray(8 * 1024 ** 3)
    return _real_check_file(path, checklist, **options)
_check_cmd.check_file = _faulty
"""


def messages(run: Run) -> list[str]:
    """The ``stdauthor:`` lines of stderr; every other line must belong to the batch summary table."""
    lines = [line for line in run.err_lines if line.startswith("stdauthor:")]
    for line in run.err_lines:
        if not line.startswith("stdauthor:"):
            assert line.lstrip()[:1] in set("│┃┏┡└┗┌├╭╰━─┳┻╇") or "检查汇总" in line or "Check summary" in line, (
                f"unexpected stderr line: {line!r}\n{run.stderr}")
    return lines


def one_line(run: Run, *words: str) -> str:
    """Assert ``run`` wrote exactly one message line, no traceback, holding ``words``; return it.

    A single draft's run has nothing else on stderr; a batch adds its summary table.
    """
    assert "Traceback" not in run.stderr, run.stderr
    lines = messages(run)
    assert len(lines) == 1, run.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]
