"""Field checks the metadata screen runs as the author types (designations, ICS, CCS, dates, years)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from authoring.i18n import tr

DESIGNATION = re.compile(r"^[A-Z][A-Za-z]*\d*(/[A-Z][A-Za-z0-9]*)?\s*\d[\d.]*(\s*[—–:-]\s*\d{4})?$")


@dataclass(frozen=True)
class FieldCheck:
    """A pattern a field's text must match (empty is allowed unless ``required``)."""

    pattern: str
    zh: str
    en: str
    required: bool = False

    def error(self, value: str) -> str:
        """The problem with ``value`` in the current language, or ``""``."""
        text = value.strip()
        if not text:
            return tr("必填", "required") if self.required else ""
        return "" if re.fullmatch(self.pattern, text) else tr(self.zh, self.en)


CHECKS: dict[str, FieldCheck] = {
    "title_zh": FieldCheck(r".+", "", "", required=True),
    "number": FieldCheck(r"(\d+|X+)(\.\d+)*", "顺序号应为数字（可带部分号，如 20000.1）或 XXXXX",
                         "the number is digits (a part allowed, e.g. 20000.1) or XXXXX"),
    "year": FieldCheck(r"\d{4}|X{4}", "年号应为四位数字或 XXXX", "the year is four digits or XXXX"),
    "ics": FieldCheck(r"\d{2}(\.\d{3}(\.\d{2})?)?", "ICS 号形如 03.080.30", "an ICS code looks like 03.080.30"),
    "ccs": FieldCheck(r"[A-Z] ?\d{2}", "CCS 号形如 A12", "a CCS code looks like A12"),
    "draft_date": FieldCheck(r"(\d{4}|X{4})-(\d{2}|X{2})-(\d{2}|X{2})", "日期形如 2026-05-01", "a date looks like 2026-05-01"),
    "issue_date": FieldCheck(r"(\d{4}|X{4})-(\d{2}|X{2})-(\d{2}|X{2})", "日期形如 2026-05-01", "a date looks like 2026-05-01"),
    "implement_date": FieldCheck(r"(\d{4}|X{4})-(\d{2}|X{2})-(\d{2}|X{2})", "日期形如 2026-05-01", "a date looks like 2026-05-01"),
    "code": FieldCheck(r"[A-Z]{1,8}\d{0,2}", "代号为大写字母（地方标准如 DB11）", "the code is capital letters (DB11 for a local standard)"),
}


def designation_error(value: str) -> str:
    """The problem with a referenced document's number (``GB/T 15624``, ``GB/T 24620—2009``), or ``""``."""
    text = value.strip()
    if not text:
        return tr("必填", "required")
    return "" if DESIGNATION.match(text) else tr(
        "文件编号形如 GB/T 15624 或 GB/T 24620—2009", "a document number looks like GB/T 15624 or GB/T 24620—2009")
