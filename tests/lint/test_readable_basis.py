"""A finding's basis names what a reader can look up: GB/T 1.1—2020's clause and the topic, never our
own summary's section numbers (a QA reader saw "GB/T 1.1—2020 (spec §2.5)" in Word comments)."""

from __future__ import annotations

import pytest

from authoring.i18n import get_lang, set_lang
from authoring.lint import RULES, readable_basis


@pytest.fixture(autouse=True)
def _language_restored():
    before = get_lang()
    yield
    set_lang(before)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_rule_basis_shows_our_summary_s_sections(lang: str) -> None:
    set_lang(lang)
    for rule in RULES.values():
        shown = readable_basis(rule.basis)
        assert "spec" not in shown and "§" not in shown, (rule.id, shown)
        assert shown.startswith(("GB/T 1.1", "GB/T 1.1—2009", "ISO")) or not rule.basis.startswith("GB/T"), shown
        if lang == "en":
            assert "附录" not in shown and "（" not in shown, (rule.id, shown)


def test_the_topic_is_said_in_the_reader_s_language() -> None:
    set_lang("zh")
    assert readable_basis("GB/T 1.1—2020 8.7 (spec §2.5)") == "GB/T 1.1—2020 8.7（术语和定义）"
    set_lang("en")
    assert readable_basis("GB/T 1.1—2020 8.7 (spec §2.5)") == "GB/T 1.1—2020 8.7 (terms and definitions)"
    assert readable_basis("GB/T 1.1—2020 附录C (spec §4.1)") == "GB/T 1.1—2020 Annex C (verbal forms)"
