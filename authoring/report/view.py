"""The language-resolved view of a check result that the text, Markdown and HTML reports render.

Building the view once keeps the three renderers in agreement: the same chapters, the same
order of items and findings, the same labels in the current language.
"""

from __future__ import annotations

from dataclasses import field

from authoring.check import CheckResult
from authoring.document import place_label
from authoring.i18n import count_en, get_lang, join_names, tr
from authoring.records import Record, record
from authoring.results import Finding, ItemCoverage

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
STATUSES: tuple[str, ...] = ("covered", "partial", "missing", "not-applicable")


@record
class EvidenceView(Record):
    """A place that addresses an item."""

    location: str
    excerpt: str
    methods: list[str]
    #: Why this place is shown where no cue matched it (a likeness), else empty.
    note: str = ""


@record
class ItemView(Record):
    """One checklist item with its status and evidence."""

    id: str
    title: str
    status: str
    status_label: str
    score: float
    percent: int
    reason: str
    evidence: list[EvidenceView]


@record
class ChapterView(Record):
    """A checklist chapter: mean score and its items."""

    id: str
    title: str
    score: float
    percent: int
    counts: dict[str, int]
    items: list[ItemView]


@record
class FindingView(Record):
    """One lint finding."""

    rule: str
    severity: str
    severity_label: str
    location: str
    message: str
    excerpt: str
    basis: str


@record
class SeverityGroup(Record):
    """The findings of one severity."""

    severity: str
    label: str
    findings: list[FindingView]


@record
class ReportView(Record):
    """Everything a human-readable report shows, labels already in the current language."""

    lang: str
    file: str
    title: str
    number: str
    function: str
    rules: str
    structure: str
    notices: list[str]
    clauses: int
    characters: int
    checklist_id: str
    checklist_title: str
    checklist_version: str
    score: float
    percent: int
    status_counts: dict[str, int]
    chapters: list[ChapterView]
    missing: list[ItemView]
    severity_counts: dict[str, int]
    #: Items covered or partly covered, with the places that address them (the terminal lists them
    #: by place, as the Markdown and HTML reports list them with their sentences).
    addressed: list[ItemView] = field(default_factory=list)
    #: Whether the GB/T 1.1 drafting rules were applied at all: a text read without the skeleton (第一条…, no
    #: structure, no rules recognised) gets no finding, which must not read as "0 errors".
    rules_applied: bool
    #: The findings' counts in words, or that the rules were not applied (every report format says the same).
    findings_summary: str
    # Items the committee declared not applicable (stored in the draft or given by a project).
    not_applicable: list[ItemView] = field(default_factory=list)
    severity_groups: list[SeverityGroup]
    #: Said beside the items' scores where they would mislead (see :func:`score_note`).
    score_note: str = ""
    #: Where no text was read: said instead of the chapter table and the missing items, which would
    #: read as a confident 0 % and 23 missing items (``chapters`` and ``missing`` are empty then).
    unread: str = ""


def unread_message() -> str:
    """What every report says, instead of its coverage figures, of a draft with no text read."""
    return tr("未读到文字：各条目未逐项判断，覆盖率无法计算。", "No text was read: no item was judged, and coverage cannot be computed.")


def coverage_unread_message() -> str:
    """What every report says, instead of its coverage figures, of a draft whose coverage read no provision."""
    return tr("覆盖分析没有读到条文：各条目未逐项判断，覆盖率无法计算（见“注意”）。",
              "Coverage read no provision: no item was judged, and coverage cannot be computed (see the note).")


def rules_applied(structure: str, rules: str) -> bool:
    """Whether lint judged the text by GB/T 1.1 at all (:func:`authoring.lint.run_lint` skips the rest)."""
    return structure == "gbt" and rules != "none"


def findings_summary(counts: dict[str, int], applied: bool) -> str:
    """``错误 2，警告 1，提示 0``, or, where the rules were not applied, that they were not: never a confident 0."""
    if not applied:
        return tr("未按 GB/T 1.1 检查编写规则（见“注意”）", "GB/T 1.1 drafting rules not applied (see the note)")
    errors, warnings = counts["error"], counts["warning"]
    return tr(f"错误 {errors}，警告 {warnings}，提示 {counts['info']}",
              f"{count_en(errors, 'error')}, {count_en(warnings, 'warning')}, {counts['info']} info")


def status_label(status: str) -> str:
    """``covered`` → 已覆盖 / covered, in the current language."""
    labels = {
        "covered": tr("已覆盖", "covered"),
        "partial": tr("部分覆盖", "partial"),
        "missing": tr("缺失", "missing"),
        "not-applicable": tr("不适用", "not applicable"),
    }
    return labels.get(status, status)


def likeness_notice(result: CheckResult, *, option: bool = True) -> list[str]:
    """Which items the learned signals decided, said once at the top of a report: partial (or, for
    an item readers call covered wherever it is touched, covered) by likeness alone, and missing
    although cues matched (their places read unlike the item); ``option``: name the command-line
    option that turns both off."""
    return [text for _, text in likeness_notices(result, option=option)]


def likeness_notices(result: CheckResult, *, option: bool = True) -> list[tuple[str, str]]:
    """:func:`likeness_notice` with each notice's code (``likeness-partial``, ``opening-partial`` — the text's own
    引言 or Purpose section, not a likeness to other texts —, ``likeness-covered``, ``spread-covered`` and
    ``named-covered`` — a checklist rule, not a learned signal: measured quantities running through the text, the text
    being an agreement with the customer (a service-level agreement, a contract) —, ``likeness-missing``), as the JSON
    report lists them: one code per notice (QA pass 17 found two notices under one code)."""
    def ids_of(basis: str) -> list[str]:
        return [i.id for i in result.coverage.items if any(e.basis == basis for e in i.evidence)]

    def items(ids: list[str]) -> str:  # "1 item … is", "2 items … are"
        return f"{len(ids)} item" if len(ids) == 1 else f"{len(ids)} items"

    status = {i.id: i.status for i in result.coverage.items}
    ruled = {i.id: i.rule for i in result.coverage.items if i.rule}
    similar, unlike = [i for i in ids_of("similar") if i not in ruled], ids_of("unlike")
    # A likeness that names its section (an 引言, an English Purpose or Policy statement) is the text's own
    # account of itself touching the item, not a place that reads like other texts' passages.
    told = {i.id: e.cues[0] for i in result.coverage.items for e in i.evidence if e.basis == "similar" and e.cues}
    opening = [i for i in similar if i in told]
    similar = [i for i in similar if i not in told]
    # An item readers call covered wherever a text addresses it (6.3) is covered by a likeness too.
    covered = [i for i in similar if status[i] == "covered"]
    similar = [i for i in similar if status[i] != "covered"]
    out = []
    if similar:
        out.append(("likeness-partial", tr(f"{len(similar)} 条未命中关键词，但有一处表述与其他标准中读者为该条标出的原文相近，判为部分覆盖（{'、'.join(similar)}），请人工核对。",
                      f"{items(similar)} matched no cue and {'is' if len(similar) == 1 else 'are'} partial because a "
                      f"place reads like the passages readers marked for {'it' if len(similar) == 1 else 'them'} in other "
                      f"texts ({', '.join(similar)}); check by hand.")))
    if opening:
        heads = join_names(list(dict.fromkeys(told[i] for i in opening)), "zh")
        heads_en = join_names(list(dict.fromkeys(place_label(told[i]) for i in opening)), "en")
        out.append(("opening-partial", tr(f"{len(opening)} 条未命中关键词，但本文自述背景和对象的一节（{heads}）触及了它，判为部分覆盖"
                                          f"（{'、'.join(opening)}），请人工核对。",
                      f"{items(opening)} matched no cue and {'is' if len(opening) == 1 else 'are'} partial because the "
                      f"text's own account of itself ({heads_en}) touches {'it' if len(opening) == 1 else 'them'} "
                      f"({', '.join(opening)}); check by hand.")))
    if covered:
        out.append(("likeness-covered", tr(f"{len(covered)} 条未命中关键词，按相近的表述判为已覆盖（{'、'.join(covered)}：读者凡触及即记为覆盖的条目），"
                      "请人工核对。",
                      f"{items(covered)} matched no cue and {'is' if len(covered) == 1 else 'are'} covered because a "
                      f"place reads like the passages readers marked in other texts ({', '.join(covered)}: readers call "
                      f"{'it' if len(covered) == 1 else 'them'} covered wherever a text touches "
                      f"{'it' if len(covered) == 1 else 'them'}); check by hand.")))
    spread = [i for i, rule in ruled.items() if rule == "spread"]
    named = [i for i, rule in ruled.items() if rule == "named"]
    titled = [i for i, rule in ruled.items() if rule == "titled"]
    if spread:
        out.append(("spread-covered", tr(
            f"{len(spread)} 条因带单位的计量数值（如 32 字节、300 ms、120 km/h）出现在多处条款、量化指标贯穿全文而判为已覆盖"
            f"（{'、'.join(spread)}），请人工核对。",
            f"{items(spread)} {'is' if len(spread) == 1 else 'are'} covered because measured quantities (a number "
            f"and its unit: 32 bytes, 300 ms, 120 km/h) stand in many clauses, quantified indicators running through "
            f"the text ({', '.join(spread)}); check by hand.")))
    if named:
        out.append(("named-covered", tr(
            f"本文本身是服务提供方与顾客之间的协议（服务等级协议、服务合同等），{len(named)} 条因此判为已覆盖"
            f"（{'、'.join(named)}：协议本身约定服务内容和限度、服务承诺和补救），请人工核对。",
            f"The text is itself an agreement between the provider and its customers (a service-level agreement, a "
            f"service contract), so {items(named)} {'is' if len(named) == 1 else 'are'} covered "
            f"({', '.join(named)}: the agreement itself sets out what the service holds and its limits, its promise "
            f"and its remedies); check by hand.")))
    if titled:
        out.append(("titled-covered", tr(
            f"本文标题表明其主题即是条目所问（如污染物排放标准、污染防治法之于社会影响与可持续发展），{len(titled)} 条因此判为已覆盖"
            f"（{'、'.join(titled)}），请人工核对。",
            f"The text's title names its subject as what the item asks (a pollution-control standard or law, for "
            f"social impact and sustainable development), so {items(titled)} {'is' if len(titled) == 1 else 'are'} "
            f"covered ({', '.join(titled)}); check by hand.")))
    if unlike:
        out.append(("likeness-missing", tr(f"{len(unlike)} 条命中了关键词，但所在表述与其他标准中读者为该条标出的原文都不相近，判为缺失（{'、'.join(unlike)}），请人工核对。",
                      f"{items(unlike)} matched cues but {'is' if len(unlike) == 1 else 'are'} missing because those "
                      f"places read unlike the passages readers marked for the item in other texts ({', '.join(unlike)}); "
                      "check by hand.")))
    learned = [k for k, (code, _) in enumerate(out) if code not in ("spread-covered", "named-covered", "titled-covered")]
    if learned and option:  # the option turns the learned signals off, not the checklist's own rules
        code, text = out[learned[-1]]
        out[learned[-1]] = (code, text + tr("--cues-only 只按关键词判定。", " --cues-only judges by cues alone."))
    return out


def score_note(result: CheckResult) -> str:
    """Where a partial item scores more than a covered one, why: each item's status is decided by
    its own bar (the score, how many places, the item itself), so the scores are not a ranking of
    the statuses. Named with the report's widest such pair; empty where no pair is out of order."""
    scored = [i for i in result.coverage.items if i.status in ("covered", "partial") and i.id in _leaves(result)]
    pairs = [(p.score - c.score, p, c) for p in scored if p.status == "partial"
             for c in scored if c.status == "covered" and percent(p.score) > percent(c.score)]
    if not pairs:
        return ""
    _, partial, covered = max(pairs, key=lambda pair: pair[0])
    return tr(f"状态按各条目自己的判据判定（得分、证据处数和条目本身），不只看得分：如 {partial.id} 得分 "
              f"{percent(partial.score)}% 记为部分覆盖，{covered.id} 得分 {percent(covered.score)}% 记为已覆盖。",
              f"Each item's status is decided by its own bar (its score, its number of places and the item itself), "
              f"not by the score alone: {partial.id} scores {percent(partial.score)}% and is partial, "
              f"{covered.id} scores {percent(covered.score)}% and is covered.")


def _leaves(result: CheckResult) -> set[str]:
    """The ids of the items no other item is derived from (5.6 is its two parts' summary)."""
    ids = [i.id for i in result.coverage.items]
    return {i for i in ids if not any(other.startswith(i + ".") for other in ids)}


def similar_note() -> str:
    """What a likeness evidence is, for a reader: no cue matched, the place reads like the item."""
    return tr("未命中关键词，按相近表述判为部分覆盖", "no cue matched; partial because the place reads like this item")


def unlike_note() -> str:
    """What a doubted evidence is, for a reader: a cue matched, but the place reads unlike the item."""
    return tr("命中关键词，但表述与该条不相近，判为缺失", "a cue matched, but the place reads unlike this item: missing")


def evidence_note(basis: str) -> str:
    """The note shown beside an evidence decided by a learned signal (empty for a cue's evidence)."""
    return similar_note() if basis == "similar" else unlike_note() if basis == "unlike" else ""


def severity_label(severity: str) -> str:
    """``error`` → 错误 / error, in the current language."""
    labels = {"error": tr("错误", "error"), "warning": tr("警告", "warning"), "info": tr("提示", "info")}
    return labels.get(severity, severity)


_FUNCTION_EN = {"规范": "规范 (specification)", "规程": "规程 (code of practice)", "指南": "指南 (guide)"}


def rules_label(rules: str, declared: bool) -> str:
    """The rule set as a report names it: ``none`` as it is (each format says 未识别), and a GB/T 1.1 edition the text
    does not name marked as told from its wording or date (HJ 589—2021: 本标准, no edition named)."""
    if rules.startswith("GB/T") and not declared:
        return rules + tr("（文本未声明，按其用语或日期推定）", " (not declared by the text: told from its wording or date)")
    return rules


def function_label(function: str) -> str:
    """``unknown`` → 未判定 / unknown; 规范, 规程, 指南 as they are, with their English name in English."""
    if function == "unknown":
        return tr("未判定", "unknown")
    return tr(function, _FUNCTION_EN.get(function, function))


def percent(score: float) -> int:
    """A 0–1 score as a whole percentage, clamped."""
    return max(0, min(100, round(score * 100)))


def build_view(result: CheckResult) -> ReportView:
    """The view of ``result`` in the current language."""
    lang = get_lang()
    items = [_item_view(result, item, lang) for item in result.coverage.items]
    for item in items:
        if item.status in ("covered", "partial") and not item.evidence and not item.reason:
            # judged from its sub-items (5.6 from 5.6.1 and 5.6.2), with no place of its own: they are named
            parts = [other.id for other in items if other.id.startswith(item.id + ".") and other.evidence]
            if parts:
                item.reason = tr(f"见 {'、'.join(parts)}", f"see {', '.join(parts)}")
    by_id = dict(zip((i.id for i in result.coverage.items), items))
    chapter_scores = result.coverage.chapter_scores()
    chapters: list[ChapterView] = []
    known = {c.id for c in result.checklist.chapters}
    for info in result.checklist.chapters:
        members = [by_id[i.id] for i in result.coverage.items if i.chapter == info.id]
        if members:
            chapters.append(_chapter_view(info.id, info.title(lang), members, chapter_scores))
    strays = [by_id[i.id] for i in result.coverage.items if i.chapter not in known]
    if strays:
        chapters.append(_chapter_view("", tr("其他", "Other"), strays, {}))
    groups = []
    for severity in SEVERITIES:
        found = [_finding_view(f) for f in result.findings if f.severity == severity]
        if found:
            groups.append(SeverityGroup(severity=severity, label=severity_label(severity), findings=found))
    doc = result.document
    applied = rules_applied(doc.structure, doc.rules)
    unread = "" if doc.coverage_judged else unread_message() if not doc.characters else coverage_unread_message()
    return ReportView(
        lang=lang,
        file=result.file,
        title=doc.title,
        number=doc.number,
        function=function_label(doc.function),
        rules=rules_label(doc.rules, doc.rules_declared),
        structure=doc.structure,
        notices=[tr(zh, en) for _, zh, en in doc.notices()] + likeness_notice(result),
        clauses=doc.clauses,
        characters=doc.characters,
        checklist_id=result.checklist.id,
        checklist_title=result.checklist.title(lang),
        checklist_version=result.checklist.version,
        score=result.coverage.score,
        percent=percent(result.coverage.score),
        status_counts=_status_counts(items),
        chapters=[] if unread else chapters,
        missing=[] if unread else [i for i in items if i.status == "missing"],
        addressed=[] if unread else [i for i in items if i.status in ("covered", "partial")],
        not_applicable=[i for i in items if i.status == "not-applicable" and i.reason],
        severity_counts=result.counts(),
        rules_applied=applied,
        findings_summary=findings_summary(result.counts(), applied),
        severity_groups=groups,
        score_note=score_note(result),
        unread=unread,
    )


def _item_view(result: CheckResult, item: ItemCoverage, lang: str) -> ItemView:
    return ItemView(
        id=item.id,
        title=result.item_title(item.id, item.title, lang),
        status=item.status,
        status_label=status_label(item.status),
        score=item.score,
        percent=percent(item.score),
        reason=item.reason,
        evidence=[EvidenceView(location=place_label(e.location), excerpt=e.excerpt, methods=list(e.methods),
                               note=evidence_note(e.basis))
                  for e in item.evidence],
    )


def _chapter_view(chapter_id: str, title: str, items: list[ItemView],
                  scores: dict[str, float]) -> ChapterView:
    applicable = [i.score for i in items if i.status != "not-applicable"]
    score = scores.get(chapter_id, sum(applicable) / len(applicable) if applicable else 0.0)
    return ChapterView(id=chapter_id, title=title, score=score, percent=percent(score),
                       counts=_status_counts(items), items=items)


def _status_counts(items: list[ItemView]) -> dict[str, int]:
    counts = dict.fromkeys(STATUSES, 0)
    for item in items:
        counts[item.status] = counts.get(item.status, 0) + 1
    return counts


def _finding_view(finding: Finding) -> FindingView:
    return FindingView(
        rule=finding.rule, severity=finding.severity, severity_label=severity_label(finding.severity),
        location=place_label(finding.location), message=finding.message, excerpt=finding.excerpt,
        basis=finding.basis,
    )
