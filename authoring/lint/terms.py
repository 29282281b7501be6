"""Terms rule: a defined term is used under its own name, not a synonym or its English equivalent.

The other names of a term are those the entry itself gives: the English equivalent (a Chinese
text should say 顾客, not customer), synonyms declared in its definition or notes (``也称…``,
``又称…``, ``亦称…``, ``俗称…``), admitted terms after the preferred one (``顾客；客户``),
and the term with stray spaces inside (``顾客 体验``: a paste artefact that breaks search).
An abbreviation given after the English equivalent (``key performance indicator；KPI``) is a
declared short form and may be used.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from authoring.document import TermEntry
from authoring.i18n import tr
from authoring.lint import Hit, rule
from authoring.lint.context import BIBLIO, NORMREF, SYMBOLS, LintContext, excerpt

_DECLARED = re.compile(r"(?:也称|又称|亦称|俗称|也叫|又叫|或称)[为作]?[“\"「『]?([^”\"」』，,。；;、（(）)\s]{2,16})")


def other_names(term: TermEntry) -> list[str]:
    """The names a text should not use for ``term`` (see the module docstring)."""
    names: list[str] = []
    head, *admitted = re.split(r"[；;]", term.term_zh)
    names.extend(a.strip() for a in admitted)
    english = re.split(r"[；;]", term.term_en)[0].strip()
    if len(english) >= 3:
        names.append(english)
    for text in (term.definition, *term.notes):
        names.extend(m.group(1) for m in _DECLARED.finditer(text))
    head = head.strip()
    return [n for n in dict.fromkeys(names) if n and n != head and not _abbreviation(n)]


def _abbreviation(name: str) -> bool:
    """A single capitalised token (Water-CIM, KPI, SCADA): a declared short form the text may use."""
    return name.isascii() and " " not in name and sum(c.isupper() for c in name) >= 2


@rule("terms.synonym", "warning", "GB/T 1.1—2020 (spec §2.5)",
      "定义过的术语以其他名称出现", "a defined term used under another name")
def synonym(ctx: LintContext) -> Iterator[Hit]:
    terms = ctx.terms
    if not terms:
        return
    preferred = [re.split(r"[；;]", t.term_zh)[0].strip() for t in terms]
    # Each check carries quick tests: the literal name its regex looks for (if it is one), and
    # whether it needs a space or an ideographic space in the text (a spaced-out term does).
    checks: list[tuple[re.Pattern[str], str, str, str, str | None, bool]] = []
    for term, name in zip(terms, preferred):
        for other in other_names(term):
            if other.isascii():
                pattern = re.compile(r"(?<![A-Za-z])" + r"[\s\-]+".join(map(re.escape, other.split())) + r"(?![A-Za-z])", re.I)
                checks.append((pattern, other, name, term.number, None, False))
            else:
                checks.append((re.compile(re.escape(other)), other, name, term.number, other, False))
        if len(name) >= 2 and not name.isascii():
            checks.append((re.compile(_some_space(name)), "", name, term.number, None, True))
    for unit in ctx.units:
        if unit.role in (NORMREF, BIBLIO, SYMBOLS) or unit.kind in ("term", "term-source", "reference"):
            continue
        text = unit.text
        spaced = " " in text or "\u3000" in text
        for pattern, other, name, number, literal, needs_space in checks:
            if number in unit.owners or (needs_space and not spaced) or (literal is not None and literal not in text):
                continue
            match = pattern.search(unit.text)
            if match is None or _inside_term(unit.text, match.start(), match.end(), preferred):
                continue
            shown = other or match.group(0) or unit.text[match.start():match.start() + len(name) + 4]
            yield Hit(unit.location, tr(
                f"“{shown.strip()}”应使用术语“{name}”（{number}）。",
                f"'{shown.strip()}' should be the defined term '{name}' ({number}).",
            ), excerpt(unit.text, match.start(), match.end()), unit.anchor)
            break


def _some_space(name: str) -> str:
    """A pattern matching ``name`` with at least one space between two of its characters."""
    chars = list(map(re.escape, name))
    options = []
    for cut in range(1, len(chars)):
        left = r"[ \u3000]*".join(chars[:cut])
        right = r"[ \u3000]*".join(chars[cut:])
        options.append(left + r"[ \u3000]+" + right)
    return "(?:" + "|".join(options) + ")"


def _inside_term(text: str, start: int, end: int, preferred: list[str]) -> bool:
    """Whether a match lies inside an occurrence of a defined term (客户 inside 客户端 is fine if defined)."""
    for name in preferred:
        for found in re.finditer(re.escape(name), text):
            if found.start() <= start and end <= found.end() and (found.end() - found.start()) > (end - start):
                return True
    return False
