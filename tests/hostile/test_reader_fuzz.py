"""A property of the reader: a mutated draft reads into a document or fails with one clear line.

Hypothesis mutates the parts of a small valid draft (attribute values, elements deleted,
duplicated, wrapped or renamed, parts removed, truncated, swapped or replaced by bytes) and the
reader must return a document or raise one :class:`InputError` line naming the file, never
another exception. The run is bounded (150 examples, derandomised so every run of the suite
tests the same cases); ``STDAUTHOR_FUZZ=N`` runs N random examples instead.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import hostile_docs as hd
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from lxml import etree

from authoring.docx.read import read_docx
from authoring.errors import InputError

XML_PARTS = ["word/document.xml", "word/styles.xml", "word/numbering.xml", "_rels/.rels",
             "word/_rels/document.xml.rels", "[Content_Types].xml"]
W = f"{{{hd.W_NS}}}"
TAGS = ["p", "r", "t", "pPr", "numPr", "ilvl", "numId", "pStyle", "body", "document", "tbl", "tr", "tc",
        "sdt", "sdtContent", "lvl", "abstractNum", "num", "style", "basedOn", "outlineLvl", "sz", "b",
        "ins", "del", "delText", "hyperlink", "fldSimple", "instrText", "fldChar", "tab", "br", "sectPr"]
ODD_VALUES = ["", "0", "-1", "9", "10", "2147483648", "99999999999999999999999", "9" * 5000, "²", "１", "1.5",
              " 1 ", "none", "bullet", "upperRoman", "upperLetter", "%1.%2.%3.%4.%5.%6.%7.%8.%9", "%1" * 300,
              "\u202e", "a" * 3000]
XML_TEXT = st.text(st.characters(exclude_categories=["Cs", "Cc"], exclude_characters="\ufffe\uffff"), max_size=12)
odd = st.sampled_from(ODD_VALUES)
values = st.one_of(odd, odd, odd, XML_TEXT, st.integers(-10**12, 10**12).map(str))
PROPS = ["outlineLvl", "sz", "ilvl", "numId", "pStyle", "rStyle", "ind", "start", "numFmt", "lvlText", "lvlRestart",
         "startOverride", "basedOn", "numStyleLink", "suff", "vanish", "b"]
HOLDERS = {"p", "r", "style", "lvl", "num", "abstractNum", "pPr", "rPr", "numPr", "lvlOverride"}
ATTRS = [f"{W}val", f"{W}ilvl", f"{W}numId", f"{W}abstractNumId", f"{W}styleId", f"{W}type", "Target", "Type"]


def _elements(root: etree._Element) -> list[etree._Element]:
    return [e for e in root.iter() if isinstance(e.tag, str)]


def _mutate_xml(data: str | bytes, draw: st.DrawFn) -> bytes:
    root = etree.fromstring(data.encode("utf-8") if isinstance(data, str) else data)
    for _ in range(draw(st.integers(1, 4))):
        elements = _elements(root)
        target = elements[draw(st.integers(0, len(elements) - 1))]
        kind = draw(st.sampled_from(["attr", "attr", "insert", "insert", "poison", "everywhere", "delete",
                                     "duplicate", "wrap", "rename", "text"]))
        parent = target.getparent()
        if kind == "poison":
            # One odd value in every w:val of the part: every number the reader parses meets it.
            value = draw(values)
            for element in elements:
                if element.get(f"{W}val") is not None:
                    element.set(f"{W}val", value)
        elif kind == "everywhere":
            # Every paragraph and run property the reader reads, with one odd value, on every p and r.
            value = draw(values)
            for element in elements:
                name = etree.QName(element).localname
                if name in ("p", "r", "style"):
                    box = element.find(W + ("rPr" if name == "r" else "pPr"))
                    if box is None:
                        box = etree.Element(W + ("rPr" if name == "r" else "pPr"))
                        element.insert(0, box)
                    for prop in PROPS:
                        etree.SubElement(box, W + prop).set(f"{W}val", value)
        elif kind == "attr":
            target.set(draw(st.sampled_from(ATTRS)), draw(values))
        elif kind == "insert":
            # A property with an odd value where the reader looks for one (or anywhere).
            near = [e for e in elements if etree.QName(e).localname in HOLDERS] or elements
            target = near[draw(st.integers(0, len(near) - 1))]
            holder = draw(st.sampled_from(["pPr", "rPr", "numPr", "here"]))
            prop = etree.Element(W + draw(st.sampled_from(PROPS)))
            prop.set(f"{W}val", draw(values))
            if holder == "here":
                target.insert(0, prop)
            else:
                box = target.find(W + holder)
                if box is None:
                    box = etree.Element(W + holder)
                    target.insert(0, box)  # where Word puts properties
                box.append(prop)
        elif kind == "delete" and parent is not None:
            parent.remove(target)
        elif kind == "duplicate" and parent is not None:
            for _ in range(draw(st.integers(1, 30))):
                parent.append(etree.fromstring(etree.tostring(target)))
        elif kind == "wrap" and parent is not None:
            tag = draw(st.sampled_from(["sdt", "sdtContent", "tc", "tbl", "ins", "hyperlink", "p", "r", "body"]))
            index = parent.index(target)
            node = target
            for _ in range(draw(st.integers(1, 60))):
                wrapper = etree.Element(W + tag)
                wrapper.append(node)
                node = wrapper
            parent.insert(index, node)
        elif kind == "rename":
            target.tag = W + draw(st.sampled_from(TAGS))
        elif kind == "text":
            target.text = draw(values)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


@st.composite
def mutated_drafts(draw: st.DrawFn) -> dict[str, str | bytes]:
    parts = hd.parts()
    for _ in range(draw(st.integers(1, 3))):
        name = draw(st.sampled_from(XML_PARTS[:3] * 3 + XML_PARTS))
        action = draw(st.sampled_from(["xml"] * 6 + ["remove", "truncate", "bytes", "swap", "flip"]))
        if name not in parts:
            continue
        data = parts[name]
        raw = data.encode("utf-8") if isinstance(data, str) else data
        if action == "xml":
            try:
                parts[name] = _mutate_xml(raw, draw)
            except etree.XMLSyntaxError:
                pass  # an earlier step broke this part already
        elif action == "remove":
            del parts[name]
        elif action == "truncate":
            parts[name] = raw[: draw(st.integers(0, max(len(raw) - 1, 0)))]
        elif action == "bytes":
            parts[name] = draw(st.binary(max_size=200))
        elif action == "swap":
            other = draw(st.sampled_from(XML_PARTS))
            if other in parts:
                parts[name], parts[other] = parts[other], parts[name]
        elif action == "flip" and raw:
            at = draw(st.integers(0, len(raw) - 1))
            parts[name] = raw[:at] + bytes([raw[at] ^ draw(st.integers(1, 255))]) + raw[at + 1:]
    return parts


EXAMPLES = int(os.environ.get("STDAUTHOR_FUZZ", "150"))


@settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize="STDAUTHOR_FUZZ" not in os.environ,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutated_drafts())
def test_reader_gives_a_result_or_one_clear_line(parts: dict[str, str | bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = hd.write(Path(folder) / "mutant.docx", parts)
        began = time.monotonic()
        try:
            read_docx(path)
            event("read")
        except InputError as exc:
            event("refused")
            message = exc.message()
            assert "\n" not in message and message.startswith(str(path)), message
        assert time.monotonic() - began < 10
