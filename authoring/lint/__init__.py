"""Lint: GB/T 1.1—2020 drafting rules checked over a StandardDocument.

Each rule is a function registered with :func:`rule` under an id ``family.name``, a severity,
the clause of GB/T 1.1—2020 it enforces (``basis``) and a title in Chinese and English. A rule
yields :class:`Hit` objects; :func:`run_lint` turns them into :class:`~authoring.results.Finding`
objects in document order. A hit may lower or raise the severity for one case (a missing 目次
is informative only, while a missing 前言 is an error); the registered severity is the usual one.

Which rules run depends on the drafting rules the reader found (``metadata.rules``): a text
with no GB/T 1.1 skeleton (``none``, or a body read as 第一条…/一、（一） rather than numbered
clauses: ``metadata.structure`` other than ``gbt``) gets no finding at all;
an ISO-style draft (``ISO/IEC Directives Part 2``) skips the rules registered ``gb_only``
(cover, 前言 boilerplate) and, like any text that is not Chinese, the rules registered
``chinese`` (Chinese modal verbs, terms, punctuation).

Example:
    >>> from authoring.document import StandardDocument
    >>> sorted({f.rule for f in run_lint(StandardDocument())})[:2]
    ['structure.missing-element']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from authoring.document import (
    RULES_2000, RULES_2009, RULES_2020, RULES_ISO, RULES_NONE, StandardDocument, place_label,
)
from authoring.errors import InputError
from authoring.i18n import join_names, tr
from authoring.records import replace
from authoring.lint.context import LintContext
from authoring.results import Finding, Severity

__all__ = ["Hit", "Rule", "RULES", "FAMILIES", "rule", "run_lint"]

FAMILIES = ("structure", "numbering", "reference", "terms", "wording", "boilerplate", "content")


@dataclass(frozen=True)
class Hit:
    """One place a rule is broken: where, what to say, and the text it is about."""

    location: str
    message: str
    excerpt: str = ""
    anchor: int | None = None
    severity: Severity | None = None
    #: The other paragraphs it stands in, when the rule counts a place's instances itself (此处共 N 处).
    also: tuple[int, ...] = ()


Check = Callable[[LintContext], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    """A registered rule."""

    id: str
    severity: Severity
    basis: str
    title_zh: str
    title_en: str
    check: Check
    # Skipped on a draft that is not Chinese or follows the ISO rules (Chinese wording rules).
    chinese: bool = False
    # Skipped on a draft that follows the ISO rules (GB cover, 前言 and boilerplate rules).
    gb_only: bool = False

    @property
    def family(self) -> str:
        """``wording`` for ``wording.modal-form``."""
        return self.id.split(".", 1)[0]


RULES: dict[str, Rule] = {}


#: The topics of the sections of our GB/T 1.1—2020 summary (``../shared/spec/gbt-1.1-2020.md``) that the
#: rules cite as ``(spec §2.5)``: a reader of a report knows the topic, not our summary.
_SPEC_TOPICS = {
    "1.1": ("要素的构成和顺序", "elements and their order"),
    "2.1": ("前言", "foreword"),
    "2.3": ("范围", "scope"),
    "2.4": ("规范性引用文件", "normative references"),
    "2.5": ("术语和定义", "terms and definitions"),
    "2.7": ("附录", "annexes"),
    "2.8": ("章条、图、表的编号", "numbering of clauses, figures and tables"),
    "2.10": ("列项", "lists"),
    "2.11": ("条的设置", "clauses"),
    "2.12": ("参考文献和索引", "bibliography and index"),
    "3.4": ("封面", "cover"),
    "4.1": ("能愿动词", "verbal forms"),
    "4.2": ("文件类型与要求", "document types and requirements"),
    "5": ("文件编号", "document numbers"),
}
_SPEC_CITE = re.compile(r"\s*\(spec (§[\d.]+(?:, §[\d.]+)*)\)")


#: A rule's basis as written: the edition, its clause (8.7, 附录C), the spec sections, anything after.
_BASIS = re.compile(r"GB/T 1\.1—2020(?: (?P<clause>(?:附录)?[A-Z]?[\d.]*(?:, [\d.]+)*))?(?P<spec>\s*\(spec [^)]*\))?(?P<rest>.*)$")


def readable_basis(basis: str, edition: str | None = None) -> str:
    """A rule's basis as a report gives it: ``GB/T 1.1—2020 8.7 (spec §2.5)`` → ``GB/T 1.1—2020 8.7（术语和定义）``.

    ``edition``: the edition a draft is judged by when it is an older one (``GB/T 1.1—2009``): the
    basis names it, the 2020 clause kept as a pointer, since the older edition numbers its clauses
    otherwise — ``GB/T 1.1—2009（术语和定义；GB/T 1.1—2020 中为 8.7）``. A committee revising a 2009-era
    standard was told to write the 2009 sentence on the authority of the 2020 edition (QA pass 11, A9)."""
    match = _BASIS.match(basis)
    if edition and edition != RULES_2020 and match is not None:
        cited = _SPEC_CITE.match(match.group("spec") or "")
        known = [t for t in (_SPEC_TOPICS.get(ref.strip().lstrip("§")) for ref in cited.group(1).split(","))
                 if t is not None] if cited else []
        clause = match.group("clause")
        zh = "、".join(t[0] for t in known)
        en = ", ".join(t[1] for t in known)
        if clause:
            zh_clause = clause.replace(", ", "、")
            zh = "；".join(filter(None, (zh, f"GB/T 1.1—2020 中为{'' if clause.startswith('附录') else ' '}{zh_clause}")))
            annex = re.sub(r"附录\s*([A-Z])", r"Annex \1", clause)
            en = "; ".join(filter(None, (en, f"{annex} in GB/T 1.1—2020")))
        return edition + tr(f"（{zh}）" if zh else "", f" ({en})" if en else "") + match.group("rest")

    def topics(match: re.Match) -> str:
        said = [_SPEC_TOPICS.get(ref.strip().lstrip("§")) for ref in match.group(1).split(",")]
        known = [t for t in said if t is not None]
        if not known:
            return ""
        return tr("（" + "、".join(t[0] for t in known) + "）", " (" + ", ".join(t[1] for t in known) + ")")
    said = _SPEC_CITE.sub(topics, basis)
    return tr(said, re.sub(r"附录\s*([A-Z])", r"Annex \1", said))


def rule(id: str, severity: Severity, basis: str, title_zh: str, title_en: str, *,
         chinese: bool = False, gb_only: bool = False) -> Callable[[Check], Check]:
    """Register the decorated function as the rule ``id``.

    ``chinese``: the rule reads Chinese wording, so it is skipped on an English or ISO draft.
    ``gb_only``: the rule checks what only a GB-style draft has (cover, 前言 boilerplate).
    """
    family = id.split(".", 1)[0]
    if family not in FAMILIES or "." not in id:
        raise ValueError(f"rule id {id!r} must be family.name with family in {FAMILIES}")

    def register(check: Check) -> Check:
        if id in RULES:
            raise ValueError(f"rule {id} registered twice")
        RULES[id] = Rule(id, severity, basis, title_zh, title_en, check, chinese, gb_only)
        return check

    return register


def _enabled(disabled: set[str] | None) -> Iterator[Rule]:
    switched_off = set(disabled or ())
    unknown = sorted(switched_off - set(RULES) - set(FAMILIES))
    if unknown:
        raise InputError(
            f"未知的检查规则：{'、'.join(unknown)}", f"unknown lint rule: {', '.join(unknown)}"
        )
    for item in RULES.values():
        if item.id not in switched_off and item.family not in switched_off:
            yield item


# Rules that judge the structure the reader found: numbering runs, titles of sibling clauses, the
# elements present, what a cross-reference points at. In a draft with no heading styles that
# structure is inferred from the text, and on real third-party drafts of that kind these rules were
# wrong far more often than right (bench/real: 7 TRUE against 44 FALSE over rounds 1–24, a lost
# caption or a missed heading each time), so there they are hints to check, not errors.
INFERRED_STRUCTURE_RULES = frozenset({
    "numbering.clause-sequence", "numbering.table-sequence", "numbering.figure-sequence",
    "numbering.lone-clause", "structure.mixed-titles", "structure.missing-element",
    "reference.dangling-object", "reference.dangling-clause", "structure.empty-clause", "structure.annex-order",
})


def _inferred_note() -> str:
    return tr("（结构是从文字推断的，请核对。）", " (structure inferred from the text: check.)")


def run_lint(doc: StandardDocument, *, disabled: set[str] | None = None) -> list[Finding]:
    """Every finding of every enabled rule, in document order.

    Args:
        doc: the document to check.
        disabled: rule ids (``wording.modal-form``) or whole families (``wording``) to skip.

    Raises:
        InputError: ``disabled`` names a rule or family that does not exist.
    """
    enabled = list(_enabled(disabled))
    rules = doc.metadata.rules
    if rules == RULES_NONE or doc.metadata.structure != "gbt":
        # No GB/T 1.1 skeleton (第一条…, 一、（一）, plain text): no GB/T 1.1 rule applies, and
        # the report says so (DocumentSummary.notices).
        return []
    ctx = LintContext(doc)
    ctx.enabled = frozenset(item.id for item in enabled)
    iso = rules == RULES_ISO
    # A draft judged by an older edition is told so in each finding's basis (readable_basis).
    edition = (rules if rules in (RULES_2009, RULES_2000) else RULES_2009) if ctx.legacy else None
    found: list[tuple[int, int, Finding]] = []
    for order, item in enumerate(enabled):
        if (item.gb_only and iso) or (item.chinese and (iso or not ctx.is_chinese)):
            continue
        if item.family == "boilerplate" and rules == RULES_2000:
            continue  # an older edition's set sentences are not held here (DocumentSummary.notices)
        guessed = doc.metadata.structure_inferred and item.id in INFERRED_STRUCTURE_RULES
        basis: str | None = None  # the rule's basis as the report gives it: worded once, at its first finding
        for hit in item.check(ctx):
            severity, message = hit.severity or item.severity, hit.message
            if guessed and severity != "info":
                severity, message = "info", message + _inferred_note()
            if basis is None:
                basis = readable_basis(item.basis, edition)
            finding = Finding(
                rule=item.id, severity=severity, location=hit.location,
                message=message, excerpt=hit.excerpt, basis=basis, anchor=hit.anchor,
                also=tuple(a for a in dict.fromkeys(hit.also) if a != hit.anchor),
            )
            found.append((ctx.rank(hit.location), order, finding))
    found.sort(key=lambda entry: (entry[0], entry[1]))
    return _collapse(_gather_habits([finding for _, _, finding in found]))


#: Rules whose message says all there is to fix, wherever it stands (“GM/T 0008-2012”应写作“GM/T 0008—2012”): the
#: same message in several places is one habit of the author, reported once with its places.
HABIT_RULES = frozenset({"reference.standard-number"})
#: Places a habit's message names before 等.
HABIT_PLACES_SHOWN = 6


def _gather_habits(findings: list[Finding]) -> list[Finding]:
    """One finding per habit (a rule of :data:`HABIT_RULES` and its message) standing in several places, at its
    first place, naming the others: QA pass 14 found 14 of a draft's 17 errors one hyphen habit, one per place,
    GM/T 0008-2012 written the same way nine times. Every place keeps its comment in the annotated copy."""
    groups: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        if f.rule in HABIT_RULES:
            groups.setdefault((f.rule, f.message), []).append(f)
    out: list[Finding] = []
    for f in findings:
        group = groups.get((f.rule, f.message)) if f.rule in HABIT_RULES else None
        if group is None or len({g.location for g in group}) == 1:
            out.append(f)
            continue
        if group[0] is not f:
            continue
        counts = Counter(place_label(g.location) for g in group)  # in order of first appearance
        places = [place + (tr(f"（{n} 处）", f" ({n})") if n > 1 else "") for place, n in counts.items()]
        shown = join_names(places[:HABIT_PLACES_SHOWN]) + (tr(" 等", " …") if len(places) > HABIT_PLACES_SHOWN else "")
        anchors = [g.anchor for g in group[1:] if g.anchor is not None and g.anchor != f.anchor]
        out.append(replace(f, message=f.message + tr(f"（全文共 {len(group)} 处：{shown}）",
                                                     f" ({len(group)} times in the text: {shown})"),
                           also=tuple(dict.fromkeys(anchors))))
    return out


def _collapse(findings: list[Finding]) -> list[Finding]:
    """One finding per rule, location and message (a table with 必须 in ten cells is one place), with the
    other places' anchors (:attr:`Finding.also`)."""
    groups: dict[tuple[str, str, str], list[Finding]] = {}
    for f in findings:
        groups.setdefault((f.rule, f.location, f.message), []).append(f)
    out: list[Finding] = []
    for f in findings:
        group = groups.pop((f.rule, f.location, f.message), None)
        if group is None:
            continue
        if len(group) > 1:
            anchors = [a for g in group for a in (g.anchor, *g.also) if a is not None and a != f.anchor]
            f = replace(f, message=f.message + tr(f"（此处共 {len(group)} 处）", f" ({len(group)} times here)"),
                        also=tuple(dict.fromkeys([*f.also, *anchors])))
        out.append(f)
    return out


# The families register their rules on import.
from authoring.lint import (  # noqa: E402,F401
    boilerplate, content, numbering, reference, structure, terms, wording,
)
