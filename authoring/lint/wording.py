"""Wording rules: modal verbs where they belong and in their standard form; no placeholders.

The word lists live in ``templates/lint_words.yaml``. 应 counts as the modal verb unless it
is part of a word such as 应用, 响应 or 适应; 宜 likewise (not 适宜, 事宜); 可 counts only in
unambiguous permission forms (可以, 也可, 可采用 …), because 可 also makes adjectives (可靠,
可衡量) that state rather than permit.

Placeholders (××, XXXX, 点击此处 …) are warnings, with one exception decided here: in a draft
before the 报批稿, the 前言's 提出/归口/起草单位/起草人 sentences may still hold ×× or be
empty (those names are often settled late), and are reported as information only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from authoring._paths import template_path
from authoring.document import FunctionType
from authoring.i18n import tr
from authoring.lint import Hit, rule
from authoring.lint.context import (
    ANNEX, BIBLIO, BODY, FRONT, INTRO, NORMREF, SCOPE, SYMBOLS, LintContext, TextUnit, excerpt,
)
from authoring.yamlio import load_yaml

_LATE_STAGES = ("报批稿", "发布稿")
_FOREWORD_NAMES = re.compile(r"(?:提出|归口|起草单位|起草人)")


@dataclass(frozen=True)
class _Modal:
    """A regex with groups ``skip`` and ``hit``, and a character class every hit has a member of.

    Most text holds none of those characters: one scan for them saves the full regex.
    """

    pattern: re.Pattern[str]
    needs: re.Pattern[str]


def _modal(pattern: str, hit_words: Iterable[str], key: str) -> _Modal:
    """``pattern`` whose hits are among ``hit_words``; each word is known by ``key`` if it has it."""
    needs = {key if key in word else word[-1] for word in hit_words}
    return _Modal(re.compile(pattern), re.compile("[" + "".join(map(re.escape, sorted(needs))) + "]"))


@dataclass(frozen=True)
class _Words:
    shall: _Modal
    should: _Modal
    permission: _Modal
    nonstandard: _Modal
    suggestions: dict[str, tuple[str, str]]
    placeholder: re.Pattern[str]


@lru_cache(maxsize=1)
def _words() -> _Words:
    data, _ = load_yaml(template_path("lint_words.yaml"))

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    shall_not = alternation(list(data["shall_compounds"]))
    should_not = alternation(list(data["should_compounds"]))
    nonstandard = {str(k): (str(v["standard"]), str(v["guide"])) for k, v in data["nonstandard_modals"].items()}
    forms = [str(f) for f in data["permission_forms"]]
    return _Words(
        # A compound is matched first and skipped; a bare 应/宜 is the modal verb.
        shall=_modal(rf"(?P<skip>{shall_not})|(?P<hit>不?应)", ["应"], "应"),
        should=_modal(rf"(?P<skip>{should_not})|(?P<hit>不?宜)", ["宜"], "宜"),
        permission=_modal(
            rf"(?P<skip>不可能|可能)|(?P<hit>{alternation(forms)}"
            rf"|可(?:{alternation(list(data['permission_verbs']))}))",
            [*forms, "可"], "可",
        ),
        nonstandard=_modal(
            rf"(?P<skip>{alternation(list(data['nonstandard_exceptions']))})|(?P<hit>{alternation(list(nonstandard))})",
            nonstandard, "应",
        ),
        suggestions=nonstandard,
        placeholder=re.compile("|".join(f"(?:{p})" for p in data["placeholders"])),
    )


def _hits(modal: _Modal, text: str) -> Iterator[re.Match[str]]:
    if modal.needs.search(text) is None:
        return
    for match in modal.pattern.finditer(text):
        if match.group("hit"):
            yield match


def modal_words(text: str, *, recommendations: bool = True, permissions: bool = True) -> list[re.Match[str]]:
    """Requirement (应/不应 and non-standard forms), recommendation and permission words in ``text``."""
    words = _words()
    found = [*_hits(words.shall, text), *_hits(words.nonstandard, text)]
    if recommendations:
        found.extend(_hits(words.should, text))
    if permissions:
        found.extend(_hits(words.permission, text))
    return sorted(found, key=lambda m: m.start())


_INFORMATIVE_KINDS = ("note", "example", "term-definition", "term-note", "term-example")
_CONTENT_KINDS = ("paragraph", "list-item", "table-cell", "title")


def _element_name(unit: TextUnit) -> tuple[str, str]:
    if unit.role == FRONT:
        return "前言", "the foreword"
    if unit.role == INTRO:
        return "引言", "the introduction"
    if unit.role == SCOPE:
        return "范围", "the scope"
    return {
        "note": ("注", "a note"), "example": ("示例", "an example"), "term-definition": ("定义", "a definition"),
        "term-note": ("注", "a note"), "term-example": ("示例", "an example"),
    }[unit.kind]


@rule("wording.requirement-in-informative", "error", "GB/T 1.1—2020 (spec §2.1, §2.3, §4.1)",
      "资料性内容中出现要求、推荐或允许", "requirement, recommendation or permission in informative text")
def requirement_in_informative(ctx: LintContext) -> Iterator[Hit]:
    for unit in ctx.units:
        informative = unit.role in (FRONT, INTRO, SCOPE) or unit.kind in _INFORMATIVE_KINDS
        if not informative or unit.kind in ("reference", "term-source", "term"):
            continue
        found = modal_words(unit.text)
        if found:
            zh, en = _element_name(unit)
            words = "、".join(dict.fromkeys(m.group("hit") for m in found))
            yield Hit(unit.location, tr(
                f"{zh}中不应使用“{words}”等表示要求、推荐或允许的词；改为陈述。",
                f"'{words}' states a requirement, recommendation or permission, which {en} must not; use a statement.",
            ), excerpt(unit.text, found[0].start(), found[0].end()), unit.anchor)


@rule("wording.requirement-in-guide", "error", "GB/T 1.1—2020 4.2 (spec §4.2)",
      "指南中使用了“应/不应”", "requirement (应/不应) in a guide")
def requirement_in_guide(ctx: LintContext) -> Iterator[Hit]:
    if ctx.doc.metadata.function != FunctionType.GUIDE:
        return
    shall = _words().shall
    for unit in ctx.texts(roles=(BODY, ANNEX, SYMBOLS), kinds=_CONTENT_KINDS):
        found = list(_hits(shall, unit.text))
        if found:
            word = found[0].group("hit")
            better = "不宜" if word.startswith("不") else "宜"
            yield Hit(unit.location, tr(
                f"指南给出推荐而非要求：“{word}”宜改为“{better}”或改为陈述。",
                f"A guide recommends rather than requires: change '{word}' to '{better}' or to a statement.",
            ), excerpt(unit.text, found[0].start(), found[0].end()), unit.anchor)


@rule("wording.modal-form", "warning", "GB/T 1.1—2020 附录C (spec §4.1)",
      "能愿动词形式不规范", "non-standard modal verb")
def modal_form(ctx: LintContext) -> Iterator[Hit]:
    guide = ctx.doc.metadata.function == FunctionType.GUIDE
    words = _words()
    for unit in ctx.units:
        if unit.role in (NORMREF, BIBLIO) or unit.kind in ("reference", "term-source"):
            continue
        for match in _hits(words.nonstandard, unit.text):
            word = match.group("hit")
            standard, in_guide = words.suggestions[word]
            better = in_guide if guide else standard
            yield Hit(unit.location, tr(
                f"“{word}”不是标准的能愿动词形式，宜改为“{better}”。",
                f"'{word}' is not a standard modal form; use '{better}'.",
            ), excerpt(unit.text, match.start(), match.end()), unit.anchor)
            break


@rule("wording.placeholder", "warning", "GB/T 1.1—2020 (spec §2.1, §3.4)",
      "遗留的占位符", "placeholder left in the text")
def placeholder(ctx: LintContext) -> Iterator[Hit]:
    early_draft = ctx.doc.metadata.stage not in _LATE_STAGES
    pattern = _words().placeholder
    for unit in ctx.all_units:
        if not unit.text:
            continue
        match = pattern.search(unit.text)
        allowed = early_draft and unit.role == FRONT and _FOREWORD_NAMES.search(unit.text)
        if match is not None:
            yield Hit(unit.location, tr(
                f"占位符“{match.group(0)}”尚未替换。", f"Placeholder '{match.group(0)}' has not been filled in.",
            ), excerpt(unit.text, match.start(), match.end()), unit.anchor, "info" if allowed else None)
        elif unit.role == FRONT and re.search(r"(?:起草单位|起草人)[：:][ \u3000]*[。.]?[ \u3000]*$", unit.text):
            yield Hit(unit.location, tr("前言中的起草单位或起草人尚未填写。",
                                        "The drafting organizations or drafters in the foreword are still blank."),
                      excerpt(unit.text), unit.anchor, "info" if early_draft else None)

