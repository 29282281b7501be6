"""Terms rule: a defined term is used under its own name, not a synonym or its English equivalent.

The other names of a term are those the entry itself gives: the English equivalent (a Chinese
text should say 顾客, not customer), synonyms declared in its definition or notes (``也称…``,
``又称…``, ``亦称…``, ``俗称…``), admitted terms after the preferred one (``顾客；客户``),
and the term with stray spaces inside (``顾客 体验``: a paste artefact that breaks search).
An abbreviation given after the English equivalent (``key performance indicator；KPI``) is a
declared short form and may be used. English in a table is left alone when the cell holds no
Chinese or the table compares (对比, 对照, 比较): there it names someone else's concept
(``Partial Automation``, a level of SAE J3016), not this document's term.

Near-synonyms (``terms.near-synonym``) are the names a text uses for the same concept, from the
families of ``templates/lint_words.yaml`` (利害关系者, 利益相关者, 利益相关方 …), and the
agent-suffix variants of a term (利益相关方 / 利益相关者: 方, 者, 人, 商), each as a whole
word (服务提供方式 holds no 服务提供方).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from authoring.document import TermEntry
from authoring.i18n import tr
from authoring.lint import Hit, rule
from authoring.lint.context import BIBLIO, NORMREF, SYMBOLS, LintContext, TextUnit, excerpt, template_data
from authoring.lint.patterns import in_markup_tag, is_source_line

_DECLARED = re.compile(r"(?:也称|又称|亦称|俗称|也叫|又叫|或称)[为作]?[“\"「『]?([^”\"」』，,。；;、（(）)\s]{2,16})")


def other_names(term: TermEntry) -> list[str]:
    """The names a text should not use for ``term`` (see the module docstring)."""
    names: list[str] = []
    head, *admitted = re.split(r"[；;]", term.term_zh)
    names.extend(a.strip() for a in admitted)
    english = re.split(r"[；;]", term.term_en)[0].strip()
    if len(english) >= 3:
        names.append(english)
    head = head.strip()
    for text in (term.definition, *term.notes):
        text = _WRAP.sub("", text)  # (又称为注册 / 系统。: a line a converted copy broke, round 195's GM/T 0037)
        names.extend(m.group(1) for m in _DECLARED.finditer(text) if _names_the_term(text[:m.start()], head))
    return [n for n in dict.fromkeys(names) if n and n != head and not _abbreviation(n)]


#: A line break between two Han characters inside a definition: a copy's wrapped line, not two paragraphs.
_WRAP = re.compile(r"(?<=[\u4e00-\u9fff])\n(?=[\u4e00-\u9fff])")


def _names_the_term(before: str, head: str) -> bool:
    """Whether the clause before 也称 is the term itself (注：也称……, 顾客旅程又称……, 其也称……),
    not something else the note names: 匿名化处理后的信息也称匿名数据 names the result of 匿名化, a
    concept of its own (GB/T 面向数据流通的匿名化效果评估方法 draft, bench/real round 85)."""
    subject = _CLAUSE_START.split(before)[-1]
    subject = _NOTE_LABEL.sub("", subject).strip(" \u3000“”\"")
    return subject in ("", head, "其", "它", "此", "该", "这", "该术语", "本术语", "这一术语")


#: Where a clause starts: after a sentence or clause mark.
_CLAUSE_START = re.compile(r"[。；;，,：:\n]")
_NOTE_LABEL = re.compile(r"^\s*注\s*\d*\s*[：:]?")


def _abbreviation(name: str) -> bool:
    """A single capitalised token (Water-CIM, KPI, SCADA): a declared short form the text may use."""
    return name.isascii() and " " not in name and sum(c.isupper() for c in name) >= 2


_HAS_CJK = re.compile("[\u4e00-\u9fff]")
_COMPARING = re.compile("对比|对照|比较|映射|对应关系")


def _foreign_cells(ctx: LintContext) -> set[str]:
    """Labels of the tables that compare with other schemes (their English names other concepts)."""
    return {u.location for u in ctx.units if u.kind == "table-caption" and u.location.startswith("表")
            and _COMPARING.search(u.text)}


def _names_foreign_concept(unit: TextUnit, comparing: set[str]) -> bool:
    """Whether English in ``unit`` is a name of its own (an English cell, a comparison table)."""
    return unit.kind == "table-cell" and (_HAS_CJK.search(unit.text) is None or any(o in comparing for o in unit.owners))


def _running_units(ctx: LintContext) -> Iterator[TextUnit]:
    """The units whose wording may name a term: not chapter 2, the bibliography or a symbols clause, not an entry, a
    term's source or a reference, and not a markup sample's or a listing's line ("issuer":"did:…", is the notation's
    name, not the term's English: round 273's JSON examples)."""
    markup = ctx.in_markup
    for index, unit in enumerate(ctx.units):
        if not (unit.role in (NORMREF, BIBLIO, SYMBOLS) or unit.kind in ("term", "term-source", "reference")
                or index in markup):
            yield unit


@rule("terms.synonym", "warning", "GB/T 1.1—2020 (spec §2.5)",
      "定义过的术语以其他名称出现", "a defined term used under another name", chinese=True)
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
    # The checks that can match a text, by whether it has a space and a Latin letter: a spaced-out term needs a
    # space, an English name with a letter needs a letter (one search per text instead of one a check). The
    # order of the checks is kept: the first that matches is the one reported.
    applicable = {
        (spaced, latin): [check for check in checks
                          if (spaced or not check[5]) and (latin or not _LATIN_LETTER.search(check[1]))]
        for spaced in (False, True) for latin in (False, True)
    }
    any_latin = any(_LATIN_LETTER.search(check[1]) for check in checks)
    comparing = _foreign_cells(ctx)
    identifiers: set[str] | None = None  # the text's class names, gathered when an English name first needs them
    for unit in _running_units(ctx):
        text = unit.text
        spaced = " " in text or "\u3000" in text
        candidates = applicable[spaced, any_latin and _LATIN_LETTER.search(text) is not None]
        if not candidates:
            continue
        foreign = unit.kind == "table-cell" and _names_foreign_concept(unit, comparing)
        for pattern, other, name, number, literal, needs_space in candidates:
            if number in unit.owners or (literal is not None and literal not in text):
                continue
            if foreign and other.isascii() and other:
                continue
            match = pattern.search(unit.text)
            if match is None or _inside_term(unit.text, match.start(), match.end(), preferred):
                continue
            if needs_space and not _CJK_GAP.search(match.group(0)):
                continue  # DID 文档: a space between Latin and Chinese is spacing, not another name
            if other.isascii() and other and _in_latin_phrase(unit.text, match.start(), match.end()):
                continue  # gkadm(General Knowledge Application Data Model): a name, not the term
            if other.isascii() and other and _in_code(unit.text, match.start(), match.end()):
                continue  # <!ELEMENT …>, http://…/display: markup and addresses, not prose
            if other.isascii() and other and identifiers is None:
                identifiers = _class_names(ctx)
            if other.isascii() and other and _named(unit.text, match.start(), match.end(), identifiers):
                continue  # Address(地址类), 地址组分(Address Component): a class's name or a gloss
            shown = other or match.group(0) or unit.text[match.start():match.start() + len(name) + 4]
            if other.isascii() and other:
                # The English equivalent in Chinese text: as often a program's, a field's or a
                # technology's name as the term written in English (bench/real: 6 TRUE against 24
                # FALSE), so a hint to check rather than a warning.
                yield Hit(unit.location, tr(
                    f"“{shown.strip()}”是术语“{name}”（{number}）的英文对应词；若此处指该术语，宜使用“{name}”。",
                    f"'{shown.strip()}' is the English equivalent of the term '{name}' ({number}); where it means "
                    f"the term, use '{name}'.",
                ), excerpt(unit.text, match.start(), match.end()), unit.anchor, "info")
                break
            if needs_space:
                # 顾客 体验: the term itself with a stray space, which breaks search, not another name.
                yield Hit(unit.location, tr(
                    f"术语“{name}”（{number}）中有多余的空格：“{shown.strip()}”。",
                    f"The term '{name}' ({number}) has a stray space: '{shown.strip()}'.",
                ), excerpt(unit.text, match.start(), match.end()), unit.anchor)
                break
            yield Hit(unit.location, tr(
                f"“{shown.strip()}”应使用术语“{name}”（{number}）。",
                f"'{shown.strip()}' should be the defined term '{name}' ({number}).",
            ), excerpt(unit.text, match.start(), match.end()), unit.anchor)
            break


# A space between two Chinese characters (元数 据), unlike one between Latin and Chinese (DID 文档).
_CJK_GAP = re.compile(r"[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]")
_LATIN_BEFORE = re.compile(r"[A-Za-z][\s\-]+$")
_LATIN_AFTER = re.compile(r"^[\s\-]+[A-Za-z]")


def _in_latin_phrase(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands among other Latin words (an English name or title such
    as General Knowledge Application Data Model), not alone where the Chinese term was due."""
    return bool(_LATIN_BEFORE.search(text[max(0, start - 3):start]) or _LATIN_AFTER.match(text[end:end + 3]))


# A class or element name of a data model written in PascalCase (AddressComponent, ReferenceObject).
_PASCAL = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+(?:[A-Z][a-z]*)+(?![A-Za-z])")
# Latin words in brackets right after Chinese: the English equivalent given as a gloss.
_GLOSS_OPEN = re.compile(r"[\u4e00-\u9fff][\s\u3000]*[（(][\s\u3000]*$")
# A bracketed Chinese gloss right after a Latin name: Address(地址类), Address（地址类）.
_GLOSSED = re.compile(r"[\s\u3000]*[（(][\s\u3000]*[\u4e00-\u9fff]")


#: A Latin letter as an English name's case-insensitive pattern matches it (K, the Kelvin sign, matches k).
_LATIN_LETTER = re.compile("[a-z]", re.I)


def _class_names(ctx: LintContext) -> set[str]:
    """The PascalCase names the text uses (the classes of a data model)."""
    return {m.group(0) for unit in ctx.units if unit.text for m in _PASCAL.finditer(unit.text)}


def _named(text: str, start: int, end: int, identifiers: set[str]) -> bool:
    """Whether the Latin text[start:end] names rather than replaces the term: glossed in brackets
    after its Chinese (地址组分(Address Component)), glossed by Chinese in brackets after it
    (Address(地址类)), or capitalised as the data model's class names are that start with it
    (Address beside AddressComponent, Address Component for AddressComponent)."""
    word = text[start:end]
    if _GLOSS_OPEN.search(text[max(0, start - 4):start]) or _GLOSSED.match(text, end):
        return True
    squashed = re.sub(r"[\s\-]+", "", word)
    return word[:1].isupper() and any(name.startswith(squashed) for name in identifiers)


def _in_code(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is code rather than prose: inside a markup tag (``<!ELEMENT …>``),
    a web address, a JSON key or string ("issuer":), a line that is the identifier alone (the
    label over a code sample), a program's label quoted as it reads (选择“JSON Schema”), a line
    with no Chinese in it (a program's output) or a ``[key]`` in one, or a lower-case identifier
    named as a field (holder属性) or in a text that names others in code (holder字段 beside
    verificationMethod)."""
    if in_markup_tag(text, start, end):
        return True
    left = max(text.rfind(" ", 0, start), text.rfind("\u3000", 0, start), text.rfind("\n", 0, start)) + 1
    token = text[left:end]
    if "://" in token or "www." in token or "xmlns" in token:
        return True
    word = text[start:end]
    if (start > 0 and text[start - 1] in "\"'`") or _JSON_KEY.match(text, end):
        return True
    if 0 < start and end < len(text) and text[start - 1] in _OPEN_QUOTES and text[end] in _CLOSE_QUOTES:
        return True  # “Source type”选择“JSON Schema”: a program's label quoted as it reads
    if _CJK.search(text) is None or (text[start - 1:start] == "[" and text[end:end + 1] == "]"):
        return True  # a line with no Chinese (a program's output, a sample) or a [key] in one
    if text.strip() == word.strip():
        return word.islower()  # issuer on a line of its own over its JSON sample
    return word.islower() and (_CODE_SIGNS.search(text) is not None or _NAMED_AS_FIELD.match(text, end) is not None)


_JSON_KEY = re.compile(r"[\"']?[\s\u3000]*:")
_OPEN_QUOTES, _CLOSE_QUOTES = "“‘「『", "”’」』"
_CJK = re.compile(r"[\u4e00-\u9fff]")
# holder属性, proof字段: an identifier named as the field it is.
_NAMED_AS_FIELD = re.compile(r"[\s\u3000]*(?:属性|字段|参数|元素|标签|键|取值|对象)")
# Identifiers a technical text names in code: camelCase words, JSON braces and key/value pairs.
_CODE_SIGNS = re.compile(r"[a-z]+[A-Z][A-Za-z]*|[{}]|\"[\s\u3000]*:")


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


# -- near-synonyms -----------------------------------------------------------------------


@lru_cache(maxsize=1)
def _near_data() -> tuple[tuple[tuple[str, ...], ...], tuple[str, ...], dict[str, str]]:
    data = template_data("lint_words.yaml")
    families = tuple(tuple(str(w) for w in family) for family in data["near_synonyms"])
    suffixes = tuple(str(s) for s in data["agent_suffixes"])
    continues = {str(k): str(v) for k, v in data["word_continues"].items()}
    return families, suffixes, continues


def near_synonyms(name: str) -> list[str]:
    """Other names of the concept ``name`` (its family's, and agent-suffix variants)."""
    families, suffixes, _ = _near_data()
    out: list[str] = []
    for family in families:
        if name in family:
            out.extend(w for w in family if w != name)
    if len(name) >= 4 and name[-1] in suffixes:
        out.extend(name[:-1] + s for s in suffixes if s != name[-1])
    return list(dict.fromkeys(out))


@rule("terms.near-synonym", "warning", "GB/T 1.1—2020 (spec §2.5)",
      "定义过的术语以近义的其他说法出现", "a defined term used under a near-synonym", chinese=True)
def near_synonym(ctx: LintContext) -> Iterator[Hit]:
    terms = ctx.terms
    if not terms:
        return
    preferred = [re.split(r"[；;]", t.term_zh)[0].strip() for t in terms]
    defined = set(preferred)
    _, _, continues = _near_data()
    # variant -> (term name, entry number); a variant defined (or declared) itself is left out.
    wanted: dict[str, tuple[str, str]] = {}
    for term, name in zip(terms, preferred):
        declared = set(other_names(term)) | {a.strip() for a in re.split(r"[；;]", term.term_zh)}
        for variant in near_synonyms(name):
            if variant not in defined and variant not in declared:
                wanted.setdefault(variant, (name, term.number))
    if not wanted:
        return
    pattern = re.compile("|".join(
        re.escape(v) + (f"(?![{re.escape(continues[v[-1]])}])" if v[-1] in continues else "")
        for v in sorted(wanted, key=len, reverse=True)
    ))
    firsts = {v[0] for v in wanted}
    for unit in _running_units(ctx):
        text = unit.text
        if not any(c in text for c in firsts):
            continue
        reported: set[str] = set()
        for match in pattern.finditer(text):
            variant = match.group(0)
            name, number = wanted[variant]
            if number in unit.owners or variant in reported or _inside_term(text, match.start(), match.end(), preferred):
                continue
            reported.add(variant)
            yield Hit(unit.location, tr(
                f"“{variant}”与 {number} 定义的术语“{name}”所指相同；宜统一使用“{name}”"
                f"（定义见 {number}，此处为 {unit.location}）。",
                f"'{variant}' names the concept defined in {number} as '{name}'; use '{name}' throughout "
                f"(defined at {number}, used here at {unit.location}).",
            ), excerpt(text, match.start(), match.end()), unit.anchor)


# -- definitions ----------------------------------------------------------------------------

# A definition that starts like a sentence about the term (是…, 是指…, 指…) instead of a noun
# phrase that could stand in its place. 指 starting a word (指标, 指南 …) is a noun.
_SENTENCE_DEFINITION = re.compile(
    r"^[ \u3000]*(?:是指|系指|即指|就是|是(?![否非])|指(?![标南令数引导示纹针定挥派向称代明控认名点尖甲头望出正]))"
)


#: A note or an example read into a definition, on a line of its own after it.
_NOTE_LINE = re.compile(r"\s*(?:注|示例)\s*\d*\s*[：:]")


def _definition_proper(definition: str) -> str:
    """A definition without the lines read into it after it: its source, a note, an example."""
    lines = definition.strip().split("\n")
    while len(lines) > 1 and (is_source_line(lines[-1]) or _NOTE_LINE.match(lines[-1]) or not lines[-1].strip()):
        lines.pop()
    return _SOURCE_AFTER_STOP.sub("", "\n".join(lines).strip())


#: A source run on after a definition's 。 on its own line (……的能力。[来源：GB/T 45577—2025，3.2], 【《……》，第二条】).
_SOURCE_AFTER_STOP = re.compile(r"(?<=。)\s*[\[【][^\[\]【】\n]*[\]】]\s*$")


@rule("terms.definition-form", "warning", "GB/T 1.1—2020 (spec §2.5)",
      "定义以“是/指”开头或末尾没有句号", "definition starting with 是/指 or without its final 。", chinese=True)
def definition_form(ctx: LintContext) -> Iterator[Hit]:
    """A definition is a noun phrase that could stand in the term's place (no 是/指 before it) and, in
    GB/T 1.1—2020, ends with 。 (3.1 of the standard itself; spec §2.5). Many standards of the 2009
    edition's time ended it without, so a draft judged by that edition is not told; one finding names
    every definition without it, at the first."""
    for term in ctx.terms:
        match = _SENTENCE_DEFINITION.match(term.definition)
        if match is not None:
            word = match.group(0).strip()
            yield Hit(term.number, tr(
                f"定义不应以“{word}”开头：定义是能代替术语的名词性短语，删去“{word}”。",
                f"A definition is a noun phrase that can replace the term: drop the leading '{word}'.",
            ), excerpt(term.definition), term.anchor)
    if ctx.legacy:
        return
    open_ended = [(t, text) for t in ctx.terms if (text := _definition_proper(t.definition)) and not text.endswith("。")]
    if not open_ended:
        return
    term, text = open_ended[0]
    numbers = [t.number for t, _ in open_ended]
    shown = "、".join(numbers[:12]) + ("等" if len(numbers) > 12 else "")
    yield Hit(term.number, tr(
        f"{shown} 的定义末尾没有句号“。”（共 {len(numbers)} 条）；定义应以句号结束。",
        f"The definition{'s' if len(numbers) > 1 else ''} of {', '.join(numbers[:12])}"
        f"{' …' if len(numbers) > 12 else ''} {'do' if len(numbers) > 1 else 'does'} not end with '。' "
        f"({len(numbers)} in all); a definition ends with a full stop.",
    ), excerpt(text, len(text) - 1, len(text)), term.anchor)
