"""Restore bench/real/texts/ from the provenance recorded in bench/real/sources-*.yaml.

The texts are third-party and are kept out of git. Every text whose sources entry names a
repository and a commit is taken, byte for byte, from a local snapshot of that repository
(``/work/.mirror/<owner>+<name>/repo``, as the search tool's ``fetch`` leaves it) with
``git show <commit>:<path>``; where the entry records the file's blob, the bytes are checked
against it. A text known only by a public-index id, or whose repository has no snapshot to be had
(round 63's whthomas/china-laws, which ``fetch`` refuses), cannot be restored by a script: it is
listed with its id and size, to be read back with the search tool's ``read_file``; so is one the corpus joined from a
library's page texts (round 205: ``conversion: page_texts``), with its pages' folder.

A text the corpus took from a web front end's source (round 208: ``conversion: shown_markup``: a Vue component's
template, or the markup a React/Taro component renders, its ``View`` elements as ``div``) is made again from the
snapshot's file by :func:`shown_markup` and checked against ``text_sha1``.

A page the corpus kept in UTF-8 though its snapshot's file is in another encoding (round 211: ``conversion: decoded``,
``encoding: gb18030``), or one element of a page (round 214: ``conversion: element``, ``start``), with or without its
server-side code (``server_code: stripped``), is made again by :func:`page_text` and checked against ``text_sha1``.

One text of a file that holds several (round 213: ``conversion: segment``, ``from_line`` and ``to_line``, 1-based and
inclusive) is those lines of the snapshot's file wrapped as a page, checked against ``text_sha1``; a plain file's lines
(round 234: ``conversion: lines``) are taken as they stand.

A text the corpus made itself from a PDF (round 193: ``conversion: pdf_to_text`` in its entry) is
made again from the PDF in the snapshot by ``pdf_to_text.py``, run with ``--ocr-python`` (a Python
that has RapidOCR; the project's own environment does not), and checked against the entry's
``text_sha1``.

Usage: ``.venv/bin/python bench/real/restore_texts.py [--mirror DIR] [--force] [--missing] [--ocr-python PY]``
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"


def sources() -> dict[str, dict]:
    """Every text's provenance entry, by file name."""
    yaml = YAML(typ="safe")
    out: dict[str, dict] = {}
    for path in sorted(HERE.glob("sources-*.yaml")):
        for name, entry in (yaml.load(path.read_text(encoding="utf-8")) or {}).items():
            if isinstance(entry, dict):
                out[name] = entry
    return out


def git_blob_id(data: bytes) -> str:
    """The id git gives a blob holding ``data``."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def from_snapshot(entry: dict, mirror: Path) -> bytes | None:
    """The text's bytes from the local snapshot of its repository, or None when there is none."""
    repo = entry.get("repo") or ""
    if "/" not in repo or not entry.get("commit") or not entry.get("path"):
        return None
    top = mirror / repo.replace("/", "+") / "repo"
    gitdir = next((d for d in (top / ".git", top) if (d / "HEAD").exists()), None)
    if gitdir is None:
        return None
    spec = f"{entry['commit']}:{entry['path']}"
    done = subprocess.run(["git", "--git-dir", str(gitdir), "show", spec], capture_output=True)
    if done.returncode != 0 and entry.get("blob"):
        done = subprocess.run(["git", "--git-dir", str(gitdir), "cat-file", "blob", entry["blob"]],
                              capture_output=True)
    return done.stdout if done.returncode == 0 else None


def shown_markup(data: bytes, path: str) -> bytes:
    """What a browser shows of a front end's component, as an HTML page: a Vue file's ``<template>``; a JSX file's
    markup after ``return(`` up to its last ``</View>``, ``View`` as ``div``, images dropped and each text run's lines
    trimmed and joined by one space (as JSX joins them)."""
    source = data.decode("utf-8").replace("\r\n", "\n")
    if path.endswith(".vue"):
        body = source[source.index("<template>") + len("<template>"):source.rindex("</template>")].strip()
    else:
        body = source[source.index("return(") + len("return("):]
        body = body[:body.rindex("</View>") + len("</View>")]
        parts = []
        for part in re.split(r"(<[^>]*>)", body):
            if part.startswith("<"):
                part = re.sub(r"<View\b[^>]*?/>", "<div></div>", part)
                part = re.sub(r"<View\b[^>]*>", "<div>", part).replace("</View>", "</div>")
                part = re.sub(r"<Image\b[^>]*/?>", "", part)
            else:
                part = " ".join(line.strip() for line in part.split("\n") if line.strip())
            parts.append(part)
        body = "".join(parts)
    return ("<html><body>\n" + body + "\n</body></html>\n").encode("utf-8")


#: A page's server-side code (JSP, ASP, PHP), which a browser never shows.
_SERVER_CODE = re.compile(r"<%.*?%>|<\?php\b.*?\?>", re.S)
_HAN = re.compile(r"[\u4e00-\u9fff]")


def page_text(data: bytes, entry: dict) -> bytes:
    """A page as the corpus keeps it (``conversion: decoded``, ``element`` or ``segment``): decoded from ``encoding``
    (UTF-8 when not given); for ``segment`` (one text of a file that holds several, round 213), the lines
    ``from_line``..``to_line`` wrapped as a page; for ``element``, the element that opens with ``start`` up to its
    matching ``</div>``, wrapped as a page; with ``server_code: stripped``, its server-side blocks that hold no Han
    character taken out."""
    if entry["conversion"] == "segment":
        return ("<html><body>\n" + _lines(data, entry) + "\n</body></html>\n").encode("utf-8")
    text = data.decode(entry.get("encoding", "utf-8"))
    if entry.get("server_code") == "stripped":
        text = _SERVER_CODE.sub(lambda m: "" if not _HAN.search(m.group(0)) else m.group(0), text)
    if entry["conversion"] == "element":
        begin, depth = text.index(entry["start"]), 0
        for tag in re.finditer(r"<(/?)div\b[^>]*>", text[begin:]):
            depth += -1 if tag.group(1) else 1
            if depth == 0:
                text = "<html><body>\n" + text[begin:begin + tag.end()] + "\n</body></html>\n"
                break
    return text.encode("utf-8")


def without_front_matter(data: bytes, entry: dict) -> bytes:
    """A page component as the corpus keeps it (``conversion: front_matter_dropped``, round 216's Astro page): the lines
    after its front matter, the code between its first two ``---`` lines."""
    lines = data.decode("utf-8").split("\n")
    fences = [i for i, line in enumerate(lines) if line.strip() == "---"][:2]
    return "\n".join(lines[fences[1] + 1:]).encode("utf-8")


#: A line that holds only a Blade directive (@extends('layouts.app'), @section('content'), @endsection).
_BLADE_LINE = re.compile(r"[ \t]*@[A-Za-z]+(?:\(.*\))?[ \t]*")


def without_blade_directives(data: bytes, entry: dict) -> bytes:
    """A Laravel Blade view as the corpus keeps it (``conversion: blade_directives_dropped``, round 217's swim school
    policies): the view without its lines that hold only a directive; ``{{ … }}`` expressions stay as written."""
    lines = data.decode("utf-8").split("\n")
    return "\n".join(line for line in lines if not _BLADE_LINE.fullmatch(line)).encode("utf-8")


def lines_of(data: bytes, entry: dict) -> bytes:
    """Lines of a plain file as the corpus keeps them (``conversion: lines``, round 234: a Markdown page's terms after
    its front matter, a contract held as plain text in a template literal): ``from_line``..``to_line``, 1-based and
    inclusive, as they stand."""
    return (_lines(data, entry) + "\n").encode("utf-8")


def _lines(data: bytes, entry: dict) -> str:
    """Lines ``from_line``..``to_line`` (1-based, inclusive) of ``data`` decoded from ``encoding`` (UTF-8 when not
    given), joined as they stand."""
    return "\n".join(data.decode(entry.get("encoding", "utf-8")).split("\n")[entry["from_line"] - 1:entry["to_line"]])


#: The conversions made from a snapshot's checked bytes, each then checked against the entry's ``text_sha1``.
_AFTER_BLOB = {"decoded": page_text, "element": page_text, "segment": page_text, "lines": lines_of,
               "front_matter_dropped": without_front_matter, "blade_directives_dropped": without_blade_directives,
               "shown_markup": lambda data, entry: shown_markup(data, entry["path"])}


def converted(entry: dict, pdf: bytes, python: str) -> bytes | None:
    """The text ``pdf_to_text.py`` makes of ``pdf`` with ``python``, or None when it fails."""
    with tempfile.TemporaryDirectory() as tmp:
        source, target = Path(tmp) / "in.pdf", Path(tmp) / "out.txt"
        source.write_bytes(pdf)
        done = subprocess.run([python, str(HERE / "pdf_to_text.py"), str(source), str(target)], capture_output=True)
        return target.read_bytes() if done.returncode == 0 and target.exists() else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--force", action="store_true", help="write texts that are already there")
    parser.add_argument("--missing", action="store_true", help="only list what is not restored")
    parser.add_argument("--ocr-python", help="a Python with rapidocr_onnxruntime, for texts made from a PDF")
    args = parser.parse_args(argv)
    TEXTS.mkdir(exist_ok=True)
    restored = present = 0
    wanted: dict[str, list[str]] = {}
    by_index: list[str] = []
    need_ocr: list[str] = []
    for name, entry in sources().items():
        target = TEXTS / name
        if target.exists() and not args.force:
            present += 1
            continue
        data = None if args.missing or entry.get("conversion") == "page_texts" else from_snapshot(entry, args.mirror)
        if data is None:
            if entry.get("conversion") == "page_texts":  # (round 205: a library's page texts, joined by form feeds)
                by_index.append(f"{name}: {entry.get('pages')} page texts at {entry['repo']}@{entry['commit'][:8]} "
                                f"{entry['path']}, joined by form feeds (text_sha1 {entry['text_sha1'][:8]})")
            elif entry.get("index_id"):
                by_index.append(f"{name}: index id {entry['index_id']}, {entry.get('chars')} chars")
            else:
                wanted.setdefault(entry.get("repo") or "?", []).append(name)
            continue
        if entry.get("conversion") == "pdf_to_text":
            data = converted(entry, data, args.ocr_python) if args.ocr_python else None
            if data is None:
                need_ocr.append(name)
                continue
            if hashlib.sha1(data).hexdigest() != entry.get("text_sha1"):
                print(f"{name}: pdf_to_text.py made other text than the corpus's (sha1 differs); not written",
                      file=sys.stderr)
                continue
        blob = entry.get("blob")
        if blob and git_blob_id(data) != blob:
            print(f"{name}: the bytes at {entry['commit'][:8]} are not blob {blob[:8]}; not written",
                  file=sys.stderr)
            continue
        convert = _AFTER_BLOB.get(entry.get("conversion", ""))
        if convert is not None:
            data = convert(data, entry)
            if hashlib.sha1(data).hexdigest() != entry.get("text_sha1"):
                print(f"{name}: {entry['conversion']} made other text than the corpus's (sha1 differs); not written",
                      file=sys.stderr)
                continue
        target.write_bytes(data)
        restored += 1
    print(f"{restored} restored, {present} already there")
    for repo, names in sorted(wanted.items()):
        print(f"needs a snapshot of {repo}: {len(names)} text(s), e.g. {names[0]}")
    if need_ocr:
        print(f"{len(need_ocr)} text(s) made from a PDF need --ocr-python (see pdf_to_text.py), e.g. {need_ocr[0]}")
    if by_index:
        print(f"{len(by_index)} text(s) to be read back with read_file:")
        for line in by_index:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
