"""The terminal summary of a check as plain text: chapter bars, the items addressed and where, missing
items, findings by severity.

The CLI colours the same data with rich (:mod:`authoring.cli.check_cmd`); this module stays
free of rich so scripts and tests get the identical content as a string.
"""

from __future__ import annotations

from authoring.check import CheckResult
from authoring.i18n import count_en, join_names, tr
from authoring.report.view import ItemView, ReportView, build_view

BAR_WIDTH = 20
_EIGHTHS = " ▏▎▍▌▋▊▉"


def text_view(result: CheckResult) -> ReportView:
    """The data the terminal summary shows, in the current language."""
    return build_view(result)


def bar(fraction: float, width: int = BAR_WIDTH) -> str:
    """A bar of block characters ``width`` cells wide, filled to ``fraction`` (0–1)."""
    fraction = max(0.0, min(1.0, fraction))
    eighths = round(fraction * width * 8)
    full, rest = divmod(eighths, 8)
    out = "█" * full + (_EIGHTHS[rest] if rest else "")
    return out.ljust(width, "·")


#: Places named on an item's line in the terminal before "and N more"; a place's label is cut to
#: ``PLACE_WIDTH`` characters (an English page's headings are sentences).
PLACES_SHOWN = 3
PLACE_WIDTH = 24


def addressed_title(view: ReportView) -> str:
    return tr(f"覆盖的条目（{len(view.addressed)}）及所在位置", f"Items addressed ({len(view.addressed)}) and where")


def places(item: ItemView) -> str:
    """Where ``item`` is addressed, strongest place first: ``第十四条、第八条、第十二条 等 9 处``; a place
    found by likeness alone (no cue matched) says so."""
    # two places of one label (a policy's 1 and its appendix's 1) are one name on this line ("1, 1" read as a slip);
    # the Markdown, HTML and JSON reports give each with its sentences
    if not item.evidence and item.reason:
        return tr(f"（{item.reason}）", f"({item.reason})")
    labels = list(dict.fromkeys(e.location if len(e.location) <= PLACE_WIDTH else e.location[:PLACE_WIDTH - 1] + "…"
                                for e in item.evidence))
    shown = join_names(labels[:PLACES_SHOWN])
    if len(labels) > PLACES_SHOWN:
        shown += tr(f" 等 {len(labels)} 处", f" and {len(labels) - PLACES_SHOWN} more")
    if item.evidence and all(e.note for e in item.evidence):
        shown += tr("（相近表述，请核对）", " (similar wording: check it)")
    return shown


def addressed_line(item: ItemView) -> str:
    """``4.3 服务对象与顾客需求  已覆盖  第十条、第二十一条``."""
    return f"{item.id} {item.title}  {item.status_label}  {places(item)}".rstrip()


def header_lines(view: ReportView) -> list[str]:
    """File, title, number, checklist and overall score."""
    return [
        f"{tr('文件', 'File')}: {view.file}",
        f"{tr('标准', 'Standard')}: " + "  ".join(x for x in (view.number, view.title or tr("（无标题）", "(untitled)")) if x),
        f"{tr('功能类型', 'Function')}: {view.function}",
        tr(f"章条数 {view.clauses}，字数 {view.characters}",
           f"{count_en(view.clauses, 'clause')}, {count_en(view.characters, 'character')}"),
        f"{tr('检查清单', 'Checklist')}: {view.checklist_title} [{view.checklist_id} {view.checklist_version}]",
        f"{tr('编写规则', 'Drafting rules')}: {view.rules if view.rules != 'none' else tr('未识别', 'none recognised')}",
        f"{tr('覆盖率', 'Coverage')}: " + (f"{view.percent}%" if not view.unread else tr("无法计算", "cannot be computed")),
        *(f"{tr('注意：', 'Note: ')}{notice}" for notice in view.notices),
    ]


def render_text(result: CheckResult) -> str:
    """The whole summary as plain text, one line per chapter, missing item and finding."""
    view = text_view(result)
    lines = header_lines(view)
    lines += ["", tr("各章覆盖率", "Coverage by chapter")]
    if view.unread:
        lines.append(f"  {view.unread}")
    for chapter in view.chapters:
        label = f"{chapter.id} {chapter.title}".strip()
        lines.append(f"  {bar(chapter.score)} {chapter.percent:>3}%  {label}")
    if not view.unread:
        lines += ["", addressed_title(view)]
        lines += [f"  {addressed_line(item)}" for item in view.addressed] or [f"  {tr('无', 'none')}"]
        lines += ["", tr(f"缺失条目（{len(view.missing)}）", f"Missing items ({len(view.missing)})")]
        lines += [f"  {item.id} {item.title}" for item in view.missing] or [f"  {tr('无', 'none')}"]
    if view.not_applicable:
        lines += ["", tr(f"不适用条目（{len(view.not_applicable)}）", f"Not applicable ({len(view.not_applicable)})")]
        lines += [f"  {item.id} {item.title}{tr('：', ': ')}{item.reason}" for item in view.not_applicable]
    lines += ["", tr("问题：", "Findings: ") + view.findings_summary]
    for group in view.severity_groups:
        lines.append(f"  [{group.label}]")
        for finding in group.findings:
            lines.append(f"    {finding.location}  {finding.message}  ({finding.rule})")
    return "\n".join(lines) + "\n"
