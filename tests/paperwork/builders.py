"""Reviewed copies for the paperwork tests: the example draft with comments and tracked changes.

Comments are added with python-docx's own ``Document.add_comment`` (python-docx ≥ 1.2), with the
XML Word writes (a reply in ``commentsExtended.xml``), or by LibreOffice (a python-docx copy
converted with ``soffice --convert-to docx``). Tracked changes are written as Word writes them:
``w:del`` holding ``w:delText`` runs, ``w:ins`` holding ``w:t`` runs, with author and date.
"""

from __future__ import annotations

import copy
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml import etree

from authoring.checklist import load_packs
from authoring.docx.write import write_docx
from authoring.project import compose, load_project
from tests.project.conftest import V1_EXAMPLE

DATE = "2026-03-02T10:00:00Z"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def build_draft(path: Path, project: Path | None = None) -> Path:
    """The bundled example as it was in version 1 (or ``project``) written as a Word draft at ``path``."""
    loaded = load_project(project or V1_EXAMPLE)
    pack = load_packs().get(loaded.project.checklist)
    write_docx(compose(loaded.project, pack), path, force=True)
    return path


def paragraph_with(document, fragment: str) -> Paragraph:
    """The first body paragraph (table cells included) whose text holds ``fragment``."""
    for p in document.element.body.iter(qn("w:p")):
        para = Paragraph(p, document._body)
        if fragment in para.text:
            return para
    raise AssertionError(f"no paragraph holds {fragment!r}")


def comment(document, fragment: str, text: str, author: str, initials: str = "") -> None:
    """A python-docx comment on the paragraph holding ``fragment`` (all its runs)."""
    para = paragraph_with(document, fragment)
    runs = para.runs
    if not runs:
        runs = [para.add_run("")]
    document.add_comment(runs, text=text, author=author, initials=initials or author[:1])


def _run(text: str, rpr, *, deleted: bool = False):
    r = OxmlElement("w:r")
    if rpr is not None:
        r.append(copy.deepcopy(rpr))
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    return r


_ids = iter(range(9000, 99999))


def _mark(kind: str, author: str):
    el = OxmlElement(f"w:{kind}")
    el.set(qn("w:id"), str(next(_ids)))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), DATE)
    return el


def track(document, fragment: str, old: str, new: str, author: str) -> None:
    """A tracked change in the paragraph holding ``fragment``: ``old`` → ``new``.

    ``old`` empty: insert ``new`` after ``fragment``; ``new`` empty: delete ``old``.
    """
    para = paragraph_with(document, fragment)
    p = para._p
    runs = p.findall(qn("w:r"))
    rpr = runs[0].find(qn("w:rPr")) if runs else None
    text = para.text
    if old:
        at = text.index(old)
        before, after = text[:at], text[at + len(old):]
    else:
        at = text.index(fragment) + len(fragment)
        before, after = text[:at], text[at:]
    for r in runs:
        p.remove(r)
    pieces = []
    if before:
        pieces.append(_run(before, rpr))
    if old:
        d = _mark("del", author)
        d.append(_run(old, rpr, deleted=True))
        pieces.append(d)
    if new:
        i = _mark("ins", author)
        i.append(_run(new, rpr))
        pieces.append(i)
    if after:
        pieces.append(_run(after, rpr))
    for piece in pieces:
        p.append(piece)


def insert_paragraph(document, after_fragment: str, text: str, author: str) -> None:
    """A whole paragraph inserted, tracked, after the one holding ``after_fragment``."""
    anchor = paragraph_with(document, after_fragment)._p
    new = copy.deepcopy(anchor)
    for child in list(new):
        if child.tag != qn("w:pPr"):
            new.remove(child)
    ppr = new.find(qn("w:pPr"))
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        new.insert(0, ppr)
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        ppr.append(rpr)
    rpr.append(_mark("ins", author))
    ins = _mark("ins", author)
    ins.append(_run(text, None))
    new.append(ins)
    anchor.addnext(new)


def delete_paragraph(document, fragment: str, author: str) -> None:
    """The whole paragraph holding ``fragment`` deleted, tracked (its mark too)."""
    p = paragraph_with(document, fragment)._p
    text = "".join(t.text or "" for t in p.iter(qn("w:t")))
    for r in p.findall(qn("w:r")):
        p.remove(r)
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        p.insert(0, ppr)
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        ppr.append(rpr)
    rpr.append(_mark("del", author))
    deleted = _mark("del", author)
    deleted.append(_run(text, None, deleted=True))
    p.append(deleted)


def word_reply(path: Path, parent_author: str, reply_author: str, reply_text: str) -> None:
    """Add, as Word does, a reply to the first comment by ``parent_author`` (commentsExtended.xml)."""
    w14 = "http://schemas.microsoft.com/office/word/2010/wordml"
    w15 = "http://schemas.microsoft.com/office/word/2012/wordml"
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    comments = parse_xml(parts["word/comments.xml"])
    nodes = comments.findall(qn("w:comment"))
    parent = next(n for n in nodes if n.get(qn("w:author")) == parent_author)
    parent_p = parent.findall(qn("w:p"))[-1]
    parent_p.set(f"{{{w14}}}paraId", "1A2B3C4D")
    new_id = str(max(int(n.get(qn("w:id"))) for n in nodes) + 1)
    reply = parse_xml(
        f'<w:comment xmlns:w="{W_NS}" xmlns:w14="{w14}" w:id="{new_id}" '
        f'w:author="{reply_author}" w:date="{DATE}" w:initials="R">'
        f'<w:p w14:paraId="5E6F7A8B"><w:r><w:annotationRef/></w:r><w:r><w:t>{reply_text}</w:t></w:r></w:p>'
        f'</w:comment>'
    )
    comments.append(reply)
    parts["word/comments.xml"] = etree.tostring(comments, xml_declaration=True, encoding="UTF-8", standalone=True)
    extended = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w15:commentsEx xmlns:w15="{w15}">'
        f'<w15:commentEx w15:paraId="1A2B3C4D" w15:done="0"/>'
        f'<w15:commentEx w15:paraId="5E6F7A8B" w15:paraIdParent="1A2B3C4D" w15:done="0"/>'
        f'</w15:commentsEx>'
    ).encode("utf-8")
    parts["word/commentsExtended.xml"] = extended
    rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
    rels = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdCx1" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" '
        'Target="commentsExtended.xml"/></Relationships>')
    parts["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8").replace(
        "</Types>",
        '<Override PartName="/word/commentsExtended.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/></Types>')
    parts["[Content_Types].xml"] = types.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def libreoffice_copy(source: Path, outdir: Path, soffice: str, profile: Path) -> Path:
    """``source`` opened and saved again by LibreOffice (``--convert-to docx``)."""
    outdir.mkdir(parents=True, exist_ok=True)
    staging = outdir / "in"
    staging.mkdir(exist_ok=True)
    staged = staging / source.name
    shutil.copyfile(source, staged)
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "docx",
         "--outdir", str(outdir), str(staged)],
        check=True, capture_output=True, timeout=180,
    )
    out = outdir / source.name
    assert out.exists(), "LibreOffice wrote no .docx"
    return out


def open_docx(path: Path):
    return docx.Document(str(path))


def bundled_example() -> Path:
    """The example these tests were written against: the bundled one as it was in version 1."""
    return V1_EXAMPLE


def draft_with_decisions(tmp_path: Path, change: object) -> Path:
    """A built draft holding decisions, its decisions part rewritten by ``change`` (bytes → bytes)."""
    import zipfile

    from authoring.decisions import Decisions, ItemDecision
    from authoring.document import Clause, Metadata, Paragraph, StandardDocument
    from authoring.docx._decisions import NAMESPACE
    from authoring.docx.write import write_docx

    doc = StandardDocument(metadata=Metadata(title_zh="养老机构服务规范"), clauses=[
        Clause(number="1", title="范围", blocks=[Paragraph(text="本文件规定了养老机构服务的要求。")])])
    decisions = Decisions(checklist="excellence-guide",
                          items={"4.1": ItemDecision(status="not-applicable", reason="行业现状在编制说明中说明。")})
    built = tmp_path / "built.docx"
    write_docx(doc, built, decisions=decisions)
    out = tmp_path / "draft.docx"
    with zipfile.ZipFile(built) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if NAMESPACE.encode() in data:
                data = change(data)  # type: ignore[operator]
            dst.writestr(info, data)
    return out
