"""Edits of a version 2 outline in the project file's round-trip data: add, delete, move, indent, retitle, rewrite.

The functions work on the ``body`` mapping as ruamel read it, so a clause that moves keeps the
comments written inside it and everything else in the file stays as it was. Clauses are found
by their ``id``; ids never change, and after a change of shape :func:`renumber` gives every
clause the number of its place (``4.2.1``, ``A.3``), so links survive and numbers stay true.
A paragraph is a plain string in ``blocks``; every other block (list, note, table …) is kept
as it is, in its place.

Example:
    >>> from ruamel.yaml.comments import CommentedMap
    >>> body = CommentedMap(clauses=[CommentedMap(id="c1", number="1", title="范围")])
    >>> new = add_clause(body, "c1", "sibling", title="基本要求")
    >>> [(c["id"], c["number"]) for c in body["clauses"]]
    [('c1', '1'), ('c2', '2')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import Any, Literal

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from authoring.document import NORMREF_TITLES
from authoring.project.outline import new_id

__all__ = [
    "Where", "find", "node_ids", "subtree_ids", "add_clause", "delete_clause", "move_clause", "indent_clause",
    "outdent_clause", "set_title", "paragraphs", "set_paragraphs", "append_paragraphs", "renumber",
    "FRONT_CHAPTERS", "front_chapter", "front_values", "set_front_values", "add_annex", "set_normative",
    "clause_lines", "set_clause_lines", "INTRODUCTION_ID",
]

Where = Literal["sibling", "child"]
_GBT = re.compile(r"^[0-9A-Z]+(?:\.[0-9]+)*$")


class OutlineError(LookupError):
    """An edit that the outline cannot take (no such clause, nowhere to move)."""


def _children(node: Any) -> CommentedSeq:
    if not isinstance(node.get("children"), list):
        node["children"] = CommentedSeq()
    return node["children"]


def _walk(seq: Any, parent: Any) -> Iterator[tuple[CommentedSeq, int, Any]]:
    for k, clause in enumerate(seq or []):
        if isinstance(clause, dict):
            yield seq, k, parent
            yield from _walk(clause.get("children"), clause)


def _all(body: Any) -> Iterator[tuple[CommentedSeq, int, Any]]:
    """``(list, index, parent)`` of every clause and annex: the parent is the body for a chapter or annex."""
    yield from _walk(body.get("clauses"), body)
    for k, annex in enumerate(body.get("annexes") or []):
        if isinstance(annex, dict):
            yield body["annexes"], k, body
            yield from _walk(annex.get("children"), annex)


def find(body: Any, node_id: str) -> tuple[CommentedSeq, int, Any]:
    """Where the clause ``node_id`` is: its list, its index in it, and its parent mapping."""
    for seq, k, parent in _all(body):
        if seq[k].get("id") == node_id:
            return seq, k, parent
    raise OutlineError(node_id)


def node_ids(body: Any) -> set[str]:
    """Every clause and annex id of ``body``."""
    return {str(seq[k].get("id")) for seq, k, _ in _all(body) if seq[k].get("id")}


def subtree_ids(body: Any, node_id: str) -> list[str]:
    """``node_id`` and the ids of every clause under it."""
    seq, k, _ = find(body, node_id)
    return [str(s[j]["id"]) for s, j, _ in [(seq, k, None), *_walk(seq[k].get("children"), seq[k])]
            if s[j].get("id")]


def _is_annex(body: Any, seq: Any) -> bool:
    return seq is body.get("annexes")


def add_clause(body: Any, anchor: str | None, where: Where = "sibling", *, title: str = "") -> str:
    """Add an empty clause after ``anchor`` (``sibling``) or as its last subclause (``child``); its new id.

    Without an anchor the clause becomes the last chapter. After an annex, ``sibling`` adds a
    clause to the annex (annexes are not added here).
    """
    taken = node_ids(body)
    node = CommentedMap()
    node["id"] = ""
    node["number"] = ""
    if title:
        node["title"] = title
    if anchor is None or anchor == INTRODUCTION_ID:  # after the 引言: the first chapter
        if not isinstance(body.get("clauses"), list):
            body["clauses"] = CommentedSeq()
        seq, at = body["clauses"], 0 if anchor == INTRODUCTION_ID else len(body["clauses"])
    else:
        seq, k, _ = find(body, anchor)
        if where == "child" or _is_annex(body, seq):
            seq, at = _children(seq[k]), len(_children(seq[k]))
        else:
            at = k + 1
    seq.insert(at, node)
    renumber(body)
    node["id"] = new_id(str(node["number"]), taken)
    return str(node["id"])


def delete_clause(body: Any, node_id: str) -> list[str]:
    """Remove the clause ``node_id`` with its subclauses; the ids that went."""
    seq, k, _ = find(body, node_id)
    gone = subtree_ids(body, node_id)
    del seq[k]
    if _is_annex(body, seq) and not seq:
        del body["annexes"]
    _drop_empty_children(body)
    renumber(body)
    return gone


def add_annex(body: Any, anchor: str | None = None, *, title: str = "", normative: bool = False) -> str:
    """Add an annex after the annex ``anchor`` (or as the last one); its new id. Letters follow places."""
    taken = node_ids(body)
    annexes = body.get("annexes")
    if not isinstance(annexes, list):
        annexes = CommentedSeq()
        body["annexes"] = annexes
    at = len(annexes)
    if anchor is not None:
        seq, k, _ = find(body, anchor)
        if seq is annexes:
            at = k + 1
    node = CommentedMap()
    node["id"] = ""
    node["letter"] = ""
    node["title"] = title
    node["normative"] = normative
    annexes.insert(at, node)
    renumber(body)
    node["id"] = new_id(str(node["letter"]), taken, annex=True)
    return str(node["id"])


def set_normative(body: Any, node_id: str, normative: bool) -> None:
    """Make the annex ``node_id`` normative (规范性) or informative (资料性)."""
    seq, k, _ = find(body, node_id)
    if not _is_annex(body, seq):
        raise OutlineError(node_id)
    seq[k]["normative"] = normative


def move_clause(body: Any, node_id: str, step: int) -> bool:
    """Move the clause up (``-1``) or down (``+1``) among its siblings; False at the end of the list."""
    seq, k, _ = find(body, node_id)
    j = k + step
    if not 0 <= j < len(seq):
        return False
    node = seq.pop(k)
    seq.insert(j, node)
    renumber(body)
    return True


def indent_clause(body: Any, node_id: str) -> bool:
    """Make the clause the last subclause of the clause before it; False when there is none."""
    seq, k, _ = find(body, node_id)
    if _is_annex(body, seq) or k == 0:
        return False
    node = seq.pop(k)
    _children(seq[k - 1]).append(node)
    renumber(body)
    return True


def outdent_clause(body: Any, node_id: str) -> bool:
    """Make the clause the sibling right after its parent clause; False for a chapter or an annex's clause."""
    seq, k, parent = find(body, node_id)
    if parent is body or _is_annex(body, seq):
        return False
    grand_seq, g, _ = find(body, str(parent.get("id")))
    if _is_annex(body, grand_seq):
        return False  # a clause of an annex stays in it
    node = seq.pop(k)
    grand_seq.insert(g + 1, node)
    _drop_empty_children(body)
    renumber(body)
    return True


def set_title(body: Any, node_id: str, title: str) -> None:
    """Retitle the clause (an empty title makes it an untitled clause)."""
    seq, k, _ = find(body, node_id)
    node = seq[k]
    title = " ".join(title.split())
    if title:
        if "title" in node:
            node["title"] = title
        else:
            keys = list(node.keys())
            node.insert(keys.index("number") + 1 if "number" in keys else len(keys), "title", title)
    elif "title" in node:
        del node["title"]


def _is_paragraph(block: Any) -> bool:
    return isinstance(block, str) or (isinstance(block, dict) and block.get("type") == "paragraph")


def _paragraph_text(block: Any) -> str:
    return block if isinstance(block, str) else str(block.get("text", ""))


def paragraphs(body: Any, node_id: str) -> list[str]:
    """The clause's paragraphs, in order."""
    seq, k, _ = find(body, node_id)
    return [_paragraph_text(b) for b in seq[k].get("blocks") or [] if _is_paragraph(b)]


def set_paragraphs(body: Any, node_id: str, texts: list[str]) -> None:
    """Make the clause's paragraphs ``texts``: the k-th paragraph takes the k-th text, other blocks
    stay where they are, texts left over follow the last paragraph (or open the clause), and
    paragraphs left over go."""
    seq, k, _ = find(body, node_id)
    node = seq[k]
    texts = [t.strip() for t in texts if t.strip()]
    blocks = node.get("blocks")
    if not isinstance(blocks, list):
        blocks = CommentedSeq()
    places = [j for j, b in enumerate(blocks) if _is_paragraph(b)]
    for j, text in zip(places, texts):
        if _paragraph_text(blocks[j]) != text:
            blocks[j] = text
    for j in reversed(places[len(texts):]):
        del blocks[j]
    extra = texts[len(places):]
    at = places[-1] + 1 if places else 0
    for n, text in enumerate(extra):
        blocks.insert(at + n, text)
    _put_blocks(node, blocks)


def append_paragraphs(body: Any, node_id: str, texts: list[str]) -> None:
    """Add ``texts`` as paragraphs at the end of the clause's own text (before its subclauses)."""
    seq, k, _ = find(body, node_id)
    node = seq[k]
    blocks = node.get("blocks") if isinstance(node.get("blocks"), list) else CommentedSeq()
    blocks.extend(t.strip() for t in texts if t.strip())
    _put_blocks(node, blocks)


def _put_blocks(node: Any, blocks: Any) -> None:
    if not blocks:
        if "blocks" in node:
            del node["blocks"]
        return
    if "blocks" in node:
        node["blocks"] = blocks
        return
    keys = list(node.keys())
    at = keys.index("children") if "children" in keys else len(keys)
    node.insert(at, "blocks", blocks)


def _drop_empty_children(body: Any) -> None:
    for seq, k, _ in list(_all(body)):
        node = seq[k]
        if isinstance(node.get("children"), list) and not node["children"]:
            del node["children"]


def renumber(body: Any) -> None:
    """Give every clause the number of its place, when the outline is numbered GB/T-style.

    An outline numbered otherwise (第十二条, 一、) keeps its numbers; a new clause in it is numbered
    by its place when the draft is composed.
    """
    def number(seq: Any, prefix: str) -> None:
        for k, clause in enumerate(seq or [], start=1):
            if isinstance(clause, dict):
                clause["number"] = f"{prefix}.{k}" if prefix else str(k)
                number(clause.get("children"), clause["number"])

    for k, annex in enumerate(body.get("annexes") or []):  # letters follow places, and their clauses
        if isinstance(annex, dict):
            letter = chr(ord("A") + k) if k < 26 else "Z"
            if annex.get("letter") != letter:
                annex["letter"] = letter
            number(annex.get("children"), letter)
    if not all(_GBT.match(str(seq[k].get("number") or "0").replace(" ", ""))
               for seq, k, _ in _walk(body.get("clauses"), body)):
        return
    number(body.get("clauses"), "")
    for annex in body.get("annexes") or []:
        if isinstance(annex, dict):
            number(annex.get("children"), str(annex.get("letter") or "").strip() or "A")


# -- chapters 1–3 of a version 2 outline (the studio's F3 tabs) ---------------------------------

#: The front chapters an author edits as lists: key of the version 1 file → words of its title.
FRONT_CHAPTERS = {"scope": ("范围", "scope"), "normative_references": (*NORMREF_TITLES, "normative reference"),
                  "terms": ("术语", "terms")}


def front_chapter(body: Any, key: str) -> Any | None:
    """The top-level clause that holds ``key`` (``scope``, ``normative_references``, ``terms``), or None."""
    words = FRONT_CHAPTERS[key]
    for clause in body.get("clauses") or []:
        title = str(clause.get("title") or "").replace(" ", "").lower()
        if isinstance(clause, dict) and any(w.replace(" ", "") in title for w in words):
            return clause
    return None


def _typed(block: Any, kind: str) -> bool:
    return isinstance(block, dict) and block.get("type") == kind


def front_values(body: Any, key: str) -> list[Any]:
    """What chapter 1, 2 or 3 holds, in the version 1 form: scope lines, references, terms."""
    node = front_chapter(body, key) if body is not None else None
    blocks = (node.get("blocks") or []) if node is not None else []
    if key == "scope":
        return [_paragraph_text(b) for b in blocks if _is_paragraph(b)]
    if key == "normative_references":
        return [{"designation": b.get("designation", ""), "title": b.get("title", "")}
                for b in blocks if _typed(b, "reference")]
    return [{"zh": b.get("term_zh", ""), "en": b.get("term_en", ""), "definition": b.get("definition", ""),
             "notes": list(b.get("notes") or []), "source": b.get("source", "")}
            for b in blocks if _typed(b, "term")]


def set_front_values(body: Any, key: str, values: list[Any]) -> str:
    """Write ``values`` (the version 1 form) into chapter 1, 2 or 3; returns the chapter's id.

    Scope lines replace the chapter's paragraphs; references and terms replace its reference or
    term blocks where the first of them stood (after the lead-in paragraph), and other blocks stay.
    A missing chapter is added in its place (范围 first, then 2, then 3).
    """
    node = front_chapter(body, key)
    if node is None:
        order = list(FRONT_CHAPTERS)
        before = [front_chapter(body, k) for k in order[:order.index(key)]]
        anchor = next((c["id"] for c in reversed(before) if c is not None), None)
        title = {"scope": "范围", "normative_references": "规范性引用文件", "terms": "术语和定义"}[key]
        if anchor is None:
            clauses = body.setdefault("clauses", CommentedSeq())
            taken = node_ids(body)
            node = CommentedMap(id=new_id("1", taken), number="1", title=title)
            clauses.insert(0, node)
        else:
            new = add_clause(body, anchor, "sibling", title=title)
            seq, k, _ = find(body, new)
            node = seq[k]
        renumber(body)
    if key == "scope":
        set_paragraphs(body, node["id"], [str(v) for v in values])
        return str(node["id"])
    kind = "reference" if key == "normative_references" else "term"
    blocks = node.get("blocks") if isinstance(node.get("blocks"), list) else CommentedSeq()
    places = [j for j, b in enumerate(blocks) if _typed(b, kind)]
    at = places[0] if places else len(blocks)
    for j in reversed(places):
        del blocks[j]
    prefix = str(node.get("number") or "3")
    for n, value in enumerate(values):
        data = value if isinstance(value, dict) else value.model_dump()
        if kind == "reference":
            block = CommentedMap(type="reference", designation=data["designation"])
            if data.get("title"):
                block["title"] = data["title"]
        else:
            block = CommentedMap(type="term", number=f"{prefix}.{n + 1}", term_zh=data["zh"])
            for src, dst in (("en", "term_en"), ("definition", "definition"), ("notes", "notes"), ("source", "source")):
                if data.get(src):
                    block[dst] = list(data[src]) if src == "notes" else data[src]
        blocks.insert(at + n, block)
    _lead_in(blocks, kind, bool(values))
    _put_blocks(node, blocks)
    return str(node["id"])


def _lead_in(blocks: Any, kind: str, listed: bool) -> None:
    """Make chapter 2's or 3's set sentence say what the chapter now holds (QA pass 5: the first
    reference or term added in the metadata screen left 本文件没有规范性引用文件。 above it, an error of
    the studio's own making, and the lead-in had to be typed by hand): with entries, the sentence that
    says there are none becomes the lead-in (of the same edition), and a chapter with no sentence
    before its entries gets one; without entries, the lead-in becomes the sentence that says so."""
    from authoring.docx.write import boilerplate

    none_key, lead_key = ("normative_none", "normative_lead_in") if kind == "reference" else ("terms_none", "terms_own")
    swap = {boilerplate(none_key, legacy=old): boilerplate(lead_key, legacy=old) for old in (False, True)}
    if not listed:
        swap = {lead: none for none, lead in swap.items()}
    texts = [_paragraph_text(b) if _is_paragraph(b) else None for b in blocks]
    for j, text in enumerate(texts):
        if text is not None and text.strip() in swap:
            blocks[j] = swap[text.strip()]
            return
    first = next((j for j, b in enumerate(blocks) if _typed(b, kind)), None)
    if listed and first is not None and not any(t is not None for t in texts[:first]):
        blocks.insert(first, boilerplate(lead_key, legacy=False))


# -- a clause's text as lines (the studio's editor) ------------------------------------------

_LIST_LINE = re.compile(r"^(?P<indent>[ \u3000]*)(?P<marker>——|—|[a-z][)）]|\d{1,2}[)）]|[·•])\s*(?P<text>.*)$")
_NOTE_LINE = re.compile(r"^注(?P<n>\d*)[：:]\s*(?P<text>.+)$")
_EXAMPLE_LINE = re.compile(r"^示例(?P<n>\d*)[：:]\s*(?P<text>.+)$")
_KEPT_LINE = re.compile(r"^〔.*〕$")


def _marker(style: str, k: int) -> str:
    return {"dash": "——", "letter": f"{chr(ord('a') + k % 26)}) ", "number": f"{k + 1}) ", "bullet": "· "}.get(style, "——")


def _start_of(marker: str, style: str) -> int:
    """The place a typed marker prints (``c)`` 3, ``4)`` 4); 1 for a dash or a bullet."""
    if style == "letter":
        return ord(marker[0].lower()) - ord("a") + 1
    if style == "number":
        return int(re.match(r"\d+", marker).group(0))
    return 1


def _style_of(marker: str) -> str:
    if marker.startswith("—"):
        return "dash"
    if marker[0].isdigit():
        return "number"
    if marker[0].isalpha():
        return "letter"
    return "bullet"


def _kept_name(block: Any) -> str:
    kind = block.get("type")
    if kind == "table":
        return f"〔表{block.get('number', '')} {block.get('title', '')}〕".replace(" 〕", "〕")
    if kind == "figure":
        return f"〔图{block.get('number', '')} {block.get('title', '')}〕".replace(" 〕", "〕")
    if kind == "term":
        return f"〔术语 {block.get('number', '')} {block.get('term_zh', '')}〕"
    if kind == "reference":
        return f"〔{block.get('designation', '')} {block.get('title', '')}〕".replace(" 〕", "〕")
    return f"〔{kind}〕"


def _list_lines(data: Any, depth: int) -> list[str]:
    style = data.get("style", "dash") if isinstance(data, dict) else "dash"
    start = data.get("start", 1) if isinstance(data, dict) and isinstance(data.get("start"), int) else 1
    out = []
    for k, item in enumerate(data.get("items") or [], start=max(start, 1) - 1):
        text = item if isinstance(item, str) else str(item.get("text", ""))
        out.append("  " * depth + _marker(style, k) + text)
        if isinstance(item, dict) and isinstance(item.get("children"), dict):
            out.extend(_list_lines(item["children"], depth + 1))
    return out


#: The id the studio gives the 引言 (it has no clause id of its own in the file).
INTRODUCTION_ID = "introduction"


def _text_node(body: Any, node_id: str, *, create: bool = False) -> Any:
    """The mapping whose ``blocks`` hold the text of ``node_id``: a clause, an annex or the 引言."""
    if node_id == INTRODUCTION_ID:
        node = body.get("introduction")
        if not isinstance(node, dict):
            if not create:
                return CommentedMap()
            node = CommentedMap()
            keys = list(body.keys())
            body.insert(keys.index("clauses") if "clauses" in keys else len(keys), "introduction", node)
        return node
    seq, k, _ = find(body, node_id)
    return seq[k]


def clause_lines(body: Any, node_id: str) -> list[str]:
    """The clause's text as the studio edits it, a line per block or list item: a paragraph as
    itself, a list item after its marker (——, a), 1)), a sub-item indented two spaces, a note as
    注：…, an example as 示例：…, and any other block (a table, a figure) as 〔表1 标题〕, which stands
    for it and keeps it where the line is."""
    out: list[str] = []
    for block in _text_node(body, node_id).get("blocks") or []:
        if _is_paragraph(block):
            out.append(_paragraph_text(block))
        elif _typed(block, "list"):
            out.extend(_list_lines(block, 0))
        elif _typed(block, "note"):
            out.append(f"注{block.get('number') or ''}：{block.get('text', '')}")
        elif _typed(block, "example"):
            out.append(f"示例{block.get('number') or ''}：{block.get('text', '')}")
        else:
            out.append(_kept_name(block))
    return out


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


_SPAN = re.compile(r"〔[^〔〕\n]*〕")


def _place_kept(lines: list[str], names: list[str]) -> list[str | int]:
    """``lines`` as text lines and kept blocks: a kept block is the index of its name in ``names``
    (its 〔…〕 marker), found where its marker stands; the text around a marker is a line of its own.

    The typing of an editor comes in between pauses, so a marker line is read with what was done to
    it: text typed before or after it on its line (the text is a paragraph of its own), Enter in its
    middle (its pieces are the marker), its words edited or its end cut short (what is left of it
    still stands for the block). Only a block none of whose marker is left goes. Text of the
    author's own with 〔…〕 (国发〔2017〕13号) stays text.
    """
    text = "\n".join(lines)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    taken: list[tuple[int, int, int | None]] = []  # (start, end, block index or None: dropped)
    free = list(range(len(names)))

    def clear(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e, _ in taken)

    def claim(a: int, b: int, k: int | None) -> None:
        taken.append((a, b, k))
        if k is not None:
            free.remove(k)

    spans = [(a, a + len(line)) for a, line in zip(starts, lines)]  # each line's place in the text

    # 1. A line that is a block's marker.
    for k in list(free):
        for a, b in spans:
            if text[a:b].strip() == names[k] and clear(a, b):
                claim(a, b, k)
                break
    # 2. A marker with text typed before or after it, or broken across lines by Enter.
    for k in list(free):
        pattern = "\n?".join(re.escape(ch) for ch in names[k])
        for found in re.finditer(pattern, text):
            if clear(found.start(), found.end()):
                claim(found.start(), found.end(), k)
                break
    # 2b. A marker broken by Enter with text typed where it broke: its start ends a line and its end
    # opens the next; the text typed at the break is a line of its own, after the block.
    for (a, b), (c, d) in pairwise(spans):
        p, q = text.rfind("〔", a, b), text.find("〕", c, d)
        if p < 0 or "〕" in text[p:b] or q < 0 or "〔" in text[c:q]:
            continue
        for k in free:
            head = _common_prefix(text[p:b], names[k])
            tail = names[k][head:]
            if 1 < head < len(names[k]) and text[c:q + 1].endswith(tail) and clear(p, p + head) \
                    and clear(q + 1 - len(tail), q + 1):
                claim(p, p + head, k)
                claim(q + 1 - len(tail), q + 1, None)
                break
    # 3. A line that is a marker whose words were edited: the kept blocks in order; with none
    # left, the line stands for nothing.
    for a, b in spans:
        if _KEPT_LINE.match(text[a:b].strip()) and clear(a, b):
            claim(a, b, free[0] if free else None)
    # 4. What Backspace, Delete or a changed word left of a marker: its start (〔GB/T 431) ending a
    # line, its end (上门服务〕) in front of which nothing opens a 〔, or the marker with a word
    # changed amid text. The piece most like a marker goes first.
    while free:
        best: tuple[int, int, int, int, int] | None = None  # (-score, block order, start, end, k)
        for a, b in spans:
            line = text[a:b]
            pieces = []
            p = line.rfind("〔")
            if p >= 0 and "〕" not in line[p:]:
                pieces.append((p, len(line)))
            q = line.find("〕")
            if q >= 0 and "〔" not in line[:q]:
                pieces.append((0, q + 1))
            pieces.extend(m.span() for m in _SPAN.finditer(line))
            for start, end in pieces:
                piece = line[start:end]
                for k in free:
                    name, at = names[k], start
                    if not piece.endswith("〕"):  # its start, the rest cut off or on the next line
                        score = len(piece) if name.startswith(piece) else 0
                    elif not piece.startswith("〔"):  # its end, after the text typed before it
                        score = _common_suffix(piece, name)
                        at = end - score
                    else:  # a word of it changed: most of its words, brackets aside, are still there
                        inner = min(len(name), _common_prefix(piece, name) + _common_suffix(piece, name)) - 2
                        score = inner if 2 * inner > len(name) - 2 else 0
                    if score > 0 and clear(a + at, a + end):
                        rank = (-score, free.index(k), a + at, a + end, k)
                        best = rank if best is None or rank < best else best
        if best is None:
            break
        claim(best[2], best[3], best[4])
    out: list[str | int] = []
    at = 0
    for a, b, k in sorted(taken):
        out.extend(text[at:a].split("\n"))
        if k is not None:
            out.append(k)
        at = b
    out.extend(text[at:].split("\n"))
    return [x for x in out if not isinstance(x, str) or x.strip()]


def set_clause_lines(body: Any, node_id: str, lines: list[str]) -> None:
    """Make the clause's blocks what ``lines`` say (the form of :func:`clause_lines`): paragraphs,
    lists (a run of marked lines, indented ones under the item before), notes and examples are
    written anew; a 〔…〕 line keeps the block it stood for, found by its words (a line whose words
    were edited takes the kept blocks in order), and a kept block whose line is gone goes. Text
    typed on a 〔…〕 line, before or after the marker, is a paragraph (note, list item) of its own
    and the block stays; so does a marker broken by Enter (see :func:`_place_kept`)."""
    node = _text_node(body, node_id, create=True)
    old = node.get("blocks") or []
    kept = [b for b in old if not (_is_paragraph(b) or _typed(b, "list") or _typed(b, "note") or _typed(b, "example"))]
    blocks = CommentedSeq()
    stack: list[tuple[int, Any]] = []  # (depth, list mapping) of the list being written
    for raw in _place_kept([line for line in lines if line.strip()], [_kept_name(b) for b in kept]):
        if isinstance(raw, int):
            stack = []
            blocks.append(kept[raw])
            continue
        marked = _LIST_LINE.match(raw)
        if marked and marked.group("text").strip():
            depth = len(marked.group("indent").replace("\u3000", "  ")) // 2
            text, style = marked.group("text").strip(), _style_of(marked.group("marker"))
            while stack and stack[-1][0] > depth:
                stack.pop()
            if not stack:
                data = CommentedMap(type="list")
                if style != "dash":
                    data["style"] = style
                if _start_of(marked.group("marker"), style) > 1:  # a list going on after a note: b) stays b)
                    data["start"] = _start_of(marked.group("marker"), style)
                data["items"] = CommentedSeq()
                blocks.append(data)
                stack = [(0, data)]
            elif depth > stack[-1][0]:
                items = stack[-1][1]["items"]
                parent = items[-1]
                if isinstance(parent, str):
                    parent = CommentedMap(text=parent)
                    items[-1] = parent
                child = CommentedMap()
                if style != "dash":
                    child["style"] = style
                child["items"] = CommentedSeq()
                parent["children"] = child
                stack.append((depth, child))
            stack[-1][1]["items"].append(text)
            continue
        stack = []
        line = raw.strip()
        note, example = _NOTE_LINE.match(line), _EXAMPLE_LINE.match(line)
        if note or example:
            found = note or example
            data = CommentedMap(type="note" if note else "example", text=found.group("text").strip())
            if found.group("n"):
                data["number"] = int(found.group("n"))
            blocks.append(data)
            continue
        blocks.append(line)
    _put_blocks(node, blocks)
