"""The committee's decisions inside a ``.docx``: one custom XML part, as Word add-ins keep theirs.

The part is ``customXml/itemN.xml`` with its ``itemPropsN.xml`` (a datastore id and the schema
URI), related from the main document part. Word and LibreOffice carry custom XML parts through a
re-save untouched, and neither shows them, so the decisions travel with the draft::

    <decisions xmlns="urn:stdauthor:decisions:1" checklist="excellence-guide">
      <clause id="c5-2" number="5.2"/>
      <item id="4.1" status="not-applicable"><reason>…</reason></item>
      <item id="5.2" status="addressed"><method id="5.2.a"/><link clause="c5-2"/></item>
    </decisions>

Reading goes through the same bounds as the reader (:mod:`._rsafe`): sizes from the zip
directory, no DTDs or entities, and a part that is not ours or is broken counts as absent.
"""

from __future__ import annotations

import re
import uuid
import zipfile
from pathlib import Path
from collections.abc import Iterator
from typing import Any

from lxml import etree

from authoring.decisions import STATUSES, Decisions, ItemDecision

__all__ = ["NAMESPACE", "decisions_xml", "parse_decisions", "add_decisions_part", "read_decisions"]

NAMESPACE = "urn:stdauthor:decisions:1"
_N = f"{{{NAMESPACE}}}"
_DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
# A decisions part larger than this is not ours (the guide has 23 items; a draft a few hundred clauses).
_MAX_PART = 4 * 1024 * 1024
_ITEM_PART = re.compile(r"^customXml/item\d+\.xml$")


def decisions_xml(decisions: Decisions) -> bytes:
    """The part's XML (UTF-8, with declaration)."""
    root = etree.Element(f"{_N}decisions", nsmap={None: NAMESPACE})
    root.set("checklist", decisions.checklist)
    for clause_id, number in decisions.clauses.items():
        etree.SubElement(root, f"{_N}clause", id=clause_id, number=number)
    for item_id, item in decisions.items.items():
        node = etree.SubElement(root, f"{_N}item", id=item_id, status=item.status)
        if item.reason:
            etree.SubElement(node, f"{_N}reason").text = _xml_safe(item.reason)
        for method in item.methods:
            etree.SubElement(node, f"{_N}method", id=method)
        for link in item.links:
            etree.SubElement(node, f"{_N}link", clause=link)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _xml_safe(text: str) -> str:
    return "".join(c for c in text if c in "\t\n\r" or ord(c) >= 0x20 and c not in "\ufffe\uffff")


def parse_decisions(root: etree._Element) -> Decisions | None:
    """The decisions a part holds, or None when the element is not a decisions part of ours."""
    if root.tag != f"{_N}decisions":
        return None
    items: dict[str, Any] = {}
    clauses: dict[str, str] = {}
    for node in root:
        if node.tag == f"{_N}clause" and node.get("id"):
            clauses[node.get("id")] = node.get("number", "")
        elif node.tag == f"{_N}item" and node.get("id"):
            reason = node.find(f"{_N}reason")
            items[node.get("id")] = {
                "status": node.get("status", "todo"),
                "reason": (reason.text or "") if reason is not None else "",
                "methods": [m.get("id") for m in node.findall(f"{_N}method") if m.get("id")],
                "links": [k.get("clause") for k in node.findall(f"{_N}link") if k.get("clause")],
            }
    if any(v["status"] not in STATUSES for v in items.values()):
        return None  # not a part this version wrote
    return Decisions(checklist=root.get("checklist", ""), items={k: ItemDecision(**v) for k, v in items.items()},
                     clauses=clauses)


def add_decisions_part(document: Any, decisions: Decisions) -> None:
    """Add the decisions to a python-docx ``Document`` as a custom XML part."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    package = document.part.package
    item_name = package.next_partname("/customXml/item%d.xml")
    props_name = PackURI(item_name.replace("/item", "/itemProps"))
    item = Part(item_name, "application/xml", decisions_xml(decisions), package)
    props_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
        f'<ds:datastoreItem ds:itemID="{{{str(uuid.uuid4()).upper()}}}" xmlns:ds="{_DS}">'
        f'<ds:schemaRefs><ds:schemaRef ds:uri="{NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>'
    ).encode("utf-8")
    props = Part(props_name, "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
                 props_xml, package)
    item.relate_to(props, RT.CUSTOM_XML_PROPS)
    document.part.relate_to(item, RT.CUSTOM_XML)


def stored_parts(path: str | Path) -> Iterator[bytes]:
    """The bytes of each small ``customXml/item*.xml`` part of the draft at ``path`` (at most ``_MAX_PART + 1`` of
    each: a longer one is longer than that), where stored decisions live; nothing when the file is no zip or has
    more members than the reader takes. Only the zip directory and those parts are read."""
    from authoring.docx.read._safe import LIMITS

    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > LIMITS.members:
                return
            for info in infos:
                if not _ITEM_PART.match(info.filename):
                    continue
                with archive.open(info) as handle:
                    data = handle.read(_MAX_PART + 1)
                yield data
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        return


def read_decisions(path: str | Path) -> Decisions | None:
    """The decisions stored in the draft at ``path``, or None (none stored, or not readable).

    The caller has opened (or will open) the draft with the reader, which reports a broken file.
    """
    from authoring.docx.read._safe import _parser

    for data in stored_parts(path):
        if len(data) > _MAX_PART or NAMESPACE.encode() not in data:
            continue
        if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data[:4096]:
            continue
        try:
            root = etree.fromstring(data, _parser())
        except etree.XMLSyntaxError:
            continue
        found = parse_decisions(root)
        if found is not None:
            return found
    return None
